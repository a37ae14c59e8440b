// The yardstick for ingestion: read lines and JSON.parse each, file after file, nothing kept.
// It reads 64 KiB at a time, as tunegate does: 1 MiB reads made the yardstick itself peak near
// 250 MB on 2 x 5M lines (about 150 MB with 64 KiB reads), which flattered the comparison.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let lines = 0;
for (const file of process.argv.slice(2)) {
  for await (const line of createInterface({
    input: createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 }),
    crlfDelay: Infinity,
  })) {
    if (line !== "") {
      JSON.parse(line);
      lines++;
    }
  }
}
if (lines === 0) process.exitCode = 1;
