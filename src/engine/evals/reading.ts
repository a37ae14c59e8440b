import type { Benchmark, EvalFormat, EvalRun } from "./model.ts";

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
export const finiteNumber = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** A problem with an eval file, placed by its JSON path (documents) or its line (JSON lines). */
export interface EvalProblem {
  path: Array<string | number>;
  /** 1-based line, for line-delimited files. */
  line?: number;
  message: string;
  hint?: string;
}

/** What one eval file contributed, before the files of one side are put together. */
export interface FileContribution {
  file: string;
  format: EvalFormat;
  toolVersion: string | null;
  model: string | null;
  benchmarks: Benchmark[];
  latencyP95Ms: number | null;
  /** The rows the p95 was taken from, when the file has them (promptfoo rows, tunegate's latency_ms). */
  latencyRowsMs?: readonly number[];
  categories: EvalRun["categories"];
  incomplete: string | null;
  /** Why the file holds no scores at all, when it holds none. */
  noScores: string | null;
  /**
   * The examples the file holds, when its rows are counted once whatever suites they roll up
   * into (promptfoo: a red-team row counts in its plugin and in `redteam`); else the report sums
   * the largest count per suite.
   */
  examples?: number;
}

export type ReadResult = { ok: true; contribution: FileContribution } | { ok: false; problems: EvalProblem[] };

/** A whole JSON document (lm-eval results, promptfoo output, an Inspect .json log, tunegate's own). */
export interface DocumentFormat {
  kind: "document";
  name: EvalFormat;
  detect(data: Json): boolean;
  read(file: string, data: Json): ReadResult;
}

/** A JSON-lines file read line by line, so a file of millions of examples never sits in memory. */
export interface LinesFormat {
  kind: "lines";
  name: EvalFormat;
  detect(first: Json): boolean;
  start(file: string): LineReader | EvalProblem;
}

export interface LineReader {
  add(value: Json, line: number): EvalProblem | null;
  finish(): ReadResult;
}

/** A zip archive whose members the shell has listed and decompresses on request (Inspect .eval). */
export interface Archive {
  names: readonly string[];
  /**
   * The member's text, undefined when the archive has no such member, or why it was not read
   * (it decompresses to more than one member, or all members together, may): a phrase that
   * follows the member's name.
   */
  text(name: string): string | { problem: string } | undefined;
}

/** An archive as a format reads it: each member parsed once, under the limits of any eval JSON. */
export interface JsonArchive {
  names: readonly string[];
  /** The member's parsed JSON, or undefined when there is no such member or it could not be read. */
  json(name: string): { value: unknown } | undefined;
}

export interface ArchiveFormat {
  kind: "archive";
  name: EvalFormat;
  detect(names: readonly string[]): boolean;
  read(file: string, archive: JsonArchive): ReadResult;
}

/** A JSON array of records, one per example (Ragas's `to_pandas()` rows dumped as JSON). */
export interface RecordsFormat {
  kind: "records";
  name: EvalFormat;
  detect(rows: readonly unknown[]): boolean;
  read(file: string, rows: readonly unknown[]): ReadResult;
}

/**
 * A text format that is not JSON (JUnit XML), fed in chunks as the shell reads them, so a file's
 * size never decides memory: the reader keeps only what it scores.
 */
export interface StreamFormat {
  kind: "stream";
  name: EvalFormat;
  /** Whether the file is this format, judged from its first characters (up to 64 KiB). */
  detect(start: string): boolean;
  start(file: string): ChunkReader;
}

export interface ChunkReader {
  /** Takes the next piece of the text; a problem ends the read. */
  write(chunk: string): EvalProblem | null;
  finish(): ReadResult;
}

/** Formats recognised but not read; named so the error can say what the file is. */
export interface UnsupportedFormat {
  kind: "unsupported";
  name: string;
  detectDocument?(data: Json): boolean;
  detectLine?(first: Json): boolean;
}

export type EvalFormatReader =
  | DocumentFormat
  | RecordsFormat
  | LinesFormat
  | ArchiveFormat
  | StreamFormat
  | UnsupportedFormat;

/** A benchmark with the fields every reader leaves at their usual values filled in. */
export function benchmark(
  fields: Pick<Benchmark, "name" | "metric" | "value" | "provenance"> & Partial<Benchmark>,
): Benchmark {
  return {
    aliases: [],
    stderr: null,
    n: null,
    higherIsBetter: true,
    binary: false,
    aggregation: null,
    errored: 0,
    pooled: false,
    examples: null,
    scale: metricRange(fields.metric),
    ...fields,
  };
}

/**
 * Whether an aggregate is a mean of 0/1 scores, judged from its values alone: k = p n must be a
 * whole number and the reported standard error must be the binomial one lm-eval and Inspect
 * compute for 0/1 scores, sqrt(p (1 - p) / (n - 1)). A probability mass (truthfulqa_mc2) has the
 * same range but a smaller spread, so it fails the test and is judged as continuous. One example
 * scored 0 or 1 with the stderr of 0 Inspect writes for it is one 0/1 outcome: judged as 1 of 1
 * (Wilson), it cannot certify a floor on its own, as a point estimate of 1.0 would.
 */
export function looksBinomial(value: number, stderr: number | null, n: number | null): boolean {
  if (stderr === null || n === null || value < 0 || value > 1) return false;
  if (n === 1) return stderr === 0 && (value === 0 || value === 1);
  if (n < 2) return false;
  const k = value * n;
  if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, n)) return false;
  const binomial = Math.sqrt((value * (1 - value)) / (n - 1));
  return Math.abs(stderr - binomial) <= 1e-6 + 1e-4 * binomial;
}

/** Metrics whose every value lies in [0, 1] by definition; a value outside is data that cannot be true. */
const UNIT_INTERVAL =
  /^(acc|acc_norm|acc_mutual_info|exact_match|em|f1|macro_f1|micro_f1|mc1|mc2|accuracy|pass_rate|resisted|brier_score)$/;
/** Correlations lie in [-1, 1]. */
const CORRELATION = /^(mcc|mcc_binary|matthews_corrcoef)$/;

/** The range a metric's values must lie in, by its name; null when the tools do not bound it. */
export function metricRange(metricName: string): [number, number] | null {
  const base = metricName.split(",")[0]!;
  if (UNIT_INTERVAL.test(base)) return [0, 1];
  if (CORRELATION.test(base)) return [-1, 1];
  return null;
}

/** A problem when `value` cannot be a value of `metric`, else null. */
export function rangeProblem(
  path: Array<string | number>,
  metric: string,
  value: number,
  what = "value",
): EvalProblem | null {
  const range = metricRange(metric);
  if (range === null || (value >= range[0] && value <= range[1])) return null;
  return {
    path,
    message: `${what} ${value} of metric "${metric}" is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`,
    hint: "check that the file is the tool's own output, unedited",
  };
}

/**
 * A count of examples a file reports (Inspect's scored_samples, lm-eval's n-samples): absent
 * (undefined or null) reads as null; anything but a whole number >= 0 is data that cannot be
 * true, since a count of -3 or 2.5 would otherwise reach the statistics as a sample size.
 */
export function readCount(
  value: unknown,
  path: Array<string | number>,
): { ok: true; count: number | null } | { ok: false; problem: EvalProblem } {
  if (value === undefined || value === null) return { ok: true, count: null };
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return { ok: true, count: value };
  const name = String(path.at(-1) ?? "count");
  return {
    ok: false,
    problem: {
      path,
      message: `${name} ${JSON.stringify(value)} is not a number of examples (a whole number >= 0): data that cannot be true`,
      hint: "check that the file is the tool's own output, unedited",
    },
  };
}

/** Several counts at once: every one that cannot be true is a problem of its own. */
export function readCounts(
  fields: ReadonlyArray<[unknown, Array<string | number>]>,
): { ok: true; counts: Array<number | null> } | { ok: false; problems: EvalProblem[] } {
  const read = fields.map(([value, path]) => readCount(value, path));
  const problems = read.flatMap((r) => (r.ok ? [] : [r.problem]));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, counts: read.map((r) => (r.ok ? r.count : null)) };
}

/** The p95 of a list of latencies (nearest rank), or null for none. */
export function p95(latencies: number[]): number | null {
  if (latencies.length === 0) return null;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}
