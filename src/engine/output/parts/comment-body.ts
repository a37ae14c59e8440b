import { markdownTable } from "markdown-table";
import { escapeCell, escapeInline } from "./escape.ts";
import { renderMarkdown } from "./markdown.ts";
import type { FailOn } from "../../gates/verdict.ts";
import { rulesMarkdown } from "./rules-section.ts";
import type { Report } from "./model.ts";

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** The hidden marker that finds our comment again: one per (comment key, plan). */
export function commentMarker(key: string, planFile: string): string {
  return `<!-- tunegate:comment key=${markerValue(key)} plan=${markerValue(planFile)} -->`;
}

/** The marker of the one comment a run of many plans gets (see MAX_PLAN_COMMENTS): `plans=all` where a plan's marker has `plan=`. */
export function runCommentMarker(key: string): string {
  return `<!-- tunegate:comment key=${markerValue(key)} plans=all -->`;
}

/**
 * A JSON string that cannot end the HTML comment it sits in: without `>` there is no `-->` or
 * `--!>`, so a plan path such as `a-->![x](https://evil/p.png)` stays hidden text.
 */
function markerValue(value: string): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e");
}

/**
 * Which run wrote a comment, so that whatever order two runs' requests reach GitHub in, the
 * comment left standing is the newer run's. All three come from GitHub itself: the head commit
 * the run checked, when its pull-request event happened, and the workflow run's id.
 */
export interface CommentState {
  sha: string;
  /** When the pull request event happened (`pull_request.updated_at`, ISO 8601); later events win. */
  at: string;
  /** GITHUB_RUN_ID: breaks a tie between two events in the same second (GitHub numbers runs as it creates them). A re-run keeps its id. */
  run?: number;
}

/** The state line as the footer writes it: a line of its own. */
const STATE_PATTERN = /^<!-- tunegate:state sha=([0-9a-f]{7,64}) at=(\S+?)(?: run=(\d{1,20}))? -->\r?$/gm;

/**
 * The state of the run that wrote a comment: the footer's line, the last state line in the body.
 * Text above the footer comes from plans (a plan path shown in a code span keeps `<!--` as is),
 * so a state written there, claiming a later run, must not hold the comment at an old verdict.
 */
export function readCommentState(body: string): CommentState | undefined {
  const match = [...body.matchAll(STATE_PATTERN)].at(-1);
  if (match === undefined) return undefined;
  return match[3] === undefined
    ? { sha: match[1]!, at: match[2]! }
    : { sha: match[1]!, at: match[2]!, run: Number(match[3]) };
}

/** The state line a comment written by the run in `state` ends with (before its marker). */
export function stateLine(state: CommentState): string {
  return `<!-- tunegate:state sha=${state.sha} at=${state.at}${state.run === undefined ? "" : ` run=${state.run}`} -->`;
}

/**
 * Orders two runs: the later pull-request event is newer; in the same second, the later workflow
 * run; otherwise they are the same event (a re-run), and neither is newer. A state whose time
 * cannot be read (a hand-edited line) is older than any that can. Negative: `a` is older.
 */
export function compareStates(a: CommentState | undefined, b: CommentState | undefined): number {
  const time = (s: CommentState | undefined) => {
    const t = s === undefined ? Number.NaN : Date.parse(s.at);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  };
  const byTime = time(a) - time(b);
  if (byTime !== 0 && !Number.isNaN(byTime)) return Math.sign(byTime);
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return Math.sign((a.run ?? -1) - (b.run ?? -1));
}

/** True when `existing` was written for a newer event than `ours`. */
export function isNewer(existing: CommentState | undefined, ours: CommentState): boolean {
  return compareStates(existing, ours) > 0;
}

export interface CommentInput {
  report: Report;
  key: string;
  state: CommentState | undefined;
  /** Markdown describing what the pull request changed in the plan; may be empty. */
  change: string;
  /** Where the full report is, for the short form. */
  summaryUrl: string;
  /** The run's `fail-on`, so the comment says whether it blocks the merge. */
  failOn?: FailOn;
}

/**
 * The comment body, marker last (a marker in the middle breaks rendering). Past GitHub's size
 * limit it falls back to the verdict and the gates table, then to the verdict alone, both
 * pointing at the job summary where the full report always is.
 */
export function commentBody(input: CommentInput): string {
  const footer = [
    input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`,
    input.state === undefined ? "" : stateLine(input.state),
    commentMarker(input.key, input.report.plan.file),
  ]
    .filter((x) => x !== "")
    .join("\n");
  const withChange = (main: string) => (input.change === "" ? main : `${main}\n${input.change}\n`);
  // What the pull request changed sits right under the verdict and the alert.
  const full = `${renderMarkdown(input.report, { change: input.change, ...(input.failOn === undefined ? {} : { failOn: input.failOn }) })}\n${footer}\n`;
  if (full.length <= COMMENT_LIMIT) return full;
  const pointer = `The full report is too long for a comment: see the [job summary](${input.summaryUrl}).`;
  const rows = input.report.gates.map((g) => [`\`${g.id}\``, g.outcome, escapeCell(g.summary.slice(0, 300))]);
  const rules = rulesMarkdown(input.report.rules);
  const short = `### tunegate · ${escapeInline(input.report.headline)}\n\n${markdownTable([["Gate", "Result", "Why"], ...rows], { alignDelimiters: false })}\n\n${rules === "" ? "" : `${rules}\n\n`}${pointer}\n`;
  const shortBody = `${withChange(short)}\n${footer}\n`;
  if (shortBody.length <= COMMENT_LIMIT) return shortBody;
  return `### tunegate · ${escapeInline(input.report.headline.slice(0, 2000))}\n\n${pointer}\n\n${footer}\n`;
}

/**
 * The marker a comment body ends with when it is a plan's comment under `key`: how a run finds the
 * comments of plans it no longer checks (a plan moved or deleted, a `plan` input that changed).
 */
export function planMarkerOf(body: string, key: string): string | undefined {
  const last = body.trimEnd().split("\n").at(-1) ?? "";
  const prefix = `<!-- tunegate:comment key=${markerValue(key)} plan=`;
  return last.startsWith(prefix) && last.endsWith(" -->") ? last : undefined;
}

/** The first line of a comment a later run marked as no longer current. */
export const NOT_CURRENT_HEADING = "> [!NOTE]\n> **No longer current.**";

/**
 * What a later run puts above a comment of a plan it did not check, so a red comment of a moved
 * or deleted plan (or of a wrong `plan` input) never stands beside the new verdict unexplained.
 */
export function notCurrentNotice(ours: CommentState): string {
  return `${NOT_CURRENT_HEADING} The run for commit ${ours.sha.slice(0, 7)} did not check this plan: it was moved or deleted, or the workflow's \`plan\` input no longer names it. Below is an earlier run's result.\n\n`;
}
