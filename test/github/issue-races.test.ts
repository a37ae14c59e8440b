import { describe, expect, it } from "vitest";
import { syncTrackingIssue, type TrackingRequest, type TrackingResult } from "../../src/shell/github/tracking-issue.ts";
import { everyInterleaving, type RunBody } from "./interleave.ts";
import { MemoryGitHub } from "./memory-github.ts";

// Two audits at once (the schedule and a manual dispatch) whose requests reach GitHub in every
// possible order: whatever the order, one tracking issue is left open.
const MARKER = '<!-- tunegate:audit key="" -->';

function request(body: string, needsAction = true): TrackingRequest {
  return {
    owner: "acme",
    repo: "app",
    marker: MARKER,
    title: "tunegate: pinned LLM prices need attention",
    body: `${body}\n\n${MARKER}\n`,
    needsAction,
    closingComment: "Closing.",
  };
}

function auditOf(github: MemoryGitHub, body: string, results: TrackingResult[], needsAction = true): RunBody {
  return async (turn) => {
    results.push(await syncTrackingIssue(github.client(turn), request(body, needsAction), () => {}));
  };
}

describe("two concurrent audits, every order of their requests", () => {
  it("open one tracking issue, not two", async () => {
    const orders = await everyInterleaving(
      () => {
        const github = new MemoryGitHub();
        const results: TrackingResult[] = [];
        return {
          world: github,
          runs: [auditOf(github, "drift: gpt-5 +20%", results), auditOf(github, "drift: gpt-5 +20%", results)],
        };
      },
      (github, schedule) => {
        expect(schedule.errors).toEqual([]);
        const open = github.issues.filter((i) => i.state === "open");
        expect(open, `order ${schedule.order.join("")}`).toHaveLength(1);
        expect(open[0]!.body).toContain("drift: gpt-5 +20%");
        for (const closed of github.issues.filter((i) => i.state === "closed")) {
          expect(closed.stateReason).toBe("duplicate");
          expect(closed.body).toContain(`Duplicate of #${open[0]!.number}`);
        }
      },
    );
    expect(orders).toBeGreaterThan(5);
  });

  it("duplicates left open by an earlier race are closed by the next audit", async () => {
    const github = new MemoryGitHub();
    const first = github.seedIssue(request("old").body);
    github.seedIssue(request("old").body);
    const results: TrackingResult[] = [];
    await auditOf(github, "new", results)(async () => {});
    expect(github.issues.filter((i) => i.state === "open").map((i) => [i.number, i.body])).toEqual([
      [first, request("new").body],
    ]);
  });

  it("an audit with nothing to act on beside one that opens: at most one issue open, never a duplicate", async () => {
    await everyInterleaving(
      () => {
        const github = new MemoryGitHub();
        const results: TrackingResult[] = [];
        return {
          world: github,
          runs: [auditOf(github, "drift", results), auditOf(github, "all in line", results, false)],
        };
      },
      (github, schedule) => {
        expect(schedule.errors).toEqual([]);
        expect(github.issues.filter((i) => i.state === "open").length).toBeLessThanOrEqual(1);
      },
    );
  });
});
