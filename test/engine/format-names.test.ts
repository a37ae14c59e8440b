import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVAL_FORMATS as READERS } from "../../src/engine/evals/registry.ts";
import { sourceFileSchema } from "../../src/engine/evals/model.ts";
import { EVAL_FORMAT_NAMES } from "../../src/engine/input/eval-format-names.ts";
import { EVAL_FORMATS as PLAN_FORMATS } from "../../src/engine/plan/schema.ts";

/** The format names have one home; everything that lists formats must agree with it. */
describe("eval format names", () => {
  const readable = new Set(READERS.filter((r) => r.kind !== "unsupported").map((r) => r.name));
  const unsupported = READERS.filter((r) => r.kind === "unsupported").map((r) => r.name);

  it("every registered reader is named, and every name has a reader", () => {
    expect([...readable].sort()).toEqual([...EVAL_FORMAT_NAMES].sort());
  });

  it("a format recognised but not read is not a name a plan can declare", () => {
    for (const name of unsupported) expect(EVAL_FORMAT_NAMES as readonly string[]).not.toContain(name);
  });

  it("the plan's evals.format, the report's sources[].format and the plan's JSON Schema take exactly these names", () => {
    expect(PLAN_FORMATS).toEqual(["auto", ...EVAL_FORMAT_NAMES]);
    expect(
      sourceFileSchema.safeParse({
        file: "f",
        format: "not-a-format",
        tool_version: null,
        model: null,
        examples: null,
        errored: 0,
        names: [],
        sha256: null,
      }).success,
    ).toBe(false);
    for (const name of EVAL_FORMAT_NAMES)
      expect(
        sourceFileSchema.safeParse({
          file: "f",
          format: name,
          tool_version: null,
          model: null,
          examples: null,
          errored: 0,
          names: [],
          sha256: null,
        }).success,
      ).toBe(true);
    const planSchema = JSON.parse(readFileSync("schemas/plan.schema.json", "utf8")) as {
      properties: { evals: { properties: { format: { enum: string[] } } } };
    };
    expect(planSchema.properties.evals.properties.format.enum).toEqual(["auto", ...EVAL_FORMAT_NAMES]);
  });

  it("README's plan example lists every value evals.format takes, and its table names every format", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(/format: auto +# (.*)\n/.exec(readme)![1]).toBe(["auto", ...EVAL_FORMAT_NAMES].join(" | "));
    for (const name of EVAL_FORMAT_NAMES.filter((n) => !["lm-eval", "promptfoo", "inspect", "tunegate"].includes(n)))
      expect(readme).toContain(`(\`${name}\`) |`);
  });
});
