import { metricRange, type EvalProblem } from "./reading.ts";

/**
 * How far a reported standard error may exceed the largest one its value allows. A mean of 0/1
 * scores reaches the bound exactly (lm-eval and Inspect report sqrt(p (1 - p) / (n - 1)));
 * a bootstrapped one (lm-eval's f1, mcc) scatters around its true value by a few percent. Half
 * again is far above both, and far below what turns a collapse into "inconclusive".
 */
export const STDERR_TOLERANCE = 1.5;
/** Rounding a file may apply to a standard error of 0 (p at 0 or 1): 1e-9 is below any printed digit. */
const ABSOLUTE_SLACK = 1e-9;

/**
 * The largest standard error of a mean of `n` values within [low, high] whose mean is `value`:
 * by the Bhatia-Davis inequality their variance is at most (high - value) (value - low), and the
 * sample standard error (n - 1 in the denominator, as the tools compute it) is at most
 * sqrt((high - value) (value - low) / (n - 1)), which for 0/1 scores is the binomial one. An
 * unknown n is judged as the most lenient, 2; with one example nothing bounds the spread.
 */
export function largestStderr(value: number, range: readonly [number, number], n: number | null): number {
  const spread = Math.max(0, (range[1] - value) * (value - range[0]));
  const examples = n ?? 2;
  return examples < 2 ? Number.POSITIVE_INFINITY : Math.sqrt(spread / (examples - 1));
}

/**
 * Metrics computed over the whole set at once (lm-eval's f1 and mcc aggregations), not as a mean
 * of per-example scores: their spread depends on how many examples are positive, not on n, so
 * only their range bounds it (n judged as 2). Real f1 standard errors reach 1.56 times the
 * bound of a mean over all examples.
 */
const CORPUS_LEVEL = /^(f1|macro_f1|micro_f1|mcc|mcc_binary|matthews_corrcoef)$/;

/**
 * A problem when a reported standard error cannot be true: negative, or larger than any mean of
 * `n` values in the metric's range could have (see largestStderr). Metrics whose range the tools
 * do not bound (perplexity, bleu) are only checked for sign: their spread has no bound to test.
 * Without this, an edited acc_stderr of 0.5 at n = 1000 turned a collapse from 0.60 to 0.00 into
 * "inconclusive".
 */
export function stderrProblem(
  path: Array<string | number>,
  metric: string,
  value: number,
  stderr: number,
  n: number | null,
): EvalProblem | null {
  const hint = "check that the file is the tool's own output, unedited";
  if (stderr < 0) return { path, message: `standard error ${stderr} is negative: data that cannot be true`, hint };
  const range = metricRange(metric);
  if (range === null || value < range[0] || value > range[1]) return null;
  const corpusLevel = CORPUS_LEVEL.test(metric.split(",")[0]!);
  const largest = largestStderr(value, range, corpusLevel ? null : n);
  if (stderr <= STDERR_TOLERANCE * largest + ABSOLUTE_SLACK) return null;
  const examples = corpusLevel
    ? "any number of examples"
    : n === null
      ? "an unknown number of examples (judged as 2, the most lenient)"
      : `${n} examples`;
  return {
    path,
    message: `standard error ${stderr} of metric "${metric}" cannot be true for a value of ${value} over ${examples}: values in [${range[0]}, ${range[1]}] with that mean have a standard error of at most ${round(largest)}`,
    hint,
  };
}

function round(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}
