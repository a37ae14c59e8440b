// Floors (issue 12): what the design card's stack costs before tunegate does anything of its own.
// Each floor is a bundle built here with ncc, as dist/ is, and timed like the tool, so a budget
// below its floor shows as such instead of as a shortfall of tunegate's code.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measurePairs, spreadText, type PairFigures, type TimedRun } from "./stats.ts";

export type FloorName = "check" | "audit" | "action";

/** Bundles bench/floor/<name>.mjs; returns the bundle's entry. */
export function buildFloor(name: FloorName): string {
  const out = mkdtempSync(join(tmpdir(), `tunegate-bench-floor-${name}-`));
  const ncc = join(process.cwd(), "node_modules/@vercel/ncc/dist/ncc/cli.js");
  const built = spawnSync(
    process.execPath,
    [ncc, "build", join(process.cwd(), `bench/floor/${name}.mjs`), "-o", out, "--quiet"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  if (built.status !== 0) throw new Error(`floor ${name}: ncc failed\n${built.stderr.toString().slice(0, 2000)}`);
  return join(out, "index.mjs");
}

/** Times a floor bundle the way its tool is timed (same arguments after the entry, same env and folder). */
export function measureFloor(name: FloorName, run: Omit<TimedRun, "exitCodes">, pairs: number): PairFigures {
  return measurePairs(`floor ${name}`, { ...run, exitCodes: [0] }, pairs);
}

export function printFloor(what: string, figures: PairFigures, budget: number): void {
  const below = budget < figures.medianRatio ? "the budget is below this floor" : "the budget is above this floor";
  console.log(
    `   floor        ${what}: ${figures.medianRatio.toFixed(2)}x bare node (median ${figures.medianToolMs.toFixed(1)} ms vs ${figures.medianBareMs.toFixed(1)} ms, ${spreadText(figures)}); ${below} (<= ${budget.toFixed(1)}x)`,
  );
}
