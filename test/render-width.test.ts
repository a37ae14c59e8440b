import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chromiumAvailable, COMMENT_WIDTH, measureComments } from "../scripts/render-comment.ts";
import { runCli } from "./helpers/cli.ts";
import { tempRepo } from "./helpers/temp-repo.ts";

/**
 * The comment as GitHub lays it out (headless Chromium, GitHub's table rules, a body 850 px wide,
 * fonts wider than GitHub's): no table or code block may need a horizontal scroll bar, with
 * every <details> opened. Chromium comes from Debian's `chromium` package.
 */
const ANSWERS = [
  "--knowledge-changes",
  "weekly",
  "--needs-citations",
  "true",
  "--style-requirements",
  "high",
  "--training-data",
  "200 examples",
  "--latency-requirement",
  "2s",
  "--monthly-queries",
  "100000",
];

async function comments(): Promise<Record<string, string>> {
  const scratch = tempRepo({});
  await runCli(["init", ...ANSWERS], scratch, "2026-11-24");
  const firstPr = await runCli(["check", "--format", "markdown", "--fail-on", "never"], scratch, "2026-11-24");
  const out: Record<string, string> = { "first PR after init": firstPr.stdout };
  for (const example of ["faq-full-finetune", "support-bot"])
    out[`golden ${example}`] = readFileSync(`test/golden/${example}.md`, "utf8");
  for (const example of ["brand-voice", "medical-symptom-checker", "code-review-assistant"]) {
    out[example] = (
      await runCli(["check", "--plan", `examples/${example}/tunegate.yml`, "--format", "markdown"])
    ).stdout;
  }
  return out;
}

describe.skipIf(!chromiumAvailable())("the comment fits GitHub's comment width (rendered in headless Chromium)", () => {
  it(`every table and code block fits ${COMMENT_WIDTH} px, details open or closed`, { timeout: 180_000 }, async () => {
    const rendered = await comments();
    // the control: the old six-column table with a source and an address in its cells overflows
    const control =
      "| Gate | Result | Why | Fix | Measured | Threshold |\n| - | - | - | - | - | - |\n| Approach fit<br><sub>`approach-fit`</sub> | **❌ fail** | M4: no evaluation pipeline: the plan fine-tunes but declares no eval results | declare evals.candidate and evals.baseline (base-model results) so forgetting and safety can be gated | hybrid | framework recommends hybrid (RAG + LoRA)<br><sub>Q1-Q5 and M1-M5, tunegate framework, section 4 (https:\u200b//github.com/tunegate/tunegate/blob/v0.1.0/docs/framework.md#\u200b4-mismatches-when-a-plan-contradicts-the-framework)</sub> |\n";
    const names = [...Object.keys(rendered), "control"];
    const measures = measureComments([...Object.values(rendered), control]);
    const byName = Object.fromEntries(names.map((name, i) => [name, measures[i]!]));
    expect(byName["control"]!.overflowing.length, "the measurement sees an overflowing table").toBe(1);
    expect(byName["control"]!.widestOpen).toBeGreaterThan(COMMENT_WIDTH);
    for (const name of Object.keys(rendered)) {
      const m = byName[name]!;
      expect(m.overflowing, name).toEqual([]);
      expect(m.widestOpen, name).toBeLessThanOrEqual(COMMENT_WIDTH);
      // the body itself never grows past its width plus its padding
      expect(m.width, name).toBeLessThanOrEqual(COMMENT_WIDTH + 32);
    }
  });
});
