import type { GitHubApi } from "./api.ts";

/** How long the Action gives GitHub: the runner's defaults (limits.ts), shortened by tests. */
export interface GitHubLimits {
  /** The whole comment or tracking-issue work ends after this long. */
  budgetMs: number;
  /** One request without an answer after this long has failed. */
  requestTimeoutMs: number;
  /** Milliseconds per unit of waiting: back-off is 1, 4, 9 units; GitHub's waits are in seconds of 1 unit. */
  retryUnitMs: number;
}

export interface GitHubConnection {
  token: string;
  apiUrl: string;
  /** Where the client's own notes go (retries, waits, Octokit's warnings). */
  log: (message: string) => void;
}

/** One piece of GitHub work (the comments, or the tracking issue), with its time allowed. */
export interface GitHubSession {
  api: GitHubApi;
  /** Settles with `work`, or fails as "budget" once the session's time is spent. */
  within<T>(work: Promise<T>): Promise<T>;
}

/**
 * The Action's GitHub: opens a session as the token. The runner's opens Octokit (client.ts);
 * tests open one on an in-memory GitHub.
 */
export type GitHubPort = (connection: GitHubConnection) => Promise<GitHubSession>;
