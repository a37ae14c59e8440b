import { incompleteBeta, normalCdf, normalQuantile, tCdf, tQuantile } from "./distributions.ts";

/** What an interval test concluded about a threshold. */
export type Decision = "pass" | "fail" | "inconclusive";

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  n: number;
  method: string;
}

/** Wilson score interval for k successes in n trials at one-sided level alpha (Wilson 1927). */
export function wilson(k: number, n: number, alpha: number): Interval {
  const z = normalQuantile(1 - alpha);
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), n, method: "Wilson" };
}

/** Mean with a one-sided-alpha t interval, for continuous per-example scores. */
export function meanInterval(values: ArrayLike<number>, alpha: number): Interval {
  const n = values.length;
  const { mean, variance } = moments(values);
  const half = n > 1 ? tQuantile(1 - alpha, n - 1) * Math.sqrt(variance / n) : Infinity;
  return { estimate: mean, lower: mean - half, upper: mean + half, n, method: "t" };
}

/**
 * The burden of proof is on the candidate: PASS only when the one-sided lower bound clears the
 * floor, FAIL as soon as the point estimate misses it (whatever the bound says), else
 * INCONCLUSIVE: the estimate holds but too few examples show it.
 */
export function againstFloor(interval: Interval, floor: number): Decision {
  if (interval.lower >= floor) return "pass";
  if (interval.estimate < floor) return "fail";
  return "inconclusive";
}

/** A FAIL whose other bound misses the threshold too: the data show it below, not just the estimate. */
export function significantlyBelow(interval: Pick<Interval, "upper">, floor: number): boolean {
  return interval.upper < floor;
}

/**
 * Clopper-Pearson (1934) exact interval for k successes in n trials at one-sided level alpha: the
 * lower bound is the alpha quantile of Beta(k, n - k + 1), so a rule "lower >= floor" passes a
 * system whose true rate is exactly the floor with probability at most alpha, for every n (Wilson's
 * normal approximation does not: it passes 52 of 52 at 0.95 6.9% of the time).
 */
export function clopperPearson(k: number, n: number, alpha: number): Interval {
  // All or none succeeded: the bounds have closed forms (alpha^(1/n)), kept exact at the edges.
  const lower = k <= 0 ? 0 : k >= n ? alpha ** (1 / n) : betaQuantile(alpha, k, n - k + 1);
  const upper = k >= n ? 1 : k <= 0 ? 1 - alpha ** (1 / n) : betaQuantile(1 - alpha, k + 1, n - k);
  return { estimate: k / n, lower, upper, n, method: "Clopper-Pearson" };
}

/** The p quantile of Beta(a, b), by bisection on the regularized incomplete beta (monotone in x). */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (incompleteBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Mean and sample variance (Bessel) in one pass (Welford), stable for millions of values. */
export function moments(values: ArrayLike<number>): { mean: number; variance: number } {
  const running = new RunningMoments();
  for (let i = 0; i < values.length; i++) running.add(values[i]!);
  return running;
}

/** Welford's mean and sample variance, one value at a time, so millions of values need no array. */
export class RunningMoments {
  n = 0;
  mean = 0;
  private m2 = 0;

  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (x - this.mean);
  }

  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : 0;
  }
}

export interface NonInferiority {
  /** mean of d_i = c_i - r*b_i (or its unpaired analogue); >= 0 means candidate >= r x baseline. */
  difference: number;
  se: number;
  lower: number;
  upper: number;
  /** One-sided p-value of the PASS test (H0: d <= 0): small when the data show it holds. */
  pPass: number;
  decision: Decision;
  /** A FAIL whose upper bound misses the margin too: significantly below, not only on the estimate. */
  significant: boolean;
  paired: boolean;
  n: number;
}

/**
 * `df` is the t distribution's degrees of freedom, or Infinity for the normal. PASS only when the
 * one-sided lower bound clears the margin (d > 0); FAIL as soon as the point estimate misses it
 * (d < 0), `significant` when the upper bound misses it too; otherwise INCONCLUSIVE.
 */
function decide(difference: number, se: number, df: number, alpha: number, paired: boolean, n: number): NonInferiority {
  const quantile = Number.isFinite(df) ? tQuantile(1 - alpha, df) : normalQuantile(1 - alpha);
  const lower = difference - quantile * se;
  const upper = difference + quantile * se;
  const decision: Decision =
    se === 0 ? (difference >= 0 ? "pass" : "fail") : lower > 0 ? "pass" : difference < 0 ? "fail" : "inconclusive";
  const cdf = (x: number) => (Number.isFinite(df) ? tCdf(x, df) : normalCdf(x));
  const pPass = se === 0 ? (difference > 0 ? 0 : 1) : cdf(-difference / se);
  return { difference, se, lower, upper, pPass, decision, significant: decision === "fail" && upper < 0, paired, n };
}

/**
 * Paired non-inferiority, "candidate >= r x baseline" on the same examples: the ratio test becomes
 * a linear one on d_i = c_i - r*b_i - (1 - r)*g, g being the chance level (0 unless normalised).
 */
export function pairedNonInferiority(
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  ratio: number,
  alpha: number,
  chance = 0,
): NonInferiority {
  const n = candidate.length;
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = candidate[i]! - ratio * baseline[i]! - (1 - ratio) * chance;
  return differencesNonInferiority(d, alpha);
}

/**
 * The paired test on per-example differences d_i already built so that the candidate holds iff
 * mean(d) >= 0. Needs at least two differences: nothing is concluded from fewer.
 */
export function differencesNonInferiority(d: ArrayLike<number>, alpha: number): NonInferiority {
  const running = new RunningMoments();
  for (let i = 0; i < d.length; i++) running.add(d[i]!);
  return momentsNonInferiority(running, alpha);
}

/** The paired test from the differences' moments (see differencesNonInferiority). */
export function momentsNonInferiority(m: { n: number; mean: number; variance: number }, alpha: number): NonInferiority {
  if (m.n < 2) throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
  return decide(m.mean, Math.sqrt(m.variance / m.n), m.n - 1, alpha, true, m.n);
}

/** The unpaired fallback from reported aggregates and standard errors (assumes independence). */
export function unpairedNonInferiority(
  candidate: { value: number; stderr: number },
  baseline: { value: number; stderr: number },
  ratio: number,
  alpha: number,
  n: number,
  chance = 0,
): NonInferiority {
  const difference = candidate.value - ratio * baseline.value - (1 - ratio) * chance;
  const se = Math.sqrt(candidate.stderr ** 2 + ratio ** 2 * baseline.stderr ** 2);
  return decide(difference, se, Infinity, alpha, false, n);
}

/** Delta-method interval for the ratio c/b, for the report (two-sided 1 - 2*alpha). */
export function ratioInterval(
  c: { value: number; stderr: number },
  b: { value: number; stderr: number },
  alpha: number,
): { ratio: number; lower: number; upper: number } {
  const ratio = c.value / b.value;
  const se = ratio * Math.sqrt((c.stderr / c.value) ** 2 + (b.stderr / b.value) ** 2);
  const z = normalQuantile(1 - alpha);
  return { ratio, lower: ratio - z * se, upper: ratio + z * se };
}

/**
 * Examples needed to resolve the margin with power 1 - beta when the candidate is truly as good
 * as the baseline: n = (z_alpha + z_beta)^2 Var(d) / delta^2, delta = (1 - r) mu_b (Miller 2024).
 */
export function examplesNeeded(
  varianceOfD: number,
  baselineMean: number,
  ratio: number,
  alpha: number,
  power = 0.8,
): number {
  const delta = (1 - ratio) * baselineMean;
  if (delta <= 0) return Infinity;
  return Math.ceil(((normalQuantile(1 - alpha) + normalQuantile(power)) ** 2 * varianceOfD) / delta ** 2);
}
