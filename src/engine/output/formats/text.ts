import { renderText } from "../parts/text.ts";
import type { RunReport } from "../../run/run-report.ts";
import { isChecked } from "../input-errors.ts";

/**
 * Plain text for terminals: each checked plan's report; with several plans, a closing line.
 * Input errors go to stderr (the CLI prints them there), never into the report.
 */
export function runText(run: RunReport): string {
  const checked = run.plans.filter(isChecked);
  const body = checked.map((p) => renderText(p.report)).join("\n");
  const removed = run.removed_plans
    .map(
      (file) => `warning: ${file} was checked at the base branch and is gone at this head: its gates no longer run\n`,
    )
    .join("");
  if (run.plans.length <= 1) return `${removed}${body}`;
  return `${removed}${body}\ntunegate: ${run.plans.length} plans, verdict ${run.verdict}\n`;
}
