import { sameMetricKey } from "../evals/assemble.ts";
import {
  denseScore,
  exampleCount,
  exampleScores,
  forEachDense,
  type Benchmark,
  type Examples,
} from "../evals/model.ts";
import type { Policy } from "../policy/schema.ts";
import { normalQuantile } from "../stats/distributions.ts";
import type { Evidence } from "./evidence.ts";
import {
  againstFloor,
  clopperPearson,
  examplesNeeded,
  meanInterval,
  momentsNonInferiority,
  RunningMoments,
  significantlyBelow,
  unpairedNonInferiority,
  type Interval,
  type NonInferiority,
} from "../stats/intervals.ts";
import { formatCount } from "../input/count-text.ts";

type Stats = Policy["statistics"];

/** Candidate and baseline must have measured the same examples the same way. */
export function comparabilityProblem(c: Benchmark, b: Benchmark): string | null {
  const pc = c.provenance;
  const pb = b.provenance;
  if (sameMetricKey(c.metric) !== sameMetricKey(b.metric))
    return `the metric differs (candidate ${c.metric}, baseline ${b.metric}); name the one to compare with evals.metrics`;
  if (pc.limit !== pb.limit) return `limit differs (candidate ${pc.limit ?? "none"}, baseline ${pb.limit ?? "none"})`;
  if (pc.nShot !== null && pb.nShot !== null && pc.nShot !== pb.nShot)
    return `n-shot differs (candidate ${pc.nShot}, baseline ${pb.nShot})`;
  const subtasks = subtaskProblem(pc, pb);
  if (subtasks !== null) return subtasks;
  if (pc.version !== null && pb.version !== null && pc.version !== pb.version)
    return `task version differs (candidate ${pc.version}, baseline ${pb.version})`;
  if (c.n !== null && b.n !== null && c.n !== b.n) return `sample counts differ (candidate ${c.n}, baseline ${b.n})`;
  if (pc.digest !== null && pb.digest !== null && pc.digest !== pb.digest)
    return "the documents differ (doc and target hashes do not match): another dataset revision or split";
  if (c.examples !== null && b.examples !== null) {
    const shared = sharedCount(c.examples, b.examples);
    const nc = exampleCount(c.examples);
    const nb = exampleCount(b.examples);
    if (shared !== nc || shared !== nb)
      return `example ids differ (candidate ${nc}, baseline ${nb}, ${shared} in common)`;
  }
  return null;
}

/**
 * A group row hides its subtasks' settings (lm-eval records n-shot 0 on `mmlu` whatever its
 * subtasks ran with): the two sides must have the same subtasks, each with the same n-shot.
 */
function subtaskProblem(pc: Benchmark["provenance"], pb: Benchmark["provenance"]): string | null {
  const c = pc.subtasks;
  const b = pb.subtasks;
  if (c === undefined && b === undefined) return null;
  if (c === undefined || b === undefined)
    return `one side is a group of subtasks, the other is not (candidate ${c === undefined ? "a single task" : `${Object.keys(c).length} subtasks`}, baseline ${b === undefined ? "a single task" : `${Object.keys(b).length} subtasks`})`;
  const onlyC = Object.keys(c).filter((k) => !(k in b));
  const onlyB = Object.keys(b).filter((k) => !(k in c));
  if (onlyC.length > 0 || onlyB.length > 0)
    return `the group's subtasks differ (only the candidate ran: ${onlyC.slice(0, 5).join(", ") || "none"}; only the baseline ran: ${onlyB.slice(0, 5).join(", ") || "none"})`;
  const differing = Object.keys(c).filter((k) => c[k] !== null && b[k] !== null && c[k] !== b[k]);
  if (differing.length === 0) return null;
  const shown = differing
    .slice(0, 3)
    .map((k) => `${k}: candidate ${c[k]}, baseline ${b[k]}`)
    .join("; ");
  return `n-shot differs on ${differing.length} subtask${differing.length === 1 ? "" : "s"} of the group (${shown}${differing.length > 3 ? "; ..." : ""})`;
}

/** Calls `visit` with each (id, score) of a numbered side in ascending id order; allocates nothing. */
function eachNumbered(
  e: Extract<Examples, { kind: "dense" | "numbered" }>,
  visit: (id: number, score: number) => void,
): void {
  if (e.kind === "numbered") {
    for (let i = 0; i < e.ids.length; i++) visit(e.ids[i]!, e.scores[i]!);
    return;
  }
  forEachDense(e.scores, visit);
}

function keyed(e: Examples): Map<string, number> {
  if (e.kind === "keyed") return e.scores;
  const map = new Map<string, number>();
  eachNumbered(e, (id, v) => map.set(String(id), v));
  return map;
}

/**
 * Calls `visit` with the candidate's and the baseline's score of every example both sides have,
 * aligned by id: linear in the examples whatever their ids, and without copying them, since an
 * eval of millions of examples is judged several times (comparability, identity, the interval).
 */
export function forEachPair(c: Examples, b: Examples, visit: (candidate: number, baseline: number) => void): void {
  if (c.kind === "dense" && b.kind === "dense") {
    const length = Math.min(c.scores.length, b.scores.length);
    for (let i = 0; i < length; i++) {
      const x = denseScore(c.scores, i);
      const y = denseScore(b.scores, i);
      if (!Number.isNaN(x) && !Number.isNaN(y)) visit(x, y);
    }
    return;
  }
  if (c.kind !== "keyed" && b.kind !== "keyed") {
    // Merge-join of two ascending id sequences.
    const baseline = sortedPairs(b);
    let j = 0;
    eachNumbered(c, (id, x) => {
      while (j < baseline.ids.length && baseline.ids[j]! < id) j++;
      if (j < baseline.ids.length && baseline.ids[j] === id) visit(x, baseline.scores[j++]!);
    });
    return;
  }
  const bm = keyed(b);
  for (const [id, x] of keyed(c)) {
    const y = bm.get(id);
    if (y !== undefined) visit(x, y);
  }
}

/** A numbered side as parallel ascending arrays (a dense side is copied; a numbered one is not). */
function sortedPairs(e: Extract<Examples, { kind: "dense" | "numbered" }>): {
  ids: ArrayLike<number>;
  scores: ArrayLike<number>;
} {
  if (e.kind === "numbered") return { ids: e.ids, scores: e.scores };
  const ids = new Float64Array(e.count);
  const scores = new Float64Array(e.count);
  let k = 0;
  eachNumbered(e, (id, v) => {
    ids[k] = id;
    scores[k++] = v;
  });
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

/** How many examples both sides have. */
function sharedCount(c: Examples, b: Examples): number {
  let shared = 0;
  forEachPair(c, b, () => shared++);
  return shared;
}

/** Reported stderr, or the binomial one lm-eval would report for 0/1 scores, or none. */
function stderrOf(b: Benchmark): number | null {
  if (b.stderr !== null) return b.stderr;
  if (b.binary && b.n !== null && b.n > 1) return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
  return null;
}

/**
 * Why a side's standard error says nothing, or null: fewer than two examples have no spread to
 * measure (Inspect writes a stderr of 0 for one sample), and a stderr of exactly 0 would make the
 * z test certain of whatever the point estimates say.
 */
function unmeasuredSpread(side: "candidate" | "baseline", b: Benchmark, stderr: number): string | null {
  if (b.n !== null && b.n < 2) return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
  if (stderr === 0) return `the ${side}'s standard error is 0`;
  return null;
}

/**
 * How forgetting is measured for a metric. A ratio to the base model only means something for
 * scores that are never negative and where higher is better; for the rest (signed scores such as
 * bleu_diff, lower-is-better ones such as perplexity) the candidate may fall at most `maxDrop`
 * below the base in the metric's own units. Null when that is needed and the policy sets none.
 */
export function forgettingScale(c: Benchmark, b: Benchmark, maxDrop: number | null): "ratio" | "difference" | null {
  const nonNegative =
    c.value >= 0 &&
    b.value >= 0 &&
    (c.examples === null || minimum(c.examples) >= 0) &&
    (b.examples === null || minimum(b.examples) >= 0);
  if (c.higherIsBetter && b.higherIsBetter && nonNegative) return "ratio";
  return maxDrop === null ? null : "difference";
}

function minimum(e: Examples): number {
  let min = Infinity;
  if (e.kind === "keyed") for (const v of e.scores.values()) min = Math.min(min, v);
  else eachNumbered(e, (_, v) => (min = Math.min(min, v)));
  return min;
}

/**
 * Identical means the same run, not the same numbers: two models that tie at 94 of 166 are two
 * measurements and are tested like any other pair. A run is the same when both sides' benchmark
 * came from the same file, or from files that record the same run identity (see Provenance.run).
 */
export function sameRun(c: Benchmark, b: Benchmark): boolean {
  const pc = c.provenance;
  const pb = b.provenance;
  if (pc.file === pb.file) return true;
  return pc.run !== undefined && pc.run === pb.run;
}

export interface ForgettingSettings {
  ratio: number;
  /** Largest drop allowed, in the metric's units, where a ratio means nothing. */
  maxDrop: number | null;
  chance: number;
  stats: Stats;
  /** Judge the difference (with `maxDrop` as the margin) whatever the metric. */
  scale?: "difference";
}

export interface ForgettingResult {
  evidence: Evidence;
  test: NonInferiority | null;
  /** Examples in all (not more) that would likely resolve an inconclusive result. */
  needed: number | null;
  /** The chance level the ratio was taken above (0 when the declared one was not below the baseline). */
  chance: number;
}

/**
 * Candidate against baseline for one benchmark: candidate >= ratio x baseline (above chance), or
 * candidate >= baseline - maxDrop in the metric's better direction. Paired on per-example scores
 * when both sides have them, else unpaired from standard errors, else the point estimate.
 */
export function judgeForgetting(c: Benchmark, b: Benchmark, settings: ForgettingSettings): ForgettingResult {
  const scale = settings.scale ?? forgettingScale(c, b, settings.maxDrop);
  if (scale === null)
    throw new Error(
      `forgetting on ${c.name} (${c.metric}) needs gates.forgetting.max_drop; the caller checks this first`,
    );
  const { ratio, stats, chance } = settings;
  const margin = settings.maxDrop ?? 0;
  const sign = c.higherIsBetter ? 1 : -1;
  // d = c - r b - (1 - r) g (ratio), or sign (c - b) + m (difference): the candidate holds iff mean(d) >= 0.
  const above = (x: number) => x - chance;
  const pointEstimate = scale === "ratio" ? above(c.value) / above(b.value) : sign * (c.value - b.value);
  const threshold = scale === "ratio" ? ratio : -margin;
  // The baseline the interval is scaled by: the aggregate, or the mean of the paired examples.
  let scaleBy = b.value;
  const toEstimate = (d: number) => (scale === "ratio" ? ratio + d / above(scaleBy) : d - margin);
  let base = {
    benchmark: c.name,
    metric: c.metric,
    n: c.n ?? b.n,
    candidate: c.value,
    baseline: b.value,
    scale,
    threshold,
  } as const as {
    benchmark: string;
    metric: string;
    n: number | null;
    candidate: number;
    baseline: number;
    scale: "ratio" | "difference";
    threshold: number;
  };
  // With no interval the point estimate only ever convicts: on the right side of the margin it
  // is unproven (INCONCLUSIVE), unless the policy chose the plain point-estimate rule.
  const point = (note: string): ForgettingResult => {
    const holds = pointEstimate >= threshold - 1e-12;
    const decision = holds ? (stats.method === "point" ? "pass" : "inconclusive") : "fail";
    return {
      evidence: {
        ...base,
        estimate: pointEstimate,
        lower: null,
        upper: null,
        method: "point estimate",
        decision,
        note: decision === "inconclusive" ? `${note}: no bound shows the margin, so it is unproven` : note,
      },
      test: null,
      needed: null,
      chance,
    };
  };
  if (sameRun(c, b))
    return {
      evidence: {
        ...base,
        estimate: scale === "ratio" ? 1 : 0,
        lower: null,
        upper: null,
        method: "identical results",
        decision: "pass",
        note: "candidate and baseline are the same run",
      },
      test: null,
      needed: null,
      chance,
    };
  if (scale === "ratio" && chance > 0 && above(b.value) <= 0) {
    // Above a chance level the base model never reached, both sides are negative and their
    // ratio says the opposite of what happened (0.30 vs a base of 0.81 "above" a declared 0.85
    // would be 13.75x). With nothing above chance to compare, the plain ratio is judged.
    const plain = judgeForgetting(c, b, { ...settings, chance: 0 });
    const note = `baseline ${Number(b.value.toFixed(4))} is not above the declared chance level ${chance}: judged as the plain ratio`;
    return {
      ...plain,
      chance: 0,
      evidence: { ...plain.evidence, note: plain.evidence.note === null ? note : `${note}; ${plain.evidence.note}` },
    };
  }
  if (stats.method === "point") return point("policy: point-estimate rule");
  if (scale === "ratio" && above(b.value) <= 0) {
    // A base model at 0 has nothing to lose and no ratio exists (x/0 is Infinity, 0/0 NaN, which
    // JSON cannot carry and which failed a candidate at 0 too): hold the candidate to its score.
    const difference = c.value - b.value;
    const note = `baseline scores ${b.value}: no ratio to it exists, so the candidate is held to the baseline's score`;
    return {
      evidence: {
        ...base,
        scale: "difference",
        threshold: 0,
        estimate: difference,
        lower: null,
        upper: null,
        method: "point estimate",
        decision: difference >= 0 ? "pass" : "fail",
        note,
      },
      test: null,
      needed: null,
      chance,
    };
  }

  let test: NonInferiority;
  let method: string;
  let needed: number | null = null;
  if (c.examples !== null && b.examples !== null) {
    const shared = sharedCount(c.examples, b.examples);
    if (shared < 2) return point(`only ${shared} example(s) in common: no interval`);
    // The differences' moments, one pair at a time: five million pairs need no 40 MB array.
    const d = new RunningMoments();
    let sumC = 0;
    let sumB = 0;
    forEachPair(c.examples, b.examples, (x, y) => {
      sumC += x;
      sumB += y;
      d.add(scale === "ratio" ? x - ratio * y - (1 - ratio) * chance : sign * (x - y) + margin);
    });
    // Every number printed beside the interval comes from the pairs it was computed on.
    if (scale === "difference" || above(sumB / d.n) > 0) scaleBy = sumB / d.n;
    base = { ...base, n: d.n, candidate: sumC / d.n, baseline: sumB / d.n };
    test = momentsNonInferiority(d, stats.alpha);
    method = `paired t, n=${d.n}`;
    if (test.decision === "inconclusive")
      needed = examplesNeeded(
        d.variance,
        scale === "ratio" ? above(b.value) : margin,
        scale === "ratio" ? ratio : 0,
        stats.alpha,
        stats.power,
      );
  } else {
    const sc = stderrOf(c);
    const sb = stderrOf(b);
    if (sc === null || sb === null)
      return point("no standard errors or per-example results: judged on the point estimate");
    const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("baseline", b, sb);
    if (unmeasured !== null)
      return point(`${unmeasured}: no spread was measured, so it is judged on the point estimate`);
    const n = c.n ?? b.n ?? 0;
    if (scale === "ratio") {
      test = unpairedNonInferiority(
        { value: c.value, stderr: sc },
        { value: b.value, stderr: sb },
        ratio,
        stats.alpha,
        n,
        chance,
      );
      if (test.decision === "inconclusive" && n > 0)
        needed = examplesNeeded(n * (sc ** 2 + ratio ** 2 * sb ** 2), above(b.value), ratio, stats.alpha, stats.power);
    } else {
      test = unpairedNonInferiority(
        { value: sign * c.value + margin, stderr: sc },
        { value: sign * b.value, stderr: sb },
        1,
        stats.alpha,
        n,
      );
      if (test.decision === "inconclusive" && n > 0)
        needed = examplesNeeded(n * (sc ** 2 + sb ** 2), margin, 0, stats.alpha, stats.power);
    }
    method = "unpaired z from reported stderrs (no per-example files)";
  }
  const lower = toEstimate(test.lower);
  const upper = toEstimate(test.upper);
  // The printed estimate is the interval's own centre, from the same data (paired examples, or
  // the aggregates the unpaired test used), so the interval always contains it.
  const estimate = toEstimate(test.difference);
  return {
    evidence: {
      ...base,
      estimate,
      lower: Math.min(lower, upper),
      upper: Math.max(lower, upper),
      method,
      decision: test.decision,
      note: test.significant ? "significant: the upper bound misses the margin too" : null,
    },
    test,
    needed: needed !== null && Number.isFinite(needed) ? needed : null,
    chance,
  };
}

/**
 * Score >= floor: Clopper-Pearson for 0/1 outcomes (exact, so the advertised level holds at every
 * n), a t interval for continuous ones. With no interval (no spread or count) nothing proves the
 * floor: a score on or above it is INCONCLUSIVE, one below it FAILs (against its floor, a point
 * estimate only ever convicts).
 */
export function judgeFloor(b: Benchmark, floor: number, stats: Stats): Evidence {
  const base = {
    benchmark: b.name,
    metric: b.metric,
    candidate: b.value,
    baseline: null,
    scale: "score" as const,
    threshold: floor,
  };
  if (stats.method === "point") {
    return {
      ...base,
      n: b.n,
      estimate: b.value,
      lower: null,
      upper: null,
      method: "point estimate",
      decision: b.value >= floor ? "pass" : "fail",
      note: "policy: point-estimate rule",
    };
  }
  const judged = (interval: Interval, n: number | null, method: string, failed: number | null): Evidence => {
    const decision = againstFloor(interval, floor);
    const notes = [
      decision === "fail" && significantlyBelow(interval, floor)
        ? "significant: the upper bound is below the floor too"
        : null,
      decision === "inconclusive" && failed !== null ? exactFloorNote(failed, interval.n, floor, stats.alpha) : null,
    ].filter((x) => x !== null);
    return {
      ...base,
      n,
      estimate: interval.estimate,
      lower: interval.lower,
      upper: interval.upper,
      method,
      decision,
      note: notes.length === 0 ? null : notes.join("; "),
    };
  };
  if (b.examples !== null) {
    const values = exampleScores(b.examples);
    if (values.length > 0) {
      const binary = values.every((v) => v === 0 || v === 1);
      const passedCount = values.reduce((a, v) => a + v, 0);
      if (binary)
        return judged(
          clopperPearson(passedCount, values.length, stats.alpha),
          values.length,
          `Clopper-Pearson, ${values.length - passedCount} of ${values.length} failed`,
          values.length - passedCount,
        );
      if (values.length > 1)
        return judged(meanInterval(values, stats.alpha), values.length, `t, n=${values.length}`, null);
    }
  }
  if (b.binary && b.n !== null && b.n > 0) {
    const k = Math.round(b.value * b.n);
    return {
      ...judged(
        clopperPearson(k, b.n, stats.alpha),
        b.n,
        `Clopper-Pearson from the aggregate, ${b.n - k} of ${b.n} failed`,
        b.n - k,
      ),
      estimate: b.value,
    };
  }
  const se = b.stderr;
  if (se !== null && se > 0) {
    const z = normalQuantile(1 - stats.alpha);
    return judged(
      { estimate: b.value, lower: b.value - z * se, upper: b.value + z * se, n: b.n ?? 0, method: "z" },
      b.n,
      "normal from the reported stderr",
      null,
    );
  }
  // The note says which of n, the spread or the examples the file lacks: "no sample size" beside n=1 would be untrue.
  const unmeasured = se === null ? null : unmeasuredSpread("candidate", b, se);
  const why =
    unmeasured !== null
      ? `${unmeasured}: no spread was measured`
      : b.n === null
        ? "no sample size or per-example results"
        : "no standard error or per-example results";
  const holds = b.value >= floor;
  return {
    ...base,
    n: b.n,
    estimate: b.value,
    lower: null,
    upper: null,
    method: "point estimate",
    decision: holds ? "inconclusive" : "fail",
    note: holds ? `${why}: no bound shows the floor, so it is unproven` : `${why}: the score itself is below the floor`,
  };
}

/**
 * What would resolve an inconclusive exact (Clopper-Pearson) floor. With no failures the lower
 * bound of n of n is alpha^(1/n), so it takes n >= ln(alpha) / ln(floor) clean examples in all (59
 * for 0.95 at one-sided 5%). With failures, the total needed at the same failure rate, if any.
 */
export function exactFloorNote(failed: number, n: number, floor: number, alpha: number): string {
  if (failed === 0)
    return `no failures in ${n}: at least ${cleanExamplesNeeded(floor, alpha)} clean examples in all would show >= ${floor}`;
  const rate = failed / n;
  if (rate >= 1 - floor - 1e-12)
    return `at this failure rate (${failed} of ${n}) no number of examples would show >= ${floor}`;
  const clears = (total: number) => clopperPearson(Math.round(total * (1 - rate)), total, alpha).lower >= floor;
  let total = n;
  while (total < 1e8 && !clears(total)) total = Math.ceil(total * 1.25);
  if (total >= 1e8)
    return `at this failure rate (${failed} of ${n}) no practical number of examples would show >= ${floor}`;
  let lo = Math.max(n, Math.floor(total / 1.25));
  while (lo < total) {
    const mid = Math.floor((lo + total) / 2);
    if (clears(mid)) total = mid;
    else lo = mid + 1;
  }
  return `at this failure rate (${failed} of ${n}), about ${formatCount(total)} examples in all would show >= ${floor}`;
}

/** Clean examples (no failure) that certify `floor` with the exact bound: the least n with alpha^(1/n) >= floor. */
export function cleanExamplesNeeded(floor: number, alpha: number): number {
  let n = Math.max(1, Math.floor(Math.log(alpha) / Math.log(floor)));
  while (clopperPearson(n, n, alpha).lower < floor) n++;
  return n;
}

/** "0.919 [0.894, 0.944]" or just "0.919". */
export function formatEstimate(e: Evidence): string {
  const sign = (x: number) => (e.scale === "difference" && x > 0 ? `+${x.toFixed(3)}` : x.toFixed(3));
  return e.lower === null || e.upper === null
    ? sign(e.estimate)
    : `${sign(e.estimate)} [${sign(e.lower)}, ${sign(e.upper)}]`;
}

export type { Evidence };
