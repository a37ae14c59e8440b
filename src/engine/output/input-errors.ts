import type { RunReport } from "../run/run-report.ts";

export type UnreadablePlan = Extract<RunReport["plans"][number], { input_errors: unknown }>;
export type CheckedPlan = Extract<RunReport["plans"][number], { report: unknown }>;

export const isChecked = (p: RunReport["plans"][number]): p is CheckedPlan => "report" in p;

/** `file:line:col: error [field]: message`, as compilers print it. */
export function inputErrorLine(e: UnreadablePlan["input_errors"][number]): string {
  return `${e.file}:${e.line}:${e.column}: error${e.field === "" ? "" : ` [${e.field}]`}: ${e.message}`;
}
