import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, type GateResult, type Threshold } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function taskQualityGate(ctx: GateContext): GateResult {
  const id = "task-quality" as const;
  const suites = Object.entries(ctx.candidate?.task ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (suites.length === 0) {
    return missingData(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suite scores to the candidate eval results");
  }
  const floor = ctx.plan.evals?.task_floor;
  const baseline = ctx.baseline?.task ?? {};
  const maxDrop = ctx.policy.policy.gates["task-quality"].max_drop_vs_baseline;
  const hasBaseline = suites.some(([name]) => baseline[name] !== undefined);
  if (floor === undefined && !hasBaseline) {
    return missingData(ctx, id, false, "task scores exist but there is nothing to judge them against", ["evals"], "declare evals.task_floor, or baseline task scores for the same suites");
  }
  const details: string[] = [];
  const failing: string[] = [];
  for (const [name, score] of suites) {
    const checks: string[] = [];
    let ok = true;
    if (floor !== undefined) {
      checks.push(`floor ${floor.toFixed(2)}`);
      if (score < floor) ok = false;
    }
    const b = baseline[name];
    if (b !== undefined) {
      checks.push(`baseline ${b.toFixed(3)}${maxDrop > 0 ? ` - ${maxDrop}` : ""}`);
      if (score < b - maxDrop - 1e-12) ok = false;
    }
    if (!ok) failing.push(name);
    details.push(`${name}: ${score.toFixed(3)} vs ${checks.join(", ")} ${ok ? "ok" : "FAIL"}`);
  }
  const worst = Math.min(...suites.map(([, s]) => s));
  const threshold: Threshold =
    floor !== undefined
      ? { value: floor, display: `>= ${floor.toFixed(2)}${hasBaseline ? " and not below baseline" : ""}`, source: `plan (evals.task_floor)${hasBaseline ? ` + ${sourceOf(ctx.policy, "gates.task-quality.max_drop_vs_baseline")}` : ""}` }
      : { value: null, display: maxDrop > 0 ? `baseline - ${maxDrop}` : "not below baseline", source: sourceOf(ctx.policy, "gates.task-quality.max_drop_vs_baseline") };
  const base = { id, path: floor !== undefined ? ["evals", "task_floor"] : ["evals", "candidate"], measured: worst, measured_display: `lowest ${worst.toFixed(3)}`, threshold, details };
  if (failing.length > 0) return judged({ ...base, summary: `task quality too low on ${failing.join(", ")}` }, "error");
  return passed({ ...base, summary: `all ${suites.length} task suites meet the bar` });
}
