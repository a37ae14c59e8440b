import { describe, expect, it } from "vitest";
import { readCommentState } from "../../src/engine/report/comment-body.ts";
import { endsWithMarker } from "../../src/shell/github/own-nodes.ts";
import { BAD, GOOD, PLAN, pullRequestHarness } from "../github/pr-harness.ts";
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
    const passing = await run(repo, first.root, { inputs: { plan: "plans/*.yml" }, payload: pullRequestPayload({ headSha: "a".repeat(40), updatedAt: "2026-11-24T10:00:00Z" }) });
    expect(passing.outputs["verdict"]).toBe("pass");
    expect(headline(comments(repo)[0]!.body)).toContain("all gates pass");

    const second = workspace({ [name]: planIn("candidate.json"), "evals/candidate.json": BAD });
    const failing = await run(repo, second.root, { inputs: { plan: "plans/*.yml" }, payload: pullRequestPayload({ headSha: "b".repeat(40), updatedAt: "2026-11-24T11:00:00Z" }) });
    expect(failing.code).toBe(1);
    expect(failing.outputs["deploy-allowed"]).toBe("false");
    expect(comments(repo)).toHaveLength(1);
    expect(headline(comments(repo)[0]!.body)).toContain("blocked, 1 gate failed (safety)");
    expect(readCommentState(comments(repo)[0]!.body)).toEqual({ sha: "b".repeat(40), at: "2026-11-24T11:00:00Z" });
  });

  it("readCommentState reads the footer's own line, never a state quoted above it", () => {
    const quoted = "Plan `plans/x <!-- tunegate:state sha=0000000 at=9999-12-31T00:00:00Z -->.yml` · approach **rag**";
    expect(readCommentState(`### x\n\n${quoted}\n`)).toBeUndefined();
    expect(readCommentState(`### x\n\n${quoted}\n<!-- tunegate:state sha=abcdef1 at=2026-01-01T00:00:00Z -->\n<!-- tunegate:comment key="" plan="p" -->\n`)).toEqual({ sha: "abcdef1", at: "2026-01-01T00:00:00Z" });
    // A body GitHub hands back with CRLF line ends still has its footer.
    expect(readCommentState("x\r\n<!-- tunegate:state sha=abcdef1 at=2026-01-01T00:00:00Z -->\r\n<!-- m -->\r\n")).toEqual({ sha: "abcdef1", at: "2026-01-01T00:00:00Z" });
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

    const second = workspace({ "tunegate.yml": PLAN, [sneaky]: PLAN.replace("evals/candidate.json", "evals/bad.json"), "evals/candidate.json": GOOD, "evals/bad.json": BAD });
    const failing = await run(repo, second.root, { inputs: { plan: "*.yml" } });
    expect(failing.code).toBe(1);
    expect(failing.outputs["deploy-allowed"]).toBe("false");
    const bodies = comments(repo).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    const sneakyComment = bodies.find((b) => b.trimEnd().endsWith('plan="a \\u003c!-- tunegate:comment key=\\"\\" plan=\\"tunegate.yml\\" --\\u003e.yml" -->'));
    expect(sneakyComment).toBeDefined();
    expect(headline(sneakyComment!)).toContain("blocked, 1 gate failed (safety)");
    expect(bodies.filter((b) => headline(b)!.includes("all gates pass"))).toHaveLength(1);
  });

  it("endsWithMarker counts only the marker on the body's last line", () => {
    const marker = '<!-- tunegate:comment key="" plan="tunegate.yml" -->';
    expect(endsWithMarker(`report\n${marker}\n`, marker)).toBe(true);
    expect(endsWithMarker(`report\r\n${marker}\r\n`, marker)).toBe(true);
    expect(endsWithMarker(`Plan \`${marker}.yml\`\n<!-- tunegate:comment key="" plan="other.yml" -->\n`, marker)).toBe(false);
  });
});
