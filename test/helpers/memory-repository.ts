import { createHash } from "node:crypto";
import { matchesGlob } from "node:path";
import { isInsideGitDir, resolveRepoPath } from "../../src/engine/input/repo-path.ts";
import { splitLines, type RepoFiles } from "../../src/shell/repo-files.ts";
import type { RepositoryReader } from "../../src/shell/repository.ts";

/**
 * A repository's history in memory, for the Action's repository port (src/shell/repository.ts):
 * commits by id, each a map of path to text, and the commit checked out. It answers as the
 * runner's git reader does (git-repository.ts): the same refusals and messages for a path that
 * leaves the repository, a file too large or missing at the commit, the same glob over the
 * commit's tree (never node_modules or .git), git's object id as the fingerprint.
 */
export interface MemoryHistory {
  commits: Record<string, Record<string, string>>;
  /** The commit the working tree has checked out; undefined: not a clone git can read. */
  checkedOut: string | undefined;
  /** The day (YYYY-MM-DD) every commit was made. */
  commitDay: string;
}

/** A commit id as git prints one: 40 hex digits, here the sha1 of the commit's files and its parent. */
export function commitIdOf(files: Record<string, string | null>, parent = ""): string {
  return createHash("sha1")
    .update(JSON.stringify([parent, Object.entries(files).sort(([a], [b]) => a.localeCompare(b))]))
    .digest("hex");
}

/** Git's blob id of a text: the fingerprint git's reader gives. */
function blobId(text: string): string {
  const bytes = Buffer.from(text);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

export function memoryRepository(history: MemoryHistory): RepositoryReader {
  return {
    checkedOutCommit: async () => history.checkedOut,
    checkedOutCommitDay: async () => (history.checkedOut === undefined ? undefined : history.commitDay),
    hasCommit: async (commit) => commit in history.commits,
    filesAt: (commit) => memoryRevisionFiles(history.commits[commit], commit),
  };
}

function memoryRevisionFiles(tree: Record<string, string> | undefined, commit: string): RepoFiles {
  const lookup = (path: string): { path: string; text: string | undefined } => {
    const lexical = resolveRepoPath("", path);
    if (!lexical.ok) throw new Error(`path "${path}" ${lexical.reason}`);
    return { path: lexical.path, text: tree?.[lexical.path] };
  };
  const show = async (
    path: string,
    maxBytes: number,
  ): Promise<
    | { ok: true; bytes: Buffer }
    | { ok: false; kind: "path-escape" | "file-too-large" | "file-missing"; message: string }
  > => {
    let target: { path: string; text: string | undefined };
    try {
      target = lookup(path);
    } catch (error) {
      return { ok: false, kind: "path-escape", message: (error as Error).message };
    }
    if (target.text === undefined)
      return {
        ok: false,
        kind: "file-missing",
        message: `${target.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)`,
      };
    const bytes = Buffer.from(target.text);
    if (bytes.length > maxBytes)
      return {
        ok: false,
        kind: "file-too-large",
        message: `${target.path} at ${commit.slice(0, 7)} is ${bytes.length} bytes; the limit is ${maxBytes}`,
      };
    return { ok: true, bytes };
  };
  const objectId = async (path: string): Promise<string | null> => {
    try {
      const text = lookup(path).text;
      return text === undefined ? null : blobId(text);
    } catch {
      return null;
    }
  };
  return {
    async read(path, maxBytes) {
      const result = await show(path, maxBytes);
      return result.ok ? { ok: true, text: result.bytes.toString("utf8") } : result;
    },
    bytes: show,
    async *lineBatches(path) {
      // git show of a missing object prints nothing: no lines.
      const text = lookup(path).text;
      yield* splitLines(
        (async function* () {
          if (text !== undefined) yield Buffer.from(text);
        })(),
      );
    },
    canonical: async (path) => {
      const lexical = resolveRepoPath("", path);
      return lexical.ok ? lexical.path : path;
    },
    fingerprint: objectId,
    async sha256(path) {
      const text = (await objectId(path)) === null ? undefined : lookup(path).text;
      return text === undefined ? null : createHash("sha256").update(text).digest("hex");
    },
    async sameContent(a, b) {
      const [x, y] = [await objectId(a), await objectId(b)];
      return x !== null && x === y;
    },
    async glob(pattern) {
      return Object.keys(tree ?? {})
        .filter((p) => !/(^|\/)node_modules(\/|$)/.test(p) && !isInsideGitDir(p) && matchesGlob(p, pattern))
        .sort();
    },
  };
}
