// Start-up budgets (issue 12): whole processes against bare `node -e 0`, pair by pair.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFloor, measureFloor, printFloor } from "./floors.ts";
import { pushRunnerEnv } from "./runner-env.ts";
import { BARE_NODE, measurePairs, median, quantile, reportRatio, timeOnce, type TimedRun } from "./stats.ts";

const TODAY = "2026-11-28";
const CLI = join(process.cwd(), "dist/cli/index.js");
const ACTION = join(process.cwd(), "dist/index.js");

export function benchCheckStartup(pairs: number): void {
  const figures = measurePairs(
    "check",
    { args: [CLI, "check", "--plan", "examples/support-bot/tunegate.yml", "--today", TODAY], exitCodes: [0] },
    pairs,
  );
  reportRatio("`tunegate check` on a plan with evals (support-bot)", figures, 2.0);
  const floor = measureFloor("check", { args: [buildFloor("check"), "examples/support-bot/tunegate.yml"] }, pairs);
  printFloor("yaml and zod loaded, the plan parsed and validated, compile cache on", floor, 2.0);
}

export function benchActionStartup(pairs: number): void {
  const dir = mkdtempSync(join(tmpdir(), "tunegate-bench-action-"));
  try {
    const env = pushRunnerEnv(dir, process.cwd(), "examples/support-bot/tunegate.yml");
    const figures = measurePairs("action", { args: [ACTION], env, exitCodes: [0] }, pairs);
    reportRatio("the Action, push event, comment: never, no compile cache (a new runner)", figures, 3.0);
    const floor = measureFloor("action", { args: [buildFloor("action")], env }, pairs);
    printFloor(
      "yaml and zod loaded, the plan parsed and validated, one output written with @actions/core's protocol, no compile cache",
      floor,
      3.0,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MODELS = [
  ["openai", "gpt-5"],
  ["openai", "gpt-5-mini"],
  ["openai", "gpt-4o-mini"],
  ["anthropic", "claude-haiku-4-5"],
] as const;

export function benchAudit(pairs: number): void {
  const root = mkdtempSync(join(tmpdir(), "tunegate-bench-audit-"));
  try {
    for (let i = 0; i < 50; i++) {
      const [provider, model] = MODELS[i % MODELS.length]!;
      mkdirSync(join(root, `plans/p${i}`), { recursive: true });
      writeFileSync(
        join(root, `plans/p${i}/tunegate.yml`),
        `version: 1\nname: plan-${i}\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: ${(i + 1) * 10000} }\ncost:\n  llm: { provider: ${provider}, model: ${model}, input_tokens: ${500 + i * 20}, output_tokens: 200 }\n  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }\n  vector_db: { monthly_usd: 70 }\nbudget: { monthly_usd: ${200 + i * 40} }\n`,
      );
    }
    // Exit 1 is the audit's "something needs action" (prices drift against the bundled data).
    const figures = measurePairs(
      "audit",
      {
        args: [CLI, "audit", "--plan", "plans/*/tunegate.yml", "--current", "bundled", "--today", TODAY],
        cwd: root,
        exitCodes: [0, 1],
      },
      pairs,
    );
    reportRatio("`tunegate audit`, 50 plans, bundled prices", figures, 4.0);
    const plans = Array.from({ length: 50 }, (_, i) => `plans/p${i}/tunegate.yml`);
    const floor = measureFloor("audit", { args: [buildFloor("audit"), ...plans], cwd: root }, pairs);
    printFloor("the check's floor for 50 plans, plus genai-prices loaded and one price looked up", floor, 4.0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * 1, 10 and 100 copies of an example plan (with its evals) checked in one Action run. Each round
 * runs all three back to back, each after bare node, and the cost of an extra plan is taken round
 * by round, so a change in machine load between the 1-plan and the 100-plan runs cannot move it.
 */
export function benchActionPlans(rounds: number): void {
  const dir = mkdtempSync(join(tmpdir(), "tunegate-bench-plans-"));
  try {
    const workspace = join(dir, "workspace");
    for (let i = 0; i < 100; i++)
      cpSync("examples/support-bot", join(workspace, `plans/p${String(i).padStart(3, "0")}`), { recursive: true });
    const planList = (n: number) =>
      Array.from({ length: n }, (_, i) => `plans/p${String(i).padStart(3, "0")}/tunegate.yml`).join("\n");
    const counts = [1, 10, 100] as const;
    const runOf = (n: number): TimedRun => ({
      args: [ACTION],
      env: pushRunnerEnv(dir, workspace, planList(n)),
      exitCodes: [0],
    });
    const ms = new Map<number, number[]>(counts.map((n) => [n, []]));
    const ratios = new Map<number, number[]>(counts.map((n) => [n, []]));
    for (let round = 0; round <= rounds; round++) {
      for (const n of counts) {
        const bare = timeOnce(BARE_NODE, `action ${n} plans (bare)`);
        const tool = timeOnce(runOf(n), `action ${n} plans`);
        // Round 0 warms the file cache; it is not counted.
        if (round === 0) continue;
        ms.get(n)!.push(tool);
        ratios.get(n)!.push(tool / bare);
      }
    }
    for (const n of counts)
      console.log(
        `               the Action, ${n} plan${n === 1 ? "" : "s"}: median ${median(ms.get(n)!).toFixed(1)} ms (${median(ratios.get(n)!).toFixed(2)}x bare node)`,
      );
    const extra = (n: number) => ms.get(n)!.map((t, i) => (t - ms.get(1)![i]!) / (n - 1));
    const perPlan = median(extra(100));
    const met = perPlan <= 10;
    console.log(
      `${met ? "within budget" : "OVER BUDGET  "}  each extra plan in one Action run: ${perPlan.toFixed(1)} ms ((100 plans - 1 plan) / 99, median of ${rounds} rounds, middle half ${quantile(extra(100), 0.25).toFixed(1)}-${quantile(extra(100), 0.75).toFixed(1)} ms; 10 plans: ${median(extra(10)).toFixed(1)} ms each) (budget <= 10 ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
