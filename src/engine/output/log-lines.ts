import type { RunReport } from "../run/run-report.ts";
import { isChecked } from "./input-errors.ts";

/** What a check run writes to the Action's log besides its annotations, in the order it is written. */
export interface RunLog {
  /** Rules the pull request loosened (named per plan) and plans it took out of the gate's reach. */
  warnings: Array<{ message: string; title: string }>;
  /** One line per plan: its verdict and headline, or how many input problems it has. */
  summary: string;
  /** The message the step fails with, or null when the run does not fail the step. */
  failure: string | null;
}

export function runLog(run: RunReport): RunLog {
  const warnings = [
    ...run.plans.flatMap((p) =>
      isChecked(p)
        ? p.report.rules.warnings.map((w) => ({
            message: `${p.file}: ${w}`,
            title: "tunegate: rules from the pull request",
          }))
        : [],
    ),
    ...run.removed_plans.map((file) => ({
      message: `${file} was checked at the base branch and is gone at this head: its gates no longer run`,
      title: "tunegate: plan removed",
    })),
  ];
  const summary = run.plans
    .map((p) =>
      isChecked(p)
        ? `${p.report.verdict.toUpperCase()} ${p.report.headline}`
        : `INPUT ERROR ${p.file}: ${p.input_errors.length} problem(s)`,
    )
    .join("\n");
  const unreadable = run.plans.filter((p) => !isChecked(p));
  // Bad input is never a pass, whatever fail-on says: nothing was judged.
  const failure =
    run.plans.length === 0
      ? "tunegate: the plan input matched no plan file"
      : unreadable.length > 0
        ? `tunegate: ${unreadable.map((p) => p.file).join(", ")} could not be checked; see the annotations`
        : run.exit_code === 1
          ? `tunegate: verdict ${run.verdict} (fail-on: ${run.fail_on}); see the job summary for every finding`
          : null;
  return { warnings, summary, failure };
}
