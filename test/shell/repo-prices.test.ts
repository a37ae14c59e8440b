import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const VERSION = JSON.parse(readFileSync("package.json", "utf8")).version as string;
const SHIPPED_PRICES = `prices shipped with tunegate ${VERSION}`;
const SHIPPED_POLICY = `policy shipped with tunegate ${VERSION}`;

const PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 100000 }
cost:
  llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200 }
  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }
`;
const OWN_PRICES = `version: 1
currency: USD
prices:
  openai/text-embedding-3-small:
    unit: per_1m_tokens
    input_mtok: 0.05
    source: our contract
    as_of: 2026-11-20
    check: manual
`;

async function checkJson(root: string, args: string[] = []) {
  const result = await runCli(["check", "--format", "json", ...args], root);
  return { ...result, report: result.code === 2 ? null : planReport(result.stdout) };
}

describe("the repository's pinned prices, layered over the shipped ones", () => {
  it("without .tunegate/pricing.yml, prices come from the shipped table, named by version and never by a path", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const { report, stdout, stderr } = await checkJson(root);
    expect(report.policy).toEqual({ files: [SHIPPED_POLICY], pricing_file: SHIPPED_PRICES });
    expect(report.cost.items.find((i: { id: string }) => i.id === "llm").price_source).toMatch(
      new RegExp(`^${SHIPPED_PRICES}: anthropic/claude-haiku-4-5 \\(`),
    );
    expect(`${stdout}${stderr}`).not.toContain("policies/");
    const text = await runCli(["check"], root);
    expect(text.stdout).not.toContain("policies/");
  });

  it(".tunegate/pricing.yml's entries win and the shipped entries fill the rest", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, ".tunegate/pricing.yml": OWN_PRICES });
    const { report } = await checkJson(root);
    const item = (id: string) => report.cost.items.find((i: { id: string }) => i.id === id);
    expect(item("embedding").price_source).toBe(
      ".tunegate/pricing.yml: openai/text-embedding-3-small (our contract, as of 2026-11-20)",
    );
    expect(item("embedding").usd).toBe(0.5); // 100,000 x 100 tokens x $0.05/1M
    expect(item("llm").price_source).toMatch(new RegExp(`^${SHIPPED_PRICES}: anthropic/claude-haiku-4-5`));
    expect(report.policy.pricing_file).toBe(`.tunegate/pricing.yml over the ${SHIPPED_PRICES}`);
  });

  it("--pricing names another table; a named table that is missing is a located error", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, "ours.yml": OWN_PRICES });
    const { report } = await checkJson(root, ["--pricing", "ours.yml"]);
    expect(report.cost.items.find((i: { id: string }) => i.id === "embedding").price_source).toMatch(/^ours\.yml: /);
    const missing = await runCli(["check", "--pricing", "nope.yml"], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nope\.yml:1:1: error: file not found: nope\.yml/);
  });

  it("a policy's pricing.file names the table, and a missing one points at the policy", async () => {
    const root = tempRepo({
      "tunegate.yml": PLAN,
      "ours.yml": OWN_PRICES,
      "p.yml": "pricing:\n  file: ours.yml\n",
      "q.yml": "pricing:\n  file: gone.yml\n",
    });
    expect((await checkJson(root, ["--policy", "p.yml"])).report.policy.pricing_file).toBe(
      `ours.yml over the ${SHIPPED_PRICES}`,
    );
    const missing = await runCli(["check", "--policy", "q.yml"], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^q\.yml:1:1: error \[pricing\.file\]: file not found: gone\.yml/);
  });

  it("an unknown model names both tables and where to pin it", async () => {
    const root = tempRepo({
      "tunegate.yml": PLAN.replace("claude-haiku-4-5", "claude-opus-5-5"),
      ".tunegate/pricing.yml": OWN_PRICES,
    });
    const { code, stderr } = await runCli(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `error [cost.llm.model]: unknown model "anthropic/claude-opus-5-5": it is not in .tunegate/pricing.yml or the ${SHIPPED_PRICES}`,
    );
    expect(stderr).toContain(
      "hint: pin its price in .tunegate/pricing.yml (tunegate pricing pin does it from the price data)",
    );
  });

  it("a broken .tunegate/pricing.yml is an error at its line, not a silent fallback", async () => {
    const root = tempRepo({
      "tunegate.yml": PLAN,
      ".tunegate/pricing.yml": OWN_PRICES.replace("input_mtok: 0.05", "input_mtk: 0.05"),
    });
    const { code, stderr } = await runCli(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^\.tunegate\/pricing\.yml:6:5: error \[prices\.openai\/text-embedding-3-small\.input_mtk\]: unknown key/,
    );
  });
});

describe("the repository's policy", () => {
  it(".tunegate/policy.yml is read when present and named as the threshold source", async () => {
    const plain = tempRepo({ "tunegate.yml": PLAN });
    const withPolicy = tempRepo({
      "tunegate.yml": PLAN,
      ".tunegate/policy.yml":
        "severities:\n  missing_optional: info\ngates:\n  pricing-freshness: { max_age_days: 30 }\n",
    });
    expect((await checkJson(plain)).report.verdict).toBe("warn");
    const { report } = await checkJson(withPolicy);
    expect(report.verdict).toBe("pass");
    expect(report.policy.files).toEqual([SHIPPED_POLICY, ".tunegate/policy.yml"]);
    expect(report.gates.find((g: { id: string }) => g.id === "pricing-freshness").threshold.source).toBe(
      ".tunegate/policy.yml",
    );
  });

  it("--policy names another file instead", async () => {
    const root = tempRepo({
      "tunegate.yml": PLAN,
      ".tunegate/policy.yml": "severities:\n  missing_optional: info\n",
      "strict.yml": "severities:\n  missing_optional: error\n",
    });
    expect((await checkJson(root, ["--policy", "strict.yml"])).report.verdict).toBe("fail");
  });

  it("a broken .tunegate/policy.yml is a located error", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, ".tunegate/policy.yml": "gates:\n  safety:\n    min_scor: 0.99\n" });
    const { code, stderr } = await runCli(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '.tunegate/policy.yml:3:5: error [gates.safety.min_scor]: unknown key "min_scor"; did you mean "min_score"?',
    );
  });
});
