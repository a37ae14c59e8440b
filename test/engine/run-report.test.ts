import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import { formatsOf, renderOutput, type FormatOf } from "../../src/engine/output/registry.ts";
import { buildRunReport, runReportSchema, type PlanOutcome } from "../../src/engine/run/run-report.ts";
import { decideAudit } from "../../src/engine/run/audit-decision.ts";
import type { AuditResult } from "../../src/engine/pricing/audit.ts";
import { decideFrom } from "../helpers/decide.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import type { RunReport } from "../../src/engine/run/run-report.ts";

const render = (run: RunReport, format: FormatOf<"check">) => renderOutput("check", format, run);

const failing = decideFrom(MINIMAL_PLAN.replace("approach: rag", "approach: lora")).report;
const warning = decideFrom(MINIMAL_PLAN).report;
const unreadable: PlanOutcome = {
  file: "bad/tunegate.yml",
  ok: false,
  diagnostics: [
    {
      kind: "unknown-key",
      message: 'unknown key "aproach"; did you mean "approach"?',
      location: { file: "bad/tunegate.yml", line: 3, column: 1 },
      field: "aproach",
      hint: "keys allowed at the top level: ...",
    },
  ],
};
const checked = (report: typeof failing, file = report.plan.file): PlanOutcome => ({
  file,
  ok: true,
  report,
  change: undefined,
});

describe("the run report decides the whole run", () => {
  it.each([
    ["one warning plan, fail-on error", [checked(warning)], "error", "warn", 0, true],
    ["one warning plan, fail-on warning", [checked(warning)], "warning", "warn", 1, false],
    ["a failing plan beside a warning one", [checked(warning), checked(failing, "b.yml")], "error", "fail", 1, false],
    ["a failing plan, fail-on never: green job, no deploy", [checked(failing)], "never", "fail", 0, false],
    [
      "an unreadable plan beside a good one: exit 2 even with fail-on never",
      [checked(warning), unreadable],
      "never",
      "fail",
      2,
      false,
    ],
    ["no plan at all", [], "error", "fail", 2, false],
  ] as const)("%s", (_name, outcomes, failOn, verdict, exitCode, deployAllowed) => {
    const run = buildRunReport(outcomes, failOn, "9.9.9");
    expect(run).toMatchObject({ verdict, exit_code: exitCode, deploy_allowed: deployAllowed, fail_on: failOn });
    expect(run.outputs["deploy-allowed"]).toBe(String(deployAllowed));
    expect(runReportSchema.safeParse(run).success).toBe(true);
  });

  it("lists the blocking gates of every plan once, and one recommendation per plan", () => {
    const run = buildRunReport([checked(failing, "a.yml"), checked(failing, "b.yml")], "error", "9.9.9");
    expect(JSON.parse(run.outputs["failed-gates"])).toEqual(run.failed_gates);
    expect(new Set(run.failed_gates).size).toBe(run.failed_gates.length);
    expect(run.failed_gates.length).toBeGreaterThan(0);
  });

  it("renders in every registered format", async () => {
    const run = buildRunReport([checked(failing), unreadable], "error", "9.9.9");
    // The list itself is the registry's (test/vocabularies.test.ts checks everything that names it); text is the default.
    expect(formatsOf("check")[0]).toBe("text");
    for (const format of formatsOf("check")) expect((await render(run, format)).length).toBeGreaterThan(0);
    expect(await render(run, "markdown")).toContain("could not be checked (1 input problem)");
    expect(JSON.parse(await render(run, "json")).plans).toHaveLength(2);
  });
});

describe("JUnit XML", () => {
  it("one suite per plan, a case per gate and per benchmark; a blocking gate is a failure whose message is its finding, an unreadable plan an error", async () => {
    const run = buildRunReport([checked(failing), checked(warning, "w.yml"), unreadable], "error", "9.9.9");
    const xml = await render(run, "junit");
    // tunegate's own JUnit reader reads it back: a failure per blocking gate, the input error never a score.
    const decoded = decodeDocument("tunegate.xml", xml, "auto");
    if (!decoded.ok) throw new Error(decoded.diagnostics[0]!.message);
    const suite = (name: string) => decoded.contribution.benchmarks.find((b) => b.name === name)!;
    const blocking = failing.gates.filter((g) => g.level === "error");
    expect(blocking.length).toBeGreaterThan(0);
    const failingSuite = suite(`${failing.plan.name} (${failing.plan.file})`);
    expect(failingSuite.n! - Math.round(failingSuite.value * failingSuite.n!)).toBe(
      blocking.length + blocking.flatMap((g) => g.evidence.filter((e) => e.decision !== "pass")).length,
    );
    expect(failingSuite.skipped).toBe(failing.gates.filter((g) => g.outcome === "skipped").length);
    // A plan that only warns is green in a test tab.
    expect(suite(`${warning.plan.name} (w.yml)`).value).toBe(1);
    expect(suite("bad/tunegate.yml")).toMatchObject({ n: 0, errored: 1 });
    for (const g of blocking)
      expect(xml).toContain(
        `<failure message="${g.title} ${g.outcome}: ${g.summary}`
          .replace(/"/g, "&quot;")
          .replace("<failure message=&quot;", '<failure message="'),
      );
    expect(xml).toMatch(
      /<error message="bad\/tunegate.yml:3:1: unknown key &quot;aproach&quot;; did you mean &quot;approach&quot;\?" type="input-error">/,
    );
  });

  it("escapes what XML cannot carry raw, and drops the control characters it cannot carry at all", async () => {
    const hostile = { ...failing, plan: { ...failing.plan, name: 'a<b>&"c\u0001' } };
    const xml = await render(buildRunReport([checked(hostile)], "error", "9.9.9"), "junit");
    expect(xml).toContain('name="a&lt;b&gt;&amp;&quot;c (');
    expect(decodeDocument("t.xml", xml, "auto").ok).toBe(true);
  });
});

describe("SARIF", () => {
  const schema = JSON.parse(
    readFileSync("node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json", "utf8"),
  );
  // Both are CommonJS packages whose class and function are their `default` export.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it("is valid SARIF 2.1.0, with stable rule ids and each finding at the plan's line and column", async () => {
    const run = buildRunReport([checked(failing), unreadable], "error", "9.9.9");
    const sarif = JSON.parse(await render(run, "sarif"));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(
      expect.arrayContaining(["approach-fit", "forgetting", "safety", "M1", "M2", "M3", "M4", "M5", "input-error"]),
    );
    const results = sarif.runs[0].results as Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    }>;
    for (const r of results) expect(rules[r.ruleIndex]).toBe(r.ruleId);
    const blocking = failing.gates.filter((g) => g.level === "error" && g.id !== "approach-fit");
    for (const g of blocking) {
      const found = results.find((r) => r.ruleId === g.id)!;
      expect(found.level).toBe("error");
      expect(found.locations[0]!.physicalLocation).toEqual({
        artifactLocation: { uri: g.location.file },
        region: { startLine: g.location.line, startColumn: g.location.column },
      });
    }
    expect(results.find((r) => r.ruleId === "input-error")!.locations[0]!.physicalLocation.region.startLine).toBe(3);
  });

  it("the validator rejects a log that breaks the schema (so the test above can fail)", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
  });
});

describe("the audit's verdict is one decision for the CLI and the Action", () => {
  const base: AuditResult = {
    verified: true,
    pinned_prices: "policies/pricing.yml",
    source: "feed",
    unverified_reason: null,
    drift: [],
    stale: [],
    shutdowns: [],
    missing: [],
    announced: [],
    unverifiable: [],
    plans: [],
    plans_over_budget: [],
    needs_action: false,
    today: "2026-11-28",
  };
  it.each([
    ["nothing to act on", base, "error", "pass", 0],
    [
      "a drifted price",
      {
        ...base,
        drift: [{ model: "openai/x", price: "input_mtok" as const, pinned: 1, current: 2, change_pct: 100 }],
        needs_action: true,
      },
      "error",
      "fail",
      1,
    ],
    [
      "a stale pin only warns",
      { ...base, stale: [{ model: "openai/x", as_of: "2026-01-01", age_days: 331 }], needs_action: true },
      "error",
      "warn",
      0,
    ],
    [
      "a stale pin with fail-on warning",
      { ...base, stale: [{ model: "openai/x", as_of: "2026-01-01", age_days: 331 }], needs_action: true },
      "warning",
      "warn",
      1,
    ],
    [
      "unverifiable prices under audit.unverified: error",
      { ...base, verified: false, unverified_reason: "HTTP 500" },
      "error",
      "fail",
      3,
    ],
  ] as const)("%s", (_name, result, failOn, verdict, exitCode) => {
    expect(decideAudit(result as AuditResult, "error", failOn)).toMatchObject({ verdict, exit_code: exitCode });
  });
  it("unverifiable prices under audit.unverified: warning only warn", () => {
    expect(decideAudit({ ...base, verified: false, unverified_reason: "HTTP 500" }, "warning", "error")).toMatchObject({
      verdict: "warn",
      exit_code: 0,
    });
  });
});
