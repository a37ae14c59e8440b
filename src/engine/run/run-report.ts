import { z } from "zod";
import { gateIdSchema } from "../plan/schema.ts";
import { exitCodeFor, failOnSchema, verdictSchema, type FailOn, type Verdict } from "../gates/verdict.ts";
import type { Diagnostic } from "../input/diagnostic.ts";
import { planChangeSchema, type PlanChange } from "../output/parts/plan-change.ts";
import { reportSchema, type Report } from "../output/parts/model.ts";

const inputErrorSchema = z.lazy(() =>
  z.object({
    file: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    field: z.string(),
    kind: z.string(),
    message: z.string(),
    hint: z.string().nullable(),
  }),
);

const checkedPlanSchema = z.lazy(() =>
  z.object({ file: z.string(), report: reportSchema, change: planChangeSchema.nullable() }),
);
const unreadablePlanSchema = z.lazy(() => z.object({ file: z.string(), input_errors: z.array(inputErrorSchema) }));

/**
 * One check run over any number of plans, decided in full: each plan's report or input errors,
 * the change against the base branch, the verdict, the exit code, whether a deploy may go ahead
 * and the Action's outputs. The CLI and the Action both render this; neither decides anything.
 */
export const runReportSchema = z.lazy(() =>
  z
    .object({
      schema_version: z.literal(1),
      tool: z.literal("tunegate"),
      tool_version: z.string(),
      verdict: verdictSchema.describe("fail when any plan fails or could not be read, else warn when any warns"),
      fail_on: failOnSchema,
      exit_code: z
        .union([z.literal(0), z.literal(1), z.literal(2)])
        .describe("2 when a plan could not be read (nothing was judged), else as fail_on says"),
      deploy_allowed: z
        .boolean()
        .describe("fail-on never keeps the job green, but a failing verdict never allows a deploy"),
      failed_gates: z.array(gateIdSchema).describe("gates that block, over every plan"),
      plans: z.array(z.union([checkedPlanSchema, unreadablePlanSchema])),
      removed_plans: z
        .array(z.string())
        .describe(
          "plans the plan input matched at the pull request's base and no longer matches at its head: their gates stopped running, so the run warns",
        ),
      outputs: z.object({
        verdict: verdictSchema,
        "deploy-allowed": z.enum(["true", "false"]),
        recommendation: z.string(),
        "monthly-cost-usd": z.string(),
        "failed-gates": z.string(),
      }),
    })
    .describe("tunegate run report: every plan of one check run"),
);
export type RunReport = z.infer<typeof runReportSchema>;

export type PlanOutcome =
  | { file: string; ok: true; report: Report; change: PlanChange | undefined }
  | { file: string; ok: false; diagnostics: readonly Diagnostic[] };

/** Diagnostics as a run report lists them: where, which field, what and the hint. */
export function inputErrorsOf(diagnostics: readonly Diagnostic[]): z.infer<typeof inputErrorSchema>[] {
  return diagnostics.map((d) => ({
    ...d.location,
    field: d.field,
    kind: d.kind,
    message: d.message,
    hint: d.hint ?? null,
  }));
}

/** `fail-on: never` keeps the job green, but a failing verdict still keeps deploys out. */
export function deployAllowed(verdict: Verdict, failOn: FailOn): boolean {
  return exitCodeFor(verdict, failOn === "never" ? "error" : failOn) === 0;
}

/** Every plan's outcome and fail-on in; the whole run's decision out. */
export function buildRunReport(
  outcomes: readonly PlanOutcome[],
  failOn: FailOn,
  toolVersion: string,
  removedPlans: readonly string[] = [],
): RunReport {
  const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
  const unreadable = outcomes.some((o) => !o.ok);
  // A plan the pull request deleted (or moved out of the glob's reach) no longer gates anything:
  // never a silent pass, though retiring a feature is legitimate, so a warning.
  const verdict: Verdict =
    outcomes.length === 0 || unreadable || reports.some((r) => r.verdict === "fail")
      ? "fail"
      : reports.some((r) => r.verdict === "warn") || removedPlans.length > 0
        ? "warn"
        : "pass";
  const allowed = !unreadable && outcomes.length > 0 && deployAllowed(verdict, failOn);
  const failedGates = [...new Set(reports.flatMap((r) => r.gates.filter((g) => g.level === "error").map((g) => g.id)))];
  return {
    schema_version: 1,
    tool: "tunegate",
    tool_version: toolVersion,
    verdict,
    fail_on: failOn,
    // Bad input is never a pass, whatever fail-on says: nothing was judged.
    exit_code: unreadable || outcomes.length === 0 ? 2 : exitCodeFor(verdict, failOn),
    deploy_allowed: allowed,
    failed_gates: failedGates,
    plans: outcomes.map((o) =>
      o.ok
        ? { file: o.file, report: o.report, change: o.change ?? null }
        : { file: o.file, input_errors: inputErrorsOf(o.diagnostics) },
    ),
    removed_plans: [...removedPlans],
    outputs: {
      verdict,
      "deploy-allowed": allowed ? "true" : "false",
      recommendation:
        reports.length === 1
          ? reports[0]!.recommendation.approach
          : JSON.stringify(Object.fromEntries(reports.map((r) => [r.plan.file, r.recommendation.approach]))),
      "monthly-cost-usd": reports.some((r) => r.cost !== null)
        ? reports.reduce((sum, r) => sum + (r.cost?.monthly_usd ?? 0), 0).toFixed(2)
        : "",
      "failed-gates": JSON.stringify(failedGates),
    },
  };
}
