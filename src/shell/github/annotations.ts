import type { Diagnostic } from "../../engine/input/diagnostic.ts";
import type { Report } from "../../engine/output/parts/model.ts";

export interface Annotation {
  level: "error" | "warning";
  message: string;
  title: string;
  file: string;
  line: number;
  column: number;
}

/** GitHub shows this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function diagnosticAnnotations(diagnostics: readonly Diagnostic[]): Annotation[] {
  return diagnostics.map((d) => ({
    level: "error",
    title: `tunegate: ${d.kind}${d.field === "" ? "" : ` (${d.field})`}`,
    message: `${d.message}${d.hint === undefined ? "" : `\nhint: ${d.hint}`}`,
    file: d.location.file,
    line: d.location.line,
    column: d.location.column,
  }));
}

/** Failing gates first (blocking before warnings), in gate order, at the plan line each names. */
export function reportAnnotations(report: Report): Annotation[] {
  return report.gates
    .filter((g) => g.level === "error" || g.level === "warning")
    .map((g) => ({
      level: g.level as "error" | "warning",
      title: `tunegate ${g.id}: ${g.outcome}`,
      message: `${g.summary}${g.threshold === null ? "" : ` (threshold ${g.threshold.display}, from ${g.threshold.source})`}`,
      file: g.location.file,
      line: g.location.line,
      column: g.location.column,
    }));
}

/** Keeps what GitHub will show, most important first, and counts what it had to leave out. */
export function capAnnotations(annotations: readonly Annotation[]): { shown: Annotation[]; omitted: { error: number; warning: number } } {
  const byLevel = (level: Annotation["level"]) => annotations.filter((a) => a.level === level);
  const errors = byLevel("error");
  const warnings = byLevel("warning");
  return {
    shown: [...errors.slice(0, ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, ANNOTATIONS_PER_LEVEL)],
    omitted: { error: Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL), warning: Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL) },
  };
}
