/**
 * Resolves a path written in a plan (relative to the plan's folder) to a repository-relative
 * POSIX path, or explains why it may not be used. Lexical only: the shell also checks symlinks.
 */
export function resolveRepoPath(
  planFile: string,
  written: string,
): { ok: true; path: string } | { ok: false; reason: string } {
  if (written.includes("\0")) return { ok: false, reason: "contains a NUL byte" };
  const normalised = written.replaceAll("\\", "/");
  if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
    return { ok: false, reason: "is absolute; write it relative to the plan file" };
  }
  const planDir = planFile.replaceAll("\\", "/").split("/").slice(0, -1);
  const segments = [...planDir];
  for (const part of normalised.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (segments.length === 0) return { ok: false, reason: "escapes the repository" };
      segments.pop();
    } else segments.push(part);
  }
  if (segments.length === 0) return { ok: false, reason: "names the repository root, not a file" };
  if (segments.some(isGitDirName)) return { ok: false, reason: INSIDE_GIT_DIR };
  return { ok: true, path: segments.join("/") };
}

/**
 * Why nothing under `.git/` is read, whatever names it: actions/checkout leaves the job's token in
 * `.git/config`, hooks and packed refs are no data of the user's, and an error quoting such a file
 * would post a credential to the pull request.
 */
export const INSIDE_GIT_DIR =
  "is inside .git/, which tunegate never reads or writes (it holds git's own data and the job's credentials)";

/**
 * A `.git` path segment, as any file system the runner may use would resolve it: case-insensitive
 * (macOS, Windows) and with the trailing dots and spaces Windows drops (`.git.`, `.GIT `).
 */
export function isGitDirName(segment: string): boolean {
  return segment.replace(/[. ]+$/, "").toLowerCase() === ".git";
}

/** Whether a repository-relative POSIX path lies inside a `.git` folder (or is one). */
export function isInsideGitDir(repoRelative: string): boolean {
  return repoRelative.split("/").some(isGitDirName);
}
