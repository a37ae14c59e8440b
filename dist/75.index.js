export const id = 75;
export const ids = [75];
export const modules = {

/***/ 1075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysisRunJson: () => (/* binding */ analysisRunJson),
  analysisRunMarkdown: () => (/* binding */ analysisRunMarkdown),
  analysisRunText: () => (/* binding */ analysisRunText)
});

// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/framework/alternative.js
var framework_alternative = __webpack_require__(3094);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./lib/engine/output/parts/text.js
var parts_text = __webpack_require__(4808);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
;// CONCATENATED MODULE: ./lib/engine/output/parts/analysis.js









const costItemSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({ id: schemas/* string */.YjP(), label: schemas/* string */.YjP(), period: schemas/* enum */.k5n(["monthly", "one_time"]), usd: schemas/* number */.aig(), assumption: schemas/* string */.YjP(), price_source: schemas/* string */.YjP() }));
/** `tunegate analyze --format json`: the answers given, the recommendation and the first estimate. */
const analysisReportSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    tool: schemas/* literal */.euz("tunegate"),
    inputs: schemas/* object */.Ikc({
        task: schema/* taskKindSchema */.NE.optional().describe("absent when not given: the other answers decide"),
        knowledge_change: schema/* knowledgeChangeSchema */.WO,
        citations_required: schemas/* boolean */.zMY(),
        style_requirements: schema/* styleRequirementSchema */.IY,
        latency_p95_ms: schemas/* number */.aig().optional(),
        monthly_queries: schemas/* number */.aig(),
        examples: schemas/* number */.aig().optional(),
    }),
    recommendation: schemas/* object */.Ikc({
        approach: schema/* approachSchema */.Or,
        fine_tune_method: schema/* fineTuneMethodSchema */.pi.nullable(),
        reasons: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), message: schemas/* string */.YjP() })),
        alternative: schemas/* string */.YjP().nullable().describe("the simpler approach to measure beside it (evals.alternative), which the customisation-value gate requires it to beat; null for prompt"),
    }),
    cost: schemas/* object */.Ikc({
        monthly_usd: schemas/* number */.aig(),
        one_time_usd: schemas/* number */.aig(),
        per_query_usd: schemas/* number */.aig(),
        monthly_queries: schemas/* number */.aig(),
        budget: schemas/* object */.Ikc({ monthly_usd: schemas/* number */.aig().nullable(), one_time_usd: schemas/* number */.aig().nullable() }).nullable(),
        break_even_monthly_queries: schemas/* number */.aig().nullable(),
        items: schemas/* array */.YOg(costItemSchema),
    }),
})
    .describe("tunegate analysis"));
/** The `analyze` answer as data: the same field names as the check report's. */
function analysisReport(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const facts = analysis.facts;
    return {
        schema_version: 1,
        tool: "tunegate",
        inputs: {
            ...(facts.task === undefined ? {} : { task: facts.task }),
            knowledge_change: facts.knowledge_change,
            citations_required: facts.citations_required,
            style_requirements: facts.style_requirements,
            ...(facts.latency_p95_ms === undefined ? {} : { latency_p95_ms: facts.latency_p95_ms }),
            monthly_queries: facts.monthly_queries,
            ...(facts.examples === undefined ? {} : { examples: facts.examples }),
        },
        recommendation: { approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null, reasons: rec.reasons.map((r) => ({ rule: r.rule, message: r.message })), alternative: (0,framework_alternative/* alternativeFor */.T)(rec.approach) },
        cost: {
            monthly_usd: analysis.cost.monthly_usd,
            one_time_usd: analysis.cost.one_time_usd,
            per_query_usd: analysis.cost.per_query_usd,
            monthly_queries: facts.monthly_queries,
            budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
            break_even_monthly_queries: budget === undefined ? null : (0,model/* breakEvenMonthlyQueries */.f)(analysis.cost, budget),
            items: analysis.cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
        },
    };
}
function analysisJson(analysis) {
    return (0,parts_escape/* jsonDocument */.Q8)(analysisReport(analysis));
}
function analysisText(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const lines = [`Recommendation: ${(0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`, "", "Why"];
    for (const r of rec.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    const alternative = measureAlternative(rec.approach);
    if (alternative !== null)
        lines.push("", alternative);
    lines.push("", ...(0,parts_text/* costLines */.F)({
        ...analysis.cost,
        monthly_queries: analysis.facts.monthly_queries,
        budget: null,
        break_even_monthly_queries: budget === undefined ? null : (0,model/* breakEvenMonthlyQueries */.f)(analysis.cost, budget),
    }));
    return `${lines.map(parts_escape/* oneLine */.TN).join("\n")}\n`;
}
function analysisMarkdown(analysis) {
    const rec = analysis.recommendation;
    const reasons = rec.reasons.map((r) => `- **${r.rule}** ${(0,parts_escape/* escapeInline */.VV)(r.message)}`).join("\n");
    const rows = analysis.cost.items.map((i) => [(0,parts_escape/* escapeCell */.kq)(i.label), i.period === "monthly" ? (0,money/* formatUsd */.UK)(i.usd) : "", i.period === "one_time" ? (0,money/* formatUsd */.UK)(i.usd) : "", (0,parts_escape/* escapeCell */.kq)(i.assumption)]);
    rows.push(["**Total**", `**${(0,money/* formatUsd */.UK)(analysis.cost.monthly_usd)}**`, `**${(0,money/* formatUsd */.UK)(analysis.cost.one_time_usd)}**`, `${(0,money/* formatCount */.B4)(analysis.facts.monthly_queries)} queries/month`]);
    const table = (0,markdown_table/* markdownTable */.Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
    const alternative = measureAlternative(rec.approach);
    return `### tunegate recommends ${(0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${alternative === null ? "" : `${(0,parts_escape/* escapeInline */.VV)(alternative)}\n\n`}${table}\n`;
}
/** What to measure beside the recommendation, so the customisation-value gate can show it pays. */
function measureAlternative(approach) {
    const alternative = (0,framework_alternative/* alternativeFor */.T)(approach);
    return alternative === null ? null : `Measure the alternative it must beat: ${alternative}, on the same task suites (evals.alternative).`;
}
//# sourceMappingURL=analysis.js.map
;// CONCATENATED MODULE: ./lib/engine/output/formats/analysis.js

// `tunegate analyze`'s formats, each a function of the one analysis the command makes.
const analysisRunText = (analysis) => analysisText(analysis);
const analysisRunMarkdown = (analysis) => analysisMarkdown(analysis);
/** The analysis report (schemas/analysis.schema.json). */
const analysisRunJson = (analysis) => analysisJson(analysis);
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 4808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ costLines),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2162);
/* harmony import */ var _eval_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3602);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7266);
/* harmony import */ var _cost_sentences_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3833);
/* harmony import */ var _next_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7077);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2444);
/* harmony import */ var _rules_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9150);







const OUTCOME_LABEL = {
    pass: "PASS",
    warn: "WARN",
    fail: "FAIL",
    waived: "WAIVED",
    missing: "MISSING",
    skipped: "n/a",
    inconclusive: "UNCLEAR",
};
/** Plain text for terminals: no markup, aligned columns, the verdict first and last. */
function renderText(report) {
    const lines = [];
    lines.push(`tunegate ${report.verdict.toUpperCase()}: ${report.headline}`);
    const fix = (0,_next_step_js__WEBPACK_IMPORTED_MODULE_1__/* .firstFix */ .q6)(report);
    if (fix !== null)
        lines.push(`first: ${fix}`);
    lines.push(`plan ${report.plan.file}: approach ${report.plan.approach}${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`}; framework recommends ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApproach */ .UT)(report.recommendation)}`);
    lines.push("");
    lines.push("Gates");
    const width = Math.max(...report.gates.map((g) => g.id.length));
    for (const g of report.gates) {
        const threshold = g.threshold === null ? "" : ` [threshold ${g.threshold.display}, from ${g.threshold.source}]`;
        lines.push(`  ${OUTCOME_LABEL[g.outcome].padEnd(7)} ${g.id.padEnd(width)}  ${g.summary}${threshold}`);
        if (g.fix !== null)
            lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    fix: ${g.fix}${g.level === "error" ? " (blocks the deploy)" : ""}`);
        if (g.outcome !== "pass" && g.outcome !== "skipped") {
            // The fix is printed just above; a detail repeating it is left out.
            for (const d of g.details.filter((d) => d !== `to fix: ${g.fix}`))
                lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    - ${d}`);
            if (g.outcome !== "waived")
                lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    at ${g.location.file}:${g.location.line}:${g.location.column}`);
        }
    }
    const rules = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesLines */ .dT)(report.rules);
    if (rules.length > 0)
        lines.push("", ...rules);
    lines.push("");
    lines.push(`Recommendation: ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApproach */ .UT)(report.recommendation)}`);
    for (const r of report.recommendation.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    if (report.findings.length > 0) {
        lines.push("");
        lines.push("Mismatches");
        for (const f of report.findings)
            lines.push(`  ${f.rule.padEnd(8)} ${f.level}: ${f.message} (${f.location.file}:${f.location.line}); fix: ${f.fix}`);
    }
    if (report.cost !== null)
        lines.push("", ...costLines(report.cost));
    const sources = (0,_eval_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .evalSourceRows */ .t)(report);
    if (sources.length > 0) {
        lines.push("", "Eval files read");
        const names = [...(report.evals.candidate ?? []), ...(report.evals.baseline ?? []), ...(report.evals.alternative ?? [])].map((s) => s.names);
        const sideWidth = Math.max(...sources.map(([side]) => side.length));
        sources.forEach(([side, file, format, version, model, examples, sha256], i) => {
            lines.push(`  ${side.padEnd(sideWidth)} ${file}: ${format}${version === "—" ? "" : ` ${version}`}, model ${model}, ${examples === "—" ? "example count not recorded" : `${examples} example${/^1(\s|$)/.test(examples) ? "" : "s"}`}${sha256 === "—" ? "" : `, sha256 ${sha256}`}`);
            if ((names[i] ?? []).length > 0)
                lines.push(`  ${" ".repeat(sideWidth)} names: ${names[i].join(", ")}`);
        });
    }
    const waivers = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .waiversRead */ .it)(report.rules);
    if (waivers !== undefined)
        lines.push("", "Waivers read", `  ${waivers.file}: sha256 ${waivers.sha256}`);
    lines.push("");
    const origin = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesOriginNote */ .c0)(report.rules);
    lines.push(`verdict: ${report.verdict} (thresholds: ${report.policy.files.join(" < ")}; prices: ${report.policy.pricing_file};${origin === "" ? "" : ` ${origin};`} ${report.evaluated_on})`);
    // Each entry is one line by construction; a newline in it came from user data.
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN).join("\n")}\n`;
}
function costLines(cost) {
    const lines = [`Cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(cost.monthly_usd)}/month + ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(cost.one_time_usd)} one-time (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(cost.monthly_queries)} queries/month)`];
    const width = Math.max(...cost.items.map((i) => i.label.length), 4);
    for (const i of cost.items) {
        const amount = `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(i.usd)}${i.period === "monthly" ? "/month" : " one-time"}`;
        lines.push(`  ${i.label.padEnd(width)}  ${amount.padStart(22)}  ${i.assumption}; ${i.price_source}`);
    }
    if (cost.break_even_monthly_queries !== null)
        lines.push(`  break-even: the monthly budget holds up to ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(cost.break_even_monthly_queries)} queries/month`);
    if (cost.self_host_crossover !== undefined && cost.self_host_crossover !== null)
        lines.push(`  ${(0,_cost_sentences_js__WEBPACK_IMPORTED_MODULE_6__/* .crossoverSentence */ .Y)(cost.self_host_crossover, cost.monthly_queries)}`);
    return lines;
}
//# sourceMappingURL=text.js.map

/***/ })

};

//# sourceMappingURL=75.index.js.map