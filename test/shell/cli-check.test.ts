import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const EVALS = `  candidate: evals/c.json\n`;
const passingPlan = `${MINIMAL_PLAN}evals:\n${EVALS}  task_floor: 0.8\n`;
const candidate = JSON.stringify({
  model: "m",
  safety: { xstest: { passed: 485, n: 500 } },
  task: { qa: { passed: 450, n: 500 } },
});

describe("tunegate check: verdicts and exit codes", () => {
  it("exits 0 on warnings and 1 with --fail-on warning", async () => {
    const root = tempRepo({ "tunegate.yml": passingPlan, "evals/c.json": candidate });
    const normal = await runCli(["check"], root);
    expect(normal.code).toBe(0);
    expect(normal.stdout).toMatch(/^tunegate WARN: test-plan: passes with 1 warning \(cost-budget\)/);
    expect((await runCli(["check", "--fail-on", "warning"], root)).code).toBe(1);
    expect((await runCli(["check", "--fail-on", "never"], root)).code).toBe(0);
  });

  it("exits 1 when a gate fails, and 0 with --fail-on never", async () => {
    const root = tempRepo({
      "tunegate.yml": passingPlan.replace("approach: rag", "approach: lora"),
      "evals/c.json": candidate,
    });
    expect((await runCli(["check"], root)).code).toBe(1);
    expect((await runCli(["check", "--fail-on", "never"], root)).code).toBe(0);
  });

  it("prints JSON with the documented fields", async () => {
    const root = tempRepo({ "tunegate.yml": passingPlan, "evals/c.json": candidate });
    const { stdout } = await runCli(["check", "--format", "json"], root);
    const report = planReport(stdout);
    expect(report.verdict).toBe("warn");
    expect(report.recommendation.approach).toBe("rag");
    expect(report.recommendation.reasons[0].rule).toBe("Q1");
    expect(report.gates.map((g: { id: string }) => g.id)).toHaveLength(10);
    expect(report.gates[0]).toHaveProperty("threshold");
    expect(report.cost).toBeNull();
  });

  it("uses a repository policy layered over the shipped one", async () => {
    const root = tempRepo({
      "tunegate.yml": passingPlan,
      "evals/c.json": candidate,
      "ai-policy.yml": "severities:\n  missing_optional: info\n",
    });
    const { stdout, code } = await runCli(["check", "--policy", "ai-policy.yml", "--format", "json"], root);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdict).toBe("pass");
  });
});

describe("tunegate check: bad input exits 2 with file:line:col and no stack trace", () => {
  async function rejected(files: Record<string, string>, args: string[] = ["check"]) {
    const root = tempRepo(files);
    const result = await runCli(args, root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    return result.stderr;
  }

  it("a missing plan file", async () => {
    expect(await rejected({})).toMatch(/^tunegate.yml:1:1: error: file not found: tunegate.yml/);
  });
  it("a YAML syntax error", async () => {
    expect(await rejected({ "tunegate.yml": "version: 1\nname: [oops\n" })).toMatch(/^tunegate.yml:\d+:\d+: error: /);
  });
  it("a misspelt key", async () => {
    const err = await rejected({ "tunegate.yml": MINIMAL_PLAN.replace("approach:", "aproach:") });
    expect(err).toContain('tunegate.yml:3:1: error [aproach]: unknown key "aproach"; did you mean "approach"?');
  });
  it("a missing eval file, pointing at the plan line that names it", async () => {
    expect(await rejected({ "tunegate.yml": passingPlan })).toContain(
      "tunegate.yml:10:14: error [evals.candidate]: file not found: evals/c.json",
    );
  });
  it("an eval path escaping the repository", async () => {
    expect(await rejected({ "tunegate.yml": passingPlan.replace("evals/c.json", "../../etc/passwd") })).toMatch(
      /evals.candidate\]: path "..\/..\/etc\/passwd" escapes the repository/,
    );
  });
  it("an absolute eval path", async () => {
    expect(await rejected({ "tunegate.yml": passingPlan.replace("evals/c.json", "/etc/passwd") })).toMatch(
      /is absolute/,
    );
  });
  it("a symlink leading out of the repository", async () => {
    const root = tempRepo({ "tunegate.yml": passingPlan });
    const outside = tempRepo({ "secret.json": candidate });
    symlinkSync(join(outside, "secret.json"), join(root, "evals-link.json"));
    writeFileSync(join(root, "tunegate.yml"), passingPlan.replace("evals/c.json", "evals-link.json"));
    const result = await runCli(["check"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/outside the repository through a symbolic link/);
  });
  it("an oversized plan", async () => {
    expect(await rejected({ "tunegate.yml": `${MINIMAL_PLAN}# ${"x".repeat(1024 * 1024)}\n` })).toMatch(
      /the limit is 1048576/,
    );
  });
  it("an eval file of the wrong shape", async () => {
    const err = await rejected({
      "tunegate.yml": passingPlan,
      "evals/c.json": '{\n  "model": "m",\n  "safety": { "xstest": 1.7 }\n}',
    });
    expect(err).toMatch(/^evals\/c.json:3:\d+: error \[safety.xstest\]: /);
  });
  it("an unknown model", async () => {
    const plan = `${passingPlan}cost:\n  llm: { provider: openai, model: gpt-5o, input_tokens: 10, output_tokens: 10 }\n`;
    expect(await rejected({ "tunegate.yml": plan, "evals/c.json": candidate })).toMatch(
      /tunegate.yml:13:\d+: error \[cost.llm.model\]: unknown model "openai\/gpt-5o"/,
    );
  });
  it("a bad repository policy", async () => {
    const err = await rejected({ "tunegate.yml": passingPlan, "p.yml": "gates:\n  safety:\n    min_scor: 0.99\n" }, [
      "check",
      "--policy",
      "p.yml",
    ]);
    expect(err).toContain(
      'p.yml:3:5: error [gates.safety.min_scor]: unknown key "min_scor"; did you mean "min_score"?',
    );
  });
  it("an unknown flag or value", async () => {
    expect(await rejected({}, ["check", "--fial-on", "warning"])).toMatch(
      /unknown option --fial-on; did you mean --fail-on\?/,
    );
    expect(await rejected({}, ["check", "--format", "xml"])).toMatch(/--format must be one of text, markdown, json/);
    expect(await rejected({}, ["chekc"])).toMatch(/unknown command "chekc"; did you mean "check"/);
  });
});
