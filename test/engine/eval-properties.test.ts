import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleRun } from "../../src/engine/evals/assemble.ts";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import type { Benchmark, Examples } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { judgeFloor, judgeForgetting } from "../../src/engine/gates/eval-judgement.ts";
import { decide } from "../../src/engine/decide.ts";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { promptfooOutput, type PromptfooRow } from "../helpers/eval-files.ts";
import { shippedPolicy, shippedPrices } from "../helpers/engine.ts";

/**
 * Properties the statistics and gates must hold for any data, checked by fast-check. The seed is
 * fixed so CI is repeatable; FC_SEED and FC_RUNS explore further (seeds 1, 2 and 3 at FC_RUNS=1500 passed).
 */
const seed = Number(process.env["FC_SEED"] ?? 20261128);
const numRuns = Number(process.env["FC_RUNS"] ?? 150);
fc.configureGlobal({ seed, numRuns });

const policy = shippedPolicy();
const prices = shippedPrices();
const stats = policy.policy.statistics;

const provenance = (file = "f.json") => ({ format: "lm-eval" as const, file, model: null, modelArgs: null, version: null, limit: null, nShot: null, digest: null });
function bench(fields: Partial<Benchmark> & Pick<Benchmark, "name" | "value">): Benchmark {
  return { aliases: [], metric: "acc,none", stderr: null, n: null, higherIsBetter: true, binary: false, aggregation: null, errored: 0, pooled: false, examples: null, provenance: provenance(), ...fields };
}
const dense = (scores: number[]): Examples => ({ kind: "dense", scores: Float32Array.from(scores), count: scores.length });
const keyed = (scores: number[]): Examples => ({ kind: "keyed", scores: new Map(scores.map((v, i) => [`id-${i}`, v])) });
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f32 = (x: number) => Math.fround(x);

/** A benchmark of any kind the readers produce: 0/1 or continuous, dense or keyed, aggregate only, signed, lower-is-better. */
const anyBenchmark = fc.oneof(
  fc.array(fc.constantFrom(0, 1), { minLength: 2, maxLength: 300 }).map((s) => bench({ name: "b", value: mean(s), n: s.length, binary: true, examples: dense(s) })),
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }).map(f32), { minLength: 2, maxLength: 300 }).map((s) => bench({ name: "b", value: mean(s), n: s.length, examples: dense(s) })),
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 300 }).map((s) => bench({ name: "b", value: mean(s), n: s.length, examples: keyed(s) })),
  fc.record({ value: fc.double({ min: 0.01, max: 1, noNaN: true }), stderr: fc.double({ min: 0.001, max: 0.2, noNaN: true }), n: fc.integer({ min: 2, max: 10_000 }) }).map((r) => bench({ name: "b", ...r })),
  fc.record({ value: fc.double({ min: -30, max: 30, noNaN: true }), stderr: fc.double({ min: 0.001, max: 2, noNaN: true }), n: fc.integer({ min: 2, max: 2000 }) }).map((r) => bench({ name: "b", metric: "bleu_diff,none", ...r })),
  fc.record({ value: fc.double({ min: 1, max: 100, noNaN: true }), stderr: fc.double({ min: 0.01, max: 5, noNaN: true }), n: fc.integer({ min: 2, max: 2000 }) }).map((r) => bench({ name: "b", metric: "word_perplexity,none", higherIsBetter: false, ...r })),
);

describe("forgetting", () => {
  it("identical candidate and baseline pass, for every metric kind", () => {
    fc.assert(
      fc.property(anyBenchmark, fc.constantFrom(0, 0.25), (b, chance) => {
        const r = judgeForgetting(b, { ...b }, { ratio: 0.9, maxDrop: 0.5, chance, stats });
        expect(r.evidence.decision).toBe("pass");
      }),
    );
  });

  it("an interval never has lower > upper, whatever the data", () => {
    fc.assert(
      fc.property(anyBenchmark, anyBenchmark, fc.double({ min: 0.5, max: 0.99, noNaN: true }), (c, b, ratio) => {
        const candidate = { ...c, metric: b.metric, higherIsBetter: b.higherIsBetter };
        const r = judgeForgetting(candidate, b, { ratio, maxDrop: 0.5, chance: 0, stats });
        if (r.evidence.lower !== null) expect(r.evidence.lower).toBeLessThanOrEqual(r.evidence.upper!);
        const floor = judgeFloor(c, 0.9, stats);
        if (floor.lower !== null) expect(floor.lower).toBeLessThanOrEqual(floor.upper!);
      }),
    );
  });

  it("adding benchmarks that clearly pass never removes another benchmark's clear FAIL (Holm)", () => {
    const n = 600;
    const series = (p: number, shift: number) => Array.from({ length: n }, (_, i) => (((i + shift) * 7919) % n < p * n ? 1 : 0));
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.6, max: 0.95, noNaN: true }), { maxLength: 10 }), fc.integer({ min: 0, max: 999 }), (passing, shift) => {
        const general = ["forgot", ...passing.map((_, i) => `held${i}`)];
        const side = (forgotP: number, held: (p: number) => number) =>
          run([
            bench({ name: "forgot", value: mean(series(forgotP, shift)), n, binary: true, examples: dense(series(forgotP, shift)) }),
            ...passing.map((p, i) => bench({ name: `held${i}`, value: mean(series(held(p), shift)), n, binary: true, examples: dense(series(held(p), shift)) })),
          ]);
        const gates = decideGates(general, side(0.5, (p) => Math.min(1, p + 0.03)), side(0.7, (p) => p));
        const forgetting = gates.find((g) => g.id === "forgetting")!;
        expect(forgetting.evidence!.find((e) => e.benchmark === "forgot")!.decision).toBe("fail");
        expect(forgetting.outcome).toBe("fail");
      }),
    );
  });

  it("the verdict does not depend on file order or on the order benchmarks are listed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: fc.double({ min: 0.3, max: 0.9, noNaN: true }), b: fc.double({ min: 0.3, max: 0.9, noNaN: true }), n: fc.integer({ min: 50, max: 3000 }) }), { minLength: 1, maxLength: 6 }),
        fc.func(fc.integer()),
        (rows, order) => {
          const names = rows.map((_, i) => `bench${i}`);
          const benchmarks = (side: "c" | "b") => rows.map((r, i) => bench({ name: names[i]!, value: r[side], stderr: Math.sqrt((r[side] * (1 - r[side])) / (r.n - 1)), n: r.n, provenance: provenance(`${side}${i}.json`) }));
          const shuffled = <T>(xs: T[]) => xs.map((x, i) => ({ x, k: order(i) })).sort((a, b) => a.k - b.k).map((e) => e.x);
          const byFile = (list: Benchmark[]) => list.map((b) => contribution([b]));
          const one = decideGates(names, runOf(byFile(benchmarks("c"))), runOf(byFile(benchmarks("b"))));
          const two = decideGates(shuffled(names), runOf(shuffled(byFile(benchmarks("c")))), runOf(shuffled(byFile(benchmarks("b")))));
          expect(two.map((g) => [g.id, g.outcome, g.summary])).toEqual(one.map((g) => [g.id, g.outcome, g.summary]));
        },
      ),
    );
  });
});

describe("floors", () => {
  it("zero examples never pass: a suite with nothing scored is missing", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 50 }), (value, errored) => {
        const gates = decideGates([], run([bench({ name: "suite", value, n: 0, errored, metric: "pass_rate" })]), undefined, "safety");
        expect(gates.find((g) => g.id === "safety")!.outcome).toBe("missing");
      }),
    );
  });
});

describe("a results file beside a samples file", () => {
  // The aggregate as lm-eval computes it (double precision), the samples as tunegate keeps them (single).
  const pair = (scores: number[], aggregateN: number) => {
    const aggregate = bench({ name: "b", metric: "bleu_diff,none", value: mean(scores), n: aggregateN, aggregation: "mean", provenance: provenance("results.json") });
    const kept = scores.map(f32);
    const sampled = bench({ name: "b", metric: "bleu_diff,none", value: mean(kept), n: kept.length, examples: dense(kept), provenance: provenance("samples_b_2026-01-01T00-00-00.jsonl") });
    return [contribution([aggregate]), contribution([sampled])];
  };
  const scores = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 });

  it("of one run are always combined, whatever the rounding of the stored scores", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const assembled = assembleRun(pair(s, s.length));
        expect(assembled.ok).toBe(true);
        if (assembled.ok) expect(assembled.run.benchmarks).toHaveLength(1);
      }),
    );
  });

  it("with another count are never combined, in either order", () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 1, max: 1000 }), fc.boolean(), (s, more, reversed) => {
        const files = pair(s, s.length + more);
        const assembled = assembleRun(reversed ? files.reverse() : files);
        expect(assembled.ok).toBe(false);
        if (!assembled.ok) expect(assembled.conflicts[0]!.message).toContain("results.json and samples_b_2026-01-01T00-00-00.jsonl disagree on b");
      }),
    );
  });
});

describe("promptfoo provider errors", () => {
  it("never raise a score or lower a latency", () => {
    const row = fc.record({ success: fc.boolean(), latencyMs: fc.integer({ min: 1, max: 60_000 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.array(fc.record({ score: fc.double({ min: 0, max: 1, noNaN: true }), latencyMs: fc.integer({ min: 0, max: 60_000 }) }), { minLength: 1, maxLength: 40 }), (scored, errors) => {
        const rows: PromptfooRow[] = scored.map((r, i) => ({ testIdx: i, success: r.success, latencyMs: r.latencyMs }));
        const errored: PromptfooRow[] = errors.map((e, i) => ({ testIdx: scored.length + i, success: true, score: e.score, latencyMs: e.latencyMs, failureReason: 2 }));
        const without = readPromptfoo(promptfooOutput(rows));
        const withErrors = readPromptfoo(promptfooOutput([...rows, ...errored]));
        const passRate = (c: FileContribution) => c.benchmarks.find((b) => b.metric === "pass_rate")!;
        expect(passRate(withErrors).value).toBe(passRate(without).value);
        expect(passRate(withErrors).n).toBe(passRate(without).n);
        expect(passRate(withErrors).errored).toBe(errors.length);
        expect(withErrors.latencyP95Ms).toBe(without.latencyP95Ms);
      }),
    );
  });
});

function readPromptfoo(text: string): FileContribution {
  const decoded = decodeDocument("c.json", text, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}

function contribution(benchmarks: Benchmark[]): FileContribution {
  return { file: benchmarks[0]?.provenance.file ?? "f.json", format: "lm-eval", toolVersion: null, model: null, benchmarks, latencyP95Ms: null, categories: null, incomplete: null, noScores: null };
}
function runOf(contributions: FileContribution[]) {
  const assembled = assembleRun(contributions);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.conflicts));
  return assembled.run;
}
const run = (benchmarks: Benchmark[]) => runOf([contribution(benchmarks)]);

function decideGates(general: string[], candidate: ReturnType<typeof run>, baseline: ReturnType<typeof run> | undefined, category: "general" | "safety" = "general") {
  const names = category === "general" ? general : candidate.benchmarks.map((b) => b.name);
  const text = `version: 1
name: p
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 600 }
evals:
  candidate: c.json
${baseline === undefined ? "" : "  baseline: b.json\n"}  ${category}: [${names.join(", ")}]
`;
  const loaded = loadPlan("tunegate.yml", text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const decided = decide({ loaded: loaded.value, policy, prices, candidate, baseline, today: "2026-11-24" });
  if (!decided.ok) throw new Error(JSON.stringify(decided.diagnostics));
  return decided.value.gates;
}
