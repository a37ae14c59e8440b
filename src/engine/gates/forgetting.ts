import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function forgettingGate(ctx: GateContext): GateResult {
  const id = "forgetting" as const;
  const settings = ctx.policy.policy.gates.forgetting;
  const required = settings.required_for.includes(ctx.plan.approach);
  const baseline = ctx.baseline?.general ?? {};
  const candidate = ctx.candidate?.general ?? {};
  const benchmarks = Object.keys(baseline).sort();
  if (benchmarks.length === 0 || Object.keys(candidate).length === 0) {
    if (!required && ctx.method === undefined) {
      return skipped({ id, path: ["approach"], summary: `${ctx.plan.approach} leaves the model's weights unchanged: nothing to forget` });
    }
    const side = ctx.baseline === undefined ? "baseline (base model) results" : ctx.candidate === undefined ? "candidate results" : "general-capability scores on both sides";
    return missingData(ctx, id, required, `no ${side} to compare`, ["evals"], "declare evals.baseline and evals.candidate with the same general benchmarks");
  }
  const minRatio = settings.min_ratio;
  const details: string[] = [];
  const failing: string[] = [];
  let worst = Infinity;
  for (const name of benchmarks) {
    const b = baseline[name]!;
    const c = candidate[name];
    if (c === undefined) {
      failing.push(name);
      details.push(`${name}: baseline ${b.toFixed(3)}, missing from the candidate results`);
      continue;
    }
    if (b === 0) {
      details.push(`${name}: baseline 0.000, candidate ${c.toFixed(3)}: nothing to forget`);
      continue;
    }
    const ratio = c / b;
    worst = Math.min(worst, ratio);
    if (ratio < minRatio) failing.push(name);
    details.push(`${name}: ${c.toFixed(3)} vs base ${b.toFixed(3)} = ${ratio.toFixed(3)}x ${ratio < minRatio ? "FAIL" : "ok"}`);
  }
  const common = benchmarks.filter((n) => candidate[n] !== undefined);
  const meanBase = mean(common.map((n) => baseline[n]!));
  const overall = meanBase === 0 ? 1 : mean(common.map((n) => candidate[n]!)) / meanBase;
  details.push(`overall (mean of ${common.length}): ${overall.toFixed(3)}x ${overall < minRatio ? "FAIL" : "ok"}`);
  if (overall < minRatio) failing.push("overall");
  const measured = Math.min(worst, overall);
  const base = {
    id,
    path: ["evals", "candidate"],
    measured: round(measured),
    measured_display: `worst ${measured.toFixed(3)}x of base`,
    threshold: { value: minRatio, display: `>= ${minRatio.toFixed(2)}x base`, source: sourceOf(ctx.policy, "gates.forgetting.min_ratio") },
    details,
  };
  if (failing.length > 0) return judged({ ...base, summary: `forgetting on ${failing.join(", ")}` }, "error");
  return passed({ ...base, summary: `all ${benchmarks.length} general benchmarks keep >= ${minRatio.toFixed(2)}x of the base model` });
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
