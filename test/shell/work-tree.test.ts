import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { addPlanToWorkflow } from "../../src/engine/init/workflow-text.ts";
import { findWorkTree } from "../../src/shell/work-tree.ts";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const TODAY = "2026-11-28";
const HYBRID = [
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
const RAG = [
  "--knowledge-changes",
  "weekly",
  "--needs-citations",
  "true",
  "--style-requirements",
  "none",
  "--training-data",
  "0 examples",
  "--latency-requirement",
  "2s",
  "--monthly-queries",
  "1000",
];

/** A scratch git repository (a real `git init`) with the given folders. */
function gitRepo(folders: string[] = []): string {
  const root = tempRepo({});
  execFileSync("git", ["init", "-q"], { cwd: root });
  for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  return root;
}
const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");
/** `check --format json` prints the run report, one plan or many. */
const reportsOf = (
  stdout: string,
): Array<{
  plan: { file: string };
  evals: { candidate: Array<{ file: string }> };
  gates: Array<{ id: string; outcome: string }>;
}> => {
  const json = JSON.parse(stdout);
  return json.plans.map((p: { report: unknown }) => p.report);
};

describe("the repository is the git work tree", () => {
  it("finds the root from a subfolder, and stays in the folder outside git", () => {
    const root = gitRepo(["services/bot"]);
    expect(findWorkTree(join(root, "services/bot"))).toEqual({ root, here: "services/bot" });
    const plain = tempRepo({ "a/b.txt": "" });
    expect(findWorkTree(join(plain, "a"))).toEqual({ root: join(plain, "a"), here: "" });
  });

  it("init in a monorepo's package writes the plan there and one workflow at the root, naming both plans", async () => {
    const root = gitRepo(["services/bot", "services/faq"]);
    const bot = await runCli(["init", ...HYBRID], join(root, "services/bot"), TODAY);
    expect(bot.stderr).toBe("");
    expect(bot.code).toBe(0);
    expect(existsSync(join(root, "services/bot/tunegate.yml"))).toBe(true);
    expect(existsSync(join(root, "services/bot/.github"))).toBe(false);
    expect(existsSync(join(root, "services/bot/.tunegate"))).toBe(false);
    const faq = await runCli(["init", ...RAG], join(root, "services/faq"), TODAY);
    expect(faq.stderr).toBe("");
    expect(faq.code).toBe(0);
    expect(faq.stdout).toContain(
      "updated .github/workflows/tunegate.yml (added services/faq/tunegate.yml to its plan input)",
    );
    const workflow = parse(read(root, ".github/workflows/tunegate.yml"));
    const inputs = (job: string) =>
      workflow.jobs[job].steps.find((s: { uses?: string }) => s.uses?.startsWith("tunegate/tunegate@")).with;
    expect(inputs("check").plan).toBe("services/bot/tunegate.yml,services/faq/tunegate.yml");
    expect(inputs("audit").plan).toBe("services/bot/tunegate.yml,services/faq/tunegate.yml");
    // both plans' models pinned in the one table at the root
    const pinned = parse(read(root, ".tunegate/pricing.yml")).prices as Record<string, unknown>;
    expect(Object.keys(pinned)).toEqual(expect.arrayContaining(["anthropic/claude-haiku-4-5"]));
    // a third init of the same package is refused: the plan exists
    const again = await runCli(["init", ...RAG], join(root, "services/faq"), TODAY);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("services/faq/tunegate.yml already exists");
  });

  it("check from a package finds its plan, and from the root takes a glob over the packages; reports name paths from the root", async () => {
    const root = gitRepo(["services/bot", "services/faq"]);
    await runCli(["init", ...HYBRID], join(root, "services/bot"), TODAY);
    await runCli(["init", ...RAG], join(root, "services/faq"), TODAY);
    const here = await runCli(["check", "--format", "json"], join(root, "services/bot"), TODAY);
    expect(here.stderr).toBe("");
    expect(reportsOf(here.stdout)[0]!.plan.file).toBe("services/bot/tunegate.yml");
    const all = await runCli(["check", "--plan", "services/*/tunegate.yml", "--format", "json"], root, TODAY);
    expect(reportsOf(all.stdout).map((r) => r.plan.file)).toEqual([
      "services/bot/tunegate.yml",
      "services/faq/tunegate.yml",
    ]);
    const relative = await runCli(
      ["check", "--plan", "../faq/tunegate.yml", "--format", "json"],
      join(root, "services/bot"),
      TODAY,
    );
    expect(reportsOf(relative.stdout)[0]!.plan.file).toBe("services/faq/tunegate.yml");
  });

  it("check from a subfolder without a plan of its own finds the root's tunegate.yml", async () => {
    const root = gitRepo(["docs/guides"]);
    await runCli(["init", ...RAG], root, TODAY);
    const run = await runCli(["check", "--format", "json"], join(root, "docs/guides"), TODAY);
    expect(run.stderr).toBe("");
    expect(reportsOf(run.stdout)[0]!.plan.file).toBe("tunegate.yml");
  });

  it("eval files outside the plan's folder but inside the git repository are read", async () => {
    const root = gitRepo(["services/bot", "shared/evals"]);
    cpSync("examples/support-bot/evals", join(root, "shared/evals"), { recursive: true });
    const plan = readFileSync("examples/support-bot/tunegate.yml", "utf8")
      .replace("candidate: evals/candidate.json", "candidate: ../../shared/evals/candidate.json")
      .replace("baseline: evals/baseline.json", "baseline: ../../shared/evals/baseline.json")
      .replace("alternative: evals/baseline.json", "alternative: ../../shared/evals/baseline.json");
    writeFileSync(join(root, "services/bot/tunegate.yml"), plan);
    const run = await runCli(["check", "--format", "json"], join(root, "services/bot"), TODAY);
    expect(run.stderr).toBe("");
    const report = reportsOf(run.stdout)[0]!;
    expect(report.evals.candidate[0]!.file).toBe("shared/evals/candidate.json");
    expect(report.gates.find((g) => g.id === "forgetting")!.outcome).not.toBe("missing");
  });

  it("audit from a package reads the root's pinned prices and audits every plan in the repository, named from the root", async () => {
    const root = gitRepo(["services/bot", "services/faq"]);
    await runCli(["init", ...HYBRID], join(root, "services/bot"), TODAY);
    await runCli(["init", ...RAG], join(root, "services/faq"), TODAY);
    const run = await runCli(["audit", "--current", "bundled", "--format", "json"], join(root, "services/bot"), TODAY);
    expect(run.stderr).toBe("");
    const audit = JSON.parse(run.stdout).audit;
    // init pinned both plans' prices in the one table at the root
    expect(audit.pinned_prices).toMatch(/^\.tunegate\/pricing\.yml over /);
    expect(audit.plans.map((p: { plan: string }) => p.plan)).toEqual([
      "services/bot/tunegate.yml",
      "services/faq/tunegate.yml",
    ]);
    // --plan is typed from the folder run in, as for check
    const one = await runCli(
      ["audit", "--current", "bundled", "--format", "json", "--plan", "../faq/tunegate.yml"],
      join(root, "services/bot"),
      TODAY,
    );
    expect(one.stderr).toBe("");
    expect(JSON.parse(one.stdout).audit.plans.map((p: { plan: string }) => p.plan)).toEqual([
      "services/faq/tunegate.yml",
    ]);
  });

  it("pricing pin from a package writes the root's .tunegate/pricing.yml, which check then prices from", async () => {
    const root = gitRepo(["services/bot"]);
    writeFileSync(
      join(root, "services/bot/tunegate.yml"),
      "version: 1\nname: bot\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }\ncost:\n  llm: { provider: openai, model: gpt-4o-mini, input_tokens: 800, output_tokens: 200 }\n",
    );
    const pin = await runCli(["pricing", "pin", "--data", "bundled"], join(root, "services/bot"), TODAY);
    expect(pin.stderr).toBe("");
    expect(pin.code).toBe(0);
    expect(pin.stdout).toMatch(/^\.tunegate\/pricing\.yml: pinned 1 \(openai\/gpt-4o-mini\)/);
    expect(existsSync(join(root, ".tunegate/pricing.yml"))).toBe(true);
    expect(existsSync(join(root, "services/bot/.tunegate"))).toBe(false);
    const check = await runCli(["check", "--format", "json"], join(root, "services/bot"), TODAY);
    expect(JSON.parse(check.stdout).plans[0].report.cost.items[0].price_source).toMatch(
      /^\.tunegate\/pricing\.yml: openai\/gpt-4o-mini /,
    );
  });

  it("init --print exits 2 when init would refuse, and 0 when it would write", async () => {
    const root = gitRepo();
    expect((await runCli(["init", ...RAG, "--print"], root, TODAY)).code).toBe(0);
    writeFileSync(join(root, "tunegate.yml"), "version: 1\n");
    const refused = await runCli(["init", ...RAG, "--print"], root, TODAY);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("tunegate.yml already exists");
  });

  it("the workflow init writes starts report-only, one deleted line away from enforcing", async () => {
    const root = gitRepo();
    const run = await runCli(["init", ...HYBRID], root, TODAY);
    expect(run.stdout).toContain("report-only (fail-on: never)");
    const text = read(root, ".github/workflows/tunegate.yml");
    const line = text.split("\n").find((l) => l.includes("fail-on:"))!;
    expect(line).toMatch(/^\s+fail-on: never\s+# report-only start: delete this line/);
    const check = parse(text).jobs.check.steps.at(-1).with;
    expect(check["fail-on"]).toBe("never");
    expect(parse(text.replace(`${line}\n`, "")).jobs.check.steps.at(-1).with["fail-on"]).toBeUndefined();
  });
});

describe("adding a plan to an existing tunegate workflow", () => {
  const workflow =
    "jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v5\n      - uses: tunegate/tunegate@v0\n        with:\n          plan: tunegate.yml   # the root plan\n          mode: check\n";
  it("extends every step's plan input, keeping comments, and is idempotent", () => {
    const edit = addPlanToWorkflow(workflow, "pkg/tunegate.yml");
    expect(edit).toMatchObject({ ok: true, changed: true });
    if (!edit.ok) return;
    expect(edit.text).toContain('plan: "tunegate.yml,pkg/tunegate.yml"   # the root plan');
    expect(addPlanToWorkflow(edit.text, "pkg/tunegate.yml")).toMatchObject({ ok: true, changed: false });
  });
  it("refuses a step without a plan input or with a block value rather than guess", () => {
    expect(
      addPlanToWorkflow(workflow.replace("          plan: tunegate.yml   # the root plan\n", ""), "x/tunegate.yml").ok,
    ).toBe(false);
    expect(
      addPlanToWorkflow(
        workflow.replace("plan: tunegate.yml   # the root plan", "plan: |\n            a.yml"),
        "x/tunegate.yml",
      ).ok,
    ).toBe(false);
  });
});
