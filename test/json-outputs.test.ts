import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { tempRepo } from "./helpers/temp-repo.ts";

/**
 * Every JSON tunegate writes is described by a published schema in schemas/, generated from the
 * zod schemas its types come from: each output here is checked against the file a user's tools
 * would read, not against the code that wrote it.
 */
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validator = (name: string) => {
  const schema = JSON.parse(readFileSync(`schemas/${name}.schema.json`, "utf8"));
  return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
};

function expectValid(name: string, json: unknown) {
  const validate = validator(name);
  expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

describe("JSON outputs follow their published schemas", () => {
  it("check --format json: one plan's report", async () => {
    const { stdout } = await runCli(["check", "--plan", "examples/faq-full-finetune/tunegate.yml", "--format", "json"]);
    expectValid("report", JSON.parse(stdout));
  });

  it("check --format json over several plans: the run report (the Action's report-json)", async () => {
    const { stdout } = await runCli(["check", "--plan", "examples/support-bot/tunegate.yml,examples/faq-full-finetune/tunegate.yml", "--format", "json"]);
    const json = JSON.parse(stdout);
    expectValid("run-report", json);
    expect(json.plans).toHaveLength(2);
  });

  it("analyze --format json", async () => {
    const { stdout, code } = await runCli(["analyze", "--knowledge-changes", "weekly", "--needs-citations", "true", "--monthly-queries", "100000", "--training-data", "300", "--format", "json"]);
    expect(code).toBe(0);
    expectValid("analysis", JSON.parse(stdout));
  });

  it("audit --format json", async () => {
    const root = tempRepo({ "tunegate.yml": readFileSync("examples/support-bot/tunegate.yml", "utf8").replace(/^# yaml-language-server.*\n/, "") });
    const { stdout } = await runCli(["audit", "--plan", "tunegate.yml", "--current", "bundled", "--format", "json"], root);
    expectValid("audit", JSON.parse(stdout));
  });

  it("the schemas reject what the outputs never hold (so these checks can fail)", () => {
    expect(validator("run-report")({ schema_version: 1, verdict: "maybe" })).toBe(false);
    expect(validator("analysis")({ schema_version: 1, tool: "tunegate" })).toBe(false);
  });
});
