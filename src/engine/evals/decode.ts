import type { Diagnostic } from "../input/diagnostic.ts";
import { formatFieldPath } from "../input/diagnostic.ts";
import { firstDuplicateKey } from "../input/json-duplicate-keys.ts";
import { MAX_JSON_NESTING, nestsDeeperThan } from "../input/json-nesting.ts";
import { jsonWorkExcess, type WorkExcess } from "../input/json-work.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { jsonSource } from "../input/json-source.ts";
import type { EvalsPlan } from "../plan/schema.ts";
import { parseJsonNamingNonFinite, parseLenientJson } from "./lenient-json.ts";
import { MAX_NAMES_PER_FILE, nameTooLong, tooManyNames } from "./name-cap.ts";
import type { Benchmark } from "./model.ts";
import { EVAL_FORMATS, EXPECTED_FORMATS } from "./registry.ts";
import {
  isObject,
  type Archive,
  type ChunkReader,
  type JsonArchive,
  type DocumentFormat,
  type EvalProblem,
  type FileContribution,
  type LineReader,
  type ReadResult,
} from "./reading.ts";
import type { z } from "zod";

export type Decoded = { ok: true; contribution: FileContribution } | { ok: false; diagnostics: Diagnostic[] };
type Declared = EvalsPlan["format"];

/** Past this size an error in a JSON file is placed at its first line: re-parsing for positions would cost too much. */
const MAX_LOCATABLE_BYTES = 8 * 1024 * 1024;

const at = (file: string, line = 1, column = 1) => ({ file, line, column });
const problemAt = (file: string, message: string, hint?: string): Diagnostic => ({
  kind: "invalid-value",
  message,
  location: at(file),
  field: "",
  ...(hint === undefined ? {} : { hint }),
});

function mismatch(file: string, found: string, declared: Declared): Decoded | null {
  return declared !== "auto" && declared !== found
    ? {
        ok: false,
        diagnostics: [
          problemAt(file, `${file} looks like ${found} output, but the plan says evals.format: ${declared}`),
        ],
      }
    : null;
}

/** One whole file: a JSON document (lm-eval results, promptfoo, an Inspect .json log, tunegate's own format) or a stream format read at once (JUnit XML not named .xml). */
export function decodeDocument(file: string, text: string, declared: Declared): Decoded {
  // Stream formats (JUnit XML) are told apart from JSON by their first characters.
  const stream = startStream(file, text.slice(0, 65_536), declared);
  if (stream !== null) {
    if (!stream.ok) return stream;
    const problem = stream.reader.write(text);
    return problem !== null
      ? { ok: false, diagnostics: [lineDiagnostic(file, problem)] }
      : finishReading(file, stream.reader);
  }
  const parsed = parseEvalJson(file, text);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (Array.isArray(data)) {
    for (const format of EVAL_FORMATS) {
      if (format.kind !== "records" || !format.detect(data)) continue;
      const wrong = mismatch(file, format.name, declared);
      if (wrong !== null) return wrong;
      return located(file, text, format.read(file, data));
    }
  }
  if (!isObject(data))
    return {
      ok: false,
      diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)],
    };
  for (const format of EVAL_FORMATS) {
    if (format.kind === "unsupported") {
      if (format.detectDocument?.(data) === true)
        return {
          ok: false,
          diagnostics: [
            problemAt(
              file,
              `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`,
            ),
          ],
        };
      continue;
    }
    if (format.kind !== "document" || !format.detect(data)) continue;
    const wrong = mismatch(file, format.name, declared);
    if (wrong !== null) return wrong;
    const schema = (format as DocumentFormat & { schema?: z.ZodType }).schema;
    if (schema !== undefined) {
      const valid = schema.safeParse(data);
      if (!valid.success)
        return {
          ok: false,
          diagnostics: schemaDiagnostics(
            valid.error.issues,
            jsonSource(file, text, parseJsonNamingNonFinite(text)),
            schema,
          ),
        };
    }
    return located(file, text, format.read(file, data));
  }
  return {
    ok: false,
    diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)],
  };
}

/**
 * JSON text as an eval file's content: Python's bare NaN and Infinity read as missing, and three
 * things refused with their line and column that JSON.parse would let through: nesting deeper
 * than any eval output (the walks after parsing recurse) and more objects and values than the
 * text's size allows (64 MiB of `{}` took 4.7 GB), both counted before anything is built; and a
 * key written twice in one object (JSON keeps the last, so the score a reviewer reads first is
 * not the one judged).
 */
export function parseEvalJson(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } {
  const excess = jsonWorkExcess(text);
  if (excess !== null)
    return {
      ok: false,
      diagnostics: [
        { ...problemAt(file, unlikeAnyEvalOutput(excess)), location: at(file, excess.line, excess.column) },
      ],
    };
  let value: unknown;
  try {
    value = parseLenientJson(text);
  } catch (error) {
    const message = error instanceof RangeError ? "it is nested too deeply to read" : (error as Error).message;
    return {
      ok: false,
      diagnostics: [problemAt(file, `${file} is not valid JSON (${message}); expected ${EXPECTED_FORMATS}`)],
    };
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== null) {
    return {
      ok: false,
      diagnostics: [
        {
          ...problemAt(
            file,
            `the key ${JSON.stringify(duplicate.key)} appears twice in one object; JSON keeps only the last, so delete one`,
          ),
          location: at(file, duplicate.line, duplicate.column),
        },
      ],
    };
  }
  return { ok: true, value };
}

/** A limit of json-work.ts passed, said as what it means for an eval file. */
export function unlikeAnyEvalOutput(excess: WorkExcess): string {
  const why =
    excess.reason === "depth"
      ? "no eval output tunegate reads does"
      : excess.reason === "key"
        ? "no eval tool writes one that long"
        : "no eval output tunegate reads is built like that";
  return `${excess.message}; ${why}`;
}

/**
 * A zip archive (an Inspect .eval log), its members read through `archive`. Each member a format
 * asks for is parsed here once, as any JSON eval file is (a problem names the member); after the
 * first problem, no other member is read or parsed.
 */
export function decodeArchive(file: string, archive: Archive, declared: Declared): Decoded {
  for (const format of EVAL_FORMATS) {
    if (format.kind !== "archive" || !format.detect(archive.names)) continue;
    const wrong = mismatch(file, format.name, declared);
    if (wrong !== null) return wrong;
    let memberProblem: Diagnostic[] | null = null;
    const members: JsonArchive = {
      names: archive.names,
      json: (name) => {
        if (memberProblem !== null) return undefined;
        const text = archive.text(name);
        if (text === undefined) return undefined;
        if (typeof text !== "string") {
          memberProblem = [problemAt(`${file}:${name}`, `${file}: ${name} ${text.problem}`)];
          return undefined;
        }
        const parsed = parseEvalJson(`${file}:${name}`, text);
        if (parsed.ok) return parsed;
        memberProblem = parsed.diagnostics;
        return undefined;
      },
    };
    const result = format.read(file, members);
    if (memberProblem !== null) return { ok: false, diagnostics: memberProblem };
    return located(file, "", result);
  }
  return {
    ok: false,
    diagnostics: [
      problemAt(
        file,
        `${file} is a zip archive but not an Inspect .eval log (no header.json); expected ${EXPECTED_FORMATS}`,
      ),
    ],
  };
}

/**
 * A stream format (JUnit XML) when `start`, the file's first characters, is one: the shell then
 * feeds the rest in chunks (`write`) and calls `finishReading`. Null when no stream format matches.
 */
export function startStream(
  file: string,
  start: string,
  declared: Declared,
): { ok: true; reader: ChunkReader } | { ok: false; diagnostics: Diagnostic[] } | null {
  for (const format of EVAL_FORMATS) {
    if (format.kind !== "stream" || !format.detect(start)) continue;
    const wrong = mismatch(file, format.name, declared);
    if (wrong !== null && !wrong.ok) return wrong;
    return { ok: true, reader: format.start(file) };
  }
  return null;
}

/**
 * A read file's result, refused when it names more than `maxNames` benchmarks: a document of
 * 300,000 one-entry evaluation results (30 MB, under the size cap) took 4.3 s and 640 MB, and
 * listing it overflowed the stack. Or when a name (a benchmark's, its metric's or an alias) is
 * longer than MAX_NAME_CHARS: an lm-eval results file naming a task of 100,000 characters was
 * printed whole, twice, in every report. Streamed readers refuse both earlier, at the line; this
 * holds every format to the same rules.
 */
export function withinNameCap(file: string, result: ReadResult, maxNames = MAX_NAMES_PER_FILE): ReadResult {
  if (!result.ok) return result;
  const names = new Set<string>();
  for (const b of result.contribution.benchmarks) {
    const long = longNameOf(b);
    if (long !== null) return { ok: false, problems: [long] };
    names.add(b.name);
    if (names.size > maxNames) {
      const problem = tooManyNames("benchmarks", maxNames, undefined);
      // Placed where the plan names the file: the message names it.
      return { ok: false, problems: [{ ...problem, message: `${file}: ${problem.message}` }] };
    }
  }
  return result;
}

/** The problem of a benchmark's first name past MAX_NAME_CHARS, with the name it is about. */
function longNameOf(b: Benchmark): LongName | null {
  const named: Array<[string, string]> = [
    ["the benchmark", b.name],
    ["the metric", b.metric],
    ...b.aliases.map((alias): [string, string] => ["the benchmark's other name", alias]),
  ];
  for (const [what, name] of named) {
    const problem = nameTooLong(what, name, undefined, []);
    if (problem !== null) return { ...problem, name };
  }
  return null;
}

/** A name-length problem carries the name, so a whole document can be searched for where it is. */
type LongName = EvalProblem & { name: string };

function isLongName(problem: EvalProblem): problem is LongName {
  return "name" in problem;
}

/** The end of a streamed or line-by-line file: its contribution, or its problems at their lines. */
export function finishReading(file: string, reader: Pick<ChunkReader, "finish">): Decoded {
  const finished = withinNameCap(file, reader.finish());
  if (finished.ok) return finished;
  return {
    ok: false,
    diagnostics: finished.problems.map((p) => (isLongName(p) ? unplacedLongName(file, p) : lineDiagnostic(file, p))),
  };
}

/** A JSON-lines file: the first line decides the format; the shell feeds the rest to the reader. */
export function startLines(
  file: string,
  first: unknown,
  declared: Declared,
): { ok: true; reader: LineReader } | { ok: false; diagnostics: Diagnostic[] } {
  if (isObject(first)) {
    for (const format of EVAL_FORMATS) {
      if (format.kind === "unsupported") {
        if (format.detectLine?.(first) === true)
          return {
            ok: false,
            diagnostics: [
              problemAt(
                file,
                `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`,
              ),
            ],
          };
        continue;
      }
      if (format.kind !== "lines" || !format.detect(first)) continue;
      if (nestsDeeperThan(first))
        return {
          ok: false,
          diagnostics: [
            problemAt(
              file,
              `the first line nests more than ${MAX_JSON_NESTING} levels deep; no eval output tunegate reads does`,
            ),
          ],
        };
      const wrong = mismatch(file, format.name, declared);
      if (wrong !== null && !wrong.ok) return wrong;
      const reader = format.start(file);
      return "add" in reader ? { ok: true, reader } : { ok: false, diagnostics: [lineDiagnostic(file, reader)] };
    }
  }
  return {
    ok: false,
    diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)],
  };
}

/** A problem found in one line of a JSON-lines file, at that line. */
export function lineDiagnostic(file: string, problem: EvalProblem): Diagnostic {
  return {
    kind: "invalid-value",
    message: problem.message,
    location: at(file, problem.line ?? 1),
    field: formatFieldPath(problem.path),
    ...(problem.hint === undefined ? {} : { hint: problem.hint }),
  };
}

/**
 * A name too long to read, at its first place in the text: where its first 40 characters appear
 * as written (a name written with escapes there is placed at the file's start).
 */
function longNameDiagnostic(file: string, text: string, problem: LongName): Diagnostic {
  const { name, ...rest } = problem;
  const offset = text.indexOf(name.slice(0, 40));
  if (offset === -1) return unplacedLongName(file, problem);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { ...lineDiagnostic(file, rest), location: at(file, line, offset - before.lastIndexOf("\n")) };
}

/** A long name whose place is not known: a problem of the file as a whole, so its message names the file. */
function unplacedLongName(file: string, problem: LongName): Diagnostic {
  const { name: _name, ...rest } = problem;
  return lineDiagnostic(file, { ...rest, message: `${file}: ${rest.message}` });
}

/** Places a reader's problems at their line and column, scanning the text for positions only now. */
export function located(file: string, text: string, read: ReadResult): Decoded {
  const result = withinNameCap(file, read);
  if (result.ok) return result;
  const long = result.problems.find((p): p is LongName => isLongName(p) && p.line === undefined);
  if (long !== undefined) return { ok: false, diagnostics: [longNameDiagnostic(file, text, long)] };
  if (text === "" || text.length > MAX_LOCATABLE_BYTES || result.problems.every((p) => p.line !== undefined)) {
    return { ok: false, diagnostics: result.problems.map((p) => lineDiagnostic(file, p)) };
  }
  const source = jsonSource(file, text, null);
  return {
    ok: false,
    diagnostics: result.problems.map((p) => ({ ...lineDiagnostic(file, p), location: source.locate(p.path) })),
  };
}
