import { GitHubFailure } from "./failure.ts";

/** The most tunegate waits for a rate limit to pass; a longer wait skips the comment instead. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Waits for a rate limit per request; then the request fails. */
const MAX_RATE_LIMIT_WAITS = 2;
/** Retries of a read (or an update) after a 5xx, a dropped connection or a timeout. */
const MAX_RETRIES = 3;

/** A deadline for the whole comment or tracking-issue work. */
export interface Budget {
  signal: AbortSignal;
  remainingMs(): number;
}

export function budgetOf(ms: number, now: () => number = Date.now): Budget {
  const deadline = now() + ms;
  const controller = new AbortController();
  // Unref'd: the budget alone never keeps the process alive; a pending request does.
  setTimeout(
    () => controller.abort(new DOMException("the time allowed for GitHub ran out", "TimeoutError")),
    ms,
  ).unref();
  return { signal: controller.signal, remainingMs: () => Math.max(0, deadline - now()) };
}

/**
 * A signal for one attempt: aborted by the budget or after `timeoutMs`. Built by hand rather
 * than with AbortSignal.any/timeout, whose signals nothing here would hold on to: a collected
 * signal never aborts, and the request it was meant to end hangs on.
 */
function attemptSignal(budget: Budget, timeoutMs: number): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const onBudget = () => controller.abort(budget.signal.reason);
  budget.signal.addEventListener("abort", onBudget, { once: true });
  const timer = setTimeout(
    () => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      budget.signal.removeEventListener("abort", onBudget);
    },
  };
}

/** Settles with `work`, or fails as "budget" when the budget ends first. */
export async function withinBudget<T>(budget: Budget, work: Promise<T>): Promise<T> {
  let stop: () => void = () => {};
  const ended = new Promise<never>((_, reject) => {
    stop = () => reject(budgetSpent());
    if (budget.signal.aborted) stop();
    else budget.signal.addEventListener("abort", stop, { once: true });
  });
  // Whichever loses the race must not surface later as an unhandled rejection.
  work.catch(() => {});
  try {
    return await Promise.race([work, ended]);
  } finally {
    budget.signal.removeEventListener("abort", stop);
    ended.catch(() => {});
  }
}

export interface PolicyOptions {
  budget: Budget;
  /** How long one HTTP request may take before it counts as failed. */
  requestTimeoutMs: number;
  /** One unit of waiting in milliseconds: back-off is 1, 4, 9 units, GitHub's waits are in seconds of 1 unit. 1000 outside tests. */
  unitMs: number;
  log: (message: string) => void;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface RequestOptions {
  method: string;
  url: string;
  request?: Record<string, unknown>;
  [key: string]: unknown;
}

interface ResponseLike {
  status?: number;
  headers?: Record<string, string | undefined>;
  data?: unknown;
}

type Send = (options: RequestOptions) => Promise<ResponseLike>;

/**
 * How every GitHub request is made, as an Octokit `request` wrapper:
 * - each attempt has its own timeout, and every attempt and wait stops when the budget ends;
 * - rate limits (403/429 with Retry-After or x-ratelimit-remaining 0, GraphQL RATE_LIMITED)
 *   are waited out when the wait is at most a minute and fits the budget, twice at most;
 *   otherwise the request fails at once as "rate-limited";
 * - a 5xx, a dropped connection or a timeout is retried with back-off, except for a POST that
 *   creates something: it may have been created, so the caller looks before trying again;
 * - writes are spaced one unit apart, as GitHub asks of integrations.
 */
export function requestPolicy(options: PolicyOptions): (send: Send, request: RequestOptions) => Promise<ResponseLike> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepUnlessAborted;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  return async (send, request) => {
    const isGraphql = /\/graphql$/.test(request.url);
    const isWrite = request.method !== "GET" && request.method !== "HEAD" && !isGraphql;
    // Only GraphQL queries are sent as POST without creating anything.
    const retriable = request.method !== "POST" || isGraphql;
    const what = `${request.method} ${request.url}`;
    let rateLimitWaits = 0;
    for (let retries = 0; ; ) {
      if (options.budget.signal.aborted) throw budgetSpent();
      if (isWrite) {
        const gap = lastWriteAt + options.unitMs - now();
        if (gap > 0) await wait(sleep, gap, options.budget);
        lastWriteAt = now();
      }
      const attempt = attemptSignal(options.budget, options.requestTimeoutMs);
      let response: ResponseLike;
      try {
        // Octokit's hook chain binds the options object itself: hand the signal over by setting it.
        request.request = { ...request.request, signal: attempt.signal };
        response = await send(request);
      } catch (error) {
        attempt.done();
        if (options.budget.signal.aborted) throw budgetSpent();
        // An answer past the size cap would be as large again: failed, never retried. Unreadable,
        // so a create whose answer it was is looked for before it is sent again.
        const tooLarge = answerTooLarge(error);
        if (tooLarge !== undefined) throw new GitHubFailure("unreadable", tooLarge);
        const limit = rateLimitOf(error as ResponseErrorLike, now);
        if (limit !== undefined) {
          await waitForLimit(limit, rateLimitWaits++, what, options, sleep);
          continue;
        }
        const transient = transientReason(error as ResponseErrorLike);
        if (transient === undefined || !retriable || retries >= MAX_RETRIES) {
          if (transient === "timeout")
            throw new GitHubFailure("timeout", `no answer to ${what} within ${options.requestTimeoutMs / 1000} s`);
          throw error;
        }
        retries++;
        options.log(`GitHub: ${transient} on ${what}; retry ${retries} of ${MAX_RETRIES}`);
        await wait(sleep, retries * retries * options.unitMs, options.budget);
        continue;
      }
      attempt.done();
      const graphqlLimit = isGraphql ? graphqlRateLimit(response, now) : undefined;
      if (graphqlLimit !== undefined) {
        await waitForLimit(graphqlLimit, rateLimitWaits++, what, options, sleep);
        continue;
      }
      return response;
    }
  };
}

interface ResponseErrorLike {
  status?: number;
  name?: string;
  cause?: { name?: string };
  message?: string;
  response?: ResponseLike;
}

interface RateLimit {
  kind: "primary" | "secondary";
  seconds: number;
}

/** A refusal because of a rate limit, with how long GitHub asks to wait. */
function rateLimitOf(error: ResponseErrorLike, now: () => number): RateLimit | undefined {
  const status = error.status;
  const headers = error.response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  if (retryAfter !== undefined && (status === 403 || status === 429 || status === 503)) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return { kind: "secondary", seconds: Math.max(0, Math.ceil(seconds)) };
    const at = Date.parse(retryAfter); // an HTTP date
    if (Number.isFinite(at)) return { kind: "secondary", seconds: Math.max(0, Math.ceil((at - now()) / 1000)) };
  }
  if (status !== 403 && status !== 429) return undefined;
  if (headers["x-ratelimit-remaining"] === "0") return { kind: "primary", seconds: resetWait(headers, now) };
  // GitHub's secondary limits without Retry-After: wait a minute, as its docs ask.
  if (/secondary rate limit|abuse/i.test(error.message ?? "")) return { kind: "secondary", seconds: 60 };
  return undefined;
}

function graphqlRateLimit(response: ResponseLike, now: () => number): RateLimit | undefined {
  const errors = (response.data as { errors?: Array<{ type?: string }> } | null | undefined)?.errors;
  if (!Array.isArray(errors) || !errors.some((e) => e?.type === "RATE_LIMITED")) return undefined;
  return { kind: "primary", seconds: resetWait(response.headers ?? {}, now) };
}

/** Seconds until x-ratelimit-reset (epoch seconds), plus one so the retry comes after it. */
function resetWait(headers: Record<string, string | undefined>, now: () => number): number {
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - now() / 1000) + 1) : 60;
}

async function waitForLimit(
  limit: RateLimit,
  waitsSoFar: number,
  what: string,
  options: PolicyOptions,
  sleep: NonNullable<PolicyOptions["sleep"]>,
): Promise<void> {
  const ms = limit.seconds * options.unitMs;
  if (
    limit.seconds > MAX_RATE_LIMIT_WAIT_SECONDS ||
    ms > options.budget.remainingMs() ||
    waitsSoFar >= MAX_RATE_LIMIT_WAITS
  ) {
    const why =
      waitsSoFar >= MAX_RATE_LIMIT_WAITS
        ? `still limited after ${waitsSoFar} waits`
        : `GitHub asks to wait ${limit.seconds} s, longer than tunegate waits`;
    options.log(`GitHub ${limit.kind} rate limit on ${what}; giving up: ${why}`);
    throw new GitHubFailure("rate-limited", `${limit.kind} rate limit on ${what}: ${why}`, 429);
  }
  options.log(`GitHub ${limit.kind} rate limit on ${what}; retrying in ${limit.seconds} s`);
  await wait(sleep, ms, options.budget);
}

/** The message of an answer boundedFetch refused (Octokit wraps what fetch throws), or undefined. */
function answerTooLarge(error: unknown): string | undefined {
  for (
    let e = error as { name?: string; message?: string; cause?: unknown } | undefined, hops = 0;
    e !== undefined && e !== null && hops < 3;
    e = e.cause as typeof e, hops++
  ) {
    if (e.name === "AnswerTooLargeError") return e.message;
  }
  return undefined;
}

/** Why a failed attempt may succeed when repeated, or undefined when it would not. */
function transientReason(error: ResponseErrorLike): string | undefined {
  if (error.name === "TimeoutError" || error.cause?.name === "TimeoutError") return "timeout";
  const status = error.status;
  if (status === undefined) return undefined;
  // Octokit reports a request that got no answer at all as status 500 without a response.
  if (error.response === undefined) return "no answer";
  return status >= 500 ? `status ${status}` : undefined;
}

async function wait(sleep: NonNullable<PolicyOptions["sleep"]>, ms: number, budget: Budget): Promise<void> {
  if (ms > budget.remainingMs()) throw budgetSpent();
  try {
    await sleep(ms, budget.signal);
  } catch {
    throw budgetSpent();
  }
}

function budgetSpent(): GitHubFailure {
  return new GitHubFailure("budget", "the time allowed for GitHub ran out");
}

async function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  const { setTimeout } = await import("node:timers/promises");
  await setTimeout(ms, undefined, { signal });
}
