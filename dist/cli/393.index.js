export const id = 393;
export const ids = [393];
export const modules = {

/***/ 3679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ modelsPricedFromTable),
/* harmony export */   Y: () => (/* binding */ modelsOfPlans)
/* harmony export */ });
/**
 * The pinned entries a plan's cost block looks up: items that name a provider and model and
 * carry no price of their own and no flat amount. The same rule estimateCost applies.
 */
function modelsPricedFromTable(plan) {
    const cost = plan.cost;
    if (cost === undefined)
        return [];
    const items = [
        { item: cost.llm, ownPrice: cost.llm?.usd_per_mtok ?? cost.llm?.input_usd_per_mtok ?? cost.llm?.output_usd_per_mtok },
        { item: cost.embedding, ownPrice: cost.embedding?.usd_per_mtok },
        { item: cost.fine_tune, ownPrice: cost.fine_tune?.usd_per_mtok },
    ];
    const found = new Map();
    for (const { item, ownPrice } of items) {
        if (item === undefined || ownPrice !== undefined || item.monthly_usd !== undefined || item.one_time_usd !== undefined)
            continue;
        if (item.provider === undefined || item.model === undefined)
            continue;
        const key = `${item.provider}/${item.model}`;
        found.set(key, { key, provider: item.provider, model: item.model });
    }
    return [...found.values()];
}
/** Every model the plans price from the table, once each, sorted by key. */
function modelsOfPlans(plans) {
    const all = new Map();
    for (const { plan } of plans)
        for (const m of modelsPricedFromTable(plan))
            all.set(m.key, m);
    return [...all.values()].sort((a, b) => a.key.localeCompare(b.key));
}
//# sourceMappingURL=plan-models.js.map

/***/ }),

/***/ 5393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAudit: () => (/* binding */ runAudit)
/* harmony export */ });
/* harmony import */ var _engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3560);
/* harmony import */ var _engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3679);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1240);
/* harmony import */ var _plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5458);
/* harmony import */ var _price_feed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9136);





/** Reads the policy, the pinned prices, every plan and the current prices, then audits. */
async function runAudit(request) {
    const policy = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .readPolicy */ .T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const table = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .readPrices */ .RP)(request.root, policy.value, undefined, request.pricing, request.today);
    if (!table.ok)
        return table;
    const plans = await (0,_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlans */ .h)(request.root, request.plans, request.planOrigin);
    if (!plans.ok)
        return plans;
    const current = await (0,_price_feed_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCurrentPrices */ .W)(request.current, request.root);
    // The repository answers for its own pins and for the shipped prices its plans use, not for
    // every model tunegate ships a price for.
    const audited = (0,_engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .pricesToAudit */ .P$)(table.value, (0,_engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_4__/* .modelsOfPlans */ .Y)(plans.plans).map((m) => m.key));
    return { ok: true, result: (0,_engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .auditPrices */ .y1)({ table: audited, current, plans: plans.plans, policy: policy.value.policy, today: request.today }), policy: policy.value.policy };
}
//# sourceMappingURL=audit-run.js.map

/***/ }),

/***/ 5458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ loadPlans)
/* harmony export */ });
/* harmony import */ var _engine_plan_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5794);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);



const READ_CONCURRENCY = 32;
/**
 * Every plan a glob names, read concurrently (with many plans the time is otherwise spent
 * waiting on I/O) and validated; all problems are collected, not just the first.
 */
async function loadPlans(root, glob, origin) {
    const expanded = await (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .expandPlanPaths */ .C)(root, glob, origin);
    const diagnostics = [...expanded.diagnostics];
    const plans = [];
    // Concurrent, but a few dozen at a time: thousands at once ran out of file descriptors (EMFILE).
    const texts = [];
    for (let start = 0; start < expanded.paths.length; start += READ_CONCURRENCY) {
        texts.push(...(await Promise.all(expanded.paths.slice(start, start + READ_CONCURRENCY).map((file) => (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v6)(root, file, _files_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONFIG_BYTES */ .GW)))));
    }
    for (const [index, file] of expanded.paths.entries()) {
        const text = texts[index];
        if (!text.ok) {
            diagnostics.push((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readFailure */ .f1)(text, { file, line: 1, column: 1 }, ""));
            continue;
        }
        const loaded = (0,_engine_plan_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPlan */ .Y)(file, text.text);
        if (!loaded.ok)
            diagnostics.push(...loaded.diagnostics);
        else
            plans.push({ file, plan: loaded.value.plan });
    }
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, plans };
}
//# sourceMappingURL=plans.js.map

/***/ }),

/***/ 9136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ loadCurrentPrices)
/* harmony export */ });
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2294);
/* harmony import */ var _engine_input_json_nesting_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9552);
/* harmony import */ var _engine_pricing_feed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8431);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97);




/** The live feed is a few hundred kilobytes; anything far larger is not it. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
async function loadCurrentPrices(spec, cwd) {
    const where = spec ?? _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_DATA_JSON_URL */ .Ju;
    if (where === "bundled") {
        const providers = await (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .waitForUpdate */ .ST)();
        if (providers === null)
            return { ok: false, source: where, reason: "the bundled price data is not available" };
        return { ok: true, providers, source: "@pydantic/genai-prices bundled data" };
    }
    let text;
    try {
        if (/^https?:\/\//.test(where)) {
            const response = await fetch(where, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/json" } });
            if (!response.ok)
                return { ok: false, source: where, reason: `the price feed answered HTTP ${response.status}` };
            const length = Number(response.headers.get("content-length") ?? 0);
            if (length > MAX_FEED_BYTES)
                return { ok: false, source: where, reason: `the price feed is ${length} bytes, more than the ${MAX_FEED_BYTES} accepted` };
            text = await response.text();
        }
        else {
            const file = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readLocalFile */ .MM)(where.startsWith("/") ? where : `${cwd}/${where}`, where, MAX_FEED_BYTES);
            if (!file.ok)
                return { ok: false, source: where, reason: file.message };
            text = file.text;
        }
    }
    catch (error) {
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? error.code ?? error.message;
        return { ok: false, source: where, reason: `could not fetch current prices (${why})` };
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, source: where, reason: `the price data is not JSON (${error.message})` };
    }
    // genai-prices' match rules nest and are walked recursively: refuse what no real feed has.
    if ((0,_engine_input_json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .nestsDeeperThan */ .ix)(data))
        return { ok: false, source: where, reason: `the price data nests more than ${_engine_input_json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_JSON_NESTING */ .V2} levels deep` };
    const valid = (0,_engine_pricing_feed_js__WEBPACK_IMPORTED_MODULE_1__/* .validateFeed */ .F5)(data);
    return valid.ok ? { ok: true, providers: valid.providers, source: where } : { ok: false, source: where, reason: valid.reason };
}
//# sourceMappingURL=price-feed.js.map

/***/ })

};

//# sourceMappingURL=393.index.js.map