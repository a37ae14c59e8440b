import { exampleCount, type Benchmark, type Examples } from "../evals/model.ts";
import type { Policy } from "../policy/schema.ts";
import { normalQuantile } from "../stats/distributions.ts";
import { examplesNeeded, meanInterval, moments, pairedNonInferiority, unpairedNonInferiority, wilson, againstFloor, type Decision, type NonInferiority } from "../stats/intervals.ts";

/** What one benchmark showed, with enough numbers for a reader to check the decision. */
export interface Evidence {
  benchmark: string;
  metric: string;
  n: number | null;
  candidate: number;
  baseline: number | null;
  /** The quantity judged: a ratio to baseline (forgetting) or a score (floors). */
  estimate: number;
  lower: number | null;
  upper: number | null;
  method: string;
  decision: Decision;
  note: string | null;
}

type Stats = Policy["statistics"];

/** Candidate and baseline must have measured the same examples the same way. */
export function comparabilityProblem(c: Benchmark, b: Benchmark): string | null {
  const pc = c.provenance;
  const pb = b.provenance;
  if (pc.limit !== pb.limit) return `limit differs (candidate ${pc.limit ?? "none"}, baseline ${pb.limit ?? "none"})`;
  if (pc.nShot !== null && pb.nShot !== null && pc.nShot !== pb.nShot) return `n-shot differs (candidate ${pc.nShot}, baseline ${pb.nShot})`;
  if (pc.version !== null && pb.version !== null && pc.version !== pb.version) return `task version differs (candidate ${pc.version}, baseline ${pb.version})`;
  if (c.n !== null && b.n !== null && c.n !== b.n) return `sample counts differ (candidate ${c.n}, baseline ${b.n})`;
  if (pc.digest !== null && pb.digest !== null && pc.digest !== pb.digest) return "the documents differ (doc and target hashes do not match): another dataset revision or split";
  if (c.examples !== null && b.examples !== null) {
    const shared = pairs(c.examples, b.examples).candidate.length;
    const nc = exampleCount(c.examples);
    const nb = exampleCount(b.examples);
    if (shared !== nc || shared !== nb) return `example ids differ (candidate ${nc}, baseline ${nb}, ${shared} in common)`;
  }
  return null;
}

/** The per-example scores both sides have, aligned. */
export function pairs(c: Examples, b: Examples): { candidate: Float64Array; baseline: Float64Array } {
  const cs: number[] = [];
  const bs: number[] = [];
  if (c.kind === "dense" && b.kind === "dense") {
    const length = Math.min(c.scores.length, b.scores.length);
    const candidate = new Float64Array(Math.min(c.count, b.count));
    const baseline = new Float64Array(candidate.length);
    let k = 0;
    for (let i = 0; i < length && k < candidate.length; i++) {
      const x = c.scores[i]!;
      const y = b.scores[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      candidate[k] = x;
      baseline[k++] = y;
    }
    return { candidate: candidate.subarray(0, k), baseline: baseline.subarray(0, k) };
  }
  const cm = c.kind === "keyed" ? c.scores : denseToMap(c);
  const bm = b.kind === "keyed" ? b.scores : denseToMap(b);
  for (const [id, x] of cm) {
    const y = bm.get(id);
    if (y !== undefined) {
      cs.push(x);
      bs.push(y);
    }
  }
  return { candidate: Float64Array.from(cs), baseline: Float64Array.from(bs) };
}

function denseToMap(e: Extract<Examples, { kind: "dense" }>): Map<string, number> {
  const map = new Map<string, number>();
  e.scores.forEach((v, i) => {
    if (!Number.isNaN(v)) map.set(String(i), v);
  });
  return map;
}

/** Reported stderr, or the binomial one lm-eval would report, or none. */
function stderrOf(b: Benchmark): number | null {
  if (b.stderr !== null) return b.stderr;
  if (b.binary && b.n !== null && b.n > 1) return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
  return null;
}

export interface ForgettingResult {
  evidence: Evidence;
  test: NonInferiority | null;
  needed: number | null;
}

/** Candidate >= ratio x baseline for one benchmark: paired when possible, else unpaired, else point. */
export function judgeForgetting(c: Benchmark, b: Benchmark, ratio: number, stats: Stats, chance: number): ForgettingResult {
  const higher = b.higherIsBetter;
  const above = (x: number) => x - chance;
  const pointRatio = higher ? above(c.value) / above(b.value) : b.value / c.value;
  const base: Omit<Evidence, "estimate" | "lower" | "upper" | "method" | "decision" | "note"> = { benchmark: c.name, metric: c.metric, n: c.n ?? b.n, candidate: c.value, baseline: b.value };
  if (stats.method === "point" || b.value === chance) {
    const decision: Decision = pointRatio >= ratio ? "pass" : "fail";
    return { evidence: { ...base, estimate: pointRatio, lower: null, upper: null, method: "point estimate", decision, note: stats.method === "point" ? "policy: point-estimate rule" : "baseline at chance: nothing to forget" }, test: null, needed: null };
  }
  // d = c - r*b (or, lower-is-better, b - r*c): ratio >= r  <=>  mean(d) >= 0.
  const toRatio = (d: number) => (higher ? ratio + d / above(b.value) : ratio + d / c.value);
  let test: NonInferiority | null = null;
  let method = "";
  let needed: number | null = null;
  if (c.examples !== null && b.examples !== null) {
    const p = pairs(c.examples, b.examples);
    test = higher ? pairedNonInferiority(p.candidate, p.baseline, ratio, stats.alpha, chance) : pairedNonInferiority(p.baseline, p.candidate, ratio, stats.alpha);
    method = `paired t, n=${p.candidate.length}`;
    if (test.decision === "inconclusive") {
      const d = new Float64Array(p.candidate.length);
      for (let i = 0; i < d.length; i++) d[i] = p.candidate[i]! - ratio * p.baseline[i]!;
      needed = examplesNeeded(moments(d).variance, above(b.value), ratio, stats.alpha, stats.power);
    }
  } else {
    const sc = stderrOf(c);
    const sb = stderrOf(b);
    if (sc === null || sb === null) {
      const decision: Decision = pointRatio >= ratio ? "pass" : "fail";
      return { evidence: { ...base, estimate: pointRatio, lower: null, upper: null, method: "point estimate", decision, note: "no standard errors or per-example results: judged on the point estimate" }, test: null, needed: null };
    }
    const n = c.n ?? b.n ?? 0;
    test = higher
      ? unpairedNonInferiority({ value: c.value, stderr: sc }, { value: b.value, stderr: sb }, ratio, stats.alpha, n, chance)
      : unpairedNonInferiority({ value: b.value, stderr: sb }, { value: c.value, stderr: sc }, ratio, stats.alpha, n);
    method = "unpaired z from reported stderrs (no per-example files)";
    if (test.decision === "inconclusive" && n > 0) needed = examplesNeeded(n * (sc ** 2 + ratio ** 2 * sb ** 2), above(b.value), ratio, stats.alpha, stats.power);
  }
  return {
    evidence: { ...base, estimate: pointRatio, lower: toRatio(test.lower), upper: toRatio(test.upper), method, decision: test.decision, note: null },
    test,
    needed,
  };
}

/** Score >= floor: Wilson for 0/1 outcomes, a t interval for continuous ones, else the point. */
export function judgeFloor(b: Benchmark, floor: number, stats: Stats): Evidence {
  const base = { benchmark: b.name, metric: b.metric, candidate: b.value, baseline: null };
  if (stats.method === "point") {
    return { ...base, n: b.n, estimate: b.value, lower: null, upper: null, method: "point estimate", decision: b.value >= floor ? "pass" : "fail", note: "policy: point-estimate rule" };
  }
  if (b.examples !== null) {
    const values = b.examples.kind === "dense" ? Float64Array.from(b.examples.scores.filter((v) => !Number.isNaN(v))) : Float64Array.from(b.examples.scores.values());
    if (values.length > 0) {
      const binary = values.every((v) => v === 0 || v === 1);
      const interval = binary ? wilson(values.reduce((a, v) => a + v, 0), values.length, stats.alpha) : meanInterval(values, stats.alpha);
      const decision = againstFloor(interval, floor);
      const note = binary && decision === "inconclusive" ? cleanExamplesNote(floor, stats.alpha) : null;
      return { ...base, n: values.length, estimate: interval.estimate, lower: interval.lower, upper: interval.upper, method: binary ? `Wilson, ${failures(values)} of ${values.length} failed` : `t, n=${values.length}`, decision, note };
    }
  }
  if (b.binary && b.n !== null && b.n > 0) {
    const k = Math.round(b.value * b.n);
    const interval = wilson(k, b.n, stats.alpha);
    const decision = againstFloor(interval, floor);
    return { ...base, n: b.n, estimate: b.value, lower: interval.lower, upper: interval.upper, method: `Wilson from the aggregate, ${b.n - k} of ${b.n} failed`, decision, note: decision === "inconclusive" ? cleanExamplesNote(floor, stats.alpha) : null };
  }
  const se = b.stderr;
  if (se !== null && se > 0) {
    const z = 1.6448536269514722;
    const interval = { estimate: b.value, lower: b.value - z * se, upper: b.value + z * se, n: b.n ?? 0, method: "z" };
    return { ...base, n: b.n, estimate: b.value, lower: interval.lower, upper: interval.upper, method: "normal from the reported stderr", decision: againstFloor(interval, floor), note: null };
  }
  return { ...base, n: b.n, estimate: b.value, lower: null, upper: null, method: "point estimate", decision: b.value >= floor ? "pass" : "fail", note: "no sample size or per-example results: judged on the point estimate" };
}

/**
 * With no failures the Wilson lower bound is n / (n + z^2), so showing >= floor takes
 * n >= z^2 floor / (1 - floor) clean examples (52 for 0.95 at one-sided 5%).
 */
function cleanExamplesNote(floor: number, alpha: number): string {
  const z = normalQuantile(1 - alpha);
  const needed = Math.ceil((z * z * floor) / (1 - floor) - 1e-9);
  return `with no failures, at least ${needed} examples would show >= ${floor}; each failure needs more`;
}

function failures(values: Float64Array): number {
  let k = 0;
  for (const v of values) if (v === 0) k++;
  return k;
}

/** "0.919 [0.894, 0.944]" or just "0.919". */
export function formatEstimate(e: Evidence): string {
  return e.lower === null || e.upper === null ? e.estimate.toFixed(3) : `${e.estimate.toFixed(3)} [${e.lower.toFixed(3)}, ${e.upper.toFixed(3)}]`;
}
