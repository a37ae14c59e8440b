// One measurement in a fresh process, so peak RSS belongs to it alone. Prints JSON.
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { decodeEvalFile } from "../src/shell/eval-files.ts";
import { workingTreeFiles } from "../src/shell/repo-files.ts";

const [mode, root, file] = process.argv.slice(2) as ["tunegate" | "bare", string, string];
const start = process.hrtime.bigint();
let examples = 0;
if (mode === "bare") {
  for await (const line of createInterface({
    input: createReadStream(`${root}/${file}`, { encoding: "utf8", highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  })) {
    if (line !== "") {
      JSON.parse(line);
      examples++;
    }
  }
} else {
  const decoded = await decodeEvalFile(workingTreeFiles(root), file, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  examples = decoded.contribution.benchmarks[0]!.n ?? 0;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = statSync(`${root}/${file}`).size;
console.log(
  JSON.stringify({
    mode,
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    examples,
  }),
);
