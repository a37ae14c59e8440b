// Loaded with --import into a measured process: on exit, writes its peak RSS in MB to the
// file BENCH_PEAK_RSS_FILE names, so a benchmark can read the peak of a process it spawned.
import { writeFileSync } from "node:fs";

export function recordPeakRssOnExit(file: string | undefined): void {
  if (file === undefined) return;
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
}

recordPeakRssOnExit(process.env["BENCH_PEAK_RSS_FILE"]);
