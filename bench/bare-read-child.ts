// The yardstick for ingestion: read lines and JSON.parse each, file after file, nothing kept.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let lines = 0;
for (const file of process.argv.slice(2)) {
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    if (line !== "") {
      JSON.parse(line);
      lines++;
    }
  }
}
if (lines === 0) process.exitCode = 1;
