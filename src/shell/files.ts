import { constants, existsSync, type Stats } from "node:fs";
import { open, realpath, stat, type FileHandle } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic, DiagnosticKind, SourceLocation } from "../engine/input/diagnostic.ts";
import { isInsideGitDir, resolveRepoPath } from "../engine/input/repo-path.ts";

/** Plans, policies and price tables are hand-written; anything larger is a mistake or an attack. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Eval files read whole (JSON, .eval zips); JSONL sample files are streamed and have no limit. */
export const MAX_EVAL_BYTES = 64 * 1024 * 1024;
/**
 * An Inspect .eval member decompressed: 65 KB inflated to 64 MiB of `{}`. Real headers are under
 * a megabyte and reductions about 80 bytes a sample, so a member gets 48 MiB (600,000 samples)
 * and the members one archive's reading inflates, together, the 64 MiB a plain eval file may have.
 */
export const MAX_INFLATED_MEMBER_BYTES = 48 * 1024 * 1024;
export const MAX_INFLATED_ARCHIVE_BYTES = MAX_EVAL_BYTES;

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; kind: DiagnosticKind; message: string; hint?: string };
type BytesResult = { ok: true; bytes: Buffer } | Extract<ReadResult, { ok: false }>;

/**
 * Reads a file named by a repository-relative path, refusing paths that leave the repository
 * (lexically or through symlinks) and files above the size limit.
 */
export async function readRepoFile(root: string, repoRelative: string, maxBytes: number): Promise<ReadResult>;
export async function readRepoFile(
  root: string,
  repoRelative: string,
  maxBytes: number,
  as: "buffer",
): Promise<BytesResult>;
export async function readRepoFile(
  root: string,
  repoRelative: string,
  maxBytes: number,
  as: "text" | "buffer" = "text",
): Promise<ReadResult | BytesResult> {
  const located = await locateRepoFile(root, repoRelative);
  if (!located.ok) return located;
  return readLimited(located.real, located.path, maxBytes, as);
}

/**
 * Where paths really are on disk. One run asks about the same eval file several times (is it
 * another file's link, read it, fingerprint it, digest it), so the working tree's reader keeps
 * the answers; a lone read asks the file system each time.
 */
export interface RealPaths {
  /** The repository root's real path. */
  root(): Promise<string>;
  /** realpath() of an absolute path: rejects as realpath does. */
  of(absolute: string): Promise<string>;
}

/** Real paths asked of the file system every time. */
export function uncachedRealPaths(root: string): RealPaths {
  return { root: () => realpath(root), of: (absolute) => realpath(absolute) };
}

/** Real paths asked once per path for the reader's lifetime (one run); a failure is kept too. */
export function rememberedRealPaths(root: string): RealPaths & { remember(absolute: string, real: string): void } {
  let realRoot: Promise<string> | undefined;
  const known = new Map<string, Promise<string>>();
  return {
    root: () => (realRoot ??= realpath(root)),
    of(absolute) {
      let real = known.get(absolute);
      if (real === undefined) known.set(absolute, (real = realpath(absolute)));
      return real;
    },
    remember(absolute, real) {
      if (!known.has(absolute)) known.set(absolute, Promise.resolve(real));
    },
  };
}

/**
 * Where a repository-relative path really is on disk, through every symbolic link, or why it may
 * not be read: it leaves the repository, or it is (or leads through a link into) a `.git` folder.
 */
export async function locateRepoFile(
  root: string,
  repoRelative: string,
  paths: RealPaths = uncachedRealPaths(root),
): Promise<{ ok: true; real: string; path: string } | Extract<ReadResult, { ok: false }>> {
  const lexical = resolveRepoPath("", repoRelative);
  if (!lexical.ok) return { ok: false, kind: "path-escape", message: `path "${repoRelative}" ${lexical.reason}` };
  const absolute = join(root, ...lexical.path.split("/"));
  let real: string;
  try {
    real = await paths.of(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return { ok: false, kind: "file-missing", message: `file not found: ${lexical.path}` };
    return { ok: false, kind: "file-missing", message: `cannot read ${lexical.path}: ${code ?? String(error)}` };
  }
  const realRoot = await paths.root();
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    return {
      ok: false,
      kind: "path-escape",
      message: `path "${repoRelative}" leads outside the repository through a symbolic link`,
    };
  }
  if (
    isInsideGitDir(
      real
        .slice(realRoot.length + 1)
        .split(sep)
        .join("/"),
    )
  ) {
    return {
      ok: false,
      kind: "path-escape",
      message: `path "${repoRelative}" leads through a symbolic link into .git/, which tunegate never reads (it holds git's own data and the job's credentials)`,
    };
  }
  return { ok: true, real, path: lexical.path };
}

/** Reads a file of tunegate's own package (the shipped policy and prices). */
export async function readPackageFile(packageRelative: string): Promise<ReadResult> {
  return readLimited(join(packageRoot(), packageRelative), packageRelative, MAX_CONFIG_BYTES) as Promise<ReadResult>;
}

async function readLimited(
  path: string,
  shown: string,
  maxBytes: number,
  as: "text" | "buffer" = "text",
): Promise<ReadResult | BytesResult> {
  const opened = await openRegularFile(path, shown);
  if (!opened.ok) return opened;
  const handle = opened.handle;
  try {
    if (opened.size > maxBytes) {
      return {
        ok: false,
        kind: "file-too-large",
        message: `${shown} is ${opened.size} bytes; the limit is ${maxBytes}`,
        hint: "tunegate reads small hand-written files; check that the path names the right file",
      };
    }
    const bytes = await handle.readFile();
    return as === "buffer" ? { ok: true, bytes } : { ok: true, text: bytes.toString("utf8") };
  } finally {
    await handle.close();
  }
}

/** Reads a file already located in the repository (see locateRepoFile), with the size limit. */
export function readLocatedFile(
  located: { real: string; path: string },
  maxBytes: number,
  as: "buffer",
): Promise<BytesResult>;
export function readLocatedFile(located: { real: string; path: string }, maxBytes: number): Promise<ReadResult>;
export function readLocatedFile(
  located: { real: string; path: string },
  maxBytes: number,
  as: "text" | "buffer" = "text",
): Promise<ReadResult | BytesResult> {
  return readLimited(located.real, located.path, maxBytes, as);
}

/** Reads a file outside the repository (a price feed saved to disk), with the same checks. */
export async function readLocalFile(path: string, shown: string, maxBytes: number): Promise<ReadResult> {
  return readLimited(path, shown, maxBytes) as Promise<ReadResult>;
}

/**
 * Opens a regular file, refusing anything else before it is opened: open() on a FIFO blocks
 * until a writer appears (tunegate hung for ever on one), and a device or socket never ends.
 * O_NONBLOCK is the belt to that check's braces, for a file swapped in between.
 */
export async function openRegularFile(
  path: string,
  shown: string,
): Promise<{ ok: true; handle: FileHandle; size: number } | Extract<ReadResult, { ok: false }>> {
  const failure = (error: unknown): Extract<ReadResult, { ok: false }> => {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      kind: "file-missing",
      message:
        code === "ENOENT" || code === "ENOTDIR"
          ? `file not found: ${shown}`
          : `cannot read ${shown}: ${code ?? String(error)}`,
    };
  };
  try {
    const before = await stat(path);
    if (!before.isFile()) return notRegular(shown, before);
  } catch (error) {
    return failure(error);
  }
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failure(error);
  }
  const after = await handle.stat();
  if (!after.isFile()) {
    await handle.close();
    return notRegular(shown, after);
  }
  // The size the opened file has, so a reader need not ask again.
  return { ok: true, handle, size: after.size };
}

function notRegular(shown: string, stats: Stats): Extract<ReadResult, { ok: false }> {
  const what = stats.isFIFO()
    ? "a FIFO (named pipe)"
    : stats.isCharacterDevice()
      ? "a character device"
      : stats.isBlockDevice()
        ? "a block device"
        : stats.isSocket()
          ? "a socket"
          : stats.isDirectory()
            ? "a directory"
            : "not a regular file";
  return {
    ok: false,
    kind: "file-missing",
    message: `${shown} is ${what}; tunegate reads only regular files`,
    hint: "point the path at the file itself",
  };
}

/** A read failure as a diagnostic, placed where the path was written (or at the file itself). */
export function readFailure(
  result: Extract<ReadResult, { ok: false }>,
  location: SourceLocation,
  field: string,
): Diagnostic {
  return {
    kind: result.kind,
    message: result.message,
    location,
    field,
    ...(result.hint === undefined ? {} : { hint: result.hint }),
  };
}

let cachedPackageRoot: string | undefined;

/** tunegate's own folder: the first ancestor of this module holding policies/default.yml. */
export function packageRoot(): string {
  if (cachedPackageRoot !== undefined) return cachedPackageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "policies", "default.yml"))) return (cachedPackageRoot = dir);
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        "tunegate's policies/default.yml was not found next to the program; the installation is incomplete",
      );
    dir = parent;
  }
}

/** A path as users see it: relative to the repository root, with forward slashes. */
export function displayPath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return rel.split(sep).join("/");
}
