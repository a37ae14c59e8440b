import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BAD, COMMENT_MARKER, files, GOOD, PLAN, pullRequestHarness } from "./pr-harness.ts";
import { pullRequestPayload } from "./run-action.ts";

const { fake, workspace, newRepo, run, comments, writes } = pullRequestHarness("app", { bundle: true });
const commentReads = (repo: string) =>
  fake()
    .tenant(repo)
    .requests.filter((r) => r.operation === "TunegateComments");

/** The first bundle test's clone (git builds it once) with a plan that does not load in its working tree. */
function brokenPlanClone(): string {
  const ws = workspace(files(), files(), { git: true });
  writeFileSync(join(ws.root, "tunegate.yml"), PLAN.replace("citations_required", "citation_required"));
  return ws.root;
}

describe("the sticky pull-request comment", () => {
  it("is created on the first run, with outputs and summary (the built bundle, as the runner starts it)", async () => {
    const repo = newRepo();
    const ws = workspace(files(), files(), { git: true });
    const result = await run(repo, ws.root, {
      bundle: true,
      payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }),
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      verdict: "pass",
      "deploy-allowed": "true",
      recommendation: "rag",
      "monthly-cost-usd": "142.50",
      "failed-gates": "[]",
    });
    expect(result.outputs["report-json"]).toMatch(/tunegate-report\.json$/);
    expect(result.outputs["sarif-file"]).toMatch(/tunegate-results\.sarif$/);
    expect(JSON.parse(result.sarif!)).toMatchObject({
      version: "2.1.0",
      runs: [{ tool: { driver: { name: "tunegate" } } }],
    });
    expect(JSON.parse(result.reportJson!).plans[0].report.verdict).toBe("pass");
    expect(result.summary).toContain("tunegate · support-bot: all gates pass");
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body).toContain('<!-- tunegate:comment key="" plan="tunegate.yml" -->');
    expect(comments(repo)[0]!.body.trimEnd().endsWith("-->")).toBe(true);
  });

  it("is updated in place on the next run, and not written at all when unchanged", async () => {
    const repo = newRepo();
    const ws = workspace(files());
    await run(repo, ws.root);
    const first = comments(repo)[0]!.id;
    const again = await run(repo, ws.root);
    expect(again.code).toBe(0);
    expect(writes(repo)).toHaveLength(1); // the create only
    const failing = workspace(files(BAD));
    const result = await run(repo, failing.root);
    expect(result.code).toBe(1);
    expect(comments(repo).map((c) => c.id)).toEqual([first]);
    expect(comments(repo)[0]!.body).toContain("blocked");
  });

  it.each([
    ["GITHUB_TOKEN", "ghs_workflowtoken"],
    ["a GitHub App token", "ghs_app_my-app"],
    ["a personal token", "ghp_release-bot"],
  ])(
    "with %s: three requests to create (the last re-reads), two to update, one when nothing changed, none outside the repository",
    async (_, token) => {
      const repo = newRepo();
      const requests = () =>
        fake()
          .tenant(repo)
          .requests.map((r) => `${r.method} ${r.path.replace(`/repos/${repo}`, "")}`);
      const ws = workspace(files());
      await run(repo, ws.root, { inputs: { "github-token": token } });
      expect(requests()).toEqual(["POST /graphql", "POST /issues/2/comments", "POST /graphql"]);
      await run(repo, ws.root, { inputs: { "github-token": token } });
      expect(requests().slice(3)).toEqual(["POST /graphql"]);
      // The same event (the payload is the same): its comment is edited in place.
      await run(repo, workspace(files(BAD)).root, { inputs: { "github-token": token } });
      expect(requests().slice(4)).toEqual(["POST /graphql", `PATCH /issues/comments/${comments(repo)[0]!.id}`]);
      expect(
        fake()
          .tenant("__global__")
          .requests.filter((r) => r.auth.includes(token)),
      ).toEqual([]);
    },
  );

  it("turns green when a failing pull request is fixed", async () => {
    const repo = newRepo();
    await run(repo, workspace(files(BAD)).root, { inputs: { comment: "on-failure" } });
    expect(comments(repo)[0]!.body).toContain("❌");
    const fixed = await run(repo, workspace(files()).root, { inputs: { comment: "on-failure" } });
    expect(fixed.outputs["verdict"]).toBe("pass");
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body).toContain("✅ tunegate · support-bot: all gates pass");
  });

  it("with on-failure, a passing run creates nothing", async () => {
    const repo = newRepo();
    await run(repo, workspace(files()).root, { inputs: { comment: "on-failure" } });
    expect(comments(repo)).toHaveLength(0);
  });

  it("finds its comment behind 150 others (pagination) and updates it", async () => {
    const repo = newRepo();
    fake().seed(
      repo,
      2,
      Array.from({ length: 150 }, (_, i) => ({ body: `comment ${i}`, user: "octocat" })),
    );
    await run(repo, workspace(files()).root);
    const firstRunReads = commentReads(repo).length;
    await run(repo, workspace(files(BAD)).root);
    expect(comments(repo)).toHaveLength(151);
    expect(comments(repo)[150]!.body).toContain("blocked");
    expect(firstRunReads).toBe(4); // 100 + 50 comments, ours not among them; the same again after creating it
    expect(commentReads(repo).length - firstRunReads).toBe(2); // ours is the 151st
  });

  it("keeps separate comments per comment-key", async () => {
    const repo = newRepo();
    const ws = workspace(files());
    await run(repo, ws.root, { inputs: { "comment-key": "nightly" } });
    await run(repo, ws.root, { inputs: { "comment-key": "pr" } });
    expect(comments(repo)).toHaveLength(2);
  });

  it("gives two plans two comments", async () => {
    const repo = newRepo();
    const ws = workspace({
      ...files(),
      "apps/b/tunegate.yml": PLAN.replace("support-bot", "search-bot"),
      "apps/b/evals/candidate.json": BAD,
    });
    const result = await run(repo, ws.root, { inputs: { plan: "tunegate.yml\napps/*/tunegate.yml" } });
    expect(result.outputs["verdict"]).toBe("fail");
    expect(JSON.parse(result.outputs["recommendation"]!)).toEqual({
      "apps/b/tunegate.yml": "rag",
      "tunegate.yml": "rag",
    });
    expect(
      comments(repo)
        .map((c) => /plan="([^"]+)"/.exec(c.body)![1])
        .sort(),
    ).toEqual(["apps/b/tunegate.yml", "tunegate.yml"]);
    expect(result.summary).toContain("search-bot: blocked");
    expect(result.summary).toContain("support-bot: all gates pass");
  });

  it("a newer commit's run replaces the older commit's comment: a new comment, the old one deleted", async () => {
    const repo = newRepo();
    await run(repo, workspace(files()).root, {
      payload: pullRequestPayload({ headSha: "a".repeat(40), updatedAt: "2026-11-24T11:00:00Z" }),
    });
    const older = comments(repo)[0]!.id;
    const newer = await run(repo, workspace(files(BAD)).root, {
      payload: pullRequestPayload({ headSha: "b".repeat(40), updatedAt: "2026-11-24T12:00:00Z" }),
    });
    expect(newer.stdout).toContain("deleted 1 outdated or duplicate comment(s) for tunegate.yml");
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.id).not.toBe(older);
    expect(comments(repo)[0]!.body).toContain("blocked");
    expect(writes(repo).map((w) => `${w.method} ${w.status}`)).toEqual(["POST 201", "POST 201", "DELETE 204"]);
  });

  it("never lets an older run overwrite the comment of a newer commit", async () => {
    const repo = newRepo();
    await run(repo, workspace(files()).root, {
      payload: pullRequestPayload({ headSha: "b".repeat(40), updatedAt: "2026-11-24T12:00:00Z" }),
    });
    const stale = await run(repo, workspace(files(BAD)).root, {
      payload: pullRequestPayload({ headSha: "a".repeat(40), updatedAt: "2026-11-24T11:00:00Z" }),
    });
    expect(stale.code).toBe(1); // the verdict still decides this run
    expect(stale.stdout).toContain("written for a newer commit (bbbbbbb)");
    expect(comments(repo)[0]!.body).toContain("all gates pass");
  });
});

describe("recognising its own comment as real GitHub shows it", () => {
  // REST's performed_via_github_app is null on what the workflow token writes itself and set
  // for comments made through other apps; authorship is decided from the token's own identity
  // (GraphQL viewer vs author), so neither shape may matter.
  it.each([
    ["performed_via_github_app null (what github-actions[bot] writes)", false],
    ["performed_via_github_app set", true],
  ])("GITHUB_TOKEN updates the github-actions[bot] comment with %s", async (_, viaApp) => {
    const repo = newRepo();
    fake().seed(repo, 2, [{ body: `old\n${COMMENT_MARKER}`, user: "github-actions[bot]", viaApp }]);
    await run(repo, workspace(files(BAD)).root);
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body).toContain("blocked");
    expect(
      fake()
        .tenant("__global__")
        .requests.some((r) => r.path === "/user"),
    ).toBe(false);
  });

  it("a GitHub App token updates its own bot's comment, not the Actions bot's", async () => {
    const repo = newRepo();
    const [actionsId, appId] = fake().seed(repo, 2, [
      { body: `actions\n${COMMENT_MARKER}`, user: "github-actions[bot]" },
      { body: `app\n${COMMENT_MARKER}`, user: "my-app[bot]", viaApp: true },
    ]);
    await run(repo, workspace(files(BAD)).root, { inputs: { "github-token": "ghs_app_my-app" } });
    expect(comments(repo)).toHaveLength(2);
    expect(comments(repo).find((c) => c.id === actionsId)!.body).toMatch(/^actions/);
    // The app's comment carried no run state (an older run's): replaced by a new one, the old one deleted.
    expect(comments(repo).find((c) => c.id === appId)).toBeUndefined();
    expect(comments(repo).find((c) => c.user === "my-app[bot]")!.body).toContain("blocked");
  });

  it("a GitHub App token creates its comment as its own bot", async () => {
    const repo = newRepo();
    await run(repo, workspace(files()).root, { inputs: { "github-token": "ghs_app_my-app" } });
    await run(repo, workspace(files(BAD)).root, { inputs: { "github-token": "ghs_app_my-app" } });
    expect(comments(repo).map((c) => c.user)).toEqual(["my-app[bot]"]);
    expect(comments(repo)[0]!.body).toContain("blocked");
  });

  it("a personal token matches its user's login, without asking GET /user", async () => {
    const repo = newRepo();
    fake().seed(repo, 2, [{ body: `x ${COMMENT_MARKER}`, user: "release-bot" }]);
    await run(repo, workspace(files(BAD)).root, { inputs: { "github-token": "ghp_release-bot" } });
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body).toContain("blocked");
    expect(
      fake()
        .tenant("__global__")
        .requests.some((r) => r.path === "/user"),
    ).toBe(false);
  });

  it.each([
    ["another app's bot", { user: "other-app[bot]", viaApp: true }],
    ["a user whose login is the Actions bot's name", { user: "github-actions", type: "User" as const }],
    ["another user", { user: "mallory" }],
  ])("leaves %s quoting our marker alone and writes its own comment", async (_, author) => {
    const repo = newRepo();
    fake().seed(repo, 2, [{ body: `quoting ${COMMENT_MARKER}`, ...author }]);
    await run(repo, workspace(files()).root);
    expect(comments(repo)).toHaveLength(2);
    expect(comments(repo)[0]!.body).toBe(`quoting ${COMMENT_MARKER}`);
    expect(comments(repo)[1]!.user).toBe("github-actions[bot]");
  });
});

describe("a plan changed by the pull request", () => {
  it("shows approach, budget, newly failing gates and the cost delta against the base branch", async () => {
    const repo = newRepo();
    const basePlan = PLAN;
    const headPlan = PLAN.replace("approach: rag", "approach: hybrid")
      .replace("monthly_usd: 400", "monthly_usd: 500")
      .replace("input_tokens: 900", "input_tokens: 1800");
    const ws = workspace(files(GOOD, headPlan), files(GOOD, basePlan));
    await run(repo, ws.root, { payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }) });
    const body = comments(repo)[0]!.body;
    expect(body).toContain("**Changes against `master`**");
    expect(body).toContain("- approach: rag → **hybrid (lora)**");
    // Raising the budget loosens a rule: listed with "applies after merge", judged at the base's $400.
    expect(body).toContain("| plan `budget.monthly_usd` | 400 | 500<br><sub>applies after merge</sub> |");
    expect(body).not.toContain("- budget: $400.00/month → **$500.00/month**");
    expect(body).toContain("- projected monthly cost: $142.50 → **$165.00** (+$22.50, +15.8%)");
    expect(body).toMatch(/- newly failing: .*`forgetting`/);
  });

  it("says a plan is new when the base branch does not have it", async () => {
    const repo = newRepo();
    const ws = workspace(files(), {});
    await run(repo, ws.root, { payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }) });
    expect(comments(repo)[0]!.body).toContain("**New plan in this pull request** (not on `master`)");
  });
});

describe("failures around the comment never change the verdict", () => {
  it("403 on the comment is a warning with the fix, and a failing verdict still fails", async () => {
    const repo = newRepo();
    fake()
      .tenant(repo)
      .failures.push({
        method: "POST",
        path: `/repos/${repo}/issues/2/comments`,
        status: 403,
        body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" },
        times: 5,
      });
    const result = await run(repo, workspace(files(BAD)).root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::warning::tunegate could not write the pull-request comment \(403/);
    expect(result.stdout).toContain("pull-requests: write");
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false", "failed-gates": '["safety"]' });
    expect(result.summary).toContain("blocked");
  });

  it("500 and 502 on reads are retried; a create that failed is looked for before it is sent again", async () => {
    const repo = newRepo();
    const path = `/repos/${repo}/issues/2/comments`;
    fake()
      .tenant(repo)
      .failures.push(
        { method: "POST", path: "/graphql", status: 502, times: 1 },
        { method: "POST", path, status: 500, times: 1 },
      );
    const result = await run(repo, workspace(files()).root);
    expect(result.code).toBe(0);
    expect(comments(repo)).toHaveLength(1);
    expect(
      fake()
        .tenant(repo)
        .requests.map((r) => `${r.method} ${r.path.replace(`/repos/${repo}`, "")} ${r.status}`),
    ).toEqual([
      "POST /graphql 502",
      "POST /graphql 200",
      "POST /issues/2/comments 500",
      "POST /graphql 200",
      "POST /issues/2/comments 201",
      "POST /graphql 200", // read again after writing
    ]);
  });

  it("429 and secondary rate limits wait and retry", async () => {
    const repo = newRepo();
    const path = `/repos/${repo}/issues/2/comments`;
    fake()
      .tenant(repo)
      .failures.push(
        {
          method: "POST",
          path: "/graphql",
          status: 429,
          headers: { "x-ratelimit-remaining": "0" },
          resetInSeconds: 1,
          body: { message: "API rate limit exceeded", documentation_url: "https://docs.github.com/rest" },
          times: 1,
        },
        {
          method: "POST",
          path,
          status: 403,
          headers: { "retry-after": "1" },
          body: {
            message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            documentation_url: "https://docs.github.com/rest",
          },
          times: 1,
        },
      );
    const result = await run(repo, workspace(files()).root);
    expect(result.code).toBe(0);
    // The wait is derived from the reset time the fake sent when it answered; how long the
    // Action took to start or to receive the answer must not matter, so only its range is checked.
    const primary = /primary rate limit on POST .*graphql.*retrying in (\d+) s/.exec(result.stdout);
    expect(primary).not.toBeNull();
    expect(Number(primary![1])).toBeGreaterThanOrEqual(0);
    expect(Number(primary![1])).toBeLessThanOrEqual(3);
    expect(result.stdout).toMatch(/secondary rate limit on POST .*comments.*retrying in 1 s/);
    expect(comments(repo)).toHaveLength(1);
  });
});

describe("size limits", () => {
  it("falls back to a short comment that points at the job summary past 65,536 characters", async () => {
    const repo = newRepo();
    const general = Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [`benchmark_with_a_long_descriptive_name_${i}`, 0.5]),
    );
    const plan = PLAN.replace("approach: rag", "approach: lora").replace(
      "evals:\n",
      "training:\n  examples: 600\nevals:\n  baseline: evals/baseline.json\n",
    );
    const ws = workspace({
      "tunegate.yml": plan,
      "evals/candidate.json": JSON.stringify({ model: "c", general, safety: { s: 0.99 } }),
      "evals/baseline.json": JSON.stringify({ model: "b", general }),
    });
    const result = await run(repo, ws.root);
    const body = comments(repo)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("too long for a comment: see the [job summary](https://github.com/");
    expect(body).toContain("/actions/runs/4242)");
    expect(result.summary.length).toBeGreaterThan(65_536);
  });
});

describe("events", () => {
  it("push: summary and outputs, no comment", async () => {
    const repo = newRepo();
    const result = await run(repo, workspace(files()).root, {
      event: "push",
      payload: JSON.parse(readFileSync("test/fixtures/events/push.json", "utf8")),
    });
    expect(result.code).toBe(0);
    expect(result.outputs["verdict"]).toBe("pass");
    expect(result.summary).toContain("all gates pass");
    expect(fake().tenant(repo).requests).toEqual([]);
  });

  it("a fork pull request: no comment attempt, one notice, the verdict still decides", async () => {
    const repo = newRepo();
    const result = await run(repo, workspace(files(BAD)).root, { payload: pullRequestPayload({ fork: true }) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::notice::tunegate: this pull request comes from a fork/);
    expect(fake().tenant(repo).requests).toEqual([]);
    expect(result.outputs["deploy-allowed"]).toBe("false");
  });

  it("pull_request_target on a fork comments (its token can write)", async () => {
    const repo = newRepo();
    await run(repo, workspace(files()).root, {
      event: "pull_request_target",
      payload: pullRequestPayload({ fork: true }),
    });
    expect(comments(repo)).toHaveLength(1);
  });

  it("workflow_dispatch and merge_group check plans without commenting", async () => {
    for (const event of ["workflow_dispatch", "merge_group"]) {
      const repo = newRepo();
      const result = await run(repo, workspace(files()).root, {
        event,
        payload: JSON.parse(readFileSync(`test/fixtures/events/${event}.json`, "utf8")),
        inputs: { comment: "always" },
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("has no pull request to comment on");
      expect(fake().tenant(repo).requests).toEqual([]);
    }
  });
});

describe("verdict, fail-on and bad input", () => {
  it("fail-on never keeps the step green but does not allow the deploy", async () => {
    const result = await run(newRepo(), workspace(files(BAD)).root, {
      inputs: { "fail-on": "never", comment: "never" },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
  });

  it("fail-on warning fails on a warning", async () => {
    const warnOnly = JSON.stringify({ model: "m", safety: { xstest: 0.97 }, task: { qa: 0.9 } }); // no latency measured
    const result = await run(newRepo(), workspace(files(warnOnly)).root, {
      inputs: { "fail-on": "warning", comment: "never" },
    });
    expect(result.outputs["verdict"]).toBe("warn");
    expect(result.code).toBe(1);
    expect(result.outputs["deploy-allowed"]).toBe("false");
  });

  it("a plan error becomes an annotation at its line, a comment listing it, and a failed step (the bundle: @actions/core writes the command)", async () => {
    const repo = newRepo();
    const result = await run(repo, brokenPlanClone(), { bundle: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=tunegate%3A unknown-key \(use_case.citation_required\),file=tunegate.yml,line=7,col=3::unknown key "citation_required"; did you mean "citations_required"\?/,
    );
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    expect(comments(repo)[0]!.body).toContain("could not be checked (1 input problem)");
    expect(result.summary).toContain("could not be checked");
  });

  it("bad input fails the step even with fail-on never: nothing was judged", async () => {
    const result = await run(newRepo(), workspace(files(GOOD, PLAN.replace("version: 1", "version: 2"))).root, {
      inputs: { "fail-on": "never", comment: "never" },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    expect(result.stdout).toContain("tunegate.yml could not be checked");
  });

  it("failing gates are annotated at the plan line they are about", async () => {
    const result = await run(
      newRepo(),
      workspace(files(GOOD, PLAN.replace("monthly_usd: 400", "monthly_usd: 100"))).root,
      { inputs: { comment: "never" } },
    );
    expect(result.stdout).toMatch(
      /::error title=tunegate cost-budget%3A fail,file=tunegate.yml,line=13,col=\d+::over budget \(monthly\)/,
    );
  });

  it("an invalid input value fails the step with the allowed values", async () => {
    const result = await run(newRepo(), workspace(files()).root, { inputs: { "fail-on": "sometimes" } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::tunegate: input "fail-on" is "sometimes": use one of error, warning, never/,
    );
    expect(result.outputs["deploy-allowed"]).toBe("false");
  });

  it("a plan glob that matches nothing fails", async () => {
    const result = await run(newRepo(), workspace(files()).root, {
      inputs: { plan: "services/*/tunegate.yml", comment: "never" },
    });
    expect(result.code).toBe(1);
    expect(result.outputs["verdict"]).toBe("fail");
    expect(result.stdout).toContain('no plan file matches "services/*/tunegate.yml"');
  });
});
