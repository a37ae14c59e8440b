import { createsComment, type CommentInput } from "../run/action-decisions.ts";
import type { RunReport } from "../run/run-report.ts";
import { inputErrorMarkdown } from "./formats/markdown.ts";
import { isChecked } from "./input-errors.ts";
import { commentBody, commentMarker, runCommentMarker, stateLine, type CommentState } from "./parts/comment-body.ts";
import { renderPlanChange } from "./parts/plan-change.ts";
import { MAX_PLAN_COMMENTS, runCommentBody } from "./run-comment.ts";

/** One pull-request comment a run keeps up to date: found again by its marker. */
export interface PlannedComment {
  /** What the comment is about, for the log: a plan's file, or "all N plans". */
  file: string;
  marker: string;
  body: string;
  /** Whether a comment that does not exist yet is created (see createsComment). */
  createIfAbsent: boolean;
}

export interface RunCommentsInput {
  /** The Action's `comment-key`. */
  key: string;
  /** The Action's `comment` input; `never` is handled before any comment is built. */
  comment: CommentInput;
  state: CommentState | undefined;
  /** Where the full report is (the job summary). */
  summaryUrl: string;
}

/**
 * The comments a run writes, all from its run report: one per plan (its report, or its input
 * errors), or, past MAX_PLAN_COMMENTS plans, one for the whole run; and the markers of the
 * comments of the other form, which earlier runs wrote and this one retires.
 */
export function runComments(
  run: RunReport,
  input: RunCommentsInput,
): { comments: PlannedComment[]; retire: string[]; oneForAll: boolean } {
  const perPlan = run.plans.map((plan): PlannedComment => {
    const file = isChecked(plan) ? plan.report.plan.file : plan.file;
    const marker = commentMarker(input.key, file);
    const body = isChecked(plan)
      ? commentBody({
          report: plan.report,
          key: input.key,
          state: input.state,
          change: plan.change === null ? "" : renderPlanChange(plan.change),
          summaryUrl: input.summaryUrl,
          failOn: run.fail_on,
        })
      : `${inputErrorMarkdown(plan)}\n${input.state === undefined ? "" : `${stateLine(input.state)}\n`}${marker}\n`;
    const failing = !isChecked(plan) || plan.report.verdict === "fail";
    return { file, marker, body, createIfAbsent: createsComment(input.comment, run.verdict, failing) };
  });
  const runMarker = runCommentMarker(input.key);
  const oneForAll = run.plans.length > MAX_PLAN_COMMENTS;
  if (!oneForAll) return { comments: perPlan, retire: [runMarker], oneForAll };
  const body = runCommentBody({ run, marker: runMarker, state: input.state, summaryUrl: input.summaryUrl });
  return {
    comments: [
      {
        file: `all ${run.plans.length} plans`,
        marker: runMarker,
        body,
        createIfAbsent: createsComment(input.comment, run.verdict),
      },
    ],
    retire: perPlan.map((p) => p.marker),
    oneForAll,
  };
}
