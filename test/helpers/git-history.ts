import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inject, onTestFinished } from "vitest";

/**
 * The day the two commits are made, before the day the tests judge as of (2026-11-24): the Action
 * refuses an evaluation date earlier than the commit it judges.
 */
const COMMITTED = `${Date.parse("2026-11-20T12:00:00Z") / 1000} +0000`;

/** Histories already made, by their files: the same files give the same commits (fixed dates). */
const made = new Map<string, { root: string; baseSha: string; headSha: string }>();

/**
 * A real git repository as a pull request's checkout has it: a base commit, a head commit on
 * top of it (head's files over base's; null deletes one), HEAD at the head commit and the head's
 * files in the working tree. Git writes the commits itself, from one `git fast-import` stream
 * after `git init` (two processes, where add and commit by hand took seven), and each distinct
 * history is made once and copied. The index stays empty: nothing judged reads it (files at a
 * revision come from cat-file, show, ls-tree). Removed when the test that asked for it ends.
 */
export function gitHistory(
  base: Record<string, string>,
  head: Record<string, string | null>,
): { root: string; baseSha: string; headSha: string } {
  const key = JSON.stringify([base, head]);
  let template = made.get(key);
  if (template === undefined) {
    template = makeHistory(base, head);
    made.set(key, template);
  }
  const root = mkdtempSync(join(tmpdir(), "tunegate-history-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(template.root, root, { recursive: true, verbatimSymlinks: true });
  return { ...template, root };
}

function makeHistory(
  base: Record<string, string>,
  head: Record<string, string | null>,
): { root: string; baseSha: string; headSha: string } {
  const root = mkdtempSync(join(inject("suiteScratch"), "history-template-"));
  execFileSync("git", ["init", "-q", "-b", "main", root]);
  const headFiles: Record<string, string> = { ...base };
  for (const [path, text] of Object.entries(head)) {
    if (text === null) delete headFiles[path];
    else headFiles[path] = text;
  }
  const commit = (mark: number, message: string, files: Record<string, string>, parent?: number) => {
    const lines = [
      `commit refs/heads/main`,
      `mark :${mark}`,
      `author t <t@example.invalid> ${COMMITTED}`,
      `committer t <t@example.invalid> ${COMMITTED}`,
      `data ${Buffer.byteLength(message)}`,
      message,
    ];
    if (parent !== undefined) lines.push(`from :${parent}`);
    lines.push("deleteall");
    const chunks = [Buffer.from(`${lines.join("\n")}\n`)];
    for (const [path, text] of Object.entries(files)) {
      const bytes = Buffer.from(text);
      chunks.push(Buffer.from(`M 100644 inline ${path}\ndata ${bytes.length}\n`), bytes, Buffer.from("\n"));
    }
    chunks.push(Buffer.from("\n"));
    return Buffer.concat(chunks);
  };
  const marks = join(root, ".git", "tunegate-marks");
  execFileSync("git", ["-C", root, "fast-import", "--quiet", `--export-marks=${marks}`], {
    input: Buffer.concat([commit(1, "base", base), commit(2, "head", headFiles, 1)]),
  });
  const shas = new Map(
    readFileSync(marks, "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(" ") as [string, string]),
  );
  rmSync(marks);
  for (const [path, text] of Object.entries(headFiles)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, baseSha: shas.get(":1")!, headSha: shas.get(":2")! };
}
