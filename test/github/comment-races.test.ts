import { describe, expect, it } from "vitest";
import {
  commentMarker,
  readCommentState,
  runCommentMarker,
  stateLine,
  type CommentState,
} from "../../src/engine/output/parts/comment-body.ts";
import { syncStickyComments, type StickyResult } from "../../src/shell/github/sticky-comment.ts";
import { everyInterleaving, sampledInterleavings, type RunBody } from "./interleave.ts";
import { MemoryGitHub } from "./memory-github.ts";

// Two runs on one pull request (a quick double push, a re-run beside a new push) whose requests
// reach GitHub in every possible order: whatever the order, one comment per plan is left, and
// it holds the newer run's verdict.
const MARKER = commentMarker("", "tunegate.yml");
const TARGET = { owner: "acme", repo: "app", issueNumber: 2 };

const OLD: CommentState = { sha: "0".repeat(40), at: "2026-11-24T09:00:00Z", run: 9 };
const A: CommentState = { sha: "a".repeat(40), at: "2026-11-24T11:00:00Z", run: 10 };
const B: CommentState = { sha: "b".repeat(40), at: "2026-11-24T12:00:00Z", run: 11 };
/** A later event in the same second as A: ordered by its run id. */
const A_SAME_SECOND: CommentState = { sha: "c".repeat(40), at: A.at, run: 12 };

const body = (verdict: string, state: CommentState | undefined) =>
  `### tunegate · ${verdict}\n${state === undefined ? "" : `${stateLine(state)}\n`}${MARKER}\n`;

function runOf(
  github: MemoryGitHub,
  verdict: string,
  state: CommentState,
  results: StickyResult[],
  createIfAbsent = true,
): RunBody {
  return async (turn) => {
    await syncStickyComments(
      github.client(turn),
      TARGET,
      [{ marker: MARKER, body: body(verdict, state), createIfAbsent }],
      state,
      (_plan, result) => results.push(result),
      () => {},
    );
  };
}

interface Case {
  name: string;
  seed: Array<[string, CommentState | undefined]>;
  runs: Array<[string, CommentState]>;
  /** The body left standing. */
  expected: string;
}

const cases: Case[] = [
  {
    name: "a double push, no comment yet: the older PASS and the newer FAIL",
    seed: [],
    runs: [
      ["PASS", A],
      ["FAIL", B],
    ],
    expected: body("FAIL", B),
  },
  {
    name: "the same, the newer run first",
    seed: [],
    runs: [
      ["FAIL", B],
      ["PASS", A],
    ],
    expected: body("FAIL", B),
  },
  {
    name: "a double push over an earlier commit's comment",
    seed: [["OLD", OLD]],
    runs: [
      ["PASS", A],
      ["FAIL", B],
    ],
    expected: body("FAIL", B),
  },
  {
    name: "over a comment written without a state (an older tunegate)",
    seed: [["LEGACY", undefined]],
    runs: [
      ["PASS", A],
      ["FAIL", B],
    ],
    expected: body("FAIL", B),
  },
  {
    name: "two events in the same second: the later run wins",
    seed: [["OLD", OLD]],
    runs: [
      ["FAIL", A_SAME_SECOND],
      ["PASS", A],
    ],
    expected: body("FAIL", A_SAME_SECOND),
  },
  {
    name: "duplicates left by an earlier race are cleaned up",
    seed: [
      ["OLD", OLD],
      ["OLD", OLD],
    ],
    runs: [
      ["PASS", A],
      ["FAIL", B],
    ],
    expected: body("FAIL", B),
  },
];

describe("two runs on one pull request, every order of their requests", () => {
  it.each(cases)("$name", async ({ seed, runs, expected }) => {
    const orders = await everyInterleaving(
      () => {
        const github = new MemoryGitHub();
        for (const [verdict, state] of seed) github.seedComment(body(verdict, state));
        const results: StickyResult[] = [];
        return {
          world: { github, results },
          runs: runs.map(([verdict, state]) => runOf(github, verdict, state, results)),
        };
      },
      ({ github }, schedule) => {
        expect(schedule.errors, `order ${schedule.order.join("")}`).toEqual([]);
        expect(
          github.comments.map((c) => c.body),
          `order ${schedule.order.join("")}`,
        ).toEqual([expected]);
      },
    );
    // Every order was tried: far more than the one a test of two runs in sequence tries.
    expect(orders).toBeGreaterThan(10);
  });

  it("a re-run of the same event beside the original: one comment, in place", async () => {
    await everyInterleaving(
      () => {
        const github = new MemoryGitHub();
        const first = github.seedComment(body("PASS", A));
        const results: StickyResult[] = [];
        return {
          world: { github, first },
          runs: [runOf(github, "FAIL", A, results), runOf(github, "FAIL", A, results)],
        };
      },
      ({ github, first }, schedule) => {
        expect(schedule.errors).toEqual([]);
        expect(github.comments).toEqual([{ id: first, body: body("FAIL", A), login: "github-actions[bot]" }]);
      },
    );
  });

  it("three runs, three commits: the newest stands alone (3,000 orders drawn with a fixed seed)", async () => {
    await sampledInterleavings(
      () => {
        const github = new MemoryGitHub();
        github.seedComment(body("OLD", OLD));
        const results: StickyResult[] = [];
        return {
          world: github,
          runs: [
            runOf(github, "A", A, results),
            runOf(github, "B", B, results),
            runOf(github, "C", A_SAME_SECOND, results),
          ],
        };
      },
      (github, schedule) => {
        expect(schedule.errors).toEqual([]);
        expect(
          github.comments.map((c) => readCommentState(c.body)),
          `order ${schedule.order.join("")}`,
        ).toEqual([B]);
      },
      3000,
    );
  });

  it("with on-failure (a passing run only edits), never two comments, and a passing newer run that saw the failing comment replaces it", async () => {
    await everyInterleaving(
      () => {
        const github = new MemoryGitHub();
        const results: StickyResult[] = [];
        return { world: github, runs: [runOf(github, "FAIL", A, results), runOf(github, "PASS", B, results, false)] };
      },
      (github) => {
        // The passing run creates nothing when it saw no comment; if it saw the failing one, it replaces it.
        const bodies = github.comments.map((c) => c.body);
        expect(bodies.length).toBeLessThanOrEqual(1);
        if (bodies.length === 1 && bodies[0] === body("FAIL", A)) return;
        expect(bodies).toEqual([body("PASS", B)]);
      },
    );
  });

  it("two plans per run: each plan keeps one comment, the newer run's, in every order", async () => {
    const second = commentMarker("", "apps/b/tunegate.yml");
    const bodyFor = (marker: string, verdict: string, state: CommentState) =>
      `### ${verdict}\n${stateLine(state)}\n${marker}\n`;
    const twoPlans =
      (github: MemoryGitHub, verdict: string, state: CommentState): RunBody =>
      async (turn) => {
        await syncStickyComments(
          github.client(turn),
          TARGET,
          [MARKER, second].map((marker) => ({ marker, body: bodyFor(marker, verdict, state), createIfAbsent: true })),
          state,
          () => {},
          () => {},
        );
      };
    const orders = await everyInterleaving(
      () => {
        const github = new MemoryGitHub();
        github.seedComment(bodyFor(MARKER, "OLD", OLD));
        return { world: github, runs: [twoPlans(github, "PASS", A), twoPlans(github, "FAIL", B)] };
      },
      (github, schedule) => {
        expect(schedule.errors).toEqual([]);
        expect(github.comments.map((c) => c.body).sort(), `order ${schedule.order.join("")}`).toEqual(
          [bodyFor(MARKER, "FAIL", B), bodyFor(second, "FAIL", B)].sort(),
        );
      },
    );
    expect(orders).toBeGreaterThan(100);
  });

  it.each([
    ["the newer run switches to one comment for the run", "B"],
    ["the newer run switches back to one comment per plan", "A"],
  ] as const)(
    "%s while the older run writes the other way: only the newer run's comment is left, in every order",
    async (_name, runModeIs) => {
      const RUN = runCommentMarker("");
      const bodyFor = (marker: string, state: CommentState) =>
        `### ${marker === RUN ? "all plans" : "one plan"}\n${stateLine(state)}\n${marker}\n`;
      const runIn =
        (github: MemoryGitHub, state: CommentState, runMode: boolean): RunBody =>
        async (turn) => {
          const [marker, retire] = runMode ? [RUN, MARKER] : [MARKER, RUN];
          await syncStickyComments(
            github.client(turn),
            TARGET,
            [{ marker, body: bodyFor(marker, state), createIfAbsent: true }],
            state,
            () => {},
            () => {},
            [retire],
          );
        };
      const orders = await everyInterleaving(
        () => {
          const github = new MemoryGitHub();
          github.seedComment(bodyFor(runModeIs === "B" ? MARKER : RUN, OLD));
          return { world: github, runs: [runIn(github, A, runModeIs === "A"), runIn(github, B, runModeIs === "B")] };
        },
        (github, schedule) => {
          expect(schedule.errors).toEqual([]);
          expect(
            github.comments.map((c) => c.body),
            `order ${schedule.order.join("")}`,
          ).toEqual([bodyFor(runModeIs === "B" ? RUN : MARKER, B)]);
        },
      );
      expect(orders).toBeGreaterThan(10);
    },
  );
});
