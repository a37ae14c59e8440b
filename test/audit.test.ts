import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { tempRepo } from "./helpers/temp-repo.ts";

type Provider = { id: string; models: Array<{ id: string; prices: unknown }> };
const recorded = JSON.parse(readFileSync("test/fixtures/prices/feed.json", "utf8")) as Provider[];
const clone = () => JSON.parse(JSON.stringify(recorded)) as Provider[];
const model = (data: Provider[], provider: string, id: string) =>
  data.find((p) => p.id === provider)!.models.find((m) => m.id === id)!;

function variant(change: (data: Provider[]) => void): string {
  const data = clone();
  change(data);
  return JSON.stringify(data);
}

const FEEDS: Record<string, { status: number; body: string }> = {
  "/recorded.json": { status: 200, body: JSON.stringify(recorded) },
  "/drifted.json": {
    status: 200,
    body: variant((d) => void ((model(d, "openai", "gpt-5").prices as Record<string, number>)["input_mtok"] = 1.5)),
  },
  "/removed.json": {
    status: 200,
    body: variant(
      (d) =>
        void (d.find((p) => p.id === "openai")!.models = d
          .find((p) => p.id === "openai")!
          .models.filter((m) => m.id !== "gpt-5")),
    ),
  },
  "/announced.json": {
    status: 200,
    body: variant((d) => {
      const m = model(d, "openai", "gpt-5");
      m.prices = [
        { prices: m.prices },
        {
          constraint: { type: "start_date", start_date: "2026-12-15" },
          prices: { ...(m.prices as object), input_mtok: 2.5 },
        },
      ];
    }),
  },
  "/malformed.json": { status: 200, body: '[{"id": "openai", "models": [' },
  "/wrong-shape.json": { status: 200, body: '{"providers": []}' },
  "/broken.json": { status: 500, body: "upstream error" },
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const feed = FEEDS[req.url ?? ""];
    res.writeHead(feed?.status ?? 404, { "content-type": "application/json" });
    res.end(feed?.body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 100000 }
cost:
  llm: { provider: openai, model: gpt-5, input_tokens: 800, output_tokens: 200 }
  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }
budget: { monthly_usd: 320 }
`;
const PINNED = `# our pinned prices
version: 1
currency: USD
prices:
  openai/gpt-5:
    unit: per_1m_tokens
    input_mtok: 1.25
    cache_read_mtok: 0.125
    output_mtok: 10
    source: genai-prices
    as_of: 2026-11-20
    check: { source: genai-prices, provider: openai, model: gpt-5 }
  openai/text-embedding-3-small:
    unit: per_1m_tokens
    input_mtok: 0.02
    source: genai-prices
    as_of: 2026-11-20
    check: { source: genai-prices, provider: openai, model: text-embedding-3-small }
`;
const repo = (pinned = PINNED, plan = PLAN) =>
  tempRepo({ "tunegate.yml": plan, "prices.yml": pinned, "policy.yml": "pricing:\n  file: prices.yml\n" });

async function audit(feed: string, root = repo()) {
  const result = await runCli(
    [
      "audit",
      "--plan",
      "tunegate.yml",
      "--policy",
      "policy.yml",
      "--current",
      feed.startsWith("http") ? feed : `${base}${feed}`,
      "--format",
      "json",
    ],
    root,
    "2026-11-24",
  );
  const run = result.stdout === "" ? null : JSON.parse(result.stdout);
  // `audit --format json` prints the audit run report; what the audit found is its `audit`.
  return { ...result, run, json: run?.audit };
}

describe("tunegate audit against a loopback feed", () => {
  it("nothing to do: exit 0, verified, the plan re-costed at $300.20", async () => {
    const { code, json } = await audit("/recorded.json");
    expect(code).toBe(0);
    expect(json).toMatchObject({
      verified: true,
      drift: [],
      shutdowns: [],
      plans_over_budget: [],
      needs_action: false,
    });
    expect(json.plans[0]).toMatchObject({ pinned: 300.2, current: 300.2, announced: 300.2, budget_usd: 320 });
  });
  it("a drifted price: exit 1, the drift and the plan that now breaks its budget", async () => {
    const { code, json, run } = await audit("/drifted.json");
    expect(run).toMatchObject({
      verdict: "fail",
      exit_code: code,
      deploy_allowed: false,
      needs_action: true,
      outputs: { verdict: "fail", "drift-found": "true" },
    });
    expect(JSON.parse(run.outputs["plans-over-budget"])).toEqual(json.plans_over_budget);
    expect(code).toBe(1);
    expect(json.drift).toEqual([
      { model: "openai/gpt-5", price: "input_mtok", pinned: 1.25, current: 1.5, change_pct: 20 },
    ]);
    expect(json.plans_over_budget).toEqual([
      { plan: "tunegate.yml", monthly_usd: 320.2, budget_usd: 320, at: "current" },
      { plan: "tunegate.yml", monthly_usd: 320.2, budget_usd: 320, at: "announced" },
    ]);
  });
  it("a repository entry with no check of its own is compared through the shipped entry it replaces", async () => {
    const override = PINNED.replace("    input_mtok: 1.25\n", "    input_mtok: 0.01\n").replace(
      "    check: { source: genai-prices, provider: openai, model: gpt-5 }\n",
      "",
    );
    const { code, json } = await audit("/recorded.json", repo(override));
    expect(code).toBe(1);
    expect(json.drift).toContainEqual(
      expect.objectContaining({ model: "openai/gpt-5", price: "input_mtok", pinned: 0.01, current: 1.25 }),
    );
    expect(json.unverifiable).not.toContain("openai/gpt-5");
  });
  it("a model removed from the feed is reported, not passed", async () => {
    const { code, json } = await audit("/removed.json");
    expect(code).toBe(1);
    expect(json.missing).toEqual([{ model: "openai/gpt-5", reason: "the model is no longer in the feed" }]);
  });
  it("an announced future price: the change, its date, and the plan over budget at announced prices", async () => {
    const { json } = await audit("/announced.json");
    expect(json.announced).toEqual([
      { model: "openai/gpt-5", price: "input_mtok", current: 1.25, future: 2.5, date: "2026-12-15" },
    ]);
    expect(json.plans_over_budget).toEqual([
      { plan: "tunegate.yml", monthly_usd: 400.2, budget_usd: 320, at: "announced" },
    ]);
  });
  it("a shutdown date within the horizon", async () => {
    const { code, json } = await audit(
      "/recorded.json",
      repo(
        PINNED.replace(
          "    as_of: 2026-11-20\n    check: { source: genai-prices, provider: openai, model: gpt-5 }",
          "    as_of: 2026-11-20\n    shutdown_date: 2026-12-11\n    check: { source: genai-prices, provider: openai, model: gpt-5 }",
        ),
      ),
    );
    expect(code).toBe(1);
    expect(json.shutdowns).toEqual([{ model: "openai/gpt-5", date: "2026-12-11", days_left: 17, what: "shutdown" }]);
  });
  for (const [name, feed] of [
    ["malformed JSON", "/malformed.json"],
    ["the wrong shape", "/wrong-shape.json"],
    ["an HTTP 500", "/broken.json"],
    ["an unreachable feed", "http://127.0.0.1:9/data.json"],
  ] as const) {
    it(`${name}: exit 3, "could not verify", never a silent pass`, async () => {
      const { code, json } = await audit(feed);
      expect(code).toBe(3);
      expect(json.verified).toBe(false);
      expect(json.unverified_reason).toMatch(/.+/);
      expect(json.plans[0].pinned).toBe(300.2);
    });
  }
  it("prints a readable text report", async () => {
    const { stdout } = await runCli(
      ["audit", "--plan", "tunegate.yml", "--policy", "policy.yml", "--current", `${base}/drifted.json`],
      repo(),
      "2026-11-24",
    );
    expect(stdout).toContain("DRIFT     openai/gpt-5 input_mtok: pinned 1.25, now 1.5 (+20%)");
    expect(stdout).toContain("OVER      tunegate.yml at current prices: $320.20 > $320.00 (by $0.20)");
  });
});

describe("tunegate pricing pin", () => {
  it("writes every model the plans use, keeps hand-pinned entries and comments", async () => {
    const pinned = `# keep this comment\nversion: 1\ncurrency: USD\nprices:\n  openai/gpt-5:\n    unit: per_1m_tokens\n    input_mtok: 9\n    output_mtok: 9\n    source: our negotiated rate\n    as_of: 2026-01-01\n    check: manual\n`;
    const root = repo(pinned);
    const { code, stdout } = await runCli(
      ["pricing", "pin", "--plan", "tunegate.yml", "--pricing", "prices.yml", "--data", `${base}/recorded.json`],
      root,
      "2026-11-24",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("pinned 1 (openai/text-embedding-3-small)");
    expect(stdout).toContain("kept 1 hand-pinned");
    const text = readFileSync(join(root, "prices.yml"), "utf8");
    expect(text).toContain("# keep this comment");
    expect(text).toContain("    input_mtok: 9\n");
    expect(text).toMatch(/openai\/text-embedding-3-small:\n    unit: per_1m_tokens\n    input_mtok: 0.02\n/);
    expect(text).toContain("as_of: 2026-11-24");
  });
  it("refuses a model the feed only matches fuzzily", async () => {
    const root = repo(
      PINNED,
      PLAN.replace("provider: openai, model: gpt-5,", "provider: anthropic, model: claude-sonnet-5-5,"),
    );
    const { code, stderr } = await runCli(
      ["pricing", "pin", "--plan", "tunegate.yml", "--pricing", "prices.yml", "--data", `${base}/recorded.json`],
      root,
      "2026-11-24",
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "unknown model anthropic/claude-sonnet-5-5: the price data only matches it as claude-sonnet-5, a different model",
    );
  });
  it("creates the file when the repository has none", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const { code } = await runCli(
      ["pricing", "pin", "--plan", "tunegate.yml", "--pricing", "ours.yml", "--data", "bundled"],
      root,
      "2026-11-24",
    );
    expect(code).toBe(0);
    expect(readFileSync(join(root, "ours.yml"), "utf8")).toMatch(
      /openai\/gpt-5:\n    unit: per_1m_tokens\n    input_mtok: 1.25/,
    );
  });
});

describe("tunegate audit: what a repository answers for", () => {
  it("its own pins and the shipped prices its plans use, not every model tunegate ships a price for", async () => {
    const plan = PLAN.replace("provider: openai, model: gpt-5,", "provider: anthropic, model: claude-haiku-4-5,");
    const own =
      "version: 1\ncurrency: USD\nprices:\n  openai/gpt-5-mini:\n    unit: per_1m_tokens\n    input_mtok: 0.25\n    output_mtok: 2\n    source: ours\n    as_of: 2026-11-20\n    shutdown_date: 2026-12-11\n    check: manual\n";
    const bare = await runCli(
      ["audit", "--plan", "tunegate.yml", "--current", "bundled", "--format", "json"],
      tempRepo({ "tunegate.yml": plan }),
      "2026-11-24",
    );
    expect(bare.code).toBe(0);
    // The shipped table pins openai/gpt-5 with a shutdown in 17 days; no plan here uses it.
    expect(JSON.parse(bare.stdout).audit).toMatchObject({
      verified: true,
      shutdowns: [],
      drift: [],
      needs_action: false,
    });
    const withOwn = await runCli(
      ["audit", "--plan", "tunegate.yml", "--current", "bundled", "--format", "json"],
      tempRepo({ "tunegate.yml": plan, ".tunegate/pricing.yml": own }),
      "2026-11-24",
    );
    expect(withOwn.code).toBe(1);
    expect(JSON.parse(withOwn.stdout).audit.shutdowns).toEqual([
      { model: "openai/gpt-5-mini", date: "2026-12-11", days_left: 17, what: "shutdown" },
    ]);
    expect(JSON.parse(bare.stdout).audit.pinned_prices).toMatch(/^prices shipped with tunegate \d+\.\d+\.\d+$/);
    expect(JSON.parse(withOwn.stdout).audit.pinned_prices).toMatch(
      /^\.tunegate\/pricing\.yml over the prices shipped with tunegate /,
    );
    const text = await runCli(
      ["audit", "--plan", "tunegate.yml", "--current", "bundled"],
      tempRepo({ "tunegate.yml": plan, ".tunegate/pricing.yml": own }),
      "2026-11-24",
    );
    expect(text.stdout).toContain("pinned prices: .tunegate/pricing.yml over the prices shipped with tunegate ");
  });
});
