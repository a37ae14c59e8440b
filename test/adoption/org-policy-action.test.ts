import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startContractServer, type ContractServer } from "../github/contract-server.ts";
import type { Failure } from "../github/fake-github.ts";
import { gitHistory } from "../helpers/git-history.ts";
import { pullRequestPayload, runActionInProcess } from "../github/run-action.ts";

const PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }
cost:
  llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200 }
`;
const ORG_POLICY = "severities:\n  missing_optional: info\ngates:\n  pricing-freshness: { max_age_days: 30 }\n";
const POLICY_REPO = "acme/org-policies";
const SPEC = `${POLICY_REPO}/tunegate/policy.yml@v1`;

let server: ContractServer;
const workspaces: string[] = [];
let counter = 0;

beforeAll(async () => {
  server = await startContractServer();
}, 150_000);
afterAll(async () => {
  await server?.stop();
});
afterEach(() => {
  for (const w of workspaces.splice(0)) rmSync(w, { recursive: true, force: true });
  // Every exchange holds to GitHub's OpenAPI description; injected statuses it does not list are
  // warnings there, never errors.
  const exchanges = server.exchanges.splice(0);
  expect(exchanges.filter((e) => e.status === 422 || (e.violations ?? "").includes('"severity":"Error"'))).toEqual([]);
});

/** One pull-request run with the policy input set; `failure` makes the contents API refuse it. */
async function run(inputs: Record<string, string>, failure?: Failure) {
  const repo = `acme/app-policy-${++counter}`;
  server.fake.reset(POLICY_REPO);
  server.fake.tenant(POLICY_REPO).files["v1:tunegate/policy.yml"] = ORG_POLICY;
  if (failure !== undefined) server.fake.tenant(POLICY_REPO).failures.push(failure);
  const ws = gitHistory({ "tunegate.yml": PLAN }, { "tunegate.yml": PLAN });
  workspaces.push(ws.root);
  const result = await runActionInProcess({
    apiUrl: server.apiUrl,
    repo,
    workspace: ws.root,
    event: "pull_request",
    payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }),
    inputs: { "github-token": "ghs_workflowtoken", comment: "never", policy: SPEC, ...inputs },
  });
  return { ...result, policyRequests: server.fake.tenant(POLICY_REPO).requests };
}

describe("the Action's policy input as OWNER/REPO/PATH@REF", () => {
  it("reads the organisation's policy once with external-repo-token and names it as the threshold source", async () => {
    const result = await run({ "external-repo-token": "ghp_orgreader" });
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe("pass");
    const report = JSON.parse(result.reportJson!).plans[0].report;
    expect(report.policy.files.at(-1)).toBe(SPEC);
    expect(report.gates.find((g: { id: string }) => g.id === "pricing-freshness").threshold.source).toBe(SPEC);
    // Markdown breaks the "@" so GitHub does not read it as a mention.
    expect(result.summary).toContain(SPEC.replace("@", "@\u200b"));
    // Head and base are both judged with it, from one request.
    expect(result.policyRequests).toEqual([
      expect.objectContaining({
        method: "GET",
        path: "/repos/acme/org-policies/contents/tunegate%2Fpolicy.yml",
        query: "?ref=v1",
        status: 200,
        auth: "Bearer ghp_orgreader",
      }),
    ]);
  });

  it("uses github-token when no external-repo-token is given", async () => {
    const result = await run({});
    expect(result.code).toBe(0);
    expect(result.policyRequests.map((r) => r.auth)).toEqual(["Bearer ghs_workflowtoken"]);
  });

  it("a policy the token cannot read fails the step with the fix, and nothing is judged", async () => {
    const notFound = { message: "Not Found", documentation_url: "https://docs.github.com/rest/repos/contents" };
    const result = await run(
      {},
      {
        method: "GET",
        path: "/repos/acme/org-policies/contents/tunegate%2Fpolicy.yml",
        status: 404,
        times: 5,
        body: notFound,
      },
    );
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    expect(result.summary).toContain("could not be checked");
    expect(result.summary).toContain("external-repo-token");
    expect(result.stdout).toMatch(
      /::error title=.*file=input policy.*cannot read the policy acme\/org-policies\/tunegate\/policy\.yml@v1 through the contents API \(HTTP 404\)/,
    );
  });
});
