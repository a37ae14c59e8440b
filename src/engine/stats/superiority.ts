import { normalQuantile, tQuantile } from "./distributions.ts";
import type { Decision } from "./intervals.ts";

/**
 * One-sided superiority: is the candidate better than a cheaper alternative by at least a
 * minimum gain? The gain is measured in the metric's better direction, so it is positive when the
 * candidate is better.
 *
 * The rule (the same for every comparison tunegate makes): PASS only when the one-sided bound at
 * alpha clears the margin (lower > minGain); FAIL when the point estimate misses it
 * (estimate < minGain); otherwise INCONCLUSIVE. No multiplicity correction: each suite is its own
 * question, and a suite that is only inconclusive never passes.
 */
export interface Superiority {
  /** Mean gain of the candidate over the alternative, in the metric's units and better direction. */
  gain: number;
  /** Standard error of the gain; 0 when every paired difference is the same. */
  se: number;
  /** One-sided bounds at alpha: the gain is above `lower` (and below `upper`) at level 1 - alpha. */
  lower: number;
  upper: number;
  decision: Decision;
  paired: boolean;
  n: number;
}

/** The decision rule on an estimate and its one-sided bound. */
export function superiorityDecision(gain: number, lower: number, minGain: number): Decision {
  if (lower > minGain) return "pass";
  if (gain < minGain) return "fail";
  return "inconclusive";
}

/**
 * Paired superiority from the moments of the per-example gains d_i = sign (c_i - a_i). Needs at
 * least two pairs: nothing is concluded from fewer.
 */
export function pairedSuperiority(
  m: { n: number; mean: number; variance: number },
  minGain: number,
  alpha: number,
): Superiority {
  if (m.n < 2) throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
  const se = Math.sqrt(m.variance / m.n);
  const half = tQuantile(1 - alpha, m.n - 1) * se;
  return {
    gain: m.mean,
    se,
    lower: m.mean - half,
    upper: m.mean + half,
    decision: superiorityDecision(m.mean, m.mean - half, minGain),
    paired: true,
    n: m.n,
  };
}

/**
 * Unpaired superiority from the two sides' values and standard errors (independent samples):
 * `candidate` and `alternative` are already signed so that higher is better.
 */
export function unpairedSuperiority(
  candidate: { value: number; stderr: number },
  alternative: { value: number; stderr: number },
  minGain: number,
  alpha: number,
  n: number,
): Superiority {
  const gain = candidate.value - alternative.value;
  const se = Math.sqrt(candidate.stderr ** 2 + alternative.stderr ** 2);
  const half = normalQuantile(1 - alpha) * se;
  return {
    gain,
    se,
    lower: gain - half,
    upper: gain + half,
    decision: superiorityDecision(gain, gain - half, minGain),
    paired: false,
    n,
  };
}

/**
 * Examples in all that would likely show the gain (power 1 - beta) if the true gain were the one
 * observed: n = (z_alpha + z_beta)^2 Var(d) / (gain - minGain)^2. Infinity when the observed gain
 * does not exceed the margin: then no number of examples would show it.
 */
export function examplesToShowGain(
  varianceOfD: number,
  gain: number,
  minGain: number,
  alpha: number,
  power: number,
): number {
  const excess = gain - minGain;
  if (!(excess > 0)) return Infinity;
  return Math.max(2, Math.ceil(((normalQuantile(1 - alpha) + normalQuantile(power)) ** 2 * varianceOfD) / excess ** 2));
}
