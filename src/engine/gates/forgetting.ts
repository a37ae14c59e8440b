import { unmatchedNames } from "./unmatched.ts";
import type { Benchmark } from "../evals/model.ts";
import { sourceOf } from "../policy/load.ts";
import { normalQuantile } from "../stats/distributions.ts";
import { holmAdjust, type Decision } from "../stats/intervals.ts";
import type { GateContext } from "./context.ts";
import { comparabilityProblem, formatEstimate, judgeForgetting, type Evidence, type ForgettingResult } from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";
import { gateResult, judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { inconclusiveResult, notComparableResult } from "./unsettled.ts";

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
  const absent: string[] = [];
  const noData: string[] = [];
  const notComparable: string[] = [];
  const judgedBenchmarks: Array<{ name: string; result: ForgettingResult; chance: number }> = [];
  for (const name of [...names].sort()) {
    const b = pick(baseline, name, ctx, candidate);
    const c = pick(candidate, name, ctx, baseline);
    if (!b.ok || !c.ok) {
      // Nothing scored on either side is missing data; a benchmark one side has and the other
      // skipped fails: a candidate must not pass by leaving out the benchmark it forgot.
      const missing = (!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data");
      (missing ? noData : absent).push(name);
      details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : ""}${!c.ok && !b.ok ? "; " : ""}${!b.ok ? `baseline: ${b.reason}` : ""}`);
      continue;
    }
    const problem = sameModelProblem(c.benchmark, b.benchmark) ?? comparabilityProblem(c.benchmark, b.benchmark);
    if (problem !== null) {
      notComparable.push(name);
      details.push(`${name} (${c.benchmark.metric}): not comparable: ${problem}`);
      continue;
    }
    const result = judgeForgetting(c.benchmark, b.benchmark, { ratio, maxDrop: settings.max_drop ?? null, chance: ctx.plan.evals?.chance?.[name] ?? 0, stats });
    judgedBenchmarks.push({ name, chance: result.chance, result });
  }

  // Holm over the benchmarks that have a test; a pre-declared primary set limits who may fail.
  const tests = judgedBenchmarks.filter((j) => j.result.test !== null);
  const adjusted = stats.multiplicity === "holm" && tests.length > 1 ? holmAdjust(tests.map((t) => t.result.test!), stats.alpha) : tests.map((t) => t.result.test!.decision);
  const decisions = new Map<string, Decision>(judgedBenchmarks.map((j) => [j.name, j.result.evidence.decision]));
  tests.forEach((t, i) => decisions.set(t.name, adjusted[i]!));
  const primary = stats.primary;
  const evidence: Evidence[] = [];
  for (const { name, result } of judgedBenchmarks) {
    let decision = decisions.get(name)!;
    const adjustedNote = decision !== result.evidence.decision ? " (FAIL not significant after Holm-Bonferroni)" : "";
    const secondary = primary.length > 0 && !primary.includes(name) && decision === "fail";
    if (secondary) decision = "inconclusive";
    const e = { ...result.evidence, decision };
    evidence.push(e);
    const needed = result.needed === null ? "" : `; about ${result.needed.toLocaleString("en-US")} examples in all would resolve it (this run has ${e.n ?? "?"})`;
    const measure = e.scale === "ratio" ? `ratio ${formatEstimate(e)}` : `difference ${formatEstimate(e)} (may drop at most ${(-e.threshold).toString()})`;
    details.push(
      `${name} (${e.metric}): candidate ${e.candidate.toFixed(3)} vs base ${e.baseline!.toFixed(3)}, ${measure}, n=${e.n ?? "?"}, ${e.method}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${adjustedNote}${secondary ? ` (not in statistics.primary in ${sourceOf(ctx.policy, "statistics.primary")}: reported only)` : ""}${needed}`,
    );
  }
  const overall = judgeOverall(judgedBenchmarks.filter((j) => j.result.evidence.scale === "ratio"), ratio, stats.alpha);
  if (overall !== null) details.push(overall.line);

  const failing = [...absent, ...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark), ...(overall?.decision === "fail" ? ["overall"] : [])];
  const unclear = [...evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark), ...(overall?.decision === "inconclusive" ? ["overall"] : [])];
  const ratios = evidence.filter((e) => e.scale === "ratio");
  const worst = ratios.length === 0 ? Number.NaN : Math.min(...ratios.map((e) => e.estimate));
  const base = {
    id,
    path: ["evals", "candidate"],
    measured: Number.isNaN(worst) ? null : Math.round(worst * 10000) / 10000,
    measured_display: Number.isNaN(worst) ? "—" : `worst ratio ${worst.toFixed(3)} of base`,
    threshold: { value: ratio, display: `>= ${ratio.toFixed(2)}x base${stats.method === "interval" ? ` (one-sided ${(1 - stats.alpha) * 100}% bound)` : ""}`, source: sourceOf(ctx.policy, "gates.forgetting.min_ratio") },
    details,
    evidence,
  };
  // A benchmark that clearly forgot fails the gate whatever the policy makes of another that is not comparable.
  if (notComparable.length > 0 && (failing.length === 0 || policy.severities.not_comparable === "error")) {
    return { ...notComparableResult(ctx, { ...base, summary: `not comparable: ${notComparable.join(", ")} measured different examples or settings`, fix: "run candidate and baseline on the same examples and settings" }), evidence };
  }
  if (absent.length > 0 && failing.length === absent.length) return { ...judged({ ...base, ...unmatchedNames("general", absent, (n) => ctx.baseline?.byName.has(n) === true) }, "error"), evidence };
  if (failing.length > 0) {
    const skipped = absent.length > 0 ? `run ${absent.join(", ")} on both sides; ` : "";
    return { ...judged({ ...base, summary: `forgetting on ${failing.join(", ")}`, fix: `${skipped}retrain to recover the general benchmarks (mix in general data, fewer epochs)` }, "error"), evidence };
  }
  if (noData.length > 0) return { ...missingData(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals"], "re-run the benchmarks with no scores", details), evidence };
  if (unclear.length > 0) {
    return { ...inconclusiveResult(ctx, { ...base, summary: `inconclusive on ${unclear.join(", ")}: the interval straddles the margin`, fix: `run more examples on ${unclear.join(", ")}` }), evidence };
  }
  const summary = evidence.every((e) => e.scale === "ratio") ? `all ${evidence.length} general benchmarks keep >= ${ratio.toFixed(2)}x of the base model` : `all ${evidence.length} general benchmarks hold against the base model`;
  return { ...passed({ ...base, summary }), evidence };
}

/**
 * "Per benchmark and overall": the ratio of the summed scores above chance across the benchmarks
 * judged as ratios, on the point estimate, or with a combined bound (mean margin, independent
 * standard errors) when every one of them has a test. Each margin d = (c - g) - r (b - g) is
 * already above chance, so their mean holds iff the overall ratio does.
 */
function judgeOverall(entries: Array<{ result: ForgettingResult; chance: number }>, ratio: number, alpha: number): { line: string; decision: Decision } | null {
  if (entries.length < 2) return null;
  const aboveC = entries.reduce((a, e) => a + e.result.evidence.candidate - e.chance, 0);
  const aboveB = entries.reduce((a, e) => a + e.result.evidence.baseline! - e.chance, 0);
  const pointRatio = aboveB > 0 ? aboveC / aboveB : 1;
  const tests = entries.map((e) => e.result.test);
  if (tests.some((t) => t === null)) {
    const decision: Decision = pointRatio >= ratio - 1e-12 ? "pass" : "fail";
    return { line: `overall (mean of ${entries.length}): ratio ${pointRatio.toFixed(3)}, point estimate -> ${decision.toUpperCase()}`, decision };
  }
  const k = tests.length;
  const d = tests.reduce((a, t) => a + t!.difference, 0) / k;
  const se = Math.sqrt(tests.reduce((a, t) => a + t!.se ** 2, 0)) / k;
  const z = normalQuantile(1 - alpha);
  const decision: Decision = se === 0 ? (d >= 0 ? "pass" : "fail") : d - z * se > 0 ? "pass" : d + z * se < 0 ? "fail" : "inconclusive";
  return { line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}; mean margin ${d.toFixed(4)} [${(d - z * se).toFixed(4)}, ${(d + z * se).toFixed(4)}] -> ${decision.toUpperCase()}`, decision };
}

/**
 * Forgetting compares a customised model with its base: a candidate run whose tool recorded the
 * very same model configuration as the baseline's (lm-eval's model_args, adapter included) is
 * the base model again, and would pass by construction.
 */
function sameModelProblem(c: Benchmark, b: Benchmark): string | null {
  const args = c.provenance.modelArgs;
  if (args === null || args !== b.provenance.modelArgs) return null;
  return `both runs evaluated the same model (model_args "${args}"): the candidate's run must load the customised model (e.g. with peft=<adapter>)`;
}
