// npm run bench:tests: runs `npm test` once and prints what the suite costs: wall time, the
// CPU-seconds of the whole process tree (user + sys of every process that ran under it), and the
// test files that start processes (Prism, git, the built bundle, npm, node) with their counts.
// BENCH_RUNS=N runs it N times in a row and adds the median of each figure: on a shared 2-core
// machine one run's CPU varies by about 10% from the next. It measures; it asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

interface Spawn {
  test: string;
  file: string;
  args: string[];
}

/** User + sys CPU of this process's waited-for descendants, from /proc (Linux), in seconds. */
function childrenCpuSeconds(): { user: number; sys: number } {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 (cutime, cstime) counted from 1; the slice starts at field 3. Clock ticks are 100 Hz on Linux.
  return { user: Number(fields[13]) / 100, sys: Number(fields[14]) / 100 };
}

/** What kind of process a spawn started, by what it runs. */
export function kindOf(spawn: Spawn): string {
  const command = [spawn.file, ...spawn.args].join(" ");
  if (/prism/.test(command)) return "prism";
  if (/(^|\/)git( |$)/.test(command)) return "git";
  if (/dist\/(index|cli\/index)\.js|dist\/audit/.test(command)) return "bundle";
  if (/(^|\/)npm( |$)|npm-cli\.js/.test(command)) return "npm";
  if (/(^|\/)(node|node24)( |$)/.test(spawn.file) || spawn.file === process.execPath) return "node";
  return spawn.file.split("/").pop() ?? spawn.file;
}

/** One run of `npm test` with its figures printed; returns its wall, CPU and exit status. */
function runOnce(): { wall: number; cpu: number; status: number } {
  const dir = mkdtempSync(join(tmpdir(), "tunegate-test-time-"));
  const log = join(dir, "spawns.jsonl");
  const fileCpuLog = join(dir, "file-cpu.jsonl");
  const hook = resolve("bench/spawn-log-hook.mjs");
  const before = childrenCpuSeconds();
  const start = performance.now();
  const result = spawnSync("npm", ["test", "--", ...process.argv.slice(2)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      BENCH_SPAWN_LOG: log,
      BENCH_FILE_CPU_LOG: fileCpuLog,
      NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --import ${hook}`.trim(),
    },
  });
  const wall = (performance.now() - start) / 1000;
  const after = childrenCpuSeconds();
  const user = after.user - before.user;
  const sys = after.sys - before.sys;
  // No line means no process was started: the log was never written.
  const spawns = readJsonLines<Spawn>(log);
  const files = readJsonLines<FileCpu>(fileCpuLog);
  rmSync(dir, { recursive: true, force: true });
  const byTest = new Map<string, Map<string, number>>();
  for (const spawn of spawns) {
    const kinds = byTest.get(spawn.test) ?? new Map<string, number>();
    kinds.set(kindOf(spawn), (kinds.get(kindOf(spawn)) ?? 0) + 1);
    byTest.set(spawn.test, kinds);
  }
  console.log(
    `\nnpm test: exit ${result.status}, wall ${wall.toFixed(1)} s, CPU ${(user + sys).toFixed(1)} s (user ${user.toFixed(1)} + sys ${sys.toFixed(1)}) over the whole process tree`,
  );
  const rows = [...byTest]
    .map(([test, kinds]) => ({ test, total: [...kinds.values()].reduce((a, b) => a + b, 0), kinds }))
    .sort((a, b) => b.total - a.total);
  console.log(`${rows.length} test files start processes (${rows.reduce((sum, row) => sum + row.total, 0)} in all):`);
  for (const row of rows)
    console.log(
      `  ${String(row.total).padStart(5)}  ${row.test}  (${[...row.kinds]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, count]) => `${kind} ${count}`)
        .join(", ")})`,
    );
  printFileCpu(files, user + sys);
  return { wall, cpu: user + sys, status: result.status ?? 1 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function main(): void {
  const runs = Math.max(1, Number(process.env["BENCH_RUNS"] ?? 1) || 1);
  const figures = Array.from({ length: runs }, runOnce);
  if (runs > 1)
    console.log(
      `\nnpm test, ${runs} runs: wall ${figures.map((f) => f.wall.toFixed(1)).join(", ")} s (median ${median(figures.map((f) => f.wall)).toFixed(1)} s); CPU ${figures.map((f) => f.cpu.toFixed(1)).join(", ")} s (median ${median(figures.map((f) => f.cpu)).toFixed(1)} s)`,
    );
  process.exitCode = figures.find((f) => f.status !== 0)?.status ?? 0;
}

interface FileCpu {
  file: string;
  own: number;
  children: number;
  wall: number;
}

function readJsonLines<T>(path: string): T[] {
  try {
    return readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as T);
  } catch {
    return [];
  }
}

/** The test files that cost the most CPU, their own and their child processes', and what no file accounts for. */
function printFileCpu(files: readonly FileCpu[], total: number): void {
  if (files.length === 0) return;
  const cost = (f: FileCpu) => f.own + f.children;
  const inFiles = files.reduce((sum, f) => sum + cost(f), 0);
  console.log(
    `CPU inside test files: ${inFiles.toFixed(1)} s of ${total.toFixed(1)} s (the rest: vitest, workers importing and collecting, Prism, processes no file waited for); the costliest:`,
  );
  // BENCH_TOP=all lists every file.
  const top = process.env["BENCH_TOP"] === "all" ? files.length : 15;
  for (const f of [...files].sort((a, b) => cost(b) - cost(a)).slice(0, top))
    console.log(
      `  ${cost(f).toFixed(2).padStart(6)} s  ${f.file}  (worker ${f.own.toFixed(2)} s, child processes ${f.children.toFixed(2)} s, wall ${f.wall.toFixed(2)} s)`,
    );
}

main();
