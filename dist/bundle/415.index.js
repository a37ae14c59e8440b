export const id = 415;
export const ids = [415];
export const modules = {

/***/ 7364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ inputErrorAnnotations),
/* harmony export */   XO: () => (/* binding */ capAnnotations),
/* harmony export */   cL: () => (/* binding */ runAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, reportAnnotations */
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5460);

/** GitHub shows this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** An input error at its file, line and column, with its hint. */
function inputErrorAnnotations(errors) {
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
function reportAnnotations(report) {
    return report.gates
        .filter((g) => g.level === "error" || g.level === "warning")
        .map((g) => ({
        level: g.level,
        title: `tunegate ${g.id}: ${g.outcome}`,
        message: `${g.summary}${g.threshold === null ? "" : ` (threshold ${g.threshold.display}, from ${g.threshold.source})`}`,
        file: g.location.file,
        line: g.location.line,
        column: g.location.column,
    }));
}
/** Keeps what GitHub will show, most important first, and counts what it had to leave out. */
function capAnnotations(annotations) {
    const byLevel = (level) => annotations.filter((a) => a.level === level);
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
function runAnnotations(run) {
    const all = run.plans.flatMap((p) => (0,_input_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isChecked */ .W)(p) ? reportAnnotations(p.report) : inputErrorAnnotations(p.input_errors));
    const { shown, omitted } = capAnnotations(all);
    const leftOut = omitted.error + omitted.warning === 0
        ? null
        : `tunegate: ${omitted.error} error and ${omitted.warning} warning annotations were left out (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each per step); every finding is in the job summary`;
    return { shown, leftOut };
}
//# sourceMappingURL=annotations.js.map

/***/ }),

/***/ 3311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ compareStates),
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   P1: () => (/* binding */ NOT_CURRENT_HEADING),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   fN: () => (/* binding */ runCommentMarker),
/* harmony export */   hZ: () => (/* binding */ notCurrentNotice),
/* harmony export */   l: () => (/* binding */ planMarkerOf),
/* harmony export */   nk: () => (/* binding */ readCommentState),
/* harmony export */   qo: () => (/* binding */ stateLine)
/* harmony export */ });
/* unused harmony export isNewer */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2444);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(413);
/* harmony import */ var _rules_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9150);




/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** The hidden marker that finds our comment again: one per (comment key, plan). */
function commentMarker(key, planFile) {
    return `<!-- tunegate:comment key=${markerValue(key)} plan=${markerValue(planFile)} -->`;
}
/** The marker of the one comment a run of many plans gets (see MAX_PLAN_COMMENTS): `plans=all` where a plan's marker has `plan=`. */
function runCommentMarker(key) {
    return `<!-- tunegate:comment key=${markerValue(key)} plans=all -->`;
}
/**
 * A JSON string that cannot end the HTML comment it sits in: without `>` there is no `-->` or
 * `--!>`, so a plan path such as `a-->![x](https://evil/p.png)` stays hidden text.
 */
function markerValue(value) {
    return JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e");
}
/** The state line as the footer writes it: a line of its own. */
const STATE_PATTERN = /^<!-- tunegate:state sha=([0-9a-f]{7,64}) at=(\S+?)(?: run=(\d{1,20}))? -->\r?$/gm;
/**
 * The state of the run that wrote a comment: the footer's line, the last state line in the body.
 * Text above the footer comes from plans (a plan path shown in a code span keeps `<!--` as is),
 * so a state written there, claiming a later run, must not hold the comment at an old verdict.
 */
function readCommentState(body) {
    const match = [...body.matchAll(STATE_PATTERN)].at(-1);
    if (match === undefined)
        return undefined;
    return match[3] === undefined
        ? { sha: match[1], at: match[2] }
        : { sha: match[1], at: match[2], run: Number(match[3]) };
}
/** The state line a comment written by the run in `state` ends with (before its marker). */
function stateLine(state) {
    return `<!-- tunegate:state sha=${state.sha} at=${state.at}${state.run === undefined ? "" : ` run=${state.run}`} -->`;
}
/**
 * Orders two runs: the later pull-request event is newer; in the same second, the later workflow
 * run; otherwise they are the same event (a re-run), and neither is newer. A state whose time
 * cannot be read (a hand-edited line) is older than any that can. Negative: `a` is older.
 */
function compareStates(a, b) {
    const time = (s) => {
        const t = s === undefined ? Number.NaN : Date.parse(s.at);
        return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
    };
    const byTime = time(a) - time(b);
    if (byTime !== 0 && !Number.isNaN(byTime))
        return Math.sign(byTime);
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    return Math.sign((a.run ?? -1) - (b.run ?? -1));
}
/** True when `existing` was written for a newer event than `ours`. */
function isNewer(existing, ours) {
    return compareStates(existing, ours) > 0;
}
/**
 * The comment body, marker last (a marker in the middle breaks rendering). Past GitHub's size
 * limit it falls back to the verdict and the gates table, then to the verdict alone, both
 * pointing at the job summary where the full report always is.
 */
function commentBody(input) {
    const footer = [
        input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`,
        input.state === undefined ? "" : stateLine(input.state),
        commentMarker(input.key, input.report.plan.file),
    ]
        .filter((x) => x !== "")
        .join("\n");
    const withChange = (main) => (input.change === "" ? main : `${main}\n${input.change}\n`);
    // What the pull request changed sits right under the verdict and the alert.
    const full = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(input.report, { change: input.change, ...(input.failOn === undefined ? {} : { failOn: input.failOn }) })}\n${footer}\n`;
    if (full.length <= COMMENT_LIMIT)
        return full;
    const pointer = `The full report is too long for a comment: see the [job summary](${input.summaryUrl}).`;
    const rows = input.report.gates.map((g) => [`\`${g.id}\``, g.outcome, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(g.summary.slice(0, 300))]);
    const rules = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesMarkdown */ .xQ)(input.report.rules);
    const short = `### tunegate · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(input.report.headline)}\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([["Gate", "Result", "Why"], ...rows], { alignDelimiters: false })}\n\n${rules === "" ? "" : `${rules}\n\n`}${pointer}\n`;
    const shortBody = `${withChange(short)}\n${footer}\n`;
    if (shortBody.length <= COMMENT_LIMIT)
        return shortBody;
    return `### tunegate · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(input.report.headline.slice(0, 2000))}\n\n${pointer}\n\n${footer}\n`;
}
/**
 * The marker a comment body ends with when it is a plan's comment under `key`: how a run finds the
 * comments of plans it no longer checks (a plan moved or deleted, a `plan` input that changed).
 */
function planMarkerOf(body, key) {
    const last = body.trimEnd().split("\n").at(-1) ?? "";
    const prefix = `<!-- tunegate:comment key=${markerValue(key)} plan=`;
    return last.startsWith(prefix) && last.endsWith(" -->") ? last : undefined;
}
/** The first line of a comment a later run marked as no longer current. */
const NOT_CURRENT_HEADING = "> [!NOTE]\n> **No longer current.**";
/**
 * What a later run puts above a comment of a plan it did not check, so a red comment of a moved
 * or deleted plan (or of a wrong `plan` input) never stands beside the new verdict unexplained.
 */
function notCurrentNotice(ours) {
    return `${NOT_CURRENT_HEADING} The run for commit ${ours.sha.slice(0, 7)} did not check this plan: it was moved or deleted, or the workflow's \`plan\` input no longer names it. Below is an earlier run's result.\n\n`;
}
//# sourceMappingURL=comment-body.js.map

/***/ }),

/***/ 5415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/input/dates.js
var dates = __webpack_require__(4560);
// EXTERNAL MODULE: ./lib/engine/output/formats/markdown.js
var markdown = __webpack_require__(1156);
// EXTERNAL MODULE: ./lib/engine/output/registry.js
var registry = __webpack_require__(5095);
// EXTERNAL MODULE: ./lib/engine/output/annotations.js
var annotations = __webpack_require__(7364);
// EXTERNAL MODULE: ./lib/engine/output/input-errors.js
var input_errors = __webpack_require__(5460);
;// CONCATENATED MODULE: ./lib/engine/output/log-lines.js

function runLog(run) {
    const warnings = [
        ...run.plans.flatMap((p) => (0,input_errors/* isChecked */.W)(p)
            ? p.report.rules.warnings.map((w) => ({
                message: `${p.file}: ${w}`,
                title: "tunegate: rules from the pull request",
            }))
            : []),
        ...run.removed_plans.map((file) => ({
            message: `${file} was checked at the base branch and is gone at this head: its gates no longer run`,
            title: "tunegate: plan removed",
        })),
    ];
    const summary = run.plans
        .map((p) => (0,input_errors/* isChecked */.W)(p)
        ? `${p.report.verdict.toUpperCase()} ${p.report.headline}`
        : `INPUT ERROR ${p.file}: ${p.input_errors.length} problem(s)`)
        .join("\n");
    const unreadable = run.plans.filter((p) => !(0,input_errors/* isChecked */.W)(p));
    // Bad input is never a pass, whatever fail-on says: nothing was judged.
    const failure = run.plans.length === 0
        ? "tunegate: the plan input matched no plan file"
        : unreadable.length > 0
            ? `tunegate: ${unreadable.map((p) => p.file).join(", ")} could not be checked; see the annotations`
            : run.exit_code === 1
                ? `tunegate: verdict ${run.verdict} (fail-on: ${run.fail_on}); see the job summary for every finding`
                : null;
    return { warnings, summary, failure };
}
//# sourceMappingURL=log-lines.js.map
;// CONCATENATED MODULE: ./lib/engine/run/action-decisions.js
/** `mode: auto` audits prices on a `schedule` event (nothing to gate there) and checks plans on every other. */
function actionMode(mode, eventName) {
    if (mode !== "auto")
        return mode;
    return eventName === "schedule" ? "audit" : "check";
}
/**
 * Whether a comment that does not exist yet is created. Under `on-failure` a comment appears only
 * when something failed: the run's verdict, or (for a per-plan comment) that plan's own outcome;
 * an existing comment is always updated, so a fixed plan's comment turns green. `never` posts
 * nothing at all and is handled before any comment is built.
 */
function createsComment(comment, runVerdict, planFailed = false) {
    return comment !== "on-failure" || runVerdict === "fail" || planFailed;
}
//# sourceMappingURL=action-decisions.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/comment-body.js
var comment_body = __webpack_require__(3311);
// EXTERNAL MODULE: ./lib/engine/output/parts/plan-change.js
var plan_change = __webpack_require__(6093);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
;// CONCATENATED MODULE: ./lib/engine/output/run-comment.js




/**
 * Above this many plans a pull request gets one comment for the whole run instead of one per
 * plan: 300 plans posting 300 comments bury the conversation and spend GitHub's write limits.
 */
const MAX_PLAN_COMMENTS = 10;
/** Room kept for the footer and the note on details left out. */
const FOOTER_ROOM = 1_000;
const ICON = { pass: "✅", warn: "⚠️", fail: "❌", error: "❌" };
function outcomeOf(plan) {
    return (0,input_errors/* isChecked */.W)(plan) ? plan.report.verdict : "error";
}
/** Worst first: what needs action is at the top of the table and gets its details first. */
const RANK = { error: 0, fail: 1, warn: 2, pass: 3 };
function label(outcome) {
    return outcome === "error" ? "could not be checked" : outcome;
}
/**
 * One comment for a run of many plans: the count per outcome, a table of every plan (worst
 * first), then each plan's report in a collapsed section while the comment stays within
 * GitHub's size limit; whatever does not fit is named and is in the job summary.
 */
function runCommentBody(input) {
    const plans = [...input.run.plans].sort((a, b) => RANK[outcomeOf(a)] - RANK[outcomeOf(b)] || a.file.localeCompare(b.file));
    const counts = ["fail", "error", "warn", "pass"]
        .map((o) => [o, plans.filter((p) => outcomeOf(p) === o).length])
        .filter(([, n]) => n > 0);
    const footer = [
        input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`,
        input.state === undefined ? "" : (0,comment_body/* stateLine */.qo)(input.state),
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
        const headline = (0,input_errors/* isChecked */.W)(p) ? p.report.headline : `${p.input_errors.length} input problem(s)`;
        const row = `| ${(0,parts_escape/* codeCell */.MZ)(p.file)} | ${ICON[outcome]} ${label(outcome)} | ${(0,parts_escape/* escapeCell */.kq)(headline.slice(0, 300))} |\n`;
        if (body.length + row.length > comment_body/* COMMENT_LIMIT */.W$ - FOOTER_ROOM * 2)
            break;
        body += row;
        rowsShown++;
    }
    if (rowsShown < plans.length)
        body += `\n${plans.length - rowsShown} more plans are only in the job summary.\n`;
    let detailsShown = 0;
    for (const p of plans.slice(0, rowsShown)) {
        // Inside <summary> GitHub renders no markdown: the name is HTML-escaped text, not a code span.
        const section = `\n<details><summary>${ICON[outcomeOf(p)]} ${(0,parts_escape/* escapeInline */.VV)(p.file)}</summary>\n\n${(0,markdown.planMarkdown)(p)}\n</details>\n`;
        if (body.length + section.length > comment_body/* COMMENT_LIMIT */.W$ - FOOTER_ROOM)
            break;
        body += section;
        detailsShown++;
    }
    if (detailsShown < rowsShown)
        body += `\nThe details of ${rowsShown - detailsShown} more plans did not fit in a comment: see the job summary.\n`;
    return `${body}\n${footer}\n`;
}
//# sourceMappingURL=run-comment.js.map
;// CONCATENATED MODULE: ./lib/engine/output/pull-request-comments.js






/**
 * The comments a run writes, all from its run report: one per plan (its report, or its input
 * errors), or, past MAX_PLAN_COMMENTS plans, one for the whole run; and the markers of the
 * comments of the other form, which earlier runs wrote and this one retires.
 */
function runComments(run, input) {
    const perPlan = run.plans.map((plan) => {
        const file = (0,input_errors/* isChecked */.W)(plan) ? plan.report.plan.file : plan.file;
        const marker = (0,comment_body/* commentMarker */.Ql)(input.key, file);
        const body = (0,input_errors/* isChecked */.W)(plan)
            ? (0,comment_body/* commentBody */.I2)({
                report: plan.report,
                key: input.key,
                state: input.state,
                change: plan.change === null ? "" : (0,plan_change/* renderPlanChange */.mf)(plan.change),
                summaryUrl: input.summaryUrl,
                failOn: run.fail_on,
            })
            : `${(0,markdown.inputErrorMarkdown)(plan)}\n${input.state === undefined ? "" : `${(0,comment_body/* stateLine */.qo)(input.state)}\n`}${marker}\n`;
        const failing = !(0,input_errors/* isChecked */.W)(plan) || plan.report.verdict === "fail";
        return { file, marker, body, createIfAbsent: createsComment(input.comment, run.verdict, failing) };
    });
    const runMarker = (0,comment_body/* runCommentMarker */.fN)(input.key);
    const oneForAll = run.plans.length > MAX_PLAN_COMMENTS;
    if (!oneForAll)
        return { comments: perPlan, retire: [runMarker], oneForAll };
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
//# sourceMappingURL=pull-request-comments.js.map
// EXTERNAL MODULE: ./lib/engine/run/run-report.js
var run_report = __webpack_require__(7664);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/shell/github/failure.js
var github_failure = __webpack_require__(1918);
// EXTERNAL MODULE: ./lib/shell/github/run-context.js
var run_context = __webpack_require__(5703);
// EXTERNAL MODULE: ./lib/shell/in-order.js
var in_order = __webpack_require__(3382);
// EXTERNAL MODULE: ./lib/shell/plan-paths.js
var plan_paths = __webpack_require__(1338);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./lib/engine/input/severities.js
var severities = __webpack_require__(7070);
;// CONCATENATED MODULE: ./lib/shell/action/inputs.js


/** The Action's inputs; defaults live here, not in action.yml, so the README and code agree. */
const actionInputsSchema = schemas/* strictObject */.rej({
    plan: schemas/* string */.YjP().trim().min(1).default("tunegate.yml"),
    policy: schemas/* string */.YjP().trim().min(1).optional(),
    pricing: schemas/* string */.YjP().trim().min(1).optional(),
    mode: schemas/* enum */.k5n(["auto", "check", "audit"]).default("auto"),
    "rules-from": schemas/* enum */.k5n(["base", "head"]).default("base"),
    "fail-on": schemas/* enum */.k5n(severities/* FAIL_ON_VALUES */.Q).default("error"),
    comment: schemas/* enum */.k5n(["auto", "always", "on-failure", "never"]).default("auto"),
    "comment-key": schemas/* string */.YjP()
        .trim()
        .max(100)
        .regex(/^[A-Za-z0-9._/:@-]*$/, "use letters, digits and . _ / : @ - only")
        .default(""),
    "github-token": schemas/* string */.YjP().default(""),
    "external-repo-token": schemas/* string */.YjP().default(""),
    "current-prices": schemas/* string */.YjP().trim().min(1).optional(),
});
class InputError extends Error {
    name = "InputError";
}
/** Reads every input through `get` ('' means not given) and validates them together. */
function readActionInputs(get) {
    const raw = {};
    for (const name of Object.keys(actionInputsSchema.shape)) {
        const value = get(name);
        if (value !== "")
            raw[name] = value;
    }
    const parsed = actionInputsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0] ?? "");
            const allowed = issue.code === "invalid_value" ? `: use one of ${issue.values.join(", ")}` : `: ${issue.message}`;
            return `input "${name}" is "${raw[name] ?? ""}"${allowed}`;
        });
        throw new InputError(problems.join("; "));
    }
    return parsed.data;
}
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/shell/github/job-summary.js

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps add. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Appends markdown to the job summary; past the limit, the short form is written instead. */
async function writeJobSummary(path, full, short) {
    if (path === undefined || path === "")
        return "none";
    const fits = Buffer.byteLength(full, "utf8") <= SUMMARY_LIMIT_BYTES;
    await (0,promises_.appendFile)(path, fits ? full : short(), "utf8");
    return fits ? "full" : "short";
}
//# sourceMappingURL=job-summary.js.map
// EXTERNAL MODULE: ./lib/shell/output-guard.js
var output_guard = __webpack_require__(297);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./lib/shell/action/runner-protocol.js
// @actions/core's own protocol modules, imported by path: its package entry also loads the OIDC
// client, and with it @actions/http-client and undici, hundreds of kilobytes that V8 would parse
// on every run for a token tunegate never asks for. These files are the same code core.info,
// core.warning and core.setOutput call (a test compares the bytes), pinned by the lockfile.



/** core.getInput: INPUT_<NAME> with spaces as underscores, trimmed, '' when absent. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** core.setOutput: a key-value block appended to GITHUB_OUTPUT, or the legacy command without it. */
function setOutput(name, value, env = process.env) {
    if ((env["GITHUB_OUTPUT"] ?? "") !== "") {
        issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write("\n");
    issueCommand("set-output", { name }, toCommandValue(value));
}
function annotation(kind, message, properties = {}) {
    issueCommand(kind, toCommandProperties(properties), message);
}
function info(text) {
    process.stdout.write(`${text}\n`);
}
/** core.setSecret: the runner masks the value wherever it appears in the log from now on. */
function addMask(value) {
    issueCommand("add-mask", {}, value);
}
/** core.setFailed: the step fails with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    annotation("error", message);
}
//# sourceMappingURL=runner-protocol.js.map
;// CONCATENATED MODULE: ./lib/shell/action/log.js


/**
 * The runner reads a workflow command from a line that starts with `::name` once leading
 * whitespace is trimmed, or from `##[name]` anywhere in a line (actions/runner, ActionCommand.cs
 * TryParseV2 and TryParse), and splits lines at \n and at a bare \r. Text without `::` and
 * `##[` cannot hold either form and is written as is.
 */
const COMMAND_LIKE = /::|##\[/;
/**
 * Wraps text that could hold a workflow command in `stop-commands` with a fresh random token,
 * GitHub's own way to print untrusted text: between the two lines the runner runs no command,
 * whatever the text says, and only the unguessable token resumes.
 */
function shieldCommands(text, newToken = external_node_crypto_.randomUUID) {
    if (!COMMAND_LIKE.test(text))
        return text;
    let token = newToken();
    while (text.includes(token))
        token = newToken();
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/**
 * The runner's log through @actions/core's command writer (runner-protocol.ts). Plain lines are shielded (above); annotation and
 * failure messages and their properties are one line each, because @actions/core escapes \r,
 * \n and % in messages and also : and , in properties, so the command is always ours.
 */
function runnerLog() {
    return {
        info: (text) => info(shieldCommands(text)),
        notice: (message) => annotation("notice", message),
        warning: (message, properties) => annotation("warning", message, properties),
        error: (message, properties) => annotation("error", message, properties),
        fail: (message) => setFailed(message),
    };
}
//# sourceMappingURL=log.js.map
;// CONCATENATED MODULE: ./lib/shell/github/limits.js
/** The whole comment or tracking-issue work ends after this long (GitHub answers in seconds). */
const DEFAULT_BUDGET_MS = 120_000;
/** At most 3 minutes, whatever the environment asks. */
const MAX_BUDGET_MS = 180_000;
/** One request without an answer after this long has failed. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_LIMITS = {
    budgetMs: DEFAULT_BUDGET_MS,
    requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
    retryUnitMs: 1000,
};
/**
 * Limits from the runner's environment: TUNEGATE_GITHUB_BUDGET_MS (capped at 3 minutes),
 * TUNEGATE_GITHUB_TIMEOUT_MS and TUNEGATE_RETRY_BASE_MS let the built bundle's end-to-end tests
 * make faults quick; anything that is not a positive number keeps the default. Read once, at
 * the runner's entry (ports.ts).
 */
function limitsFromEnvironment(env) {
    const positive = (name, fallback) => {
        const value = Number(env[name]);
        return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    return {
        budgetMs: Math.min(MAX_BUDGET_MS, positive("TUNEGATE_GITHUB_BUDGET_MS", DEFAULT_BUDGET_MS)),
        requestTimeoutMs: positive("TUNEGATE_GITHUB_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS),
        retryUnitMs: positive("TUNEGATE_RETRY_BASE_MS", 1000),
    };
}
//# sourceMappingURL=limits.js.map
// EXTERNAL MODULE: ./lib/shell/git-command.js
var git_command = __webpack_require__(4770);
;// CONCATENATED MODULE: ./lib/shell/git-revision.js

/** Whether the clone has the commit at all (a shallow checkout often does not). */
async function hasCommit(root, commit) {
    try {
        await (0,git_command.gitText)(["-C", root, "cat-file", "-e", `${commit}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** The commit the working tree has checked out, or undefined when it is not a git clone git can read. */
async function checkedOutCommit(root) {
    try {
        const sha = (await (0,git_command.gitText)(["-C", root, "rev-parse", "--verify", "--quiet", "HEAD"])).trim();
        return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The day (UTC, YYYY-MM-DD) the checked-out commit was committed, or undefined when git cannot
 * say: no evaluation date before it is plausible for judging that commit.
 */
async function checkedOutCommitDay(root) {
    try {
        const seconds = Number((await (0,git_command.gitText)(["-C", root, "log", "-1", "--format=%ct", "HEAD"])).trim());
        return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString().slice(0, 10) : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=git-revision.js.map
// EXTERNAL MODULE: ./lib/shell/repo-files.js
var repo_files = __webpack_require__(8026);
;// CONCATENATED MODULE: ./lib/shell/git-repository.js


/** The runner's repository reader: its own git, run in the clone at `root` (data only, nothing is run). */
function gitRepository(root) {
    return {
        checkedOutCommit: () => checkedOutCommit(root),
        checkedOutCommitDay: () => checkedOutCommitDay(root),
        hasCommit: (commit) => hasCommit(root, commit),
        filesAt: (commit) => (0,repo_files.gitRevisionFiles)(root, commit),
    };
}
//# sourceMappingURL=git-repository.js.map
;// CONCATENATED MODULE: ./lib/shell/action/ports.js







/**
 * The ports with every text that leaves through them guarded (output-guard.ts): the log,
 * outputs and the job summary never carry a credential, whatever a plan, policy or eval file
 * named. Each credential found is registered with the runner first.
 */
function guardedPorts(ports) {
    const masked = (0,output_guard/* outputGuard */.J)((secret) => ports.registerSecret(secret));
    // The log is plain text a person reads: control and invisible characters are shown, not obeyed.
    const guard = (text) => masked((0,parts_escape/* userText */.fz)(text));
    const log = ports.log;
    return {
        ...ports,
        output: (name, value) => ports.output(name, masked((0,parts_escape/* userText */.fz)(value))),
        // Markdown keeps the zero-width spaces tunegate put in to stop links (terminalSafe leaves them).
        summary: (markdown, short) => ports.summary(masked((0,parts_escape/* terminalSafe */.kJ)(markdown)), () => masked((0,parts_escape/* terminalSafe */.kJ)(short()))),
        log: {
            info: (text) => log.info(guard(text)),
            notice: (message) => log.notice(guard(message)),
            warning: (message, properties) => log.warning(guard(message), guardProperties(properties, guard)),
            error: (message, properties) => log.error(guard(message), guardProperties(properties, guard)),
            fail: (message) => log.fail(guard(message)),
        },
    };
}
function guardProperties(properties, guard) {
    if (properties === undefined)
        return undefined;
    return {
        ...properties,
        ...(properties.title === undefined ? {} : { title: guard(properties.title) }),
        ...(properties.file === undefined ? {} : { file: guard(properties.file) }),
    };
}
/**
 * The runner's ports: @actions/core's protocol for inputs, outputs and the log; the step summary
 * file; Octokit; git. The one place the TUNEGATE_* variables are read (see knobsFromEnvironment).
 */
function runnerPorts(env = process.env) {
    const knobs = knobsFromEnvironment(env);
    return {
        env,
        input: (name) => getInput(name, env),
        output: (name, value) => setOutput(name, value, env),
        summary: async (markdown, short) => {
            await writeJobSummary(env["GITHUB_STEP_SUMMARY"], markdown, short);
        },
        log: runnerLog(),
        today: () => new Date().toISOString().slice(0, 10),
        pinnedDay: knobs.pinnedDay,
        registerSecret: (value) => addMask(value),
        github: async (connection) => (await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(491)]).then(__webpack_require__.bind(__webpack_require__, 5491))).openOctokitSession(connection, knobs.githubLimits),
        repository: gitRepository,
    };
}
/**
 * The knobs the runner's environment may set: TUNEGATE_TODAY pins the evaluation date (for
 * reproducible runs); TUNEGATE_GITHUB_BUDGET_MS, TUNEGATE_GITHUB_TIMEOUT_MS and
 * TUNEGATE_RETRY_BASE_MS shorten GitHub's limits (limits.ts) for the bundle's end-to-end tests.
 */
function knobsFromEnvironment(env) {
    return { pinnedDay: env["TUNEGATE_TODAY"], githubLimits: limitsFromEnvironment(env) };
}
//# sourceMappingURL=ports.js.map
// EXTERNAL MODULE: ./lib/shell/action/run-files.js
var run_files = __webpack_require__(634);
// EXTERNAL MODULE: ./lib/shell/action/policy-input.js
var policy_input = __webpack_require__(6510);
// EXTERNAL MODULE: ./lib/shell/attestation.js
var shell_attestation = __webpack_require__(4032);
// EXTERNAL MODULE: ./lib/shell/check.js + 24 modules
var check = __webpack_require__(2539);
;// CONCATENATED MODULE: ./lib/shell/action/plan-run.js


async function baseAvailable(repository, pullRequest) {
    return pullRequest !== undefined && pullRequest.baseSha !== "" && (await repository.hasCommit(pullRequest.baseSha));
}
/**
 * On a pull-request event, whether the working tree holds the base branch instead of the pull
 * request: `pull_request_target` runs with GITHUB_SHA at the base branch's last commit, which is
 * what `actions/checkout` checks out unless told otherwise. The plans there are not the pull
 * request's, so judging them would pass (and comment "checked at" the head commit) whatever the
 * pull request changed. Unknown (no readable clone) is not a problem.
 */
async function baseCheckedOut(ctx, repository) {
    const pr = ctx.pullRequest;
    if (pr === undefined)
        return undefined;
    const head = await repository.checkedOutCommit();
    if (head === undefined || head === pr.headSha)
        return undefined;
    const isBase = head === pr.baseSha || (ctx.eventName === "pull_request_target" && head === ctx.sha);
    if (!isBase)
        return undefined;
    return {
        kind: "usage",
        message: `the workspace has the base branch checked out (commit ${head.slice(0, 7)}), not pull request #${pr.number}: its plans are not the pull request's, so none was judged`,
        location: { file: "checkout", line: 1, column: 1 },
        field: "",
        hint: "check out the pull request before tunegate: actions/checkout with ref: ${{ github.event.pull_request.head.sha }} (on pull_request_target, run none of its code in that job)",
    };
}
/** Checks one plan and, on a pull request, the same plan at the base commit for the diff. */
async function runPlan(file, options) {
    const pr = options.pullRequest;
    const rules = pr === undefined
        ? undefined
        : options.rulesFrom === "head"
            ? { from: "head", sha: pr.baseSha }
            : {
                from: "base",
                sha: pr.baseSha,
                files: options.baseAvailable ? options.repository.filesAt(pr.baseSha) : undefined,
                ...(options.planInput === undefined ? {} : { planInput: options.planInput }),
            };
    const head = await (0,check/* runCheck */.k)({
        root: options.root,
        plan: file,
        policy: options.policy,
        pricing: options.pricing,
        today: options.today,
        rules,
    });
    if (!head.ok)
        return { file, ok: false, diagnostics: head.diagnostics };
    if (pr === undefined)
        return { file, ok: true, report: head.report, change: undefined };
    if (!options.baseAvailable) {
        return {
            file,
            ok: true,
            report: head.report,
            change: (0,plan_change/* notCompared */.vK)(pr.baseRef, "its commit is not in the clone (use `actions/checkout` with `fetch-depth: 0`)"),
        };
    }
    const files = options.repository.filesAt(pr.baseSha);
    const existsAtBase = (await files.read(head.report.plan.file, 1024 * 1024)).ok;
    if (!existsAtBase)
        return { file, ok: true, report: head.report, change: (0,plan_change/* comparePlans */.OA)(null, head.report, pr.baseRef) };
    const base = await (0,check/* runCheck */.k)({
        root: options.root,
        plan: file,
        policy: options.policy,
        pricing: options.pricing,
        today: options.today,
        files,
    });
    if (!base.ok)
        return {
            file,
            ok: true,
            report: head.report,
            change: (0,plan_change/* notCompared */.vK)(pr.baseRef, "the plan there does not check cleanly"),
        };
    return { file, ok: true, report: head.report, change: (0,plan_change/* comparePlans */.OA)(base.report, head.report, pr.baseRef) };
}
//# sourceMappingURL=plan-run.js.map
;// CONCATENATED MODULE: ./lib/shell/action/main.js




















/**
 * The Action. The one place a throw becomes a failed step: whatever happens, the step fails
 * closed (verdict fail, deploy-allowed false) with a message instead of a stack trace.
 */
async function runAction(runner = runnerPorts()) {
    const ports = guardedPorts(runner);
    const log = ports.log;
    try {
        await act(ports);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setOutputsSafely({ verdict: "fail", "deploy-allowed": "false", "failed-gates": "[]" }, ports);
        if (error instanceof InputError || error instanceof run_context/* EventPayloadError */.BJ)
            log.fail(`tunegate: ${message}`);
        else
            log.fail(`tunegate failed unexpectedly, so nothing may deploy: ${message}. This is a bug in tunegate; please report it.`);
    }
}
async function act(ports) {
    const { env, log } = ports;
    const inputs = readActionInputs((name) => ports.input(name));
    const ctx = await (0,run_context/* readRunContext */.$p)(env);
    const mode = actionMode(inputs.mode, ctx.eventName);
    const repository = ports.repository(ctx.workspace);
    const today = evaluationDate(ports.pinnedDay, ports);
    await checkEvaluationDate(today, ports, repository);
    if (mode === "audit") {
        // The price data is megabytes of JavaScript: a check run never loads it.
        const { runAuditMode } = await Promise.all(/* import() */[__webpack_require__.e(294), __webpack_require__.e(178)]).then(__webpack_require__.bind(__webpack_require__, 8178));
        await runAuditMode(ports, ctx, inputs, today);
        return;
    }
    const expanded = await (0,plan_paths/* expandPlanPaths */.CN)(ctx.workspace, inputs.plan, "input plan");
    const policy = await (0,policy_input/* resolvePolicyInput */.n)(inputs, ctx);
    const options = {
        root: ctx.workspace,
        repository,
        policy: policy.ok ? policy.value : undefined,
        pricing: inputs.pricing,
        today,
        pullRequest: ctx.pullRequest,
        baseAvailable: await baseAvailable(repository, ctx.pullRequest),
        rulesFrom: inputs["rules-from"],
        planInput: inputs.plan,
    };
    const runs = [];
    const wrongCheckout = await baseCheckedOut(ctx, repository);
    if (wrongCheckout !== undefined)
        runs.push({ file: "checkout", ok: false, diagnostics: [wrongCheckout] });
    else if (!policy.ok)
        runs.push({ file: "policy input", ok: false, diagnostics: policy.diagnostics });
    else
        runs.push(...(await (0,in_order/* mapInOrder */.Y)(expanded.paths, in_order/* PLAN_CONCURRENCY */.S, (file) => runPlan(file, options))));
    if (expanded.diagnostics.length > 0)
        runs.push({ file: "plan input", ok: false, diagnostics: expanded.diagnostics });
    const removed = options.baseAvailable && ctx.pullRequest !== undefined
        ? await (0,plan_paths/* plansGoneSince */.CB)(repository.filesAt(ctx.pullRequest.baseSha), inputs.plan, expanded.paths)
        : [];
    // The engine decides the run; everything below only shows and delivers it.
    const run = (0,run_report/* buildRunReport */.IW)(runs, inputs["fail-on"], version/* VERSION */.x, removed);
    const files = await writeRunFiles(ctx, inputs, run, log);
    await ports.summary(`${await (0,registry.renderOutput)("check", "markdown", run)}\n`, () => (0,markdown.runShortSummary)(run, files.reportJson));
    // Everything the step decides and shows is written before any GitHub API call, so an API that
    // hangs or refuses can delay the comment, never the verdict. All of it comes from the run report.
    annotate(run, log);
    const lines = runLog(run);
    for (const w of lines.warnings)
        log.warning(w.message, { title: w.title });
    setOutputsSafely({
        ...run.outputs,
        "report-json": files.reportJson,
        "sarif-file": files.sarif,
        "attestation-file": files.attestation ?? "",
    }, ports);
    log.info(lines.summary);
    if (lines.failure !== null)
        log.fail(lines.failure);
    try {
        await comment(ports, ctx, inputs, run);
    }
    catch (error) {
        commentFailed(error, log);
    }
}
/** TUNEGATE_TODAY pins the date (for reproducible runs); set but not a real day, nothing is judged. */
function evaluationDate(pinned, ports) {
    if (pinned === undefined)
        return ports.today();
    if (!(0,dates/* isCalendarDate */.tf)(pinned))
        throw new InputError(`TUNEGATE_TODAY must be a calendar date YYYY-MM-DD, got ${JSON.stringify(pinned)}; unset it to use today's date`);
    return pinned;
}
/**
 * A date other than the runner's is named in the log; one before the judged commit was made is
 * refused: it would revive waivers that had expired by then and make stale prices fresh.
 */
async function checkEvaluationDate(today, ports, repository) {
    const note = (0,dates/* evaluationDateNote */.Rz)(today, ports.today(), "TUNEGATE_TODAY");
    if (note === null)
        return;
    const committed = await repository.checkedOutCommitDay();
    if (committed !== undefined && today < committed) {
        throw new InputError(`TUNEGATE_TODAY is ${today}, before ${committed}, the day the commit being judged was made: a past date would revive expired waivers and make stale prices look fresh; unset TUNEGATE_TODAY`);
    }
    ports.log.warning(`tunegate ${note}`, { title: "tunegate: evaluation date" });
}
/**
 * The run report as JSON and as SARIF, in the runner's temp folder, for artifacts and code
 * scanning; and, when the plans declare the artifacts a deploy ships, the in-toto statement
 * for actions/attest to sign.
 */
async function writeRunFiles(ctx, inputs, run, log) {
    const dir = ctx.runnerTemp === "" ? (0,external_node_path_.join)(ctx.workspace, ".tunegate") : ctx.runnerTemp;
    const judged = run.plans.some((p) => "report" in p);
    const statement = judged ? await (0,shell_attestation/* attestationFor */.g)(ctx.workspace, run) : undefined;
    if (statement !== undefined && !statement.ok)
        for (const d of statement.diagnostics)
            log.warning(`${d.message}; no attestation written`, {
                title: "tunegate: attestation",
                file: d.location.file,
                startLine: d.location.line,
            });
    else if (statement !== undefined && statement.text === null)
        log.info(`tunegate: ${statement.note}`);
    const text = statement?.ok === true ? statement.text : null;
    const [reportJson, sarif, attestation] = await (0,run_files/* writeFreshFiles */.H)(dir, inputs["comment-key"], [
        { stem: "tunegate-report", ext: "json", text: await (0,registry.renderOutput)("check", "json", run) },
        { stem: "tunegate-results", ext: "sarif", text: await (0,registry.renderOutput)("check", "sarif", run) },
        ...(text === null ? [] : [{ stem: "tunegate-attestation", ext: "json", text }]),
    ]);
    return { reportJson: reportJson, sarif: sarif, attestation };
}
async function comment(ports, ctx, inputs, run) {
    const log = ports.log;
    const mode = inputs.comment;
    if (mode === "never")
        return;
    const pr = ctx.pullRequest;
    if (pr === undefined) {
        if (mode !== "auto")
            log.notice(`tunegate: comment: ${mode}, but the ${ctx.eventName} event has no pull request to comment on; the report is in the job summary`);
        return;
    }
    if (pr.isFork && ctx.eventName === "pull_request") {
        log.notice("tunegate: this pull request comes from a fork, so its token is read-only and no comment is posted. The verdict is this check's result; the report is in the job summary and the report-json output. To comment on fork pull requests, run tunegate on pull_request_target (see the README's section on forks).");
        return;
    }
    const token = inputs["github-token"];
    if (token === "") {
        log.warning("tunegate: no github-token, so no pull-request comment; pass github-token: ${{ github.token }} with pull-requests: write");
        return;
    }
    // Octokit and its HTTP stack are most of the bundle; runs that post nothing never load them.
    const { syncStickyComments } = await __webpack_require__.e(/* import() */ 829).then(__webpack_require__.bind(__webpack_require__, 8829));
    const info = (m) => log.info(m);
    const github = await ports.github({ token, apiUrl: ctx.apiUrl, log: info });
    const state = commentState(pr, ctx.runId);
    const summaryUrl = (0,run_context/* runUrl */.Vp)(ctx);
    // Many plans: one comment for the run; the per-plan comments of earlier runs are retired, and
    // the other way round (the engine's call, from the run report).
    const { comments: plans, retire, oneForAll, } = runComments(run, { key: inputs["comment-key"], comment: mode, state, summaryUrl });
    const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
    await github
        .within(syncStickyComments(github.api, target, plans, state, (plan, result) => {
        const file = plans.find((p) => p.marker === plan.marker).file;
        if ("removed" in result && result.removed > 0)
            log.info(`tunegate: deleted ${result.removed} outdated or duplicate comment(s) for ${file}`);
        if (result.action === "skipped-newer")
            log.info(`tunegate: comment for ${file} left as is: it was written for a newer commit (${result.newer.sha.slice(0, 7)})`);
        else if (result.action === "superseded")
            log.info(`tunegate: comment for ${file} replaced by a newer run's (commit ${result.newer?.sha.slice(0, 7) ?? "unknown"}): ${result.url}`);
        else if (result.action === "skipped-unsearched") {
            log.warning(`tunegate read ${result.pages * 100} comments on this pull request (${result.pages} pages, its limit) without finding its comment for ${file}, so it posts none rather than risk a duplicate. The verdict is unaffected; the report is in the job summary.`);
        }
        else if (result.action !== "skipped-absent")
            log.info(`tunegate: comment for ${file} ${result.action}: ${result.url}`);
    }, info, retire, inputs["comment-key"]))
        .then((retired) => {
        if (retired > 0)
            log.info(`tunegate: deleted ${retired} comment(s) from earlier runs that ${oneForAll ? "commented per plan" : "commented once for all plans"}`);
    });
}
/**
 * The run's place among the runs on its pull request (see CommentState). A run whose event names
 * no head commit or no time cannot be ordered against the others: it edits the comment in place
 * (and marks none as newer) rather than leave an older verdict standing.
 */
function commentState(pr, runId) {
    if (!/^[0-9a-f]{7,64}$/.test(pr.headSha) || Number.isNaN(Date.parse(pr.updatedAt)) || /\s/.test(pr.updatedAt))
        return undefined;
    return /^\d{1,15}$/.test(runId)
        ? { sha: pr.headSha, at: pr.updatedAt, run: Number(runId) }
        : { sha: pr.headSha, at: pr.updatedAt };
}
/** A comment that cannot be written is a warning with the fix; it never changes the verdict. */
function commentFailed(error, log) {
    const failure = (0,github_failure/* classifyFailure */.XE)(error);
    const why = `${failure.status ?? failure.kind}: ${failure.message}`;
    const unaffected = "The verdict is unaffected; the report is in the job summary.";
    if (failure.kind === "forbidden") {
        log.warning(`tunegate could not write the pull-request comment (${why}). Give the workflow "permissions: pull-requests: write". A pull request from a fork gets a read-only token: run tunegate on pull_request_target to comment (see the README's section on forks). ${unaffected}`);
    }
    else if (failure.kind === "not-found") {
        log.warning(`tunegate could not find the pull request to comment on (${why}); check github-token's access to this repository. ${unaffected}`);
    }
    else if (failure.kind === "rate-limited") {
        log.warning(`tunegate skipped the pull-request comment: GitHub's API is rate-limited (${failure.message}). The next run writes it. ${unaffected}`);
    }
    else if (failure.kind === "budget") {
        log.warning(`tunegate could not write the pull-request comment: GitHub's API did not finish within the time allowed, so it stopped waiting. ${unaffected}`);
    }
    else {
        log.warning(`tunegate could not write the pull-request comment (${why}). ${unaffected}`);
    }
}
function annotate(run, log) {
    const { shown, leftOut } = (0,annotations/* runAnnotations */.cL)(run);
    for (const a of shown) {
        const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
        if (a.level === "error")
            log.error(a.message, properties);
        else
            log.warning(a.message, properties);
    }
    if (leftOut !== null)
        log.info(leftOut);
}
function setOutputsSafely(outputs, ports) {
    for (const [name, value] of Object.entries(outputs)) {
        try {
            ports.output(name, value);
        }
        catch (error) {
            ports.log.warning(`tunegate could not set output ${name}: ${error.message}`);
        }
    }
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 6510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ resolvePolicyInput)
/* harmony export */ });
/* harmony import */ var _remote_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5754);

/** The `policy` input, with an OWNER/REPO/PATH@REF policy fetched once for the whole run. */
function resolvePolicyInput(inputs, ctx) {
    const token = inputs["external-repo-token"] !== "" ? inputs["external-repo-token"] : inputs["github-token"];
    return (0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePolicySpec */ .gM)(inputs.policy, ctx.workspace, { apiUrl: ctx.apiUrl, token, origin: "input policy" });
}
//# sourceMappingURL=policy-input.js.map

/***/ }),

/***/ 634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ writeFreshFiles)
/* harmony export */ });
/* harmony import */ var _engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3679);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/**
 * Writes the step's report files as new files in `dir`, never over files another step of the
 * job wrote: two tunegate steps in one job (the same comment key, or keys that read the same
 * once made safe for a file name, such as `a/b` and `a_b`) would otherwise share one
 * report-json and one sarif-file, and the first step's outputs would name the second step's
 * verdict. The first step keeps the plain names; a later one gets `-2`, `-3`, ... Returns the
 * paths, in the order of `files`.
 */
async function writeFreshFiles(dir, key, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const safe = key.replace(/[^A-Za-z0-9._-]/g, "_");
    const base = safe === "" ? "" : `-${safe}`;
    for (let n = 1; n <= 1000; n++) {
        const suffix = n === 1 ? base : `${base}-${n}`;
        const paths = files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${f.stem}${suffix}.${f.ext}`));
        const created = [];
        try {
            for (const [i, path] of paths.entries()) {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "wx");
                created.push(path);
                try {
                    // Report files are read by people and uploaded as artifacts: no credential in them.
                    await handle.writeFile((0,_engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .maskCredentials */ .Bs)(files[i].text));
                }
                finally {
                    await handle.close();
                }
            }
            return paths;
        }
        catch (error) {
            for (const path of created)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
            if (error.code !== "EEXIST")
                throw error;
        }
    }
    throw new Error(`${dir} already holds 1000 sets of tunegate reports`);
}
//# sourceMappingURL=run-files.js.map

/***/ }),

/***/ 1918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ mayHaveWritten),
/* harmony export */   XE: () => (/* binding */ classifyFailure),
/* harmony export */   iK: () => (/* binding */ GitHubFailure)
/* harmony export */ });
class GitHubFailure extends Error {
    name = "GitHubFailure";
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
/**
 * Whether a failed write may still have happened on GitHub's side: the request went out and no
 * clear refusal came back. A create that failed so is never simply sent again.
 */
function mayHaveWritten(failure) {
    return (failure.kind === "server" ||
        failure.kind === "network" ||
        failure.kind === "timeout" ||
        failure.kind === "unreadable");
}
/** Turns whatever Octokit or fetch threw into a failure kind with a one-line message. */
function classifyFailure(error) {
    if (error instanceof GitHubFailure)
        return error;
    const e = (typeof error === "object" && error !== null ? error : {});
    const message = oneLine(error instanceof Error ? error.message : String(error));
    if (e.name === "GraphqlResponseError") {
        const type = e.errors?.[0]?.type;
        if (type === "FORBIDDEN")
            return new GitHubFailure("forbidden", message);
        if (type === "NOT_FOUND")
            return new GitHubFailure("not-found", message);
        if (type === "RATE_LIMITED")
            return new GitHubFailure("rate-limited", message);
        return new GitHubFailure("other", message);
    }
    if (e.name === "TimeoutError" || e.cause?.name === "TimeoutError")
        return new GitHubFailure("timeout", message);
    const status = e.status;
    if (status === 401 || status === 403)
        return new GitHubFailure("forbidden", message, status);
    if (status === 404 || status === 410)
        return new GitHubFailure("not-found", message, status);
    // Octokit reports a request that got no answer as status 500 without a response.
    if (status !== undefined && status >= 500 && e.response !== undefined)
        return new GitHubFailure("server", message, status);
    if (status === 500 || e.name === "TypeError")
        return new GitHubFailure("network", message);
    return new GitHubFailure("other", message, status);
}
function oneLine(text) {
    return text.replace(/\s+/g, " ").trim().slice(0, 500);
}
//# sourceMappingURL=failure.js.map

/***/ }),

/***/ 5703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   BJ: () => (/* binding */ EventPayloadError),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/* unused harmony export MAX_EVENT_BYTES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var _engine_input_json_work_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7997);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97);



/**
 * GitHub caps a webhook's payload at 25 MB, and the event file is that payload. Read whole and
 * parsed with no limit, a 100 MB payload of `{}` took 28 s and 3.6 GB before the run began.
 */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
/**
 * The event payload GitHub handed the run cannot be what it says it is (unreadable, or a
 * pull-request event without its pull request): the run's input is wrong, not tunegate.
 */
class EventPayloadError extends Error {
    name = "EventPayloadError";
}
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);
/**
 * Reads the event payload and GITHUB_* variables; done here instead of through
 * @actions/github's import-time `context` so nothing happens at import.
 */
async function readRunContext(env, maxEventBytes = MAX_EVENT_BYTES) {
    const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "/").split("/");
    const eventName = env["GITHUB_EVENT_NAME"] ?? "";
    let payload = {};
    const eventPath = env["GITHUB_EVENT_PATH"];
    if (eventPath !== undefined && eventPath !== "") {
        const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readLocalFile */ .MM)(eventPath, `GITHUB_EVENT_PATH (${eventPath})`, maxEventBytes);
        if (!read.ok)
            throw new EventPayloadError(`cannot read the event payload: ${read.message}`);
        // What parsing would build is bounded as for any JSON tunegate reads.
        const excess = (0,_engine_input_json_work_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonWorkExcess */ .dM)(read.text);
        if (excess !== null)
            throw new EventPayloadError(`the event payload at GITHUB_EVENT_PATH (${eventPath}), line ${excess.line} column ${excess.column}: ${excess.message}; GitHub writes nothing like it`);
        try {
            payload = JSON.parse(read.text);
        }
        catch (error) {
            throw new EventPayloadError(`cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${error.message}`);
        }
    }
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
        throw new EventPayloadError(`the event payload at GITHUB_EVENT_PATH (${eventPath}) is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`}, not the JSON object GitHub writes there`);
    }
    return {
        eventName,
        owner,
        repo,
        sha: env["GITHUB_SHA"] ?? "",
        workspace: env["GITHUB_WORKSPACE"] ?? process.cwd(),
        apiUrl: env["GITHUB_API_URL"] ?? "https://api.github.com",
        serverUrl: env["GITHUB_SERVER_URL"] ?? "https://github.com",
        runId: env["GITHUB_RUN_ID"] ?? "",
        runnerTemp: env["RUNNER_TEMP"] ?? "",
        pullRequest: PULL_REQUEST_EVENTS.has(eventName)
            ? pullRequestOf(payload, eventName, eventPath ?? "")
            : undefined,
    };
}
const repoShape = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }).nullish();
/** What tunegate reads of `pull_request` (GitHub sends far more); a field of another type is refused, not guessed. */
const pullRequestShape = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    head: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), repo: repoShape }).optional(),
    base: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(), repo: repoShape }).optional(),
});
/**
 * On a pull-request event GitHub always sends the pull request; without it (a hand-written or
 * replayed payload) tunegate could not tell which pull request, head or base it checks, and
 * would judge the checkout as if it were a push: an input error naming the field, not a crash.
 */
function pullRequestOf(payload, eventName, eventPath) {
    const where = `the ${eventName} event payload (GITHUB_EVENT_PATH ${eventPath === "" ? "not set" : eventPath})`;
    const raw = payload["pull_request"];
    if (raw === undefined || raw === null) {
        throw new EventPayloadError(`${where} has ${raw === null ? '"pull_request": null' : 'no "pull_request"'}: GitHub always sends the pull request on this event, and without it tunegate cannot tell which pull request and commits to check, so nothing was judged`);
    }
    const parsed = pullRequestShape.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new EventPayloadError(`${where} has an unusable "pull_request": field pull_request.${issue.path.join(".")}: ${issue.message}; nothing was judged`);
    }
    const pr = parsed.data;
    const headRepo = pr.head?.repo?.full_name;
    return {
        number: pr.number,
        headSha: pr.head?.sha ?? "",
        baseSha: pr.base?.sha ?? "",
        baseRef: pr.base?.ref ?? "base",
        // Missing, it is empty: such a run cannot be ordered against others (see main.ts).
        updatedAt: pr.updated_at ?? "",
        // A deleted fork has no head repository at all.
        isFork: headRepo === undefined || headRepo !== pr.base?.repo?.full_name,
    };
}
function runUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
//# sourceMappingURL=run-context.js.map

/***/ })

};

//# sourceMappingURL=415.index.js.map