import { describe, expect, it } from "vitest";
import { normalQuantile, tQuantile } from "../../src/engine/stats/distributions.ts";
import { examplesNeeded, holmAdjust, meanInterval, pairedNonInferiority, ratioInterval, unpairedNonInferiority, wilson } from "../../src/engine/stats/intervals.ts";

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

describe("non-inferiority", () => {
  it("reproduces the gemma LAMBADA worked example: inconclusive", () => {
    const r = unpairedNonInferiority({ value: 0.64118, stderr: 0.006683 }, { value: 0.69804, stderr: 0.006396 }, 0.9, 0.05, 5153);
    expect(r.difference).toBeCloseTo(0.01294, 4);
    expect(r.se).toBeCloseTo(0.00882, 4);
    expect(r.lower).toBeCloseTo(-0.0016, 3);
    expect(r.upper).toBeCloseTo(0.0275, 3);
    expect(r.decision).toBe("inconclusive");
    // the PASS test's p-value is 0.071 (not below 0.05: inconclusive); the FAIL test's is its complement
    expect(r.pPass).toBeCloseTo(0.071, 2);
    expect(r.pFail).toBeCloseTo(0.929, 2);
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
    const unpaired = unpairedNonInferiority({ value: meanInterval(cand, 0.05).estimate, stderr: 0.0229 }, { value: 0.7, stderr: 0.0229 }, 0.9, 0.05, n);
    expect(unpaired.decision).toBe("inconclusive");
  });

  it("fails a clear regression", () => {
    const base = Float64Array.from({ length: 500 }, (_, i) => (i % 10 < 8 ? 1 : 0));
    const cand = Float64Array.from({ length: 500 }, (_, i) => (i % 10 < 5 ? 1 : 0));
    expect(pairedNonInferiority(cand, base, 0.9, 0.05).decision).toBe("fail");
  });

  it("Holm keeps only the fails that survive the step-down", () => {
    const fail = (p: number) => ({ difference: -1, se: 1, lower: -2, upper: -0.1, pFail: p, pPass: 1 - p, decision: "fail" as const, paired: true, n: 100 });
    expect(holmAdjust([fail(0.001), fail(0.02), fail(0.04)], 0.05)).toEqual(["fail", "fail", "fail"]);
    expect(holmAdjust([fail(0.001), fail(0.03), fail(0.04)], 0.05)).toEqual(["fail", "inconclusive", "inconclusive"]);
  });

  it("sizes the sample needed to resolve the margin (Miller 2024, eval-formats.md 8.5)", () => {
    // p = 0.70 on both sides, rho = 0.5: Var(d) = 0.21 (1 + r^2 - 2 r rho)
    expect(examplesNeeded(0.21 * (1 + 0.81 - 0.9), 0.7, 0.9, 0.05)).toBeCloseTo(241, -1);
    expect(examplesNeeded(0.21 * 1.81, 0.7, 0.9, 0.05)).toBeCloseTo(480, -1);
  });
});
