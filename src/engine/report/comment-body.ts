import { markdownTable } from "markdown-table";
import { escapeCell, escapeInline } from "./escape.ts";
import { renderMarkdown } from "./markdown.ts";
import { rulesMarkdown } from "./rules-section.ts";
import type { Report } from "./model.ts";

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** The hidden marker that finds our comment again: one per (comment key, plan). */
export function commentMarker(key: string, planFile: string): string {
  return `<!-- tunegate:comment key=${markerValue(key)} plan=${markerValue(planFile)} -->`;
}

/**
 * A JSON string that cannot end the HTML comment it sits in: without `>` there is no `-->` or
 * `--!>`, so a plan path such as `a-->![x](https://evil/p.png)` stays hidden text.
 */
function markerValue(value: string): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e");
}

/** Which run wrote a comment, so an older run never overwrites a newer one. */
export interface CommentState {
  sha: string;
  /** When the pull request event happened (ISO 8601); later events win. */
  at: string;
}

/** The state line as the footer writes it: a line of its own. */
const STATE_PATTERN = /^<!-- tunegate:state sha=([0-9a-f]{7,64}) at=(\S+) -->\r?$/gm;

/**
 * The state of the run that wrote a comment: the footer's line, the last state line in the body.
 * Text above the footer comes from plans (a plan path shown in a code span keeps `<!--` as is),
 * so a state written there, claiming a later run, must not hold the comment at an old verdict.
 */
export function readCommentState(body: string): CommentState | undefined {
  const match = [...body.matchAll(STATE_PATTERN)].at(-1);
  return match === undefined ? undefined : { sha: match[1]!, at: match[2]! };
}

/** True when `existing` was written for a newer event than `ours` (a different, later commit). */
export function isNewer(existing: CommentState | undefined, ours: CommentState): boolean {
  if (existing === undefined || existing.sha === ours.sha) return false;
  return Date.parse(existing.at) > Date.parse(ours.at);
}

export interface CommentInput {
  report: Report;
  key: string;
  state: CommentState | undefined;
  /** Markdown describing what the pull request changed in the plan; may be empty. */
  change: string;
  /** Where the full report is, for the short form. */
  summaryUrl: string;
}

/**
 * The comment body, marker last (a marker in the middle breaks rendering). Past GitHub's size
 * limit it falls back to the verdict and the gates table, then to the verdict alone, both
 * pointing at the job summary where the full report always is.
 */
export function commentBody(input: CommentInput): string {
  const footer = [
    input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`,
    input.state === undefined ? "" : `<!-- tunegate:state sha=${input.state.sha} at=${input.state.at} -->`,
    commentMarker(input.key, input.report.plan.file),
  ]
    .filter((x) => x !== "")
    .join("\n");
  const withChange = (main: string) => (input.change === "" ? main : `${main}\n${input.change}\n`);
  const full = `${withChange(renderMarkdown(input.report))}\n${footer}\n`;
  if (full.length <= COMMENT_LIMIT) return full;
  const pointer = `The full report is too long for a comment: see the [job summary](${input.summaryUrl}).`;
  const rows = input.report.gates.map((g) => [`\`${g.id}\``, g.outcome, escapeCell(g.summary.slice(0, 300))]);
  const rules = rulesMarkdown(input.report.rules);
  const short = `### tunegate · ${escapeInline(input.report.headline)}\n\n${markdownTable([["Gate", "Result", "Why"], ...rows], { alignDelimiters: false })}\n\n${rules === "" ? "" : `${rules}\n\n`}${pointer}\n`;
  const shortBody = `${withChange(short)}\n${footer}\n`;
  if (shortBody.length <= COMMENT_LIMIT) return shortBody;
  return `### tunegate · ${escapeInline(input.report.headline.slice(0, 2000))}\n\n${pointer}\n\n${footer}\n`;
}
