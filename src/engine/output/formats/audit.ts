import { auditMarkdown, auditText } from "../parts/audit-report.ts";
import { jsonDocument } from "../parts/escape.ts";
import type { AuditRunReport } from "../../run/audit-run-report.ts";

// The pricing audit's formats, each a function of the audit's run report. Text and markdown show
// what the audit found (the verdict is the exit code's and the job's); JSON is the whole report.

export const auditRunText = (run: AuditRunReport): string => auditText(run.audit);

export const auditRunMarkdown = (run: AuditRunReport): string => auditMarkdown(run.audit);

/** The audit run report (schemas/audit-run-report.schema.json), keys in a fixed order. */
export const auditRunJson = (run: AuditRunReport): string => jsonDocument(run);
