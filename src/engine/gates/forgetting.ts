import { sourceOf } from "../policy/load.ts";
import { normalQuantile } from "../stats/distributions.ts";
import { holmAdjust, type Decision } from "../stats/intervals.ts";
import type { GateContext } from "./context.ts";
import { comparabilityProblem, formatEstimate, judgeForgetting, type Evidence, type ForgettingResult } from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";
import { gateResult, judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function forgettingGate(ctx: GateContext): GateResult {
  const id = "forgetting" as const;
  const policy = ctx.policy.policy;
  const settings = policy.gates.forgetting;
  const required = settings.required_for.includes(ctx.plan.approach);
  const names = namesFor(ctx, "general");
  const candidate = ctx.candidate;
  const baseline = ctx.baseline;
  if (candidate === undefined || baseline === undefined || names.length === 0) {
    if (!required && ctx.method === undefined) {
      return skipped({ id, path: ["approach"], summary: `${ctx.plan.approach} leaves the model's weights unchanged: nothing to forget` });
    }
    const what = baseline === undefined ? "baseline (base model) results" : candidate === undefined ? "candidate results" : "general-capability benchmarks to compare (list them in evals.general)";
    return missingData(ctx, id, required, `no ${what}`, ["evals"], "declare evals.baseline and evals.candidate, and the benchmarks in evals.general");
  }
  const incomplete = candidate.incomplete ?? baseline.incomplete;
  if (incomplete !== null) return missingData(ctx, id, required, `cannot gate on these results: ${incomplete}`, ["evals"], "gate on a finished run");

  const ratio = settings.min_ratio;
  const stats = policy.statistics;
  const details: string[] = [];
  const unusable: string[] = [];
  const notComparable: string[] = [];
  const judged_: Array<{ name: string; result: ForgettingResult }> = [];
  for (const name of [...names].sort()) {
    const b = pick(baseline, name, ctx);
    const c = pick(candidate, name, ctx);
    if (!b.ok || !c.ok) {
      unusable.push(name);
      details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : ""}${!c.ok && !b.ok ? "; " : ""}${!b.ok ? `baseline: ${b.reason}` : ""}`);
      continue;
    }
    const problem = comparabilityProblem(c.benchmark, b.benchmark);
    if (problem !== null) {
      notComparable.push(name);
      details.push(`${name} (${c.benchmark.metric}): not comparable: ${problem}`);
      continue;
    }
    judged_.push({ name, result: judgeForgetting(c.benchmark, b.benchmark, ratio, stats, ctx.plan.evals?.chance?.[name] ?? 0) });
  }

  // Holm over the benchmarks that have a test; a pre-declared primary set limits who may fail.
  const tests = judged_.filter((j) => j.result.test !== null);
  const adjusted = stats.multiplicity === "holm" && tests.length > 1 ? holmAdjust(tests.map((t) => t.result.test!), stats.alpha) : tests.map((t) => t.result.test!.decision);
  const decisions = new Map<string, Decision>(judged_.map((j) => [j.name, j.result.evidence.decision]));
  tests.forEach((t, i) => decisions.set(t.name, adjusted[i]!));
  const primary = stats.primary;
  const evidence: Evidence[] = [];
  for (const { name, result } of judged_) {
    let decision = decisions.get(name)!;
    const adjustedNote = decision !== result.evidence.decision ? " (FAIL not significant after Holm-Bonferroni)" : "";
    const secondary = primary.length > 0 && !primary.includes(name) && decision === "fail";
    if (secondary) decision = "inconclusive";
    evidence.push({ ...result.evidence, decision });
    const needed = result.needed === null || !Number.isFinite(result.needed) ? "" : `; about ${result.needed.toLocaleString("en-US")} examples would resolve it`;
    details.push(
      `${name} (${result.evidence.metric}): candidate ${result.evidence.candidate.toFixed(3)} vs base ${result.evidence.baseline!.toFixed(3)}, ratio ${formatEstimate(result.evidence)}, n=${result.evidence.n ?? "?"}, ${result.evidence.method}${result.evidence.note === null ? "" : ` (${result.evidence.note})`} -> ${decision.toUpperCase()}${adjustedNote}${secondary ? " (not in the policy's primary set: reported only)" : ""}${needed}`,
    );
  }
  const overall = judgeOverall(judged_.map((j) => j.result), ratio, stats.alpha);
  if (overall !== null) details.push(overall.line);

  const failing = [...unusable, ...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark), ...(overall?.decision === "fail" ? ["overall"] : [])];
  const unclear = [...evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark), ...(overall?.decision === "inconclusive" ? ["overall"] : [])];
  const worst = evidence.length === 0 ? Number.NaN : Math.min(...evidence.map((e) => e.estimate));
  const base = {
    id,
    path: ["evals", "candidate"],
    measured: Number.isNaN(worst) ? null : Math.round(worst * 10000) / 10000,
    measured_display: Number.isNaN(worst) ? "—" : `worst ratio ${worst.toFixed(3)} of base`,
    threshold: { value: ratio, display: `>= ${ratio.toFixed(2)}x base${stats.method === "interval" ? ` (one-sided ${(1 - stats.alpha) * 100}% bound)` : ""}`, source: sourceOf(ctx.policy, "gates.forgetting.min_ratio") },
    details,
    evidence,
  };
  if (notComparable.length > 0) {
    const level = policy.severities.not_comparable;
    return { ...judged({ ...base, summary: `not comparable: ${notComparable.join(", ")} measured different examples or settings` }, level), evidence };
  }
  if (failing.length > 0) return { ...judged({ ...base, summary: `forgetting on ${failing.join(", ")}` }, "error"), evidence };
  if (unclear.length > 0) {
    const level = policy.severities.inconclusive;
    return { ...gateResult({ ...base, summary: `inconclusive on ${unclear.join(", ")}: the interval straddles ${ratio.toFixed(2)}x` }, "inconclusive", level === "info" ? "none" : level), evidence };
  }
  return { ...passed({ ...base, summary: `all ${evidence.length} general benchmarks keep >= ${ratio.toFixed(2)}x of the base model` }), evidence };
}

/**
 * "Per benchmark and overall": the ratio of the means across benchmarks, judged on the point
 * estimate, or with a combined bound (mean margin, independent standard errors) when every
 * benchmark has a test.
 */
function judgeOverall(results: ForgettingResult[], ratio: number, alpha: number): { line: string; decision: Decision } | null {
  if (results.length < 2) return null;
  const meanC = results.reduce((a, r) => a + r.evidence.candidate, 0) / results.length;
  const meanB = results.reduce((a, r) => a + r.evidence.baseline!, 0) / results.length;
  const pointRatio = meanC / meanB;
  const tests = results.map((r) => r.test);
  if (tests.some((t) => t === null)) {
    const decision: Decision = pointRatio >= ratio ? "pass" : "fail";
    return { line: `overall (mean of ${results.length}): ratio ${pointRatio.toFixed(3)}, point estimate -> ${decision.toUpperCase()}`, decision };
  }
  const k = tests.length;
  const d = tests.reduce((a, t) => a + t!.difference, 0) / k;
  const se = Math.sqrt(tests.reduce((a, t) => a + t!.se ** 2, 0)) / k;
  const z = normalQuantile(1 - alpha);
  const decision: Decision = d - z * se > 0 ? "pass" : d + z * se < 0 ? "fail" : "inconclusive";
  return { line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}; mean margin ${d.toFixed(4)} [${(d - z * se).toFixed(4)}, ${(d + z * se).toFixed(4)}] -> ${decision.toUpperCase()}`, decision };
}
