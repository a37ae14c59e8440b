import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
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

const SHARED = "../shared/fixtures/eval-formats";

/** Every eval output file under a folder (none when it is absent): results, samples, logs, reports. */
function realEvalFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return realEvalFiles(path);
    return /\.(json|jsonl|eval|xml|csv)$/.test(name) ? [path] : [];
  });
}

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

  it("evals --format json over every real eval output the project holds, and the shared ones where they lie", async () => {
    const files = [...realEvalFiles("test/fixtures/real"), ...realEvalFiles(SHARED)];
    const root = tempRepo({});
    const listed: unknown[] = [];
    for (const [i, file] of files.entries()) {
      const copy = `evals/${i}-${basename(file)}`;
      mkdirSync(join(root, "evals"), { recursive: true });
      copyFileSync(file, join(root, copy));
      const { stdout, code } = await runCli(["evals", "--format", "json", copy], root);
      // Corrupt and unreadable files on purpose (their errors are tested elsewhere) list nothing.
      if (code !== 0) continue;
      const json = JSON.parse(stdout);
      expectValid("eval-listing", json);
      listed.push(...json);
    }
    expect(listed.length).toBeGreaterThanOrEqual(20);
    expect(new Set(listed.map((l) => (l as { format: string }).format)).size).toBeGreaterThanOrEqual(6);
  });

  it("the schemas reject what the outputs never hold (so these checks can fail)", () => {
    expect(validator("eval-listing")([{ file: "a.json", format: "lm-eval", names: [{ name: "arc", n: 1.5 }] }])).toBe(
      false,
    );
    expect(validator("run-report")({ schema_version: 1, verdict: "maybe" })).toBe(false);
    expect(validator("analysis")({ schema_version: 1, tool: "tunegate" })).toBe(false);
    expect(validator("audit-run-report")({ schema_version: 1, tool: "tunegate", verdict: "pass" })).toBe(false);
  });
});
