export const id = 376;
export const ids = [376];
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

/***/ 7399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs),
/* harmony export */   v: () => (/* binding */ recommend)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);

/**
 * The five questions of the framework (docs/framework.md section 2), answered in its order:
 * knowledge needs pull to RAG, behaviour needs to fine-tuning, too few examples veto
 * fine-tuning, a strict latency with stable knowledge and no citations pulls to fine-tuning,
 * and nothing to customise means prompting. Every reason names the question that produced it.
 */
function recommend(facts, policy) {
    const fw = policy.framework;
    const minExamples = policy.gates["data-sufficiency"].min_examples.lora;
    const preferredExamples = policy.gates["data-sufficiency"].preferred_examples.lora;
    const reasons = [];
    const fastChange = fw.rag_knowledge_change.includes(facts.knowledge_change);
    const preferredChange = fw.rag_preferred_knowledge_change.includes(facts.knowledge_change);
    if (fastChange)
        reasons.push({ rule: "Q1", message: `knowledge changes ${facts.knowledge_change} -> RAG (retraining cannot keep up)` });
    else if (preferredChange)
        reasons.push({ rule: "Q1", message: `knowledge changes ${facts.knowledge_change} -> RAG preferred` });
    else
        reasons.push({ rule: "Q1", message: `knowledge is ${facts.knowledge_change === "static" ? "static" : `updated ${facts.knowledge_change}`} -> either RAG or fine-tuning works` });
    if (facts.citations_required)
        reasons.push({ rule: "Q2", message: "citations required -> RAG (a fine-tuned model cannot say where it learned a fact)" });
    else
        reasons.push({ rule: "Q2", message: "no citations required -> no pull either way" });
    const styleIsBehavior = fw.behavior_style_levels.includes(facts.style_requirements);
    if (facts.task !== undefined) {
        const pull = { knowledge: "RAG", behavior: "fine-tuning", both: "hybrid", none: "no customisation" }[facts.task];
        reasons.push({ rule: "Q3", message: `the task is ${facts.task === "none" ? "neither knowledge nor behaviour" : facts.task} -> ${pull}` });
    }
    if (styleIsBehavior)
        reasons.push({ rule: "Q3", message: `${facts.style_requirements} style requirements -> fine-tune for voice (behaviour)` });
    const examples = facts.examples;
    const canFineTune = examples !== undefined && examples >= minExamples;
    if (examples === undefined)
        reasons.push({ rule: "Q4", message: "no curated training examples declared -> no fine-tuning yet" });
    else if (examples < minExamples) {
        reasons.push({ rule: "Q4", message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(examples)} examples is fewer than ${minExamples} -> do not fine-tune (RAG + few-shot)` });
    }
    else if (examples < preferredExamples) {
        reasons.push({ rule: "Q4", message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(examples)} examples suffice for LoRA/QLoRA, but quality may be limited (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(preferredExamples)}+ preferred)` });
    }
    else if (examples <= fw.full_fine_tune_examples) {
        reasons.push({ rule: "Q4", message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(examples)} examples suffice for LoRA/QLoRA` });
    }
    else {
        reasons.push({ rule: "Q4", message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(examples)} examples: full fine-tuning is possible, LoRA still forgets less` });
    }
    const latency = facts.latency_p95_ms;
    const strictLatency = latency !== undefined && latency < fw.strict_latency_ms;
    if (latency !== undefined) {
        if (strictLatency) {
            reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} is strict (< ${formatMs(fw.strict_latency_ms)}) -> consider fine-tuning to remove the retrieval hop` });
        }
        else if (latency <= fw.rag_latency_ok_ms) {
            reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} leaves room for retrieval -> RAG is fine` });
        }
        else
            reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} is loose -> either` });
    }
    // What pulls towards retrieval and towards fine-tuning, in words a reader can check.
    const knowledgeWhy = [
        ...(facts.task === "knowledge" ? ["the task needs knowledge"] : []),
        ...(fastChange || preferredChange ? [`knowledge changes ${facts.knowledge_change}`] : []),
        ...(facts.citations_required ? ["citations are required"] : []),
    ];
    const behaviorWhy = [...(facts.task === "behavior" ? ["the task is behaviour"] : []), ...(styleIsBehavior ? [`${facts.style_requirements} style requirements`] : [])];
    const knowledgeNeed = facts.task === "both" || knowledgeWhy.length > 0;
    const behaviorNeed = facts.task === "both" || behaviorWhy.length > 0;
    const hybrid = { approach: "hybrid", fine_tune_method: "lora", reasons };
    // Step 5 of the 30-second decision: nothing forces retrieval (stable knowledge, no citations)
    // and a strict p95 cannot afford its hop, so the knowledge and behaviour go into a fine-tune.
    if (strictLatency && canFineTune && !fastChange && !preferredChange && !facts.citations_required && facts.task !== "none") {
        return { approach: "lora", reasons: [...reasons, { rule: "Q5", message: `a strict p95 with stable knowledge and no citations -> fine-tune (LoRA) instead of retrieving at query time` }] };
    }
    if (knowledgeNeed && behaviorNeed) {
        if (!canFineTune)
            return { approach: "rag", reasons: [...reasons, { rule: "Q4", message: "behaviour wanted but too few examples -> RAG with few-shot examples for style" }] };
        const why = facts.task === "both" || facts.task === undefined ? "knowledge and behaviour both needed" : `${join(behaviorWhy)} (fine-tuning), and ${join(knowledgeWhy)} (retrieval)`;
        return { ...hybrid, reasons: [...reasons, { rule: "Q3", message: `${why}, enough examples -> hybrid (RAG + LoRA)` }] };
    }
    if (knowledgeNeed)
        return { approach: "rag", reasons };
    if (behaviorNeed) {
        if (canFineTune)
            return { approach: "lora", reasons: [...reasons, { rule: "Q3", message: "behaviour is the point and the knowledge is stable -> LoRA" }] };
        return { approach: "prompt", reasons: [...reasons, { rule: "Q4", message: "behaviour wanted but too few examples -> few-shot prompting until the data exists" }] };
    }
    if (facts.task === undefined) {
        return { approach: "rag", reasons: [...reasons, { rule: "default", message: "unsure -> start with RAG, the safe default" }] };
    }
    return { approach: "prompt", reasons: [...reasons, { rule: "Q3", message: "nothing needs new knowledge or new behaviour -> do you need to customise at all? Start with prompting" }] };
}
function join(parts) {
    return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function formatMs(ms) {
    return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
//# sourceMappingURL=recommend.js.map

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

/***/ 1376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var _engine_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3866);
/* harmony import */ var _engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5095);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1240);
/* harmony import */ var _analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2647);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1556);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7452);







async function analyzeCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(args, { ..._analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .ANALYSIS_OPTIONS */ .W, format: { type: "string" } });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)("format", values.format, (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.formatsOf)("analyze"), "text");
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
    io.out(await (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.renderOutput)("analyze", format, result.value));
    return 0;
}
//# sourceMappingURL=analyze-command.js.map

/***/ })

};

//# sourceMappingURL=376.index.js.map