import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The environment a runner gives the Action on a push: fresh output and summary files per run,
 * and no NODE_COMPILE_CACHE, as on a new runner (setting it would turn caching on).
 */
export function pushRunnerEnv(dir: string, workspace: string, plan: string): () => NodeJS.ProcessEnv {
  return () => {
    const run = mkdtempSync(join(dir, "run-"));
    writeFileSync(join(run, "output"), "");
    writeFileSync(join(run, "summary"), "");
    return {
      PATH: process.env["PATH"],
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: join(process.cwd(), "test/fixtures/events/push.json"),
      GITHUB_REPOSITORY: "acme/app",
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(run, "output"),
      GITHUB_STEP_SUMMARY: join(run, "summary"),
      RUNNER_TEMP: run,
      INPUT_PLAN: plan,
      INPUT_COMMENT: "never",
    };
  };
}
