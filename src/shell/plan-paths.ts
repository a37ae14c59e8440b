import { glob } from "node:fs/promises";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { resolveRepoPath } from "../engine/input/repo-path.ts";

const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * Expands the `plan` input: paths or globs, separated by newlines or commas, relative to the
 * repository root. Globs never descend into node_modules or .git.
 */
export async function expandPlanPaths(root: string, input: string, origin = "--plan"): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const entries = input.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
  const found = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const where = { file: origin, line: 1, column: 1 };
  for (const entry of entries) {
    const lexical = resolveRepoPath("", entry.replace(/^\.\//, ""));
    if (!lexical.ok) {
      diagnostics.push({ kind: "path-escape", message: `plan "${entry}" ${lexical.reason}`, location: where, field: "plan" });
      continue;
    }
    if (!GLOB_CHARACTERS.test(entry)) {
      found.add(lexical.path);
      continue;
    }
    let matched = 0;
    for await (const path of glob(lexical.path, { cwd: root, exclude: (p) => /(^|\/)(node_modules|\.git)(\/|$)/.test(String(p)) })) {
      found.add(String(path).split("\\").join("/"));
      matched++;
    }
    if (matched === 0) diagnostics.push({ kind: "file-missing", message: `no plan file matches "${entry}"`, location: where, field: "plan" });
  }
  return { paths: [...found].sort(), diagnostics };
}
