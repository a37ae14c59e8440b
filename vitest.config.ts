import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Ceilings for a hung test on a loaded 2-core machine, not speed assertions: no test may
    // depend on how fast it runs (npm run bench measures speed).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
