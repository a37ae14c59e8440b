import { describe, expect, it } from "vitest";
import { BAD, files, GOOD, PLAN, pullRequestHarness } from "./pr-harness.ts";
import { runnerCommands } from "./runner-commands.ts";

// A user who controls a plan, an eval file or a file name, and a server that controls its
// error messages, try to make the built Action's log start workflow commands. Every payload's
// command text begins with INJ: the runner (simulated from its source in runner-commands.ts)
// must carry out no command that came from them, neither a line of its own (its data starts
// with INJ) nor a break-out of an annotation's properties (a head tunegate never writes).
const { fake, workspace, newRepo, run } = pullRequestHarness("inject");

const OUR_HEAD = /^(error|warning|notice)( (title|file|line|col)=[^,]*(,(title|file|line|col)=[^,]*)*)?$/;

function injectedCommands(output: string) {
  return runnerCommands(output).filter((c) => c.data.startsWith("INJ") || !OUR_HEAD.test(c.head));
}

describe("workflow commands in user text", () => {
  it("plan names, plan paths, eval names and server messages start no command in the log", async () => {
    const repo = newRepo();
    const hostileEval = JSON.stringify({
      model: "m\n::warning::INJ5",
      safety: { "xstest\n::error::INJ6": 0.91 },
      task: { qa: 0.9 },
      latency_p95_ms: 1200,
    });
    const ws = workspace({
      ...files(hostileEval, PLAN.replace("name: support-bot", 'name: "x\\n::warning::INJ1 ##[warning]INJ3"')),
      "b/tunegate.yml": PLAN.replace("name: support-bot", 'name: "y\\r::error::INJ2"'),
      "b/evals/candidate.json": GOOD,
      "c/x##[warning]INJ4.yml": PLAN,
      "c/evals/candidate.json": GOOD,
      "d/x\n::warning::INJ7.yml": "version: 1\nname: broken\nsurprise: true\n",
    });
    fake()
      .tenant(repo)
      .failures.push({
        method: "POST",
        path: `/repos/${repo}/issues/2/comments`,
        status: 502,
        body: { message: "bad gateway\n::warning::INJ8", documentation_url: "https://docs.github.com/rest" },
        times: 1,
      });
    const result = await run(repo, ws.root, { inputs: { plan: "tunegate.yml\nb/tunegate.yml\nc/*.yml\nd/*.yml" } });
    expect(result.outputs["verdict"]).toBe("fail");
    // Every payload reached the log, so each was tested, not dropped.
    for (const marker of ["INJ1", "INJ2", "INJ3", "INJ4", "INJ7", "INJ8"]) expect(result.stdout).toContain(marker);
    expect(injectedCommands(result.stdout)).toEqual([]);
    expect(injectedCommands(result.stderr)).toEqual([]);
    // tunegate's own commands still work: annotations, the failed step.
    expect(runnerCommands(result.stdout).map((c) => c.name)).toContain("error");
  });

  it("a hostile failing plan still fails the step with its annotations", async () => {
    const repo = newRepo();
    const ws = workspace(files(BAD, PLAN.replace("name: support-bot", 'name: "::error::INJ9"')));
    const result = await run(repo, ws.root, { inputs: { comment: "never" } });
    expect(result.code).toBe(1);
    expect(injectedCommands(result.stdout)).toEqual([]);
    expect(
      runnerCommands(result.stdout)
        .filter((c) => c.name === "error")
        .map((c) => c.head),
    ).toContainEqual(expect.stringMatching(/^error title=tunegate safety%3A fail,file=tunegate.yml,line=\d+,col=\d+$/));
  });
});
