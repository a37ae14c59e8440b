import type { AuditResult } from "../../pricing/audit.ts";
import { auditJson, auditMarkdown, auditText } from "../parts/audit-report.ts";

/** The pricing audit's output formats, by the name `--format` takes. */
export const AUDIT_RENDERERS = {
  text: auditText,
  markdown: auditMarkdown,
  json: auditJson,
} as const satisfies Record<string, (result: AuditResult) => string>;

export type AuditFormat = keyof typeof AUDIT_RENDERERS;
export const AUDIT_FORMATS = Object.keys(AUDIT_RENDERERS) as AuditFormat[];
