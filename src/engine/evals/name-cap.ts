import { formatCount } from "../input/count-text.ts";
import type { EvalProblem } from "./reading.ts";

/**
 * The most distinct names (benchmarks, suites, probes, evaluations) one eval file may hold. A
 * streamed file has no size limit, and each new name costs a benchmark, a map of its examples and
 * a row in the report: a garak report of 300,000 one-line probes took 880 MB and then overflowed
 * the stack. Real outputs hold at most a few thousand (a JUnit report of a large monorepo's test
 * classes); a plan names a few dozen.
 */
export const MAX_NAMES_PER_FILE = 50_000;

/**
 * The problem a reader returns when a file names one more `what` than `limit` allows, at the line
 * of the name that passed it.
 */
export function tooManyNames(
  what: string,
  limit: number,
  line: number | undefined,
  path: Array<string | number> = [],
): EvalProblem {
  return {
    path,
    ...(line === undefined ? {} : { line }),
    message: `the file names more than ${formatCount(limit)} ${what}, the most tunegate reads from one eval file; no eval tool writes that many`,
    hint: "split the run into files of fewer suites, or point evals at the tool's own output",
  };
}
