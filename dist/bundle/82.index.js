export const id = 82;
export const ids = [82];
export const modules = {

/***/ 3866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ estimateCostPlan),
/* harmony export */   n: () => (/* binding */ analyze)
/* harmony export */ });
/* harmony import */ var _cost_crossover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1712);
/* harmony import */ var _cost_lifecycle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(902);
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(751);
/* harmony import */ var _framework_recommend_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7399);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);





/**
 * The seed deliverable: answers in, a recommendation and a first cost estimate out. The
 * estimate prices what the recommended approach would run, with the policy's assumptions; each
 * line item says whether its price came from a flag, the policy's estimate or the pinned table.
 */
function analyze(facts, effective, prices, overrides, budgetMonthlyUsd, options = {}) {
    const policy = effective.policy;
    const recommendation = (0,_framework_recommend_js__WEBPACK_IMPORTED_MODULE_3__/* .recommend */ .v)(facts, policy);
    const costPlan = estimateCostPlan(recommendation, facts, effective, overrides, { prices, ...options });
    const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateCost */ .a3)(costPlan, facts.monthly_queries, prices);
    if (!estimate.ok)
        return estimate;
    let value = {
        ...estimate.value,
        items: estimate.value.items.map((item) => ({
            ...item,
            price_source: priceSourceOf(item, effective, overrides, costPlan.fine_tune?.provider !== undefined),
        })),
    };
    // The policy's multiplier stands in for a fine-tune's inference price only where no real one is looked up.
    if (recommendation.approach === "full-fine-tune" && costPlan.llm?.fine_tuned !== true)
        value = scaleInference(value, policy.estimate.full_fine_tune_inference_multiplier);
    const horizon = policy.audit.shutdown_horizon_days;
    const endings = options.today === undefined
        ? []
        : (0,_cost_lifecycle_js__WEBPACK_IMPORTED_MODULE_4__/* .priceEndings */ .W)(value.prices_used, options.today).filter((e) => e.daysLeft <= horizon);
    return {
        ok: true,
        value: { facts, recommendation, costPlan, cost: value, budget_monthly_usd: budgetMonthlyUsd, endings },
    };
}
/** The cost block of what the recommendation would run: the policy's estimate, with flags over it. */
function estimateCostPlan(recommendation, facts, effective, overrides, options = {}) {
    const assumptions = effective.policy.estimate;
    const approach = recommendation.approach;
    const llmModel = overrides.llm ?? assumptions.llm;
    const finetunes = approach === "lora" || approach === "qlora" || approach === "full-fine-tune" || approach === "hybrid";
    // A closed-weights model's fine-tune is served by its vendor at the vendor's fine-tuned price,
    // never the base model's: the estimate looks that price up, and says so when there is none.
    const servesFineTune = options.fineTunedServing === true &&
        finetunes &&
        overrides.llm_usd_per_mtok === undefined &&
        (0,_cost_crossover_js__WEBPACK_IMPORTED_MODULE_0__/* .isClosedWeights */ .U)(llmModel.provider);
    const cost = {
        llm: {
            provider: llmModel.provider,
            model: llmModel.model,
            input_tokens: overrides.input_tokens ?? assumptions.llm.input_tokens,
            output_tokens: overrides.output_tokens ?? assumptions.llm.output_tokens,
            calls_per_query: 1,
            ...(overrides.llm_usd_per_mtok === undefined ? {} : { usd_per_mtok: overrides.llm_usd_per_mtok }),
            ...(servesFineTune ? { fine_tuned: true } : {}),
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
    if (finetunes && facts.examples !== undefined) {
        const trainingTokens = facts.examples * assumptions.fine_tune_tokens_per_example;
        const vendor = `${llmModel.provider}${_cost_model_js__WEBPACK_IMPORTED_MODULE_1__/* .FINE_TUNED_SUFFIX */ .oF}`;
        const published = servesFineTune && options.prices?.prices[`${vendor}/${llmModel.model}`]?.training_mtok !== undefined;
        cost.fine_tune = published
            ? {
                provider: vendor,
                model: llmModel.model,
                training_tokens: trainingTokens,
                epochs: assumptions.fine_tune_epochs,
            }
            : {
                training_tokens: trainingTokens,
                epochs: assumptions.fine_tune_epochs,
                usd_per_mtok: assumptions.fine_tune_usd_per_mtok,
            };
    }
    if (overrides.hosting_monthly_usd !== undefined)
        cost.hosting = { monthly_usd: overrides.hosting_monthly_usd };
    return cost;
}
/** Where an estimate's number came from: the flag that gave it, or the policy's estimate block. */
function priceSourceOf(item, effective, overrides, trainedAtPublishedPrice) {
    const estimate = (field) => `policy estimate (estimate.${field}, ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOf */ .vz)(effective, `estimate.${field}`)})`;
    switch (item.id) {
        case "llm":
            return overrides.llm_usd_per_mtok === undefined ? item.price_source : "--llm-usd-per-mtok";
        case "embedding":
            return overrides.embedding_usd_per_mtok === undefined ? item.price_source : "--embedding-usd-per-mtok";
        case "vector_db":
            return overrides.vector_db_monthly_usd === undefined ? estimate("vector_db_monthly_usd") : "--vector-db-usd";
        case "fine_tune":
            // A vendor's published training price names its own source; the policy's estimate otherwise.
            return trainedAtPublishedPrice ? item.price_source : estimate("fine_tune_usd_per_mtok");
        case "hosting":
            return "--hosting-usd";
        default:
            return item.price_source;
    }
}
function scaleInference(estimate, factor) {
    const items = estimate.items.map((item) => item.id === "llm"
        ? {
            ...item,
            label: `${item.label}, fine-tuned`,
            usd: Math.round(item.usd * factor * 100) / 100,
            per_query_usd: item.per_query_usd * factor,
            assumption: `${item.assumption} x ${factor} (fine-tuned inference)`,
        }
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

/***/ 3094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ alternativeFor)
/* harmony export */ });
/**
 * The simpler approach a customisation must beat, as a plan measures it in evals.alternative
 * ("start simple": docs/framework.md section 9). Null for prompting, the simplest approach.
 */
function alternativeFor(approach) {
    switch (approach) {
        case "prompt":
            return null;
        case "rag":
            return "the same model without retrieval";
        case "hybrid":
            return "the RAG-only system (the base model with retrieval and few-shot prompts)";
        default:
            return "the base model prompted with few-shot examples";
    }
}
//# sourceMappingURL=alternative.js.map

/***/ }),

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
    value: "9-start-simple-did-the-customisation-buy-anything",
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

/***/ 2647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ analysisInputs),
/* harmony export */   W: () => (/* binding */ ANALYSIS_OPTIONS)
/* harmony export */ });
/* harmony import */ var _engine_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);
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

/***/ 1463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ reportDiagnostics)
/* harmony export */ });
/* harmony import */ var _engine_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4885);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6607);


/** Input problems to stderr, each at its file:line:col, and exit 2: nothing was checked. */
/** A file of thousands of problems is not read by anyone past the first hundred. */
const MAX_PRINTED_DIAGNOSTICS = 100;
function reportDiagnostics(diagnostics, io) {
    for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS))
        io.err(`${(0,_engine_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\n`);
    const more = diagnostics.length - MAX_PRINTED_DIAGNOSTICS;
    if (more > 0)
        io.err(`tunegate: and ${more} more problems, not listed\n`);
    io.err(`tunegate: ${diagnostics.length} input problem${diagnostics.length === 1 ? "" : "s"}; nothing was checked.\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
}
//# sourceMappingURL=diagnostics.js.map

/***/ }),

/***/ 7082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/analyze.js
var analyze = __webpack_require__(3866);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
// EXTERNAL MODULE: ./lib/engine/framework/recommend.js
var recommend = __webpack_require__(7399);
;// CONCATENATED MODULE: ./lib/engine/init/infer-task.js
/**
 * The task a plan must declare when the answers left it open: what the other answers point to,
 * and knowledge when nothing does ("unsure -> start with RAG"). Chosen so the plan gets the same
 * recommendation the answers did.
 */
function inferTask(facts, policy) {
    if (facts.task !== undefined)
        return facts.task;
    const fw = policy.framework;
    const knowledge = fw.rag_knowledge_change.includes(facts.knowledge_change) ||
        fw.rag_preferred_knowledge_change.includes(facts.knowledge_change) ||
        facts.citations_required;
    const behavior = fw.behavior_style_levels.includes(facts.style_requirements);
    if (knowledge && behavior)
        return "both";
    return behavior ? "behavior" : "knowledge";
}
//# sourceMappingURL=infer-task.js.map
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/engine/framework/alternative.js
var framework_alternative = __webpack_require__(3094);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
// EXTERNAL MODULE: ./lib/engine/framework/readiness.js
var readiness = __webpack_require__(9217);
;// CONCATENATED MODULE: ./lib/engine/init/plan-text.js






/**
 * The tunegate.yml `tunegate init` writes: the answers, the recommended approach with its
 * reasons, the cost block the estimate priced, and commented placeholders for what only the team
 * knows (budget, eval results, waivers, and the readiness checklist when it fine-tunes).
 */
function initPlanText(input) {
    const { analysis } = input;
    const facts = analysis.facts;
    const rec = analysis.recommendation;
    const lines = [
        `# yaml-language-server: $schema=${input.schemaRef}`,
        `# tunegate plan, written by \`tunegate init\` (tunegate ${input.version}) on ${input.today} from your answers.`,
        "# Check it with `npx tunegate check`; the commented blocks at the end are what tunegate cannot know.",
        `# The rules behind every check: ${(0,doc_link/* frameworkDocUrl */._E)()}`,
        "version: 1",
        `name: ${scalar(input.name)}`,
        `# The framework recommends ${(0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}, because:`,
        ...rec.reasons.map((r) => `# * ${r.rule}: ${r.message}`),
        `approach: ${rec.approach}`,
    ];
    if (rec.approach === "hybrid")
        lines.push(`fine_tune_method: ${rec.fine_tune_method ?? "lora"}`);
    lines.push("use_case:", `  task: ${input.task}${input.inferred ? "   # Q3, inferred from your answers: knowledge | behavior | both | none" : "   # Q3"}`, `  knowledge_change: ${facts.knowledge_change}   # Q1`, `  citations_required: ${facts.citations_required}   # Q2`, `  style_requirements: ${facts.style_requirements}`);
    if (facts.latency_p95_ms !== undefined)
        lines.push(`  latency_p95_ms: ${facts.latency_p95_ms}   # Q5`);
    lines.push(`  monthly_queries: ${facts.monthly_queries}`);
    if (facts.examples !== undefined)
        lines.push("training:", `  examples: ${facts.examples}   # Q4: curated examples for fine-tuning`);
    const fineTunes = rec.approach !== "rag" && rec.approach !== "prompt";
    if (fineTunes) {
        lines.push("# readiness:   # before fine-tuning: answer true or false to each (docs/framework.md section 6)");
        for (const [key, label] of readiness/* READINESS_ITEMS */.kt)
            lines.push(`#   ${key}: false   # ${label}`);
    }
    lines.push("cost:   # priced from the policy's estimate assumptions; replace them with your own numbers");
    for (const [key, value] of Object.entries(analysis.costPlan)) {
        if (value === undefined)
            continue;
        const { calls_per_query: calls, ...rest } = value;
        const item = calls === 1 || calls === undefined ? rest : { ...rest, calls_per_query: calls };
        lines.push(`  ${key}: ${flow(item)}${key === "llm" ? "   # tokens per call" : key === "fine_tune" ? "   # one-time" : ""}`);
        if (key === "llm")
            lines.push(...servingLines(analysis));
    }
    // A model the plan would build on that will not stay available: said here, before a team trains on it.
    for (const ending of analysis.endings)
        lines.push(`  # ${ending.sentence}: tunegate check warns (pricing-freshness) until the plan moves to a model that stays available`);
    const cost = analysis.cost;
    const alternative = (0,framework_alternative/* alternativeFor */.T)(rec.approach);
    lines.push("# budget:   # the cost-budget gate: the projected cost must stay within it", `#   monthly_usd: ${Math.ceil(cost.monthly_usd)}   # your limit; the cost block above comes to ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month${cost.unpriced.length > 0 ? " before serving the fine-tuned model" : ""}`, ...(cost.one_time_usd > 0
        ? [`#   one_time_usd: ${Math.ceil(cost.one_time_usd)}   # and ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time`]
        : []), "# evals:   # where your eval tools write results, relative to this file", "#   candidate: evals/candidate.json   # the customised system: lm-evaluation-harness, promptfoo, Inspect or tunegate JSON", ...(fineTunes ? ["#   baseline: evals/baseline.json     # the base model, for the forgetting gate"] : []), ...(alternative === null
        ? []
        : [
            `#   alternative: evals/alternative.json   # ${alternative}: what the customisation must beat (customisation-value gate)`,
        ]), "#   task_floor: 0.85                  # the lowest task score you accept", "# waivers:   # a gate you accept failing for now: which, why, who, until when", "#   - gate: safety", '#     reason: "red-team suite being rebuilt"', '#     owner: "@your-team"', `#     expires: ${addDays(input.today, 30)}`);
    return `${lines.join("\n")}\n`;
}
/**
 * What serving the fine-tuned model costs, under the llm line: the published fine-tuned price
 * the estimate used (its source and date), or, with none in the price data, where to get one.
 * Never a number tunegate does not have.
 */
function servingLines(analysis) {
    const llm = analysis.costPlan.llm;
    if (llm?.fine_tuned !== true)
        return [];
    const unpriced = analysis.cost.unpriced.find((u) => u.id === "llm");
    if (unpriced !== undefined) {
        return [
            `  # serving the fine-tune: no price yet. ${llm.provider}/${llm.model} fine-tuned is served by ${llm.provider} at its own per-token price,`,
            "  # which is not in the price data tunegate ships; the cost-budget gate is missing until the plan has it.",
            `  # To fix: ${unpriced.fix}.`,
        ];
    }
    const item = analysis.cost.items.find((i) => i.id === "llm");
    return item === undefined ? [] : [`  # serving the fine-tune: ${item.assumption}, priced from ${item.price_source}`];
}
/** A YAML scalar as the yaml library would write it (quoted only when it must be). */
function scalar(value) {
    return (0,dist/* stringify */.As)(value).trimEnd();
}
function flow(item) {
    const parts = Object.entries(item)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}: ${scalar(v)}`);
    return `{ ${parts.join(", ")} }`;
}
function addDays(date, days) {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
//# sourceMappingURL=plan-text.js.map
;// CONCATENATED MODULE: ./lib/engine/init/workflow-text.js


/**
 * The report-only start: a new team's first pull requests show what is missing without failing
 * the check. Deleting this one line enforces (fail-on defaults to error).
 */
const REPORT_ONLY_LINE = "fail-on: never   # report-only start: delete this line to make a failing gate fail the check";
/**
 * .github/workflows/tunegate.yml: the pull-request check and the weekly pricing-drift audit,
 * each job with only the permissions it needs (a comment needs pull-requests: write, the audit's
 * tracking issue issues: write), and each in a concurrency group so two runs never race on the
 * comment or the issue (tunegate also settles such races itself; see sticky-comment.ts).
 */
function initWorkflowText(input) {
    const inputs = (mode) => [
        `          plan: ${(0,dist/* stringify */.As)(input.plan).trimEnd()}`,
        `          mode: ${mode}`,
        ...(input.policy === undefined ? [] : [`          policy: ${(0,dist/* stringify */.As)(input.policy).trimEnd()}`]),
    ];
    return [
        "# tunegate on every pull request (one sticky comment per plan, the verdict decides the check) and a",
        "# weekly pricing-drift audit (one tracking issue, opened and closed as prices move).",
        `# Written by \`tunegate init\` (tunegate ${input.version}); inputs and outputs: ${doc_link/* REPOSITORY_URL */.ld}#github-action`,
        "name: tunegate",
        "on:",
        "  pull_request:",
        "  schedule:",
        '    - cron: "17 6 * * 1"   # Mondays 06:17 UTC: the pricing-drift audit',
        "  workflow_dispatch:        # run the audit by hand",
        "permissions: {}             # each job asks for what it needs",
        "jobs:",
        "  check:",
        "    if: github.event_name == 'pull_request'",
        "    runs-on: ubuntu-latest",
        "    concurrency:   # one run per pull request: a new push cancels the run for the older commit",
        "      group: tunegate-check-${{ github.event.pull_request.number }}",
        "      cancel-in-progress: true",
        "    permissions:",
        "      contents: read",
        "      pull-requests: write   # the sticky comment",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "        with:",
        "          persist-credentials: false   # no token left in .git/config for later steps to read",
        "          fetch-depth: 0   # lets the comment compare the plan with the base branch",
        "      - uses: tunegate/tunegate@v0",
        "        with:",
        ...inputs("check"),
        `          ${REPORT_ONLY_LINE}`,
        "  audit:",
        "    if: github.event_name != 'pull_request'",
        "    runs-on: ubuntu-latest",
        "    concurrency:   # one audit at a time, so two never open two tracking issues",
        "      group: tunegate-audit",
        "      cancel-in-progress: false",
        "    permissions:",
        "      contents: read",
        "      issues: write   # the audit's tracking issue",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "        with:",
        "          persist-credentials: false   # no token left in .git/config for later steps to read",
        "      - uses: tunegate/tunegate@v0",
        "        with:",
        ...inputs("audit"),
        "",
    ].join("\n");
}
/**
 * Adds a plan to an existing tunegate workflow: every tunegate step's `plan:` input gets the
 * new path (comma-separated, as the input takes them), so a repository keeps one workflow for
 * all its plans. Unchanged when every step already names it; refused when a step has no `plan:`
 * line to extend (its default is the root's tunegate.yml, which a text edit should not guess at).
 */
function addPlanToWorkflow(text, plan) {
    const lines = text.split("\n");
    let steps = 0;
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        if (!/^\s*-?\s*uses:\s*tunegate\/tunegate@/.test(lines[i]))
            continue;
        steps++;
        const indent = /^(\s*)/.exec(lines[i].replace("-", " "))[1].length;
        let found = false;
        for (let j = i + 1; j < lines.length; j++) {
            const line = lines[j];
            if (line.trim() === "" || line.trim().startsWith("#"))
                continue;
            if (/^(\s*)/.exec(line)[1].length <= indent && !/^\s*with:/.test(line))
                break;
            if (/^\s*-\s/.test(line))
                break;
            const match = /^(\s*plan:\s*)(["']?)([^"'#\n]*?)\2(\s*(#.*)?)$/.exec(line);
            if (match === null)
                continue;
            found = true;
            if (/^[|>]/.test(match[3].trim()))
                return { ok: false, reason: `its plan: input (line ${j + 1}) is a block; add ${plan} to it by hand` };
            const entries = match[3]
                .split(",")
                .map((e) => e.trim())
                .filter((e) => e !== "");
            if (!entries.includes(plan)) {
                lines[j] = `${match[1]}${JSON.stringify([...entries, plan].join(","))}${match[4]}`;
                changed = true;
            }
            break;
        }
        if (!found)
            return { ok: false, reason: `a tunegate step (line ${i + 1}) has no plan: input to add ${plan} to` };
    }
    if (steps === 0)
        return { ok: false, reason: "it has no tunegate/tunegate step" };
    return { ok: true, text: lines.join("\n"), changed };
}
//# sourceMappingURL=workflow-text.js.map
// EXTERNAL MODULE: ./lib/engine/plan/load.js + 1 modules
var load = __webpack_require__(3514);
// EXTERNAL MODULE: ./lib/engine/pricing/pin.js
var pin = __webpack_require__(4168);
// EXTERNAL MODULE: ./lib/engine/pricing/plan-models.js
var plan_models = __webpack_require__(6060);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/price-feed.js + 1 modules
var price_feed = __webpack_require__(5804);
// EXTERNAL MODULE: ./lib/shell/pricing-pin.js
var pricing_pin = __webpack_require__(6194);
// EXTERNAL MODULE: ./lib/shell/repo-settings.js
var repo_settings = __webpack_require__(1240);
// EXTERNAL MODULE: ./lib/shell/safe-write.js
var safe_write = __webpack_require__(2531);
;// CONCATENATED MODULE: ./lib/shell/init.js

















const INIT_PLAN = "tunegate.yml";
const INIT_WORKFLOW = ".github/workflows/tunegate.yml";
/**
 * Everything `tunegate init` would write, computed without writing: the plan from analyze's
 * answers, the workflow, and the repository's pinned prices for every model the plan uses
 * (from the price data tunegate bundles, or copied from its shipped table).
 */
async function composeInit(request) {
    const policy = await (0,repo_settings/* readPolicy */.T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const shipped = await (0,repo_settings/* readShippedPrices */.I)();
    if (!shipped.ok)
        return shipped;
    const recommendation = (0,recommend/* recommend */.v)(request.facts, policy.value.policy);
    // A plan init writes prices the fine-tune it would serve, never its base model (cost/model.ts).
    const estimate = { fineTunedServing: true, prices: shipped.value };
    const costPlan = (0,analyze/* estimateCostPlan */.j)(recommendation, request.facts, policy.value, request.overrides, estimate);
    const bundled = await (0,price_feed/* loadCurrentPrices */.W)("bundled", request.root);
    if (!bundled.ok)
        throw new Error(bundled.reason);
    // A second plan in the same repository adds its models to the pinned prices already there.
    const existingPrices = await readExisting(request.root, repo_settings/* REPO_PRICING */._Q);
    const pinned = (0,pin/* pinPrices */.E)({
        file: repo_settings/* REPO_PRICING */._Q,
        existing: existingPrices,
        header: (0,pricing_pin/* pinnedTableHeader */.c)(await schemaRef(request.root, ".tunegate", "pricing")),
        wanted: (0,plan_models/* withPublishedPrices */.DU)((0,plan_models/* modelsPricedFromTable */.UL)({ cost: costPlan }), [
            shipped.value,
            repositoryTable(existingPrices),
        ]),
        current: bundled,
        shipped: shipped.value,
        today: request.today,
    });
    if (!pinned.ok)
        return pinned;
    if (pinned.report.unknown.length > 0)
        return { ok: false, diagnostics: pinned.report.unknown.map((u) => unknownModel(u, request.overrides)) };
    const table = (0,price_table/* loadPriceTable */.QY)(repo_settings/* REPO_PRICING */._Q, pinned.text);
    const here = request.here ?? "";
    const planPath = here === "" ? INIT_PLAN : `${here}/${INIT_PLAN}`;
    if (!table.ok)
        return table;
    const analysis = (0,analyze/* analyze */.n)(request.facts, policy.value, (0,price_table/* layerPriceTables */.oQ)(table.value, shipped.value, repo_settings/* REPO_PRICING */._Q), request.overrides, request.budgetMonthlyUsd, { ...estimate, today: request.today });
    if (!analysis.ok)
        return {
            ok: false,
            diagnostics: analysis.problems.map((p) => ({
                kind: p.kind,
                message: p.message,
                location: { file: "tunegate init", line: 1, column: 1 },
                field: "",
                ...(p.hint === undefined ? {} : { hint: p.hint }),
            })),
        };
    const task = inferTask(request.facts, policy.value.policy);
    const planText = initPlanText({
        name: request.name ?? defaultName((0,external_node_path_.join)(request.root, here)),
        analysis: analysis.value,
        task,
        inferred: request.facts.task === undefined,
        schemaRef: await schemaRef(request.root, here === "" ? "." : here, "plan"),
        version: version/* VERSION */.x,
        today: request.today,
    });
    // What init writes must be a plan tunegate accepts, with the recommendation it was written for.
    const reloaded = (0,load/* loadPlan */.Y)(planPath, planText);
    if (!reloaded.ok)
        throw new Error(`tunegate init wrote a plan it cannot read: ${reloaded.diagnostics.map((d) => d.message).join("; ")}`);
    const workflow = await workflowFile(request.root, planPath, request.policyFlag);
    const files = [
        { path: planPath, text: planText, mode: "create" },
        ...workflow,
        existingPrices === undefined
            ? { path: repo_settings/* REPO_PRICING */._Q, text: pinned.text, mode: "create" }
            : { path: repo_settings/* REPO_PRICING */._Q, text: pinned.text, mode: "replace", previous: existingPrices },
    ];
    const checked = [];
    for (const { refusal, ...file } of files) {
        if (file.mode === "replace" && file.text === file.previous)
            continue; // nothing to add
        const writable = await (0,safe_write/* checkWritable */.Z)(request.root, file.path, file.mode);
        checked.push({
            ...file,
            refusals: [...(refusal === undefined ? [] : [refusal]), ...(writable.ok ? [] : writable.diagnostics)],
        });
    }
    return { ok: true, files: checked, analysis: analysis.value, pinned: pinned.report };
}
/**
 * Writes the files, or none of them: every target is checked first, and if a later write fails
 * the earlier ones of this run are removed again.
 */
async function writeInit(root, files) {
    const refusals = [];
    for (const file of files) {
        const writable = await (0,safe_write/* checkWritable */.Z)(root, file.path, file.mode);
        if (!writable.ok)
            refusals.push(...writable.diagnostics);
    }
    if (refusals.length > 0)
        return { ok: false, diagnostics: refusals };
    const written = [];
    for (const file of files) {
        const result = await (0,safe_write/* writeRepoFile */.a)(root, file.path, file.text, file.mode);
        if (!result.ok) {
            for (const done of written) {
                if (done.previous === undefined)
                    await (0,promises_.unlink)((0,external_node_path_.join)(root, done.path)).catch(() => undefined);
                else
                    await (0,safe_write/* writeRepoFile */.a)(root, done.path, done.previous, "replace").catch(() => undefined);
            }
            return result;
        }
        written.push(file);
    }
    return { ok: true };
}
/**
 * The `$schema` reference for a file in `folder`: a relative path to the installed package's
 * schema when the package sits inside the repository (node_modules), else the schema at this
 * version's release tag.
 */
async function schemaRef(root, folder, name) {
    const schema = (0,external_node_path_.join)((0,files/* packageRoot */.Zl)(), "schemas", `${name}.schema.json`);
    const [realRoot, realSchema] = await Promise.all([(0,promises_.realpath)(root), (0,promises_.realpath)(schema).catch(() => schema)]);
    if (realSchema.startsWith(realRoot + external_node_path_.sep))
        return (0,external_node_path_.relative)((0,external_node_path_.join)(realRoot, folder), realSchema).split(external_node_path_.sep).join("/");
    return `https://raw.githubusercontent.com/tunegate/tunegate/v${version/* VERSION */.x}/schemas/${name}.schema.json`;
}
/** A file's text when it exists (undefined when it does not). */
async function readExisting(root, path) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.join)(root, path), "utf8");
    }
    catch {
        return undefined;
    }
}
/**
 * The workflow at the work tree's root, the only place GitHub reads workflows: a new one, or
 * the repository's existing tunegate workflow with this plan added to its plan input.
 */
async function workflowFile(root, planPath, policyFlag) {
    const folder = (0,external_node_path_.join)(root, ".github", "workflows");
    const names = (await (0,promises_.readdir)(folder).catch(() => [])).filter((n) => /\.ya?ml$/.test(n)).sort();
    for (const name of [
        ...names.filter((n) => `.github/workflows/${n}` === INIT_WORKFLOW),
        ...names.filter((n) => `.github/workflows/${n}` !== INIT_WORKFLOW),
    ]) {
        const path = `.github/workflows/${name}`;
        const text = await readExisting(root, path);
        if (text === undefined || !/uses:\s*tunegate\/tunegate@/.test(text))
            continue;
        const edit = addPlanToWorkflow(text, planPath);
        if (edit.ok)
            return edit.changed ? [{ path, text: edit.text, mode: "replace", previous: text }] : [];
        return [
            {
                path,
                text,
                mode: "replace",
                previous: text,
                refusal: {
                    kind: "invalid-value",
                    message: `${path} runs tunegate, but init cannot add ${planPath} to it: ${edit.reason}`,
                    location: { file: path, line: 1, column: 1 },
                    field: "plan",
                    hint: `add ${planPath} to the plan input of its tunegate step (paths separated by commas), or give it a plan: line`,
                },
            },
        ];
    }
    return [
        {
            path: INIT_WORKFLOW,
            text: initWorkflowText({ plan: planPath, policy: policyFlag, version: version/* VERSION */.x }),
            mode: "create",
        },
    ];
}
/** The repository folder's name, as a plan name may be written. */
function defaultName(root) {
    const name = (0,external_node_path_.basename)(root)
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 100);
    return name === "" ? "my-llm-feature" : name;
}
function unknownModel(unknown, overrides) {
    const flag = overrides.llm !== undefined && unknown.model === `${overrides.llm.provider}/${overrides.llm.model}`
        ? "--llm"
        : overrides.embedding !== undefined &&
            unknown.model === `${overrides.embedding.provider}/${overrides.embedding.model}`
            ? "--embedding"
            : "policy estimate";
    return {
        kind: "unknown-model",
        message: `unknown model ${unknown.model}: ${unknown.reason}, and tunegate ships no price for it`,
        location: { file: flag, line: 1, column: 1 },
        field: "",
        hint: flag === "--embedding"
            ? "give --embedding-usd-per-mtok, or name a model the price data knows"
            : "give --llm-usd-per-mtok, or name a model the price data knows",
    };
}
/** The repository's pinned prices already there, when they read as a table. */
function repositoryTable(text) {
    const table = text === undefined ? undefined : (0,price_table/* loadPriceTable */.QY)(repo_settings/* REPO_PRICING */._Q, text);
    return table?.ok === true ? table.value : undefined;
}
//# sourceMappingURL=init.js.map
// EXTERNAL MODULE: ./lib/shell/cli/analysis-flags.js
var analysis_flags = __webpack_require__(2647);
// EXTERNAL MODULE: ./lib/shell/cli/diagnostics.js
var diagnostics = __webpack_require__(1463);
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
// EXTERNAL MODULE: ./lib/shell/cli/io.js
var cli_io = __webpack_require__(6607);
// EXTERNAL MODULE: ./lib/shell/cli/policy-flag.js
var policy_flag = __webpack_require__(8928);
// EXTERNAL MODULE: ./lib/shell/work-tree.js
var work_tree = __webpack_require__(8414);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
;// CONCATENATED MODULE: ./lib/shell/cli/init-command.js










// init writes .tunegate/pricing.yml itself, so it takes analyze's answers without --pricing.
const { pricing: _pricing, ...ANSWERS } = analysis_flags/* ANALYSIS_OPTIONS */.W;
/** `tunegate init`: what a repository needs to start, from analyze's answers; never overwrites. */
async function initCommand(args, io) {
    const { values } = (0,flags/* parseFlags */.bQ)(args, {
        ...ANSWERS,
        name: { type: "string" },
        print: { type: "boolean" },
        today: { type: "string" },
    });
    const { facts, overrides, budgetMonthlyUsd } = (0,analysis_flags/* analysisInputs */.E)(values);
    const today = (0,flags/* dateFlag */.BL)("today", values.today, io.today);
    // The plan goes in the folder run in; the workflow and pinned prices at the git work tree's root.
    const tree = (0,work_tree/* findWorkTree */.vE)(io.cwd);
    const policy = await (0,policy_flag/* policyFlag */.J)(values.policy, io, tree);
    if (!policy.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(policy.diagnostics, io);
    const composed = await composeInit({
        root: tree.root,
        here: tree.here,
        facts,
        overrides,
        budgetMonthlyUsd,
        name: values.name?.trim() || undefined,
        policyFlag: values.policy === undefined ? undefined : (0,work_tree/* fromHere */.XW)(tree, values.policy),
        policy: policy.value,
        today,
    });
    if (!composed.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(composed.diagnostics, io);
    const { files, analysis } = composed;
    if (values.print === true) {
        io.out(files.map((f) => `==> ${f.path} <==\n${f.text}`).join("\n"));
        for (const f of files)
            for (const d of f.refusals)
                io.err(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
        // What init would refuse to write, --print refuses too: a script sees the same answer.
        return files.some((f) => f.refusals.length > 0) ? cli_io/* EXIT_USAGE */.Ri : 0;
    }
    const refused = files.flatMap((f) => f.refusals);
    if (refused.length > 0) {
        for (const d of refused)
            io.err(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
        io.err(`tunegate init: nothing was written. "tunegate init --print" shows what it would write.\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const written = await writeInit(tree.root, files);
    if (!written.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(written.diagnostics, io);
    const rec = analysis.recommendation;
    const pinned = [...composed.pinned.pinned, ...composed.pinned.unchanged, ...composed.pinned.copied];
    io.out([
        `tunegate init: the framework recommends ${(0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}; the estimate comes to ${(0,money/* formatUsd */.UK)(analysis.cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(analysis.cost.one_time_usd)} one-time${analysis.cost.unpriced.length > 0 ? `, before serving the fine-tuned model: ${analysis.costPlan.llm?.provider}/${analysis.costPlan.llm?.model} fine-tuned has no published price in tunegate's price data (tunegate.yml says where to get it; until then the cost-budget gate is missing)` : ""}`,
        ...files.map((f) => `${f.mode === "create" ? "wrote" : "updated"} ${f.path}${f.path.endsWith("pricing.yml") ? ` (${pinned.length === 0 ? "no model to pin" : `pinned ${pinned.join(", ")}`})` : f.mode === "replace" && f.path.startsWith(".github/") ? ` (added ${files[0].path} to its plan input)` : ""}`),
        `next: fill in the commented blocks at the end of ${files[0].path} (budget, evals), then run: npx tunegate check`,
        ...(files.some((f) => f.mode === "create" && f.path.startsWith(".github/"))
            ? [
                "the workflow starts report-only (fail-on: never): pull requests get the comment, the check stays green; delete that line to enforce",
            ]
            : []),
        "",
    ].join("\n"));
    return 0;
}
//# sourceMappingURL=init-command.js.map

/***/ }),

/***/ 8928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ policyFlag)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _remote_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5754);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8414);




/**
 * `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN /
 * GH_TOKEN. A path is typed relative to the folder run in; with `tree` it is returned relative
 * to the work tree's root, which the command reads every file against.
 */
function policyFlag(spec, io, tree = { root: io.cwd, here: "" }) {
    const env = io.env ?? process.env;
    const local = spec !== undefined && ((0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRemotePolicy */ .Ax)(spec) === undefined || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, spec)))
        ? (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, spec)
        : spec;
    return (0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePolicySpec */ .gM)(local, tree.root, {
        apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
        token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "",
        origin: "--policy",
    });
}
//# sourceMappingURL=policy-flag.js.map

/***/ }),

/***/ 8414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XW: () => (/* binding */ fromHere),
/* harmony export */   ps: () => (/* binding */ plansFromHere),
/* harmony export */   vE: () => (/* binding */ findWorkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);



/**
 * The repository is the git work tree: the nearest folder at or above `cwd` holding `.git` (a
 * folder, or a file in a linked work tree or submodule). Outside git, the folder run in. GitHub
 * reads workflows at this root only, and the Action resolves every path against it.
 */
function findWorkTree(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ".git")))
            return { root: dir, here: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/") };
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return { root: start, here: "" };
    }
}
/** A path the user typed, relative to the folder run in, as a path relative to the root. */
function fromHere(tree, path) {
    if (tree.here === "" || path.startsWith("/"))
        return path;
    const joined = `${tree.here}/${path.replace(/^\.\//, "")}`;
    // `..` segments are resolved lexically; the repository checks still refuse what leaves the root.
    const parts = [];
    for (const part of joined.split("/")) {
        if (part === "..") {
            if (parts.length === 0 || parts.at(-1) === "..")
                parts.push("..");
            else
                parts.pop();
        }
        else if (part !== "." && part !== "")
            parts.push(part);
    }
    return parts.join("/");
}
/** A plan input (paths or globs, separated by newlines or commas) typed here, as entries from the root. */
function plansFromHere(tree, input) {
    return (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .planEntries */ .W9)(input)
        .map((entry) => fromHere(tree, entry))
        .join("\n");
}
//# sourceMappingURL=work-tree.js.map

/***/ })

};

//# sourceMappingURL=82.index.js.map