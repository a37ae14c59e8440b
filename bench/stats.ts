import { spawnSync } from "node:child_process";

/** A process to time: what it runs, where, and the exit codes that mean it did its job. */
export interface TimedRun {
  args: string[];
  env?: () => NodeJS.ProcessEnv;
  cwd?: string;
  /** A run that exits otherwise is an error, not a figure: a fast crash must not look fast. */
  exitCodes: readonly number[];
  /** Called after each successful run, e.g. to collect what the process recorded. */
  after?: () => void;
}

export interface PairFigures {
  /** Median over the pairs of (tool ms / bare ms), each pair run back to back. */
  medianRatio: number;
  /** The middle half of the pair ratios (first and third quartile): how far one bench can move. */
  ratioQuartiles: readonly [number, number];
  medianToolMs: number;
  medianBareMs: number;
  pairs: number;
}

export function timeOnce(run: TimedRun, label: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, run.args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: run.env?.() ?? process.env,
    cwd: run.cwd ?? process.cwd(),
    maxBuffer: 64 << 20,
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error !== undefined || result.status === null)
    throw new Error(`${label}: did not run: ${result.error?.message ?? result.signal}`);
  if (!run.exitCodes.includes(result.status))
    throw new Error(
      `${label}: exit ${result.status}, expected ${run.exitCodes.join(" or ")}\n${result.stderr.toString().slice(0, 2000)}`,
    );
  run.after?.();
  return elapsed;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value a fraction `q` of the way through the sorted values (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** "middle half 3.41-3.87x": the spread a reader needs before comparing two benches. */
export function spreadText(figures: PairFigures): string {
  return `middle half ${figures.ratioQuartiles[0].toFixed(2)}-${figures.ratioQuartiles[1].toFixed(2)}x`;
}

/** The bare `node -e 0` every ratio is taken against. */
export const BARE_NODE: TimedRun = { args: ["-e", "0"], exitCodes: [0] };

/**
 * Bare node and the tool in turn, pair by pair (after one warm-up pair), so a change in machine
 * load moves both sides of a ratio; the figure is the median of the pair ratios.
 */
export function measurePairs(label: string, tool: TimedRun, pairs: number, bare: TimedRun = BARE_NODE): PairFigures {
  timeOnce(bare, `${label} (bare)`);
  timeOnce(tool, label);
  const ratios: number[] = [];
  const toolMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const b = timeOnce(bare, `${label} (bare)`);
    const t = timeOnce(tool, label);
    ratios.push(t / b);
    toolMs.push(t);
    bareMs.push(b);
  }
  return {
    medianRatio: median(ratios),
    ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    medianToolMs: median(toolMs),
    medianBareMs: median(bareMs),
    pairs,
  };
}

/** One printed line per figure: what, the figure, its budget, and whether it is met. */
export function report(what: string, figure: string, budget: string, met: boolean, detail = ""): void {
  console.log(
    `${met ? "within budget" : "OVER BUDGET  "}  ${what}: ${figure} (budget ${budget})${detail === "" ? "" : `; ${detail}`}`,
  );
}

export function reportRatio(what: string, figures: PairFigures, budget: number): void {
  report(
    what,
    `${figures.medianRatio.toFixed(2)}x bare node`,
    `<= ${budget.toFixed(1)}x`,
    figures.medianRatio <= budget,
    `median ${figures.medianToolMs.toFixed(1)} ms vs ${figures.medianBareMs.toFixed(1)} ms, median of ${figures.pairs} pair ratios (${spreadText(figures)})`,
  );
}
