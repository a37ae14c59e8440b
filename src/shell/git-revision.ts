import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { resolveRepoPath } from "../engine/input/repo-path.ts";
import type { RepoReader } from "./check.ts";

const run = promisify(execFile);

/**
 * Reads files as they were at another commit, through the runner's own git: data only, no code
 * from the pull request is run. Fails (as "file-missing") when the commit is not in the clone.
 */
export function gitRevision(root: string, commit: string): RepoReader {
  return async (path, maxBytes) => {
    const lexical = resolveRepoPath("", path);
    if (!lexical.ok) return { ok: false, kind: "path-escape", message: `path "${path}" ${lexical.reason}` };
    const object = `${commit}:${lexical.path}`;
    try {
      const { stdout: size } = await run("git", ["-C", root, "cat-file", "-s", object]);
      if (Number(size.trim()) > maxBytes) return { ok: false, kind: "file-too-large", message: `${lexical.path} at ${commit.slice(0, 7)} is ${size.trim()} bytes; the limit is ${maxBytes}` };
      const { stdout } = await run("git", ["-C", root, "show", object], { maxBuffer: maxBytes + 1024 });
      return { ok: true, text: stdout };
    } catch {
      return { ok: false, kind: "file-missing", message: `${lexical.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)` };
    }
  };
}

/** Whether the clone has the commit at all (a shallow checkout often does not). */
export async function hasCommit(root: string, commit: string): Promise<boolean> {
  try {
    await run("git", ["-C", root, "cat-file", "-e", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
