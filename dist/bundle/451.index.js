export const id = 451;
export const ids = [451];
export const modules = {

/***/ 3866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ estimateCostPlan),
/* harmony export */   n: () => (/* binding */ analyze)
/* harmony export */ });
/* harmony import */ var _cost_crossover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1712);
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
    const costPlan = estimateCostPlan(recommendation, facts, effective, overrides, options);
    const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateCost */ .a)(costPlan, facts.monthly_queries, prices);
    if (!estimate.ok)
        return estimate;
    let value = { ...estimate.value, items: estimate.value.items.map((item) => ({ ...item, price_source: priceSourceOf(item, effective, overrides) })) };
    // The policy's multiplier stands in for a fine-tune's inference price only where no real one is looked up.
    if (recommendation.approach === "full-fine-tune" && costPlan.llm?.fine_tuned !== true)
        value = scaleInference(value, policy.estimate.full_fine_tune_inference_multiplier);
    return { ok: true, value: { facts, recommendation, costPlan, cost: value, budget_monthly_usd: budgetMonthlyUsd } };
}
/** The cost block of what the recommendation would run: the policy's estimate, with flags over it. */
function estimateCostPlan(recommendation, facts, effective, overrides, options = {}) {
    const assumptions = effective.policy.estimate;
    const approach = recommendation.approach;
    const llmModel = overrides.llm ?? assumptions.llm;
    const finetunes = approach === "lora" || approach === "qlora" || approach === "full-fine-tune" || approach === "hybrid";
    // A closed-weights model's fine-tune is served by its vendor at the vendor's fine-tuned price,
    // never the base model's: the estimate looks that price up, and says so when there is none.
    const servesFineTune = options.fineTunedServing === true && finetunes && overrides.llm_usd_per_mtok === undefined && (0,_cost_crossover_js__WEBPACK_IMPORTED_MODULE_0__/* .isClosedWeights */ .U)(llmModel.provider);
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
        cost.fine_tune = { training_tokens: facts.examples * assumptions.fine_tune_tokens_per_example, epochs: assumptions.fine_tune_epochs, usd_per_mtok: assumptions.fine_tune_usd_per_mtok };
    }
    if (overrides.hosting_monthly_usd !== undefined)
        cost.hosting = { monthly_usd: overrides.hosting_monthly_usd };
    return cost;
}
/** Where an estimate's number came from: the flag that gave it, or the policy's estimate block. */
function priceSourceOf(item, effective, overrides) {
    const estimate = (field) => `policy estimate (estimate.${field}, ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOf */ .vz)(effective, `estimate.${field}`)})`;
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

/***/ 1712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isClosedWeights),
/* harmony export */   z: () => (/* binding */ selfHostCrossover)
/* harmony export */ });
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2162);
/* harmony import */ var _price_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5078);


/**
 * Providers whose models' weights are not published: a fine-tune of theirs is served by them only
 * (a Claude or GPT fine-tune cannot be rented on an H100), so no self-hosting crossover exists.
 */
const CLOSED_WEIGHTS = new Set(["anthropic", "openai", "openai-ft", "google", "google-gla", "google-vertex", "gemini", "x-ai", "xai", "cohere", "azure"]);
/** Whether a provider's models are closed-weights: a fine-tune of theirs is served at their price only. */
function isClosedWeights(provider) {
    return CLOSED_WEIGHTS.has(provider.toLowerCase());
}
/**
 * Self-hosting a fine-tuned model is a flat monthly cost (GPU hours from the pinned table);
 * paying per token grows with traffic. They cross at self-host cost / per-query token cost.
 */
function selfHostCrossover(estimate, prices, sensitivity, llm) {
    const perQuery = estimate.items.filter((i) => i.id === "llm").reduce((a, i) => a + i.per_query_usd, 0);
    if (llm?.provider !== undefined && isClosedWeights(llm.provider)) {
        const name = `${llm.provider}/${llm.model ?? "?"}`;
        return { monthly_queries: null, self_host_monthly_usd: null, api_per_query_usd: perQuery, assumption: `none: ${name} is a closed-weights model, so its fine-tune runs only on its provider's service and cannot be self-hosted on rented GPUs` };
    }
    const gpu = prices.prices[sensitivity.self_host_price];
    if (gpu?.usd_per_hour === undefined) {
        return { monthly_queries: null, self_host_monthly_usd: null, api_per_query_usd: perQuery, assumption: `no per-hour price "${sensitivity.self_host_price}" pinned in ${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLayers */ .MS)(prices)}, so no crossover can be computed` };
    }
    const monthly = Math.round(gpu.usd_per_hour * sensitivity.hours_per_month * sensitivity.replicas * 100) / 100;
    const hosting = `${sensitivity.replicas} x ${sensitivity.self_host_price} at ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(gpu.usd_per_hour)}/h x ${sensitivity.hours_per_month} h (${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .originOf */ .yv)(prices, sensitivity.self_host_price)}, as of ${gpu.as_of})`;
    if (perQuery <= 0)
        return { monthly_queries: null, self_host_monthly_usd: monthly, api_per_query_usd: 0, assumption: `none: the plan pays nothing per token, so self-hosting (${hosting}) never pays off` };
    return { monthly_queries: Math.ceil(monthly / perQuery), self_host_monthly_usd: monthly, api_per_query_usd: perQuery, assumption: hosting };
}
//# sourceMappingURL=crossover.js.map

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
    const local = spec !== undefined && ((0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRemotePolicy */ .Ax)(spec) === undefined || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, spec))) ? (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, spec) : spec;
    return (0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePolicySpec */ .gM)(local, tree.root, { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com", token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "", origin: "--policy" });
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
    return (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .planEntries */ .W9)(input).map((entry) => fromHere(tree, entry)).join("\n");
}
//# sourceMappingURL=work-tree.js.map

/***/ })

};

//# sourceMappingURL=451.index.js.map