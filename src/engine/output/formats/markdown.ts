import { codeSpan, escapeInline } from "../parts/escape.ts";
import { renderMarkdown } from "../parts/markdown.ts";
import { renderPlanChange } from "../parts/plan-change.ts";
import type { FailOn } from "../../gates/verdict.ts";
import type { RunReport } from "../../run/run-report.ts";
import { inputErrorLine, isChecked, type UnreadablePlan } from "../input-errors.ts";

/** Markdown for a plan tunegate could not read: the problems, each at its file and line. */
export function inputErrorMarkdown(plan: UnreadablePlan): string {
  const items = plan.input_errors.map(
    (e) => `- \`${escapeInline(inputErrorLine(e))}\`${e.hint === null ? "" : `<br>hint: ${escapeInline(e.hint)}`}`,
  );
  const count = plan.input_errors.length;
  return `### ❌ tunegate · ${escapeInline(plan.file)}: could not be checked (${count} input problem${count === 1 ? "" : "s"})\n\nNo gate was judged, so nothing may deploy. Fix these and push again:\n\n${items.join("\n")}\n`;
}

/** One plan's section: its report and what the pull request changed, or its input errors. */
export function planMarkdown(plan: RunReport["plans"][number], failOn?: FailOn): string {
  if (!isChecked(plan)) return inputErrorMarkdown(plan);
  const change = plan.change === null ? "" : renderPlanChange(plan.change);
  return renderMarkdown(plan.report, { change, ...(failOn === undefined ? {} : { failOn }) });
}

/** The job summary: every plan's section, one after another. */
export function runMarkdown(run: RunReport): string {
  const plans = run.plans.map((plan) => planMarkdown(plan, run.fail_on)).join("\n---\n\n");
  return run.removed_plans.length === 0 ? plans : `${removedPlansMarkdown(run.removed_plans)}\n\n${plans}`;
}

/**
 * The job summary's short form, for a run whose full summary is larger than GitHub takes: each
 * plan's verdict and headline, and where the full report is.
 */
export function runShortSummary(run: RunReport, reportPath: string): string {
  const lines = run.plans.map((p) =>
    isChecked(p)
      ? `- ${p.report.verdict.toUpperCase()}: ${escapeInline(p.report.headline)}`
      : `- INPUT ERROR: ${escapeInline(p.file)} (${p.input_errors.length} problems)`,
  );
  return `### tunegate\n\nThe full report is larger than a job summary may be; it is in \`${escapeInline(reportPath)}\` (upload it as an artifact to keep it).\n\n${lines.join("\n")}\n`;
}

/** Plans the pull request took out of the gate's reach, above everything else. */
export function removedPlansMarkdown(removed: readonly string[]): string {
  const list = removed.map((file) => `> - ${codeSpan(file)}`).join("\n");
  return `> [!WARNING]\n> **${removed.length} plan${removed.length === 1 ? " was" : "s were"} checked at the base branch and ${removed.length === 1 ? "is" : "are"} gone at this head**: ${removed.length === 1 ? "its" : "their"} gates no longer run. Deleting or moving a plan retires its gate; make sure that is meant.\n${list}`;
}
