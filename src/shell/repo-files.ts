import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { glob as fsGlob, realpath } from "node:fs/promises";
import { join, matchesGlob, sep } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { resolveRepoPath } from "../engine/input/repo-path.ts";
import { readRepoFile, type ReadResult } from "./files.ts";

const run = promisify(execFile);

/** The repository's files: the working tree, or the tree at another commit. */
export interface RepoFiles {
  read(path: string, maxBytes: number): Promise<ReadResult>;
  bytes(path: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | Extract<ReadResult, { ok: false }>>;
  /**
   * Streams a file as batches of lines (one batch per chunk read), so a multi-gigabyte samples
   * file never sits in memory and each line string dies young.
   */
  lineBatches(path: string): AsyncIterable<string[]>;
  /** Repository-relative paths matching a glob, sorted; never inside node_modules or .git. */
  glob(pattern: string): Promise<string[]>;
}

/** Read size for streamed files; small batches let each line's string die in the young generation. */
const CHUNK_BYTES = 64 * 1024;

const IGNORED = /(^|\/)(node_modules|\.git)(\/|$)/;

export function workingTreeFiles(root: string): RepoFiles {
  const checked = async (path: string): Promise<string> => {
    const lexical = resolveRepoPath("", path);
    if (!lexical.ok) throw new Error(`path "${path}" ${lexical.reason}`);
    const real = await realpath(join(root, ...lexical.path.split("/")));
    const realRoot = await realpath(root);
    if (!real.startsWith(realRoot + sep)) throw new Error(`path "${path}" leads outside the repository through a symbolic link`);
    return real;
  };
  return {
    read: (path, maxBytes) => readRepoFile(root, path, maxBytes),
    async bytes(path, maxBytes) {
      const text = await readRepoFile(root, path, maxBytes, "buffer");
      return text.ok ? { ok: true, bytes: text.bytes } : text;
    },
    async *lineBatches(path) {
      yield* splitLines(createReadStream(await checked(path), { highWaterMark: CHUNK_BYTES }));
    },
    async glob(pattern) {
      const found: string[] = [];
      for await (const p of fsGlob(pattern, { cwd: root, exclude: (x) => IGNORED.test(String(x)) })) found.push(String(p).split(sep).join("/"));
      return found.sort();
    },
  };
}

/** Files as they were at `commit`, through the runner's own git: data only, nothing is run. */
export function gitRevisionFiles(root: string, commit: string): RepoFiles {
  const object = (path: string) => {
    const lexical = resolveRepoPath("", path);
    if (!lexical.ok) throw new Error(`path "${path}" ${lexical.reason}`);
    return { object: `${commit}:${lexical.path}`, path: lexical.path };
  };
  const show = async (path: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | Extract<ReadResult, { ok: false }>> => {
    let target: { object: string; path: string };
    try {
      target = object(path);
    } catch (error) {
      return { ok: false, kind: "path-escape", message: (error as Error).message };
    }
    try {
      const { stdout: size } = await run("git", ["-C", root, "cat-file", "-s", target.object]);
      if (Number(size.trim()) > maxBytes) return { ok: false, kind: "file-too-large", message: `${target.path} at ${commit.slice(0, 7)} is ${size.trim()} bytes; the limit is ${maxBytes}` };
      const { stdout } = await run("git", ["-C", root, "show", target.object], { encoding: "buffer", maxBuffer: maxBytes + 1024 });
      return { ok: true, bytes: stdout };
    } catch {
      return { ok: false, kind: "file-missing", message: `${target.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)` };
    }
  };
  return {
    async read(path, maxBytes) {
      const result = await show(path, maxBytes);
      return result.ok ? { ok: true, text: result.bytes.toString("utf8") } : result;
    },
    bytes: show,
    async *lineBatches(path) {
      const child = spawn("git", ["-C", root, "show", object(path).object], { stdio: ["ignore", "pipe", "ignore"] });
      yield* splitLines(child.stdout);
    },
    async glob(pattern) {
      const { stdout } = await run("git", ["-C", root, "ls-tree", "-r", "--name-only", commit], { maxBuffer: 64 * 1024 * 1024 });
      return stdout.split("\n").filter((p) => p !== "" && !IGNORED.test(p) && matchesGlob(p, pattern)).sort();
    },
  };
}

const NEWLINE = 10;

/**
 * Splits a byte stream into lines, one batch per chunk. Unlike readline's one-promise-per-line
 * iterator, nothing keeps a line alive past its batch.
 */
async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncIterable<string[]> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const bytes = carry.length === 0 ? (chunk as Buffer) : Buffer.concat([carry, chunk as Buffer]);
    const batch: string[] = [];
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      batch.push(bytes.toString("utf8", start, end > start && bytes[end - 1] === 13 ? end - 1 : end));
      start = end + 1;
    }
    carry = Buffer.from(bytes.subarray(start));
    if (batch.length > 0) yield batch;
  }
  if (carry.length > 0) yield [carry.toString("utf8")];
}
