import { readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GPT5_PINNED, GPT5_RAG_PLAN } from "../helpers/plan-text.ts";
import { startContractServer, type ContractServer } from "./contract-server.ts";
import { FakeGitHub } from "./fake-github.ts";
import { memoryWorkspace, runActionInProcess, runBundledAction } from "./run-action.ts";
import type { GitHubLimits } from "../../src/shell/github/session.ts";

type Provider = { id: string; models: Array<{ id: string; prices: Record<string, number> }> };
const recorded = readFileSync("test/fixtures/prices/feed.json", "utf8");
const drifted = (() => {
  const data = JSON.parse(recorded) as Provider[];
  data.find((p) => p.id === "openai")!.models.find((m) => m.id === "gpt-5")!.prices["input_mtok"] = 1.5;
  return JSON.stringify(data);
})();

const PLAN = GPT5_RAG_PLAN;
const PINNED = GPT5_PINNED;

/** GitHub: in memory for runs in process; behind Prism, held to GitHub's OpenAPI description, for the bundle's. */
const fake = new FakeGitHub();
let github: ContractServer;
let feeds: Server;
let feedUrl: string;
const workspaces: string[] = [];
let counter = 0;

beforeAll(async () => {
  github = await startContractServer(fake);
  feeds = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(req.url === "/drifted.json" ? drifted : recorded);
  });
  await new Promise<void>((resolve) => feeds.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
}, 150_000);
afterAll(async () => {
  await github?.stop();
  await new Promise<void>((resolve) => feeds.close(() => resolve()));
});
afterEach(() => {
  for (const w of workspaces.splice(0)) rmSync(w, { recursive: true, force: true });
  const exchanges = github.exchanges.splice(0);
  expect(
    exchanges.filter((e) => !e.injected && (e.status === 422 || (e.violations ?? "").includes('"severity":"Error"'))),
  ).toEqual([]);
  expect(fake.graphqlViolations.splice(0)).toEqual([]);
});

/**
 * The audit in process through the Action's ports, GitHub in memory; `bundle` spawns the built
 * dist/index.js instead, against the fake behind Prism.
 */
function audit(
  repo: string,
  feed: string,
  inputs: Record<string, string> = {},
  limits: Partial<GitHubLimits> = {},
  bundle = false,
) {
  const files = { "tunegate.yml": PLAN, "prices.yml": PINNED, "policy.yml": "pricing:\n  file: prices.yml\n" };
  // The audit reads no history: the bundle needs no clone either.
  const ws = memoryWorkspace(files, {});
  workspaces.push(ws.root);
  const options = {
    repo,
    workspace: ws.root,
    event: "schedule",
    payload: JSON.parse(readFileSync("test/fixtures/events/schedule.json", "utf8")),
    inputs: { "github-token": "ghs_workflowtoken", policy: "policy.yml", "current-prices": feed, ...inputs },
  };
  return bundle
    ? runBundledAction({ ...options, apiUrl: github.apiUrl })
    : runActionInProcess({
        ...options,
        apiUrl: "https://api.github.com",
        github: fake,
        limits: { retryUnitMs: 20, ...limits },
      });
}

const issues = (repo: string) => fake.tenant(repo).issues;

describe("the scheduled audit (mode auto on a schedule event)", () => {
  it("closes duplicate tracking issues an earlier race left open, as duplicates of the first", async () => {
    const repo = `acme/audit-${++counter}`;
    const marker = '<!-- tunegate:audit key="" -->';
    const first = fake.seedIssue(repo, {
      title: "tunegate: pinned LLM prices need attention",
      body: `old\n\n${marker}\n`,
    });
    const second = fake.seedIssue(repo, {
      title: "tunegate: pinned LLM prices need attention",
      body: `old\n\n${marker}\n`,
    });
    await audit(repo, `${feedUrl}/drifted.json`);
    expect(issues(repo).map((i) => [i.number, i.state])).toEqual([
      [first, "open"],
      [second, "closed"],
    ]);
    expect(issues(repo)[1]!.body).toContain(`Duplicate of #${first}`);
    expect(issues(repo)[0]!.body).toContain("tunegate pricing audit");
  });

  it("opens one tracking issue on drift, updates it on the next run, and closes it when prices are back in line", async () => {
    const repo = `acme/audit-${++counter}`;
    const first = await audit(repo, `${feedUrl}/drifted.json`, {}, {}, true); // the built bundle, as a scheduled run starts it
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ verdict: "fail", "drift-found": "true" });
    expect(JSON.parse(first.outputs["plans-over-budget"]!)).toEqual([
      { plan: "tunegate.yml", monthly_usd: 320, budget_usd: 310, at: "current" },
      { plan: "tunegate.yml", monthly_usd: 320, budget_usd: 310, at: "announced" },
    ]);
    expect(first.summary).toContain("tunegate pricing audit");
    expect(JSON.parse(first.reportJson!).audit.drift[0]).toMatchObject({ model: "openai/gpt-5", change_pct: 20 });
    expect(issues(repo)).toHaveLength(1);
    expect(issues(repo)[0]).toMatchObject({ state: "open", title: "tunegate: pinned LLM prices need attention" });

    const second = await audit(repo, `${feedUrl}/drifted.json`, {});
    expect(second.code).toBe(1);
    expect(issues(repo)).toHaveLength(1);

    const fixed = await audit(repo, `${feedUrl}/recorded.json`);
    expect(fixed.code).toBe(0);
    expect(fixed.outputs).toMatchObject({
      verdict: "pass",
      "drift-found": "false",
      "plans-over-budget": "[]",
      "deploy-allowed": "false",
    }); // no gate ran: a passing audit allows no deploy
    expect(issues(repo)).toHaveLength(1);
    expect(issues(repo)[0]!.state).toBe("closed");
    expect(fake.tenant(repo).comments[String(issues(repo)[0]!.number)]![0]!.body).toMatch(/^All pinned prices match/);
  });

  it("finds the tracking issue github-actions[bot] opened (performed_via_github_app null) and leaves another bot's alone", async () => {
    const repo = `acme/audit-${++counter}`;
    const marker = '<!-- tunegate:audit key="" -->';
    const foreign = fake.seedIssue(repo, {
      title: "look-alike",
      body: `quoting ${marker}`,
      user: "other-app[bot]",
      viaApp: true,
    });
    const ours = fake.seedIssue(repo, {
      title: "tunegate: pinned LLM prices need attention",
      body: `old\n${marker}`,
      user: "github-actions[bot]",
      viaApp: false,
    });
    await audit(repo, `${feedUrl}/drifted.json`);
    expect(issues(repo).map((i) => i.number)).toEqual([foreign, ours]);
    expect(issues(repo).find((i) => i.number === foreign)!.body).toBe(`quoting ${marker}`);
    expect(issues(repo).find((i) => i.number === ours)!.body).toContain("tunegate pricing audit");
  });

  it("an unreachable feed: could not verify, the step fails, the pinned data is kept", async () => {
    const repo = `acme/audit-${++counter}`;
    const result = await audit(repo, "http://127.0.0.1:9/data.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::tunegate: could not verify current prices \(could not fetch current prices/,
    );
    expect(JSON.parse(result.reportJson!)).toMatchObject({ audit: { verified: false }, deploy_allowed: false });
    expect(issues(repo)).toHaveLength(1);
  });

  it("a policy can make an unverifiable audit only warn", async () => {
    const repo = `acme/audit-${++counter}`;
    const ws = memoryWorkspace(
      {
        "tunegate.yml": PLAN,
        "prices.yml": PINNED,
        "policy.yml": "pricing:\n  file: prices.yml\naudit:\n  unverified: warning\n",
      },
      {},
    );
    workspaces.push(ws.root);
    const result = await runActionInProcess({
      apiUrl: "https://api.github.com",
      github: fake,
      repo,
      workspace: ws.root,
      event: "schedule",
      payload: {},
      inputs: {
        "github-token": "ghs_x",
        policy: "policy.yml",
        "current-prices": "http://127.0.0.1:9/x.json",
        comment: "never",
      },
    });
    expect(result.code).toBe(0);
    expect(result.outputs["verdict"]).toBe("warn");
  });

  it("no write access to issues is a warning with the fix; the audit still decides", async () => {
    const repo = `acme/audit-${++counter}`;
    fake.tenant(repo).failures.push({
      method: "POST",
      path: `/repos/${repo}/issues`,
      status: 403,
      body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" },
      times: 5,
    });
    const result = await audit(repo, `${feedUrl}/drifted.json`);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::warning::tunegate could not update the audit's tracking issue \(403/);
    expect(result.stdout).toContain("issues: write");
  });

  it("a server that answers 502 after opening the issue gets one tracking issue", async () => {
    const repo = `acme/audit-${++counter}`;
    fake
      .tenant(repo)
      .failures.push({ method: "POST", path: `/repos/${repo}/issues`, status: 502, afterEffect: true, times: 99 });
    const result = await audit(repo, `${feedUrl}/drifted.json`);
    expect(result.code).toBe(1);
    expect(issues(repo)).toHaveLength(1);
    expect(fake.tenant(repo).requests.filter((r) => r.method === "POST" && r.path.endsWith("/issues"))).toHaveLength(1);
  });

  it("an API that never answers: the audit's outputs are written, the budget ends the wait", async () => {
    const repo = `acme/audit-${++counter}`;
    fake.tenant(repo).failures.push({ method: "POST", path: "/graphql", status: 0, hang: true, times: 99 });
    const result = await audit(repo, `${feedUrl}/drifted.json`, {}, { budgetMs: 1000 });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", "drift-found": "true" });
    expect(result.stdout).toMatch(
      /::warning::tunegate could not update the audit's tracking issue \(budget: .*\)\. GitHub's API did not finish within the time allowed/,
    );
    expect(issues(repo)).toEqual([]);
  });
});
