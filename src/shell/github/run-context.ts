import { z } from "zod";
import { jsonWorkExcess } from "../../engine/input/json-work.ts";
import { readLocalFile } from "../files.ts";

/**
 * GitHub caps a webhook's payload at 25 MB, and the event file is that payload. Read whole and
 * parsed with no limit, a 100 MB payload of `{}` took 28 s and 3.6 GB before the run began.
 */
export const MAX_EVENT_BYTES = 32 * 1024 * 1024;

/**
 * The event payload GitHub handed the run cannot be what it says it is (unreadable, or a
 * pull-request event without its pull request): the run's input is wrong, not tunegate.
 */
export class EventPayloadError extends Error {
  override name = "EventPayloadError";
}

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
export async function readRunContext(env: NodeJS.ProcessEnv, maxEventBytes = MAX_EVENT_BYTES): Promise<RunContext> {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "/").split("/") as [string, string];
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  let payload: unknown = {};
  const eventPath = env["GITHUB_EVENT_PATH"];
  if (eventPath !== undefined && eventPath !== "") {
    const read = await readLocalFile(eventPath, `GITHUB_EVENT_PATH (${eventPath})`, maxEventBytes);
    if (!read.ok) throw new EventPayloadError(`cannot read the event payload: ${read.message}`);
    // What parsing would build is bounded as for any JSON tunegate reads.
    const excess = jsonWorkExcess(read.text);
    if (excess !== null)
      throw new EventPayloadError(
        `the event payload at GITHUB_EVENT_PATH (${eventPath}), line ${excess.line} column ${excess.column}: ${excess.message}; GitHub writes nothing like it`,
      );
    try {
      payload = JSON.parse(read.text);
    } catch (error) {
      throw new EventPayloadError(
        `cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}`,
      );
    }
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new EventPayloadError(
      `the event payload at GITHUB_EVENT_PATH (${eventPath}) is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`}, not the JSON object GitHub writes there`,
    );
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
    pullRequest: PULL_REQUEST_EVENTS.has(eventName)
      ? pullRequestOf(payload as Record<string, unknown>, eventName, eventPath ?? "")
      : undefined,
  };
}

const repoShape = z.object({ full_name: z.string().optional() }).nullish();
/** What tunegate reads of `pull_request` (GitHub sends far more); a field of another type is refused, not guessed. */
const pullRequestShape = z.object({
  number: z.number().int().positive(),
  updated_at: z.string().optional(),
  head: z.object({ sha: z.string().optional(), repo: repoShape }).optional(),
  base: z.object({ sha: z.string().optional(), ref: z.string().optional(), repo: repoShape }).optional(),
});

/**
 * On a pull-request event GitHub always sends the pull request; without it (a hand-written or
 * replayed payload) tunegate could not tell which pull request, head or base it checks, and
 * would judge the checkout as if it were a push: an input error naming the field, not a crash.
 */
function pullRequestOf(payload: Record<string, unknown>, eventName: string, eventPath: string): PullRequestInfo {
  const where = `the ${eventName} event payload (GITHUB_EVENT_PATH ${eventPath === "" ? "not set" : eventPath})`;
  const raw = payload["pull_request"];
  if (raw === undefined || raw === null) {
    throw new EventPayloadError(
      `${where} has ${raw === null ? '"pull_request": null' : 'no "pull_request"'}: GitHub always sends the pull request on this event, and without it tunegate cannot tell which pull request and commits to check, so nothing was judged`,
    );
  }
  const parsed = pullRequestShape.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EventPayloadError(
      `${where} has an unusable "pull_request": field pull_request.${issue.path.join(".")}: ${issue.message}; nothing was judged`,
    );
  }
  const pr = parsed.data;
  const headRepo = pr.head?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head?.sha ?? "",
    baseSha: pr.base?.sha ?? "",
    baseRef: pr.base?.ref ?? "base",
    // Missing, it is empty: such a run cannot be ordered against others (see main.ts).
    updatedAt: pr.updated_at ?? "",
    // A deleted fork has no head repository at all.
    isFork: headRepo === undefined || headRepo !== pr.base?.repo?.full_name,
  };
}

export function runUrl(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
