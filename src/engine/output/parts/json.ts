import { jsonDocument } from "./escape.ts";
import type { Report } from "./model.ts";

/** Stable JSON: the report's keys are built in a fixed order, so equal decisions print equal bytes. */
export function renderJson(report: Report): string {
  return jsonDocument(report);
}
