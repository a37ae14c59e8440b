import { renderText } from "../report/text.ts";
import type { RunReport } from "../run/run-report.ts";
import { isChecked } from "./input-errors.ts";

/**
 * Plain text for terminals: each checked plan's report; with several plans, a closing line.
 * Input errors go to stderr (the CLI prints them there), never into the report.
 */
export function runText(run: RunReport): string {
  const checked = run.plans.filter(isChecked);
  const body = checked.map((p) => renderText(p.report)).join("\n");
  if (run.plans.length <= 1) return body;
  const unreadable = run.plans.length - checked.length;
  return `${body}\ntunegate ${run.verdict.toUpperCase()}: ${run.plans.length} plans, ${checked.filter((p) => p.report.verdict === "fail").length} failing${unreadable > 0 ? `, ${unreadable} unreadable` : ""}; deploy ${run.deploy_allowed ? "allowed" : "blocked"}\n`;
}
