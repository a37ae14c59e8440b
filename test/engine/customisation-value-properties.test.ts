import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costPerPoint } from "../../src/engine/cost/alternative.ts";
import { decide } from "../../src/engine/decide.ts";
import { assembleRun } from "../../src/engine/evals/assemble.ts";
import type { Benchmark, Examples } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { judgeGain } from "../../src/engine/gates/customisation-value.ts";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { shippedPolicy, shippedPrices } from "../helpers/engine.ts";

/** Properties of customisation-value for any data, by fast-check with a fixed seed (FC_SEED, FC_RUNS explore further). */
const seed = Number(process.env["FC_SEED"] ?? 20261206);
const numRuns = Number(process.env["FC_RUNS"] ?? 150);
fc.configureGlobal({ seed, numRuns });

const prices = shippedPrices();
const stats = shippedPolicy().policy.statistics;

const provenance = (file = "f.json") => ({
  format: "lm-eval" as const,
  file,
  model: null,
  modelArgs: null,
  version: null,
  limit: null,
  nShot: null,
  digest: null,
});
function bench(fields: Partial<Benchmark> & Pick<Benchmark, "name" | "value">): Benchmark {
  return {
    aliases: [],
    metric: "acc,none",
    stderr: null,
    n: null,
    higherIsBetter: true,
    binary: false,
    aggregation: null,
    errored: 0,
    pooled: false,
    examples: null,
    provenance: provenance(),
    ...fields,
  };
}
const dense = (scores: number[]): Examples => ({
  kind: "dense",
  scores: Float32Array.from(scores),
  count: scores.length,
});
const keyed = (scores: number[]): Examples => ({
  kind: "keyed",
  scores: new Map(scores.map((v, i) => [`id-${i}`, v])),
});
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Every kind of benchmark the readers produce: 0/1 or continuous per example, aggregates with stderrs, signed, lower-is-better, point only. */
const anyBenchmark = fc.oneof(
  fc
    .array(fc.constantFrom(0, 1), { minLength: 1, maxLength: 300 })
    .map((s) => bench({ name: "b", value: mean(s), n: s.length, binary: true, examples: dense(s) })),
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }).map(Math.fround), { minLength: 1, maxLength: 300 })
    .map((s) => bench({ name: "b", value: mean(s), n: s.length, examples: dense(s) })),
  fc
    .array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 300 })
    .map((s) => bench({ name: "b", value: mean(s), n: s.length, examples: keyed(s) })),
  fc
    .record({
      value: fc.double({ min: 0, max: 1, noNaN: true }),
      stderr: fc.double({ min: 0, max: 0.2, noNaN: true }),
      n: fc.integer({ min: 1, max: 10_000 }),
    })
    .map((r) => bench({ name: "b", ...r })),
  fc
    .record({
      value: fc.double({ min: 1, max: 100, noNaN: true }),
      stderr: fc.double({ min: 0.01, max: 5, noNaN: true }),
      n: fc.integer({ min: 2, max: 2000 }),
    })
    .map((r) => bench({ name: "b", metric: "word_perplexity,none", higherIsBetter: false, ...r })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((value) => bench({ name: "b", value })),
);

describe("customisation-value properties", () => {
  it("identical candidate and alternative never pass with a positive min_gain, for every metric kind and both statistics methods", () => {
    fc.assert(
      fc.property(
        anyBenchmark,
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.constantFrom("interval" as const, "point" as const),
        (b, minGain, method) => {
          const judged = judgeGain(b, { ...b }, minGain, { ...stats, method });
          expect(judged.evidence.decision).toBe("fail");
          expect(judged.evidence.estimate).toBe(0);
        },
      ),
    );
  });

  it("an interval is ordered around its estimate, and PASS means its lower bound clears the margin", () => {
    fc.assert(
      fc.property(anyBenchmark, anyBenchmark, fc.double({ min: 0, max: 0.2, noNaN: true }), (c, a, minGain) => {
        const candidate = { ...c, metric: a.metric, higherIsBetter: a.higherIsBetter };
        const { evidence } = judgeGain(candidate, a, minGain, stats);
        if (evidence.lower !== null) {
          expect(evidence.lower).toBeLessThanOrEqual(evidence.estimate + 1e-12);
          expect(evidence.upper!).toBeGreaterThanOrEqual(evidence.estimate - 1e-12);
        }
        if (evidence.decision === "pass") expect(evidence.lower).toBeGreaterThan(minGain);
        if (evidence.decision === "fail") expect(evidence.estimate).toBeLessThan(minGain);
      }),
    );
  });

  it("the verdict does not depend on file order or on the order suites are listed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            c: fc.double({ min: 0.3, max: 0.9, noNaN: true }),
            a: fc.double({ min: 0.3, max: 0.9, noNaN: true }),
            n: fc.integer({ min: 50, max: 3000 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.func(fc.integer()),
        (rows, order) => {
          const names = rows.map((_, i) => `suite${i}`);
          const side = (s: "c" | "a") =>
            rows.map((r, i) =>
              contribution(
                bench({
                  name: names[i]!,
                  value: r[s],
                  stderr: Math.sqrt((r[s] * (1 - r[s])) / (r.n - 1)),
                  n: r.n,
                  provenance: provenance(`${s}${i}.json`),
                }),
              ),
            );
          const shuffled = <T>(xs: T[]) =>
            xs
              .map((x, i) => ({ x, k: order(i) }))
              .sort((p, q) => p.k - q.k)
              .map((e) => e.x);
          const one = valueGate(names, runOf(side("c")), runOf(side("a")));
          const two = valueGate(shuffled(names), runOf(shuffled(side("c"))), runOf(shuffled(side("a"))));
          expect([two.outcome, two.summary, two.details]).toEqual([one.outcome, one.summary, one.details]);
        },
      ),
    );
  });

  it("cost per point is monotonic: more extra cost never costs less per point, more gain never costs more", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (extra, more, gain, moreGain) => {
          expect(costPerPoint(extra + more, gain)!).toBeGreaterThanOrEqual(costPerPoint(extra, gain)!);
          const perPoint = costPerPoint(extra, gain)!;
          const withMoreGain = costPerPoint(extra, gain + moreGain)!;
          if (extra >= 0) expect(withMoreGain).toBeLessThanOrEqual(perPoint);
          // A saving spread over more points is a smaller saving per point.
          else expect(withMoreGain).toBeGreaterThanOrEqual(perPoint);
        },
      ),
    );
    expect(costPerPoint(100, 0)).toBeNull();
    expect(costPerPoint(100, -2)).toBeNull();
  });
});

function contribution(b: Benchmark): FileContribution {
  return {
    file: b.provenance.file,
    format: "lm-eval",
    toolVersion: null,
    model: null,
    benchmarks: [b],
    latencyP95Ms: null,
    categories: null,
    incomplete: null,
    noScores: null,
  };
}
function runOf(contributions: FileContribution[]) {
  const assembled = assembleRun(contributions);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.conflicts));
  return assembled.run;
}
function valueGate(task: string[], candidate: ReturnType<typeof runOf>, alternative: ReturnType<typeof runOf>) {
  const text = `version: 1
name: p
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 600 }
evals:
  candidate: c.json
  alternative: a.json
  task: [${task.join(", ")}]
`;
  const loaded = loadPlan("tunegate.yml", text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const decided = decide({
    loaded: loaded.value,
    policy: shippedPolicy(),
    prices,
    candidate,
    baseline: undefined,
    alternative,
    today: "2026-11-24",
  });
  if (!decided.ok) throw new Error(JSON.stringify(decided.diagnostics));
  return decided.value.gates.find((g) => g.id === "customisation-value")!;
}
