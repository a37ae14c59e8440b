import { formatCount } from "../../cost/money.ts";
import type { Report } from "./model.ts";

/** One row per file read: side, file, format, tool version, model, examples (errored rows noted), sha256. */
export function evalSourceRows(report: Report): Array<[string, string, string, string, string, string, string]> {
  const rows: Array<[string, string, string, string, string, string, string]> = [];
  for (const side of ["candidate", "baseline", "alternative"] as const) {
    for (const s of report.evals[side] ?? []) {
      const examples = s.examples === null ? "—" : formatCount(s.examples);
      rows.push([
        side,
        s.file,
        s.format,
        s.tool_version ?? "—",
        s.model ?? "—",
        s.errored > 0 ? `${examples} (+${formatCount(s.errored)} errored)` : examples,
        s.sha256 ?? "—",
      ]);
    }
  }
  return rows;
}
