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
  it("check --format json with one plan: the run report, whose plan holds the plan's report", async () => {
    const { stdout } = await runCli(["check", "--plan", "examples/faq-full-finetune/tunegate.yml", "--format", "json"]);
    const json = JSON.parse(stdout);
    expectValid("run-report", json);
    expect(json.plans).toHaveLength(1);
    expectValid("report", json.plans[0].report);
  });

  it("check --format json with one plan tunegate cannot read: the run report, its input errors located, exit 2", async () => {
    const { stdout, stderr, code } = await runCli(
      ["check", "--format", "json"],
      tempRepo({ "tunegate.yml": "version: 2\n" }),
    );
    expect(code).toBe(2);
    const json = JSON.parse(stdout);
    expectValid("run-report", json);
    expect(json).toMatchObject({ verdict: "fail", exit_code: 2, deploy_allowed: false });
    expect(json.plans[0].input_errors[0]).toMatchObject({ file: "tunegate.yml", line: 1, field: "version" });
    expect(stderr).toMatch(/^tunegate\.yml:1:\d+: error \[version\]/m);
  });

  it("check --format json over several plans: the run report (the Action's report-json)", async () => {
    const { stdout } = await runCli([
      "check",
      "--plan",
      "examples/support-bot/tunegate.yml,examples/faq-full-finetune/tunegate.yml",
      "--format",
      "json",
    ]);
    const json = JSON.parse(stdout);
    expectValid("run-report", json);
    expect(json.plans).toHaveLength(2);
  });

  it("analyze --format json", async () => {
    const { stdout, code } = await runCli([
      "analyze",
      "--knowledge-changes",
      "weekly",
      "--needs-citations",
      "true",
      "--monthly-queries",
      "100000",
      "--training-data",
      "300",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expectValid("analysis", JSON.parse(stdout));
  });

  it("audit --format json: the audit run report, its verdict and exit code those of the run", async () => {
    const root = tempRepo({
      "tunegate.yml": readFileSync("examples/support-bot/tunegate.yml", "utf8").replace(
        /^# yaml-language-server.*\n/,
        "",
      ),
    });
    const { stdout, code } = await runCli(
      ["audit", "--plan", "tunegate.yml", "--current", "bundled", "--format", "json"],
      root,
    );
    const json = JSON.parse(stdout);
    expectValid("audit-run-report", json);
    expectValid("audit", json.audit);
    expect(json.exit_code).toBe(code);
    expect(json).toMatchObject({
      fail_on: "warning",
      deploy_allowed: false,
      outputs: { verdict: json.verdict, "deploy-allowed": "false" },
    });
  });

  it("the schemas reject what the outputs never hold (so these checks can fail)", () => {
    expect(validator("run-report")({ schema_version: 1, verdict: "maybe" })).toBe(false);
    expect(validator("analysis")({ schema_version: 1, tool: "tunegate" })).toBe(false);
    expect(validator("audit-run-report")({ schema_version: 1, tool: "tunegate", verdict: "pass" })).toBe(false);
  });
});
