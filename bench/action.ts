// The bundled Action as the runner starts it. Targets (issue: Action): wall time with
// comment: never at most 3x bare `node -e 0`; at most 2 GitHub API requests per pull-request run
// when our comment is on the first page, and 0 writes when the body is unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeGitHub } from "../test/github/fake-github.ts";
import { runBundledAction } from "../test/github/run-action.ts";
import { medianRunMs } from "./stats.ts";

function runnerEnv(dir: string): NodeJS.ProcessEnv {
  const output = join(dir, "output");
  const summary = join(dir, "summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  return {
    PATH: process.env["PATH"],
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: join(process.cwd(), "test/fixtures/events/push.json"),
    GITHUB_REPOSITORY: "acme/app",
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    "INPUT_PLAN": "examples/support-bot/tunegate.yml",
    "INPUT_COMMENT": "never",
  };
}

export function benchActionStartup(runs: number): void {
  const dir = mkdtempSync(join(tmpdir(), "tunegate-bench-"));
  try {
    const bare = medianRunMs(process.execPath, ["-e", "0"], runs);
    const action = medianRunMs(process.execPath, ["dist/index.js"], runs, runnerEnv(dir));
    console.log(`action-startup: node -e 0 median ${bare.toFixed(1)} ms; dist/index.js (push, comment: never, support-bot) median ${action.toFixed(1)} ms; ratio ${(action / bare).toFixed(2)}x (target <= 3x; ${runs} runs each)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchActionRequests(): Promise<void> {
  const fake = new FakeGitHub();
  const apiUrl = await fake.listen();
  fake.publicUrl = apiUrl;
  const payload = JSON.parse(readFileSync("test/fixtures/events/pull_request.synchronize.json", "utf8"));
  const run = async (repo: string, plan: string) => {
    const before = fake.tenant(repo).requests.length;
    await runBundledAction({ apiUrl, repo, workspace: process.cwd(), event: "pull_request", payload, inputs: { "github-token": "ghs_bench", plan } });
    const requests = fake.tenant(repo).requests.slice(before);
    return `${requests.length} requests (${requests.filter((r) => r.method !== "GET").length} writes)`;
  };
  try {
    const first = await run("acme/a", "examples/support-bot/tunegate.yml");
    const unchanged = await run("acme/a", "examples/support-bot/tunegate.yml");
    fake.seed("acme/b", 2, Array.from({ length: 40 }, (_, i) => ({ body: `review ${i}`, user: "octocat" })));
    await run("acme/b", "examples/support-bot/tunegate.yml");
    const changedOnFirstPage = await run("acme/b", "examples/faq-full-finetune/tunegate.yml");
    fake.seed("acme/c", 2, Array.from({ length: 250 }, (_, i) => ({ body: `review ${i}`, user: "octocat" })));
    const behind250 = await run("acme/c", "examples/support-bot/tunegate.yml");
    console.log(
      `action-requests per pull-request run (GITHUB_TOKEN): first run ${first}; unchanged rerun ${unchanged}; changed report, our comment on page 1 ${changedOnFirstPage}; first run behind 250 comments ${behind250} (target: <= 2 requests with our comment on page 1, 0 writes when unchanged)`,
    );
  } finally {
    await fake.close();
  }
}
