export const id = 156;
export const ids = [156];
export const modules = {

/***/ 1156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputErrorMarkdown: () => (/* binding */ inputErrorMarkdown),
/* harmony export */   planMarkdown: () => (/* binding */ planMarkdown),
/* harmony export */   removedPlansMarkdown: () => (/* binding */ removedPlansMarkdown),
/* harmony export */   runMarkdown: () => (/* binding */ runMarkdown),
/* harmony export */   runShortSummary: () => (/* binding */ runShortSummary)
/* harmony export */ });
/* harmony import */ var _parts_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2444);
/* harmony import */ var _parts_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(413);
/* harmony import */ var _parts_plan_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6093);
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5460);




/** Markdown for a plan tunegate could not read: the problems, each at its file and line. */
function inputErrorMarkdown(plan) {
    const items = plan.input_errors.map((e) => `- \`${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)((0,_input_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorLine */ .j)(e))}\`${e.hint === null ? "" : `<br>hint: ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(e.hint)}`}`);
    const count = plan.input_errors.length;
    return `### ❌ tunegate · ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(plan.file)}: could not be checked (${count} input problem${count === 1 ? "" : "s"})\n\nNo gate was judged, so nothing may deploy. Fix these and push again:\n\n${items.join("\n")}\n`;
}
/** One plan's section: its report and what the pull request changed, or its input errors. */
function planMarkdown(plan, failOn) {
    if (!(0,_input_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isChecked */ .W)(plan))
        return inputErrorMarkdown(plan);
    const change = plan.change === null ? "" : (0,_parts_plan_change_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanChange */ .mf)(plan.change);
    return (0,_parts_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(plan.report, { change, ...(failOn === undefined ? {} : { failOn }) });
}
/** The job summary: every plan's section, one after another. */
function runMarkdown(run) {
    const plans = run.plans.map((plan) => planMarkdown(plan, run.fail_on)).join("\n---\n\n");
    return run.removed_plans.length === 0 ? plans : `${removedPlansMarkdown(run.removed_plans)}\n\n${plans}`;
}
/**
 * The job summary's short form, for a run whose full summary is larger than GitHub takes: each
 * plan's verdict and headline, and where the full report is.
 */
function runShortSummary(run, reportPath) {
    const lines = run.plans.map((p) => (0,_input_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isChecked */ .W)(p)
        ? `- ${p.report.verdict.toUpperCase()}: ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(p.report.headline)}`
        : `- INPUT ERROR: ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(p.file)} (${p.input_errors.length} problems)`);
    return `### tunegate\n\nThe full report is larger than a job summary may be; it is in \`${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(reportPath)}\` (upload it as an artifact to keep it).\n\n${lines.join("\n")}\n`;
}
/** Plans the pull request took out of the gate's reach, above everything else. */
function removedPlansMarkdown(removed) {
    const list = removed.map((file) => `> - ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file)}`).join("\n");
    return `> [!WARNING]\n> **${removed.length} plan${removed.length === 1 ? " was" : "s were"} checked at the base branch and ${removed.length === 1 ? "is" : "are"} gone at this head**: ${removed.length === 1 ? "its" : "their"} gates no longer run. Deleting or moving a plan retires its gate; make sure that is meant.\n${list}`;
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 3833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ unpricedNote),
/* harmony export */   Yj: () => (/* binding */ crossoverSentence),
/* harmony export */   zZ: () => (/* binding */ afterTotal)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6788);

/** The self-hosting crossover in one sentence, for every renderer. */
function crossoverSentence(c, planned) {
    if (c.monthly_queries === null)
        return `Self-hosting crossover: ${c.assumption}.`;
    return `Self-hosting the fine-tuned model (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(c.self_host_monthly_usd ?? 0)}/month: ${c.assumption}) beats paying per token above ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(c.monthly_queries)} queries/month (plan: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(planned)}).`;
}
/**
 * What the totals leave out ("not counting 1 item with no price (...)"), so a reader does not take
 * them for the whole cost; "" when every item is priced.
 */
function unpricedNote(unpriced) {
    const n = unpriced?.length ?? 0;
    return n === 0
        ? ""
        : `not counting ${n} item${n === 1 ? "" : "s"} with no price (${unpriced.map((u) => u.label).join(", ")})`;
}
/** The note after a total's line, with its separator; "" when there is nothing to add. */
function afterTotal(unpriced) {
    const note = unpricedNote(unpriced);
    return note === "" ? "" : `, ${note}`;
}
//# sourceMappingURL=cost-sentences.js.map

/***/ }),

/***/ 3602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ evalSourceRows)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6788);

/** One row per file read: side, file, format, tool version, model, examples (errored rows noted), sha256. */
function evalSourceRows(report) {
    const rows = [];
    for (const side of ["candidate", "baseline", "alternative"]) {
        for (const s of report.evals[side] ?? []) {
            const examples = s.examples === null ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(s.examples);
            rows.push([
                side,
                s.file,
                s.format,
                s.tool_version ?? "—",
                s.model ?? "—",
                s.errored > 0 ? `${examples} (+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(s.errored)} errored)` : examples,
                s.sha256 ?? "—",
            ]);
        }
    }
    return rows;
}
//# sourceMappingURL=eval-sources.js.map

/***/ }),

/***/ 413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: alertBlock, modeLine

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/input/count-text.js
var count_text = __webpack_require__(6788);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
;// CONCATENATED MODULE: ./lib/engine/output/parts/charts.js

/**
 * Mermaid charts for the comment and the job summary, which GitHub renders in place: only where a
 * chart beats the table (where the money goes). Eval evidence is a text forest plot
 * (forest-plot.ts), which reads the same in every renderer.
 */
/** Text from eval files inside a quoted Mermaid label: no quotes, brackets, newlines or directives. */
function mermaidLabel(text, max = 40) {
    const cleaned = text
        .replace(/[\u0000-\u001f\u007f-\u009f"`[\]{};#%<>\\]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    const short = cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
    return `"${short === "" ? "?" : short}"`;
}
const round = (x) => Number(x.toFixed(4));
/** Where the money goes: the monthly line items as a pie. */
function costChart(cost) {
    const monthly = cost.items.filter((i) => i.period === "monthly" && i.usd > 0);
    if (monthly.length < 2)
        return null;
    const lines = [
        `pie showData title ${mermaidLabel(`Monthly cost: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}`, 60)}`,
        ...monthly.map((i) => `  ${mermaidLabel(i.label)} : ${round(i.usd)}`),
    ];
    return { mermaid: lines.join("\n"), caption: "Monthly line items in US dollars; one-time costs are in the table." };
}
function chartBlock(chart) {
    return `\`\`\`mermaid\n${chart.mermaid}\n\`\`\`\n<sub>${chart.caption}</sub>`;
}
//# sourceMappingURL=charts.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/cost-sentences.js
var cost_sentences = __webpack_require__(3833);
// EXTERNAL MODULE: ./lib/engine/output/parts/customisation-value.js
var customisation_value = __webpack_require__(5611);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/engine/output/parts/eval-sources.js
var eval_sources = __webpack_require__(3602);
;// CONCATENATED MODULE: ./lib/engine/output/parts/evidence-lines.js
/** How many benchmarks an alert line names before "and N more". */
const NAMED = 3;
const fixed = (x) => x.toFixed(3);
const signed = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`;
/**
 * One benchmark's case against its margin, as a reviewer reads it at a glance:
 * "arc_challenge 0.759x base (bound 0.741x), needs 0.90x", "xstest 0.930, needs 0.95".
 */
function evidenceLine(e) {
    const bound = e.lower === null
        ? ""
        : e.scale === "ratio"
            ? ` (bound ${fixed(e.lower)}x)`
            : ` (bound ${e.scale === "difference" ? signed(e.lower) : fixed(e.lower)})`;
    if (e.scale === "ratio")
        return `${e.benchmark} ${fixed(e.estimate)}x base${bound}, needs ${e.threshold.toFixed(2)}x`;
    if (e.scale === "difference")
        return `${e.benchmark} ${signed(e.estimate)} against base${bound}, needs ${signed(e.threshold)} or more`;
    return `${e.benchmark} ${fixed(e.estimate)}${bound}, needs ${e.threshold.toFixed(2)}`;
}
/** The benchmarks behind a gate that does not pass, each with its number and margin; null when it has none. */
function failingEvidence(gate) {
    const wanted = gate.outcome === "inconclusive" ? "inconclusive" : "fail";
    const against = gate.evidence.filter((e) => e.decision === wanted);
    if (against.length === 0)
        return null;
    const shown = against.slice(0, NAMED);
    const more = against.length > NAMED ? `; and ${against.length - NAMED} more` : "";
    const first = shown[0];
    // One margin for all of them: said once, after the numbers.
    if (shown.every((e) => e.scale === first.scale && e.threshold === first.threshold)) {
        const needs = evidenceLine(first).slice(evidenceLine(first).lastIndexOf(", needs "));
        return `${shown.map((e) => evidenceLine(e).slice(0, evidenceLine(e).lastIndexOf(", needs "))).join(", ")}${needs}${more}`;
    }
    return `${shown.map(evidenceLine).join("; ")}${more}`;
}
//# sourceMappingURL=evidence-lines.js.map
;// CONCATENATED MODULE: ./lib/engine/output/parts/forest-plot.js
/** Characters of the plot's scale: with the label and numbers a row stays under 80 characters. */
const WIDTH = 32;
const LABEL = 20;
/** More rows than this and the table is the better view; the plot shows the worst ones. */
const MAX_ROWS = 15;
/** A name from an eval file, safe and short inside a code block: no backticks or control characters. */
function plotLabel(name) {
    const clean = name.replace(/[\u0000-\u001f\u007f-\u009f`\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "?");
    const short = clean.length > LABEL ? `${clean.slice(0, LABEL - 1)}…` : clean;
    return short.padEnd(LABEL);
}
const DECISION = { pass: "pass", fail: "FAIL", inconclusive: "unclear" };
/**
 * A text forest plot: per benchmark its estimate (●), its interval (─) and the margin (┆), on
 * one scale. A code block renders the same everywhere (comment, job summary, e-mail, terminal),
 * and shows at a glance which benchmarks sit left of the margin.
 */
function forestPlot(title, evidence, unit) {
    if (evidence.length === 0)
        return null;
    const rows = [...evidence].sort((a, b) => a.estimate - a.threshold - (b.estimate - b.threshold)).slice(0, MAX_ROWS);
    const margin = rows[0].threshold;
    const values = rows.flatMap((e) => [e.estimate, e.lower ?? e.estimate, e.upper ?? e.estimate]).concat(margin);
    const span = Math.max(...values) - Math.min(...values) || 0.1;
    const lo = Math.min(...values) - span * 0.05;
    const hi = Math.max(...values) + span * 0.05;
    const at = (x) => Math.max(0, Math.min(WIDTH - 1, Math.round(((x - lo) / (hi - lo)) * (WIDTH - 1))));
    const lines = rows.map((e) => {
        const cells = Array.from({ length: WIDTH }, () => " ");
        if (e.lower !== null || e.upper !== null)
            for (let i = at(e.lower ?? e.estimate); i <= at(e.upper ?? e.estimate); i++)
                cells[i] = "─";
        cells[at(e.threshold)] = cells[at(e.threshold)] === "─" ? "┼" : "┆";
        cells[at(e.estimate)] = "●";
        const interval = e.lower === null ? "" : ` [${e.lower.toFixed(3)}, ${e.upper === null ? "…" : e.upper.toFixed(3)}]`;
        return `${plotLabel(e.benchmark)} ${cells.join("")}  ${e.estimate.toFixed(3)}${interval} ${DECISION[e.decision]}`;
    });
    const axis = `${" ".repeat(LABEL + 1)}${lo.toFixed(2).padEnd(WIDTH - 4)}${hi.toFixed(2)}`;
    const more = evidence.length > rows.length ? [`(${evidence.length - rows.length} more in the details)`] : [];
    const intervals = rows.some((e) => e.lower !== null);
    const legend = `● ${unit}${intervals ? ", ─ its interval" : " (point estimates: no intervals in these files)"}, ┆ needs ${margin.toFixed(2)}`;
    return `${title}\n\n\`\`\`text\n${legend}\n${axis}\n${lines.join("\n")}${more.length === 0 ? "" : `\n${more.join("")}`}\n\`\`\``;
}
/** Forgetting whenever it was measured; safety and task floors when they do not simply pass. */
function forestPlots(report) {
    const gate = (id) => report.gates.find((g) => g.id === id);
    const plots = [];
    const forgetting = gate("forgetting");
    if (forgetting !== undefined) {
        const ratios = forgetting.evidence.filter((e) => e.scale === "ratio");
        const plot = forestPlot("**Forgetting**: candidate / base model per benchmark", ratios, "candidate / base");
        if (plot !== null)
            plots.push(plot);
    }
    for (const [id, title] of [
        ["safety", "**Safety**: score per suite against the floor"],
        ["task-quality", "**Task quality**: score per suite against the floor"],
    ]) {
        const g = gate(id);
        if (g === undefined || g.outcome === "pass" || g.outcome === "skipped")
            continue;
        const plot = forestPlot(title, g.evidence.filter((e) => e.scale === "score"), "score");
        if (plot !== null)
            plots.push(plot);
    }
    return plots;
}
//# sourceMappingURL=forest-plot.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/next-step.js
var next_step = __webpack_require__(7077);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
;// CONCATENATED MODULE: ./lib/engine/output/parts/own-links.js

/**
 * tunegate's own citations ("tunegate framework, section 6 (<url>)") inside a sentence. Reports
 * carry them as text, so JSON and terminals show the address; markdown makes them links.
 */
const CITATION = /tunegate framework, section (\d+) \((https:\/\/[^\s()]+)\)/g;
/**
 * Markdown for a sentence that may cite the framework: what users wrote (everything else) goes
 * through `escapeText`, and each citation whose address is exactly a section of this version's
 * framework document becomes a link. Any other address stays escaped text, so a plan cannot
 * smuggle a link in by imitating the wording.
 */
function linkOwnCitations(text, escapeText) {
    const doc = `${(0,doc_link/* frameworkDocUrl */._E)()}#`;
    let out = "";
    let last = 0;
    for (const match of text.matchAll(CITATION)) {
        const url = match[2];
        if (!url.startsWith(doc) || !/^[a-z0-9-]+$/.test(url.slice(doc.length)))
            continue;
        out += escapeText(text.slice(last, match.index)) + `[tunegate framework, section ${match[1]}](${url})`;
        last = match.index + match[0].length;
    }
    return out + escapeText(text.slice(last));
}
//# sourceMappingURL=own-links.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/rules-section.js
var rules_section = __webpack_require__(9150);
;// CONCATENATED MODULE: ./lib/engine/output/parts/markdown.js













const OUTCOME_ICON = {
    pass: "✅ pass",
    warn: "⚠️ warn",
    fail: "❌ fail",
    waived: "🟦 waived",
    missing: "❔ missing",
    skipped: "➖ n/a",
    inconclusive: "🟨 inconclusive",
};
const VERDICT_ICON = { pass: "✅", warn: "⚠️", fail: "❌" };
/** User text in prose, with tunegate's own framework citations as links. */
const prose = (text) => linkOwnCitations(text, parts_escape/* escapeInline */.VV);
/** The same inside a table cell. */
const cell = (text) => linkOwnCitations(text, parts_escape/* escapeCell */.kq);
/** The gates a reviewer must read: everything that does not simply pass or not apply. */
const needsAttention = (g) => g.outcome !== "pass" && g.outcome !== "skipped";
/**
 * Markdown for PR comments and job summaries, laid out for GitHub's comment width (about 850 px):
 * the verdict and how the run enforces it, the failing evidence and the first fix, what the pull
 * request changed, then the gates that need attention; passing gates, sources and detail folded.
 */
function renderMarkdown(report, context = {}) {
    const parts = [];
    parts.push(`### ${VERDICT_ICON[report.verdict]} tunegate · ${(0,parts_escape/* escapeInline */.VV)(report.headline)}`);
    if (context.failOn !== undefined)
        parts.push(modeLine(context.failOn));
    parts.push(alertBlock(report, context.failOn));
    if (context.change !== undefined && context.change !== "")
        parts.push(context.change);
    parts.push(`Plan ${(0,parts_escape/* codeSpan */.SS)(report.plan.file)} · approach **${report.plan.approach}**${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`} · framework recommends **${(0,approach/* describeApproach */.UT)(report.recommendation)}**${report.recommendation.matches_plan ? "" : " (differs from the plan)"}`);
    const attention = report.gates.filter(needsAttention);
    if (attention.length > 0)
        parts.push(gatesTable(attention, true));
    const passing = report.gates.filter((g) => !needsAttention(g));
    if (passing.length > 0)
        parts.push(`<details><summary>${passingSummary(passing)}</summary>\n\n${gatesTable(passing, false)}\n\n</details>`);
    const rules = (0,rules_section/* rulesMarkdown */.xQ)(report.rules);
    if (rules !== "")
        parts.push(rules);
    parts.push(...forestPlots(report));
    if (report.customisation_value !== null)
        parts.push((0,customisation_value/* customisationValueBlock */.ty)(report.customisation_value, (0,approach/* describeApproach */.UT)({ approach: report.plan.approach, fine_tune_method: report.plan.fine_tune_method })));
    parts.push(reasonsBlock(report));
    if (report.cost !== null)
        parts.push(costBlock(report.cost));
    parts.push(detailsBlock(report));
    const sources = (0,eval_sources/* evalSourceRows */.t)(report);
    const waivers = (0,rules_section/* waiversRead */.it)(report.rules);
    if (sources.length > 0 || waivers !== undefined) {
        const table = sources.length === 0
            ? ""
            : `${(0,markdown_table/* markdownTable */.Q)([["Side", "File", "Format", "Tool version", "Model", "Examples"], ...sources.map((r) => r.slice(0, 6).map((c) => (0,parts_escape/* escapeCell */.kq)(c)))], { alignDelimiters: false })}\n\n`;
        const names = report.evals.candidate === null && report.evals.baseline === null ? "" : namesRead(report);
        // Digests go below the table, one file a line: a 64-digit column would not fit the comment's width.
        const digests = sources.filter((r) => r[6] !== "—").map((r) => `- sha256 of ${(0,parts_escape/* codeSpan */.SS)(r[1])}: \`${r[6]}\``);
        if (waivers !== undefined)
            digests.push(`- sha256 of ${(0,parts_escape/* codeSpan */.SS)(waivers.file)} (waivers): \`${waivers.sha256}\``);
        const digestList = digests.length === 0 ? "" : `${digests.join("\n")}\n\n`;
        const what = [
            sources.length === 0 ? "" : `${sources.length} eval file${sources.length === 1 ? "" : "s"}`,
            waivers === undefined ? "" : "waivers",
        ]
            .filter((x) => x !== "")
            .join(", ");
        parts.push(`<details><summary>What was read (${what})</summary>\n\n${table}${names}${digestList}</details>`);
    }
    const origin = (0,rules_section/* rulesOriginNote */.c0)(report.rules);
    parts.push(`<sub>Thresholds: ${report.policy.files.map((f) => (0,parts_escape/* escapeInline */.VV)(f)).join(" < ")} · prices: ${(0,parts_escape/* escapeInline */.VV)(report.policy.pricing_file)}${origin === "" ? "" : ` · ${origin}`} · evaluated on ${report.evaluated_on}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
/** Whether this check blocks the merge, and the one line that changes it. */
function modeLine(failOn) {
    if (failOn === "never") {
        return "<sub>**Report-only** (`fail-on: never`): this check stays green whatever the gates say. To enforce, delete the `fail-on: never` line from the workflow.</sub>";
    }
    return `<sub>**Enforcing** (\`fail-on: ${failOn}\`): a blocking gate${failOn === "warning" ? " or a warning" : ""} fails this check.</sub>`;
}
/**
 * A GitHub alert: each blocking gate with its failing evidence (benchmark, number, margin) and
 * the first fix (CAUTION); what warns (WARNING); or that everything passes (TIP).
 */
function alertBlock(report, failOn) {
    const blocking = (0,next_step/* blockingGates */.aZ)(report);
    const warnings = (0,next_step/* warningGates */.bt)(report);
    const fix = (0,next_step/* firstFix */.q6)(report);
    const then = fix === null ? "" : `\n>\n> **First:** ${prose(fix)}.`;
    if (blocking.length > 0) {
        const title = failOn === "never" ? "Not ready to deploy" : "Deploy blocked";
        const lines = blocking.map((g) => `> - \`${g.id}\`: ${prose(gateEvidence(g))}`);
        return `> [!CAUTION]\n> **${title}** by ${blocking.length} gate${blocking.length === 1 ? "" : "s"}:\n${lines.join("\n")}${then}`;
    }
    // The report does not know the run's fail-on, so it says what the warnings do under each.
    if (warnings.length > 0) {
        const lines = warnings.map((g) => `> - \`${g.id}\`: ${prose(gateEvidence(g))}`);
        return `> [!WARNING]\n> **Passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}**; they block the deploy only under \`fail-on: warning\`:\n${lines.join("\n")}${then}`;
    }
    return "> [!TIP]\n> **All gates pass**: nothing blocks the deploy.";
}
/** One gate's case in a few words: its failing benchmarks with their margins, else its summary. */
function gateEvidence(g) {
    const evidence = failingEvidence(g);
    return evidence ?? (g.outcome === "missing" ? `missing: ${g.summary}` : g.summary);
}
function passingSummary(passing) {
    const pass = passing.filter((g) => g.outcome === "pass").length;
    const skipped = passing.length - pass;
    return [
        pass > 0 ? `✅ ${pass} gate${pass === 1 ? " passes" : "s pass"}` : "",
        skipped > 0 ? `${skipped} not applicable` : "",
    ]
        .filter((x) => x !== "")
        .join(", ");
}
/** The result cell: blocking outcomes say so, so a blocking "missing" never looks like one that only warns. */
function resultCell(g) {
    const icon = OUTCOME_ICON[g.outcome];
    if (g.level === "error")
        return `**${icon}**<br><sub>blocks</sub>`;
    if (g.level === "warning" && g.outcome !== "warn")
        return `${icon}<br><sub>warns</sub>`;
    return icon;
}
/**
 * Three or four short columns: the gate, its result, what was found with the measured value
 * against the threshold under it, and (for gates that need attention) the fix. Where each
 * threshold came from is in the details, so no cell carries a file path or an address.
 */
function gatesTable(gates, withFix) {
    const rows = gates.map((g) => {
        const numbers = [
            g.measured_display === "—" || g.measured_display === "" ? "" : `measured ${g.measured_display}`,
            g.threshold === null ? "" : `needs ${g.threshold.display}`,
        ].filter((x) => x !== "");
        const finding = `${cell(g.summary)}${numbers.length === 0 ? "" : `<br><sub>${(0,parts_escape/* escapeCell */.kq)(numbers.join(" · "))}</sub>`}`;
        const row = [`${(0,parts_escape/* escapeCell */.kq)(g.title)}<br><sub>\`${g.id}\`</sub>`, resultCell(g), finding];
        return withFix ? [...row, g.fix === null ? "" : cell(g.fix)] : row;
    });
    return (0,markdown_table/* markdownTable */.Q)([withFix ? ["Gate", "Result", "Finding", "Fix"] : ["Gate", "Result", "Finding"], ...rows], {
        alignDelimiters: false,
    });
}
function reasonsBlock(report) {
    const reasons = report.recommendation.reasons.map((r) => `- **${r.rule}** ${(0,parts_escape/* escapeInline */.VV)(r.message)}`);
    const findings = report.findings.map((f) => `- **${f.rule}** (${f.level}, ${(0,parts_escape/* codeSpan */.SS)(f.field)} line ${f.location.line}) ${(0,parts_escape/* escapeInline */.VV)(f.message)}. *Fix:* ${prose(f.fix)}`);
    const sections = [`**Why ${(0,approach/* describeApproach */.UT)(report.recommendation)}**\n${reasons.join("\n")}`];
    if (findings.length > 0)
        sections.push(`**Mismatches with the plan**\n${findings.join("\n")}`);
    return `<details><summary>Recommendation: ${(0,approach/* describeApproach */.UT)(report.recommendation)} (${report.recommendation.reasons.length} reasons${findings.length > 0 ? `, ${findings.length} mismatches` : ""})</summary>\n\n${sections.join("\n\n")}\n\n</details>`;
}
/** Per gate: where its threshold came from, and the details that are not the fix said again. */
function detailsBlock(report) {
    const body = report.gates
        .map((g) => {
        const lines = g.details.filter((d) => d !== `to fix: ${g.fix}`).map((d) => `- ${prose(d)}`);
        if (g.threshold !== null)
            lines.unshift(`- threshold ${(0,parts_escape/* escapeInline */.VV)(g.threshold.display)}, from ${prose(g.threshold.source)}`);
        return lines.length === 0 ? "" : `**${(0,parts_escape/* escapeInline */.VV)(g.title)}** (\`${g.id}\`)\n${lines.join("\n")}`;
    })
        .filter((x) => x !== "");
    return `<details><summary>Gate details and threshold sources</summary>\n\n${body.join("\n\n")}\n\n</details>`;
}
/** The suite, benchmark and metric names each file holds, as a plan's `evals` lists them. */
function namesRead(report) {
    const lines = [];
    for (const side of ["candidate", "baseline"]) {
        for (const s of report.evals[side] ?? []) {
            if (s.names.length === 0)
                continue;
            lines.push(`- ${side} ${(0,parts_escape/* codeSpan */.SS)(s.file)}: ${s.names.map((n) => (0,parts_escape/* codeSpan */.SS)(n)).join(", ")}`);
        }
    }
    return lines.length === 0
        ? ""
        : `Names in these files (what \`evals.general\`, \`safety\` and \`task\` may list):\n${lines.join("\n")}\n\n`;
}
function costBlock(cost) {
    const rows = cost.items.map((i) => [
        (0,parts_escape/* escapeCell */.kq)(i.label),
        i.period === "monthly" ? (0,money/* formatUsd */.UK)(i.usd) : "",
        i.period === "one_time" ? (0,money/* formatUsd */.UK)(i.usd) : "",
        (0,parts_escape/* escapeCell */.kq)(i.assumption),
    ]);
    for (const u of cost.unpriced ?? [])
        rows.push([(0,parts_escape/* escapeCell */.kq)(u.label), "no price", "", (0,parts_escape/* escapeCell */.kq)(u.summary)]);
    rows.push([
        "**Total**",
        `**${(0,money/* formatUsd */.UK)(cost.monthly_usd)}**`,
        `**${(0,money/* formatUsd */.UK)(cost.one_time_usd)}**`,
        `${(0,count_text/* formatCount */.B)(cost.monthly_queries)} queries/month`,
    ]);
    const table = (0,markdown_table/* markdownTable */.Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], {
        alignDelimiters: false,
        align: ["l", "r", "r", "l"],
    });
    const sources = cost.items.map((i) => `- ${(0,parts_escape/* escapeInline */.VV)(i.label)}: ${(0,parts_escape/* escapeInline */.VV)(i.price_source)}`).join("\n");
    const budget = cost.budget;
    const lines = [];
    if (budget !== null) {
        lines.push(`Budget: ${budget.monthly_usd === null ? "no monthly limit" : `${(0,money/* formatUsd */.UK)(budget.monthly_usd)}/month`}, ${budget.one_time_usd === null ? "no one-time limit" : `${(0,money/* formatUsd */.UK)(budget.one_time_usd)} one-time`}.`);
    }
    if (cost.break_even_monthly_queries !== null)
        lines.push(`Break-even: the monthly budget holds up to **${(0,count_text/* formatCount */.B)(cost.break_even_monthly_queries)} queries/month**.`);
    if (cost.self_host_crossover !== null)
        lines.push((0,parts_escape/* escapeInline */.VV)((0,cost_sentences/* crossoverSentence */.Yj)(cost.self_host_crossover, cost.monthly_queries)));
    const chart = costChart(cost);
    return `<details><summary>Cost: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time${(0,parts_escape/* escapeInline */.VV)((0,cost_sentences/* afterTotal */.zZ)(cost.unpriced))}</summary>\n\n${chart === null ? "" : `${chartBlock(chart)}\n\n`}${table}\n\n${lines.length === 0 ? "" : `${lines.join(" ")}\n\n`}Price sources:\n${sources}\n\n</details>`;
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 7077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aZ: () => (/* binding */ blockingGates),
/* harmony export */   bt: () => (/* binding */ warningGates),
/* harmony export */   q6: () => (/* binding */ firstFix)
/* harmony export */ });
/** Gates that block the deploy (level error), in the order a reviewer reads them. */
function blockingGates(report) {
    return report.gates.filter((g) => g.level === "error");
}
/** Gates that warn without blocking. */
function warningGates(report) {
    return report.gates.filter((g) => g.level === "warning");
}
/** The first thing to do: the fix of the first blocking gate, else of the first warning. */
function firstFix(report) {
    const first = [...blockingGates(report), ...warningGates(report)].find((g) => g.fix !== null);
    return first === undefined ? null : `${first.id}: ${first.fix}`;
}
//# sourceMappingURL=next-step.js.map

/***/ }),

/***/ 9150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c0: () => (/* binding */ rulesOriginNote),
/* harmony export */   dT: () => (/* binding */ rulesLines),
/* harmony export */   it: () => (/* binding */ waiversRead),
/* harmony export */   xQ: () => (/* binding */ rulesMarkdown)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2444);


const AFTER_MERGE = "applies after merge";
function origin(rules) {
    const floors = rules.loosened.some((r) => r.floor !== undefined) ? ", over the floors" : "";
    if (rules.from === "base" && rules.base_sha !== null)
        return `the stricter of the base branch's (${rules.base_sha.slice(0, 7)}) and this pull request's${floors}`;
    // Without a pull request (a push, the CLI without --base) the files checked are not a pull request's.
    if (rules.warnings.length === 0 && !rules.loosened.some((r) => r.where === "input"))
        return `the checked files' own${floors}`;
    return `this pull request's own${floors}`;
}
/**
 * Where the base's plan was: a moved plan is judged by its old path's rules; a plan new in the pull
 * request sets its own thresholds, which a reviewer must see (only the floors hold them).
 */
function basePlanNote(rules) {
    if (rules.base_plan === "new")
        return "this plan is new in this pull request (no plan of its name at the base): its own thresholds judge it, held only by the floors";
    if (rules.base_plan === "moved" && rules.base_plan_file != null)
        return `this plan was at ${rules.base_plan_file} at the base: that plan's rules apply`;
    return undefined;
}
/** A rule below a floor never applies: no review in the repository can lower the floor. */
const NEVER_APPLIES = "never applies";
/** Markdown: each loosened rule (base -> head, applies after merge), each rule a floor holds, and why the base was not read; empty when none. */
function rulesMarkdown(rules) {
    const note = basePlanNote(rules);
    if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined)
        return "";
    const parts = [
        `**Rules**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(origin(rules))}.${note === undefined ? "" : ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(capitalised(note))}.`}`,
    ];
    const loosened = rules.loosened.filter((r) => r.floor === undefined);
    const held = rules.loosened.filter((r) => r.floor !== undefined);
    if (loosened.length > 0) {
        const rows = loosened.map((r) => [
            `${r.file ?? r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`,
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base),
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${AFTER_MERGE}</sub>`,
        ]);
        parts.push(`This pull request loosens ${loosened.length} rule${loosened.length === 1 ? "" : "s"}; it was judged by the base's values:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Base (applied)", "This pull request"], ...rows], { alignDelimiters: false })}`);
    }
    if (held.length > 0) {
        const rows = held.map((r) => [
            `${r.file ?? r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`,
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.floor)}</sub>`,
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${NEVER_APPLIES}</sub>`,
        ]);
        parts.push(`${held.length} rule${held.length === 1 ? " is" : "s are"} below a floor, a minimum a repository can only tighten; the floor's value judged:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Floor (applied)", "Repository's value"], ...rows], { alignDelimiters: false })}`);
    }
    for (const w of rules.warnings)
        parts.push(`> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(w)}`);
    return parts.join("\n\n");
}
/** Plain-text lines for the same section; empty when there is nothing to say. */
function rulesLines(rules) {
    const note = basePlanNote(rules);
    if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined)
        return [];
    const lines = [`Rules: ${origin(rules)}`];
    if (note !== undefined)
        lines.push(`  ${note}`);
    for (const r of rules.loosened) {
        lines.push(r.floor === undefined
            ? `  loosened ${r.file ?? r.where} ${r.rule}: ${r.base} -> ${r.head} (${AFTER_MERGE}; judged by ${r.base})`
            : `  below a floor ${r.file ?? r.where} ${r.rule}: ${r.head} is looser than ${r.base} from ${r.floor} (${NEVER_APPLIES}; judged by ${r.base})`);
    }
    for (const w of rules.warnings)
        lines.push(`  warning: ${w}`);
    return lines;
}
/** For the report's last line: where the rules came from, when not simply the files checked. */
function rulesOriginNote(rules) {
    if (rules.from === "base" && rules.base_sha !== null)
        return `rules: stricter of base ${rules.base_sha.slice(0, 7)} and this pull request`;
    return rules.loosened.some((r) => r.where === "input") ? "rules: this pull request's own (rules-from: head)" : "";
}
/** The waivers file read beside the plan, for "what was read": its path and sha256, like the eval files'. */
function waiversRead(rules) {
    const read = rules.waivers_file;
    return read === undefined ? undefined : { file: read.file, sha256: read.sha256 ?? "—" };
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
//# sourceMappingURL=rules-section.js.map

/***/ })

};

//# sourceMappingURL=156.index.js.map