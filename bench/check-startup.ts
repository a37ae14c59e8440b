// `tunegate check` on an example plan as a whole process, against bare `node -e 0` in the same run.
// Target (issue: core): at most 2x bare Node.
import { medianRunMs } from "./stats.ts";

export function benchCheckStartup(runs: number): void {
  const node = process.execPath;
  const bare = medianRunMs(node, ["-e", "0"], runs);
  const check = medianRunMs(node, ["dist/cli/index.js", "check", "--plan", "examples/support-bot/tunegate.yml"], runs);
  console.log(`check-startup: node -e 0 median ${bare.toFixed(1)} ms; tunegate check (support-bot) median ${check.toFixed(1)} ms; ratio ${(check / bare).toFixed(2)}x (target <= 2x; ${runs} runs each)`);
}
