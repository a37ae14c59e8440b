import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/engine/policy/load.ts";

/** The published schema, as an editor loads it, checked by a JSON Schema validator (not zod). */
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync("schemas/policy.schema.json", "utf8")),
);

/** The README's policy examples: YAML blocks whose first line names a policy file. */
function readmePolicies(): string[] {
  const blocks = [...readFileSync("README.md", "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.filter((b) => /^# \S*policy\S*\.yml/.test(b));
}

describe("schemas/policy.schema.json describes a policy file: a partial override", () => {
  it("accepts the README's example policies, which the loader also accepts", () => {
    const examples = readmePolicies();
    expect(examples.length).toBeGreaterThan(0);
    for (const text of examples) {
      expect({ text, errors: validate(parse(text)) ? null : validate.errors }).toEqual({ text, errors: null });
      const shipped = { file: "policies/default.yml", text: readFileSync("policies/default.yml", "utf8") };
      expect(loadPolicy([shipped, { file: "example.yml", text }]).ok).toBe(true);
    }
  });

  it("accepts the shipped policy, a single threshold and an empty file", () => {
    for (const data of [
      parse(readFileSync("policies/default.yml", "utf8")),
      { gates: { safety: { min_score: 0.98 } } },
      { gates: { "data-sufficiency": { min_examples: { lora: 200 } } } },
      {},
    ]) {
      expect({ data, errors: validate(data) ? null : validate.errors }).toEqual({ data, errors: null });
    }
  });

  it("still rejects what the loader rejects: unknown keys, wrong types, another version", () => {
    for (const data of [
      { gates: { safety: { min_scor: 0.98 } } },
      { severities: { M2: "fatal" } },
      { version: 2 },
      { gates: { safety: { min_score: 1.5 } } },
    ]) {
      expect(validate(data)).toBe(false);
    }
  });
});
