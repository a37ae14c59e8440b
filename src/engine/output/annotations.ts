import type { RunReport } from "../run/run-report.ts";
import { isChecked, type UnreadablePlan } from "./input-errors.ts";
import type { Report } from "./parts/model.ts";

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

/** An input error at its file, line and column, with its hint. */
export function inputErrorAnnotations(errors: UnreadablePlan["input_errors"]): Annotation[] {
  return errors.map((e) => ({
    level: "error",
    title: `tunegate: ${e.kind}${e.field === "" ? "" : ` (${e.field})`}`,
    message: `${e.message}${e.hint === null ? "" : `\nhint: ${e.hint}`}`,
    file: e.file,
    line: e.line,
    column: e.column,
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
export function capAnnotations(annotations: readonly Annotation[]): {
  shown: Annotation[];
  omitted: { error: number; warning: number };
} {
  const byLevel = (level: Annotation["level"]) => annotations.filter((a) => a.level === level);
  const errors = byLevel("error");
  const warnings = byLevel("warning");
  return {
    shown: [...errors.slice(0, ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, ANNOTATIONS_PER_LEVEL)],
    omitted: {
      error: Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL),
      warning: Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL),
    },
  };
}

/**
 * The annotations of a whole run, as GitHub will show them: every plan's gates and input errors,
 * capped per level, and a line naming what was left out (null when nothing was).
 */
export function runAnnotations(run: RunReport): { shown: Annotation[]; leftOut: string | null } {
  const all = run.plans.flatMap((p) =>
    isChecked(p) ? reportAnnotations(p.report) : inputErrorAnnotations(p.input_errors),
  );
  const { shown, omitted } = capAnnotations(all);
  const leftOut =
    omitted.error + omitted.warning === 0
      ? null
      : `tunegate: ${omitted.error} error and ${omitted.warning} warning annotations were left out (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each per step); every finding is in the job summary`;
  return { shown, leftOut };
}
