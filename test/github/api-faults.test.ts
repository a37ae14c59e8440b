import { describe, expect, it } from "vitest";
import type { Failure } from "./fake-github.ts";
import { BAD, files, GOOD, pullRequestHarness } from "./pr-harness.ts";
import type { ActionRun } from "./run-action.ts";

// A GitHub API that hangs, pages forever, asks for hour-long waits, fails after writing or
// answers nonsense, in memory behind the Action's GitHub port. Each case shortens tunegate's
// limits (injected through the port) so it ends quickly; nothing here measures time: a case
// that hung would hit vitest's timeout and fail.
const { fake, workspace, newRepo, run, comments, writes } = pullRequestHarness("faults");

const COMMENTS = (repo: string) => `/repos/${repo}/issues/2/comments`;
const graphqlReads = (repo: string) =>
  fake()
    .tenant(repo)
    .requests.filter((r) => r.path === "/graphql");
const commentPosts = (repo: string) =>
  fake()
    .tenant(repo)
    .requests.filter((r) => r.method === "POST" && r.path === COMMENTS(repo));

function inject(repo: string, ...failures: Failure[]): void {
  fake()
    .tenant(repo)
    .failures.push(...failures);
}

/** The verdict, outputs, summary and annotations are all there, whatever the API did. */
function expectVerdictWritten(result: ActionRun, verdict: "pass" | "fail"): void {
  expect(result.code).toBe(verdict === "pass" ? 0 : 1);
  expect(result.outputs).toMatchObject({ verdict, "deploy-allowed": String(verdict === "pass") });
  expect(result.summary).toContain(verdict === "pass" ? "all gates pass" : "blocked");
  if (verdict === "fail") expect(result.stdout).toMatch(/::error title=tunegate safety%3A fail,file=tunegate.yml/);
}

describe("an API that never answers", () => {
  it("the budget ends the comment work; the verdict was written before the first request", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: "/graphql", status: 0, hang: true, times: 99 });
    const result = await run(repo, workspace(files(BAD)).root, {
      // Every request hangs, so the budget alone ends the work, however short it is.
      limits: { budgetMs: 400, requestTimeoutMs: 60_000 },
    });
    expectVerdictWritten(result, "fail");
    expect(result.stdout).toMatch(
      /::warning::tunegate could not write the pull-request comment: GitHub's API did not finish within the time allowed/,
    );
    // Outputs, the failing step's message and annotations come before the comment's warning.
    // Both lines must be there: indexOf's -1 for a missing error line would pass a bare "less than".
    const failingStep = result.stdout.indexOf("::error::tunegate: verdict fail");
    expect(failingStep).toBeGreaterThanOrEqual(0);
    expect(result.stdout.indexOf("::warning::tunegate could not write")).toBeGreaterThan(failingStep);
    expect(comments(repo)).toEqual([]);
  });

  it("each request times out, reads are retried three times, then the comment is skipped", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: "/graphql", status: 0, hang: true, times: 99 });
    // Every request hangs (none has to answer in time), so the timeout can be this short.
    const result = await run(repo, workspace(files()).root, { limits: { requestTimeoutMs: 100 } });
    expectVerdictWritten(result, "pass");
    expect(result.stdout).toContain("GitHub: timeout on POST /graphql; retry 3 of 3");
    expect(result.stdout).toMatch(
      /::warning::tunegate could not write the pull-request comment \(timeout: no answer to POST \/graphql within 0.1 s\)/,
    );
    expect(comments(repo)).toEqual([]);
  });

  it("a create whose answer is lost after it happened is found, not posted again", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: COMMENTS(repo), status: 0, drop: true, afterEffect: true, times: 99 });
    const result = await run(repo, workspace(files()).root);
    expectVerdictWritten(result, "pass");
    expect(comments(repo)).toHaveLength(1);
    expect(commentPosts(repo)).toHaveLength(1);
    expect(result.stdout).toContain("looking for it before trying again");
  });

  it("a create that never answers is looked for after each timeout and tried three times at most", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: COMMENTS(repo), status: 0, hang: true, times: 99 });
    const result = await run(repo, workspace(files()).root, { limits: { requestTimeoutMs: 300 } });
    expectVerdictWritten(result, "pass");
    expect(result.stdout.match(/looking for it before trying again/g)).toHaveLength(2);
    expect(result.stdout).toMatch(
      /::warning::tunegate could not write the pull-request comment \(timeout: no answer to POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments within 0.3 s\)/,
    );
    expect(comments(repo)).toEqual([]);
  });
});

describe("502 after the write", () => {
  it("a server that always answers 502 after creating gets one comment, not four or twelve", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: COMMENTS(repo), status: 502, afterEffect: true, times: 99 });
    const result = await run(repo, workspace(files(BAD)).root);
    expectVerdictWritten(result, "fail");
    expect(comments(repo)).toHaveLength(1);
    expect(commentPosts(repo)).toHaveLength(1);
    expect(result.stdout).not.toContain("::warning::");
  });

  it("a create refused for good (422) is not looked for or sent again", async () => {
    const repo = newRepo();
    inject(repo, {
      method: "POST",
      path: COMMENTS(repo),
      status: 422,
      body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest" },
      times: 99,
    });
    const result = await run(repo, workspace(files()).root);
    expectVerdictWritten(result, "pass");
    expect(commentPosts(repo)).toHaveLength(1);
    expect(graphqlReads(repo)).toHaveLength(1);
    expect(result.stdout).toMatch(
      /::warning::tunegate could not write the pull-request comment \(422: Validation Failed/,
    );
  });

  it("a create that fails without writing is sent again after looking, three times at most", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: COMMENTS(repo), status: 502, times: 99 });
    const result = await run(repo, workspace(files()).root);
    expectVerdictWritten(result, "pass");
    expect(comments(repo)).toEqual([]);
    expect(commentPosts(repo)).toHaveLength(3);
    expect(result.stdout).toMatch(/::warning::tunegate could not write the pull-request comment \(502: injected 502/);
  });
});

describe("waits GitHub asks for", () => {
  it("a Retry-After of an hour is not waited for: one request, a warning, the verdict stands", async () => {
    const repo = newRepo();
    inject(repo, {
      method: "POST",
      path: "/graphql",
      status: 403,
      headers: { "retry-after": "3600" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url: "https://docs.github.com/rest",
      },
      times: 99,
    });
    const result = await run(repo, workspace(files(BAD)).root);
    expectVerdictWritten(result, "fail");
    expect(graphqlReads(repo)).toHaveLength(1);
    expect(result.stdout).toMatch(
      /::warning::tunegate skipped the pull-request comment: GitHub's API is rate-limited \(secondary rate limit on POST \/graphql: GitHub asks to wait 3600 s/,
    );
  });

  it("a primary rate limit that resets in an hour is not waited for", async () => {
    const repo = newRepo();
    inject(repo, {
      method: "POST",
      path: "/graphql",
      status: 403,
      headers: { "x-ratelimit-remaining": "0" },
      resetInSeconds: 3600,
      body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" },
      times: 99,
    });
    const result = await run(repo, workspace(files()).root);
    expectVerdictWritten(result, "pass");
    expect(graphqlReads(repo)).toHaveLength(1);
    expect(result.stdout).toMatch(
      /::warning::tunegate skipped the pull-request comment: GitHub's API is rate-limited \(primary rate limit/,
    );
  });
});

describe("pages without end", () => {
  it("stops after 50 pages with a warning and posts nothing rather than risk a duplicate", async () => {
    const repo = newRepo();
    fake().tenant(repo).endlessPages = true;
    const result = await run(repo, workspace(files()).root);
    expectVerdictWritten(result, "pass");
    expect(graphqlReads(repo)).toHaveLength(50);
    expect(writes(repo)).toEqual([]);
    expect(result.stdout).toMatch(
      /::warning::tunegate read 5000 comments on this pull request \(50 pages, its limit\) without finding its comment for tunegate.yml/,
    );
  });
});

describe("answers tunegate cannot read", () => {
  it.each([
    ["an empty 200", ""],
    ["HTML from a proxy", "<html><body>502 Bad Gateway</body></html>"],
    ["JSON of another shape", JSON.stringify({ data: { viewer: null } })],
    ["a JSON array", "[]"],
  ])("%s to the comment query: a warning, no comment, the verdict stands", async (_, rawBody) => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: "/graphql", status: 200, rawBody, times: 99 });
    const result = await run(repo, workspace(files(BAD)).root);
    expectVerdictWritten(result, "fail");
    expect(result.stdout).toMatch(
      /::warning::tunegate could not write the pull-request comment \(unreadable: GitHub's answer while reading the pull request's comments is not what its API describes/,
    );
    expect(writes(repo)).toEqual([]);
  });

  it("an empty 200 to a create that happened: the comment is found, not posted again", async () => {
    const repo = newRepo();
    inject(repo, { method: "POST", path: COMMENTS(repo), status: 200, rawBody: "", afterEffect: true, times: 99 });
    const result = await run(repo, workspace(files(GOOD)).root);
    expectVerdictWritten(result, "pass");
    expect(comments(repo)).toHaveLength(1);
    expect(commentPosts(repo)).toHaveLength(1);
  });
});
