import { assembleRun, fromTunegate, type FileContribution } from "../engine/evals/assemble.ts";
import { detectJsonFormat, detectJsonLineFormat, EXPECTED_FORMATS } from "../engine/evals/detect.ts";
import { readInspect } from "../engine/evals/inspect.ts";
import { parseLenientJson } from "../engine/evals/lenient-json.ts";
import { LmEvalSamples, readLmEvalResults, taskFromSamplesFile } from "../engine/evals/lm-eval.ts";
import type { EvalRun } from "../engine/evals/model.ts";
import { readPromptfoo } from "../engine/evals/promptfoo.ts";
import { parseEvalResult } from "../engine/evals/tunegate-format.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { firstDuplicateKey } from "../engine/input/json-duplicate-keys.ts";
import { jsonTooDeep, MAX_JSON_NESTING, nestsDeeperThan } from "../engine/input/json-nesting.ts";
import { resolveRepoPath } from "../engine/input/repo-path.ts";
import type { YamlSource } from "../engine/input/yaml-source.ts";
import type { EvalsPlan } from "../engine/plan/schema.ts";
import { MAX_EVAL_BYTES } from "./files.ts";
import { LineTooLongError, type RepoFiles } from "./repo-files.ts";
import { zipMembers } from "./zip.ts";

const GLOB = /[*?[\]{}]/;
type Decoded = { ok: true; contribution: FileContribution } | { ok: false; message: string; diagnostics?: Diagnostic[] };

/** Reads one side's eval files (paths, globs or a list, relative to the plan) into one run. */
export async function readEvalSide(
  files: RepoFiles,
  planPath: string,
  source: YamlSource,
  role: "candidate" | "baseline",
  written: readonly string[],
  format: EvalsPlan["format"],
): Promise<{ ok: true; run: EvalRun | undefined; realFiles: string[] } | { ok: false; diagnostics: Diagnostic[] }> {
  if (written.length === 0) return { ok: true, run: undefined, realFiles: [] };
  const field = `evals.${role}`;
  const problem = (message: string, hint?: string): Diagnostic => ({ kind: "invalid-value", message, location: source.locate(["evals", role]), field, ...(hint === undefined ? {} : { hint }) });
  const paths: string[] = [];
  for (const entry of written) {
    const resolved = resolveRepoPath(planPath, entry);
    if (!resolved.ok) return { ok: false, diagnostics: [{ ...problem(`path "${entry}" ${resolved.reason}`), kind: "path-escape" }] };
    if (!GLOB.test(entry)) paths.push(resolved.path);
    else {
      const matched = await files.glob(resolved.path);
      if (matched.length === 0) return { ok: false, diagnostics: [{ ...problem(`no file matches "${entry}"`), kind: "file-missing" }] };
      paths.push(...matched);
    }
  }
  // One file under two names (a symbolic link) is read once, under the first name written.
  const byRealPath = new Map<string, string>();
  for (const path of paths) {
    const real = await files.canonical(path);
    if (!byRealPath.has(real)) byRealPath.set(real, path);
  }
  const contributions: FileContribution[] = [];
  for (const path of byRealPath.values()) {
    const decoded = await decodeEvalFile(files, path, format);
    if (!decoded.ok) return { ok: false, diagnostics: decoded.diagnostics ?? [problem(decoded.message)] };
    contributions.push(decoded.contribution);
  }
  return { ok: true, run: assembleRun(contributions), realFiles: [...byRealPath.keys()] };
}

/** Decodes one eval file of any supported format; exported for the ingestion benchmark. */
export async function decodeEvalFile(files: RepoFiles, path: string, declared: EvalsPlan["format"]): Promise<Decoded> {
  const mismatch = (found: string): Decoded | null =>
    declared !== "auto" && declared !== found ? { ok: false, message: `${path} looks like ${found} output, but the plan says evals.format: ${declared}` } : null;
  if (path.endsWith(".jsonl")) return decodeJsonLines(files, path, mismatch);
  const bytes = await files.bytes(path, MAX_EVAL_BYTES);
  if (!bytes.ok) return { ok: false, message: bytes.message };
  if (bytes.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return mismatch("inspect") ?? decodeInspectZip(path, bytes.bytes);
  // Windows tools write a byte-order mark; JSON.parse refuses one.
  const text = stripBom(bytes.bytes.toString("utf8"));
  let data: unknown;
  try {
    data = parseLenientJson(text);
  } catch (error) {
    return { ok: false, message: `${path} is not valid JSON (${(error as Error).message}); expected ${EXPECTED_FORMATS}` };
  }
  if (nestsDeeperThan(data)) return { ok: false, message: tooDeep(path, jsonTooDeep(text)) };
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== null) return { ok: false, message: duplicateKey(path, duplicate) };
  const format = detectJsonFormat(data);
  if (format === null) return { ok: false, message: `${path} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}` };
  if (format === "lighteval" || format === "deepeval" || format === "openai-evals") {
    return { ok: false, message: `${path} is ${format} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}` };
  }
  const wrong = mismatch(format);
  if (wrong !== null) return wrong;
  const object = data as Record<string, unknown>;
  switch (format) {
    case "tunegate": {
      const parsed = parseEvalResult(path, text);
      return parsed.ok ? { ok: true, contribution: fromTunegate(parsed.value) } : { ok: false, message: "invalid tunegate eval file", diagnostics: parsed.diagnostics };
    }
    case "lm-eval": {
      const benchmarks = readLmEvalResults(path, object);
      if (benchmarks.length === 0) return { ok: false, message: `${path} is an lm-evaluation-harness results file with no task results` };
      return { ok: true, contribution: { file: path, format, model: benchmarks[0]!.provenance.model, benchmarks, latencyP95Ms: null, categories: null, incomplete: null } };
    }
    case "promptfoo": {
      const read = readPromptfoo(path, object);
      if (read.benchmarks.length === 0) return { ok: false, message: `${path} is promptfoo output with no results` };
      return { ok: true, contribution: { file: path, format, model: read.model, benchmarks: read.benchmarks, latencyP95Ms: read.latencyP95Ms, categories: null, incomplete: null } };
    }
    case "inspect": {
      const read = readInspect(path, object, object["reductions"]);
      return { ok: true, contribution: { file: path, format, model: read.model, benchmarks: read.benchmarks, latencyP95Ms: null, categories: null, incomplete: read.incomplete } };
    }
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * JSON.parse keeps the last of two equal keys, so a second `"acc,none"` would silently replace
 * the score a reviewer reads first. (Checked for whole files; JSONL lines are many and are
 * written by the tools from dictionaries, so they are not scanned.)
 */
function duplicateKey(where: string, d: { key: string; line: number; column: number }): string {
  return `${where}:${d.line}:${d.column}: the key ${JSON.stringify(d.key)} appears twice in one object; JSON keeps only the last, so delete one`;
}

function tooDeep(where: string, at: { line: number; column: number } | null): string {
  return `${where}${at === null ? "" : `:${at.line}:${at.column}`}: the JSON nests more than ${MAX_JSON_NESTING} levels deep; no eval output tunegate reads does`;
}

function decodeInspectZip(path: string, bytes: Buffer): Decoded {
  try {
    const members = zipMembers(bytes);
    const member = (name: string) => members.find((m) => m.name === name);
    const header = member("header.json");
    if (header === undefined) {
      if (member("_journal/start.json") !== undefined) {
        return { ok: true, contribution: { file: path, format: "inspect", model: null, benchmarks: [], latencyP95Ms: null, categories: null, incomplete: "the Inspect log is still being written (no header.json yet)" } };
      }
      return { ok: false, message: `${path} is a zip without header.json: not an Inspect .eval log` };
    }
    const memberJson = (name: string, text: string): unknown => {
      const value = parseLenientJson(text);
      if (nestsDeeperThan(value)) throw new Error(tooDeep(name, jsonTooDeep(text)));
      const duplicate = firstDuplicateKey(text);
      if (duplicate !== null) throw new Error(duplicateKey(name, duplicate));
      return value;
    };
    const headerJson = memberJson("header.json", header.read(MAX_EVAL_BYTES).toString("utf8")) as Record<string, unknown>;
    const reductions = member("reductions.json");
    const read = readInspect(path, headerJson, reductions === undefined ? undefined : memberJson("reductions.json", reductions.read(MAX_EVAL_BYTES).toString("utf8")));
    return { ok: true, contribution: { file: path, format: "inspect", model: read.model, benchmarks: read.benchmarks, latencyP95Ms: null, categories: null, incomplete: read.incomplete } };
  } catch (error) {
    return { ok: false, message: `${path}: cannot read the Inspect log: ${(error as Error).message}` };
  }
}

async function decodeJsonLines(files: RepoFiles, path: string, mismatch: (found: string) => Decoded | null): Promise<Decoded> {
  let samples: LmEvalSamples | undefined;
  const rows: unknown[] = [];
  let kind: ReturnType<typeof detectJsonLineFormat> | undefined;
  let lineNumber = 0;
  try {
    for await (const batch of files.lineBatches(path)) for (const read of batch) {
      lineNumber++;
      const line = lineNumber === 1 ? stripBom(read) : read;
      if (line.trim() === "") continue;
      let value: unknown;
      try {
        value = parseLenientJson(line);
      } catch (error) {
        return { ok: false, message: `${path}:${lineNumber}: not a JSON object (${(error as Error).message})` };
      }
      // lm-eval sample lines are read field by field; promptfoo rows are walked (their vars
      // stringified), so they and the first line must not nest deeper than any real output.
      if ((kind === undefined || kind === "promptfoo-rows") && nestsDeeperThan(value)) return { ok: false, message: tooDeep(`${path}:${lineNumber}`, null) };
      if (kind === undefined) {
        kind = detectJsonLineFormat(value);
        if (kind === "lm-eval-samples") {
          const wrong = mismatch("lm-eval");
          if (wrong !== null) return wrong;
          const task = taskFromSamplesFile(path);
          if (task === null) return { ok: false, message: `${path}: cannot tell which task these lm-eval samples are for; keep lm-eval's file name samples_<task>_<timestamp>.jsonl` };
          samples = new LmEvalSamples(path, task);
        } else if (kind === "promptfoo-rows") {
          const wrong = mismatch("promptfoo");
          if (wrong !== null) return wrong;
        } else if (kind === "openai-evals") return { ok: false, message: `${path} is an OpenAI evals record log, which tunegate does not read yet; expected ${EXPECTED_FORMATS}` };
        else return { ok: false, message: `${path} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}` };
      }
      if (samples !== undefined) samples.add(value as Record<string, unknown>);
      else rows.push(value);
    }
  } catch (error) {
    if (error instanceof LineTooLongError) return { ok: false, message: `${path}:${error.line}: ${error.message}` };
    return { ok: false, message: `cannot read ${path}: ${(error as Error).message}` };
  }
  if (kind === undefined) return { ok: false, message: `${path} is empty` };
  if (samples !== undefined) {
    return { ok: true, contribution: { file: path, format: "lm-eval", model: null, benchmarks: samples.benchmarks(null), latencyP95Ms: null, categories: null, incomplete: null } };
  }
  const read = readPromptfoo(path, { evalId: "jsonl", results: { version: 3, results: rows } });
  return { ok: true, contribution: { file: path, format: "promptfoo", model: read.model, benchmarks: read.benchmarks, latencyP95Ms: read.latencyP95Ms, categories: null, incomplete: null } };
}
