import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { onTestFinished } from "vitest";

/**
 * A throwaway repository folder holding the given files; removed when the test that made it ends.
 * The removal is registered per test: a module-level afterEach ran only in the first test file
 * to load this module, since vitest shares modules between files (isolate: false), and every
 * later file left its folders behind (about 230 a run).
 */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "tunegate-test-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
