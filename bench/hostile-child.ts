// One hostile input through the CLI in a fresh process, so peak RSS belongs to it alone. Prints JSON.
import { main } from "../src/shell/cli/main.ts";

const [cwd, ...args] = process.argv.slice(2) as [string, ...string[]];
let stderrBytes = 0;
const start = process.hrtime.bigint();
const exit = await main(args, {
  out: () => {},
  err: (t) => void (stderrBytes += Buffer.byteLength(t)),
  cwd,
  today: "2026-11-24",
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, exit, stderrBytes }));
