import { NO_SCORE_BYTE, denseScore, forEachDense, type DenseScores, type Examples } from "./model.ts";

export type SeriesExamples = Exclude<Examples, { kind: "keyed" }>;

/** Dense storage may hold at most about four times the examples it has, plus a little. */
const denseFits = (length: number, count: number) => length <= 4 * count + 65_536;

/**
 * Scores by non-negative whole-number id, as lm-eval numbers its documents. Kept densely (the
 * score at its id) while ids stay close to the number of examples, and as (id, score) pairs once
 * they do not, so a file of two lines with doc_id 1000000000 costs what two dense lines do.
 * Every operation is amortised O(1) but `finish`, which sorts pairs that came out of order.
 */
export class ScoreSeries {
  /** Bytes while every score is 0 or 1, then floats (DenseScores); null once ids are too sparse. */
  private dense: DenseScores | null = new Uint8Array(64).fill(NO_SCORE_BYTE);
  private ids = new Float64Array(0);
  private scores = new Float32Array(0);
  private pairs = 0;
  private maxId = -1;
  private ascending = true;
  /** Membership of out-of-order pairs, built only if `has` is asked of them. */
  private members: Set<number> | null = null;
  count = 0;

  /** Whether `id` already has a score (used to number pre-v0.4.7 repeats per filter). */
  has(id: number): boolean {
    if (this.dense !== null) return id < this.dense.length && !Number.isNaN(denseScore(this.dense, id));
    if (this.ascending) return this.indexOf(id) !== -1;
    if (this.members === null) this.members = new Set(this.ids.subarray(0, this.pairs));
    return this.members.has(id);
  }

  /** Stores a score; false when the id already had one in dense storage (a duplicate line). */
  set(id: number, score: number): boolean {
    if (this.dense !== null && id >= this.dense.length) {
      const wanted = Math.max(id + 1, Math.ceil(this.dense.length * 1.5));
      if (denseFits(wanted, this.count + 1)) {
        const grown =
          this.dense instanceof Uint8Array
            ? new Uint8Array(wanted).fill(NO_SCORE_BYTE)
            : new Float32Array(wanted).fill(Number.NaN);
        grown.set(this.dense);
        this.dense = grown;
      } else this.toPairs();
    }
    if (this.dense instanceof Uint8Array && score !== 0 && score !== 1) this.dense = floats(this.dense);
    this.count++;
    this.maxId = Math.max(this.maxId, id);
    if (this.dense !== null) {
      if (!Number.isNaN(denseScore(this.dense, id))) {
        this.count--;
        return false;
      }
      this.dense[id] = score;
      return true;
    }
    if (this.pairs > 0) {
      const last = this.ids[this.pairs - 1]!;
      if (id === last) {
        this.count--;
        return false;
      }
      if (id < last) this.ascending = false;
    }
    this.push(id, score);
    this.members?.add(id);
    return true;
  }

  /** The scores in their final form, or the first id stored twice among out-of-order pairs. */
  finish(): { ok: true; examples: SeriesExamples } | { ok: false; duplicate: number } {
    if (this.dense !== null)
      return {
        ok: true,
        examples: { kind: "dense", scores: this.dense.subarray(0, this.maxId + 1), count: this.count },
      };
    if (denseFits(this.maxId + 1, this.count)) {
      // Ids that came out of order but are dense after all (a file sorted descending).
      const dense = new Float32Array(this.maxId + 1).fill(Number.NaN);
      for (let i = 0; i < this.pairs; i++) {
        const id = this.ids[i]!;
        if (!Number.isNaN(dense[id]!)) return { ok: false, duplicate: id };
        dense[id] = this.scores[i]!;
      }
      return { ok: true, examples: { kind: "dense", scores: dense, count: this.pairs } };
    }
    if (!this.ascending) this.sortPairs();
    for (let i = 1; i < this.pairs; i++)
      if (this.ids[i] === this.ids[i - 1]) return { ok: false, duplicate: this.ids[i]! };
    return {
      ok: true,
      examples: { kind: "numbered", ids: this.ids.slice(0, this.pairs), scores: this.scores.slice(0, this.pairs) },
    };
  }

  private toPairs(): void {
    const dense = this.dense!;
    this.dense = null;
    this.ids = new Float64Array(Math.max(16, this.count * 2));
    this.scores = new Float32Array(this.ids.length);
    forEachDense(dense, (id, score) => this.push(id, score));
  }

  private push(id: number, score: number): void {
    if (this.pairs === this.ids.length) {
      const ids = new Float64Array(Math.max(16, this.pairs * 2));
      ids.set(this.ids);
      const scores = new Float32Array(ids.length);
      scores.set(this.scores);
      this.ids = ids;
      this.scores = scores;
    }
    this.ids[this.pairs] = id;
    this.scores[this.pairs++] = score;
  }

  private sortPairs(): void {
    const order = new Uint32Array(this.pairs);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => this.ids[a]! - this.ids[b]!);
    const ids = new Float64Array(this.pairs);
    const scores = new Float32Array(this.pairs);
    for (let to = 0; to < order.length; to++) {
      ids[to] = this.ids[order[to]!]!;
      scores[to] = this.scores[order[to]!]!;
    }
    this.ids = ids;
    this.scores = scores;
    this.ascending = true;
  }

  private indexOf(id: number): number {
    let lo = 0;
    let hi = this.pairs - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.ids[mid]!;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** A byte store as floats, when a score other than 0 or 1 arrives. */
function floats(bytes: Uint8Array): Float32Array {
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] === NO_SCORE_BYTE ? Number.NaN : bytes[i]!;
  return out;
}
