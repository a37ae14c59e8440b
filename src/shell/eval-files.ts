import { assembleRun } from "../engine/evals/assemble.ts";
import {
  decodeArchive,
  decodeDocument,
  finishReading,
  lineDiagnostic,
  startLines,
  startStream,
  unlikeAnyEvalOutput,
  type Decoded,
} from "../engine/evals/decode.ts";
import { parseLenientJson } from "../engine/evals/lenient-json.ts";
import type { EvalRun } from "../engine/evals/model.ts";
import type { Archive, ChunkReader, FileContribution, LineReader } from "../engine/evals/reading.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { jsonWorkExcess } from "../engine/input/json-work.ts";
import { resolveRepoPath } from "../engine/input/repo-path.ts";
import type { YamlSource } from "../engine/input/yaml-source.ts";
import type { EvalsPlan } from "../engine/plan/schema.ts";
import { MAX_EVAL_BYTES, MAX_INFLATED_ARCHIVE_BYTES, MAX_INFLATED_MEMBER_BYTES } from "./files.ts";
import { LineTooLongError, MAX_LINE_BYTES, type RepoFiles } from "./repo-files.ts";
import type { ZipMember } from "./zip.ts";

const GLOB = /[*?[\]{}]/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads one side's eval files (paths, globs or a list, relative to the plan) into one run. */
export async function readEvalSide(
  files: RepoFiles,
  planPath: string,
  source: YamlSource,
  role: "candidate" | "baseline" | "alternative",
  written: readonly string[],
  format: EvalsPlan["format"],
): Promise<{ ok: true; run: EvalRun | undefined; realFiles: string[] } | { ok: false; diagnostics: Diagnostic[] }> {
  if (written.length === 0) return { ok: true, run: undefined, realFiles: [] };
  const field = `evals.${role}`;
  const problem = (message: string, kind: Diagnostic["kind"] = "invalid-value", hint?: string): Diagnostic => ({
    kind,
    message,
    location: source.locate(["evals", role]),
    field,
    ...(hint === undefined ? {} : { hint }),
  });
  const paths: string[] = [];
  for (const entry of written) {
    const resolved = resolveRepoPath(planPath, entry);
    if (!resolved.ok) return { ok: false, diagnostics: [problem(`path "${entry}" ${resolved.reason}`, "path-escape")] };
    if (!GLOB.test(entry)) paths.push(resolved.path);
    else {
      const matched = await files.glob(resolved.path);
      if (matched.length === 0)
        return { ok: false, diagnostics: [problem(`no file matches "${entry}"`, "file-missing")] };
      paths.push(...matched);
    }
  }
  // One file under two names (a symbolic link) is read once, under the first name written.
  const byRealPath = new Map<string, string>();
  for (const path of [...new Set(paths)].sort()) {
    const real = await files.canonical(path);
    if (!byRealPath.has(real)) byRealPath.set(real, path);
  }
  const contributions: FileContribution[] = [];
  for (const path of byRealPath.values()) {
    const decoded = await decodeEvalFile(files, path, format);
    if (!decoded.ok) {
      // A problem with the file as a whole is placed where the plan names the file, so the
      // annotation lands on the plan; a problem inside its content, at that content.
      const wholeFile = (d: Diagnostic) => d.field === "" && d.location.line === 1 && d.location.column === 1;
      return {
        ok: false,
        diagnostics: decoded.diagnostics.map((d) =>
          wholeFile(d) ? { ...d, location: source.locate(["evals", role]), field } : d,
        ),
      };
    }
    contributions.push(decoded.contribution);
  }
  const assembled = assembleRun(contributions);
  if (!assembled.ok) {
    return {
      ok: false,
      diagnostics: assembled.conflicts.map((c) =>
        problem(
          c.message,
          "invalid-value",
          "point evals." +
            role +
            " at one run's files (an old and a new run side by side?), or keep each suite in one file",
        ),
      ),
    };
  }
  return { ok: true, run: assembled.run, realFiles: [...byRealPath.keys()] };
}

/** Decodes one eval file of any supported format; the engine decides, this only reads bytes. */
export async function decodeEvalFile(files: RepoFiles, path: string, declared: EvalsPlan["format"]): Promise<Decoded> {
  if (path.endsWith(".jsonl")) return decodeJsonLines(files, path, declared);
  if (/\.xml$/i.test(path))
    return decodeStream(files, path, declared, "an .xml eval file must be JUnit XML (<testsuites> or <testsuite>)");
  if (/\.csv$/i.test(path))
    return decodeStream(
      files,
      path,
      declared,
      "a .csv eval file must be Ragas results (to_pandas().to_csv(), a user_input or question column)",
    );
  const bytes = await files.bytes(path, MAX_EVAL_BYTES);
  if (!bytes.ok)
    return {
      ok: false,
      diagnostics: [
        {
          kind: bytes.kind,
          message: bytes.message,
          location: { file: path, line: 1, column: 1 },
          field: "",
          ...(bytes.hint === undefined ? {} : { hint: bytes.hint }),
        },
      ],
    };
  if (ZIP_MAGIC.every((b, i) => bytes.bytes[i] === b)) {
    try {
      // Loaded for archives only: node:zlib is not needed by any other eval file.
      const { zipMembers } = await import("./zip.ts");
      return decodeArchive(path, inflatingArchive(zipMembers(bytes.bytes)), declared);
    } catch (error) {
      return {
        ok: false,
        diagnostics: [
          {
            kind: "invalid-value",
            message: `${path}: cannot read the Inspect log: ${(error as Error).message}`,
            location: { file: path, line: 1, column: 1 },
            field: "",
          },
        ],
      };
    }
  }
  return decodeDocument(path, stripBom(bytes.bytes.toString("utf8")), declared);
}

/** The most one archive's reading inflates: of one member, and of all its members together. */
export interface InflationCaps {
  member: number;
  archive: number;
}

/**
 * An archive's members decompressed on request, each to at most MAX_INFLATED_MEMBER_BYTES and all
 * of them together to MAX_INFLATED_ARCHIVE_BYTES: zlib stops there, so a 65 KB member that would
 * inflate to gigabytes costs what the cap does. Tests lower the caps to show them cheaply.
 */
export function inflatingArchive(
  members: readonly ZipMember[],
  caps: InflationCaps = { member: MAX_INFLATED_MEMBER_BYTES, archive: MAX_INFLATED_ARCHIVE_BYTES },
): Archive {
  let inflated = 0;
  return {
    names: members.map((m) => m.name),
    text(name) {
      const member = members.find((m) => m.name === name);
      if (member === undefined) return undefined;
      const left = caps.archive - inflated;
      const bytes = member.read(Math.min(caps.member, left));
      if (bytes === undefined) {
        return left < caps.member
          ? {
              problem: `decompresses past the ${mebibytes(caps.archive)} tunegate inflates from one archive in all (${mebibytes(inflated)} already read); no Inspect log is that large`,
            }
          : {
              problem: `decompresses to more than ${mebibytes(caps.member)}, the most tunegate inflates of one member; no Inspect log's ${name} is that large`,
            };
      }
      inflated += bytes.length;
      return stripBom(bytes.toString("utf8"));
    },
  };
}

const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;

/** Windows tools write a byte-order mark; JSON.parse refuses one. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function decodeJsonLines(files: RepoFiles, path: string, declared: EvalsPlan["format"]): Promise<Decoded> {
  let reader: LineReader | undefined;
  let lineNumber = 0;
  const fail = (message: string, line = lineNumber): Decoded => ({
    ok: false,
    diagnostics: [lineDiagnostic(path, { path: [], line, message })],
  });
  try {
    for await (const batch of files.lineBatches(path)) {
      for (const read of batch) {
        lineNumber++;
        const line = lineNumber === 1 ? stripBom(read) : read;
        if (line.trim() === "") continue;
        // What a line builds is bounded as a whole file's is; its depth is the readers' to judge.
        const excess = jsonWorkExcess(line, Number.POSITIVE_INFINITY);
        if (excess !== null)
          return {
            ok: false,
            diagnostics: [
              {
                ...lineDiagnostic(path, { path: [], line: lineNumber, message: unlikeAnyEvalOutput(excess) }),
                location: { file: path, line: lineNumber, column: excess.column },
              },
            ],
          };
        let value: unknown;
        try {
          value = parseLenientJson(line);
        } catch (error) {
          return fail(
            `not a JSON object (${error instanceof RangeError ? "nested too deeply" : (error as Error).message})`,
          );
        }
        if (reader === undefined) {
          const started = startLines(path, value, declared);
          if (!started.ok) return started;
          reader = started.reader;
        }
        if (value === null || typeof value !== "object" || Array.isArray(value))
          return fail("each line must be a JSON object");
        const problem = reader.add(value as Record<string, unknown>, lineNumber);
        if (problem !== null) return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
      }
    }
  } catch (error) {
    if (error instanceof LineTooLongError) return fail(error.message, error.line);
    const located = error as { line?: number; kind?: Diagnostic["kind"] };
    return {
      ok: false,
      diagnostics: [
        {
          kind: located.kind ?? "invalid-value",
          message: `cannot read ${path}: ${(error as Error).message}`,
          location: { file: path, line: located.line ?? lineNumber + 1, column: 1 },
          field: "",
        },
      ],
    };
  }
  if (reader === undefined) return fail(`${path} is empty`, 1);
  return finishReading(path, reader);
}

/**
 * A text file of a stream format (JUnit XML, CSV), fed to its reader line by line as it is read:
 * memory follows what the reader keeps, never the file's size. Lines are split only to read in
 * pieces; the reader sees the text unchanged.
 */
async function decodeStream(
  files: RepoFiles,
  path: string,
  declared: EvalsPlan["format"],
  expected: string,
): Promise<Decoded> {
  let reader: ChunkReader | undefined;
  let lineNumber = 0;
  let start = "";
  const fail = (message: string, line = lineNumber): Decoded => ({
    ok: false,
    diagnostics: [lineDiagnostic(path, { path: [], line, message })],
  });
  // The reader the buffered start names, fed that start; or why there is none.
  const begin = (): ChunkReader | Decoded => {
    const started = startStream(path, start, declared);
    if (started === null) return fail(`${path} matches no eval format tunegate reads; ${expected}`, 1);
    if (!started.ok) return started;
    const problem = started.reader.write(start);
    return problem === null ? started.reader : { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
  };
  try {
    for await (const batch of files.lineBatches(path)) {
      for (const read of batch) {
        lineNumber++;
        const line = `${lineNumber === 1 ? stripBom(read) : read}\n`;
        if (reader === undefined) {
          // The format is judged from the first 64 KiB, whatever their lines.
          start += line;
          if (start.length < 65_536) continue;
          const begun = begin();
          if (!("write" in begun)) return begun;
          reader = begun;
          continue;
        }
        const problem = reader.write(line);
        if (problem !== null) return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
      }
    }
  } catch (error) {
    if (error instanceof LineTooLongError)
      return fail(
        `a line of this file is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most tunegate reads at once; write it with line breaks (pytest, Surefire and pandas do)`,
        error.line,
      );
    const located = error as { line?: number; kind?: Diagnostic["kind"] };
    return {
      ok: false,
      diagnostics: [
        {
          kind: located.kind ?? "invalid-value",
          message: `cannot read ${path}: ${(error as Error).message}`,
          location: { file: path, line: located.line ?? lineNumber + 1, column: 1 },
          field: "",
        },
      ],
    };
  }
  if (reader === undefined) {
    if (start.trim() === "") return fail(`${path} is empty`, 1);
    const begun = begin();
    if (!("write" in begun)) return begun;
    reader = begun;
  }
  return finishReading(path, reader);
}
