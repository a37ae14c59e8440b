/**
 * The name of every eval format tunegate reads: the one home of these names. The plan's
 * `evals.format`, the report's `sources[].format` and the reader registry all derive from this
 * list, so a new reader is one file in evals/formats/ and one line here and one in the registry;
 * a test fails when a name has no reader or a reader has no name. It sits in the lowest layer
 * because the plan schema, below the readers, needs the names too.
 */
export const EVAL_FORMAT_NAMES = [
  "lm-eval",
  "promptfoo",
  "inspect",
  "tunegate",
  "junit",
  "deepeval",
  "ragas",
  "garak",
  "every-eval-ever",
  "lighteval",
] as const;

export type EvalFormatName = (typeof EVAL_FORMAT_NAMES)[number];

/** What `evals.format` accepts: auto-detection, or one format every file must be in. */
export const DECLARED_EVAL_FORMATS = ["auto", ...EVAL_FORMAT_NAMES] as const;
