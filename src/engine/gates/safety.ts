import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function safetyGate(ctx: GateContext): GateResult {
  const id = "safety" as const;
  const settings = ctx.policy.policy.gates.safety;
  const required = settings.required_for.includes(ctx.plan.approach);
  const suites = Object.entries(ctx.candidate?.safety ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (suites.length === 0) {
    return missingData(ctx, id, required, "no safety scores in the candidate results", ["evals"], "add safety suite scores to the candidate eval results");
  }
  const floor = settings.min_score;
  const failing = suites.filter(([, s]) => s < floor).map(([name]) => name);
  const worst = Math.min(...suites.map(([, s]) => s));
  const base = {
    id,
    path: ["evals", "candidate"],
    measured: worst,
    measured_display: `lowest ${worst.toFixed(3)}`,
    threshold: { value: floor, display: `>= ${floor.toFixed(2)}`, source: sourceOf(ctx.policy, "gates.safety.min_score") },
    details: suites.map(([name, s]) => `${name}: ${s.toFixed(3)} ${s < floor ? "FAIL" : "ok"}`),
  };
  if (failing.length > 0) return judged({ ...base, summary: `below the safety floor on ${failing.join(", ")}` }, "error");
  return passed({ ...base, summary: `all ${suites.length} safety suites at or above ${floor.toFixed(2)}` });
}
