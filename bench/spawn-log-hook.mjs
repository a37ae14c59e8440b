// Loaded with --import (through NODE_OPTIONS) into `npm test` and every process under it: each
// process it starts is appended to the file BENCH_SPAWN_LOG names, as one JSON line with the
// test file that started it. A spawn made inside a spawned process (git run by the Action's
// bundle) is charged to the test file that spawned that process, passed down in the environment.
// Plain JavaScript, not TypeScript: the suite runs some children under an older Node (the
// version check's test), which must load this hook too.
import { appendFileSync } from "node:fs";
import childProcess, { ChildProcess } from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

const TEST_FILE = /(test\/[\w./-]+\.test\.ts)/;
const INHERITED = "BENCH_SPAWN_TEST_FILE";

function testFile() {
  // The stack names the test file for a spawn made in it; after an await in a helper it may not,
  // and vitest's worker state names the file it is running.
  const running = globalThis.__vitest_worker__?.filepath?.match(TEST_FILE)?.[1];
  return new Error().stack?.match(TEST_FILE)?.[1] ?? running ?? process.env[INHERITED];
}

function record(file, args) {
  const log = process.env["BENCH_SPAWN_LOG"];
  if (log !== undefined) appendFileSync(log, `${JSON.stringify({ test: testFile() ?? "(outside a test file)", file, args: args.slice(0, 4) })}\n`);
}

export function logSpawns() {
  const spawn = ChildProcess.prototype.spawn;
  ChildProcess.prototype.spawn = function (options) {
    record(options.file, options.args ?? []);
    const test = testFile();
    if (test !== undefined && options.envPairs !== undefined) options.envPairs = [...options.envPairs.filter((pair) => !pair.startsWith(`${INHERITED}=`)), `${INHERITED}=${test}`];
    return spawn.call(this, options);
  };
  // The synchronous spawns bypass ChildProcess; wrap the exported functions and republish them
  // to `import { execFileSync } from "node:child_process"`.
  const sync = childProcess;
  for (const name of ["spawnSync", "execFileSync", "execSync"]) {
    const original = sync[name];
    sync[name] = (...args) => {
      const [file, rest] = args;
      record(String(file), Array.isArray(rest) ? rest.map(String) : []);
      const test = testFile();
      if (test !== undefined) {
        const optionsAt = Array.isArray(rest) ? 2 : 1;
        const options = args[optionsAt] ?? {};
        args[optionsAt] = { ...options, env: { ...(options.env ?? process.env), [INHERITED]: test } };
      }
      return original(...args);
    };
  }
  syncBuiltinESMExports();
}

logSpawns();
