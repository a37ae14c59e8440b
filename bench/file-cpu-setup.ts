// A vitest setup file that npm run bench:tests adds (BENCH_FILE_CPU_LOG names the log): for each
// test file, the CPU its worker spent on it and the CPU of the processes it started and waited
// for, from the file's first hook to its last. Collecting a file (its imports) happens before and
// is not counted; nor are processes a test leaves running. Measures; asserts nothing.
import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, expect } from "vitest";

/** User + sys CPU-seconds of this process's waited-for children, from /proc (Linux, 100 Hz ticks). */
function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

let start: { own: NodeJS.CpuUsage; children: number; wall: number } | undefined;

beforeAll(() => {
  start = { own: process.cpuUsage(), children: childrenCpuSeconds(), wall: performance.now() };
});

afterAll(() => {
  const log = process.env["BENCH_FILE_CPU_LOG"];
  if (log === undefined || start === undefined) return;
  const own = process.cpuUsage(start.own);
  const file = (expect.getState().testPath ?? "?").replace(`${process.cwd()}/`, "");
  const entry = {
    file,
    own: (own.user + own.system) / 1e6,
    children: childrenCpuSeconds() - start.children,
    wall: (performance.now() - start.wall) / 1000,
  };
  appendFileSync(log, `${JSON.stringify(entry)}\n`);
});
