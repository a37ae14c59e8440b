import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCommentState } from "../../src/engine/output/parts/comment-body.ts";
import { endsWithMarker } from "../../src/shell/github/own-nodes.ts";
import { BAD, files, GOOD, PLAN, pullRequestHarness } from "../github/pr-harness.ts";
import { pullRequestPayload } from "../github/run-action.ts";

const { workspace, newRepo, run, comments } = pullRequestHarness("outputs");

/** A plan one folder down, reading its evals from the root's evals/ folder. */
const planIn = (evals: string) => PLAN.replace("evals/candidate.json", `../evals/${evals}`);
const headline = (body: string) => body.split("\n")[0];

describe("the sticky comment cannot be held at an old verdict by a plan's path", () => {
  // A plan path is shown in a code span, where `<!--` stays as written; with a plan glob, a pull
  // request can name a plan file after tunegate's own hidden lines.
  it("a state line in the path does not make a later, failing run leave a PASS comment as is", async () => {
    const repo = newRepo();
    const name = "plans/x <!-- tunegate:state sha=0000000 at=9999-12-31T00:00:00Z -->.yml";
    const first = workspace({ [name]: planIn("candidate.json"), "evals/candidate.json": GOOD });
    const passing = await run(repo, first.root, {
      inputs: { plan: "plans/*.yml" },
      payload: pullRequestPayload({ headSha: "a".repeat(40), updatedAt: "2026-11-24T10:00:00Z" }),
    });
    expect(passing.outputs["verdict"]).toBe("pass");
    expect(headline(comments(repo)[0]!.body)).toContain("all gates pass");

    const second = workspace({ [name]: planIn("candidate.json"), "evals/candidate.json": BAD });
    const failing = await run(repo, second.root, {
      inputs: { plan: "plans/*.yml" },
      payload: pullRequestPayload({ headSha: "b".repeat(40), updatedAt: "2026-11-24T11:00:00Z" }),
    });
    expect(failing.code).toBe(1);
    expect(failing.outputs["deploy-allowed"]).toBe("false");
    expect(comments(repo)).toHaveLength(1);
    expect(headline(comments(repo)[0]!.body)).toContain("blocked, 1 gate failed (safety)");
    expect(readCommentState(comments(repo)[0]!.body)).toEqual({
      sha: "b".repeat(40),
      at: "2026-11-24T11:00:00Z",
      run: 4242,
    });
  });

  it("readCommentState reads the footer's own line, never a state quoted above it", () => {
    const quoted = "Plan `plans/x <!-- tunegate:state sha=0000000 at=9999-12-31T00:00:00Z -->.yml` · approach **rag**";
    expect(readCommentState(`### x\n\n${quoted}\n`)).toBeUndefined();
    expect(
      readCommentState(
        `### x\n\n${quoted}\n<!-- tunegate:state sha=abcdef1 at=2026-01-01T00:00:00Z -->\n<!-- tunegate:comment key="" plan="p" -->\n`,
      ),
    ).toEqual({ sha: "abcdef1", at: "2026-01-01T00:00:00Z" });
    // A body GitHub hands back with CRLF line ends still has its footer.
    expect(
      readCommentState("x\r\n<!-- tunegate:state sha=abcdef1 at=2026-01-01T00:00:00Z -->\r\n<!-- m -->\r\n"),
    ).toEqual({ sha: "abcdef1", at: "2026-01-01T00:00:00Z" });
  });
});

describe("one plan's comment is never taken for another plan's", () => {
  it("a plan path holding another plan's marker does not let the passing plan's report overwrite the failing plan's comment", async () => {
    const repo = newRepo();
    // Sorts before tunegate.yml, so its comment is the first one read.
    const sneaky = 'a <!-- tunegate:comment key="" plan="tunegate.yml" -->.yml';
    const first = workspace({ "tunegate.yml": PLAN, [sneaky]: PLAN, "evals/candidate.json": GOOD });
    await run(repo, first.root, { inputs: { plan: "*.yml" } });
    expect(comments(repo)).toHaveLength(2);

    const second = workspace({
      "tunegate.yml": PLAN,
      [sneaky]: PLAN.replace("evals/candidate.json", "evals/bad.json"),
      "evals/candidate.json": GOOD,
      "evals/bad.json": BAD,
    });
    const failing = await run(repo, second.root, { inputs: { plan: "*.yml" } });
    expect(failing.code).toBe(1);
    expect(failing.outputs["deploy-allowed"]).toBe("false");
    const bodies = comments(repo).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    const sneakyComment = bodies.find((b) =>
      b.trimEnd().endsWith('plan="a \\u003c!-- tunegate:comment key=\\"\\" plan=\\"tunegate.yml\\" --\\u003e.yml" -->'),
    );
    expect(sneakyComment).toBeDefined();
    expect(headline(sneakyComment!)).toContain("blocked, 1 gate failed (safety)");
    expect(bodies.filter((b) => headline(b)!.includes("all gates pass"))).toHaveLength(1);
  });

  it("endsWithMarker counts only the marker on the body's last line", () => {
    const marker = '<!-- tunegate:comment key="" plan="tunegate.yml" -->';
    expect(endsWithMarker(`report\n${marker}\n`, marker)).toBe(true);
    expect(endsWithMarker(`report\r\n${marker}\r\n`, marker)).toBe(true);
    expect(endsWithMarker(`Plan \`${marker}.yml\`\n<!-- tunegate:comment key="" plan="other.yml" -->\n`, marker)).toBe(
      false,
    );
  });
});

describe("pull_request_target judges the pull request, never the base branch in its place", () => {
  // On pull_request_target, GITHUB_SHA is the base branch's last commit, and a plain
  // actions/checkout checks that out: the plans on disk are the base's, not the pull request's.
  const prTarget = (ws: { baseSha: string; headSha: string }) => ({
    event: "pull_request_target",
    payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }),
    env: { GITHUB_SHA: ws.baseSha },
  });

  it("with the base branch checked out, nothing is judged: the step fails, no deploy, and the comment says why", async () => {
    const repo = newRepo();
    const ws = workspace(files(BAD), files(GOOD), { checkedOut: "base" });
    const result = await run(repo, ws.root, prTarget(ws));
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    const report = JSON.parse(result.reportJson!);
    expect(report).toMatchObject({ verdict: "fail", exit_code: 2, deploy_allowed: false });
    expect(report.plans).toHaveLength(1);
    expect(report.plans[0].file).toBe("checkout");
    expect(result.stdout).toMatch(/::error::tunegate: checkout could not be checked/);
    expect(result.summary).not.toContain("all gates pass");
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body).toContain("the workspace has the base branch checked out");
    expect(comments(repo)[0]!.body).not.toContain("all gates pass");
  });

  it("with the pull request checked out, its plan is judged as on pull_request", async () => {
    const repo = newRepo();
    const ws = workspace(files(BAD), files(GOOD));
    const result = await run(repo, ws.root, prTarget(ws));
    expect(result.code).toBe(1);
    expect(result.outputs["failed-gates"]).toBe('["safety"]');
    expect(JSON.parse(result.reportJson!).plans[0].file).toBe("tunegate.yml");
  });

  it("on pull_request, a checkout of the base commit is refused the same way", async () => {
    const repo = newRepo();
    const ws = workspace(files(BAD), files(GOOD), { checkedOut: "base" });
    const result = await run(repo, ws.root, {
      payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }),
    });
    expect(result.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    expect(JSON.parse(result.reportJson!).plans[0].file).toBe("checkout");
  });
});

describe("an event payload missing fields never leaves an older verdict in the comment", () => {
  it.each([
    ["no updated_at", (pr: Record<string, unknown>) => delete pr["updated_at"]],
    ["an updated_at that is not a time", (pr: Record<string, unknown>) => (pr["updated_at"] = "yesterday")],
    ["no head sha", (pr: Record<string, unknown>) => delete (pr["head"] as Record<string, unknown>)["sha"]],
  ])("%s: the failing run still replaces the passing comment", async (_, damage) => {
    const repo = newRepo();
    await run(repo, workspace(files(GOOD)).root, {
      payload: pullRequestPayload({ headSha: "a".repeat(40), updatedAt: "2026-11-24T10:00:00Z" }),
    });
    expect(headline(comments(repo)[0]!.body)).toContain("all gates pass");
    const payload = pullRequestPayload() as { pull_request: Record<string, unknown> };
    damage(payload.pull_request);
    const failing = await run(repo, workspace(files(BAD)).root, { payload });
    expect(failing.code).toBe(1);
    expect(comments(repo)).toHaveLength(1);
    expect(headline(comments(repo)[0]!.body)).toContain("blocked, 1 gate failed (safety)");
  });
});

describe("two tunegate steps in one job never share report files", () => {
  // The job's steps share RUNNER_TEMP. Before, the second step wrote over the first's files, so
  // the first step's report-json and sarif-file outputs named the second step's verdict.
  it.each([
    ["the same comment key", "", ""],
    ["keys that read the same in a file name", "models/a", "models_a"],
  ])("%s: each step's outputs name its own verdict", async (_, firstKey, secondKey) => {
    const temp = mkdtempSync(join(tmpdir(), "tunegate-job-temp-"));
    try {
      const env = { RUNNER_TEMP: temp };
      const passing = await run(newRepo(), workspace(files(GOOD)).root, {
        event: "push",
        payload: {},
        env,
        inputs: { "comment-key": firstKey },
      });
      const failing = await run(newRepo(), workspace(files(BAD)).root, {
        event: "push",
        payload: {},
        env,
        inputs: { "comment-key": secondKey },
      });
      expect([passing.outputs["verdict"], failing.outputs["verdict"]]).toEqual(["pass", "fail"]);
      expect(failing.outputs["report-json"]).not.toBe(passing.outputs["report-json"]);
      expect(failing.outputs["sarif-file"]).not.toBe(passing.outputs["sarif-file"]);
      const firstReport = JSON.parse(readFileSync(passing.outputs["report-json"]!, "utf8"));
      expect(firstReport).toMatchObject({ verdict: "pass", deploy_allowed: true });
      expect(JSON.parse(readFileSync(passing.outputs["sarif-file"]!, "utf8")).runs[0].results).toEqual([]);
      expect(JSON.parse(readFileSync(failing.outputs["report-json"]!, "utf8"))).toMatchObject({
        verdict: "fail",
        deploy_allowed: false,
      });
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe("a pull request that deletes a plan the glob matched", () => {
  it("warns that the plan's gates no longer run, instead of passing on the plans that remain", async () => {
    const repo = newRepo();
    const base = {
      "plans/a.yml": planIn("good.json"),
      "plans/b.yml": planIn("bad.json"),
      "evals/good.json": GOOD,
      "evals/bad.json": BAD,
    };
    const ws = workspace({ "plans/b.yml": null }, base);
    const result = await run(repo, ws.root, {
      inputs: { plan: "plans/*.yml" },
      payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }),
    });
    expect(result.outputs["verdict"]).toBe("warn");
    expect((JSON.parse(result.reportJson!) as { removed_plans: string[] }).removed_plans).toEqual(["plans/b.yml"]);
    expect(result.summary).toContain("**1 plan was checked at the base branch and is gone at this head**");
    expect(result.stdout).toContain(
      "plans/b.yml was checked at the base branch and is gone at this head: its gates no longer run",
    );
  });

  it("with every plan still there, nothing is reported and the verdict is the plans'", async () => {
    const repo = newRepo();
    const base = { "plans/a.yml": planIn("good.json"), "evals/good.json": GOOD };
    const ws = workspace({ "plans/c.yml": planIn("good.json") }, base);
    const result = await run(repo, ws.root, {
      inputs: { plan: "plans/*.yml" },
      payload: pullRequestPayload({ baseSha: ws.baseSha, headSha: ws.headSha }),
    });
    expect(result.outputs["verdict"]).toBe("pass");
    expect((JSON.parse(result.reportJson!) as { removed_plans: string[] }).removed_plans).toEqual([]);
  });
});
