import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GATED_RAG_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { files, pullRequestHarness } from "../github/pr-harness.ts";
import { check } from "./harness.ts";
import { jsonDocument } from "../../src/engine/output/parts/escape.ts";

// Text a pull request writes (a plan's name, a benchmark's name) may hold characters a person
// cannot see or that reorder what they see: bidi overrides and marks, NUL, zero-width characters,
// tag characters. Every channel a person reads shows them as \uXXXX instead.

/** Control and invisible characters, each a class the escaping must cover. */
const INVISIBLE = [
  "\u0000",
  "\u001b",
  "\u009b",
  "\u202e",
  "\u2066",
  "\u200e",
  "\u200f",
  "\u061c",
  "\u200c",
  "\u200d",
  "\u2060",
  "\u2064",
  "\ufeff",
  "\u180e",
  "\u2028",
  "\u{e0041}",
  "\u{e007f}",
];
const ZERO_WIDTH_SPACE = "\u200b";

/** Raw characters of the set anywhere in a text (the zero-width space apart: see below). */
function rawInvisible(text: string): string[] {
  return INVISIBLE.filter((c) => text.includes(c));
}

const PLAN = (name: string, benchmark: string) =>
  GATED_RAG_PLAN.replace("name: support-bot", `name: ${JSON.stringify(name)}`).replace(
    "task_floor: 0.85",
    `task_floor: 0.85\n  task: [${JSON.stringify(benchmark)}]`,
  );

const EVALS = (benchmark: string) =>
  JSON.stringify({ model: "m", safety: { xstest: 0.97 }, task: { [benchmark]: 0.9 }, latency_p95_ms: 1200 });

const hidden = fc
  .tuple(
    fc.constantFrom(...INVISIBLE),
    fc.constantFrom(...INVISIBLE),
    fc.string({ unit: fc.constantFrom(..."abc-_ "), minLength: 1, maxLength: 6 }),
  )
  .map(([a, b, word]) => `sup${a}port${b}${word}`);

describe("control and invisible characters are shown, never passed on", () => {
  it("a JSON document keeps every value: escaping is only how it is written (property)", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(fc.constantFrom(...INVISIBLE, ZERO_WIDTH_SPACE, "a", "\n")),
        (value, extra) => {
          const doc = { value, text: extra.join("") };
          const written = jsonDocument(doc);
          expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(doc)));
          expect(rawInvisible(written)).toEqual([]);
          expect(written.includes(ZERO_WIDTH_SPACE)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("in every CLI format, for a plan name and a benchmark name (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        hidden,
        hidden,
        fc.constantFrom("text", "markdown", "json", "sarif"),
        async (name, benchmark, format) => {
          const root = tempRepo({ "tunegate.yml": PLAN(name, benchmark), "evals/candidate.json": EVALS(benchmark) });
          const run = await check(root, "--format", format);
          expect(run.stdout.length).toBeGreaterThan(0);
          expect(rawInvisible(run.stdout + run.stderr)).toEqual([]);
          if (format === "json" || format === "sarif") expect(() => JSON.parse(run.stdout)).not.toThrow();
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a zero-width space a user wrote is shown, in text, JSON and markdown alike", async () => {
    const name = `support${ZERO_WIDTH_SPACE}bot`;
    const root = tempRepo({ "tunegate.yml": PLAN(name, "qa"), "evals/candidate.json": EVALS("qa") });
    for (const format of ["text", "json", "markdown"]) {
      const run = await check(root, "--format", format);
      // Markdown escapes the backslash, so the page shows support\u200bbot too.
      expect(run.stdout, format).toContain(format === "markdown" ? "support\\\\u200bbot" : "support\\u200bbot");
      expect(run.stdout, format).not.toContain(name);
    }
  });

  const { workspace, newRepo, run, comments } = pullRequestHarness("invisible");
  it("in the Action: log, annotations, job summary, comment, report-json, SARIF and outputs", async () => {
    const repo = newRepo();
    const name = "sup\u202eport\u0000\u200d\u{e0041}bot";
    const ws = workspace(files(undefined, PLAN(name, "qa")));
    const result = await run(repo, ws.root);
    const everything = {
      stdout: result.stdout,
      summary: result.summary,
      report: result.reportJson ?? "",
      sarif: result.sarif ?? "",
      outputs: JSON.stringify(result.outputs),
      comment: comments(repo)
        .map((c) => c.body)
        .join("\n"),
    };
    for (const [channel, text] of Object.entries(everything)) expect(rawInvisible(text), channel).toEqual([]);
    expect(everything.comment).toContain("\\u202e");
    expect(JSON.stringify(JSON.parse(result.reportJson!))).toContain(JSON.stringify(name).slice(1, -1));
  });
});
