export const id = 290;
export const ids = [290];
export const modules = {

/***/ 8431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ validateFeed),
/* harmony export */   IW: () => (/* binding */ PRICE_FIELDS),
/* harmony export */   Il: () => (/* binding */ resolvePrice),
/* harmony export */   Li: () => (/* binding */ announcedDates)
/* harmony export */ });
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2294);

/** The price fields tunegate pins and compares, in genai-prices' key names (USD per 1M tokens). */
const PRICE_FIELDS = ["input_mtok", "cache_read_mtok", "output_mtok"];
/** Checks that data fetched from the feed has the shape genai-prices publishes: Provider[]. */
function validateFeed(data) {
    if (!Array.isArray(data))
        return { ok: false, reason: "the price data is not a list of providers" };
    for (const [i, p] of data.entries()) {
        if (p === null || typeof p !== "object" || typeof p.id !== "string" || !Array.isArray(p.models)) {
            return { ok: false, reason: `provider ${i} has no id or no models list` };
        }
    }
    if (data.length === 0)
        return { ok: false, reason: "the price data lists no providers" };
    return { ok: true, providers: data };
}
/** A dated id (gpt-5-2025-08-07, claude-haiku-4-5-20251001) is the same model as its base id. */
function sameModel(requested, matched) {
    if (requested === matched)
        return true;
    return requested.startsWith(`${matched}-`) && /^(\d{8}|\d{4}-\d{2}-\d{2})$/.test(requested.slice(matched.length + 1));
}
/**
 * The price a feed gives a model at a date. Exact ids only: genai-prices matches by rules such
 * as starts_with, so a newer model can come back priced as an older one; that is "unknown".
 */
function resolvePrice(providers, providerId, modelId, at) {
    const provider = providers.find((p) => p.id === providerId);
    if (provider === undefined)
        return { ok: false, reason: "no-provider" };
    const result = (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .calcPrice */ .jh)({ input_tokens: 0, output_tokens: 0 }, modelId, { provider, timestamp: at });
    if (result === null)
        return { ok: false, reason: "no-model" };
    if (!sameModel(modelId, result.model.id))
        return { ok: false, reason: "fuzzy", matched: result.model.id };
    const prices = {};
    for (const field of PRICE_FIELDS) {
        const value = result.model_price[field];
        // Tiered prices apply per request above a threshold; the pinned and compared figure is the base tier.
        const base = typeof value === "number" ? value : value !== undefined && typeof value.base === "number" ? value.base : undefined;
        if (base !== undefined)
            prices[field] = base;
    }
    return { ok: true, modelId: result.model.id, prices, model: result.model };
}
/** Start dates of price changes the feed already lists for after `from`, up to `until`. */
function announcedDates(model, from, until) {
    const list = Array.isArray(model.prices) ? model.prices : [];
    return list
        .map((p) => (p.constraint !== undefined && "start_date" in p.constraint ? String(p.constraint.start_date) : null))
        .filter((d) => d !== null && Date.parse(d) > from.getTime() && Date.parse(d) <= until.getTime())
        .sort();
}
//# sourceMappingURL=feed.js.map

/***/ }),

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

/***/ 8290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/gates/dates.js
var dates = __webpack_require__(6908);
// EXTERNAL MODULE: ./lib/engine/pricing/feed.js
var feed = __webpack_require__(8431);
;// CONCATENATED MODULE: ./lib/engine/pricing/audit.js



const DAY = 86_400_000;
/**
 * The part of a layered table a repository's audit covers: every entry it pins itself, and the
 * shipped entries its plans use. A single (unlayered) table is audited whole.
 */
function pricesToAudit(table, usedKeys) {
    const origins = table.origins;
    if (origins === undefined)
        return table;
    const used = new Set(usedKeys);
    const prices = Object.fromEntries(Object.entries(table.prices).filter(([key]) => used.has(key) || origins[key] === table.pinTarget));
    return { ...table, prices };
}
/**
 * Compares every pinned price with the feed's current and announced ones, ages what cannot be
 * compared, flags shutdowns, and re-costs every plan at pinned, current and announced prices.
 */
function auditPrices(input) {
    const { table, current, policy, today } = input;
    const settings = policy.audit;
    const now = new Date(`${today}T12:00:00Z`);
    const horizon = new Date(now.getTime() + settings.announce_horizon_days * DAY);
    const maxAge = policy.gates["pricing-freshness"].max_age_days;
    const result = {
        verified: current.ok,
        pinned_prices: table.file,
        source: current.source,
        unverified_reason: current.ok ? null : current.reason,
        drift: [],
        stale: [],
        shutdowns: [],
        missing: [],
        announced: [],
        unverifiable: [],
        plans: [],
        plans_over_budget: [],
        needs_action: false,
        today,
    };
    const currentTable = { ...table.prices };
    const announcedTable = { ...table.prices };
    for (const [key, entry] of Object.entries(table.prices).sort(([a], [b]) => a.localeCompare(b))) {
        const age = (0,dates/* daysBetween */.Y)(entry.as_of, today);
        if (age > maxAge)
            result.stale.push({ model: key, as_of: entry.as_of, age_days: age });
        for (const [what, date] of [["shutdown", entry.shutdown_date], ["new fine-tuning jobs end", entry.available_until?.new_jobs], ["inference ends", entry.available_until?.inference]]) {
            if (date === undefined || (what === "inference ends" && date === entry.shutdown_date))
                continue;
            const left = (0,dates/* daysBetween */.Y)(today, date);
            if (left <= settings.shutdown_horizon_days)
                result.shutdowns.push({ model: key, date, days_left: left, what });
        }
        const check = entry.check;
        if (check === undefined || check === "manual") {
            result.unverifiable.push(key);
            continue;
        }
        if (!current.ok)
            continue;
        const now_ = (0,feed/* resolvePrice */.Il)(current.providers, check.provider, check.model, now);
        if (!now_.ok) {
            result.missing.push({ model: key, reason: now_.reason === "fuzzy" ? `the feed only matches it fuzzily (as ${now_.matched}): a different model` : now_.reason === "no-provider" ? `provider ${check.provider} is not in the feed` : "the model is no longer in the feed" });
            continue;
        }
        currentTable[key] = { ...entry, ...now_.prices };
        for (const field of feed/* PRICE_FIELDS */.IW) {
            const pinned = entry[field];
            const latest = now_.prices[field];
            if (pinned === undefined || latest === undefined)
                continue;
            const change = pinned === 0 ? (latest === 0 ? 0 : Infinity) : (latest - pinned) / pinned;
            if (Math.abs(change) > settings.drift_threshold)
                result.drift.push({ model: key, price: field, pinned, current: latest, change_pct: Math.round(change * 1000) / 10 });
        }
        const future = (0,feed/* resolvePrice */.Il)(current.providers, check.provider, check.model, horizon);
        if (future.ok) {
            announcedTable[key] = { ...entry, ...future.prices };
            const dates = (0,feed/* announcedDates */.Li)(now_.model, now, horizon);
            for (const field of feed/* PRICE_FIELDS */.IW) {
                const a = now_.prices[field];
                const b = future.prices[field];
                if (a !== undefined && b !== undefined && a !== b)
                    result.announced.push({ model: key, price: field, current: a, future: b, date: dates[0] ?? horizon.toISOString().slice(0, 10) });
            }
        }
    }
    for (const { file, plan } of input.plans) {
        const budget = plan.budget?.monthly_usd ?? null;
        const cost = (prices) => {
            if (plan.cost === undefined)
                return { value: null, error: null };
            const estimate = (0,model/* estimateCost */.a)(plan.cost, plan.use_case.monthly_queries, { ...table, prices });
            return estimate.ok ? { value: estimate.value.monthly_usd, error: null } : { value: null, error: estimate.problems.map((p) => p.message).join("; ") };
        };
        const pinned = cost(table.prices);
        const atCurrent = current.ok ? cost(currentTable) : { value: null, error: null };
        const atAnnounced = current.ok ? cost(announcedTable) : { value: null, error: null };
        result.plans.push({ plan: file, name: plan.name, budget_usd: budget, pinned: pinned.value, current: atCurrent.value, announced: atAnnounced.value, error: pinned.error });
        if (budget === null)
            continue;
        for (const [at, value] of [["pinned", pinned.value], ["current", atCurrent.value], ["announced", atAnnounced.value]]) {
            if (value !== null && value > budget)
                result.plans_over_budget.push({ plan: file, monthly_usd: value, budget_usd: budget, at });
        }
    }
    result.needs_action =
        result.drift.length + result.missing.length + result.plans_over_budget.length + result.shutdowns.length + result.announced.length + result.stale.length > 0;
    return result;
}
//# sourceMappingURL=audit.js.map
// EXTERNAL MODULE: ./lib/engine/pricing/plan-models.js
var plan_models = __webpack_require__(3679);
// EXTERNAL MODULE: ./lib/shell/repo-settings.js
var repo_settings = __webpack_require__(1240);
// EXTERNAL MODULE: ./lib/shell/plans.js
var shell_plans = __webpack_require__(5458);
// EXTERNAL MODULE: ./lib/shell/price-feed.js
var price_feed = __webpack_require__(9136);
;// CONCATENATED MODULE: ./lib/shell/audit-run.js





/** Reads the policy, the pinned prices, every plan and the current prices, then audits. */
async function runAudit(request) {
    const policy = await (0,repo_settings/* readPolicy */.T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const table = await (0,repo_settings/* readPrices */.RP)(request.root, policy.value, undefined, request.pricing);
    if (!table.ok)
        return table;
    const plans = await (0,shell_plans/* loadPlans */.h)(request.root, request.plans, request.planOrigin);
    if (!plans.ok)
        return plans;
    const current = await (0,price_feed/* loadCurrentPrices */.W)(request.current, request.root);
    // The repository answers for its own pins and for the shipped prices its plans use, not for
    // every model tunegate ships a price for.
    const audited = pricesToAudit(table.value, (0,plan_models/* modelsOfPlans */.Y)(plans.plans).map((m) => m.key));
    return { ok: true, result: auditPrices({ table: audited, current, plans: plans.plans, policy: policy.value.policy, today: request.today }), policy: policy.value.policy };
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



/**
 * Every plan a glob names, read concurrently (with many plans the time is otherwise spent
 * waiting on I/O) and validated; all problems are collected, not just the first.
 */
async function loadPlans(root, glob, origin) {
    const expanded = await (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .expandPlanPaths */ .C)(root, glob, origin);
    const diagnostics = [...expanded.diagnostics];
    const plans = [];
    const texts = await Promise.all(expanded.paths.map((file) => (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v6)(root, file, _files_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONFIG_BYTES */ .GW)));
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2294);
/* harmony import */ var _engine_pricing_feed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);



/** The live feed is a few hundred kilobytes; anything far larger is not it. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
async function loadCurrentPrices(spec, cwd) {
    const where = spec ?? _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__/* .REMOTE_DATA_JSON_URL */ .Ju;
    if (where === "bundled") {
        const providers = await (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__/* .waitForUpdate */ .ST)();
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
        else
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(where.startsWith("/") ? where : `${cwd}/${where}`, "utf8");
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
    const valid = (0,_engine_pricing_feed_js__WEBPACK_IMPORTED_MODULE_2__/* .validateFeed */ .F5)(data);
    return valid.ok ? { ok: true, providers: valid.providers, source: where } : { ok: false, source: where, reason: valid.reason };
}
//# sourceMappingURL=price-feed.js.map

/***/ })

};

//# sourceMappingURL=290.index.js.map