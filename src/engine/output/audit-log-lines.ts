import { EXIT_UNVERIFIED } from "../run/audit-decision.ts";
import type { AuditRunReport } from "../run/audit-run-report.ts";
import type { RunLog } from "./log-lines.ts";

// Apart from log-lines.ts so that a check run, which never audits, does not load the audit's decision.

/** What an audit writes to the Action's log: its verdict, and why the step fails (or null). */
export function auditRunLog(run: AuditRunReport): Omit<RunLog, "warnings"> {
  const audit = run.audit;
  const summary = `tunegate pricing audit: ${run.verdict}${audit.verified ? "" : ` (could not verify: ${audit.unverified_reason})`}`;
  const failure =
    run.exit_code === EXIT_UNVERIFIED
      ? `tunegate: could not verify current prices (${audit.unverified_reason}); the pinned prices were kept`
      : run.exit_code === 1
        ? `tunegate: the pricing audit found something to act on (verdict ${run.verdict}); see the job summary`
        : null;
  return { summary, failure };
}
