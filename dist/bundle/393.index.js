export const id = 393;
export const ids = [393];
export const modules = {

/***/ 3560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ pricesToAudit),
/* harmony export */   o7: () => (/* binding */ budgetStanding),
/* harmony export */   wy: () => (/* binding */ auditResultSchema),
/* harmony export */   y1: () => (/* binding */ auditPrices)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4560);
/* harmony import */ var _price_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6130);




const priceFieldSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I);
/** What the scheduled audit found; `tunegate audit --format json` and the Action's report-json write it. */
const auditResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    verified: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe("false when current prices could not be fetched or parsed; the pins were kept"),
    pinned_prices: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe("the pinned table audited, as reports name it"),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    unverified_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        price: priceFieldSchema,
        pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        change_pct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    })),
    stale: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), as_of: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })),
    shutdowns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), what: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    missing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        price: priceFieldSchema,
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        future: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    })),
    unverifiable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    plans: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    })),
    plans_over_budget: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        monthly_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        at: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pinned", "current", "announced"]),
    })),
    needs_action: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    today: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
})
    .describe("tunegate pricing audit"));
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
        const age = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(entry.as_of, today);
        if (age > maxAge)
            result.stale.push({ model: key, as_of: entry.as_of, age_days: age });
        for (const [what, date] of [
            ["shutdown", entry.shutdown_date],
            ["new fine-tuning jobs end", entry.available_until?.new_jobs],
            ["inference ends", entry.available_until?.inference],
        ]) {
            if (date === undefined || (what === "inference ends" && date === entry.shutdown_date))
                continue;
            const left = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(today, date);
            if (left <= settings.shutdown_horizon_days)
                result.shutdowns.push({ model: key, date, days_left: left, what });
        }
        // A repository entry without a check of its own is still compared through the shipped entry it
        // replaces: otherwise pinning a shipped model at $0 without `check` escaped the audit. Only an
        // explicit `check: manual` (shown as pinned by hand) is aged and not compared.
        const check = entry.check ?? table.shipped?.prices[key]?.check;
        if (check === undefined || check === "manual") {
            result.unverifiable.push(key);
            continue;
        }
        if (!current.ok)
            continue;
        // An entry checked against another kind of source cannot be compared with this feed's answer.
        if (check.source !== current.feed.kind) {
            result.missing.push({
                model: key,
                reason: `it is checked against ${check.source}, not the ${current.feed.kind} prices audited`,
            });
            continue;
        }
        const now_ = current.feed.quote(check.provider, check.model, now);
        if (!now_.ok) {
            result.missing.push({
                model: key,
                reason: now_.reason === "fuzzy"
                    ? `the feed only matches it fuzzily (as ${now_.matched}): a different model`
                    : now_.reason === "no-provider"
                        ? `provider ${check.provider} is not in the feed`
                        : "the model is no longer in the feed",
            });
            continue;
        }
        currentTable[key] = { ...entry, ...now_.prices };
        for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
            const pinned = entry[field];
            const latest = now_.prices[field];
            if (pinned === undefined || latest === undefined)
                continue;
            const change = pinned === 0 ? (latest === 0 ? 0 : Infinity) : (latest - pinned) / pinned;
            if (Math.abs(change) > settings.drift_threshold)
                result.drift.push({
                    model: key,
                    price: field,
                    pinned,
                    current: latest,
                    change_pct: Math.round(change * 1000) / 10,
                });
        }
        const future = current.feed.quote(check.provider, check.model, horizon);
        if (future.ok) {
            announcedTable[key] = { ...entry, ...future.prices };
            const dates = now_.announced(now, horizon);
            for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
                const a = now_.prices[field];
                const b = future.prices[field];
                if (a !== undefined && b !== undefined && a !== b)
                    result.announced.push({
                        model: key,
                        price: field,
                        current: a,
                        future: b,
                        date: dates[0] ?? horizon.toISOString().slice(0, 10),
                    });
            }
        }
    }
    for (const { file, plan } of input.plans) {
        const budget = plan.budget?.monthly_usd ?? null;
        const cost = (prices) => {
            if (plan.cost === undefined)
                return { value: null, error: null };
            const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a3)(plan.cost, plan.use_case.monthly_queries, { ...table, prices });
            if (!estimate.ok)
                return { value: null, error: estimate.problems.map((p) => p.message).join("; ") };
            // A cost with no price (a fine-tune's serving) leaves the total incomplete: no figure, never within budget.
            if (estimate.value.unpriced.length > 0)
                return { value: null, error: estimate.value.unpriced.map((u) => u.summary).join("; ") };
            return { value: estimate.value.monthly_usd, error: null };
        };
        const pinned = cost(table.prices);
        const atCurrent = current.ok ? cost(currentTable) : { value: null, error: null };
        const atAnnounced = current.ok ? cost(announcedTable) : { value: null, error: null };
        result.plans.push({
            plan: file,
            name: plan.name,
            budget_usd: budget,
            pinned: pinned.value,
            current: atCurrent.value,
            announced: atAnnounced.value,
            error: pinned.error,
        });
        if (budget === null)
            continue;
        for (const [at, value] of [
            ["pinned", pinned.value],
            ["current", atCurrent.value],
            ["announced", atAnnounced.value],
        ]) {
            if (value !== null && value > budget)
                result.plans_over_budget.push({ plan: file, monthly_usd: value, budget_usd: budget, at });
        }
    }
    // A plan the audit could not cost (an unpriced fine-tune's serving, an unknown model) has a
    // budget nobody is watching: that needs someone's attention, as drift does.
    result.needs_action =
        result.drift.length +
            result.missing.length +
            result.plans_over_budget.length +
            result.shutdowns.length +
            result.announced.length +
            result.stale.length +
            result.plans.filter((p) => p.error !== null).length >
            0;
    return result;
}
/**
 * What an audit that found nothing to act on can say about budgets: only the plans that have a
 * monthly budget are within one; a plan without a budget is named as such, never "within budget".
 */
function budgetStanding(result) {
    const uncosted = result.plans.filter((p) => p.error !== null).length;
    if (uncosted > 0) {
        const rest = budgetStanding({ plans: result.plans.filter((p) => p.error === null) });
        const cannot = `${uncosted === 1 ? "1 plan" : `${uncosted} plans`} could not be costed (see ${uncosted === 1 ? "its line" : "their lines"})`;
        return rest === "no plan to cost" ? cannot : `${rest}; ${cannot}`;
    }
    const budgeted = result.plans.filter((p) => p.budget_usd !== null);
    const without = result.plans.length - budgeted.length;
    if (result.plans.length === 0)
        return "no plan to cost";
    if (without === 0)
        return budgeted.length === 1 ? "the plan is within its budget" : `all ${budgeted.length} plans are within budget`;
    const none = `${without === result.plans.length && without === 1 ? "the plan has" : `${without} plan${without === 1 ? " has" : "s have"}`} no monthly budget to compare`;
    return budgeted.length === 0
        ? none
        : `${budgeted.length} plan${budgeted.length === 1 ? " is" : "s are"} within budget; ${none}`;
}
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 6060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ withPublishedPrices),
/* harmony export */   UL: () => (/* binding */ modelsPricedFromTable),
/* harmony export */   Y2: () => (/* binding */ modelsOfPlans)
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
        {
            item: cost.llm,
            ownPrice: cost.llm?.usd_per_mtok ?? cost.llm?.input_usd_per_mtok ?? cost.llm?.output_usd_per_mtok,
        },
        { item: cost.embedding, ownPrice: cost.embedding?.usd_per_mtok },
        { item: cost.fine_tune, ownPrice: cost.fine_tune?.usd_per_mtok },
    ];
    const found = new Map();
    for (const { item, ownPrice } of items) {
        if (item === undefined ||
            ownPrice !== undefined ||
            item.monthly_usd !== undefined ||
            item.one_time_usd !== undefined)
            continue;
        if (item.provider === undefined || item.model === undefined)
            continue;
        // A fine-tune served by its vendor is priced from the vendor's fine-tuned entry (cost/model.ts).
        const provider = item === cost.llm && cost.llm.fine_tuned === true && !item.provider.endsWith("-ft")
            ? `${item.provider}-ft`
            : item.provider;
        const key = `${provider}/${item.model}`;
        found.set(key, { key, provider, model: item.model });
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
/**
 * The models there is something to pin for: a fine-tune's `<provider>-ft/<model>` entry that no
 * table holds (the shipped one hand-pins the fine-tuned prices vendors publish; the repository's
 * may pin its own) has no published price to copy. It is no unknown model: the plan's
 * `fine_tuned` line says where to get the price, and the cost-budget gate is missing until then.
 */
function withPublishedPrices(models, tables) {
    return models.filter((m) => !m.provider.endsWith("-ft") || tables.some((t) => t?.prices[m.key] !== undefined));
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
/* harmony import */ var _engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6060);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1240);
/* harmony import */ var _plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5458);
/* harmony import */ var _price_feed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5804);





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
    const audited = (0,_engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .pricesToAudit */ .P$)(table.value, (0,_engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_4__/* .modelsOfPlans */ .Y2)(plans.plans).map((m) => m.key));
    return {
        ok: true,
        result: (0,_engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .auditPrices */ .y1)({
            table: audited,
            current,
            plans: plans.plans,
            policy: policy.value.policy,
            today: request.today,
        }),
        policy: policy.value.policy,
    };
}
//# sourceMappingURL=audit-run.js.map

/***/ }),

/***/ 5458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ loadPlans)
/* harmony export */ });
/* harmony import */ var _engine_plan_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3514);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);



const READ_CONCURRENCY = 32;
/**
 * Every plan a glob names, read concurrently (with many plans the time is otherwise spent
 * waiting on I/O) and validated; all problems are collected, not just the first.
 */
async function loadPlans(root, glob, origin) {
    const expanded = await (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .expandPlanPaths */ .CN)(root, glob, origin);
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

/***/ 5804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ loadCurrentPrices)
});

// UNUSED EXPORTS: bundledDataDate

// EXTERNAL MODULE: ./node_modules/@pydantic/genai-prices/dist/index.js
var dist = __webpack_require__(2294);
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
// EXTERNAL MODULE: ./lib/engine/input/json-work.js
var json_work = __webpack_require__(7997);
// EXTERNAL MODULE: ./lib/engine/pricing/price-source.js
var price_source = __webpack_require__(6130);
;// CONCATENATED MODULE: ./lib/engine/pricing/genai-prices-source.js


/** genai-prices' published data (its bundled copy, the live JSON or a file) as a price source. */
function genaiPricesSource(providers, description) {
    return {
        kind: "genai-prices",
        description,
        // The package's own copy names itself; a URL or file is named as this kind of feed.
        pinnedFrom: description.startsWith("@pydantic/genai-prices") ? description : `genai-prices feed ${description}`,
        quote(provider, model, at) {
            const resolved = resolvePrice(providers, provider, model, at);
            if (!resolved.ok)
                return resolved;
            return {
                ok: true,
                modelId: resolved.modelId,
                prices: resolved.prices,
                announced: (from, until) => announcedDates(resolved.model, from, until),
            };
        },
    };
}
/** Checks that data fetched from the feed has the shape genai-prices publishes: Provider[]. */
function validateFeed(data) {
    if (!Array.isArray(data))
        return { ok: false, reason: "the price data is not a list of providers" };
    for (const [i, p] of data.entries()) {
        if (p === null ||
            typeof p !== "object" ||
            typeof p.id !== "string" ||
            !Array.isArray(p.models)) {
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
    const result = (0,dist/* calcPrice */.jh)({ input_tokens: 0, output_tokens: 0 }, modelId, { provider, timestamp: at });
    if (result === null)
        return { ok: false, reason: "no-model" };
    if (!sameModel(modelId, result.model.id))
        return { ok: false, reason: "fuzzy", matched: result.model.id };
    const prices = {};
    for (const field of price_source/* PRICE_FIELDS */.I) {
        const value = result.model_price[field];
        // Tiered prices apply per request above a threshold; the pinned and compared figure is the base tier.
        const base = typeof value === "number"
            ? value
            : value !== undefined && typeof value.base === "number"
                ? value.base
                : undefined;
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
//# sourceMappingURL=genai-prices-source.js.map
// EXTERNAL MODULE: ./lib/shell/bounded-body.js
var bounded_body = __webpack_require__(6224);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/shipped-settings.generated.js
var shipped_settings_generated = __webpack_require__(8348);
;// CONCATENATED MODULE: ./lib/shell/price-feed.js







/** The live feed is a few hundred kilobytes; anything far larger is not it, and is not read past this. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
async function loadCurrentPrices(spec, cwd) {
    const where = spec ?? dist/* REMOTE_DATA_JSON_URL */.Ju;
    if (where === "bundled") {
        const providers = await (0,dist/* waitForUpdate */.ST)();
        if (providers === null)
            return { ok: false, source: where, reason: "the bundled price data is not available" };
        return {
            ok: true,
            feed: genaiPricesSource(providers, "@pydantic/genai-prices bundled data"),
            source: "@pydantic/genai-prices bundled data",
            asOf: bundledDataDate(),
        };
    }
    let text;
    let asOf = null;
    try {
        if (/^https?:\/\//.test(where)) {
            const response = await fetch(where, {
                signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
                headers: { accept: "application/json" },
            });
            if (!response.ok) {
                await response.body?.cancel().catch(() => undefined);
                return { ok: false, source: where, reason: `the price feed answered HTTP ${response.status}` };
            }
            text = await (0,bounded_body/* readBoundedText */.Ht)(response, MAX_FEED_BYTES, "the price feed");
            asOf = httpDate(response.headers.get("last-modified"));
        }
        else {
            const file = await (0,files/* readLocalFile */.MM)(where.startsWith("/") ? where : `${cwd}/${where}`, where, MAX_FEED_BYTES);
            if (!file.ok)
                return { ok: false, source: where, reason: file.message };
            text = file.text;
        }
    }
    catch (error) {
        if (error instanceof bounded_body/* AnswerTooLargeError */.Oc)
            return { ok: false, source: where, reason: error.message };
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? error.code ?? error.message;
        return { ok: false, source: where, reason: `could not fetch current prices (${why})` };
    }
    // Counted before parsing: genai-prices' match rules nest and are walked recursively, and 32 MB
    // of `{}` would build gigabytes. No real feed comes near either limit.
    const excess = (0,json_work/* jsonWorkExcess */.dM)(text);
    if (excess?.reason === "depth")
        return { ok: false, source: where, reason: `the price data nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep` };
    if (excess !== null)
        return {
            ok: false,
            source: where,
            reason: `the price data is not a price feed: at line ${excess.line}, column ${excess.column}, ${excess.message}`,
        };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, source: where, reason: `the price data is not JSON (${error.message})` };
    }
    const valid = validateFeed(data);
    return valid.ok
        ? { ok: true, feed: genaiPricesSource(valid.providers, where), source: where, asOf }
        : { ok: false, source: where, reason: valid.reason };
}
/**
 * The bundled genai-prices data's date: the day tunegate's release last confirmed its shipped
 * prices against that same bundled data (the newest as_of of the shipped entries copied from it).
 */
function bundledDataDate() {
    const dates = Object.values(shipped_settings_generated/* SHIPPED_PRICE_TABLE */.Ni.prices)
        .filter((p) => p.source.startsWith("@pydantic/genai-prices") && p.source.includes("bundled"))
        .map((p) => p.as_of)
        .sort();
    return dates.at(-1) ?? null;
}
/** A Last-Modified header as YYYY-MM-DD, or null. */
function httpDate(header) {
    if (header === null)
        return null;
    const at = Date.parse(header);
    return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}
//# sourceMappingURL=price-feed.js.map

/***/ })

};

//# sourceMappingURL=393.index.js.map