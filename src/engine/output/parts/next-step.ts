import type { Report, ReportGate } from "./model.ts";

/** Gates that block the deploy (level error), in the order a reviewer reads them. */
export function blockingGates(report: Report): ReportGate[] {
  return report.gates.filter((g) => g.level === "error");
}

/** Gates that warn without blocking. */
export function warningGates(report: Report): ReportGate[] {
  return report.gates.filter((g) => g.level === "warning");
}

/** The first thing to do: the fix of the first blocking gate, else of the first warning. */
export function firstFix(report: Report): string | null {
  const first = [...blockingGates(report), ...warningGates(report)].find((g) => g.fix !== null);
  return first === undefined ? null : `${first.id}: ${first.fix}`;
}
