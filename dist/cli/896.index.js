export const id = 896;
export const ids = [896];
export const modules = {

/***/ 1532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ citeFramework),
/* harmony export */   _E: () => (/* binding */ frameworkDocUrl),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL)
/* harmony export */ });
/* unused harmony exports FRAMEWORK_SECTIONS, frameworkLink */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);

/** Where tunegate's source lives; package.json's repository says the same (a test checks). */
const REPOSITORY_URL = "https://github.com/tunegate/tunegate";
/** Sections of docs/framework.md that reports cite, by their heading anchors. */
const FRAMEWORK_SECTIONS = {
    questions: "2-the-five-questions",
    mismatches: "4-mismatches-when-a-plan-contradicts-the-framework",
    gates: "5-the-pre-deploy-gates",
    readiness: "6-the-fine-tuning-readiness-checklist",
    cost: "7-the-cost-model",
};
/**
 * A link to a section of the framework document shipped with this version of tunegate
 * (docs/framework.md in the package), at the release tag, so the rules cited are the rules applied.
 */
function frameworkLink(section) {
    return `${frameworkDocUrl()}#${FRAMEWORK_SECTIONS[section]}`;
}
/** The framework document shipped with this version, at its release tag. */
function frameworkDocUrl() {
    return `${REPOSITORY_URL}/blob/v${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}/docs/framework.md`;
}
/** "tunegate framework, section 6 (<link>)": how a threshold or hint cites the rules. */
function citeFramework(section) {
    return `tunegate framework, section ${FRAMEWORK_SECTIONS[section].split("-")[0]} (${frameworkLink(section)})`;
}
//# sourceMappingURL=doc-link.js.map

/***/ }),

/***/ 9217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ answerReadiness),
/* harmony export */   kt: () => (/* binding */ READINESS_ITEMS)
/* harmony export */ });
/* unused harmony export applicableReadinessItems */
/** docs/framework.md section 6, in its order, with the wording a reviewer reads. */
const READINESS_ITEMS = [
    ["enough_examples", ">= 100 high-quality examples (500+ preferred)"],
    ["knowledge_static", "knowledge static for 6+ months"],
    ["behavior_change_needed", "a behavioural change is needed"],
    ["tried_rag_few_shot", "RAG + few-shot tried first"],
    ["eval_pipeline_ready", "evaluation pipeline ready"],
    ["iteration_time", "time for 3-5 training iterations"],
    ["maintenance_plan", "a maintenance plan for when base models improve"],
    ["forgetting_tested", "tested for catastrophic forgetting"],
    ["latency_justifies", "latency critical enough to justify removing retrieval"],
    ["beats_prompting", "a reason why fine-tuning beats prompting here"],
];
/**
 * Items about replacing retrieval with fine-tuned knowledge; a hybrid keeps retrieval, so for it
 * they do not apply.
 */
const RETRIEVAL_REPLACEMENT_ITEMS = new Set(["knowledge_static", "latency_justifies"]);
function applicableReadinessItems(keepsRetrieval) {
    return keepsRetrieval ? READINESS_ITEMS.filter(([key]) => !RETRIEVAL_REPLACEMENT_ITEMS.has(key)) : READINESS_ITEMS;
}
function answerReadiness(readiness, keepsRetrieval) {
    const no = [];
    const unanswered = [];
    let yes = 0;
    for (const [key, label] of applicableReadinessItems(keepsRetrieval)) {
        const answer = readiness[key];
        if (answer === true)
            yes++;
        else if (answer === false)
            no.push(label);
        else
            unanswered.push(label);
    }
    return { no, unanswered, yes };
}
//# sourceMappingURL=readiness.js.map

/***/ }),

/***/ 9896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* binding */ FORMATS),
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./lib/engine/report/escape.js
var report_escape = __webpack_require__(8590);
;// CONCATENATED MODULE: ./lib/engine/report/json.js

/** Stable JSON: the report's keys are built in a fixed order, so equal decisions print equal bytes. */
function renderJson(report) {
    return (0,report_escape/* jsonDocument */.Q8)(report);
}
//# sourceMappingURL=json.js.map
;// CONCATENATED MODULE: ./lib/engine/render/input-errors.js
const isChecked = (p) => "report" in p;
/** `file:line:col: error [field]: message`, as compilers print it. */
function inputErrorLine(e) {
    return `${e.file}:${e.line}:${e.column}: error${e.field === "" ? "" : ` [${e.field}]`}: ${e.message}`;
}
//# sourceMappingURL=input-errors.js.map
;// CONCATENATED MODULE: ./lib/engine/render/json.js



/**
 * One plan checked: its report (schemas/report.schema.json), as `check --format json` has always
 * printed. Several plans: the run report (schemas/run-report.schema.json), as the Action writes.
 */
function runJson(run) {
    const only = run.plans.length === 1 ? run.plans[0] : undefined;
    if (only !== undefined && isChecked(only))
        return renderJson(only.report);
    return (0,report_escape/* jsonDocument */.Q8)(run);
}
//# sourceMappingURL=json.js.map
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
;// CONCATENATED MODULE: ./lib/engine/report/charts.js

/**
 * Mermaid charts for the comment and the job summary, which GitHub renders in place. Each chart
 * sits beside the table that holds the same numbers (text and JSON keep only the tables); a
 * chart is drawn only where there is something to draw.
 */
/** Text from eval files inside a quoted Mermaid label: no quotes, brackets, newlines or directives. */
function mermaidLabel(text, max = 40) {
    const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f"`[\]{};#%<>\\]/g, " ").replace(/\s+/g, " ").trim();
    const short = cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
    return `"${short === "" ? "?" : short}"`;
}
const round = (x) => Number(x.toFixed(4));
function axisRange(values, pad = 0.05) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = Math.max(hi - lo, 0.1);
    return [round(Math.max(0, lo - pad * span * 4)), round(hi + pad * span * 2)];
}
/** At most this many categories: a chart past that is unreadable; the table has them all. */
const MAX_CATEGORIES = 20;
/** Series colours in order (bars, lower bounds when drawn, threshold) and a height that fits the rows. */
function init(rows, intervals) {
    const palette = intervals ? "#54aeff, #9a6700, #d1242f" : "#54aeff, #d1242f";
    const config = { xyChart: { height: Math.min(720, 90 + 42 * rows), width: 640 }, themeVariables: { xyChart: { plotColorPalette: palette } } };
    return `%%{init: ${JSON.stringify(config)}}%%`;
}
/**
 * Bars for each row's estimate, a line for its interval's lower bound, and the threshold both
 * as a line and as a last bar of its own, so a chart of one row still shows what it is held to
 * (a line through a single category draws nothing).
 */
function thresholdChart(title, axis, rows, threshold, thresholdLabel, upperLimit) {
    const lowers = rows.map((r) => r.lower ?? r.estimate);
    const [lo, hi] = axisRange([...rows.map((r) => r.estimate), ...lowers, threshold]);
    const intervals = rows.some((r) => r.lower !== null);
    return [
        init(rows.length + 1, intervals),
        "xychart-beta horizontal",
        `  title ${mermaidLabel(title, 60)}`,
        `  x-axis [${[...rows.map((r) => mermaidLabel(r.label)), mermaidLabel(thresholdLabel)].join(", ")}]`,
        `  y-axis ${mermaidLabel(axis)} ${lo} --> ${Math.min(upperLimit, hi)}`,
        `  bar [${[...rows.map((r) => round(r.estimate)), round(threshold)].join(", ")}]`,
        ...(intervals ? [`  line [${[...lowers.map(round), round(threshold)].join(", ")}]`] : []),
        `  line [${[...rows.map(() => round(threshold)), round(threshold)].join(", ")}]`,
    ].join("\n");
}
/**
 * Forgetting: each general benchmark's candidate / base ratio against the policy's margin, with
 * the lower bound of its interval. Benchmarks judged on a difference scale are left to the table.
 */
function forgettingChart(gate) {
    const ratios = gate.evidence.filter((e) => e.scale === "ratio").slice(0, MAX_CATEGORIES);
    if (ratios.length === 0)
        return null;
    const margin = ratios[0].threshold;
    const rows = ratios.map((e) => ({ label: e.benchmark, estimate: e.estimate, lower: e.lower }));
    const intervals = rows.some((r) => r.lower !== null);
    const mermaid = thresholdChart("Forgetting: candidate / base model, per benchmark", "ratio to the base model", rows, margin, `needs ≥ ${margin.toFixed(2)}`, 10);
    const caption = intervals
        ? `Blue bars: candidate / base. Amber line: the one-sided lower bound of each interval. Red line and last bar: the policy's margin (${margin.toFixed(2)}); a benchmark passes when its lower bound reaches the margin.`
        : `Blue bars: candidate / base (point estimates: these files carry no intervals). Red line and last bar: the policy's margin (${margin.toFixed(2)}).`;
    return { mermaid, caption };
}
/** Safety or task floors: each suite's score against the floor, with its interval's lower bound. */
function floorChart(gate, title) {
    const scores = gate.evidence.filter((e) => e.scale === "score").slice(0, MAX_CATEGORIES);
    if (scores.length === 0)
        return null;
    const floor = scores[0].threshold;
    const rows = scores.map((e) => ({ label: e.benchmark, estimate: e.estimate, lower: e.lower }));
    const intervals = rows.some((r) => r.lower !== null);
    const mermaid = thresholdChart(title, "score", rows, floor, `floor ${floor.toFixed(2)}`, 1);
    const caption = intervals
        ? `Blue bars: the candidate's score. Amber line: the lower bound of each interval. Red line and last bar: the floor (${floor.toFixed(2)}).`
        : `Blue bars: the candidate's score (point estimates). Red line and last bar: the floor (${floor.toFixed(2)}).`;
    return { mermaid, caption };
}
/** Where the money goes: the monthly line items as a pie. */
function costChart(cost) {
    const monthly = cost.items.filter((i) => i.period === "monthly" && i.usd > 0);
    if (monthly.length < 2)
        return null;
    const lines = [`pie showData title ${mermaidLabel(`Monthly cost: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}`, 60)}`, ...monthly.map((i) => `  ${mermaidLabel(i.label)} : ${round(i.usd)}`)];
    return { mermaid: lines.join("\n"), caption: "Monthly line items in US dollars; one-time costs are in the table." };
}
function chartBlock(chart) {
    return `\`\`\`mermaid\n${chart.mermaid}\n\`\`\`\n<sub>${chart.caption}</sub>`;
}
//# sourceMappingURL=charts.js.map
// EXTERNAL MODULE: ./lib/engine/report/cost-sentences.js
var cost_sentences = __webpack_require__(6867);
// EXTERNAL MODULE: ./lib/engine/report/eval-sources.js
var eval_sources = __webpack_require__(684);
// EXTERNAL MODULE: ./lib/engine/report/next-step.js
var next_step = __webpack_require__(4827);
;// CONCATENATED MODULE: ./lib/engine/report/markdown.js








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
/** Markdown for PR comments and job summaries: what to do first, then the evidence, detail folded away. */
function renderMarkdown(report) {
    const parts = [];
    parts.push(`### ${VERDICT_ICON[report.verdict]} tunegate · ${(0,report_escape/* escapeInline */.VV)(report.headline)}`);
    parts.push(alertBlock(report));
    parts.push(`Plan ${(0,report_escape/* codeSpan */.SS)(report.plan.file)} · approach **${report.plan.approach}**${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`} · framework recommends **${(0,approach/* describeApproach */.UT)(report.recommendation)}**${report.recommendation.matches_plan ? "" : " (differs from the plan)"}`);
    parts.push(gatesTable(report));
    parts.push(...evalCharts(report));
    parts.push(reasonsBlock(report));
    if (report.cost !== null)
        parts.push(costBlock(report.cost));
    const detailed = report.gates.filter((g) => g.details.length > 0);
    if (detailed.length > 0) {
        const body = detailed.map((g) => `**${(0,report_escape/* escapeInline */.VV)(g.title)}** (\`${g.id}\`)\n${g.details.map((d) => `- ${(0,report_escape/* escapeInline */.VV)(d)}`).join("\n")}`).join("\n\n");
        parts.push(`<details><summary>Gate details</summary>\n\n${body}\n\n</details>`);
    }
    const sources = (0,eval_sources/* evalSourceRows */.t)(report);
    if (sources.length > 0) {
        const table = (0,markdown_table/* markdownTable */.Q)([["Side", "File", "Format", "Tool version", "Model", "Examples"], ...sources.map((r) => r.map((cell) => (0,report_escape/* escapeCell */.kq)(cell)))], { alignDelimiters: false });
        parts.push(`<details><summary>What was read (${sources.length} eval file${sources.length === 1 ? "" : "s"})</summary>\n\n${table}\n\n</details>`);
    }
    parts.push(`<sub>Thresholds: ${report.policy.files.map((f) => (0,report_escape/* escapeInline */.VV)(f)).join(" < ")} · prices: ${(0,report_escape/* escapeInline */.VV)(report.policy.pricing_file)} · evaluated on ${report.evaluated_on}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
/**
 * A GitHub alert with one sentence: what blocks and the first fix (CAUTION), what warns
 * (WARNING), or that everything passes (TIP).
 */
function alertBlock(report) {
    const blocking = (0,next_step/* blockingGates */.aZ)(report);
    const warnings = (0,next_step/* warningGates */.bt)(report);
    const fix = (0,next_step/* firstFix */.q6)(report);
    const then = fix === null ? "" : ` First: ${(0,report_escape/* escapeInline */.VV)(fix)}.`;
    if (blocking.length > 0)
        return `> [!CAUTION]\n> **Deploy blocked** by ${blocking.length} gate${blocking.length === 1 ? "" : "s"}: ${blocking.map((g) => `\`${g.id}\``).join(", ")}.${then}`;
    // The report does not know the run's fail-on, so it says what the warnings do under each.
    if (warnings.length > 0)
        return `> [!WARNING]\n> **Passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}**: ${warnings.map((g) => `\`${g.id}\``).join(", ")}; they block the deploy only under \`fail-on: warning\`.${then}`;
    return "> [!TIP]\n> **All gates pass**: nothing blocks the deploy.";
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
function gatesTable(report) {
    const rows = report.gates.map((g) => [
        `${(0,report_escape/* escapeCell */.kq)(g.title)}<br><sub>\`${g.id}\`</sub>`,
        resultCell(g),
        (0,report_escape/* escapeCell */.kq)(g.summary),
        g.fix === null ? "" : (0,report_escape/* escapeCell */.kq)(g.fix),
        (0,report_escape/* escapeCell */.kq)(g.measured_display),
        g.threshold === null ? "—" : `${(0,report_escape/* escapeCell */.kq)(g.threshold.display)}<br><sub>${(0,report_escape/* escapeCell */.kq)(g.threshold.source)}</sub>`,
    ]);
    return (0,markdown_table/* markdownTable */.Q)([["Gate", "Result", "Why", "Fix", "Measured", "Threshold"], ...rows], { alignDelimiters: false });
}
/** Forgetting always (it is the question a fine-tune must answer); floors where a gate does not simply pass. */
function evalCharts(report) {
    const gate = (id) => report.gates.find((g) => g.id === id);
    const charts = [];
    const forgetting = gate("forgetting");
    const forgettingDrawn = forgetting === undefined ? null : forgettingChart(forgetting);
    if (forgettingDrawn !== null)
        charts.push(chartBlock(forgettingDrawn));
    for (const [id, title] of [
        ["safety", "Safety: score per suite against the floor"],
        ["task-quality", "Task quality: score per suite against the floor"],
    ]) {
        const g = gate(id);
        if (g === undefined || g.outcome === "pass" || g.outcome === "skipped")
            continue;
        const chart = floorChart(g, title);
        if (chart !== null)
            charts.push(chartBlock(chart));
    }
    return charts;
}
function reasonsBlock(report) {
    const reasons = report.recommendation.reasons.map((r) => `- **${r.rule}** ${(0,report_escape/* escapeInline */.VV)(r.message)}`);
    const findings = report.findings.map((f) => `- **${f.rule}** (${f.level}, ${(0,report_escape/* codeSpan */.SS)(f.field)} line ${f.location.line}) ${(0,report_escape/* escapeInline */.VV)(f.message)}. *Fix:* ${(0,report_escape/* escapeInline */.VV)(f.fix)}`);
    const sections = [`**Why ${(0,approach/* describeApproach */.UT)(report.recommendation)}**\n${reasons.join("\n")}`];
    if (findings.length > 0)
        sections.push(`**Mismatches with the plan**\n${findings.join("\n")}`);
    return `<details><summary>Recommendation: ${(0,approach/* describeApproach */.UT)(report.recommendation)} (${report.recommendation.reasons.length} reasons${findings.length > 0 ? `, ${findings.length} mismatches` : ""})</summary>\n\n${sections.join("\n\n")}\n\n</details>`;
}
function costBlock(cost) {
    const rows = cost.items.map((i) => [
        (0,report_escape/* escapeCell */.kq)(i.label),
        i.period === "monthly" ? (0,money/* formatUsd */.UK)(i.usd) : "",
        i.period === "one_time" ? (0,money/* formatUsd */.UK)(i.usd) : "",
        (0,report_escape/* escapeCell */.kq)(i.assumption),
        (0,report_escape/* escapeCell */.kq)(i.price_source),
    ]);
    rows.push(["**Total**", `**${(0,money/* formatUsd */.UK)(cost.monthly_usd)}**`, `**${(0,money/* formatUsd */.UK)(cost.one_time_usd)}**`, `${(0,money/* formatCount */.B4)(cost.monthly_queries)} queries/month`, ""]);
    const table = (0,markdown_table/* markdownTable */.Q)([["Item", "Monthly", "One-time", "Assumption", "Price source"], ...rows], { alignDelimiters: false, align: ["l", "r", "r", "l", "l"] });
    const budget = cost.budget;
    const lines = [];
    if (budget !== null) {
        lines.push(`Budget: ${budget.monthly_usd === null ? "no monthly limit" : `${(0,money/* formatUsd */.UK)(budget.monthly_usd)}/month`}, ${budget.one_time_usd === null ? "no one-time limit" : `${(0,money/* formatUsd */.UK)(budget.one_time_usd)} one-time`}.`);
    }
    if (cost.break_even_monthly_queries !== null)
        lines.push(`Break-even: the monthly budget holds up to **${(0,money/* formatCount */.B4)(cost.break_even_monthly_queries)} queries/month**.`);
    if (cost.self_host_crossover !== null)
        lines.push((0,report_escape/* escapeInline */.VV)((0,cost_sentences/* crossoverSentence */.Y)(cost.self_host_crossover, cost.monthly_queries)));
    const chart = costChart(cost);
    return `<details><summary>Cost: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time</summary>\n\n${chart === null ? "" : `${chartBlock(chart)}\n\n`}${table}\n\n${lines.join(" ")}\n\n</details>`;
}
//# sourceMappingURL=markdown.js.map
// EXTERNAL MODULE: ./lib/engine/report/plan-change.js
var plan_change = __webpack_require__(1331);
;// CONCATENATED MODULE: ./lib/engine/render/markdown.js




/** Markdown for a plan tunegate could not read: the problems, each at its file and line. */
function inputErrorMarkdown(plan) {
    const items = plan.input_errors.map((e) => `- \`${(0,report_escape/* escapeInline */.VV)(inputErrorLine(e))}\`${e.hint === null ? "" : `<br>hint: ${(0,report_escape/* escapeInline */.VV)(e.hint)}`}`);
    const count = plan.input_errors.length;
    return `### ❌ tunegate · ${(0,report_escape/* escapeInline */.VV)(plan.file)}: could not be checked (${count} input problem${count === 1 ? "" : "s"})\n\nNo gate was judged, so nothing may deploy. Fix these and push again:\n\n${items.join("\n")}\n`;
}
/** One plan's section: its report and what the pull request changed, or its input errors. */
function planMarkdown(plan) {
    if (!isChecked(plan))
        return inputErrorMarkdown(plan);
    const note = plan.change === null ? "" : (0,plan_change/* renderPlanChange */.mf)(plan.change);
    return `${renderMarkdown(plan.report)}${note === "" ? "" : `\n${note}\n`}`;
}
/** The job summary: every plan's section, one after another. */
function runMarkdown(run) {
    const plans = run.plans.map(planMarkdown).join("\n---\n\n");
    return run.removed_plans.length === 0 ? plans : `${removedPlansMarkdown(run.removed_plans)}\n\n${plans}`;
}
/** Plans the pull request took out of the gate's reach, above everything else. */
function removedPlansMarkdown(removed) {
    const list = removed.map((file) => `> - ${(0,report_escape/* codeSpan */.SS)(file)}`).join("\n");
    return `> [!WARNING]\n> **${removed.length} plan${removed.length === 1 ? " was" : "s were"} checked at the base branch and ${removed.length === 1 ? "is" : "are"} gone at this head**: ${removed.length === 1 ? "its" : "their"} gates no longer run. Deleting or moving a plan retires its gate; make sure that is meant.\n${list}`;
}
//# sourceMappingURL=markdown.js.map
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js
var schema = __webpack_require__(7929);
;// CONCATENATED MODULE: ./lib/engine/render/sarif.js




/** The framework's mismatch rules, as findings name them (framework.md section 4). */
const FINDING_RULES = {
    M1: "Fine-tuning for knowledge that changes, or that must be cited",
    M2: "RAG for a task that is only about behaviour",
    M3: "Cold start: fine-tuning with too few examples",
    M4: "Fine-tuning without an evaluation pipeline",
    M5: "An over-engineered hybrid: components without a measured need",
    latency: "Retrieval under a latency requirement shorter than its overhead",
};
const INPUT_RULE = "input-error";
const sarifLevel = (level) => (level === "error" ? "error" : level === "warning" ? "warning" : "note");
/**
 * SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one rule per gate, mismatch
 * rule and input errors, with stable ids; one result per blocking or warning finding, at the
 * plan's file, line and column.
 */
function runSarif(run) {
    const rules = [
        ...schema/* GATE_IDS */.$I.map((id) => ({ id, name: gate_result/* GATE_TITLES */.Wc[id].replace(/[^A-Za-z0-9]+/g, ""), shortDescription: { text: gate_result/* GATE_TITLES */.Wc[id] }, properties: { tags: ["tunegate", "gate"] } })),
        ...Object.entries(FINDING_RULES).map(([id, text]) => ({ id, name: `Mismatch${id}`, shortDescription: { text }, properties: { tags: ["tunegate", "framework"] } })),
        { id: INPUT_RULE, name: "InputError", shortDescription: { text: "A plan, policy or eval file tunegate could not read: nothing was judged" }, properties: { tags: ["tunegate", "input"] } },
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = [];
    const result = (ruleId, level, text, at) => ({
        ruleId,
        ruleIndex: index.get(ruleId) ?? index.get(INPUT_RULE),
        level,
        message: { text },
        locations: [{ physicalLocation: { artifactLocation: { uri: at.file }, region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) } } }],
        // Stable across runs for the same plan, rule and field, so code scanning tracks one alert.
        partialFingerprints: { "tunegate/v1": `${at.file}|${ruleId}|${text.slice(0, 80)}` },
    });
    for (const plan of run.plans) {
        if (!isChecked(plan)) {
            for (const e of plan.input_errors)
                results.push(result(INPUT_RULE, "error", `${e.message}${e.hint === null ? "" : ` (hint: ${e.hint})`}`, e));
            continue;
        }
        const report = plan.report;
        for (const f of report.findings)
            results.push(result(f.rule in FINDING_RULES ? f.rule : INPUT_RULE, sarifLevel(f.level), `${report.plan.name}: ${f.message}. Fix: ${f.fix}`, f.location));
        for (const g of report.gates) {
            if (g.level === "none")
                continue;
            // approach-fit only restates the mismatch findings, which are reported by rule above.
            if (g.id === "approach-fit" && report.findings.length > 0)
                continue;
            results.push(result(g.id, sarifLevel(g.level), `${report.plan.name}: ${g.title} ${g.outcome}: ${g.summary}${g.fix === null ? "" : `. Fix: ${g.fix}`}`, g.location));
        }
    }
    const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{ tool: { driver: { name: "tunegate", version: run.tool_version, semanticVersion: run.tool_version, rules } }, results }],
    };
    return (0,report_escape/* jsonDocument */.Q8)(log);
}
//# sourceMappingURL=sarif.js.map
// EXTERNAL MODULE: ./lib/engine/report/text.js
var report_text = __webpack_require__(6962);
;// CONCATENATED MODULE: ./lib/engine/render/text.js


/**
 * Plain text for terminals: each checked plan's report; with several plans, a closing line.
 * Input errors go to stderr (the CLI prints them there), never into the report.
 */
function runText(run) {
    const checked = run.plans.filter(isChecked);
    const body = checked.map((p) => (0,report_text/* renderText */.S)(p.report)).join("\n");
    const removed = run.removed_plans.map((file) => `warning: ${file} was checked at the base branch and is gone at this head: its gates no longer run\n`).join("");
    if (run.plans.length <= 1)
        return `${removed}${body}`;
    return `${removed}${body}\ntunegate: ${run.plans.length} plans, verdict ${run.verdict}\n`;
}
//# sourceMappingURL=text.js.map
;// CONCATENATED MODULE: ./lib/engine/render/registry.js




/** Every output format, by the name `--format` takes: a new output is one file and one line here. */
const RENDERERS = {
    text: runText,
    markdown: runMarkdown,
    json: runJson,
    sarif: runSarif,
};
const OUTPUT_FORMATS = Object.keys(RENDERERS);
function render(run, format) {
    return RENDERERS[format](run);
}
//# sourceMappingURL=registry.js.map
// EXTERNAL MODULE: ./lib/engine/run/run-report.js
var run_report = __webpack_require__(7664);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/engine/input/dates.js
var dates = __webpack_require__(4560);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
;// CONCATENATED MODULE: ./lib/engine/cost/crossover.js


/**
 * Self-hosting a fine-tuned model is a flat monthly cost (GPU hours from the pinned table);
 * paying per token grows with traffic. They cross at self-host cost / per-query token cost.
 */
function selfHostCrossover(estimate, prices, sensitivity) {
    const perQuery = estimate.items.filter((i) => i.id === "llm").reduce((a, i) => a + i.per_query_usd, 0);
    const gpu = prices.prices[sensitivity.self_host_price];
    if (gpu?.usd_per_hour === undefined) {
        return { monthly_queries: null, self_host_monthly_usd: null, api_per_query_usd: perQuery, assumption: `no per-hour price "${sensitivity.self_host_price}" pinned in ${(0,price_table/* describeLayers */.MS)(prices)}, so no crossover can be computed` };
    }
    const monthly = Math.round(gpu.usd_per_hour * sensitivity.hours_per_month * sensitivity.replicas * 100) / 100;
    const hosting = `${sensitivity.replicas} x ${sensitivity.self_host_price} at ${(0,money/* formatRate */.CE)(gpu.usd_per_hour)}/h x ${sensitivity.hours_per_month} h (${(0,price_table/* originOf */.yv)(prices, sensitivity.self_host_price)}, as of ${gpu.as_of})`;
    if (perQuery <= 0)
        return { monthly_queries: null, self_host_monthly_usd: monthly, api_per_query_usd: 0, assumption: `none: the plan pays nothing per token, so self-hosting (${hosting}) never pays off` };
    return { monthly_queries: Math.ceil(monthly / perQuery), self_host_monthly_usd: monthly, api_per_query_usd: perQuery, assumption: hosting };
}
//# sourceMappingURL=crossover.js.map
// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/input/lookalike.js
var lookalike = __webpack_require__(2588);
;// CONCATENATED MODULE: ./lib/engine/cost/shipped-comparison.js


/**
 * Rates the repository pinned, or the plan wrote, for a model tunegate ships a price for, that
 * are more than `threshold` (a fraction) below the shipped price. Prices do fall and discounts
 * exist, so this is for a reviewer to confirm, not proof of a wrong price; but a model pinned at
 * $0 with today's as_of otherwise passes every budget unremarked.
 */
function ratesBelowShipped(estimate, table, threshold) {
    const shipped = table.shipped;
    if (shipped === undefined)
        return [];
    const found = [];
    const seen = new Set();
    for (const use of estimate.rates) {
        if (use.key === undefined || use.from === shipped.file)
            continue;
        const shippedKey = use.key in shipped.prices ? use.key : (0,lookalike/* lookalikeOf */.ZR)(use.key, Object.keys(shipped.prices));
        const entry = shippedKey === undefined ? undefined : shipped.prices[shippedKey];
        const reference = entry?.[use.field];
        if (entry === undefined || reference === undefined || reference <= 0)
            continue;
        const below = (reference - use.rate) / reference;
        if (below <= threshold || seen.has(`${use.key} ${use.field}`))
            continue;
        seen.add(`${use.key} ${use.field}`);
        const whose = use.from === "plan" ? `the plan's own ${use.field.replace("_mtok", "")} price for ${use.key}` : `the ${use.field.replace("_mtok", "")} price pinned for ${use.key} in ${use.from}`;
        found.push({
            key: use.key,
            field: use.field,
            rate: use.rate,
            shipped: reference,
            below,
            path: use.path,
            sentence: `${whose} (${(0,money/* formatRate */.CE)(use.rate)}/1M) is ${Math.round(below * 1000) / 10}% below ${shippedKey} in the ${shipped.file} (${(0,money/* formatRate */.CE)(reference)}/1M, as of ${entry.as_of})`,
        });
    }
    return found;
}
//# sourceMappingURL=shipped-comparison.js.map
// EXTERNAL MODULE: ./lib/engine/framework/recommend.js
var recommend = __webpack_require__(7399);
;// CONCATENATED MODULE: ./lib/engine/framework/mismatches.js


const OVER_ENGINEERING_COMPONENTS = /rout|rerank|cascade|query[-_ ]?expansion|ensemble|multi[-_ ]?model/i;
/**
 * Section 4 of the framework: where the declared approach contradicts it. Fixes that name an
 * approach name the one the recommendation gives, so a report never says two different things.
 */
function named(recommendation) {
    return (0,approach/* describeApproach */.UT)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method ?? null });
}
/** M3's fix: what the recommendation says can be done with the examples there are. */
function coldStartFix(recommendation, method, minimum, policy) {
    const recommended = (0,approach/* fineTuneMethodOf */.Rj)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method });
    const collect = `collect ${minimum}+ curated examples for ${method}`;
    if (recommended !== undefined && policy.gates["data-sufficiency"].min_examples[recommended] < minimum) {
        return `use ${named(recommendation)}, as the framework recommends: the examples suffice for it; or ${collect}`;
    }
    return `use ${named(recommendation)} (with few-shot examples), as the framework recommends, until you ${collect}`;
}
function findMismatches(plan, policy, recommendation) {
    const findings = [];
    const sev = policy.severities;
    const fw = policy.framework;
    const method = (0,approach/* fineTuneMethodOf */.Rj)(plan);
    const pureFineTune = method !== undefined && plan.approach !== "hybrid";
    const useCase = plan.use_case;
    if (pureFineTune) {
        const changing = fw.rag_knowledge_change.includes(useCase.knowledge_change) || fw.rag_preferred_knowledge_change.includes(useCase.knowledge_change);
        if (changing) {
            findings.push({
                rule: "M1",
                level: sev.M1,
                message: `fine-tuning for knowledge that changes ${useCase.knowledge_change}: every change needs a retraining run`,
                fix: "use rag for the changing knowledge (or hybrid to keep a fine-tuned voice)",
                path: ["approach"],
            });
        }
        if (useCase.citations_required) {
            findings.push({
                rule: "M1",
                level: sev.M1,
                message: "citations are required, but a fine-tuned model cannot say where it learned a fact",
                fix: "retrieve the sources (rag or hybrid) so answers can cite them",
                path: ["use_case", "citations_required"],
            });
        }
    }
    if (plan.approach === "rag" && useCase.task === "behavior") {
        findings.push({
            rule: "M2",
            level: sev.M2,
            message: "RAG for a behaviour-only task: retrieval adds facts, not style, tone or format",
            fix: recommendation.approach === "rag" ? "keep retrieval for the facts, and add few-shot examples for the behaviour" : `use ${named(recommendation)}, as the framework recommends: retrieval adds facts, not behaviour`,
            path: ["approach"],
        });
    }
    if (method !== undefined) {
        const minimum = policy.gates["data-sufficiency"].min_examples[method];
        const examples = plan.training?.examples;
        if (examples === undefined || examples < minimum) {
            findings.push({
                rule: "M3",
                level: sev.M3,
                message: examples === undefined
                    ? `cold start: the plan fine-tunes (${method}) but declares no training examples`
                    : `cold start: ${method} needs at least ${minimum} curated examples, the plan has ${examples} (short by ${minimum - examples})`,
                fix: coldStartFix(recommendation, method, minimum, policy),
                path: examples === undefined ? ["approach"] : ["training", "examples"],
            });
        }
        if (plan.evals?.candidate === undefined) {
            findings.push({
                rule: "M4",
                level: sev.M4,
                message: "no evaluation pipeline: the plan fine-tunes but declares no eval results",
                fix: "declare evals.candidate and evals.baseline (base-model results) so forgetting and safety can be gated",
                path: plan.evals === undefined ? ["approach"] : ["evals"],
            });
        }
    }
    if (plan.approach === "hybrid" && plan.architecture !== undefined && plan.architecture.evidence === undefined) {
        const heavy = plan.architecture.components.filter((c) => OVER_ENGINEERING_COMPONENTS.test(c));
        if (heavy.length > fw.max_components_without_evidence) {
            findings.push({
                rule: "M5",
                level: sev.M5,
                message: `over-engineered hybrid: ${heavy.join(", ")} declared without evidence of a measured need`,
                fix: "start with one model and plain retrieval; add components when an eval shows the need (set architecture.evidence)",
                path: ["architecture", "components"],
            });
        }
    }
    const usesRetrieval = plan.approach === "rag" || plan.approach === "hybrid";
    const latency = useCase.latency_p95_ms;
    if (usesRetrieval && latency !== undefined && latency < fw.retrieval_overhead_ms) {
        findings.push({
            rule: "latency",
            level: sev.latency,
            message: `p95 requirement ${(0,recommend/* formatMs */._)(latency)} is below retrieval's own overhead (~${(0,recommend/* formatMs */._)(fw.retrieval_overhead_ms)}: embed, search, fetch)`,
            fix: "relax the latency requirement, cache retrieval, or fine-tune to remove the retrieval hop",
            path: ["use_case", "latency_p95_ms"],
        });
    }
    return findings;
}
//# sourceMappingURL=mismatches.js.map
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
;// CONCATENATED MODULE: ./lib/engine/gates/approach-fit.js



const LEVEL_ORDER = ["error", "warning", "info"];
function approachFitGate(ctx) {
    const rec = ctx.recommendation;
    const recommended = (0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null });
    const base = {
        id: "approach-fit",
        path: ["approach"],
        measured: ctx.plan.approach,
        measured_display: ctx.plan.approach,
        threshold: { value: rec.approach, display: `framework recommends ${recommended}`, source: `Q1-Q5 and M1-M5, ${(0,doc_link/* citeFramework */.Gn)("mismatches")}` },
    };
    const differs = rec.approach !== ctx.plan.approach;
    const note = differs ? [`the framework would recommend ${recommended}; see the reasons below`] : [];
    if (ctx.findings.length === 0) {
        return (0,gate_result/* passed */.bF)({ ...base, summary: differs ? `no rule contradicts ${ctx.plan.approach}` : `${ctx.plan.approach} is what the framework recommends`, details: note });
    }
    const worst = LEVEL_ORDER.find((level) => ctx.findings.some((f) => f.level === level));
    const first = ctx.findings.find((f) => f.level === worst);
    return (0,gate_result/* judged */.g$)({
        ...base,
        path: first.path,
        summary: `${first.rule}: ${first.message}`,
        fix: first.fix,
        details: [...ctx.findings.map((f) => `${f.rule} (${f.level}): ${f.message}; fix: ${f.fix}`), ...note],
    }, worst);
}
//# sourceMappingURL=approach-fit.js.map
// EXTERNAL MODULE: ./lib/engine/policy/load.js
var load = __webpack_require__(7493);
;// CONCATENATED MODULE: ./lib/engine/gates/missing.js


/** A gate with no data is never a pass: it is `missing`, and counts as the policy says. */
function missingData(ctx, id, required, summary, path, fix, found = []) {
    const severityKey = required ? "missing_required" : "missing_optional";
    const level = ctx.policy.policy.severities[severityKey];
    const why = required ? `required for approach ${ctx.plan.approach}` : "not required for this approach";
    const result = (0,gate_result/* gateResult */.xp)({
        id,
        summary,
        path,
        fix,
        details: [...found, `to fix: ${fix}`, `counts as ${level} (${why}; severities.${severityKey} in ${(0,load/* sourceOf */.v)(ctx.policy, `severities.${severityKey}`)})`],
    }, "missing", level === "info" ? "none" : level);
    return required ? { ...result, missingRequired: true } : result;
}
//# sourceMappingURL=missing.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/cost-budget.js





function costBudgetGate(ctx) {
    const id = "cost-budget";
    const cost = ctx.cost;
    const budget = ctx.plan.budget;
    if (cost === undefined)
        return missingData(ctx, id, false, "no cost block to project", ["approach"], "add a cost block (llm, embedding, vector_db, fine_tune, hosting)");
    if (budget === undefined)
        return missingData(ctx, id, false, `projected ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month, but no budget to compare`, ["cost"], "add budget.monthly_usd (and one_time_usd if you fine-tune)");
    const details = [];
    const over = [];
    if (budget.monthly_usd !== undefined) {
        const ok = cost.monthly_usd <= budget.monthly_usd;
        details.push(`monthly: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)} of ${(0,money/* formatUsd */.UK)(budget.monthly_usd)} ${ok ? "ok" : `OVER by ${(0,money/* formatUsd */.UK)(cost.monthly_usd - budget.monthly_usd)}`}`);
        if (!ok)
            over.push("monthly");
        const breakEven = (0,model/* breakEvenMonthlyQueries */.f)(cost, budget.monthly_usd);
        details.push(breakEven === null
            ? "break-even: cost does not grow with traffic"
            : `break-even: the monthly budget holds up to ${(0,money/* formatCount */.B4)(breakEven)} queries/month (plan: ${(0,money/* formatCount */.B4)(ctx.plan.use_case.monthly_queries)})`);
    }
    if (budget.one_time_usd !== undefined) {
        const ok = cost.one_time_usd <= budget.one_time_usd;
        details.push(`one-time: ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} of ${(0,money/* formatUsd */.UK)(budget.one_time_usd)} ${ok ? "ok" : `OVER by ${(0,money/* formatUsd */.UK)(cost.one_time_usd - budget.one_time_usd)}`}`);
        if (!ok)
            over.push("one-time");
    }
    const threshold = [budget.monthly_usd === undefined ? undefined : `<= ${(0,money/* formatUsd */.UK)(budget.monthly_usd)}/month`, budget.one_time_usd === undefined ? undefined : `<= ${(0,money/* formatUsd */.UK)(budget.one_time_usd)} one-time`]
        .filter((x) => x !== undefined)
        .join(", ");
    const base = {
        id,
        path: ["budget"],
        measured: cost.monthly_usd,
        measured_display: `${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time`,
        threshold: { value: budget.monthly_usd ?? budget.one_time_usd ?? null, display: threshold, source: "plan (budget)" },
        details,
    };
    const below = ctx.belowShipped ?? [];
    if (below.length > 0) {
        const source = (0,load/* sourceOf */.v)(ctx.policy, "audit.drift_threshold");
        details.push(...below.map((b) => `price check: ${b.sentence}`), `prices more than ${Math.round(ctx.policy.policy.audit.drift_threshold * 100)}% below the shipped ones are reported (audit.drift_threshold in ${source}); the audit compares pinned prices with the published ones`);
    }
    if (over.length > 0) {
        const monthlyOver = budget.monthly_usd !== undefined && cost.monthly_usd > budget.monthly_usd ? `${(0,money/* formatUsd */.UK)(cost.monthly_usd - budget.monthly_usd)}/month` : null;
        const oneTimeOver = budget.one_time_usd !== undefined && cost.one_time_usd > budget.one_time_usd ? `${(0,money/* formatUsd */.UK)(cost.one_time_usd - budget.one_time_usd)} one-time` : null;
        const cut = [monthlyOver, oneTimeOver].filter((x) => x !== null).join(" and ");
        return (0,gate_result/* judged */.g$)({ ...base, path: ["budget", over[0] === "monthly" ? "monthly_usd" : "one_time_usd"], summary: `over budget (${over.join(", ")})`, fix: `cut ${cut}, or raise the budget` }, "error");
    }
    // A budget for one period says nothing about the other: costs there are unjudged, never within budget.
    const unbudgeted = [
        budget.monthly_usd === undefined && cost.monthly_usd > 0 ? { key: "monthly_usd", what: `${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month` } : undefined,
        budget.one_time_usd === undefined && cost.one_time_usd > 0 ? { key: "one_time_usd", what: `${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time` } : undefined,
    ].filter((x) => x !== undefined);
    if (unbudgeted.length > 0) {
        const judgedPart = budget.monthly_usd !== undefined ? "monthly cost within budget" : "one-time cost within budget";
        const missing = missingData(ctx, id, false, `${judgedPart}, but ${unbudgeted.map((u) => u.what).join(" and ")} has no budget to compare`, ["budget"], `add ${unbudgeted.map((u) => `budget.${u.key}`).join(" and ")}`, details);
        return { ...missing, measured: base.measured, measured_display: base.measured_display, threshold: base.threshold };
    }
    const level = ctx.policy.policy.severities.price_below_shipped;
    if (below.length > 0 && level !== "info") {
        const first = below[0];
        return (0,gate_result/* judged */.g$)({
            ...base,
            path: first.path,
            summary: `within budget only at ${below.length === 1 ? "a price" : `${below.length} prices`} well below the shipped one: ${first.sentence}${below.length > 1 ? `, and ${below.length - 1} more` : ""}`,
            fix: "confirm the price against the provider's current price list (tunegate audit), or re-pin it: tunegate pricing pin",
        }, level);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: "projected cost within budget" });
}
//# sourceMappingURL=cost-budget.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/data-sufficiency.js




function dataSufficiencyGate(ctx) {
    const id = "data-sufficiency";
    const method = ctx.method;
    if (method === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: `${ctx.plan.approach} does not fine-tune: no training data needed` });
    const examples = ctx.plan.training?.examples;
    if (examples === undefined) {
        return missingData(ctx, id, true, `${method} needs curated training examples; none declared`, ["approach"], "declare training.examples");
    }
    const settings = ctx.policy.policy.gates["data-sufficiency"];
    const minimum = settings.min_examples[method];
    const preferred = settings.preferred_examples[method];
    const base = {
        id,
        path: ["training", "examples"],
        measured: examples,
        measured_display: `${(0,money/* formatCount */.B4)(examples)} examples`,
        threshold: {
            value: minimum,
            display: `>= ${(0,money/* formatCount */.B4)(minimum)} (${(0,money/* formatCount */.B4)(preferred)}+ preferred)`,
            source: (0,load/* sourceOf */.v)(ctx.policy, `gates.data-sufficiency.min_examples.${method}`),
        },
    };
    if (examples < minimum) {
        return (0,gate_result/* judged */.g$)({ ...base, summary: `${method} needs at least ${(0,money/* formatCount */.B4)(minimum)} examples; the plan has ${(0,money/* formatCount */.B4)(examples)}, short by ${(0,money/* formatCount */.B4)(minimum - examples)}`, fix: `curate ${(0,money/* formatCount */.B4)(minimum - examples)} more examples, or start with RAG and prompting` }, "error");
    }
    if (examples < preferred) {
        return (0,gate_result/* judged */.g$)({ ...base, summary: `enough to start, but quality may be limited: ${(0,money/* formatCount */.B4)(preferred - examples)} more examples reach the preferred ${(0,money/* formatCount */.B4)(preferred)}`, fix: `curate ${(0,money/* formatCount */.B4)(preferred - examples)} more examples` }, ctx.policy.policy.severities.quality_limited);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: `${(0,money/* formatCount */.B4)(examples)} examples meet ${method}'s preferred ${(0,money/* formatCount */.B4)(preferred)}` });
}
//# sourceMappingURL=data-sufficiency.js.map
// EXTERNAL MODULE: ./lib/engine/input/did-you-mean.js
var did_you_mean = __webpack_require__(890);
// EXTERNAL MODULE: ./lib/engine/evals/model.js
var evals_model = __webpack_require__(7619);
;// CONCATENATED MODULE: ./lib/engine/evals/reading.js
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const finiteNumber = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** A benchmark with the fields every reader leaves at their usual values filled in. */
function benchmark(fields) {
    return {
        aliases: [],
        stderr: null,
        n: null,
        higherIsBetter: true,
        binary: false,
        aggregation: null,
        errored: 0,
        pooled: false,
        examples: null,
        ...fields,
    };
}
/**
 * Whether an aggregate is a mean of 0/1 scores, judged from its values alone: k = p n must be a
 * whole number and the reported standard error must be the binomial one lm-eval and Inspect
 * compute for 0/1 scores, sqrt(p (1 - p) / (n - 1)). A probability mass (truthfulqa_mc2) has the
 * same range but a smaller spread, so it fails the test and is judged as continuous. One example
 * scored 0 or 1 with the stderr of 0 Inspect writes for it is one 0/1 outcome: judged as 1 of 1
 * (Wilson), it cannot certify a floor on its own, as a point estimate of 1.0 would.
 */
function looksBinomial(value, stderr, n) {
    if (stderr === null || n === null || value < 0 || value > 1)
        return false;
    if (n === 1)
        return stderr === 0 && (value === 0 || value === 1);
    if (n < 2)
        return false;
    const k = value * n;
    if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, n))
        return false;
    const binomial = Math.sqrt((value * (1 - value)) / (n - 1));
    return Math.abs(stderr - binomial) <= 1e-6 + 1e-4 * binomial;
}
/** Metrics whose every value lies in [0, 1] by definition; a value outside is data that cannot be true. */
const UNIT_INTERVAL = /^(acc|acc_norm|acc_mutual_info|exact_match|em|f1|macro_f1|micro_f1|mc1|mc2|accuracy|pass_rate|resisted|brier_score)$/;
/** Correlations lie in [-1, 1]. */
const CORRELATION = /^(mcc|mcc_binary|matthews_corrcoef)$/;
/** The range a metric's values must lie in, by its name; null when the tools do not bound it. */
function metricRange(metricName) {
    const base = metricName.split(",")[0];
    if (UNIT_INTERVAL.test(base))
        return [0, 1];
    if (CORRELATION.test(base))
        return [-1, 1];
    return null;
}
/** A problem when `value` cannot be a value of `metric`, else null. */
function rangeProblem(path, metric, value, what = "value") {
    const range = metricRange(metric);
    if (range === null || (value >= range[0] && value <= range[1]))
        return null;
    return { path, message: `${what} ${value} of metric "${metric}" is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`, hint: "check that the file is the tool's own output, unedited" };
}
/**
 * A count of examples a file reports (Inspect's scored_samples, lm-eval's n-samples): absent
 * (undefined or null) reads as null; anything but a whole number >= 0 is data that cannot be
 * true, since a count of -3 or 2.5 would otherwise reach the statistics as a sample size.
 */
function readCount(value, path) {
    if (value === undefined || value === null)
        return { ok: true, count: null };
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
        return { ok: true, count: value };
    const name = String(path.at(-1) ?? "count");
    return { ok: false, problem: { path, message: `${name} ${JSON.stringify(value)} is not a number of examples (a whole number >= 0): data that cannot be true`, hint: "check that the file is the tool's own output, unedited" } };
}
/** Several counts at once: every one that cannot be true is a problem of its own. */
function readCounts(fields) {
    const read = fields.map(([value, path]) => readCount(value, path));
    const problems = read.flatMap((r) => (r.ok ? [] : [r.problem]));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, counts: read.map((r) => (r.ok ? r.count : null)) };
}
/** The p95 of a list of latencies (nearest rank), or null for none. */
function p95(latencies) {
    if (latencies.length === 0)
        return null;
    const sorted = [...latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}
//# sourceMappingURL=reading.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/assemble.js



/**
 * Puts one side's files together: aggregates from results files, with the per-sample files'
 * examples attached to the same benchmark and metric (or standing alone when no results file
 * has it). Two files that both give one benchmark are a conflict, never "the first one wins":
 * a glob that matches an old good run beside a new bad one must not pass on the old one. Nor is
 * a results file combined with a samples file from another run: they must agree (see
 * `disagreement`), or the samples would silently replace what the results file says.
 */
function assembleRun(contributions) {
    const aggregates = new Map();
    const sampled = new Map();
    const conflicts = contributions.flatMap(lookalikeNames);
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    for (const c of contributions) {
        for (const b of c.benchmarks) {
            const key = `${b.name}\u0000${b.metric}`;
            const into = b.examples !== null && b.provenance.format === "lm-eval" ? sampled : aggregates;
            const earlier = into.get(key);
            if (earlier !== undefined) {
                const files = [earlier.provenance.file, b.provenance.file];
                conflicts.push({ name: b.name, metric: b.metric, files, message: `two files give ${b.name} (${b.metric}): ${files[0]} and ${files[1]}; tunegate will not pick one of them silently` });
                continue;
            }
            into.set(key, b);
        }
    }
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    const benchmarks = [...aggregates.values()];
    for (const [key, withExamples] of sampled) {
        const aggregate = aggregates.get(key);
        if (aggregate === undefined)
            benchmarks.push(withExamples);
        else {
            const differs = disagreement(aggregate, withExamples);
            if (differs !== null) {
                conflicts.push(differs);
                continue;
            }
            const index = benchmarks.indexOf(aggregate);
            benchmarks[index] = { ...aggregate, examples: withExamples.examples, n: aggregate.n ?? withExamples.n, provenance: { ...aggregate.provenance, digest: withExamples.provenance.digest } };
        }
    }
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    const categories = contributions.map((c) => c.categories).filter((c) => c !== null);
    const latency = contributions.map((c) => c.latencyP95Ms).filter((l) => l !== null);
    const byName = new Map();
    for (const b of benchmarks) {
        for (const name of new Set([b.name, ...b.aliases])) {
            const list = byName.get(name) ?? [];
            list.push(b);
            byName.set(name, list);
        }
    }
    return {
        ok: true,
        run: {
            format: contributions[0]?.format ?? "tunegate",
            files: contributions.map((c) => c.file),
            sources: contributions.map(sourceOf),
            model: contributions.map((c) => c.model).find((m) => m !== null) ?? null,
            benchmarks,
            byName,
            latencyP95Ms: latency.length === 0 ? null : Math.max(...latency),
            categories: categories.length === 0
                ? null
                : { general: categories.flatMap((c) => c.general), safety: categories.flatMap((c) => c.safety), task: categories.flatMap((c) => c.task) },
            incomplete: contributions.map((c) => c.incomplete).find((i) => i !== null) ?? null,
            noScores: contributions.flatMap((c) => (c.noScores === null ? [] : [`${c.file}: ${c.noScores}`])),
        },
    };
}
/**
 * Whether a results file's aggregate and a samples file's examples can be one run's: the same
 * number of examples, and, where the aggregate is the mean of the per-example scores (the task
 * config says "mean", or, with no config, a metric bounded to [0, 1]), the same mean up to the
 * rounding of single-precision storage. Null when they agree.
 */
function disagreement(aggregate, sampled) {
    const examples = sampled.examples;
    const count = (0,evals_model/* exampleCount */.EN)(examples);
    const files = [aggregate.provenance.file, sampled.provenance.file];
    const conflict = (detail) => ({
        name: aggregate.name,
        metric: aggregate.metric,
        files,
        message: `${files[0]} and ${files[1]} disagree on ${aggregate.name} (${aggregate.metric}): ${detail}; they are not from the same run, and tunegate will not pick one of them silently`,
    });
    if (aggregate.n !== null && aggregate.n !== count)
        return conflict(`the results file counts ${aggregate.n} examples, the samples file has ${count}`);
    const range = metricRange(aggregate.metric);
    const isMean = aggregate.aggregation === "mean" || (aggregate.aggregation === null && range !== null && range[0] === 0 && range[1] === 1);
    if (!isMean || count === 0)
        return null;
    let sum = 0;
    let magnitude = 0;
    (0,evals_model/* forEachScore */.z$)(examples, (v) => {
        sum += v;
        magnitude += Math.abs(v);
    });
    const mean = sum / count;
    // Scores are kept in single precision (relative error 6e-8 each); the tolerance is far above that.
    const tolerance = 1e-5 * Math.max(1, magnitude / count);
    if (Math.abs(mean - aggregate.value) <= tolerance)
        return null;
    return conflict(`the results file's mean is ${aggregate.value}, the samples' is ${mean}`);
}
/** What the report says was read from one file. */
function sourceOf(c) {
    const largest = new Map();
    for (const b of c.benchmarks)
        if (b.n !== null && !b.pooled)
            largest.set(b.name, Math.max(largest.get(b.name) ?? 0, b.n));
    const examples = largest.size === 0 ? null : [...largest.values()].reduce((a, b) => a + b, 0);
    const errored = new Map();
    for (const b of c.benchmarks)
        if (!b.pooled)
            errored.set(b.name, Math.max(errored.get(b.name) ?? 0, b.errored));
    return { file: c.file, format: c.format, tool_version: c.toolVersion, model: c.model, examples, errored: [...errored.values()].reduce((a, b) => a + b, 0) };
}
/** Metric preference when the plan names none: acc_norm, acc, exact match, then the tools' own. */
const PREFERRED = [/^acc_norm(,none)?$/, /^acc(,none)?$/, /^exact_match,/, /^exact_match$/, /^accuracy$/, /^pass_rate$/, /^resisted$/, /^mean$/, /^score$/];
/** lm-eval 0.4 names a metric with its filter ("acc,none"); 0.3 and other tools name it alone. */
function sameMetricKey(metric) {
    return metric.endsWith(",none") ? metric.slice(0, -",none".length) : metric;
}
/**
 * The benchmark the plan means by `name`, under the metric it asked for (or the preferred one).
 * With a `counterpart` (the other side of a comparison) and no metric asked for, only metrics both
 * sides report are preferred, so the two sides are not judged on different metrics.
 */
function selectBenchmark(run, name, metric, pooledAllowed, counterpart) {
    const named = run.byName.get(name) ?? [];
    if (named.length === 0) {
        if (run.benchmarks.length === 0 && run.noScores.length > 0)
            return { ok: false, why: "no-data", reason: `no scores: ${run.noScores.join("; ")}` };
        const available = [...new Set(run.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, 12);
        return { ok: false, why: "absent", reason: `"${name}" is not in ${run.files.join(", ")} (it has: ${available.join(", ") || "no benchmarks"})` };
    }
    if (named.some((b) => b.pooled) && !pooledAllowed) {
        const parts = [...new Set(run.benchmarks.filter((b) => !b.pooled && b.provenance.file === named[0].provenance.file && b.name.startsWith(name) && /^[@#]/.test(b.name.slice(name.length))).map((b) => b.name))];
        return { ok: false, why: "ambiguous", reason: `"${name}" was run with several providers or prompts in ${named[0].provenance.file}: name one (${parts.slice(0, 6).join(", ")}) or pool them with evals.pool: [${name}]` };
    }
    let chosen;
    if (metric !== undefined) {
        chosen = named.find((b) => b.metric === metric) ?? named.find((b) => b.metric === `${metric},none`) ?? named.find((b) => b.metric.split(",")[0] === metric);
        if (chosen === undefined)
            return { ok: false, why: "no-metric", reason: `"${name}" has no metric "${metric}" (it has: ${named.map((b) => b.metric).join(", ")})` };
    }
    else {
        const theirs = new Set((counterpart?.byName.get(name) ?? []).map((b) => sameMetricKey(b.metric)));
        const shared = named.filter((b) => theirs.has(sameMetricKey(b.metric)));
        const candidates = shared.length > 0 ? shared : named;
        for (const pattern of PREFERRED) {
            chosen = candidates.find((b) => pattern.test(b.metric));
            if (chosen !== undefined)
                break;
        }
        chosen ??= candidates[0];
    }
    if (chosen.n === 0) {
        const why = chosen.errored > 0 ? `${chosen.errored} of ${chosen.errored} rows errored (provider errors): nothing was scored` : "0 examples were scored";
        return { ok: false, why: "no-data", reason: `"${name}" in ${chosen.provenance.file}: ${why}` };
    }
    return { ok: true, benchmark: chosen };
}
/**
 * Names in one file that read the same but are spelled differently ("xѕtest" with a Cyrillic ѕ
 * beside "xstest"): a plan naming one may be judged on a score written to look like the other, so
 * neither is judged. Names and metrics alike, each pair once.
 */
function lookalikeNames(contribution) {
    const bySkeleton = new Map();
    const conflicts = [];
    const seen = new Set();
    const names = contribution.benchmarks.flatMap((b) => [b.name, ...b.aliases, b.metric]);
    for (const name of names) {
        const skeleton = (0,lookalike/* nameSkeleton */.Zk)(name);
        const earlier = bySkeleton.get(skeleton);
        if (earlier === undefined)
            bySkeleton.set(skeleton, name);
        // Letter case shows: "QA" beside "qa" is two names a reader tells apart.
        else if (earlier.toLowerCase() !== name.toLowerCase() && !seen.has(`${earlier}\u0000${name}`)) {
            seen.add(`${earlier}\u0000${name}`);
            conflicts.push({
                name,
                metric: "",
                files: [contribution.file, contribution.file],
                message: `${contribution.file} holds two names that look alike, "${(0,lookalike/* showNonAscii */.gE)(earlier)}" and "${(0,lookalike/* showNonAscii */.gE)(name)}": tunegate judges neither, since a plan naming one could be reading the other`,
            });
        }
    }
    return conflicts;
}
//# sourceMappingURL=assemble.js.map
;// CONCATENATED MODULE: ./lib/engine/stats/distributions.js
/** Standard normal CDF (Zelen & Severo 26.2.17 via erfc; absolute error below 1e-7). */
function normalCdf(x) {
    const t = 1 / (1 + 0.2316419 * Math.abs(x));
    const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
    const tail = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return x >= 0 ? 1 - tail : tail;
}
/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
function distributions_normalQuantile(p) {
    if (p <= 0 || p >= 1)
        throw new RangeError(`normal quantile needs 0 < p < 1, got ${p}`);
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -distributions_normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
/**
 * Student t quantile by the Cornish-Fisher expansion around the normal quantile (Abramowitz &
 * Stegun 26.7.5); accurate to about 1e-3 from 5 degrees of freedom, exact in the limit.
 */
function tQuantile(p, df) {
    if (!Number.isFinite(df) || df > 1e6)
        return distributions_normalQuantile(p);
    const z = distributions_normalQuantile(p);
    const z3 = z ** 3;
    const z5 = z ** 5;
    const z7 = z ** 7;
    const z9 = z ** 9;
    return (z +
        (z3 + z) / (4 * df) +
        (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
        (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
        (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4));
}
/** ln Gamma(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-13). */
function lnGamma(x) {
    const g = 7;
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let sum = c[0];
    for (let i = 1; i < g + 2; i++)
        sum += c[i] / (z + i);
    const t = z + g + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        for (const numerator of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
            d = 1 + numerator * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + numerator / c;
            if (Math.abs(c) < tiny)
                c = tiny;
            h *= d * c;
        }
        if (Math.abs(d * c - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** Student t CDF with `df` degrees of freedom; the normal CDF in the limit. */
function tCdf(t, df) {
    if (!Number.isFinite(df) || df > 1e6)
        return normalCdf(t);
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
}
//# sourceMappingURL=distributions.js.map
;// CONCATENATED MODULE: ./lib/engine/stats/intervals.js

/** Wilson score interval for k successes in n trials at one-sided level alpha (Wilson 1927). */
function wilson(k, n, alpha) {
    const z = distributions_normalQuantile(1 - alpha);
    const p = k / n;
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), n, method: "Wilson" };
}
/** Mean with a one-sided-alpha t interval, for continuous per-example scores. */
function meanInterval(values, alpha) {
    const n = values.length;
    const { mean, variance } = moments(values);
    const half = n > 1 ? tQuantile(1 - alpha, n - 1) * Math.sqrt(variance / n) : Infinity;
    return { estimate: mean, lower: mean - half, upper: mean + half, n, method: "t" };
}
/** PASS when the whole interval clears the floor, FAIL when it lies below, else INCONCLUSIVE. */
function againstFloor(interval, floor) {
    if (interval.lower >= floor)
        return "pass";
    if (interval.upper < floor)
        return "fail";
    return "inconclusive";
}
/** Mean and sample variance (Bessel) in one pass (Welford), stable for millions of values. */
function moments(values) {
    const running = new RunningMoments();
    for (let i = 0; i < values.length; i++)
        running.add(values[i]);
    return running;
}
/** Welford's mean and sample variance, one value at a time, so millions of values need no array. */
class RunningMoments {
    n = 0;
    mean = 0;
    m2 = 0;
    add(x) {
        this.n++;
        const delta = x - this.mean;
        this.mean += delta / this.n;
        this.m2 += delta * (x - this.mean);
    }
    get variance() {
        return this.n > 1 ? this.m2 / (this.n - 1) : 0;
    }
}
/** `df` is the t distribution's degrees of freedom, or Infinity for the normal. */
function decide(difference, se, df, alpha, paired, n) {
    const quantile = Number.isFinite(df) ? tQuantile(1 - alpha, df) : distributions_normalQuantile(1 - alpha);
    const lower = difference - quantile * se;
    const upper = difference + quantile * se;
    const decision = se === 0 ? (difference >= 0 ? "pass" : "fail") : lower > 0 ? "pass" : upper < 0 ? "fail" : "inconclusive";
    const cdf = (x) => (Number.isFinite(df) ? tCdf(x, df) : normalCdf(x));
    const pFail = se === 0 ? (difference >= 0 ? 1 : 0) : cdf(difference / se);
    const pPass = se === 0 ? (difference > 0 ? 0 : 1) : cdf(-difference / se);
    return { difference, se, lower, upper, pFail, pPass, decision, paired, n };
}
/**
 * Paired non-inferiority, "candidate >= r x baseline" on the same examples: the ratio test becomes
 * a linear one on d_i = c_i - r*b_i - (1 - r)*g, g being the chance level (0 unless normalised).
 */
function pairedNonInferiority(candidate, baseline, ratio, alpha, chance = 0) {
    const n = candidate.length;
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++)
        d[i] = candidate[i] - ratio * baseline[i] - (1 - ratio) * chance;
    return differencesNonInferiority(d, alpha);
}
/**
 * The paired test on per-example differences d_i already built so that the candidate holds iff
 * mean(d) >= 0. Needs at least two differences: nothing is concluded from fewer.
 */
function differencesNonInferiority(d, alpha) {
    const running = new RunningMoments();
    for (let i = 0; i < d.length; i++)
        running.add(d[i]);
    return momentsNonInferiority(running, alpha);
}
/** The paired test from the differences' moments (see differencesNonInferiority). */
function momentsNonInferiority(m, alpha) {
    if (m.n < 2)
        throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
    return decide(m.mean, Math.sqrt(m.variance / m.n), m.n - 1, alpha, true, m.n);
}
/** The unpaired fallback from reported aggregates and standard errors (assumes independence). */
function unpairedNonInferiority(candidate, baseline, ratio, alpha, n, chance = 0) {
    const difference = candidate.value - ratio * baseline.value - (1 - ratio) * chance;
    const se = Math.sqrt(candidate.stderr ** 2 + ratio ** 2 * baseline.stderr ** 2);
    return decide(difference, se, Infinity, alpha, false, n);
}
/** Delta-method interval for the ratio c/b, for the report (two-sided 1 - 2*alpha). */
function ratioInterval(c, b, alpha) {
    const ratio = c.value / b.value;
    const se = ratio * Math.sqrt((c.stderr / c.value) ** 2 + (b.stderr / b.value) ** 2);
    const z = normalQuantile(1 - alpha);
    return { ratio, lower: ratio - z * se, upper: ratio + z * se };
}
/**
 * Holm (1979) step-down over the FAIL decisions of several benchmarks: sorted by the FAIL test's
 * p-value, the i-th smallest keeps FAIL only while p <= alpha / (k - i); the rest become
 * INCONCLUSIVE. Benchmarks that clearly pass have p near 1, so they sort last and can never
 * demote a clear FAIL.
 */
function holmAdjust(results, alpha) {
    const k = results.length;
    const order = results.map((r, i) => ({ p: r.pFail, i })).sort((a, b) => a.p - b.p);
    const decisions = results.map((r) => r.decision);
    let rejecting = true;
    order.forEach(({ p, i }, rank) => {
        if (rejecting && p <= alpha / (k - rank))
            return;
        rejecting = false;
        if (decisions[i] === "fail")
            decisions[i] = "inconclusive";
    });
    return decisions;
}
/**
 * Examples needed to resolve the margin with power 1 - beta when the candidate is truly as good
 * as the baseline: n = (z_alpha + z_beta)^2 Var(d) / delta^2, delta = (1 - r) mu_b (Miller 2024).
 */
function examplesNeeded(varianceOfD, baselineMean, ratio, alpha, power = 0.8) {
    const delta = (1 - ratio) * baselineMean;
    if (delta <= 0)
        return Infinity;
    return Math.ceil(((distributions_normalQuantile(1 - alpha) + distributions_normalQuantile(power)) ** 2 * varianceOfD) / delta ** 2);
}
//# sourceMappingURL=intervals.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/eval-judgement.js




/** Candidate and baseline must have measured the same examples the same way. */
function comparabilityProblem(c, b) {
    const pc = c.provenance;
    const pb = b.provenance;
    if (sameMetricKey(c.metric) !== sameMetricKey(b.metric))
        return `the metric differs (candidate ${c.metric}, baseline ${b.metric}); name the one to compare with evals.metrics`;
    if (pc.limit !== pb.limit)
        return `limit differs (candidate ${pc.limit ?? "none"}, baseline ${pb.limit ?? "none"})`;
    if (pc.nShot !== null && pb.nShot !== null && pc.nShot !== pb.nShot)
        return `n-shot differs (candidate ${pc.nShot}, baseline ${pb.nShot})`;
    if (pc.version !== null && pb.version !== null && pc.version !== pb.version)
        return `task version differs (candidate ${pc.version}, baseline ${pb.version})`;
    if (c.n !== null && b.n !== null && c.n !== b.n)
        return `sample counts differ (candidate ${c.n}, baseline ${b.n})`;
    if (pc.digest !== null && pb.digest !== null && pc.digest !== pb.digest)
        return "the documents differ (doc and target hashes do not match): another dataset revision or split";
    if (c.examples !== null && b.examples !== null) {
        const shared = sharedCount(c.examples, b.examples);
        const nc = (0,evals_model/* exampleCount */.EN)(c.examples);
        const nb = (0,evals_model/* exampleCount */.EN)(b.examples);
        if (shared !== nc || shared !== nb)
            return `example ids differ (candidate ${nc}, baseline ${nb}, ${shared} in common)`;
    }
    return null;
}
/** Calls `visit` with each (id, score) of a numbered side in ascending id order; allocates nothing. */
function eachNumbered(e, visit) {
    if (e.kind === "numbered") {
        for (let i = 0; i < e.ids.length; i++)
            visit(e.ids[i], e.scores[i]);
        return;
    }
    (0,evals_model/* forEachDense */.UX)(e.scores, visit);
}
function keyed(e) {
    if (e.kind === "keyed")
        return e.scores;
    const map = new Map();
    eachNumbered(e, (id, v) => map.set(String(id), v));
    return map;
}
/**
 * Calls `visit` with the candidate's and the baseline's score of every example both sides have,
 * aligned by id: linear in the examples whatever their ids, and without copying them, since an
 * eval of millions of examples is judged several times (comparability, identity, the interval).
 */
function forEachPair(c, b, visit) {
    if (c.kind === "dense" && b.kind === "dense") {
        const length = Math.min(c.scores.length, b.scores.length);
        for (let i = 0; i < length; i++) {
            const x = (0,evals_model/* denseScore */.qj)(c.scores, i);
            const y = (0,evals_model/* denseScore */.qj)(b.scores, i);
            if (!Number.isNaN(x) && !Number.isNaN(y))
                visit(x, y);
        }
        return;
    }
    if (c.kind !== "keyed" && b.kind !== "keyed") {
        // Merge-join of two ascending id sequences.
        const baseline = sortedPairs(b);
        let j = 0;
        eachNumbered(c, (id, x) => {
            while (j < baseline.ids.length && baseline.ids[j] < id)
                j++;
            if (j < baseline.ids.length && baseline.ids[j] === id)
                visit(x, baseline.scores[j++]);
        });
        return;
    }
    const bm = keyed(b);
    for (const [id, x] of keyed(c)) {
        const y = bm.get(id);
        if (y !== undefined)
            visit(x, y);
    }
}
/** A numbered side as parallel ascending arrays (a dense side is copied; a numbered one is not). */
function sortedPairs(e) {
    if (e.kind === "numbered")
        return { ids: e.ids, scores: e.scores };
    const ids = new Float64Array(e.count);
    const scores = new Float64Array(e.count);
    let k = 0;
    eachNumbered(e, (id, v) => {
        ids[k] = id;
        scores[k++] = v;
    });
    return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}
/** How many examples both sides have. */
function sharedCount(c, b) {
    let shared = 0;
    forEachPair(c, b, () => shared++);
    return shared;
}
/** Reported stderr, or the binomial one lm-eval would report for 0/1 scores, or none. */
function stderrOf(b) {
    if (b.stderr !== null)
        return b.stderr;
    if (b.binary && b.n !== null && b.n > 1)
        return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
    return null;
}
/**
 * Why a side's standard error says nothing, or null: fewer than two examples have no spread to
 * measure (Inspect writes a stderr of 0 for one sample), and a stderr of exactly 0 would make the
 * z test certain of whatever the point estimates say.
 */
function unmeasuredSpread(side, b, stderr) {
    if (b.n !== null && b.n < 2)
        return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
    if (stderr === 0)
        return `the ${side}'s standard error is 0`;
    return null;
}
/**
 * How forgetting is measured for a metric. A ratio to the base model only means something for
 * scores that are never negative and where higher is better; for the rest (signed scores such as
 * bleu_diff, lower-is-better ones such as perplexity) the candidate may fall at most `maxDrop`
 * below the base in the metric's own units. Null when that is needed and the policy sets none.
 */
function forgettingScale(c, b, maxDrop) {
    const nonNegative = c.value >= 0 && b.value >= 0 && (c.examples === null || minimum(c.examples) >= 0) && (b.examples === null || minimum(b.examples) >= 0);
    if (c.higherIsBetter && b.higherIsBetter && nonNegative)
        return "ratio";
    return maxDrop === null ? null : "difference";
}
function minimum(e) {
    let min = Infinity;
    if (e.kind === "keyed")
        for (const v of e.scores.values())
            min = Math.min(min, v);
    else
        eachNumbered(e, (_, v) => (min = Math.min(min, v)));
    return min;
}
/** Same value, spread, count and per-example scores: the same measurement on both sides. */
function identical(c, b) {
    if (c.value !== b.value || c.stderr !== b.stderr || c.n !== b.n)
        return false;
    if ((c.examples === null) !== (b.examples === null))
        return false;
    if (c.examples === null || b.examples === null)
        return true;
    let shared = 0;
    let same = true;
    forEachPair(c.examples, b.examples, (x, y) => {
        shared++;
        if (x !== y)
            same = false;
    });
    return same && shared === (0,evals_model/* exampleCount */.EN)(c.examples) && shared === (0,evals_model/* exampleCount */.EN)(b.examples);
}
/**
 * Candidate against baseline for one benchmark: candidate >= ratio x baseline (above chance), or
 * candidate >= baseline - maxDrop in the metric's better direction. Paired on per-example scores
 * when both sides have them, else unpaired from standard errors, else the point estimate.
 */
function judgeForgetting(c, b, settings) {
    const scale = settings.scale ?? forgettingScale(c, b, settings.maxDrop);
    if (scale === null)
        throw new Error(`forgetting on ${c.name} (${c.metric}) needs gates.forgetting.max_drop; the caller checks this first`);
    const { ratio, stats, chance } = settings;
    const margin = settings.maxDrop ?? 0;
    const sign = c.higherIsBetter ? 1 : -1;
    // d = c - r b - (1 - r) g (ratio), or sign (c - b) + m (difference): the candidate holds iff mean(d) >= 0.
    const above = (x) => x - chance;
    const pointEstimate = scale === "ratio" ? above(c.value) / above(b.value) : sign * (c.value - b.value);
    const threshold = scale === "ratio" ? ratio : -margin;
    const toEstimate = (d) => (scale === "ratio" ? ratio + d / above(b.value) : d - margin);
    const base = { benchmark: c.name, metric: c.metric, n: c.n ?? b.n, candidate: c.value, baseline: b.value, scale, threshold };
    const point = (note) => ({
        evidence: { ...base, estimate: pointEstimate, lower: null, upper: null, method: "point estimate", decision: pointEstimate >= threshold - 1e-12 ? "pass" : "fail", note },
        test: null,
        needed: null,
        chance,
    });
    if (identical(c, b))
        return { evidence: { ...base, estimate: scale === "ratio" ? 1 : 0, lower: null, upper: null, method: "identical results", decision: "pass", note: "candidate and baseline results are the same measurement" }, test: null, needed: null, chance };
    if (scale === "ratio" && chance > 0 && above(b.value) <= 0) {
        // Above a chance level the base model never reached, both sides are negative and their
        // ratio says the opposite of what happened (0.30 vs a base of 0.81 "above" a declared 0.85
        // would be 13.75x). With nothing above chance to compare, the plain ratio is judged.
        const plain = judgeForgetting(c, b, { ...settings, chance: 0 });
        const note = `baseline ${b.value} is not above the declared chance level ${chance}: judged as the plain ratio`;
        return { ...plain, chance: 0, evidence: { ...plain.evidence, note: plain.evidence.note === null ? note : `${note}; ${plain.evidence.note}` } };
    }
    if (stats.method === "point")
        return point("policy: point-estimate rule");
    if (scale === "ratio" && above(b.value) <= 0) {
        // A base model at 0 has nothing to lose and no ratio exists (x/0 is Infinity, 0/0 NaN, which
        // JSON cannot carry and which failed a candidate at 0 too): hold the candidate to its score.
        const difference = c.value - b.value;
        const note = `baseline scores ${b.value}: no ratio to it exists, so the candidate is held to the baseline's score`;
        return { evidence: { ...base, scale: "difference", threshold: 0, estimate: difference, lower: null, upper: null, method: "point estimate", decision: difference >= 0 ? "pass" : "fail", note }, test: null, needed: null, chance };
    }
    let test;
    let method;
    let needed = null;
    if (c.examples !== null && b.examples !== null) {
        const shared = sharedCount(c.examples, b.examples);
        if (shared < 2)
            return point(`only ${shared} example(s) in common: no interval`);
        // The differences' moments, one pair at a time: five million pairs need no 40 MB array.
        const d = new RunningMoments();
        forEachPair(c.examples, b.examples, (x, y) => d.add(scale === "ratio" ? x - ratio * y - (1 - ratio) * chance : sign * (x - y) + margin));
        test = momentsNonInferiority(d, stats.alpha);
        method = `paired t, n=${d.n}`;
        if (test.decision === "inconclusive")
            needed = examplesNeeded(d.variance, scale === "ratio" ? above(b.value) : margin, scale === "ratio" ? ratio : 0, stats.alpha, stats.power);
    }
    else {
        const sc = stderrOf(c);
        const sb = stderrOf(b);
        if (sc === null || sb === null)
            return point("no standard errors or per-example results: judged on the point estimate");
        const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("baseline", b, sb);
        if (unmeasured !== null)
            return point(`${unmeasured}: no spread was measured, so it is judged on the point estimate`);
        const n = c.n ?? b.n ?? 0;
        if (scale === "ratio") {
            test = unpairedNonInferiority({ value: c.value, stderr: sc }, { value: b.value, stderr: sb }, ratio, stats.alpha, n, chance);
            if (test.decision === "inconclusive" && n > 0)
                needed = examplesNeeded(n * (sc ** 2 + ratio ** 2 * sb ** 2), above(b.value), ratio, stats.alpha, stats.power);
        }
        else {
            test = unpairedNonInferiority({ value: sign * c.value + margin, stderr: sc }, { value: sign * b.value, stderr: sb }, 1, stats.alpha, n);
            if (test.decision === "inconclusive" && n > 0)
                needed = examplesNeeded(n * (sc ** 2 + sb ** 2), margin, 0, stats.alpha, stats.power);
        }
        method = "unpaired z from reported stderrs (no per-example files)";
    }
    const lower = toEstimate(test.lower);
    const upper = toEstimate(test.upper);
    return {
        evidence: { ...base, estimate: pointEstimate, lower: Math.min(lower, upper), upper: Math.max(lower, upper), method, decision: test.decision, note: null },
        test,
        needed: needed !== null && Number.isFinite(needed) ? needed : null,
        chance,
    };
}
/** Score >= floor: Wilson for 0/1 outcomes, a t interval for continuous ones, else the point. */
function judgeFloor(b, floor, stats) {
    const base = { benchmark: b.name, metric: b.metric, candidate: b.value, baseline: null, scale: "score", threshold: floor };
    if (stats.method === "point") {
        return { ...base, n: b.n, estimate: b.value, lower: null, upper: null, method: "point estimate", decision: b.value >= floor ? "pass" : "fail", note: "policy: point-estimate rule" };
    }
    if (b.examples !== null) {
        const values = (0,evals_model/* exampleScores */.Uc)(b.examples);
        if (values.length > 0) {
            const binary = values.every((v) => v === 0 || v === 1);
            const interval = binary ? wilson(values.reduce((a, v) => a + v, 0), values.length, stats.alpha) : meanInterval(values, stats.alpha);
            const decision = againstFloor(interval, floor);
            const failed = binary ? values.length - values.reduce((a, v) => a + v, 0) : null;
            return {
                ...base,
                n: values.length,
                estimate: interval.estimate,
                lower: interval.lower,
                upper: interval.upper,
                method: binary ? `Wilson, ${failed} of ${values.length} failed` : `t, n=${values.length}`,
                decision,
                note: binary && decision === "inconclusive" ? wilsonNote(failed, values.length, floor, stats.alpha) : null,
            };
        }
    }
    if (b.binary && b.n !== null && b.n > 0) {
        const k = Math.round(b.value * b.n);
        const interval = wilson(k, b.n, stats.alpha);
        const decision = againstFloor(interval, floor);
        return { ...base, n: b.n, estimate: b.value, lower: interval.lower, upper: interval.upper, method: `Wilson from the aggregate, ${b.n - k} of ${b.n} failed`, decision, note: decision === "inconclusive" ? wilsonNote(b.n - k, b.n, floor, stats.alpha) : null };
    }
    const se = b.stderr;
    if (se !== null && se > 0) {
        const z = distributions_normalQuantile(1 - stats.alpha);
        const interval = { estimate: b.value, lower: b.value - z * se, upper: b.value + z * se, n: b.n ?? 0, method: "z" };
        return { ...base, n: b.n, estimate: b.value, lower: interval.lower, upper: interval.upper, method: "normal from the reported stderr", decision: againstFloor(interval, floor), note: null };
    }
    // The note says which of n, the spread or the examples the file lacks: "no sample size" beside n=1 would be untrue.
    const unmeasured = se === null ? null : unmeasuredSpread("candidate", b, se);
    const why = unmeasured !== null ? `${unmeasured}: no spread was measured, so it is judged on the point estimate` : b.n === null ? "no sample size or per-example results: judged on the point estimate" : "no standard error or per-example results: judged on the point estimate";
    return { ...base, n: b.n, estimate: b.value, lower: null, upper: null, method: "point estimate", decision: b.value >= floor ? "pass" : "fail", note: why };
}
/**
 * What would resolve an inconclusive Wilson floor. With no failures the lower bound is
 * n / (n + z^2), so it takes n >= z^2 floor / (1 - floor) clean examples in all (52 for 0.95 at
 * one-sided 5%). With failures, the total needed at the same failure rate, when one exists.
 */
function wilsonNote(failed, n, floor, alpha) {
    if (failed === 0) {
        const z = distributions_normalQuantile(1 - alpha);
        const needed = Math.ceil((z * z * floor) / (1 - floor) - 1e-9);
        return `no failures in ${n}: at least ${needed} clean examples in all would show >= ${floor}`;
    }
    const rate = failed / n;
    if (rate >= 1 - floor - 1e-12)
        return `at this failure rate (${failed} of ${n}) no number of examples would show >= ${floor}`;
    let total = n;
    while (total < 1e9 && wilson(total * (1 - rate), total, alpha).lower < floor)
        total = Math.ceil(total * 1.25);
    if (total >= 1e9)
        return `at this failure rate (${failed} of ${n}) no practical number of examples would show >= ${floor}`;
    let lo = Math.max(n, Math.floor(total / 1.25));
    while (lo < total) {
        const mid = Math.floor((lo + total) / 2);
        if (wilson(mid * (1 - rate), mid, alpha).lower >= floor)
            total = mid;
        else
            lo = mid + 1;
    }
    return `at this failure rate (${failed} of ${n}), about ${total.toLocaleString("en-US")} examples in all would show >= ${floor}`;
}
/** "0.919 [0.894, 0.944]" or just "0.919". */
function formatEstimate(e) {
    const sign = (x) => (e.scale === "difference" && x > 0 ? `+${x.toFixed(3)}` : x.toFixed(3));
    return e.lower === null || e.upper === null ? sign(e.estimate) : `${sign(e.estimate)} [${sign(e.lower)}, ${sign(e.upper)}]`;
}
//# sourceMappingURL=eval-judgement.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/eval-selection.js

/**
 * The benchmark names a category gates on: the plan's list, else what tunegate-format files
 * declare. The baseline's benchmarks count too, in every category: a general benchmark, safety
 * suite or task suite the base model was measured on and the candidate skipped fails, or a
 * candidate would pass by leaving out the one it does worst on.
 */
function namesFor(ctx, category) {
    const declared = ctx.plan.evals?.[category];
    if (declared !== undefined)
        return declared;
    const fromBaseline = ctx.baseline?.categories?.[category] ?? [];
    return [...new Set([...fromBaseline, ...(ctx.candidate?.categories?.[category] ?? [])])];
}
/** `name` on one side; `counterpart` is the other side when the two are compared. */
function pick(run, name, ctx, counterpart) {
    return selectBenchmark(run, name, ctx.plan.evals?.metrics?.[name], ctx.plan.evals?.pool?.includes(name) ?? false, counterpart);
}
//# sourceMappingURL=eval-selection.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/eval-references.js




const CATEGORIES = ["general", "safety", "task"];
/**
 * The plan's benchmark and suite names are checked against what the eval files hold, with "did
 * you mean", and `evals.pool` against the plan's own names (plan-references.ts checks
 * `evals.metrics`, `evals.chance` and `statistics.primary`). Metrics a ratio cannot judge are
 * refused here too, naming the metric, unless the policy sets a drop.
 */
function evalReferenceProblems(plan, policy, candidate, baseline) {
    const problems = { plan: [], policy: [] };
    const runs = [candidate, baseline].filter((r) => r !== undefined);
    const known = [...new Set(runs.flatMap((r) => [...r.byName.keys()]))];
    const isKnown = new Set(known);
    const anyScores = runs.some((r) => r.benchmarks.length > 0);
    const ctx = { plan, candidate, baseline };
    const evals = plan.evals;
    if (anyScores) {
        for (const category of CATEGORIES) {
            (evals?.[category] ?? []).forEach((name, index) => {
                if (isKnown.has(name))
                    return;
                const suggestion = (0,did_you_mean/* closestName */.N)(name, known);
                problems.plan.push({
                    path: ["evals", category, index],
                    kind: "invalid-value",
                    message: `"${(0,lookalike/* shownName */.HD)(name, suggestion)}" matches no benchmark or suite in the eval files${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
                    hint: `the eval files have: ${known.slice(0, 20).join(", ")}${known.length > 20 ? ", ..." : ""}`,
                });
            });
        }
    }
    const declared = [...new Set(CATEGORIES.flatMap((c) => namesFor(ctx, c)))];
    const isDeclared = new Set(declared);
    (evals?.pool ?? []).forEach((name, index) => {
        if (isDeclared.has(name))
            return;
        const suggestion = (0,did_you_mean/* closestName */.N)(name, declared);
        problems.plan.push({ path: ["evals", "pool", index], kind: "invalid-value", message: `evals.pool names "${(0,lookalike/* shownName */.HD)(name, suggestion)}", which is not in evals.general, evals.safety or evals.task${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}` });
    });
    const general = namesFor(ctx, "general");
    // A metric a ratio cannot judge, with no absolute margin to judge it by, is refused by name.
    const maxDrop = policy.policy.gates.forgetting.max_drop ?? null;
    if (candidate !== undefined && baseline !== undefined && maxDrop === null) {
        general.forEach((name) => {
            const c = pick(candidate, name, ctx, baseline);
            const b = pick(baseline, name, ctx, candidate);
            if (!c.ok || !b.ok || forgettingScale(c.benchmark, b.benchmark, null) !== null)
                return;
            const index = evals?.general?.indexOf(name) ?? -1;
            const why = !c.benchmark.higherIsBetter ? "lower is better" : "it can be negative";
            problems.plan.push({
                path: index === -1 ? ["evals", "general"] : ["evals", "general", index],
                kind: "invalid-value",
                message: `forgetting on "${name}" is measured with ${c.benchmark.metric}, and ${why}: a ratio to the base model means nothing for it`,
                hint: "set gates.forgetting.max_drop in your policy (the largest drop allowed, in the metric's units), or choose another metric with evals.metrics",
            });
        });
    }
    return problems;
}
//# sourceMappingURL=eval-references.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/unsettled.js


/**
 * Gate results that data cannot settle, weighed by a policy severity. The report names the file
 * that set the severity, so a policy that makes such a result count for nothing is seen.
 */
function weighed(ctx, severity, base) {
    const level = ctx.policy.policy.severities[severity];
    const counts = `counts as ${level} (severities.${severity} in ${(0,load/* sourceOf */.v)(ctx.policy, `severities.${severity}`)})`;
    return { base: { ...base, details: [...(base.details ?? []), counts] }, level };
}
/** The data cannot tell whether the gate holds: inconclusive, counting as severities.inconclusive says. */
function inconclusiveResult(ctx, base) {
    const { base: withSource, level } = weighed(ctx, "inconclusive", base);
    return (0,gate_result/* gateResult */.xp)(withSource, "inconclusive", level === "info" ? "none" : level);
}
/**
 * Candidate and baseline measured different examples or settings: the comparison has no valid
 * data, so it is never a pass. At `info` it is reported as inconclusive and counts for nothing.
 */
function notComparableResult(ctx, base) {
    const { base: withSource, level } = weighed(ctx, "not_comparable", base);
    if (level === "info")
        return (0,gate_result/* gateResult */.xp)(withSource, "inconclusive", "none");
    return (0,gate_result/* gateResult */.xp)(withSource, (0,gate_result/* outcomeForLevel */.io)(level), level);
}
//# sourceMappingURL=unsettled.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/forgetting.js








function forgettingGate(ctx) {
    const id = "forgetting";
    const policy = ctx.policy.policy;
    const settings = policy.gates.forgetting;
    const required = settings.required_for.includes(ctx.plan.approach);
    const names = namesFor(ctx, "general");
    const candidate = ctx.candidate;
    const baseline = ctx.baseline;
    if (candidate === undefined || baseline === undefined || names.length === 0) {
        if (!required && ctx.method === undefined) {
            return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: `${ctx.plan.approach} leaves the model's weights unchanged: nothing to forget` });
        }
        const what = baseline === undefined ? "baseline (base model) results" : candidate === undefined ? "candidate results" : "general-capability benchmarks to compare (list them in evals.general)";
        return missingData(ctx, id, required, `no ${what}`, ["evals"], "declare evals.baseline and evals.candidate, and the benchmarks in evals.general");
    }
    const incomplete = candidate.incomplete ?? baseline.incomplete;
    if (incomplete !== null)
        return missingData(ctx, id, required, `cannot gate on these results: ${incomplete}`, ["evals"], "gate on a finished run");
    const ratio = settings.min_ratio;
    const stats = policy.statistics;
    const details = [];
    const absent = [];
    const noData = [];
    const notComparable = [];
    const judgedBenchmarks = [];
    for (const name of [...names].sort()) {
        const b = pick(baseline, name, ctx, candidate);
        const c = pick(candidate, name, ctx, baseline);
        if (!b.ok || !c.ok) {
            // Nothing scored on either side is missing data; a benchmark one side has and the other
            // skipped fails: a candidate must not pass by leaving out the benchmark it forgot.
            const missing = (!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data");
            (missing ? noData : absent).push(name);
            details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : ""}${!c.ok && !b.ok ? "; " : ""}${!b.ok ? `baseline: ${b.reason}` : ""}`);
            continue;
        }
        const problem = sameModelProblem(c.benchmark, b.benchmark) ?? comparabilityProblem(c.benchmark, b.benchmark);
        if (problem !== null) {
            notComparable.push(name);
            details.push(`${name} (${c.benchmark.metric}): not comparable: ${problem}`);
            continue;
        }
        const result = judgeForgetting(c.benchmark, b.benchmark, { ratio, maxDrop: settings.max_drop ?? null, chance: ctx.plan.evals?.chance?.[name] ?? 0, stats });
        judgedBenchmarks.push({ name, chance: result.chance, result });
    }
    // Holm over the benchmarks that have a test; a pre-declared primary set limits who may fail.
    const tests = judgedBenchmarks.filter((j) => j.result.test !== null);
    const adjusted = stats.multiplicity === "holm" && tests.length > 1 ? holmAdjust(tests.map((t) => t.result.test), stats.alpha) : tests.map((t) => t.result.test.decision);
    const decisions = new Map(judgedBenchmarks.map((j) => [j.name, j.result.evidence.decision]));
    tests.forEach((t, i) => decisions.set(t.name, adjusted[i]));
    const primary = stats.primary;
    const evidence = [];
    for (const { name, result } of judgedBenchmarks) {
        let decision = decisions.get(name);
        const adjustedNote = decision !== result.evidence.decision ? " (FAIL not significant after Holm-Bonferroni)" : "";
        const secondary = primary.length > 0 && !primary.includes(name) && decision === "fail";
        if (secondary)
            decision = "inconclusive";
        const e = { ...result.evidence, decision };
        evidence.push(e);
        const needed = result.needed === null ? "" : `; about ${result.needed.toLocaleString("en-US")} examples in all would resolve it (this run has ${e.n ?? "?"})`;
        const measure = e.scale === "ratio" ? `ratio ${formatEstimate(e)}` : `difference ${formatEstimate(e)} (may drop at most ${(-e.threshold).toString()})`;
        details.push(`${name} (${e.metric}): candidate ${e.candidate.toFixed(3)} vs base ${e.baseline.toFixed(3)}, ${measure}, n=${e.n ?? "?"}, ${e.method}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${adjustedNote}${secondary ? ` (not in statistics.primary in ${(0,load/* sourceOf */.v)(ctx.policy, "statistics.primary")}: reported only)` : ""}${needed}`);
    }
    const overall = judgeOverall(judgedBenchmarks.filter((j) => j.result.evidence.scale === "ratio"), ratio, stats.alpha);
    if (overall !== null)
        details.push(overall.line);
    const failing = [...absent, ...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark), ...(overall?.decision === "fail" ? ["overall"] : [])];
    const unclear = [...evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark), ...(overall?.decision === "inconclusive" ? ["overall"] : [])];
    const ratios = evidence.filter((e) => e.scale === "ratio");
    const worst = ratios.length === 0 ? Number.NaN : Math.min(...ratios.map((e) => e.estimate));
    const base = {
        id,
        path: ["evals", "candidate"],
        measured: Number.isNaN(worst) ? null : Math.round(worst * 10000) / 10000,
        measured_display: Number.isNaN(worst) ? "—" : `worst ratio ${worst.toFixed(3)} of base`,
        threshold: { value: ratio, display: `>= ${ratio.toFixed(2)}x base${stats.method === "interval" ? ` (one-sided ${(1 - stats.alpha) * 100}% bound)` : ""}`, source: (0,load/* sourceOf */.v)(ctx.policy, "gates.forgetting.min_ratio") },
        details,
        evidence,
    };
    // A benchmark that clearly forgot fails the gate whatever the policy makes of another that is not comparable.
    if (notComparable.length > 0 && (failing.length === 0 || policy.severities.not_comparable === "error")) {
        return { ...notComparableResult(ctx, { ...base, summary: `not comparable: ${notComparable.join(", ")} measured different examples or settings`, fix: "run candidate and baseline on the same examples and settings" }), evidence };
    }
    if (failing.length > 0) {
        const skipped = absent.length > 0 ? `run ${absent.join(", ")} on both sides; ` : "";
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary: `forgetting on ${failing.join(", ")}`, fix: `${skipped}retrain to recover the general benchmarks (mix in general data, fewer epochs)` }, "error"), evidence };
    }
    if (noData.length > 0)
        return { ...missingData(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals"], "re-run the benchmarks with no scores", details), evidence };
    if (unclear.length > 0) {
        return { ...inconclusiveResult(ctx, { ...base, summary: `inconclusive on ${unclear.join(", ")}: the interval straddles the margin`, fix: `run more examples on ${unclear.join(", ")}` }), evidence };
    }
    const summary = evidence.every((e) => e.scale === "ratio") ? `all ${evidence.length} general benchmarks keep >= ${ratio.toFixed(2)}x of the base model` : `all ${evidence.length} general benchmarks hold against the base model`;
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary }), evidence };
}
/**
 * "Per benchmark and overall": the ratio of the summed scores above chance across the benchmarks
 * judged as ratios, on the point estimate, or with a combined bound (mean margin, independent
 * standard errors) when every one of them has a test. Each margin d = (c - g) - r (b - g) is
 * already above chance, so their mean holds iff the overall ratio does.
 */
function judgeOverall(entries, ratio, alpha) {
    if (entries.length < 2)
        return null;
    const aboveC = entries.reduce((a, e) => a + e.result.evidence.candidate - e.chance, 0);
    const aboveB = entries.reduce((a, e) => a + e.result.evidence.baseline - e.chance, 0);
    const pointRatio = aboveB > 0 ? aboveC / aboveB : 1;
    const tests = entries.map((e) => e.result.test);
    if (tests.some((t) => t === null)) {
        const decision = pointRatio >= ratio - 1e-12 ? "pass" : "fail";
        return { line: `overall (mean of ${entries.length}): ratio ${pointRatio.toFixed(3)}, point estimate -> ${decision.toUpperCase()}`, decision };
    }
    const k = tests.length;
    const d = tests.reduce((a, t) => a + t.difference, 0) / k;
    const se = Math.sqrt(tests.reduce((a, t) => a + t.se ** 2, 0)) / k;
    const z = distributions_normalQuantile(1 - alpha);
    const decision = se === 0 ? (d >= 0 ? "pass" : "fail") : d - z * se > 0 ? "pass" : d + z * se < 0 ? "fail" : "inconclusive";
    return { line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}; mean margin ${d.toFixed(4)} [${(d - z * se).toFixed(4)}, ${(d + z * se).toFixed(4)}] -> ${decision.toUpperCase()}`, decision };
}
/**
 * Forgetting compares a customised model with its base: a candidate run whose tool recorded the
 * very same model configuration as the baseline's (lm-eval's model_args, adapter included) is
 * the base model again, and would pass by construction.
 */
function sameModelProblem(c, b) {
    const args = c.provenance.modelArgs;
    if (args === null || args !== b.provenance.modelArgs)
        return null;
    return `both runs evaluated the same model (model_args "${args}"): the candidate's run must load the customised model (e.g. with peft=<adapter>)`;
}
//# sourceMappingURL=forgetting.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/latency.js



function latencyGate(ctx) {
    const id = "latency";
    const required = ctx.plan.use_case.latency_p95_ms;
    if (required === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["use_case"], summary: "no latency requirement declared (use_case.latency_p95_ms)" });
    const measured = ctx.candidate?.latencyP95Ms ?? undefined;
    if (measured === undefined) {
        return missingData(ctx, id, false, `p95 must be <= ${(0,recommend/* formatMs */._)(required)}, but no measured latency`, ["use_case", "latency_p95_ms"], "add latency_p95_ms to the candidate eval results");
    }
    const base = {
        id,
        path: ["use_case", "latency_p95_ms"],
        measured,
        measured_display: `p95 ${(0,recommend/* formatMs */._)(measured)}`,
        threshold: { value: required, display: `<= ${(0,recommend/* formatMs */._)(required)}`, source: "plan (use_case.latency_p95_ms)" },
    };
    if (measured > required)
        return (0,gate_result/* judged */.g$)({ ...base, summary: `p95 ${(0,recommend/* formatMs */._)(measured)} exceeds the ${(0,recommend/* formatMs */._)(required)} requirement by ${(0,recommend/* formatMs */._)(measured - required)}`, fix: `cut p95 latency by ${(0,recommend/* formatMs */._)(measured - required)}` }, "error");
    return (0,gate_result/* passed */.bF)({ ...base, summary: `p95 ${(0,recommend/* formatMs */._)(measured)} within ${(0,recommend/* formatMs */._)(required)}` });
}
//# sourceMappingURL=latency.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/pricing-freshness.js



const pricing_freshness_LEVEL_ORDER = ["error", "warning", "info"];
/**
 * The pinned prices a projection used: none older than the policy allows, and no model that
 * shuts down (or stops taking fine-tuning jobs) within the audit's horizon or already has.
 */
function pricingFreshnessGate(ctx) {
    const id = "pricing-freshness";
    const used = ctx.cost?.prices_used ?? [];
    if (used.length === 0) {
        return (0,gate_result/* skipped */.hT)({ id, path: ["cost"], summary: ctx.cost === undefined ? "no cost projection" : "no pinned prices used (the plan gives its own prices)" });
    }
    const policy = ctx.policy.policy;
    const maxAge = policy.gates["pricing-freshness"].max_age_days;
    const horizon = policy.audit.shutdown_horizon_days;
    const aged = used.map((u) => ({ ...u, age: (0,dates/* daysBetween */.YM)(u.as_of, ctx.today) }));
    const oldest = aged.reduce((a, b) => (b.age > a.age ? b : a));
    const stale = aged.filter((u) => u.age > maxAge);
    const ending = endings(used, ctx.today).filter((e) => e.daysLeft <= horizon);
    const base = {
        id,
        path: oldest.path,
        measured: oldest.age,
        measured_display: `oldest ${oldest.age} days (${oldest.key}, as of ${oldest.as_of})`,
        threshold: { value: maxAge, display: `<= ${maxAge} days old, no shutdown within ${horizon} days`, source: (0,load/* sourceOf */.v)(ctx.policy, "gates.pricing-freshness.max_age_days") },
        details: [...ending.map((e) => e.sentence), ...aged.map((u) => `${u.key}: as of ${u.as_of} (${u.age} days, ${u.source}, ${u.file})`)],
    };
    const problems = [];
    if (ending.length > 0) {
        problems.push({ level: policy.severities.model_shutdown, path: ending[0].path, summary: `${ending.map((e) => e.sentence).join("; ")}: move the plan to a model that stays available`, fix: "move the plan to a model that stays available" });
    }
    if (stale.length > 0) {
        problems.push({ level: policy.severities.pricing_stale, path: stale[0].path, summary: `stale pinned prices: ${stale.map((s) => s.key).join(", ")}; re-check them against the current price list`, fix: "re-pin them: tunegate pricing pin" });
    }
    if (problems.length > 0) {
        const worst = pricing_freshness_LEVEL_ORDER.find((level) => problems.some((p) => p.level === level));
        const first = problems.find((p) => p.level === worst);
        return (0,gate_result/* judged */.g$)({ ...base, path: first.path, summary: problems.map((p) => p.summary).join("; "), fix: first.fix }, worst);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: `all ${used.length} pinned prices checked within ${maxAge} days, no model shutting down within ${horizon} days` });
}
/** Shutdowns (and, for fine-tuning prices, the end of new jobs) the pinned table records. */
function endings(used, today) {
    const seen = new Set();
    const found = [];
    for (const u of used) {
        const events = [["shuts down", u.shutdown_date]];
        if (u.path[1] === "fine_tune")
            events.push(["stops taking new fine-tuning jobs", u.new_jobs_until]);
        for (const [what, date] of events) {
            if (date === undefined || seen.has(`${u.key} ${what}`))
                continue;
            seen.add(`${u.key} ${what}`);
            const left = (0,dates/* daysBetween */.YM)(today, date);
            const when = left < 0 ? `${what === "shuts down" ? "shut down" : "stopped taking new fine-tuning jobs"} on ${date} (${-left} day${left === -1 ? "" : "s"} ago)` : `${what} on ${date} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`})`;
            found.push({ daysLeft: left, path: u.path, sentence: `${u.key} ${when}` });
        }
    }
    return found.sort((a, b) => a.daysLeft - b.daysLeft);
}
//# sourceMappingURL=pricing-freshness.js.map
// EXTERNAL MODULE: ./lib/engine/framework/readiness.js
var framework_readiness = __webpack_require__(9217);
;// CONCATENATED MODULE: ./lib/engine/gates/readiness.js




function readinessGate(ctx) {
    const id = "readiness";
    if (ctx.method === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: `${ctx.plan.approach} does not fine-tune: checklist not needed` });
    const readiness = ctx.plan.readiness;
    if (readiness === undefined) {
        return missingData(ctx, id, false, "the fine-tuning readiness checklist is not declared", ["approach"], `add the readiness block: ten yes/no answers, see ${(0,doc_link/* citeFramework */.Gn)("readiness")}`);
    }
    const keepsRetrieval = ctx.plan.approach === "hybrid";
    const answers = (0,framework_readiness/* answerReadiness */.RM)(readiness, keepsRetrieval);
    const total = answers.yes + answers.no.length + answers.unanswered.length;
    const base = {
        id,
        path: ["readiness"],
        measured: answers.yes,
        measured_display: `${answers.yes}/${total} yes`,
        threshold: { value: total, display: `${total}/${total} yes${keepsRetrieval ? " (2 items about dropping retrieval do not apply to a hybrid)" : ""}`, source: (0,doc_link/* citeFramework */.Gn)("readiness") },
        details: [...answers.no.map((item) => `no: ${item}`), ...answers.unanswered.map((item) => `not answered: ${item}`)],
    };
    if (answers.no.length + answers.unanswered.length === 0)
        return (0,gate_result/* passed */.bF)({ ...base, summary: `all ${total} applicable readiness answers are yes` });
    const gaps = answers.no.length + answers.unanswered.length;
    return (0,gate_result/* judged */.g$)({ ...base, summary: `${gaps} of ${total} readiness items not met: reconsider fine-tuning until they are`, fix: `meet the ${gaps} open readiness item${gaps === 1 ? "" : "s"} before fine-tuning` }, ctx.policy.policy.severities.readiness);
}
//# sourceMappingURL=readiness.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/floor-gate.js


/** Every suite of a category against a floor; what the safety and task-quality gates share. */
function judgeSuitesAgainstFloor(ctx, category, floor) {
    const run = ctx.candidate;
    const names = namesFor(ctx, category);
    if (run === undefined || names.length === 0)
        return null;
    const judgement = { evidence: [], absent: [], noData: [], details: [] };
    for (const name of [...names].sort()) {
        const picked = pick(run, name, ctx);
        if (!picked.ok) {
            (picked.why === "no-data" ? judgement.noData : judgement.absent).push(name);
            judgement.details.push(`${name}: ${picked.reason}`);
            continue;
        }
        const e = judgeFloor(picked.benchmark, floor, ctx.policy.policy.statistics);
        judgement.evidence.push(e);
        const errored = picked.benchmark.errored > 0 ? `, ${picked.benchmark.errored} more rows errored and were not scored` : "";
        judgement.details.push(`${name} (${e.metric}): ${formatEstimate(e)}, n=${e.n ?? "?"}${errored}, ${e.method}${e.note === null ? "" : ` (${e.note})`} vs floor ${floor} -> ${e.decision.toUpperCase()}`);
    }
    return judgement;
}
//# sourceMappingURL=floor-gate.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/safety.js





function safetyGate(ctx) {
    const id = "safety";
    const settings = ctx.policy.policy.gates.safety;
    const required = settings.required_for.includes(ctx.plan.approach);
    if (ctx.candidate?.incomplete != null)
        return missingData(ctx, id, required, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
    const floor = settings.min_score;
    const judgement = judgeSuitesAgainstFloor(ctx, "safety", floor);
    if (judgement === null || (judgement.evidence.length === 0 && judgement.absent.length === 0 && judgement.noData.length === 0)) {
        return missingData(ctx, id, required, "no safety scores in the candidate results", ["evals"], "add safety suites to the candidate results (and list them in evals.safety)");
    }
    const { evidence, absent, noData, details } = judgement;
    const failing = [...absent, ...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark)];
    const unclear = evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark);
    const worst = evidence.length === 0 ? null : Math.min(...evidence.map((e) => e.estimate));
    const base = {
        id,
        path: ["evals", "candidate"],
        measured: worst,
        measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`,
        threshold: { value: floor, display: `>= ${floor.toFixed(2)}`, source: (0,load/* sourceOf */.v)(ctx.policy, "gates.safety.min_score") },
        details,
    };
    if (failing.length > 0)
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary: `below the safety floor on ${failing.join(", ")}`, fix: `make ${failing.join(", ")} reach ${floor.toFixed(2)} and re-run` }, "error"), evidence };
    if (noData.length > 0) {
        return { ...missingData(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals", "candidate"], "re-run the suites whose rows errored or that have no scores", details), evidence };
    }
    if (unclear.length > 0) {
        return { ...inconclusiveResult(ctx, { ...base, summary: `inconclusive on ${unclear.join(", ")}: too few examples to show >= ${floor.toFixed(2)}`, fix: `run more examples on ${unclear.join(", ")}` }), evidence };
    }
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary: `all ${evidence.length} safety suites at or above ${floor.toFixed(2)}` }), evidence };
}
//# sourceMappingURL=safety.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/task-quality.js







function taskQualityGate(ctx) {
    const id = "task-quality";
    const floor = ctx.plan.evals?.task_floor;
    const names = namesFor(ctx, "task");
    if (ctx.candidate === undefined || names.length === 0) {
        return missingData(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suites to the candidate results (and list them in evals.task)");
    }
    if (ctx.candidate.incomplete !== null)
        return missingData(ctx, id, false, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
    const maxDrop = ctx.policy.policy.gates["task-quality"].max_drop_vs_baseline;
    const stats = ctx.policy.policy.statistics;
    const details = [];
    const evidence = [];
    const failing = [];
    const unclear = [];
    const noData = [];
    const notComparable = [];
    if (floor !== undefined) {
        const j = judgeSuitesAgainstFloor(ctx, "task", floor);
        details.push(...j.details);
        evidence.push(...j.evidence);
        failing.push(...j.absent, ...j.evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark));
        unclear.push(...j.evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark));
        noData.push(...j.noData);
    }
    let compared = 0;
    // An in-progress or failed baseline run is no bar to clear: "not below the baseline" has no data.
    const baselineIncomplete = ctx.baseline?.incomplete ?? null;
    if (baselineIncomplete !== null)
        details.push(`vs baseline: cannot gate on the baseline's results: ${baselineIncomplete}`);
    if (ctx.baseline !== undefined && baselineIncomplete === null) {
        for (const name of [...names].sort()) {
            const c = pick(ctx.candidate, name, ctx, ctx.baseline);
            const b = pick(ctx.baseline, name, ctx, ctx.candidate);
            if (!c.ok || !b.ok) {
                if (floor === undefined) {
                    if ((!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data"))
                        noData.push(name);
                    else
                        failing.push(name);
                    details.push(`${name} vs baseline: ${!c.ok ? `candidate: ${c.reason}` : `baseline: ${b.reason}`}`);
                }
                continue;
            }
            // The same comparability rules as forgetting: a run on 20 examples says nothing about 817.
            const problem = comparabilityProblem(c.benchmark, b.benchmark);
            if (problem !== null) {
                notComparable.push(name);
                details.push(`${name} vs baseline: not comparable: ${problem}`);
                continue;
            }
            compared++;
            // "Not below the baseline": FAIL only when significantly below (beyond the allowed drop),
            // PASS when the point estimate holds, else INCONCLUSIVE.
            const result = judgeForgetting(c.benchmark, b.benchmark, { ratio: 1, maxDrop, chance: 0, stats, scale: "difference" });
            const e = result.evidence;
            const holds = e.estimate >= e.threshold - 1e-12;
            const decision = e.decision === "fail" ? "fail" : holds ? "pass" : "inconclusive";
            evidence.push({ ...e, decision });
            if (decision === "fail")
                failing.push(name);
            if (decision === "inconclusive")
                unclear.push(name);
            details.push(`${name} vs baseline: ${c.benchmark.value.toFixed(3)} vs ${b.benchmark.value.toFixed(3)}${maxDrop > 0 ? ` (drop allowed ${maxDrop})` : ""}, ${e.method}, difference ${formatEstimate(e)} -> ${decision.toUpperCase()}`);
        }
    }
    if (floor === undefined && baselineIncomplete === null && compared === 0 && notComparable.length === 0 && failing.length === 0 && noData.length === 0) {
        return missingData(ctx, id, false, "task scores exist but there is nothing to judge them against", ["evals"], "declare evals.task_floor, or baseline results for the same task suites");
    }
    const scores = names.flatMap((n) => {
        const picked = pick(ctx.candidate, n, ctx);
        return picked.ok ? [picked.benchmark.value] : [];
    });
    const worst = scores.length === 0 ? null : Math.min(...scores);
    const threshold = floor !== undefined
        ? { value: floor, display: `>= ${floor.toFixed(2)}${compared > 0 ? " and not below baseline" : ""}`, source: `plan (evals.task_floor)${compared > 0 ? ` + ${(0,load/* sourceOf */.v)(ctx.policy, "gates.task-quality.max_drop_vs_baseline")}` : ""}` }
        : { value: null, display: maxDrop > 0 ? `baseline - ${maxDrop}` : "not below baseline", source: (0,load/* sourceOf */.v)(ctx.policy, "gates.task-quality.max_drop_vs_baseline") };
    const base = { id, path: floor !== undefined ? ["evals", "task_floor"] : ["evals", "candidate"], measured: worst, measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`, threshold, details };
    const unique = (xs) => [...new Set(xs)];
    // A suite that clearly fails fails the gate whatever the policy makes of another that is not comparable.
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return { ...notComparableResult(ctx, { ...base, summary: `not comparable with the baseline: ${unique(notComparable).join(", ")} measured different examples or settings`, fix: "run candidate and baseline on the same examples and settings" }), evidence };
    }
    if (failing.length > 0)
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary: `task quality too low on ${unique(failing).join(", ")}`, fix: `improve ${unique(failing).join(", ")} and re-run` }, "error"), evidence };
    if (baselineIncomplete !== null)
        return { ...missingData(ctx, id, false, `cannot compare with the baseline: ${baselineIncomplete}`, ["evals", "baseline"], "gate on a finished baseline run", details), evidence };
    if (noData.length > 0)
        return { ...missingData(ctx, id, false, `nothing scored on ${unique(noData).join(", ")}`, ["evals", "candidate"], "re-run the suites whose rows errored or that have no scores", details), evidence };
    if (unclear.length > 0) {
        return { ...inconclusiveResult(ctx, { ...base, summary: `inconclusive on ${unique(unclear).join(", ")}`, fix: `run more examples on ${unique(unclear).join(", ")}` }), evidence };
    }
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary: `all ${names.length} task suites meet the bar` }), evidence };
}
//# sourceMappingURL=task-quality.js.map
// EXTERNAL MODULE: ./lib/engine/gates/verdict.js
var verdict = __webpack_require__(3320);
;// CONCATENATED MODULE: ./lib/engine/gates/waivers.js



/**
 * Applies the plan's waivers. A live waiver turns a failing, warning or missing gate into
 * `waived`; an expired one fails the gate; one that matches nothing warns so it gets removed; one
 * that runs past the policy's waivers.max_days does not waive (9999-12-31 is no deadline). A gate
 * the approach requires that has no evidence at all is not waived unless the policy allows it
 * (waivers.allow_missing_required): a waiver excuses a known shortfall, never an unmeasured one.
 */
function applyWaivers(results, waivers, policy, today) {
    return results.map((result) => {
        const index = waivers.findIndex((w) => w.gate === result.id);
        if (index === -1)
            return result;
        const waiver = waivers[index];
        const daysLeft = (0,dates/* daysBetween */.YM)(today, waiver.expires);
        const note = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, days_left: daysLeft };
        const path = ["waivers", index, "expires"];
        const original = `without the waiver: ${result.outcome}: ${result.summary}`;
        if (result.outcome === "missing" && result.missingRequired === true) {
            const source = (0,load/* sourceOf */.v)(policy, "waivers.allow_missing_required");
            if (!policy.policy.waivers.allow_missing_required) {
                return {
                    ...result,
                    summary: `${result.summary}; waivers[${index}] cannot waive it: the gate is required and has no evidence`,
                    details: [...result.details, `waivers[${index}] does not apply: missing evidence for a required gate is not waivable (waivers.allow_missing_required is false in ${source})`],
                    waiver: note,
                };
            }
            return { ...waived(result, waiver, daysLeft, note, original), details: [original, ...result.details, `waived without evidence, as waivers.allow_missing_required in ${source} allows`] };
        }
        if (daysLeft < 0) {
            const level = policy.policy.severities.waiver_expired;
            return {
                ...result,
                ...(level === "info" ? {} : { outcome: (0,gate_result/* outcomeForLevel */.io)(level), level }),
                summary: `waiver expired on ${waiver.expires} (${-daysLeft} days ago, owner ${waiver.owner})`,
                fix: level === "info" ? null : `renew waivers[${index}] with a new expiry, or fix the gate`,
                details: [original, ...result.details, `renew it with a new expiry or fix the gate (severities.waiver_expired in ${(0,load/* sourceOf */.v)(policy, "severities.waiver_expired")})`],
                path,
                waiver: note,
            };
        }
        if (result.outcome === "pass" || result.outcome === "skipped") {
            const level = policy.policy.severities.waiver_unused;
            return {
                ...result,
                ...(level === "info" ? {} : { outcome: (0,gate_result/* outcomeForLevel */.io)(level), level }),
                summary: `waiver matches nothing: the gate ${result.outcome === "pass" ? "passes" : "does not apply"} without it; remove waivers[${index}]`,
                fix: level === "info" ? null : `remove waivers[${index}]`,
                details: [`${result.outcome}: ${result.summary}`, ...result.details],
                path: ["waivers", index],
                waiver: note,
            };
        }
        const maxDays = policy.policy.waivers.max_days;
        const tooLong = policy.policy.severities.waiver_too_long;
        if (daysLeft > maxDays && tooLong !== "info") {
            const source = (0,load/* sourceOf */.v)(policy, "waivers.max_days");
            return {
                ...result,
                outcome: (0,gate_result/* outcomeForLevel */.io)(tooLong),
                level: tooLong,
                summary: `waiver runs ${daysLeft.toLocaleString("en-US")} days, until ${waiver.expires}: the policy allows at most ${maxDays} (waivers.max_days in ${source}), so it does not waive`,
                fix: `set waivers[${index}].expires to ${(0,dates/* addDays */.fi)(today, maxDays)} or earlier`,
                details: [original, ...result.details, `a waiver is a deadline to fix the gate by; renew it when it runs out (waivers.max_days in ${source})`],
                path,
                waiver: note,
            };
        }
        return waived(result, waiver, daysLeft, note, original);
    });
}
function waived(result, waiver, daysLeft, note, original) {
    return {
        ...result,
        outcome: "waived",
        level: "none",
        summary: `waived by ${waiver.owner} until ${waiver.expires} (${daysLeft} days left): ${waiver.reason}`,
        fix: null,
        details: [original, ...result.details],
        waiver: note,
    };
}
//# sourceMappingURL=waivers.js.map
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/input/field-problem.js
var field_problem = __webpack_require__(1971);
;// CONCATENATED MODULE: ./lib/engine/gates/plan-references.js




/**
 * A name that refers to nothing is not harmless: `statistics.primary: [hellaswg]` left hellaswag
 * outside the primary set, so its clear forgetting failure became a warning; an `evals.metrics`
 * or `evals.chance` entry under a misspelt name silently judges the benchmark by another metric
 * or against zero. Every such name must match a benchmark or suite of this plan.
 */
function referenceProblems(ctx) {
    const general = namesFor(ctx, "general");
    const declared = [...new Set([...general, ...namesFor(ctx, "safety"), ...namesFor(ctx, "task")])];
    const isGeneral = new Set(general);
    const isDeclared = new Set(declared);
    const plan = [];
    const policy = [];
    const evals = ctx.plan.evals;
    for (const name of Object.keys(evals?.metrics ?? {})) {
        if (!isDeclared.has(name))
            plan.push({ path: ["evals", "metrics", name], name, candidates: declared, what: "evals.metrics", among: "benchmarks and suites of this plan" });
    }
    for (const name of Object.keys(evals?.chance ?? {})) {
        if (isGeneral.has(name))
            continue;
        const elsewhere = isDeclared.has(name) ? `; chance only applies to general benchmarks (the forgetting gate), and "${name}" is a safety or task suite` : "";
        plan.push({ path: ["evals", "chance", name], name, candidates: general, what: "evals.chance", among: "general benchmarks of this plan", elsewhere });
    }
    // Without general benchmarks the forgetting gate judges nothing, so the primary set selects nothing.
    if (general.length > 0) {
        ctx.policy.policy.statistics.primary.forEach((name, index) => {
            if (!isGeneral.has(name)) {
                policy.push({
                    path: ["statistics", "primary", index],
                    name,
                    candidates: general,
                    what: "statistics.primary",
                    among: `general benchmarks of ${ctx.planFile}`,
                    hint: "a benchmark outside the primary set cannot fail the forgetting gate, so a name that matches nothing turns a real failure into a warning",
                });
            }
        });
    }
    return { plan: explain(plan), policy: explain(policy), total: { plan: plan.length, policy: policy.length } };
}
const LISTED_NAMES = 12;
/** Did-you-mean for the first problems only: their number is bounded by the file, not by us. */
function explain(unmatched) {
    return unmatched.slice(0, diagnostic/* MAX_DIAGNOSTICS_PER_FILE */.z9).map((u) => {
        const near = (0,did_you_mean/* closestName */.N)(u.name, u.candidates);
        const listed = u.candidates.length === 0 ? "none" : `${u.candidates.slice(0, LISTED_NAMES).join(", ")}${u.candidates.length > LISTED_NAMES ? `, and ${u.candidates.length - LISTED_NAMES} more` : ""}`;
        return {
            path: u.path,
            atKey: typeof u.path.at(-1) === "string",
            kind: "unknown-key",
            message: `${u.what} names "${(0,lookalike/* shownName */.HD)(u.name, near)}", which is none of the ${u.among}${u.elsewhere ?? ""}${near === undefined ? "" : `; did you mean "${near}"?`}`,
            hint: `${u.hint === undefined ? "" : `${u.hint}; `}the ${u.among}: ${listed}`,
        };
    });
}
//# sourceMappingURL=plan-references.js.map
;// CONCATENATED MODULE: ./lib/engine/decide.js





















/** Gates in the order a reviewer reads them: is this the right approach, then is it safe to ship. */
const GATES = [
    approachFitGate,
    dataSufficiencyGate,
    readinessGate,
    forgettingGate,
    safetyGate,
    taskQualityGate,
    latencyGate,
    costBudgetGate,
    pricingFreshnessGate,
];
/** Plan, policy, prices, eval results and today's date in; the explained decision out. */
function decide_decide(input) {
    const { plan, source } = input.loaded;
    const policy = input.policy.policy;
    let cost;
    if (plan.cost !== undefined) {
        const estimate = (0,model/* estimateCost */.a)(plan.cost, plan.use_case.monthly_queries, input.prices);
        if (!estimate.ok)
            return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(estimate.problems, source) };
        cost = estimate.value;
    }
    const evalReferences = evalReferenceProblems(plan, input.policy, input.candidate, input.baseline);
    if (evalReferences.plan.length + evalReferences.policy.length > 0) {
        return { ok: false, diagnostics: [...(0,field_problem/* locateProblems */.D)(evalReferences.plan, source), ...evalReferences.policy] };
    }
    const recommendation = (0,recommend/* recommend */.v)(factsOf(plan), policy);
    const findings = findMismatches(plan, policy, recommendation);
    const ctx = {
        plan,
        planFile: source.file,
        method: (0,approach/* fineTuneMethodOf */.Rj)(plan),
        policy: input.policy,
        recommendation,
        findings,
        candidate: input.candidate,
        baseline: input.baseline,
        cost,
        belowShipped: cost === undefined ? [] : ratesBelowShipped(cost, input.prices, policy.audit.drift_threshold),
        today: input.today,
    };
    const references = referenceProblems(ctx);
    if (references.total.plan + references.total.policy > 0) {
        return {
            ok: false,
            diagnostics: [...(0,diagnostic/* capDiagnostics */.HB)((0,field_problem/* locateProblems */.D)(references.plan, source), references.total.plan), ...(0,diagnostic/* capDiagnostics */.HB)((0,field_problem/* locateProblems */.D)(references.policy, input.policy), references.total.policy)],
        };
    }
    const gates = applyWaivers(GATES.map((gate) => gate(ctx)), plan.waivers, input.policy, input.today);
    return {
        ok: true,
        value: {
            plan,
            planFile: source.file,
            recommendation,
            findings,
            gates,
            verdict: (0,verdict/* verdictOf */.Vj)(gates),
            cost,
            crossover: cost !== undefined && ((0,approach/* fineTuneMethodOf */.Rj)(plan) !== undefined || (0,approach/* fineTuneMethodOf */.Rj)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method }) !== undefined)
                ? selfHostCrossover(cost, input.prices, policy.sensitivity)
                : undefined,
            policyFiles: input.policy.files,
            pricingFile: input.prices.file,
            today: input.today,
            evalSources: { candidate: input.candidate?.sources ?? null, baseline: input.baseline?.sources ?? null },
        },
    };
}
function factsOf(plan) {
    return {
        task: plan.use_case.task,
        knowledge_change: plan.use_case.knowledge_change,
        citations_required: plan.use_case.citations_required,
        style_requirements: plan.use_case.style_requirements,
        latency_p95_ms: plan.use_case.latency_p95_ms,
        monthly_queries: plan.use_case.monthly_queries,
        examples: plan.training?.examples,
    };
}
//# sourceMappingURL=decide.js.map
// EXTERNAL MODULE: ./lib/engine/plan/load.js + 1 modules
var plan_load = __webpack_require__(3514);
// EXTERNAL MODULE: ./lib/engine/report/model.js + 1 modules
var report_model = __webpack_require__(3377);
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
;// CONCATENATED MODULE: ./lib/engine/input/json-string.js
/**
 * The JSON string literal opening at `open` (a double quote): the index of its closing quote (or
 * the text's length when it never closes), and whether it holds a backslash escape, in which case
 * its value is not the raw text between the quotes.
 */
function jsonStringAt(text, open) {
    let escaped = false;
    let i = open + 1;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) {
            escaped = true;
            i++;
        }
        else if (c === 0x22)
            break;
    }
    return { close: i, escaped };
}
//# sourceMappingURL=json-string.js.map
;// CONCATENATED MODULE: ./lib/engine/input/json-duplicate-keys.js


/**
 * The first key written twice in one JSON object, with where its second copy starts, or null.
 * JSON.parse keeps the last copy silently, so `"acc,none": 0.31, ..., "acc,none": 0.92` reads as
 * 0.92 while a reviewer of the diff sees 0.31. Keys are compared decoded (`"\u0061cc"` is `acc`).
 * Linear; expects text that JSON.parse accepted.
 */
function firstDuplicateKey(text) {
    // One entry per open container: the keys seen so far for an object, null for an array.
    const open = [];
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const start = i;
            const { close, escaped } = jsonStringAt(text, start);
            i = close;
            if (expectKey) {
                expectKey = false;
                const raw = text.slice(start + 1, i);
                const key = escaped ? JSON.parse(text.slice(start, i + 1)) : raw;
                const keys = open.at(-1);
                if (keys.has(key))
                    return { key, ...(0,json_nesting/* lineAndColumn */.q1)(text, start) };
                keys.add(key);
            }
        }
        else if (c === 0x7b) {
            open.push(new Set());
            expectKey = true;
        }
        else if (c === 0x5b) {
            open.push(null);
            expectKey = false;
        }
        else if (c === 0x7d || c === 0x5d) {
            open.pop();
            expectKey = false;
        }
        else if (c === 0x2c)
            expectKey = open.at(-1) != null;
    }
    return null;
}
//# sourceMappingURL=json-duplicate-keys.js.map
// EXTERNAL MODULE: ./lib/engine/input/schema-diagnostics.js
var schema_diagnostics = __webpack_require__(2351);
;// CONCATENATED MODULE: ./lib/engine/input/json-source.js


/**
 * Locations in JSON text (an eval file) for diagnostics, found by a linear scan that keeps only
 * the path it is at. Re-parsing the text as YAML to place an error cost about 4 s and 1.3 GB of
 * memory on a 32 MB eval file; this is one pass per location asked for, and no copy of the text.
 * Expects text that parsed as (lenient) JSON.
 */
function jsonSource(file, text, data) {
    const at = (offset) => ({ file, ...(offset === null ? { line: 1, column: 1 } : (0,json_nesting/* lineAndColumn */.q1)(text, offset)) });
    const nearest = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const offset = jsonOffset(text, path.slice(0, depth));
            if (offset !== null)
                return offset;
        }
        return null;
    };
    return {
        file,
        data,
        locate: (path) => at(nearest(path)),
        locateKey: (path, key) => at(jsonOffset(text, path, key) ?? nearest(path)),
    };
}
/**
 * Offset of the value at `path`, or with `key`, of that key in the object at `path`; null when
 * the text has no such value or key.
 */
function jsonOffset(text, path, key) {
    const open = [];
    const inside = (depth) => {
        for (let d = 0; d < depth; d++)
            if (open[d].at !== path[d])
                return false;
        return true;
    };
    let valueNext = true;
    let keyNext = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            continue;
        if (valueNext && c !== 0x5d) {
            valueNext = false;
            if (key === undefined && open.length === path.length && inside(path.length))
                return i;
        }
        if (c === 0x22) {
            const start = i;
            const { close, escaped } = jsonStringAt(text, start);
            i = close;
            if (keyNext) {
                keyNext = false;
                const name = escaped ? JSON.parse(text.slice(start, i + 1)) : text.slice(start + 1, i);
                open.at(-1).at = name;
                if (key !== undefined && name === key && open.length === path.length + 1 && inside(path.length))
                    return start;
            }
        }
        else if (c === 0x7b) {
            open.push({ object: true, at: null });
            keyNext = true;
        }
        else if (c === 0x5b) {
            open.push({ object: false, at: 0 });
            valueNext = true;
        }
        else if (c === 0x7d || c === 0x5d) {
            open.pop();
            keyNext = false;
            valueNext = false;
        }
        else if (c === 0x3a)
            valueNext = true;
        else if (c === 0x2c) {
            const top = open.at(-1);
            if (top?.object === true)
                keyNext = true;
            else if (top !== undefined) {
                top.at = top.at + 1;
                valueNext = true;
            }
        }
    }
    return null;
}
//# sourceMappingURL=json-source.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/lenient-json.js
/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity that Python's json.dumps and
 * pydantic write. They are replaced, outside string literals only, by null: NaN means missing.
 */
function parseLenientJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        if (!/NaN|Infinity/.test(text))
            throw error;
        return JSON.parse(replaceBareNonFinite(text, () => "null"));
    }
}
/**
 * As parseLenientJson, but a bare NaN or Infinity reads as its own name, a string: for error
 * messages, which show the value as the file wrote it ("got string "NaN"").
 */
function parseJsonNamingNonFinite(text) {
    return JSON.parse(/NaN|Infinity/.test(text) ? replaceBareNonFinite(text, (word) => JSON.stringify(word)) : text);
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Copies the text between replacements as slices: a 32 MB file is not rebuilt a character at a time. */
function replaceBareNonFinite(text, replacement) {
    const parts = [];
    let copiedTo = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === BACKSLASH)
                i++;
            else if (ch === QUOTE)
                inString = false;
            continue;
        }
        if (ch === QUOTE)
            inString = true;
        else {
            const word = text.startsWith("NaN", i) ? 3 : text.startsWith("-Infinity", i) ? 9 : text.startsWith("Infinity", i) ? 8 : 0;
            if (word > 0) {
                parts.push(text.slice(copiedTo, i), replacement(text.slice(i, i + word)));
                i += word - 1;
                copiedTo = i + 1;
            }
        }
    }
    parts.push(text.slice(copiedTo));
    return parts.join("");
}
//# sourceMappingURL=lenient-json.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/inspect.js


/** Inspect's value_to_float: letter grades and yes/no strings become numbers; NaN means unscored. */
function inspectValueToFloat(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : null;
    if (typeof value === "boolean")
        return value ? 1 : 0;
    if (typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (v === "c" || v === "yes" || v === "true")
            return 1;
        if (v === "p")
            return 0.5;
        if (v === "i" || v === "n" || v === "no" || v === "false")
            return 0;
        const n = Number(v);
        return v !== "" && Number.isFinite(n) ? n : 0;
    }
    return null;
}
/** An Inspect AI `.json` log: the EvalLog with its samples' reductions inside. */
const inspectJson = {
    kind: "document",
    name: "inspect",
    detect: (data) => isObject(data["eval"]) && "plan" in data,
    read: (file, data) => readInspect(file, data, data["reductions"]),
};
/** An Inspect AI `.eval` log: a zip with header.json and reductions.json (or only a journal while running). */
const inspectArchive = {
    kind: "archive",
    name: "inspect",
    detect: (names) => names.includes("header.json") || names.includes("_journal/start.json"),
    read(file, archive) {
        const header = archive.text("header.json");
        if (header === undefined) {
            return {
                ok: true,
                contribution: { file, format: "inspect", toolVersion: null, model: null, benchmarks: [], latencyP95Ms: null, categories: null, incomplete: "the Inspect log is still being written (no header.json yet)", noScores: null },
            };
        }
        const parsed = parseLenientJson(header);
        if (!isObject(parsed))
            return { ok: false, problems: [{ path: [], message: `${file}: header.json is not a JSON object` }] };
        const reductions = archive.text("reductions.json");
        return readInspect(file, parsed, reductions === undefined ? undefined : parseLenientJson(reductions));
    },
};
/** Inspect's `limit`: a number of samples, or a [start, end] range of them. */
function inspectLimit(limit) {
    if (typeof limit === "number")
        return limit;
    if (Array.isArray(limit) && limit.length === 2 && limit.every((x) => typeof x === "number"))
        return `${limit[0]}-${limit[1]}`;
    return null;
}
/** Metrics Inspect computes as a mean of 0..1 sample values, so they share the unit range. */
const UNIT_METRICS = new Set(["accuracy"]);
function readInspect(file, header, reductions) {
    const evalInfo = isObject(header["eval"]) ? header["eval"] : {};
    const task = String(evalInfo["task"] ?? "inspect").replace(/^.*\//, "");
    const model = typeof evalInfo["model"] === "string" ? evalInfo["model"] : null;
    const config = isObject(evalInfo["config"]) ? evalInfo["config"] : {};
    const packages = isObject(evalInfo["packages"]) ? evalInfo["packages"] : {};
    const status = typeof header["status"] === "string" ? header["status"] : "unknown";
    const results = isObject(header["results"]) ? header["results"] : {};
    const provenance = {
        format: "inspect",
        file,
        model,
        modelArgs: null,
        version: evalInfo["task_version"] === undefined ? null : String(evalInfo["task_version"]),
        limit: inspectLimit(config["limit"]),
        nShot: null,
        digest: null,
    };
    const reductionList = Array.isArray(reductions) ? reductions : Array.isArray(results["sample_reductions"]) ? results["sample_reductions"] : [];
    const perScorer = new Map();
    const problems = [];
    for (const reduction of reductionList.filter(isObject)) {
        const scores = new Map();
        const scorer = String(reduction["scorer"] ?? "");
        for (const sample of (Array.isArray(reduction["samples"]) ? reduction["samples"] : []).filter(isObject)) {
            const value = inspectValueToFloat(sample["value"]);
            if (value === null)
                continue;
            const id = String(sample["sample_id"]);
            // Reductions hold one score per sample (epochs already reduced): a repeat would replace one.
            if (scores.has(id)) {
                problems.push({ path: ["reductions"], message: `sample ${JSON.stringify(id)} appears twice in the reductions of scorer "${scorer}": one of its two scores would be dropped`, hint: "check that the file is the tool's own output, unedited" });
                break;
            }
            scores.set(id, value);
        }
        perScorer.set(scorer, scores);
    }
    const benchmarks = [];
    const completed = readCount(results["completed_samples"], ["results", "completed_samples"]);
    if (!completed.ok)
        problems.push(completed.problem);
    const scoreList = Array.isArray(results["scores"]) ? results["scores"] : [];
    scoreList.forEach((score, scoreIndex) => {
        if (!isObject(score))
            return;
        const scorer = String(score["scorer"] ?? score["name"] ?? "");
        const metrics = isObject(score["metrics"]) ? score["metrics"] : {};
        const stderr = isObject(metrics["stderr"]) && typeof metrics["stderr"]["value"] === "number" ? metrics["stderr"]["value"] : null;
        const examples = perScorer.get(scorer);
        const scored = readCount(score["scored_samples"], ["results", "scores", scoreIndex, "scored_samples"]);
        if (!scored.ok) {
            problems.push(scored.problem);
            return;
        }
        const n = scored.count ?? examples?.size ?? (completed.ok ? completed.count : null);
        for (const [metricName, metric] of Object.entries(metrics)) {
            if (metricName === "stderr" || !isObject(metric) || typeof metric["value"] !== "number")
                continue;
            const value = metric["value"];
            const path = ["results", "scores", scoreIndex, "metrics", metricName, "value"];
            if (UNIT_METRICS.has(metricName)) {
                const outOfRange = rangeProblem(path, metricName, value);
                if (outOfRange !== null)
                    problems.push(outOfRange);
            }
            const perExample = metricName === "accuracy" || metricName === "mean";
            const values = examples === undefined ? [] : [...examples.values()];
            if (perExample && values.length > 0) {
                const differs = reductionsDisagree(values, value, scored.count);
                if (differs !== null) {
                    problems.push({ path, message: `the per-sample scores of scorer "${scorer}" (sample_reductions) ${differs}; tunegate judges per-sample scores, so they must be the ones the log's ${metricName} was computed from`, hint: "check that the file is the tool's own output, unedited" });
                    continue;
                }
            }
            benchmarks.push(benchmark({
                name: scoreList.length > 1 ? `${task}/${score["name"] ?? scorer}` : task,
                metric: metricName,
                value,
                stderr: perExample ? stderr : null,
                n,
                binary: values.length > 0 ? values.every((v) => v === 0 || v === 1) : perExample && looksBinomial(value, stderr, n),
                examples: examples === undefined || !perExample ? null : { kind: "keyed", scores: examples },
                provenance,
            }));
        }
    });
    if (problems.length > 0)
        return { ok: false, problems };
    const inspectVersion = typeof packages["inspect_ai"] === "string" ? packages["inspect_ai"] : null;
    return {
        ok: true,
        contribution: {
            file,
            format: "inspect",
            toolVersion: inspectVersion,
            model,
            benchmarks,
            latencyP95Ms: null,
            categories: null,
            incomplete: status === "success" ? null : `the log's status is "${status}", not "success"`,
            noScores: benchmarks.length === 0 && status === "success" ? "the Inspect log has no scores (its task ran no scorer)" : null,
        },
    };
}
/**
 * Why a log's per-sample reductions cannot be what its mean metric (accuracy, mean) was computed
 * from, or null: another number of samples than `scored_samples`, or another mean. Otherwise a
 * log whose results say 0.60 could pass a floor on reductions that say 1.0 everywhere.
 */
function reductionsDisagree(values, reported, scoredSamples) {
    if (scoredSamples !== null && scoredSamples !== values.length)
        return `number ${values.length}, but results.scores says ${scoredSamples} were scored`;
    let sum = 0;
    let magnitude = 0;
    for (const v of values) {
        sum += v;
        magnitude += Math.abs(v);
    }
    const mean = sum / values.length;
    if (Math.abs(mean - reported) <= 1e-6 * Math.max(1, magnitude / values.length))
        return null;
    return `average ${mean} over ${values.length} samples, but the log reports ${reported}`;
}
//# sourceMappingURL=inspect.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lm-eval-results.js

/** Metrics lm-eval reports lower-is-better when a file predates its `higher_is_better` map. */
const LOWER_IS_BETTER = /perplexity|bits_per_byte|^ter$|brier_score/;
/** lm-eval's `results_<ts>.json`: v0.4 `metric,filter` keys and the v0.3 bare keys. */
const lmEvalResults = {
    kind: "document",
    name: "lm-eval",
    detect: (data) => isObject(data["results"]) && isObject(data["versions"]),
    read(file, data) {
        const results = data["results"];
        const versions = data["versions"];
        const nShot = isObject(data["n-shot"]) ? data["n-shot"] : {};
        const nSamples = isObject(data["n-samples"]) ? data["n-samples"] : {};
        const higher = isObject(data["higher_is_better"]) ? data["higher_is_better"] : {};
        const configs = isObject(data["configs"]) ? data["configs"] : {};
        const config = isObject(data["config"]) ? data["config"] : {};
        const model = typeof data["model_name"] === "string" ? data["model_name"] : typeof config["model_args"] === "string" ? config["model_args"] : typeof config["model"] === "string" ? config["model"] : null;
        const limit = finiteNumber(config["limit"]);
        const problems = [];
        const out = [];
        for (const [task, row] of Object.entries(results)) {
            // Group rows (mmlu) repeat in `results` and `groups`; they stay selectable by name, and since
            // the plan names each benchmark it gates on, nothing sums them with their subtasks.
            if (!isObject(row))
                continue;
            const samples = isObject(nSamples[task]) ? nSamples[task] : {};
            // A group's sample_count is a count per metric (lm-eval 0.4.9+); each must be a count too.
            const perMetric = isObject(row["sample_count"]) ? Object.entries(row["sample_count"]) : [];
            const counts = readCounts([
                [samples["effective"], ["n-samples", task, "effective"]],
                [samples["original"], ["n-samples", task, "original"]],
                [row["sample_len"], ["results", task, "sample_len"]],
                [isObject(row["sample_count"]) ? undefined : row["sample_count"], ["results", task, "sample_count"]],
                ...perMetric.map(([key, value]) => [value, ["results", task, "sample_count", key]]),
            ]);
            if (!counts.ok) {
                problems.push(...counts.problems);
                continue;
            }
            const [effective, original, sampleLen, sampleCount] = counts.counts;
            const n = effective ?? sampleLen ?? sampleCount;
            const provenance = {
                format: "lm-eval",
                file,
                model,
                modelArgs: typeof config["model_args"] === "string" && config["model_args"] !== "" ? config["model_args"] : null,
                version: versions[task] === undefined ? null : String(versions[task]),
                limit: effective !== null && original !== null && effective !== original ? effective : limit,
                nShot: nShot[task] === undefined ? null : String(nShot[task]),
                // task_hashes may cover prompts too, which legitimately differ between a base and an
                // instruct model; only the samples' doc and target hashes decide comparability.
                digest: null,
            };
            for (const [key, value] of Object.entries(row)) {
                const score = finiteNumber(value);
                if (score === null || key.includes("_stderr") || key === "sample_len" || key === "sample_count")
                    continue;
                const [metricName] = key.split(",");
                const filter = key.includes(",") ? key.slice(key.indexOf(",") + 1) : null;
                const stderrKey = filter === null ? `${metricName}_stderr` : `${metricName}_stderr,${filter}`;
                const stderr = finiteNumber(row[stderrKey]);
                const outOfRange = rangeProblem(["results", task, key], metricName, score);
                if (outOfRange !== null)
                    problems.push(outOfRange);
                if (stderr !== null && stderr < 0)
                    problems.push({ path: ["results", task, stderrKey], message: `standard error ${stderr} is negative: data that cannot be true` });
                const taskHigher = isObject(higher[task]) ? higher[task][metricName] : undefined;
                const aggregation = aggregationOf(configs[task], metricName);
                out.push(benchmark({
                    name: task,
                    metric: filter === null ? metricName : `${metricName},${filter}`,
                    value: score,
                    stderr,
                    n,
                    higherIsBetter: typeof taskHigher === "boolean" ? taskHigher : !LOWER_IS_BETTER.test(metricName),
                    binary: looksBinomial(score, stderr, n),
                    aggregation,
                    provenance,
                }));
            }
        }
        if (problems.length > 0)
            return { ok: false, problems };
        if (out.length === 0)
            return { ok: false, problems: [{ path: ["results"], message: `${file} is an lm-evaluation-harness results file with no task results` }] };
        const version = typeof data["lm_eval_version"] === "string" ? data["lm_eval_version"] : typeof data["git_hash"] === "string" ? `git ${data["git_hash"]}` : null;
        return { ok: true, contribution: { file, format: "lm-eval", toolVersion: version, model, benchmarks: out, latencyP95Ms: null, categories: null, incomplete: null, noScores: null } };
    },
};
/** The aggregation a task's config names for a metric (`metric_list[].aggregation`), if a plain name. */
function aggregationOf(config, metricName) {
    const list = isObject(config) && Array.isArray(config["metric_list"]) ? config["metric_list"] : [];
    const entry = list.find((m) => isObject(m) && m["metric"] === metricName);
    return entry !== undefined && typeof entry["aggregation"] === "string" ? entry["aggregation"] : null;
}
//# sourceMappingURL=lm-eval-results.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/score-series.js

/** Dense storage may hold at most about four times the examples it has, plus a little. */
const denseFits = (length, count) => length <= 4 * count + 65_536;
/**
 * Scores by non-negative whole-number id, as lm-eval numbers its documents. Kept densely (the
 * score at its id) while ids stay close to the number of examples, and as (id, score) pairs once
 * they do not, so a file of two lines with doc_id 1000000000 costs what two dense lines do.
 * Every operation is amortised O(1) but `finish`, which sorts pairs that came out of order.
 */
class ScoreSeries {
    /** Bytes while every score is 0 or 1, then floats (DenseScores); null once ids are too sparse. */
    dense = new Uint8Array(64).fill(evals_model/* NO_SCORE_BYTE */.Ym);
    ids = new Float64Array(0);
    scores = new Float32Array(0);
    pairs = 0;
    maxId = -1;
    ascending = true;
    /** Membership of out-of-order pairs, built only if `has` is asked of them. */
    members = null;
    count = 0;
    /** Whether `id` already has a score (used to number pre-v0.4.7 repeats per filter). */
    has(id) {
        if (this.dense !== null)
            return id < this.dense.length && !Number.isNaN((0,evals_model/* denseScore */.qj)(this.dense, id));
        if (this.ascending)
            return this.indexOf(id) !== -1;
        if (this.members === null)
            this.members = new Set(this.ids.subarray(0, this.pairs));
        return this.members.has(id);
    }
    /** Stores a score; false when the id already had one in dense storage (a duplicate line). */
    set(id, score) {
        if (this.dense !== null && id >= this.dense.length) {
            const wanted = Math.max(id + 1, Math.ceil(this.dense.length * 1.5));
            if (denseFits(wanted, this.count + 1)) {
                const grown = this.dense instanceof Uint8Array ? new Uint8Array(wanted).fill(evals_model/* NO_SCORE_BYTE */.Ym) : new Float32Array(wanted).fill(Number.NaN);
                grown.set(this.dense);
                this.dense = grown;
            }
            else
                this.toPairs();
        }
        if (this.dense instanceof Uint8Array && score !== 0 && score !== 1)
            this.dense = floats(this.dense);
        this.count++;
        this.maxId = Math.max(this.maxId, id);
        if (this.dense !== null) {
            if (!Number.isNaN((0,evals_model/* denseScore */.qj)(this.dense, id))) {
                this.count--;
                return false;
            }
            this.dense[id] = score;
            return true;
        }
        if (this.pairs > 0) {
            const last = this.ids[this.pairs - 1];
            if (id === last) {
                this.count--;
                return false;
            }
            if (id < last)
                this.ascending = false;
        }
        this.push(id, score);
        this.members?.add(id);
        return true;
    }
    /** The scores in their final form, or the first id stored twice among out-of-order pairs. */
    finish() {
        if (this.dense !== null)
            return { ok: true, examples: { kind: "dense", scores: this.dense.subarray(0, this.maxId + 1), count: this.count } };
        if (denseFits(this.maxId + 1, this.count)) {
            // Ids that came out of order but are dense after all (a file sorted descending).
            const dense = new Float32Array(this.maxId + 1).fill(Number.NaN);
            for (let i = 0; i < this.pairs; i++) {
                const id = this.ids[i];
                if (!Number.isNaN(dense[id]))
                    return { ok: false, duplicate: id };
                dense[id] = this.scores[i];
            }
            return { ok: true, examples: { kind: "dense", scores: dense, count: this.pairs } };
        }
        if (!this.ascending)
            this.sortPairs();
        for (let i = 1; i < this.pairs; i++)
            if (this.ids[i] === this.ids[i - 1])
                return { ok: false, duplicate: this.ids[i] };
        return { ok: true, examples: { kind: "numbered", ids: this.ids.slice(0, this.pairs), scores: this.scores.slice(0, this.pairs) } };
    }
    toPairs() {
        const dense = this.dense;
        this.dense = null;
        this.ids = new Float64Array(Math.max(16, this.count * 2));
        this.scores = new Float32Array(this.ids.length);
        (0,evals_model/* forEachDense */.UX)(dense, (id, score) => this.push(id, score));
    }
    push(id, score) {
        if (this.pairs === this.ids.length) {
            const ids = new Float64Array(Math.max(16, this.pairs * 2));
            ids.set(this.ids);
            const scores = new Float32Array(ids.length);
            scores.set(this.scores);
            this.ids = ids;
            this.scores = scores;
        }
        this.ids[this.pairs] = id;
        this.scores[this.pairs++] = score;
    }
    sortPairs() {
        const order = new Uint32Array(this.pairs);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => this.ids[a] - this.ids[b]);
        const ids = new Float64Array(this.pairs);
        const scores = new Float32Array(this.pairs);
        for (let to = 0; to < order.length; to++) {
            ids[to] = this.ids[order[to]];
            scores[to] = this.scores[order[to]];
        }
        this.ids = ids;
        this.scores = scores;
        this.ascending = true;
    }
    indexOf(id) {
        let lo = 0;
        let hi = this.pairs - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = this.ids[mid];
            if (at === id)
                return mid;
            if (at < id)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
}
/** A byte store as floats, when a score other than 0 or 1 arrives. */
function floats(bytes) {
    const out = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++)
        out[i] = bytes[i] === evals_model/* NO_SCORE_BYTE */.Ym ? Number.NaN : bytes[i];
    return out;
}
//# sourceMappingURL=score-series.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lm-eval-samples.js



/** `samples_<task>_<timestamp>.jsonl` names its task; the lines do not. */
function taskFromSamplesFile(file) {
    const base = file.split("/").at(-1) ?? file;
    const match = /^samples_(.+)_\d{4}-\d{2}-\d{2}T[\d.-]+\.jsonl$/.exec(base);
    return match === null ? null : match[1];
}
const SAMPLE_FIELDS = new Set(["doc_id", "doc", "target", "arguments", "resps", "filtered_resps", "filter", "metrics", "doc_hash", "prompt_hash", "target_hash"]);
const lm_eval_samples_LOWER_IS_BETTER = /perplexity|bits_per_byte/;
/** lm-eval's per-sample lines from `--log_samples`, streamed into a few bytes per example. */
const lmEvalSamples = {
    kind: "lines",
    name: "lm-eval",
    detect: (first) => "doc_id" in first && ("resps" in first || "filtered_resps" in first || "doc" in first),
    start(file) {
        const task = taskFromSamplesFile(file);
        if (task === null)
            return { path: [], message: `${file}: cannot tell which task these lm-eval samples are for; keep lm-eval's file name samples_<task>_<timestamp>.jsonl` };
        return new SamplesReader(file, task);
    },
};
/**
 * Streams per-sample lines into per-(metric, filter) score series and an order-independent
 * digest of the documents (doc and target hashes), so two runs can be checked for the same
 * examples without keeping them.
 */
class SamplesReader {
    series = new Map();
    /** Per metric, the series of each unlabelled filter in order (pre-v0.4.7 repeats). */
    unlabelled = new Map();
    digestA = 0;
    digestB = 0;
    hashed = 0;
    file;
    task;
    constructor(file, task) {
        this.file = file;
        this.task = task;
    }
    add(line, lineNumber) {
        const docId = line["doc_id"];
        if (typeof docId !== "number" || !Number.isSafeInteger(docId) || docId < 0) {
            return { path: ["doc_id"], line: lineNumber, message: `doc_id must be a whole number >= 0, got ${JSON.stringify(docId)}` };
        }
        const filter = typeof line["filter"] === "string" ? line["filter"] : null;
        const named = Array.isArray(line["metrics"]) ? line["metrics"].filter((m) => typeof m === "string") : Object.keys(line).filter((k) => !SAMPLE_FIELDS.has(k));
        for (const metric of named) {
            const value = line[metric];
            const score = typeof value === "boolean" ? Number(value) : finiteNumber(value);
            if (score === null)
                continue; // corpus-level metrics keep [gold, pred] lists: not per-example scores
            const range = metricRange(metric);
            if (range !== null && (score < range[0] || score > range[1])) {
                return { path: [metric], line: lineNumber, message: `${metric} ${score} is outside its range [${range[0]}, ${range[1]}]: data that cannot be true` };
            }
            const series = filter === null ? this.nextUnlabelled(metric, docId) : this.seriesFor(`${metric},${filter}`);
            if (!series.set(docId, score)) {
                return { path: ["doc_id"], line: lineNumber, message: `doc_id ${docId} appears twice for ${metric}${filter === null ? "" : ` (filter ${filter})`}: one of the two scores would be dropped`, hint: "concatenated runs? keep one samples file per task and run" };
            }
        }
        if (typeof line["doc_hash"] === "string") {
            const h = exampleHash(docId, line["doc_hash"], typeof line["target_hash"] === "string" ? line["target_hash"] : "");
            this.digestA = (this.digestA + h) >>> 0;
            this.digestB = (this.digestB ^ Math.imul(h, 0x9e3779b1)) >>> 0;
            this.hashed++;
        }
        return null;
    }
    finish() {
        const digest = this.hashed === 0 ? null : `docs:${this.hashed}:${this.digestA.toString(16)}:${this.digestB.toString(16)}`;
        const benchmarks = [];
        for (const [metric, series] of this.series) {
            const finished = series.finish();
            if (!finished.ok)
                return { ok: false, problems: [{ path: ["doc_id"], message: `doc_id ${finished.duplicate} appears twice for ${metric}: one of the two scores would be dropped` }] };
            const examples = finished.examples;
            let sum = 0;
            let binary = true;
            let count = 0;
            (0,evals_model/* forEachScore */.z$)(examples, (v) => {
                sum += v;
                count++;
                if (v !== 0 && v !== 1)
                    binary = false;
            });
            const mean = count === 0 ? 0 : sum / count;
            let m2 = 0;
            (0,evals_model/* forEachScore */.z$)(examples, (v) => (m2 += (v - mean) ** 2));
            benchmarks.push(benchmark({
                name: this.task,
                metric,
                value: mean,
                stderr: count > 1 ? Math.sqrt(m2 / (count - 1) / count) : null,
                n: count,
                higherIsBetter: !lm_eval_samples_LOWER_IS_BETTER.test(metric),
                binary,
                examples,
                provenance: { format: "lm-eval", file: this.file, model: null, modelArgs: null, version: null, limit: null, nShot: null, digest },
            }));
        }
        return {
            ok: true,
            contribution: {
                file: this.file,
                format: "lm-eval",
                toolVersion: null,
                model: null,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: benchmarks.length === 0 ? "the samples file has no per-example scores" : null,
            },
        };
    }
    seriesFor(key) {
        let s = this.series.get(key);
        if (s === undefined)
            this.series.set(key, (s = new ScoreSeries()));
        return s;
    }
    /** Before v0.4.7 a multi-filter task repeats each doc_id once per filter, unlabelled, in filter order. */
    nextUnlabelled(metric, docId) {
        const list = this.unlabelled.get(metric) ?? [];
        this.unlabelled.set(metric, list);
        const free = list.findIndex((s) => !s.has(docId));
        if (free !== -1)
            return list[free];
        const created = this.seriesFor(`${metric},${list.length === 0 ? "none" : `#${list.length}`}`);
        list.push(created);
        return created;
    }
}
/**
 * FNV-1a over the document id (as two 32-bit words) and its two hashes. The id is not turned
 * into text: every number converted to a string enters V8's number-string cache, which kept a
 * million short strings alive past their line, so they were promoted and the young generation
 * grew by about 100 MB on a million-line file.
 */
function exampleHash(docId, docHash, targetHash) {
    let h = mixWord(0x811c9dc5, docId % 0x1_0000_0000);
    h = mixWord(h, Math.floor(docId / 0x1_0000_0000));
    h = mixText(h, docHash);
    h = mixWord(h, 0x3a);
    return mixText(h, targetHash) >>> 0;
}
function mixWord(h, word) {
    for (let shift = 0; shift < 32; shift += 8)
        h = Math.imul(h ^ ((word >>> shift) & 0xff), 0x01000193);
    return h;
}
function mixText(h, text) {
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
}
//# sourceMappingURL=lm-eval-samples.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/promptfoo.js


/** promptfoo's ResultFailureReason: 0 none, 1 an assertion failed, 2 the provider errored. */
const FAILURE_REASON_ERROR = 2;
/**
 * promptfoo results in every shape it writes: `eval -o out.json` (V3 and V2 wrapped in an
 * OutputFile, the 2023 V1 without one), the Node API's summary (`{version, results[], stats}`)
 * and `-o out.jsonl` rows. Aggregates are derived from the rows (the file's own `metrics.score`
 * is a sum, not a mean); repeats are averaged per test; provider errors are a third state,
 * counted and never scored.
 */
const promptfooDocument = {
    kind: "document",
    name: "promptfoo",
    detect(data) {
        if (typeof data["evalId"] === "string" && isObject(data["results"]))
            return true;
        if (isObject(data["results"]) && data["results"]["version"] === 2)
            return true;
        // V1 files and the Node API's summary: no wrapper, the rows at the top.
        return (data["version"] === 1 || data["version"] === 2 || data["version"] === 3) && Array.isArray(data["results"]) && ("table" in data || "stats" in data);
    },
    read(file, data) {
        const wrapped = isObject(data["results"]);
        const summary = wrapped ? data["results"] : data;
        const raw = Array.isArray(summary["results"]) ? summary["results"] : [];
        const config = isObject(data["config"]) ? data["config"] : {};
        const metadata = isObject(data["metadata"]) ? data["metadata"] : {};
        const rowsPath = wrapped ? ["results", "results"] : ["results"];
        const rows = [];
        const problems = [];
        raw.forEach((r, index) => {
            if (!isObject(r))
                return;
            const parsed = rowOf(r, [...rowsPath, index]);
            if ("message" in parsed)
                problems.push(parsed);
            else
                rows.push(parsed);
        });
        if (problems.length > 0)
            return { ok: false, problems };
        const description = typeof config["description"] === "string" && config["description"] !== "" ? config["description"] : (file.split("/").at(-1) ?? file).replace(/\.json$/, "");
        const version = typeof metadata["promptfooVersion"] === "string" ? metadata["promptfooVersion"] : null;
        return { ok: true, contribution: contributionOf(file, slug(description), rows, version) };
    },
};
/** `promptfoo eval -o out.jsonl`: one result row per line, no config, no stats. */
const promptfooRows = {
    kind: "lines",
    name: "promptfoo",
    detect: (first) => "evalId" in first && "testIdx" in first,
    start(file) {
        const rows = [];
        return {
            add(value, line) {
                // Rows are walked (their vars stringified): none may nest deeper than real output.
                if ((0,json_nesting/* nestsDeeperThan */.ix)(value))
                    return { path: [], line, message: `the row nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no promptfoo output does` };
                const parsed = rowOf(value, []);
                if ("message" in parsed)
                    return { ...parsed, line };
                rows.push(parsed);
                return null;
            },
            finish: () => ({ ok: true, contribution: contributionOf(file, slug((file.split("/").at(-1) ?? file).replace(/\.jsonl$/, "")), rows, null) }),
        };
    },
};
function rowOf(r, path) {
    const prompt = isObject(r["prompt"]) ? r["prompt"] : {};
    const provider = isObject(r["provider"]) ? r["provider"] : {};
    const providerId = isObject(r["provider"]) ? String(provider["id"] ?? "") : typeof r["provider"] === "string" ? r["provider"] : "";
    const providerLabel = typeof provider["label"] === "string" && provider["label"] !== "" ? provider["label"] : null;
    const response = isObject(r["response"]) ? r["response"] : {};
    const metadata = isObject(r["metadata"]) ? r["metadata"] : {};
    const plugin = typeof metadata["pluginId"] === "string" ? metadata["pluginId"] : null;
    // `error` is not the sign: promptfoo also writes an assertion's failure reason there
    // ("Latency 5794ms is greater than threshold 3000ms", failureReason 1). failureReason says it
    // when the file has it; older shapes only carry the provider's own response.error.
    const errored = typeof r["failureReason"] === "number" ? r["failureReason"] === FAILURE_REASON_ERROR : typeof response["error"] === "string" && response["error"] !== "";
    const score = typeof r["score"] === "number" && Number.isFinite(r["score"]) ? r["score"] : null;
    if (!errored && score !== null && (score < 0 || score > 1)) {
        return { path: [...path, "score"], message: `score ${score} is outside promptfoo's range [0, 1] (a weighted mean of assertion scores): data that cannot be true` };
    }
    const cached = response["cached"] === true;
    const latency = typeof r["latencyMs"] === "number" && Number.isFinite(r["latencyMs"]) ? r["latencyMs"] : null;
    // A negative time would pull the p95 under any requirement.
    if (latency !== null && latency < 0)
        return { path: [...path, "latencyMs"], message: `latencyMs ${latency} is negative: data that cannot be true`, hint: "check that the file is the tool's own output, unedited" };
    return {
        test: typeof r["testIdx"] === "number" ? `t${r["testIdx"]}` : `v${JSON.stringify(r["vars"] ?? null)}`,
        prompt: String(prompt["label"] ?? prompt["display"] ?? prompt["raw"] ?? ""),
        providerId,
        providerLabel,
        plugin,
        errored,
        success: r["success"] === true ? 1 : 0,
        score,
        // Red-team rows time attacker and grader rounds, errors time nothing, and a cached response
        // took no time at all: none of them says how fast the product answers.
        latencyMs: plugin === null && !errored && !cached ? latency : null,
    };
}
function contributionOf(file, suite, rows, toolVersion) {
    const providers = [...new Set(rows.map((r) => r.providerId))].sort();
    const labelOf = new Map(rows.filter((r) => r.providerLabel !== null).map((r) => [r.providerId, r.providerLabel]));
    const prompts = [...new Set(rows.filter((r) => r.plugin === null).map((r) => r.prompt))];
    const model = providers.length === 1 ? (labelOf.get(providers[0]) ?? providers[0]) : null;
    const provenance = { format: "promptfoo", file, model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
    const names = (provider, prompt) => {
        const promptPart = prompt === null || prompts.length <= 1 ? "" : `#${promptName(prompt, prompts)}`;
        if (providers.length <= 1)
            return { name: `${suite}${promptPart}`, aliases: [] };
        const label = labelOf.get(provider);
        return { name: `${suite}@${provider}${promptPart}`, aliases: label === undefined || label === provider ? [] : [`${suite}@${label}${promptPart}`] };
    };
    const benchmarks = [];
    for (const provider of providers) {
        const mine = rows.filter((r) => r.providerId === provider);
        const suffix = providers.length > 1 ? `@${provider}` : "";
        const label = labelOf.get(provider);
        const aliasSuffix = providers.length > 1 && label !== undefined && label !== provider ? `@${label}` : null;
        const plugins = [...new Set(mine.map((r) => r.plugin).filter((p) => p !== null))].sort();
        const redTeam = (name, selected) => build({ name: `${name}${suffix}`, aliases: aliasSuffix === null ? [] : [`${name}${aliasSuffix}`], metric: "resisted", rows: selected, value: (r) => r.success, provenance, key: (r) => `${r.test}|${r.prompt}` });
        for (const plugin of plugins)
            benchmarks.push(redTeam(plugin, mine.filter((r) => r.plugin === plugin)));
        if (plugins.length > 0)
            benchmarks.push(redTeam("redteam", mine.filter((r) => r.plugin !== null)));
        for (const prompt of prompts) {
            const plain = mine.filter((r) => r.plugin === null && r.prompt === prompt);
            if (plain.length === 0)
                continue;
            const named = names(provider, prompt);
            benchmarks.push(...scored(named.name, named.aliases, plain, provenance, (r) => r.test, false));
        }
    }
    const plain = rows.filter((r) => r.plugin === null);
    if (plain.length > 0 && (providers.length > 1 || prompts.length > 1)) {
        benchmarks.push(...scored(suite, [], plain, provenance, (r) => `${r.test}|${r.prompt}|${r.providerId}`, true));
    }
    const latencies = rows.map((r) => r.latencyMs).filter((l) => l !== null);
    const scoredRows = rows.filter((r) => !r.errored).length;
    return {
        file,
        format: "promptfoo",
        toolVersion,
        model,
        benchmarks,
        latencyP95Ms: p95(latencies),
        categories: null,
        incomplete: null,
        noScores: rows.length === 0 ? "the file has no result rows" : scoredRows === 0 ? `all ${rows.length} rows errored (provider errors): nothing was scored` : null,
    };
}
/** A prompt's name in a benchmark: its label when short enough to write in a plan, else its position. */
function promptName(prompt, prompts) {
    return /^[A-Za-z0-9][A-Za-z0-9_.:/ -]{0,59}$/.test(prompt) ? prompt : `prompt-${prompts.indexOf(prompt) + 1}`;
}
function scored(name, aliases, rows, provenance, key, pooled) {
    const out = [build({ name, aliases, metric: "pass_rate", rows, value: (r) => r.success, provenance, key, pooled })];
    const live = rows.filter((r) => !r.errored);
    if (live.length > 0 && live.every((r) => r.score !== null))
        out.push(build({ name, aliases, metric: "score", rows, value: (r) => r.score, provenance, key, pooled }));
    return out;
}
/** Means per test (repeats averaged), errored rows counted apart and never scored. */
function build(input) {
    const sums = new Map();
    let errored = 0;
    for (const row of input.rows) {
        if (row.errored) {
            errored++;
            continue;
        }
        const key = input.key(row);
        const entry = sums.get(key) ?? { total: 0, count: 0 };
        entry.total += input.value(row);
        entry.count++;
        sums.set(key, entry);
    }
    const scores = new Map([...sums.entries()].map(([k, v]) => [k, v.total / v.count]));
    const values = [...scores.values()];
    const mean = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
    return benchmark({
        name: input.name,
        aliases: input.aliases,
        metric: input.metric,
        value: mean,
        n: values.length,
        binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
        errored,
        pooled: input.pooled ?? false,
        examples: { kind: "keyed", scores },
        provenance: input.provenance,
    });
}
function slug(text) {
    return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "promptfoo";
}
//# sourceMappingURL=promptfoo.js.map
// EXTERNAL MODULE: ./lib/engine/evals/tunegate-format.js
var tunegate_format = __webpack_require__(8553);
;// CONCATENATED MODULE: ./lib/engine/evals/formats/tunegate.js


/** tunegate's own `{model, general, safety, task, latency_p95_ms}`: validated by its schema first. */
const tunegateFormat = {
    kind: "document",
    name: "tunegate",
    schema: tunegate_format/* evalResultSchema */.P,
    detect: (data) => typeof data["model"] === "string" && ("general" in data || "safety" in data || "task" in data || "latency_p95_ms" in data),
    read(file, data) {
        const result = tunegate_format/* evalResultSchema */.P.parse(data);
        return { ok: true, contribution: fromTunegate(file, result) };
    },
};
function fromTunegate(file, result) {
    const provenance = { format: "tunegate", file, model: result.model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
    const benchmarks = [];
    for (const category of ["general", "safety", "task"]) {
        for (const [name, value] of Object.entries(result[category]))
            benchmarks.push(benchmark({ name, metric: "score", value, provenance }));
    }
    return {
        file,
        format: "tunegate",
        toolVersion: null,
        model: result.model,
        benchmarks,
        latencyP95Ms: result.latency_p95_ms ?? null,
        categories: { general: Object.keys(result.general), safety: Object.keys(result.safety), task: Object.keys(result.task) },
        incomplete: null,
        noScores: benchmarks.length === 0 ? "the file lists no scores" : null,
    };
}
//# sourceMappingURL=tunegate.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/registry.js






/**
 * Every eval format tunegate recognises, in detection order (eval-formats.md section 1). A new
 * format is one file in formats/ and one line here.
 */
const EVAL_FORMATS = [
    inspectArchive,
    inspectJson,
    { kind: "unsupported", name: "lighteval", detectDocument: (d) => isObject(d["config_general"]) && isObject(d["results"]) },
    lmEvalResults,
    promptfooDocument,
    { kind: "unsupported", name: "deepeval", detectDocument: (d) => Array.isArray(d["testCases"]) && "metricsScores" in d },
    tunegateFormat,
    lmEvalSamples,
    promptfooRows,
    { kind: "unsupported", name: "openai-evals", detectLine: (d) => "spec" in d || "final_report" in d || "run_id" in d },
];
const EXPECTED_FORMATS = "lm-evaluation-harness results_*.json or samples_*.jsonl, promptfoo eval -o output (.json V1-V3 or .jsonl) or its Node API summary, an Inspect AI log (.json or .eval), or tunegate's own {model, general, safety, task} JSON";
//# sourceMappingURL=registry.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/decode.js








/** Past this size an error in a JSON file is placed at its first line: re-parsing for positions would cost too much. */
const MAX_LOCATABLE_BYTES = 8 * 1024 * 1024;
const at = (file, line = 1, column = 1) => ({ file, line, column });
const problemAt = (file, message, hint) => ({ kind: "invalid-value", message, location: at(file), field: "", ...(hint === undefined ? {} : { hint }) });
function mismatch(file, found, declared) {
    return declared !== "auto" && declared !== found ? { ok: false, diagnostics: [problemAt(file, `${file} looks like ${found} output, but the plan says evals.format: ${declared}`)] } : null;
}
/** One JSON document (lm-eval results, promptfoo, an Inspect .json log, tunegate's own format). */
function decodeDocument(file, text, declared) {
    const parsed = parseEvalJson(file, text);
    if (!parsed.ok)
        return parsed;
    const data = parsed.value;
    if (!isObject(data))
        return { ok: false, diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)] };
    for (const format of EVAL_FORMATS) {
        if (format.kind === "unsupported") {
            if (format.detectDocument?.(data) === true)
                return { ok: false, diagnostics: [problemAt(file, `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`)] };
            continue;
        }
        if (format.kind !== "document" || !format.detect(data))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null)
            return wrong;
        const schema = format.schema;
        if (schema !== undefined) {
            const valid = schema.safeParse(data);
            if (!valid.success)
                return { ok: false, diagnostics: (0,schema_diagnostics/* schemaDiagnostics */.m)(valid.error.issues, jsonSource(file, text, parseJsonNamingNonFinite(text)), schema) };
        }
        return located(file, text, format.read(file, data));
    }
    return { ok: false, diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)] };
}
/**
 * JSON text as an eval file's content: Python's bare NaN and Infinity read as missing, and two
 * things refused with their line and column that JSON.parse would let through silently: a key
 * written twice in one object (JSON keeps the last, so the score a reviewer reads first is not
 * the one judged) and nesting deeper than any eval output (the walks after parsing recurse).
 */
function parseEvalJson(file, text) {
    let value;
    try {
        value = parseLenientJson(text);
    }
    catch (error) {
        const message = error instanceof RangeError ? "it is nested too deeply to read" : error.message;
        return { ok: false, diagnostics: [problemAt(file, `${file} is not valid JSON (${message}); expected ${EXPECTED_FORMATS}`)] };
    }
    if ((0,json_nesting/* nestsDeeperThan */.ix)(value)) {
        const where = (0,json_nesting/* jsonTooDeep */.fJ)(text);
        return { ok: false, diagnostics: [{ ...problemAt(file, `the JSON nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no eval output tunegate reads does`), location: at(file, where?.line ?? 1, where?.column ?? 1) }] };
    }
    const duplicate = firstDuplicateKey(text);
    if (duplicate !== null) {
        return {
            ok: false,
            diagnostics: [{ ...problemAt(file, `the key ${JSON.stringify(duplicate.key)} appears twice in one object; JSON keeps only the last, so delete one`), location: at(file, duplicate.line, duplicate.column) }],
        };
    }
    return { ok: true, value };
}
/** A zip archive (an Inspect .eval log), its members read through `archive`. */
function decodeArchive(file, archive, declared) {
    for (const format of EVAL_FORMATS) {
        if (format.kind !== "archive" || !format.detect(archive.names))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null)
            return wrong;
        // Members are checked as any JSON eval file is; a problem names the member.
        let memberProblem = null;
        const checked = {
            names: archive.names,
            text: (name) => {
                const text = archive.text(name);
                if (text === undefined || memberProblem !== null)
                    return text;
                const parsed = parseEvalJson(`${file}:${name}`, text);
                if (!parsed.ok)
                    memberProblem = parsed.diagnostics;
                return text;
            },
        };
        const result = format.read(file, checked);
        if (memberProblem !== null)
            return { ok: false, diagnostics: memberProblem };
        return located(file, "", result);
    }
    return { ok: false, diagnostics: [problemAt(file, `${file} is a zip archive but not an Inspect .eval log (no header.json); expected ${EXPECTED_FORMATS}`)] };
}
/** A JSON-lines file: the first line decides the format; the shell feeds the rest to the reader. */
function startLines(file, first, declared) {
    if (isObject(first)) {
        for (const format of EVAL_FORMATS) {
            if (format.kind === "unsupported") {
                if (format.detectLine?.(first) === true)
                    return { ok: false, diagnostics: [problemAt(file, `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`)] };
                continue;
            }
            if (format.kind !== "lines" || !format.detect(first))
                continue;
            if ((0,json_nesting/* nestsDeeperThan */.ix)(first))
                return { ok: false, diagnostics: [problemAt(file, `the first line nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no eval output tunegate reads does`)] };
            const wrong = mismatch(file, format.name, declared);
            if (wrong !== null && !wrong.ok)
                return wrong;
            const reader = format.start(file);
            return "add" in reader ? { ok: true, reader } : { ok: false, diagnostics: [lineDiagnostic(file, reader)] };
        }
    }
    return { ok: false, diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)] };
}
/** A problem found in one line of a JSON-lines file, at that line. */
function lineDiagnostic(file, problem) {
    return { kind: "invalid-value", message: problem.message, location: at(file, problem.line ?? 1), field: (0,diagnostic/* formatFieldPath */.vZ)(problem.path), ...(problem.hint === undefined ? {} : { hint: problem.hint }) };
}
/** Places a reader's problems at their line and column, scanning the text for positions only now. */
function located(file, text, result) {
    if (result.ok)
        return result;
    if (text === "" || text.length > MAX_LOCATABLE_BYTES || result.problems.every((p) => p.line !== undefined)) {
        return { ok: false, diagnostics: result.problems.map((p) => lineDiagnostic(file, p)) };
    }
    const source = jsonSource(file, text, null);
    return { ok: false, diagnostics: result.problems.map((p) => ({ ...lineDiagnostic(file, p), location: source.locate(p.path) })) };
}
//# sourceMappingURL=decode.js.map
// EXTERNAL MODULE: ./lib/engine/input/repo-path.js
var repo_path = __webpack_require__(6241);
// EXTERNAL MODULE: ./lib/shell/files.js
var shell_files = __webpack_require__(97);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/shell/repo-files.js





/** Read size for streamed files. */
const CHUNK_BYTES = 64 * 1024;
/**
 * Most lines in one batch. Fewer line strings alive at a time means fewer survive each young
 * collection, and V8 then grows its heap less: on check with two 5M-line samples files (npm run
 * bench), whole 64 KiB chunks as batches peaked at 188-241 MB RSS, batches of 128 lines at
 * 147-167 MB (32 KiB chunks did about as well, with twice the reads).
 */
const BATCH_LINES = 128;
/** Folders no glob looks into: installed packages, and git's own data (whatever its case). */
function ignored(path) {
    return /(^|\/)node_modules(\/|$)/.test(path) || (0,repo_path/* isInsideGitDir */.y9)(path);
}
function workingTreeFiles(root) {
    let realRootOnce;
    const opened = async (path) => {
        const located = await (0,shell_files/* locateRepoFile */.L5)(root, path);
        if (!located.ok)
            throw new Error(located.message);
        const file = await (0,shell_files/* openRegularFile */.ZU)(located.real, located.path);
        if (!file.ok)
            throw new Error(file.message);
        return file.handle;
    };
    return {
        read: (path, maxBytes) => (0,shell_files/* readRepoFile */.v6)(root, path, maxBytes),
        async bytes(path, maxBytes) {
            const text = await (0,shell_files/* readRepoFile */.v6)(root, path, maxBytes, "buffer");
            return text.ok ? { ok: true, bytes: text.bytes } : text;
        },
        async *lineBatches(path) {
            const handle = await opened(path);
            try {
                yield* splitLines(chunksOf(handle));
            }
            finally {
                await handle.close();
            }
        },
        async canonical(path) {
            const lexical = (0,repo_path/* resolveRepoPath */.qo)("", path);
            if (!lexical.ok)
                return path;
            try {
                const [real, realRoot] = await Promise.all([(0,promises_.realpath)((0,external_node_path_.join)(root, ...lexical.path.split("/"))), (realRootOnce ??= (0,promises_.realpath)(root))]);
                const inside = real.startsWith(realRoot + external_node_path_.sep) ? real.slice(realRoot.length + 1).split(external_node_path_.sep).join("/") : null;
                // A path that leads outside or into .git/ comes back as written, for the read to refuse.
                return inside !== null && !(0,repo_path/* isInsideGitDir */.y9)(inside) ? inside : lexical.path;
            }
            catch {
                return lexical.path;
            }
        },
        async fingerprint(path) {
            try {
                const handle = await opened(path);
                try {
                    const { size } = await handle.stat();
                    const first = await chunksOf(handle)[Symbol.asyncIterator]().next();
                    return `${size}:${fnv1a(first.done ? Buffer.alloc(0) : first.value).toString(16)}`;
                }
                finally {
                    await handle.close();
                }
            }
            catch {
                return null;
            }
        },
        // Compared chunk by chunk, stopping at the first difference: two runs of an eval tool differ
        // within their first bytes, so a gigabyte-sized pair costs one read each, not two full hashes.
        async sameContent(a, b) {
            try {
                const [first, second] = [await opened(a), await opened(b)];
                try {
                    const [x, y] = [chunksOf(first)[Symbol.asyncIterator](), chunksOf(second)[Symbol.asyncIterator]()];
                    for (;;) {
                        const [p, q] = [await x.next(), await y.next()];
                        if (p.done || q.done)
                            return p.done === q.done;
                        if (!p.value.equals(q.value))
                            return false;
                    }
                }
                finally {
                    await Promise.all([first.close(), second.close()]);
                }
            }
            catch {
                return false;
            }
        },
        async glob(pattern) {
            const found = [];
            for await (const p of (0,promises_.glob)(pattern, { cwd: root, exclude: (x) => ignored(String(x).split(external_node_path_.sep).join("/")) }))
                found.push(String(p).split(external_node_path_.sep).join("/"));
            return found.sort();
        },
    };
}
/** Files as they were at `commit`, through the runner's own git: data only, nothing is run. */
function gitRevisionFiles(root, commit) {
    const object = (path) => {
        const lexical = resolveRepoPath("", path);
        if (!lexical.ok)
            throw new Error(`path "${path}" ${lexical.reason}`);
        return { object: `${commit}:${lexical.path}`, path: lexical.path };
    };
    const objectId = async (path) => {
        try {
            return (await gitText(["-C", root, "rev-parse", "--verify", "--quiet", object(path).object])).trim() || null;
        }
        catch {
            return null;
        }
    };
    const show = async (path, maxBytes) => {
        let target;
        try {
            target = object(path);
        }
        catch (error) {
            return { ok: false, kind: "path-escape", message: error.message };
        }
        try {
            const size = await gitText(["-C", root, "cat-file", "-s", target.object]);
            if (Number(size.trim()) > maxBytes)
                return { ok: false, kind: "file-too-large", message: `${target.path} at ${commit.slice(0, 7)} is ${size.trim()} bytes; the limit is ${maxBytes}` };
            return { ok: true, bytes: await gitBytes(["-C", root, "show", target.object], maxBytes + 1024) };
        }
        catch {
            return { ok: false, kind: "file-missing", message: `${target.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)` };
        }
    };
    return {
        async read(path, maxBytes) {
            const result = await show(path, maxBytes);
            return result.ok ? { ok: true, text: result.bytes.toString("utf8") } : result;
        },
        bytes: show,
        async *lineBatches(path) {
            yield* splitLines(await gitStream(["-C", root, "show", object(path).object]));
        },
        // A commit stores a symbolic link as its target's name, which no eval reader accepts.
        canonical: async (path) => {
            const lexical = resolveRepoPath("", path);
            return lexical.ok ? lexical.path : path;
        },
        // Git's own object ids are digests of the whole content.
        fingerprint: objectId,
        async sameContent(a, b) {
            const [x, y] = [await objectId(a), await objectId(b)];
            return x !== null && x === y;
        },
        async glob(pattern) {
            const stdout = await gitText(["-C", root, "ls-tree", "-r", "--name-only", commit], 64 * 1024 * 1024);
            return stdout.split("\n").filter((p) => p !== "" && !ignored(p) && matchesGlob(p, pattern)).sort();
        },
    };
}
/**
 * FNV-1a over the bytes: a fingerprint only picks which files to compare byte for byte, so it
 * needs no cryptographic hash (and loading node:crypto cost more than hashing the first chunk here).
 */
function fnv1a(bytes) {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h >>> 0;
}
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
/**
 * No JSONL record tunegate reads comes near this; a longer line is a corrupt or hostile file,
 * and holding it whole is what would exhaust memory.
 */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
class LineTooLongError extends Error {
    name = "LineTooLongError";
    line;
    constructor(line) {
        super(`this line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most tunegate reads as one JSONL record`);
        this.line = line;
    }
}
/**
 * The file's bytes, CHUNK_BYTES at a time, read into one buffer that is reused: a stream's fresh
 * buffer per chunk is external memory that lives until a garbage collection, and on 2 x 5M lines
 * those buffers held tens of megabytes at the peak. splitLines copies what it keeps.
 */
async function* chunksOf(handle) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0)
            return;
        yield buffer.subarray(0, bytesRead);
    }
}
/**
 * Splits a byte stream into lines, in batches of at most BATCH_LINES. Unlike readline's
 * one-promise-per-line iterator, nothing keeps a line alive past its batch. A line spread over many chunks is kept as
 * its pieces and joined once, so reading stays linear in the line's length (joining the carried
 * part to each new chunk made a 32 MB line take minutes), and it is refused past maxLineBytes.
 */
async function* splitLines(stream, maxLineBytes = MAX_LINE_BYTES) {
    let pieces = [];
    let pending = 0;
    let lineNumber = 1;
    const finish = (last, end) => {
        const whole = pieces.length === 0 ? last.subarray(0, end) : Buffer.concat([...pieces, last.subarray(0, end)]);
        pieces = [];
        pending = 0;
        const length = whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
        return whole.toString("utf8", 0, length);
    };
    for await (const raw of stream) {
        const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
        const batch = [];
        let start = 0;
        for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
            if (pending + end - start > maxLineBytes)
                throw new LineTooLongError(lineNumber);
            batch.push(finish(chunk.subarray(start), end - start));
            lineNumber++;
            start = end + 1;
            if (batch.length === BATCH_LINES)
                yield batch.splice(0);
        }
        if (start < chunk.length) {
            pending += chunk.length - start;
            if (pending > maxLineBytes)
                throw new LineTooLongError(lineNumber);
            // Copied: the stream may reuse the chunk's memory.
            pieces.push(Buffer.from(chunk.subarray(start)));
        }
        if (batch.length > 0)
            yield batch;
    }
    if (pending > 0)
        yield [finish(Buffer.alloc(0), 0)];
}
//# sourceMappingURL=repo-files.js.map
;// CONCATENATED MODULE: ./lib/shell/eval-files.js






const GLOB = /[*?[\]{}]/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Reads one side's eval files (paths, globs or a list, relative to the plan) into one run. */
async function readEvalSide(files, planPath, source, role, written, format) {
    if (written.length === 0)
        return { ok: true, run: undefined, realFiles: [] };
    const field = `evals.${role}`;
    const problem = (message, kind = "invalid-value", hint) => ({ kind, message, location: source.locate(["evals", role]), field, ...(hint === undefined ? {} : { hint }) });
    const paths = [];
    for (const entry of written) {
        const resolved = (0,repo_path/* resolveRepoPath */.qo)(planPath, entry);
        if (!resolved.ok)
            return { ok: false, diagnostics: [problem(`path "${entry}" ${resolved.reason}`, "path-escape")] };
        if (!GLOB.test(entry))
            paths.push(resolved.path);
        else {
            const matched = await files.glob(resolved.path);
            if (matched.length === 0)
                return { ok: false, diagnostics: [problem(`no file matches "${entry}"`, "file-missing")] };
            paths.push(...matched);
        }
    }
    // One file under two names (a symbolic link) is read once, under the first name written.
    const byRealPath = new Map();
    for (const path of [...new Set(paths)].sort()) {
        const real = await files.canonical(path);
        if (!byRealPath.has(real))
            byRealPath.set(real, path);
    }
    const contributions = [];
    for (const path of byRealPath.values()) {
        const decoded = await decodeEvalFile(files, path, format);
        if (!decoded.ok) {
            // A problem with the file as a whole is placed where the plan names the file, so the
            // annotation lands on the plan; a problem inside its content, at that content.
            const wholeFile = (d) => d.field === "" && d.location.line === 1 && d.location.column === 1;
            return { ok: false, diagnostics: decoded.diagnostics.map((d) => (wholeFile(d) ? { ...d, location: source.locate(["evals", role]), field } : d)) };
        }
        contributions.push(decoded.contribution);
    }
    const assembled = assembleRun(contributions);
    if (!assembled.ok) {
        return {
            ok: false,
            diagnostics: assembled.conflicts.map((c) => problem(c.message, "invalid-value", "point evals." + role + " at one run's files (an old and a new run side by side?), or keep each suite in one file")),
        };
    }
    return { ok: true, run: assembled.run, realFiles: [...byRealPath.keys()] };
}
/** Decodes one eval file of any supported format; the engine decides, this only reads bytes. */
async function decodeEvalFile(files, path, declared) {
    if (path.endsWith(".jsonl"))
        return decodeJsonLines(files, path, declared);
    const bytes = await files.bytes(path, shell_files/* MAX_EVAL_BYTES */.ay);
    if (!bytes.ok)
        return { ok: false, diagnostics: [{ kind: bytes.kind, message: bytes.message, location: { file: path, line: 1, column: 1 }, field: "", ...(bytes.hint === undefined ? {} : { hint: bytes.hint }) }] };
    if (ZIP_MAGIC.every((b, i) => bytes.bytes[i] === b)) {
        try {
            // Loaded for archives only: node:zlib is not needed by any other eval file.
            const { zipMembers } = await __webpack_require__.e(/* import() */ 553).then(__webpack_require__.bind(__webpack_require__, 2553));
            const members = zipMembers(bytes.bytes);
            return decodeArchive(path, { names: members.map((m) => m.name), text: (name) => members.find((m) => m.name === name)?.read(shell_files/* MAX_EVAL_BYTES */.ay).toString("utf8").replace(/^\uFEFF/, "") }, declared);
        }
        catch (error) {
            return { ok: false, diagnostics: [{ kind: "invalid-value", message: `${path}: cannot read the Inspect log: ${error.message}`, location: { file: path, line: 1, column: 1 }, field: "" }] };
        }
    }
    return decodeDocument(path, stripBom(bytes.bytes.toString("utf8")), declared);
}
/** Windows tools write a byte-order mark; JSON.parse refuses one. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
async function decodeJsonLines(files, path, declared) {
    let reader;
    let lineNumber = 0;
    const fail = (message, line = lineNumber) => ({ ok: false, diagnostics: [lineDiagnostic(path, { path: [], line, message })] });
    try {
        for await (const batch of files.lineBatches(path)) {
            for (const read of batch) {
                lineNumber++;
                const line = lineNumber === 1 ? stripBom(read) : read;
                if (line.trim() === "")
                    continue;
                let value;
                try {
                    value = parseLenientJson(line);
                }
                catch (error) {
                    return fail(`not a JSON object (${error instanceof RangeError ? "nested too deeply" : error.message})`);
                }
                if (reader === undefined) {
                    const started = startLines(path, value, declared);
                    if (!started.ok)
                        return started;
                    reader = started.reader;
                }
                if (value === null || typeof value !== "object" || Array.isArray(value))
                    return fail("each line must be a JSON object");
                const problem = reader.add(value, lineNumber);
                if (problem !== null)
                    return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
            }
        }
    }
    catch (error) {
        if (error instanceof LineTooLongError)
            return fail(error.message, error.line);
        const located = error;
        return { ok: false, diagnostics: [{ kind: located.kind ?? "invalid-value", message: `cannot read ${path}: ${error.message}`, location: { file: path, line: located.line ?? lineNumber + 1, column: 1 }, field: "" }] };
    }
    if (reader === undefined)
        return fail(`${path} is empty`, 1);
    const finished = reader.finish();
    return finished.ok ? finished : { ok: false, diagnostics: finished.problems.map((p) => lineDiagnostic(path, p)) };
}
//# sourceMappingURL=eval-files.js.map
// EXTERNAL MODULE: ./lib/shell/repo-settings.js + 1 modules
var repo_settings = __webpack_require__(5154);
;// CONCATENATED MODULE: ./lib/shell/check.js








const nowhere = (file) => ({ file, line: 1, column: 1 });
/** Reads everything a plan needs, then hands the texts to the pure core. */
async function runCheck(request) {
    const files = request.files ?? workingTreeFiles(request.root);
    const read = (path, max) => files.read(path, max);
    const planPath = (0,repo_settings/* repoRelative */.Ne)(request.root, request.plan);
    const policy = await (0,repo_settings/* readPolicy */.T4)(request.root, request.policy, read);
    if (!policy.ok)
        return policy;
    const planText = await read(planPath, shell_files/* MAX_CONFIG_BYTES */.GW);
    if (!planText.ok)
        return { ok: false, diagnostics: [(0,shell_files/* readFailure */.f1)(planText, nowhere(planPath), "")] };
    const loaded = (0,plan_load/* loadPlan */.Y)(planPath, planText.text);
    if (!loaded.ok)
        return loaded;
    const prices = await (0,repo_settings/* readPrices */.RP)(request.root, policy.value, read, request.pricing, request.today);
    if (!prices.ok)
        return prices;
    const evals = loaded.value.plan.evals;
    const format = evals?.format ?? "auto";
    const candidate = await readEvalSide(files, planPath, loaded.value.source, "candidate", (0,schema/* evalPaths */.jx)(evals?.candidate), format);
    const baseline = await readEvalSide(files, planPath, loaded.value.source, "baseline", (0,schema/* evalPaths */.jx)(evals?.baseline), format);
    const evalProblems = [candidate, baseline].flatMap((r) => (r.ok ? [] : r.diagnostics));
    if (evalProblems.length > 0)
        return { ok: false, diagnostics: evalProblems };
    const shared = sharedEvalFiles(candidate, baseline);
    const copies = shared.length > 0 ? [] : await copiedEvalFiles(files, candidate, baseline);
    if (copies.length > 0) {
        return {
            ok: false,
            diagnostics: copies.map(([c, b]) => ({
                kind: "invalid-value",
                message: `${c} and ${b} hold the same bytes: one run's results given as both the candidate's and the baseline's (a copy or a hard link), so the base model would be judged as the customised model`,
                location: loaded.value.source.locate(["evals", "candidate"]),
                field: "evals.candidate",
                hint: "point evals.baseline at the base model's own run: two runs of an eval tool never write the same bytes",
            })),
        };
    }
    if (shared.length > 0) {
        return {
            ok: false,
            diagnostics: shared.map((file) => ({
                kind: "invalid-value",
                message: `${file} is both a candidate and a baseline file: the base model's results would be judged as the customised model's`,
                location: loaded.value.source.locate(["evals", "candidate"]),
                field: "evals.candidate",
                hint: "make evals.candidate and evals.baseline name different files (a glob on one side often matches the other's, or a link points at it)",
            })),
        };
    }
    const decision = decide_decide({
        loaded: loaded.value,
        policy: policy.value,
        prices: prices.value,
        candidate: candidate.ok ? candidate.run : undefined,
        baseline: baseline.ok ? baseline.run : undefined,
        today: request.today,
    });
    if (!decision.ok)
        return decision;
    return { ok: true, report: (0,report_model/* buildReport */.F)(decision.value, loaded.value.source), source: loaded.value.source };
}
/**
 * Files read on both sides, by their real paths: a glob such as `evals/*.json` for the candidate
 * also matched baseline.json (which sorts first), so forgetting compared the base model with itself.
 */
function sharedEvalFiles(candidate, baseline) {
    if (!candidate.ok || !baseline.ok)
        return [];
    const base = new Set(baseline.realFiles);
    return candidate.realFiles.filter((file) => base.has(file));
}
/**
 * Candidate and baseline files with the same content (a copy or hard link has no second real
 * path): the base model's results judged against themselves pass every comparison as "identical".
 * Only files with equal fingerprints are compared, up to their first difference.
 */
async function copiedEvalFiles(files, candidate, baseline) {
    if (!candidate.ok || !baseline.ok)
        return [];
    // Bucketed by fingerprint (size and first chunk), so thousands of files are not compared
    // pairwise; only a pair that agrees on it is read to the end.
    const byFingerprint = new Map();
    for (const file of baseline.realFiles) {
        const fingerprint = await files.fingerprint(file);
        if (fingerprint === null)
            continue;
        const bucket = byFingerprint.get(fingerprint);
        if (bucket === undefined)
            byFingerprint.set(fingerprint, [file]);
        else
            bucket.push(file);
    }
    const copies = [];
    for (const file of candidate.realFiles) {
        const fingerprint = await files.fingerprint(file);
        for (const other of fingerprint === null ? [] : (byFingerprint.get(fingerprint) ?? []))
            if (await files.sameContent(file, other))
                copies.push([file, other]);
    }
    return copies;
}
//# sourceMappingURL=check.js.map
;// CONCATENATED MODULE: ./lib/shell/in-order.js
/** Plans checked at once: enough to overlap their file reads, few enough for low fd limits. */
const PLAN_CONCURRENCY = 8;
/**
 * `work` over every item, at most `concurrency` at a time, results in the items' order. Plans are
 * checked this way: each one waits on many small file reads, and one at a time the run spent
 * about half its time idle; a bounded pool keeps thousands of plans clear of EMFILE.
 */
async function mapInOrder(items, concurrency, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return results;
}
//# sourceMappingURL=in-order.js.map
// EXTERNAL MODULE: ./lib/shell/plan-paths.js
var plan_paths = __webpack_require__(1338);
// EXTERNAL MODULE: ./lib/shell/cli/diagnostics.js
var diagnostics = __webpack_require__(1463);
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
// EXTERNAL MODULE: ./lib/shell/cli/policy-flag.js + 2 modules
var policy_flag = __webpack_require__(7452);
;// CONCATENATED MODULE: ./lib/shell/cli/check-command.js










const FORMATS = OUTPUT_FORMATS;
/** `--plan` names one plan unless it holds a glob or a list: then every match is checked. */
const SEVERAL = /[*?[\]{},\n]/;
/**
 * Reads the plans, lets the engine decide the run, renders it in the format asked for. Input
 * problems go to stderr, located; the rendered reports to stdout. Nothing is decided here.
 */
async function checkCommand(args, io) {
    const { values } = (0,flags/* parseFlags */.bQ)(args, {
        plan: { type: "string", default: "tunegate.yml" },
        policy: { type: "string" },
        pricing: { type: "string" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        today: { type: "string" },
    });
    const format = (0,flags/* oneOf */.yL)("format", values.format, FORMATS, "text");
    const failOn = (0,flags/* oneOf */.yL)("fail-on", values["fail-on"], ["error", "warning", "never"], "error");
    const today = (0,flags/* dateFlag */.BL)("today", values.today, io.today);
    const policy = await (0,policy_flag/* policyFlag */.J)(values.policy, io);
    if (!policy.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(policy.diagnostics, io);
    const several = SEVERAL.test(values.plan);
    const expanded = several ? await (0,plan_paths/* expandPlanPaths */.CN)(io.cwd, values.plan, "--plan") : { paths: [values.plan], diagnostics: [] };
    const outcomes = await mapInOrder(expanded.paths, PLAN_CONCURRENCY, async (file) => {
        const outcome = await runCheck({ root: io.cwd, plan: file, policy: policy.value, pricing: values.pricing, today });
        return outcome.ok ? { file, ok: true, report: outcome.report, change: undefined } : { file, ok: false, diagnostics: outcome.diagnostics };
    });
    if (expanded.diagnostics.length > 0)
        outcomes.push({ file: "--plan", ok: false, diagnostics: expanded.diagnostics });
    const run = (0,run_report/* buildRunReport */.IW)(outcomes, failOn, version/* VERSION */.x);
    // One plan that could not be read prints nothing but its problems; otherwise the run is
    // rendered (JSON and SARIF carry the input errors too; text and markdown leave them to stderr).
    const readable = outcomes.filter((o) => o.ok);
    const unreadable = outcomes.flatMap((o) => (o.ok ? [] : o.diagnostics));
    if (several || readable.length > 0) {
        const shown = format === "json" || format === "sarif" ? run : { ...run, plans: run.plans.filter((p) => "report" in p) };
        const text = render(shown, format);
        if (text !== "")
            io.out(text);
    }
    else if (format === "sarif")
        io.out(render(run, format));
    if (unreadable.length > 0)
        (0,diagnostics/* reportDiagnostics */.D)(unreadable, io);
    const dateNote = (0,dates/* evaluationDateNote */.Rz)(today, io.today, "--today");
    if (dateNote !== null)
        io.err(`tunegate: note: ${dateNote}\n`);
    return run.exit_code;
}
//# sourceMappingURL=check-command.js.map

/***/ })

};

//# sourceMappingURL=896.index.js.map