import { jsonDocument } from "../parts/escape.ts";
import { renderJson } from "../parts/json.ts";
import type { RunReport } from "../../run/run-report.ts";
import { isChecked } from "../input-errors.ts";

/**
 * One plan checked: its report (schemas/report.schema.json), as `check --format json` has always
 * printed. Several plans: the run report (schemas/run-report.schema.json), as the Action writes.
 */
export function runJson(run: RunReport): string {
  const only = run.plans.length === 1 ? run.plans[0]! : undefined;
  if (only !== undefined && isChecked(only)) return renderJson(only.report);
  return jsonDocument(run);
}
