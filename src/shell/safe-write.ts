import { constants } from "node:fs";
import { link, lstat, mkdir, open, realpath, rename, unlink, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic, DiagnosticKind } from "../engine/input/diagnostic.ts";
import { resolveRepoPath } from "../engine/input/repo-path.ts";

/** `replace`: an existing file is replaced whole; `create`: the file must not exist yet. */
export type WriteMode = "replace" | "create";

export type WriteOutcome = { ok: true; path: string } | { ok: false; diagnostics: Diagnostic[] };

type Checked =
  | { ok: true; path: string; realRoot: string; folders: string[]; name: string; exists: boolean; mode: number }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Whether tunegate may write `repoRelative`: inside the repository, through no symbolic link
 * (folder or file), onto nothing but a regular file, and for `create` onto nothing at all.
 * Nothing is created; missing folders are fine.
 */
export async function checkWritable(root: string, repoRelative: string, mode: WriteMode): Promise<Checked> {
  try {
    return await inspect(root, repoRelative, mode);
  } catch (error) {
    return refuse(
      repoRelative,
      "invalid-value",
      `cannot write ${repoRelative}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

async function inspect(root: string, repoRelative: string, mode: WriteMode): Promise<Checked> {
  const lexical = resolveRepoPath("", repoRelative);
  if (!lexical.ok)
    return refuse(repoRelative, "path-escape", `cannot write "${repoRelative}": the path ${lexical.reason}`);
  const path = lexical.path;
  const realRoot = await realpath(root);
  const segments = path.split("/");
  const folders = segments.slice(0, -1);
  const name = segments.at(-1)!;
  let dir = realRoot;
  for (const [index, folder] of folders.entries()) {
    dir = join(dir, folder);
    const shown = folders.slice(0, index + 1).join("/");
    const stats = await lstatOrMissing(dir);
    if (stats === "missing") break;
    if (stats.isSymbolicLink())
      return refuse(
        path,
        "path-escape",
        `cannot write ${path}: the folder ${shown} is a symbolic link, and tunegate never writes through one`,
        "replace the link with a real folder, or name a path without links",
      );
    if (!stats.isDirectory()) return refuse(path, "invalid-value", `cannot write ${path}: ${shown} is not a folder`);
  }
  const target = await lstatOrMissing(join(realRoot, ...segments));
  if (target === "missing") return { ok: true, path, realRoot, folders, name, exists: false, mode: 0o644 };
  if (target.isSymbolicLink())
    return refuse(
      path,
      "path-escape",
      `cannot write ${path}: it is a symbolic link, and tunegate never writes through one`,
      "remove the link, or name the file it points to if that is inside the repository",
    );
  if (target.isDirectory())
    return refuse(
      path,
      "invalid-value",
      `cannot write ${path}: it is a directory`,
      "name a file, e.g. .tunegate/pricing.yml",
    );
  if (!target.isFile()) return refuse(path, "invalid-value", `cannot write ${path}: it is not a regular file`);
  if (mode === "create")
    return refuse(
      path,
      "invalid-value",
      `${path} already exists; tunegate never overwrites it`,
      "move it aside, or see what would be written with --print",
    );
  return { ok: true, path, realRoot, folders, name, exists: true, mode: target.mode & 0o777 };
}

/**
 * Writes a repository file without following any symbolic link: missing folders are created one
 * by one and checked, the text goes to a temporary file created exclusively under a random name
 * beside the target (so no existing file, such as a user's own `x.tmp`, is touched), then the
 * temporary file is renamed over the target (`replace`) or linked to it only if it is still
 * absent (`create`). Every refusal is a diagnostic located at the target.
 */
export async function writeRepoFile(
  root: string,
  repoRelative: string,
  text: string,
  mode: WriteMode,
): Promise<WriteOutcome> {
  const checked = await checkWritable(root, repoRelative, mode);
  if (!checked.ok) return checked;
  const { path, realRoot, folders, name } = checked;
  let dir = realRoot;
  for (const [index, folder] of folders.entries()) {
    dir = join(dir, folder);
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        return refuse(
          path,
          "invalid-value",
          `cannot create the folder ${folders.slice(0, index + 1).join("/")}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
    }
    // Re-checked after creating: a link put there meanwhile is refused, never followed.
    const stats = await lstat(dir);
    if (stats.isSymbolicLink() || !stats.isDirectory())
      return refuse(
        path,
        "path-escape",
        `cannot write ${path}: the folder ${folders.slice(0, index + 1).join("/")} is not a real folder`,
      );
  }
  const target = join(dir, name);
  // node:crypto is loaded here, not at start-up: only the commands that write need it.
  const { randomBytes } = await import("node:crypto");
  const temporary = join(dir, `.${name}.${randomBytes(8).toString("hex")}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(
      temporary,
      constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW,
      checked.mode,
    );
  } catch (error) {
    return refuse(
      path,
      "invalid-value",
      `cannot write beside ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let renamed = false;
  try {
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode === "replace") {
      await rename(temporary, target);
      renamed = true;
    } else await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return refuse(path, "invalid-value", `${path} already exists; tunegate never overwrites it`);
    return refuse(path, "invalid-value", `cannot write ${path}: ${code ?? String(error)}`);
  } finally {
    await handle?.close();
    // The temporary file is gone after a rename; after a link (or any failure) it is removed.
    if (!renamed) await unlink(temporary).catch(() => undefined);
  }
  return { ok: true, path };
}

async function lstatOrMissing(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "missing" as const;
    throw error;
  }
}

function refuse(
  file: string,
  kind: DiagnosticKind,
  message: string,
  hint?: string,
): { ok: false; diagnostics: Diagnostic[] } {
  return {
    ok: false,
    diagnostics: [
      { kind, message, location: { file, line: 1, column: 1 }, field: "", ...(hint === undefined ? {} : { hint }) },
    ],
  };
}
