import { selectBenchmark } from "../evals/assemble.ts";
import type { Benchmark, EvalRun } from "../evals/model.ts";
import type { GateContext } from "./context.ts";

export type Category = "general" | "safety" | "task";

/**
 * The benchmark names a category gates on: the plan's list, else what tunegate-format files
 * declare. For forgetting the baseline's benchmarks count too: one the candidate skipped fails.
 */
export function namesFor(ctx: GateContext, category: Category): string[] {
  const declared = ctx.plan.evals?.[category];
  if (declared !== undefined) return declared;
  const fromBaseline = category === "general" ? (ctx.baseline?.categories?.general ?? []) : [];
  return [...new Set([...fromBaseline, ...(ctx.candidate?.categories?.[category] ?? [])])];
}

export function pick(run: EvalRun, name: string, ctx: GateContext): { ok: true; benchmark: Benchmark } | { ok: false; reason: string } {
  return selectBenchmark(run, name, ctx.plan.evals?.metrics?.[name]);
}
