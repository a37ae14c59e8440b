import { unmatchedNames } from "./unmatched.ts";
import type { Benchmark } from "../evals/model.ts";
import { sourceOf } from "../policy/load.ts";
import { normalQuantile } from "../stats/distributions.ts";
import type { Decision } from "../stats/intervals.ts";
import type { GateContext } from "./context.ts";
import {
  comparabilityProblem,
  formatEstimate,
  judgeForgetting,
  type Evidence,
  type ForgettingResult,
} from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { modelIdentityProblem } from "./model-identity.ts";
import { inconclusiveResult, notComparableResult } from "./unsettled.ts";
import { formatCount } from "../input/count-text.ts";

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
      return skipped({
        id,
        path: ["approach"],
        summary: `${ctx.plan.approach} leaves the model's weights unchanged: nothing to forget`,
      });
    }
    const what =
      baseline === undefined
        ? "baseline (base model) results"
        : candidate === undefined
          ? "candidate results"
          : "general-capability benchmarks to compare (list them in evals.general)";
    return missingData(
      ctx,
      id,
      required,
      `no ${what}`,
      ["evals"],
      "declare evals.baseline and evals.candidate, and the benchmarks in evals.general",
    );
  }
  const incomplete = candidate.incomplete ?? baseline.incomplete;
  if (incomplete !== null)
    return missingData(
      ctx,
      id,
      required,
      `cannot gate on these results: ${incomplete}`,
      ["evals"],
      "gate on a finished run",
    );

  const ratio = settings.min_ratio;
  const stats = policy.statistics;
  const details: string[] = [];
  const absent: string[] = [];
  const noData: string[] = [];
  const neverBaselined: string[] = [];
  const notComparable: string[] = [];
  const judgedBenchmarks: Array<{
    name: string;
    result: ForgettingResult;
    chance: number;
    covers: ReadonlySet<string>;
  }> = [];
  for (const name of [...names].sort()) {
    const b = pick(baseline, name, ctx, candidate);
    const c = pick(candidate, name, ctx, baseline);
    if (!b.ok || !c.ok) {
      // Nothing scored on either side is missing data; a benchmark one side has and the other
      // skipped fails: a candidate must not pass by leaving out the benchmark it forgot.
      // A benchmark the base model was never measured on is missing its baseline, not forgotten.
      const missing = (!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data");
      if (missing) noData.push(name);
      else if (c.ok && !b.ok) neverBaselined.push(name);
      else absent.push(name);
      details.push(
        `${name}: ${!c.ok ? `candidate: ${c.reason}` : ""}${!c.ok && !b.ok ? "; " : ""}${!b.ok ? `baseline: ${b.reason}` : ""}`,
      );
      continue;
    }
    const problem =
      modelIdentityProblem(ctx.plan, c.benchmark, b.benchmark) ??
      sameModelProblem(c.benchmark, b.benchmark) ??
      comparabilityProblem(c.benchmark, b.benchmark);
    if (problem !== null) {
      notComparable.push(name);
      details.push(`${name} (${c.benchmark.metric}): not comparable: ${problem}`);
      continue;
    }
    const result = judgeForgetting(c.benchmark, b.benchmark, {
      ratio,
      maxDrop: settings.max_drop ?? null,
      chance: ctx.plan.evals?.chance?.[name] ?? 0,
      stats,
    });
    judgedBenchmarks.push({
      name,
      chance: result.chance,
      result,
      covers: new Set([name, ...Object.keys(c.benchmark.provenance.subtasks ?? {})]),
    });
  }

  // A PASS is an intersection-union claim: every benchmark shown on its own at alpha, with no
  // multiplicity correction, so no benchmark's decision depends on how many others are listed
  // or on their order. A pre-declared primary set limits who may fail.
  const primary = stats.primary;
  const evidence: Evidence[] = [];
  for (const { name, result } of judgedBenchmarks) {
    let decision: Decision = result.evidence.decision;
    const secondary = primary.length > 0 && !primary.includes(name) && decision === "fail";
    if (secondary) decision = "inconclusive";
    const e = { ...result.evidence, decision };
    evidence.push(e);
    const needed =
      decision !== "inconclusive"
        ? ""
        : result.needed === null
          ? "; no interval could be computed: run it with per-example results or standard errors"
          : `; about ${formatCount(result.needed)} examples in all would likely decide it (this run has ${e.n ?? "?"})`;
    const measure =
      e.scale === "ratio"
        ? `ratio ${formatEstimate(e)}`
        : `difference ${formatEstimate(e)} (may drop at most ${(-e.threshold).toString()})`;
    details.push(
      `${name} (${e.metric}): candidate ${e.candidate.toFixed(3)} vs base ${e.baseline!.toFixed(3)}, ${measure}, n=${e.n ?? "?"}, ${e.method}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${secondary ? ` (not in statistics.primary in ${sourceOf(ctx.policy, "statistics.primary")}: reported only)` : ""}${needed}`,
    );
  }
  const overall = judgeOverall(
    judgedBenchmarks.filter((j) => j.result.evidence.scale === "ratio"),
    ratio,
    stats.alpha,
  );
  if (overall !== null) details.push(overall.line);

  const forgot = [
    ...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark),
    ...(overall?.decision === "fail" ? ["overall"] : []),
  ];
  const failing = [...absent, ...forgot];
  const unclear = [
    ...evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark),
    ...(overall?.decision === "inconclusive" ? ["overall"] : []),
  ];
  const ratios = evidence.filter((e) => e.scale === "ratio");
  const worst = ratios.length === 0 ? Number.NaN : Math.min(...ratios.map((e) => e.estimate));
  const base = {
    id,
    path: ["evals", "candidate"],
    measured: Number.isNaN(worst) ? null : Math.round(worst * 10000) / 10000,
    measured_display: Number.isNaN(worst) ? "—" : `worst ratio ${worst.toFixed(3)} of base`,
    threshold: {
      value: ratio,
      display: `>= ${ratio.toFixed(2)}x base${stats.method === "interval" ? ` (one-sided ${(1 - stats.alpha) * 100}% bound)` : ""}`,
      source: sourceOf(ctx.policy, "gates.forgetting.min_ratio"),
    },
    details,
    evidence,
  };
  // A benchmark that clearly forgot fails the gate whatever the policy makes of another that is not comparable.
  if (notComparable.length > 0 && (failing.length === 0 || policy.severities.not_comparable === "error")) {
    return {
      ...notComparableResult(ctx, {
        ...base,
        summary: `not comparable: ${notComparable.join(", ")} measured different examples or settings`,
        fix: "run candidate and baseline on the same examples and settings",
      }),
      evidence,
    };
  }
  if (absent.length > 0 && failing.length === absent.length)
    return {
      ...judged(
        { ...base, ...unmatchedNames("general", absent, (n) => ctx.baseline?.byName.has(n) === true) },
        "error",
      ),
      evidence,
    };
  if (failing.length > 0) {
    const summary = [
      forgot.length > 0 ? `forgetting on ${forgot.join(", ")}` : null,
      absent.length > 0 ? unmatchedNames("general", absent, (n) => ctx.baseline?.byName.has(n) === true).summary : null,
    ]
      .filter((s) => s !== null)
      .join("; ");
    const fix = [
      absent.length > 0 ? `run ${absent.join(", ")} on the candidate too` : null,
      forgot.length > 0 ? "retrain to recover the general benchmarks (mix in general data, fewer epochs)" : null,
    ]
      .filter((s) => s !== null)
      .join("; ");
    return { ...judged({ ...base, summary, fix }, "error"), evidence };
  }
  if (neverBaselined.length > 0) {
    return {
      ...missingData(
        ctx,
        id,
        required,
        `no baseline for ${neverBaselined.join(", ")}: the base model's results do not have ${neverBaselined.length === 1 ? "it" : "them"}, so forgetting cannot be measured`,
        ["evals", "baseline"],
        `run ${neverBaselined.join(", ")} on the base model too`,
        details,
      ),
      evidence,
    };
  }
  if (noData.length > 0)
    return {
      ...missingData(
        ctx,
        id,
        required,
        `nothing scored on ${noData.join(", ")}`,
        ["evals"],
        "re-run the benchmarks with no scores",
        details,
      ),
      evidence,
    };
  if (unclear.length > 0) {
    return {
      ...inconclusiveResult(
        ctx,
        {
          ...base,
          summary: `inconclusive on ${unclear.join(", ")}: the interval straddles the margin`,
          fix: `run more examples on ${unclear.join(", ")}`,
        },
        required,
      ),
      evidence,
    };
  }
  const summary = evidence.every((e) => e.scale === "ratio")
    ? `all ${evidence.length} general benchmarks keep >= ${ratio.toFixed(2)}x of the base model`
    : `all ${evidence.length} general benchmarks hold against the base model`;
  return { ...passed({ ...base, summary }), evidence };
}

/**
 * "Per benchmark and overall": the ratio of the summed scores above chance across the benchmarks
 * judged as ratios, with a combined bound on the mean margin. Each margin d = (c - g) - r (b - g)
 * is already above chance, so their mean holds iff the overall ratio does. Benchmarks that share
 * examples (a group and its subtask: `mmlu` and `mmlu_stem`) are not independent, so their
 * standard errors are then added (the bound that holds whatever the correlation) instead of
 * combined in quadrature. With any benchmark untested there is no bound: the overall line is
 * INCONCLUSIVE when the point estimate holds, FAIL when it misses.
 */
function judgeOverall(
  entries: Array<{ name: string; result: ForgettingResult; chance: number; covers: ReadonlySet<string> }>,
  ratio: number,
  alpha: number,
): { line: string; decision: Decision } | null {
  if (entries.length < 2) return null;
  const aboveC = entries.reduce((a, e) => a + e.result.evidence.candidate - e.chance, 0);
  const aboveB = entries.reduce((a, e) => a + e.result.evidence.baseline! - e.chance, 0);
  const pointRatio = aboveB > 0 ? aboveC / aboveB : 1;
  const k = entries.length;
  const tests = entries.map((e) => e.result.test);
  if (tests.some((t) => t === null)) {
    const untested = entries.filter((e) => e.result.test === null).map((e) => e.name);
    const decision: Decision = pointRatio >= ratio - 1e-12 ? "inconclusive" : "fail";
    return {
      line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}, no bound (${untested.join(", ")} had no test) -> ${decision.toUpperCase()}`,
      decision,
    };
  }
  const nested = shareCoveredNames(entries);
  const d = tests.reduce((a, t) => a + t!.difference, 0) / k;
  const se = (nested ? tests.reduce((a, t) => a + t!.se, 0) : Math.sqrt(tests.reduce((a, t) => a + t!.se ** 2, 0))) / k;
  const z = normalQuantile(1 - alpha);
  const decision: Decision =
    se === 0 ? (d >= 0 ? "pass" : "fail") : d - z * se > 0 ? "pass" : d < 0 ? "fail" : "inconclusive";
  const how = nested ? "; nested benchmarks share examples, so their standard errors are added" : "";
  return {
    line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}; mean margin ${d.toFixed(4)} [${(d - z * se).toFixed(4)}, ${(d + z * se).toFixed(4)}]${how} -> ${decision.toUpperCase()}`,
    decision,
  };
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

/**
 * Whether two benchmarks cover a name in common (a group and its subtask). One pass over the
 * names: comparing every pair took two seconds of a check with 10,000 general benchmarks.
 */
function shareCoveredNames(entries: ReadonlyArray<{ covers: ReadonlySet<string> }>): boolean {
  const seen = new Set<string>();
  for (const entry of entries) {
    // Each entry's names are a set, so a name seen before is another entry's.
    for (const name of entry.covers) {
      if (seen.has(name)) return true;
      seen.add(name);
    }
  }
  return false;
}
