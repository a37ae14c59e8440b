import { selectBenchmark, type Selection } from "../evals/assemble.ts";
import type { EvalRun } from "../evals/model.ts";
import type { GateContext } from "./context.ts";

export type Category = "general" | "safety" | "task";

/**
 * The benchmark names a category gates on: the plan's list, else what tunegate-format files
 * declare. For forgetting the baseline's benchmarks count too: one the candidate skipped fails.
 */
export function namesFor(ctx: Pick<GateContext, "plan" | "candidate" | "baseline">, category: Category): string[] {
  const declared = ctx.plan.evals?.[category];
  if (declared !== undefined) return declared;
  const fromBaseline = category === "general" ? (ctx.baseline?.categories?.general ?? []) : [];
  return [...new Set([...fromBaseline, ...(ctx.candidate?.categories?.[category] ?? [])])];
}

/** `name` on one side; `counterpart` is the other side when the two are compared. */
export function pick(run: EvalRun, name: string, ctx: Pick<GateContext, "plan">, counterpart?: EvalRun): Selection {
  return selectBenchmark(run, name, ctx.plan.evals?.metrics?.[name], ctx.plan.evals?.pool?.includes(name) ?? false, counterpart);
}
