import { formatCount } from "../../input/count-text.ts";
import { MAX_JSON_NESTING, nestsDeeperThan } from "../../input/json-nesting.ts";
import { identityKey } from "../identity-key.ts";
import { MAX_NAMES_PER_FILE, tooManyNames } from "../name-cap.ts";
import type { Benchmark, Provenance } from "../model.ts";
import {
  benchmark,
  isObject,
  type ChunkReader,
  type EvalProblem,
  type FileContribution,
  type Json,
  type LineReader,
  type LinesFormat,
  type RecordsFormat,
  type StreamFormat,
} from "../reading.ts";

/**
 * The columns of a Ragas sample that are not scores: the 0.2+ names (SingleTurnSample,
 * MultiTurnSample) and the 0.1 ones (question, contexts, answer, ground_truth).
 */
const SAMPLE_COLUMNS = new Set([
  "user_input",
  "retrieved_contexts",
  "reference_contexts",
  "response",
  "multi_responses",
  "reference",
  "rubrics",
  "reference_tool_calls",
  "reference_topics",
  "question",
  "contexts",
  "answer",
  "ground_truth",
  "ground_truths",
]);
/** What identifies a sample across runs, in order of preference: the question is the same in both runs, its position may not be. */
const SAMPLE_KEYS = ["user_input", "question"] as const;

/** Ragas metrics that count what went wrong (noise_sensitivity: how often noise in the contexts led to a wrong claim). */
const LOWER_IS_BETTER = /^noise_sensitivity/;
/** Ragas's own metrics, every one of which lies in [0, 1]; a custom or rubric metric (1-5) is left unbounded. */
const UNIT_METRICS =
  /^(faithfulness|faithfulness_with_hhem|answer_relevancy|response_relevancy|context_precision|context_recall|llm_context_precision_with(out)?_reference|non_llm_context_precision_with_reference|llm_context_recall|non_llm_context_recall|context_entity_recall|answer_correctness|factual_correctness(\(.*\))?|answer_similarity|semantic_similarity|noise_sensitivity(_relevant|_irrelevant)?(\(.*\))?|bleu_score|rouge_score(\(.*\))?|string_present|exact_match|non_llm_string_similarity|tool_call_accuracy|agent_goal_accuracy(_with(out)?_reference)?|topic_adherence(\(.*\))?|summary_score|nv_accuracy|nv_context_relevance|nv_response_groundedness)$/;

interface Sample {
  key: string;
  scores: Map<string, number | null>;
}

/**
 * Ragas results as `EvaluationResult.to_pandas()` writes them: one record per sample with the
 * sample's columns and one column per metric, dumped as a JSON array (`to_dict("records")`,
 * `to_json(orient="records")`) or as JSON lines (`lines=True`). Per metric, a benchmark named
 * after it (`faithfulness`, `context_recall`) with the mean over the samples it scored; Ragas
 * writes NaN where a metric failed on a sample (a judge's timeout or refusal), which is counted as
 * errored and never scored. Samples pair across runs by their question.
 */
export const ragasRecords: RecordsFormat = {
  kind: "records",
  name: "ragas",
  detect: (rows) =>
    rows.length > 0 && rows.every((r) => isObject(r) && SAMPLE_KEYS.some((k) => typeof r[k] === "string")),
  read(file, rows) {
    const collector = samples(file);
    const problems: EvalProblem[] = [];
    rows.forEach((row, index) => {
      const problem = collector.add(row as Json, [index]);
      if (problem !== null) problems.push(problem);
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, contribution: collector.finish() };
  },
};

/** `to_json(orient="records", lines=True)`: the same records, one per line. */
export const ragasLines = {
  kind: "lines",
  name: "ragas",
  detect: (first) =>
    SAMPLE_KEYS.some((k) => typeof first[k] === "string") &&
    Object.keys(first).some((k) => !SAMPLE_COLUMNS.has(k)) &&
    !("doc_id" in first) &&
    !("evalId" in first),
  start(file: string, maxMetrics = MAX_NAMES_PER_FILE, maxScores = MAX_RAGAS_SCORES): LineReader {
    const collector = samples(file, maxMetrics, maxScores);
    return {
      add(value, line) {
        if (nestsDeeperThan(value))
          return {
            path: [],
            line,
            message: `the record nests more than ${MAX_JSON_NESTING} levels deep; no Ragas output does`,
          };
        const problem = collector.add(value, []);
        return problem === null ? null : { ...problem, line };
      },
      finish: () => ({ ok: true, contribution: collector.finish() }),
    };
  },
} satisfies LinesFormat;

/**
 * `to_pandas().to_csv()`: the same records as CSV (RFC 4180 quoting, a field may span lines). An
 * empty cell is pandas's NaN; the unnamed first column is pandas's index, not a metric; the
 * contexts columns are Python list text, not read.
 */
export const ragasCsv: StreamFormat = {
  kind: "stream",
  name: "ragas",
  detect(start) {
    if (/^\s*[<{[]/.test(start)) return false;
    const header = csvHeader(start);
    return (
      header !== null &&
      SAMPLE_KEYS.some((k) => header.includes(k)) &&
      header.some((h) => h !== "" && !SAMPLE_COLUMNS.has(h))
    );
  },
  start(file): ChunkReader {
    const collector = samples(file);
    let header: string[] | null = null;
    let problem: EvalProblem | null = null;
    const parser = csvParser((fields, line) => {
      if (problem !== null) return;
      if (header === null) {
        header = fields;
        return;
      }
      if (fields.length === 1 && fields[0] === "") return;
      if (fields.length !== header.length) {
        problem = {
          path: [],
          line,
          message: `this row has ${fields.length} fields, the header ${header.length}: a field with a comma or a line break must be quoted`,
        };
        return;
      }
      const row: Json = {};
      header.forEach((column, i) => {
        if (column !== "") row[column] = csvValue(fields[i]!);
      });
      const found = collector.add(row, []);
      if (found !== null) problem = { ...found, line };
    });
    return {
      write(chunk) {
        if (problem === null) parser.write(chunk);
        if (problem === null && parser.oversized !== null)
          problem = {
            path: [],
            line: parser.oversized,
            message: `the CSV record starting on this line runs past ${formatCount(MAX_CSV_RECORD_CHARS / 1024 / 1024)} Mi characters; no Ragas row is near that, so a quoted field is probably never closed`,
            hint: "close the field's quote, or write the results again with to_pandas().to_csv()",
          };
        return problem;
      },
      finish() {
        if (problem === null) {
          const open = parser.end();
          if (open !== null)
            problem = {
              path: [],
              line: open,
              message: "a quoted field opened on this line is never closed: the file was cut short",
            };
        }
        if (problem !== null) return { ok: false, problems: [problem] };
        if (header === null)
          return { ok: false, problems: [{ path: [], line: 1, message: "the CSV has no header row" }] };
        return { ok: true, contribution: collector.finish() };
      },
    };
  },
};

/** A CSV cell as pandas wrote it: empty or nan is NaN (null), a number is a number, anything else stays text. */
function csvValue(cell: string): unknown {
  if (cell === "" || /^nan$/i.test(cell)) return null;
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : cell;
}

/** The header row of CSV text, or null when the text has no complete first row. */
function csvHeader(text: string): string[] | null {
  let header: string[] | null = null;
  const parser = csvParser((fields) => (header ??= fields));
  parser.write(text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n") + 1));
  parser.end();
  return header;
}

/**
 * The most characters one CSV record may hold: a Ragas row with its question, answer and contexts
 * is kilobytes, and a quoted field never closed by mistake would otherwise be read to the end of
 * the file and held whole (a 300 MB one took 4.3 GB and a minute, then crashed the process). As
 * much as one line of a JSONL file (MAX_LINE_BYTES).
 */
export const MAX_CSV_RECORD_CHARS = 16 * 1024 * 1024;

/** Counts line feeds in `text` from `from` to `to`. */
function newlinesIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * An incremental RFC 4180 parser: `write` takes any piece of the text, `onRecord` gets each row
 * with the line it started on; `end` flushes the last row and returns the line of a quoted field
 * left open, or null. A record past `maxRecordChars` stops the parser: `oversized` is then the
 * line it started on. Runs between delimiters are appended as slices, not a character at a time
 * (one string a character built a rope as long as the field).
 */
export function csvParser(onRecord: (fields: string[], line: number) => void, maxRecordChars = MAX_CSV_RECORD_CHARS) {
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let quoteSeen = false;
  let line = 1;
  let recordLine = 1;
  let recordChars = 0;
  let dirty = false;
  let oversized: number | null = null;
  const endRecord = () => {
    fields.push(field);
    onRecord(fields, recordLine);
    fields = [];
    field = "";
    recordChars = 0;
    dirty = false;
  };
  return {
    write(chunk: string): void {
      let i = 0;
      while (i < chunk.length && oversized === null) {
        if (quoted) {
          if (quoteSeen) {
            quoteSeen = false;
            if (chunk[i] === '"') {
              field += '"';
              recordChars++;
              i++;
              continue;
            }
            quoted = false;
          } else {
            const quote = chunk.indexOf('"', i);
            const end = quote === -1 ? chunk.length : quote;
            line += newlinesIn(chunk, i, end);
            field += chunk.slice(i, end);
            recordChars += end - i;
            if (quote !== -1) quoteSeen = true;
            i = quote === -1 ? end : quote + 1;
            if (recordChars > maxRecordChars) oversized = recordLine;
            continue;
          }
        }
        const ch = chunk[i];
        if (ch === '"' && field === "") {
          quoted = true;
          dirty = true;
          i++;
        } else if (ch === ",") {
          fields.push(field);
          field = "";
          dirty = true;
          recordChars++;
          i++;
        } else if (ch === "\n") {
          endRecord();
          line++;
          recordLine = line;
          i++;
        } else if (ch === "\r") {
          i++;
        } else {
          // An unquoted run, to the next comma or line end (a quote inside it is text).
          let end = i + 1;
          while (end < chunk.length && chunk[end] !== "," && chunk[end] !== "\n" && chunk[end] !== "\r") end++;
          field += chunk.slice(i, end);
          recordChars += end - i;
          dirty = true;
          i = end;
          if (recordChars > maxRecordChars) oversized = recordLine;
        }
      }
    },
    end(): number | null {
      if (quoted && !quoteSeen) return recordLine;
      if (dirty || field !== "" || fields.length > 0) endRecord();
      return null;
    },
    /** The line of a record past the cap, where the parser stopped; null while none was. */
    get oversized(): number | null {
      return oversized;
    },
  };
}

/**
 * The most scores (samples times metric columns) one Ragas file may hold. A score is two
 * characters of CSV ("1,") and about 70 bytes once kept by sample: a 100 MB CSV of 50,000 rows
 * and 1,000 metric columns took 78 s and 3.5 GB. Real runs hold thousands of samples under a few
 * dozen metrics.
 */
export const MAX_RAGAS_SCORES = 5_000_000;

/** The caps are lowered only by tests, to show them cheaply. */
function samples(file: string, maxMetrics = MAX_NAMES_PER_FILE, maxScores = MAX_RAGAS_SCORES) {
  let held = 0;
  // Past a cap the file is refused once: the records form would otherwise name every later row.
  let refused = false;
  const all: Sample[] = [];
  const seen = new Map<string, number>();
  const metrics = new Set<string>();
  return {
    add(row: Json, path: Array<string | number>): EvalProblem | null {
      if (refused) return null;
      if (!isObject(row))
        return { path, message: "a Ragas record must be an object of the sample's columns and its metrics' scores" };
      const question = SAMPLE_KEYS.map((k) => row[k]).find((v): v is string => typeof v === "string");
      // The question is the sample's identity; a long one is kept as a length and a hash.
      const base = identityKey(question ?? `sample ${all.length + 1}`);
      // One question asked twice is two samples: the n-th repeat is its own.
      const times = (seen.get(base) ?? 0) + 1;
      seen.set(base, times);
      const scores = new Map<string, number | null>();
      for (const [column, value] of Object.entries(row)) {
        if (SAMPLE_COLUMNS.has(column)) continue;
        // Python's NaN (a metric that failed on this sample) reads as null.
        if (value === null) scores.set(column, null);
        else if (typeof value === "number" && Number.isFinite(value)) {
          if (UNIT_METRICS.test(column) && (value < 0 || value > 1)) {
            return {
              path: [...path, column],
              message: `score ${value} of metric "${column}" is outside Ragas's range [0, 1]: data that cannot be true`,
              hint: "check that the file is Ragas's own output, unedited",
            };
          }
          scores.set(column, value);
        } else continue;
        // Each metric column is a benchmark: 200,000 of them in a 25 MB CSV took 32 s and 1.3 GB, then crashed.
        if (!metrics.has(column) && metrics.size >= maxMetrics) {
          refused = true;
          return tooManyNames("metric columns", maxMetrics, undefined, [...path, column]);
        }
        metrics.add(column);
      }
      held += scores.size;
      refused = held > maxScores;
      if (refused)
        return {
          path,
          message: `the file holds more than ${formatCount(maxScores)} scores (samples times metric columns) by this record, the most tunegate keeps from one Ragas file; no Ragas run scores that many`,
          hint: "split the results into files of fewer samples or metrics",
        };
      all.push({ key: times === 1 ? base : `${base}#${times}`, scores });
      return null;
    },
    finish(): FileContribution {
      const provenance: Provenance = {
        format: "ragas",
        file,
        model: null,
        modelArgs: null,
        version: null,
        limit: null,
        nShot: null,
        digest: null,
      };
      const benchmarks: Benchmark[] = [...metrics].map((metric) => metricBenchmark(metric, all, provenance));
      return {
        file,
        format: "ragas",
        toolVersion: null,
        model: null,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores:
          all.length === 0
            ? "the file has no samples"
            : metrics.size === 0
              ? "its records carry no metric scores"
              : benchmarks.every((b) => b.n === 0)
                ? `every metric failed on every one of its ${all.length} samples (NaN)`
                : null,
      };
    },
  };
}

function metricBenchmark(metric: string, all: readonly Sample[], provenance: Provenance): Benchmark {
  const scores = new Map<string, number>();
  let errored = 0;
  let sum = 0;
  for (const sample of all) {
    const value = sample.scores.get(metric);
    // A sample without the column was not scored by this metric; a NaN one errored.
    if (value === undefined) continue;
    if (value === null) errored++;
    else {
      scores.set(sample.key, value);
      sum += value;
    }
  }
  const values = [...scores.values()];
  return benchmark({
    name: metric,
    metric: "score",
    value: scores.size === 0 ? 0 : sum / scores.size,
    n: scores.size,
    higherIsBetter: !LOWER_IS_BETTER.test(metric),
    scale: UNIT_METRICS.test(metric) ? [0, 1] : null,
    binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
    aggregation: "mean",
    errored,
    examples: { kind: "keyed", scores },
    provenance,
  });
}
