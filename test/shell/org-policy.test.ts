import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../github/fake-github.ts";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { parseRemotePolicy, resolvePolicySpec } from "../../src/shell/remote-policy.ts";
import { main } from "../../src/shell/cli/main.ts";

const PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }
cost:
  llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200 }
`;
const ORG_POLICY = "severities:\n  missing_optional: info\ngates:\n  pricing-freshness: { max_age_days: 30 }\n";
const SPEC = "acme/org-policies/tunegate/policy.yml@v1";

let fake: FakeGitHub;
let apiUrl: string;
let silent: Server;
let silentUrl: string;
beforeAll(async () => {
  fake = new FakeGitHub();
  apiUrl = await fake.listen();

  fake.tenant("acme/org-policies").files["v1:tunegate/policy.yml"] = ORG_POLICY;
  // Accepts the connection and never answers.
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await fake.close();
  silent.closeAllConnections();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

async function cli(args: string[], root: string, env: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    cwd: root,
    today: "2026-11-24",
    env,
  });
  return { code, stdout, stderr };
}

describe("an organisation's policy as OWNER/REPO/PATH@REF", () => {
  it("parses the spec and leaves repository paths alone", () => {
    expect(parseRemotePolicy(SPEC)).toEqual({
      owner: "acme",
      repo: "org-policies",
      path: "tunegate/policy.yml",
      ref: "v1",
    });
    expect(parseRemotePolicy("acme/org/a/../b.yml@v1")).toBeUndefined();
    expect(parseRemotePolicy("policies/team.yml")).toBeUndefined();
    expect(parseRemotePolicy(".tunegate/policy.yml")).toBeUndefined();
  });

  it("check reads it through the contents API with the token given, and names it as the threshold source", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const { code, stdout, stderr } = await cli(["check", "--policy", SPEC, "--format", "json"], root, {
      GITHUB_API_URL: apiUrl,
      GITHUB_TOKEN: "ghp_orgreader",
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = planReport(stdout);
    expect(report.verdict).toBe("pass");
    expect(report.policy.files).toEqual([expect.stringMatching(/^policy shipped with tunegate /), SPEC]);
    expect(report.gates.find((g: { id: string }) => g.id === "pricing-freshness").threshold).toEqual({
      value: 30,
      display: "<= 30 days old, no shutdown within 60 days",
      source: SPEC,
    });
    const request = fake.tenant("acme/org-policies").requests.at(-1)!;
    expect(request).toMatchObject({
      method: "GET",
      path: "/repos/acme/org-policies/contents/tunegate%2Fpolicy.yml",
      query: "?ref=v1",
      status: 200,
      auth: "Bearer ghp_orgreader",
    });
  });

  it("a file the API does not have is a located exit 2 that says which token to give", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const { code, stdout, stderr } = await cli(["check", "--policy", "acme/org-policies/missing.yml@v1"], root, {
      GITHUB_API_URL: apiUrl,
      GITHUB_TOKEN: "ghp_orgreader",
    });
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(
      /^--policy:1:1: error \[policy\]: cannot read the policy acme\/org-policies\/missing\.yml@v1 through the contents API \(HTTP 404\): Not Found\n  hint: .*external-repo-token/,
    );
  });

  it("without a token the request is anonymous, and the refusal is reported, not passed", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const { code, stderr } = await cli(["check", "--policy", SPEC], root, { GITHUB_API_URL: apiUrl });
    expect(code).toBe(2);
    expect(stderr).toContain("(HTTP 401): Bad credentials");
  });

  it("a local file with such a name wins over the contents API", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, [SPEC]: "severities:\n  missing_optional: info\n" });
    const { code, stdout } = await cli(["check", "--policy", SPEC, "--format", "json"], root, {
      GITHUB_API_URL: silentUrl,
    });
    expect(code).toBe(0);
    expect(planReport(stdout).policy.files[1]).toBe(SPEC);
  });

  it("an API that never answers is given up on after the timeout", async () => {
    const result = await resolvePolicySpec(SPEC, tempRepo({}), {
      apiUrl: silentUrl,
      token: "ghp_x",
      origin: "input policy",
      timeoutMs: 300,
    });
    expect(result).toMatchObject({
      ok: false,
      diagnostics: [
        { location: { file: "input policy" }, message: expect.stringContaining("no answer within 300 ms") },
      ],
    });
  });

  it("an unreachable API is an input error, not an internal one", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, stderr } = await cli(["check", "--policy", SPEC], root, {
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      GITHUB_TOKEN: "ghp_x",
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read the policy .* through the contents API: ECONNREFUSED/);
  });

  it("the in-process helper uses the process environment when none is given", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, "local.yml": "severities:\n  missing_optional: info\n" });
    expect((await runCli(["check", "--policy", "local.yml"], root)).code).toBe(0);
  });
});
