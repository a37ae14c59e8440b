import { glob as fsGlob, type FileHandle } from "node:fs/promises";
import { join, matchesGlob, sep } from "node:path";
import { isInsideGitDir, resolveRepoPath } from "../engine/input/repo-path.ts";
import { locateRepoFile, openRegularFile, readLocatedFile, rememberedRealPaths, type ReadResult } from "./files.ts";
import { gitBytes, gitStream, gitText } from "./git-command.ts";
import { FNV_OFFSET_BASIS, fnv1aBytes } from "../engine/input/fnv1a.ts";

/** The repository's files: the working tree, or the tree at another commit. */
export interface RepoFiles {
  read(path: string, maxBytes: number): Promise<ReadResult>;
  bytes(path: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | Extract<ReadResult, { ok: false }>>;
  /**
   * Streams a file as batches of at most BATCH_LINES lines, so a multi-gigabyte samples file
   * never sits in memory and each line string dies young.
   */
  lineBatches(path: string): AsyncIterable<string[]>;
  /** Repository-relative paths matching a glob, sorted; never inside node_modules or .git. */
  glob(pattern: string): Promise<string[]>;
  /**
   * The path a file is really at, through symbolic links inside the repository, so two names of
   * one file are known to be one (a candidate file linked to the baseline's). A path that does
   * not resolve inside the repository comes back as written, for the read to refuse.
   */
  canonical(path: string): Promise<string>;
  /**
   * A cheap fingerprint of the file's bytes (its size and first chunk, or git's object id): files
   * with the same content have the same fingerprint, so only those need `sameContent`. Null when
   * the file cannot be read (the read itself reports why).
   */
  fingerprint(path: string): Promise<string | null>;
  /**
   * Whether two files hold the same bytes, so a copy or a hard link of one side's file on the
   * other side is known (neither has a second real path). False when either cannot be read.
   */
  sameContent(a: string, b: string): Promise<boolean>;
  /** The sha256 of the file's bytes, hex, read as a stream; null when it cannot be read. */
  sha256(path: string): Promise<string | null>;
}

/** Read size for streamed files. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Most lines in one batch. Fewer line strings alive at a time means fewer survive each young
 * collection, and V8 then grows its heap less: on check with two 5M-line samples files (npm run
 * bench), whole 64 KiB chunks as batches peaked at 188-241 MB RSS, batches of 128 lines at
 * 147-167 MB (32 KiB chunks did about as well, with twice the reads).
 */
export const BATCH_LINES = 128;

/** Folders no glob looks into: installed packages, and git's own data (whatever its case). */
function ignored(path: string): boolean {
  return /(^|\/)node_modules(\/|$)/.test(path) || isInsideGitDir(path);
}

export function workingTreeFiles(root: string): RepoFiles {
  // Each eval file is located once and read once per run: its fingerprint and sha256 are taken
  // from the bytes as they are read, and asked of the file system only for a file not read whole
  // (2,000 eval files were each located five times and opened three times).
  const realPaths = rememberedRealPaths(root);
  const digests = new Map<string, ContentDigests>();
  const locate = (path: string) => locateRepoFile(root, path, realPaths);
  const opened = async (path: string) => {
    const located = await locate(path);
    if (!located.ok) throw new Error(located.message);
    const file = await openRegularFile(located.real, located.path);
    if (!file.ok) throw new Error(file.message);
    return { handle: file.handle, real: located.real };
  };
  /** What `fingerprint` and `sha256` would find, from the bytes read, or by reading. */
  const known = async (path: string): Promise<ContentDigests | undefined> => {
    const located = await locate(path);
    return located.ok ? digests.get(located.real) : undefined;
  };
  return {
    async read(path, maxBytes) {
      const located = await locate(path);
      return located.ok ? readLocatedFile(located, maxBytes) : located;
    },
    async bytes(path, maxBytes) {
      const located = await locate(path);
      if (!located.ok) return located;
      const read = await readLocatedFile(located, maxBytes, "buffer");
      if (read.ok) digests.set(located.real, await digestsOf(read.bytes));
      return read;
    },
    async *lineBatches(path) {
      const { handle, real } = await opened(path);
      try {
        const digesting = await startDigests();
        yield* splitLines(digesting.tap(chunksOf(handle)));
        // Only a file read to its end has a digest; a reader that stops early leaves none.
        digests.set(real, digesting.finish());
      } finally {
        await handle.close();
      }
    },
    async canonical(path) {
      const lexical = resolveRepoPath("", path);
      if (!lexical.ok) return path;
      try {
        const [real, realRoot] = await Promise.all([
          realPaths.of(join(root, ...lexical.path.split("/"))),
          realPaths.root(),
        ]);
        const inside = real.startsWith(realRoot + sep)
          ? real
              .slice(realRoot.length + 1)
              .split(sep)
              .join("/")
          : null;
        // A path that leads outside or into .git/ comes back as written, for the read to refuse.
        if (inside === null || isInsideGitDir(inside)) return lexical.path;
        // The canonical name is itself real: later questions about it need no realpath().
        realPaths.remember(join(root, ...inside.split("/")), real);
        return inside;
      } catch {
        return lexical.path;
      }
    },
    async fingerprint(path) {
      const read = await known(path);
      if (read !== undefined) return read.fingerprint;
      try {
        const { handle } = await opened(path);
        try {
          const { size } = await handle.stat();
          const first = await chunksOf(handle)[Symbol.asyncIterator]().next();
          return fingerprintOf(size, first.done ? Buffer.alloc(0) : first.value);
        } finally {
          await handle.close();
        }
      } catch {
        return null;
      }
    },
    async sha256(path) {
      const read = await known(path);
      if (read !== undefined) return read.sha256;
      try {
        const { handle } = await opened(path);
        try {
          return await digestOf(chunksOf(handle));
        } finally {
          await handle.close();
        }
      } catch {
        return null;
      }
    },
    // Compared chunk by chunk, stopping at the first difference: two runs of an eval tool differ
    // within their first bytes, so a gigabyte-sized pair costs one read each, not two full hashes.
    // Two files already read whole are compared by their sha256.
    async sameContent(a, b) {
      const [x, y] = [await known(a), await known(b)];
      if (x !== undefined && y !== undefined) return x.sha256 === y.sha256;
      try {
        const [first, second] = [(await opened(a)).handle, (await opened(b)).handle];
        try {
          const [x, y] = [chunksOf(first)[Symbol.asyncIterator](), chunksOf(second)[Symbol.asyncIterator]()];
          for (;;) {
            const [p, q] = [await x.next(), await y.next()];
            if (p.done || q.done) return p.done === q.done;
            if (!p.value.equals(q.value)) return false;
          }
        } finally {
          await Promise.all([first.close(), second.close()]);
        }
      } catch {
        return false;
      }
    },
    async glob(pattern) {
      const found: string[] = [];
      for await (const p of fsGlob(pattern, { cwd: root, exclude: (x) => ignored(String(x).split(sep).join("/")) }))
        found.push(String(p).split(sep).join("/"));
      return found.sort();
    },
  };
}

/** A file's fingerprint and sha256, taken from its bytes as they were read. */
interface ContentDigests {
  fingerprint: string;
  sha256: string;
}

/**
 * The fingerprint: the file's size and FNV-1a of its first chunk (CHUNK_BYTES). It only picks
 * which files to compare byte for byte, so it needs no cryptographic hash (and loading
 * node:crypto cost more than hashing the first chunk).
 */
function fingerprintOf(size: number, firstChunk: Uint8Array): string {
  return `${size}:${(fnv1aBytes(firstChunk) >>> 0).toString(16)}`;
}

async function digestsOf(bytes: Buffer): Promise<ContentDigests> {
  const { createHash } = await import("node:crypto");
  return {
    fingerprint: fingerprintOf(bytes.length, bytes.subarray(0, CHUNK_BYTES)),
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/**
 * Digests taken while a stream goes by: each chunk is hashed before the next read reuses its
 * buffer, so the file is read once for its lines and its digests.
 */
async function startDigests(): Promise<{
  tap(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer>;
  finish(): ContentDigests;
}> {
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  let size = 0;
  let first: number | undefined;
  return {
    async *tap(chunks) {
      for await (const chunk of chunks) {
        first ??= fnv1aBytes(chunk) >>> 0;
        size += chunk.length;
        hash.update(chunk);
        yield chunk;
      }
    },
    finish: () => ({
      fingerprint: `${size}:${(first ?? FNV_OFFSET_BASIS).toString(16)}`,
      sha256: hash.digest("hex"),
    }),
  };
}

/** Files as they were at `commit`, through the runner's own git: data only, nothing is run. */
export function gitRevisionFiles(root: string, commit: string): RepoFiles {
  let treeOnce: Promise<string[]> | undefined;
  const object = (path: string) => {
    const lexical = resolveRepoPath("", path);
    if (!lexical.ok) throw new Error(`path "${path}" ${lexical.reason}`);
    return { object: `${commit}:${lexical.path}`, path: lexical.path };
  };
  const lookUpObjectId = async (path: string): Promise<string | null> => {
    try {
      return (await gitText(["-C", root, "rev-parse", "--verify", "--quiet", object(path).object])).trim() || null;
    } catch {
      return null;
    }
  };
  // Asked of git once per path: the copy check asks for each file's id, then again for each pair.
  const objectIds = new Map<string, Promise<string | null>>();
  const objectId = (path: string): Promise<string | null> => {
    let id = objectIds.get(path);
    if (id === undefined) objectIds.set(path, (id = lookUpObjectId(path)));
    return id;
  };
  // The sha256 of each file read whole or to its end, from the bytes git gave: no second `git show`.
  const digests = new Map<string, string>();
  const show = async (
    path: string,
    maxBytes: number,
  ): Promise<{ ok: true; bytes: Buffer } | Extract<ReadResult, { ok: false }>> => {
    let target: { object: string; path: string };
    try {
      target = object(path);
    } catch (error) {
      return { ok: false, kind: "path-escape", message: (error as Error).message };
    }
    try {
      const size = await gitText(["-C", root, "cat-file", "-s", target.object]);
      if (Number(size.trim()) > maxBytes)
        return {
          ok: false,
          kind: "file-too-large",
          message: `${target.path} at ${commit.slice(0, 7)} is ${size.trim()} bytes; the limit is ${maxBytes}`,
        };
      const bytes = await gitBytes(["-C", root, "show", target.object], maxBytes + 1024);
      digests.set(target.path, (await digestsOf(bytes)).sha256);
      return { ok: true, bytes };
    } catch {
      return {
        ok: false,
        kind: "file-missing",
        message: `${target.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)`,
      };
    }
  };
  return {
    async read(path, maxBytes) {
      const result = await show(path, maxBytes);
      return result.ok ? { ok: true, text: result.bytes.toString("utf8") } : result;
    },
    bytes: show,
    async *lineBatches(path) {
      const target = object(path);
      const digesting = await startDigests();
      yield* splitLines(digesting.tap(await gitStream(["-C", root, "show", target.object])));
      digests.set(target.path, digesting.finish().sha256);
    },
    // A commit stores a symbolic link as its target's name, which no eval reader accepts.
    canonical: async (path) => {
      const lexical = resolveRepoPath("", path);
      return lexical.ok ? lexical.path : path;
    },
    // Git's own object ids are digests of the whole content.
    fingerprint: objectId,
    async sha256(path) {
      const lexical = resolveRepoPath("", path);
      const read = lexical.ok ? digests.get(lexical.path) : undefined;
      if (read !== undefined) return read;
      if ((await objectId(path)) === null) return null;
      try {
        return await digestOf(await gitStream(["-C", root, "show", object(path).object]));
      } catch {
        return null;
      }
    },
    async sameContent(a, b) {
      const [x, y] = [await objectId(a), await objectId(b)];
      return x !== null && x === y;
    },
    async glob(pattern) {
      // A commit's tree never changes: it is listed once, however many patterns are matched against it.
      treeOnce ??= gitText(["-C", root, "ls-tree", "-r", "--name-only", commit], 64 * 1024 * 1024).then((stdout) =>
        stdout.split("\n").filter((p) => p !== "" && !ignored(p)),
      );
      return (await treeOnce).filter((p) => matchesGlob(p, pattern)).sort();
    },
  };
}

/** sha256 of a byte stream, hex. node:crypto is loaded on the first digest: most runs take none. */
async function digestOf(chunks: AsyncIterable<Buffer>): Promise<string> {
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  for await (const chunk of chunks) hash.update(chunk);
  return hash.digest("hex");
}

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;

/**
 * No JSONL record tunegate reads comes near this; a longer line is a corrupt or hostile file,
 * and holding it whole is what would exhaust memory.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export class LineTooLongError extends Error {
  override name = "LineTooLongError";
  readonly line: number;
  constructor(line: number) {
    super(`this line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most tunegate reads as one JSONL record`);
    this.line = line;
  }
}

/**
 * The file's bytes, CHUNK_BYTES at a time, read into one buffer that is reused: a stream's fresh
 * buffer per chunk is external memory that lives until a garbage collection, and on 2 x 5M lines
 * those buffers held tens of megabytes at the peak. splitLines copies what it keeps.
 */
async function* chunksOf(handle: FileHandle): AsyncIterable<Buffer> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * Splits a byte stream into lines, in batches of at most BATCH_LINES. Unlike readline's
 * one-promise-per-line iterator, nothing keeps a line alive past its batch. A line spread over many chunks is kept as
 * its pieces and joined once, so reading stays linear in the line's length (joining the carried
 * part to each new chunk made a 32 MB line take minutes), and it is refused past maxLineBytes.
 */
export async function* splitLines(
  stream: AsyncIterable<Buffer | string>,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncIterable<string[]> {
  let pieces: Buffer[] = [];
  let pending = 0;
  let lineNumber = 1;
  const finish = (last: Buffer, end: number): string => {
    const whole = pieces.length === 0 ? last.subarray(0, end) : Buffer.concat([...pieces, last.subarray(0, end)]);
    pieces = [];
    pending = 0;
    const length = whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
    return whole.toString("utf8", 0, length);
  };
  for await (const raw of stream) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    const batch: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      if (pending + end - start > maxLineBytes) throw new LineTooLongError(lineNumber);
      batch.push(finish(chunk.subarray(start), end - start));
      lineNumber++;
      start = end + 1;
      if (batch.length === BATCH_LINES) yield batch.splice(0);
    }
    if (start < chunk.length) {
      pending += chunk.length - start;
      if (pending > maxLineBytes) throw new LineTooLongError(lineNumber);
      // Copied: the stream may reuse the chunk's memory.
      pieces.push(Buffer.from(chunk.subarray(start)));
    }
    if (batch.length > 0) yield batch;
  }
  if (pending > 0) yield [finish(Buffer.alloc(0), 0)];
}
