import type { Verdict } from "../gates/verdict.ts";

// What the Action does with a run, decided here so the shell only carries it out: which mode an
// `auto` run takes and whether a passing run may open a new pull-request comment.

/** The Action's `mode` input. */
export type ActionModeInput = "auto" | "check" | "audit";

/** The Action's `comment` input. */
export type CommentInput = "auto" | "always" | "on-failure" | "never";

/** `mode: auto` audits prices on a `schedule` event (nothing to gate there) and checks plans on every other. */
export function actionMode(mode: ActionModeInput, eventName: string): "check" | "audit" {
  if (mode !== "auto") return mode;
  return eventName === "schedule" ? "audit" : "check";
}

/**
 * Whether a comment that does not exist yet is created. Under `on-failure` a comment appears only
 * when something failed: the run's verdict, or (for a per-plan comment) that plan's own outcome;
 * an existing comment is always updated, so a fixed plan's comment turns green. `never` posts
 * nothing at all and is handled before any comment is built.
 */
export function createsComment(comment: CommentInput, runVerdict: Verdict, planFailed = false): boolean {
  return comment !== "on-failure" || runVerdict === "fail" || planFailed;
}
