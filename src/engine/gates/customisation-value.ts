import { costPerPoint } from "../cost/alternative.ts";
import { formatUsd } from "../cost/money.ts";
import { alternativeFor } from "../framework/alternative.ts";
import { citeFramework } from "../framework/doc-link.ts";
import type { Benchmark } from "../evals/model.ts";
import { sourceOf } from "../policy/load.ts";
import type { Policy } from "../policy/schema.ts";
import { RunningMoments } from "../stats/intervals.ts";
import { examplesToShowGain, pairedSuperiority, unpairedSuperiority, type Superiority } from "../stats/superiority.ts";
import type { GateContext } from "./context.ts";
import { comparabilityProblem, forEachPair } from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";
import type { Evidence } from "./evidence.ts";
import { gateResult, judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { inconclusiveResult, notComparableResult } from "./unsettled.ts";
import { formatCount } from "../input/count-text.ts";

type Stats = Policy["statistics"];

export interface GainJudgement {
  evidence: Evidence;
  /** Examples in all that would likely show the gain, for an inconclusive result; null when unknown. */
  needed: number | null;
}

/**
 * Candidate against the cheaper alternative on one task suite: better by more than `minGain`, in
 * the metric's better direction. Paired on per-example scores when both sides have them, else
 * unpaired from standard errors; from point estimates alone a gain is never shown.
 */
export function judgeGain(c: Benchmark, a: Benchmark, minGain: number, stats: Stats): GainJudgement {
  const sign = c.higherIsBetter ? 1 : -1;
  // + 0 turns the -0 of a lower-is-better tie into 0.
  const gain = sign * (c.value - a.value) + 0;
  let base = {
    benchmark: c.name,
    metric: c.metric,
    n: c.n ?? a.n,
    candidate: c.value,
    baseline: a.value,
    scale: "difference" as const,
    threshold: minGain,
    estimate: gain,
  };
  const unshown = (note: string): GainJudgement => ({
    evidence: {
      ...base,
      lower: null,
      upper: null,
      method: "point estimate",
      decision: gain < minGain ? "fail" : "inconclusive",
      note,
    },
    needed: null,
  });
  if (stats.method === "point") {
    return {
      evidence: {
        ...base,
        lower: null,
        upper: null,
        method: "point estimate",
        decision: gain >= minGain && gain > 0 ? "pass" : "fail",
        note: "policy: point-estimate rule",
      },
      needed: null,
    };
  }
  let test: Superiority;
  let method: string;
  let perExampleVariance: number | null;
  if (c.examples !== null && a.examples !== null) {
    const d = new RunningMoments();
    let sumC = 0;
    let sumA = 0;
    forEachPair(c.examples, a.examples, (x, y) => {
      sumC += x;
      sumA += y;
      d.add(sign * (x - y));
    });
    if (d.n < 2) return unshown(`only ${d.n} example(s) in common: no interval`);
    // Every number printed beside the interval comes from the pairs it was computed on (issue 20).
    base = { ...base, n: d.n, candidate: sumC / d.n, baseline: sumA / d.n };
    test = pairedSuperiority(d, minGain, stats.alpha);
    method = `paired t, n=${d.n}`;
    perExampleVariance = d.variance;
  } else {
    const sc = stderrOf(c);
    const sa = stderrOf(a);
    if (sc === null || sa === null)
      return unshown("no standard errors or per-example results: a gain cannot be shown from point estimates");
    const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("alternative", a, sa);
    if (unmeasured !== null) return unshown(`${unmeasured}: no spread was measured, so a gain cannot be shown`);
    const n = c.n ?? a.n ?? 0;
    test = unpairedSuperiority(
      { value: sign * c.value, stderr: sc },
      { value: sign * a.value, stderr: sa },
      minGain,
      stats.alpha,
      n,
    );
    method = "unpaired z from reported stderrs (no per-example files)";
    perExampleVariance = n > 0 ? n * (sc ** 2 + sa ** 2) : null;
  }
  const needed =
    test.decision === "inconclusive" && perExampleVariance !== null
      ? examplesToShowGain(perExampleVariance, test.gain, minGain, stats.alpha, stats.power)
      : null;
  return {
    // The estimate is the tested one: on paired examples, the mean of their gains.
    evidence: {
      ...base,
      estimate: test.gain + 0,
      lower: test.lower,
      upper: test.upper,
      method,
      decision: test.decision,
      note: null,
    },
    needed: needed !== null && Number.isFinite(needed) ? needed : null,
  };
}

/** Reported stderr, or the binomial one for 0/1 scores with a known count, or none. */
function stderrOf(b: Benchmark): number | null {
  if (b.stderr !== null) return b.stderr;
  if (b.binary && b.n !== null && b.n > 1) return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
  return null;
}

function unmeasuredSpread(side: string, b: Benchmark, stderr: number): string | null {
  if (b.n !== null && b.n < 2) return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
  if (stderr === 0) return `the ${side}'s standard error is 0`;
  return null;
}

/**
 * A gain as a reader counts it: percentage points for a score on [0, 1] (0.061 is "+6.1 points"),
 * the metric's own units otherwise.
 */
export function gainInPoints(
  e: Pick<Evidence, "candidate" | "baseline">,
  gain: number,
): { value: number; unit: "points" | "units" } {
  const share = (x: number | null) => x !== null && x >= 0 && x <= 1;
  return share(e.candidate) && share(e.baseline)
    ? { value: gain * 100, unit: "points" }
    : { value: gain, unit: "units" };
}

/** "+6.1 points on support_qa [+3.2, +9.0]" (the bracket is the interval, when there is one). */
export function gainSentence(e: Evidence): string {
  const signed = (x: number) => {
    const p = gainInPoints(e, x);
    const text = p.unit === "points" ? p.value.toFixed(1) : p.value.toPrecision(3);
    return `${x > 0 ? "+" : ""}${text}`;
  };
  const unit = gainInPoints(e, e.estimate).unit === "points" ? "points" : `${e.metric}`;
  const interval = e.lower === null || e.upper === null ? "" : ` [${signed(e.lower)}, ${signed(e.upper)}]`;
  return `${signed(e.estimate)} ${unit} on ${e.benchmark}${interval}`;
}

/** The comparability rules of every comparison, worded for the alternative. */
function alternativeComparability(c: Benchmark, a: Benchmark): string | null {
  return comparabilityProblem(c, a)?.replace(/\bbaseline\b/g, "alternative") ?? null;
}

/**
 * Did the customisation buy anything? On every task suite the candidate must beat the simpler
 * alternative it replaces (evals.alternative) by at least gates.customisation_value.min_gain,
 * shown at the policy's alpha; beside it, what that costs per point gained.
 */
export function customisationValueGate(ctx: GateContext): GateResult {
  const id = "customisation-value" as const;
  if (ctx.plan.approach === "prompt")
    return skipped({
      id,
      path: ["approach"],
      summary: "prompting customises nothing: there is no cheaper alternative to beat",
    });
  const alternative = ctx.alternative;
  if (alternative === undefined) return unmeasured(ctx);
  const names = namesFor(ctx, "task");
  if (ctx.candidate === undefined || names.length === 0) {
    return missingData(
      ctx,
      id,
      false,
      "no task scores in the candidate results",
      ["evals"],
      "add task suites to the candidate and alternative results (and list them in evals.task)",
    );
  }
  if (ctx.candidate.incomplete !== null)
    return missingData(
      ctx,
      id,
      false,
      `cannot gate on these results: ${ctx.candidate.incomplete}`,
      ["evals", "candidate"],
      "gate on a finished run",
    );
  if (alternative.incomplete !== null)
    return missingData(
      ctx,
      id,
      false,
      `cannot gate on the alternative's results: ${alternative.incomplete}`,
      ["evals", "alternative"],
      "gate on a finished run of the alternative",
    );
  const minGain = ctx.policy.policy.gates.customisation_value.min_gain;
  const stats = ctx.policy.policy.statistics;
  const extraMonthly =
    ctx.cost !== undefined && ctx.alternativeCost !== undefined
      ? ctx.cost.monthly_usd - ctx.alternativeCost.estimate.monthly_usd
      : null;
  const details: string[] = [];
  const evidence: Evidence[] = [];
  const failing: string[] = [];
  const unclear: string[] = [];
  const pointOnly: string[] = [];
  const noData: string[] = [];
  const notComparable: string[] = [];
  for (const name of [...names].sort()) {
    const c = pick(ctx.candidate, name, ctx, alternative);
    const a = pick(alternative, name, ctx, ctx.candidate);
    if (!c.ok || !a.ok) {
      noData.push(name);
      details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : `alternative: ${(a as { reason: string }).reason}`}`);
      continue;
    }
    const problem = alternativeComparability(c.benchmark, a.benchmark);
    if (problem !== null) {
      notComparable.push(name);
      details.push(`${name} vs alternative: not comparable: ${problem}`);
      continue;
    }
    const { evidence: e, needed } = judgeGain(c.benchmark, a.benchmark, minGain, stats);
    evidence.push(e);
    if (e.decision === "fail") failing.push(name);
    if (e.decision === "inconclusive") unclear.push(name);
    if (e.decision === "inconclusive" && e.lower === null) pointOnly.push(name);
    const paid = extraMonthly === null ? "" : ` for ${signedUsd(extraMonthly)}/month${perPointNote(e, extraMonthly)}`;
    const why = [
      e.method,
      e.note,
      needed === null ? null : `about ${formatCount(needed)} examples in all would likely show it`,
    ]
      .filter((x) => x !== null)
      .join("; ");
    details.push(
      `${name}: candidate ${e.candidate.toFixed(3)} vs alternative ${e.baseline!.toFixed(3)}: ${gainSentence(e)}${paid}, needs > ${minGain} (${why}) -> ${e.decision.toUpperCase()}`,
    );
  }
  if (ctx.alternativeCost !== undefined && ctx.cost !== undefined) {
    details.push(
      `cost: candidate ${formatUsd(ctx.cost.monthly_usd)}/month + ${formatUsd(ctx.cost.one_time_usd)} one-time; alternative ${formatUsd(ctx.alternativeCost.estimate.monthly_usd)}/month + ${formatUsd(ctx.alternativeCost.estimate.one_time_usd)} one-time (${ctx.alternativeCost.source})`,
    );
  }
  const gains = evidence.map((e) => e.estimate);
  const worst = gains.length === 0 ? null : Math.min(...gains);
  const worstEvidence = evidence.find((e) => e.estimate === worst);
  const base = {
    id,
    path: ["evals", "alternative"],
    measured: worst,
    measured_display: worstEvidence === undefined ? "—" : `smallest gain ${gainSentence(worstEvidence)}`,
    threshold: {
      value: minGain,
      display: `> ${minGain} better than the alternative, per task suite (one-sided ${Math.round((1 - stats.alpha) * 100)}% bound)`,
      source: sourceOf(ctx.policy, "gates.customisation_value.min_gain"),
    },
    details,
  };
  const unique = (xs: string[]) => [...new Set(xs)];
  if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
    return {
      ...notComparableResult(ctx, {
        ...base,
        summary: `not comparable with the alternative: ${unique(notComparable).join(", ")} measured different examples or settings`,
        fix: "run candidate and alternative on the same examples and settings",
      }),
      evidence,
    };
  }
  if (failing.length > 0) {
    return {
      ...judged(
        {
          ...base,
          summary: `the customisation does not beat the simpler alternative by ${minGain} on ${unique(failing).join(", ")}`,
          fix: `keep the simpler alternative, or improve ${unique(failing).join(", ")} until it does`,
        },
        "error",
      ),
      evidence,
    };
  }
  if (noData.length > 0)
    return {
      ...missingData(
        ctx,
        id,
        false,
        `not measured on both sides: ${unique(noData).join(", ")}`,
        ["evals", "alternative"],
        "run the candidate and the alternative on every task suite",
        details,
      ),
      evidence,
    };
  if (unclear.length > 0) {
    // More examples cannot help a file that carries no spread: it needs per-example results.
    const fix =
      pointOnly.length > 0
        ? `give per-example results (or standard errors) for ${unique(pointOnly).join(", ")} on both sides`
        : `run more examples on ${unique(unclear).join(", ")}, on both sides`;
    return {
      ...inconclusiveResult(
        ctx,
        { ...base, summary: `a gain over the alternative is not shown on ${unique(unclear).join(", ")}`, fix },
        false,
      ),
      evidence,
    };
  }
  return {
    ...passed({
      ...base,
      summary: `beats the simpler alternative by more than ${minGain} on all ${evidence.length} task suite${evidence.length === 1 ? "" : "s"}`,
    }),
    evidence,
  };
}

function signedUsd(usd: number): string {
  return usd >= 0 ? `+${formatUsd(usd)}` : formatUsd(usd);
}

function perPointNote(e: Evidence, extraMonthly: number): string {
  const points = gainInPoints(e, e.estimate);
  const perPoint = costPerPoint(extraMonthly, points.value);
  if (perPoint === null) return "";
  return ` (${formatUsd(perPoint)}/month per ${points.unit === "points" ? "point" : `unit of ${e.metric}`})`;
}

/**
 * No evals.alternative: the gate is missing, never a pass, and counts as
 * severities.alternative_unmeasured says (info in the shipped policy, so plans written before the
 * gate keep their verdict until a policy asks every plan to measure its alternative).
 */
function unmeasured(ctx: GateContext): GateResult {
  const level = ctx.policy.policy.severities.alternative_unmeasured;
  const fix = `add evals.alternative: eval results of ${alternativeFor(ctx.plan.approach)!} on the same task suites, see ${citeFramework("value")}`;
  return gateResult(
    {
      id: "customisation-value",
      summary: "the simpler alternative was not measured: nothing shows the customisation beats it",
      path: ["evals"],
      fix,
      details: [
        `to fix: ${fix}`,
        `counts as ${level} (severities.alternative_unmeasured in ${sourceOf(ctx.policy, "severities.alternative_unmeasured")})`,
      ],
    },
    "missing",
    level === "info" ? "none" : level,
  );
}
