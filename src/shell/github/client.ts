import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  log: (message: string) => void;
  /** Base of the retry back-off in milliseconds (GitHub's default schedule is 1 s, 4 s, 9 s). */
  retryBaseMs: number;
}

/**
 * Rate limits wait and retry (twice at most); 5xx responses retry with back-off. The retry
 * plugin runs inside the throttling plugin, so 429 is kept out of its hands: otherwise it would
 * retry on its own schedule and ignore the reset time GitHub sends.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : "giving up"}`);
    return retryCount < 2;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      retry: { retries: 3, retryAfterBaseValue: options.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary"), retryAfterBaseValue: options.retryBaseMs, fallbackSecondaryRateRetryAfter: 60 },
    },
    retry,
    throttling,
  );
}
