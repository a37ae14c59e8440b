import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { planEntries } from "./plan-paths.ts";

/** Where the CLI stands in a repository: the git work tree's root, and the folder it was run in. */
export interface WorkTree {
  /** The work tree's root (the folder holding `.git`), or the folder run in when there is none. */
  root: string;
  /** The folder run in, relative to `root` with `/` separators; "" at the root. */
  here: string;
}

/**
 * The repository is the git work tree: the nearest folder at or above `cwd` holding `.git` (a
 * folder, or a file in a linked work tree or submodule). Outside git, the folder run in. GitHub
 * reads workflows at this root only, and the Action resolves every path against it.
 */
export function findWorkTree(cwd: string): WorkTree {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return { root: dir, here: relative(dir, start).split(sep).join("/") };
    if (dirname(dir) === dir) return { root: start, here: "" };
  }
}

/** A path the user typed, relative to the folder run in, as a path relative to the root. */
export function fromHere(tree: WorkTree, path: string): string {
  if (tree.here === "" || path.startsWith("/")) return path;
  const joined = `${tree.here}/${path.replace(/^\.\//, "")}`;
  // `..` segments are resolved lexically; the repository checks still refuse what leaves the root.
  const parts: string[] = [];
  for (const part of joined.split("/")) {
    if (part === "..") {
      if (parts.length === 0 || parts.at(-1) === "..") parts.push("..");
      else parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** A plan input (paths or globs, separated by newlines or commas) typed here, as entries from the root. */
export function plansFromHere(tree: WorkTree, input: string): string {
  return planEntries(input)
    .map((entry) => fromHere(tree, entry))
    .join("\n");
}
