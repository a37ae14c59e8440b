import { readFile } from "node:fs/promises";

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** When the event happened; orders runs so an older one never overwrites a newer comment. Empty when the payload lacks it. */
  updatedAt: string;
  /** Head and base live in different repositories: the token is read-only, there are no secrets. */
  isFork: boolean;
}

/** Everything tunegate needs from the runner's environment, read once. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runnerTemp: string;
  pullRequest: PullRequestInfo | undefined;
}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/**
 * Reads the event payload and GITHUB_* variables; done here instead of through
 * @actions/github's import-time `context` so nothing happens at import.
 */
export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "/").split("/") as [string, string];
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  let payload: Record<string, unknown> = {};
  const eventPath = env["GITHUB_EVENT_PATH"];
  if (eventPath !== undefined && eventPath !== "") {
    try {
      payload = JSON.parse(await readFile(eventPath, "utf8")) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}`);
    }
  }
  return {
    eventName,
    owner,
    repo,
    sha: env["GITHUB_SHA"] ?? "",
    workspace: env["GITHUB_WORKSPACE"] ?? process.cwd(),
    apiUrl: env["GITHUB_API_URL"] ?? "https://api.github.com",
    serverUrl: env["GITHUB_SERVER_URL"] ?? "https://github.com",
    runId: env["GITHUB_RUN_ID"] ?? "",
    runnerTemp: env["RUNNER_TEMP"] ?? "",
    pullRequest: PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(payload) : undefined,
  };
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestInfo | undefined {
  const pr = payload["pull_request"] as
    | { number?: number; updated_at?: string; head?: { sha?: string; repo?: { full_name?: string } | null }; base?: { sha?: string; ref?: string; repo?: { full_name?: string } } }
    | undefined;
  if (pr === undefined || typeof pr.number !== "number") return undefined;
  const headRepo = pr.head?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head?.sha ?? "",
    baseSha: pr.base?.sha ?? "",
    baseRef: pr.base?.ref ?? "base",
    // Missing, it is empty: such a run cannot be ordered against others (see main.ts).
    updatedAt: typeof pr.updated_at === "string" ? pr.updated_at : "",
    // A deleted fork has no head repository at all.
    isFork: headRepo === undefined || headRepo !== pr.base?.repo?.full_name,
  };
}

export function runUrl(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
