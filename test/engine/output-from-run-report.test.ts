import { describe, expect, it } from "vitest";
import { auditRunReportSchema, buildAuditRunReport } from "../../src/engine/run/audit-run-report.ts";
import { runAnnotations } from "../../src/engine/output/annotations.ts";
import { auditRunLog } from "../../src/engine/output/audit-log-lines.ts";
import { runLog } from "../../src/engine/output/log-lines.ts";
import { checkOutput, formatsOf, renderOutput, shownRun } from "../../src/engine/output/registry.ts";
import { runComments } from "../../src/engine/output/pull-request-comments.ts";
import { commentMarker, runCommentMarker } from "../../src/engine/output/parts/comment-body.ts";
import { auditResultSchema, type AuditResult } from "../../src/engine/pricing/audit.ts";
import { buildRunReport, type PlanOutcome } from "../../src/engine/run/run-report.ts";
import { decideFrom } from "../helpers/decide.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";

// Everything the CLI and the Action show is a function of one run-level report, tested here
// without I/O: the shell only prints or posts what these return.

const failing = decideFrom(MINIMAL_PLAN.replace("approach: rag", "approach: lora")).report;
const warning = decideFrom(MINIMAL_PLAN).report;
const checked = (report: typeof failing, file = report.plan.file): PlanOutcome => ({
  file,
  ok: true,
  report,
  change: undefined,
});
const unreadable: PlanOutcome = {
  file: "bad/tunegate.yml",
  ok: false,
  diagnostics: [
    {
      kind: "unknown-key",
      message: 'unknown key "aproach"',
      location: { file: "bad/tunegate.yml", line: 3, column: 1 },
      field: "aproach",
      hint: "did you mean approach?",
    },
  ],
};

describe("which plans each check format shows (decided in the engine, not the CLI)", () => {
  it("formats that carry input errors show every plan; text and markdown only the checked ones", () => {
    const run = buildRunReport([checked(warning), unreadable], "error", "9.9.9");
    const shown = Object.fromEntries(formatsOf("check").map((f) => [f, shownRun(run, f).plans.map((p) => p.file)]));
    expect(shown).toEqual({
      text: [warning.plan.file],
      markdown: [warning.plan.file],
      json: [warning.plan.file, "bad/tunegate.yml"],
      sarif: [warning.plan.file, "bad/tunegate.yml"],
      junit: [warning.plan.file, "bad/tunegate.yml"],
    });
  });

  it("one plan that cannot be read: JSON is the run report with its input errors, text and markdown print nothing", async () => {
    const run = buildRunReport([unreadable], "error", "9.9.9");
    const json = JSON.parse(await checkOutput(run, "json"));
    expect(json).toMatchObject({
      verdict: "fail",
      exit_code: 2,
      plans: [{ file: "bad/tunegate.yml", input_errors: [{ line: 3, field: "aproach" }] }],
    });
    expect(await checkOutput(run, "text")).toBe("");
    expect(await checkOutput(run, "markdown")).toBe("");
    expect(await checkOutput(run, "sarif")).toContain('"ruleId": "input-error"');
  });

  it("one plan checked: JSON is the run report too, its plan's report at plans[0].report", async () => {
    const json = JSON.parse(await checkOutput(buildRunReport([checked(warning)], "error", "9.9.9"), "json"));
    expect(json.schema_version).toBe(1);
    expect(json.plans).toHaveLength(1);
    expect(json.plans[0].report.headline).toBe(warning.headline);
  });
});

describe("the Action's annotations and log lines, from the run report", () => {
  it("annotates blocking gates, then warnings, then input errors at their lines, capped per level with a note", () => {
    const run = buildRunReport([checked(failing), unreadable], "error", "9.9.9");
    const { shown, leftOut } = runAnnotations(run);
    const errors = shown.filter((a) => a.level === "error");
    expect(errors.at(-1)).toEqual({
      level: "error",
      title: "tunegate: unknown-key (aproach)",
      message: 'unknown key "aproach"\nhint: did you mean approach?',
      file: "bad/tunegate.yml",
      line: 3,
      column: 1,
    });
    expect(errors.slice(0, -1).map((a) => a.title)).toEqual(
      failing.gates.filter((g) => g.level === "error").map((g) => `tunegate ${g.id}: ${g.outcome}`),
    );
    expect(leftOut).toBeNull();
    const many = buildRunReport(
      Array.from({ length: 12 }, (_, i) => checked(failing, `p${i}.yml`)),
      "error",
      "9.9.9",
    );
    expect(runAnnotations(many).shown.filter((a) => a.level === "error")).toHaveLength(10);
    expect(runAnnotations(many).leftOut).toMatch(
      /^tunegate: \d+ error and \d+ warning annotations were left out \(GitHub shows 10 of each per step\)/,
    );
  });

  it("logs one line per plan, the warnings for loosened rules and removed plans, and why the step fails", () => {
    const loosened = {
      ...warning,
      rules: { ...warning.rules, warnings: ["evals.task_floor loosened from 0.95 to 0.85"] },
    };
    const run = buildRunReport([checked(loosened, "a.yml"), unreadable], "error", "9.9.9", ["gone/tunegate.yml"]);
    expect(runLog(run)).toEqual({
      warnings: [
        {
          message: "a.yml: evals.task_floor loosened from 0.95 to 0.85",
          title: "tunegate: rules from the pull request",
        },
        {
          message: "gone/tunegate.yml was checked at the base branch and is gone at this head: its gates no longer run",
          title: "tunegate: plan removed",
        },
      ],
      summary: `WARN ${warning.headline}\nINPUT ERROR bad/tunegate.yml: 1 problem(s)`,
      failure: "tunegate: bad/tunegate.yml could not be checked; see the annotations",
    });
    expect(runLog(buildRunReport([checked(failing)], "error", "9.9.9")).failure).toBe(
      "tunegate: verdict fail (fail-on: error); see the job summary for every finding",
    );
    expect(runLog(buildRunReport([checked(failing)], "never", "9.9.9")).failure).toBeNull();
    expect(runLog(buildRunReport([], "error", "9.9.9")).failure).toBe("tunegate: the plan input matched no plan file");
  });
});

describe("the Action's comments, from the run report", () => {
  const options = {
    key: "k",
    comment: "on-failure" as const,
    state: { sha: "abcdef1234567", at: "2026-12-06T10:00:00Z" },
    summaryUrl: "https://example.invalid/run",
  };

  it("one comment per plan: its report, or its input errors with the state line and marker; on-failure creates only failing plans' comments", () => {
    const run = buildRunReport([checked(warning, "w.yml"), unreadable], "error", "9.9.9");
    const { comments, retire, oneForAll } = runComments(run, options);
    expect(oneForAll).toBe(false);
    expect(retire).toEqual([runCommentMarker("k")]);
    expect(comments.map((c) => [c.file, c.marker, c.createIfAbsent])).toEqual([
      [warning.plan.file, commentMarker("k", warning.plan.file), true],
      ["bad/tunegate.yml", commentMarker("k", "bad/tunegate.yml"), true],
    ]);
    expect(comments[1]!.body).toMatch(
      /could not be checked \(1 input problem\)[\s\S]*<!-- tunegate:state sha=abcdef1234567 at=2026-12-06T10:00:00Z -->\n<!-- tunegate:comment key="k" plan="bad\/tunegate.yml" -->\n$/,
    );
    const passing = runComments(buildRunReport([checked(warning)], "error", "9.9.9"), options);
    expect(passing.comments[0]!.createIfAbsent).toBe(false);
  });

  it("past ten plans, one comment for the run, and the per-plan comments are retired", () => {
    const run = buildRunReport(
      Array.from({ length: 11 }, (_, i) => checked(warning, `p${i}.yml`)),
      "error",
      "9.9.9",
    );
    const { comments, retire, oneForAll } = runComments(run, options);
    expect(oneForAll).toBe(true);
    expect(comments.map((c) => [c.file, c.marker])).toEqual([["all 11 plans", runCommentMarker("k")]]);
    expect(retire).toHaveLength(11);
  });
});

describe("the audit's run report", () => {
  const clean: AuditResult = auditResultSchema.parse({
    verified: true,
    pinned_prices: "policies/pricing.yml",
    source: "genai-prices",
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
    today: "2026-12-06",
  });

  it.each([
    ["clean", clean, "warning", "pass", 0, false],
    [
      "drift, fail-on warning",
      {
        ...clean,
        needs_action: true,
        drift: [{ model: "openai/gpt-5", price: "input_mtok", pinned: 1, current: 2, change_pct: 100 }],
      },
      "warning",
      "fail",
      1,
      true,
    ],
    [
      "drift, fail-on never",
      {
        ...clean,
        needs_action: true,
        drift: [{ model: "openai/gpt-5", price: "input_mtok", pinned: 1, current: 2, change_pct: 100 }],
      },
      "never",
      "fail",
      0,
      true,
    ],
    [
      "unverified, counted as an error",
      { ...clean, verified: false, unverified_reason: "HTTP 500" },
      "warning",
      "fail",
      3,
      true,
    ],
  ] as const)(
    "%s: verdict, exit code, outputs and the tracking issue decided once",
    (_name, result, failOn, verdict, exitCode, needsAction) => {
      const run = buildAuditRunReport(result as AuditResult, "error", failOn, "9.9.9");
      expect(run).toMatchObject({
        verdict,
        exit_code: exitCode,
        needs_action: needsAction,
        deploy_allowed: false,
        fail_on: failOn,
        outputs: { verdict, "deploy-allowed": "false" },
      });
      expect(run.outputs["drift-found"]).toBe(result.drift.length > 0 ? "true" : "false");
      expect(auditRunReportSchema.safeParse(run).success).toBe(true);
      expect(auditRunLog(run).summary).toBe(
        `tunegate pricing audit: ${verdict}${result.verified ? "" : " (could not verify: HTTP 500)"}`,
      );
      expect(auditRunLog(run).failure).toBe(
        exitCode === 3
          ? "tunegate: could not verify current prices (HTTP 500); the pinned prices were kept"
          : exitCode === 1
            ? "tunegate: the pricing audit found something to act on (verdict fail); see the job summary"
            : null,
      );
    },
  );

  it("every audit format renders it; JSON is the whole run report", async () => {
    const run = buildAuditRunReport(clean, "error", "warning", "9.9.9");
    for (const format of formatsOf("audit"))
      expect((await renderOutput("audit", format, run)).length).toBeGreaterThan(0);
    expect(JSON.parse(await renderOutput("audit", "json", run))).toEqual(run);
  });
});
