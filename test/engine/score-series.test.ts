import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachScore, type Examples } from "../../src/engine/evals/model.ts";
import { ScoreSeries } from "../../src/engine/evals/score-series.ts";
import { forEachPair } from "../../src/engine/gates/eval-judgement.ts";

fc.configureGlobal({
  seed: Number(process.env["FC_SEED"] ?? 20261129),
  numRuns: Number(process.env["FC_RUNS"] ?? 150),
});

/** Stores (id, score) lines in order; the finished examples, or the duplicate id. */
function series(lines: Array<[number, number]>): Examples {
  const s = new ScoreSeries();
  for (const [id, score] of lines) if (!s.set(id, score)) throw new Error(`duplicate ${id}`);
  const finished = s.finish();
  if (!finished.ok) throw new Error(`duplicate ${finished.duplicate}`);
  return finished.examples;
}

const scoresOf = (e: Examples) => {
  const out: number[] = [];
  forEachScore(e, (v) => out.push(v));
  return out;
};

describe("per-example scores at their id", () => {
  it("keeps 0/1 scores a byte each, and an id without a score is no score (not 255)", () => {
    const e = series([
      [0, 1],
      [2, 0],
      [3, 1],
    ]);
    expect(e.kind).toBe("dense");
    if (e.kind !== "dense") return;
    expect(e.scores).toBeInstanceOf(Uint8Array);
    expect(e.count).toBe(3);
    expect(scoresOf(e)).toEqual([1, 0, 1]);
  });

  it("turns to floats at the first score that is not 0 or 1, keeping the scores before it", () => {
    const e = series([
      [0, 1],
      [2, 0],
      [1, 0.25],
      [5, 1],
    ]);
    expect(e.kind === "dense" && e.scores instanceof Float32Array).toBe(true);
    expect(scoresOf(e)).toEqual([1, 0.25, 0, 1]);
  });

  it("finds a duplicate id in either store, before and after the change", () => {
    const s = new ScoreSeries();
    expect(s.set(4, 1)).toBe(true);
    expect(s.set(4, 0)).toBe(false);
    expect(s.set(7, 0.5)).toBe(true);
    expect(s.set(4, 0.5)).toBe(false);
    expect(s.has(4) && s.has(7) && !s.has(5)).toBe(true);
  });

  it("pairs candidate and baseline the same way whichever store each side is in", () => {
    const sides = fc.array(fc.tuple(fc.boolean(), fc.constantFrom(0, 1), fc.boolean(), fc.constantFrom(0, 1)), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(sides, fc.boolean(), (rows, baselineFloats) => {
        const c: Array<[number, number]> = [];
        const b: Array<[number, number]> = [];
        rows.forEach(([inC, x, inB, y], id) => {
          if (inC) c.push([id, x]);
          if (inB) b.push([id, y]);
        });
        // A 0.5 on an id the other side lacks turns the baseline's store to floats without adding a pair.
        if (baselineFloats) b.push([rows.length + 10, 0.5]);
        const expected: Array<[number, number]> = [];
        for (const [inC, x, inB, y] of rows) if (inC && inB) expected.push([x, y]);
        const seen: Array<[number, number]> = [];
        forEachPair(series(c), series(b), (x, y) => seen.push([x, y]));
        expect(seen).toEqual(expected);
      }),
    );
  });
});
