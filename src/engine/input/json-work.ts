import { lineAndColumn, MAX_JSON_NESTING } from "./json-nesting.ts";
import { formatCount } from "./count-text.ts";

/**
 * What JSON.parse builds costs memory by what the text creates, not by its size: 64 MiB of `{}`
 * became 21 million objects and drove the process to 4.7 GB. These figures are V8's, measured
 * (node 24, `--expose-gc`, a million of each in one array): an empty object 64 bytes, an array of
 * one number 64, an empty array 40; a number, string or property slot 8 to 40. The model rounds
 * each up: every object or array costs CONTAINER_BYTES, every other value and every key VALUE_BYTES.
 */
export const CONTAINER_BYTES = 64;
export const VALUE_BYTES = 16;
/**
 * The model's cost may be at most this many times the text's length (plus FREE_BYTES): real eval
 * outputs cost under 4 (the densest, lm-eval samples lines, 3.7), `{}` repeated costs 21. With
 * the characters of strings (at most twice the text, as UTF-16), what is read stays within about
 * ten times its size.
 */
export const WORK_PER_CHARACTER = 8;
/** Small texts are never refused for their density: a megabyte of model cost is nothing. */
export const FREE_BYTES = 1024 * 1024;
/**
 * The longest object key read, as written. V8 hashes a string of more than 16,383 characters by
 * its length alone, and JSON.parse interns every key: an lm-eval results file of 1,500 tasks
 * named with 20,000 characters each (60 MB) took 7 s to read, and JSON.parse alone took 16 s on
 * 3,000 of them.
 * No eval output, feed or answer tunegate reads has keys near this long.
 */
export const MAX_KEY_CHARS = 16_383;

export interface JsonWork {
  containers: number;
  /** Strings (keys included), numbers, true, false, null, and Python's bare NaN and Infinity. */
  values: number;
}

/** Where a limit was passed; `message` says which, for any JSON (callers add what it was meant to be). */
export type WorkExcess = {
  reason: "depth" | "nodes" | "key";
  offset: number;
  line: number;
  column: number;
  message: string;
  work: JsonWork;
};

/** The model's cost of what parsing creates. */
export function workBytes(work: JsonWork): number {
  return work.containers * CONTAINER_BYTES + work.values * VALUE_BYTES;
}

/** The most a text of `length` characters may create, by the model. */
export function workAllowance(length: number): number {
  return WORK_PER_CHARACTER * length + FREE_BYTES;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Characters a bare value (number, true, false, null, NaN, Infinity) can start with. */
function startsBareValue(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x74 || c === 0x66 || c === 0x6e || c === 0x4e || c === 0x49;
}

/**
 * Counts, in one pass over the text and before anything is built, what JSON.parse would create,
 * and stops at the first character past a limit: nesting deeper than `maxDepth`, a model cost
 * (see CONTAINER_BYTES) above `allowance`, or a key longer than MAX_KEY_CHARS. For text JSON.parse accepts, the counts are exactly
 * the objects, arrays, keys and values it builds. Text that is not JSON is counted as far as it
 * goes and left to JSON.parse to refuse.
 */
export function jsonWorkExcess(
  text: string,
  maxDepth = MAX_JSON_NESTING,
  allowance = workAllowance(text.length),
): WorkExcess | null {
  return scanJsonWork(text, maxDepth, allowance).excess;
}

/** What JSON.parse would build from the text, counted without building it (no limits). */
export function countJsonWork(text: string): JsonWork {
  return scanJsonWork(text, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY).work;
}

function scanJsonWork(
  text: string,
  maxDepth: number,
  allowance: number,
): { excess: WorkExcess | null; work: JsonWork } {
  let containers = 0;
  let values = 0;
  let depth = 0;
  // Whether each open container is an object (its strings after { or , are keys), innermost last.
  const inObject: boolean[] = [];
  // The last character outside strings and whitespace: a bare value starts after [ , : or nothing.
  let previous = 0x2c;
  const excess = (
    reason: WorkExcess["reason"],
    offset: number,
    keyChars = 0,
  ): { excess: WorkExcess; work: JsonWork } => {
    const work = { containers, values };
    const message =
      reason === "depth"
        ? `the JSON nests more than ${maxDepth} levels deep`
        : reason === "key"
          ? `the JSON has a key of ${formatCount(keyChars)} characters, more than the ${formatCount(MAX_KEY_CHARS)} tunegate reads in a key`
          : `the JSON builds more than its size allows: ${formatCount(containers)} objects and arrays and ${formatCount(values)} values by here, about ${megabytes(workBytes(work))} of memory once read, more than ${WORK_PER_CHARACTER} times the ${megabytes(text.length)} of text`;
    return { excess: { reason, offset, ...lineAndColumn(text, offset), message, work }, work };
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      values++;
      if (workBytes({ containers, values }) > allowance) return excess("nodes", i);
      const close = closingQuote(text, i);
      const isKey = inObject[inObject.length - 1] === true && (previous === 0x7b || previous === 0x2c);
      if (isKey && close - i - 1 > MAX_KEY_CHARS) return excess("key", i, close - i - 1);
      i = close;
      previous = QUOTE;
    } else if (c === 0x7b || c === 0x5b) {
      containers++;
      if (++depth > maxDepth) return excess("depth", i);
      if (workBytes({ containers, values }) > allowance) return excess("nodes", i);
      inObject.push(c === 0x7b);
      previous = c;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      inObject.pop();
      previous = c;
    } else if (c === 0x2c || c === 0x3a) previous = c;
    else if (startsBareValue(c) && (previous === 0x2c || previous === 0x3a || previous === 0x5b)) {
      values++;
      if (workBytes({ containers, values }) > allowance) return excess("nodes", i);
      previous = c;
    } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) previous = c;
  }
  return { excess: null, work: { containers, values } };
}

/** The offset of the quote that closes the string opened at `open` (the text's end if none). */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
