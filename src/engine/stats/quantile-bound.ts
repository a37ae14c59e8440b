import { incompleteBeta } from "./distributions.ts";

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return incompleteBeta(1 - p, n - k, k + 1);
}

export interface QuantileBound {
  /** The nearest-rank point estimate of the quantile. */
  estimate: number;
  /** The distribution-free upper confidence bound (an order statistic), or null when n is too small. */
  upper: number | null;
  /** 1-based rank of the order statistic used as the bound, or null. */
  rank: number | null;
  n: number;
}

/**
 * Upper confidence bound for the q quantile from order statistics alone (no distribution
 * assumed): X_(u) with u the least rank such that P(Binomial(n, q) <= u - 1) >= 1 - alpha, since
 * X_(u) < the true quantile only when fewer than u values fall below it. With 3 rows the p95
 * point estimate is the maximum, which a system whose true p95 sits at the limit passes 86% of
 * the time; no bound exists until 1 - q^n >= 1 - alpha (59 rows for q = 0.95 at alpha = 0.05).
 * `sorted` is ascending.
 */
export function quantileUpperBound(sorted: ArrayLike<number>, q: number, alpha: number): QuantileBound {
  const n = sorted.length;
  const estimate = sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  for (let u = Math.max(1, Math.ceil(q * n)); u <= n; u++) {
    if (binomialCdf(u - 1, n, q) >= 1 - alpha) return { estimate, upper: sorted[u - 1]!, rank: u, n };
  }
  return { estimate, upper: null, rank: null, n };
}

/** The fewest rows for which any upper bound on the q quantile exists: 1 - q^n >= 1 - alpha. */
export function rowsForAnyBound(q: number, alpha: number): number {
  let n = Math.max(1, Math.floor(Math.log(alpha) / Math.log(q)));
  while (1 - q ** n < 1 - alpha) n++;
  return n;
}

/**
 * About how many rows in all would bring the bound under `limit` if more rows came from the same
 * distribution as these (the empirical one): the least N whose bounding rank u(N) stays within
 * the share of rows at or under the limit. Null when the limit is under the q quantile itself.
 */
export function rowsToBoundUnder(sorted: ArrayLike<number>, q: number, alpha: number, limit: number): number | null {
  const n = sorted.length;
  let within = 0;
  while (within < n && sorted[within]! <= limit) within++;
  const share = within / n;
  if (share <= q) return null;
  const fits = (total: number): boolean => {
    for (let u = Math.max(1, Math.ceil(q * total)); u <= total; u++) {
      if (binomialCdf(u - 1, total, q) >= 1 - alpha) return u <= Math.floor(share * total);
    }
    return false;
  };
  let total = Math.max(n, rowsForAnyBound(q, alpha));
  while (total < 1e7 && !fits(total)) total = Math.ceil(total * 1.5);
  if (total >= 1e7) return null;
  let lo = Math.max(n, Math.floor(total / 1.5));
  while (lo < total) {
    const mid = Math.floor((lo + total) / 2);
    if (fits(mid)) total = mid;
    else lo = mid + 1;
  }
  return total;
}
