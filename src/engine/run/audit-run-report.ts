import { z } from "zod";
import { failOnSchema, verdictSchema, type FailOn } from "../gates/verdict.ts";
import type { Level } from "../policy/schema.ts";
import { auditResultSchema, type AuditResult } from "../pricing/audit.ts";
import {
  auditDecisionSchema,
  auditOutputs,
  auditOutputsSchema,
  decideAudit,
  trackingIssueNeedsAction,
} from "./audit-decision.ts";

/**
 * One pricing audit, decided in full, as the run report is for a check: what the audit found,
 * its verdict under the policy and fail-on, the exit code, the step outputs and whether the
 * tracking issue stays open. `tunegate audit --format json` prints it and the Action's audit
 * mode writes it as `report-json`; every audit format renders it; neither caller decides anything.
 */
export const auditRunReportSchema = z.lazy(() =>
  z
    .object({
      schema_version: z.literal(1),
      tool: z.literal("tunegate"),
      tool_version: z.string(),
      ...auditDecisionSchema.shape,
      fail_on: failOnSchema,
      verdict: verdictSchema.describe(
        "fail when something needs action now (drift, a model gone or past shutdown, a plan over budget at current prices), warn when something needs attention soon; unverified prices count as audit.unverified says",
      ),
      deploy_allowed: z
        .literal(false)
        .describe("an audit judges prices, not plans: no gate ran, so it never allows a deploy"),
      needs_action: z
        .boolean()
        .describe("whether the tracking issue is open: something needs action, unverifiable prices included"),
      outputs: auditOutputsSchema,
      audit: auditResultSchema,
    })
    .describe("tunegate audit run report: one pricing audit, its verdict, exit code and outputs"),
);
export type AuditRunReport = z.infer<typeof auditRunReportSchema>;

/** What the audit found, the policy's `audit.unverified` and fail-on in; the audit's decision out. */
export function buildAuditRunReport(
  result: AuditResult,
  unverified: Level,
  failOn: FailOn,
  toolVersion: string,
): AuditRunReport {
  const decision = decideAudit(result, unverified, failOn);
  return {
    schema_version: 1,
    tool: "tunegate",
    tool_version: toolVersion,
    verdict: decision.verdict,
    exit_code: decision.exit_code,
    summary: decision.summary,
    fail_on: failOn,
    deploy_allowed: false,
    needs_action: trackingIssueNeedsAction(result),
    outputs: auditOutputs(result, decision),
    audit: result,
  };
}
