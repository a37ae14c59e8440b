import type { GitHubLimits } from "./session.ts";

/** The whole comment or tracking-issue work ends after this long (GitHub answers in seconds). */
export const DEFAULT_BUDGET_MS = 120_000;
/** At most 3 minutes, whatever the environment asks. */
const MAX_BUDGET_MS = 180_000;
/** One request without an answer after this long has failed. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export const DEFAULT_LIMITS: GitHubLimits = {
  budgetMs: DEFAULT_BUDGET_MS,
  requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
  retryUnitMs: 1000,
};

/**
 * Limits from the runner's environment: TUNEGATE_GITHUB_BUDGET_MS (capped at 3 minutes),
 * TUNEGATE_GITHUB_TIMEOUT_MS and TUNEGATE_RETRY_BASE_MS let the built bundle's end-to-end tests
 * make faults quick; anything that is not a positive number keeps the default. Read once, at
 * the runner's entry (ports.ts).
 */
export function limitsFromEnvironment(env: NodeJS.ProcessEnv): GitHubLimits {
  const positive = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    budgetMs: Math.min(MAX_BUDGET_MS, positive("TUNEGATE_GITHUB_BUDGET_MS", DEFAULT_BUDGET_MS)),
    requestTimeoutMs: positive("TUNEGATE_GITHUB_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS),
    retryUnitMs: positive("TUNEGATE_RETRY_BASE_MS", 1000),
  };
}
