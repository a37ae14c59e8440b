// Issue "eval readers": ingestion of lm-eval samples files against a bare read-lines-and-JSON.parse
// loop over the same file (target: at least half its speed), peak RSS (target: flat, under 200 MB
// at 5M lines), and the paired interval for 1M example pairs (target: under 250 ms).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pairedNonInferiority } from "../src/engine/stats/intervals.ts";
import { writeSamples } from "./samples-file.ts";

function measure(
  mode: string,
  dir: string,
  file: string,
): { seconds: number; mbPerSecond: number; peakRssMb: number; examples: number } {
  return JSON.parse(execFileSync(process.execPath, ["bench/ingest-child.ts", mode, dir, file], { encoding: "utf8" }));
}

export async function benchEvalIngestion(sizes: number[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tunegate-ingest-"));
  try {
    for (const lines of sizes) {
      const file = "samples_hellaswag_2026-11-24T00-00-00.000000.jsonl";
      await writeSamples(join(dir, file), lines);
      const bare = measure("bare", dir, file);
      const ours = measure("tunegate", dir, file);
      if (ours.examples !== lines) throw new Error(`read ${ours.examples} examples of ${lines}`);
      console.log(
        `eval-ingest ${lines.toLocaleString("en-US")} lines: tunegate ${ours.mbPerSecond.toFixed(1)} MB/s (${ours.seconds.toFixed(2)} s, peak RSS ${ours.peakRssMb.toFixed(0)} MB); bare readline+JSON.parse ${bare.mbPerSecond.toFixed(1)} MB/s (peak RSS ${bare.peakRssMb.toFixed(0)} MB); speed ratio ${(ours.mbPerSecond / bare.mbPerSecond).toFixed(2)} (target >= 0.5; RSS target < 200 MB)`,
      );
      rmSync(join(dir, file));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchPairedInterval(pairs: number, repeats: number): void {
  const base = new Float64Array(pairs);
  const cand = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) {
    base[i] = (i * 2654435761) % 10 < 7 ? 1 : 0;
    cand[i] = i % 97 === 0 ? 1 - base[i]! : base[i]!;
  }
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    pairedNonInferiority(cand, base, 0.9, 0.05);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `paired-interval ${pairs.toLocaleString("en-US")} pairs: median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${repeats} runs (target < 250 ms)`,
  );
}
