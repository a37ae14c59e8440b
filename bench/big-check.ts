// Issue 12: `check` on a LoRA plan whose candidate and baseline each have an lm-eval samples
// file of millions of lines: peak RSS (< 200 MB) and time against a bare readline + JSON.parse
// loop over both files (<= 2.0x), pair by pair.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSamples } from "./samples-file.ts";
import { measurePairs, report, type TimedRun } from "./stats.ts";

const SAMPLES = "samples_hellaswag_2026-11-24T00-00-00.000000.jsonl";

function plan(): string {
  return [
    "version: 1",
    "name: big-evals",
    "approach: lora",
    "use_case: { task: behavior, knowledge_change: static, citations_required: false, style_requirements: high, monthly_queries: 20000 }",
    "training: { examples: 500 }",
    "cost:",
    "  llm: { input_tokens: 300, output_tokens: 250, input_usd_per_mtok: 0.3, output_usd_per_mtok: 1.2 }",
    "budget: { monthly_usd: 100 }",
    "evals:",
    `  candidate: evals/candidate/${SAMPLES}`,
    `  baseline: evals/baseline/${SAMPLES}`,
    "  general: [hellaswag]",
    "",
  ].join("\n");
}

/** The run with its peak RSS recorded after each run, every run's in `peak.runs`. */
function withPeakRss(run: TimedRun, file: string, peak: { runs: number[] }): TimedRun {
  return {
    ...run,
    args: ["--import", join(process.cwd(), "bench/peak-rss-hook.ts"), ...run.args],
    env: () => ({ ...process.env, BENCH_PEAK_RSS_FILE: file }),
    after: () => {
      peak.runs.push(Number(readFileSync(file, "utf8")));
    },
  };
}

export async function benchBigCheck(lines: number, pairs: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "tunegate-bench-big-"));
  try {
    mkdirSync(join(root, "evals/candidate"), { recursive: true });
    mkdirSync(join(root, "evals/baseline"), { recursive: true });
    await writeSamples(join(root, "evals/candidate", SAMPLES), lines, 97);
    await writeSamples(join(root, "evals/baseline", SAMPLES), lines);
    writeFileSync(join(root, "tunegate.yml"), plan());
    const toolRss = join(root, "tool-rss");
    const bareRss = join(root, "bare-rss");
    // Exit 0 or 1: the gates decided; 2 would mean the files were refused.
    const toolPeak = { runs: [] as number[] };
    const barePeak = { runs: [] as number[] };
    const tool = withPeakRss(
      {
        args: [join(process.cwd(), "dist/cli/index.js"), "check", "--plan", "tunegate.yml", "--today", "2026-11-28"],
        cwd: root,
        exitCodes: [0, 1],
      },
      toolRss,
      toolPeak,
    );
    const bare = withPeakRss(
      {
        args: [
          join(process.cwd(), "bench/bare-read-child.ts"),
          join(root, "evals/candidate", SAMPLES),
          join(root, "evals/baseline", SAMPLES),
        ],
        exitCodes: [0],
      },
      bareRss,
      barePeak,
    );
    const figures = measurePairs(`check 2 x ${lines} lines`, tool, pairs, bare);
    const label = `2 x ${lines.toLocaleString("en-US")}-line lm-eval samples files`;
    report(
      `\`check\` on a LoRA plan, ${label}: time`,
      `${figures.medianRatio.toFixed(2)}x the bare loop`,
      "<= 2.0x",
      figures.medianRatio <= 2.0,
      `median ${(figures.medianToolMs / 1000).toFixed(2)} s vs ${(figures.medianBareMs / 1000).toFixed(2)} s, median of ${figures.pairs} pair ratios`,
    );
    // Peak RSS moves by tens of megabytes from run to run (V8 sizes its heap as it goes), so every
    // run is printed; the budget holds only if the highest does.
    const highest = (p: { runs: number[] }) => Math.max(...p.runs);
    const each = (p: { runs: number[] }) => p.runs.map((mb) => mb.toFixed(0)).join(", ");
    report(
      `\`check\` on a LoRA plan, ${label}: peak RSS`,
      `${highest(toolPeak).toFixed(0)} MB`,
      "< 200 MB",
      highest(toolPeak) < 200,
      `highest of every run (${each(toolPeak)} MB); the bare loop: ${highest(barePeak).toFixed(0)} MB (${each(barePeak)} MB)`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
