import { jsonDocument } from "../parts/escape.ts";
import type { RunReport } from "../../run/run-report.ts";

/**
 * The run report (schemas/run-report.schema.json), whether one plan was checked or many: the
 * same shape the Action writes as `report-json`. Keys are built in a fixed order, so equal
 * decisions print equal bytes.
 */
export function runJson(run: RunReport): string {
  return jsonDocument(run);
}
