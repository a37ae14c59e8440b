import { z } from "zod";
import { exitCodeFor, verdictSchema, type FailOn, type Verdict } from "../gates/verdict.ts";
import type { Level } from "../policy/schema.ts";
import { budgetStanding, type AuditResult } from "../pricing/audit.ts";

/** Exit code when current prices could not be verified and the policy counts that as an error. */
export const EXIT_UNVERIFIED = 3;

export const auditDecisionSchema = z.object({
  verdict: verdictSchema,
  exit_code: z
    .union([z.literal(0), z.literal(1), z.literal(3)])
    .describe("0, 1 (as fail_on says), or 3 when prices could not be verified and that counts as an error"),
  summary: z.string().describe("one line for logs and the job summary"),
});
export type AuditDecision = z.infer<typeof auditDecisionSchema>;

/**
 * The audit's verdict under the policy, for the CLI and the Action alike. Prices that moved,
 * plans over budget at today's prices, models past shutdown or gone from the feed need action now
 * (fail); stale pins, announced changes and near shutdowns warn; prices that cannot be verified
 * count as `audit.unverified` says.
 */
export function decideAudit(result: AuditResult, unverified: Level, failOn: FailOn): AuditDecision {
  if (!result.verified) {
    const verdict: Verdict = unverified === "error" ? "fail" : unverified === "warning" ? "warn" : "pass";
    return {
      verdict,
      exit_code: unverified === "error" && failOn !== "never" ? EXIT_UNVERIFIED : exitCodeFor(verdict, failOn),
      summary: `could not verify current prices (${result.unverified_reason}); the pinned prices were kept`,
    };
  }
  const now =
    result.drift.length > 0 ||
    result.missing.length > 0 ||
    result.plans_over_budget.some((p) => p.at !== "announced") ||
    result.shutdowns.some((s) => s.days_left < 0);
  const verdict: Verdict = now ? "fail" : result.needs_action ? "warn" : "pass";
  const summary =
    verdict === "pass"
      ? `pinned prices match the current ones; ${budgetStanding(result)}`
      : verdict === "fail"
        ? "something needs action now (see the report)"
        : "something needs attention soon (see the report)";
  return { verdict, exit_code: exitCodeFor(verdict, failOn), summary };
}

/** The audit's step outputs, written before any GitHub call. */
export const auditOutputsSchema = z.object({
  verdict: verdictSchema,
  // The audit judges prices, not plans: no gate ran, so it allows no deploy, whatever its verdict
  // (a scheduled run in mode auto audits; a deploy behind it must not read "pass" as "gates pass").
  "deploy-allowed": z.literal("false"),
  "drift-found": z.enum(["true", "false"]),
  "plans-over-budget": z.string().describe("JSON array of the plans over budget at current prices"),
});
export type AuditOutputs = z.infer<typeof auditOutputsSchema>;

export function auditOutputs(result: AuditResult, decision: AuditDecision): AuditOutputs {
  return {
    verdict: decision.verdict,
    "deploy-allowed": "false",
    "drift-found": result.drift.length > 0 ? "true" : "false",
    "plans-over-budget": JSON.stringify(result.plans_over_budget),
  };
}

/** The outputs of an audit that could not read its inputs: it fails, and found nothing. */
export const AUDIT_INPUT_ERROR_OUTPUTS = {
  verdict: "fail",
  "drift-found": "false",
  "plans-over-budget": "[]",
} as const;

/** The tracking issue is open while something needs action, prices that could not be verified included. */
export function trackingIssueNeedsAction(result: AuditResult): boolean {
  return result.needs_action || !result.verified;
}
