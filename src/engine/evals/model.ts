import { z } from "zod";
import { EVAL_FORMAT_NAMES } from "../input/eval-format-names.ts";

export type EvalFormat = SourceFile["format"];

/**
 * Per-example scores. lm-eval numbers its documents: while the numbers are dense, scores sit at
 * their id in `dense` (see DenseScores); sparse or huge ids are kept `numbered`, ascending beside
 * their scores, so memory follows the number of examples, never the largest id. Other tools key
 * by string id.
 */
export type Examples =
  | { kind: "dense"; scores: DenseScores; count: number }
  | { kind: "numbered"; ids: Float64Array; scores: Float32Array }
  | { kind: "keyed"; scores: Map<string, number> };

/**
 * Scores at their id. 0/1 scores (accuracy, exact match: most benchmarks) take a byte each, with
 * NO_SCORE_BYTE where an id has none, so two 5-million-example runs fit in 10 MB; any other score
 * makes it a Float32Array with NaN where an id has none. Read it with `denseScore`, never directly.
 */
export type DenseScores = Float32Array | Uint8Array;

export const NO_SCORE_BYTE = 255;

/** The score at `id`, or NaN when the id has none. */
export function denseScore(scores: DenseScores, id: number): number {
  const v = scores[id]!;
  return scores instanceof Uint8Array && v === NO_SCORE_BYTE ? Number.NaN : v;
}

/** Calls `visit` with every (id, score) of a dense store in ascending id order, skipping ids without one. */
export function forEachDense(scores: DenseScores, visit: (id: number, score: number) => void): void {
  if (scores instanceof Uint8Array) {
    for (let i = 0; i < scores.length; i++) if (scores[i] !== NO_SCORE_BYTE) visit(i, scores[i]!);
  } else for (let i = 0; i < scores.length; i++) if (!Number.isNaN(scores[i]!)) visit(i, scores[i]!);
}

/** Which model an eval run loaded, as its tool recorded it (identity.ts reads it from each format). */
export interface ModelIdentity {
  /** Every name the tool gives the model: lm-eval's pretrained= and model_name, Inspect's model, promptfoo's provider id and label. */
  names: string[];
  /** The adapter loaded on it (lm-eval's peft=), or null when none is recorded. */
  adapter: string | null;
  revision: string | null;
}

export interface Provenance {
  format: EvalFormat;
  file: string;
  model: string | null;
  /**
   * The model's whole configuration as the tool recorded it (lm-eval's model_args, with any
   * adapter), so a run of the base model given as the fine-tuned candidate's is recognised.
   */
  modelArgs: string | null;
  /** Which model the run loaded, when the reader knows more than `model` (see identity.ts). */
  identity?: ModelIdentity | null;
  /** Task or suite version, compared as a string (lm-eval mixes 0, "0" and 1.0). */
  version: string | null;
  /** `--limit`, when a subset was run: a count, or Inspect's range of samples ("10-20"). */
  limit: number | string | null;
  nShot: string | null;
  /** Digest of the example set (lm-eval doc and target hashes); equal digests mean the same examples. */
  digest: string | null;
  /**
   * What the tool records to tell one run from another (lm-eval's results `date`, promptfoo's
   * evalId, Inspect's eval_id), when it does: equal on both sides means the same run given twice.
   */
  run?: string;
  /**
   * For a group row (lm-eval's `mmlu`): the n-shot of every leaf subtask under it, by name. A
   * group row records its own n-shot (0) whatever its subtasks ran with, so comparability looks
   * through the group to each of them.
   */
  subtasks?: Readonly<Record<string, string | null>>;
}

/** One benchmark (task or suite) under one metric, from one eval run. */
export interface Benchmark {
  name: string;
  /** Other names a plan may use for it (a promptfoo provider's label beside its id). */
  aliases: string[];
  /** e.g. `acc,none`, `exact_match,strict-match`, `pass_rate`, `accuracy`. */
  metric: string;
  value: number;
  stderr: number | null;
  /** Scored examples; 0 means nothing was scored (the benchmark is missing data, never a score). */
  n: number | null;
  higherIsBetter: boolean;
  /**
   * The range every value of the metric lies in, when the tool defines one ([0, 1] for pass rates
   * and judge scores, [-1, 1] for correlations); null when the metric is unbounded or the file does
   * not say. With `higherIsBetter`, what a gate needs to read a metric the right way round.
   */
  scale?: readonly [number, number] | null;
  /**
   * Scores are 0/1, known from the values: every per-example score, or an aggregate whose
   * reported standard error is exactly the binomial one. Never guessed from the metric's name.
   */
  binary: boolean;
  /**
   * How the tool turned per-example scores into `value`, when the file says (lm-eval's task
   * config: "mean", "median", "perplexity", ...); null when it does not.
   */
  aggregation: string | null;
  /** Rows the tool reported as errored (provider errors): counted, never scored. */
  errored: number;
  /** Cases the tool skipped (JUnit `<skipped>`): neither scored nor errored, only counted. */
  skipped?: number;
  /** Examples that passed only on a rerun (Surefire `flakyFailure`, DeepEval `flaky`): scored by their final outcome, counted here. */
  flaky?: number;
  /** A promptfoo suite pooled over providers and prompts: selectable only when the plan pools it. */
  pooled: boolean;
  /**
   * The benchmark whose cases this one regroups (a JUnit test class within its suite), when it is
   * such a regrouping: selectable by its own name, never counted again in the file's examples.
   */
  partOf?: string;
  examples: Examples | null;
  provenance: Provenance;
}

/** What was read from one file, for the report: a reader can check it was the file they meant. */
export const sourceFileSchema = z.lazy(() =>
  z.object({
    file: z.string(),
    format: z.enum(EVAL_FORMAT_NAMES),
    tool_version: z
      .string()
      .nullable()
      .describe(
        "the eval tool's own version, when the file records it (lm-eval 0.4.8, promptfoo 0.118.10, inspect_ai 0.3.58)",
      ),
    model: z.string().nullable(),
    examples: z.number().nullable().describe("examples the file holds (the largest count per benchmark, summed)"),
    errored: z.number().describe("rows the tool reported as errored: counted, never scored"),
    names: z
      .array(z.string())
      .describe(
        "the suite, benchmark or task names the file holds, as a plan's evals.general, safety and task name them (the first 50)",
      ),
    sha256: z
      .string()
      .nullable()
      .describe(
        "sha256 of the file's bytes (hex) as read, so the evidence a verdict rests on can be checked later; null when not computed",
      ),
  }),
);
export type SourceFile = z.infer<typeof sourceFileSchema>;

/** What one side (candidate or baseline) of the comparison measured. */
export interface EvalRun {
  format: EvalFormat;
  files: string[];
  sources: SourceFile[];
  model: string | null;
  benchmarks: Benchmark[];
  /** The benchmarks under each name and alias, so finding one is not a scan of thousands. */
  byName: ReadonlyMap<string, readonly Benchmark[]>;
  latencyP95Ms: number | null;
  /**
   * Every latency row behind the p95, ascending, when every file that gave a latency gave its
   * rows: the gate bounds the p95 from them. Absent when a p95 came as one number.
   */
  latencyRowsMs?: Float64Array;
  /** tunegate's own format says which category each suite is in; other formats leave it to the plan. */
  categories: { general: string[]; safety: string[]; task: string[] } | null;
  /** Why the run may not be gated on (an in-progress or failed Inspect log), if so. */
  incomplete: string | null;
  /** Why a file holds no scores at all (an Inspect log that ran no scorer), if so. */
  noScores: string[];
}

export function exampleCount(examples: Examples): number {
  return examples.kind === "dense"
    ? examples.count
    : examples.kind === "numbered"
      ? examples.ids.length
      : examples.scores.size;
}

/** Every per-example score, in id order (dense, numbered) or insertion order (keyed). */
export function exampleScores(examples: Examples): Float64Array {
  const out = new Float64Array(exampleCount(examples));
  let k = 0;
  forEachScore(examples, (v) => (out[k++] = v));
  return out.subarray(0, k);
}

/** Calls `visit` with every per-example score, in the order exampleScores lists them, copying none. */
export function forEachScore(examples: Examples, visit: (score: number) => void): void {
  if (examples.kind === "keyed") for (const v of examples.scores.values()) visit(v);
  else if (examples.kind === "numbered") for (const v of examples.scores) visit(v);
  else forEachDense(examples.scores, (_, v) => visit(v));
}
