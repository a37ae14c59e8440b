/**
 * Why a GitHub API call did not work, in the terms the Action's warning needs: what to fix
 * (permissions, access), what to wait for, or whether the request may have reached GitHub.
 */
export type FailureKind =
  /** 401/403 or GraphQL FORBIDDEN: the token may not do this. */
  | "forbidden"
  /** 404/410 or GraphQL NOT_FOUND: the repository, pull request or comment is not there for this token. */
  | "not-found"
  /** GitHub asked for a wait longer than tunegate will wait. */
  | "rate-limited"
  /** The whole comment or tracking-issue work ran out of time. */
  | "budget"
  /** One request got no answer in time. */
  | "timeout"
  /** 5xx: GitHub failed. */
  | "server"
  /** No HTTP answer at all (connection refused or reset, DNS). */
  | "network"
  /** A 2xx answer tunegate cannot read (empty, not JSON, not the documented shape). */
  | "unreadable"
  /** Read every page tunegate allows itself without finding what it looked for. */
  | "too-many-pages"
  | "other";

export class GitHubFailure extends Error {
  override name = "GitHubFailure";
  readonly kind: FailureKind;
  readonly status: number | undefined;
  constructor(kind: FailureKind, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

/**
 * Whether a failed write may still have happened on GitHub's side: the request went out and no
 * clear refusal came back. A create that failed so is never simply sent again.
 */
export function mayHaveWritten(failure: GitHubFailure): boolean {
  return (
    failure.kind === "server" ||
    failure.kind === "network" ||
    failure.kind === "timeout" ||
    failure.kind === "unreadable"
  );
}

interface ErrorLike {
  name?: string;
  status?: number;
  message?: string;
  response?: unknown;
  cause?: { name?: string };
  errors?: Array<{ type?: string; message?: string }>;
}

/** Turns whatever Octokit or fetch threw into a failure kind with a one-line message. */
export function classifyFailure(error: unknown): GitHubFailure {
  if (error instanceof GitHubFailure) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (e.name === "GraphqlResponseError") {
    const type = e.errors?.[0]?.type;
    if (type === "FORBIDDEN") return new GitHubFailure("forbidden", message);
    if (type === "NOT_FOUND") return new GitHubFailure("not-found", message);
    if (type === "RATE_LIMITED") return new GitHubFailure("rate-limited", message);
    return new GitHubFailure("other", message);
  }
  if (e.name === "TimeoutError" || e.cause?.name === "TimeoutError") return new GitHubFailure("timeout", message);
  const status = e.status;
  if (status === 401 || status === 403) return new GitHubFailure("forbidden", message, status);
  if (status === 404 || status === 410) return new GitHubFailure("not-found", message, status);
  // Octokit reports a request that got no answer as status 500 without a response.
  if (status !== undefined && status >= 500 && e.response !== undefined)
    return new GitHubFailure("server", message, status);
  if (status === 500 || e.name === "TypeError") return new GitHubFailure("network", message);
  return new GitHubFailure("other", message, status);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 500);
}
