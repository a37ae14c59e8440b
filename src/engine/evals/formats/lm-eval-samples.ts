import { forEachScore, type Benchmark } from "../model.ts";
import {
  benchmark,
  finiteNumber,
  metricRange,
  type EvalProblem,
  type Json,
  type LineReader,
  type LinesFormat,
} from "../reading.ts";
import { FNV_OFFSET_BASIS, fnv1aText } from "../../input/fnv1a.ts";
import { nameTooLong, tooManyNames } from "../name-cap.ts";
import { ScoreSeries } from "../score-series.ts";

/**
 * The most (metric, filter) score series one samples file may hold. Each starts as a dense store
 * that may grow to 64 KiB before it holds a score, so a file naming a new filter on every line
 * took 2.9 GB by 300,000 lines; lm-eval's tasks report a few metrics under a few filters.
 */
export const MAX_SCORE_SERIES = 1024;
/**
 * The most times one doc_id may repeat unlabelled for one metric (pre-v0.4.7 files, once per
 * filter). Each repeat is matched against every earlier one, so 60,000 lines of doc_id 0 took
 * 22 s and a million would take hours; lm-eval's tasks have at most a handful of filters.
 */
export const MAX_UNLABELLED_REPEATS = 64;

/** `samples_<task>_<timestamp>.jsonl` names its task; the lines do not. */
export function taskFromSamplesFile(file: string): string | null {
  const base = file.split("/").at(-1) ?? file;
  const match = /^samples_(.+)_\d{4}-\d{2}-\d{2}T[\d.-]+\.jsonl$/.exec(base);
  return match === null ? null : match[1]!;
}

const SAMPLE_FIELDS = new Set([
  "doc_id",
  "doc",
  "target",
  "arguments",
  "resps",
  "filtered_resps",
  "filter",
  "metrics",
  "doc_hash",
  "prompt_hash",
  "target_hash",
]);
const LOWER_IS_BETTER = /perplexity|bits_per_byte/;
/** Metrics whose per-sample value is an ingredient of the aggregate (a log-likelihood, a count), not a score of the metric. */
const NOT_PER_EXAMPLE = /perplexity|bits_per_byte/;

/** lm-eval's per-sample lines from `--log_samples`, streamed into a few bytes per example. */
export const lmEvalSamples: LinesFormat = {
  kind: "lines",
  name: "lm-eval",
  detect: (first) => "doc_id" in first && ("resps" in first || "filtered_resps" in first || "doc" in first),
  start(file) {
    const task = taskFromSamplesFile(file);
    if (task === null)
      return {
        path: [],
        message: `${file}: cannot tell which task these lm-eval samples are for; keep lm-eval's file name samples_<task>_<timestamp>.jsonl`,
      };
    return lmEvalSamplesReader(file, task);
  },
};

/** The reader; the limits are lowered only by tests, to show each cheaply. */
export function lmEvalSamplesReader(
  file: string,
  task: string,
  limits = { series: MAX_SCORE_SERIES, repeats: MAX_UNLABELLED_REPEATS },
): LineReader {
  return new SamplesReader(file, task, limits);
}

/**
 * Streams per-sample lines into per-(metric, filter) score series and an order-independent
 * digest of the documents (doc and target hashes), so two runs can be checked for the same
 * examples without keeping them.
 */
class SamplesReader implements LineReader {
  private readonly series = new Map<string, ScoreSeries>();
  /** Per metric, the series of each unlabelled filter in order (pre-v0.4.7 repeats). */
  private readonly unlabelled = new Map<string, ScoreSeries[]>();
  private digestA = 0;
  private digestB = 0;
  private hashed = 0;

  private readonly file: string;
  private readonly task: string;
  private readonly limits: { series: number; repeats: number };

  constructor(file: string, task: string, limits: { series: number; repeats: number }) {
    this.file = file;
    this.task = task;
    this.limits = limits;
  }

  add(line: Json, lineNumber: number): EvalProblem | null {
    const docId = line["doc_id"];
    if (typeof docId !== "number" || !Number.isSafeInteger(docId) || docId < 0) {
      return {
        path: ["doc_id"],
        line: lineNumber,
        message: `doc_id must be a whole number >= 0, got ${JSON.stringify(docId)}`,
      };
    }
    const filter = typeof line["filter"] === "string" ? (line["filter"] as string) : null;
    const named = Array.isArray(line["metrics"])
      ? (line["metrics"] as unknown[]).filter((m): m is string => typeof m === "string")
      : Object.keys(line).filter((k) => !SAMPLE_FIELDS.has(k));
    const longFilter = filter === null ? null : nameTooLong("the filter", filter, lineNumber, ["filter"]);
    if (longFilter !== null) return longFilter;
    for (const metric of named) {
      const value = line[metric];
      const score = typeof value === "boolean" ? Number(value) : finiteNumber(value);
      if (score === null) continue; // corpus-level metrics keep [gold, pred] lists: not per-example scores
      // A per-sample `perplexity` is the document's log-likelihood (higher is better, in nats:
      // lm-eval's loglikelihood tasks aggregate exp(-mean) over it), not a perplexity: it is not
      // the metric the results file reports, and nothing may be paired on it as if it were.
      if (NOT_PER_EXAMPLE.test(metric)) continue;
      const longMetric = nameTooLong("the metric", metric, lineNumber, [metric.slice(0, 40)]);
      if (longMetric !== null) return longMetric;
      const range = metricRange(metric);
      if (range !== null && (score < range[0] || score > range[1])) {
        return {
          path: [metric],
          line: lineNumber,
          message: `${metric} ${score} is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`,
        };
      }
      const series: ScoreSeries | null =
        filter === null ? this.nextUnlabelled(metric, docId) : this.seriesFor(`${metric},${filter}`);
      if (series === null) return this.tooMany(metric, filter, lineNumber);
      if (!series.set(docId, score)) {
        return {
          path: ["doc_id"],
          line: lineNumber,
          message: `doc_id ${docId} appears twice for ${metric}${filter === null ? "" : ` (filter ${filter})`}: one of the two scores would be dropped`,
          hint: "concatenated runs? keep one samples file per task and run",
        };
      }
    }
    if (typeof line["doc_hash"] === "string") {
      const h = exampleHash(
        docId,
        line["doc_hash"],
        typeof line["target_hash"] === "string" ? line["target_hash"] : "",
      );
      this.digestA = (this.digestA + h) >>> 0;
      this.digestB = (this.digestB ^ Math.imul(h, 0x9e3779b1)) >>> 0;
      this.hashed++;
    }
    return null;
  }

  finish() {
    const digest =
      this.hashed === 0 ? null : `docs:${this.hashed}:${this.digestA.toString(16)}:${this.digestB.toString(16)}`;
    const benchmarks: Benchmark[] = [];
    for (const [metric, series] of this.series) {
      const finished = series.finish();
      if (!finished.ok)
        return {
          ok: false as const,
          problems: [
            {
              path: ["doc_id"],
              message: `doc_id ${finished.duplicate} appears twice for ${metric}: one of the two scores would be dropped`,
            },
          ],
        };
      const examples = finished.examples;
      let sum = 0;
      let binary = true;
      let count = 0;
      forEachScore(examples, (v) => {
        sum += v;
        count++;
        if (v !== 0 && v !== 1) binary = false;
      });
      const mean = count === 0 ? 0 : sum / count;
      let m2 = 0;
      forEachScore(examples, (v) => (m2 += (v - mean) ** 2));
      benchmarks.push(
        benchmark({
          name: this.task,
          metric,
          value: mean,
          stderr: count > 1 ? Math.sqrt(m2 / (count - 1) / count) : null,
          n: count,
          higherIsBetter: !LOWER_IS_BETTER.test(metric),
          binary,
          examples,
          provenance: {
            format: "lm-eval",
            file: this.file,
            model: null,
            modelArgs: null,
            version: null,
            limit: null,
            nShot: null,
            digest,
          },
        }),
      );
    }
    return {
      ok: true as const,
      contribution: {
        file: this.file,
        format: "lm-eval" as const,
        toolVersion: null,
        model: null,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores: benchmarks.length === 0 ? "the samples file has no per-example scores" : null,
      },
    };
  }

  /** The series of `key`, or null when it would be one more than the file may hold. */
  private seriesFor(key: string): ScoreSeries | null {
    let s = this.series.get(key);
    if (s === undefined) {
      if (this.series.size >= this.limits.series) return null;
      this.series.set(key, (s = new ScoreSeries()));
    }
    return s;
  }

  /** Before v0.4.7 a multi-filter task repeats each doc_id once per filter, unlabelled, in filter order. */
  private nextUnlabelled(metric: string, docId: number): ScoreSeries | null {
    const list = this.unlabelled.get(metric) ?? [];
    this.unlabelled.set(metric, list);
    const free = list.findIndex((s) => !s.has(docId));
    if (free !== -1) return list[free]!;
    if (list.length >= this.limits.repeats) return null;
    const created = this.seriesFor(`${metric},${list.length === 0 ? "none" : `#${list.length}`}`);
    if (created !== null) list.push(created);
    return created;
  }

  private tooMany(metric: string, filter: string | null, line: number): EvalProblem {
    const repeats = this.unlabelled.get(metric);
    if (filter === null && repeats !== undefined && repeats.length >= this.limits.repeats)
      return {
        path: ["doc_id"],
        line,
        message: `a doc_id appears more than ${this.limits.repeats} times for ${metric} with no filter named; lm-eval writes it once per filter, and no task has that many`,
        hint: "concatenated runs? keep one samples file per task and run",
      };
    return tooManyNames("metric and filter pairs", this.limits.series, line, filter === null ? [metric] : ["filter"]);
  }
}

/**
 * FNV-1a over the document id (as two 32-bit words) and its two hashes. The id is not turned
 * into text: every number converted to a string enters V8's number-string cache, which kept a
 * million short strings alive past their line, so they were promoted and the young generation
 * grew by about 100 MB on a million-line file.
 */
function exampleHash(docId: number, docHash: string, targetHash: string): number {
  let h = mixWord(FNV_OFFSET_BASIS, docId % 0x1_0000_0000);
  h = mixWord(h, Math.floor(docId / 0x1_0000_0000));
  h = fnv1aText(docHash, h);
  h = mixWord(h, 0x3a);
  return fnv1aText(targetHash, h) >>> 0;
}

/** A 32-bit word's four bytes, low first, into the hash (no array: this runs once a line). */
function mixWord(h: number, word: number): number {
  for (let shift = 0; shift < 32; shift += 8) h = Math.imul(h ^ ((word >>> shift) & 0xff), 0x01000193);
  return h;
}
