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

/**
 * The longest name (a suite, task, metric, filter or probe) a reader keeps. A plan names them; no
 * tool writes one near this long. V8 hashes a string past 16,383 characters by its length alone,
 * so long names of one length all collided: lm-eval samples naming 1,000 filters of 20,000
 * characters took 17 s for 160 MB.
 */
export const MAX_NAME_CHARS = 1024;

/** The problem when `name` is longer than MAX_NAME_CHARS, else null. */
export function nameTooLong(
  what: string,
  name: string,
  line: number | undefined,
  path: Array<string | number>,
): EvalProblem | null {
  if (name.length <= MAX_NAME_CHARS) return null;
  return {
    path,
    ...(line === undefined ? {} : { line }),
    message: `${what} "${name.slice(0, 40)}…" is ${formatCount(name.length)} characters long, more than the ${formatCount(MAX_NAME_CHARS)} tunegate reads in a name; no eval tool writes one that long`,
  };
}
