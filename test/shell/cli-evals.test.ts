import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

/** Real outputs of the eval tools, read in place (never copied into the project). */
const DIR = resolve("../shared/fixtures/eval-formats");
const present = existsSync(DIR);

describe("tunegate evals FILE...", () => {
  it("lists the project's own example files in the names a plan uses", async () => {
    const run = await runCli(["evals", "examples/support-bot/evals/candidate.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^examples\/support-bot\/evals\/candidate\.json: tunegate, model claude-haiku-4-5 \+ support-voice LoRA r16, 15481 examples, 6 names\n/,
    );
    for (const name of ["hellaswag", "arc_challenge", "winogrande", "xstest", "harmbench", "support_qa"])
      expect(run.stdout).toMatch(new RegExp(`^  ${name} +score`, "m"));
  });

  it("an unreadable file is a located exit 2, and no file at all is a usage error", async () => {
    const missing = await runCli(["evals", "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    expect((await runCli(["evals"])).code).toBe(2);
  });

  it.skipIf(!present)(
    "real files: format, tool version, model, every suite with its metric, n and score (JSON)",
    async () => {
      const run = await runCli(
        [
          "evals",
          "promptfoo/simple-cli_output_v3.json",
          "lm-eval-harness/results_2024-08-21T03-44-09.494230.json",
          "--format",
          "json",
        ],
        DIR,
      );
      expect(run.stderr).toBe("");
      const [promptfoo, lmEval] = JSON.parse(run.stdout);
      expect(promptfoo).toMatchObject({ format: "promptfoo", model: "openai:gpt-4.1-mini" });
      expect(promptfoo.names).toContainEqual({
        name: "simple_test#prompt-1",
        aliases: [],
        metric: "pass_rate",
        n: 4,
        score: 1,
        pooled: false,
      });
      expect(promptfoo.names).toContainEqual(expect.objectContaining({ name: "simple_test", pooled: true }));
      expect(lmEval).toMatchObject({
        format: "lm-eval",
        model: "meta-llama/Meta-Llama-3-8B-Instruct",
        names: [{ name: "asdiv", metric: "acc,none", n: 50, score: 0.92 }],
      });
    },
  );

  it.skipIf(!present)("a red-team file counts each row once, not once per plugin and again in redteam", async () => {
    const run = await runCli(["evals", "promptfoo/redteam_output_promptfoo-action.json", "--format", "json"], DIR);
    const [listing] = JSON.parse(run.stdout);
    const plugins = listing.names.filter((n: { name: string }) => n.name !== "redteam");
    const rows = plugins.reduce((sum: number, n: { n: number }) => sum + n.n, 0);
    expect(listing.names.find((n: { name: string }) => n.name === "redteam").n).toBe(rows);
    expect(listing.examples).toBe(rows);
  });
});
