import { describe, expect, it } from "vitest";
import {
  commentMarker,
  NOT_CURRENT_HEADING,
  stateLine,
  type CommentState,
} from "../../src/engine/output/parts/comment-body.ts";
import { syncStickyComments } from "../../src/shell/github/sticky-comment.ts";
import { MemoryGitHub } from "./memory-github.ts";
import { COMMENT_MARKER, files, pullRequestHarness } from "./pr-harness.ts";
import { pullRequestPayload } from "./run-action.ts";

// A comment left by a plan that a later run no longer checks (moved, deleted, or a `plan` input
// that was wrong: "plan input: could not be checked") must not stand red beside the new verdict.
const TARGET = { owner: "acme", repo: "app", issueNumber: 2 };
const OLD: CommentState = { sha: "0".repeat(40), at: "2026-11-24T09:00:00Z", run: 9 };
const NOW: CommentState = { sha: "a".repeat(40), at: "2026-11-24T11:00:00Z", run: 10 };
const LATER: CommentState = { sha: "b".repeat(40), at: "2026-11-24T12:00:00Z", run: 11 };

const body = (text: string, plan: string, state: CommentState | undefined, key = "") =>
  `### ${text}\n${state === undefined ? "" : `${stateLine(state)}\n`}${commentMarker(key, plan)}\n`;
const now = () => Promise.resolve();

async function run(github: MemoryGitHub, key: string | undefined, plan = "tunegate.yml") {
  await syncStickyComments(
    github.client(now),
    TARGET,
    [{ marker: commentMarker(key ?? "", plan), body: body("PASS", plan, NOW, key ?? ""), createIfAbsent: true }],
    NOW,
    () => {},
    () => {},
    [],
    key,
  );
}

describe("comments of plans a later run no longer checks", () => {
  it("are marked no longer current, once, above what they said", async () => {
    const github = new MemoryGitHub();
    const stale = github.seedComment(body("FAIL: plan input could not be checked", "plan input", OLD));
    const moved = github.seedComment(body("FAIL", "old/tunegate.yml", undefined));
    await run(github, "");
    const text = (id: number) => github.comments.find((c) => c.id === id)!.body;
    expect(text(stale)).toMatch(
      new RegExp(
        `^${NOT_CURRENT_HEADING.replace(/[[\]*.]/g, "\\$&")} The run for commit aaaaaaa did not check this plan`,
      ),
    );
    expect(text(stale)).toContain("### FAIL: plan input could not be checked");
    expect(text(moved).startsWith(NOT_CURRENT_HEADING)).toBe(true);
    const once = text(stale);
    await run(github, "");
    expect(text(stale)).toBe(once);
    // The plan this run checks got its own comment, unmarked.
    expect(
      github.comments
        .filter((c) => c.body.endsWith(`${commentMarker("", "tunegate.yml")}\n`))
        .map((c) => c.body.startsWith(NOT_CURRENT_HEADING)),
    ).toEqual([false]);
  });

  it("leave a newer run's comment, another key's, and someone else's alone", async () => {
    const github = new MemoryGitHub();
    const newer = github.seedComment(body("FAIL", "other/tunegate.yml", LATER));
    const otherKey = github.seedComment(body("FAIL", "x.yml", OLD, "nightly"));
    const notOurs = github.seedComment(body("FAIL", "y.yml", OLD), "someone");
    const before = github.comments.map((c) => c.body);
    await run(github, "");
    for (const id of [newer, otherKey, notOurs])
      expect(github.comments.find((c) => c.id === id)!.body).toBe(before[[newer, otherKey, notOurs].indexOf(id)]);
  });

  it("are left as they are by a caller that gives no key", async () => {
    const github = new MemoryGitHub();
    const stale = github.seedComment(body("FAIL", "gone.yml", OLD));
    await run(github, undefined);
    expect(github.comments.find((c) => c.id === stale)!.body).toBe(body("FAIL", "gone.yml", OLD));
  });
});

describe("through the Action, against the contract-checked fake GitHub", () => {
  const { workspace, newRepo, run: runAction, comments } = pullRequestHarness("stale");
  it("a wrong plan input's red comment is marked no longer current by the next run that checks the plan", async () => {
    const repo = newRepo();
    const ws = workspace(files());
    const first = await runAction(repo, ws.root, {
      inputs: { plan: "tunegate.yaml" },
      payload: pullRequestPayload({ updatedAt: "2026-11-20T10:00:00Z" }),
    });
    expect(first.outputs["verdict"]).toBe("fail");
    expect(comments(repo).map((c) => c.body)).toEqual([expect.stringContaining("tunegate.yaml: could not be checked")]);
    await runAction(repo, ws.root, { payload: pullRequestPayload({ updatedAt: "2026-11-20T11:00:00Z" }) });
    const bodies = comments(repo).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies.filter((b) => b.startsWith(NOT_CURRENT_HEADING))).toEqual([
      expect.stringContaining("tunegate.yaml: could not be checked"),
    ]);
    expect(bodies.filter((b) => !b.startsWith(NOT_CURRENT_HEADING))).toEqual([expect.stringContaining(COMMENT_MARKER)]);
  });
});
