import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder this run of the suite owns, removed when the run ends (see below). */
    suiteScratch: string;
  }
}

/**
 * A vitest globalSetup: one scratch folder per run of the suite, for what a worker builds once
 * and reuses across files (template repositories), which no single test can remove. It is
 * removed when the run ends. Before it, every run left its templates in the temporary folder
 * (thousands over a day of runs); removing them by name pattern instead would delete the
 * templates of a second suite running at the same time.
 */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), "tunegate-suite-"));
  project.provide("suiteScratch", root);
  return () => rmSync(root, { recursive: true, force: true });
}
