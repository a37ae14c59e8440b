/**
 * Resolves a path written in a plan (relative to the plan's folder) to a repository-relative
 * POSIX path, or explains why it may not be used. Lexical only: the shell also checks symlinks.
 */
export function resolveRepoPath(planFile: string, written: string): { ok: true; path: string } | { ok: false; reason: string } {
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
  return { ok: true, path: segments.join("/") };
}
