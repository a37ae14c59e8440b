export const id = 560;
export const ids = [560];
export const modules = {

/***/ 751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ estimateCost),
/* harmony export */   f: () => (/* binding */ breakEvenMonthlyQueries)
/* harmony export */ });
/* harmony import */ var _input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(890);
/* harmony import */ var _price_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5078);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2162);



const PER_MILLION = 1_000_000;
/**
 * Projects monthly and one-time cost from a plan's cost block. Token items are priced per query
 * and then multiplied, never priced as one month-sized request.
 */
function estimateCost(cost, monthlyQueries, prices) {
    const outcomes = [];
    if (cost.llm !== undefined)
        outcomes.push(llmItem(cost.llm, monthlyQueries, prices));
    if (cost.embedding !== undefined)
        outcomes.push(embeddingItem(cost.embedding, monthlyQueries, prices));
    if (cost.vector_db !== undefined)
        outcomes.push(...flatItems("vector_db", "Vector database", cost.vector_db, ["cost", "vector_db"]));
    if (cost.fine_tune !== undefined)
        outcomes.push(fineTuneItem(cost.fine_tune, prices));
    if (cost.hosting !== undefined)
        outcomes.push(...flatItems("hosting", "Hosting", cost.hosting, ["cost", "hosting"]));
    (cost.other ?? []).forEach((other, index) => outcomes.push(...flatItems(`other:${other.name}`, other.name, other, ["cost", "other", index])));
    const problems = outcomes.flatMap((o) => ("problems" in o ? o.problems : []));
    if (problems.length > 0)
        return { ok: false, problems };
    const done = outcomes.filter((o) => "item" in o);
    const items = done.map((o) => o.item);
    const monthly = items.filter((i) => i.period === "monthly");
    return {
        ok: true,
        value: {
            monthly_usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)(sum(monthly.map((i) => i.usd))),
            one_time_usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)(sum(items.filter((i) => i.period === "one_time").map((i) => i.usd))),
            items,
            per_query_usd: sum(monthly.map((i) => i.per_query_usd)),
            fixed_monthly_usd: sum(monthly.filter((i) => i.per_query_usd === 0).map((i) => i.usd)),
            prices_used: done.flatMap((o) => (o.price === undefined ? [] : [o.price])),
        },
    };
}
/**
 * The most queries a month the monthly budget covers, or null when cost does not grow with
 * traffic. Zero means the fixed costs alone already exceed it.
 */
function breakEvenMonthlyQueries(estimate, monthlyBudget) {
    if (estimate.per_query_usd <= 0)
        return null;
    const headroom = monthlyBudget - estimate.fixed_monthly_usd;
    if (headroom <= 0)
        return 0;
    return Math.floor(headroom / estimate.per_query_usd + 1e-9);
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}
function llmItem(llm, queries, prices) {
    const path = ["cost", "llm"];
    const flat = flatInstead(llm, path, "LLM", "input_tokens", llm.input_tokens ?? llm.output_tokens ?? llm.tokens_per_query);
    if (flat !== undefined)
        return flat;
    if (llm.tokens_per_query !== undefined)
        return blendedLlmItem(llm, llm.tokens_per_query, queries);
    const problems = [];
    if (llm.input_tokens === undefined)
        problems.push(missing([...path, "input_tokens"], "input tokens per call"));
    if (llm.output_tokens === undefined)
        problems.push(missing([...path, "output_tokens"], "output tokens per call"));
    const resolved = resolveTokenPrice(llm, path, prices, problems);
    if (problems.length > 0 || resolved === undefined)
        return { problems };
    const input = llm.input_tokens;
    const output = llm.output_tokens;
    const perCall = (input * resolved.input + output * resolved.output) / PER_MILLION;
    const perQuery = perCall * llm.calls_per_query;
    const calls = llm.calls_per_query === 1 ? "" : ` x ${llm.calls_per_query} calls`;
    const rates = resolved.input === resolved.output
        ? `${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(input + output)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(resolved.input)}/1M`
        : `(${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(input)} in x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(resolved.input)} + ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(output)} out x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(resolved.output)})/1M`;
    return { item: llmCostItem(llm, perQuery, queries, `${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(queries)} queries${calls} x ${rates}`, resolved.source), ...(resolved.price === undefined ? {} : { price: resolved.price }) };
}
function llmCostItem(llm, perQuery, queries, assumption, source) {
    return {
        id: "llm",
        label: llm.model === undefined ? "LLM inference" : `LLM inference (${llm.model})`,
        period: "monthly",
        usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)(perQuery * queries),
        per_query_usd: perQuery,
        assumption,
        price_source: source,
    };
}
/**
 * `tokens_per_query` + `usd_per_mtok`: every token of a query at one blended price, as
 * docs/framework.md section 7 states its figures (1,000 tokens x $2.50 per 1M).
 */
function blendedLlmItem(llm, tokens, queries) {
    const path = ["cost", "llm"];
    const problems = [];
    if (llm.input_tokens !== undefined || llm.output_tokens !== undefined) {
        problems.push({ path: [...path, "tokens_per_query"], kind: "invalid-value", message: "give tokens_per_query (at a blended usd_per_mtok) or input_tokens and output_tokens per call, not both" });
    }
    if (llm.calls_per_query !== 1) {
        problems.push({ path: [...path, "calls_per_query"], kind: "invalid-value", message: "tokens_per_query already counts every call of a query; give input_tokens and output_tokens per call to use calls_per_query" });
    }
    if (llm.input_usd_per_mtok !== undefined || llm.output_usd_per_mtok !== undefined) {
        problems.push({ path: [...path, "tokens_per_query"], kind: "invalid-value", message: "tokens_per_query is priced at one blended usd_per_mtok; split prices need input_tokens and output_tokens" });
    }
    if (llm.usd_per_mtok === undefined) {
        problems.push({
            path: [...path, "tokens_per_query"],
            kind: "invalid-value",
            message: "tokens_per_query needs a blended usd_per_mtok",
            hint: "give usd_per_mtok, or input_tokens and output_tokens to price from the pinned table",
        });
    }
    if (problems.length > 0)
        return { problems };
    const rate = llm.usd_per_mtok;
    const perQuery = (tokens * rate) / PER_MILLION;
    return { item: llmCostItem(llm, perQuery, queries, `${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(queries)} queries x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(tokens)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(rate)}/1M`, "plan (usd_per_mtok)") };
}
function resolveTokenPrice(item, path, prices, problems) {
    const split = item.input_usd_per_mtok !== undefined || item.output_usd_per_mtok !== undefined;
    if (item.usd_per_mtok !== undefined && split) {
        problems.push({
            path: [...path, "usd_per_mtok"],
            kind: "invalid-value",
            message: "give either usd_per_mtok (blended) or input_usd_per_mtok and output_usd_per_mtok, not both",
        });
        return undefined;
    }
    if (item.usd_per_mtok !== undefined)
        return { input: item.usd_per_mtok, output: item.usd_per_mtok, source: "plan (usd_per_mtok)" };
    if (split) {
        if (item.input_usd_per_mtok === undefined || item.output_usd_per_mtok === undefined) {
            const absent = item.input_usd_per_mtok === undefined ? "input_usd_per_mtok" : "output_usd_per_mtok";
            problems.push(missing([...path, absent], "the other half of the split price"));
            return undefined;
        }
        return { input: item.input_usd_per_mtok, output: item.output_usd_per_mtok, source: "plan (input/output_usd_per_mtok)" };
    }
    const pinned = pinnedFor(item, path, prices, problems);
    if (pinned === undefined)
        return undefined;
    if (pinned.entry.input_mtok === undefined || pinned.entry.output_mtok === undefined) {
        problems.push({
            path: [...path, "model"],
            kind: "unknown-model",
            message: `${pinned.key} in ${pinned.origin} has no input_mtok/output_mtok token prices`,
            hint: "pin both prices, or give input_usd_per_mtok and output_usd_per_mtok in the plan",
        });
        return undefined;
    }
    return { input: pinned.entry.input_mtok, output: pinned.entry.output_mtok, source: pinned.source, price: pinned.use };
}
function pinnedFor(item, path, prices, problems) {
    if (item.provider === undefined || item.model === undefined) {
        problems.push({
            path: [...path, item.provider === undefined ? "provider" : "model"],
            kind: "invalid-value",
            message: "a priced item needs provider and model (to look up the pinned price) or its own usd_per_mtok",
        });
        return undefined;
    }
    const entry = (0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .findPinnedPrice */ .ZW)(prices, item.provider, item.model);
    const key = `${item.provider}/${item.model}`;
    if (entry === undefined) {
        const near = (0,_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(item.model, (0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .modelsOf */ .Wh)(prices, item.provider));
        problems.push({
            path: [...path, "model"],
            kind: "unknown-model",
            message: `unknown model "${key}": it is not in ${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLayers */ .MS)(prices)}`,
            hint: near === undefined
                ? `pin its price in ${prices.pinTarget ?? prices.file} (tunegate pricing pin does it from the price data), or give usd_per_mtok in the plan; tunegate never guesses a price`
                : `did you mean "${item.provider}/${near}"? A similar name is a different model, so tunegate does not price it as one`,
        });
        return undefined;
    }
    const origin = (0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .originOf */ .yv)(prices, key);
    return {
        key,
        entry,
        origin,
        source: `${origin}: ${key} (${entry.source}, as of ${entry.as_of})`,
        use: { key, as_of: entry.as_of, source: entry.source, file: origin, path: [...path, "model"], ...lifecycleOf(entry) },
    };
}
function lifecycleOf(entry) {
    const shutdown = entry.shutdown_date ?? entry.available_until?.inference;
    const newJobs = entry.available_until?.new_jobs;
    return { ...(shutdown === undefined ? {} : { shutdown_date: shutdown }), ...(newJobs === undefined ? {} : { new_jobs_until: newJobs }) };
}
function embeddingItem(embedding, queries, prices) {
    const path = ["cost", "embedding"];
    const flat = flatInstead(embedding, path, "Embeddings", "tokens_per_query", embedding.tokens_per_query);
    if (flat !== undefined)
        return flat;
    const problems = [];
    if (embedding.tokens_per_query === undefined)
        problems.push(missing([...path, "tokens_per_query"], "tokens embedded per query"));
    const resolved = singleRate(embedding, path, prices, problems, "input_mtok");
    if (problems.length > 0 || resolved === undefined)
        return { problems };
    const { rate, source, price } = resolved;
    const tokens = embedding.tokens_per_query;
    const perQuery = (tokens * rate) / PER_MILLION;
    return {
        item: {
            id: "embedding",
            label: embedding.model === undefined ? "Embeddings" : `Embeddings (${embedding.model})`,
            period: "monthly",
            usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)(perQuery * queries),
            per_query_usd: perQuery,
            assumption: `${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(queries)} queries x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(tokens)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(rate)}/1M`,
            price_source: source,
        },
        ...(price === undefined ? {} : { price }),
    };
}
function fineTuneItem(fineTune, prices) {
    const path = ["cost", "fine_tune"];
    if (fineTune.monthly_usd !== undefined) {
        return { problems: [{ path: [...path, "monthly_usd"], kind: "invalid-value", message: "fine-tuning is a one-time cost: use one_time_usd (put serving costs under hosting or llm)" }] };
    }
    const flat = flatInstead(fineTune, path, "Fine-tuning", "training_tokens", fineTune.training_tokens);
    if (flat !== undefined)
        return flat;
    const problems = [];
    if (fineTune.training_tokens === undefined)
        problems.push(missing([...path, "training_tokens"], "tokens in the training file"));
    const resolved = singleRate(fineTune, path, prices, problems, "training_mtok", "pin the training price by hand with its source, or give usd_per_mtok");
    if (problems.length > 0 || resolved === undefined)
        return { problems };
    const { rate, source, price } = resolved;
    const tokens = fineTune.training_tokens;
    return {
        item: {
            id: "fine_tune",
            label: "Fine-tuning (training)",
            period: "one_time",
            usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)((tokens * fineTune.epochs * rate) / PER_MILLION),
            per_query_usd: 0,
            assumption: `${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(tokens)} training tokens x ${fineTune.epochs} epoch${fineTune.epochs === 1 ? "" : "s"} x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(rate)}/1M`,
            price_source: source,
        },
        ...(price === undefined ? {} : { price }),
    };
}
/** One per-1M-token rate: the plan's own usd_per_mtok, or the named field of the pinned entry. */
function singleRate(item, path, prices, problems, field, hint) {
    if (item.usd_per_mtok !== undefined)
        return { rate: item.usd_per_mtok, source: "plan (usd_per_mtok)" };
    const pinned = pinnedFor(item, path, prices, problems);
    if (pinned === undefined)
        return undefined;
    const rate = pinned.entry[field];
    if (rate === undefined) {
        problems.push({ path: [...path, "model"], kind: "unknown-model", message: `${pinned.key} has no ${field} price in ${pinned.origin}`, ...(hint === undefined ? {} : { hint }) });
        return undefined;
    }
    return { rate, source: pinned.source, price: pinned.use };
}
/** Items given as a flat amount: returns the outcome, or undefined when the item is usage-priced. */
function flatInstead(item, path, label, usageField, usage) {
    if (item.monthly_usd === undefined && item.one_time_usd === undefined)
        return undefined;
    if (usage !== undefined) {
        return {
            problems: [
                {
                    path: [...path, usageField],
                    kind: "invalid-value",
                    message: `give either a flat amount (monthly_usd / one_time_usd) or usage to price, not both`,
                },
            ],
        };
    }
    const outcomes = flatItems(path.at(-1), label, item, path);
    return outcomes.length === 1 ? outcomes[0] : { problems: [{ path, kind: "invalid-value", message: "give one flat amount per item" }] };
}
function flatItems(id, label, item, path) {
    const outcomes = [];
    if (item.monthly_usd !== undefined) {
        outcomes.push({ item: { id, label, period: "monthly", usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)(item.monthly_usd), per_query_usd: 0, assumption: "flat monthly amount", price_source: "plan" } });
    }
    if (item.one_time_usd !== undefined) {
        outcomes.push({ item: { id, label, period: "one_time", usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .toCents */ .Fd)(item.one_time_usd), per_query_usd: 0, assumption: "flat one-time amount", price_source: "plan" } });
    }
    if (outcomes.length === 0) {
        return [{ problems: [{ path, kind: "invalid-value", message: `${label}: give monthly_usd or one_time_usd` }] }];
    }
    return outcomes;
}
function missing(path, what) {
    return { path, kind: "invalid-value", message: `required to price this item: ${what}` };
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 3560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ pricesToAudit),
/* harmony export */   wy: () => (/* binding */ auditResultSchema),
/* harmony export */   y1: () => (/* binding */ auditPrices)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4560);
/* harmony import */ var _price_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6130);




const priceFieldSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I);
/** What the scheduled audit found; `tunegate audit --format json` and the Action's report-json write it. */
const auditResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    verified: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe("false when current prices could not be fetched or parsed; the pins were kept"),
    pinned_prices: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe("the pinned table audited, as reports name it"),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    unverified_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), price: priceFieldSchema, pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), change_pct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })),
    stale: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), as_of: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })),
    shutdowns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), what: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    missing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), price: priceFieldSchema, current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), future: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    unverifiable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    plans: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })),
    plans_over_budget: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), monthly_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), at: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pinned", "current", "announced"]) })),
    needs_action: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    today: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
})
    .describe("tunegate pricing audit");
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
        for (const [what, date] of [["shutdown", entry.shutdown_date], ["new fine-tuning jobs end", entry.available_until?.new_jobs], ["inference ends", entry.available_until?.inference]]) {
            if (date === undefined || (what === "inference ends" && date === entry.shutdown_date))
                continue;
            const left = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(today, date);
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
        const now_ = current.feed.quote(check.provider, check.model, now);
        if (!now_.ok) {
            result.missing.push({ model: key, reason: now_.reason === "fuzzy" ? `the feed only matches it fuzzily (as ${now_.matched}): a different model` : now_.reason === "no-provider" ? `provider ${check.provider} is not in the feed` : "the model is no longer in the feed" });
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
                result.drift.push({ model: key, price: field, pinned, current: latest, change_pct: Math.round(change * 1000) / 10 });
        }
        const future = current.feed.quote(check.provider, check.model, horizon);
        if (future.ok) {
            announcedTable[key] = { ...entry, ...future.prices };
            const dates = now_.announced(now, horizon);
            for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
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
            const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a)(plan.cost, plan.use_case.monthly_queries, { ...table, prices });
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

/***/ }),

/***/ 6130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PRICE_FIELDS)
/* harmony export */ });
/** The price fields tunegate pins and compares (USD per 1M tokens), in the pinned table's key names. */
const PRICE_FIELDS = ["input_mtok", "cache_read_mtok", "output_mtok"];
//# sourceMappingURL=price-source.js.map

/***/ })

};

//# sourceMappingURL=560.index.js.map