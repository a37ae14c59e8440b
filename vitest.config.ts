import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism for the files that hold exchanges to GitHub's OpenAPI description, started by
    // the first of them (see the file).
    // and one scratch folder per run for the workers' reusable templates (see the file).
    globalSetup: ["test/github/contract-hub.ts", "test/helpers/suite-scratch.ts"],
    // fast-check's global settings reset for each file (isolate: false shares them; see the file).
    // npm run bench:tests adds one that logs each file's CPU (bench/file-cpu-setup.ts).
    setupFiles: [
      "test/helpers/fast-check-defaults.ts",
      ...(process.env["BENCH_FILE_CPU_LOG"] === undefined ? [] : ["bench/file-cpu-setup.ts"]),
    ],
    // Ceilings for a hung test on a loaded 2-core machine, not speed assertions: no test may
    // depend on how fast it runs (npm run bench measures speed).
    testTimeout: 60_000,
    hookTimeout: 150_000,
    // Most of the suite waits on child processes and sockets, not on the CPU, so two workers
    // help even on two cores (vitest's default leaves one core idle there).
    maxWorkers: Math.max(2, availableParallelism()),
    // The engine and shell have no module-level state (a project rule), so test files can share
    // one module graph per worker instead of re-importing zod, yaml and the engine for each file.
    isolate: false,
    // The default pool (forks) stays: worker threads measured no cheaper here (2 cores, vitest
    // 5.1, one run each under load: -4% CPU on the in-process engine files, +13% on files that
    // spawn git and the bundle).
  },
});
