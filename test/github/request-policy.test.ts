import { describe, expect, it } from "vitest";
import { GitHubFailure } from "../../src/shell/github/failure.ts";
import {
  requestPolicy,
  withinBudget,
  type Budget,
  type RequestOptions,
} from "../../src/shell/github/request-policy.ts";

// The policy in process, with a fake clock, a sleep that only records, and scripted answers:
// what it waits for and what it repeats, with no real time passing.

interface Scripted {
  status: number;
  headers?: Record<string, string>;
  data?: unknown;
  /** Thrown as Octokit throws a request that got no answer. */
  noAnswer?: boolean;
}

function harness(answers: Scripted[], budgetMs = 120_000) {
  let clock = 1_000_000_000_000;
  const controller = new AbortController();
  const budget: Budget = { signal: controller.signal, remainingMs: () => budgetMs };
  const slept: number[] = [];
  const sent: string[] = [];
  const policy = requestPolicy({
    budget,
    requestTimeoutMs: 30_000,
    unitMs: 1000,
    log: () => {},
    now: () => clock,
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
  });
  const send = async (options: RequestOptions) => {
    sent.push(`${options.method} ${options.url}`);
    const answer = answers.shift() ?? { status: 200 };
    if (answer.noAnswer === true) throw Object.assign(new Error("socket hang up"), { status: 500 });
    const response = { status: answer.status, headers: answer.headers ?? {}, data: answer.data ?? {} };
    if (answer.status >= 400)
      throw Object.assign(new Error(String((answer.data as { message?: string })?.message ?? "failed")), {
        status: answer.status,
        response,
      });
    return response;
  };
  return { policy, send, slept, sent, abortBudget: () => controller.abort(), now: () => clock };
}

const GET = { method: "GET", url: "/repos/{owner}/{repo}" };
const CREATE = { method: "POST", url: "/repos/{owner}/{repo}/issues/{issue_number}/comments" };
const GRAPHQL = { method: "POST", url: "/graphql" };

describe("rate limits", () => {
  it("waits out a Retry-After of a minute or less, in GitHub's seconds", async () => {
    const h = harness([
      { status: 403, headers: { "retry-after": "42" }, data: { message: "You have exceeded a secondary rate limit" } },
    ]);
    await h.policy(h.send, { ...CREATE });
    expect(h.slept).toContain(42_000);
    expect(h.sent).toHaveLength(2); // a rate-limited create was refused, so sending it again is safe
  });

  it.each([
    ["a Retry-After of an hour", { "retry-after": "3600" }],
    [
      "a reset an hour away",
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(1_000_000_000_000 / 1000) + 3600) },
    ],
  ])("does not wait for %s", async (_, headers) => {
    const h = harness([{ status: 429, headers, data: { message: "API rate limit exceeded" } }]);
    await expect(h.policy(h.send, { ...GET })).rejects.toMatchObject({ kind: "rate-limited" });
    expect(h.slept).toEqual([]);
    expect(h.sent).toHaveLength(1);
  });

  it("does not wait longer than the budget has left", async () => {
    const h = harness(
      [{ status: 403, headers: { "retry-after": "30" }, data: { message: "secondary rate limit" } }],
      10_000,
    );
    await expect(h.policy(h.send, { ...GET })).rejects.toMatchObject({ kind: "rate-limited" });
    expect(h.slept).toEqual([]);
  });

  it("waits twice at most", async () => {
    const limited = { status: 403, headers: { "retry-after": "1" }, data: { message: "secondary rate limit" } };
    const h = harness([limited, limited, limited, limited]);
    await expect(h.policy(h.send, { ...GET })).rejects.toMatchObject({ kind: "rate-limited" });
    expect(h.sent).toHaveLength(3);
  });

  it("waits for the reset GraphQL names in a 200 answer with RATE_LIMITED", async () => {
    const reset = String(Math.floor(1_000_000_000_000 / 1000) + 20);
    const h = harness([
      {
        status: 200,
        headers: { "x-ratelimit-reset": reset },
        data: { errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }] },
      },
    ]);
    await h.policy(h.send, { ...GRAPHQL });
    expect(h.slept).toEqual([21_000]);
    expect(h.sent).toHaveLength(2);
  });
});

describe("failures that may pass", () => {
  it("retries a read after 502 and after no answer, with back-off, three times at most", async () => {
    const h = harness([{ status: 502 }, { status: 0, noAnswer: true }, { status: 503 }, { status: 502 }]);
    await expect(h.policy(h.send, { ...GET })).rejects.toMatchObject({ status: 502 });
    expect(h.sent).toHaveLength(4);
    expect(h.slept).toEqual([1000, 4000, 9000]);
  });

  it("retries a GraphQL query (a POST that only reads)", async () => {
    const h = harness([{ status: 502 }]);
    await h.policy(h.send, { ...GRAPHQL });
    expect(h.sent).toHaveLength(2);
  });

  it("never repeats a create after 502 or no answer: the caller looks for it first", async () => {
    for (const answer of [{ status: 502 }, { status: 0, noAnswer: true }]) {
      const h = harness([answer]);
      await expect(h.policy(h.send, { ...CREATE })).rejects.toBeDefined();
      expect(h.sent).toHaveLength(1);
    }
  });

  it("does not repeat a refusal", async () => {
    const h = harness([{ status: 422, data: { message: "Validation Failed" } }]);
    await expect(h.policy(h.send, { ...GET })).rejects.toMatchObject({ status: 422 });
    expect(h.sent).toHaveLength(1);
  });

  it("spaces writes one unit apart", async () => {
    const h = harness([]);
    await h.policy(h.send, { ...CREATE });
    await h.policy(h.send, { method: "PATCH", url: "/repos/{owner}/{repo}/issues/comments/{comment_id}" });
    expect(h.slept).toEqual([1000]);
  });
});

describe("the budget", () => {
  it("an ended budget stops before sending", async () => {
    const h = harness([]);
    h.abortBudget();
    await expect(h.policy(h.send, { ...GET })).rejects.toMatchObject({ kind: "budget" });
    expect(h.sent).toEqual([]);
  });

  it("withinBudget gives up on work that never settles", async () => {
    const controller = new AbortController();
    const budget: Budget = { signal: controller.signal, remainingMs: () => 0 };
    const never = new Promise<never>(() => {});
    const raced = withinBudget(budget, never);
    controller.abort();
    await expect(raced).rejects.toBeInstanceOf(GitHubFailure);
    await expect(raced).rejects.toMatchObject({ kind: "budget" });
  });
});
