import { selectBenchmark, type Selection } from "../evals/assemble.ts";
import type { EvalRun } from "../evals/model.ts";
import type { GateContext } from "./context.ts";

export type Category = "general" | "safety" | "task";

/**
 * The benchmark names a category gates on: the plan's list, else what tunegate-format files
 * declare. The baseline's benchmarks count too, in every category: a general benchmark, safety
 * suite or task suite the base model was measured on and the candidate skipped fails, or a
 * candidate would pass by leaving out the one it does worst on.
 */
export function namesFor(ctx: Pick<GateContext, "plan" | "candidate" | "baseline">, category: Category): string[] {
  const declared = ctx.plan.evals?.[category];
  if (declared !== undefined) return declared;
  const fromBaseline = ctx.baseline?.categories?.[category] ?? [];
  return [...new Set([...fromBaseline, ...(ctx.candidate?.categories?.[category] ?? [])])];
}

/** `name` on one side; `counterpart` is the other side when the two are compared. */
export function pick(run: EvalRun, name: string, ctx: Pick<GateContext, "plan">, counterpart?: EvalRun): Selection {
  return selectBenchmark(
    run,
    name,
    ctx.plan.evals?.metrics?.[name],
    ctx.plan.evals?.pool?.includes(name) ?? false,
    counterpart,
  );
}
