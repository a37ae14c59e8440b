import { glob } from "node:fs/promises";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { resolveRepoPath } from "../engine/input/repo-path.ts";
import type { RepoFiles } from "./repo-files.ts";

const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * Expands the `plan` input: paths or globs, separated by newlines or commas, relative to the
 * repository root. Globs never descend into node_modules or .git.
 */
export async function expandPlanPaths(
  root: string,
  input: string,
  origin = "--plan",
): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const entries = planEntries(input);
  const found = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const where = { file: origin, line: 1, column: 1 };
  for (const entry of entries) {
    const lexical = resolveRepoPath("", entry.replace(/^\.\//, ""));
    if (!lexical.ok) {
      diagnostics.push({
        kind: "path-escape",
        message: `plan "${entry}" ${lexical.reason}`,
        location: where,
        field: "plan",
      });
      continue;
    }
    if (!GLOB_CHARACTERS.test(entry)) {
      found.add(lexical.path);
      continue;
    }
    let matched = 0;
    for await (const path of glob(lexical.path, {
      cwd: root,
      exclude: (p) => /(^|\/)(node_modules|\.git)(\/|$)/.test(String(p)),
    })) {
      found.add(String(path).split("\\").join("/"));
      matched++;
    }
    if (matched === 0)
      diagnostics.push({
        kind: "file-missing",
        message: `no plan file matches "${entry}"`,
        location: where,
        field: "plan",
      });
  }
  return { paths: [...found].sort(), diagnostics };
}

/** The `plan` input's entries: paths or globs, separated by newlines or commas. */
export function planEntries(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Plans the input's globs match in `files` (another commit's tree) that are not in `current`:
 * at a pull request's base, the plans the pull request deleted or moved out of reach.
 */
export async function plansGoneSince(
  files: Pick<RepoFiles, "glob">,
  input: string,
  current: readonly string[],
): Promise<string[]> {
  const now = new Set(current);
  const gone = new Set<string>();
  for (const entry of planEntries(input)) {
    if (!GLOB_CHARACTERS.test(entry)) continue; // a named plan that is gone is already a "file not found"
    const lexical = resolveRepoPath("", entry.replace(/^\.\//, ""));
    if (!lexical.ok) continue;
    for (const path of await files.glob(lexical.path)) if (!now.has(path)) gone.add(path);
  }
  return [...gone].sort();
}
