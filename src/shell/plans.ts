import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { loadPlan } from "../engine/plan/load.ts";
import type { Plan } from "../engine/plan/schema.ts";
import { MAX_CONFIG_BYTES, readFailure, readRepoFile, type ReadResult } from "./files.ts";
import { expandPlanPaths } from "./plan-paths.ts";

const READ_CONCURRENCY = 32;

/**
 * Every plan a glob names, read concurrently (with many plans the time is otherwise spent
 * waiting on I/O) and validated; all problems are collected, not just the first.
 */
export async function loadPlans(
  root: string,
  glob: string,
  origin?: string,
): Promise<{ ok: true; plans: Array<{ file: string; plan: Plan }> } | { ok: false; diagnostics: Diagnostic[] }> {
  const expanded = await expandPlanPaths(root, glob, origin);
  const diagnostics: Diagnostic[] = [...expanded.diagnostics];
  const plans: Array<{ file: string; plan: Plan }> = [];
  // Concurrent, but a few dozen at a time: thousands at once ran out of file descriptors (EMFILE).
  const texts: ReadResult[] = [];
  for (let start = 0; start < expanded.paths.length; start += READ_CONCURRENCY) {
    texts.push(
      ...(await Promise.all(
        expanded.paths.slice(start, start + READ_CONCURRENCY).map((file) => readRepoFile(root, file, MAX_CONFIG_BYTES)),
      )),
    );
  }
  for (const [index, file] of expanded.paths.entries()) {
    const text = texts[index]!;
    if (!text.ok) {
      diagnostics.push(readFailure(text, { file, line: 1, column: 1 }, ""));
      continue;
    }
    const loaded = loadPlan(file, text.text);
    if (!loaded.ok) diagnostics.push(...loaded.diagnostics);
    else plans.push({ file, plan: loaded.value.plan });
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, plans };
}
