import { getOctokit } from "@actions/github";
import { maskCredentials } from "../../engine/input/credentials.ts";
import { terminalSafe } from "../../engine/output/parts/escape.ts";
import { boundedFetch } from "../bounded-body.ts";
import { budgetOf, requestPolicy, withinBudget, type Budget, type RequestOptions } from "./request-policy.ts";
import type { GitHubConnection, GitHubLimits, GitHubSession } from "./session.ts";

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * The most of one answer tunegate reads: a page of 100 comments at GitHub's 65,536-character
 * limit is 26 MB even in 4-byte characters; a 300 MB GraphQL answer took 1.3 GB.
 */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  log: (message: string) => void;
  /** Milliseconds per unit of waiting (1000; tests shorten it). */
  unitMs: number;
  requestTimeoutMs: number;
  budget: Budget;
  /** The HTTP client Octokit sends through: the platform's fetch, or an in-memory GitHub's in tests. */
  fetch?: typeof fetch;
  /** The most of one answer read: MAX_ANSWER_BYTES; tests lower it to show the cap cheaply. */
  maxAnswerBytes?: number;
}

/**
 * An Octokit whose every request follows request-policy.ts: timeouts, a budget, bounded
 * rate-limit waits, retries only where repeating cannot duplicate anything; and whose every
 * answer is read through boundedFetch: at most MAX_ANSWER_BYTES, or the request fails. Octokit's own
 * warnings go through `log` (they quote server headers).
 */
export function createClient(options: ClientOptions): GitHubClient {
  const quiet = () => {};
  const octokit = getOctokit(options.token, {
    baseUrl: options.baseUrl,
    log: { debug: quiet, info: quiet, warn: options.log, error: options.log },
    request: { fetch: boundedFetch(options.maxAnswerBytes ?? MAX_ANSWER_BYTES, options.fetch) },
  });
  const policy = requestPolicy({
    budget: options.budget,
    requestTimeoutMs: options.requestTimeoutMs,
    unitMs: options.unitMs,
    log: options.log,
  });
  octokit.hook.wrap(
    "request",
    (send, request) =>
      policy(send as never, maskedWrite(request as unknown as RequestOptions) as RequestOptions) as never,
  );
  return octokit;
}

/**
 * What tunegate posts (a comment's or an issue's body and title, a GraphQL mutation's variables)
 * carries no credential, whatever text produced it (output-guard.ts): the last check before
 * anything reaches a pull request that a fork's author can read.
 */
function maskedWrite(request: RequestOptions): RequestOptions {
  // Octokit's hook chain binds the options object itself, so it is masked in place.
  const fields = request as unknown as Record<string, unknown>;
  // Control and invisible characters are shown too, whatever escaping the text went through before.
  for (const key of ["body", "title"])
    if (typeof fields[key] === "string") fields[key] = maskCredentials(terminalSafe(fields[key]));
  if (typeof fields["variables"] === "object" && fields["variables"] !== null) {
    fields["variables"] = JSON.parse(maskCredentials(JSON.stringify(fields["variables"]))) as unknown;
  }
  return request;
}

/**
 * The runner's GitHub port (session.ts): Octokit as the token, under `limits`, its time allowed
 * counted from the moment the session opens.
 */
export function openOctokitSession(
  connection: GitHubConnection,
  limits: GitHubLimits,
  fetchImpl?: typeof fetch,
): GitHubSession {
  const budget = budgetOf(limits.budgetMs);
  const api = createClient({
    token: connection.token,
    baseUrl: connection.apiUrl,
    log: connection.log,
    unitMs: limits.retryUnitMs,
    requestTimeoutMs: limits.requestTimeoutMs,
    budget,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
  return { api, within: (work) => withinBudget(budget, work) };
}
