export const id = 995;
export const ids = [995];
export const modules = {

/***/ 3866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ estimateCostPlan),
/* harmony export */   n: () => (/* binding */ analyze)
/* harmony export */ });
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _framework_recommend_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7399);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7493);



/**
 * The seed deliverable: answers in, a recommendation and a first cost estimate out. The
 * estimate prices what the recommended approach would run, with the policy's assumptions; each
 * line item says whether its price came from a flag, the policy's estimate or the pinned table.
 */
function analyze(facts, effective, prices, overrides, budgetMonthlyUsd) {
    const policy = effective.policy;
    const recommendation = (0,_framework_recommend_js__WEBPACK_IMPORTED_MODULE_2__/* .recommend */ .v)(facts, policy);
    const costPlan = estimateCostPlan(recommendation, facts, effective, overrides);
    const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a)(costPlan, facts.monthly_queries, prices);
    if (!estimate.ok)
        return estimate;
    let value = { ...estimate.value, items: estimate.value.items.map((item) => ({ ...item, price_source: priceSourceOf(item, effective, overrides) })) };
    if (recommendation.approach === "full-fine-tune")
        value = scaleInference(value, policy.estimate.full_fine_tune_inference_multiplier);
    return { ok: true, value: { facts, recommendation, costPlan, cost: value, budget_monthly_usd: budgetMonthlyUsd } };
}
/** The cost block of what the recommendation would run: the policy's estimate, with flags over it. */
function estimateCostPlan(recommendation, facts, effective, overrides) {
    const assumptions = effective.policy.estimate;
    const approach = recommendation.approach;
    const llmModel = overrides.llm ?? assumptions.llm;
    const cost = {
        llm: {
            provider: llmModel.provider,
            model: llmModel.model,
            input_tokens: overrides.input_tokens ?? assumptions.llm.input_tokens,
            output_tokens: overrides.output_tokens ?? assumptions.llm.output_tokens,
            calls_per_query: 1,
            ...(overrides.llm_usd_per_mtok === undefined ? {} : { usd_per_mtok: overrides.llm_usd_per_mtok }),
        },
    };
    if (approach === "rag" || approach === "hybrid") {
        const embedding = overrides.embedding ?? assumptions.embedding;
        cost.embedding = {
            provider: embedding.provider,
            model: embedding.model,
            tokens_per_query: overrides.embedding_tokens ?? assumptions.embedding.tokens_per_query,
            ...(overrides.embedding_usd_per_mtok === undefined ? {} : { usd_per_mtok: overrides.embedding_usd_per_mtok }),
        };
        cost.vector_db = { monthly_usd: overrides.vector_db_monthly_usd ?? assumptions.vector_db_monthly_usd };
    }
    const finetunes = approach === "lora" || approach === "qlora" || approach === "full-fine-tune" || approach === "hybrid";
    if (finetunes && facts.examples !== undefined) {
        cost.fine_tune = { training_tokens: facts.examples * assumptions.fine_tune_tokens_per_example, epochs: assumptions.fine_tune_epochs, usd_per_mtok: assumptions.fine_tune_usd_per_mtok };
    }
    if (overrides.hosting_monthly_usd !== undefined)
        cost.hosting = { monthly_usd: overrides.hosting_monthly_usd };
    return cost;
}
/** Where an estimate's number came from: the flag that gave it, or the policy's estimate block. */
function priceSourceOf(item, effective, overrides) {
    const estimate = (field) => `policy estimate (estimate.${field}, ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceOf */ .vz)(effective, `estimate.${field}`)})`;
    switch (item.id) {
        case "llm":
            return overrides.llm_usd_per_mtok === undefined ? item.price_source : "--llm-usd-per-mtok";
        case "embedding":
            return overrides.embedding_usd_per_mtok === undefined ? item.price_source : "--embedding-usd-per-mtok";
        case "vector_db":
            return overrides.vector_db_monthly_usd === undefined ? estimate("vector_db_monthly_usd") : "--vector-db-usd";
        case "fine_tune":
            return estimate("fine_tune_usd_per_mtok");
        case "hosting":
            return "--hosting-usd";
        default:
            return item.price_source;
    }
}
function scaleInference(estimate, factor) {
    const items = estimate.items.map((item) => item.id === "llm"
        ? { ...item, label: `${item.label}, fine-tuned`, usd: Math.round(item.usd * factor * 100) / 100, per_query_usd: item.per_query_usd * factor, assumption: `${item.assumption} x ${factor} (fine-tuned inference)` }
        : item);
    const monthly = items.filter((i) => i.period === "monthly");
    return {
        ...estimate,
        items,
        monthly_usd: Math.round(monthly.reduce((a, i) => a + i.usd, 0) * 100) / 100,
        per_query_usd: monthly.reduce((a, i) => a + i.per_query_usd, 0),
    };
}
//# sourceMappingURL=analyze.js.map

/***/ }),

/***/ 7266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fineTuneMethodOf),
/* harmony export */   UT: () => (/* binding */ describeApproach)
/* harmony export */ });
/* unused harmony export HYBRID_DEFAULT_METHOD */
/** A hybrid that does not say how it fine-tunes fine-tunes with LoRA: the one place this is decided. */
const HYBRID_DEFAULT_METHOD = "lora";
const METHOD_NAMES = { lora: "LoRA", qlora: "QLoRA", "full-fine-tune": "full fine-tune" };
/** The fine-tuning method a plan actually uses, or undefined when it does not fine-tune. */
function fineTuneMethodOf(plan) {
    switch (plan.approach) {
        case "lora":
        case "qlora":
        case "full-fine-tune":
            return plan.approach;
        case "hybrid":
            return plan.fine_tune_method ?? HYBRID_DEFAULT_METHOD;
        default:
            return undefined;
    }
}
/** "rag", "lora", "hybrid (RAG + LoRA)": an approach as reports name it. */
function describeApproach(rec) {
    if (rec.approach !== "hybrid")
        return rec.approach;
    const method = (rec.fine_tune_method ?? HYBRID_DEFAULT_METHOD);
    return `hybrid (RAG + ${METHOD_NAMES[method] ?? method})`;
}
//# sourceMappingURL=approach.js.map

/***/ }),

/***/ 3207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ analysisJson),
/* harmony export */   io: () => (/* binding */ analysisText),
/* harmony export */   oc: () => (/* binding */ analysisReportSchema),
/* harmony export */   s0: () => (/* binding */ analysisMarkdown)
/* harmony export */ });
/* unused harmony export analysisReport */
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3094);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7266);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6962);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8590);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2162);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7929);









const costItemSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), period: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["monthly", "one_time"]), usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), assumption: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), price_source: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }));
/** `tunegate analyze --format json`: the answers given, the recommendation and the first estimate. */
const analysisReportSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz("tunegate"),
    inputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        task: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .taskKindSchema */ .NE.optional().describe("absent when not given: the other answers decide"),
        knowledge_change: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .knowledgeChangeSchema */ .WO,
        citations_required: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
        style_requirements: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .styleRequirementSchema */ .IY,
        latency_p95_ms: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        examples: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
    }),
    recommendation: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        approach: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .approachSchema */ .Or,
        fine_tune_method: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .fineTuneMethodSchema */ .pi.nullable(),
        reasons: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ rule: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })),
        alternative: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable().describe("the simpler approach to measure beside it (evals.alternative), which the customisation-value gate requires it to beat; null for prompt"),
    }),
    cost: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        per_query_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        budget: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(), one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable() }).nullable(),
        break_even_monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(),
        items: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(costItemSchema),
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
        recommendation: { approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null, reasons: rec.reasons.map((r) => ({ rule: r.rule, message: r.message })), alternative: (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(rec.approach) },
        cost: {
            monthly_usd: analysis.cost.monthly_usd,
            one_time_usd: analysis.cost.one_time_usd,
            per_query_usd: analysis.cost.per_query_usd,
            monthly_queries: facts.monthly_queries,
            budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
            break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .f)(analysis.cost, budget),
            items: analysis.cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
        },
    };
}
function analysisJson(analysis) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonDocument */ .Q8)(analysisReport(analysis));
}
function analysisText(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const lines = [`Recommendation: ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`, "", "Why"];
    for (const r of rec.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    const alternative = measureAlternative(rec.approach);
    if (alternative !== null)
        lines.push("", alternative);
    lines.push("", ...(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .costLines */ .F)({
        ...analysis.cost,
        monthly_queries: analysis.facts.monthly_queries,
        budget: null,
        break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .f)(analysis.cost, budget),
    }));
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN).join("\n")}\n`;
}
function analysisMarkdown(analysis) {
    const rec = analysis.recommendation;
    const reasons = rec.reasons.map((r) => `- **${r.rule}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(r.message)}`).join("\n");
    const rows = analysis.cost.items.map((i) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.label), i.period === "monthly" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "", i.period === "one_time" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "", (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.assumption)]);
    rows.push(["**Total**", `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.monthly_usd)}**`, `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.one_time_usd)}**`, `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCount */ .B4)(analysis.facts.monthly_queries)} queries/month`]);
    const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_8__/* .markdownTable */ .Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
    const alternative = measureAlternative(rec.approach);
    return `### tunegate recommends ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${alternative === null ? "" : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(alternative)}\n\n`}${table}\n`;
}
/** What to measure beside the recommendation, so the customisation-value gate can show it pays. */
function measureAlternative(approach) {
    const alternative = (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(approach);
    return alternative === null ? null : `Measure the alternative it must beat: ${alternative}, on the same task suites (evals.alternative).`;
}
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 2647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ analysisInputs),
/* harmony export */   W: () => (/* binding */ ANALYSIS_OPTIONS)
/* harmony export */ });
/* harmony import */ var _engine_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1556);


/** The answers and cost flags `analyze` and `init` share. */
const ANALYSIS_OPTIONS = {
    "knowledge-changes": { type: "string" },
    "needs-citations": { type: "string" },
    "style-requirements": { type: "string" },
    "training-data": { type: "string" },
    "latency-requirement": { type: "string" },
    "monthly-queries": { type: "string" },
    task: { type: "string" },
    llm: { type: "string" },
    "input-tokens": { type: "string" },
    "output-tokens": { type: "string" },
    "llm-usd-per-mtok": { type: "string" },
    embedding: { type: "string" },
    "embedding-tokens": { type: "string" },
    "embedding-usd-per-mtok": { type: "string" },
    "vector-db-usd": { type: "string" },
    "hosting-usd": { type: "string" },
    "budget-usd": { type: "string" },
    policy: { type: "string" },
    pricing: { type: "string" },
};
/** The answers without a default, each with an example of what it takes. */
const REQUIRED_ANSWERS = [
    ["knowledge-changes", "(daily | weekly | monthly | yearly | static)"],
    ["needs-citations", "(true | false)"],
    ["monthly-queries", "(e.g. 100000)"],
];
/** The five answers and the cost overrides, each checked with a message naming its flag. */
function analysisInputs(values) {
    // Every answer a user must give, named in one run rather than one missing flag per run.
    const missing = REQUIRED_ANSWERS.filter(([flag]) => values[flag] === undefined);
    if (missing.length > 0) {
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${missing.length === 1 ? "this answer is" : `these ${missing.length} answers are`} required: ${missing.map(([flag, example]) => `--${flag} ${example}`).join(", ")}`);
    }
    const monthlyQueries = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("monthly-queries", values["monthly-queries"]);
    if (monthlyQueries === undefined)
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("--monthly-queries is required (e.g. 100000)");
    if (Math.round(monthlyQueries) < 1)
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("--monthly-queries must be at least 1: with none, every per-query cost is $0");
    const facts = {
        task: values.task === undefined ? undefined : (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredOneOf */ .b9)("task", values.task, _engine_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .taskKindSchema */ .NE.options),
        knowledge_change: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .requiredOneOf */ .b9)("knowledge-changes", values["knowledge-changes"], _engine_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .knowledgeChangeSchema */ .WO.options),
        citations_required: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanFlag */ .Fg)("needs-citations", values["needs-citations"]),
        style_requirements: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)("style-requirements", values["style-requirements"], _engine_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .styleRequirementSchema */ .IY.options, "none"),
        latency_p95_ms: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .durationFlag */ .h5)(values["latency-requirement"]),
        monthly_queries: Math.round(monthlyQueries),
        examples: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .examplesFlag */ .au)(values["training-data"]),
    };
    const overrides = {
        ...optional("llm", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .modelFlag */ .gH)("llm", values.llm)),
        ...optional("input_tokens", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("input-tokens", values["input-tokens"], 1e7)),
        ...optional("output_tokens", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("output-tokens", values["output-tokens"], 1e7)),
        ...optional("llm_usd_per_mtok", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("llm-usd-per-mtok", values["llm-usd-per-mtok"], 10_000)),
        ...optional("embedding", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .modelFlag */ .gH)("embedding", values.embedding)),
        ...optional("embedding_tokens", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("embedding-tokens", values["embedding-tokens"], 1e7)),
        ...optional("embedding_usd_per_mtok", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("embedding-usd-per-mtok", values["embedding-usd-per-mtok"], 10_000)),
        ...optional("vector_db_monthly_usd", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("vector-db-usd", values["vector-db-usd"], 1e9)),
        ...optional("hosting_monthly_usd", (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("hosting-usd", values["hosting-usd"], 1e9)),
    };
    return { facts, overrides, budgetMonthlyUsd: (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .numberFlag */ .C$)("budget-usd", values["budget-usd"], 1e9) };
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
//# sourceMappingURL=analysis-flags.js.map

/***/ }),

/***/ 1376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var _engine_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3866);
/* harmony import */ var _engine_report_analysis_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3207);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1240);
/* harmony import */ var _analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2647);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1556);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7452);







async function analyzeCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(args, { ..._analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .ANALYSIS_OPTIONS */ .W, format: { type: "string" } });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)("format", values.format, ["text", "markdown", "json"], "text");
    const { facts, overrides, budgetMonthlyUsd } = (0,_analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .analysisInputs */ .E)(values);
    const policySpec = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_5__/* .policyFlag */ .J)(values.policy, io);
    if (!policySpec.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .reportDiagnostics */ .D)(policySpec.diagnostics, io);
    const policy = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readPolicy */ .T4)(io.cwd, policySpec.value);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const prices = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readPrices */ .RP)(io.cwd, policy.value, undefined, values.pricing);
    if (!prices.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .reportDiagnostics */ .D)(prices.diagnostics, io);
    const result = (0,_engine_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .n)(facts, policy.value, prices.value, overrides, budgetMonthlyUsd);
    if (!result.ok) {
        // The priced items came from flags or the policy's estimate block, not a file the user wrote.
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(result.problems.map((p) => `${p.message}${p.hint === undefined ? "" : ` (${p.hint})`}`).join("; "));
    }
    io.out(format === "json" ? (0,_engine_report_analysis_js__WEBPACK_IMPORTED_MODULE_1__/* .analysisJson */ .RC)(result.value) : format === "markdown" ? (0,_engine_report_analysis_js__WEBPACK_IMPORTED_MODULE_1__/* .analysisMarkdown */ .s0)(result.value) : (0,_engine_report_analysis_js__WEBPACK_IMPORTED_MODULE_1__/* .analysisText */ .io)(result.value));
    return 0;
}
//# sourceMappingURL=analyze-command.js.map

/***/ })

};

//# sourceMappingURL=995.index.js.map