export const id = 995;
export const ids = [995];
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

/***/ 8995:
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
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8928);







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
    const result = (0,_engine_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .n)(facts, policy.value, prices.value, overrides, budgetMonthlyUsd, {
        fineTunedServing: true,
        today: io.today,
    });
    if (!result.ok) {
        // The priced items came from flags or the policy's estimate block, not a file the user wrote.
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(result.problems.map((p) => `${p.message}${p.hint === undefined ? "" : ` (${p.hint})`}`).join("; "));
    }
    io.out(await (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.renderOutput)("analyze", format, result.value));
    return 0;
}
//# sourceMappingURL=analyze-command.js.map

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

//# sourceMappingURL=995.index.js.map