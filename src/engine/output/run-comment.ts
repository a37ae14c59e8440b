import { COMMENT_LIMIT, stateLine, type CommentState } from "./parts/comment-body.ts";
import { codeCell, escapeCell, escapeInline } from "./parts/escape.ts";
import type { RunReport } from "../run/run-report.ts";
import { isChecked } from "./input-errors.ts";
import { planMarkdown } from "./formats/markdown.ts";

/**
 * Above this many plans a pull request gets one comment for the whole run instead of one per
 * plan: 300 plans posting 300 comments bury the conversation and spend GitHub's write limits.
 */
export const MAX_PLAN_COMMENTS = 10;

/** Room kept for the footer and the note on details left out. */
const FOOTER_ROOM = 1_000;

type Plan = RunReport["plans"][number];

const ICON = { pass: "✅", warn: "⚠️", fail: "❌", error: "❌" } as const;

function outcomeOf(plan: Plan): keyof typeof ICON {
  return isChecked(plan) ? plan.report.verdict : "error";
}

/** Worst first: what needs action is at the top of the table and gets its details first. */
const RANK = { error: 0, fail: 1, warn: 2, pass: 3 } as const;

function label(outcome: keyof typeof ICON): string {
  return outcome === "error" ? "could not be checked" : outcome;
}

export interface RunCommentInput {
  run: RunReport;
  /** The comment's hidden marker (see runCommentMarker). */
  marker: string;
  state: CommentState | undefined;
  /** Where the full report is. */
  summaryUrl: string;
}

/**
 * One comment for a run of many plans: the count per outcome, a table of every plan (worst
 * first), then each plan's report in a collapsed section while the comment stays within
 * GitHub's size limit; whatever does not fit is named and is in the job summary.
 */
export function runCommentBody(input: RunCommentInput): string {
  const plans = [...input.run.plans].sort(
    (a, b) => RANK[outcomeOf(a)] - RANK[outcomeOf(b)] || a.file.localeCompare(b.file),
  );
  const counts = (["fail", "error", "warn", "pass"] as const)
    .map((o) => [o, plans.filter((p) => outcomeOf(p) === o).length] as const)
    .filter(([, n]) => n > 0);
  const footer = [
    input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`,
    input.state === undefined ? "" : stateLine(input.state),
    input.marker,
  ]
    .filter((x) => x !== "")
    .join("\n");
  const head = [
    `### ${ICON[input.run.verdict]} tunegate · ${plans.length} plans: ${counts.map(([o, n]) => `${n} ${label(o)}`).join(", ")}`,
    "",
    `More than ${MAX_PLAN_COMMENTS} plans, so one comment for the run instead of one per plan. Every plan's full report is in the [job summary](${input.summaryUrl}).`,
    "",
    "| Plan | Result | Headline |",
    "| --- | --- | --- |",
  ].join("\n");
  let body = `${head}\n`;
  let rowsShown = 0;
  for (const p of plans) {
    const outcome = outcomeOf(p);
    const headline = isChecked(p) ? p.report.headline : `${p.input_errors.length} input problem(s)`;
    const row = `| ${codeCell(p.file)} | ${ICON[outcome]} ${label(outcome)} | ${escapeCell(headline.slice(0, 300))} |\n`;
    if (body.length + row.length > COMMENT_LIMIT - FOOTER_ROOM * 2) break;
    body += row;
    rowsShown++;
  }
  if (rowsShown < plans.length) body += `\n${plans.length - rowsShown} more plans are only in the job summary.\n`;
  let detailsShown = 0;
  for (const p of plans.slice(0, rowsShown)) {
    // Inside <summary> GitHub renders no markdown: the name is HTML-escaped text, not a code span.
    const section = `\n<details><summary>${ICON[outcomeOf(p)]} ${escapeInline(p.file)}</summary>\n\n${planMarkdown(p)}\n</details>\n`;
    if (body.length + section.length > COMMENT_LIMIT - FOOTER_ROOM) break;
    body += section;
    detailsShown++;
  }
  if (detailsShown < rowsShown)
    body += `\nThe details of ${rowsShown - detailsShown} more plans did not fit in a comment: see the job summary.\n`;
  return `${body}\n${footer}\n`;
}
