export type EvalFormat = "lm-eval" | "promptfoo" | "inspect" | "tunegate";

/**
 * Per-example scores. lm-eval numbers its documents, so scores live densely by doc_id (NaN =
 * absent), which keeps millions of examples in a few bytes each; other tools key by string id.
 */
export type Examples = { kind: "dense"; scores: Float32Array; count: number } | { kind: "keyed"; scores: Map<string, number> };

export interface Provenance {
  format: EvalFormat;
  file: string;
  model: string | null;
  /** Task or suite version, compared as a string (lm-eval mixes 0, "0" and 1.0). */
  version: string | null;
  /** `--limit`, when a subset was run. */
  limit: number | null;
  nShot: string | null;
  /** Digest of the example set (lm-eval doc and target hashes); equal digests mean the same examples. */
  digest: string | null;
}

/** One benchmark (task or suite) under one metric, from one eval run. */
export interface Benchmark {
  name: string;
  /** e.g. `acc,none`, `exact_match,strict-match`, `pass_rate`, `accuracy`. */
  metric: string;
  value: number;
  stderr: number | null;
  n: number | null;
  higherIsBetter: boolean;
  /** Scores are 0/1, so floors can use Wilson intervals. */
  binary: boolean;
  examples: Examples | null;
  provenance: Provenance;
}

/** What one side (candidate or baseline) of the comparison measured. */
export interface EvalRun {
  format: EvalFormat;
  files: string[];
  model: string | null;
  benchmarks: Benchmark[];
  latencyP95Ms: number | null;
  /** tunegate's own format says which category each suite is in; other formats leave it to the plan. */
  categories: { general: string[]; safety: string[]; task: string[] } | null;
  /** Why the run may not be gated on (an in-progress or failed Inspect log), if so. */
  incomplete: string | null;
}

export function exampleCount(examples: Examples): number {
  return examples.kind === "dense" ? examples.count : examples.scores.size;
}
