import { describe, expect, it } from "vitest";
import { MAX_PLAN_COMMENTS } from "../../src/engine/output/run-comment.ts";
import { COMMENT_LIMIT } from "../../src/engine/output/parts/comment-body.ts";
import { BAD, GOOD, PLAN, pullRequestHarness } from "./pr-harness.ts";
import { pullRequestPayload } from "./run-action.ts";

// 300 plans once posted 300 comments. Above MAX_PLAN_COMMENTS plans a run writes one comment:
// every plan in a table, the details in collapsed sections, the full reports in the job summary.
const { run, workspace, newRepo, comments, writes } = pullRequestHarness("many");

function plans(count: number, failing: (i: number) => boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const dir = `apps/p${String(i).padStart(3, "0")}`;
    files[`${dir}/tunegate.yml`] = PLAN.replace("support-bot", `bot-${i}`);
    files[`${dir}/evals/candidate.json`] = failing(i) ? BAD : GOOD;
  }
  return files;
}

const RUN_MARKER = '<!-- tunegate:comment key="" plans=all -->';

describe("many plans, one comment", () => {
  it(`${MAX_PLAN_COMMENTS} plans keep one comment each`, async () => {
    const repo = newRepo();
    const result = await run(repo, workspace(plans(MAX_PLAN_COMMENTS, () => false)).root, {
      inputs: { plan: "apps/*/tunegate.yml" },
    });
    expect(result.code).toBe(0);
    expect(comments(repo)).toHaveLength(MAX_PLAN_COMMENTS);
  }, 120_000);

  it("300 plans post one comment, within GitHub's size limit, failures first", async () => {
    const repo = newRepo();
    const result = await run(repo, workspace(plans(300, (i) => i % 100 === 7)).root, {
      inputs: { plan: "apps/*/tunegate.yml" },
    });
    expect(result.code).toBe(1);
    expect(comments(repo)).toHaveLength(1);
    expect(writes(repo).filter((w) => w.method === "POST")).toHaveLength(1);
    const body = comments(repo)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.trimEnd().endsWith(RUN_MARKER)).toBe(true);
    expect(body).toContain("### ❌ tunegate · 300 plans: 3 fail, 297 pass");
    // The failing plans lead the table and have their details.
    const rows = body.split("\n").filter((l) => l.startsWith("| `apps/"));
    expect(rows.slice(0, 3).map((r) => /`([^`]+)`/.exec(r)![1])).toEqual([
      "apps/p007/tunegate.yml",
      "apps/p107/tunegate.yml",
      "apps/p207/tunegate.yml",
    ]);
    expect(body).toContain("<details><summary>❌ apps/p007/tunegate.yml</summary>");
    // The job summary still names every plan.
    expect(new Set(result.summary.match(/bot-\d+/g)).size).toBe(300);
  }, 240_000);

  it("a run that crosses the threshold retires the per-plan comments of the earlier run", async () => {
    const repo = newRepo();
    const few = plans(3, () => false);
    await run(repo, workspace(few).root, {
      inputs: { plan: "apps/*/tunegate.yml" },
      payload: pullRequestPayload({ headSha: "a".repeat(40), updatedAt: "2026-11-24T11:00:00Z" }),
    });
    expect(comments(repo)).toHaveLength(3);
    const many = await run(repo, workspace(plans(MAX_PLAN_COMMENTS + 1, () => false)).root, {
      inputs: { plan: "apps/*/tunegate.yml" },
      payload: pullRequestPayload({ headSha: "b".repeat(40), updatedAt: "2026-11-24T12:00:00Z" }),
    });
    expect(many.stdout).toContain("deleted 3 comment(s) from earlier runs that commented per plan");
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body.trimEnd().endsWith(RUN_MARKER)).toBe(true);
    // And back: the run comment is retired when the plans are few again.
    await run(repo, workspace(few).root, {
      inputs: { plan: "apps/*/tunegate.yml" },
      payload: pullRequestPayload({ headSha: "c".repeat(40), updatedAt: "2026-11-24T13:00:00Z" }),
    });
    expect(comments(repo)).toHaveLength(3);
    expect(comments(repo).some((c) => c.body.includes(RUN_MARKER))).toBe(false);
  }, 240_000);

  it("a plan's path in the run comment stays text: no HTML, no mention, in the table or the collapsed section", async () => {
    const repo = newRepo();
    const files = plans(MAX_PLAN_COMMENTS, () => false);
    files["apps/<img src=x onerror=alert(1)> @octocat/tunegate.yml"] = PLAN;
    files["apps/<img src=x onerror=alert(1)> @octocat/evals/candidate.json"] = BAD;
    await run(repo, workspace(files).root, { inputs: { plan: "apps/*/tunegate.yml" } });
    const body = comments(repo)[0]!.body;
    expect(body).toContain("plans=all");
    expect(body).toContain("<summary>❌ apps/&lt;img src=x onerror=alert(1)&gt; @\u200boctocat/tunegate.yml</summary>");
    // Inside code spans GitHub renders no HTML and no mention; outside them none may be left.
    const outsideCode = body.replace(/`[^`\n]*`/g, "");
    expect(outsideCode).not.toMatch(/<img/);
    expect(outsideCode).not.toMatch(/@octocat/);
  }, 120_000);
});
