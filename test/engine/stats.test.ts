import { describe, expect, it } from "vitest";
import { normalQuantile, tQuantile } from "../../src/engine/stats/distributions.ts";
import {
  againstFloor,
  clopperPearson,
  examplesNeeded,
  meanInterval,
  pairedNonInferiority,
  ratioInterval,
  unpairedNonInferiority,
  wilson,
} from "../../src/engine/stats/intervals.ts";
import { binomialCdf, quantileUpperBound, rowsForAnyBound } from "../../src/engine/stats/quantile-bound.ts";

describe("distributions", () => {
  it("match table values", () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.6449, 4);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(tQuantile(0.95, 10)).toBeCloseTo(1.812, 2);
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.571, 2);
    expect(tQuantile(0.95, 1e7)).toBeCloseTo(1.6449, 4);
  });
});

describe("Wilson intervals (eval-formats.md section 8.1 oracles, two-sided 95%)", () => {
  it.each([
    [46, 50, 0.812, 0.969],
    [9, 20, 0.258, 0.658],
    [30, 30, 0.887, 1],
  ])("%i/%i -> [%f, %f]", (k, n, lower, upper) => {
    const w = wilson(k, n, 0.025);
    // the oracle table is rounded to three decimals
    expect(Math.abs(w.lower - lower)).toBeLessThan(0.001);
    expect(Math.abs(w.upper - upper)).toBeLessThan(0.001);
  });
  it("certifies 0.95 with zero failures only from 52 examples (one-sided 5%)", () => {
    expect(wilson(51, 51, 0.05).lower).toBeLessThan(0.95);
    expect(wilson(52, 52, 0.05).lower).toBeGreaterThanOrEqual(0.95);
  });
});

describe("Clopper-Pearson (exact) intervals: oracles from scipy.stats.beta.ppf", () => {
  it.each([
    [46, 50, 0.8077, 0.9778],
    [9, 20, 0.2306, 0.6847],
    [30, 30, 0.8843, 1],
  ])("%i/%i -> [%f, %f] two-sided 95%%", (k, n, lower, upper) => {
    const i = clopperPearson(k, n, 0.025);
    expect(Math.abs(i.lower - lower)).toBeLessThan(0.0001);
    expect(Math.abs(i.upper - upper)).toBeLessThan(0.0001);
  });
  it("certifies 0.95 with zero failures only from 59 examples (one-sided 5%), where Wilson took 52", () => {
    expect(clopperPearson(58, 58, 0.05).lower).toBeLessThan(0.95);
    expect(clopperPearson(59, 59, 0.05).lower).toBeGreaterThanOrEqual(0.95);
    expect(clopperPearson(52, 52, 0.05).lower).toBeCloseTo(0.944, 4);
    // Wilson passes 52 of 52, which a system at exactly 0.95 does 6.9% of the time, not 5%
    expect(wilson(52, 52, 0.05).lower).toBeGreaterThanOrEqual(0.95);
    expect(0.95 ** 52).toBeCloseTo(0.0694, 4);
  });
});

describe("order-statistics bound on a p95", () => {
  it("3 rows: the point p95 is the maximum, which a system at its limit passes 86% of the time; no bound exists", () => {
    const b = quantileUpperBound(Float64Array.from([100, 200, 300]), 0.95, 0.05);
    expect(b.estimate).toBe(300);
    expect(b.upper).toBeNull();
    expect(0.95 ** 3).toBeCloseTo(0.857, 3);
    expect(rowsForAnyBound(0.95, 0.05)).toBe(59);
  });
  it("the bound is the least order statistic whose binomial tail covers 1 - alpha", () => {
    const rows = Float64Array.from({ length: 200 }, (_, i) => i + 1);
    const b = quantileUpperBound(rows, 0.95, 0.05);
    expect(b.estimate).toBe(190);
    expect(binomialCdf(b.rank! - 1, 200, 0.95)).toBeGreaterThanOrEqual(0.95);
    expect(binomialCdf(b.rank! - 2, 200, 0.95)).toBeLessThan(0.95);
    expect(b.upper).toBe(b.rank);
    expect(b.upper!).toBeGreaterThan(b.estimate);
  });
});

describe("non-inferiority", () => {
  it("reproduces the gemma LAMBADA worked example: inconclusive", () => {
    const r = unpairedNonInferiority(
      { value: 0.64118, stderr: 0.006683 },
      { value: 0.69804, stderr: 0.006396 },
      0.9,
      0.05,
      5153,
    );
    expect(r.difference).toBeCloseTo(0.01294, 4);
    expect(r.se).toBeCloseTo(0.00882, 4);
    expect(r.lower).toBeCloseTo(-0.0016, 3);
    expect(r.upper).toBeCloseTo(0.0275, 3);
    expect(r.decision).toBe("inconclusive");
    // the PASS test's p-value is 0.071 (not below 0.05: inconclusive)
    expect(r.pPass).toBeCloseTo(0.071, 2);
    const ratio = ratioInterval({ value: 0.64118, stderr: 0.006683 }, { value: 0.69804, stderr: 0.006396 }, 0.025);
    expect(ratio.ratio).toBeCloseTo(0.9185, 3);
    expect(ratio.lower).toBeCloseTo(0.894, 3);
    expect(ratio.upper).toBeCloseTo(0.944, 3);
  });

  it("pairs: correlated scores resolve what the unpaired test cannot", () => {
    const n = 400;
    const base = Float64Array.from({ length: n }, (_, i) => (i % 10 < 7 ? 1 : 0));
    const cand = Float64Array.from(base, (b, i) => (i % 50 === 0 ? 1 - b : b));
    const paired = pairedNonInferiority(cand, base, 0.9, 0.05);
    expect(paired.decision).toBe("pass");
    const unpaired = unpairedNonInferiority(
      { value: meanInterval(cand, 0.05).estimate, stderr: 0.0229 },
      { value: 0.7, stderr: 0.0229 },
      0.9,
      0.05,
      n,
    );
    expect(unpaired.decision).toBe("inconclusive");
  });

  it("fails a clear regression", () => {
    const base = Float64Array.from({ length: 500 }, (_, i) => (i % 10 < 8 ? 1 : 0));
    const cand = Float64Array.from({ length: 500 }, (_, i) => (i % 10 < 5 ? 1 : 0));
    expect(pairedNonInferiority(cand, base, 0.9, 0.05).decision).toBe("fail");
  });

  it("a point estimate on the wrong side of the margin FAILs even when the interval straddles it (issue 20, class 1)", () => {
    // 100 paired examples, base 70 right, candidate 58 right (ratio 0.829 against a 0.90 margin):
    // the interval reaches above the margin, so the old rule called it inconclusive (exit 0).
    const base = Float64Array.from({ length: 100 }, (_, i) => (i < 70 ? 1 : 0));
    const cand = Float64Array.from({ length: 100 }, (_, i) => (i < 58 ? 1 : 0));
    const r = pairedNonInferiority(cand, base, 0.9, 0.05);
    expect(58 / 70).toBeCloseTo(0.829, 3);
    expect(r.upper).toBeGreaterThan(0);
    expect(r.decision).toBe("fail");
    expect(r.significant).toBe(false);
    // well below: significant too
    const far = pairedNonInferiority(
      Float64Array.from({ length: 100 }, (_, i) => (i < 40 ? 1 : 0)),
      base,
      0.9,
      0.05,
    );
    expect(far.decision).toBe("fail");
    expect(far.significant).toBe(true);
  });

  it("a floor: PASS only when the lower bound clears it, FAIL when the estimate misses it", () => {
    expect(againstFloor({ estimate: 0.949, lower: 0.9, upper: 0.99, n: 100, method: "x" }, 0.95)).toBe("fail");
    expect(againstFloor({ estimate: 0.96, lower: 0.94, upper: 0.99, n: 100, method: "x" }, 0.95)).toBe("inconclusive");
    expect(againstFloor({ estimate: 0.99, lower: 0.95, upper: 1, n: 100, method: "x" }, 0.95)).toBe("pass");
  });

  it("sizes the sample needed to resolve the margin (Miller 2024, eval-formats.md 8.5)", () => {
    // p = 0.70 on both sides, rho = 0.5: Var(d) = 0.21 (1 + r^2 - 2 r rho)
    expect(examplesNeeded(0.21 * (1 + 0.81 - 0.9), 0.7, 0.9, 0.05)).toBeCloseTo(241, -1);
    expect(examplesNeeded(0.21 * 1.81, 0.7, 0.9, 0.05)).toBeCloseTo(480, -1);
  });
});
