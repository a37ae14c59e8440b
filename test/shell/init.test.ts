import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { modelsPricedFromTable } from "../../src/engine/pricing/plan-models.ts";
import { bundledDataDate } from "../../src/shell/price-feed.ts";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const ANSWERS = [
  "--knowledge-changes",
  "weekly",
  "--needs-citations",
  "true",
  "--style-requirements",
  "high",
  "--training-data",
  "200 examples",
  "--latency-requirement",
  "2s",
  "--monthly-queries",
  "100000",
];
const FILES = ["tunegate.yml", ".github/workflows/tunegate.yml", ".tunegate/pricing.yml"];
const TODAY = "2026-11-28";

const init = (root: string, ...args: string[]) => runCli(["init", ...ANSWERS, ...args], root, TODAY);
const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");

/** Every file under root with its content, to prove a refusal wrote nothing. */
function snapshot(root: string, dir = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, snapshot(root, path));
    else
      out[path] = entry.isSymbolicLink()
        ? "<link>"
        : `${readFileSync(join(root, path), "utf8")}@${statSync(join(root, path)).mtimeMs}`;
  }
  return out;
}

describe("tunegate init", () => {
  it("writes the plan, the workflow and the pinned prices; check on the plan runs", async () => {
    const root = tempRepo({});
    const { code, stdout, stderr } = await init(root, "--name", "support-bot");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // The LoRA of a closed-weights model (the policy's claude-haiku-4-5) is served at its vendor's
    // fine-tuned price, which the price data does not have: left out, and said, never the base price.
    expect(stdout).toMatch(
      /^tunegate init: the framework recommends hybrid \(RAG \+ LoRA\); the estimate comes to \$70\.20\/month \+ \$15\.00 one-time, before serving the fine-tuned model: anthropic\/claude-haiku-4-5 fine-tuned has no published price/,
    );
    for (const file of FILES) expect(existsSync(join(root, file))).toBe(true);

    const plan = loadPlan("tunegate.yml", read(root, "tunegate.yml"));
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));
    expect(plan.value.plan).toMatchObject({
      name: "support-bot",
      approach: "hybrid",
      fine_tune_method: "lora",
      use_case: { task: "both", knowledge_change: "weekly", citations_required: true, monthly_queries: 100000 },
      training: { examples: 200 },
    });
    expect(plan.value.plan.cost).toMatchObject({
      llm: {
        provider: "anthropic",
        model: "claude-haiku-4-5",
        input_tokens: 800,
        output_tokens: 200,
        fine_tuned: true,
      },
      vector_db: { monthly_usd: 70 },
      fine_tune: { training_tokens: 200000, epochs: 3, usd_per_mtok: 25 },
    });

    const pinned = parse(read(root, ".tunegate/pricing.yml")) as { prices: Record<string, { as_of: string }> };
    // as_of is the bundled price data's date, not the day of the pin (freshness is the data's age).
    expect(modelsPricedFromTable(plan.value.plan).map((m) => m.key)).toEqual([
      "anthropic-ft/claude-haiku-4-5",
      "openai/text-embedding-3-small",
    ]);
    expect(pinned.prices["openai/text-embedding-3-small"]?.as_of).toBe(bundledDataDate());
    // nothing published to pin for the fine-tune
    expect(Object.keys(pinned.prices)).toEqual(["openai/text-embedding-3-small"]);

    const check = await runCli(["check", "--format", "json"], root, TODAY);
    expect([0, 1]).toContain(check.code);
    const report = planReport(check.stdout);
    expect(report.recommendation.approach).toBe("hybrid");
    expect(report.cost.monthly_usd).toBe(70.2);
    expect(report.cost.items[0].price_source).toMatch(/^\.tunegate\/pricing\.yml: openai\/text-embedding-3-small /);
    expect(report.gates.find((g: { id: string }) => g.id === "cost-budget")).toMatchObject({
      outcome: "missing",
      field: "cost.llm.fine_tuned",
    });
  });

  it("a closed-weights fine-tune with no published serving price: the plan says where to get one, and the cost-budget gate is missing, not passed, even within budget", async () => {
    const root = tempRepo({});
    await init(root);
    const text = read(root, "tunegate.yml");
    const lines = text.split("\n");
    const llm = lines.findIndex((l) => l.startsWith("  llm: "));
    expect(lines[llm]).toContain("fine_tuned: true");
    expect(lines.slice(llm + 1, llm + 4).join("\n")).toMatch(
      /# serving the fine-tune: no price yet[\s\S]*# To fix: give input_usd_per_mtok and output_usd_per_mtok in cost\.llm from anthropic's price list for fine-tuned models, or pin anthropic-ft\/claude-haiku-4-5/,
    );
    // no number is written for it anywhere
    expect(lines[llm]).not.toMatch(/usd_per_mtok/);
    // a budget far above anything the priced items cost
    const budgeted = text.replace(
      /^# budget:.*\n#   monthly_usd: .*\n#   one_time_usd: .*$/m,
      "budget:\n  monthly_usd: 100000\n  one_time_usd: 100000",
    );
    expect(budgeted).toContain("budget:\n  monthly_usd: 100000\n");
    writeFileSync(join(root, "tunegate.yml"), budgeted);
    const check = await runCli(["check"], root, TODAY);
    // the audit does not call it within budget either
    const audit = await runCli(["audit", "--current", "bundled"], root, TODAY);
    // a budget the audit cannot watch needs someone's attention: a warning, and the tracking issue opens
    expect(audit.stdout.split("\n")[0]).toMatch(/needs action: 1 plan could not be costed \(see its line\)$/);
    expect(audit.code).toBe(1);
    const auditRun = JSON.parse(
      (await runCli(["audit", "--current", "bundled", "--format", "json"], root, TODAY)).stdout,
    );
    expect(auditRun).toMatchObject({ verdict: "warn", needs_action: true });
    expect(audit.stdout).toMatch(
      /tunegate\.yml\): — \/ — \/ — vs \$100,000\.00; serving the fine-tuned anthropic\/claude-haiku-4-5 has no price/,
    );
    const gate = check.stdout.split("\n").findIndex((l) => l.includes("cost-budget"));
    expect(check.stdout.split("\n")[gate]).toMatch(
      /^\s+MISSING cost-budget\s+serving the fine-tuned anthropic\/claude-haiku-4-5 has no price/,
    );
    expect(
      check.stdout
        .split("\n")
        .slice(gate, gate + 6)
        .join("\n"),
    ).toMatch(new RegExp(`fix: give input_usd_per_mtok[\\s\\S]*at tunegate\\.yml:${llm + 1}:\\d+`));
    // the cost section does not pass its total off as the whole cost
    expect(check.stdout).toMatch(
      /^Cost: \$70\.20\/month \+ \$15\.00 one-time \(\d[\d,]* queries\/month\), not counting 1 item with no price \(LLM inference \(claude-haiku-4-5, fine-tuned\)\)$/m,
    );
    expect(check.stdout).toMatch(
      /^ {2}LLM inference \(claude-haiku-4-5, fine-tuned\) +no price +serving the fine-tuned/m,
    );
    const unpricedJson = JSON.parse((await runCli(["check", "--format", "json"], root, TODAY)).stdout).plans[0].report;
    expect(unpricedJson.cost.unpriced).toEqual([
      expect.objectContaining({ id: "llm", label: "LLM inference (claude-haiku-4-5, fine-tuned)" }),
    ]);
    const markdown = (await runCli(["check", "--format", "markdown"], root, TODAY)).stdout;
    expect(markdown).toContain(
      "one-time, not counting 1 item with no price (LLM inference (claude-haiku-4-5, fine-tuned))</summary>",
    );
    expect(markdown).toMatch(
      /\| LLM inference \(claude-haiku-4-5, fine-tuned\) \| no price \| +\| serving the fine-tuned/,
    );
    // with the vendor's published rates in the plan, the gate judges the full cost
    writeFileSync(
      join(root, "tunegate.yml"),
      budgeted.replace("fine_tuned: true", "fine_tuned: true, input_usd_per_mtok: 2, output_usd_per_mtok: 10"),
    );
    const priced = JSON.parse((await runCli(["check", "--format", "json"], root, TODAY)).stdout).plans[0].report;
    expect(priced.gates.find((g: { id: string }) => g.id === "cost-budget").outcome).toBe("pass");
    expect(priced.cost.items.find((i: { id: string }) => i.id === "llm")).toMatchObject({
      label: "LLM inference (claude-haiku-4-5, fine-tuned)",
      usd: 360,
      price_source: "plan (input/output_usd_per_mtok)",
    });
    expect(priced.cost.monthly_usd).toBe(430.2);
    expect(priced.cost.unpriced).toBeUndefined();
  });

  it("a closed-weights fine-tune with a published fine-tuned price is priced from it, with its source and date, never the base model's", async () => {
    const root = tempRepo({});
    const { code, stdout, stderr } = await init(root, "--llm", "openai/gpt-4o-mini-2024-07-18");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(pinned [^)]*openai-ft\/gpt-4o-mini-2024-07-18\)/);
    expect(read(root, "tunegate.yml")).toMatch(
      /  llm: \{ provider: openai, model: gpt-4o-mini-2024-07-18, input_tokens: 800, output_tokens: 200, fine_tuned: true \}.*\n  # serving the fine-tune: 100,000 queries x \(800 in x \$0\.30 \+ 200 out x \$1\.20\)\/1M, priced from \.tunegate\/pricing\.yml: openai-ft\/gpt-4o-mini-2024-07-18 \(OpenAI API pricing page, Fine-tuning \(hand-pinned\), as of 2026-08-05\)\n/,
    );
    const report = JSON.parse((await runCli(["check", "--format", "json"], root, TODAY)).stdout).plans[0].report;
    // $0.30 in / $1.20 out per 1M tokens, twice the base gpt-4o-mini's $0.15 / $0.60
    expect(report.cost.items.find((i: { id: string }) => i.id === "llm")).toMatchObject({
      usd: 48,
      price_source: expect.stringMatching(/openai-ft\/gpt-4o-mini-2024-07-18 .*as of 2026-08-05/),
    });
    // trained at the vendor's published $3 per 1M training tokens, not the policy's $25 estimate:
    // 200 examples x 1,000 tokens x 3 epochs x $3/1M = $1.80
    expect(read(root, "tunegate.yml")).toMatch(
      /  fine_tune: \{ provider: openai-ft, model: gpt-4o-mini-2024-07-18, training_tokens: 200000, epochs: 3 \}/,
    );
    expect(report.cost.items.find((i: { id: string }) => i.id === "fine_tune")).toMatchObject({
      usd: 1.8,
      price_source: expect.stringMatching(/openai-ft\/gpt-4o-mini-2024-07-18 .*as of 2026-08-05/),
    });
  });

  it("says in the plan when the model it prices shuts down within the audit horizon, as check then warns", async () => {
    const root = tempRepo({});
    expect((await init(root, "--llm", "openai/gpt-4o-mini-2024-07-18")).code).toBe(0);
    const line =
      "  # openai-ft/gpt-4o-mini-2024-07-18 shuts down on 2027-01-14 (in 47 days): tunegate check warns (pricing-freshness) until the plan moves to a model that stays available\n";
    expect(read(root, "tunegate.yml")).toContain(line);
    const report = JSON.parse((await runCli(["check", "--format", "json"], root, TODAY)).stdout).plans[0].report;
    expect(report.gates.find((g: { id: string }) => g.id === "pricing-freshness")).toMatchObject({
      outcome: "warn",
      summary: expect.stringContaining("openai-ft/gpt-4o-mini-2024-07-18 shuts down on 2027-01-14 (in 47 days)"),
    });
    // A model that stays available gets no such line.
    const plain = tempRepo({});
    expect((await init(plain)).code).toBe(0);
    expect(read(plain, "tunegate.yml")).not.toMatch(/shuts down|stops taking/);
  });

  it("the workflow runs the check on pull requests and the audit weekly, each with only the permissions it needs", async () => {
    const root = tempRepo({});
    await init(root);
    const workflow = parse(read(root, ".github/workflows/tunegate.yml"));
    expect(Object.keys(workflow.on)).toEqual(["pull_request", "schedule", "workflow_dispatch"]);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.check.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(workflow.jobs.audit.permissions).toEqual({ contents: "read", issues: "write" });
    expect(workflow.jobs.check.steps.at(-1)).toEqual({
      uses: "tunegate/tunegate@v0",
      with: { plan: "tunegate.yml", mode: "check", "fail-on": "never" },
    });
    expect(workflow.jobs.audit.steps.at(-1)).toEqual({
      uses: "tunegate/tunegate@v0",
      with: { plan: "tunegate.yml", mode: "audit" },
    });
    expect(workflow.jobs.check.steps[0]).toEqual({
      uses: "actions/checkout@v5",
      with: { "persist-credentials": false, "fetch-depth": 0 },
    });
  });

  it("the second run refuses with exit 2, names the plan, and writes nothing (the workflow already runs it, the prices are pinned)", async () => {
    const root = tempRepo({});
    expect((await init(root)).code).toBe(0);
    const before = snapshot(root);
    const { code, stdout, stderr } = await init(root, "--knowledge-changes", "static");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("tunegate.yml:1:1: error: tunegate.yml already exists; tunegate never overwrites it");
    expect(snapshot(root)).toEqual(before);
  });

  it("one existing file is enough to refuse, and none of the others is written", async () => {
    const root = tempRepo({ ".github/workflows/tunegate.yml": "name: ours\n" });
    const before = snapshot(root);
    const { code, stderr } = await init(root);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^\.github\/workflows\/tunegate\.yml:1:1: error: \.github\/workflows\/tunegate\.yml already exists/,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it("a symbolic link in the way is refused, and nothing is written through it", async () => {
    const outside = tempRepo({});
    const root = tempRepo({});
    symlinkSync(outside, join(root, ".tunegate"));
    const { code, stderr } = await init(root);
    expect(code).toBe(2);
    expect(stderr).toContain("the folder .tunegate is a symbolic link");
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(root, "tunegate.yml"))).toBe(false);
  });

  it("--print shows all three files and writes nothing", async () => {
    const root = tempRepo({});
    const { code, stdout } = await init(root, "--print");
    expect(code).toBe(0);
    expect(stdout.match(/^==> (.+) <==$/gm)).toEqual(FILES.map((f) => `==> ${f} <==`));
    expect(readdirSync(root)).toEqual([]);
    writeFileSync(join(root, "tunegate.yml"), "mine\n");
    const again = await init(root, "--print");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("tunegate.yml already exists");
    expect(read(root, "tunegate.yml")).toBe("mine\n");
  });

  it("its placeholders (budget, evals, waivers, readiness) are a valid plan once uncommented", async () => {
    const root = tempRepo({});
    await init(root);
    const text = read(root, "tunegate.yml");
    for (const block of ["# budget:", "# evals:", "# waivers:", "# readiness:"]) expect(text).toContain(block);
    // The placeholder lines, and only they, are a key or list item behind "# ".
    const uncommented = text.replace(/^# (?=(budget|evals|waivers|readiness):| {2}[a-z_]+:| {2}- | {4}[a-z_]+:)/gm, "");
    expect(uncommented).toMatch(/^budget:/m);
    const plan = loadPlan("tunegate.yml", uncommented);
    expect(plan.ok ? plan.value.plan : plan.diagnostics).toMatchObject({
      budget: { monthly_usd: 71, one_time_usd: 15 },
      evals: { candidate: "evals/candidate.json", baseline: "evals/baseline.json" },
      waivers: [{ gate: "safety" }],
      readiness: { enough_examples: false },
    });
  });

  it("a model neither the price data nor the shipped table knows is a located exit 2, and nothing is written", async () => {
    const root = tempRepo({});
    const { code, stderr } = await init(root, "--llm", "acme/secret-model");
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^--llm:1:1: error: unknown model acme\/secret-model: no provider acme in the price data, and tunegate ships no price for it\n  hint: give --llm-usd-per-mtok/,
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it("takes analyze's price flags and --policy: a blended price needs no pin, the workflow names the policy", async () => {
    const root = tempRepo({ "org.yml": "estimate:\n  vector_db_monthly_usd: 20\n" });
    const { code } = await init(root, "--llm", "acme/secret-model", "--llm-usd-per-mtok", "3", "--policy", "org.yml");
    expect(code).toBe(0);
    const plan = parse(read(root, "tunegate.yml"));
    expect(plan.cost.llm).toEqual({
      provider: "acme",
      model: "secret-model",
      input_tokens: 800,
      output_tokens: 200,
      usd_per_mtok: 3,
    });
    expect(plan.cost.vector_db).toEqual({ monthly_usd: 20 });
    expect(Object.keys(parse(read(root, ".tunegate/pricing.yml")).prices)).toEqual(["openai/text-embedding-3-small"]);
    expect(parse(read(root, ".github/workflows/tunegate.yml")).jobs.check.steps.at(-1).with.policy).toBe("org.yml");
    expect((await runCli(["check", "--policy", "org.yml"], root, TODAY)).code).toBeLessThan(2);
  });

  it("outside node_modules, the plan's $schema points at this version's published schema", async () => {
    const root = tempRepo({});
    await init(root);
    expect(read(root, "tunegate.yml").split("\n")[0]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/tunegate\/tunegate\/v\d+\.\d+\.\d+\/schemas\/plan\.schema\.json$/,
    );
  });

  it("writes into a repository that already has other files, keeping them", async () => {
    const root = tempRepo({ "README.md": "hello\n", ".github/workflows/ci.yml": "name: ci\n" });
    mkdirSync(join(root, ".tunegate"));
    expect((await init(root)).code).toBe(0);
    expect(read(root, "README.md")).toBe("hello\n");
    expect(read(root, ".github/workflows/ci.yml")).toBe("name: ci\n");
  });
});
