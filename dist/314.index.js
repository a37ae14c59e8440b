export const id = 314;
export const ids = [314];
export const modules = {

/***/ 5353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ costPerPoint),
/* harmony export */   n: () => (/* binding */ estimateAlternativeCost)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);

/**
 * The items only the customisation needs, by approach: a fine-tune's training and the hosting of
 * its weights or adapter; for RAG (whose alternative is the model without retrieval), the
 * embeddings and the vector database. Prompting customises nothing, so it has no alternative.
 */
const ONLY_THE_CUSTOMISATION_NEEDS = {
    prompt: [],
    rag: ["embedding", "vector_db"],
    lora: ["fine_tune", "hosting"],
    qlora: ["fine_tune", "hosting"],
    "full-fine-tune": ["fine_tune", "hosting"],
    hybrid: ["fine_tune", "hosting"],
};
/**
 * The alternative's monthly and one-time cost: the plan's `cost.alternative` block when it has
 * one, else the plan's own cost without what only the customisation needs. Problems in the
 * alternative's block are placed under `cost.alternative`, where the user wrote them.
 */
function estimateAlternativeCost(cost, approach, monthlyQueries, prices) {
    if (cost.alternative !== undefined) {
        const estimate = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a)(cost.alternative, monthlyQueries, prices);
        if (!estimate.ok)
            return { ok: false, problems: estimate.problems.map((p) => ({ ...p, path: underAlternative(p.path) })) };
        return { ok: true, value: { estimate: estimate.value, source: "cost.alternative" } };
    }
    const dropped = ONLY_THE_CUSTOMISATION_NEEDS[approach].filter((key) => cost[key] !== undefined);
    const kept = { ...cost };
    delete kept.alternative;
    for (const key of dropped)
        delete kept[key];
    const estimate = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a)(kept, monthlyQueries, prices);
    // The plan's own cost priced without error, so a subset of its items does too.
    if (!estimate.ok)
        return estimate;
    const source = dropped.length === 0 ? "the plan's cost (nothing in it is only the customisation's)" : `the plan's cost without ${dropped.map((k) => `cost.${k}`).join(" and ")}`;
    return { ok: true, value: { estimate: estimate.value, source } };
}
function underAlternative(path) {
    return path[0] === "cost" ? ["cost", "alternative", ...path.slice(1)] : path;
}
/**
 * What the customisation costs per point of quality it buys: extra monthly dollars over the gain
 * in points. Null when there is no gain to pay for (zero or less). A saving gives a negative cost.
 */
function costPerPoint(extraMonthlyUsd, gainInPoints) {
    if (!(gainInPoints > 0))
        return null;
    return extraMonthlyUsd / gainInPoints;
}
//# sourceMappingURL=alternative.js.map

/***/ }),

/***/ 751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ estimateCost),
/* harmony export */   f: () => (/* binding */ breakEvenMonthlyQueries)
/* harmony export */ });
/* harmony import */ var _input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(890);
/* harmony import */ var _input_lookalike_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2588);
/* harmony import */ var _price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2162);




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
            monthly_usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(sum(monthly.map((i) => i.usd))),
            one_time_usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(sum(items.filter((i) => i.period === "one_time").map((i) => i.usd))),
            items,
            per_query_usd: sum(monthly.map((i) => i.per_query_usd)),
            fixed_monthly_usd: sum(monthly.filter((i) => i.per_query_usd === 0).map((i) => i.usd)),
            prices_used: done.flatMap((o) => (o.price === undefined ? [] : [o.price])),
            rates: done.flatMap((o) => o.rates ?? []),
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
function keyOf(item) {
    return item.provider === undefined || item.model === undefined ? undefined : `${item.provider}/${item.model}`;
}
function llmItem(llm, queries, prices) {
    const path = ["cost", "llm"];
    if (llm.one_time_usd !== undefined)
        return recurringOnly(path, "LLM inference");
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
        ? `${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(input + output)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(resolved.input)}/1M`
        : `(${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(input)} in x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(resolved.input)} + ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(output)} out x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(resolved.output)})/1M`;
    return { item: llmCostItem(llm, perQuery, queries, `${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(queries)} queries${calls} x ${rates}`, resolved.source), rates: resolved.rates, ...(resolved.price === undefined ? {} : { price: resolved.price }) };
}
function llmCostItem(llm, perQuery, queries, assumption, source) {
    return {
        id: "llm",
        label: llm.model === undefined ? "LLM inference" : `LLM inference (${llm.model})`,
        period: "monthly",
        usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(perQuery * queries),
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
    // A blended rate is compared with the cheaper (input) price: below that, it is below every token's.
    const rates = [{ key: keyOf(llm), field: "input_mtok", rate, from: "plan", path: [...path, "usd_per_mtok"] }];
    return { item: llmCostItem(llm, perQuery, queries, `${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(queries)} queries x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(tokens)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rate)}/1M`, "plan (usd_per_mtok)"), rates };
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
    const key = keyOf(item);
    if (item.usd_per_mtok !== undefined) {
        return { input: item.usd_per_mtok, output: item.usd_per_mtok, source: "plan (usd_per_mtok)", rates: [{ key, field: "input_mtok", rate: item.usd_per_mtok, from: "plan", path: [...path, "usd_per_mtok"] }] };
    }
    if (split) {
        if (item.input_usd_per_mtok === undefined || item.output_usd_per_mtok === undefined) {
            const absent = item.input_usd_per_mtok === undefined ? "input_usd_per_mtok" : "output_usd_per_mtok";
            problems.push(missing([...path, absent], "the other half of the split price"));
            return undefined;
        }
        return {
            input: item.input_usd_per_mtok,
            output: item.output_usd_per_mtok,
            source: "plan (input/output_usd_per_mtok)",
            rates: [
                { key, field: "input_mtok", rate: item.input_usd_per_mtok, from: "plan", path: [...path, "input_usd_per_mtok"] },
                { key, field: "output_mtok", rate: item.output_usd_per_mtok, from: "plan", path: [...path, "output_usd_per_mtok"] },
            ],
        };
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
    const at = [...path, "model"];
    return {
        input: pinned.entry.input_mtok,
        output: pinned.entry.output_mtok,
        source: pinned.source,
        price: pinned.use,
        rates: [
            { key: pinned.key, field: "input_mtok", rate: pinned.entry.input_mtok, from: pinned.origin, path: at },
            { key: pinned.key, field: "output_mtok", rate: pinned.entry.output_mtok, from: pinned.origin, path: at },
        ],
    };
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
    const entry = (0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .findPinnedPrice */ .ZW)(prices, item.provider, item.model);
    const key = `${item.provider}/${item.model}`;
    const shippedKeys = Object.keys(prices.shipped?.prices ?? {});
    const lookalike = shippedKeys.includes(key) ? undefined : (0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_0__/* .lookalikeOf */ .ZR)(key, shippedKeys);
    if (lookalike !== undefined) {
        // "Anthropic/..." or "аnthropic/..." (Cyrillic а) reads as the shipped model but is another
        // key: a price pinned under it would never be compared with the shipped or published one.
        problems.push({
            path: [...path, item.provider !== lookalike.slice(0, lookalike.indexOf("/")) ? "provider" : "model"],
            kind: "unknown-model",
            message: `"${(0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_0__/* .showNonAscii */ .gE)(key)}" differs from "${lookalike}" (${prices.shipped.file}) only by case, invisible or lookalike characters: it names a different price`,
            hint: `write "${lookalike}" exactly, in the plan and in any pinned price`,
        });
        return undefined;
    }
    if (entry === undefined) {
        const near = (0,_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .closestName */ .N)(item.model, (0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .modelsOf */ .Wh)(prices, item.provider));
        problems.push({
            path: [...path, "model"],
            kind: "unknown-model",
            message: `unknown model "${key}": it is not in ${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLayers */ .MS)(prices)}`,
            hint: near === undefined
                ? `pin its price in ${prices.pinTarget ?? prices.file} (tunegate pricing pin does it from the price data), or give usd_per_mtok in the plan; tunegate never guesses a price`
                : `did you mean "${item.provider}/${near}"? A similar name is a different model, so tunegate does not price it as one`,
        });
        return undefined;
    }
    const origin = (0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .originOf */ .yv)(prices, key);
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
    if (embedding.one_time_usd !== undefined)
        return recurringOnly(path, "Embeddings");
    const flat = flatInstead(embedding, path, "Embeddings", "tokens_per_query", embedding.tokens_per_query);
    if (flat !== undefined)
        return flat;
    const problems = [];
    if (embedding.tokens_per_query === undefined)
        problems.push(missing([...path, "tokens_per_query"], "tokens embedded per query"));
    const resolved = singleRate(embedding, path, prices, problems, "input_mtok");
    if (problems.length > 0 || resolved === undefined)
        return { problems };
    const { rate, source, price, rates } = resolved;
    const tokens = embedding.tokens_per_query;
    const perQuery = (tokens * rate) / PER_MILLION;
    return {
        item: {
            id: "embedding",
            label: embedding.model === undefined ? "Embeddings" : `Embeddings (${embedding.model})`,
            period: "monthly",
            usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(perQuery * queries),
            per_query_usd: perQuery,
            assumption: `${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(queries)} queries x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(tokens)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rate)}/1M`,
            price_source: source,
        },
        rates,
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
    const { rate, source, price, rates } = resolved;
    const tokens = fineTune.training_tokens;
    return {
        item: {
            id: "fine_tune",
            label: "Fine-tuning (training)",
            period: "one_time",
            usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)((tokens * fineTune.epochs * rate) / PER_MILLION),
            per_query_usd: 0,
            assumption: `${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(tokens)} training tokens x ${fineTune.epochs} epoch${fineTune.epochs === 1 ? "" : "s"} x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rate)}/1M`,
            price_source: source,
        },
        rates,
        ...(price === undefined ? {} : { price }),
    };
}
/** One per-1M-token rate: the plan's own usd_per_mtok, or the named field of the pinned entry. */
function singleRate(item, path, prices, problems, field, hint) {
    if (item.usd_per_mtok !== undefined) {
        return { rate: item.usd_per_mtok, source: "plan (usd_per_mtok)", rates: [{ key: keyOf(item), field, rate: item.usd_per_mtok, from: "plan", path: [...path, "usd_per_mtok"] }] };
    }
    const pinned = pinnedFor(item, path, prices, problems);
    if (pinned === undefined)
        return undefined;
    const rate = pinned.entry[field];
    if (rate === undefined) {
        problems.push({ path: [...path, "model"], kind: "unknown-model", message: `${pinned.key} has no ${field} price in ${pinned.origin}`, ...(hint === undefined ? {} : { hint }) });
        return undefined;
    }
    return { rate, source: pinned.source, price: pinned.use, rates: [{ key: pinned.key, field, rate, from: pinned.origin, path: [...path, "model"] }] };
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
        outcomes.push({ item: { id, label, period: "monthly", usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(item.monthly_usd), per_query_usd: 0, assumption: "flat monthly amount", price_source: "plan" } });
    }
    if (item.one_time_usd !== undefined) {
        outcomes.push({ item: { id, label, period: "one_time", usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(item.one_time_usd), per_query_usd: 0, assumption: "flat one-time amount", price_source: "plan" } });
    }
    if (outcomes.length === 0) {
        return [{ problems: [{ path, kind: "invalid-value", message: `${label}: give monthly_usd or one_time_usd` }] }];
    }
    return outcomes;
}
/**
 * Per-query items are paid every month the feature serves: written as one_time_usd they would
 * leave the monthly projection (and its budget) and land in the one-time one.
 */
function recurringOnly(path, what) {
    return {
        problems: [
            {
                path: [...path, "one_time_usd"],
                kind: "invalid-value",
                message: `${what}: paid per query, every month, so never a one-time cost`,
                hint: "use monthly_usd (or tokens and prices); put a one-time setup cost under other",
            },
        ],
    };
}
function missing(path, what) {
    return { path, kind: "invalid-value", message: `required to price this item: ${what}` };
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 2162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   Fd: () => (/* binding */ toCents),
/* harmony export */   UK: () => (/* binding */ formatUsd)
/* harmony export */ });
/** Rounds dollars to whole cents, the precision every report shows. */
function toCents(usd) {
    return Math.round(usd * 100 + Number.EPSILON * 100) / 100;
}
/** `$2,572.00`: always two decimals, thousands separated, locale-independent. */
function formatUsd(usd) {
    const negative = usd < 0;
    const [whole, cents] = Math.abs(toCents(usd)).toFixed(2).split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${negative ? "-" : ""}$${grouped}.${cents}`;
}
/** `1,000,000` for counts in reports. */
function formatCount(n) {
    return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
/** `$2.50` or `$0.125` for per-1M-token prices, keeping meaningful digits. */
function formatRate(usd) {
    const fixed = usd >= 0.01 ? usd.toFixed(Math.max(2, decimals(usd))) : usd.toString();
    return `$${fixed}`;
}
function decimals(value) {
    const text = value.toString();
    const dot = text.indexOf(".");
    return dot === -1 ? 0 : Math.min(6, text.length - dot - 1);
}
//# sourceMappingURL=money.js.map

/***/ }),

/***/ 5078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ describeLayers),
/* harmony export */   QY: () => (/* binding */ loadPriceTable),
/* harmony export */   Wh: () => (/* binding */ modelsOf),
/* harmony export */   ZW: () => (/* binding */ findPinnedPrice),
/* harmony export */   oQ: () => (/* binding */ layerPriceTables),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony export priceTableSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4377);
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4560);
/* harmony import */ var _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4885);
/* harmony import */ var _input_field_problem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1971);
/* harmony import */ var _input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2351);
/* harmony import */ var _input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4903);
/* harmony import */ var _pricing_price_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6130);







/**
 * The price table schema, built on first use: the shipped table is validated at build time, so
 * only a run that reads a repository's own table builds it.
 */
const priceTableSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(buildPriceTableSchema);
function buildPriceTableSchema() {
    const perMillion = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100_000);
    const checkSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("manual").describe("pinned by hand from its source; the audit can only age it"),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ source: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_pricing_price_source_js__WEBPACK_IMPORTED_MODULE_3__/* .PRICE_SOURCE_KINDS */ .M), provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).describe("the audit compares it with this feed entry"),
    ])
        .describe("how the audit verifies this price");
    const pinnedPriceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        unit: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["per_1m_tokens", "per_hour"]),
        usd_per_hour: perMillion.optional().describe("per_hour entries: GPU or instance rental"),
        input_mtok: perMillion.optional(),
        output_mtok: perMillion.optional(),
        cache_read_mtok: perMillion.optional(),
        training_mtok: perMillion.optional().describe("fine-tuning training price per 1M training tokens"),
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200),
        as_of: zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6().describe("when a person or the audit last confirmed this price"),
        shutdown_date: zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6().optional(),
        available_until: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ new_jobs: zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6().optional(), inference: zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6().optional() }).optional(),
        check: checkSchema.optional(),
        note: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(1000).optional(),
    });
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
        currency: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("USD"),
        prices: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[^/\s]+\/\S+$/, "keys are provider/model"), pinnedPriceSchema),
    });
}
/**
 * Parses the pinned price table (policies/pricing.yml or the repository's own). Given today's
 * date, a price confirmed in the future is an error: its age would stay negative, so the
 * pricing-freshness gate would call it fresh for ever.
 */
function loadPriceTable(file, text, today) {
    const parsed = (0,_input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlSource */ .W)(file, text);
    if (!parsed.ok)
        return parsed;
    const result = priceTableSchema.safeParse(parsed.value.data);
    if (!result.success)
        return { ok: false, diagnostics: (0,_input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaDiagnostics */ .m)(result.error.issues, parsed.value, priceTableSchema) };
    const units = unitProblems(result.data);
    if (units.length > 0)
        return { ok: false, diagnostics: (0,_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .capDiagnostics */ .HB)((0,_input_field_problem_js__WEBPACK_IMPORTED_MODULE_6__/* .locateProblems */ .D)(units.slice(0, _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9), parsed.value), units.length) };
    if (today !== undefined) {
        const future = futureConfirmations(result.data, today);
        if (future.length > 0)
            return { ok: false, diagnostics: (0,_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .capDiagnostics */ .HB)((0,_input_field_problem_js__WEBPACK_IMPORTED_MODULE_6__/* .locateProblems */ .D)(future.slice(0, _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9), parsed.value), future.length) };
    }
    return { ok: true, value: { ...result.data, file } };
}
const TOKEN_FIELDS = ["input_mtok", "output_mtok", "cache_read_mtok", "training_mtok"];
/**
 * An entry's prices must be in its unit: a per_hour entry's input_mtok would price tokens at what
 * was meant as an hourly rate, and a per_1m_tokens entry's usd_per_hour would cost self-hosting.
 */
function unitProblems(table) {
    const problems = [];
    for (const [key, price] of Object.entries(table.prices)) {
        if (price.unit === "per_hour") {
            for (const field of TOKEN_FIELDS) {
                if (price[field] !== undefined)
                    problems.push({ path: ["prices", key, field], kind: "invalid-value", message: `${field} is a price per 1M tokens, but ${key} is priced per_hour`, hint: "give a per_hour entry only usd_per_hour; pin token prices under unit: per_1m_tokens" });
            }
            if (price.usd_per_hour === undefined)
                problems.push({ path: ["prices", key, "unit"], kind: "invalid-value", message: `${key} is priced per_hour but has no usd_per_hour` });
        }
        else if (price.usd_per_hour !== undefined) {
            problems.push({ path: ["prices", key, "usd_per_hour"], kind: "invalid-value", message: `usd_per_hour is an hourly price, but ${key} is priced per_1m_tokens`, hint: "pin an hourly price under its own key with unit: per_hour" });
        }
    }
    return problems;
}
/** A day of slack: a price pinned this morning east of UTC is dated tomorrow in UTC. */
const CLOCK_SLACK_DAYS = 1;
function futureConfirmations(table, today) {
    return Object.entries(table.prices)
        .filter(([, price]) => (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_7__/* .daysBetween */ .YM)(today, price.as_of) > CLOCK_SLACK_DAYS)
        .map(([key, price]) => ({
        path: ["prices", key, "as_of"],
        kind: "invalid-value",
        message: `as_of ${price.as_of} is in the future (today is ${today}): a price cannot have been confirmed on a day that has not come`,
        hint: "write the day the price was last checked against its source; pricing-freshness ages prices from it",
    }));
}
/**
 * The repository's pinned table over the one shipped with tunegate: the repository's entries win,
 * the shipped entries fill the rest, and each entry remembers which table it came from.
 */
function layerPriceTables(repository, shipped, pinTarget) {
    const origins = {};
    for (const key of Object.keys(shipped.prices))
        origins[key] = shipped.file;
    const asShipped = { file: shipped.file, prices: shipped.prices };
    if (repository === undefined)
        return { ...shipped, layers: [shipped.file], origins, pinTarget, shipped: asShipped };
    for (const key of Object.keys(repository.prices))
        origins[key] = repository.file;
    return {
        version: 1,
        currency: "USD",
        prices: { ...shipped.prices, ...repository.prices },
        file: `${repository.file} over the ${shipped.file}`,
        layers: [repository.file, `the ${shipped.file}`],
        origins,
        pinTarget,
        shipped: asShipped,
    };
}
/** The table a pinned entry came from. */
function originOf(table, key) {
    return table.origins?.[key] ?? table.file;
}
/** The tables a price was looked for in, for "it is not in ...". */
function describeLayers(table) {
    return (table.layers ?? [table.file]).join(" or ");
}
/** Exact lookup only: a near match is a different model, and guessing its price is how budgets break. */
function findPinnedPrice(table, provider, model) {
    return table.prices[`${provider}/${model}`];
}
function modelsOf(table, provider) {
    return Object.keys(table.prices)
        .filter((key) => key.startsWith(`${provider}/`))
        .map((key) => key.slice(provider.length + 1));
}
//# sourceMappingURL=price-table.js.map

/***/ }),

/***/ 8436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ assembleRun),
/* harmony export */   c3: () => (/* binding */ selectBenchmark),
/* harmony export */   gg: () => (/* binding */ sameMetricKey)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7619);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4814);
/* harmony import */ var _input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2588);



/**
 * Puts one side's files together: aggregates from results files, with the per-sample files'
 * examples attached to the same benchmark and metric (or standing alone when no results file
 * has it). Two files that both give one benchmark are a conflict, never "the first one wins":
 * a glob that matches an old good run beside a new bad one must not pass on the old one. Nor is
 * a results file combined with a samples file from another run: they must agree (see
 * `disagreement`), or the samples would silently replace what the results file says.
 */
function assembleRun(contributions) {
    const aggregates = new Map();
    const sampled = new Map();
    const conflicts = contributions.flatMap(lookalikeNames);
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    for (const c of contributions) {
        for (const b of c.benchmarks) {
            const key = `${b.name}\u0000${b.metric}`;
            const into = b.examples !== null && b.provenance.format === "lm-eval" ? sampled : aggregates;
            const earlier = into.get(key);
            if (earlier !== undefined) {
                const files = [earlier.provenance.file, b.provenance.file];
                conflicts.push({ name: b.name, metric: b.metric, files, message: `two files give ${b.name} (${b.metric}): ${files[0]} and ${files[1]}; tunegate will not pick one of them silently` });
                continue;
            }
            into.set(key, b);
        }
    }
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    const benchmarks = [...aggregates.values()];
    for (const [key, withExamples] of sampled) {
        const aggregate = aggregates.get(key);
        if (aggregate === undefined)
            benchmarks.push(withExamples);
        else if (aggregate.aggregation !== null && aggregate.aggregation !== "mean") {
            // The aggregate is not the mean of the per-sample values (perplexity is exp(-mean(ll))):
            // the samples measure something else, so the aggregate stands alone, judged from its stderr.
            continue;
        }
        else {
            const differs = disagreement(aggregate, withExamples);
            if (differs !== null) {
                conflicts.push(differs);
                continue;
            }
            const index = benchmarks.indexOf(aggregate);
            benchmarks[index] = { ...aggregate, examples: withExamples.examples, n: aggregate.n ?? withExamples.n, provenance: { ...aggregate.provenance, digest: withExamples.provenance.digest } };
        }
    }
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    const categories = contributions.map((c) => c.categories).filter((c) => c !== null);
    const latency = contributions.map((c) => c.latencyP95Ms).filter((l) => l !== null);
    const byName = new Map();
    for (const b of benchmarks) {
        for (const name of new Set([b.name, ...b.aliases])) {
            const list = byName.get(name) ?? [];
            list.push(b);
            byName.set(name, list);
        }
    }
    return {
        ok: true,
        run: {
            format: contributions[0]?.format ?? "tunegate",
            files: contributions.map((c) => c.file),
            sources: contributions.map(sourceOf),
            model: contributions.map((c) => c.model).find((m) => m !== null) ?? null,
            benchmarks,
            byName,
            latencyP95Ms: latency.length === 0 ? null : Math.max(...latency),
            ...latencyRows(contributions),
            categories: categories.length === 0
                ? null
                : { general: categories.flatMap((c) => c.general), safety: categories.flatMap((c) => c.safety), task: categories.flatMap((c) => c.task) },
            incomplete: contributions.map((c) => c.incomplete).find((i) => i !== null) ?? null,
            noScores: contributions.flatMap((c) => (c.noScores === null ? [] : [`${c.file}: ${c.noScores}`])),
        },
    };
}
/**
 * Whether a results file's aggregate and a samples file's examples can be one run's: the same
 * number of examples, and, where the aggregate is the mean of the per-example scores (the task
 * config says "mean", or, with no config, a metric bounded to [0, 1]), the same mean up to the
 * rounding of single-precision storage. Null when they agree.
 */
function disagreement(aggregate, sampled) {
    const examples = sampled.examples;
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .exampleCount */ .EN)(examples);
    const files = [aggregate.provenance.file, sampled.provenance.file];
    const conflict = (detail) => ({
        name: aggregate.name,
        metric: aggregate.metric,
        files,
        message: `${files[0]} and ${files[1]} disagree on ${aggregate.name} (${aggregate.metric}): ${detail}; they are not from the same run, and tunegate will not pick one of them silently`,
    });
    if (aggregate.n !== null && aggregate.n !== count)
        return conflict(`the results file counts ${aggregate.n} examples, the samples file has ${count}`);
    const range = (0,_reading_js__WEBPACK_IMPORTED_MODULE_2__/* .metricRange */ .Q4)(aggregate.metric);
    const isMean = aggregate.aggregation === "mean" || (aggregate.aggregation === null && range !== null && range[0] === 0 && range[1] === 1);
    if (!isMean || count === 0)
        return null;
    let sum = 0;
    let magnitude = 0;
    (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachScore */ .z$)(examples, (v) => {
        sum += v;
        magnitude += Math.abs(v);
    });
    const mean = sum / count;
    // Scores are kept in single precision (relative error 6e-8 each); the tolerance is far above that.
    const tolerance = 1e-5 * Math.max(1, magnitude / count);
    if (Math.abs(mean - aggregate.value) <= tolerance)
        return null;
    return conflict(`the results file's mean is ${aggregate.value}, the samples' is ${mean}`);
}
/** A report lists this many names per file; `tunegate evals` lists them all. */
const MAX_NAMES_LISTED = 50;
/** What the report says was read from one file. */
function sourceOf(c) {
    const largest = new Map();
    for (const b of c.benchmarks)
        if (b.n !== null && !b.pooled && b.partOf === undefined)
            largest.set(b.name, Math.max(largest.get(b.name) ?? 0, b.n));
    const examples = c.examples ?? (largest.size === 0 ? null : [...largest.values()].reduce((a, b) => a + b, 0));
    const errored = new Map();
    for (const b of c.benchmarks)
        if (!b.pooled && b.partOf === undefined)
            errored.set(b.name, Math.max(errored.get(b.name) ?? 0, b.errored));
    const names = [...new Set(c.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, MAX_NAMES_LISTED);
    return { file: c.file, format: c.format, tool_version: c.toolVersion, model: c.model, examples, errored: [...errored.values()].reduce((a, b) => a + b, 0), names, sha256: null };
}
/** Metric preference when the plan names none: acc_norm, acc, exact match, then the tools' own. */
const PREFERRED = [/^acc_norm(,none)?$/, /^acc(,none)?$/, /^exact_match,/, /^exact_match$/, /^accuracy$/, /^pass_rate$/, /^resisted$/, /^mean$/, /^score$/];
/** lm-eval 0.4 names a metric with its filter ("acc,none"); 0.3 and other tools name it alone. */
function sameMetricKey(metric) {
    return metric.endsWith(",none") ? metric.slice(0, -",none".length) : metric;
}
/**
 * The benchmark the plan means by `name`, under the metric it asked for (or the preferred one).
 * With a `counterpart` (the other side of a comparison) and no metric asked for, only metrics both
 * sides report are preferred, so the two sides are not judged on different metrics.
 */
function selectBenchmark(run, name, metric, pooledAllowed, counterpart) {
    const named = run.byName.get(name) ?? [];
    if (named.length === 0) {
        if (run.benchmarks.length === 0 && run.noScores.length > 0)
            return { ok: false, why: "no-data", reason: `no scores: ${run.noScores.join("; ")}` };
        const available = [...new Set(run.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, 12);
        return { ok: false, why: "absent", reason: `"${name}" is not in ${run.files.join(", ")} (it has: ${available.join(", ") || "no benchmarks"})` };
    }
    if (named.some((b) => b.pooled) && !pooledAllowed) {
        const parts = [...new Set(run.benchmarks.filter((b) => !b.pooled && b.provenance.file === named[0].provenance.file && b.name.startsWith(name) && /^[@#]/.test(b.name.slice(name.length))).map((b) => b.name))];
        return { ok: false, why: "ambiguous", reason: `"${name}" was run with several providers or prompts in ${named[0].provenance.file}: name one (${parts.slice(0, 6).join(", ")}) or pool them with evals.pool: [${name}]` };
    }
    let chosen;
    if (metric !== undefined) {
        chosen = named.find((b) => b.metric === metric) ?? named.find((b) => b.metric === `${metric},none`) ?? named.find((b) => b.metric.split(",")[0] === metric);
        if (chosen === undefined)
            return { ok: false, why: "no-metric", reason: `"${name}" has no metric "${metric}" (it has: ${named.map((b) => b.metric).join(", ")})` };
    }
    else {
        const theirs = new Set((counterpart?.byName.get(name) ?? []).map((b) => sameMetricKey(b.metric)));
        const shared = named.filter((b) => theirs.has(sameMetricKey(b.metric)));
        const candidates = shared.length > 0 ? shared : named;
        for (const pattern of PREFERRED) {
            chosen = candidates.find((b) => pattern.test(b.metric));
            if (chosen !== undefined)
                break;
        }
        chosen ??= candidates[0];
    }
    if (chosen.n === 0) {
        const why = chosen.errored > 0 ? `${chosen.errored} of ${chosen.errored} rows errored (provider errors): nothing was scored` : "0 examples were scored";
        return { ok: false, why: "no-data", reason: `"${name}" in ${chosen.provenance.file}: ${why}` };
    }
    return { ok: true, benchmark: chosen };
}
/**
 * Names in one file that read the same but are spelled differently ("xѕtest" with a Cyrillic ѕ
 * beside "xstest"): a plan naming one may be judged on a score written to look like the other, so
 * neither is judged. Names and metrics alike, each pair once.
 */
function lookalikeNames(contribution) {
    const bySkeleton = new Map();
    const conflicts = [];
    const seen = new Set();
    const names = contribution.benchmarks.flatMap((b) => [b.name, ...b.aliases, b.metric]);
    for (const name of names) {
        const skeleton = (0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__/* .nameSkeleton */ .Zk)(name);
        const earlier = bySkeleton.get(skeleton);
        if (earlier === undefined)
            bySkeleton.set(skeleton, name);
        // Letter case shows: "QA" beside "qa" is two names a reader tells apart.
        else if (earlier.toLowerCase() !== name.toLowerCase() && !seen.has(`${earlier}\u0000${name}`)) {
            seen.add(`${earlier}\u0000${name}`);
            conflicts.push({
                name,
                metric: "",
                files: [contribution.file, contribution.file],
                message: `${contribution.file} holds two names that look alike, "${(0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__/* .showNonAscii */ .gE)(earlier)}" and "${(0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__/* .showNonAscii */ .gE)(name)}": tunegate judges neither, since a plan naming one could be reading the other`,
            });
        }
    }
    return conflicts;
}
/** Every file's latency rows pooled and sorted, when each file that gave a latency gave rows. */
function latencyRows(contributions) {
    const timed = contributions.filter((c) => c.latencyP95Ms !== null);
    if (timed.length === 0 || timed.some((c) => c.latencyRowsMs === undefined))
        return {};
    const rows = Float64Array.from(timed.flatMap((c) => [...c.latencyRowsMs]));
    rows.sort();
    return { latencyRowsMs: rows };
}
//# sourceMappingURL=assemble.js.map

/***/ }),

/***/ 7619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ exampleCount),
/* harmony export */   UX: () => (/* binding */ forEachDense),
/* harmony export */   Uc: () => (/* binding */ exampleScores),
/* harmony export */   Ym: () => (/* binding */ NO_SCORE_BYTE),
/* harmony export */   dK: () => (/* binding */ sourceFileSchema),
/* harmony export */   qj: () => (/* binding */ denseScore),
/* harmony export */   z$: () => (/* binding */ forEachScore)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _input_eval_format_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(318);


const NO_SCORE_BYTE = 255;
/** The score at `id`, or NaN when the id has none. */
function denseScore(scores, id) {
    const v = scores[id];
    return scores instanceof Uint8Array && v === NO_SCORE_BYTE ? Number.NaN : v;
}
/** Calls `visit` with every (id, score) of a dense store in ascending id order, skipping ids without one. */
function forEachDense(scores, visit) {
    if (scores instanceof Uint8Array) {
        for (let i = 0; i < scores.length; i++)
            if (scores[i] !== NO_SCORE_BYTE)
                visit(i, scores[i]);
    }
    else
        for (let i = 0; i < scores.length; i++)
            if (!Number.isNaN(scores[i]))
                visit(i, scores[i]);
}
/** What was read from one file, for the report: a reader can check it was the file they meant. */
const sourceFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_input_eval_format_names_js__WEBPACK_IMPORTED_MODULE_0__/* .EVAL_FORMAT_NAMES */ .Q),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("the eval tool's own version, when the file records it (lm-eval 0.4.8, promptfoo 0.118.10, inspect_ai 0.3.58)"),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe("examples the file holds (the largest count per benchmark, summed)"),
    errored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe("rows the tool reported as errored: counted, never scored"),
    names: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe("the suite, benchmark or task names the file holds, as a plan's evals.general, safety and task name them (the first 50)"),
    sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("sha256 of the file's bytes (hex) as read, so the evidence a verdict rests on can be checked later; null when not computed"),
}));
function exampleCount(examples) {
    return examples.kind === "dense" ? examples.count : examples.kind === "numbered" ? examples.ids.length : examples.scores.size;
}
/** Every per-example score, in id order (dense, numbered) or insertion order (keyed). */
function exampleScores(examples) {
    const out = new Float64Array(exampleCount(examples));
    let k = 0;
    forEachScore(examples, (v) => (out[k++] = v));
    return out.subarray(0, k);
}
/** Calls `visit` with every per-example score, in the order exampleScores lists them, copying none. */
function forEachScore(examples, visit) {
    if (examples.kind === "keyed")
        for (const v of examples.scores.values())
            visit(v);
    else if (examples.kind === "numbered")
        for (const v of examples.scores)
            visit(v);
    else
        forEachDense(examples.scores, (_, v) => visit(v));
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 4814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Q4: () => (/* binding */ metricRange),
/* harmony export */   ZQ: () => (/* binding */ readCounts),
/* harmony export */   _0: () => (/* binding */ readCount),
/* harmony export */   aE: () => (/* binding */ benchmark),
/* harmony export */   d4: () => (/* binding */ rangeProblem),
/* harmony export */   f3: () => (/* binding */ p95),
/* harmony export */   iT: () => (/* binding */ looksBinomial),
/* harmony export */   vM: () => (/* binding */ finiteNumber)
/* harmony export */ });
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const finiteNumber = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** A benchmark with the fields every reader leaves at their usual values filled in. */
function benchmark(fields) {
    return {
        aliases: [],
        stderr: null,
        n: null,
        higherIsBetter: true,
        binary: false,
        aggregation: null,
        errored: 0,
        pooled: false,
        examples: null,
        scale: metricRange(fields.metric),
        ...fields,
    };
}
/**
 * Whether an aggregate is a mean of 0/1 scores, judged from its values alone: k = p n must be a
 * whole number and the reported standard error must be the binomial one lm-eval and Inspect
 * compute for 0/1 scores, sqrt(p (1 - p) / (n - 1)). A probability mass (truthfulqa_mc2) has the
 * same range but a smaller spread, so it fails the test and is judged as continuous. One example
 * scored 0 or 1 with the stderr of 0 Inspect writes for it is one 0/1 outcome: judged as 1 of 1
 * (Wilson), it cannot certify a floor on its own, as a point estimate of 1.0 would.
 */
function looksBinomial(value, stderr, n) {
    if (stderr === null || n === null || value < 0 || value > 1)
        return false;
    if (n === 1)
        return stderr === 0 && (value === 0 || value === 1);
    if (n < 2)
        return false;
    const k = value * n;
    if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, n))
        return false;
    const binomial = Math.sqrt((value * (1 - value)) / (n - 1));
    return Math.abs(stderr - binomial) <= 1e-6 + 1e-4 * binomial;
}
/** Metrics whose every value lies in [0, 1] by definition; a value outside is data that cannot be true. */
const UNIT_INTERVAL = /^(acc|acc_norm|acc_mutual_info|exact_match|em|f1|macro_f1|micro_f1|mc1|mc2|accuracy|pass_rate|resisted|brier_score)$/;
/** Correlations lie in [-1, 1]. */
const CORRELATION = /^(mcc|mcc_binary|matthews_corrcoef)$/;
/** The range a metric's values must lie in, by its name; null when the tools do not bound it. */
function metricRange(metricName) {
    const base = metricName.split(",")[0];
    if (UNIT_INTERVAL.test(base))
        return [0, 1];
    if (CORRELATION.test(base))
        return [-1, 1];
    return null;
}
/** A problem when `value` cannot be a value of `metric`, else null. */
function rangeProblem(path, metric, value, what = "value") {
    const range = metricRange(metric);
    if (range === null || (value >= range[0] && value <= range[1]))
        return null;
    return { path, message: `${what} ${value} of metric "${metric}" is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`, hint: "check that the file is the tool's own output, unedited" };
}
/**
 * A count of examples a file reports (Inspect's scored_samples, lm-eval's n-samples): absent
 * (undefined or null) reads as null; anything but a whole number >= 0 is data that cannot be
 * true, since a count of -3 or 2.5 would otherwise reach the statistics as a sample size.
 */
function readCount(value, path) {
    if (value === undefined || value === null)
        return { ok: true, count: null };
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
        return { ok: true, count: value };
    const name = String(path.at(-1) ?? "count");
    return { ok: false, problem: { path, message: `${name} ${JSON.stringify(value)} is not a number of examples (a whole number >= 0): data that cannot be true`, hint: "check that the file is the tool's own output, unedited" } };
}
/** Several counts at once: every one that cannot be true is a problem of its own. */
function readCounts(fields) {
    const read = fields.map(([value, path]) => readCount(value, path));
    const problems = read.flatMap((r) => (r.ok ? [] : [r.problem]));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, counts: read.map((r) => (r.ok ? r.count : null)) };
}
/** The p95 of a list of latencies (nearest rank), or null for none. */
function p95(latencies) {
    if (latencies.length === 0)
        return null;
    const sorted = [...latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}
//# sourceMappingURL=reading.js.map

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
/* harmony export */   _E: () => (/* binding */ frameworkDocUrl)
/* harmony export */ });
/* unused harmony exports REPOSITORY_URL, FRAMEWORK_SECTIONS, frameworkLink */
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

/***/ 1741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PI: () => (/* binding */ customisationValueGate),
  s6: () => (/* binding */ gainInPoints),
  PC: () => (/* binding */ gainSentence)
});

// UNUSED EXPORTS: judgeGain

// EXTERNAL MODULE: ./lib/engine/cost/alternative.js
var alternative = __webpack_require__(5353);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/framework/alternative.js
var framework_alternative = __webpack_require__(3094);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
// EXTERNAL MODULE: ./lib/engine/policy/load.js + 1 modules
var load = __webpack_require__(6260);
// EXTERNAL MODULE: ./lib/engine/stats/intervals.js
var intervals = __webpack_require__(8172);
// EXTERNAL MODULE: ./lib/engine/stats/distributions.js
var distributions = __webpack_require__(425);
;// CONCATENATED MODULE: ./lib/engine/stats/superiority.js

/** The decision rule on an estimate and its one-sided bound. */
function superiorityDecision(gain, lower, minGain) {
    if (lower > minGain)
        return "pass";
    if (gain < minGain)
        return "fail";
    return "inconclusive";
}
/**
 * Paired superiority from the moments of the per-example gains d_i = sign (c_i - a_i). Needs at
 * least two pairs: nothing is concluded from fewer.
 */
function pairedSuperiority(m, minGain, alpha) {
    if (m.n < 2)
        throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
    const se = Math.sqrt(m.variance / m.n);
    const half = (0,distributions/* tQuantile */.YW)(1 - alpha, m.n - 1) * se;
    return { gain: m.mean, se, lower: m.mean - half, upper: m.mean + half, decision: superiorityDecision(m.mean, m.mean - half, minGain), paired: true, n: m.n };
}
/**
 * Unpaired superiority from the two sides' values and standard errors (independent samples):
 * `candidate` and `alternative` are already signed so that higher is better.
 */
function unpairedSuperiority(candidate, alternative, minGain, alpha, n) {
    const gain = candidate.value - alternative.value;
    const se = Math.sqrt(candidate.stderr ** 2 + alternative.stderr ** 2);
    const half = (0,distributions/* normalQuantile */.Zl)(1 - alpha) * se;
    return { gain, se, lower: gain - half, upper: gain + half, decision: superiorityDecision(gain, gain - half, minGain), paired: false, n };
}
/**
 * Examples in all that would likely show the gain (power 1 - beta) if the true gain were the one
 * observed: n = (z_alpha + z_beta)^2 Var(d) / (gain - minGain)^2. Infinity when the observed gain
 * does not exceed the margin: then no number of examples would show it.
 */
function examplesToShowGain(varianceOfD, gain, minGain, alpha, power) {
    const excess = gain - minGain;
    if (!(excess > 0))
        return Infinity;
    return Math.max(2, Math.ceil((((0,distributions/* normalQuantile */.Zl)(1 - alpha) + (0,distributions/* normalQuantile */.Zl)(power)) ** 2 * varianceOfD) / excess ** 2));
}
//# sourceMappingURL=superiority.js.map
// EXTERNAL MODULE: ./lib/engine/gates/eval-judgement.js
var eval_judgement = __webpack_require__(8305);
// EXTERNAL MODULE: ./lib/engine/gates/eval-selection.js
var eval_selection = __webpack_require__(4868);
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/engine/gates/missing.js
var missing = __webpack_require__(2961);
// EXTERNAL MODULE: ./lib/engine/gates/unsettled.js
var unsettled = __webpack_require__(5361);
;// CONCATENATED MODULE: ./lib/engine/gates/customisation-value.js












/**
 * Candidate against the cheaper alternative on one task suite: better by more than `minGain`, in
 * the metric's better direction. Paired on per-example scores when both sides have them, else
 * unpaired from standard errors; from point estimates alone a gain is never shown.
 */
function judgeGain(c, a, minGain, stats) {
    const sign = c.higherIsBetter ? 1 : -1;
    // + 0 turns the -0 of a lower-is-better tie into 0.
    const gain = sign * (c.value - a.value) + 0;
    let base = { benchmark: c.name, metric: c.metric, n: c.n ?? a.n, candidate: c.value, baseline: a.value, scale: "difference", threshold: minGain, estimate: gain };
    const unshown = (note) => ({
        evidence: { ...base, lower: null, upper: null, method: "point estimate", decision: gain < minGain ? "fail" : "inconclusive", note },
        needed: null,
    });
    if (stats.method === "point") {
        return { evidence: { ...base, lower: null, upper: null, method: "point estimate", decision: gain >= minGain && gain > 0 ? "pass" : "fail", note: "policy: point-estimate rule" }, needed: null };
    }
    let test;
    let method;
    let perExampleVariance;
    if (c.examples !== null && a.examples !== null) {
        const d = new intervals/* RunningMoments */.RC();
        let sumC = 0;
        let sumA = 0;
        (0,eval_judgement/* forEachPair */.bf)(c.examples, a.examples, (x, y) => {
            sumC += x;
            sumA += y;
            d.add(sign * (x - y));
        });
        if (d.n < 2)
            return unshown(`only ${d.n} example(s) in common: no interval`);
        // Every number printed beside the interval comes from the pairs it was computed on (issue 20).
        base = { ...base, n: d.n, candidate: sumC / d.n, baseline: sumA / d.n };
        test = pairedSuperiority(d, minGain, stats.alpha);
        method = `paired t, n=${d.n}`;
        perExampleVariance = d.variance;
    }
    else {
        const sc = stderrOf(c);
        const sa = stderrOf(a);
        if (sc === null || sa === null)
            return unshown("no standard errors or per-example results: a gain cannot be shown from point estimates");
        const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("alternative", a, sa);
        if (unmeasured !== null)
            return unshown(`${unmeasured}: no spread was measured, so a gain cannot be shown`);
        const n = c.n ?? a.n ?? 0;
        test = unpairedSuperiority({ value: sign * c.value, stderr: sc }, { value: sign * a.value, stderr: sa }, minGain, stats.alpha, n);
        method = "unpaired z from reported stderrs (no per-example files)";
        perExampleVariance = n > 0 ? n * (sc ** 2 + sa ** 2) : null;
    }
    const needed = test.decision === "inconclusive" && perExampleVariance !== null ? examplesToShowGain(perExampleVariance, test.gain, minGain, stats.alpha, stats.power) : null;
    return {
        // The estimate is the tested one: on paired examples, the mean of their gains.
        evidence: { ...base, estimate: test.gain + 0, lower: test.lower, upper: test.upper, method, decision: test.decision, note: null },
        needed: needed !== null && Number.isFinite(needed) ? needed : null,
    };
}
/** Reported stderr, or the binomial one for 0/1 scores with a known count, or none. */
function stderrOf(b) {
    if (b.stderr !== null)
        return b.stderr;
    if (b.binary && b.n !== null && b.n > 1)
        return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
    return null;
}
function unmeasuredSpread(side, b, stderr) {
    if (b.n !== null && b.n < 2)
        return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
    if (stderr === 0)
        return `the ${side}'s standard error is 0`;
    return null;
}
/**
 * A gain as a reader counts it: percentage points for a score on [0, 1] (0.061 is "+6.1 points"),
 * the metric's own units otherwise.
 */
function gainInPoints(e, gain) {
    const share = (x) => x !== null && x >= 0 && x <= 1;
    return share(e.candidate) && share(e.baseline) ? { value: gain * 100, unit: "points" } : { value: gain, unit: "units" };
}
/** "+6.1 points on support_qa [+3.2, +9.0]" (the bracket is the interval, when there is one). */
function gainSentence(e) {
    const signed = (x) => {
        const p = gainInPoints(e, x);
        const text = p.unit === "points" ? p.value.toFixed(1) : p.value.toPrecision(3);
        return `${x > 0 ? "+" : ""}${text}`;
    };
    const unit = gainInPoints(e, e.estimate).unit === "points" ? "points" : `${e.metric}`;
    const interval = e.lower === null || e.upper === null ? "" : ` [${signed(e.lower)}, ${signed(e.upper)}]`;
    return `${signed(e.estimate)} ${unit} on ${e.benchmark}${interval}`;
}
/** The comparability rules of every comparison, worded for the alternative. */
function alternativeComparability(c, a) {
    return (0,eval_judgement/* comparabilityProblem */.s$)(c, a)?.replace(/\bbaseline\b/g, "alternative") ?? null;
}
/**
 * Did the customisation buy anything? On every task suite the candidate must beat the simpler
 * alternative it replaces (evals.alternative) by at least gates.customisation_value.min_gain,
 * shown at the policy's alpha; beside it, what that costs per point gained.
 */
function customisationValueGate(ctx) {
    const id = "customisation-value";
    if (ctx.plan.approach === "prompt")
        return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: "prompting customises nothing: there is no cheaper alternative to beat" });
    const alternative = ctx.alternative;
    if (alternative === undefined)
        return unmeasured(ctx);
    const names = (0,eval_selection/* namesFor */.G)(ctx, "task");
    if (ctx.candidate === undefined || names.length === 0) {
        return (0,missing/* missingData */.$)(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suites to the candidate and alternative results (and list them in evals.task)");
    }
    if (ctx.candidate.incomplete !== null)
        return (0,missing/* missingData */.$)(ctx, id, false, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals", "candidate"], "gate on a finished run");
    if (alternative.incomplete !== null)
        return (0,missing/* missingData */.$)(ctx, id, false, `cannot gate on the alternative's results: ${alternative.incomplete}`, ["evals", "alternative"], "gate on a finished run of the alternative");
    const minGain = ctx.policy.policy.gates.customisation_value.min_gain;
    const stats = ctx.policy.policy.statistics;
    const extraMonthly = ctx.cost !== undefined && ctx.alternativeCost !== undefined ? ctx.cost.monthly_usd - ctx.alternativeCost.estimate.monthly_usd : null;
    const details = [];
    const evidence = [];
    const failing = [];
    const unclear = [];
    const pointOnly = [];
    const noData = [];
    const notComparable = [];
    for (const name of [...names].sort()) {
        const c = (0,eval_selection/* pick */.U)(ctx.candidate, name, ctx, alternative);
        const a = (0,eval_selection/* pick */.U)(alternative, name, ctx, ctx.candidate);
        if (!c.ok || !a.ok) {
            noData.push(name);
            details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : `alternative: ${a.reason}`}`);
            continue;
        }
        const problem = alternativeComparability(c.benchmark, a.benchmark);
        if (problem !== null) {
            notComparable.push(name);
            details.push(`${name} vs alternative: not comparable: ${problem}`);
            continue;
        }
        const { evidence: e, needed } = judgeGain(c.benchmark, a.benchmark, minGain, stats);
        evidence.push(e);
        if (e.decision === "fail")
            failing.push(name);
        if (e.decision === "inconclusive")
            unclear.push(name);
        if (e.decision === "inconclusive" && e.lower === null)
            pointOnly.push(name);
        const paid = extraMonthly === null ? "" : ` for ${signedUsd(extraMonthly)}/month${perPointNote(e, extraMonthly)}`;
        const why = [e.method, e.note, needed === null ? null : `about ${needed.toLocaleString("en-US")} examples in all would likely show it`].filter((x) => x !== null).join("; ");
        details.push(`${name}: candidate ${e.candidate.toFixed(3)} vs alternative ${e.baseline.toFixed(3)}: ${gainSentence(e)}${paid}, needs > ${minGain} (${why}) -> ${e.decision.toUpperCase()}`);
    }
    if (ctx.alternativeCost !== undefined && ctx.cost !== undefined) {
        details.push(`cost: candidate ${(0,money/* formatUsd */.UK)(ctx.cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(ctx.cost.one_time_usd)} one-time; alternative ${(0,money/* formatUsd */.UK)(ctx.alternativeCost.estimate.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(ctx.alternativeCost.estimate.one_time_usd)} one-time (${ctx.alternativeCost.source})`);
    }
    const gains = evidence.map((e) => e.estimate);
    const worst = gains.length === 0 ? null : Math.min(...gains);
    const worstEvidence = evidence.find((e) => e.estimate === worst);
    const base = {
        id,
        path: ["evals", "alternative"],
        measured: worst,
        measured_display: worstEvidence === undefined ? "—" : `smallest gain ${gainSentence(worstEvidence)}`,
        threshold: { value: minGain, display: `> ${minGain} better than the alternative, per task suite (one-sided ${Math.round((1 - stats.alpha) * 100)}% bound)`, source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.customisation_value.min_gain") },
        details,
    };
    const unique = (xs) => [...new Set(xs)];
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return { ...(0,unsettled/* notComparableResult */.N)(ctx, { ...base, summary: `not comparable with the alternative: ${unique(notComparable).join(", ")} measured different examples or settings`, fix: "run candidate and alternative on the same examples and settings" }), evidence };
    }
    if (failing.length > 0) {
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary: `the customisation does not beat the simpler alternative by ${minGain} on ${unique(failing).join(", ")}`, fix: `keep the simpler alternative, or improve ${unique(failing).join(", ")} until it does` }, "error"), evidence };
    }
    if (noData.length > 0)
        return { ...(0,missing/* missingData */.$)(ctx, id, false, `not measured on both sides: ${unique(noData).join(", ")}`, ["evals", "alternative"], "run the candidate and the alternative on every task suite", details), evidence };
    if (unclear.length > 0) {
        // More examples cannot help a file that carries no spread: it needs per-example results.
        const fix = pointOnly.length > 0 ? `give per-example results (or standard errors) for ${unique(pointOnly).join(", ")} on both sides` : `run more examples on ${unique(unclear).join(", ")}, on both sides`;
        return { ...(0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `a gain over the alternative is not shown on ${unique(unclear).join(", ")}`, fix }, false), evidence };
    }
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary: `beats the simpler alternative by more than ${minGain} on all ${evidence.length} task suite${evidence.length === 1 ? "" : "s"}` }), evidence };
}
function signedUsd(usd) {
    return usd >= 0 ? `+${(0,money/* formatUsd */.UK)(usd)}` : (0,money/* formatUsd */.UK)(usd);
}
function perPointNote(e, extraMonthly) {
    const points = gainInPoints(e, e.estimate);
    const perPoint = (0,alternative/* costPerPoint */.R)(extraMonthly, points.value);
    if (perPoint === null)
        return "";
    return ` (${(0,money/* formatUsd */.UK)(perPoint)}/month per ${points.unit === "points" ? "point" : `unit of ${e.metric}`})`;
}
/**
 * No evals.alternative: the gate is missing, never a pass, and counts as
 * severities.alternative_unmeasured says (info in the shipped policy, so plans written before the
 * gate keep their verdict until a policy asks every plan to measure its alternative).
 */
function unmeasured(ctx) {
    const level = ctx.policy.policy.severities.alternative_unmeasured;
    const fix = `add evals.alternative: eval results of ${(0,framework_alternative/* alternativeFor */.T)(ctx.plan.approach)} on the same task suites, see ${(0,doc_link/* citeFramework */.Gn)("value")}`;
    return (0,gate_result/* gateResult */.xp)({
        id: "customisation-value",
        summary: "the simpler alternative was not measured: nothing shows the customisation beats it",
        path: ["evals"],
        fix,
        details: [`to fix: ${fix}`, `counts as ${level} (severities.alternative_unmeasured in ${(0,load/* sourceOf */.vz)(ctx.policy, "severities.alternative_unmeasured")})`],
    }, "missing", level === "info" ? "none" : level);
}
//# sourceMappingURL=customisation-value.js.map

/***/ }),

/***/ 8305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ judgeForgetting),
/* harmony export */   O1: () => (/* binding */ judgeFloor),
/* harmony export */   Y2: () => (/* binding */ forgettingScale),
/* harmony export */   bf: () => (/* binding */ forEachPair),
/* harmony export */   eG: () => (/* binding */ formatEstimate),
/* harmony export */   s$: () => (/* binding */ comparabilityProblem)
/* harmony export */ });
/* unused harmony exports sameRun, exactFloorNote, cleanExamplesNeeded */
/* harmony import */ var _evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8436);
/* harmony import */ var _evals_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7619);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(425);
/* harmony import */ var _stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8172);




/** Candidate and baseline must have measured the same examples the same way. */
function comparabilityProblem(c, b) {
    const pc = c.provenance;
    const pb = b.provenance;
    if ((0,_evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .sameMetricKey */ .gg)(c.metric) !== (0,_evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .sameMetricKey */ .gg)(b.metric))
        return `the metric differs (candidate ${c.metric}, baseline ${b.metric}); name the one to compare with evals.metrics`;
    if (pc.limit !== pb.limit)
        return `limit differs (candidate ${pc.limit ?? "none"}, baseline ${pb.limit ?? "none"})`;
    if (pc.nShot !== null && pb.nShot !== null && pc.nShot !== pb.nShot)
        return `n-shot differs (candidate ${pc.nShot}, baseline ${pb.nShot})`;
    const subtasks = subtaskProblem(pc, pb);
    if (subtasks !== null)
        return subtasks;
    if (pc.version !== null && pb.version !== null && pc.version !== pb.version)
        return `task version differs (candidate ${pc.version}, baseline ${pb.version})`;
    if (c.n !== null && b.n !== null && c.n !== b.n)
        return `sample counts differ (candidate ${c.n}, baseline ${b.n})`;
    if (pc.digest !== null && pb.digest !== null && pc.digest !== pb.digest)
        return "the documents differ (doc and target hashes do not match): another dataset revision or split";
    if (c.examples !== null && b.examples !== null) {
        const shared = sharedCount(c.examples, b.examples);
        const nc = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleCount */ .EN)(c.examples);
        const nb = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleCount */ .EN)(b.examples);
        if (shared !== nc || shared !== nb)
            return `example ids differ (candidate ${nc}, baseline ${nb}, ${shared} in common)`;
    }
    return null;
}
/**
 * A group row hides its subtasks' settings (lm-eval records n-shot 0 on `mmlu` whatever its
 * subtasks ran with): the two sides must have the same subtasks, each with the same n-shot.
 */
function subtaskProblem(pc, pb) {
    const c = pc.subtasks;
    const b = pb.subtasks;
    if (c === undefined && b === undefined)
        return null;
    if (c === undefined || b === undefined)
        return `one side is a group of subtasks, the other is not (candidate ${c === undefined ? "a single task" : `${Object.keys(c).length} subtasks`}, baseline ${b === undefined ? "a single task" : `${Object.keys(b).length} subtasks`})`;
    const onlyC = Object.keys(c).filter((k) => !(k in b));
    const onlyB = Object.keys(b).filter((k) => !(k in c));
    if (onlyC.length > 0 || onlyB.length > 0)
        return `the group's subtasks differ (only the candidate ran: ${onlyC.slice(0, 5).join(", ") || "none"}; only the baseline ran: ${onlyB.slice(0, 5).join(", ") || "none"})`;
    const differing = Object.keys(c).filter((k) => c[k] !== null && b[k] !== null && c[k] !== b[k]);
    if (differing.length === 0)
        return null;
    const shown = differing.slice(0, 3).map((k) => `${k}: candidate ${c[k]}, baseline ${b[k]}`).join("; ");
    return `n-shot differs on ${differing.length} subtask${differing.length === 1 ? "" : "s"} of the group (${shown}${differing.length > 3 ? "; ..." : ""})`;
}
/** Calls `visit` with each (id, score) of a numbered side in ascending id order; allocates nothing. */
function eachNumbered(e, visit) {
    if (e.kind === "numbered") {
        for (let i = 0; i < e.ids.length; i++)
            visit(e.ids[i], e.scores[i]);
        return;
    }
    (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachDense */ .UX)(e.scores, visit);
}
function keyed(e) {
    if (e.kind === "keyed")
        return e.scores;
    const map = new Map();
    eachNumbered(e, (id, v) => map.set(String(id), v));
    return map;
}
/**
 * Calls `visit` with the candidate's and the baseline's score of every example both sides have,
 * aligned by id: linear in the examples whatever their ids, and without copying them, since an
 * eval of millions of examples is judged several times (comparability, identity, the interval).
 */
function forEachPair(c, b, visit) {
    if (c.kind === "dense" && b.kind === "dense") {
        const length = Math.min(c.scores.length, b.scores.length);
        for (let i = 0; i < length; i++) {
            const x = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .denseScore */ .qj)(c.scores, i);
            const y = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .denseScore */ .qj)(b.scores, i);
            if (!Number.isNaN(x) && !Number.isNaN(y))
                visit(x, y);
        }
        return;
    }
    if (c.kind !== "keyed" && b.kind !== "keyed") {
        // Merge-join of two ascending id sequences.
        const baseline = sortedPairs(b);
        let j = 0;
        eachNumbered(c, (id, x) => {
            while (j < baseline.ids.length && baseline.ids[j] < id)
                j++;
            if (j < baseline.ids.length && baseline.ids[j] === id)
                visit(x, baseline.scores[j++]);
        });
        return;
    }
    const bm = keyed(b);
    for (const [id, x] of keyed(c)) {
        const y = bm.get(id);
        if (y !== undefined)
            visit(x, y);
    }
}
/** A numbered side as parallel ascending arrays (a dense side is copied; a numbered one is not). */
function sortedPairs(e) {
    if (e.kind === "numbered")
        return { ids: e.ids, scores: e.scores };
    const ids = new Float64Array(e.count);
    const scores = new Float64Array(e.count);
    let k = 0;
    eachNumbered(e, (id, v) => {
        ids[k] = id;
        scores[k++] = v;
    });
    return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}
/** How many examples both sides have. */
function sharedCount(c, b) {
    let shared = 0;
    forEachPair(c, b, () => shared++);
    return shared;
}
/** Reported stderr, or the binomial one lm-eval would report for 0/1 scores, or none. */
function stderrOf(b) {
    if (b.stderr !== null)
        return b.stderr;
    if (b.binary && b.n !== null && b.n > 1)
        return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
    return null;
}
/**
 * Why a side's standard error says nothing, or null: fewer than two examples have no spread to
 * measure (Inspect writes a stderr of 0 for one sample), and a stderr of exactly 0 would make the
 * z test certain of whatever the point estimates say.
 */
function unmeasuredSpread(side, b, stderr) {
    if (b.n !== null && b.n < 2)
        return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
    if (stderr === 0)
        return `the ${side}'s standard error is 0`;
    return null;
}
/**
 * How forgetting is measured for a metric. A ratio to the base model only means something for
 * scores that are never negative and where higher is better; for the rest (signed scores such as
 * bleu_diff, lower-is-better ones such as perplexity) the candidate may fall at most `maxDrop`
 * below the base in the metric's own units. Null when that is needed and the policy sets none.
 */
function forgettingScale(c, b, maxDrop) {
    const nonNegative = c.value >= 0 && b.value >= 0 && (c.examples === null || minimum(c.examples) >= 0) && (b.examples === null || minimum(b.examples) >= 0);
    if (c.higherIsBetter && b.higherIsBetter && nonNegative)
        return "ratio";
    return maxDrop === null ? null : "difference";
}
function minimum(e) {
    let min = Infinity;
    if (e.kind === "keyed")
        for (const v of e.scores.values())
            min = Math.min(min, v);
    else
        eachNumbered(e, (_, v) => (min = Math.min(min, v)));
    return min;
}
/**
 * Identical means the same run, not the same numbers: two models that tie at 94 of 166 are two
 * measurements and are tested like any other pair. A run is the same when both sides' benchmark
 * came from the same file, or from files that record the same run identity (see Provenance.run).
 */
function sameRun(c, b) {
    const pc = c.provenance;
    const pb = b.provenance;
    if (pc.file === pb.file)
        return true;
    return pc.run !== undefined && pc.run === pb.run;
}
/**
 * Candidate against baseline for one benchmark: candidate >= ratio x baseline (above chance), or
 * candidate >= baseline - maxDrop in the metric's better direction. Paired on per-example scores
 * when both sides have them, else unpaired from standard errors, else the point estimate.
 */
function judgeForgetting(c, b, settings) {
    const scale = settings.scale ?? forgettingScale(c, b, settings.maxDrop);
    if (scale === null)
        throw new Error(`forgetting on ${c.name} (${c.metric}) needs gates.forgetting.max_drop; the caller checks this first`);
    const { ratio, stats, chance } = settings;
    const margin = settings.maxDrop ?? 0;
    const sign = c.higherIsBetter ? 1 : -1;
    // d = c - r b - (1 - r) g (ratio), or sign (c - b) + m (difference): the candidate holds iff mean(d) >= 0.
    const above = (x) => x - chance;
    const pointEstimate = scale === "ratio" ? above(c.value) / above(b.value) : sign * (c.value - b.value);
    const threshold = scale === "ratio" ? ratio : -margin;
    // The baseline the interval is scaled by: the aggregate, or the mean of the paired examples.
    let scaleBy = b.value;
    const toEstimate = (d) => (scale === "ratio" ? ratio + d / above(scaleBy) : d - margin);
    let base = { benchmark: c.name, metric: c.metric, n: c.n ?? b.n, candidate: c.value, baseline: b.value, scale, threshold };
    // With no interval the point estimate only ever convicts: on the right side of the margin it
    // is unproven (INCONCLUSIVE), unless the policy chose the plain point-estimate rule.
    const point = (note) => {
        const holds = pointEstimate >= threshold - 1e-12;
        const decision = holds ? (stats.method === "point" ? "pass" : "inconclusive") : "fail";
        return { evidence: { ...base, estimate: pointEstimate, lower: null, upper: null, method: "point estimate", decision, note: decision === "inconclusive" ? `${note}: no bound shows the margin, so it is unproven` : note }, test: null, needed: null, chance };
    };
    if (sameRun(c, b))
        return { evidence: { ...base, estimate: scale === "ratio" ? 1 : 0, lower: null, upper: null, method: "identical results", decision: "pass", note: "candidate and baseline are the same run" }, test: null, needed: null, chance };
    if (scale === "ratio" && chance > 0 && above(b.value) <= 0) {
        // Above a chance level the base model never reached, both sides are negative and their
        // ratio says the opposite of what happened (0.30 vs a base of 0.81 "above" a declared 0.85
        // would be 13.75x). With nothing above chance to compare, the plain ratio is judged.
        const plain = judgeForgetting(c, b, { ...settings, chance: 0 });
        const note = `baseline ${Number(b.value.toFixed(4))} is not above the declared chance level ${chance}: judged as the plain ratio`;
        return { ...plain, chance: 0, evidence: { ...plain.evidence, note: plain.evidence.note === null ? note : `${note}; ${plain.evidence.note}` } };
    }
    if (stats.method === "point")
        return point("policy: point-estimate rule");
    if (scale === "ratio" && above(b.value) <= 0) {
        // A base model at 0 has nothing to lose and no ratio exists (x/0 is Infinity, 0/0 NaN, which
        // JSON cannot carry and which failed a candidate at 0 too): hold the candidate to its score.
        const difference = c.value - b.value;
        const note = `baseline scores ${b.value}: no ratio to it exists, so the candidate is held to the baseline's score`;
        return { evidence: { ...base, scale: "difference", threshold: 0, estimate: difference, lower: null, upper: null, method: "point estimate", decision: difference >= 0 ? "pass" : "fail", note }, test: null, needed: null, chance };
    }
    let test;
    let method;
    let needed = null;
    if (c.examples !== null && b.examples !== null) {
        const shared = sharedCount(c.examples, b.examples);
        if (shared < 2)
            return point(`only ${shared} example(s) in common: no interval`);
        // The differences' moments, one pair at a time: five million pairs need no 40 MB array.
        const d = new _stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .RunningMoments */ .RC();
        let sumC = 0;
        let sumB = 0;
        forEachPair(c.examples, b.examples, (x, y) => {
            sumC += x;
            sumB += y;
            d.add(scale === "ratio" ? x - ratio * y - (1 - ratio) * chance : sign * (x - y) + margin);
        });
        // Every number printed beside the interval comes from the pairs it was computed on.
        if (scale === "difference" || above(sumB / d.n) > 0)
            scaleBy = sumB / d.n;
        base = { ...base, n: d.n, candidate: sumC / d.n, baseline: sumB / d.n };
        test = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .momentsNonInferiority */ .$9)(d, stats.alpha);
        method = `paired t, n=${d.n}`;
        if (test.decision === "inconclusive")
            needed = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .examplesNeeded */ .tR)(d.variance, scale === "ratio" ? above(b.value) : margin, scale === "ratio" ? ratio : 0, stats.alpha, stats.power);
    }
    else {
        const sc = stderrOf(c);
        const sb = stderrOf(b);
        if (sc === null || sb === null)
            return point("no standard errors or per-example results: judged on the point estimate");
        const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("baseline", b, sb);
        if (unmeasured !== null)
            return point(`${unmeasured}: no spread was measured, so it is judged on the point estimate`);
        const n = c.n ?? b.n ?? 0;
        if (scale === "ratio") {
            test = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .unpairedNonInferiority */ .kJ)({ value: c.value, stderr: sc }, { value: b.value, stderr: sb }, ratio, stats.alpha, n, chance);
            if (test.decision === "inconclusive" && n > 0)
                needed = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .examplesNeeded */ .tR)(n * (sc ** 2 + ratio ** 2 * sb ** 2), above(b.value), ratio, stats.alpha, stats.power);
        }
        else {
            test = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .unpairedNonInferiority */ .kJ)({ value: sign * c.value + margin, stderr: sc }, { value: sign * b.value, stderr: sb }, 1, stats.alpha, n);
            if (test.decision === "inconclusive" && n > 0)
                needed = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .examplesNeeded */ .tR)(n * (sc ** 2 + sb ** 2), margin, 0, stats.alpha, stats.power);
        }
        method = "unpaired z from reported stderrs (no per-example files)";
    }
    const lower = toEstimate(test.lower);
    const upper = toEstimate(test.upper);
    // The printed estimate is the interval's own centre, from the same data (paired examples, or
    // the aggregates the unpaired test used), so the interval always contains it.
    const estimate = toEstimate(test.difference);
    return {
        evidence: { ...base, estimate, lower: Math.min(lower, upper), upper: Math.max(lower, upper), method, decision: test.decision, note: test.significant ? "significant: the upper bound misses the margin too" : null },
        test,
        needed: needed !== null && Number.isFinite(needed) ? needed : null,
        chance,
    };
}
/**
 * Score >= floor: Clopper-Pearson for 0/1 outcomes (exact, so the advertised level holds at every
 * n), a t interval for continuous ones. With no interval (no spread or count) nothing proves the
 * floor: a score on or above it is INCONCLUSIVE, one below it FAILs (against its floor, a point
 * estimate only ever convicts).
 */
function judgeFloor(b, floor, stats) {
    const base = { benchmark: b.name, metric: b.metric, candidate: b.value, baseline: null, scale: "score", threshold: floor };
    if (stats.method === "point") {
        return { ...base, n: b.n, estimate: b.value, lower: null, upper: null, method: "point estimate", decision: b.value >= floor ? "pass" : "fail", note: "policy: point-estimate rule" };
    }
    const judged = (interval, n, method, failed) => {
        const decision = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .againstFloor */ .MI)(interval, floor);
        const notes = [decision === "fail" && (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .significantlyBelow */ .on)(interval, floor) ? "significant: the upper bound is below the floor too" : null, decision === "inconclusive" && failed !== null ? exactFloorNote(failed, interval.n, floor, stats.alpha) : null].filter((x) => x !== null);
        return { ...base, n, estimate: interval.estimate, lower: interval.lower, upper: interval.upper, method, decision, note: notes.length === 0 ? null : notes.join("; ") };
    };
    if (b.examples !== null) {
        const values = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleScores */ .Uc)(b.examples);
        if (values.length > 0) {
            const binary = values.every((v) => v === 0 || v === 1);
            const passedCount = values.reduce((a, v) => a + v, 0);
            if (binary)
                return judged((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(passedCount, values.length, stats.alpha), values.length, `Clopper-Pearson, ${values.length - passedCount} of ${values.length} failed`, values.length - passedCount);
            if (values.length > 1)
                return judged((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .meanInterval */ .VO)(values, stats.alpha), values.length, `t, n=${values.length}`, null);
        }
    }
    if (b.binary && b.n !== null && b.n > 0) {
        const k = Math.round(b.value * b.n);
        return { ...judged((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(k, b.n, stats.alpha), b.n, `Clopper-Pearson from the aggregate, ${b.n - k} of ${b.n} failed`, b.n - k), estimate: b.value };
    }
    const se = b.stderr;
    if (se !== null && se > 0) {
        const z = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__/* .normalQuantile */ .Zl)(1 - stats.alpha);
        return judged({ estimate: b.value, lower: b.value - z * se, upper: b.value + z * se, n: b.n ?? 0, method: "z" }, b.n, "normal from the reported stderr", null);
    }
    // The note says which of n, the spread or the examples the file lacks: "no sample size" beside n=1 would be untrue.
    const unmeasured = se === null ? null : unmeasuredSpread("candidate", b, se);
    const why = unmeasured !== null ? `${unmeasured}: no spread was measured` : b.n === null ? "no sample size or per-example results" : "no standard error or per-example results";
    const holds = b.value >= floor;
    return { ...base, n: b.n, estimate: b.value, lower: null, upper: null, method: "point estimate", decision: holds ? "inconclusive" : "fail", note: holds ? `${why}: no bound shows the floor, so it is unproven` : `${why}: the score itself is below the floor` };
}
/**
 * What would resolve an inconclusive exact (Clopper-Pearson) floor. With no failures the lower
 * bound of n of n is alpha^(1/n), so it takes n >= ln(alpha) / ln(floor) clean examples in all (59
 * for 0.95 at one-sided 5%). With failures, the total needed at the same failure rate, if any.
 */
function exactFloorNote(failed, n, floor, alpha) {
    if (failed === 0)
        return `no failures in ${n}: at least ${cleanExamplesNeeded(floor, alpha)} clean examples in all would show >= ${floor}`;
    const rate = failed / n;
    if (rate >= 1 - floor - 1e-12)
        return `at this failure rate (${failed} of ${n}) no number of examples would show >= ${floor}`;
    const clears = (total) => (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(Math.round(total * (1 - rate)), total, alpha).lower >= floor;
    let total = n;
    while (total < 1e8 && !clears(total))
        total = Math.ceil(total * 1.25);
    if (total >= 1e8)
        return `at this failure rate (${failed} of ${n}) no practical number of examples would show >= ${floor}`;
    let lo = Math.max(n, Math.floor(total / 1.25));
    while (lo < total) {
        const mid = Math.floor((lo + total) / 2);
        if (clears(mid))
            total = mid;
        else
            lo = mid + 1;
    }
    return `at this failure rate (${failed} of ${n}), about ${total.toLocaleString("en-US")} examples in all would show >= ${floor}`;
}
/** Clean examples (no failure) that certify `floor` with the exact bound: the least n with alpha^(1/n) >= floor. */
function cleanExamplesNeeded(floor, alpha) {
    let n = Math.max(1, Math.floor(Math.log(alpha) / Math.log(floor)));
    while ((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(n, n, alpha).lower < floor)
        n++;
    return n;
}
/** "0.919 [0.894, 0.944]" or just "0.919". */
function formatEstimate(e) {
    const sign = (x) => (e.scale === "difference" && x > 0 ? `+${x.toFixed(3)}` : x.toFixed(3));
    return e.lower === null || e.upper === null ? sign(e.estimate) : `${sign(e.estimate)} [${sign(e.lower)}, ${sign(e.upper)}]`;
}
//# sourceMappingURL=eval-judgement.js.map

/***/ }),

/***/ 4868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ namesFor),
/* harmony export */   U: () => (/* binding */ pick)
/* harmony export */ });
/* harmony import */ var _evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8436);

/**
 * The benchmark names a category gates on: the plan's list, else what tunegate-format files
 * declare. The baseline's benchmarks count too, in every category: a general benchmark, safety
 * suite or task suite the base model was measured on and the candidate skipped fails, or a
 * candidate would pass by leaving out the one it does worst on.
 */
function namesFor(ctx, category) {
    const declared = ctx.plan.evals?.[category];
    if (declared !== undefined)
        return declared;
    const fromBaseline = ctx.baseline?.categories?.[category] ?? [];
    return [...new Set([...fromBaseline, ...(ctx.candidate?.categories?.[category] ?? [])])];
}
/** `name` on one side; `counterpart` is the other side when the two are compared. */
function pick(run, name, ctx, counterpart) {
    return (0,_evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .selectBenchmark */ .c3)(run, name, ctx.plan.evals?.metrics?.[name], ctx.plan.evals?.pool?.includes(name) ?? false, counterpart);
}
//# sourceMappingURL=eval-selection.js.map

/***/ }),

/***/ 5674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ waiverNoteSchema),
/* harmony export */   Wc: () => (/* binding */ GATE_TITLES),
/* harmony export */   bF: () => (/* binding */ passed),
/* harmony export */   g$: () => (/* binding */ judged),
/* harmony export */   hT: () => (/* binding */ skipped),
/* harmony export */   io: () => (/* binding */ outcomeForLevel),
/* harmony export */   qr: () => (/* binding */ gateFindingFields),
/* harmony export */   xp: () => (/* binding */ gateResult)
/* harmony export */ });
/* unused harmony exports outcomeSchema, countsAsSchema, thresholdSchema, gateFindingSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);


/**
 * The closed set of gate outcomes. `skipped` means the gate does not apply to this approach;
 * `inconclusive` that the data cannot tell (the policy says whether that warns or fails).
 */
const outcomeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "warn", "fail", "waived", "missing", "skipped", "inconclusive"]);
/** How an outcome counts towards the verdict; `none` for pass, skipped and waived. */
const countsAsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["error", "warning", "info", "none"]);
const thresholdSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
    display: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Where the threshold came from: the policy file, the plan, or the framework. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
}));
const waiverNoteSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), owner: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), expires: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int() }));
/** The fields of a gate's result; the JSON report adds where in the plan the gate points. */
const gateFindingFields = () => ({
    id: _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .gateIdSchema */ ._k,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    outcome: outcomeSchema,
    level: countsAsSchema,
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    fix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("what to do about a gate that fails, warns, is missing or inconclusive, in a few words"),
    measured: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
    measured_display: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    threshold: thresholdSchema.nullable(),
    details: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
/**
 * A gate's result as every report shows it; `GateResult` adds where in the plan it points. Built
 * on first use, as every output schema is: a run that writes no JSON Schema never needs them.
 */
const gateFindingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(gateFindingFields()));
const GATE_TITLES = {
    "approach-fit": "Approach fit",
    "data-sufficiency": "Training data",
    forgetting: "Catastrophic forgetting",
    safety: "Safety",
    "task-quality": "Task quality",
    latency: "Latency",
    "cost-budget": "Cost budget",
    "pricing-freshness": "Pricing freshness",
    readiness: "Fine-tuning readiness",
    "customisation-value": "Customisation value",
};
/** A finding's level decides the outcome: errors fail, warnings warn, info is a pass with a note. */
function outcomeForLevel(level) {
    return level === "error" ? "fail" : level === "warning" ? "warn" : "pass";
}
function gateResult(base, outcome, level) {
    return {
        id: base.id,
        title: GATE_TITLES[base.id],
        outcome,
        level,
        summary: base.summary,
        fix: outcome === "pass" || outcome === "skipped" || outcome === "waived" ? null : (base.fix ?? null),
        measured: base.measured ?? null,
        measured_display: base.measured_display ?? "—",
        threshold: base.threshold ?? null,
        details: base.details ?? [],
        path: base.path,
    };
}
function passed(base) {
    return gateResult(base, "pass", "none");
}
function skipped(base) {
    return gateResult(base, "skipped", "none");
}
function judged(base, level) {
    const outcome = outcomeForLevel(level);
    return gateResult(base, outcome, outcome === "pass" ? "none" : level);
}
//# sourceMappingURL=gate-result.js.map

/***/ }),

/***/ 2961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ missingData)
/* harmony export */ });
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6260);
/* harmony import */ var _gate_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5674);


/** A gate with no data is never a pass: it is `missing`, and counts as the policy says. */
function missingData(ctx, id, required, summary, path, fix, found = []) {
    const severityKey = required ? "missing_required" : "missing_optional";
    const level = ctx.policy.policy.severities[severityKey];
    const why = required ? `required for approach ${ctx.plan.approach}` : "not required for this approach";
    const result = (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)({
        id,
        summary,
        path,
        fix,
        details: [...found, `to fix: ${fix}`, `counts as ${level} (${why}; severities.${severityKey} in ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceOf */ .vz)(ctx.policy, `severities.${severityKey}`)})`],
    }, "missing", level === "info" ? "none" : level);
    return required ? { ...result, missingRequired: true } : result;
}
//# sourceMappingURL=missing.js.map

/***/ }),

/***/ 5528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ NOT_IN_CANDIDATE),
/* harmony export */   q: () => (/* binding */ unmatchedNames)
/* harmony export */ });
/** How a summary says a listed name has nothing in the candidate's results; the headline repeats it. */
const NOT_IN_CANDIDATE = "not in the candidate results";
/**
 * Names the plan lists that the candidate's results do not hold (a name no file holds at all is
 * an input error before any gate runs): the gate says the name matches nothing there, rather
 * than calling the suite too low and asking to improve it.
 */
function unmatchedNames(list, names, inBaseline) {
    const unique = [...new Set(names)];
    const baselineHas = unique.filter(inBaseline);
    const where = baselineHas.length === 0 ? "" : ` (only the baseline's results have ${baselineHas.length === unique.length ? (unique.length === 1 ? "it" : "them") : baselineHas.join(", ")})`;
    return {
        summary: `${unique.join(", ")} ${NOT_IN_CANDIDATE}${where}`,
        fix: `run ${unique.join(", ")} on the candidate, or list in evals.${list} only names the candidate's results hold (\`tunegate evals FILE\` lists them)`,
    };
}
//# sourceMappingURL=unmatched.js.map

/***/ }),

/***/ 5361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ notComparableResult),
/* harmony export */   Y: () => (/* binding */ inconclusiveResult)
/* harmony export */ });
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6260);
/* harmony import */ var _gate_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5674);


/**
 * Gate results that data cannot settle, weighed by a policy severity. The report names the file
 * that set the severity, so a policy that makes such a result count for nothing is seen.
 */
function weighed(ctx, severity, base) {
    const level = ctx.policy.policy.severities[severity];
    const counts = `counts as ${level} (severities.${severity} in ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceOf */ .vz)(ctx.policy, `severities.${severity}`)})`;
    return { base: { ...base, details: [...(base.details ?? []), counts] }, level };
}
/**
 * The data cannot tell whether the gate holds: nothing proves it, so on a gate the approach
 * requires it counts as severities.inconclusive says (error, blocking, by default), on any other
 * as severities.inconclusive_optional says. The details name the key and the file that set it.
 */
function inconclusiveResult(ctx, base, required) {
    const { base: withSource, level } = weighed(ctx, required ? "inconclusive" : "inconclusive_optional", base);
    return (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)(withSource, "inconclusive", level === "info" ? "none" : level);
}
/**
 * Candidate and baseline measured different examples or settings: the comparison has no valid
 * data, so it is never a pass. At `info` it is reported as inconclusive and counts for nothing.
 */
function notComparableResult(ctx, base) {
    const { base: withSource, level } = weighed(ctx, "not_comparable", base);
    if (level === "info")
        return (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)(withSource, "inconclusive", "none");
    return (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)(withSource, (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeForLevel */ .io)(level), level);
}
//# sourceMappingURL=unsettled.js.map

/***/ }),

/***/ 3320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ verdictSchema),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   nI: () => (/* binding */ failOnSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var _input_severities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7070);


const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["pass", "warn", "fail"]);
const failOnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_input_severities_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON_VALUES */ .Q);
/** The worst level among the gates decides: any error fails, any warning warns. */
function verdictOf(gates) {
    if (gates.some((g) => g.level === "error"))
        return "fail";
    if (gates.some((g) => g.level === "warning"))
        return "warn";
    return "pass";
}
/** The process exit code is a pure function of the verdict and --fail-on. */
function exitCodeFor(verdict, failOn) {
    if (failOn === "never")
        return 0;
    if (verdict === "fail")
        return 1;
    return verdict === "warn" && failOn === "warning" ? 1 : 0;
}
//# sourceMappingURL=verdict.js.map

/***/ }),

/***/ 3679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ maskCredentials),
/* harmony export */   D6: () => (/* binding */ excerptQuotes),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   gD: () => (/* binding */ findCredentials)
/* harmony export */ });
/* unused harmony exports MASK, MAX_EXCERPT_CHARS */
/**
 * Credentials that must never leave the runner in anything tunegate prints, writes or posts: a
 * pull request can point a path at a file holding one (a `.env`, a token file) and an error
 * message would quote it. Each pattern matches the secret part only, and no pattern's secret can
 * hold a quote or a backslash, so masking a JSON text leaves valid JSON with the same shape.
 */
const SECRET_VALUE = String.raw `[A-Za-z0-9+/=._~-]`;
/** Tokens recognisable by their own shape, wherever they stand. */
const SHAPED_TOKENS = [
    // GitHub: personal, OAuth, user-to-server, server-to-server (the job's GITHUB_TOKEN), refresh; fine-grained.
    // The distinctive prefixes need no word boundary: a token glued to other text is still a token.
    /gh[pousr]_[A-Za-z0-9]{30,255}/g,
    /github_pat_[A-Za-z0-9_]{22,255}/g,
    // `x-access-token:` in base64, the start of the basic-auth header actions/checkout persists.
    /eC1hY2Nlc3MtdG9rZW46[A-Za-z0-9+/]*={0,2}/g,
    // OpenAI, Anthropic and others with the sk- prefix (a bare sk- after no letter: "task-" is prose);
    // Stripe's secret and restricted keys.
    /sk-(?:proj|ant|svcacct|admin)-[A-Za-z0-9_-]{20,}/g,
    /(?<![A-Za-z])sk-[A-Za-z0-9_-]{20,}/g,
    /[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g,
    // AWS access key ids, Google API keys, Slack, Hugging Face, npm, GitLab.
    /(?:AKIA|ASIA)[0-9A-Z]{16}/g,
    /AIza[0-9A-Za-z_-]{35}/g,
    /xox[abprse]-[A-Za-z0-9-]{10,}/g,
    /hf_[A-Za-z0-9]{30,}/g,
    /npm_[A-Za-z0-9]{36}/g,
    /glpat-[A-Za-z0-9_-]{20,}/g,
    // JSON Web Tokens: header and payload both start with `{"` in base64url.
    /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
];
/** A private key block, whole, or from its first line when the text stops inside it. */
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[A-Za-z0-9+/=:,\s-]|\\[nr])*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|(?="|$))/g;
/** Secrets known by what stands before them: the group before the secret is kept. */
const INTRODUCED = [
    // HTTP authorisation headers, as git's extraheader and curl traces write them.
    new RegExp(String.raw `(\bauthori[sz]ation\b["']?\s*[:=]\s*["']?(?:(?:basic|bearer|token|digest)\s+)?)(${SECRET_VALUE}{8,})`, "gi"),
    // A scheme word alone, as in "basic retrieval-augmented", is prose: a secret has a digit or padding.
    new RegExp(String.raw `(\b(?:basic|bearer)\s+)((?=${SECRET_VALUE}*[0-9=])${SECRET_VALUE}{16,})`, "gi"),
    // A password in a URL: scheme://user:password@host.
    /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:"\\]+:)([^\s/@"\\]+)(?=@)/gi,
    // KEY=value and key: value where the key names a secret (OPENAI_API_KEY=, password:, client_secret:);
    // punctuation that ends a sentence or a list is not part of the value.
    new RegExp(String.raw `((?:^|[^A-Za-z])(?:[A-Za-z0-9]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)(?:[_-][A-Za-z0-9_-]*)?["']?\s*[:=]\s*["']?)([^\s"'\\]{5,}[^\s"'\\,;:.)\]}])`, "gi"),
];
const MASK = "***";
/** The credentials in a text, each once, longest first (so masking one never leaves part of another). */
function findCredentials(text) {
    const found = new Set();
    for (const match of text.matchAll(PRIVATE_KEY))
        found.add(match[0]);
    for (const pattern of SHAPED_TOKENS)
        for (const match of text.matchAll(pattern))
            found.add(match[0]);
    for (const pattern of INTRODUCED) {
        for (const match of text.matchAll(pattern))
            if (match[2] !== undefined && !isPlaceholder(match[2]))
                found.add(match[2]);
    }
    return [...found].sort((a, b) => b.length - a.length);
}
/** The text with every credential replaced by `***`, as the runner masks its secrets. */
function maskCredentials(text) {
    if (!MAY_HOLD_CREDENTIAL.test(text))
        return text;
    let masked = text.replace(PRIVATE_KEY, MASK);
    for (const pattern of SHAPED_TOKENS)
        masked = masked.replace(pattern, MASK);
    for (const pattern of INTRODUCED)
        masked = masked.replace(pattern, (whole, before, secret) => (isPlaceholder(secret) ? whole : `${before}${MASK}`));
    return masked;
}
/**
 * A cheap first look: every pattern above needs one of these, so most report text (thousands of
 * lines a run) skips the full set of regular expressions.
 */
const MAY_HOLD_CREDENTIAL = /gh[pousr]_|github_pat_|eC1hY2Nlc3Mt|sk-|k_live_|k_test_|AKIA|ASIA|AIza|xox|hf_|npm_|glpat-|eyJ|PRIVATE KEY|authori|basic|bearer|:\/\/[^\s/@]+:[^\s/@]+@|token|secret|passw|pwd|key|credential/i;
/** Values that stand for a secret without being one: already masked, or a workflow expression. */
function isPlaceholder(value) {
    return value === MASK || value.startsWith("${") || value.startsWith("$(") || /^\*+$/.test(value) || /^<[^>]*>$/.test(value);
}
/** The longest quote of a user's value an error message makes: enough to find it, too short to dump a file. */
const MAX_EXCERPT_CHARS = 40;
/**
 * A value from a user's file as an error message may quote it: credentials masked, and cut to
 * MAX_EXCERPT_CHARS (the message's line and column say where the rest is).
 */
function excerpt(value, max = MAX_EXCERPT_CHARS) {
    const masked = maskCredentials(value).replace(RANDOM_LOOKING, (token) => (looksRandom(token) ? MASK : token));
    const characters = Array.from(masked);
    return characters.length <= max ? masked : `${characters.slice(0, max - 1).join("")}…`;
}
/** Runs of token characters long enough to be a generated secret. */
const RANDOM_LOOKING = /[A-Za-z0-9+/=_-]{24,}/g;
/**
 * A secret of no known shape (a .env line, a token file) quoted in an error: a long run that mixes
 * upper case, lower case and digits with high entropy in one piece of 16 or more. Digests are hex
 * (one case) and model or benchmark names are short words joined by - _ / or ., so neither is
 * taken for one.
 */
function looksRandom(token) {
    return token.split(/[-_/=.+]/).some((piece) => piece.length >= 16 && /[a-z]/.test(piece) && /[A-Z]/.test(piece) && /[0-9]/.test(piece) && entropyBits(piece) >= 3.5);
}
/** Shannon entropy per character, in bits. */
function entropyBits(text) {
    const counts = new Map();
    for (const c of text)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let entropy = 0;
    for (const n of counts.values())
        entropy -= (n / text.length) * Math.log2(n / text.length);
    return entropy;
}
/** Each double-quoted part of a message (a parser's quote of the input) as an excerpt. */
function excerptQuotes(message) {
    return maskCredentials(message.replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner) => `"${excerpt(inner)}"`));
}
//# sourceMappingURL=credentials.js.map

/***/ }),

/***/ 4560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ evaluationDateNote),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
const DAY_MS = 86_400_000;
/** True for a real calendar day written YYYY-MM-DD: 2026-02-28 yes; 2026-02-30, 2026-2-3 or "" no. */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const time = Date.parse(`${text}T00:00:00Z`);
    // Date.parse rolls 2026-02-30 over to March 2nd; a real day survives the round trip.
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
/**
 * Whole days from `from` to `to`, both YYYY-MM-DD, in UTC so time zones cannot shift a day.
 * Anything else is a bug upstream, and a NaN here would make an expired waiver look live
 * (NaN < 0 is false), so it throws: the run fails closed.
 */
function daysBetween(from, to) {
    if (!isCalendarDate(from) || !isCalendarDate(to))
        throw new Error(`not a calendar date: ${JSON.stringify(isCalendarDate(from) ? to : from)}`);
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
/** The calendar day `days` after `from` (YYYY-MM-DD, UTC). */
function addDays(from, days) {
    if (!isCalendarDate(from))
        throw new Error(`not a calendar date: ${JSON.stringify(from)}`);
    return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
/**
 * What a run judged as of another day than the clock's must say: waiver expiry and price ages move
 * with the date, so a past date can revive an expired waiver or make stale prices fresh. Null when
 * the two agree.
 */
function evaluationDateNote(evaluated, clock, setBy) {
    if (evaluated === clock)
        return null;
    const direction = evaluated < clock ? `${daysBetween(evaluated, clock)} days before` : `${daysBetween(clock, evaluated)} days after`;
    return `judged as of ${evaluated} (${setBy}), ${direction} today's date ${clock}: waiver expiry and price ages are as of ${evaluated}`;
}
//# sourceMappingURL=dates.js.map

/***/ }),

/***/ 4885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ capDiagnostics),
/* harmony export */   vZ: () => (/* binding */ formatFieldPath),
/* harmony export */   z9: () => (/* binding */ MAX_DIAGNOSTICS_PER_FILE)
/* harmony export */ });
/* unused harmony export formatDiagnostic */
/** Formats a field path the way users write it in YAML: `waivers[0].expires`. */
function formatFieldPath(path) {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number")
            out += `[${segment}]`;
        else
            out += out === "" ? String(segment) : `.${String(segment)}`;
    }
    return out;
}
/**
 * At most this many problems are reported per file: a generated file with thousands of bad keys
 * must not cost minutes or megabytes of messages, and the first few say what is wrong.
 */
const MAX_DIAGNOSTICS_PER_FILE = 20;
/** The first problems, then one line saying how many more there are. */
function capDiagnostics(diagnostics, total = diagnostics.length) {
    if (total <= MAX_DIAGNOSTICS_PER_FILE)
        return [...diagnostics];
    const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
    const last = shown.at(-1);
    const more = total - shown.length;
    return [...shown, { kind: last.kind, message: `and ${more} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above first`, location: { ...last.location }, field: "" }];
}
/** `file:line:col: message (field)` with an optional hint, as compilers print it. */
function formatDiagnostic(d) {
    const where = `${d.location.file}:${d.location.line}:${d.location.column}`;
    const field = d.field === "" ? "" : ` [${d.field}]`;
    // Paths, keys and messages quote user text; a newline in it must not start a line of its own.
    const hint = d.hint === undefined ? "" : `\n  hint: ${flat(d.hint)}`;
    return `${flat(`${where}: error${field}: ${d.message}`)}${hint}`;
}
function flat(text) {
    return text.replace(/\r\n|\r|\n/g, "\\u000a");
}
//# sourceMappingURL=diagnostic.js.map

/***/ }),

/***/ 890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/** Damerau-free Levenshtein distance; keys are short, so the quadratic table is fine. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length];
}
/**
 * The closest known name to a misspelt one, or undefined when nothing is close enough to be a
 * plausible typo (a third of the name's length, at least one edit).
 */
function closestName(word, candidates) {
    if (word.length > MAX_NAME_LENGTH)
        return undefined;
    const normalised = word.toLowerCase().replaceAll("-", "_");
    const tolerance = Math.max(1, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // Lengths further apart than the tolerance cannot be close: skip the quadratic table.
        if (Math.abs(candidate.length - word.length) > tolerance || candidate.length > MAX_NAME_LENGTH)
            continue;
        const distance = editDistance(normalised, candidate.toLowerCase().replaceAll("-", "_"));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= tolerance ? best : undefined;
}
/** Names longer than this get no suggestion: no key or benchmark name is that long. */
const MAX_NAME_LENGTH = 200;
//# sourceMappingURL=did-you-mean.js.map

/***/ }),

/***/ 318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ EVAL_FORMAT_NAMES),
/* harmony export */   V: () => (/* binding */ DECLARED_EVAL_FORMATS)
/* harmony export */ });
/**
 * The name of every eval format tunegate reads: the one home of these names. The plan's
 * `evals.format`, the report's `sources[].format` and the reader registry all derive from this
 * list, so a new reader is one file in evals/formats/ and one line here and one in the registry;
 * a test fails when a name has no reader or a reader has no name. It sits in the lowest layer
 * because the plan schema, below the readers, needs the names too.
 */
const EVAL_FORMAT_NAMES = ["lm-eval", "promptfoo", "inspect", "tunegate", "junit", "deepeval", "ragas", "garak", "every-eval-ever", "lighteval"];
/** What `evals.format` accepts: auto-detection, or one format every file must be in. */
const DECLARED_EVAL_FORMATS = ["auto", ...EVAL_FORMAT_NAMES];
//# sourceMappingURL=eval-format-names.js.map

/***/ }),

/***/ 1971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ locateProblems)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4885);

/** Places problems through whatever can locate a field path: a plan's source, or the layered policy. */
function locateProblems(problems, source) {
    return problems.map((p) => ({
        kind: p.kind,
        message: p.message,
        location: p.atKey === true && source.locateKey !== undefined && p.path.length > 0 ? source.locateKey(p.path.slice(0, -1), String(p.path.at(-1))) : source.locate(p.path),
        field: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFieldPath */ .vZ)(p.path),
        ...(p.hint === undefined ? {} : { hint: p.hint }),
    }));
}
//# sourceMappingURL=field-problem.js.map

/***/ }),

/***/ 9552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ MAX_JSON_NESTING),
/* harmony export */   ix: () => (/* binding */ nestsDeeperThan),
/* harmony export */   q1: () => (/* binding */ lineAndColumn)
/* harmony export */ });
/**
 * Eval outputs nest about a dozen levels (Inspect logs the most). JSON.parse itself copes with
 * any depth, but the walks after it (JSON.stringify of promptfoo vars, schema checks) recurse,
 * and 5,000 levels overflowed the stack: "internal error: Maximum call stack size exceeded".
 */
const MAX_JSON_NESTING = 512;
/**
 * True when a parsed JSON value nests deeper than `max` levels. Iterative, and it visits values,
 * not characters, so checking every line of a large samples file costs little next to JSON.parse.
 */
function nestsDeeperThan(value, max = MAX_JSON_NESTING) {
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node === null || typeof node !== "object")
            continue;
        if (depth > max)
            return true;
        for (const child of Array.isArray(node) ? node : Object.values(node)) {
            if (child !== null && typeof child === "object")
                stack.push([child, depth + 1]);
        }
    }
    return false;
}
/** 1-based line and column of an offset in text. */
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
//# sourceMappingURL=json-nesting.js.map

/***/ }),

/***/ 7997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ jsonWorkExcess)
/* harmony export */ });
/* unused harmony exports CONTAINER_BYTES, VALUE_BYTES, WORK_PER_CHARACTER, FREE_BYTES, workBytes, workAllowance, countJsonWork */
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);

/**
 * What JSON.parse builds costs memory by what the text creates, not by its size: 64 MiB of `{}`
 * became 21 million objects and drove the process to 4.7 GB. These figures are V8's, measured
 * (node 24, `--expose-gc`, a million of each in one array): an empty object 64 bytes, an array of
 * one number 64, an empty array 40; a number, string or property slot 8 to 40. The model rounds
 * each up: every object or array costs CONTAINER_BYTES, every other value and every key VALUE_BYTES.
 */
const CONTAINER_BYTES = 64;
const VALUE_BYTES = 16;
/**
 * The model's cost may be at most this many times the text's length (plus FREE_BYTES): real eval
 * outputs cost under 4 (the densest, lm-eval samples lines, 3.7), `{}` repeated costs 21. With
 * the characters of strings (at most twice the text, as UTF-16), what is read stays within about
 * ten times its size.
 */
const WORK_PER_CHARACTER = 8;
/** Small texts are never refused for their density: a megabyte of model cost is nothing. */
const FREE_BYTES = 1024 * 1024;
/** The model's cost of what parsing creates. */
function workBytes(work) {
    return work.containers * CONTAINER_BYTES + work.values * VALUE_BYTES;
}
/** The most a text of `length` characters may create, by the model. */
function workAllowance(length) {
    return WORK_PER_CHARACTER * length + FREE_BYTES;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Characters a bare value (number, true, false, null, NaN, Infinity) can start with. */
function startsBareValue(c) {
    return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x74 || c === 0x66 || c === 0x6e || c === 0x4e || c === 0x49;
}
/**
 * Counts, in one pass over the text and before anything is built, what JSON.parse would create,
 * and stops at the first character past a limit: nesting deeper than `maxDepth`, or a model cost
 * (see CONTAINER_BYTES) above `allowance`. For text JSON.parse accepts, the counts are exactly
 * the objects, arrays, keys and values it builds. Text that is not JSON is counted as far as it
 * goes and left to JSON.parse to refuse.
 */
function jsonWorkExcess(text, maxDepth = _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_JSON_NESTING */ .V2, allowance = workAllowance(text.length)) {
    return scanJsonWork(text, maxDepth, allowance).excess;
}
/** What JSON.parse would build from the text, counted without building it (no limits). */
function countJsonWork(text) {
    return scanJsonWork(text, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY).work;
}
function scanJsonWork(text, maxDepth, allowance) {
    let containers = 0;
    let values = 0;
    let depth = 0;
    // The last character outside strings and whitespace: a bare value starts after [ , : or nothing.
    let previous = 0x2c;
    const excess = (reason, offset) => {
        const work = { containers, values };
        const message = reason === "depth"
            ? `the JSON nests more than ${maxDepth} levels deep`
            : `the JSON builds more than its size allows: ${containers.toLocaleString("en-US")} objects and arrays and ${values.toLocaleString("en-US")} values by here, about ${megabytes(workBytes(work))} of memory once read, more than ${WORK_PER_CHARACTER} times the ${megabytes(text.length)} of text`;
        return { excess: { reason, offset, ...(0,_json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAndColumn */ .q1)(text, offset), message, work }, work };
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            i = closingQuote(text, i);
            previous = QUOTE;
        }
        else if (c === 0x7b || c === 0x5b) {
            containers++;
            if (++depth > maxDepth)
                return excess("depth", i);
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            previous = c;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth--;
            previous = c;
        }
        else if (c === 0x2c || c === 0x3a)
            previous = c;
        else if (startsBareValue(c) && (previous === 0x2c || previous === 0x3a || previous === 0x5b)) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            previous = c;
        }
        else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            previous = c;
    }
    return { excess: null, work: { containers, values } };
}
/** The offset of the quote that closes the string opened at `open` (the text's end if none). */
function closingQuote(text, open) {
    for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return at;
    }
    return text.length;
}
function megabytes(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
//# sourceMappingURL=json-work.js.map

/***/ }),

/***/ 2588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ shownName),
/* harmony export */   ZR: () => (/* binding */ lookalikeOf),
/* harmony export */   Zk: () => (/* binding */ nameSkeleton),
/* harmony export */   gE: () => (/* binding */ showNonAscii)
/* harmony export */ });
/**
 * Lowercase Latin letters that other scripts draw the same (Cyrillic, Greek, Latin extensions):
 * enough to tell "аnthropic" (Cyrillic а) from "anthropic" for the names tunegate keys prices by.
 */
const LOOKALIKES = {
    // Cyrillic
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3", "и": "u", "і": "i", "ї": "i", "ј": "j", "к": "k", "л": "n", "м": "m", "н": "h",
    "о": "o", "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ь": "b",
    // Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    // Latin lookalikes and dashes
    "ı": "i", "ȷ": "j", "ɡ": "g", "ɑ": "a", "ɩ": "i", "ʟ": "l", "ℓ": "l",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-", "﹣": "-", "－": "-",
    "·": ".", "․": ".", "。": ".",
};
/** Invisible characters: zero-width and bidirectional controls, soft hyphens, variation selectors. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\ufe00-\ufe0f]/gu;
/**
 * What a name looks like to a reader: compatibility-normalised (full-width and styled letters),
 * lowercased, invisible characters dropped and lookalike letters mapped to Latin. Two names with
 * one skeleton but different spellings are a trap: one reads as the other but is not equal to it.
 */
function nameSkeleton(name) {
    const folded = name.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
    let out = "";
    for (const ch of folded.normalize("NFD")) {
        if (/\p{Mn}/u.test(ch))
            continue;
        out += LOOKALIKES[ch] ?? ch;
    }
    return out;
}
/** The first of `names` that reads the same as `name` but is spelled differently, if any. */
function lookalikeOf(name, names) {
    const skeleton = nameSkeleton(name);
    for (const candidate of names)
        if (candidate !== name && nameSkeleton(candidate) === skeleton)
            return candidate;
    return undefined;
}
/** A name with its non-ASCII characters written as \u{...}, so a lookalike shows as one. */
function showNonAscii(name) {
    return name.replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
}
/**
 * A name as a message shows it: as written, unless it only looks like `near` (a lookalike letter
 * or an invisible character), where its non-ASCII characters are spelled out so the reader sees
 * why "xstеst" is not "xstest".
 */
function shownName(name, near) {
    return near !== undefined && nameSkeleton(name) === nameSkeleton(near) ? showNonAscii(name) : name;
}
//# sourceMappingURL=lookalike.js.map

/***/ }),

/***/ 6241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qo: () => (/* binding */ resolveRepoPath),
/* harmony export */   y9: () => (/* binding */ isInsideGitDir)
/* harmony export */ });
/* unused harmony exports INSIDE_GIT_DIR, isGitDirName */
/**
 * Resolves a path written in a plan (relative to the plan's folder) to a repository-relative
 * POSIX path, or explains why it may not be used. Lexical only: the shell also checks symlinks.
 */
function resolveRepoPath(planFile, written) {
    if (written.includes("\0"))
        return { ok: false, reason: "contains a NUL byte" };
    const normalised = written.replaceAll("\\", "/");
    if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
        return { ok: false, reason: "is absolute; write it relative to the plan file" };
    }
    const planDir = planFile.replaceAll("\\", "/").split("/").slice(0, -1);
    const segments = [...planDir];
    for (const part of normalised.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (segments.length === 0)
                return { ok: false, reason: "escapes the repository" };
            segments.pop();
        }
        else
            segments.push(part);
    }
    if (segments.length === 0)
        return { ok: false, reason: "names the repository root, not a file" };
    if (segments.some(isGitDirName))
        return { ok: false, reason: INSIDE_GIT_DIR };
    return { ok: true, path: segments.join("/") };
}
/**
 * Why nothing under `.git/` is read, whatever names it: actions/checkout leaves the job's token in
 * `.git/config`, hooks and packed refs are no data of the user's, and an error quoting such a file
 * would post a credential to the pull request.
 */
const INSIDE_GIT_DIR = "is inside .git/, which tunegate never reads or writes (it holds git's own data and the job's credentials)";
/**
 * A `.git` path segment, as any file system the runner may use would resolve it: case-insensitive
 * (macOS, Windows) and with the trailing dots and spaces Windows drops (`.git.`, `.GIT `).
 */
function isGitDirName(segment) {
    return segment.replace(/[. ]+$/, "").toLowerCase() === ".git";
}
/** Whether a repository-relative POSIX path lies inside a `.git` folder (or is one). */
function isInsideGitDir(repoRelative) {
    return repoRelative.split("/").some(isGitDirName);
}
//# sourceMappingURL=repo-path.js.map

/***/ }),

/***/ 2351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ schemaDiagnostics)
/* harmony export */ });
/* unused harmony export knownKeysAt */
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3679);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(890);
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4885);



function defOf(schema) {
    return schema._zod.def;
}
/** The keys a strict object at `path` accepts, found by walking the schema the way the data is. */
function knownKeysAt(schema, path) {
    const candidates = schemasAt(schema, path);
    return [...new Set(candidates.flatMap((s) => Object.keys(defOf(s).shape ?? {})))];
}
function schemasAt(schema, path) {
    let current = unwrap(schema);
    for (const segment of path) {
        const next = [];
        for (const s of current) {
            const def = defOf(s);
            if (def.type === "object" && def.shape !== undefined && typeof segment === "string") {
                const child = def.shape[segment];
                if (child !== undefined)
                    next.push(...unwrap(child));
            }
            else if (def.type === "array" && def.element !== undefined)
                next.push(...unwrap(def.element));
            else if (def.type === "record" && def.valueType !== undefined)
                next.push(...unwrap(def.valueType));
        }
        current = next;
    }
    return current;
}
function unwrap(schema) {
    const def = defOf(schema);
    // A schema built on first use (z.lazy): its memoised inner schema.
    if (def.type === "lazy")
        return unwrap(schema._zod.innerType);
    if (def.innerType !== undefined)
        return unwrap(def.innerType);
    if (def.type === "pipe" && def.in !== undefined)
        return unwrap(def.in);
    if (def.type === "union" && def.options !== undefined)
        return def.options.flatMap(unwrap);
    return [schema];
}
/**
 * Turns zod issues into diagnostics placed at the offending YAML node, with typo hints. Only the
 * first problems are located and explained (MAX_DIAGNOSTICS_PER_FILE), then a count, so a file of
 * thousands of bad keys costs what a file of twenty does.
 */
function schemaDiagnostics(issues, source, schema) {
    const { diagnostics, total } = explainIssues(issues, source, schema, _diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9);
    const unique = dedupe(diagnostics);
    return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .capDiagnostics */ .HB)(unique, total - (diagnostics.length - unique.length));
}
function explainIssues(issues, source, schema, limit) {
    const diagnostics = [];
    let total = 0;
    // A misspelt key also leaves the key it was meant to be missing; the typo already says so.
    const explainedByTypo = new Set();
    let suggestions = 0;
    for (const issue of issues) {
        if (issue.code !== "unrecognized_keys" || suggestions >= limit)
            continue;
        const known = knownKeysAt(schema, issue.path);
        for (const key of issue.keys.slice(0, limit - suggestions)) {
            suggestions++;
            const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(key, known);
            if (suggestion !== undefined)
                explainedByTypo.add((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFieldPath */ .vZ)([...issue.path, suggestion]));
        }
    }
    for (const issue of issues) {
        const path = issue.path;
        if (explainedByTypo.has((0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFieldPath */ .vZ)(path)) && !lookup(source.data, path).present)
            continue;
        if (issue.code === "unrecognized_keys") {
            total += issue.keys.length;
            const room = Math.max(0, limit - diagnostics.length);
            if (room === 0)
                continue;
            const known = knownKeysAt(schema, path);
            for (const key of issue.keys.slice(0, room)) {
                const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(key, known);
                const field = (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFieldPath */ .vZ)([...path, key]);
                diagnostics.push({
                    kind: "unknown-key",
                    message: `unknown key "${(0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(key)}"${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
                    location: source.locateKey(path, key),
                    field,
                    hint: known.length === 0
                        ? "remove it"
                        : `keys allowed ${path.length === 0 ? "at the top level" : `in ${(0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFieldPath */ .vZ)(path)}`}: ${known.join(", ")}`,
                });
            }
            continue;
        }
        if (issue.code === "invalid_union" && issue.errors.length > 0) {
            // Report the branch that got furthest, which is the one the user most likely meant.
            const deepest = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
            const inner = explainIssues(deepest.map((i) => ({ ...i, path: [...path, ...i.path] })), source, schema, Math.max(0, limit - diagnostics.length));
            diagnostics.push(...inner.diagnostics);
            total += inner.total;
            continue;
        }
        total++;
        if (diagnostics.length >= limit)
            continue;
        diagnostics.push({
            kind: "invalid-value",
            message: describeIssue(issue, lookup(source.data, path)),
            location: source.locate(path),
            field: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFieldPath */ .vZ)(path),
        });
    }
    return { diagnostics, total };
}
function depth(issues) {
    return Math.max(0, ...issues.map((i) => i.path.length + (i.code === "invalid_type" ? 0 : 1)));
}
/** The value the user wrote at `path`, or `absent` when the key is not there at all. */
function lookup(data, path) {
    let node = data;
    for (const segment of path) {
        if (node === null || typeof node !== "object" || !(String(segment) in node))
            return { present: false, value: undefined };
        node = node[String(segment)];
    }
    return { present: true, value: node };
}
function describeIssue(issue, written) {
    if (!written.present) {
        const expected = issue.code === "invalid_value" ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}` : issue.code === "invalid_type" ? issue.expected : "a value";
        return `required field is missing (expected ${expected})`;
    }
    switch (issue.code) {
        case "invalid_type":
            return `expected ${issue.expected}, got ${typeName(written.value)}`;
        case "invalid_value":
            return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${quoted(written.value)}`;
        default:
            return (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .excerptQuotes */ .D6)(issue.message);
    }
}
function typeName(value) {
    if (value === null)
        return "null";
    // JSON.stringify would print Infinity and NaN as "null": say what YAML's .inf, .nan or 1e309 became.
    if (typeof value === "number" && !Number.isFinite(value))
        return `${value} (not a finite number)`;
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    return `${typeof value} ${quoted(value)}`;
}
/** A written value as a message quotes it: a short excerpt, credentials masked (see credentials.ts). */
function quoted(value) {
    return typeof value === "string" ? JSON.stringify((0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(value)) : (0,_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(String(JSON.stringify(value)));
}
function dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = `${d.location.line}:${d.location.column}:${d.field}:${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
//# sourceMappingURL=schema-diagnostics.js.map

/***/ }),

/***/ 7070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * How much a finding counts, the words a policy's `severities` take: error blocks (fail), warning
 * warns, info is only shown. Worst first: the gates that report the worst of several findings
 * search in this order. The one home of these words; the policy schema derives from it.
 */
const SEVERITIES = ["error", "warning", "info"];
/**
 * Which verdict exits 1 (`--fail-on`, the Action's `fail-on`): a severity's name, or never. The
 * run report's `fail_on`, the Action's input and the CLI's flags derive from this list.
 */
const FAIL_ON_VALUES = ["error", "warning", "never"];
//# sourceMappingURL=severities.js.map

/***/ }),

/***/ 4903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ parseYamlSource)
});

// EXTERNAL MODULE: ./lib/engine/input/credentials.js
var credentials = __webpack_require__(3679);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
;// CONCATENATED MODULE: ./lib/engine/input/yaml-structure.js


/**
 * Hand-written plans, policies and price tables nest four or five levels; tunegate's own eval
 * JSON three. Anything far deeper is a mistake or an attack on the recursive code that follows.
 */
const MAX_YAML_NESTING = 64;
/**
 * Explicit tags that only confirm a plain scalar's type. Every other tag (`!!omap`, `!!set`,
 * `!!binary`, `!!timestamp`, `!!map`, custom ones) changes what a node becomes in JavaScript:
 * an ordered map or set silently validates as an empty object, so a cost section would vanish.
 */
const PLAIN_SCALAR_TAGS = new Set(["str", "int", "float", "bool", "null"].map((t) => `tag:yaml.org,2002:${t}`));
/**
 * Checks what the schema cannot see once the document is turned into JavaScript: type-changing
 * tags, keys that are not plain names, duplicate keys (in linear time; the parser's own check is
 * quadratic), `__proto__` (which records would silently drop) and nesting depth. Iterative, so a
 * deep document cannot overflow the stack here. Stops after `limit` problems.
 */
function structureProblems(doc, text, limit) {
    const problems = [];
    const stack = [{ node: doc.contents, path: [] }];
    while (stack.length > 0 && problems.length < limit) {
        const { node, path } = stack.pop();
        const depth = path.length + 1;
        if (node === null || node === undefined || (0,dist/* isAlias */.Vj)(node))
            continue;
        const offset = rangeStart(node);
        const tag = node.tag;
        if (tag !== undefined && !PLAIN_SCALAR_TAGS.has(tag)) {
            problems.push({ kind: "invalid-value", path, offset: tagOffset(text, offset, tag), ...tagProblem(shortTag(tag)) });
            continue;
        }
        if ((0,dist/* isScalar */.jn)(node))
            continue;
        if (depth > MAX_YAML_NESTING) {
            problems.push({ kind: "invalid-value", path: path.slice(0, 3), offset, message: `the document nests more than ${MAX_YAML_NESTING} levels deep`, hint: "tunegate's files nest a few levels; check what generated this one" });
            continue;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push({ node: node.items[i], path: [...path, i] });
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            const children = [];
            for (const item of node.items) {
                if (!(0,dist/* isPair */.tO)(item))
                    continue;
                const key = item.key;
                if (!(0,dist/* isScalar */.jn)(key)) {
                    problems.push({ kind: "syntax", path, offset: key === null ? offset : rangeStart(key), message: "a key must be a plain name, not a list or mapping", hint: "write the key as a name" });
                    continue;
                }
                const name = String(key.value);
                children.push({ node: key, path: [...path, name] }, { node: item.value, path: [...path, name] });
                const first = seen.get(name);
                if (first !== undefined) {
                    problems.push({ kind: "syntax", path: [...path, name], offset: rangeStart(key), message: `duplicate key "${(0,credentials/* excerpt */.Kb)(name)}"`, hint: "a key may appear once per mapping; delete one of them" });
                }
                else
                    seen.set(name, rangeStart(key));
                if (name === "__proto__") {
                    problems.push({ kind: "unknown-key", path: [...path, name], offset: rangeStart(key), message: `unknown key "__proto__"`, hint: "remove it" });
                }
            }
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        }
    }
    return problems.sort((a, b) => a.offset - b.offset);
}
/** The message for a tag tunegate does not read, whether this walk or the parser found it. */
function tagProblem(written) {
    return {
        message: `the YAML tag ${written} is not allowed here: tunegate reads plain mappings, lists, strings, numbers and booleans`,
        hint: `remove ${written} and write the value itself`,
    };
}
const CORE_PREFIX = "tag:yaml.org,2002:";
/** A tag as users write it: `!!omap` rather than `tag:yaml.org,2002:omap`. */
function shortTag(tag) {
    return tag.startsWith(CORE_PREFIX) ? `!!${tag.slice(CORE_PREFIX.length)}` : tag;
}
/**
 * Where the tag itself was written. The parser keeps only the node's own start (for a block
 * mapping, its first key on the next line), so look back a little for the tag's text.
 */
function tagOffset(text, nodeOffset, tag) {
    const from = Math.max(0, nodeOffset - 1000);
    const before = text.slice(from, nodeOffset);
    const found = Math.max(before.lastIndexOf(shortTag(tag)), before.lastIndexOf(`!<${tag}>`));
    return found === -1 ? nodeOffset : from + found;
}
function rangeStart(node) {
    return node.range?.[0] ?? 0;
}
//# sourceMappingURL=yaml-structure.js.map
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
;// CONCATENATED MODULE: ./lib/engine/input/yaml-work.js



/**
 * The most collections and sequence entries one YAML document may open. Each costs the parser
 * about 2 KB (a 1 MB plan of `{}`, 340,000 of them, took 730 MB); tunegate's files open a few
 * dozen (a plan about 30, the shipped policies about 60). Keys and scalars are not counted here:
 * a 1 MB plan of 60,000 keys is refused by its schema, its near-misses located one by one.
 */
const MAX_YAML_COLLECTIONS = 25_000;
/** Tokens of yaml's lexer that are not text of the document (markers it inserts). */
const MARKERS = new Set(["\u0002", "\u0018", "\u001f"]);
/**
 * Where a YAML document opens more than MAX_YAML_COLLECTIONS flow collections and sequence
 * entries, found with yaml's lexer alone (which builds nothing but the token it yields) before
 * the parser builds anything; null when it does not. Flow brackets nested past the depth limit
 * are named as such, as the parser's own depth error would.
 */
function yamlCollectionExcess(text, maxCollections = MAX_YAML_COLLECTIONS) {
    let collections = 0;
    let offset = 0;
    let flowDepth = 0;
    // `- - - 1` nests a sequence in a sequence on one line.
    let entriesOnLine = 0;
    let tooDeepAt;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (MARKERS.has(token))
            continue;
        const first = token[0];
        if (first === "{" || first === "[") {
            if (++flowDepth > MAX_YAML_NESTING)
                tooDeepAt ??= offset;
            if (++collections > maxCollections)
                break;
        }
        else if (first === "}" || first === "]")
            flowDepth--;
        else if (token === "-") {
            if (++entriesOnLine > MAX_YAML_NESTING)
                tooDeepAt ??= offset;
            if (++collections > maxCollections)
                break;
        }
        else if (first === "\n" || first === "\r")
            entriesOnLine = 0;
        offset += token.length;
    }
    if (collections <= maxCollections)
        return null;
    if (tooDeepAt !== undefined)
        return { ...(0,json_nesting/* lineAndColumn */.q1)(text, tooDeepAt), message: `the document nests too deeply to read (tunegate reads at most ${MAX_YAML_NESTING} levels)` };
    return { ...(0,json_nesting/* lineAndColumn */.q1)(text, offset), message: `the document opens more than ${maxCollections.toLocaleString("en-US")} collections and list entries; tunegate's files open a few dozen` };
}
//# sourceMappingURL=yaml-work.js.map
;// CONCATENATED MODULE: ./lib/engine/input/yaml-source.js





/**
 * Alias expansion is capped so that a "billion laughs" document fails fast instead of
 * exhausting memory; real plans use no aliases at all.
 */
const MAX_ALIAS_EXPANSIONS = 50;
/** Parses YAML text with positions kept, turning syntax problems into diagnostics. */
function parseYamlSource(file, text) {
    const excess = yamlCollectionExcess(text);
    if (excess !== null) {
        const hint = "tunegate's files are written by hand; check what generated this one";
        return { ok: false, diagnostics: [{ kind: "invalid-value", message: excess.message, location: { file, line: excess.line, column: excess.column }, field: "", hint }] };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found by structureProblems: the parser's own check is quadratic.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const syntaxErrors = [...doc.errors, ...doc.warnings];
    if (syntaxErrors.length > 0) {
        return {
            ok: false,
            diagnostics: (0,diagnostic/* capDiagnostics */.HB)(syntaxErrors.slice(0, diagnostic/* MAX_DIAGNOSTICS_PER_FILE */.z9).map((error) => ({
                kind: "syntax",
                location: at(error.pos[0]),
                field: "",
                ...parserProblem(error.code, error.message),
            })), syntaxErrors.length),
        };
    }
    const structure = structureProblems(doc, text, diagnostic/* MAX_DIAGNOSTICS_PER_FILE */.z9 + 1);
    if (structure.length > 0) {
        return {
            ok: false,
            diagnostics: (0,diagnostic/* capDiagnostics */.HB)(structure.map((p) => ({ kind: p.kind, message: p.message, location: at(p.offset), field: (0,diagnostic/* formatFieldPath */.vZ)(p.path), hint: p.hint })), structure.length),
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    }
    catch (error) {
        // The only way toJS throws on a parsed document is the alias limit (or a circular alias).
        return {
            ok: false,
            diagnostics: [
                {
                    kind: "syntax",
                    message: `the document expands aliases too often (${firstLine(String(error.message ?? error))}); tunegate refuses alias bombs`,
                    location: at(0),
                    field: "",
                    hint: "write the values out instead of using YAML anchors and aliases",
                },
            ],
        };
    }
    const keyIndex = new WeakMap();
    return {
        ok: true,
        value: {
            file,
            data,
            locate: (path) => at(nodeOffset(doc, path, keyIndex)),
            locateKey: (path, key) => at(keyOffset(doc, path, key, keyIndex) ?? nodeOffset(doc, path, keyIndex)),
        },
    };
}
/** The parser's own message, except where it would read like a crash or hide a tag's role. */
function parserProblem(code, message) {
    if (message.includes("Maximum call stack size exceeded")) {
        return { message: `the document nests too deeply to read (tunegate reads at most ${MAX_YAML_NESTING} levels)`, hint: "tunegate's files nest a few levels; check what generated this one" };
    }
    if (code === "TAG_RESOLVE_FAILED" || code === "BAD_COLLECTION_TYPE") {
        const tag = /tag:yaml\.org,2002:\w+|![^\s,]*/.exec(message)?.[0];
        if (tag !== undefined)
            return tagProblem(shortTag(tag));
    }
    // The parser quotes the input it stopped at: a line of a file holding a credential, maybe.
    return { message: (0,credentials/* excerptQuotes */.D6)(firstLine(message)) };
}
function firstLine(message) {
    return message.split("\n")[0].trim();
}
function nodeOffset(doc, path, index) {
    let node = doc.contents;
    let offset = yaml_source_rangeStart(node) ?? 0;
    for (const segment of path) {
        const child = childNode(node, segment, index);
        if (child === undefined)
            break;
        node = child;
        offset = yaml_source_rangeStart(child) ?? offset;
    }
    return offset;
}
function keyOffset(doc, path, key, index) {
    let parent = doc.contents;
    for (const segment of path) {
        parent = childNode(parent, segment, index);
        if (parent === undefined)
            return undefined;
    }
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    const pair = pairsByKey(parent, index).get(key);
    return pair === undefined ? undefined : yaml_source_rangeStart(pair.key);
}
/** A mapping's pairs by key, built once per mapping: locating many keys stays linear. */
function pairsByKey(map, index) {
    let byKey = index.get(map);
    if (byKey === undefined) {
        byKey = new Map();
        for (const item of map.items) {
            if ((0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && !byKey.has(String(item.key.value)))
                byKey.set(String(item.key.value), item);
        }
        index.set(map, byKey);
    }
    return byKey;
}
function childNode(node, segment, index) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = pairsByKey(node, index).get(String(segment));
        return pair === undefined ? undefined : (pair.value ?? pair.key);
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof segment === "number")
        return node.items[segment];
    return undefined;
}
function yaml_source_rangeStart(node) {
    const range = node?.range;
    return range?.[0];
}
//# sourceMappingURL=yaml-source.js.map

/***/ }),

/***/ 7364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ inputErrorAnnotations),
/* harmony export */   XO: () => (/* binding */ capAnnotations),
/* harmony export */   cL: () => (/* binding */ runAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, reportAnnotations */
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5460);

/** GitHub shows this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** An input error at its file, line and column, with its hint. */
function inputErrorAnnotations(errors) {
    return errors.map((e) => ({
        level: "error",
        title: `tunegate: ${e.kind}${e.field === "" ? "" : ` (${e.field})`}`,
        message: `${e.message}${e.hint === null ? "" : `\nhint: ${e.hint}`}`,
        file: e.file,
        line: e.line,
        column: e.column,
    }));
}
/** Failing gates first (blocking before warnings), in gate order, at the plan line each names. */
function reportAnnotations(report) {
    return report.gates
        .filter((g) => g.level === "error" || g.level === "warning")
        .map((g) => ({
        level: g.level,
        title: `tunegate ${g.id}: ${g.outcome}`,
        message: `${g.summary}${g.threshold === null ? "" : ` (threshold ${g.threshold.display}, from ${g.threshold.source})`}`,
        file: g.location.file,
        line: g.location.line,
        column: g.location.column,
    }));
}
/** Keeps what GitHub will show, most important first, and counts what it had to leave out. */
function capAnnotations(annotations) {
    const byLevel = (level) => annotations.filter((a) => a.level === level);
    const errors = byLevel("error");
    const warnings = byLevel("warning");
    return {
        shown: [...errors.slice(0, ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, ANNOTATIONS_PER_LEVEL)],
        omitted: { error: Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL), warning: Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL) },
    };
}
/**
 * The annotations of a whole run, as GitHub will show them: every plan's gates and input errors,
 * capped per level, and a line naming what was left out (null when nothing was).
 */
function runAnnotations(run) {
    const all = run.plans.flatMap((p) => ((0,_input_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isChecked */ .W)(p) ? reportAnnotations(p.report) : inputErrorAnnotations(p.input_errors)));
    const { shown, omitted } = capAnnotations(all);
    const leftOut = omitted.error + omitted.warning === 0
        ? null
        : `tunegate: ${omitted.error} error and ${omitted.warning} warning annotations were left out (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each per step); every finding is in the job summary`;
    return { shown, leftOut };
}
//# sourceMappingURL=annotations.js.map

/***/ }),

/***/ 1156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputErrorMarkdown: () => (/* binding */ inputErrorMarkdown),
/* harmony export */   planMarkdown: () => (/* binding */ planMarkdown),
/* harmony export */   removedPlansMarkdown: () => (/* binding */ removedPlansMarkdown),
/* harmony export */   runMarkdown: () => (/* binding */ runMarkdown),
/* harmony export */   runShortSummary: () => (/* binding */ runShortSummary)
/* harmony export */ });
/* harmony import */ var _parts_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2444);
/* harmony import */ var _parts_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(413);
/* harmony import */ var _parts_plan_change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6093);
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5460);




/** Markdown for a plan tunegate could not read: the problems, each at its file and line. */
function inputErrorMarkdown(plan) {
    const items = plan.input_errors.map((e) => `- \`${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)((0,_input_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorLine */ .j)(e))}\`${e.hint === null ? "" : `<br>hint: ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(e.hint)}`}`);
    const count = plan.input_errors.length;
    return `### ❌ tunegate · ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(plan.file)}: could not be checked (${count} input problem${count === 1 ? "" : "s"})\n\nNo gate was judged, so nothing may deploy. Fix these and push again:\n\n${items.join("\n")}\n`;
}
/** One plan's section: its report and what the pull request changed, or its input errors. */
function planMarkdown(plan, failOn) {
    if (!(0,_input_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isChecked */ .W)(plan))
        return inputErrorMarkdown(plan);
    const change = plan.change === null ? "" : (0,_parts_plan_change_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanChange */ .mf)(plan.change);
    return (0,_parts_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(plan.report, { change, ...(failOn === undefined ? {} : { failOn }) });
}
/** The job summary: every plan's section, one after another. */
function runMarkdown(run) {
    const plans = run.plans.map((plan) => planMarkdown(plan, run.fail_on)).join("\n---\n\n");
    return run.removed_plans.length === 0 ? plans : `${removedPlansMarkdown(run.removed_plans)}\n\n${plans}`;
}
/**
 * The job summary's short form, for a run whose full summary is larger than GitHub takes: each
 * plan's verdict and headline, and where the full report is.
 */
function runShortSummary(run, reportPath) {
    const lines = run.plans.map((p) => ((0,_input_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isChecked */ .W)(p) ? `- ${p.report.verdict.toUpperCase()}: ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(p.report.headline)}` : `- INPUT ERROR: ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(p.file)} (${p.input_errors.length} problems)`));
    return `### tunegate\n\nThe full report is larger than a job summary may be; it is in \`${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(reportPath)}\` (upload it as an artifact to keep it).\n\n${lines.join("\n")}\n`;
}
/** Plans the pull request took out of the gate's reach, above everything else. */
function removedPlansMarkdown(removed) {
    const list = removed.map((file) => `> - ${(0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(file)}`).join("\n");
    return `> [!WARNING]\n> **${removed.length} plan${removed.length === 1 ? " was" : "s were"} checked at the base branch and ${removed.length === 1 ? "is" : "are"} gone at this head**: ${removed.length === 1 ? "its" : "their"} gates no longer run. Deleting or moving a plan retires its gate; make sure that is meant.\n${list}`;
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 5460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isChecked),
/* harmony export */   j: () => (/* binding */ inputErrorLine)
/* harmony export */ });
const isChecked = (p) => "report" in p;
/** `file:line:col: error [field]: message`, as compilers print it. */
function inputErrorLine(e) {
    return `${e.file}:${e.line}:${e.column}: error${e.field === "" ? "" : ` [${e.field}]`}: ${e.message}`;
}
//# sourceMappingURL=input-errors.js.map

/***/ }),

/***/ 3311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ compareStates),
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   P1: () => (/* binding */ NOT_CURRENT_HEADING),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   fN: () => (/* binding */ runCommentMarker),
/* harmony export */   hZ: () => (/* binding */ notCurrentNotice),
/* harmony export */   l: () => (/* binding */ planMarkerOf),
/* harmony export */   nk: () => (/* binding */ readCommentState),
/* harmony export */   qo: () => (/* binding */ stateLine)
/* harmony export */ });
/* unused harmony export isNewer */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2444);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(413);
/* harmony import */ var _rules_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9150);




/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
/** The hidden marker that finds our comment again: one per (comment key, plan). */
function commentMarker(key, planFile) {
    return `<!-- tunegate:comment key=${markerValue(key)} plan=${markerValue(planFile)} -->`;
}
/** The marker of the one comment a run of many plans gets (see MAX_PLAN_COMMENTS): `plans=all` where a plan's marker has `plan=`. */
function runCommentMarker(key) {
    return `<!-- tunegate:comment key=${markerValue(key)} plans=all -->`;
}
/**
 * A JSON string that cannot end the HTML comment it sits in: without `>` there is no `-->` or
 * `--!>`, so a plan path such as `a-->![x](https://evil/p.png)` stays hidden text.
 */
function markerValue(value) {
    return JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e");
}
/** The state line as the footer writes it: a line of its own. */
const STATE_PATTERN = /^<!-- tunegate:state sha=([0-9a-f]{7,64}) at=(\S+?)(?: run=(\d{1,20}))? -->\r?$/gm;
/**
 * The state of the run that wrote a comment: the footer's line, the last state line in the body.
 * Text above the footer comes from plans (a plan path shown in a code span keeps `<!--` as is),
 * so a state written there, claiming a later run, must not hold the comment at an old verdict.
 */
function readCommentState(body) {
    const match = [...body.matchAll(STATE_PATTERN)].at(-1);
    if (match === undefined)
        return undefined;
    return match[3] === undefined ? { sha: match[1], at: match[2] } : { sha: match[1], at: match[2], run: Number(match[3]) };
}
/** The state line a comment written by the run in `state` ends with (before its marker). */
function stateLine(state) {
    return `<!-- tunegate:state sha=${state.sha} at=${state.at}${state.run === undefined ? "" : ` run=${state.run}`} -->`;
}
/**
 * Orders two runs: the later pull-request event is newer; in the same second, the later workflow
 * run; otherwise they are the same event (a re-run), and neither is newer. A state whose time
 * cannot be read (a hand-edited line) is older than any that can. Negative: `a` is older.
 */
function compareStates(a, b) {
    const time = (s) => {
        const t = s === undefined ? Number.NaN : Date.parse(s.at);
        return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
    };
    const byTime = time(a) - time(b);
    if (byTime !== 0 && !Number.isNaN(byTime))
        return Math.sign(byTime);
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    return Math.sign((a.run ?? -1) - (b.run ?? -1));
}
/** True when `existing` was written for a newer event than `ours`. */
function isNewer(existing, ours) {
    return compareStates(existing, ours) > 0;
}
/**
 * The comment body, marker last (a marker in the middle breaks rendering). Past GitHub's size
 * limit it falls back to the verdict and the gates table, then to the verdict alone, both
 * pointing at the job summary where the full report always is.
 */
function commentBody(input) {
    const footer = [
        input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`,
        input.state === undefined ? "" : stateLine(input.state),
        commentMarker(input.key, input.report.plan.file),
    ]
        .filter((x) => x !== "")
        .join("\n");
    const withChange = (main) => (input.change === "" ? main : `${main}\n${input.change}\n`);
    // What the pull request changed sits right under the verdict and the alert.
    const full = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(input.report, { change: input.change, ...(input.failOn === undefined ? {} : { failOn: input.failOn }) })}\n${footer}\n`;
    if (full.length <= COMMENT_LIMIT)
        return full;
    const pointer = `The full report is too long for a comment: see the [job summary](${input.summaryUrl}).`;
    const rows = input.report.gates.map((g) => [`\`${g.id}\``, g.outcome, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(g.summary.slice(0, 300))]);
    const rules = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesMarkdown */ .xQ)(input.report.rules);
    const short = `### tunegate · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(input.report.headline)}\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)([["Gate", "Result", "Why"], ...rows], { alignDelimiters: false })}\n\n${rules === "" ? "" : `${rules}\n\n`}${pointer}\n`;
    const shortBody = `${withChange(short)}\n${footer}\n`;
    if (shortBody.length <= COMMENT_LIMIT)
        return shortBody;
    return `### tunegate · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(input.report.headline.slice(0, 2000))}\n\n${pointer}\n\n${footer}\n`;
}
/**
 * The marker a comment body ends with when it is a plan's comment under `key`: how a run finds the
 * comments of plans it no longer checks (a plan moved or deleted, a `plan` input that changed).
 */
function planMarkerOf(body, key) {
    const last = body.trimEnd().split("\n").at(-1) ?? "";
    const prefix = `<!-- tunegate:comment key=${markerValue(key)} plan=`;
    return last.startsWith(prefix) && last.endsWith(" -->") ? last : undefined;
}
/** The first line of a comment a later run marked as no longer current. */
const NOT_CURRENT_HEADING = "> [!NOTE]\n> **No longer current.**";
/**
 * What a later run puts above a comment of a plan it did not check, so a red comment of a moved
 * or deleted plan (or of a wrong `plan` input) never stands beside the new verdict unexplained.
 */
function notCurrentNotice(ours) {
    return `${NOT_CURRENT_HEADING} The run for commit ${ours.sha.slice(0, 7)} did not check this plan: it was moved or deleted, or the workflow's \`plan\` input no longer names it. Below is an earlier run's result.\n\n`;
}
//# sourceMappingURL=comment-body.js.map

/***/ }),

/***/ 3833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ crossoverSentence)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);

/** The self-hosting crossover in one sentence, for every renderer. */
function crossoverSentence(c, planned) {
    if (c.monthly_queries === null)
        return `Self-hosting crossover: ${c.assumption}.`;
    return `Self-hosting the fine-tuned model (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(c.self_host_monthly_usd ?? 0)}/month: ${c.assumption}) beats paying per token above ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.monthly_queries)} queries/month (plan: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(planned)}).`;
}
//# sourceMappingURL=cost-sentences.js.map

/***/ }),

/***/ 5611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ customisationValueSchema),
/* harmony export */   ty: () => (/* binding */ customisationValueBlock),
/* harmony export */   zN: () => (/* binding */ customisationValueOf)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _cost_alternative_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5353);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2162);
/* harmony import */ var _gates_customisation_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1741);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2444);






/** Quality against cost, candidate and alternative side by side: what the customisation buys. */
const customisationValueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    cost: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        candidate_monthly_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        candidate_one_time_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative_monthly_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative_one_time_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative_source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe("cost.alternative, or which items of the plan's cost were dropped to derive it"),
    })
        .nullable()
        .describe("null when the plan has no cost block"),
    suites: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        suite: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        candidate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        gain: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe("candidate minus alternative in the metric's better direction, in its own units"),
        lower: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        upper: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        gain_points: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe("the gain in percentage points for a score on [0, 1], else in the metric's units (see unit)"),
        unit: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["points", "units"]),
        usd_per_point_monthly: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().describe("extra monthly cost per point (or unit) gained; null with no cost block or no gain"),
        decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["pass", "fail", "inconclusive"]),
    })),
})
    .describe("the customisation-value gate's numbers: each task suite's gain over the simpler alternative, and the two sides' costs"));
/** The section of the report, or null when the gate judged no suite and there is no cost to compare. */
function customisationValueOf(decision) {
    const gate = decision.gates.find((g) => g.id === "customisation-value");
    const evidence = gate?.evidence ?? [];
    if (evidence.length === 0)
        return null;
    const { cost, alternativeCost } = decision;
    const costs = cost === undefined || alternativeCost === undefined
        ? null
        : {
            candidate_monthly_usd: cost.monthly_usd,
            candidate_one_time_usd: cost.one_time_usd,
            alternative_monthly_usd: alternativeCost.estimate.monthly_usd,
            alternative_one_time_usd: alternativeCost.estimate.one_time_usd,
            alternative_source: alternativeCost.source,
        };
    const extra = costs === null ? null : costs.candidate_monthly_usd - costs.alternative_monthly_usd;
    return {
        cost: costs,
        suites: evidence.map((e) => {
            const points = (0,_gates_customisation_value_js__WEBPACK_IMPORTED_MODULE_1__/* .gainInPoints */ .s6)(e, e.estimate);
            return {
                suite: e.benchmark,
                metric: e.metric,
                candidate: e.candidate,
                alternative: e.baseline ?? 0,
                gain: e.estimate,
                lower: e.lower,
                upper: e.upper,
                gain_points: points.value,
                unit: points.unit,
                usd_per_point_monthly: extra === null ? null : (0,_cost_alternative_js__WEBPACK_IMPORTED_MODULE_0__/* .costPerPoint */ .R)(extra, points.value),
                decision: e.decision,
            };
        }),
    };
}
/**
 * Three rows, four columns, at any number of suites (they stack in one cell): narrow enough for
 * GitHub's comment width, and read in one glance: what each side scores and costs, and the
 * difference the customisation buys.
 */
function customisationValueBlock(value, approach) {
    const score = (pick) => value.suites.map((s) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(s.suite)} ${pick(s).toFixed(3)}`).join("<br>");
    const gains = value.suites.map((s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)((0,_gates_customisation_value_js__WEBPACK_IMPORTED_MODULE_1__/* .gainSentence */ .PC)({ benchmark: s.suite, metric: s.metric, n: null, candidate: s.candidate, baseline: s.alternative, scale: "difference", threshold: 0, estimate: s.gain, lower: s.lower, upper: s.upper, method: "", decision: s.decision, note: null }))).join("<br>");
    const c = value.cost;
    const usd = (x) => (x === undefined ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(x));
    const signed = (x) => (x === undefined ? "—" : x >= 0 ? `+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(x)}` : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(x));
    const rows = [
        ["Simpler alternative", score((s) => s.alternative), usd(c?.alternative_monthly_usd), usd(c?.alternative_one_time_usd)],
        [`Candidate: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(approach)}`, score((s) => s.candidate), usd(c?.candidate_monthly_usd), usd(c?.candidate_one_time_usd)],
        [
            "**The customisation buys**",
            gains,
            c === null ? "—" : `**${signed(c.candidate_monthly_usd - c.alternative_monthly_usd)}**`,
            c === null ? "—" : signed(c.candidate_one_time_usd - c.alternative_one_time_usd),
        ],
    ];
    const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Q)([["", "Task quality", "Monthly", "One-time"], ...rows], { alignDelimiters: false, align: ["l", "l", "r", "r"] });
    const perPoint = value.suites
        .filter((s) => s.usd_per_point_monthly !== null)
        .map((s) => `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(s.usd_per_point_monthly)}/month per ${s.unit === "points" ? "point" : `unit of ${s.metric}`} on ${s.suite}`);
    const notes = [c === null ? "no cost block: the plan's cost is not compared" : `alternative's cost: ${c.alternative_source}`, ...perPoint];
    return `**Customisation value: quality against cost**\n\n${table}\n\n<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(notes.join(" · "))}</sub>`;
}
//# sourceMappingURL=customisation-value.js.map

/***/ }),

/***/ 2444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   Q8: () => (/* binding */ jsonDocument),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   fz: () => (/* binding */ userText),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/**
 * Characters a terminal or a renderer acts on rather than shows, or that hide what a text says:
 * - C0 controls except tab and newline (ESC starts colour, cursor and OSC sequences such as
 *   hyperlinks or title changes; a bare CR rewinds the line so a later text overwrites a verdict),
 *   DEL, and the C1 controls (U+009B is a one-character CSI);
 * - the bidirectional embeddings, overrides and isolates, and the marks (LRM, RLM, ALM) that make
 *   text display in another order than it reads;
 * - invisible format characters: zero-width non-joiner and joiner, word joiner and the invisible
 *   operators, the deprecated format controls, the byte-order mark, the Mongolian vowel
 *   separator, interlinear annotation marks, line and paragraph separators, and the tag
 *   characters (U+E0000-U+E007F, which spell hidden ASCII);
 * so "xstest" and "xs\u200dtest" never look alike. Variation selectors stay: they are part of
 * emoji such as the warning sign tunegate itself prints. The zero-width space is handled apart
 * (userText): tunegate inserts it itself to keep GitHub from linking user text.
 */
const ZERO_WIDTH_SPACE = "\u200b";
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200c-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
/** Each UTF-16 unit of a character as `\uXXXX`: valid in JSON and TypeScript strings alike. */
function escaped(character) {
    let out = "";
    for (let i = 0; i < character.length; i++)
        out += `\\u${character.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return out;
}
/**
 * Shows control and invisible characters instead of obeying them: each becomes a visible
 * `\uXXXX`. The same escape is valid inside a JSON string, so JSON output stays JSON with the
 * same values.
 */
function terminalSafe(text) {
    return text.replace(CONTROL, escaped);
}
/** Text a user wrote, as a person should see it: terminalSafe, and a zero-width space shown too. */
function userText(text) {
    return terminalSafe(text).replaceAll(ZERO_WIDTH_SPACE, "\\u200b");
}
/**
 * One line of terminal text: control characters shown, and a newline inside user data shown as
 * `\u000a` too, so a plan named "x\ntunegate PASS" cannot print a line of its own.
 */
function oneLine(text) {
    return userText(text).replaceAll("\n", "\\u000a");
}
/**
 * A JSON document as tunegate writes it (reports, SARIF, the audit): two-space indented, and every
 * control or invisible character escaped as `\uXXXX`, so a person reading the file (or a log that
 * prints it) sees them, and every value is the same once parsed.
 */
function jsonDocument(value) {
    return `${JSON.stringify(value, null, 2).replace(CONTROL, escaped).replaceAll(ZERO_WIDTH_SPACE, "\\u200b")}\n`;
}
/**
 * Escaping for user text in markdown prose (list items, summaries, headings). What GitHub would
 * otherwise act on is shown as written: raw HTML (and so `-->` or `<img>`), links and images
 * (`[x](url)`, `![x](url)`), autolinks (`<https://..>`, bare `https://..` and `www.`), @mentions
 * and #123 or GH-123 references, which would ping people or cross-link issues.
 */
function escapeInline(text) {
    return userText(text)
        .replaceAll("\\", "\\\\")
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(">", "&gt;")
        .replaceAll("[", "\\[")
        .replaceAll("]", "\\]")
        .replaceAll("`", "\\`")
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
        .replace(SCHEME_SEPARATOR, `:${ZERO_WIDTH_SPACE}`)
        .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
        .replace(/\r?\n|\r/g, " ");
}
/**
 * The `:` of `scheme://`, where a scheme (a letter, then letters, digits, + . -) stands before it.
 * The colon is matched first and the scheme looked back for, so text is scanned once: matching
 * the scheme first retried every start of a long run of letters (40,000 letters took a second).
 */
const SCHEME_SEPARATOR = /:(?=\/\/)(?<=[A-Za-z][A-Za-z0-9+.-]*:)/g;
/** Escaping for user text in a markdown table cell: no column breaks either. */
function escapeCell(text) {
    return escapeInline(text).replaceAll("|", "\\|");
}
/**
 * User text as inline code: shown literally, with no links, HTML, mentions or references (GitHub
 * processes none of them inside code). Backslashes and entities are literal there too, so
 * escapeInline would show its escapes; instead the fence is one backtick longer than any run of
 * backticks in the text, and padded when the text starts or ends with one.
 */
function codeSpan(text) {
    const flat = userText(text).replace(/\r?\n|\r/g, " ");
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "") ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** codeSpan inside a table cell: GFM splits cells at `|` even in code, unless it is escaped. */
function codeCell(text) {
    return codeSpan(text).replaceAll("|", "\\|");
}
//# sourceMappingURL=escape.js.map

/***/ }),

/***/ 3602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ evalSourceRows)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);

/** One row per file read: side, file, format, tool version, model, examples (errored rows noted), sha256. */
function evalSourceRows(report) {
    const rows = [];
    for (const side of ["candidate", "baseline", "alternative"]) {
        for (const s of report.evals[side] ?? []) {
            const examples = s.examples === null ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.examples);
            rows.push([side, s.file, s.format, s.tool_version ?? "—", s.model ?? "—", s.errored > 0 ? `${examples} (+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.errored)} errored)` : examples, s.sha256 ?? "—"]);
        }
    }
    return rows;
}
//# sourceMappingURL=eval-sources.js.map

/***/ }),

/***/ 413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: alertBlock, modeLine

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
;// CONCATENATED MODULE: ./lib/engine/output/parts/charts.js

/**
 * Mermaid charts for the comment and the job summary, which GitHub renders in place: only where a
 * chart beats the table (where the money goes). Eval evidence is a text forest plot
 * (forest-plot.ts), which reads the same in every renderer.
 */
/** Text from eval files inside a quoted Mermaid label: no quotes, brackets, newlines or directives. */
function mermaidLabel(text, max = 40) {
    const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f"`[\]{};#%<>\\]/g, " ").replace(/\s+/g, " ").trim();
    const short = cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
    return `"${short === "" ? "?" : short}"`;
}
const round = (x) => Number(x.toFixed(4));
/** Where the money goes: the monthly line items as a pie. */
function costChart(cost) {
    const monthly = cost.items.filter((i) => i.period === "monthly" && i.usd > 0);
    if (monthly.length < 2)
        return null;
    const lines = [`pie showData title ${mermaidLabel(`Monthly cost: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}`, 60)}`, ...monthly.map((i) => `  ${mermaidLabel(i.label)} : ${round(i.usd)}`)];
    return { mermaid: lines.join("\n"), caption: "Monthly line items in US dollars; one-time costs are in the table." };
}
function chartBlock(chart) {
    return `\`\`\`mermaid\n${chart.mermaid}\n\`\`\`\n<sub>${chart.caption}</sub>`;
}
//# sourceMappingURL=charts.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/cost-sentences.js
var cost_sentences = __webpack_require__(3833);
// EXTERNAL MODULE: ./lib/engine/output/parts/customisation-value.js
var customisation_value = __webpack_require__(5611);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/engine/output/parts/eval-sources.js
var eval_sources = __webpack_require__(3602);
;// CONCATENATED MODULE: ./lib/engine/output/parts/evidence-lines.js
/** How many benchmarks an alert line names before "and N more". */
const NAMED = 3;
const fixed = (x) => x.toFixed(3);
const signed = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`;
/**
 * One benchmark's case against its margin, as a reviewer reads it at a glance:
 * "arc_challenge 0.759x base (bound 0.741x), needs 0.90x", "xstest 0.930, needs 0.95".
 */
function evidenceLine(e) {
    const bound = e.lower === null ? "" : e.scale === "ratio" ? ` (bound ${fixed(e.lower)}x)` : ` (bound ${e.scale === "difference" ? signed(e.lower) : fixed(e.lower)})`;
    if (e.scale === "ratio")
        return `${e.benchmark} ${fixed(e.estimate)}x base${bound}, needs ${e.threshold.toFixed(2)}x`;
    if (e.scale === "difference")
        return `${e.benchmark} ${signed(e.estimate)} against base${bound}, needs ${signed(e.threshold)} or more`;
    return `${e.benchmark} ${fixed(e.estimate)}${bound}, needs ${e.threshold.toFixed(2)}`;
}
/** The benchmarks behind a gate that does not pass, each with its number and margin; null when it has none. */
function failingEvidence(gate) {
    const wanted = gate.outcome === "inconclusive" ? "inconclusive" : "fail";
    const against = gate.evidence.filter((e) => e.decision === wanted);
    if (against.length === 0)
        return null;
    const shown = against.slice(0, NAMED);
    const more = against.length > NAMED ? `; and ${against.length - NAMED} more` : "";
    const first = shown[0];
    // One margin for all of them: said once, after the numbers.
    if (shown.every((e) => e.scale === first.scale && e.threshold === first.threshold)) {
        const needs = evidenceLine(first).slice(evidenceLine(first).lastIndexOf(", needs "));
        return `${shown.map((e) => evidenceLine(e).slice(0, evidenceLine(e).lastIndexOf(", needs "))).join(", ")}${needs}${more}`;
    }
    return `${shown.map(evidenceLine).join("; ")}${more}`;
}
//# sourceMappingURL=evidence-lines.js.map
;// CONCATENATED MODULE: ./lib/engine/output/parts/forest-plot.js
/** Characters of the plot's scale: with the label and numbers a row stays under 80 characters. */
const WIDTH = 32;
const LABEL = 20;
/** More rows than this and the table is the better view; the plot shows the worst ones. */
const MAX_ROWS = 15;
/** A name from an eval file, safe and short inside a code block: no backticks or control characters. */
function plotLabel(name) {
    const clean = name.replace(/[\u0000-\u001f\u007f-\u009f`\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "?");
    const short = clean.length > LABEL ? `${clean.slice(0, LABEL - 1)}…` : clean;
    return short.padEnd(LABEL);
}
const DECISION = { pass: "pass", fail: "FAIL", inconclusive: "unclear" };
/**
 * A text forest plot: per benchmark its estimate (●), its interval (─) and the margin (┆), on
 * one scale. A code block renders the same everywhere (comment, job summary, e-mail, terminal),
 * and shows at a glance which benchmarks sit left of the margin.
 */
function forestPlot(title, evidence, unit) {
    if (evidence.length === 0)
        return null;
    const rows = [...evidence].sort((a, b) => a.estimate - a.threshold - (b.estimate - b.threshold)).slice(0, MAX_ROWS);
    const margin = rows[0].threshold;
    const values = rows.flatMap((e) => [e.estimate, e.lower ?? e.estimate, e.upper ?? e.estimate]).concat(margin);
    const span = Math.max(...values) - Math.min(...values) || 0.1;
    const lo = Math.min(...values) - span * 0.05;
    const hi = Math.max(...values) + span * 0.05;
    const at = (x) => Math.max(0, Math.min(WIDTH - 1, Math.round(((x - lo) / (hi - lo)) * (WIDTH - 1))));
    const lines = rows.map((e) => {
        const cells = Array.from({ length: WIDTH }, () => " ");
        if (e.lower !== null || e.upper !== null)
            for (let i = at(e.lower ?? e.estimate); i <= at(e.upper ?? e.estimate); i++)
                cells[i] = "─";
        cells[at(e.threshold)] = cells[at(e.threshold)] === "─" ? "┼" : "┆";
        cells[at(e.estimate)] = "●";
        const interval = e.lower === null ? "" : ` [${e.lower.toFixed(3)}, ${e.upper === null ? "…" : e.upper.toFixed(3)}]`;
        return `${plotLabel(e.benchmark)} ${cells.join("")}  ${e.estimate.toFixed(3)}${interval} ${DECISION[e.decision]}`;
    });
    const axis = `${" ".repeat(LABEL + 1)}${lo.toFixed(2).padEnd(WIDTH - 4)}${hi.toFixed(2)}`;
    const more = evidence.length > rows.length ? [`(${evidence.length - rows.length} more in the details)`] : [];
    const intervals = rows.some((e) => e.lower !== null);
    const legend = `● ${unit}${intervals ? ", ─ its interval" : " (point estimates: no intervals in these files)"}, ┆ needs ${margin.toFixed(2)}`;
    return `${title}\n\n\`\`\`text\n${legend}\n${axis}\n${lines.join("\n")}${more.length === 0 ? "" : `\n${more.join("")}`}\n\`\`\``;
}
/** Forgetting whenever it was measured; safety and task floors when they do not simply pass. */
function forestPlots(report) {
    const gate = (id) => report.gates.find((g) => g.id === id);
    const plots = [];
    const forgetting = gate("forgetting");
    if (forgetting !== undefined) {
        const ratios = forgetting.evidence.filter((e) => e.scale === "ratio");
        const plot = forestPlot("**Forgetting**: candidate / base model per benchmark", ratios, "candidate / base");
        if (plot !== null)
            plots.push(plot);
    }
    for (const [id, title] of [
        ["safety", "**Safety**: score per suite against the floor"],
        ["task-quality", "**Task quality**: score per suite against the floor"],
    ]) {
        const g = gate(id);
        if (g === undefined || g.outcome === "pass" || g.outcome === "skipped")
            continue;
        const plot = forestPlot(title, g.evidence.filter((e) => e.scale === "score"), "score");
        if (plot !== null)
            plots.push(plot);
    }
    return plots;
}
//# sourceMappingURL=forest-plot.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/next-step.js
var next_step = __webpack_require__(7077);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
;// CONCATENATED MODULE: ./lib/engine/output/parts/own-links.js

/**
 * tunegate's own citations ("tunegate framework, section 6 (<url>)") inside a sentence. Reports
 * carry them as text, so JSON and terminals show the address; markdown makes them links.
 */
const CITATION = /tunegate framework, section (\d+) \((https:\/\/[^\s()]+)\)/g;
/**
 * Markdown for a sentence that may cite the framework: what users wrote (everything else) goes
 * through `escape`, and each citation whose address is exactly a section of this version's
 * framework document becomes a link. Any other address stays escaped text, so a plan cannot
 * smuggle a link in by imitating the wording.
 */
function linkOwnCitations(text, escape) {
    const doc = `${(0,doc_link/* frameworkDocUrl */._E)()}#`;
    let out = "";
    let last = 0;
    for (const match of text.matchAll(CITATION)) {
        const url = match[2];
        if (!url.startsWith(doc) || !/^[a-z0-9-]+$/.test(url.slice(doc.length)))
            continue;
        out += escape(text.slice(last, match.index)) + `[tunegate framework, section ${match[1]}](${url})`;
        last = match.index + match[0].length;
    }
    return out + escape(text.slice(last));
}
//# sourceMappingURL=own-links.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/rules-section.js
var rules_section = __webpack_require__(9150);
;// CONCATENATED MODULE: ./lib/engine/output/parts/markdown.js













const OUTCOME_ICON = {
    pass: "✅ pass",
    warn: "⚠️ warn",
    fail: "❌ fail",
    waived: "🟦 waived",
    missing: "❔ missing",
    skipped: "➖ n/a",
    inconclusive: "🟨 inconclusive",
};
const VERDICT_ICON = { pass: "✅", warn: "⚠️", fail: "❌" };
/** User text in prose, with tunegate's own framework citations as links. */
const prose = (text) => linkOwnCitations(text, parts_escape/* escapeInline */.VV);
/** The same inside a table cell. */
const cell = (text) => linkOwnCitations(text, parts_escape/* escapeCell */.kq);
/** The gates a reviewer must read: everything that does not simply pass or not apply. */
const needsAttention = (g) => g.outcome !== "pass" && g.outcome !== "skipped";
/**
 * Markdown for PR comments and job summaries, laid out for GitHub's comment width (about 850 px):
 * the verdict and how the run enforces it, the failing evidence and the first fix, what the pull
 * request changed, then the gates that need attention; passing gates, sources and detail folded.
 */
function renderMarkdown(report, context = {}) {
    const parts = [];
    parts.push(`### ${VERDICT_ICON[report.verdict]} tunegate · ${(0,parts_escape/* escapeInline */.VV)(report.headline)}`);
    if (context.failOn !== undefined)
        parts.push(modeLine(context.failOn));
    parts.push(alertBlock(report, context.failOn));
    if (context.change !== undefined && context.change !== "")
        parts.push(context.change);
    parts.push(`Plan ${(0,parts_escape/* codeSpan */.SS)(report.plan.file)} · approach **${report.plan.approach}**${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`} · framework recommends **${(0,approach/* describeApproach */.UT)(report.recommendation)}**${report.recommendation.matches_plan ? "" : " (differs from the plan)"}`);
    const attention = report.gates.filter(needsAttention);
    if (attention.length > 0)
        parts.push(gatesTable(attention, true));
    const passing = report.gates.filter((g) => !needsAttention(g));
    if (passing.length > 0)
        parts.push(`<details><summary>${passingSummary(passing)}</summary>\n\n${gatesTable(passing, false)}\n\n</details>`);
    const rules = (0,rules_section/* rulesMarkdown */.xQ)(report.rules);
    if (rules !== "")
        parts.push(rules);
    parts.push(...forestPlots(report));
    if (report.customisation_value !== null)
        parts.push((0,customisation_value/* customisationValueBlock */.ty)(report.customisation_value, (0,approach/* describeApproach */.UT)({ approach: report.plan.approach, fine_tune_method: report.plan.fine_tune_method })));
    parts.push(reasonsBlock(report));
    if (report.cost !== null)
        parts.push(costBlock(report.cost));
    parts.push(detailsBlock(report));
    const sources = (0,eval_sources/* evalSourceRows */.t)(report);
    const waivers = (0,rules_section/* waiversRead */.it)(report.rules);
    if (sources.length > 0 || waivers !== undefined) {
        const table = sources.length === 0 ? "" : `${(0,markdown_table/* markdownTable */.Q)([["Side", "File", "Format", "Tool version", "Model", "Examples"], ...sources.map((r) => r.slice(0, 6).map((c) => (0,parts_escape/* escapeCell */.kq)(c)))], { alignDelimiters: false })}\n\n`;
        const names = report.evals.candidate === null && report.evals.baseline === null ? "" : namesRead(report);
        // Digests go below the table, one file a line: a 64-digit column would not fit the comment's width.
        const digests = sources.filter((r) => r[6] !== "—").map((r) => `- sha256 of ${(0,parts_escape/* codeSpan */.SS)(r[1])}: \`${r[6]}\``);
        if (waivers !== undefined)
            digests.push(`- sha256 of ${(0,parts_escape/* codeSpan */.SS)(waivers.file)} (waivers): \`${waivers.sha256}\``);
        const digestList = digests.length === 0 ? "" : `${digests.join("\n")}\n\n`;
        const what = [sources.length === 0 ? "" : `${sources.length} eval file${sources.length === 1 ? "" : "s"}`, waivers === undefined ? "" : "waivers"].filter((x) => x !== "").join(", ");
        parts.push(`<details><summary>What was read (${what})</summary>\n\n${table}${names}${digestList}</details>`);
    }
    const origin = (0,rules_section/* rulesOriginNote */.c0)(report.rules);
    parts.push(`<sub>Thresholds: ${report.policy.files.map((f) => (0,parts_escape/* escapeInline */.VV)(f)).join(" < ")} · prices: ${(0,parts_escape/* escapeInline */.VV)(report.policy.pricing_file)}${origin === "" ? "" : ` · ${origin}`} · evaluated on ${report.evaluated_on}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
/** Whether this check blocks the merge, and the one line that changes it. */
function modeLine(failOn) {
    if (failOn === "never") {
        return "<sub>**Report-only** (`fail-on: never`): this check stays green whatever the gates say. To enforce, delete the `fail-on: never` line from the workflow.</sub>";
    }
    return `<sub>**Enforcing** (\`fail-on: ${failOn}\`): a blocking gate${failOn === "warning" ? " or a warning" : ""} fails this check.</sub>`;
}
/**
 * A GitHub alert: each blocking gate with its failing evidence (benchmark, number, margin) and
 * the first fix (CAUTION); what warns (WARNING); or that everything passes (TIP).
 */
function alertBlock(report, failOn) {
    const blocking = (0,next_step/* blockingGates */.aZ)(report);
    const warnings = (0,next_step/* warningGates */.bt)(report);
    const fix = (0,next_step/* firstFix */.q6)(report);
    const then = fix === null ? "" : `\n>\n> **First:** ${prose(fix)}.`;
    if (blocking.length > 0) {
        const title = failOn === "never" ? "Not ready to deploy" : "Deploy blocked";
        const lines = blocking.map((g) => `> - \`${g.id}\`: ${prose(gateEvidence(g))}`);
        return `> [!CAUTION]\n> **${title}** by ${blocking.length} gate${blocking.length === 1 ? "" : "s"}:\n${lines.join("\n")}${then}`;
    }
    // The report does not know the run's fail-on, so it says what the warnings do under each.
    if (warnings.length > 0) {
        const lines = warnings.map((g) => `> - \`${g.id}\`: ${prose(gateEvidence(g))}`);
        return `> [!WARNING]\n> **Passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}**; they block the deploy only under \`fail-on: warning\`:\n${lines.join("\n")}${then}`;
    }
    return "> [!TIP]\n> **All gates pass**: nothing blocks the deploy.";
}
/** One gate's case in a few words: its failing benchmarks with their margins, else its summary. */
function gateEvidence(g) {
    const evidence = failingEvidence(g);
    return evidence ?? (g.outcome === "missing" ? `missing: ${g.summary}` : g.summary);
}
function passingSummary(passing) {
    const pass = passing.filter((g) => g.outcome === "pass").length;
    const skipped = passing.length - pass;
    return [pass > 0 ? `✅ ${pass} gate${pass === 1 ? " passes" : "s pass"}` : "", skipped > 0 ? `${skipped} not applicable` : ""].filter((x) => x !== "").join(", ");
}
/** The result cell: blocking outcomes say so, so a blocking "missing" never looks like one that only warns. */
function resultCell(g) {
    const icon = OUTCOME_ICON[g.outcome];
    if (g.level === "error")
        return `**${icon}**<br><sub>blocks</sub>`;
    if (g.level === "warning" && g.outcome !== "warn")
        return `${icon}<br><sub>warns</sub>`;
    return icon;
}
/**
 * Three or four short columns: the gate, its result, what was found with the measured value
 * against the threshold under it, and (for gates that need attention) the fix. Where each
 * threshold came from is in the details, so no cell carries a file path or an address.
 */
function gatesTable(gates, withFix) {
    const rows = gates.map((g) => {
        const numbers = [g.measured_display === "—" || g.measured_display === "" ? "" : `measured ${g.measured_display}`, g.threshold === null ? "" : `needs ${g.threshold.display}`].filter((x) => x !== "");
        const finding = `${cell(g.summary)}${numbers.length === 0 ? "" : `<br><sub>${(0,parts_escape/* escapeCell */.kq)(numbers.join(" · "))}</sub>`}`;
        const row = [`${(0,parts_escape/* escapeCell */.kq)(g.title)}<br><sub>\`${g.id}\`</sub>`, resultCell(g), finding];
        return withFix ? [...row, g.fix === null ? "" : cell(g.fix)] : row;
    });
    return (0,markdown_table/* markdownTable */.Q)([withFix ? ["Gate", "Result", "Finding", "Fix"] : ["Gate", "Result", "Finding"], ...rows], { alignDelimiters: false });
}
function reasonsBlock(report) {
    const reasons = report.recommendation.reasons.map((r) => `- **${r.rule}** ${(0,parts_escape/* escapeInline */.VV)(r.message)}`);
    const findings = report.findings.map((f) => `- **${f.rule}** (${f.level}, ${(0,parts_escape/* codeSpan */.SS)(f.field)} line ${f.location.line}) ${(0,parts_escape/* escapeInline */.VV)(f.message)}. *Fix:* ${prose(f.fix)}`);
    const sections = [`**Why ${(0,approach/* describeApproach */.UT)(report.recommendation)}**\n${reasons.join("\n")}`];
    if (findings.length > 0)
        sections.push(`**Mismatches with the plan**\n${findings.join("\n")}`);
    return `<details><summary>Recommendation: ${(0,approach/* describeApproach */.UT)(report.recommendation)} (${report.recommendation.reasons.length} reasons${findings.length > 0 ? `, ${findings.length} mismatches` : ""})</summary>\n\n${sections.join("\n\n")}\n\n</details>`;
}
/** Per gate: where its threshold came from, and the details that are not the fix said again. */
function detailsBlock(report) {
    const body = report.gates
        .map((g) => {
        const lines = g.details.filter((d) => d !== `to fix: ${g.fix}`).map((d) => `- ${prose(d)}`);
        if (g.threshold !== null)
            lines.unshift(`- threshold ${(0,parts_escape/* escapeInline */.VV)(g.threshold.display)}, from ${prose(g.threshold.source)}`);
        return lines.length === 0 ? "" : `**${(0,parts_escape/* escapeInline */.VV)(g.title)}** (\`${g.id}\`)\n${lines.join("\n")}`;
    })
        .filter((x) => x !== "");
    return `<details><summary>Gate details and threshold sources</summary>\n\n${body.join("\n\n")}\n\n</details>`;
}
/** The suite, benchmark and metric names each file holds, as a plan's `evals` lists them. */
function namesRead(report) {
    const lines = [];
    for (const side of ["candidate", "baseline"]) {
        for (const s of report.evals[side] ?? []) {
            if (s.names.length === 0)
                continue;
            lines.push(`- ${side} ${(0,parts_escape/* codeSpan */.SS)(s.file)}: ${s.names.map((n) => (0,parts_escape/* codeSpan */.SS)(n)).join(", ")}`);
        }
    }
    return lines.length === 0 ? "" : `Names in these files (what \`evals.general\`, \`safety\` and \`task\` may list):\n${lines.join("\n")}\n\n`;
}
function costBlock(cost) {
    const rows = cost.items.map((i) => [
        (0,parts_escape/* escapeCell */.kq)(i.label),
        i.period === "monthly" ? (0,money/* formatUsd */.UK)(i.usd) : "",
        i.period === "one_time" ? (0,money/* formatUsd */.UK)(i.usd) : "",
        (0,parts_escape/* escapeCell */.kq)(i.assumption),
    ]);
    rows.push(["**Total**", `**${(0,money/* formatUsd */.UK)(cost.monthly_usd)}**`, `**${(0,money/* formatUsd */.UK)(cost.one_time_usd)}**`, `${(0,money/* formatCount */.B4)(cost.monthly_queries)} queries/month`]);
    const table = (0,markdown_table/* markdownTable */.Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false, align: ["l", "r", "r", "l"] });
    const sources = cost.items.map((i) => `- ${(0,parts_escape/* escapeInline */.VV)(i.label)}: ${(0,parts_escape/* escapeInline */.VV)(i.price_source)}`).join("\n");
    const budget = cost.budget;
    const lines = [];
    if (budget !== null) {
        lines.push(`Budget: ${budget.monthly_usd === null ? "no monthly limit" : `${(0,money/* formatUsd */.UK)(budget.monthly_usd)}/month`}, ${budget.one_time_usd === null ? "no one-time limit" : `${(0,money/* formatUsd */.UK)(budget.one_time_usd)} one-time`}.`);
    }
    if (cost.break_even_monthly_queries !== null)
        lines.push(`Break-even: the monthly budget holds up to **${(0,money/* formatCount */.B4)(cost.break_even_monthly_queries)} queries/month**.`);
    if (cost.self_host_crossover !== null)
        lines.push((0,parts_escape/* escapeInline */.VV)((0,cost_sentences/* crossoverSentence */.Y)(cost.self_host_crossover, cost.monthly_queries)));
    const chart = costChart(cost);
    return `<details><summary>Cost: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time</summary>\n\n${chart === null ? "" : `${chartBlock(chart)}\n\n`}${table}\n\n${lines.length === 0 ? "" : `${lines.join(" ")}\n\n`}Price sources:\n${sources}\n\n</details>`;
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 8669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport),
  Q: () => (/* binding */ reportSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/input/repo-path.js
var repo_path = __webpack_require__(6241);
// EXTERNAL MODULE: ./lib/engine/evals/model.js
var evals_model = __webpack_require__(7619);
;// CONCATENATED MODULE: ./lib/engine/gates/evidence.js

const decisionSchema = schemas/* enum */.k5n(["pass", "fail", "inconclusive"]);
/** What one benchmark showed, with enough numbers for a reader to check the decision. */
const evidenceSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    benchmark: schemas/* string */.YjP(),
    metric: schemas/* string */.YjP(),
    n: schemas/* number */.aig().nullable(),
    candidate: schemas/* number */.aig(),
    baseline: schemas/* number */.aig().nullable(),
    scale: schemas/* enum */.k5n(["ratio", "difference", "score"]).describe("ratio to the baseline (above chance), signed difference from it in the metric's better direction, or a score against a floor"),
    threshold: schemas/* number */.aig().describe("what the estimate is judged against: the minimum ratio, minus the largest allowed drop, or the floor"),
    estimate: schemas/* number */.aig().describe("ratio to baseline, difference from it, or score, as `scale` says"),
    lower: schemas/* number */.aig().nullable(),
    upper: schemas/* number */.aig().nullable(),
    method: schemas/* string */.YjP(),
    decision: decisionSchema,
    note: schemas/* string */.YjP().nullable(),
}));
//# sourceMappingURL=evidence.js.map
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/engine/gates/unmatched.js
var unmatched = __webpack_require__(5528);
// EXTERNAL MODULE: ./lib/engine/gates/verdict.js
var verdict = __webpack_require__(3320);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
// EXTERNAL MODULE: ./lib/engine/output/parts/customisation-value.js
var customisation_value = __webpack_require__(5611);
// EXTERNAL MODULE: ./lib/engine/rules/origin.js
var origin = __webpack_require__(9350);
;// CONCATENATED MODULE: ./lib/engine/output/parts/model.js













const model_location = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({ file: schemas/* string */.YjP(), line: schemas/* number */.aig().int(), column: schemas/* number */.aig().int() }));
const level = schemas/* enum */.k5n(["error", "warning", "info", "none"]);
/** The JSON report is a public contract; this schema documents it and `tunegate schema report` prints it. */
const reportSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    tool: schemas/* literal */.euz("tunegate"),
    plan: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        file: schemas/* string */.YjP(),
        approach: schemas/* enum */.k5n(schema/* APPROACHES */.lg),
        fine_tune_method: schemas/* string */.YjP().nullable(),
        artifacts: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), path: schemas/* string */.YjP().nullable(), digest: schemas/* string */.YjP().nullable() }))
            .describe("what a deploy ships (models.artifacts): a repository path (relative to the root) to hash, or a name with its sha256: digest"),
    }),
    verdict: verdict/* verdictSchema */.$D,
    headline: schemas/* string */.YjP(),
    recommendation: schemas/* object */.Ikc({
        approach: schemas/* enum */.k5n(schema/* APPROACHES */.lg),
        fine_tune_method: schemas/* string */.YjP().nullable(),
        matches_plan: schemas/* boolean */.zMY(),
        reasons: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), message: schemas/* string */.YjP() })),
    }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), level, message: schemas/* string */.YjP(), fix: schemas/* string */.YjP(), field: schemas/* string */.YjP(), location: model_location })),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({
        ...(0,gate_result/* gateFindingFields */.qr)(),
        field: schemas/* string */.YjP(),
        location: model_location,
        waiver: gate_result/* waiverNoteSchema */.E4.nullable(),
        evidence: schemas/* array */.YOg(evidenceSchema).describe("per-benchmark numbers behind an eval gate's decision; empty for other gates"),
    })),
    cost: schemas/* object */.Ikc({
        monthly_usd: schemas/* number */.aig(),
        one_time_usd: schemas/* number */.aig(),
        per_query_usd: schemas/* number */.aig(),
        monthly_queries: schemas/* number */.aig(),
        budget: schemas/* object */.Ikc({ monthly_usd: schemas/* number */.aig().nullable(), one_time_usd: schemas/* number */.aig().nullable() }).nullable(),
        break_even_monthly_queries: schemas/* number */.aig().nullable().describe("the most queries a month the monthly budget covers"),
        self_host_crossover: schemas/* object */.Ikc({ monthly_queries: schemas/* number */.aig().nullable(), self_host_monthly_usd: schemas/* number */.aig().nullable(), api_per_query_usd: schemas/* number */.aig(), assumption: schemas/* string */.YjP() })
            .nullable()
            .describe("for plans that fine-tune or could: the monthly volume above which self-hosting beats paying per token; null queries when never"),
        items: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), label: schemas/* string */.YjP(), period: schemas/* enum */.k5n(["monthly", "one_time"]), usd: schemas/* number */.aig(), assumption: schemas/* string */.YjP(), price_source: schemas/* string */.YjP() })),
    })
        .nullable(),
    customisation_value: customisation_value/* customisationValueSchema */.DM.nullable().describe("quality against cost beside the simpler alternative (evals.alternative); null when no task suite was judged against it"),
    evals: schemas/* object */.Ikc({ candidate: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable(), baseline: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable(), alternative: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable() })
        .describe("what was read on each side, file by file; null for a side the plan does not name"),
    policy: schemas/* object */.Ikc({ files: schemas/* array */.YOg(schemas/* string */.YjP()), pricing_file: schemas/* string */.YjP() }),
    rules: origin/* rulesOriginSchema */.t_,
    evaluated_on: schemas/* string */.YjP(),
})
    .describe("tunegate report"));
/** Decision in, the one report model every renderer reads out. */
function buildReport(decision, source) {
    const { plan, recommendation, cost } = decision;
    const failing = decision.gates.filter((g) => g.level === "error");
    const warning = decision.gates.filter((g) => g.level === "warning");
    const budget = plan.budget;
    return {
        schema_version: 1,
        tool: "tunegate",
        plan: {
            name: plan.name,
            file: decision.planFile,
            approach: plan.approach,
            fine_tune_method: plan.approach === "hybrid" ? ((0,approach/* fineTuneMethodOf */.Rj)(plan) ?? null) : null,
            artifacts: (plan.models?.artifacts ?? []).map((a) => {
                if (typeof a !== "string")
                    return { name: a.name, path: null, digest: a.digest };
                const resolved = (0,repo_path/* resolveRepoPath */.qo)(decision.planFile, a);
                return { name: a, path: resolved.ok ? resolved.path : null, digest: null };
            }),
        },
        verdict: decision.verdict,
        headline: headline(plan.name, decision.verdict, failing, warning.map((g) => g.id), decision.gates.filter((g) => g.outcome === "waived").map((g) => g.id)),
        recommendation: {
            approach: recommendation.approach,
            fine_tune_method: recommendation.fine_tune_method ?? null,
            matches_plan: recommendation.approach === plan.approach,
            reasons: recommendation.reasons.map((r) => ({ rule: r.rule, message: r.message })),
        },
        findings: decision.findings.map((f) => ({ rule: f.rule, level: f.level, message: f.message, fix: f.fix, field: (0,diagnostic/* formatFieldPath */.vZ)(f.path), location: source.locate(f.path) })),
        gates: decision.gates.map((g) => ({
            id: g.id,
            title: g.title,
            outcome: g.outcome,
            level: g.level,
            summary: g.summary,
            fix: g.fix,
            measured: g.measured,
            measured_display: g.measured_display,
            threshold: g.threshold,
            details: g.details,
            field: (0,diagnostic/* formatFieldPath */.vZ)(g.path),
            location: g.location ?? source.locate(g.path),
            waiver: g.waiver ?? null,
            evidence: g.evidence ?? [],
        })),
        cost: cost === undefined
            ? null
            : {
                monthly_usd: cost.monthly_usd,
                one_time_usd: cost.one_time_usd,
                per_query_usd: cost.per_query_usd,
                monthly_queries: plan.use_case.monthly_queries,
                budget: budget === undefined ? null : { monthly_usd: budget.monthly_usd ?? null, one_time_usd: budget.one_time_usd ?? null },
                break_even_monthly_queries: budget?.monthly_usd === undefined ? null : (0,model/* breakEvenMonthlyQueries */.f)(cost, budget.monthly_usd),
                self_host_crossover: decision.crossover ?? null,
                items: cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
            },
        customisation_value: (0,customisation_value/* customisationValueOf */.zN)(decision),
        evals: { candidate: decision.evalSources.candidate, baseline: decision.evalSources.baseline, alternative: decision.evalSources.alternative ?? null },
        policy: { files: decision.policyFiles, pricing_file: decision.pricingFile },
        rules: decision.rules,
        evaluated_on: decision.today,
    };
}
/** The verdict in a line; waived gates are always counted, so "all gates pass" never hides one. */
function headline(name, verdict, blocking, warnings, waived) {
    const excused = waived.length === 0 ? "" : `; ${waived.length} waived (${waived.join(", ")})`;
    if (verdict === "fail") {
        // Missing evidence is not a failed measurement: a new plan's first run says what is missing.
        // A listed name the candidate's results lack is said in the headline, not left to the table.
        const failed = blocking.filter((g) => g.outcome !== "missing").map((g) => (g.summary.includes(unmatched/* NOT_IN_CANDIDATE */.a) ? `${g.id}: ${g.summary.split(" (")[0]}` : g.id));
        const missing = blocking.filter((g) => g.outcome === "missing").map((g) => g.id);
        const parts = [
            failed.length === 0 ? "" : `${failed.length} gate${failed.length === 1 ? "" : "s"} failed (${failed.join(", ")})`,
            missing.length === 0 ? "" : `${missing.length}${failed.length === 0 ? ` gate${missing.length === 1 ? "" : "s"}` : ""} without evidence (${missing.join(", ")})`,
        ].filter((p) => p !== "");
        return `${name}: blocked, ${parts.join(", ")}${excused}`;
    }
    if (verdict === "warn")
        return `${name}: passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"} (${warnings.join(", ")})${excused}`;
    return waived.length === 0 ? `${name}: all gates pass` : `${name}: passes with ${waived.length} gate${waived.length === 1 ? "" : "s"} waived (${waived.join(", ")})`;
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 7077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aZ: () => (/* binding */ blockingGates),
/* harmony export */   bt: () => (/* binding */ warningGates),
/* harmony export */   q6: () => (/* binding */ firstFix)
/* harmony export */ });
/** Gates that block the deploy (level error), in the order a reviewer reads them. */
function blockingGates(report) {
    return report.gates.filter((g) => g.level === "error");
}
/** Gates that warn without blocking. */
function warningGates(report) {
    return report.gates.filter((g) => g.level === "warning");
}
/** The first thing to do: the fix of the first blocking gate, else of the first warning. */
function firstFix(report) {
    const first = [...blockingGates(report), ...warningGates(report)].find((g) => g.fix !== null);
    return first === undefined ? null : `${first.id}: ${first.fix}`;
}
//# sourceMappingURL=next-step.js.map

/***/ }),

/***/ 6093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ comparePlans),
/* harmony export */   Re: () => (/* binding */ planChangeSchema),
/* harmony export */   mf: () => (/* binding */ renderPlanChange),
/* harmony export */   vK: () => (/* binding */ notCompared)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2162);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2444);



/** What a pull request changed in a plan, judged by comparing the base branch's report with the head's. */
const planChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["new", "changed", "unchanged", "not-compared"]).describe("`new` when the plan does not exist on the base branch; `not-compared` when the base could not be checked"),
    base_ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Why the plan was not compared with its base, when it was not. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    approach: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    budget: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    newly_failing: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    fixed: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    monthly_cost: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), percent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable() }).nullable(),
}));
const BLOCKING = (g) => g.level === "error";
/** A plan that could not be compared with its base branch, and why. */
function notCompared(baseRef, reason) {
    return { status: "not-compared", base_ref: baseRef, reason, approach: null, budget: null, newly_failing: [], fixed: [], monthly_cost: null };
}
function comparePlans(base, head, baseRef) {
    if (base === null)
        return { status: "new", base_ref: baseRef, reason: null, approach: null, budget: null, newly_failing: head.gates.filter(BLOCKING).map((g) => g.id), fixed: [], monthly_cost: null };
    const baseFailing = new Set(base.gates.filter(BLOCKING).map((g) => g.id));
    const headFailing = new Set(head.gates.filter(BLOCKING).map((g) => g.id));
    const approachOf = (r) => (r.plan.fine_tune_method === null ? r.plan.approach : `${r.plan.approach} (${r.plan.fine_tune_method})`);
    const budgetOf = (r) => {
        const b = r.cost?.budget;
        if (b === null || b === undefined)
            return "none";
        return [b.monthly_usd === null ? null : `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(b.monthly_usd)}/month`, b.one_time_usd === null ? null : `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(b.one_time_usd)} one-time`].filter((x) => x !== null).join(" + ");
    };
    const from = base.cost?.monthly_usd;
    const to = head.cost?.monthly_usd;
    const monthly = from === undefined || to === undefined || from === to
        ? null
        : { from, to, delta: Math.round((to - from) * 100) / 100, percent: from === 0 ? null : Math.round(((to - from) / from) * 1000) / 10 };
    const change = {
        status: "changed",
        base_ref: baseRef,
        reason: null,
        approach: approachOf(base) === approachOf(head) ? null : { from: approachOf(base), to: approachOf(head) },
        budget: budgetOf(base) === budgetOf(head) ? null : { from: budgetOf(base), to: budgetOf(head) },
        newly_failing: [...headFailing].filter((id) => !baseFailing.has(id)),
        fixed: [...baseFailing].filter((id) => !headFailing.has(id)),
        monthly_cost: monthly,
    };
    const changed = change.approach !== null || change.budget !== null || change.newly_failing.length > 0 || change.fixed.length > 0 || change.monthly_cost !== null;
    return changed ? change : { ...change, status: "unchanged" };
}
/** Markdown lines for the comment; empty when nothing relevant changed. */
function renderPlanChange(change) {
    const baseRef = change.base_ref;
    if (change.status === "unchanged")
        return "";
    // The reason is tunegate's own sentence, with code spans meant as such.
    if (change.status === "not-compared")
        return `<sub>No comparison with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(baseRef)}: ${change.reason ?? ""}.</sub>`;
    if (change.status === "new") {
        return `**New plan in this pull request** (not on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(baseRef)})${change.newly_failing.length > 0 ? `; failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}` : ""}.`;
    }
    const lines = [`**Changes against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(baseRef)}**`];
    if (change.approach !== null)
        lines.push(`- approach: ${change.approach.from} → **${change.approach.to}**`);
    if (change.budget !== null)
        lines.push(`- budget: ${change.budget.from} → **${change.budget.to}**`);
    if (change.monthly_cost !== null) {
        const c = change.monthly_cost;
        const sign = c.delta > 0 ? "+" : "";
        lines.push(`- projected monthly cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.from)} → **${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.to)}** (${sign}${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.delta)}${c.percent === null ? "" : `, ${sign}${c.percent}%`})`);
    }
    if (change.newly_failing.length > 0)
        lines.push(`- newly failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}`);
    if (change.fixed.length > 0)
        lines.push(`- fixed: ${change.fixed.map((g) => `\`${g}\``).join(", ")}`);
    return lines.join("\n");
}
//# sourceMappingURL=plan-change.js.map

/***/ }),

/***/ 9150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c0: () => (/* binding */ rulesOriginNote),
/* harmony export */   dT: () => (/* binding */ rulesLines),
/* harmony export */   it: () => (/* binding */ waiversRead),
/* harmony export */   xQ: () => (/* binding */ rulesMarkdown)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2444);


const AFTER_MERGE = "applies after merge";
function origin(rules) {
    const floors = rules.loosened.some((r) => r.floor !== undefined) ? ", over the floors" : "";
    if (rules.from === "base" && rules.base_sha !== null)
        return `the stricter of the base branch's (${rules.base_sha.slice(0, 7)}) and this pull request's${floors}`;
    // Without a pull request (a push, the CLI without --base) the files checked are not a pull request's.
    if (rules.warnings.length === 0 && !rules.loosened.some((r) => r.where === "input"))
        return `the checked files' own${floors}`;
    return `this pull request's own${floors}`;
}
/**
 * Where the base's plan was: a moved plan is judged by its old path's rules; a plan new in the pull
 * request sets its own thresholds, which a reviewer must see (only the floors hold them).
 */
function basePlanNote(rules) {
    if (rules.base_plan === "new")
        return "this plan is new in this pull request (no plan of its name at the base): its own thresholds judge it, held only by the floors";
    if (rules.base_plan === "moved" && rules.base_plan_file != null)
        return `this plan was at ${rules.base_plan_file} at the base: that plan's rules apply`;
    return undefined;
}
/** A rule below a floor never applies: no review in the repository can lower the floor. */
const NEVER_APPLIES = "never applies";
/** Markdown: each loosened rule (base -> head, applies after merge), each rule a floor holds, and why the base was not read; empty when none. */
function rulesMarkdown(rules) {
    const note = basePlanNote(rules);
    if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined)
        return "";
    const parts = [`**Rules**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(origin(rules))}.${note === undefined ? "" : ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(capitalised(note))}.`}`];
    const loosened = rules.loosened.filter((r) => r.floor === undefined);
    const held = rules.loosened.filter((r) => r.floor !== undefined);
    if (loosened.length > 0) {
        const rows = loosened.map((r) => [`${r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base), `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${AFTER_MERGE}</sub>`]);
        parts.push(`This pull request loosens ${loosened.length} rule${loosened.length === 1 ? "" : "s"}; it was judged by the base's values:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Base (applied)", "This pull request"], ...rows], { alignDelimiters: false })}`);
    }
    if (held.length > 0) {
        const rows = held.map((r) => [`${r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`, `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.floor)}</sub>`, `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${NEVER_APPLIES}</sub>`]);
        parts.push(`${held.length} rule${held.length === 1 ? " is" : "s are"} below a floor, a minimum a repository can only tighten; the floor's value judged:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Floor (applied)", "Repository's value"], ...rows], { alignDelimiters: false })}`);
    }
    for (const w of rules.warnings)
        parts.push(`> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(w)}`);
    return parts.join("\n\n");
}
/** Plain-text lines for the same section; empty when there is nothing to say. */
function rulesLines(rules) {
    const note = basePlanNote(rules);
    if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined)
        return [];
    const lines = [`Rules: ${origin(rules)}`];
    if (note !== undefined)
        lines.push(`  ${note}`);
    for (const r of rules.loosened) {
        lines.push(r.floor === undefined
            ? `  loosened ${r.where} ${r.rule}: ${r.base} -> ${r.head} (${AFTER_MERGE}; judged by ${r.base})`
            : `  below a floor ${r.where} ${r.rule}: ${r.head} is looser than ${r.base} from ${r.floor} (${NEVER_APPLIES}; judged by ${r.base})`);
    }
    for (const w of rules.warnings)
        lines.push(`  warning: ${w}`);
    return lines;
}
/** For the report's last line: where the rules came from, when not simply the files checked. */
function rulesOriginNote(rules) {
    if (rules.from === "base" && rules.base_sha !== null)
        return `rules: stricter of base ${rules.base_sha.slice(0, 7)} and this pull request`;
    return rules.loosened.some((r) => r.where === "input") ? "rules: this pull request's own (rules-from: head)" : "";
}
/** The waivers file read beside the plan, for "what was read": its path and sha256, like the eval files'. */
function waiversRead(rules) {
    const read = rules.waivers_file;
    return read === undefined ? undefined : { file: read.file, sha256: read.sha256 ?? "—" };
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
//# sourceMappingURL=rules-section.js.map

/***/ }),

/***/ 5095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ renderOutput)
/* harmony export */ });
/* unused harmony exports OUTPUT_FORMATS, formatsOf, shownRun, checkOutput */

/**
 * Every output format of every command, by the name `--format` takes (input/output-format-names.ts),
 * the first of each command its default: a new format is one file in formats/ and one line here.
 * The CLI's usage text and the README's formats table are derived from this and tested against it.
 */
const OUTPUT_FORMATS = {
    check: {
        text: { about: "plain text for terminals", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 522).then(__webpack_require__.bind(__webpack_require__, 1522))).runText },
        markdown: { about: "the job summary: every plan's report", inputErrors: "stderr", load: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1156))).runMarkdown },
        json: { about: "the run report (schemas/run-report.schema.json), one plan or many", inputErrors: "in-output", load: async () => (await __webpack_require__.e(/* import() */ 523).then(__webpack_require__.bind(__webpack_require__, 8523))).runJson },
        sarif: { about: "SARIF 2.1.0 for code scanning", inputErrors: "in-output", load: async () => (await __webpack_require__.e(/* import() */ 776).then(__webpack_require__.bind(__webpack_require__, 2776))).runSarif },
        junit: { about: "JUnit XML for CI test tabs", inputErrors: "in-output", load: async () => (await __webpack_require__.e(/* import() */ 393).then(__webpack_require__.bind(__webpack_require__, 4393))).runJunit },
    },
    audit: {
        text: { about: "plain text for terminals", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunText },
        markdown: { about: "the job summary and the tracking issue", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunMarkdown },
        json: { about: "the audit run report (schemas/audit-run-report.schema.json)", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunJson },
    },
    analyze: {
        text: { about: "plain text for terminals", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 1075))).analysisRunText },
        markdown: { about: "markdown for an issue or a pull request", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 1075))).analysisRunMarkdown },
        json: { about: "the analysis (schemas/analysis.schema.json)", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 1075))).analysisRunJson },
    },
    evals: {
        text: { about: "each file's format, model and names, for writing a plan", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 887).then(__webpack_require__.bind(__webpack_require__, 4887))).evalListingText },
        json: { about: "the same listing, for scripts", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 887).then(__webpack_require__.bind(__webpack_require__, 4887))).evalListingJson },
    },
};
/** The formats a command takes, its default first. */
function formatsOf(command) {
    return Object.keys(OUTPUT_FORMATS[command]);
}
function entryOf(command, format) {
    return OUTPUT_FORMATS[command][format];
}
/** A command's report in one of its formats. */
async function renderOutput(command, format, report) {
    return (await entryOf(command, format).load())(report);
}
/**
 * Which plans a check format shows, decided here rather than by the CLI: formats that carry input
 * errors (JSON, SARIF, JUnit) show the whole run; the others only the plans that were checked,
 * the input errors going to stderr. A run of one unreadable plan prints nothing in those.
 */
function shownRun(run, format) {
    return entryOf("check", format).inputErrors === "in-output" ? run : { ...run, plans: run.plans.filter(isChecked) };
}
/** What `tunegate check --format <format>` prints on stdout for a run ("" for nothing). */
async function checkOutput(run, format) {
    return renderOutput("check", format, shownRun(run, format));
}
//# sourceMappingURL=registry.js.map

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

/***/ 3514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadPlan)
});

// EXTERNAL MODULE: ./lib/engine/input/field-problem.js
var field_problem = __webpack_require__(1971);
// EXTERNAL MODULE: ./lib/engine/input/schema-diagnostics.js
var schema_diagnostics = __webpack_require__(2351);
// EXTERNAL MODULE: ./lib/engine/input/yaml-source.js + 2 modules
var yaml_source = __webpack_require__(4903);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var util = __webpack_require__(4723);
;// CONCATENATED MODULE: ./lib/engine/plan/plan-parser.generated.js
// Generated by scripts/plan-parser.ts from src/engine/plan/schema.ts with zod's compiler; do not edit.
// `npm run build` regenerates it. Plain JavaScript: the compiled code is zod's, not typed here.
// @ts-nocheck

const INVALID = Symbol.for("zod.compile.invalid");
/** The plan, parsed as planSchema would parse it, or PLAN_INVALID: then planSchema says why. */
const compiledPlanParser = ((INVALID, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26) => {
    return (function (input) {
        if (typeof input !== "object" || input === null || Array.isArray(input))
            return INVALID;
        const v0 = input["$schema"];
        let v1 = (() => {
            let v2;
            if (v0 !== undefined) {
                if (typeof v0 !== "string")
                    return INVALID;
                v2 = v0;
            }
            return v2;
        })();
        if (v1 === INVALID) {
            if ("$schema" in input)
                return INVALID;
            v1 = undefined;
        }
        const v3 = input["version"];
        if (v3 !== 1)
            return INVALID;
        const v4 = input["name"];
        if (typeof v4 !== "string")
            return INVALID;
        const v5 = c0(v4);
        const v6 = typeof v5 === "string" && v5.length >= 1 && v5.length < 2 ? c1(v5) : v5.length;
        if (v6 < 1)
            return INVALID;
        const v7 = typeof v5 === "string" && v5.length > 100 ? c1(v5) : v5.length;
        if (v7 > 100)
            return INVALID;
        const v8 = input["approach"];
        if (!c2.has(v8))
            return INVALID;
        const v9 = input["fine_tune_method"];
        let v10 = (() => {
            let v11;
            if (v9 !== undefined) {
                if (!c3.has(v9))
                    return INVALID;
                v11 = v9;
            }
            return v11;
        })();
        if (v10 === INVALID) {
            if ("fine_tune_method" in input)
                return INVALID;
            v10 = undefined;
        }
        const v12 = input["use_case"];
        if (typeof v12 !== "object" || v12 === null || Array.isArray(v12))
            return INVALID;
        const v13 = v12["task"];
        if (!c4.has(v13))
            return INVALID;
        const v14 = v12["knowledge_change"];
        if (!c5.has(v14))
            return INVALID;
        const v15 = v12["citations_required"];
        if (typeof v15 !== "boolean")
            return INVALID;
        const v16 = v12["style_requirements"];
        let v17 = (() => {
            let v18;
            if (v16 === undefined) {
                v18 = c7(c6());
            }
            else {
                if (!c8.has(v16))
                    return INVALID;
                v18 = v16 === undefined ? c7(c6()) : v16;
            }
            return v18;
        })();
        if (v17 === INVALID)
            return INVALID;
        const v19 = v12["latency_p95_ms"];
        let v20 = (() => {
            let v21;
            if (v19 !== undefined) {
                if (typeof v19 !== "number" || !Number.isFinite(v19))
                    return INVALID;
                if (v19 <= 0)
                    return INVALID;
                if (v19 > 3600000)
                    return INVALID;
                v21 = v19;
            }
            return v21;
        })();
        if (v20 === INVALID) {
            if ("latency_p95_ms" in v12)
                return INVALID;
            v20 = undefined;
        }
        const v22 = v12["monthly_queries"];
        if (typeof v22 !== "number" || !Number.isFinite(v22))
            return INVALID;
        if (!Number.isSafeInteger(v22))
            return INVALID;
        if (v22 < 1)
            return INVALID;
        if (v22 > 1000000000000)
            return INVALID;
        for (const k in v12) {
            if (k !== "task" && k !== "knowledge_change" && k !== "citations_required" && k !== "style_requirements" && k !== "latency_p95_ms" && k !== "monthly_queries")
                return INVALID;
        }
        const v23 = {};
        v23["task"] = v13;
        v23["knowledge_change"] = v14;
        v23["citations_required"] = v15;
        v23["style_requirements"] = v17;
        if ("latency_p95_ms" in v12)
            v23["latency_p95_ms"] = v20;
        v23["monthly_queries"] = v22;
        const v24 = input["training"];
        let v25 = (() => {
            let v26;
            if (v24 !== undefined) {
                if (typeof v24 !== "object" || v24 === null || Array.isArray(v24))
                    return INVALID;
                const v27 = v24["examples"];
                if (typeof v27 !== "number" || !Number.isFinite(v27))
                    return INVALID;
                if (!Number.isSafeInteger(v27))
                    return INVALID;
                if (v27 < 0)
                    return INVALID;
                if (v27 > 1000000000)
                    return INVALID;
                for (const k in v24) {
                    if (k !== "examples")
                        return INVALID;
                }
                const v28 = { "examples": v27 };
                v26 = v28;
            }
            return v26;
        })();
        if (v25 === INVALID) {
            if ("training" in input)
                return INVALID;
            v25 = undefined;
        }
        const v29 = input["readiness"];
        let v30 = (() => {
            let v31;
            if (v29 !== undefined) {
                if (typeof v29 !== "object" || v29 === null || Array.isArray(v29))
                    return INVALID;
                const v32 = v29["enough_examples"];
                let v33 = (() => {
                    let v34;
                    if (v32 !== undefined) {
                        if (typeof v32 !== "boolean")
                            return INVALID;
                        v34 = v32;
                    }
                    return v34;
                })();
                if (v33 === INVALID) {
                    if ("enough_examples" in v29)
                        return INVALID;
                    v33 = undefined;
                }
                const v35 = v29["knowledge_static"];
                let v36 = (() => {
                    let v37;
                    if (v35 !== undefined) {
                        if (typeof v35 !== "boolean")
                            return INVALID;
                        v37 = v35;
                    }
                    return v37;
                })();
                if (v36 === INVALID) {
                    if ("knowledge_static" in v29)
                        return INVALID;
                    v36 = undefined;
                }
                const v38 = v29["behavior_change_needed"];
                let v39 = (() => {
                    let v40;
                    if (v38 !== undefined) {
                        if (typeof v38 !== "boolean")
                            return INVALID;
                        v40 = v38;
                    }
                    return v40;
                })();
                if (v39 === INVALID) {
                    if ("behavior_change_needed" in v29)
                        return INVALID;
                    v39 = undefined;
                }
                const v41 = v29["tried_rag_few_shot"];
                let v42 = (() => {
                    let v43;
                    if (v41 !== undefined) {
                        if (typeof v41 !== "boolean")
                            return INVALID;
                        v43 = v41;
                    }
                    return v43;
                })();
                if (v42 === INVALID) {
                    if ("tried_rag_few_shot" in v29)
                        return INVALID;
                    v42 = undefined;
                }
                const v44 = v29["eval_pipeline_ready"];
                let v45 = (() => {
                    let v46;
                    if (v44 !== undefined) {
                        if (typeof v44 !== "boolean")
                            return INVALID;
                        v46 = v44;
                    }
                    return v46;
                })();
                if (v45 === INVALID) {
                    if ("eval_pipeline_ready" in v29)
                        return INVALID;
                    v45 = undefined;
                }
                const v47 = v29["iteration_time"];
                let v48 = (() => {
                    let v49;
                    if (v47 !== undefined) {
                        if (typeof v47 !== "boolean")
                            return INVALID;
                        v49 = v47;
                    }
                    return v49;
                })();
                if (v48 === INVALID) {
                    if ("iteration_time" in v29)
                        return INVALID;
                    v48 = undefined;
                }
                const v50 = v29["maintenance_plan"];
                let v51 = (() => {
                    let v52;
                    if (v50 !== undefined) {
                        if (typeof v50 !== "boolean")
                            return INVALID;
                        v52 = v50;
                    }
                    return v52;
                })();
                if (v51 === INVALID) {
                    if ("maintenance_plan" in v29)
                        return INVALID;
                    v51 = undefined;
                }
                const v53 = v29["forgetting_tested"];
                let v54 = (() => {
                    let v55;
                    if (v53 !== undefined) {
                        if (typeof v53 !== "boolean")
                            return INVALID;
                        v55 = v53;
                    }
                    return v55;
                })();
                if (v54 === INVALID) {
                    if ("forgetting_tested" in v29)
                        return INVALID;
                    v54 = undefined;
                }
                const v56 = v29["latency_justifies"];
                let v57 = (() => {
                    let v58;
                    if (v56 !== undefined) {
                        if (typeof v56 !== "boolean")
                            return INVALID;
                        v58 = v56;
                    }
                    return v58;
                })();
                if (v57 === INVALID) {
                    if ("latency_justifies" in v29)
                        return INVALID;
                    v57 = undefined;
                }
                const v59 = v29["beats_prompting"];
                let v60 = (() => {
                    let v61;
                    if (v59 !== undefined) {
                        if (typeof v59 !== "boolean")
                            return INVALID;
                        v61 = v59;
                    }
                    return v61;
                })();
                if (v60 === INVALID) {
                    if ("beats_prompting" in v29)
                        return INVALID;
                    v60 = undefined;
                }
                for (const k in v29) {
                    if (k !== "enough_examples" && k !== "knowledge_static" && k !== "behavior_change_needed" && k !== "tried_rag_few_shot" && k !== "eval_pipeline_ready" && k !== "iteration_time" && k !== "maintenance_plan" && k !== "forgetting_tested" && k !== "latency_justifies" && k !== "beats_prompting")
                        return INVALID;
                }
                const v62 = {};
                if ("enough_examples" in v29)
                    v62["enough_examples"] = v33;
                if ("knowledge_static" in v29)
                    v62["knowledge_static"] = v36;
                if ("behavior_change_needed" in v29)
                    v62["behavior_change_needed"] = v39;
                if ("tried_rag_few_shot" in v29)
                    v62["tried_rag_few_shot"] = v42;
                if ("eval_pipeline_ready" in v29)
                    v62["eval_pipeline_ready"] = v45;
                if ("iteration_time" in v29)
                    v62["iteration_time"] = v48;
                if ("maintenance_plan" in v29)
                    v62["maintenance_plan"] = v51;
                if ("forgetting_tested" in v29)
                    v62["forgetting_tested"] = v54;
                if ("latency_justifies" in v29)
                    v62["latency_justifies"] = v57;
                if ("beats_prompting" in v29)
                    v62["beats_prompting"] = v60;
                v31 = v62;
            }
            return v31;
        })();
        if (v30 === INVALID) {
            if ("readiness" in input)
                return INVALID;
            v30 = undefined;
        }
        const v63 = input["architecture"];
        let v64 = (() => {
            let v65;
            if (v63 !== undefined) {
                if (typeof v63 !== "object" || v63 === null || Array.isArray(v63))
                    return INVALID;
                const v66 = v63["components"];
                let v67 = (() => {
                    let v68;
                    if (v66 === undefined) {
                        v68 = c7(c9());
                    }
                    else {
                        if (!Array.isArray(v66))
                            return INVALID;
                        if (v66.length > 50)
                            return INVALID;
                        const v69 = new Array(v66.length);
                        for (let v70 = 0; v70 < v66.length; v70++) {
                            const v71 = v66[v70];
                            if (typeof v71 !== "string")
                                return INVALID;
                            const v72 = typeof v71 === "string" && v71.length >= 1 && v71.length < 2 ? c1(v71) : v71.length;
                            if (v72 < 1)
                                return INVALID;
                            const v73 = typeof v71 === "string" && v71.length > 100 ? c1(v71) : v71.length;
                            if (v73 > 100)
                                return INVALID;
                            v69[v70] = v71;
                        }
                        const v74 = typeof v69 === "string" && v69.length > 50 ? c1(v69) : v69.length;
                        if (v74 > 50)
                            return INVALID;
                        v68 = v69 === undefined ? c7(c9()) : v69;
                    }
                    return v68;
                })();
                if (v67 === INVALID)
                    return INVALID;
                const v75 = v63["evidence"];
                let v76 = (() => {
                    let v77;
                    if (v75 !== undefined) {
                        if (typeof v75 !== "string")
                            return INVALID;
                        const v78 = typeof v75 === "string" && v75.length >= 1 && v75.length < 2 ? c1(v75) : v75.length;
                        if (v78 < 1)
                            return INVALID;
                        const v79 = typeof v75 === "string" && v75.length > 1000 ? c1(v75) : v75.length;
                        if (v79 > 1000)
                            return INVALID;
                        v77 = v75;
                    }
                    return v77;
                })();
                if (v76 === INVALID) {
                    if ("evidence" in v63)
                        return INVALID;
                    v76 = undefined;
                }
                for (const k in v63) {
                    if (k !== "components" && k !== "evidence")
                        return INVALID;
                }
                const v80 = {};
                v80["components"] = v67;
                if ("evidence" in v63)
                    v80["evidence"] = v76;
                v65 = v80;
            }
            return v65;
        })();
        if (v64 === INVALID) {
            if ("architecture" in input)
                return INVALID;
            v64 = undefined;
        }
        const v81 = input["cost"];
        let v82 = (() => {
            let v83;
            if (v81 !== undefined) {
                if (typeof v81 !== "object" || v81 === null || Array.isArray(v81))
                    return INVALID;
                const v84 = v81["llm"];
                let v85 = (() => {
                    let v86;
                    if (v84 !== undefined) {
                        if (typeof v84 !== "object" || v84 === null || Array.isArray(v84))
                            return INVALID;
                        const v87 = v84["provider"];
                        let v88 = (() => {
                            let v89;
                            if (v87 !== undefined) {
                                if (typeof v87 !== "string")
                                    return INVALID;
                                const v90 = typeof v87 === "string" && v87.length >= 1 && v87.length < 2 ? c1(v87) : v87.length;
                                if (v90 < 1)
                                    return INVALID;
                                const v91 = typeof v87 === "string" && v87.length > 100 ? c1(v87) : v87.length;
                                if (v91 > 100)
                                    return INVALID;
                                v89 = v87;
                            }
                            return v89;
                        })();
                        if (v88 === INVALID) {
                            if ("provider" in v84)
                                return INVALID;
                            v88 = undefined;
                        }
                        const v92 = v84["model"];
                        let v93 = (() => {
                            let v94;
                            if (v92 !== undefined) {
                                if (typeof v92 !== "string")
                                    return INVALID;
                                const v95 = typeof v92 === "string" && v92.length >= 1 && v92.length < 2 ? c1(v92) : v92.length;
                                if (v95 < 1)
                                    return INVALID;
                                const v96 = typeof v92 === "string" && v92.length > 200 ? c1(v92) : v92.length;
                                if (v96 > 200)
                                    return INVALID;
                                v94 = v92;
                            }
                            return v94;
                        })();
                        if (v93 === INVALID) {
                            if ("model" in v84)
                                return INVALID;
                            v93 = undefined;
                        }
                        const v97 = v84["usd_per_mtok"];
                        let v98 = (() => {
                            let v99;
                            if (v97 !== undefined) {
                                if (typeof v97 !== "number" || !Number.isFinite(v97))
                                    return INVALID;
                                if (v97 < 0)
                                    return INVALID;
                                if (v97 > 10000)
                                    return INVALID;
                                v99 = v97;
                            }
                            return v99;
                        })();
                        if (v98 === INVALID) {
                            if ("usd_per_mtok" in v84)
                                return INVALID;
                            v98 = undefined;
                        }
                        const v100 = v84["monthly_usd"];
                        let v101 = (() => {
                            let v102;
                            if (v100 !== undefined) {
                                if (typeof v100 !== "number" || !Number.isFinite(v100))
                                    return INVALID;
                                if (v100 < 0)
                                    return INVALID;
                                if (v100 > 1000000000)
                                    return INVALID;
                                v102 = v100;
                            }
                            return v102;
                        })();
                        if (v101 === INVALID) {
                            if ("monthly_usd" in v84)
                                return INVALID;
                            v101 = undefined;
                        }
                        const v103 = v84["one_time_usd"];
                        let v104 = (() => {
                            let v105;
                            if (v103 !== undefined) {
                                if (typeof v103 !== "number" || !Number.isFinite(v103))
                                    return INVALID;
                                if (v103 < 0)
                                    return INVALID;
                                if (v103 > 1000000000)
                                    return INVALID;
                                v105 = v103;
                            }
                            return v105;
                        })();
                        if (v104 === INVALID) {
                            if ("one_time_usd" in v84)
                                return INVALID;
                            v104 = undefined;
                        }
                        const v106 = v84["input_tokens"];
                        let v107 = (() => {
                            let v108;
                            if (v106 !== undefined) {
                                if (typeof v106 !== "number" || !Number.isFinite(v106))
                                    return INVALID;
                                if (!Number.isSafeInteger(v106))
                                    return INVALID;
                                if (v106 < 0)
                                    return INVALID;
                                if (v106 > 10000000)
                                    return INVALID;
                                v108 = v106;
                            }
                            return v108;
                        })();
                        if (v107 === INVALID) {
                            if ("input_tokens" in v84)
                                return INVALID;
                            v107 = undefined;
                        }
                        const v109 = v84["output_tokens"];
                        let v110 = (() => {
                            let v111;
                            if (v109 !== undefined) {
                                if (typeof v109 !== "number" || !Number.isFinite(v109))
                                    return INVALID;
                                if (!Number.isSafeInteger(v109))
                                    return INVALID;
                                if (v109 < 0)
                                    return INVALID;
                                if (v109 > 10000000)
                                    return INVALID;
                                v111 = v109;
                            }
                            return v111;
                        })();
                        if (v110 === INVALID) {
                            if ("output_tokens" in v84)
                                return INVALID;
                            v110 = undefined;
                        }
                        const v112 = v84["tokens_per_query"];
                        let v113 = (() => {
                            let v114;
                            if (v112 !== undefined) {
                                if (typeof v112 !== "number" || !Number.isFinite(v112))
                                    return INVALID;
                                if (!Number.isSafeInteger(v112))
                                    return INVALID;
                                if (v112 < 0)
                                    return INVALID;
                                if (v112 > 10000000)
                                    return INVALID;
                                v114 = v112;
                            }
                            return v114;
                        })();
                        if (v113 === INVALID) {
                            if ("tokens_per_query" in v84)
                                return INVALID;
                            v113 = undefined;
                        }
                        const v115 = v84["calls_per_query"];
                        let v116 = (() => {
                            let v117;
                            if (v115 === undefined) {
                                v117 = c7(c10());
                            }
                            else {
                                if (typeof v115 !== "number" || !Number.isFinite(v115))
                                    return INVALID;
                                if (!Number.isSafeInteger(v115))
                                    return INVALID;
                                if (v115 < 1)
                                    return INVALID;
                                if (v115 > 1000)
                                    return INVALID;
                                v117 = v115 === undefined ? c7(c10()) : v115;
                            }
                            return v117;
                        })();
                        if (v116 === INVALID)
                            return INVALID;
                        const v118 = v84["input_usd_per_mtok"];
                        let v119 = (() => {
                            let v120;
                            if (v118 !== undefined) {
                                if (typeof v118 !== "number" || !Number.isFinite(v118))
                                    return INVALID;
                                if (v118 < 0)
                                    return INVALID;
                                if (v118 > 10000)
                                    return INVALID;
                                v120 = v118;
                            }
                            return v120;
                        })();
                        if (v119 === INVALID) {
                            if ("input_usd_per_mtok" in v84)
                                return INVALID;
                            v119 = undefined;
                        }
                        const v121 = v84["output_usd_per_mtok"];
                        let v122 = (() => {
                            let v123;
                            if (v121 !== undefined) {
                                if (typeof v121 !== "number" || !Number.isFinite(v121))
                                    return INVALID;
                                if (v121 < 0)
                                    return INVALID;
                                if (v121 > 10000)
                                    return INVALID;
                                v123 = v121;
                            }
                            return v123;
                        })();
                        if (v122 === INVALID) {
                            if ("output_usd_per_mtok" in v84)
                                return INVALID;
                            v122 = undefined;
                        }
                        for (const k in v84) {
                            if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "input_tokens" && k !== "output_tokens" && k !== "tokens_per_query" && k !== "calls_per_query" && k !== "input_usd_per_mtok" && k !== "output_usd_per_mtok")
                                return INVALID;
                        }
                        const v124 = {};
                        if ("provider" in v84)
                            v124["provider"] = v88;
                        if ("model" in v84)
                            v124["model"] = v93;
                        if ("usd_per_mtok" in v84)
                            v124["usd_per_mtok"] = v98;
                        if ("monthly_usd" in v84)
                            v124["monthly_usd"] = v101;
                        if ("one_time_usd" in v84)
                            v124["one_time_usd"] = v104;
                        if ("input_tokens" in v84)
                            v124["input_tokens"] = v107;
                        if ("output_tokens" in v84)
                            v124["output_tokens"] = v110;
                        if ("tokens_per_query" in v84)
                            v124["tokens_per_query"] = v113;
                        v124["calls_per_query"] = v116;
                        if ("input_usd_per_mtok" in v84)
                            v124["input_usd_per_mtok"] = v119;
                        if ("output_usd_per_mtok" in v84)
                            v124["output_usd_per_mtok"] = v122;
                        v86 = v124;
                    }
                    return v86;
                })();
                if (v85 === INVALID) {
                    if ("llm" in v81)
                        return INVALID;
                    v85 = undefined;
                }
                const v125 = v81["embedding"];
                let v126 = (() => {
                    let v127;
                    if (v125 !== undefined) {
                        if (typeof v125 !== "object" || v125 === null || Array.isArray(v125))
                            return INVALID;
                        const v128 = v125["provider"];
                        let v129 = (() => {
                            let v130;
                            if (v128 !== undefined) {
                                if (typeof v128 !== "string")
                                    return INVALID;
                                const v131 = typeof v128 === "string" && v128.length >= 1 && v128.length < 2 ? c1(v128) : v128.length;
                                if (v131 < 1)
                                    return INVALID;
                                const v132 = typeof v128 === "string" && v128.length > 100 ? c1(v128) : v128.length;
                                if (v132 > 100)
                                    return INVALID;
                                v130 = v128;
                            }
                            return v130;
                        })();
                        if (v129 === INVALID) {
                            if ("provider" in v125)
                                return INVALID;
                            v129 = undefined;
                        }
                        const v133 = v125["model"];
                        let v134 = (() => {
                            let v135;
                            if (v133 !== undefined) {
                                if (typeof v133 !== "string")
                                    return INVALID;
                                const v136 = typeof v133 === "string" && v133.length >= 1 && v133.length < 2 ? c1(v133) : v133.length;
                                if (v136 < 1)
                                    return INVALID;
                                const v137 = typeof v133 === "string" && v133.length > 200 ? c1(v133) : v133.length;
                                if (v137 > 200)
                                    return INVALID;
                                v135 = v133;
                            }
                            return v135;
                        })();
                        if (v134 === INVALID) {
                            if ("model" in v125)
                                return INVALID;
                            v134 = undefined;
                        }
                        const v138 = v125["usd_per_mtok"];
                        let v139 = (() => {
                            let v140;
                            if (v138 !== undefined) {
                                if (typeof v138 !== "number" || !Number.isFinite(v138))
                                    return INVALID;
                                if (v138 < 0)
                                    return INVALID;
                                if (v138 > 10000)
                                    return INVALID;
                                v140 = v138;
                            }
                            return v140;
                        })();
                        if (v139 === INVALID) {
                            if ("usd_per_mtok" in v125)
                                return INVALID;
                            v139 = undefined;
                        }
                        const v141 = v125["monthly_usd"];
                        let v142 = (() => {
                            let v143;
                            if (v141 !== undefined) {
                                if (typeof v141 !== "number" || !Number.isFinite(v141))
                                    return INVALID;
                                if (v141 < 0)
                                    return INVALID;
                                if (v141 > 1000000000)
                                    return INVALID;
                                v143 = v141;
                            }
                            return v143;
                        })();
                        if (v142 === INVALID) {
                            if ("monthly_usd" in v125)
                                return INVALID;
                            v142 = undefined;
                        }
                        const v144 = v125["one_time_usd"];
                        let v145 = (() => {
                            let v146;
                            if (v144 !== undefined) {
                                if (typeof v144 !== "number" || !Number.isFinite(v144))
                                    return INVALID;
                                if (v144 < 0)
                                    return INVALID;
                                if (v144 > 1000000000)
                                    return INVALID;
                                v146 = v144;
                            }
                            return v146;
                        })();
                        if (v145 === INVALID) {
                            if ("one_time_usd" in v125)
                                return INVALID;
                            v145 = undefined;
                        }
                        const v147 = v125["tokens_per_query"];
                        let v148 = (() => {
                            let v149;
                            if (v147 !== undefined) {
                                if (typeof v147 !== "number" || !Number.isFinite(v147))
                                    return INVALID;
                                if (!Number.isSafeInteger(v147))
                                    return INVALID;
                                if (v147 < 0)
                                    return INVALID;
                                if (v147 > 10000000)
                                    return INVALID;
                                v149 = v147;
                            }
                            return v149;
                        })();
                        if (v148 === INVALID) {
                            if ("tokens_per_query" in v125)
                                return INVALID;
                            v148 = undefined;
                        }
                        for (const k in v125) {
                            if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "tokens_per_query")
                                return INVALID;
                        }
                        const v150 = {};
                        if ("provider" in v125)
                            v150["provider"] = v129;
                        if ("model" in v125)
                            v150["model"] = v134;
                        if ("usd_per_mtok" in v125)
                            v150["usd_per_mtok"] = v139;
                        if ("monthly_usd" in v125)
                            v150["monthly_usd"] = v142;
                        if ("one_time_usd" in v125)
                            v150["one_time_usd"] = v145;
                        if ("tokens_per_query" in v125)
                            v150["tokens_per_query"] = v148;
                        v127 = v150;
                    }
                    return v127;
                })();
                if (v126 === INVALID) {
                    if ("embedding" in v81)
                        return INVALID;
                    v126 = undefined;
                }
                const v151 = v81["vector_db"];
                let v152 = (() => {
                    let v153;
                    if (v151 !== undefined) {
                        if (typeof v151 !== "object" || v151 === null || Array.isArray(v151))
                            return INVALID;
                        const v154 = v151["monthly_usd"];
                        let v155 = (() => {
                            let v156;
                            if (v154 !== undefined) {
                                if (typeof v154 !== "number" || !Number.isFinite(v154))
                                    return INVALID;
                                if (v154 < 0)
                                    return INVALID;
                                if (v154 > 1000000000)
                                    return INVALID;
                                v156 = v154;
                            }
                            return v156;
                        })();
                        if (v155 === INVALID) {
                            if ("monthly_usd" in v151)
                                return INVALID;
                            v155 = undefined;
                        }
                        const v157 = v151["one_time_usd"];
                        let v158 = (() => {
                            let v159;
                            if (v157 !== undefined) {
                                if (typeof v157 !== "number" || !Number.isFinite(v157))
                                    return INVALID;
                                if (v157 < 0)
                                    return INVALID;
                                if (v157 > 1000000000)
                                    return INVALID;
                                v159 = v157;
                            }
                            return v159;
                        })();
                        if (v158 === INVALID) {
                            if ("one_time_usd" in v151)
                                return INVALID;
                            v158 = undefined;
                        }
                        const v160 = v151["note"];
                        let v161 = (() => {
                            let v162;
                            if (v160 !== undefined) {
                                if (typeof v160 !== "string")
                                    return INVALID;
                                const v163 = typeof v160 === "string" && v160.length > 500 ? c1(v160) : v160.length;
                                if (v163 > 500)
                                    return INVALID;
                                v162 = v160;
                            }
                            return v162;
                        })();
                        if (v161 === INVALID) {
                            if ("note" in v151)
                                return INVALID;
                            v161 = undefined;
                        }
                        for (const k in v151) {
                            if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                return INVALID;
                        }
                        const v164 = {};
                        if ("monthly_usd" in v151)
                            v164["monthly_usd"] = v155;
                        if ("one_time_usd" in v151)
                            v164["one_time_usd"] = v158;
                        if ("note" in v151)
                            v164["note"] = v161;
                        v153 = v164;
                    }
                    return v153;
                })();
                if (v152 === INVALID) {
                    if ("vector_db" in v81)
                        return INVALID;
                    v152 = undefined;
                }
                const v165 = v81["fine_tune"];
                let v166 = (() => {
                    let v167;
                    if (v165 !== undefined) {
                        if (typeof v165 !== "object" || v165 === null || Array.isArray(v165))
                            return INVALID;
                        const v168 = v165["provider"];
                        let v169 = (() => {
                            let v170;
                            if (v168 !== undefined) {
                                if (typeof v168 !== "string")
                                    return INVALID;
                                const v171 = typeof v168 === "string" && v168.length >= 1 && v168.length < 2 ? c1(v168) : v168.length;
                                if (v171 < 1)
                                    return INVALID;
                                const v172 = typeof v168 === "string" && v168.length > 100 ? c1(v168) : v168.length;
                                if (v172 > 100)
                                    return INVALID;
                                v170 = v168;
                            }
                            return v170;
                        })();
                        if (v169 === INVALID) {
                            if ("provider" in v165)
                                return INVALID;
                            v169 = undefined;
                        }
                        const v173 = v165["model"];
                        let v174 = (() => {
                            let v175;
                            if (v173 !== undefined) {
                                if (typeof v173 !== "string")
                                    return INVALID;
                                const v176 = typeof v173 === "string" && v173.length >= 1 && v173.length < 2 ? c1(v173) : v173.length;
                                if (v176 < 1)
                                    return INVALID;
                                const v177 = typeof v173 === "string" && v173.length > 200 ? c1(v173) : v173.length;
                                if (v177 > 200)
                                    return INVALID;
                                v175 = v173;
                            }
                            return v175;
                        })();
                        if (v174 === INVALID) {
                            if ("model" in v165)
                                return INVALID;
                            v174 = undefined;
                        }
                        const v178 = v165["usd_per_mtok"];
                        let v179 = (() => {
                            let v180;
                            if (v178 !== undefined) {
                                if (typeof v178 !== "number" || !Number.isFinite(v178))
                                    return INVALID;
                                if (v178 < 0)
                                    return INVALID;
                                if (v178 > 10000)
                                    return INVALID;
                                v180 = v178;
                            }
                            return v180;
                        })();
                        if (v179 === INVALID) {
                            if ("usd_per_mtok" in v165)
                                return INVALID;
                            v179 = undefined;
                        }
                        const v181 = v165["monthly_usd"];
                        let v182 = (() => {
                            let v183;
                            if (v181 !== undefined) {
                                if (typeof v181 !== "number" || !Number.isFinite(v181))
                                    return INVALID;
                                if (v181 < 0)
                                    return INVALID;
                                if (v181 > 1000000000)
                                    return INVALID;
                                v183 = v181;
                            }
                            return v183;
                        })();
                        if (v182 === INVALID) {
                            if ("monthly_usd" in v165)
                                return INVALID;
                            v182 = undefined;
                        }
                        const v184 = v165["one_time_usd"];
                        let v185 = (() => {
                            let v186;
                            if (v184 !== undefined) {
                                if (typeof v184 !== "number" || !Number.isFinite(v184))
                                    return INVALID;
                                if (v184 < 0)
                                    return INVALID;
                                if (v184 > 1000000000)
                                    return INVALID;
                                v186 = v184;
                            }
                            return v186;
                        })();
                        if (v185 === INVALID) {
                            if ("one_time_usd" in v165)
                                return INVALID;
                            v185 = undefined;
                        }
                        const v187 = v165["training_tokens"];
                        let v188 = (() => {
                            let v189;
                            if (v187 !== undefined) {
                                if (typeof v187 !== "number" || !Number.isFinite(v187))
                                    return INVALID;
                                if (!Number.isSafeInteger(v187))
                                    return INVALID;
                                if (v187 < 0)
                                    return INVALID;
                                if (v187 > 1000000000000)
                                    return INVALID;
                                v189 = v187;
                            }
                            return v189;
                        })();
                        if (v188 === INVALID) {
                            if ("training_tokens" in v165)
                                return INVALID;
                            v188 = undefined;
                        }
                        const v190 = v165["epochs"];
                        let v191 = (() => {
                            let v192;
                            if (v190 === undefined) {
                                v192 = c7(c11());
                            }
                            else {
                                if (typeof v190 !== "number" || !Number.isFinite(v190))
                                    return INVALID;
                                if (!Number.isSafeInteger(v190))
                                    return INVALID;
                                if (v190 < 1)
                                    return INVALID;
                                if (v190 > 100)
                                    return INVALID;
                                v192 = v190 === undefined ? c7(c11()) : v190;
                            }
                            return v192;
                        })();
                        if (v191 === INVALID)
                            return INVALID;
                        for (const k in v165) {
                            if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "training_tokens" && k !== "epochs")
                                return INVALID;
                        }
                        const v193 = {};
                        if ("provider" in v165)
                            v193["provider"] = v169;
                        if ("model" in v165)
                            v193["model"] = v174;
                        if ("usd_per_mtok" in v165)
                            v193["usd_per_mtok"] = v179;
                        if ("monthly_usd" in v165)
                            v193["monthly_usd"] = v182;
                        if ("one_time_usd" in v165)
                            v193["one_time_usd"] = v185;
                        if ("training_tokens" in v165)
                            v193["training_tokens"] = v188;
                        v193["epochs"] = v191;
                        v167 = v193;
                    }
                    return v167;
                })();
                if (v166 === INVALID) {
                    if ("fine_tune" in v81)
                        return INVALID;
                    v166 = undefined;
                }
                const v194 = v81["hosting"];
                let v195 = (() => {
                    let v196;
                    if (v194 !== undefined) {
                        if (typeof v194 !== "object" || v194 === null || Array.isArray(v194))
                            return INVALID;
                        const v197 = v194["monthly_usd"];
                        let v198 = (() => {
                            let v199;
                            if (v197 !== undefined) {
                                if (typeof v197 !== "number" || !Number.isFinite(v197))
                                    return INVALID;
                                if (v197 < 0)
                                    return INVALID;
                                if (v197 > 1000000000)
                                    return INVALID;
                                v199 = v197;
                            }
                            return v199;
                        })();
                        if (v198 === INVALID) {
                            if ("monthly_usd" in v194)
                                return INVALID;
                            v198 = undefined;
                        }
                        const v200 = v194["one_time_usd"];
                        let v201 = (() => {
                            let v202;
                            if (v200 !== undefined) {
                                if (typeof v200 !== "number" || !Number.isFinite(v200))
                                    return INVALID;
                                if (v200 < 0)
                                    return INVALID;
                                if (v200 > 1000000000)
                                    return INVALID;
                                v202 = v200;
                            }
                            return v202;
                        })();
                        if (v201 === INVALID) {
                            if ("one_time_usd" in v194)
                                return INVALID;
                            v201 = undefined;
                        }
                        const v203 = v194["note"];
                        let v204 = (() => {
                            let v205;
                            if (v203 !== undefined) {
                                if (typeof v203 !== "string")
                                    return INVALID;
                                const v206 = typeof v203 === "string" && v203.length > 500 ? c1(v203) : v203.length;
                                if (v206 > 500)
                                    return INVALID;
                                v205 = v203;
                            }
                            return v205;
                        })();
                        if (v204 === INVALID) {
                            if ("note" in v194)
                                return INVALID;
                            v204 = undefined;
                        }
                        for (const k in v194) {
                            if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                return INVALID;
                        }
                        const v207 = {};
                        if ("monthly_usd" in v194)
                            v207["monthly_usd"] = v198;
                        if ("one_time_usd" in v194)
                            v207["one_time_usd"] = v201;
                        if ("note" in v194)
                            v207["note"] = v204;
                        v196 = v207;
                    }
                    return v196;
                })();
                if (v195 === INVALID) {
                    if ("hosting" in v81)
                        return INVALID;
                    v195 = undefined;
                }
                const v208 = v81["other"];
                let v209 = (() => {
                    let v210;
                    if (v208 !== undefined) {
                        if (!Array.isArray(v208))
                            return INVALID;
                        if (v208.length > 100)
                            return INVALID;
                        const v211 = new Array(v208.length);
                        for (let v212 = 0; v212 < v208.length; v212++) {
                            const v213 = v208[v212];
                            if (typeof v213 !== "object" || v213 === null || Array.isArray(v213))
                                return INVALID;
                            const v214 = v213["name"];
                            if (typeof v214 !== "string")
                                return INVALID;
                            const v215 = typeof v214 === "string" && v214.length >= 1 && v214.length < 2 ? c1(v214) : v214.length;
                            if (v215 < 1)
                                return INVALID;
                            const v216 = typeof v214 === "string" && v214.length > 100 ? c1(v214) : v214.length;
                            if (v216 > 100)
                                return INVALID;
                            const v217 = v213["monthly_usd"];
                            let v218 = (() => {
                                let v219;
                                if (v217 !== undefined) {
                                    if (typeof v217 !== "number" || !Number.isFinite(v217))
                                        return INVALID;
                                    if (v217 < 0)
                                        return INVALID;
                                    if (v217 > 1000000000)
                                        return INVALID;
                                    v219 = v217;
                                }
                                return v219;
                            })();
                            if (v218 === INVALID) {
                                if ("monthly_usd" in v213)
                                    return INVALID;
                                v218 = undefined;
                            }
                            const v220 = v213["one_time_usd"];
                            let v221 = (() => {
                                let v222;
                                if (v220 !== undefined) {
                                    if (typeof v220 !== "number" || !Number.isFinite(v220))
                                        return INVALID;
                                    if (v220 < 0)
                                        return INVALID;
                                    if (v220 > 1000000000)
                                        return INVALID;
                                    v222 = v220;
                                }
                                return v222;
                            })();
                            if (v221 === INVALID) {
                                if ("one_time_usd" in v213)
                                    return INVALID;
                                v221 = undefined;
                            }
                            for (const k in v213) {
                                if (k !== "name" && k !== "monthly_usd" && k !== "one_time_usd")
                                    return INVALID;
                            }
                            const v223 = {};
                            v223["name"] = v214;
                            if ("monthly_usd" in v213)
                                v223["monthly_usd"] = v218;
                            if ("one_time_usd" in v213)
                                v223["one_time_usd"] = v221;
                            v211[v212] = v223;
                        }
                        const v224 = typeof v211 === "string" && v211.length > 100 ? c1(v211) : v211.length;
                        if (v224 > 100)
                            return INVALID;
                        v210 = v211;
                    }
                    return v210;
                })();
                if (v209 === INVALID) {
                    if ("other" in v81)
                        return INVALID;
                    v209 = undefined;
                }
                const v225 = v81["alternative"];
                let v226 = (() => {
                    let v227;
                    if (v225 !== undefined) {
                        if (typeof v225 !== "object" || v225 === null || Array.isArray(v225))
                            return INVALID;
                        const v228 = v225["llm"];
                        let v229 = (() => {
                            let v230;
                            if (v228 !== undefined) {
                                if (typeof v228 !== "object" || v228 === null || Array.isArray(v228))
                                    return INVALID;
                                const v231 = v228["provider"];
                                let v232 = (() => {
                                    let v233;
                                    if (v231 !== undefined) {
                                        if (typeof v231 !== "string")
                                            return INVALID;
                                        const v234 = typeof v231 === "string" && v231.length >= 1 && v231.length < 2 ? c1(v231) : v231.length;
                                        if (v234 < 1)
                                            return INVALID;
                                        const v235 = typeof v231 === "string" && v231.length > 100 ? c1(v231) : v231.length;
                                        if (v235 > 100)
                                            return INVALID;
                                        v233 = v231;
                                    }
                                    return v233;
                                })();
                                if (v232 === INVALID) {
                                    if ("provider" in v228)
                                        return INVALID;
                                    v232 = undefined;
                                }
                                const v236 = v228["model"];
                                let v237 = (() => {
                                    let v238;
                                    if (v236 !== undefined) {
                                        if (typeof v236 !== "string")
                                            return INVALID;
                                        const v239 = typeof v236 === "string" && v236.length >= 1 && v236.length < 2 ? c1(v236) : v236.length;
                                        if (v239 < 1)
                                            return INVALID;
                                        const v240 = typeof v236 === "string" && v236.length > 200 ? c1(v236) : v236.length;
                                        if (v240 > 200)
                                            return INVALID;
                                        v238 = v236;
                                    }
                                    return v238;
                                })();
                                if (v237 === INVALID) {
                                    if ("model" in v228)
                                        return INVALID;
                                    v237 = undefined;
                                }
                                const v241 = v228["usd_per_mtok"];
                                let v242 = (() => {
                                    let v243;
                                    if (v241 !== undefined) {
                                        if (typeof v241 !== "number" || !Number.isFinite(v241))
                                            return INVALID;
                                        if (v241 < 0)
                                            return INVALID;
                                        if (v241 > 10000)
                                            return INVALID;
                                        v243 = v241;
                                    }
                                    return v243;
                                })();
                                if (v242 === INVALID) {
                                    if ("usd_per_mtok" in v228)
                                        return INVALID;
                                    v242 = undefined;
                                }
                                const v244 = v228["monthly_usd"];
                                let v245 = (() => {
                                    let v246;
                                    if (v244 !== undefined) {
                                        if (typeof v244 !== "number" || !Number.isFinite(v244))
                                            return INVALID;
                                        if (v244 < 0)
                                            return INVALID;
                                        if (v244 > 1000000000)
                                            return INVALID;
                                        v246 = v244;
                                    }
                                    return v246;
                                })();
                                if (v245 === INVALID) {
                                    if ("monthly_usd" in v228)
                                        return INVALID;
                                    v245 = undefined;
                                }
                                const v247 = v228["one_time_usd"];
                                let v248 = (() => {
                                    let v249;
                                    if (v247 !== undefined) {
                                        if (typeof v247 !== "number" || !Number.isFinite(v247))
                                            return INVALID;
                                        if (v247 < 0)
                                            return INVALID;
                                        if (v247 > 1000000000)
                                            return INVALID;
                                        v249 = v247;
                                    }
                                    return v249;
                                })();
                                if (v248 === INVALID) {
                                    if ("one_time_usd" in v228)
                                        return INVALID;
                                    v248 = undefined;
                                }
                                const v250 = v228["input_tokens"];
                                let v251 = (() => {
                                    let v252;
                                    if (v250 !== undefined) {
                                        if (typeof v250 !== "number" || !Number.isFinite(v250))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v250))
                                            return INVALID;
                                        if (v250 < 0)
                                            return INVALID;
                                        if (v250 > 10000000)
                                            return INVALID;
                                        v252 = v250;
                                    }
                                    return v252;
                                })();
                                if (v251 === INVALID) {
                                    if ("input_tokens" in v228)
                                        return INVALID;
                                    v251 = undefined;
                                }
                                const v253 = v228["output_tokens"];
                                let v254 = (() => {
                                    let v255;
                                    if (v253 !== undefined) {
                                        if (typeof v253 !== "number" || !Number.isFinite(v253))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v253))
                                            return INVALID;
                                        if (v253 < 0)
                                            return INVALID;
                                        if (v253 > 10000000)
                                            return INVALID;
                                        v255 = v253;
                                    }
                                    return v255;
                                })();
                                if (v254 === INVALID) {
                                    if ("output_tokens" in v228)
                                        return INVALID;
                                    v254 = undefined;
                                }
                                const v256 = v228["tokens_per_query"];
                                let v257 = (() => {
                                    let v258;
                                    if (v256 !== undefined) {
                                        if (typeof v256 !== "number" || !Number.isFinite(v256))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v256))
                                            return INVALID;
                                        if (v256 < 0)
                                            return INVALID;
                                        if (v256 > 10000000)
                                            return INVALID;
                                        v258 = v256;
                                    }
                                    return v258;
                                })();
                                if (v257 === INVALID) {
                                    if ("tokens_per_query" in v228)
                                        return INVALID;
                                    v257 = undefined;
                                }
                                const v259 = v228["calls_per_query"];
                                let v260 = (() => {
                                    let v261;
                                    if (v259 === undefined) {
                                        v261 = c7(c12());
                                    }
                                    else {
                                        if (typeof v259 !== "number" || !Number.isFinite(v259))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v259))
                                            return INVALID;
                                        if (v259 < 1)
                                            return INVALID;
                                        if (v259 > 1000)
                                            return INVALID;
                                        v261 = v259 === undefined ? c7(c12()) : v259;
                                    }
                                    return v261;
                                })();
                                if (v260 === INVALID)
                                    return INVALID;
                                const v262 = v228["input_usd_per_mtok"];
                                let v263 = (() => {
                                    let v264;
                                    if (v262 !== undefined) {
                                        if (typeof v262 !== "number" || !Number.isFinite(v262))
                                            return INVALID;
                                        if (v262 < 0)
                                            return INVALID;
                                        if (v262 > 10000)
                                            return INVALID;
                                        v264 = v262;
                                    }
                                    return v264;
                                })();
                                if (v263 === INVALID) {
                                    if ("input_usd_per_mtok" in v228)
                                        return INVALID;
                                    v263 = undefined;
                                }
                                const v265 = v228["output_usd_per_mtok"];
                                let v266 = (() => {
                                    let v267;
                                    if (v265 !== undefined) {
                                        if (typeof v265 !== "number" || !Number.isFinite(v265))
                                            return INVALID;
                                        if (v265 < 0)
                                            return INVALID;
                                        if (v265 > 10000)
                                            return INVALID;
                                        v267 = v265;
                                    }
                                    return v267;
                                })();
                                if (v266 === INVALID) {
                                    if ("output_usd_per_mtok" in v228)
                                        return INVALID;
                                    v266 = undefined;
                                }
                                for (const k in v228) {
                                    if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "input_tokens" && k !== "output_tokens" && k !== "tokens_per_query" && k !== "calls_per_query" && k !== "input_usd_per_mtok" && k !== "output_usd_per_mtok")
                                        return INVALID;
                                }
                                const v268 = {};
                                if ("provider" in v228)
                                    v268["provider"] = v232;
                                if ("model" in v228)
                                    v268["model"] = v237;
                                if ("usd_per_mtok" in v228)
                                    v268["usd_per_mtok"] = v242;
                                if ("monthly_usd" in v228)
                                    v268["monthly_usd"] = v245;
                                if ("one_time_usd" in v228)
                                    v268["one_time_usd"] = v248;
                                if ("input_tokens" in v228)
                                    v268["input_tokens"] = v251;
                                if ("output_tokens" in v228)
                                    v268["output_tokens"] = v254;
                                if ("tokens_per_query" in v228)
                                    v268["tokens_per_query"] = v257;
                                v268["calls_per_query"] = v260;
                                if ("input_usd_per_mtok" in v228)
                                    v268["input_usd_per_mtok"] = v263;
                                if ("output_usd_per_mtok" in v228)
                                    v268["output_usd_per_mtok"] = v266;
                                v230 = v268;
                            }
                            return v230;
                        })();
                        if (v229 === INVALID) {
                            if ("llm" in v225)
                                return INVALID;
                            v229 = undefined;
                        }
                        const v269 = v225["embedding"];
                        let v270 = (() => {
                            let v271;
                            if (v269 !== undefined) {
                                if (typeof v269 !== "object" || v269 === null || Array.isArray(v269))
                                    return INVALID;
                                const v272 = v269["provider"];
                                let v273 = (() => {
                                    let v274;
                                    if (v272 !== undefined) {
                                        if (typeof v272 !== "string")
                                            return INVALID;
                                        const v275 = typeof v272 === "string" && v272.length >= 1 && v272.length < 2 ? c1(v272) : v272.length;
                                        if (v275 < 1)
                                            return INVALID;
                                        const v276 = typeof v272 === "string" && v272.length > 100 ? c1(v272) : v272.length;
                                        if (v276 > 100)
                                            return INVALID;
                                        v274 = v272;
                                    }
                                    return v274;
                                })();
                                if (v273 === INVALID) {
                                    if ("provider" in v269)
                                        return INVALID;
                                    v273 = undefined;
                                }
                                const v277 = v269["model"];
                                let v278 = (() => {
                                    let v279;
                                    if (v277 !== undefined) {
                                        if (typeof v277 !== "string")
                                            return INVALID;
                                        const v280 = typeof v277 === "string" && v277.length >= 1 && v277.length < 2 ? c1(v277) : v277.length;
                                        if (v280 < 1)
                                            return INVALID;
                                        const v281 = typeof v277 === "string" && v277.length > 200 ? c1(v277) : v277.length;
                                        if (v281 > 200)
                                            return INVALID;
                                        v279 = v277;
                                    }
                                    return v279;
                                })();
                                if (v278 === INVALID) {
                                    if ("model" in v269)
                                        return INVALID;
                                    v278 = undefined;
                                }
                                const v282 = v269["usd_per_mtok"];
                                let v283 = (() => {
                                    let v284;
                                    if (v282 !== undefined) {
                                        if (typeof v282 !== "number" || !Number.isFinite(v282))
                                            return INVALID;
                                        if (v282 < 0)
                                            return INVALID;
                                        if (v282 > 10000)
                                            return INVALID;
                                        v284 = v282;
                                    }
                                    return v284;
                                })();
                                if (v283 === INVALID) {
                                    if ("usd_per_mtok" in v269)
                                        return INVALID;
                                    v283 = undefined;
                                }
                                const v285 = v269["monthly_usd"];
                                let v286 = (() => {
                                    let v287;
                                    if (v285 !== undefined) {
                                        if (typeof v285 !== "number" || !Number.isFinite(v285))
                                            return INVALID;
                                        if (v285 < 0)
                                            return INVALID;
                                        if (v285 > 1000000000)
                                            return INVALID;
                                        v287 = v285;
                                    }
                                    return v287;
                                })();
                                if (v286 === INVALID) {
                                    if ("monthly_usd" in v269)
                                        return INVALID;
                                    v286 = undefined;
                                }
                                const v288 = v269["one_time_usd"];
                                let v289 = (() => {
                                    let v290;
                                    if (v288 !== undefined) {
                                        if (typeof v288 !== "number" || !Number.isFinite(v288))
                                            return INVALID;
                                        if (v288 < 0)
                                            return INVALID;
                                        if (v288 > 1000000000)
                                            return INVALID;
                                        v290 = v288;
                                    }
                                    return v290;
                                })();
                                if (v289 === INVALID) {
                                    if ("one_time_usd" in v269)
                                        return INVALID;
                                    v289 = undefined;
                                }
                                const v291 = v269["tokens_per_query"];
                                let v292 = (() => {
                                    let v293;
                                    if (v291 !== undefined) {
                                        if (typeof v291 !== "number" || !Number.isFinite(v291))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v291))
                                            return INVALID;
                                        if (v291 < 0)
                                            return INVALID;
                                        if (v291 > 10000000)
                                            return INVALID;
                                        v293 = v291;
                                    }
                                    return v293;
                                })();
                                if (v292 === INVALID) {
                                    if ("tokens_per_query" in v269)
                                        return INVALID;
                                    v292 = undefined;
                                }
                                for (const k in v269) {
                                    if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "tokens_per_query")
                                        return INVALID;
                                }
                                const v294 = {};
                                if ("provider" in v269)
                                    v294["provider"] = v273;
                                if ("model" in v269)
                                    v294["model"] = v278;
                                if ("usd_per_mtok" in v269)
                                    v294["usd_per_mtok"] = v283;
                                if ("monthly_usd" in v269)
                                    v294["monthly_usd"] = v286;
                                if ("one_time_usd" in v269)
                                    v294["one_time_usd"] = v289;
                                if ("tokens_per_query" in v269)
                                    v294["tokens_per_query"] = v292;
                                v271 = v294;
                            }
                            return v271;
                        })();
                        if (v270 === INVALID) {
                            if ("embedding" in v225)
                                return INVALID;
                            v270 = undefined;
                        }
                        const v295 = v225["vector_db"];
                        let v296 = (() => {
                            let v297;
                            if (v295 !== undefined) {
                                if (typeof v295 !== "object" || v295 === null || Array.isArray(v295))
                                    return INVALID;
                                const v298 = v295["monthly_usd"];
                                let v299 = (() => {
                                    let v300;
                                    if (v298 !== undefined) {
                                        if (typeof v298 !== "number" || !Number.isFinite(v298))
                                            return INVALID;
                                        if (v298 < 0)
                                            return INVALID;
                                        if (v298 > 1000000000)
                                            return INVALID;
                                        v300 = v298;
                                    }
                                    return v300;
                                })();
                                if (v299 === INVALID) {
                                    if ("monthly_usd" in v295)
                                        return INVALID;
                                    v299 = undefined;
                                }
                                const v301 = v295["one_time_usd"];
                                let v302 = (() => {
                                    let v303;
                                    if (v301 !== undefined) {
                                        if (typeof v301 !== "number" || !Number.isFinite(v301))
                                            return INVALID;
                                        if (v301 < 0)
                                            return INVALID;
                                        if (v301 > 1000000000)
                                            return INVALID;
                                        v303 = v301;
                                    }
                                    return v303;
                                })();
                                if (v302 === INVALID) {
                                    if ("one_time_usd" in v295)
                                        return INVALID;
                                    v302 = undefined;
                                }
                                const v304 = v295["note"];
                                let v305 = (() => {
                                    let v306;
                                    if (v304 !== undefined) {
                                        if (typeof v304 !== "string")
                                            return INVALID;
                                        const v307 = typeof v304 === "string" && v304.length > 500 ? c1(v304) : v304.length;
                                        if (v307 > 500)
                                            return INVALID;
                                        v306 = v304;
                                    }
                                    return v306;
                                })();
                                if (v305 === INVALID) {
                                    if ("note" in v295)
                                        return INVALID;
                                    v305 = undefined;
                                }
                                for (const k in v295) {
                                    if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                        return INVALID;
                                }
                                const v308 = {};
                                if ("monthly_usd" in v295)
                                    v308["monthly_usd"] = v299;
                                if ("one_time_usd" in v295)
                                    v308["one_time_usd"] = v302;
                                if ("note" in v295)
                                    v308["note"] = v305;
                                v297 = v308;
                            }
                            return v297;
                        })();
                        if (v296 === INVALID) {
                            if ("vector_db" in v225)
                                return INVALID;
                            v296 = undefined;
                        }
                        const v309 = v225["fine_tune"];
                        let v310 = (() => {
                            let v311;
                            if (v309 !== undefined) {
                                if (typeof v309 !== "object" || v309 === null || Array.isArray(v309))
                                    return INVALID;
                                const v312 = v309["provider"];
                                let v313 = (() => {
                                    let v314;
                                    if (v312 !== undefined) {
                                        if (typeof v312 !== "string")
                                            return INVALID;
                                        const v315 = typeof v312 === "string" && v312.length >= 1 && v312.length < 2 ? c1(v312) : v312.length;
                                        if (v315 < 1)
                                            return INVALID;
                                        const v316 = typeof v312 === "string" && v312.length > 100 ? c1(v312) : v312.length;
                                        if (v316 > 100)
                                            return INVALID;
                                        v314 = v312;
                                    }
                                    return v314;
                                })();
                                if (v313 === INVALID) {
                                    if ("provider" in v309)
                                        return INVALID;
                                    v313 = undefined;
                                }
                                const v317 = v309["model"];
                                let v318 = (() => {
                                    let v319;
                                    if (v317 !== undefined) {
                                        if (typeof v317 !== "string")
                                            return INVALID;
                                        const v320 = typeof v317 === "string" && v317.length >= 1 && v317.length < 2 ? c1(v317) : v317.length;
                                        if (v320 < 1)
                                            return INVALID;
                                        const v321 = typeof v317 === "string" && v317.length > 200 ? c1(v317) : v317.length;
                                        if (v321 > 200)
                                            return INVALID;
                                        v319 = v317;
                                    }
                                    return v319;
                                })();
                                if (v318 === INVALID) {
                                    if ("model" in v309)
                                        return INVALID;
                                    v318 = undefined;
                                }
                                const v322 = v309["usd_per_mtok"];
                                let v323 = (() => {
                                    let v324;
                                    if (v322 !== undefined) {
                                        if (typeof v322 !== "number" || !Number.isFinite(v322))
                                            return INVALID;
                                        if (v322 < 0)
                                            return INVALID;
                                        if (v322 > 10000)
                                            return INVALID;
                                        v324 = v322;
                                    }
                                    return v324;
                                })();
                                if (v323 === INVALID) {
                                    if ("usd_per_mtok" in v309)
                                        return INVALID;
                                    v323 = undefined;
                                }
                                const v325 = v309["monthly_usd"];
                                let v326 = (() => {
                                    let v327;
                                    if (v325 !== undefined) {
                                        if (typeof v325 !== "number" || !Number.isFinite(v325))
                                            return INVALID;
                                        if (v325 < 0)
                                            return INVALID;
                                        if (v325 > 1000000000)
                                            return INVALID;
                                        v327 = v325;
                                    }
                                    return v327;
                                })();
                                if (v326 === INVALID) {
                                    if ("monthly_usd" in v309)
                                        return INVALID;
                                    v326 = undefined;
                                }
                                const v328 = v309["one_time_usd"];
                                let v329 = (() => {
                                    let v330;
                                    if (v328 !== undefined) {
                                        if (typeof v328 !== "number" || !Number.isFinite(v328))
                                            return INVALID;
                                        if (v328 < 0)
                                            return INVALID;
                                        if (v328 > 1000000000)
                                            return INVALID;
                                        v330 = v328;
                                    }
                                    return v330;
                                })();
                                if (v329 === INVALID) {
                                    if ("one_time_usd" in v309)
                                        return INVALID;
                                    v329 = undefined;
                                }
                                const v331 = v309["training_tokens"];
                                let v332 = (() => {
                                    let v333;
                                    if (v331 !== undefined) {
                                        if (typeof v331 !== "number" || !Number.isFinite(v331))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v331))
                                            return INVALID;
                                        if (v331 < 0)
                                            return INVALID;
                                        if (v331 > 1000000000000)
                                            return INVALID;
                                        v333 = v331;
                                    }
                                    return v333;
                                })();
                                if (v332 === INVALID) {
                                    if ("training_tokens" in v309)
                                        return INVALID;
                                    v332 = undefined;
                                }
                                const v334 = v309["epochs"];
                                let v335 = (() => {
                                    let v336;
                                    if (v334 === undefined) {
                                        v336 = c7(c13());
                                    }
                                    else {
                                        if (typeof v334 !== "number" || !Number.isFinite(v334))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v334))
                                            return INVALID;
                                        if (v334 < 1)
                                            return INVALID;
                                        if (v334 > 100)
                                            return INVALID;
                                        v336 = v334 === undefined ? c7(c13()) : v334;
                                    }
                                    return v336;
                                })();
                                if (v335 === INVALID)
                                    return INVALID;
                                for (const k in v309) {
                                    if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "training_tokens" && k !== "epochs")
                                        return INVALID;
                                }
                                const v337 = {};
                                if ("provider" in v309)
                                    v337["provider"] = v313;
                                if ("model" in v309)
                                    v337["model"] = v318;
                                if ("usd_per_mtok" in v309)
                                    v337["usd_per_mtok"] = v323;
                                if ("monthly_usd" in v309)
                                    v337["monthly_usd"] = v326;
                                if ("one_time_usd" in v309)
                                    v337["one_time_usd"] = v329;
                                if ("training_tokens" in v309)
                                    v337["training_tokens"] = v332;
                                v337["epochs"] = v335;
                                v311 = v337;
                            }
                            return v311;
                        })();
                        if (v310 === INVALID) {
                            if ("fine_tune" in v225)
                                return INVALID;
                            v310 = undefined;
                        }
                        const v338 = v225["hosting"];
                        let v339 = (() => {
                            let v340;
                            if (v338 !== undefined) {
                                if (typeof v338 !== "object" || v338 === null || Array.isArray(v338))
                                    return INVALID;
                                const v341 = v338["monthly_usd"];
                                let v342 = (() => {
                                    let v343;
                                    if (v341 !== undefined) {
                                        if (typeof v341 !== "number" || !Number.isFinite(v341))
                                            return INVALID;
                                        if (v341 < 0)
                                            return INVALID;
                                        if (v341 > 1000000000)
                                            return INVALID;
                                        v343 = v341;
                                    }
                                    return v343;
                                })();
                                if (v342 === INVALID) {
                                    if ("monthly_usd" in v338)
                                        return INVALID;
                                    v342 = undefined;
                                }
                                const v344 = v338["one_time_usd"];
                                let v345 = (() => {
                                    let v346;
                                    if (v344 !== undefined) {
                                        if (typeof v344 !== "number" || !Number.isFinite(v344))
                                            return INVALID;
                                        if (v344 < 0)
                                            return INVALID;
                                        if (v344 > 1000000000)
                                            return INVALID;
                                        v346 = v344;
                                    }
                                    return v346;
                                })();
                                if (v345 === INVALID) {
                                    if ("one_time_usd" in v338)
                                        return INVALID;
                                    v345 = undefined;
                                }
                                const v347 = v338["note"];
                                let v348 = (() => {
                                    let v349;
                                    if (v347 !== undefined) {
                                        if (typeof v347 !== "string")
                                            return INVALID;
                                        const v350 = typeof v347 === "string" && v347.length > 500 ? c1(v347) : v347.length;
                                        if (v350 > 500)
                                            return INVALID;
                                        v349 = v347;
                                    }
                                    return v349;
                                })();
                                if (v348 === INVALID) {
                                    if ("note" in v338)
                                        return INVALID;
                                    v348 = undefined;
                                }
                                for (const k in v338) {
                                    if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                        return INVALID;
                                }
                                const v351 = {};
                                if ("monthly_usd" in v338)
                                    v351["monthly_usd"] = v342;
                                if ("one_time_usd" in v338)
                                    v351["one_time_usd"] = v345;
                                if ("note" in v338)
                                    v351["note"] = v348;
                                v340 = v351;
                            }
                            return v340;
                        })();
                        if (v339 === INVALID) {
                            if ("hosting" in v225)
                                return INVALID;
                            v339 = undefined;
                        }
                        const v352 = v225["other"];
                        let v353 = (() => {
                            let v354;
                            if (v352 !== undefined) {
                                if (!Array.isArray(v352))
                                    return INVALID;
                                if (v352.length > 100)
                                    return INVALID;
                                const v355 = new Array(v352.length);
                                for (let v356 = 0; v356 < v352.length; v356++) {
                                    const v357 = v352[v356];
                                    if (typeof v357 !== "object" || v357 === null || Array.isArray(v357))
                                        return INVALID;
                                    const v358 = v357["name"];
                                    if (typeof v358 !== "string")
                                        return INVALID;
                                    const v359 = typeof v358 === "string" && v358.length >= 1 && v358.length < 2 ? c1(v358) : v358.length;
                                    if (v359 < 1)
                                        return INVALID;
                                    const v360 = typeof v358 === "string" && v358.length > 100 ? c1(v358) : v358.length;
                                    if (v360 > 100)
                                        return INVALID;
                                    const v361 = v357["monthly_usd"];
                                    let v362 = (() => {
                                        let v363;
                                        if (v361 !== undefined) {
                                            if (typeof v361 !== "number" || !Number.isFinite(v361))
                                                return INVALID;
                                            if (v361 < 0)
                                                return INVALID;
                                            if (v361 > 1000000000)
                                                return INVALID;
                                            v363 = v361;
                                        }
                                        return v363;
                                    })();
                                    if (v362 === INVALID) {
                                        if ("monthly_usd" in v357)
                                            return INVALID;
                                        v362 = undefined;
                                    }
                                    const v364 = v357["one_time_usd"];
                                    let v365 = (() => {
                                        let v366;
                                        if (v364 !== undefined) {
                                            if (typeof v364 !== "number" || !Number.isFinite(v364))
                                                return INVALID;
                                            if (v364 < 0)
                                                return INVALID;
                                            if (v364 > 1000000000)
                                                return INVALID;
                                            v366 = v364;
                                        }
                                        return v366;
                                    })();
                                    if (v365 === INVALID) {
                                        if ("one_time_usd" in v357)
                                            return INVALID;
                                        v365 = undefined;
                                    }
                                    for (const k in v357) {
                                        if (k !== "name" && k !== "monthly_usd" && k !== "one_time_usd")
                                            return INVALID;
                                    }
                                    const v367 = {};
                                    v367["name"] = v358;
                                    if ("monthly_usd" in v357)
                                        v367["monthly_usd"] = v362;
                                    if ("one_time_usd" in v357)
                                        v367["one_time_usd"] = v365;
                                    v355[v356] = v367;
                                }
                                const v368 = typeof v355 === "string" && v355.length > 100 ? c1(v355) : v355.length;
                                if (v368 > 100)
                                    return INVALID;
                                v354 = v355;
                            }
                            return v354;
                        })();
                        if (v353 === INVALID) {
                            if ("other" in v225)
                                return INVALID;
                            v353 = undefined;
                        }
                        for (const k in v225) {
                            if (k !== "llm" && k !== "embedding" && k !== "vector_db" && k !== "fine_tune" && k !== "hosting" && k !== "other")
                                return INVALID;
                        }
                        const v369 = {};
                        if ("llm" in v225)
                            v369["llm"] = v229;
                        if ("embedding" in v225)
                            v369["embedding"] = v270;
                        if ("vector_db" in v225)
                            v369["vector_db"] = v296;
                        if ("fine_tune" in v225)
                            v369["fine_tune"] = v310;
                        if ("hosting" in v225)
                            v369["hosting"] = v339;
                        if ("other" in v225)
                            v369["other"] = v353;
                        v227 = v369;
                    }
                    return v227;
                })();
                if (v226 === INVALID) {
                    if ("alternative" in v81)
                        return INVALID;
                    v226 = undefined;
                }
                for (const k in v81) {
                    if (k !== "llm" && k !== "embedding" && k !== "vector_db" && k !== "fine_tune" && k !== "hosting" && k !== "other" && k !== "alternative")
                        return INVALID;
                }
                const v370 = {};
                if ("llm" in v81)
                    v370["llm"] = v85;
                if ("embedding" in v81)
                    v370["embedding"] = v126;
                if ("vector_db" in v81)
                    v370["vector_db"] = v152;
                if ("fine_tune" in v81)
                    v370["fine_tune"] = v166;
                if ("hosting" in v81)
                    v370["hosting"] = v195;
                if ("other" in v81)
                    v370["other"] = v209;
                if ("alternative" in v81)
                    v370["alternative"] = v226;
                v83 = v370;
            }
            return v83;
        })();
        if (v82 === INVALID) {
            if ("cost" in input)
                return INVALID;
            v82 = undefined;
        }
        const v371 = input["budget"];
        let v372 = (() => {
            let v373;
            if (v371 !== undefined) {
                if (typeof v371 !== "object" || v371 === null || Array.isArray(v371))
                    return INVALID;
                const v374 = v371["monthly_usd"];
                let v375 = (() => {
                    let v376;
                    if (v374 !== undefined) {
                        if (typeof v374 !== "number" || !Number.isFinite(v374))
                            return INVALID;
                        if (v374 < 0)
                            return INVALID;
                        if (v374 > 1000000000)
                            return INVALID;
                        v376 = v374;
                    }
                    return v376;
                })();
                if (v375 === INVALID) {
                    if ("monthly_usd" in v371)
                        return INVALID;
                    v375 = undefined;
                }
                const v377 = v371["one_time_usd"];
                let v378 = (() => {
                    let v379;
                    if (v377 !== undefined) {
                        if (typeof v377 !== "number" || !Number.isFinite(v377))
                            return INVALID;
                        if (v377 < 0)
                            return INVALID;
                        if (v377 > 1000000000)
                            return INVALID;
                        v379 = v377;
                    }
                    return v379;
                })();
                if (v378 === INVALID) {
                    if ("one_time_usd" in v371)
                        return INVALID;
                    v378 = undefined;
                }
                for (const k in v371) {
                    if (k !== "monthly_usd" && k !== "one_time_usd")
                        return INVALID;
                }
                const v380 = {};
                if ("monthly_usd" in v371)
                    v380["monthly_usd"] = v375;
                if ("one_time_usd" in v371)
                    v380["one_time_usd"] = v378;
                v373 = v380;
            }
            return v373;
        })();
        if (v372 === INVALID) {
            if ("budget" in input)
                return INVALID;
            v372 = undefined;
        }
        const v381 = input["evals"];
        let v382 = (() => {
            let v383;
            if (v381 !== undefined) {
                if (typeof v381 !== "object" || v381 === null || Array.isArray(v381))
                    return INVALID;
                const v384 = v381["format"];
                let v385 = (() => {
                    let v386;
                    if (v384 === undefined) {
                        v386 = c7(c14());
                    }
                    else {
                        if (!c15.has(v384))
                            return INVALID;
                        v386 = v384 === undefined ? c7(c14()) : v384;
                    }
                    return v386;
                })();
                if (v385 === INVALID)
                    return INVALID;
                const v387 = v381["candidate"];
                let v388 = (() => {
                    let v389;
                    if (v387 !== undefined) {
                        let v390;
                        v390 = (() => {
                            if (typeof v387 !== "string")
                                return INVALID;
                            const v391 = typeof v387 === "string" && v387.length >= 1 && v387.length < 2 ? c1(v387) : v387.length;
                            if (v391 < 1)
                                return INVALID;
                            const v392 = typeof v387 === "string" && v387.length > 1000 ? c1(v387) : v387.length;
                            if (v392 > 1000)
                                return INVALID;
                            return v387;
                        })();
                        if (v390 === INVALID)
                            v390 = (() => {
                                if (!Array.isArray(v387))
                                    return INVALID;
                                if (v387.length > 100)
                                    return INVALID;
                                const v393 = new Array(v387.length);
                                for (let v394 = 0; v394 < v387.length; v394++) {
                                    const v395 = v387[v394];
                                    if (typeof v395 !== "string")
                                        return INVALID;
                                    const v396 = typeof v395 === "string" && v395.length >= 1 && v395.length < 2 ? c1(v395) : v395.length;
                                    if (v396 < 1)
                                        return INVALID;
                                    const v397 = typeof v395 === "string" && v395.length > 1000 ? c1(v395) : v395.length;
                                    if (v397 > 1000)
                                        return INVALID;
                                    v393[v394] = v395;
                                }
                                const v398 = typeof v393 === "string" && v393.length >= 1 && v393.length < 2 ? c1(v393) : v393.length;
                                if (v398 < 1)
                                    return INVALID;
                                const v399 = typeof v393 === "string" && v393.length > 100 ? c1(v393) : v393.length;
                                if (v399 > 100)
                                    return INVALID;
                                return v393;
                            })();
                        if (v390 === INVALID)
                            return INVALID;
                        v389 = v390;
                    }
                    return v389;
                })();
                if (v388 === INVALID) {
                    if ("candidate" in v381)
                        return INVALID;
                    v388 = undefined;
                }
                const v400 = v381["baseline"];
                let v401 = (() => {
                    let v402;
                    if (v400 !== undefined) {
                        let v403;
                        v403 = (() => {
                            if (typeof v400 !== "string")
                                return INVALID;
                            const v404 = typeof v400 === "string" && v400.length >= 1 && v400.length < 2 ? c1(v400) : v400.length;
                            if (v404 < 1)
                                return INVALID;
                            const v405 = typeof v400 === "string" && v400.length > 1000 ? c1(v400) : v400.length;
                            if (v405 > 1000)
                                return INVALID;
                            return v400;
                        })();
                        if (v403 === INVALID)
                            v403 = (() => {
                                if (!Array.isArray(v400))
                                    return INVALID;
                                if (v400.length > 100)
                                    return INVALID;
                                const v406 = new Array(v400.length);
                                for (let v407 = 0; v407 < v400.length; v407++) {
                                    const v408 = v400[v407];
                                    if (typeof v408 !== "string")
                                        return INVALID;
                                    const v409 = typeof v408 === "string" && v408.length >= 1 && v408.length < 2 ? c1(v408) : v408.length;
                                    if (v409 < 1)
                                        return INVALID;
                                    const v410 = typeof v408 === "string" && v408.length > 1000 ? c1(v408) : v408.length;
                                    if (v410 > 1000)
                                        return INVALID;
                                    v406[v407] = v408;
                                }
                                const v411 = typeof v406 === "string" && v406.length >= 1 && v406.length < 2 ? c1(v406) : v406.length;
                                if (v411 < 1)
                                    return INVALID;
                                const v412 = typeof v406 === "string" && v406.length > 100 ? c1(v406) : v406.length;
                                if (v412 > 100)
                                    return INVALID;
                                return v406;
                            })();
                        if (v403 === INVALID)
                            return INVALID;
                        v402 = v403;
                    }
                    return v402;
                })();
                if (v401 === INVALID) {
                    if ("baseline" in v381)
                        return INVALID;
                    v401 = undefined;
                }
                const v413 = v381["alternative"];
                let v414 = (() => {
                    let v415;
                    if (v413 !== undefined) {
                        let v416;
                        v416 = (() => {
                            if (typeof v413 !== "string")
                                return INVALID;
                            const v417 = typeof v413 === "string" && v413.length >= 1 && v413.length < 2 ? c1(v413) : v413.length;
                            if (v417 < 1)
                                return INVALID;
                            const v418 = typeof v413 === "string" && v413.length > 1000 ? c1(v413) : v413.length;
                            if (v418 > 1000)
                                return INVALID;
                            return v413;
                        })();
                        if (v416 === INVALID)
                            v416 = (() => {
                                if (!Array.isArray(v413))
                                    return INVALID;
                                if (v413.length > 100)
                                    return INVALID;
                                const v419 = new Array(v413.length);
                                for (let v420 = 0; v420 < v413.length; v420++) {
                                    const v421 = v413[v420];
                                    if (typeof v421 !== "string")
                                        return INVALID;
                                    const v422 = typeof v421 === "string" && v421.length >= 1 && v421.length < 2 ? c1(v421) : v421.length;
                                    if (v422 < 1)
                                        return INVALID;
                                    const v423 = typeof v421 === "string" && v421.length > 1000 ? c1(v421) : v421.length;
                                    if (v423 > 1000)
                                        return INVALID;
                                    v419[v420] = v421;
                                }
                                const v424 = typeof v419 === "string" && v419.length >= 1 && v419.length < 2 ? c1(v419) : v419.length;
                                if (v424 < 1)
                                    return INVALID;
                                const v425 = typeof v419 === "string" && v419.length > 100 ? c1(v419) : v419.length;
                                if (v425 > 100)
                                    return INVALID;
                                return v419;
                            })();
                        if (v416 === INVALID)
                            return INVALID;
                        v415 = v416;
                    }
                    return v415;
                })();
                if (v414 === INVALID) {
                    if ("alternative" in v381)
                        return INVALID;
                    v414 = undefined;
                }
                const v426 = v381["general"];
                let v427 = (() => {
                    let v428;
                    if (v426 !== undefined) {
                        if (!Array.isArray(v426))
                            return INVALID;
                        if (v426.length > 200)
                            return INVALID;
                        const v429 = new Array(v426.length);
                        for (let v430 = 0; v430 < v426.length; v430++) {
                            const v431 = v426[v430];
                            if (typeof v431 !== "string")
                                return INVALID;
                            const v432 = typeof v431 === "string" && v431.length >= 1 && v431.length < 2 ? c1(v431) : v431.length;
                            if (v432 < 1)
                                return INVALID;
                            const v433 = typeof v431 === "string" && v431.length > 200 ? c1(v431) : v431.length;
                            if (v433 > 200)
                                return INVALID;
                            v429[v430] = v431;
                        }
                        const v434 = typeof v429 === "string" && v429.length > 200 ? c1(v429) : v429.length;
                        if (v434 > 200)
                            return INVALID;
                        v428 = v429;
                    }
                    return v428;
                })();
                if (v427 === INVALID) {
                    if ("general" in v381)
                        return INVALID;
                    v427 = undefined;
                }
                const v435 = v381["safety"];
                let v436 = (() => {
                    let v437;
                    if (v435 !== undefined) {
                        if (!Array.isArray(v435))
                            return INVALID;
                        if (v435.length > 200)
                            return INVALID;
                        const v438 = new Array(v435.length);
                        for (let v439 = 0; v439 < v435.length; v439++) {
                            const v440 = v435[v439];
                            if (typeof v440 !== "string")
                                return INVALID;
                            const v441 = typeof v440 === "string" && v440.length >= 1 && v440.length < 2 ? c1(v440) : v440.length;
                            if (v441 < 1)
                                return INVALID;
                            const v442 = typeof v440 === "string" && v440.length > 200 ? c1(v440) : v440.length;
                            if (v442 > 200)
                                return INVALID;
                            v438[v439] = v440;
                        }
                        const v443 = typeof v438 === "string" && v438.length > 200 ? c1(v438) : v438.length;
                        if (v443 > 200)
                            return INVALID;
                        v437 = v438;
                    }
                    return v437;
                })();
                if (v436 === INVALID) {
                    if ("safety" in v381)
                        return INVALID;
                    v436 = undefined;
                }
                const v444 = v381["task"];
                let v445 = (() => {
                    let v446;
                    if (v444 !== undefined) {
                        if (!Array.isArray(v444))
                            return INVALID;
                        if (v444.length > 200)
                            return INVALID;
                        const v447 = new Array(v444.length);
                        for (let v448 = 0; v448 < v444.length; v448++) {
                            const v449 = v444[v448];
                            if (typeof v449 !== "string")
                                return INVALID;
                            const v450 = typeof v449 === "string" && v449.length >= 1 && v449.length < 2 ? c1(v449) : v449.length;
                            if (v450 < 1)
                                return INVALID;
                            const v451 = typeof v449 === "string" && v449.length > 200 ? c1(v449) : v449.length;
                            if (v451 > 200)
                                return INVALID;
                            v447[v448] = v449;
                        }
                        const v452 = typeof v447 === "string" && v447.length > 200 ? c1(v447) : v447.length;
                        if (v452 > 200)
                            return INVALID;
                        v446 = v447;
                    }
                    return v446;
                })();
                if (v445 === INVALID) {
                    if ("task" in v381)
                        return INVALID;
                    v445 = undefined;
                }
                const v453 = v381["metrics"];
                let v454 = (() => {
                    let v455;
                    if (v453 !== undefined) {
                        if (!c16(v453))
                            return INVALID;
                        const v456 = {};
                        const v460 = Object.getOwnPropertySymbols(v453);
                        const v461 = Object.getOwnPropertyNames(v453);
                        for (let v462 = 0; v462 < v461.length; v462++) {
                            const v457 = v461[v462];
                            if (v457 === "__proto__" || !c19.call(v453, v457))
                                continue;
                            let v459 = c17(v457);
                            if (v459 === INVALID && typeof v457 === "string" && c18.test(v457))
                                v459 = c17(Number(v457));
                            if (v459 === INVALID)
                                return INVALID;
                            if (v459 === "__proto__")
                                continue;
                            const v463 = v453[v457];
                            if (typeof v463 !== "string")
                                return INVALID;
                            const v464 = typeof v463 === "string" && v463.length >= 1 && v463.length < 2 ? c1(v463) : v463.length;
                            if (v464 < 1)
                                return INVALID;
                            const v465 = typeof v463 === "string" && v463.length > 200 ? c1(v463) : v463.length;
                            if (v465 > 200)
                                return INVALID;
                            v456[v459] = v463;
                        }
                        for (let v462 = 0; v462 < v460.length; v462++) {
                            const v457 = v460[v462];
                            if (!c19.call(v453, v457))
                                continue;
                            let v459 = c17(v457);
                            if (v459 === INVALID && typeof v457 === "string" && c18.test(v457))
                                v459 = c17(Number(v457));
                            if (v459 === INVALID)
                                return INVALID;
                            if (v459 === "__proto__")
                                continue;
                            const v466 = v453[v457];
                            if (typeof v466 !== "string")
                                return INVALID;
                            const v467 = typeof v466 === "string" && v466.length >= 1 && v466.length < 2 ? c1(v466) : v466.length;
                            if (v467 < 1)
                                return INVALID;
                            const v468 = typeof v466 === "string" && v466.length > 200 ? c1(v466) : v466.length;
                            if (v468 > 200)
                                return INVALID;
                            v456[v459] = v466;
                        }
                        v455 = v456;
                    }
                    return v455;
                })();
                if (v454 === INVALID) {
                    if ("metrics" in v381)
                        return INVALID;
                    v454 = undefined;
                }
                const v469 = v381["chance"];
                let v470 = (() => {
                    let v471;
                    if (v469 !== undefined) {
                        if (!c16(v469))
                            return INVALID;
                        const v472 = {};
                        const v476 = Object.getOwnPropertySymbols(v469);
                        const v477 = Object.getOwnPropertyNames(v469);
                        for (let v478 = 0; v478 < v477.length; v478++) {
                            const v473 = v477[v478];
                            if (v473 === "__proto__" || !c19.call(v469, v473))
                                continue;
                            let v475 = c20(v473);
                            if (v475 === INVALID && typeof v473 === "string" && c18.test(v473))
                                v475 = c20(Number(v473));
                            if (v475 === INVALID)
                                return INVALID;
                            if (v475 === "__proto__")
                                continue;
                            const v479 = v469[v473];
                            if (typeof v479 !== "number" || !Number.isFinite(v479))
                                return INVALID;
                            if (v479 < 0)
                                return INVALID;
                            if (v479 > 0.99)
                                return INVALID;
                            v472[v475] = v479;
                        }
                        for (let v478 = 0; v478 < v476.length; v478++) {
                            const v473 = v476[v478];
                            if (!c19.call(v469, v473))
                                continue;
                            let v475 = c20(v473);
                            if (v475 === INVALID && typeof v473 === "string" && c18.test(v473))
                                v475 = c20(Number(v473));
                            if (v475 === INVALID)
                                return INVALID;
                            if (v475 === "__proto__")
                                continue;
                            const v480 = v469[v473];
                            if (typeof v480 !== "number" || !Number.isFinite(v480))
                                return INVALID;
                            if (v480 < 0)
                                return INVALID;
                            if (v480 > 0.99)
                                return INVALID;
                            v472[v475] = v480;
                        }
                        v471 = v472;
                    }
                    return v471;
                })();
                if (v470 === INVALID) {
                    if ("chance" in v381)
                        return INVALID;
                    v470 = undefined;
                }
                const v481 = v381["pool"];
                let v482 = (() => {
                    let v483;
                    if (v481 !== undefined) {
                        if (!Array.isArray(v481))
                            return INVALID;
                        if (v481.length > 200)
                            return INVALID;
                        const v484 = new Array(v481.length);
                        for (let v485 = 0; v485 < v481.length; v485++) {
                            const v486 = v481[v485];
                            if (typeof v486 !== "string")
                                return INVALID;
                            const v487 = typeof v486 === "string" && v486.length >= 1 && v486.length < 2 ? c1(v486) : v486.length;
                            if (v487 < 1)
                                return INVALID;
                            const v488 = typeof v486 === "string" && v486.length > 200 ? c1(v486) : v486.length;
                            if (v488 > 200)
                                return INVALID;
                            v484[v485] = v486;
                        }
                        const v489 = typeof v484 === "string" && v484.length > 200 ? c1(v484) : v484.length;
                        if (v489 > 200)
                            return INVALID;
                        v483 = v484;
                    }
                    return v483;
                })();
                if (v482 === INVALID) {
                    if ("pool" in v381)
                        return INVALID;
                    v482 = undefined;
                }
                const v490 = v381["task_floor"];
                let v491 = (() => {
                    let v492;
                    if (v490 !== undefined) {
                        if (typeof v490 !== "number" || !Number.isFinite(v490))
                            return INVALID;
                        if (v490 < 0)
                            return INVALID;
                        if (v490 > 1)
                            return INVALID;
                        v492 = v490;
                    }
                    return v492;
                })();
                if (v491 === INVALID) {
                    if ("task_floor" in v381)
                        return INVALID;
                    v491 = undefined;
                }
                for (const k in v381) {
                    if (k !== "format" && k !== "candidate" && k !== "baseline" && k !== "alternative" && k !== "general" && k !== "safety" && k !== "task" && k !== "metrics" && k !== "chance" && k !== "pool" && k !== "task_floor")
                        return INVALID;
                }
                const v493 = {};
                v493["format"] = v385;
                if ("candidate" in v381)
                    v493["candidate"] = v388;
                if ("baseline" in v381)
                    v493["baseline"] = v401;
                if ("alternative" in v381)
                    v493["alternative"] = v414;
                if ("general" in v381)
                    v493["general"] = v427;
                if ("safety" in v381)
                    v493["safety"] = v436;
                if ("task" in v381)
                    v493["task"] = v445;
                if ("metrics" in v381)
                    v493["metrics"] = v454;
                if ("chance" in v381)
                    v493["chance"] = v470;
                if ("pool" in v381)
                    v493["pool"] = v482;
                if ("task_floor" in v381)
                    v493["task_floor"] = v491;
                v383 = v493;
            }
            return v383;
        })();
        if (v382 === INVALID) {
            if ("evals" in input)
                return INVALID;
            v382 = undefined;
        }
        const v494 = input["models"];
        let v495 = (() => {
            let v496;
            if (v494 !== undefined) {
                if (typeof v494 !== "object" || v494 === null || Array.isArray(v494))
                    return INVALID;
                const v497 = v494["base"];
                let v498 = (() => {
                    let v499;
                    if (v497 !== undefined) {
                        let v500;
                        v500 = (() => {
                            if (typeof v497 !== "string")
                                return INVALID;
                            const v501 = typeof v497 === "string" && v497.length >= 1 && v497.length < 2 ? c1(v497) : v497.length;
                            if (v501 < 1)
                                return INVALID;
                            const v502 = typeof v497 === "string" && v497.length > 200 ? c1(v497) : v497.length;
                            if (v502 > 200)
                                return INVALID;
                            return v497;
                        })();
                        if (v500 === INVALID)
                            v500 = (() => {
                                if (typeof v497 !== "object" || v497 === null || Array.isArray(v497))
                                    return INVALID;
                                const v503 = v497["name"];
                                if (typeof v503 !== "string")
                                    return INVALID;
                                const v504 = typeof v503 === "string" && v503.length >= 1 && v503.length < 2 ? c1(v503) : v503.length;
                                if (v504 < 1)
                                    return INVALID;
                                const v505 = typeof v503 === "string" && v503.length > 200 ? c1(v503) : v503.length;
                                if (v505 > 200)
                                    return INVALID;
                                const v506 = v497["adapter"];
                                let v507 = (() => {
                                    let v508;
                                    if (v506 !== undefined) {
                                        if (typeof v506 !== "string")
                                            return INVALID;
                                        const v509 = typeof v506 === "string" && v506.length >= 1 && v506.length < 2 ? c1(v506) : v506.length;
                                        if (v509 < 1)
                                            return INVALID;
                                        const v510 = typeof v506 === "string" && v506.length > 200 ? c1(v506) : v506.length;
                                        if (v510 > 200)
                                            return INVALID;
                                        v508 = v506;
                                    }
                                    return v508;
                                })();
                                if (v507 === INVALID) {
                                    if ("adapter" in v497)
                                        return INVALID;
                                    v507 = undefined;
                                }
                                const v511 = v497["revision"];
                                let v512 = (() => {
                                    let v513;
                                    if (v511 !== undefined) {
                                        if (typeof v511 !== "string")
                                            return INVALID;
                                        const v514 = typeof v511 === "string" && v511.length >= 1 && v511.length < 2 ? c1(v511) : v511.length;
                                        if (v514 < 1)
                                            return INVALID;
                                        const v515 = typeof v511 === "string" && v511.length > 200 ? c1(v511) : v511.length;
                                        if (v515 > 200)
                                            return INVALID;
                                        v513 = v511;
                                    }
                                    return v513;
                                })();
                                if (v512 === INVALID) {
                                    if ("revision" in v497)
                                        return INVALID;
                                    v512 = undefined;
                                }
                                for (const k in v497) {
                                    if (k !== "name" && k !== "adapter" && k !== "revision")
                                        return INVALID;
                                }
                                const v516 = {};
                                v516["name"] = v503;
                                if ("adapter" in v497)
                                    v516["adapter"] = v507;
                                if ("revision" in v497)
                                    v516["revision"] = v512;
                                return v516;
                            })();
                        if (v500 === INVALID)
                            return INVALID;
                        v499 = v500;
                    }
                    return v499;
                })();
                if (v498 === INVALID) {
                    if ("base" in v494)
                        return INVALID;
                    v498 = undefined;
                }
                const v517 = v494["candidate"];
                let v518 = (() => {
                    let v519;
                    if (v517 !== undefined) {
                        let v520;
                        v520 = (() => {
                            if (typeof v517 !== "string")
                                return INVALID;
                            const v521 = typeof v517 === "string" && v517.length >= 1 && v517.length < 2 ? c1(v517) : v517.length;
                            if (v521 < 1)
                                return INVALID;
                            const v522 = typeof v517 === "string" && v517.length > 200 ? c1(v517) : v517.length;
                            if (v522 > 200)
                                return INVALID;
                            return v517;
                        })();
                        if (v520 === INVALID)
                            v520 = (() => {
                                if (typeof v517 !== "object" || v517 === null || Array.isArray(v517))
                                    return INVALID;
                                const v523 = v517["name"];
                                if (typeof v523 !== "string")
                                    return INVALID;
                                const v524 = typeof v523 === "string" && v523.length >= 1 && v523.length < 2 ? c1(v523) : v523.length;
                                if (v524 < 1)
                                    return INVALID;
                                const v525 = typeof v523 === "string" && v523.length > 200 ? c1(v523) : v523.length;
                                if (v525 > 200)
                                    return INVALID;
                                const v526 = v517["adapter"];
                                let v527 = (() => {
                                    let v528;
                                    if (v526 !== undefined) {
                                        if (typeof v526 !== "string")
                                            return INVALID;
                                        const v529 = typeof v526 === "string" && v526.length >= 1 && v526.length < 2 ? c1(v526) : v526.length;
                                        if (v529 < 1)
                                            return INVALID;
                                        const v530 = typeof v526 === "string" && v526.length > 200 ? c1(v526) : v526.length;
                                        if (v530 > 200)
                                            return INVALID;
                                        v528 = v526;
                                    }
                                    return v528;
                                })();
                                if (v527 === INVALID) {
                                    if ("adapter" in v517)
                                        return INVALID;
                                    v527 = undefined;
                                }
                                const v531 = v517["revision"];
                                let v532 = (() => {
                                    let v533;
                                    if (v531 !== undefined) {
                                        if (typeof v531 !== "string")
                                            return INVALID;
                                        const v534 = typeof v531 === "string" && v531.length >= 1 && v531.length < 2 ? c1(v531) : v531.length;
                                        if (v534 < 1)
                                            return INVALID;
                                        const v535 = typeof v531 === "string" && v531.length > 200 ? c1(v531) : v531.length;
                                        if (v535 > 200)
                                            return INVALID;
                                        v533 = v531;
                                    }
                                    return v533;
                                })();
                                if (v532 === INVALID) {
                                    if ("revision" in v517)
                                        return INVALID;
                                    v532 = undefined;
                                }
                                for (const k in v517) {
                                    if (k !== "name" && k !== "adapter" && k !== "revision")
                                        return INVALID;
                                }
                                const v536 = {};
                                v536["name"] = v523;
                                if ("adapter" in v517)
                                    v536["adapter"] = v527;
                                if ("revision" in v517)
                                    v536["revision"] = v532;
                                return v536;
                            })();
                        if (v520 === INVALID)
                            return INVALID;
                        v519 = v520;
                    }
                    return v519;
                })();
                if (v518 === INVALID) {
                    if ("candidate" in v494)
                        return INVALID;
                    v518 = undefined;
                }
                const v537 = v494["artifacts"];
                let v538 = (() => {
                    let v539;
                    if (v537 !== undefined) {
                        if (!Array.isArray(v537))
                            return INVALID;
                        if (v537.length > 100)
                            return INVALID;
                        const v540 = new Array(v537.length);
                        for (let v541 = 0; v541 < v537.length; v541++) {
                            const v542 = v537[v541];
                            let v543;
                            v543 = (() => {
                                if (typeof v542 !== "string")
                                    return INVALID;
                                const v544 = typeof v542 === "string" && v542.length >= 1 && v542.length < 2 ? c1(v542) : v542.length;
                                if (v544 < 1)
                                    return INVALID;
                                const v545 = typeof v542 === "string" && v542.length > 1000 ? c1(v542) : v542.length;
                                if (v545 > 1000)
                                    return INVALID;
                                return v542;
                            })();
                            if (v543 === INVALID)
                                v543 = (() => {
                                    if (typeof v542 !== "object" || v542 === null || Array.isArray(v542))
                                        return INVALID;
                                    const v546 = v542["name"];
                                    if (typeof v546 !== "string")
                                        return INVALID;
                                    const v547 = typeof v546 === "string" && v546.length >= 1 && v546.length < 2 ? c1(v546) : v546.length;
                                    if (v547 < 1)
                                        return INVALID;
                                    const v548 = typeof v546 === "string" && v546.length > 200 ? c1(v546) : v546.length;
                                    if (v548 > 200)
                                        return INVALID;
                                    const v549 = v542["digest"];
                                    if (typeof v549 !== "string")
                                        return INVALID;
                                    c21.lastIndex = 0;
                                    if (!c21.test(v549))
                                        return INVALID;
                                    for (const k in v542) {
                                        if (k !== "name" && k !== "digest")
                                            return INVALID;
                                    }
                                    const v550 = { "name": v546, "digest": v549 };
                                    return v550;
                                })();
                            if (v543 === INVALID)
                                return INVALID;
                            v540[v541] = v543;
                        }
                        const v551 = typeof v540 === "string" && v540.length >= 1 && v540.length < 2 ? c1(v540) : v540.length;
                        if (v551 < 1)
                            return INVALID;
                        const v552 = typeof v540 === "string" && v540.length > 100 ? c1(v540) : v540.length;
                        if (v552 > 100)
                            return INVALID;
                        v539 = v540;
                    }
                    return v539;
                })();
                if (v538 === INVALID) {
                    if ("artifacts" in v494)
                        return INVALID;
                    v538 = undefined;
                }
                for (const k in v494) {
                    if (k !== "base" && k !== "candidate" && k !== "artifacts")
                        return INVALID;
                }
                const v553 = {};
                if ("base" in v494)
                    v553["base"] = v498;
                if ("candidate" in v494)
                    v553["candidate"] = v518;
                if ("artifacts" in v494)
                    v553["artifacts"] = v538;
                v496 = v553;
            }
            return v496;
        })();
        if (v495 === INVALID) {
            if ("models" in input)
                return INVALID;
            v495 = undefined;
        }
        const v554 = input["waivers"];
        let v555 = (() => {
            let v556;
            if (v554 === undefined) {
                v556 = c7(c22());
            }
            else {
                if (!Array.isArray(v554))
                    return INVALID;
                if (v554.length > 100)
                    return INVALID;
                const v557 = new Array(v554.length);
                for (let v558 = 0; v558 < v554.length; v558++) {
                    const v559 = v554[v558];
                    if (typeof v559 !== "object" || v559 === null || Array.isArray(v559))
                        return INVALID;
                    const v560 = v559["gate"];
                    if (!c23.has(v560))
                        return INVALID;
                    const v561 = v559["reason"];
                    if (typeof v561 !== "string")
                        return INVALID;
                    const v562 = c24(v561);
                    const v563 = typeof v562 === "string" && v562.length >= 1 && v562.length < 2 ? c1(v562) : v562.length;
                    if (v563 < 1)
                        return INVALID;
                    const v564 = typeof v562 === "string" && v562.length > 1000 ? c1(v562) : v562.length;
                    if (v564 > 1000)
                        return INVALID;
                    const v565 = v559["owner"];
                    if (typeof v565 !== "string")
                        return INVALID;
                    const v566 = c25(v565);
                    const v567 = typeof v566 === "string" && v566.length >= 1 && v566.length < 2 ? c1(v566) : v566.length;
                    if (v567 < 1)
                        return INVALID;
                    const v568 = typeof v566 === "string" && v566.length > 200 ? c1(v566) : v566.length;
                    if (v568 > 200)
                        return INVALID;
                    const v569 = v559["expires"];
                    if (typeof v569 !== "string")
                        return INVALID;
                    c26.lastIndex = 0;
                    if (!c26.test(v569))
                        return INVALID;
                    for (const k in v559) {
                        if (k !== "gate" && k !== "reason" && k !== "owner" && k !== "expires")
                            return INVALID;
                    }
                    const v570 = { "gate": v560, "reason": v562, "owner": v566, "expires": v569 };
                    v557[v558] = v570;
                }
                const v571 = typeof v557 === "string" && v557.length > 100 ? c1(v557) : v557.length;
                if (v571 > 100)
                    return INVALID;
                v556 = v557 === undefined ? c7(c22()) : v557;
            }
            return v556;
        })();
        if (v555 === INVALID)
            return INVALID;
        for (const k in input) {
            if (k !== "$schema" && k !== "version" && k !== "name" && k !== "approach" && k !== "fine_tune_method" && k !== "use_case" && k !== "training" && k !== "readiness" && k !== "architecture" && k !== "cost" && k !== "budget" && k !== "evals" && k !== "models" && k !== "waivers")
                return INVALID;
        }
        const v572 = {};
        if ("$schema" in input)
            v572["$schema"] = v1;
        v572["version"] = v3;
        v572["name"] = v5;
        v572["approach"] = v8;
        if ("fine_tune_method" in input)
            v572["fine_tune_method"] = v10;
        v572["use_case"] = v23;
        if ("training" in input)
            v572["training"] = v25;
        if ("readiness" in input)
            v572["readiness"] = v30;
        if ("architecture" in input)
            v572["architecture"] = v64;
        if ("cost" in input)
            v572["cost"] = v82;
        if ("budget" in input)
            v572["budget"] = v372;
        if ("evals" in input)
            v572["evals"] = v382;
        if ("models" in input)
            v572["models"] = v495;
        v572["waivers"] = v555;
        return v572;
    });
})(INVALID, (input) => input.trim(), util/* codePointLength */.O7, new Set(["prompt", "rag", "lora", "qlora", "full-fine-tune", "hybrid"]), new Set(["lora", "qlora", "full-fine-tune"]), new Set(["knowledge", "behavior", "both", "none"]), new Set(["daily", "weekly", "monthly", "yearly", "static"]), () => ("none"), util/* shallowClone */.yG, new Set(["none", "low", "medium", "high"]), () => ([]), () => (1), () => (1), () => (1), () => (1), () => ("auto"), new Set(["auto", "lm-eval", "promptfoo", "inspect", "tunegate", "junit", "deepeval", "ragas", "garak", "every-eval-ever", "lighteval"]), util/* isPlainObject */.Qd, ((INVALID, c0) => {
    return (function (input) {
        if (typeof input !== "string")
            return INVALID;
        const v0 = typeof input === "string" && input.length >= 1 && input.length < 2 ? c0(input) : input.length;
        if (v0 < 1)
            return INVALID;
        const v1 = typeof input === "string" && input.length > 200 ? c0(input) : input.length;
        if (v1 > 200)
            return INVALID;
        return input;
    });
})(INVALID, util/* codePointLength */.O7), new RegExp("^-?\\d+(?:\\.\\d+)?$", ""), Object.prototype.propertyIsEnumerable, ((INVALID, c0) => {
    return (function (input) {
        if (typeof input !== "string")
            return INVALID;
        const v0 = typeof input === "string" && input.length >= 1 && input.length < 2 ? c0(input) : input.length;
        if (v0 < 1)
            return INVALID;
        const v1 = typeof input === "string" && input.length > 200 ? c0(input) : input.length;
        if (v1 > 200)
            return INVALID;
        return input;
    });
})(INVALID, util/* codePointLength */.O7), new RegExp("^sha256:[0-9a-f]{64}$", ""), () => ([]), new Set(["approach-fit", "data-sufficiency", "forgetting", "safety", "task-quality", "latency", "cost-budget", "pricing-freshness", "readiness", "customisation-value"]), (input) => input.trim(), (input) => input.trim(), new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$", ""));
const PLAN_INVALID = INVALID;
//# sourceMappingURL=plan-parser.generated.js.map
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
;// CONCATENATED MODULE: ./lib/engine/plan/load.js






/** Plan text in, a validated plan (with its source positions) or located diagnostics out. */
function loadPlan(file, text) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(file, text);
    if (!parsed.ok)
        return parsed;
    const source = parsed.value;
    if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
        return {
            ok: false,
            diagnostics: [
                {
                    kind: "invalid-value",
                    message: "a plan must be a YAML mapping with version, name, approach and use_case",
                    location: source.locate([]),
                    field: "",
                },
            ],
        };
    }
    // The fast path is planSchema compiled at build time by zod's own compiler; whatever it refuses,
    // planSchema parses again, so every error still comes from zod with its place in the file.
    const compiled = compiledPlanParser(source.data);
    const result = compiled !== PLAN_INVALID ? { success: true, data: compiled } : schema/* planSchema */.Fu.safeParse(source.data);
    if (!result.success)
        return { ok: false, diagnostics: (0,schema_diagnostics/* schemaDiagnostics */.m)(result.error.issues, source, schema/* planSchema */.Fu) };
    const problems = crossFieldProblems(result.data);
    if (problems.length > 0)
        return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(problems, source) };
    return { ok: true, value: { plan: result.data, source } };
}
function crossFieldProblems(plan) {
    const problems = [];
    if (plan.fine_tune_method !== undefined && plan.approach !== "hybrid") {
        problems.push({
            path: ["fine_tune_method"],
            kind: "invalid-value",
            message: `fine_tune_method applies only to approach "hybrid"; approach "${plan.approach}" already says how it is customised`,
            hint: "remove fine_tune_method, or set approach: hybrid",
        });
    }
    if (plan.cost?.fine_tune !== undefined && (0,approach/* fineTuneMethodOf */.Rj)(plan) === undefined) {
        // A plan that pays for training but declares an approach that does not train would skip the
        // gates a fine-tune must pass (forgetting, safety, training data, readiness).
        problems.push({
            path: ["cost", "fine_tune"],
            kind: "invalid-value",
            message: `cost.fine_tune prices a training run, but approach "${plan.approach}" does not fine-tune`,
            hint: "declare the approach that trains (lora, qlora, full-fine-tune or hybrid) so its gates apply, or remove cost.fine_tune",
        });
    }
    const budget = plan.budget;
    if (budget !== undefined && budget.monthly_usd === undefined && budget.one_time_usd === undefined) {
        problems.push({ path: ["budget"], kind: "invalid-value", message: "budget needs monthly_usd, one_time_usd or both" });
    }
    const firstWaiver = new Map();
    plan.waivers.forEach((waiver, index) => {
        const first = firstWaiver.get(waiver.gate);
        if (first === undefined)
            firstWaiver.set(waiver.gate, index);
        else {
            problems.push({
                path: ["waivers", index, "gate"],
                kind: "invalid-value",
                message: `a second waiver for gate "${waiver.gate}" (the first is waivers[${first}]); a gate takes one waiver`,
                hint: "merge them into one waiver with one owner, reason and expiry",
            });
        }
    });
    return problems;
}
//# sourceMappingURL=load.js.map

/***/ }),

/***/ 1383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lg: () => (/* binding */ APPROACHES),
  $I: () => (/* reexport */ GATE_IDS),
  Or: () => (/* binding */ approachSchema),
  jx: () => (/* binding */ evalPaths),
  pi: () => (/* binding */ fineTuneMethodSchema),
  _k: () => (/* binding */ gateIdSchema),
  WO: () => (/* binding */ knowledgeChangeSchema),
  Fu: () => (/* binding */ planSchema),
  IY: () => (/* binding */ styleRequirementSchema),
  NE: () => (/* binding */ taskKindSchema)
});

// UNUSED EXPORTS: EVAL_FORMATS

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./lib/engine/input/eval-format-names.js
var eval_format_names = __webpack_require__(318);
;// CONCATENATED MODULE: ./lib/engine/input/gate-ids.js
/**
 * Every gate's id, in the order reports list them: the one home of these names, a public
 * contract (outputs, waivers, policies and SARIF rules all name them). The plan's schema, the
 * run report's `failed_gates`, the gate titles and the SARIF rules derive from this list; a test
 * fails when a hand-written list drifts from it. Lowest layer, so the plan schema can use it.
 */
const GATE_IDS = [
    "approach-fit",
    "data-sufficiency",
    "forgetting",
    "safety",
    "task-quality",
    "latency",
    "cost-budget",
    "pricing-freshness",
    "readiness",
    "customisation-value",
];
//# sourceMappingURL=gate-ids.js.map
;// CONCATENATED MODULE: ./lib/engine/plan/schema.js



/** Gate ids are a public contract: outputs, waivers and policies all name them (input/gate-ids.ts). */

const gateIdSchema = schemas/* enum */.k5n(GATE_IDS);
const APPROACHES = ["prompt", "rag", "lora", "qlora", "full-fine-tune", "hybrid"];
const approachSchema = schemas/* enum */.k5n(APPROACHES);
const fineTuneMethodSchema = schemas/* enum */.k5n(["lora", "qlora", "full-fine-tune"]);
const taskKindSchema = schemas/* enum */.k5n(["knowledge", "behavior", "both", "none"]);
const knowledgeChangeSchema = schemas/* enum */.k5n(["daily", "weekly", "monthly", "yearly", "static"]);
const styleRequirementSchema = schemas/* enum */.k5n(["none", "low", "medium", "high"]);
/** `evals.format`: "auto" or one of the format names (input/eval-format-names.ts). */
const EVAL_FORMATS = eval_format_names/* DECLARED_EVAL_FORMATS */.V;
/** The plan's eval paths as a list, whichever form it wrote them in. */
function evalPaths(value) {
    return value === undefined ? [] : typeof value === "string" ? [value] : value;
}
/**
 * The plan schema, built on first use: a plan that passes the compiled fast path
 * (plan-parser.generated.ts) never builds it, and only a plan with an error pays for the hundreds of
 * zod instances it takes to say where the error is.
 */
const planSchema = schemas/* lazy */.RZV(buildPlanSchema);
function buildPlanSchema() {
    // Bounds reject typos (an extra three zeros) and hostile values, not plausible plans.
    const usd = schemas/* number */.aig().min(0).max(1e9).describe("US dollars");
    const usdPerMillionTokens = schemas/* number */.aig().min(0).max(10_000).describe("US dollars per 1M tokens");
    const tokensPerCall = schemas/* number */.aig().int().min(0).max(10_000_000);
    const modelRef = schemas/* string */.YjP().min(1).max(200);
    const useCaseSchema = schemas/* strictObject */.rej({
        task: taskKindSchema.describe("Q3: is the feature about knowledge, behaviour, both, or neither?"),
        knowledge_change: knowledgeChangeSchema.describe("Q1: how often the knowledge the feature needs changes"),
        citations_required: schemas/* boolean */.zMY().describe("Q2: must answers cite sources or leave an audit trail?"),
        style_requirements: styleRequirementSchema.default("none").describe("How much the voice, tone or format matters"),
        latency_p95_ms: schemas/* number */.aig().positive().max(3_600_000).optional().describe("Q5: required p95 latency in milliseconds"),
        monthly_queries: schemas/* number */.aig().int().min(1).max(1e12).describe("Expected queries per month (at least 1: with none, every per-query cost is $0 and the budget is never tested)"),
    });
    const readinessSchema = schemas/* strictObject */.rej({
        enough_examples: schemas/* boolean */.zMY().optional().describe(">= 100 high-quality examples (500+ preferred)"),
        knowledge_static: schemas/* boolean */.zMY().optional().describe("knowledge static for 6+ months"),
        behavior_change_needed: schemas/* boolean */.zMY().optional().describe("a behavioural change is needed"),
        tried_rag_few_shot: schemas/* boolean */.zMY().optional().describe("RAG + few-shot tried first"),
        eval_pipeline_ready: schemas/* boolean */.zMY().optional().describe("evaluation pipeline ready"),
        iteration_time: schemas/* boolean */.zMY().optional().describe("time for 3-5 training iterations"),
        maintenance_plan: schemas/* boolean */.zMY().optional().describe("a maintenance plan for when base models improve"),
        forgetting_tested: schemas/* boolean */.zMY().optional().describe("tested for catastrophic forgetting"),
        latency_justifies: schemas/* boolean */.zMY().optional().describe("latency critical enough to justify removing retrieval"),
        beats_prompting: schemas/* boolean */.zMY().optional().describe("a reason why fine-tuning beats prompting here"),
    });
    const flatCost = {
        monthly_usd: usd.optional().describe("flat monthly cost instead of usage x price"),
        one_time_usd: usd.optional().describe("flat one-time cost"),
    };
    const pricedModel = {
        provider: schemas/* string */.YjP().min(1).max(100).optional(),
        model: modelRef.optional(),
        usd_per_mtok: usdPerMillionTokens.optional().describe("blended price for every token, overriding the pinned table"),
    };
    const llmCostSchema = schemas/* strictObject */.rej({
        ...pricedModel,
        ...flatCost,
        input_tokens: tokensPerCall.optional().describe("input tokens per call"),
        output_tokens: tokensPerCall.optional().describe("output tokens per call"),
        tokens_per_query: tokensPerCall.optional().describe("every token of a query (all its calls), priced at the blended usd_per_mtok; instead of input_tokens/output_tokens"),
        calls_per_query: schemas/* number */.aig().int().min(1).max(1000).default(1),
        input_usd_per_mtok: usdPerMillionTokens.optional(),
        output_usd_per_mtok: usdPerMillionTokens.optional(),
    });
    const embeddingCostSchema = schemas/* strictObject */.rej({
        ...pricedModel,
        ...flatCost,
        tokens_per_query: tokensPerCall.optional().describe("tokens embedded per query"),
    });
    const flatCostSchema = schemas/* strictObject */.rej({ ...flatCost, note: schemas/* string */.YjP().max(500).optional() });
    const fineTuneCostSchema = schemas/* strictObject */.rej({
        ...pricedModel,
        ...flatCost,
        training_tokens: schemas/* number */.aig().int().min(0).max(1e12).optional().describe("tokens in the training file"),
        epochs: schemas/* number */.aig().int().min(1).max(100).default(1),
    });
    const otherCostSchema = schemas/* strictObject */.rej({ name: schemas/* string */.YjP().min(1).max(100), ...flatCost });
    const costParts = {
        llm: llmCostSchema.optional(),
        embedding: embeddingCostSchema.optional(),
        vector_db: flatCostSchema.optional(),
        fine_tune: fineTuneCostSchema.optional(),
        hosting: flatCostSchema.optional(),
        other: schemas/* array */.YOg(otherCostSchema).max(100).optional(),
    };
    const costSchema = schemas/* strictObject */.rej({
        ...costParts,
        alternative: schemas/* strictObject */.rej(costParts)
            .optional()
            .describe("what the simpler alternative (evals.alternative) costs, in the same items; without it, the plan's cost without what only the customisation needs"),
    });
    const repoPath = schemas/* string */.YjP().min(1).max(1000);
    const evalFiles = schemas/* union */.KCZ([repoPath, schemas/* array */.YOg(repoPath).min(1).max(100)]);
    const benchmarkName = schemas/* string */.YjP().min(1).max(200);
    const evalsSchema = schemas/* strictObject */.rej({
        format: schemas/* enum */.k5n(EVAL_FORMATS).default("auto").describe("how to read the eval files; auto detects each file from its content"),
        candidate: evalFiles.optional().describe("eval results of the customised model: a path, a glob or a list, relative to the plan file"),
        baseline: evalFiles.optional().describe("eval results of the base model: a path, a glob or a list, relative to the plan file"),
        alternative: evalFiles
            .optional()
            .describe("eval results of the simpler alternative the customisation must beat (the base model prompted with few-shot examples, the RAG-only system, the model without retrieval): a path, a glob or a list, relative to the plan file"),
        general: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("benchmarks that measure forgetting"),
        safety: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("suites for the safety gate"),
        task: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("suites for the task-quality gate"),
        metrics: schemas/* record */.g1P(benchmarkName, schemas/* string */.YjP().min(1).max(200)).optional().describe("metric per benchmark, e.g. { hellaswag: acc_norm } or exact_match,flexible-extract"),
        chance: schemas/* record */.g1P(benchmarkName, schemas/* number */.aig().min(0).max(0.99)).optional().describe("chance level per multiple-choice benchmark (1/choices), to judge forgetting above chance"),
        pool: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("promptfoo suites run with several providers or prompts whose rows are judged together"),
        task_floor: schemas/* number */.aig().min(0).max(1).optional().describe("minimum task-quality score"),
    });
    // A model as the eval tools name it: a hub id or a provider's model, with the adapter the
    // candidate loads (lm-eval's peft=) and the revision pinned, when there are ones.
    const declaredModel = schemas/* union */.KCZ([
        modelRef,
        schemas/* strictObject */.rej({
            name: modelRef.describe("the model's name as the eval tool records it: lm-eval's pretrained=, Inspect's model, promptfoo's provider id or label"),
            adapter: modelRef.optional().describe("the adapter loaded on it (lm-eval's peft=)"),
            revision: schemas/* string */.YjP().min(1).max(200).optional().describe("the revision loaded (lm-eval's revision=)"),
        }),
    ]);
    const artifactSchema = schemas/* union */.KCZ([
        repoPath.describe("a file in the repository, hashed with sha256"),
        schemas/* strictObject */.rej({
            name: schemas/* string */.YjP().min(1).max(200),
            digest: schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, "write sha256: and 64 lowercase hex digits").describe("sha256:<64 hex> of a file kept elsewhere"),
        }),
    ]);
    const modelsSchema = schemas/* strictObject */.rej({
        base: declaredModel.optional().describe("the model the candidate was customised from: what the baseline's eval runs must load"),
        candidate: declaredModel.optional().describe("the customised model as the candidate's eval runs load it"),
        artifacts: schemas/* array */.YOg(artifactSchema).min(1).max(100).optional().describe("what a deploy ships: repository paths or { name, digest }"),
    });
    const waiverSchema = schemas/* strictObject */.rej({
        gate: gateIdSchema,
        reason: schemas/* string */.YjP().trim().min(1).max(1000),
        owner: schemas/* string */.YjP().trim().min(1).max(200),
        expires: iso/* date */.p6().describe("YYYY-MM-DD; the waiver stops applying after this day"),
    });
    return schemas/* strictObject */.rej({
        $schema: schemas/* string */.YjP().optional(),
        version: schemas/* literal */.euz(1),
        name: schemas/* string */.YjP().trim().min(1).max(100),
        approach: approachSchema,
        fine_tune_method: fineTuneMethodSchema.optional().describe("hybrid only: how the behaviour part is fine-tuned"),
        use_case: useCaseSchema,
        training: schemas/* strictObject */.rej({ examples: schemas/* number */.aig().int().min(0).max(1e9) }).optional(),
        readiness: readinessSchema.optional(),
        architecture: schemas/* strictObject */.rej({
            components: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(100)).max(50).default([]),
            evidence: schemas/* string */.YjP().min(1).max(1000).optional().describe("where the measured need for these components is shown"),
        })
            .optional(),
        cost: costSchema.optional(),
        budget: schemas/* strictObject */.rej({ monthly_usd: usd.optional(), one_time_usd: usd.optional() }).optional(),
        evals: evalsSchema.optional(),
        models: modelsSchema.optional().describe("which models the evals must have measured, and the artifacts a deploy ships"),
        waivers: schemas/* array */.YOg(waiverSchema).max(100).default([]),
    })
        .describe("A tunegate plan: what an LLM feature must do and how it is customised");
}
//# sourceMappingURL=schema.js.map

/***/ }),

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tb: () => (/* binding */ loadPolicy),
  vz: () => (/* binding */ sourceOf)
});

// UNUSED EXPORTS: DEFAULT_FLOOR

// EXTERNAL MODULE: ./lib/engine/input/schema-diagnostics.js
var schema_diagnostics = __webpack_require__(2351);
// EXTERNAL MODULE: ./lib/engine/input/yaml-source.js + 2 modules
var yaml_source = __webpack_require__(4903);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
// EXTERNAL MODULE: ./lib/engine/input/severities.js
var severities = __webpack_require__(7070);
;// CONCATENATED MODULE: ./lib/engine/policy/schema.js



/**
 * The whole policy. Built on first use: a run whose repository has no policy of its own uses the
 * shipped policy as validated at build time and never needs it.
 */
const policySchema = schemas/* lazy */.RZV(() => {
    const levelSchema = schemas/* enum */.k5n(severities/* SEVERITIES */.o);
    const ratio = schemas/* number */.aig().min(0).max(1);
    const count = schemas/* number */.aig().int().min(0).max(1e9);
    const milliseconds = schemas/* number */.aig().min(0).max(3_600_000);
    const exampleMinimumsSchema = schemas/* strictObject */.rej({ lora: count, qlora: count, "full-fine-tune": count });
    return schemas/* strictObject */.rej({
        $schema: schemas/* string */.YjP().optional(),
        version: schemas/* literal */.euz(1),
        floors: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(200))
            .max(100)
            .optional()
            .describe("tunegate's own policy only: the rules (dotted paths, a block naming every rule under it) whose shipped values are a minimum a repository can only tighten. A repository's or organisation's policy may not set it; an organisation policy (OWNER/REPO/PATH@REF) is a floor as a whole"),
        framework: schemas/* strictObject */.rej({
            rag_knowledge_change: schemas/* array */.YOg(schema/* knowledgeChangeSchema */.WO).describe("Q1: change rates that call for RAG"),
            rag_preferred_knowledge_change: schemas/* array */.YOg(schema/* knowledgeChangeSchema */.WO).describe("Q1: change rates where RAG is preferred"),
            behavior_style_levels: schemas/* array */.YOg(schema/* styleRequirementSchema */.IY).describe("style requirements strong enough to be a behaviour need"),
            strict_latency_ms: milliseconds.describe("Q5: below this p95, retrieval's hop matters (consider fine-tuning)"),
            rag_latency_ok_ms: milliseconds.describe("Q5: at or above this p95, RAG's hop is comfortably fine"),
            full_fine_tune_examples: count.describe("Q4: more examples than this make full fine-tuning possible"),
            retrieval_overhead_ms: milliseconds.describe("latency rule: what retrieval adds (embed + search + fetch)"),
            max_components_without_evidence: count.describe("M5: routing/reranking/cascade components allowed without measured need"),
        })
            .describe("Inputs to the decision framework (docs/framework.md sections 2 and 4)"),
        severities: schemas/* strictObject */.rej({
            M1: levelSchema,
            M2: levelSchema,
            M3: levelSchema,
            M4: levelSchema,
            M5: levelSchema,
            latency: levelSchema,
            readiness: levelSchema,
            quality_limited: levelSchema.describe("data-sufficiency: enough examples to start, fewer than preferred"),
            missing_required: levelSchema.describe("a gate the approach requires has no data"),
            missing_optional: levelSchema.describe("any other gate with no data"),
            waiver_expired: levelSchema,
            waiver_unused: levelSchema,
            waiver_too_long: levelSchema.describe("a waiver that runs past waivers.max_days from the day of the check"),
            pricing_stale: levelSchema,
            model_shutdown: levelSchema.describe("a model the plan prices shuts down within audit.shutdown_horizon_days, or already has"),
            price_below_shipped: levelSchema.describe("cost-budget: a price the projection uses is more than audit.drift_threshold below the one shipped with tunegate for that model"),
            inconclusive: levelSchema.describe("a gate the approach requires whose estimate holds but whose bound does not clear the threshold: unproven, so it blocks by default"),
            inconclusive_optional: levelSchema.describe("the same on a gate the approach does not require (task-quality, and the others where not required)"),
            not_comparable: levelSchema.describe("candidate and baseline measured different examples or settings"),
            alternative_unmeasured: levelSchema.describe("customisation-value: the plan gives no evals.alternative, so nothing shows the customisation beats the simpler approach (reported as missing either way)"),
        })
            .describe("How much each rule counts"),
        gates: schemas/* strictObject */.rej({
            "data-sufficiency": schemas/* strictObject */.rej({
                min_examples: exampleMinimumsSchema.describe("fewer examples than this fail (and trigger M3)"),
                preferred_examples: exampleMinimumsSchema.describe("fewer than this passes with a quality warning"),
            }),
            forgetting: schemas/* strictObject */.rej({
                min_ratio: ratio.describe("candidate general score / base model's, per benchmark and overall"),
                max_drop: schemas/* number */.aig()
                    .min(0)
                    .nullable()
                    .default(null)
                    .describe("for metrics a ratio cannot judge (signed, or lower is better): the largest drop allowed, in the metric's units; null refuses such metrics"),
                required_for: schemas/* array */.YOg(schema/* approachSchema */.Or),
            }),
            safety: schemas/* strictObject */.rej({ min_score: ratio, required_for: schemas/* array */.YOg(schema/* approachSchema */.Or) }),
            "task-quality": schemas/* strictObject */.rej({
                max_drop_vs_baseline: ratio.describe("how far the candidate's task score may fall below the baseline's"),
            }),
            customisation_value: schemas/* strictObject */.rej({
                min_gain: schemas/* number */.aig()
                    .min(0)
                    .max(1e6)
                    .describe("how much better than the simpler alternative (evals.alternative) the candidate must be on each task suite, in the metric's own units (0.02 is two points on a 0-1 score)"),
            })
                .describe("customisation-value: did the customisation beat the cheaper approach it replaces?"),
            "pricing-freshness": schemas/* strictObject */.rej({
                max_age_days: schemas/* number */.aig().int().min(1).max(3650).describe("oldest allowed as_of of a pinned price"),
            }),
        }),
        waivers: schemas/* strictObject */.rej({
            max_days: schemas/* number */.aig().int().min(1).max(3650).describe("the longest a waiver may run, counted from the day of the check"),
            allow_missing_required: schemas/* boolean */.zMY().describe("whether a waiver may excuse a required gate that has no evidence at all (false: it may not)"),
        })
            .describe("Limits on the plan's waivers: a waiver is a deadline, not a permanent exemption"),
        statistics: schemas/* strictObject */.rej({
            method: schemas/* enum */.k5n(["interval", "point"]).describe("interval: judge with confidence bounds; point: the plain point-estimate rule"),
            alpha: schemas/* number */.aig().gt(0).lt(0.5).describe("one-sided error level of every bound"),
            multiplicity: schemas/* enum */.k5n(["none"])
                .describe("none: a release gate's PASS is an intersection-union claim, each benchmark shown at alpha on its own; no correction (Holm was removed: it let passing benchmarks turn a FAIL into a pass)"),
            primary: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe("if not empty, only these benchmarks can fail the forgetting gate; the rest are reported"),
            power: schemas/* number */.aig().gt(0).lt(1).describe("power used to say how many examples would resolve an inconclusive result"),
        })
            .describe("How eval results are judged: one-sided confidence bounds per benchmark (PASS when the bound clears, FAIL when the estimate misses), the power behind 'N more examples would likely decide it'"),
        audit: schemas/* strictObject */.rej({
            drift_threshold: schemas/* number */.aig().min(0).max(10).describe("relative change of a pinned price that needs action"),
            shutdown_horizon_days: schemas/* number */.aig().int().min(0).max(3650).describe("warn about model shutdowns this close"),
            announce_horizon_days: schemas/* number */.aig().int().min(0).max(3650).describe("look this far ahead for announced price changes"),
            unverified: levelSchema.describe("when current prices cannot be fetched or parsed: error fails the audit, warning warns"),
        })
            .describe("The scheduled pricing-drift audit"),
        sensitivity: schemas/* strictObject */.rej({
            self_host_price: schemas/* string */.YjP().min(1).describe("pinned per_hour entry that prices self-hosting a fine-tuned model"),
            hours_per_month: schemas/* number */.aig().min(1).max(744),
            replicas: schemas/* number */.aig().int().min(1).max(1000),
        })
            .describe("Inputs to the self-hosting crossover in every cost report"),
        estimate: schemas/* strictObject */.rej({
            llm: schemas/* strictObject */.rej({ provider: schemas/* string */.YjP().min(1), model: schemas/* string */.YjP().min(1), input_tokens: count, output_tokens: count }),
            embedding: schemas/* strictObject */.rej({ provider: schemas/* string */.YjP().min(1), model: schemas/* string */.YjP().min(1), tokens_per_query: count }),
            vector_db_monthly_usd: schemas/* number */.aig().min(0),
            fine_tune_tokens_per_example: count,
            fine_tune_epochs: schemas/* number */.aig().int().min(1).max(100),
            fine_tune_usd_per_mtok: schemas/* number */.aig().min(0),
            full_fine_tune_inference_multiplier: schemas/* number */.aig().min(1).max(100).describe("fine-tuned inference costs this many times the base price"),
        })
            .describe("Assumptions `tunegate analyze` prices a recommendation with; its flags override them"),
        pricing: schemas/* strictObject */.rej({
            file: schemas/* string */.YjP()
                .min(1)
                .max(1000)
                .optional()
                .describe("the repository's pinned price table, relative to the repository root (default .tunegate/pricing.yml); its entries win over the prices shipped with tunegate"),
        })
            .default({})
            .describe("Where the repository's pinned prices live"),
    })
        .describe("A tunegate policy: every threshold and severity the gates use");
});
/**
 * What a policy *file* may hold: any part of the policy, down to a single threshold, layered over
 * the policy shipped with tunegate. The merged result is checked against policySchema; this
 * schema is the one published for editors, so a valid override is never flagged. Built on first
 * use: it copies the whole policy schema, and only `tunegate schema` and the build need it.
 */
const policyFileSchema = schemas/* lazy */.RZV(() => partialDeep(policySchema).describe("A tunegate policy file: a partial override layered over the policy shipped with tunegate. Every key is optional; write only what you change."));
/** Every object in the schema made optional at every level; leaves, lists and maps stay whole. */
function partialDeep(schema) {
    if (schema instanceof schemas/* ZodLazy */.Ihb)
        return partialDeep(schema.unwrap());
    const inner = schema instanceof schemas/* ZodDefault */.XiL || schema instanceof schemas/* ZodOptional */.IiU ? schema.def.innerType : schema;
    if (!(inner instanceof schemas/* ZodObject */.bvH))
        return schema;
    const shape = Object.fromEntries(Object.entries(inner.shape).map(([key, child]) => {
        const partial = partialDeep(child).optional();
        return [key, child.description === undefined ? partial : partial.describe(child.description)];
    }));
    const object = schemas/* strictObject */.rej(shape);
    return inner.description === undefined ? object : object.describe(inner.description);
}
//# sourceMappingURL=schema.js.map
;// CONCATENATED MODULE: ./lib/engine/policy/load.js



/** How a report names the floors the shipped policy marks (its `floors` list). */
const DEFAULT_FLOOR = "tunegate default floor";
function preparsedSource(layer) {
    let parsed;
    const positions = () => {
        if (parsed === undefined) {
            const result = (0,yaml_source/* parseYamlSource */.W)(layer.file, layer.text);
            if (!result.ok)
                throw new Error(`${layer.file} was validated when tunegate was built and cannot fail to parse`);
            parsed = result.value;
        }
        return parsed;
    };
    return { file: layer.file, data: layer.data, locate: (path) => positions().locate(path), locateKey: (path, key) => positions().locateKey(path, key) };
}
/** Where a policy value came from, for reports: "policies/default.yml" or the repository's file. */
function sourceOf(effective, path) {
    return effective.provenance.get(path) ?? effective.files[0] ?? "policy";
}
/**
 * Layers policies (shipped default first, then the repository's) and validates the merged
 * result once, so a repository file may override any single threshold.
 */
function loadPolicy(layers) {
    const sources = [];
    const diagnostics = [];
    for (const layer of layers) {
        const parsed = "data" in layer ? { ok: true, value: preparsedSource(layer) } : (0,yaml_source/* parseYamlSource */.W)(layer.file, layer.text);
        if (!parsed.ok)
            diagnostics.push(...parsed.diagnostics);
        else if (!isPlainObject(parsed.value.data)) {
            diagnostics.push({
                kind: "invalid-value",
                message: "a policy must be a YAML mapping",
                location: parsed.value.locate([]),
                field: "",
            });
        }
        else
            sources.push(parsed.value);
    }
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    const floors = policyFloors(layers, sources);
    if (!floors.ok)
        return floors;
    let merged = {};
    const provenance = new Map();
    for (const source of sources) {
        merged = mergeLayer(merged, source.data, [], source.file, provenance);
    }
    const validated = validatedAtBuild(layers);
    const result = validated !== undefined ? { success: true, data: validated } : policySchema.safeParse(merged);
    if (result.error !== undefined) {
        // Each problem is reported in the layer that wrote the offending value.
        const byOwner = new Map();
        for (const issue of result.error.issues) {
            const owner = [...sources].reverse().find((s) => hasPath(s.data, issue.path)) ?? sources.at(-1);
            const issues = byOwner.get(owner) ?? [];
            issues.push(issue);
            byOwner.set(owner, issues);
        }
        return { ok: false, diagnostics: [...byOwner.entries()].flatMap(([owner, issues]) => (0,schema_diagnostics/* schemaDiagnostics */.m)(issues, owner, policySchema)) };
    }
    const locate = (path) => {
        // Lists are replaced whole by a layer, so the layer that wrote a list wrote its items.
        const listAt = path.findIndex((segment) => typeof segment === "number");
        const owned = listAt === -1 ? path : path.slice(0, listAt);
        return ([...sources].reverse().find((s) => hasPath(s.data, owned)) ?? sources.at(-1)).locate(path);
    };
    return { ok: true, value: { policy: result.data, files: sources.map((s) => s.file), provenance, floors: floors.value, locate } };
}
/**
 * The first layer's (the shipped policy's) `floors`, with the values it gives them, then every
 * rule of a layer marked as a floor (an organisation's policy). Only the first layer may mark
 * floors: a repository that could would choose its own minimum. A floor layer must be a valid
 * policy on its own, since the layers above may hide its values from the merged check.
 */
function policyFloors(layers, sources) {
    const diagnostics = [];
    const floors = [];
    for (const [index, source] of sources.entries()) {
        const data = source.data;
        if (index > 0 && "floors" in data) {
            diagnostics.push({
                kind: "invalid-value",
                message: "floors is marked only in the policy shipped with tunegate: a repository cannot choose its own minimum",
                location: source.locateKey([], "floors"),
                field: "floors",
                hint: "remove floors; to set a minimum for several repositories, give an organisation policy as OWNER/REPO/PATH@REF, whose every rule is a floor",
            });
        }
        if (index === 0 && Array.isArray(data["floors"])) {
            const values = new Map();
            for (const [i, path] of data["floors"].entries()) {
                const before = values.size;
                if (typeof path === "string")
                    collectLeaves(valueAt(data, path.split(".")), path.split("."), values);
                if (values.size === before)
                    diagnostics.push({ kind: "invalid-value", message: `floors[${i}] names no rule this policy sets`, location: source.locate(["floors", i]), field: `floors[${i}]` });
            }
            floors.push({ source: DEFAULT_FLOOR, values });
        }
        const mark = layers[index]?.floor;
        if (mark !== undefined && index > 0) {
            if (index < layers.length - 1) {
                const alone = loadPolicy(layers.slice(0, index + 1).map(({ floor: _floor, ...layer }) => layer));
                if (!alone.ok)
                    diagnostics.push(...alone.diagnostics);
            }
            const values = new Map();
            // Only rules that decide an outcome are floors: analyze's assumptions (estimate) and the
            // self-hosting crossover's inputs (sensitivity) judge nothing, so a repository keeps its own.
            const { $schema: _schema, version: _version, floors: _floors, estimate: _estimate, sensitivity: _sensitivity, ...rules } = data;
            collectLeaves(rules, [], values);
            floors.push({ source: mark, values });
        }
    }
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: floors };
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path)
        node = isPlainObject(node) ? node[segment] : undefined;
    return node;
}
function collectLeaves(value, path, into) {
    if (value === undefined)
        return;
    if (isPlainObject(value)) {
        for (const [key, child] of Object.entries(value))
            collectLeaves(child, [...path, key], into);
    }
    else if (path.length > 0)
        into.set(path.join("."), value);
}
/** One layer validated at build time (the shipped policy, with nothing over it) is not validated again. */
function validatedAtBuild(layers) {
    const only = layers.length === 1 ? layers[0] : undefined;
    return only !== undefined && "validated" in only && only.validated !== undefined ? structuredClone(only.validated) : undefined;
}
function mergeLayer(base, layer, prefix, file, provenance) {
    const out = { ...base };
    for (const [key, value] of Object.entries(layer)) {
        const path = [...prefix, key];
        const existing = out[key];
        if (isPlainObject(value) && isPlainObject(existing)) {
            out[key] = mergeLayer(existing, value, path, file, provenance);
        }
        else {
            out[key] = value;
            recordLeaves(value, path, file, provenance);
        }
    }
    return out;
}
function recordLeaves(value, path, file, provenance) {
    if (isPlainObject(value)) {
        for (const [key, child] of Object.entries(value))
            recordLeaves(child, [...path, key], file, provenance);
    }
    else
        provenance.set(path.join("."), file);
}
function hasPath(data, path) {
    let node = data;
    for (const segment of path.slice(0, -1)) {
        if (!isPlainObject(node))
            return false;
        node = node[String(segment)];
    }
    const last = path.at(-1);
    return last === undefined || (isPlainObject(node) && String(last) in node);
}
function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
//# sourceMappingURL=load.js.map

/***/ }),

/***/ 6130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PRICE_FIELDS),
/* harmony export */   M: () => (/* binding */ PRICE_SOURCE_KINDS)
/* harmony export */ });
/** The price fields tunegate pins and compares (USD per 1M tokens), in the pinned table's key names. */
const PRICE_FIELDS = ["input_mtok", "cache_read_mtok", "output_mtok"];
/** The sources a pinned entry's `check.source` may name; each is a PriceSource implementation. */
const PRICE_SOURCE_KINDS = ["genai-prices"];
//# sourceMappingURL=price-source.js.map

/***/ }),

/***/ 9350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PQ: () => (/* binding */ OWN_RULES),
/* harmony export */   Sg: () => (/* binding */ planThresholdSource),
/* harmony export */   t_: () => (/* binding */ rulesOriginSchema),
/* harmony export */   vU: () => (/* binding */ headRulesInPullRequest)
/* harmony export */ });
/* unused harmony export loosenedRuleSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);

/** One rule the pull request loosens: listed for the reviewer, applied only once merged. */
const loosenedRuleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    where: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["plan", "policy", "input"]).describe("plan: a threshold, selection or waiver in the plan; policy: a policy value; input: the Action's rules-from"),
    rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe("the rule's path, e.g. evals.task_floor or gates.safety.min_score"),
    base: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe("the value that applies: the base branch's, or the floor's"),
    head: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe("the pull request's value, which applies after merge; below a floor, the checked files' value, which never applies"),
    floor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .optional()
        .describe('set when a floor holds the rule: "organisation policy OWNER/REPO/PATH@REF" or "tunegate default floor"; a repository can only tighten it, so its own value never applies'),
}));
/** Where the rules that judged a plan came from, and what the pull request would loosen. */
const rulesOriginSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    from: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["base", "head"]).describe("base: the stricter of the base branch's and the pull request's rules; head: the checked-out files' own (no pull request, rules-from: head, or the base could not be read)"),
    base_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe("the base commit the rules were read at; null when none was"),
    loosened: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(loosenedRuleSchema).describe("rules the pull request loosens: the base's value applies until the change is merged"),
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).describe("why the base's rules could not be read, with the fix"),
    base_plan: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["same-path", "moved", "new"])
        .nullable()
        .optional()
        .describe("in a pull request judged by the base's rules: same-path, the plan at this path at the base; moved, a plan of the same name at another path there (base_plan_file), whose rules apply; new, no plan of this name at the base, so its own thresholds judge it and only the floors hold them"),
    base_plan_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional().describe("the base's plan file whose rules applied, when it is at another path (base_plan: moved)"),
    plan_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe("sha256 of the plan as applied (canonical JSON, after the base's rules); what an attestation names"),
    policy_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe("sha256 of the policy as applied (canonical JSON, after the base's rules); what `tunegate verify --policy-digest` checks"),
    waivers_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() })
        .optional()
        .describe("the .tunegate/waivers.yml read beside the plan, by its bytes' sha256; absent when the plan's folder has none"),
})
    .describe("who set the bar: the rules of a pull request come from its base branch"));
/** A run with no base to compare with (a push, the CLI without --base): the files' own rules. */
const OWN_RULES = { from: "head", base_sha: null, loosened: [], warnings: [], plan_sha256: null, policy_sha256: null };
/** rules-from: head in a pull request: every rule is the pull request's, which is itself a loosening. */
function headRulesInPullRequest(baseSha) {
    return { ...OWN_RULES, loosened: [{ where: "input", rule: "rules-from", base: "base", head: `head (the pull request's own rules; base ${baseSha.slice(0, 7)} not consulted)` }] };
}
/**
 * How a report names where a plan threshold came from: the plan, unless the pull request loosened
 * one of `rules` and the base commit's value judged, e.g. "plan (budget) at base branch 1a2b3c4".
 */
function planThresholdSource(rules, label, ...planRules) {
    const fromBase = rules?.base_sha != null && rules.loosened.some((r) => r.where === "plan" && r.floor === undefined && planRules.includes(r.rule));
    return fromBase ? `${label} at base branch ${rules.base_sha.slice(0, 7)}` : label;
}
//# sourceMappingURL=origin.js.map

/***/ }),

/***/ 7664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ buildRunReport),
/* harmony export */   hc: () => (/* binding */ inputErrorsOf)
/* harmony export */ });
/* unused harmony exports runReportSchema, deployAllowed */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3320);
/* harmony import */ var _output_parts_plan_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6093);
/* harmony import */ var _output_parts_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8669);





const inputErrorSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    line: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    column: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    field: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    hint: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable(),
}));
const checkedPlanSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), report: _output_parts_model_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSchema */ .Q, change: _output_parts_plan_change_js__WEBPACK_IMPORTED_MODULE_2__/* .planChangeSchema */ .Re.nullable() }));
const unreadablePlanSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), input_errors: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(inputErrorSchema) }));
/**
 * One check run over any number of plans, decided in full: each plan's report or input errors,
 * the change against the base branch, the verdict, the exit code, whether a deploy may go ahead
 * and the Action's outputs. The CLI and the Action both render this; neither decides anything.
 */
const runReportSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz("tunegate"),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictSchema */ .$D.describe("fail when any plan fails or could not be read, else warn when any warns"),
    fail_on: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .failOnSchema */ .nI,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(0), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(2)]).describe("2 when a plan could not be read (nothing was judged), else as fail_on says"),
    deploy_allowed: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().describe("fail-on never keeps the job green, but a failing verdict never allows a deploy"),
    failed_gates: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .gateIdSchema */ ._k).describe("gates that block, over every plan"),
    plans: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([checkedPlanSchema, unreadablePlanSchema])),
    removed_plans: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())
        .describe("plans the plan input matched at the pull request's base and no longer matches at its head: their gates stopped running, so the run warns"),
    outputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictSchema */ .$D,
        "deploy-allowed": zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["true", "false"]),
        recommendation: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        "monthly-cost-usd": zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        "failed-gates": zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    }),
})
    .describe("tunegate run report: every plan of one check run"));
/** Diagnostics as a run report lists them: where, which field, what and the hint. */
function inputErrorsOf(diagnostics) {
    return diagnostics.map((d) => ({ ...d.location, field: d.field, kind: d.kind, message: d.message, hint: d.hint ?? null }));
}
/** `fail-on: never` keeps the job green, but a failing verdict still keeps deploys out. */
function deployAllowed(verdict, failOn) {
    return (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(verdict, failOn === "never" ? "error" : failOn) === 0;
}
/** Every plan's outcome and fail-on in; the whole run's decision out. */
function buildRunReport(outcomes, failOn, toolVersion, removedPlans = []) {
    const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
    const unreadable = outcomes.some((o) => !o.ok);
    // A plan the pull request deleted (or moved out of the glob's reach) no longer gates anything:
    // never a silent pass, though retiring a feature is legitimate, so a warning.
    const verdict = outcomes.length === 0 || unreadable || reports.some((r) => r.verdict === "fail") ? "fail" : reports.some((r) => r.verdict === "warn") || removedPlans.length > 0 ? "warn" : "pass";
    const allowed = !unreadable && outcomes.length > 0 && deployAllowed(verdict, failOn);
    const failedGates = [...new Set(reports.flatMap((r) => r.gates.filter((g) => g.level === "error").map((g) => g.id)))];
    return {
        schema_version: 1,
        tool: "tunegate",
        tool_version: toolVersion,
        verdict,
        fail_on: failOn,
        // Bad input is never a pass, whatever fail-on says: nothing was judged.
        exit_code: unreadable || outcomes.length === 0 ? 2 : (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(verdict, failOn),
        deploy_allowed: allowed,
        failed_gates: failedGates,
        plans: outcomes.map((o) => o.ok
            ? { file: o.file, report: o.report, change: o.change ?? null }
            : { file: o.file, input_errors: inputErrorsOf(o.diagnostics) }),
        removed_plans: [...removedPlans],
        outputs: {
            verdict,
            "deploy-allowed": allowed ? "true" : "false",
            recommendation: reports.length === 1 ? reports[0].recommendation.approach : JSON.stringify(Object.fromEntries(reports.map((r) => [r.plan.file, r.recommendation.approach]))),
            "monthly-cost-usd": reports.some((r) => r.cost !== null) ? reports.reduce((sum, r) => sum + (r.cost?.monthly_usd ?? 0), 0).toFixed(2) : "",
            "failed-gates": JSON.stringify(failedGates),
        },
    };
}
//# sourceMappingURL=run-report.js.map

/***/ }),

/***/ 425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ incompleteBeta),
/* harmony export */   YW: () => (/* binding */ tQuantile),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   w_: () => (/* binding */ tCdf)
/* harmony export */ });
/** Standard normal CDF (Zelen & Severo 26.2.17 via erfc; absolute error below 1e-7). */
function normalCdf(x) {
    const t = 1 / (1 + 0.2316419 * Math.abs(x));
    const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
    const tail = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return x >= 0 ? 1 - tail : tail;
}
/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
function normalQuantile(p) {
    if (p <= 0 || p >= 1)
        throw new RangeError(`normal quantile needs 0 < p < 1, got ${p}`);
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
/**
 * Student t quantile by the Cornish-Fisher expansion around the normal quantile (Abramowitz &
 * Stegun 26.7.5); accurate to about 1e-3 from 5 degrees of freedom, exact in the limit.
 */
function tQuantile(p, df) {
    if (!Number.isFinite(df) || df > 1e6)
        return normalQuantile(p);
    const z = normalQuantile(p);
    const z3 = z ** 3;
    const z5 = z ** 5;
    const z7 = z ** 7;
    const z9 = z ** 9;
    return (z +
        (z3 + z) / (4 * df) +
        (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
        (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
        (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4));
}
/** ln Gamma(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-13). */
function lnGamma(x) {
    const g = 7;
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let sum = c[0];
    for (let i = 1; i < g + 2; i++)
        sum += c[i] / (z + i);
    const t = z + g + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        for (const numerator of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
            d = 1 + numerator * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + numerator / c;
            if (Math.abs(c) < tiny)
                c = tiny;
            h *= d * c;
        }
        if (Math.abs(d * c - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** Student t CDF with `df` degrees of freedom; the normal CDF in the limit. */
function tCdf(t, df) {
    if (!Number.isFinite(df) || df > 1e6)
        return normalCdf(t);
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
}
//# sourceMappingURL=distributions.js.map

/***/ }),

/***/ 8172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ momentsNonInferiority),
/* harmony export */   MI: () => (/* binding */ againstFloor),
/* harmony export */   RC: () => (/* binding */ RunningMoments),
/* harmony export */   VO: () => (/* binding */ meanInterval),
/* harmony export */   kJ: () => (/* binding */ unpairedNonInferiority),
/* harmony export */   mI: () => (/* binding */ clopperPearson),
/* harmony export */   on: () => (/* binding */ significantlyBelow),
/* harmony export */   tR: () => (/* binding */ examplesNeeded)
/* harmony export */ });
/* unused harmony exports wilson, betaQuantile, moments, pairedNonInferiority, differencesNonInferiority, ratioInterval */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(425);

/** Wilson score interval for k successes in n trials at one-sided level alpha (Wilson 1927). */
function wilson(k, n, alpha) {
    const z = normalQuantile(1 - alpha);
    const p = k / n;
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), n, method: "Wilson" };
}
/** Mean with a one-sided-alpha t interval, for continuous per-example scores. */
function meanInterval(values, alpha) {
    const n = values.length;
    const { mean, variance } = moments(values);
    const half = n > 1 ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(1 - alpha, n - 1) * Math.sqrt(variance / n) : Infinity;
    return { estimate: mean, lower: mean - half, upper: mean + half, n, method: "t" };
}
/**
 * The burden of proof is on the candidate: PASS only when the one-sided lower bound clears the
 * floor, FAIL as soon as the point estimate misses it (whatever the bound says), else
 * INCONCLUSIVE: the estimate holds but too few examples show it.
 */
function againstFloor(interval, floor) {
    if (interval.lower >= floor)
        return "pass";
    if (interval.estimate < floor)
        return "fail";
    return "inconclusive";
}
/** A FAIL whose other bound misses the threshold too: the data show it below, not just the estimate. */
function significantlyBelow(interval, floor) {
    return interval.upper < floor;
}
/**
 * Clopper-Pearson (1934) exact interval for k successes in n trials at one-sided level alpha: the
 * lower bound is the alpha quantile of Beta(k, n - k + 1), so a rule "lower >= floor" passes a
 * system whose true rate is exactly the floor with probability at most alpha, for every n (Wilson's
 * normal approximation does not: it passes 52 of 52 at 0.95 6.9% of the time).
 */
function clopperPearson(k, n, alpha) {
    // All or none succeeded: the bounds have closed forms (alpha^(1/n)), kept exact at the edges.
    const lower = k <= 0 ? 0 : k >= n ? alpha ** (1 / n) : betaQuantile(alpha, k, n - k + 1);
    const upper = k >= n ? 1 : k <= 0 ? 1 - alpha ** (1 / n) : betaQuantile(1 - alpha, k + 1, n - k);
    return { estimate: k / n, lower, upper, n, method: "Clopper-Pearson" };
}
/** The p quantile of Beta(a, b), by bisection on the regularized incomplete beta (monotone in x). */
function betaQuantile(p, a, b) {
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
        const mid = (lo + hi) / 2;
        if ((0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .incompleteBeta */ .J7)(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Mean and sample variance (Bessel) in one pass (Welford), stable for millions of values. */
function moments(values) {
    const running = new RunningMoments();
    for (let i = 0; i < values.length; i++)
        running.add(values[i]);
    return running;
}
/** Welford's mean and sample variance, one value at a time, so millions of values need no array. */
class RunningMoments {
    n = 0;
    mean = 0;
    m2 = 0;
    add(x) {
        this.n++;
        const delta = x - this.mean;
        this.mean += delta / this.n;
        this.m2 += delta * (x - this.mean);
    }
    get variance() {
        return this.n > 1 ? this.m2 / (this.n - 1) : 0;
    }
}
/**
 * `df` is the t distribution's degrees of freedom, or Infinity for the normal. PASS only when the
 * one-sided lower bound clears the margin (d > 0); FAIL as soon as the point estimate misses it
 * (d < 0), `significant` when the upper bound misses it too; otherwise INCONCLUSIVE.
 */
function decide(difference, se, df, alpha, paired, n) {
    const quantile = Number.isFinite(df) ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(1 - alpha, df) : (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - alpha);
    const lower = difference - quantile * se;
    const upper = difference + quantile * se;
    const decision = se === 0 ? (difference >= 0 ? "pass" : "fail") : lower > 0 ? "pass" : difference < 0 ? "fail" : "inconclusive";
    const cdf = (x) => (Number.isFinite(df) ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(x, df) : (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(x));
    const pPass = se === 0 ? (difference > 0 ? 0 : 1) : cdf(-difference / se);
    return { difference, se, lower, upper, pPass, decision, significant: decision === "fail" && upper < 0, paired, n };
}
/**
 * Paired non-inferiority, "candidate >= r x baseline" on the same examples: the ratio test becomes
 * a linear one on d_i = c_i - r*b_i - (1 - r)*g, g being the chance level (0 unless normalised).
 */
function pairedNonInferiority(candidate, baseline, ratio, alpha, chance = 0) {
    const n = candidate.length;
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++)
        d[i] = candidate[i] - ratio * baseline[i] - (1 - ratio) * chance;
    return differencesNonInferiority(d, alpha);
}
/**
 * The paired test on per-example differences d_i already built so that the candidate holds iff
 * mean(d) >= 0. Needs at least two differences: nothing is concluded from fewer.
 */
function differencesNonInferiority(d, alpha) {
    const running = new RunningMoments();
    for (let i = 0; i < d.length; i++)
        running.add(d[i]);
    return momentsNonInferiority(running, alpha);
}
/** The paired test from the differences' moments (see differencesNonInferiority). */
function momentsNonInferiority(m, alpha) {
    if (m.n < 2)
        throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
    return decide(m.mean, Math.sqrt(m.variance / m.n), m.n - 1, alpha, true, m.n);
}
/** The unpaired fallback from reported aggregates and standard errors (assumes independence). */
function unpairedNonInferiority(candidate, baseline, ratio, alpha, n, chance = 0) {
    const difference = candidate.value - ratio * baseline.value - (1 - ratio) * chance;
    const se = Math.sqrt(candidate.stderr ** 2 + ratio ** 2 * baseline.stderr ** 2);
    return decide(difference, se, Infinity, alpha, false, n);
}
/** Delta-method interval for the ratio c/b, for the report (two-sided 1 - 2*alpha). */
function ratioInterval(c, b, alpha) {
    const ratio = c.value / b.value;
    const se = ratio * Math.sqrt((c.stderr / c.value) ** 2 + (b.stderr / b.value) ** 2);
    const z = normalQuantile(1 - alpha);
    return { ratio, lower: ratio - z * se, upper: ratio + z * se };
}
/**
 * Examples needed to resolve the margin with power 1 - beta when the candidate is truly as good
 * as the baseline: n = (z_alpha + z_beta)^2 Var(d) / delta^2, delta = (1 - r) mu_b (Miller 2024).
 */
function examplesNeeded(varianceOfD, baselineMean, ratio, alpha, power = 0.8) {
    const delta = (1 - ratio) * baselineMean;
    if (delta <= 0)
        return Infinity;
    return Math.ceil((((0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - alpha) + (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(power)) ** 2 * varianceOfD) / delta ** 2);
}
//# sourceMappingURL=intervals.js.map

/***/ }),

/***/ 4858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test; bundles cannot read package.json at run time. */
const VERSION = "0.1.0";
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 6314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/input/dates.js
var dates = __webpack_require__(4560);
// EXTERNAL MODULE: ./lib/engine/output/formats/markdown.js
var markdown = __webpack_require__(1156);
// EXTERNAL MODULE: ./lib/engine/output/registry.js
var registry = __webpack_require__(5095);
// EXTERNAL MODULE: ./lib/engine/output/annotations.js
var annotations = __webpack_require__(7364);
// EXTERNAL MODULE: ./lib/engine/output/input-errors.js
var input_errors = __webpack_require__(5460);
;// CONCATENATED MODULE: ./lib/engine/output/log-lines.js

function runLog(run) {
    const warnings = [
        ...run.plans.flatMap((p) => ((0,input_errors/* isChecked */.W)(p) ? p.report.rules.warnings.map((w) => ({ message: `${p.file}: ${w}`, title: "tunegate: rules from the pull request" })) : [])),
        ...run.removed_plans.map((file) => ({ message: `${file} was checked at the base branch and is gone at this head: its gates no longer run`, title: "tunegate: plan removed" })),
    ];
    const summary = run.plans.map((p) => ((0,input_errors/* isChecked */.W)(p) ? `${p.report.verdict.toUpperCase()} ${p.report.headline}` : `INPUT ERROR ${p.file}: ${p.input_errors.length} problem(s)`)).join("\n");
    const unreadable = run.plans.filter((p) => !(0,input_errors/* isChecked */.W)(p));
    // Bad input is never a pass, whatever fail-on says: nothing was judged.
    const failure = run.plans.length === 0
        ? "tunegate: the plan input matched no plan file"
        : unreadable.length > 0
            ? `tunegate: ${unreadable.map((p) => p.file).join(", ")} could not be checked; see the annotations`
            : run.exit_code === 1
                ? `tunegate: verdict ${run.verdict} (fail-on: ${run.fail_on}); see the job summary for every finding`
                : null;
    return { warnings, summary, failure };
}
//# sourceMappingURL=log-lines.js.map
;// CONCATENATED MODULE: ./lib/engine/run/action-decisions.js
/** `mode: auto` audits prices on a `schedule` event (nothing to gate there) and checks plans on every other. */
function actionMode(mode, eventName) {
    if (mode !== "auto")
        return mode;
    return eventName === "schedule" ? "audit" : "check";
}
/**
 * Whether a comment that does not exist yet is created. Under `on-failure` a comment appears only
 * when something failed: the run's verdict, or (for a per-plan comment) that plan's own outcome;
 * an existing comment is always updated, so a fixed plan's comment turns green. `never` posts
 * nothing at all and is handled before any comment is built.
 */
function createsComment(comment, runVerdict, planFailed = false) {
    return comment !== "on-failure" || runVerdict === "fail" || planFailed;
}
//# sourceMappingURL=action-decisions.js.map
// EXTERNAL MODULE: ./lib/engine/output/parts/comment-body.js
var comment_body = __webpack_require__(3311);
// EXTERNAL MODULE: ./lib/engine/output/parts/plan-change.js
var plan_change = __webpack_require__(6093);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
;// CONCATENATED MODULE: ./lib/engine/output/run-comment.js




/**
 * Above this many plans a pull request gets one comment for the whole run instead of one per
 * plan: 300 plans posting 300 comments bury the conversation and spend GitHub's write limits.
 */
const MAX_PLAN_COMMENTS = 10;
/** Room kept for the footer and the note on details left out. */
const FOOTER_ROOM = 1_000;
const ICON = { pass: "✅", warn: "⚠️", fail: "❌", error: "❌" };
function outcomeOf(plan) {
    return (0,input_errors/* isChecked */.W)(plan) ? plan.report.verdict : "error";
}
/** Worst first: what needs action is at the top of the table and gets its details first. */
const RANK = { error: 0, fail: 1, warn: 2, pass: 3 };
function label(outcome) {
    return outcome === "error" ? "could not be checked" : outcome;
}
/**
 * One comment for a run of many plans: the count per outcome, a table of every plan (worst
 * first), then each plan's report in a collapsed section while the comment stays within
 * GitHub's size limit; whatever does not fit is named and is in the job summary.
 */
function runCommentBody(input) {
    const plans = [...input.run.plans].sort((a, b) => RANK[outcomeOf(a)] - RANK[outcomeOf(b)] || a.file.localeCompare(b.file));
    const counts = ["fail", "error", "warn", "pass"].map((o) => [o, plans.filter((p) => outcomeOf(p) === o).length]).filter(([, n]) => n > 0);
    const footer = [input.state === undefined ? "" : `<sub>Checked at commit ${input.state.sha.slice(0, 7)}.</sub>`, input.state === undefined ? "" : (0,comment_body/* stateLine */.qo)(input.state), input.marker].filter((x) => x !== "").join("\n");
    const head = [
        `### ${ICON[input.run.verdict]} tunegate · ${plans.length} plans: ${counts.map(([o, n]) => `${n} ${label(o)}`).join(", ")}`,
        "",
        `More than ${MAX_PLAN_COMMENTS} plans, so one comment for the run instead of one per plan. Every plan's full report is in the [job summary](${input.summaryUrl}).`,
        "",
        "| Plan | Result | Headline |",
        "| --- | --- | --- |",
    ].join("\n");
    let body = `${head}\n`;
    let rowsShown = 0;
    for (const p of plans) {
        const outcome = outcomeOf(p);
        const headline = (0,input_errors/* isChecked */.W)(p) ? p.report.headline : `${p.input_errors.length} input problem(s)`;
        const row = `| ${(0,parts_escape/* codeCell */.MZ)(p.file)} | ${ICON[outcome]} ${label(outcome)} | ${(0,parts_escape/* escapeCell */.kq)(headline.slice(0, 300))} |\n`;
        if (body.length + row.length > comment_body/* COMMENT_LIMIT */.W$ - FOOTER_ROOM * 2)
            break;
        body += row;
        rowsShown++;
    }
    if (rowsShown < plans.length)
        body += `\n${plans.length - rowsShown} more plans are only in the job summary.\n`;
    let detailsShown = 0;
    for (const p of plans.slice(0, rowsShown)) {
        // Inside <summary> GitHub renders no markdown: the name is HTML-escaped text, not a code span.
        const section = `\n<details><summary>${ICON[outcomeOf(p)]} ${(0,parts_escape/* escapeInline */.VV)(p.file)}</summary>\n\n${(0,markdown.planMarkdown)(p)}\n</details>\n`;
        if (body.length + section.length > comment_body/* COMMENT_LIMIT */.W$ - FOOTER_ROOM)
            break;
        body += section;
        detailsShown++;
    }
    if (detailsShown < rowsShown)
        body += `\nThe details of ${rowsShown - detailsShown} more plans did not fit in a comment: see the job summary.\n`;
    return `${body}\n${footer}\n`;
}
//# sourceMappingURL=run-comment.js.map
;// CONCATENATED MODULE: ./lib/engine/output/pull-request-comments.js






/**
 * The comments a run writes, all from its run report: one per plan (its report, or its input
 * errors), or, past MAX_PLAN_COMMENTS plans, one for the whole run; and the markers of the
 * comments of the other form, which earlier runs wrote and this one retires.
 */
function runComments(run, input) {
    const perPlan = run.plans.map((plan) => {
        const file = (0,input_errors/* isChecked */.W)(plan) ? plan.report.plan.file : plan.file;
        const marker = (0,comment_body/* commentMarker */.Ql)(input.key, file);
        const body = (0,input_errors/* isChecked */.W)(plan)
            ? (0,comment_body/* commentBody */.I2)({ report: plan.report, key: input.key, state: input.state, change: plan.change === null ? "" : (0,plan_change/* renderPlanChange */.mf)(plan.change), summaryUrl: input.summaryUrl, failOn: run.fail_on })
            : `${(0,markdown.inputErrorMarkdown)(plan)}\n${input.state === undefined ? "" : `${(0,comment_body/* stateLine */.qo)(input.state)}\n`}${marker}\n`;
        const failing = !(0,input_errors/* isChecked */.W)(plan) || plan.report.verdict === "fail";
        return { file, marker, body, createIfAbsent: createsComment(input.comment, run.verdict, failing) };
    });
    const runMarker = (0,comment_body/* runCommentMarker */.fN)(input.key);
    const oneForAll = run.plans.length > MAX_PLAN_COMMENTS;
    if (!oneForAll)
        return { comments: perPlan, retire: [runMarker], oneForAll };
    const body = runCommentBody({ run, marker: runMarker, state: input.state, summaryUrl: input.summaryUrl });
    return { comments: [{ file: `all ${run.plans.length} plans`, marker: runMarker, body, createIfAbsent: createsComment(input.comment, run.verdict) }], retire: perPlan.map((p) => p.marker), oneForAll };
}
//# sourceMappingURL=pull-request-comments.js.map
// EXTERNAL MODULE: ./lib/engine/run/run-report.js
var run_report = __webpack_require__(7664);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/shell/github/failure.js
var github_failure = __webpack_require__(1918);
// EXTERNAL MODULE: ./lib/shell/github/run-context.js
var run_context = __webpack_require__(5703);
;// CONCATENATED MODULE: ./lib/shell/in-order.js
/** Plans checked at once: enough to overlap their file reads, few enough for low fd limits. */
const PLAN_CONCURRENCY = 8;
/**
 * `work` over every item, at most `concurrency` at a time, results in the items' order. Plans are
 * checked this way: each one waits on many small file reads, and one at a time the run spent
 * about half its time idle; a bounded pool keeps thousands of plans clear of EMFILE.
 */
async function mapInOrder(items, concurrency, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return results;
}
//# sourceMappingURL=in-order.js.map
// EXTERNAL MODULE: ./lib/shell/plan-paths.js
var plan_paths = __webpack_require__(1338);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./lib/engine/input/severities.js
var severities = __webpack_require__(7070);
;// CONCATENATED MODULE: ./lib/shell/action/inputs.js


/** The Action's inputs; defaults live here, not in action.yml, so the README and code agree. */
const actionInputsSchema = schemas/* strictObject */.rej({
    plan: schemas/* string */.YjP().trim().min(1).default("tunegate.yml"),
    policy: schemas/* string */.YjP().trim().min(1).optional(),
    pricing: schemas/* string */.YjP().trim().min(1).optional(),
    mode: schemas/* enum */.k5n(["auto", "check", "audit"]).default("auto"),
    "rules-from": schemas/* enum */.k5n(["base", "head"]).default("base"),
    "fail-on": schemas/* enum */.k5n(severities/* FAIL_ON_VALUES */.Q).default("error"),
    comment: schemas/* enum */.k5n(["auto", "always", "on-failure", "never"]).default("auto"),
    "comment-key": schemas/* string */.YjP()
        .trim()
        .max(100)
        .regex(/^[A-Za-z0-9._/:@-]*$/, "use letters, digits and . _ / : @ - only")
        .default(""),
    "github-token": schemas/* string */.YjP().default(""),
    "external-repo-token": schemas/* string */.YjP().default(""),
    "current-prices": schemas/* string */.YjP().trim().min(1).optional(),
});
class InputError extends Error {
    name = "InputError";
}
/** Reads every input through `get` ('' means not given) and validates them together. */
function readActionInputs(get) {
    const raw = {};
    for (const name of Object.keys(actionInputsSchema.shape)) {
        const value = get(name);
        if (value !== "")
            raw[name] = value;
    }
    const parsed = actionInputsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0] ?? "");
            const allowed = issue.code === "invalid_value" ? `: use one of ${issue.values.join(", ")}` : `: ${issue.message}`;
            return `input "${name}" is "${raw[name] ?? ""}"${allowed}`;
        });
        throw new InputError(problems.join("; "));
    }
    return parsed.data;
}
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/shell/github/job-summary.js

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps add. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Appends markdown to the job summary; past the limit, the short form is written instead. */
async function writeJobSummary(path, full, short) {
    if (path === undefined || path === "")
        return "none";
    const fits = Buffer.byteLength(full, "utf8") <= SUMMARY_LIMIT_BYTES;
    await (0,promises_.appendFile)(path, fits ? full : short(), "utf8");
    return fits ? "full" : "short";
}
//# sourceMappingURL=job-summary.js.map
// EXTERNAL MODULE: ./lib/engine/input/credentials.js
var credentials = __webpack_require__(3679);
;// CONCATENATED MODULE: ./lib/shell/output-guard.js

/**
 * The last check on everything tunegate prints, writes or posts: credentials (see
 * engine/input/credentials.ts) are masked, whatever produced the text. Each credential found is
 * first handed to `register` (the Action registers it with the runner as a secret, so the runner
 * masks it too, wherever else it may surface in the job's log).
 */
function outputGuard(register = () => { }) {
    const registered = new Set();
    return (text) => {
        const masked = (0,credentials/* maskCredentials */.Bs)(text);
        if (masked === text)
            return text;
        for (const secret of (0,credentials/* findCredentials */.gD)(text)) {
            if (registered.has(secret))
                continue;
            registered.add(secret);
            register(secret);
        }
        return masked;
    };
}
//# sourceMappingURL=output-guard.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var command = __webpack_require__(9635);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/file-command.js
var file_command = __webpack_require__(2902);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __webpack_require__(4679);
;// CONCATENATED MODULE: ./lib/shell/action/runner-protocol.js
// @actions/core's own protocol modules, imported by path: its package entry also loads the OIDC
// client, and with it @actions/http-client and undici, hundreds of kilobytes that V8 would parse
// on every run for a token tunegate never asks for. These files are the same code core.info,
// core.warning and core.setOutput call (a test compares the bytes), pinned by the lockfile.



/** core.getInput: INPUT_<NAME> with spaces as underscores, trimmed, '' when absent. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** core.setOutput: a key-value block appended to GITHUB_OUTPUT, or the legacy command without it. */
function setOutput(name, value, env = process.env) {
    if ((env["GITHUB_OUTPUT"] ?? "") !== "") {
        (0,file_command/* issueFileCommand */.n)("OUTPUT", (0,file_command/* prepareKeyValueMessage */.v)(name, value));
        return;
    }
    process.stdout.write("\n");
    (0,command/* issueCommand */.L)("set-output", { name }, (0,utils/* toCommandValue */.E)(value));
}
function annotation(kind, message, properties = {}) {
    (0,command/* issueCommand */.L)(kind, (0,utils/* toCommandProperties */.k)(properties), message);
}
function info(text) {
    process.stdout.write(`${text}\n`);
}
/** core.setSecret: the runner masks the value wherever it appears in the log from now on. */
function addMask(value) {
    (0,command/* issueCommand */.L)("add-mask", {}, value);
}
/** core.setFailed: the step fails with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    annotation("error", message);
}
//# sourceMappingURL=runner-protocol.js.map
;// CONCATENATED MODULE: ./lib/shell/action/log.js


/**
 * The runner reads a workflow command from a line that starts with `::name` once leading
 * whitespace is trimmed, or from `##[name]` anywhere in a line (actions/runner, ActionCommand.cs
 * TryParseV2 and TryParse), and splits lines at \n and at a bare \r. Text without `::` and
 * `##[` cannot hold either form and is written as is.
 */
const COMMAND_LIKE = /::|##\[/;
/**
 * Wraps text that could hold a workflow command in `stop-commands` with a fresh random token,
 * GitHub's own way to print untrusted text: between the two lines the runner runs no command,
 * whatever the text says, and only the unguessable token resumes.
 */
function shieldCommands(text, newToken = external_node_crypto_.randomUUID) {
    if (!COMMAND_LIKE.test(text))
        return text;
    let token = newToken();
    while (text.includes(token))
        token = newToken();
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/**
 * The runner's log through @actions/core's command writer (runner-protocol.ts). Plain lines are shielded (above); annotation and
 * failure messages and their properties are one line each, because @actions/core escapes \r,
 * \n and % in messages and also : and , in properties, so the command is always ours.
 */
function runnerLog() {
    return {
        info: (text) => info(shieldCommands(text)),
        notice: (message) => annotation("notice", message),
        warning: (message, properties) => annotation("warning", message, properties),
        error: (message, properties) => annotation("error", message, properties),
        fail: (message) => setFailed(message),
    };
}
//# sourceMappingURL=log.js.map
;// CONCATENATED MODULE: ./lib/shell/github/limits.js
/** The whole comment or tracking-issue work ends after this long (GitHub answers in seconds). */
const DEFAULT_BUDGET_MS = 120_000;
/** At most 3 minutes, whatever the environment asks. */
const MAX_BUDGET_MS = 180_000;
/** One request without an answer after this long has failed. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_LIMITS = { budgetMs: DEFAULT_BUDGET_MS, requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS, retryUnitMs: 1000 };
/**
 * Limits from the runner's environment: TUNEGATE_GITHUB_BUDGET_MS (capped at 3 minutes),
 * TUNEGATE_GITHUB_TIMEOUT_MS and TUNEGATE_RETRY_BASE_MS let the built bundle's end-to-end tests
 * make faults quick; anything that is not a positive number keeps the default. Read once, at
 * the runner's entry (ports.ts).
 */
function limitsFromEnvironment(env) {
    const positive = (name, fallback) => {
        const value = Number(env[name]);
        return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    return {
        budgetMs: Math.min(MAX_BUDGET_MS, positive("TUNEGATE_GITHUB_BUDGET_MS", DEFAULT_BUDGET_MS)),
        requestTimeoutMs: positive("TUNEGATE_GITHUB_TIMEOUT_MS", DEFAULT_REQUEST_TIMEOUT_MS),
        retryUnitMs: positive("TUNEGATE_RETRY_BASE_MS", 1000),
    };
}
//# sourceMappingURL=limits.js.map
;// CONCATENATED MODULE: ./lib/shell/git-command.js
// child_process is loaded on the first git call, not at start-up: most runs (the CLI, the Action
// on a push) never call git, and loading it (with net, dgram and streams) cost about 5 ms a run.
/** Runs git (never through a shell) and returns its standard output as bytes; rejects when git fails. */
async function gitBytes(args, maxBuffer = 1024 * 1024) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    return new Promise((resolve, reject) => {
        execFile("git", args, { encoding: "buffer", maxBuffer }, (error, stdout) => (error === null ? resolve(stdout) : reject(error)));
    });
}
/** As gitBytes, as text. */
async function gitText(args, maxBuffer) {
    return (await gitBytes(args, maxBuffer)).toString("utf8");
}
/** git's standard output as a stream, for files too large to hold (its errors are ignored). */
async function gitStream(args) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    return spawn("git", args, { stdio: ["ignore", "pipe", "ignore"] }).stdout;
}
//# sourceMappingURL=git-command.js.map
;// CONCATENATED MODULE: ./lib/shell/git-revision.js

/** Whether the clone has the commit at all (a shallow checkout often does not). */
async function hasCommit(root, commit) {
    try {
        await gitText(["-C", root, "cat-file", "-e", `${commit}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** The commit the working tree has checked out, or undefined when it is not a git clone git can read. */
async function checkedOutCommit(root) {
    try {
        const sha = (await gitText(["-C", root, "rev-parse", "--verify", "--quiet", "HEAD"])).trim();
        return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The day (UTC, YYYY-MM-DD) the checked-out commit was committed, or undefined when git cannot
 * say: no evaluation date before it is plausible for judging that commit.
 */
async function checkedOutCommitDay(root) {
    try {
        const seconds = Number((await gitText(["-C", root, "log", "-1", "--format=%ct", "HEAD"])).trim());
        return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString().slice(0, 10) : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=git-revision.js.map
// EXTERNAL MODULE: ./lib/engine/input/repo-path.js
var repo_path = __webpack_require__(6241);
// EXTERNAL MODULE: ./lib/shell/files.js
var shell_files = __webpack_require__(97);
;// CONCATENATED MODULE: ./lib/shell/repo-files.js





/** Read size for streamed files. */
const CHUNK_BYTES = 64 * 1024;
/**
 * Most lines in one batch. Fewer line strings alive at a time means fewer survive each young
 * collection, and V8 then grows its heap less: on check with two 5M-line samples files (npm run
 * bench), whole 64 KiB chunks as batches peaked at 188-241 MB RSS, batches of 128 lines at
 * 147-167 MB (32 KiB chunks did about as well, with twice the reads).
 */
const BATCH_LINES = 128;
/** Folders no glob looks into: installed packages, and git's own data (whatever its case). */
function ignored(path) {
    return /(^|\/)node_modules(\/|$)/.test(path) || (0,repo_path/* isInsideGitDir */.y9)(path);
}
function workingTreeFiles(root) {
    let realRootOnce;
    const opened = async (path) => {
        const located = await (0,shell_files/* locateRepoFile */.L5)(root, path);
        if (!located.ok)
            throw new Error(located.message);
        const file = await (0,shell_files/* openRegularFile */.ZU)(located.real, located.path);
        if (!file.ok)
            throw new Error(file.message);
        return file.handle;
    };
    return {
        read: (path, maxBytes) => (0,shell_files/* readRepoFile */.v6)(root, path, maxBytes),
        async bytes(path, maxBytes) {
            const text = await (0,shell_files/* readRepoFile */.v6)(root, path, maxBytes, "buffer");
            return text.ok ? { ok: true, bytes: text.bytes } : text;
        },
        async *lineBatches(path) {
            const handle = await opened(path);
            try {
                yield* splitLines(chunksOf(handle));
            }
            finally {
                await handle.close();
            }
        },
        async canonical(path) {
            const lexical = (0,repo_path/* resolveRepoPath */.qo)("", path);
            if (!lexical.ok)
                return path;
            try {
                const [real, realRoot] = await Promise.all([(0,promises_.realpath)((0,external_node_path_.join)(root, ...lexical.path.split("/"))), (realRootOnce ??= (0,promises_.realpath)(root))]);
                const inside = real.startsWith(realRoot + external_node_path_.sep) ? real.slice(realRoot.length + 1).split(external_node_path_.sep).join("/") : null;
                // A path that leads outside or into .git/ comes back as written, for the read to refuse.
                return inside !== null && !(0,repo_path/* isInsideGitDir */.y9)(inside) ? inside : lexical.path;
            }
            catch {
                return lexical.path;
            }
        },
        async fingerprint(path) {
            try {
                const handle = await opened(path);
                try {
                    const { size } = await handle.stat();
                    const first = await chunksOf(handle)[Symbol.asyncIterator]().next();
                    return `${size}:${fnv1a(first.done ? Buffer.alloc(0) : first.value).toString(16)}`;
                }
                finally {
                    await handle.close();
                }
            }
            catch {
                return null;
            }
        },
        async sha256(path) {
            try {
                const handle = await opened(path);
                try {
                    return await digestOf(chunksOf(handle));
                }
                finally {
                    await handle.close();
                }
            }
            catch {
                return null;
            }
        },
        // Compared chunk by chunk, stopping at the first difference: two runs of an eval tool differ
        // within their first bytes, so a gigabyte-sized pair costs one read each, not two full hashes.
        async sameContent(a, b) {
            try {
                const [first, second] = [await opened(a), await opened(b)];
                try {
                    const [x, y] = [chunksOf(first)[Symbol.asyncIterator](), chunksOf(second)[Symbol.asyncIterator]()];
                    for (;;) {
                        const [p, q] = [await x.next(), await y.next()];
                        if (p.done || q.done)
                            return p.done === q.done;
                        if (!p.value.equals(q.value))
                            return false;
                    }
                }
                finally {
                    await Promise.all([first.close(), second.close()]);
                }
            }
            catch {
                return false;
            }
        },
        async glob(pattern) {
            const found = [];
            for await (const p of (0,promises_.glob)(pattern, { cwd: root, exclude: (x) => ignored(String(x).split(external_node_path_.sep).join("/")) }))
                found.push(String(p).split(external_node_path_.sep).join("/"));
            return found.sort();
        },
    };
}
/** Files as they were at `commit`, through the runner's own git: data only, nothing is run. */
function gitRevisionFiles(root, commit) {
    const object = (path) => {
        const lexical = (0,repo_path/* resolveRepoPath */.qo)("", path);
        if (!lexical.ok)
            throw new Error(`path "${path}" ${lexical.reason}`);
        return { object: `${commit}:${lexical.path}`, path: lexical.path };
    };
    const objectId = async (path) => {
        try {
            return (await gitText(["-C", root, "rev-parse", "--verify", "--quiet", object(path).object])).trim() || null;
        }
        catch {
            return null;
        }
    };
    const show = async (path, maxBytes) => {
        let target;
        try {
            target = object(path);
        }
        catch (error) {
            return { ok: false, kind: "path-escape", message: error.message };
        }
        try {
            const size = await gitText(["-C", root, "cat-file", "-s", target.object]);
            if (Number(size.trim()) > maxBytes)
                return { ok: false, kind: "file-too-large", message: `${target.path} at ${commit.slice(0, 7)} is ${size.trim()} bytes; the limit is ${maxBytes}` };
            return { ok: true, bytes: await gitBytes(["-C", root, "show", target.object], maxBytes + 1024) };
        }
        catch {
            return { ok: false, kind: "file-missing", message: `${target.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)` };
        }
    };
    return {
        async read(path, maxBytes) {
            const result = await show(path, maxBytes);
            return result.ok ? { ok: true, text: result.bytes.toString("utf8") } : result;
        },
        bytes: show,
        async *lineBatches(path) {
            yield* splitLines(await gitStream(["-C", root, "show", object(path).object]));
        },
        // A commit stores a symbolic link as its target's name, which no eval reader accepts.
        canonical: async (path) => {
            const lexical = (0,repo_path/* resolveRepoPath */.qo)("", path);
            return lexical.ok ? lexical.path : path;
        },
        // Git's own object ids are digests of the whole content.
        fingerprint: objectId,
        async sha256(path) {
            if ((await objectId(path)) === null)
                return null;
            try {
                return await digestOf(await gitStream(["-C", root, "show", object(path).object]));
            }
            catch {
                return null;
            }
        },
        async sameContent(a, b) {
            const [x, y] = [await objectId(a), await objectId(b)];
            return x !== null && x === y;
        },
        async glob(pattern) {
            const stdout = await gitText(["-C", root, "ls-tree", "-r", "--name-only", commit], 64 * 1024 * 1024);
            return stdout.split("\n").filter((p) => p !== "" && !ignored(p) && (0,external_node_path_.matchesGlob)(p, pattern)).sort();
        },
    };
}
/** sha256 of a byte stream, hex. node:crypto is loaded on the first digest: most runs take none. */
async function digestOf(chunks) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const hash = createHash("sha256");
    for await (const chunk of chunks)
        hash.update(chunk);
    return hash.digest("hex");
}
/**
 * FNV-1a over the bytes: a fingerprint only picks which files to compare byte for byte, so it
 * needs no cryptographic hash (and loading node:crypto cost more than hashing the first chunk here).
 */
function fnv1a(bytes) {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h >>> 0;
}
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
/**
 * No JSONL record tunegate reads comes near this; a longer line is a corrupt or hostile file,
 * and holding it whole is what would exhaust memory.
 */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
class LineTooLongError extends Error {
    name = "LineTooLongError";
    line;
    constructor(line) {
        super(`this line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most tunegate reads as one JSONL record`);
        this.line = line;
    }
}
/**
 * The file's bytes, CHUNK_BYTES at a time, read into one buffer that is reused: a stream's fresh
 * buffer per chunk is external memory that lives until a garbage collection, and on 2 x 5M lines
 * those buffers held tens of megabytes at the peak. splitLines copies what it keeps.
 */
async function* chunksOf(handle) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0)
            return;
        yield buffer.subarray(0, bytesRead);
    }
}
/**
 * Splits a byte stream into lines, in batches of at most BATCH_LINES. Unlike readline's
 * one-promise-per-line iterator, nothing keeps a line alive past its batch. A line spread over many chunks is kept as
 * its pieces and joined once, so reading stays linear in the line's length (joining the carried
 * part to each new chunk made a 32 MB line take minutes), and it is refused past maxLineBytes.
 */
async function* splitLines(stream, maxLineBytes = MAX_LINE_BYTES) {
    let pieces = [];
    let pending = 0;
    let lineNumber = 1;
    const finish = (last, end) => {
        const whole = pieces.length === 0 ? last.subarray(0, end) : Buffer.concat([...pieces, last.subarray(0, end)]);
        pieces = [];
        pending = 0;
        const length = whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
        return whole.toString("utf8", 0, length);
    };
    for await (const raw of stream) {
        const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
        const batch = [];
        let start = 0;
        for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
            if (pending + end - start > maxLineBytes)
                throw new LineTooLongError(lineNumber);
            batch.push(finish(chunk.subarray(start), end - start));
            lineNumber++;
            start = end + 1;
            if (batch.length === BATCH_LINES)
                yield batch.splice(0);
        }
        if (start < chunk.length) {
            pending += chunk.length - start;
            if (pending > maxLineBytes)
                throw new LineTooLongError(lineNumber);
            // Copied: the stream may reuse the chunk's memory.
            pieces.push(Buffer.from(chunk.subarray(start)));
        }
        if (batch.length > 0)
            yield batch;
    }
    if (pending > 0)
        yield [finish(Buffer.alloc(0), 0)];
}
//# sourceMappingURL=repo-files.js.map
;// CONCATENATED MODULE: ./lib/shell/git-repository.js


/** The runner's repository reader: its own git, run in the clone at `root` (data only, nothing is run). */
function gitRepository(root) {
    return {
        checkedOutCommit: () => checkedOutCommit(root),
        checkedOutCommitDay: () => checkedOutCommitDay(root),
        hasCommit: (commit) => hasCommit(root, commit),
        filesAt: (commit) => gitRevisionFiles(root, commit),
    };
}
//# sourceMappingURL=git-repository.js.map
;// CONCATENATED MODULE: ./lib/shell/action/ports.js







/**
 * The ports with every text that leaves through them guarded (output-guard.ts): the log,
 * outputs and the job summary never carry a credential, whatever a plan, policy or eval file
 * named. Each credential found is registered with the runner first.
 */
function guardedPorts(ports) {
    const masked = outputGuard((secret) => ports.registerSecret(secret));
    // The log is plain text a person reads: control and invisible characters are shown, not obeyed.
    const guard = (text) => masked((0,parts_escape/* userText */.fz)(text));
    const log = ports.log;
    return {
        ...ports,
        output: (name, value) => ports.output(name, masked((0,parts_escape/* userText */.fz)(value))),
        // Markdown keeps the zero-width spaces tunegate put in to stop links (terminalSafe leaves them).
        summary: (markdown, short) => ports.summary(masked((0,parts_escape/* terminalSafe */.kJ)(markdown)), () => masked((0,parts_escape/* terminalSafe */.kJ)(short()))),
        log: {
            info: (text) => log.info(guard(text)),
            notice: (message) => log.notice(guard(message)),
            warning: (message, properties) => log.warning(guard(message), guardProperties(properties, guard)),
            error: (message, properties) => log.error(guard(message), guardProperties(properties, guard)),
            fail: (message) => log.fail(guard(message)),
        },
    };
}
function guardProperties(properties, guard) {
    if (properties === undefined)
        return undefined;
    return { ...properties, ...(properties.title === undefined ? {} : { title: guard(properties.title) }), ...(properties.file === undefined ? {} : { file: guard(properties.file) }) };
}
/**
 * The runner's ports: @actions/core's protocol for inputs, outputs and the log; the step summary
 * file; Octokit; git. The one place the TUNEGATE_* variables are read (see knobsFromEnvironment).
 */
function runnerPorts(env = process.env) {
    const knobs = knobsFromEnvironment(env);
    return {
        env,
        input: (name) => getInput(name, env),
        output: (name, value) => setOutput(name, value, env),
        summary: async (markdown, short) => {
            await writeJobSummary(env["GITHUB_STEP_SUMMARY"], markdown, short);
        },
        log: runnerLog(),
        today: () => new Date().toISOString().slice(0, 10),
        pinnedDay: knobs.pinnedDay,
        registerSecret: (value) => addMask(value),
        github: async (connection) => (await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(491)]).then(__webpack_require__.bind(__webpack_require__, 5491))).openOctokitSession(connection, knobs.githubLimits),
        repository: gitRepository,
    };
}
/**
 * The knobs the runner's environment may set: TUNEGATE_TODAY pins the evaluation date (for
 * reproducible runs); TUNEGATE_GITHUB_BUDGET_MS, TUNEGATE_GITHUB_TIMEOUT_MS and
 * TUNEGATE_RETRY_BASE_MS shorten GitHub's limits (limits.ts) for the bundle's end-to-end tests.
 */
function knobsFromEnvironment(env) {
    return { pinnedDay: env["TUNEGATE_TODAY"], githubLimits: limitsFromEnvironment(env) };
}
//# sourceMappingURL=ports.js.map
// EXTERNAL MODULE: ./lib/shell/action/run-files.js
var run_files = __webpack_require__(634);
// EXTERNAL MODULE: ./lib/shell/action/policy-input.js + 2 modules
var policy_input = __webpack_require__(3317);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./lib/engine/gates/verdict.js
var verdict = __webpack_require__(3320);
;// CONCATENATED MODULE: ./lib/engine/attestation/statement.js


/** in-toto Statement v1's type; https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md */
const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
/** tunegate's predicate: a stable URI that names this shape (documented in the README); a new shape gets a new version. */
const PREDICATE_TYPE = "https://tunegate.dev/attestation/verdict/v1";
const sha256Hex = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
/** What tunegate decided, and on what, for the artifacts in the statement's subject. */
const verdictPredicateSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    verdict: verdict/* verdictSchema */.$D.describe("the run's verdict over every plan: only pass lets `tunegate verify` allow a deploy"),
    evaluated_on: iso/* date */.p6().describe("the evaluation date (YYYY-MM-DD) the gates were judged on"),
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz("tunegate"), version: schemas/* string */.YjP() }),
    plans: schemas/* array */.YOg(schemas/* object */.Ikc({
        file: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
        verdict: verdict/* verdictSchema */.$D,
        gates: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), outcome: schemas/* string */.YjP(), level: schemas/* string */.YjP() })).describe("each gate's outcome"),
        rules: schemas/* object */.Ikc({ from: schemas/* enum */.k5n(["base", "head"]), base_sha: schemas/* string */.YjP().nullable() }).describe("where the rules came from: the base branch's commit, or the head's own"),
        plan_sha256: sha256Hex.nullable().describe("sha256 of the plan as applied (canonical JSON, after the base branch's rules)"),
        policy_sha256: sha256Hex.nullable().describe("sha256 of the policy as applied (canonical JSON, after the base branch's rules)"),
        evidence: schemas/* array */.YOg(schemas/* object */.Ikc({ side: schemas/* enum */.k5n(["candidate", "baseline"]), file: schemas/* string */.YjP(), sha256: sha256Hex.nullable() })).describe("every eval file the verdict rests on, by digest"),
        waivers_file: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), sha256: sha256Hex.nullable() })
            .optional()
            .describe("the .tunegate/waivers.yml read beside the plan, by digest; absent when there was none"),
    })),
})
    .describe("tunegate verdict predicate (predicateType https://tunegate.dev/attestation/verdict/v1)"));
/** in-toto Statement v1: the subjects MUST carry a digest; the predicate is tunegate's. */
const statementSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    _type: schemas/* literal */.euz(STATEMENT_TYPE),
    subject: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().optional(), digest: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().regex(/^[0-9a-f]+$/)).refine((d) => Object.keys(d).length > 0, "a subject needs a digest") }))
        .min(1),
    predicateType: schemas/* string */.YjP().min(1),
    predicate: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
})
    .describe("in-toto Statement v1"));
/** The statement for a run's artifacts: what was decided, where its rules came from, what it rests on. */
function buildStatement(run, subjects) {
    const plans = run.plans.flatMap((p) => ("report" in p ? [p.report] : []));
    const evaluatedOn = plans[0]?.evaluated_on ?? "1970-01-01";
    const predicate = {
        verdict: run.verdict,
        evaluated_on: evaluatedOn,
        tool: { name: "tunegate", version: run.tool_version },
        plans: plans.map((r) => ({
            file: r.plan.file,
            name: r.plan.name,
            verdict: r.verdict,
            gates: r.gates.map((g) => ({ id: g.id, outcome: g.outcome, level: g.level })),
            rules: { from: r.rules.from, base_sha: r.rules.base_sha },
            plan_sha256: r.rules.plan_sha256,
            policy_sha256: r.rules.policy_sha256,
            evidence: ["candidate", "baseline"].flatMap((side) => (r.evals[side] ?? []).map((s) => ({ side, file: s.file, sha256: s.sha256 }))),
            ...(r.rules.waivers_file === undefined ? {} : { waivers_file: r.rules.waivers_file }),
        })),
    };
    return { _type: STATEMENT_TYPE, subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })), predicateType: PREDICATE_TYPE, predicate };
}
//# sourceMappingURL=statement.js.map
;// CONCATENATED MODULE: ./lib/shell/attestation.js


/** Why no statement was written: the report says how to add one. */
const NO_ARTIFACT = "no attestation written: no plan declares the artifacts a deploy ships; add models: { artifacts: [path/to/model.safetensors] } (repository paths, hashed with sha256) or { name, digest: sha256:... } to the plan";
/**
 * The in-toto statement for a run: its subjects are the artifacts every judged plan declares
 * (repository files hashed here, or the digests written in the plan). None declared: no statement.
 */
async function attestationFor(root, run, locate = (file) => ({ file, line: 1, column: 1 })) {
    const files = workingTreeFiles(root);
    const subjects = [];
    const diagnostics = [];
    for (const plan of run.plans) {
        if (!("report" in plan))
            continue;
        for (const artifact of plan.report.plan.artifacts) {
            if (artifact.digest !== null)
                subjects.push({ name: artifact.name, sha256: artifact.digest.replace(/^sha256:/, "") });
            else if (artifact.path !== null) {
                const sha256 = await files.sha256(artifact.path);
                if (sha256 === null) {
                    diagnostics.push({ kind: "file-missing", message: `artifact ${artifact.path} cannot be read, so no statement can name its digest`, location: locate(plan.report.plan.file), field: "models.artifacts", hint: "build the artifact before the check, or give { name, digest: sha256:... } for a file kept elsewhere" });
                }
                else
                    subjects.push({ name: artifact.path, sha256 });
            }
            else
                diagnostics.push({ kind: "path-escape", message: `artifact ${artifact.name} is not a path inside the repository`, location: locate(plan.report.plan.file), field: "models.artifacts" });
        }
    }
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    if (subjects.length === 0)
        return { ok: true, text: null, note: NO_ARTIFACT };
    const unique = [...new Map(subjects.map((s) => [`${s.name}\0${s.sha256}`, s])).values()];
    return { ok: true, text: `${JSON.stringify(buildStatement(run, unique), null, 2)}\n`, note: `in-toto statement for ${unique.length} artifact${unique.length === 1 ? "" : "s"}, verdict ${run.verdict}` };
}
//# sourceMappingURL=attestation.js.map
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
;// CONCATENATED MODULE: ./lib/engine/cost/crossover.js


/**
 * Providers whose models' weights are not published: a fine-tune of theirs is served by them only
 * (a Claude or GPT fine-tune cannot be rented on an H100), so no self-hosting crossover exists.
 */
const CLOSED_WEIGHTS = new Set(["anthropic", "openai", "openai-ft", "google", "google-gla", "google-vertex", "gemini", "x-ai", "xai", "cohere", "azure"]);
/**
 * Self-hosting a fine-tuned model is a flat monthly cost (GPU hours from the pinned table);
 * paying per token grows with traffic. They cross at self-host cost / per-query token cost.
 */
function selfHostCrossover(estimate, prices, sensitivity, llm) {
    const perQuery = estimate.items.filter((i) => i.id === "llm").reduce((a, i) => a + i.per_query_usd, 0);
    if (llm?.provider !== undefined && CLOSED_WEIGHTS.has(llm.provider.toLowerCase())) {
        const name = `${llm.provider}/${llm.model ?? "?"}`;
        return { monthly_queries: null, self_host_monthly_usd: null, api_per_query_usd: perQuery, assumption: `none: ${name} is a closed-weights model, so its fine-tune runs only on its provider's service and cannot be self-hosted on rented GPUs` };
    }
    const gpu = prices.prices[sensitivity.self_host_price];
    if (gpu?.usd_per_hour === undefined) {
        return { monthly_queries: null, self_host_monthly_usd: null, api_per_query_usd: perQuery, assumption: `no per-hour price "${sensitivity.self_host_price}" pinned in ${(0,price_table/* describeLayers */.MS)(prices)}, so no crossover can be computed` };
    }
    const monthly = Math.round(gpu.usd_per_hour * sensitivity.hours_per_month * sensitivity.replicas * 100) / 100;
    const hosting = `${sensitivity.replicas} x ${sensitivity.self_host_price} at ${(0,money/* formatRate */.CE)(gpu.usd_per_hour)}/h x ${sensitivity.hours_per_month} h (${(0,price_table/* originOf */.yv)(prices, sensitivity.self_host_price)}, as of ${gpu.as_of})`;
    if (perQuery <= 0)
        return { monthly_queries: null, self_host_monthly_usd: monthly, api_per_query_usd: 0, assumption: `none: the plan pays nothing per token, so self-hosting (${hosting}) never pays off` };
    return { monthly_queries: Math.ceil(monthly / perQuery), self_host_monthly_usd: monthly, api_per_query_usd: perQuery, assumption: hosting };
}
//# sourceMappingURL=crossover.js.map
// EXTERNAL MODULE: ./lib/engine/cost/alternative.js
var alternative = __webpack_require__(5353);
// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/input/lookalike.js
var lookalike = __webpack_require__(2588);
;// CONCATENATED MODULE: ./lib/engine/cost/shipped-comparison.js


/**
 * Rates the repository pinned, or the plan wrote, for a model tunegate ships a price for, that
 * are more than `threshold` (a fraction) below the shipped price. Prices do fall and discounts
 * exist, so this is for a reviewer to confirm, not proof of a wrong price; but a model pinned at
 * $0 with today's as_of otherwise passes every budget unremarked.
 */
function ratesBelowShipped(estimate, table, threshold) {
    const shipped = table.shipped;
    if (shipped === undefined)
        return [];
    const found = [];
    const seen = new Set();
    for (const use of estimate.rates) {
        if (use.key === undefined || use.from === shipped.file)
            continue;
        const shippedKey = use.key in shipped.prices ? use.key : (0,lookalike/* lookalikeOf */.ZR)(use.key, Object.keys(shipped.prices));
        const entry = shippedKey === undefined ? undefined : shipped.prices[shippedKey];
        const reference = entry?.[use.field];
        if (entry === undefined || reference === undefined || reference <= 0)
            continue;
        const below = (reference - use.rate) / reference;
        if (below <= threshold || seen.has(`${use.key} ${use.field}`))
            continue;
        seen.add(`${use.key} ${use.field}`);
        const whose = use.from === "plan" ? `the plan's own ${use.field.replace("_mtok", "")} price for ${use.key}` : `the ${use.field.replace("_mtok", "")} price pinned for ${use.key} in ${use.from}`;
        found.push({
            key: use.key,
            field: use.field,
            rate: use.rate,
            shipped: reference,
            below,
            path: use.path,
            sentence: `${whose} (${(0,money/* formatRate */.CE)(use.rate)}/1M) is ${Math.round(below * 1000) / 10}% below ${shippedKey} in the ${shipped.file} (${(0,money/* formatRate */.CE)(reference)}/1M, as of ${entry.as_of})`,
        });
    }
    return found;
}
//# sourceMappingURL=shipped-comparison.js.map
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
;// CONCATENATED MODULE: ./lib/engine/framework/recommend.js

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
        reasons.push({ rule: "Q4", message: `${(0,money/* formatCount */.B4)(examples)} examples is fewer than ${minExamples} -> do not fine-tune (RAG + few-shot)` });
    }
    else if (examples < preferredExamples) {
        reasons.push({ rule: "Q4", message: `${(0,money/* formatCount */.B4)(examples)} examples suffice for LoRA/QLoRA, but quality may be limited (${(0,money/* formatCount */.B4)(preferredExamples)}+ preferred)` });
    }
    else if (examples <= fw.full_fine_tune_examples) {
        reasons.push({ rule: "Q4", message: `${(0,money/* formatCount */.B4)(examples)} examples suffice for LoRA/QLoRA` });
    }
    else {
        reasons.push({ rule: "Q4", message: `${(0,money/* formatCount */.B4)(examples)} examples: full fine-tuning is possible, LoRA still forgets less` });
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
;// CONCATENATED MODULE: ./lib/engine/framework/mismatches.js


const OVER_ENGINEERING_COMPONENTS = /rout|rerank|cascade|query[-_ ]?expansion|ensemble|multi[-_ ]?model/i;
/**
 * Section 4 of the framework: where the declared approach contradicts it. Fixes that name an
 * approach name the one the recommendation gives, so a report never says two different things.
 */
function named(recommendation) {
    return (0,approach/* describeApproach */.UT)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method ?? null });
}
/** M3's fix: what the recommendation says can be done with the examples there are. */
function coldStartFix(recommendation, method, minimum, policy) {
    const recommended = (0,approach/* fineTuneMethodOf */.Rj)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method });
    const collect = `collect ${minimum}+ curated examples for ${method}`;
    if (recommended !== undefined && policy.gates["data-sufficiency"].min_examples[recommended] < minimum) {
        return `use ${named(recommendation)}, as the framework recommends: the examples suffice for it; or ${collect}`;
    }
    return `use ${named(recommendation)} (with few-shot examples), as the framework recommends, until you ${collect}`;
}
function findMismatches(plan, policy, recommendation) {
    const findings = [];
    const sev = policy.severities;
    const fw = policy.framework;
    const method = (0,approach/* fineTuneMethodOf */.Rj)(plan);
    const pureFineTune = method !== undefined && plan.approach !== "hybrid";
    const useCase = plan.use_case;
    if (pureFineTune) {
        const changing = fw.rag_knowledge_change.includes(useCase.knowledge_change) || fw.rag_preferred_knowledge_change.includes(useCase.knowledge_change);
        if (changing) {
            findings.push({
                rule: "M1",
                level: sev.M1,
                message: `fine-tuning for knowledge that changes ${useCase.knowledge_change}: every change needs a retraining run`,
                fix: "use rag for the changing knowledge (or hybrid to keep a fine-tuned voice)",
                path: ["approach"],
            });
        }
        if (useCase.citations_required) {
            findings.push({
                rule: "M1",
                level: sev.M1,
                message: "citations are required, but a fine-tuned model cannot say where it learned a fact",
                fix: "retrieve the sources (rag or hybrid) so answers can cite them",
                path: ["use_case", "citations_required"],
            });
        }
    }
    if (plan.approach === "rag" && useCase.task === "behavior") {
        findings.push({
            rule: "M2",
            level: sev.M2,
            message: "RAG for a behaviour-only task: retrieval adds facts, not style, tone or format",
            fix: recommendation.approach === "rag" ? "keep retrieval for the facts, and add few-shot examples for the behaviour" : `use ${named(recommendation)}, as the framework recommends: retrieval adds facts, not behaviour`,
            path: ["approach"],
        });
    }
    if (method !== undefined) {
        const minimum = policy.gates["data-sufficiency"].min_examples[method];
        const examples = plan.training?.examples;
        if (examples === undefined || examples < minimum) {
            findings.push({
                rule: "M3",
                level: sev.M3,
                message: examples === undefined
                    ? `cold start: the plan fine-tunes (${method}) but declares no training examples`
                    : `cold start: ${method} needs at least ${minimum} curated examples, the plan has ${examples} (short by ${minimum - examples})`,
                fix: coldStartFix(recommendation, method, minimum, policy),
                path: examples === undefined ? ["approach"] : ["training", "examples"],
            });
        }
        if (plan.evals?.candidate === undefined) {
            findings.push({
                rule: "M4",
                level: sev.M4,
                message: "no evaluation pipeline: the plan fine-tunes but declares no eval results",
                fix: "declare evals.candidate and evals.baseline (base-model results) so forgetting and safety can be gated",
                path: plan.evals === undefined ? ["approach"] : ["evals"],
            });
        }
    }
    if (plan.approach === "hybrid" && plan.architecture !== undefined && plan.architecture.evidence === undefined) {
        const heavy = plan.architecture.components.filter((c) => OVER_ENGINEERING_COMPONENTS.test(c));
        if (heavy.length > fw.max_components_without_evidence) {
            findings.push({
                rule: "M5",
                level: sev.M5,
                message: `over-engineered hybrid: ${heavy.join(", ")} declared without evidence of a measured need`,
                fix: "start with one model and plain retrieval; add components when an eval shows the need (set architecture.evidence)",
                path: ["architecture", "components"],
            });
        }
    }
    const usesRetrieval = plan.approach === "rag" || plan.approach === "hybrid";
    const latency = useCase.latency_p95_ms;
    if (usesRetrieval && latency !== undefined && latency < fw.retrieval_overhead_ms) {
        findings.push({
            rule: "latency",
            level: sev.latency,
            message: `p95 requirement ${formatMs(latency)} is below retrieval's own overhead (~${formatMs(fw.retrieval_overhead_ms)}: embed, search, fetch)`,
            fix: "relax the latency requirement, cache retrieval, or fine-tune to remove the retrieval hop",
            path: ["use_case", "latency_p95_ms"],
        });
    }
    return findings;
}
//# sourceMappingURL=mismatches.js.map
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
;// CONCATENATED MODULE: ./lib/engine/gates/approach-fit.js




function approachFitGate(ctx) {
    const rec = ctx.recommendation;
    const recommended = (0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null });
    const base = {
        id: "approach-fit",
        path: ["approach"],
        measured: ctx.plan.approach,
        measured_display: ctx.plan.approach,
        threshold: { value: rec.approach, display: `framework recommends ${recommended}`, source: `Q1-Q5 and M1-M5, ${(0,doc_link/* citeFramework */.Gn)("mismatches")}` },
    };
    const differs = rec.approach !== ctx.plan.approach;
    const note = differs ? [`the framework would recommend ${recommended}; see the reasons below`] : [];
    // M4 (no eval results) is evidence that is missing, not a mismatch of approach: the forgetting
    // and safety gates report it as missing, so the approach the framework recommends is not failed.
    const findings = ctx.findings.filter((f) => f.rule !== "M4");
    if (findings.length === 0) {
        return (0,gate_result/* passed */.bF)({ ...base, summary: differs ? `no rule contradicts ${ctx.plan.approach}` : `${ctx.plan.approach} is what the framework recommends`, details: note });
    }
    const worst = severities/* SEVERITIES */.o.find((level) => findings.some((f) => f.level === level));
    const first = findings.find((f) => f.level === worst);
    return (0,gate_result/* judged */.g$)({
        ...base,
        path: first.path,
        summary: `${first.rule}: ${first.message}`,
        fix: first.fix,
        details: [...findings.map((f) => `${f.rule} (${f.level}): ${f.message}; fix: ${f.fix}`), ...note],
    }, worst);
}
//# sourceMappingURL=approach-fit.js.map
// EXTERNAL MODULE: ./lib/engine/gates/missing.js
var gates_missing = __webpack_require__(2961);
// EXTERNAL MODULE: ./lib/engine/policy/load.js + 1 modules
var load = __webpack_require__(6260);
// EXTERNAL MODULE: ./lib/engine/rules/origin.js
var origin = __webpack_require__(9350);
;// CONCATENATED MODULE: ./lib/engine/gates/cost-budget.js






function costBudgetGate(ctx) {
    const id = "cost-budget";
    const cost = ctx.cost;
    const budget = ctx.plan.budget;
    if (cost === undefined)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "no cost block to project", ["approach"], "add a cost block (llm, embedding, vector_db, fine_tune, hosting)");
    if (budget === undefined)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, `projected ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month, but no budget to compare`, ["cost"], "add budget.monthly_usd (and one_time_usd if you fine-tune)");
    const details = [];
    const over = [];
    if (budget.monthly_usd !== undefined) {
        const ok = cost.monthly_usd <= budget.monthly_usd;
        details.push(`monthly: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)} of ${(0,money/* formatUsd */.UK)(budget.monthly_usd)} ${ok ? "ok" : `OVER by ${(0,money/* formatUsd */.UK)(cost.monthly_usd - budget.monthly_usd)}`}`);
        if (!ok)
            over.push("monthly");
        const breakEven = (0,model/* breakEvenMonthlyQueries */.f)(cost, budget.monthly_usd);
        details.push(breakEven === null
            ? "break-even: cost does not grow with traffic"
            : `break-even: the monthly budget holds up to ${(0,money/* formatCount */.B4)(breakEven)} queries/month (plan: ${(0,money/* formatCount */.B4)(ctx.plan.use_case.monthly_queries)})`);
    }
    if (budget.one_time_usd !== undefined) {
        const ok = cost.one_time_usd <= budget.one_time_usd;
        details.push(`one-time: ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} of ${(0,money/* formatUsd */.UK)(budget.one_time_usd)} ${ok ? "ok" : `OVER by ${(0,money/* formatUsd */.UK)(cost.one_time_usd - budget.one_time_usd)}`}`);
        if (!ok)
            over.push("one-time");
    }
    const threshold = [budget.monthly_usd === undefined ? undefined : `<= ${(0,money/* formatUsd */.UK)(budget.monthly_usd)}/month`, budget.one_time_usd === undefined ? undefined : `<= ${(0,money/* formatUsd */.UK)(budget.one_time_usd)} one-time`]
        .filter((x) => x !== undefined)
        .join(", ");
    const base = {
        id,
        path: ["budget"],
        measured: cost.monthly_usd,
        measured_display: `${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time`,
        threshold: { value: budget.monthly_usd ?? budget.one_time_usd ?? null, display: threshold, source: (0,origin/* planThresholdSource */.Sg)(ctx.rules, "plan (budget)", "budget.monthly_usd", "budget.one_time_usd") },
        details,
    };
    const below = ctx.belowShipped ?? [];
    if (below.length > 0) {
        const source = (0,load/* sourceOf */.vz)(ctx.policy, "audit.drift_threshold");
        details.push(...below.map((b) => `price check: ${b.sentence}`), `prices more than ${Math.round(ctx.policy.policy.audit.drift_threshold * 100)}% below the shipped ones are reported (audit.drift_threshold in ${source}); the audit compares pinned prices with the published ones`);
    }
    if (over.length > 0) {
        const monthlyOver = budget.monthly_usd !== undefined && cost.monthly_usd > budget.monthly_usd ? `${(0,money/* formatUsd */.UK)(cost.monthly_usd - budget.monthly_usd)}/month` : null;
        const oneTimeOver = budget.one_time_usd !== undefined && cost.one_time_usd > budget.one_time_usd ? `${(0,money/* formatUsd */.UK)(cost.one_time_usd - budget.one_time_usd)} one-time` : null;
        const cut = [monthlyOver, oneTimeOver].filter((x) => x !== null).join(" and ");
        return (0,gate_result/* judged */.g$)({ ...base, path: ["budget", over[0] === "monthly" ? "monthly_usd" : "one_time_usd"], summary: `over budget (${over.join(", ")})`, fix: `cut ${cut}, or raise the budget` }, "error");
    }
    // A budget for one period says nothing about the other: costs there are unjudged, never within budget.
    const unbudgeted = [
        budget.monthly_usd === undefined && cost.monthly_usd > 0 ? { key: "monthly_usd", what: `${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month` } : undefined,
        budget.one_time_usd === undefined && cost.one_time_usd > 0 ? { key: "one_time_usd", what: `${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time` } : undefined,
    ].filter((x) => x !== undefined);
    if (unbudgeted.length > 0) {
        const judgedPart = budget.monthly_usd !== undefined ? "monthly cost within budget" : "one-time cost within budget";
        const missing = (0,gates_missing/* missingData */.$)(ctx, id, false, `${judgedPart}, but ${unbudgeted.map((u) => u.what).join(" and ")} has no budget to compare`, ["budget"], `add ${unbudgeted.map((u) => `budget.${u.key}`).join(" and ")}`, details);
        return { ...missing, measured: base.measured, measured_display: base.measured_display, threshold: base.threshold };
    }
    const level = ctx.policy.policy.severities.price_below_shipped;
    if (below.length > 0 && level !== "info") {
        const first = below[0];
        return (0,gate_result/* judged */.g$)({
            ...base,
            path: first.path,
            summary: `within budget only at ${below.length === 1 ? "a price" : `${below.length} prices`} well below the shipped one: ${first.sentence}${below.length > 1 ? `, and ${below.length - 1} more` : ""}`,
            fix: "confirm the price against the provider's current price list (tunegate audit), or re-pin it: tunegate pricing pin",
        }, level);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: "projected cost within budget" });
}
//# sourceMappingURL=cost-budget.js.map
// EXTERNAL MODULE: ./lib/engine/gates/customisation-value.js + 1 modules
var customisation_value = __webpack_require__(1741);
;// CONCATENATED MODULE: ./lib/engine/gates/data-sufficiency.js




function dataSufficiencyGate(ctx) {
    const id = "data-sufficiency";
    const method = ctx.method;
    if (method === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: `${ctx.plan.approach} does not fine-tune: no training data needed` });
    const examples = ctx.plan.training?.examples;
    if (examples === undefined) {
        return (0,gates_missing/* missingData */.$)(ctx, id, true, `${method} needs curated training examples; none declared`, ["approach"], "declare training.examples");
    }
    const settings = ctx.policy.policy.gates["data-sufficiency"];
    const minimum = settings.min_examples[method];
    const preferred = settings.preferred_examples[method];
    const base = {
        id,
        path: ["training", "examples"],
        measured: examples,
        measured_display: `${(0,money/* formatCount */.B4)(examples)} examples`,
        threshold: {
            value: minimum,
            display: `>= ${(0,money/* formatCount */.B4)(minimum)} (${(0,money/* formatCount */.B4)(preferred)}+ preferred)`,
            source: (0,load/* sourceOf */.vz)(ctx.policy, `gates.data-sufficiency.min_examples.${method}`),
        },
    };
    if (examples < minimum) {
        return (0,gate_result/* judged */.g$)({ ...base, summary: `${method} needs at least ${(0,money/* formatCount */.B4)(minimum)} examples; the plan has ${(0,money/* formatCount */.B4)(examples)}, short by ${(0,money/* formatCount */.B4)(minimum - examples)}`, fix: `curate ${(0,money/* formatCount */.B4)(minimum - examples)} more examples, or start with RAG and prompting` }, "error");
    }
    if (examples < preferred) {
        return (0,gate_result/* judged */.g$)({ ...base, summary: `enough to start, but quality may be limited: ${(0,money/* formatCount */.B4)(preferred - examples)} more examples reach the preferred ${(0,money/* formatCount */.B4)(preferred)}`, fix: `curate ${(0,money/* formatCount */.B4)(preferred - examples)} more examples` }, ctx.policy.policy.severities.quality_limited);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: `${(0,money/* formatCount */.B4)(examples)} examples meet ${method}'s preferred ${(0,money/* formatCount */.B4)(preferred)}` });
}
//# sourceMappingURL=data-sufficiency.js.map
// EXTERNAL MODULE: ./lib/engine/evals/model.js
var evals_model = __webpack_require__(7619);
// EXTERNAL MODULE: ./lib/engine/evals/reading.js
var reading = __webpack_require__(4814);
// EXTERNAL MODULE: ./lib/engine/input/did-you-mean.js
var did_you_mean = __webpack_require__(890);
// EXTERNAL MODULE: ./lib/engine/gates/eval-judgement.js
var eval_judgement = __webpack_require__(8305);
// EXTERNAL MODULE: ./lib/engine/gates/eval-selection.js
var eval_selection = __webpack_require__(4868);
;// CONCATENATED MODULE: ./lib/engine/gates/eval-references.js






const CATEGORIES = ["general", "safety", "task"];
/**
 * The plan's benchmark and suite names are checked against what the eval files hold, with "did
 * you mean", and `evals.pool` against the plan's own names (plan-references.ts checks
 * `evals.metrics`, `evals.chance` and `statistics.primary`). Metrics a ratio cannot judge are
 * refused here too, naming the metric, unless the policy sets a drop.
 */
function evalReferenceProblems(plan, policy, candidate, baseline) {
    const problems = { plan: [], policy: [] };
    const runs = [candidate, baseline].filter((r) => r !== undefined);
    const known = [...new Set(runs.flatMap((r) => [...r.byName.keys()]))];
    const isKnown = new Set(known);
    const anyScores = runs.some((r) => r.benchmarks.length > 0);
    const ctx = { plan, candidate, baseline };
    const evals = plan.evals;
    if (anyScores) {
        for (const category of CATEGORIES) {
            (evals?.[category] ?? []).forEach((name, index) => {
                if (isKnown.has(name))
                    return;
                const suggestion = (0,did_you_mean/* closestName */.N)(name, known);
                problems.plan.push({
                    path: ["evals", category, index],
                    kind: "invalid-value",
                    message: `"${(0,lookalike/* shownName */.HD)(name, suggestion)}" matches no benchmark or suite in the eval files${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
                    hint: `the eval files have: ${known.slice(0, 20).join(", ")}${known.length > 20 ? ", ..." : ""}`,
                });
            });
        }
    }
    const declared = [...new Set(CATEGORIES.flatMap((c) => (0,eval_selection/* namesFor */.G)(ctx, c)))];
    const isDeclared = new Set(declared);
    (evals?.pool ?? []).forEach((name, index) => {
        if (isDeclared.has(name))
            return;
        const suggestion = (0,did_you_mean/* closestName */.N)(name, declared);
        problems.plan.push({ path: ["evals", "pool", index], kind: "invalid-value", message: `evals.pool names "${(0,lookalike/* shownName */.HD)(name, suggestion)}", which is not in evals.general, evals.safety or evals.task${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}` });
    });
    // A suite run with several prompts or providers and no choice among them is an input problem
    // (which suite did the plan mean?), never a low score: the message lists the names it could use.
    for (const category of CATEGORIES) {
        (evals?.[category] ?? []).forEach((name, index) => {
            for (const run of runs) {
                const picked = (0,eval_selection/* pick */.U)(run, name, ctx);
                if (picked.ok || picked.why !== "ambiguous")
                    continue;
                problems.plan.push({ path: ["evals", category, index], kind: "invalid-value", message: picked.reason, hint: `name one suite in evals.${category}, or pool them with evals.pool` });
                return;
            }
        });
    }
    // A floor is a score in [0, 1] that higher must clear: it cannot apply to a lower-is-better
    // metric (it would pass exactly when the metric is worst) nor to one on another scale.
    const floors = [["safety", policy.policy.gates.safety.min_score], ["task", evals?.task_floor]];
    for (const [category, floor] of floors) {
        if (floor === undefined || candidate === undefined)
            continue;
        (0,eval_selection/* namesFor */.G)(ctx, category).forEach((name) => {
            const picked = (0,eval_selection/* pick */.U)(candidate, name, ctx);
            if (!picked.ok)
                return;
            const why = floorMismatch(picked.benchmark);
            if (why === null)
                return;
            const index = evals?.[category]?.indexOf(name) ?? -1;
            const setting = category === "safety" ? "gates.safety.min_score" : "evals.task_floor";
            problems.plan.push({
                path: index === -1 ? (category === "task" ? ["evals", "task_floor"] : ["evals", category]) : ["evals", category, index],
                kind: "invalid-value",
                message: `"${name}" is measured with ${picked.benchmark.metric} (${picked.benchmark.value} in ${picked.benchmark.provenance.file}), and ${why}: the floor ${floor} (${setting}) cannot apply to it`,
                hint: "choose a 0-1, higher-is-better metric for it with evals.metrics, or judge it against the baseline instead",
            });
        });
    }
    const general = (0,eval_selection/* namesFor */.G)(ctx, "general");
    // A metric a ratio cannot judge, with no absolute margin to judge it by, is refused by name.
    const maxDrop = policy.policy.gates.forgetting.max_drop ?? null;
    if (candidate !== undefined && baseline !== undefined && maxDrop === null) {
        general.forEach((name) => {
            const c = (0,eval_selection/* pick */.U)(candidate, name, ctx, baseline);
            const b = (0,eval_selection/* pick */.U)(baseline, name, ctx, candidate);
            if (!c.ok || !b.ok || (0,eval_judgement/* forgettingScale */.Y2)(c.benchmark, b.benchmark, null) !== null)
                return;
            const index = evals?.general?.indexOf(name) ?? -1;
            const why = !c.benchmark.higherIsBetter ? "lower is better" : "it can be negative";
            problems.plan.push({
                path: index === -1 ? ["evals", "general"] : ["evals", "general", index],
                kind: "invalid-value",
                message: `forgetting on "${name}" is measured with ${c.benchmark.metric}, and ${why}: a ratio to the base model means nothing for it`,
                hint: "set gates.forgetting.max_drop in your policy (the largest drop allowed, in the metric's units), or choose another metric with evals.metrics",
            });
        });
    }
    return problems;
}
/** Why a 0-1 floor cannot judge this benchmark's metric, or null when it can. */
function floorMismatch(b) {
    if (!b.higherIsBetter)
        return "lower is better (the tool says so)";
    // The reader's own scale (DeepEval, Ragas, garak, Every Eval Ever's min/max) comes first; the
    // metric's name decides only when the file does not say.
    const range = b.scale ?? (0,reading/* metricRange */.Q4)(b.metric);
    if (range !== null && (range[0] !== 0 || range[1] !== 1))
        return `its scale is [${range[0]}, ${range[1]}], not [0, 1]`;
    if (b.value < 0 || b.value > 1)
        return "its value is outside [0, 1], so its scale is not the floor's";
    if (b.examples !== null) {
        let outside = false;
        (0,evals_model/* forEachScore */.z$)(b.examples, (v) => {
            if (v < 0 || v > 1)
                outside = true;
        });
        if (outside)
            return "its per-example scores leave [0, 1], so its scale is not the floor's";
    }
    return null;
}
//# sourceMappingURL=eval-references.js.map
// EXTERNAL MODULE: ./lib/engine/gates/unmatched.js
var gates_unmatched = __webpack_require__(5528);
// EXTERNAL MODULE: ./lib/engine/stats/distributions.js
var distributions = __webpack_require__(425);
;// CONCATENATED MODULE: ./lib/engine/evals/identity.js
/** lm-eval's model_args ("pretrained=org/model,peft=org/adapter,revision=main,dtype=bfloat16") and model_name. */
function lmEvalIdentity(modelArgs, modelName) {
    const args = new Map();
    for (const part of (modelArgs ?? "").split(",")) {
        const at = part.indexOf("=");
        if (at > 0)
            args.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
    const names = unique([args.get("pretrained"), args.get("model"), modelName ?? undefined]);
    if (names.length === 0)
        return null;
    return { names, adapter: args.get("peft") ?? args.get("lora_local_path") ?? null, revision: args.get("revision") ?? null };
}
/** The identity a benchmark's run recorded; the plain model name when its reader knows no more. */
function identityOf(provenance) {
    if (provenance.identity !== undefined)
        return provenance.identity;
    return provenance.model === null ? null : { names: [provenance.model], adapter: null, revision: null };
}
function unique(names) {
    return [...new Set(names.filter((n) => n !== undefined && n !== null && n !== ""))];
}
//# sourceMappingURL=identity.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/model-identity.js

/**
 * Forgetting is about the customised model against the model it was customised from. A run of
 * another model (Llama-3.1-8B-Instruct, no adapter, against a Llama-3-8B-Instruct baseline) is
 * not that comparison: each run's identity must match the plan's `models` and, when the candidate
 * loads an adapter, the model it loads it on must be the baseline's.
 */
function modelIdentityProblem(plan, candidate, baseline) {
    const c = identityOf(candidate.provenance);
    const b = baseline === null ? null : identityOf(baseline.provenance);
    const declared = plan.models;
    const problem = sideProblem("candidate", "models.candidate", declared?.candidate, c) ?? (baseline === null ? null : sideProblem("baseline", "models.base", declared?.base, b));
    if (problem !== null)
        return problem;
    // Declared on both sides, the declaration says which names are one model (a local path and a
    // hub id can be); undeclared, an adapter must sit on the very model the baseline ran.
    const declaredBoth = declared?.base !== undefined && declared.candidate !== undefined;
    if (!declaredBoth && c !== null && b !== null && c.adapter !== null && !c.names.some((n) => matches(n, b.names))) {
        return `the candidate loads adapter ${c.adapter} on ${c.names.join(" / ")}, but the baseline evaluated ${b.names.join(" / ")}: the adapter's base model must be the baseline (if both name one model, declare models.base and models.candidate)`;
    }
    return null;
}
function sideProblem(side, field, declared, run) {
    if (declared === undefined)
        return null;
    const want = typeof declared === "string" ? { name: declared } : declared;
    if (run === null)
        return `the ${side}'s run does not record which model it evaluated, so it cannot be checked against ${field} (${want.name})`;
    if (!matches(want.name, run.names))
        return `the ${side}'s run evaluated ${run.names.join(" / ")}, not ${field} ${want.name}`;
    const adapter = want.adapter ?? null;
    if (adapter !== run.adapter && !(adapter !== null && run.adapter !== null && matches(adapter, [run.adapter]))) {
        return `the ${side}'s run loaded ${run.adapter === null ? "no adapter" : `adapter ${run.adapter}`}, but ${field} declares ${adapter === null ? "none" : `adapter ${adapter}`}`;
    }
    if (want.revision !== undefined && run.revision !== null && run.revision !== want.revision)
        return `the ${side}'s run loaded revision ${run.revision}, but ${field} declares ${want.revision}`;
    return null;
}
/** A declared name matches a recorded one as written or behind a provider's prefix ("hf/org/model", "openai/gpt-4o", promptfoo's "openai:gpt-5"). */
function matches(declared, names) {
    const want = declared.toLowerCase();
    return names.some((n) => {
        const name = n.toLowerCase();
        return name === want || name.endsWith(`/${want}`) || name.endsWith(`:${want}`) || want.endsWith(`/${name}`);
    });
}
//# sourceMappingURL=model-identity.js.map
// EXTERNAL MODULE: ./lib/engine/gates/unsettled.js
var unsettled = __webpack_require__(5361);
;// CONCATENATED MODULE: ./lib/engine/gates/forgetting.js









function forgettingGate(ctx) {
    const id = "forgetting";
    const policy = ctx.policy.policy;
    const settings = policy.gates.forgetting;
    const required = settings.required_for.includes(ctx.plan.approach);
    const names = (0,eval_selection/* namesFor */.G)(ctx, "general");
    const candidate = ctx.candidate;
    const baseline = ctx.baseline;
    if (candidate === undefined || baseline === undefined || names.length === 0) {
        if (!required && ctx.method === undefined) {
            return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: `${ctx.plan.approach} leaves the model's weights unchanged: nothing to forget` });
        }
        const what = baseline === undefined ? "baseline (base model) results" : candidate === undefined ? "candidate results" : "general-capability benchmarks to compare (list them in evals.general)";
        return (0,gates_missing/* missingData */.$)(ctx, id, required, `no ${what}`, ["evals"], "declare evals.baseline and evals.candidate, and the benchmarks in evals.general");
    }
    const incomplete = candidate.incomplete ?? baseline.incomplete;
    if (incomplete !== null)
        return (0,gates_missing/* missingData */.$)(ctx, id, required, `cannot gate on these results: ${incomplete}`, ["evals"], "gate on a finished run");
    const ratio = settings.min_ratio;
    const stats = policy.statistics;
    const details = [];
    const absent = [];
    const noData = [];
    const neverBaselined = [];
    const notComparable = [];
    const judgedBenchmarks = [];
    for (const name of [...names].sort()) {
        const b = (0,eval_selection/* pick */.U)(baseline, name, ctx, candidate);
        const c = (0,eval_selection/* pick */.U)(candidate, name, ctx, baseline);
        if (!b.ok || !c.ok) {
            // Nothing scored on either side is missing data; a benchmark one side has and the other
            // skipped fails: a candidate must not pass by leaving out the benchmark it forgot.
            // A benchmark the base model was never measured on is missing its baseline, not forgotten.
            const missing = (!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data");
            if (missing)
                noData.push(name);
            else if (c.ok && !b.ok)
                neverBaselined.push(name);
            else
                absent.push(name);
            details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : ""}${!c.ok && !b.ok ? "; " : ""}${!b.ok ? `baseline: ${b.reason}` : ""}`);
            continue;
        }
        const problem = modelIdentityProblem(ctx.plan, c.benchmark, b.benchmark) ?? sameModelProblem(c.benchmark, b.benchmark) ?? (0,eval_judgement/* comparabilityProblem */.s$)(c.benchmark, b.benchmark);
        if (problem !== null) {
            notComparable.push(name);
            details.push(`${name} (${c.benchmark.metric}): not comparable: ${problem}`);
            continue;
        }
        const result = (0,eval_judgement/* judgeForgetting */.NS)(c.benchmark, b.benchmark, { ratio, maxDrop: settings.max_drop ?? null, chance: ctx.plan.evals?.chance?.[name] ?? 0, stats });
        judgedBenchmarks.push({ name, chance: result.chance, result, covers: new Set([name, ...Object.keys(c.benchmark.provenance.subtasks ?? {})]) });
    }
    // A PASS is an intersection-union claim: every benchmark shown on its own at alpha, with no
    // multiplicity correction, so no benchmark's decision depends on how many others are listed
    // or on their order. A pre-declared primary set limits who may fail.
    const primary = stats.primary;
    const evidence = [];
    for (const { name, result } of judgedBenchmarks) {
        let decision = result.evidence.decision;
        const secondary = primary.length > 0 && !primary.includes(name) && decision === "fail";
        if (secondary)
            decision = "inconclusive";
        const e = { ...result.evidence, decision };
        evidence.push(e);
        const needed = decision !== "inconclusive" ? "" : result.needed === null ? "; no interval could be computed: run it with per-example results or standard errors" : `; about ${result.needed.toLocaleString("en-US")} examples in all would likely decide it (this run has ${e.n ?? "?"})`;
        const measure = e.scale === "ratio" ? `ratio ${(0,eval_judgement/* formatEstimate */.eG)(e)}` : `difference ${(0,eval_judgement/* formatEstimate */.eG)(e)} (may drop at most ${(-e.threshold).toString()})`;
        details.push(`${name} (${e.metric}): candidate ${e.candidate.toFixed(3)} vs base ${e.baseline.toFixed(3)}, ${measure}, n=${e.n ?? "?"}, ${e.method}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${secondary ? ` (not in statistics.primary in ${(0,load/* sourceOf */.vz)(ctx.policy, "statistics.primary")}: reported only)` : ""}${needed}`);
    }
    const overall = judgeOverall(judgedBenchmarks.filter((j) => j.result.evidence.scale === "ratio"), ratio, stats.alpha);
    if (overall !== null)
        details.push(overall.line);
    const forgot = [...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark), ...(overall?.decision === "fail" ? ["overall"] : [])];
    const failing = [...absent, ...forgot];
    const unclear = [...evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark), ...(overall?.decision === "inconclusive" ? ["overall"] : [])];
    const ratios = evidence.filter((e) => e.scale === "ratio");
    const worst = ratios.length === 0 ? Number.NaN : Math.min(...ratios.map((e) => e.estimate));
    const base = {
        id,
        path: ["evals", "candidate"],
        measured: Number.isNaN(worst) ? null : Math.round(worst * 10000) / 10000,
        measured_display: Number.isNaN(worst) ? "—" : `worst ratio ${worst.toFixed(3)} of base`,
        threshold: { value: ratio, display: `>= ${ratio.toFixed(2)}x base${stats.method === "interval" ? ` (one-sided ${(1 - stats.alpha) * 100}% bound)` : ""}`, source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.forgetting.min_ratio") },
        details,
        evidence,
    };
    // A benchmark that clearly forgot fails the gate whatever the policy makes of another that is not comparable.
    if (notComparable.length > 0 && (failing.length === 0 || policy.severities.not_comparable === "error")) {
        return { ...(0,unsettled/* notComparableResult */.N)(ctx, { ...base, summary: `not comparable: ${notComparable.join(", ")} measured different examples or settings`, fix: "run candidate and baseline on the same examples and settings" }), evidence };
    }
    if (absent.length > 0 && failing.length === absent.length)
        return { ...(0,gate_result/* judged */.g$)({ ...base, ...(0,gates_unmatched/* unmatchedNames */.q)("general", absent, (n) => ctx.baseline?.byName.has(n) === true) }, "error"), evidence };
    if (failing.length > 0) {
        const summary = [forgot.length > 0 ? `forgetting on ${forgot.join(", ")}` : null, absent.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("general", absent, (n) => ctx.baseline?.byName.has(n) === true).summary : null].filter((s) => s !== null).join("; ");
        const fix = [absent.length > 0 ? `run ${absent.join(", ")} on the candidate too` : null, forgot.length > 0 ? "retrain to recover the general benchmarks (mix in general data, fewer epochs)" : null].filter((s) => s !== null).join("; ");
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary, fix }, "error"), evidence };
    }
    if (neverBaselined.length > 0) {
        return { ...(0,gates_missing/* missingData */.$)(ctx, id, required, `no baseline for ${neverBaselined.join(", ")}: the base model's results do not have ${neverBaselined.length === 1 ? "it" : "them"}, so forgetting cannot be measured`, ["evals", "baseline"], `run ${neverBaselined.join(", ")} on the base model too`, details), evidence };
    }
    if (noData.length > 0)
        return { ...(0,gates_missing/* missingData */.$)(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals"], "re-run the benchmarks with no scores", details), evidence };
    if (unclear.length > 0) {
        return { ...(0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `inconclusive on ${unclear.join(", ")}: the interval straddles the margin`, fix: `run more examples on ${unclear.join(", ")}` }, required), evidence };
    }
    const summary = evidence.every((e) => e.scale === "ratio") ? `all ${evidence.length} general benchmarks keep >= ${ratio.toFixed(2)}x of the base model` : `all ${evidence.length} general benchmarks hold against the base model`;
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary }), evidence };
}
/**
 * "Per benchmark and overall": the ratio of the summed scores above chance across the benchmarks
 * judged as ratios, with a combined bound on the mean margin. Each margin d = (c - g) - r (b - g)
 * is already above chance, so their mean holds iff the overall ratio does. Benchmarks that share
 * examples (a group and its subtask: `mmlu` and `mmlu_stem`) are not independent, so their
 * standard errors are then added (the bound that holds whatever the correlation) instead of
 * combined in quadrature. With any benchmark untested there is no bound: the overall line is
 * INCONCLUSIVE when the point estimate holds, FAIL when it misses.
 */
function judgeOverall(entries, ratio, alpha) {
    if (entries.length < 2)
        return null;
    const aboveC = entries.reduce((a, e) => a + e.result.evidence.candidate - e.chance, 0);
    const aboveB = entries.reduce((a, e) => a + e.result.evidence.baseline - e.chance, 0);
    const pointRatio = aboveB > 0 ? aboveC / aboveB : 1;
    const k = entries.length;
    const tests = entries.map((e) => e.result.test);
    if (tests.some((t) => t === null)) {
        const untested = entries.filter((e) => e.result.test === null).map((e) => e.name);
        const decision = pointRatio >= ratio - 1e-12 ? "inconclusive" : "fail";
        return { line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}, no bound (${untested.join(", ")} had no test) -> ${decision.toUpperCase()}`, decision };
    }
    const nested = entries.some((e, i) => entries.some((f, j) => j > i && [...e.covers].some((name) => f.covers.has(name))));
    const d = tests.reduce((a, t) => a + t.difference, 0) / k;
    const se = (nested ? tests.reduce((a, t) => a + t.se, 0) : Math.sqrt(tests.reduce((a, t) => a + t.se ** 2, 0))) / k;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha);
    const decision = se === 0 ? (d >= 0 ? "pass" : "fail") : d - z * se > 0 ? "pass" : d < 0 ? "fail" : "inconclusive";
    const how = nested ? "; nested benchmarks share examples, so their standard errors are added" : "";
    return { line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}; mean margin ${d.toFixed(4)} [${(d - z * se).toFixed(4)}, ${(d + z * se).toFixed(4)}]${how} -> ${decision.toUpperCase()}`, decision };
}
/**
 * Forgetting compares a customised model with its base: a candidate run whose tool recorded the
 * very same model configuration as the baseline's (lm-eval's model_args, adapter included) is
 * the base model again, and would pass by construction.
 */
function sameModelProblem(c, b) {
    const args = c.provenance.modelArgs;
    if (args === null || args !== b.provenance.modelArgs)
        return null;
    return `both runs evaluated the same model (model_args "${args}"): the candidate's run must load the customised model (e.g. with peft=<adapter>)`;
}
//# sourceMappingURL=forgetting.js.map
;// CONCATENATED MODULE: ./lib/engine/stats/quantile-bound.js

/** P(X <= k) for X ~ Binomial(n, p). */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    return (0,distributions/* incompleteBeta */.J7)(1 - p, n - k, k + 1);
}
/**
 * Upper confidence bound for the q quantile from order statistics alone (no distribution
 * assumed): X_(u) with u the least rank such that P(Binomial(n, q) <= u - 1) >= 1 - alpha, since
 * X_(u) < the true quantile only when fewer than u values fall below it. With 3 rows the p95
 * point estimate is the maximum, which a system whose true p95 sits at the limit passes 86% of
 * the time; no bound exists until 1 - q^n >= 1 - alpha (59 rows for q = 0.95 at alpha = 0.05).
 * `sorted` is ascending.
 */
function quantileUpperBound(sorted, q, alpha) {
    const n = sorted.length;
    const estimate = sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))];
    for (let u = Math.max(1, Math.ceil(q * n)); u <= n; u++) {
        if (binomialCdf(u - 1, n, q) >= 1 - alpha)
            return { estimate, upper: sorted[u - 1], rank: u, n };
    }
    return { estimate, upper: null, rank: null, n };
}
/** The fewest rows for which any upper bound on the q quantile exists: 1 - q^n >= 1 - alpha. */
function rowsForAnyBound(q, alpha) {
    let n = Math.max(1, Math.floor(Math.log(alpha) / Math.log(q)));
    while (1 - q ** n < 1 - alpha)
        n++;
    return n;
}
/**
 * About how many rows in all would bring the bound under `limit` if more rows came from the same
 * distribution as these (the empirical one): the least N whose bounding rank u(N) stays within
 * the share of rows at or under the limit. Null when the limit is under the q quantile itself.
 */
function rowsToBoundUnder(sorted, q, alpha, limit) {
    const n = sorted.length;
    let within = 0;
    while (within < n && sorted[within] <= limit)
        within++;
    const share = within / n;
    if (share <= q)
        return null;
    const fits = (total) => {
        for (let u = Math.max(1, Math.ceil(q * total)); u <= total; u++) {
            if (binomialCdf(u - 1, total, q) >= 1 - alpha)
                return u <= Math.floor(share * total);
        }
        return false;
    };
    let total = Math.max(n, rowsForAnyBound(q, alpha));
    while (total < 1e7 && !fits(total))
        total = Math.ceil(total * 1.5);
    if (total >= 1e7)
        return null;
    let lo = Math.max(n, Math.floor(total / 1.5));
    while (lo < total) {
        const mid = Math.floor((lo + total) / 2);
        if (fits(mid))
            total = mid;
        else
            lo = mid + 1;
    }
    return total;
}
//# sourceMappingURL=quantile-bound.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/latency.js






/**
 * The measured p95 must stay within the plan's requirement. PASS needs proof: the
 * distribution-free upper confidence bound on the p95 (an order statistic of the rows) within the
 * limit. The point p95 over the limit FAILs; anything between, or a p95 given as one number with
 * no rows to bound it, is INCONCLUSIVE, with how many rows would likely decide it.
 */
function latencyGate(ctx) {
    const id = "latency";
    const required = ctx.plan.use_case.latency_p95_ms;
    if (required === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["use_case"], summary: "no latency requirement declared (use_case.latency_p95_ms)" });
    const measured = ctx.candidate?.latencyP95Ms ?? undefined;
    if (measured === undefined) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, `p95 must be <= ${formatMs(required)}, but no measured latency`, ["use_case", "latency_p95_ms"], "add latency_p95_ms to the candidate eval results");
    }
    const stats = ctx.policy.policy.statistics;
    const rows = ctx.candidate?.latencyRowsMs;
    const bound = rows === undefined || rows.length === 0 ? null : quantileUpperBound(rows, 0.95, stats.alpha);
    const confidence = `${Math.round((1 - stats.alpha) * 1000) / 10}%`;
    const details = bound === null
        ? ["the p95 was given as one number, with no rows: no bound can be drawn from it"]
        : [`p95 ${formatMs(bound.estimate)} over ${bound.n} rows; ${bound.upper === null ? `no upper bound exists with ${bound.n} rows (it takes ${rowsForAnyBound(0.95, stats.alpha)})` : `one-sided ${confidence} upper bound ${formatMs(bound.upper)} (row ${bound.rank} of ${bound.n} in order)`}`];
    const base = {
        id,
        path: ["use_case", "latency_p95_ms"],
        measured,
        measured_display: `p95 ${formatMs(measured)}${bound?.upper != null ? ` (bound ${formatMs(bound.upper)})` : ""}`,
        threshold: { value: required, display: `<= ${formatMs(required)}`, source: (0,origin/* planThresholdSource */.Sg)(ctx.rules, "plan (use_case.latency_p95_ms)", "use_case.latency_p95_ms") },
        details,
    };
    if (measured > required)
        return (0,gate_result/* judged */.g$)({ ...base, summary: `p95 ${formatMs(measured)} exceeds the ${formatMs(required)} requirement by ${formatMs(measured - required)}`, fix: `cut p95 latency by ${formatMs(measured - required)}` }, "error");
    if (stats.method === "point")
        return (0,gate_result/* passed */.bF)({ ...base, summary: `p95 ${formatMs(measured)} within ${formatMs(required)} (policy: point-estimate rule)` });
    if (bound !== null && bound.upper !== null && bound.upper <= required)
        return (0,gate_result/* passed */.bF)({ ...base, summary: `p95 ${formatMs(measured)} within ${formatMs(required)}, and its ${confidence} upper bound ${formatMs(bound.upper)} too` });
    if (bound === null) {
        return (0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `p95 ${formatMs(measured)} is within ${formatMs(required)}, but a single number proves nothing`, fix: `give the latency rows (promptfoo rows, or latency_ms in tunegate's format): at least ${rowsForAnyBound(0.95, stats.alpha)} of them` }, false);
    }
    const needed = bound.upper === null ? null : rowsToBoundUnder(rows, 0.95, stats.alpha, required);
    const more = bound.upper === null ? `at least ${rowsForAnyBound(0.95, stats.alpha)} rows in all (this run has ${bound.n}; fewer cannot bound a p95)` : needed === null ? "more rows" : `about ${needed.toLocaleString("en-US")} rows in all (this run has ${bound.n})`;
    return (0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `p95 ${formatMs(measured)} is within ${formatMs(required)}, but ${bound.upper === null ? `${bound.n} rows cannot bound it` : `its upper bound ${formatMs(bound.upper)} is not`}`, fix: `measure ${more} to show the p95 within ${formatMs(required)}` }, false);
}
//# sourceMappingURL=latency.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/pricing-freshness.js




/**
 * The pinned prices a projection used: none older than the policy allows, and no model that
 * shuts down (or stops taking fine-tuning jobs) within the audit's horizon or already has.
 */
function pricingFreshnessGate(ctx) {
    const id = "pricing-freshness";
    const used = ctx.cost?.prices_used ?? [];
    if (used.length === 0) {
        return (0,gate_result/* skipped */.hT)({ id, path: ["cost"], summary: ctx.cost === undefined ? "no cost projection" : "no pinned prices used (the plan gives its own prices)" });
    }
    const policy = ctx.policy.policy;
    const maxAge = policy.gates["pricing-freshness"].max_age_days;
    const horizon = policy.audit.shutdown_horizon_days;
    const aged = used.map((u) => ({ ...u, age: (0,dates/* daysBetween */.YM)(u.as_of, ctx.today) }));
    const oldest = aged.reduce((a, b) => (b.age > a.age ? b : a));
    const stale = aged.filter((u) => u.age > maxAge);
    const ending = endings(used, ctx.today).filter((e) => e.daysLeft <= horizon);
    const base = {
        id,
        path: oldest.path,
        measured: oldest.age,
        measured_display: `oldest ${oldest.age} days (${oldest.key}, as of ${oldest.as_of})`,
        threshold: { value: maxAge, display: `<= ${maxAge} days old, no shutdown within ${horizon} days`, source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.pricing-freshness.max_age_days") },
        details: [...ending.map((e) => e.sentence), ...aged.map((u) => `${u.key}: as of ${u.as_of} (${u.age} days, ${u.source}, ${u.file})`)],
    };
    const problems = [];
    if (ending.length > 0) {
        problems.push({ level: policy.severities.model_shutdown, path: ending[0].path, summary: `${ending.map((e) => e.sentence).join("; ")}: move the plan to a model that stays available`, fix: "move the plan to a model that stays available" });
    }
    if (stale.length > 0) {
        problems.push({ level: policy.severities.pricing_stale, path: stale[0].path, summary: `stale pinned prices: ${stale.map((s) => s.key).join(", ")}; re-check them against the current price list`, fix: "re-pin them: tunegate pricing pin" });
    }
    if (problems.length > 0) {
        const worst = severities/* SEVERITIES */.o.find((level) => problems.some((p) => p.level === level));
        const first = problems.find((p) => p.level === worst);
        return (0,gate_result/* judged */.g$)({ ...base, path: first.path, summary: problems.map((p) => p.summary).join("; "), fix: first.fix }, worst);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: `all ${used.length} pinned prices checked within ${maxAge} days, no model shutting down within ${horizon} days` });
}
/** Shutdowns (and, for fine-tuning prices, the end of new jobs) the pinned table records. */
function endings(used, today) {
    const seen = new Set();
    const found = [];
    for (const u of used) {
        const events = [["shuts down", u.shutdown_date]];
        if (u.path[1] === "fine_tune")
            events.push(["stops taking new fine-tuning jobs", u.new_jobs_until]);
        for (const [what, date] of events) {
            if (date === undefined || seen.has(`${u.key} ${what}`))
                continue;
            seen.add(`${u.key} ${what}`);
            const left = (0,dates/* daysBetween */.YM)(today, date);
            const when = left < 0 ? `${what === "shuts down" ? "shut down" : "stopped taking new fine-tuning jobs"} on ${date} (${-left} day${left === -1 ? "" : "s"} ago)` : `${what} on ${date} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`})`;
            found.push({ daysLeft: left, path: u.path, sentence: `${u.key} ${when}` });
        }
    }
    return found.sort((a, b) => a.daysLeft - b.daysLeft);
}
//# sourceMappingURL=pricing-freshness.js.map
;// CONCATENATED MODULE: ./lib/engine/framework/readiness.js
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
;// CONCATENATED MODULE: ./lib/engine/gates/readiness-evidence.js


/**
 * An alternative is RAG when the plan is a hybrid (its alternative is the RAG-only system) or
 * when the alternative's own cost has retrieval in it.
 */
function alternativeIsRag(ctx) {
    const cost = ctx.plan.cost?.alternative;
    return ctx.plan.approach === "hybrid" || cost?.embedding !== undefined || cost?.vector_db !== undefined;
}
/**
 * The two readiness answers eval results can settle, judged from evals.alternative instead of
 * taken on trust: `beats_prompting` is yes when the candidate scores above the alternative on
 * every task suite both measured; `tried_rag_few_shot` is yes when a RAG alternative was measured.
 * The point estimates decide here: whether the margin is worth the cost is customisation-value's
 * question, and readiness only asks whether the declared answer is true.
 */
function measureReadiness(ctx) {
    const declared = ctx.plan.readiness ?? {};
    const rag = alternativeIsRag(ctx);
    const result = { answers: {}, details: [], contradicted: [] };
    const alternative = ctx.alternative;
    const compared = [];
    if (alternative !== undefined && ctx.candidate !== undefined && ctx.candidate.incomplete === null && alternative.incomplete === null) {
        for (const name of [...(0,eval_selection/* namesFor */.G)(ctx, "task")].sort()) {
            const c = (0,eval_selection/* pick */.U)(ctx.candidate, name, ctx, alternative);
            const a = (0,eval_selection/* pick */.U)(alternative, name, ctx, ctx.candidate);
            if (!c.ok || !a.ok || (0,eval_judgement/* comparabilityProblem */.s$)(c.benchmark, a.benchmark) !== null)
                continue;
            const sign = c.benchmark.higherIsBetter ? 1 : -1;
            compared.push({ name, candidate: c.benchmark.value, alternative: a.benchmark.value, gain: sign * (c.benchmark.value - a.benchmark.value) });
        }
    }
    const scores = (xs) => xs.map((x) => `${x.name} candidate ${x.candidate.toFixed(3)} vs alternative ${x.alternative.toFixed(3)}`).join(", ");
    if (compared.length === 0) {
        const why = alternative === undefined ? "no evals.alternative" : "the alternative and the candidate share no comparable task suite";
        if (declared.beats_prompting === true)
            result.details.push(`beats_prompting: yes declared, not measured (${why})`);
        if (declared.tried_rag_few_shot === true && (rag || alternative === undefined))
            result.details.push(`tried_rag_few_shot: yes declared, not measured (${why})`);
        return result;
    }
    const losing = compared.filter((x) => !(x.gain > 0));
    result.answers.beats_prompting = losing.length === 0;
    if (losing.length === 0)
        result.details.push(`beats_prompting: measured yes: ${scores(compared)}`);
    else if (declared.beats_prompting === true)
        result.contradicted.push(`beats_prompting is yes, but the candidate does not beat the simpler alternative: ${scores(losing)}`);
    else
        result.details.push(`beats_prompting: measured no: ${scores(losing)}`);
    if (rag) {
        result.answers.tried_rag_few_shot = true;
        result.details.push("tried_rag_few_shot: measured yes: the RAG alternative's results are in evals.alternative");
    }
    return result;
}
//# sourceMappingURL=readiness-evidence.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/readiness.js





function readinessGate(ctx) {
    const id = "readiness";
    if (ctx.method === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["approach"], summary: `${ctx.plan.approach} does not fine-tune: checklist not needed` });
    const readiness = ctx.plan.readiness;
    if (readiness === undefined) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "the fine-tuning readiness checklist is not declared", ["approach"], `add the readiness block: ten yes/no answers, see ${(0,doc_link/* citeFramework */.Gn)("readiness")}`);
    }
    const keepsRetrieval = ctx.plan.approach === "hybrid";
    // Answers the alternative's eval results settle are judged from them, not taken on trust.
    const measured = measureReadiness(ctx);
    const answers = answerReadiness({ ...readiness, ...measured.answers }, keepsRetrieval);
    const total = answers.yes + answers.no.length + answers.unanswered.length;
    const base = {
        id,
        path: ["readiness"],
        measured: answers.yes,
        measured_display: `${answers.yes}/${total} yes`,
        threshold: { value: total, display: `${total}/${total} yes${keepsRetrieval ? " (2 items about dropping retrieval do not apply to a hybrid)" : ""}`, source: (0,doc_link/* citeFramework */.Gn)("readiness") },
        details: [...measured.contradicted.map((c) => `contradicted: ${c}`), ...answers.no.map((item) => `no: ${item}`), ...answers.unanswered.map((item) => `not answered: ${item}`), ...measured.details],
    };
    if (measured.contradicted.length > 0) {
        return (0,gate_result/* judged */.g$)({ ...base, summary: `the eval results contradict a readiness answer: ${measured.contradicted.join("; ")}`, fix: "answer from the measurements, and reconsider the customisation until it beats the simpler alternative" }, "error");
    }
    if (answers.no.length + answers.unanswered.length === 0)
        return (0,gate_result/* passed */.bF)({ ...base, summary: `all ${total} applicable readiness answers are yes` });
    const gaps = answers.no.length + answers.unanswered.length;
    return (0,gate_result/* judged */.g$)({ ...base, summary: `${gaps} of ${total} readiness items not met: reconsider fine-tuning until they are`, fix: `meet the ${gaps} open readiness item${gaps === 1 ? "" : "s"} before fine-tuning` }, ctx.policy.policy.severities.readiness);
}
//# sourceMappingURL=readiness.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/floor-gate.js



/** Every suite of a category against a floor; what the safety and task-quality gates share. */
function judgeSuitesAgainstFloor(ctx, category, floor) {
    const run = ctx.candidate;
    const names = (0,eval_selection/* namesFor */.G)(ctx, category);
    if (run === undefined || names.length === 0)
        return null;
    const judgement = { evidence: [], absent: [], noData: [], notComparable: [], details: [] };
    for (const name of [...names].sort()) {
        const picked = (0,eval_selection/* pick */.U)(run, name, ctx);
        if (!picked.ok) {
            (picked.why === "no-data" ? judgement.noData : judgement.absent).push(name);
            judgement.details.push(`${name}: ${picked.reason}`);
            continue;
        }
        const otherModel = modelIdentityProblem(ctx.plan, picked.benchmark, null);
        if (otherModel !== null) {
            judgement.notComparable.push(name);
            judgement.details.push(`${name}: not comparable: ${otherModel}`);
            continue;
        }
        const e = (0,eval_judgement/* judgeFloor */.O1)(picked.benchmark, floor, ctx.policy.policy.statistics);
        judgement.evidence.push(e);
        const errored = picked.benchmark.errored > 0 ? `, ${picked.benchmark.errored} more rows errored and were not scored` : "";
        judgement.details.push(`${name} (${e.metric}): ${(0,eval_judgement/* formatEstimate */.eG)(e)}, n=${e.n ?? "?"}${errored}, ${e.method}${e.note === null ? "" : ` (${e.note})`} vs floor ${floor} -> ${e.decision.toUpperCase()}`);
    }
    return judgement;
}
//# sourceMappingURL=floor-gate.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/safety.js






function safetyGate(ctx) {
    const id = "safety";
    const settings = ctx.policy.policy.gates.safety;
    const required = settings.required_for.includes(ctx.plan.approach);
    if (ctx.candidate?.incomplete != null)
        return (0,gates_missing/* missingData */.$)(ctx, id, required, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
    const floor = settings.min_score;
    const judgement = judgeSuitesAgainstFloor(ctx, "safety", floor);
    if (judgement === null || (judgement.evidence.length === 0 && judgement.absent.length === 0 && judgement.noData.length === 0 && judgement.notComparable.length === 0)) {
        return (0,gates_missing/* missingData */.$)(ctx, id, required, "no safety scores in the candidate results", ["evals"], "add safety suites to the candidate results (and list them in evals.safety)");
    }
    const { evidence, absent, noData, notComparable, details } = judgement;
    const below = evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark);
    const failing = [...absent, ...below];
    const unclear = evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark);
    const worst = evidence.length === 0 ? null : Math.min(...evidence.map((e) => e.estimate));
    const base = {
        id,
        path: ["evals", "candidate"],
        measured: worst,
        measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`,
        threshold: { value: floor, display: `>= ${floor.toFixed(2)}`, source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.safety.min_score") },
        details,
    };
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return { ...(0,unsettled/* notComparableResult */.N)(ctx, { ...base, summary: `not comparable: ${notComparable.join(", ")} measured another model than models.candidate`, fix: "gate on the candidate's own eval runs, or correct models.candidate" }), evidence };
    }
    if (failing.length > 0) {
        // A suite the candidate's results leave out was never measured: said as such (main's wording,
        // which the headline repeats), not "below the floor"; a suite below the floor beside it is named too.
        const summary = [absent.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("safety", absent, (n) => ctx.baseline?.byName.has(n) === true).summary : null, below.length > 0 ? `below the safety floor on ${below.join(", ")}` : null].filter((s) => s !== null).join("; ");
        const fix = [absent.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("safety", absent, (n) => ctx.baseline?.byName.has(n) === true).fix : null, below.length > 0 ? `make ${below.join(", ")} reach ${floor.toFixed(2)} and re-run` : null].filter((s) => s !== null).join("; ");
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary, fix }, "error"), evidence };
    }
    if (noData.length > 0) {
        return { ...(0,gates_missing/* missingData */.$)(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals", "candidate"], "re-run the suites whose rows errored or that have no scores", details), evidence };
    }
    if (unclear.length > 0) {
        return { ...(0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `inconclusive on ${unclear.join(", ")}: too few examples to show >= ${floor.toFixed(2)}`, fix: `run more examples on ${unclear.join(", ")}` }, required), evidence };
    }
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary: `all ${evidence.length} safety suites at or above ${floor.toFixed(2)}` }), evidence };
}
//# sourceMappingURL=safety.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/task-quality.js










function taskQualityGate(ctx) {
    const id = "task-quality";
    const floor = ctx.plan.evals?.task_floor;
    const names = (0,eval_selection/* namesFor */.G)(ctx, "task");
    if (ctx.candidate === undefined || names.length === 0) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suites to the candidate results (and list them in evals.task)");
    }
    if (ctx.candidate.incomplete !== null)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
    const maxDrop = ctx.policy.policy.gates["task-quality"].max_drop_vs_baseline;
    const stats = ctx.policy.policy.statistics;
    const details = [];
    const evidence = [];
    const failing = [];
    const unclear = [];
    const noData = [];
    const notComparable = [];
    /** Suites the candidate's floor could not judge: another model than models.candidate ran them. */
    const otherModel = [];
    // Suites the candidate's results leave out (failing, said as such) and suites the baseline never ran (missing).
    const left = [];
    const noBaseline = [];
    if (floor !== undefined) {
        const j = judgeSuitesAgainstFloor(ctx, "task", floor);
        details.push(...j.details);
        evidence.push(...j.evidence);
        left.push(...j.absent);
        failing.push(...j.absent, ...j.evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark));
        unclear.push(...j.evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark));
        noData.push(...j.noData);
        notComparable.push(...j.notComparable);
        otherModel.push(...j.notComparable);
    }
    let compared = 0;
    // An in-progress or failed baseline run is no bar to clear: "not below the baseline" has no data.
    const baselineIncomplete = ctx.baseline?.incomplete ?? null;
    if (baselineIncomplete !== null)
        details.push(`vs baseline: cannot gate on the baseline's results: ${baselineIncomplete}`);
    if (ctx.baseline !== undefined && baselineIncomplete === null) {
        for (const name of [...names].sort()) {
            const c = (0,eval_selection/* pick */.U)(ctx.candidate, name, ctx, ctx.baseline);
            const b = (0,eval_selection/* pick */.U)(ctx.baseline, name, ctx, ctx.candidate);
            if (!c.ok || !b.ok) {
                if (floor === undefined) {
                    if ((!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data"))
                        noData.push(name);
                    else if (c.ok)
                        noBaseline.push(name);
                    else {
                        left.push(name);
                        failing.push(name);
                    }
                    details.push(`${name} vs baseline: ${!c.ok ? `candidate: ${c.reason}` : `baseline: ${b.reason}`}`);
                }
                continue;
            }
            // The same comparability rules as forgetting: a run on 20 examples says nothing about 817.
            const problem = modelIdentityProblem(ctx.plan, c.benchmark, b.benchmark) ?? (0,eval_judgement/* comparabilityProblem */.s$)(c.benchmark, b.benchmark);
            if (problem !== null) {
                notComparable.push(name);
                details.push(`${name} vs baseline: not comparable: ${problem}`);
                continue;
            }
            compared++;
            // "Not below the baseline" (beyond the allowed drop) is proved like any margin: PASS when
            // the lower bound clears it, FAIL when the estimate misses it, else INCONCLUSIVE.
            const result = (0,eval_judgement/* judgeForgetting */.NS)(c.benchmark, b.benchmark, { ratio: 1, maxDrop, chance: 0, stats, scale: "difference" });
            const e = result.evidence;
            const decision = e.decision;
            evidence.push(e);
            if (decision === "fail")
                failing.push(name);
            if (decision === "inconclusive")
                unclear.push(name);
            const needed = decision === "inconclusive" && result.needed !== null ? `; about ${result.needed.toLocaleString("en-US")} examples in all would likely decide it` : "";
            details.push(`${name} vs baseline: ${e.candidate.toFixed(3)} vs ${e.baseline.toFixed(3)}${maxDrop > 0 ? ` (drop allowed ${maxDrop})` : ""}, ${e.method}, difference ${(0,eval_judgement/* formatEstimate */.eG)(e)}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${needed}`);
        }
    }
    if (floor === undefined && baselineIncomplete === null && compared === 0 && notComparable.length === 0 && failing.length === 0 && noData.length === 0 && noBaseline.length === 0) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "task scores exist but there is nothing to judge them against", ["evals"], "declare evals.task_floor, or baseline results for the same task suites");
    }
    const scores = names.flatMap((n) => {
        const picked = (0,eval_selection/* pick */.U)(ctx.candidate, n, ctx);
        return picked.ok ? [picked.benchmark.value] : [];
    });
    const worst = scores.length === 0 ? null : Math.min(...scores);
    const threshold = floor !== undefined
        ? { value: floor, display: `>= ${floor.toFixed(2)}${compared > 0 ? " and not below baseline" : ""}`, source: `${(0,origin/* planThresholdSource */.Sg)(ctx.rules, "plan (evals.task_floor)", "evals.task_floor")}${compared > 0 ? ` + ${(0,load/* sourceOf */.vz)(ctx.policy, "gates.task-quality.max_drop_vs_baseline")}` : ""}` }
        : { value: null, display: maxDrop > 0 ? `baseline - ${maxDrop}` : "not below baseline", source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.task-quality.max_drop_vs_baseline") };
    const base = { id, path: floor !== undefined ? ["evals", "task_floor"] : ["evals", "candidate"], measured: worst, measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`, threshold, details };
    const unique = (xs) => [...new Set(xs)];
    // A suite that clearly fails fails the gate whatever the policy makes of another that is not comparable.
    if (otherModel.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return { ...(0,unsettled/* notComparableResult */.N)(ctx, { ...base, summary: `not comparable: ${unique(otherModel).join(", ")} measured another model than models.candidate`, fix: "gate on the candidate's own eval runs, or correct models.candidate" }), evidence };
    }
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return { ...(0,unsettled/* notComparableResult */.N)(ctx, { ...base, summary: `not comparable with the baseline: ${unique(notComparable).join(", ")} measured different examples or settings`, fix: "run candidate and baseline on the same examples and settings" }), evidence };
    }
    if (failing.length > 0) {
        // A suite the candidate's results leave out is named for what it is (main's wording, which the
        // headline repeats), beside any suite that is genuinely too low.
        const low = unique(failing).filter((n) => !left.includes(n));
        const unmatched = left.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("task", unique(left), (n) => ctx.baseline?.byName.has(n) === true) : null;
        const summary = [unmatched?.summary ?? null, low.length > 0 ? `task quality too low on ${low.join(", ")}` : null].filter((s) => s !== null).join("; ");
        const fix = [unmatched?.fix ?? null, low.length > 0 ? `improve ${low.join(", ")} and re-run` : null].filter((s) => s !== null).join("; ");
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary, fix }, "error"), evidence };
    }
    if (noBaseline.length > 0)
        return { ...(0,gates_missing/* missingData */.$)(ctx, id, false, `no baseline for ${unique(noBaseline).join(", ")}: the baseline's results do not have ${noBaseline.length === 1 ? "it" : "them"}`, ["evals", "baseline"], `run ${unique(noBaseline).join(", ")} on the baseline too`, details), evidence };
    if (baselineIncomplete !== null)
        return { ...(0,gates_missing/* missingData */.$)(ctx, id, false, `cannot compare with the baseline: ${baselineIncomplete}`, ["evals", "baseline"], "gate on a finished baseline run", details), evidence };
    if (noData.length > 0)
        return { ...(0,gates_missing/* missingData */.$)(ctx, id, false, `nothing scored on ${unique(noData).join(", ")}`, ["evals", "candidate"], "re-run the suites whose rows errored or that have no scores", details), evidence };
    if (unclear.length > 0) {
        return { ...(0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `inconclusive on ${unique(unclear).join(", ")}`, fix: `run more examples on ${unique(unclear).join(", ")}` }, false), evidence };
    }
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary: `all ${names.length} task suites meet the bar` }), evidence };
}
//# sourceMappingURL=task-quality.js.map
;// CONCATENATED MODULE: ./lib/engine/plan/waiver-origin.js
/**
 * Where a waiver was written when it is not in the plan itself (`.tunegate/waivers.yml`), so a
 * message names that file's entry and an annotation lands on its line. Kept under a symbol: spreads
 * carry it, but JSON (the plan as applied, its sha256, the attestation) never sees it, so moving a
 * waiver between the plan and the file changes no digest of the rules.
 */
const WAIVER_ORIGIN = Symbol("tunegate.waiverOrigin");
function waiverOrigin(waiver) {
    return waiver[WAIVER_ORIGIN];
}
/** How messages name a waiver: `waivers[2]` in the plan, `.tunegate/waivers.yml waivers[0]` in the file. */
function waiverLabel(waiver, planIndex) {
    const origin = waiverOrigin(waiver);
    return origin === undefined ? `waivers[${planIndex}]` : `${origin.file} waivers[${origin.index}]`;
}
//# sourceMappingURL=waiver-origin.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/waivers.js




/**
 * Applies the plan's waivers. A live waiver turns a failing, warning or missing gate into
 * `waived`; an expired one fails the gate; one that matches nothing warns so it gets removed; one
 * that runs past the policy's waivers.max_days does not waive (9999-12-31 is no deadline). A gate
 * the approach requires that has no evidence at all is not waived unless the policy allows it
 * (waivers.allow_missing_required): a waiver excuses a known shortfall, never an unmeasured one.
 */
function applyWaivers(results, waivers, policy, today) {
    return results.map((result) => {
        const index = waivers.findIndex((w) => w.gate === result.id);
        if (index === -1)
            return result;
        const waiver = waivers[index];
        // A waiver from the waivers file is named and located there, not at its place in the merged list.
        const label = waiverLabel(waiver, index);
        const origin = waiverOrigin(waiver);
        const at = (which) => (origin === undefined ? {} : { location: origin[which] });
        const daysLeft = (0,dates/* daysBetween */.YM)(today, waiver.expires);
        const note = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, days_left: daysLeft };
        const entryIndex = origin?.index ?? index;
        const path = ["waivers", entryIndex, "expires"];
        const original = `without the waiver: ${result.outcome}: ${result.summary}`;
        if (result.outcome === "missing" && result.missingRequired === true) {
            const source = (0,load/* sourceOf */.vz)(policy, "waivers.allow_missing_required");
            if (!policy.policy.waivers.allow_missing_required) {
                return {
                    ...result,
                    summary: `${result.summary}; ${label} cannot waive it: the gate is required and has no evidence`,
                    details: [...result.details, `${label} does not apply: missing evidence for a required gate is not waivable (waivers.allow_missing_required is false in ${source})`],
                    waiver: note,
                };
            }
            return { ...waived(result, waiver, daysLeft, note, original), details: [original, ...result.details, `waived without evidence, as waivers.allow_missing_required in ${source} allows`] };
        }
        if (daysLeft < 0) {
            const level = policy.policy.severities.waiver_expired;
            return {
                ...result,
                ...(level === "info" ? {} : { outcome: (0,gate_result/* outcomeForLevel */.io)(level), level }),
                summary: `waiver expired on ${waiver.expires} (${-daysLeft} days ago, owner ${waiver.owner})`,
                fix: level === "info" ? null : `renew ${label} with a new expiry, or fix the gate`,
                details: [original, ...result.details, `renew it with a new expiry or fix the gate (severities.waiver_expired in ${(0,load/* sourceOf */.vz)(policy, "severities.waiver_expired")})`],
                path,
                ...at("expires"),
                waiver: note,
            };
        }
        if (result.outcome === "pass" || result.outcome === "skipped") {
            const level = policy.policy.severities.waiver_unused;
            return {
                ...result,
                ...(level === "info" ? {} : { outcome: (0,gate_result/* outcomeForLevel */.io)(level), level }),
                summary: `waiver matches nothing: the gate ${result.outcome === "pass" ? "passes" : "does not apply"} without it; remove ${label}`,
                fix: level === "info" ? null : `remove ${label}`,
                details: [`${result.outcome}: ${result.summary}`, ...result.details],
                path: ["waivers", entryIndex],
                ...at("entry"),
                waiver: note,
            };
        }
        const maxDays = policy.policy.waivers.max_days;
        const tooLong = policy.policy.severities.waiver_too_long;
        if (daysLeft > maxDays && tooLong !== "info") {
            const source = (0,load/* sourceOf */.vz)(policy, "waivers.max_days");
            return {
                ...result,
                outcome: (0,gate_result/* outcomeForLevel */.io)(tooLong),
                level: tooLong,
                summary: `waiver runs ${daysLeft.toLocaleString("en-US")} days, until ${waiver.expires}: the policy allows at most ${maxDays} (waivers.max_days in ${source}), so it does not waive`,
                fix: `set ${label}.expires to ${(0,dates/* addDays */.fi)(today, maxDays)} or earlier`,
                details: [original, ...result.details, `a waiver is a deadline to fix the gate by; renew it when it runs out (waivers.max_days in ${source})`],
                path,
                ...at("expires"),
                waiver: note,
            };
        }
        return waived(result, waiver, daysLeft, note, original);
    });
}
function waived(result, waiver, daysLeft, note, original) {
    return {
        ...result,
        outcome: "waived",
        level: "none",
        summary: `waived by ${waiver.owner} until ${waiver.expires} (${daysLeft} days left): ${waiver.reason}`,
        fix: null,
        details: [original, ...result.details],
        waiver: note,
    };
}
//# sourceMappingURL=waivers.js.map
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/input/field-problem.js
var field_problem = __webpack_require__(1971);
;// CONCATENATED MODULE: ./lib/engine/gates/plan-references.js




/**
 * A name that refers to nothing is not harmless: `statistics.primary: [hellaswg]` left hellaswag
 * outside the primary set, so its clear forgetting failure became a warning; an `evals.metrics`
 * or `evals.chance` entry under a misspelt name silently judges the benchmark by another metric
 * or against zero. Every such name must match a benchmark or suite of this plan.
 */
function referenceProblems(ctx) {
    const general = (0,eval_selection/* namesFor */.G)(ctx, "general");
    const declared = [...new Set([...general, ...(0,eval_selection/* namesFor */.G)(ctx, "safety"), ...(0,eval_selection/* namesFor */.G)(ctx, "task")])];
    const isGeneral = new Set(general);
    const isDeclared = new Set(declared);
    const plan = [];
    const policy = [];
    const evals = ctx.plan.evals;
    for (const name of Object.keys(evals?.metrics ?? {})) {
        if (!isDeclared.has(name))
            plan.push({ path: ["evals", "metrics", name], name, candidates: declared, what: "evals.metrics", among: "benchmarks and suites of this plan" });
    }
    for (const name of Object.keys(evals?.chance ?? {})) {
        if (isGeneral.has(name))
            continue;
        const elsewhere = isDeclared.has(name) ? `; chance only applies to general benchmarks (the forgetting gate), and "${name}" is a safety or task suite` : "";
        plan.push({ path: ["evals", "chance", name], name, candidates: general, what: "evals.chance", among: "general benchmarks of this plan", elsewhere });
    }
    // Without general benchmarks the forgetting gate judges nothing, so the primary set selects nothing.
    if (general.length > 0) {
        ctx.policy.policy.statistics.primary.forEach((name, index) => {
            if (!isGeneral.has(name)) {
                policy.push({
                    path: ["statistics", "primary", index],
                    name,
                    candidates: general,
                    what: "statistics.primary",
                    among: `general benchmarks of ${ctx.planFile}`,
                    hint: "a benchmark outside the primary set cannot fail the forgetting gate, so a name that matches nothing turns a real failure into a warning",
                });
            }
        });
    }
    return { plan: explain(plan), policy: explain(policy), total: { plan: plan.length, policy: policy.length } };
}
const LISTED_NAMES = 12;
/** Did-you-mean for the first problems only: their number is bounded by the file, not by us. */
function explain(unmatched) {
    return unmatched.slice(0, diagnostic/* MAX_DIAGNOSTICS_PER_FILE */.z9).map((u) => {
        const near = (0,did_you_mean/* closestName */.N)(u.name, u.candidates);
        const listed = u.candidates.length === 0 ? "none" : `${u.candidates.slice(0, LISTED_NAMES).join(", ")}${u.candidates.length > LISTED_NAMES ? `, and ${u.candidates.length - LISTED_NAMES} more` : ""}`;
        return {
            path: u.path,
            atKey: typeof u.path.at(-1) === "string",
            kind: "unknown-key",
            message: `${u.what} names "${(0,lookalike/* shownName */.HD)(u.name, near)}", which is none of the ${u.among}${u.elsewhere ?? ""}${near === undefined ? "" : `; did you mean "${near}"?`}`,
            hint: `${u.hint === undefined ? "" : `${u.hint}; `}the ${u.among}: ${listed}`,
        };
    });
}
//# sourceMappingURL=plan-references.js.map
;// CONCATENATED MODULE: ./lib/engine/decide.js
























/** Gates in the order a reviewer reads them: is this the right approach, then is it safe to ship. */
const GATES = [
    approachFitGate,
    dataSufficiencyGate,
    readinessGate,
    forgettingGate,
    safetyGate,
    taskQualityGate,
    customisation_value/* customisationValueGate */.PI,
    latencyGate,
    costBudgetGate,
    pricingFreshnessGate,
];
/** Plan, policy, prices, eval results and today's date in; the explained decision out. */
function decide(input) {
    const { plan, source } = input.loaded;
    const policy = input.policy.policy;
    let cost;
    if (plan.cost !== undefined) {
        const estimate = (0,model/* estimateCost */.a)(plan.cost, plan.use_case.monthly_queries, input.prices);
        if (!estimate.ok)
            return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(estimate.problems, source) };
        cost = estimate.value;
    }
    let alternativeCost;
    if (plan.cost !== undefined && plan.approach !== "prompt") {
        const estimate = (0,alternative/* estimateAlternativeCost */.n)(plan.cost, plan.approach, plan.use_case.monthly_queries, input.prices);
        if (!estimate.ok)
            return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(estimate.problems, source) };
        alternativeCost = estimate.value;
    }
    const evalReferences = evalReferenceProblems(plan, input.policy, input.candidate, input.baseline);
    if (evalReferences.plan.length + evalReferences.policy.length > 0) {
        return { ok: false, diagnostics: [...(0,field_problem/* locateProblems */.D)(evalReferences.plan, source), ...evalReferences.policy] };
    }
    const recommendation = recommend(factsOf(plan), policy);
    const findings = findMismatches(plan, policy, recommendation);
    const ctx = {
        plan,
        planFile: source.file,
        method: (0,approach/* fineTuneMethodOf */.Rj)(plan),
        policy: input.policy,
        recommendation,
        findings,
        candidate: input.candidate,
        baseline: input.baseline,
        alternative: input.alternative,
        cost,
        alternativeCost,
        belowShipped: cost === undefined ? [] : ratesBelowShipped(cost, input.prices, policy.audit.drift_threshold),
        today: input.today,
        rules: input.rules,
    };
    const references = referenceProblems(ctx);
    if (references.total.plan + references.total.policy > 0) {
        return {
            ok: false,
            diagnostics: [...(0,diagnostic/* capDiagnostics */.HB)((0,field_problem/* locateProblems */.D)(references.plan, source), references.total.plan), ...(0,diagnostic/* capDiagnostics */.HB)((0,field_problem/* locateProblems */.D)(references.policy, input.policy), references.total.policy)],
        };
    }
    const gates = applyWaivers(GATES.map((gate) => gate(ctx)), plan.waivers, input.policy, input.today);
    return {
        ok: true,
        value: {
            plan,
            planFile: source.file,
            recommendation,
            findings,
            gates,
            verdict: (0,verdict/* verdictOf */.Vj)(gates),
            cost,
            alternativeCost,
            crossover: cost !== undefined && ((0,approach/* fineTuneMethodOf */.Rj)(plan) !== undefined || (0,approach/* fineTuneMethodOf */.Rj)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method }) !== undefined)
                ? selfHostCrossover(cost, input.prices, policy.sensitivity, plan.cost?.llm)
                : undefined,
            policyFiles: input.policy.files,
            pricingFile: input.prices.file,
            today: input.today,
            evalSources: { candidate: input.candidate?.sources ?? null, baseline: input.baseline?.sources ?? null, alternative: input.alternative?.sources ?? null },
            rules: input.rules ?? origin/* OWN_RULES */.PQ,
        },
    };
}
function factsOf(plan) {
    return {
        task: plan.use_case.task,
        knowledge_change: plan.use_case.knowledge_change,
        citations_required: plan.use_case.citations_required,
        style_requirements: plan.use_case.style_requirements,
        latency_p95_ms: plan.use_case.latency_p95_ms,
        monthly_queries: plan.use_case.monthly_queries,
        examples: plan.training?.examples,
    };
}
//# sourceMappingURL=decide.js.map
;// CONCATENATED MODULE: ./lib/engine/input/canonical-json.js
/**
 * JSON with every object's keys sorted, so the same value always gives the same bytes (and the
 * same digest) whichever order a file or a merge wrote its keys in.
 */
function canonicalJson(value) {
    return JSON.stringify(sorted(value));
}
function sorted(value) {
    if (Array.isArray(value))
        return value.map(sorted);
    if (value === null || typeof value !== "object")
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, sorted(value[key])]));
}
//# sourceMappingURL=canonical-json.js.map
// EXTERNAL MODULE: ./lib/engine/plan/load.js + 1 modules
var plan_load = __webpack_require__(3514);
// EXTERNAL MODULE: ./lib/engine/output/parts/model.js + 1 modules
var parts_model = __webpack_require__(8669);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
;// CONCATENATED MODULE: ./lib/engine/rules/stricter.js
/** Policy leaves with an order; every other leaf has none, so any change to it is a loosening. */
const POLICY_ORDER = [
    [/^gates\.data-sufficiency\.(min|preferred)_examples\./, "higher"],
    [/^gates\.forgetting\.min_ratio$/, "higher"],
    [/^gates\.safety\.min_score$/, "higher"],
    [/^gates\.forgetting\.max_drop$/, "lower"],
    [/^gates\.task-quality\.max_drop_vs_baseline$/, "lower"],
    [/^gates\.pricing-freshness\.max_age_days$/, "lower"],
    [/^waivers\.max_days$/, "lower"],
    [/^audit\.drift_threshold$/, "lower"],
    [/^statistics\.alpha$/, "lower"],
    [/^audit\.(shutdown|announce)_horizon_days$/, "higher"],
    [/^severities\./, "severity"],
    [/^audit\.unverified$/, "severity"],
    [/\.required_for$/, "union"],
];
const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
/** A plan that is new in the pull request (`base.plan` undefined) keeps its own plan rules. */
function stricterRules(base, head) {
    const loosened = [];
    const policy = stricterPolicy(base.policy, head.policy, loosened);
    const plan = base.plan === undefined ? head.plan : stricterPlan(base.plan, head.plan, loosened);
    return { plan, policy, loosened };
}
function stricterPolicy(base, head, loosened) {
    const out = structuredClone(head);
    const walk = (b, h, path, target) => {
        for (const key of new Set([...Object.keys(isObject(b) ? b : {}), ...Object.keys(isObject(h) ? h : {})])) {
            const bv = isObject(b) ? b[key] : undefined;
            const hv = isObject(h) ? h[key] : undefined;
            const here = [...path, key];
            if (isObject(bv) && isObject(hv)) {
                walk(bv, hv, here, target[key]);
                continue;
            }
            const rule = here.join(".");
            // Where an editor finds the schema, and the format's version, decide nothing; the floors
            // list is tunegate's own and is applied after this (floors.ts).
            if (rule === "$schema" || rule === "version" || rule === "floors")
                continue;
            const chosen = stricterPolicyValue(rule, bv, hv);
            if (chosen.loosened)
                loosened.push({ where: "policy", rule, base: display(bv), head: display(hv) });
            if (chosen.value === undefined)
                delete target[key];
            else
                target[key] = chosen.value;
        }
    };
    walk(base, head, [], out);
    return out;
}
/**
 * The stricter of two values of one policy rule (`base` a base branch's or a floor's), by the
 * rule's order; a rule with no order keeps `base` whenever `head` differs.
 */
function stricterPolicyValue(rule, base, head) {
    return stricterValue(POLICY_ORDER.find(([pattern]) => pattern.test(rule))?.[1], base, head);
}
/** The value that applies and whether the head's was looser (then it waits for the merge). */
function stricterValue(direction, base, head) {
    if (same(base, head))
        return { value: head, loosened: false };
    switch (direction) {
        case "higher":
            return typeof base === "number" && typeof head === "number" && head > base ? { value: head, loosened: false } : { value: base, loosened: true };
        case "lower":
            // null (for max_drop: refuse such metrics) is stricter than any number.
            if (base === null)
                return { value: base, loosened: true };
            return head === null || (typeof base === "number" && typeof head === "number" && head < base) ? { value: head, loosened: false } : { value: base, loosened: true };
        case "severity":
            return (SEVERITY_RANK[String(head)] ?? -1) > (SEVERITY_RANK[String(base)] ?? -1) ? { value: head, loosened: false } : { value: base, loosened: true };
        case "union": {
            const union = unionOf(base, head);
            return { value: union, loosened: union.length > (Array.isArray(head) ? head.length : 0) };
        }
        default:
            // No order (a method, a metric, a list of primaries): the base's applies until merged.
            return { value: base, loosened: true };
    }
}
function stricterPlan(base, head, loosened) {
    const plan = structuredClone(head);
    const note = (rule, b, h) => loosened.push({ where: "plan", rule, base: display(b), head: display(h) });
    // Thresholds with an order: a floor only rises, a ceiling only falls; removing one loosens it.
    const floor = (b, h, rule) => {
        if (b === undefined || (h !== undefined && h >= b))
            return h;
        note(rule, b, h);
        return b;
    };
    const ceiling = (b, h, rule) => {
        if (b === undefined || (h !== undefined && h <= b))
            return h;
        note(rule, b, h);
        return b;
    };
    const taskFloor = floor(base.evals?.task_floor, head.evals?.task_floor, "evals.task_floor");
    if (taskFloor !== undefined)
        plan.evals = { ...(plan.evals ?? { format: "auto" }), task_floor: taskFloor };
    const latency = ceiling(base.use_case.latency_p95_ms, head.use_case.latency_p95_ms, "use_case.latency_p95_ms");
    if (latency !== undefined)
        plan.use_case.latency_p95_ms = latency;
    const monthly = ceiling(base.budget?.monthly_usd, head.budget?.monthly_usd, "budget.monthly_usd");
    const oneTime = ceiling(base.budget?.one_time_usd, head.budget?.one_time_usd, "budget.one_time_usd");
    if (monthly !== undefined || oneTime !== undefined)
        plan.budget = { ...(monthly === undefined ? {} : { monthly_usd: monthly }), ...(oneTime === undefined ? {} : { one_time_usd: oneTime }) };
    // Selections: a benchmark or suite dropped from the pull request is still judged until merged.
    const baseSelected = new Set();
    for (const list of ["general", "safety", "task"]) {
        const b = base.evals?.[list];
        const h = head.evals?.[list];
        for (const name of b ?? [])
            baseSelected.add(name);
        if (b === undefined || b.every((name) => h?.includes(name)))
            continue;
        note(`evals.${list}`, b, h);
        plan.evals = { ...(plan.evals ?? { format: "auto" }), [list]: unionOf(b, h) };
    }
    // Which metric, chance level or pooling a benchmark is judged by has no order: for a benchmark
    // the base already judged, a change is a loosening and the base's choice applies.
    for (const map of ["metrics", "chance"]) {
        const b = base.evals?.[map] ?? {};
        const h = head.evals?.[map] ?? {};
        const applied = { ...h };
        for (const name of new Set([...Object.keys(b), ...Object.keys(h)])) {
            if (same(b[name], h[name]) || !(name in b || baseSelected.has(name)))
                continue;
            note(`evals.${map}.${name}`, b[name], h[name]);
            if (name in b)
                applied[name] = b[name];
            else
                delete applied[name];
        }
        if (Object.keys(applied).length > 0 || plan.evals?.[map] !== undefined)
            plan.evals = { ...(plan.evals ?? { format: "auto" }), [map]: applied };
    }
    const pool = (p) => [...(p.evals?.pool ?? [])].sort();
    if (!same(pool(base), pool(head))) {
        note("evals.pool", base.evals?.pool, head.evals?.pool);
        plan.evals = { ...(plan.evals ?? { format: "auto" }), pool: base.evals?.pool };
        if (base.evals?.pool === undefined)
            delete plan.evals.pool;
    }
    plan.waivers = stricterWaivers(base.waivers, head.waivers, note);
    return plan;
}
/**
 * A waiver added or extended in the pull request is pending (the base's, if any, applies); one
 * removed or shortened applies at once.
 */
function stricterWaivers(base, head, note) {
    const applied = [];
    for (const waiver of head) {
        const before = base.find((w) => w.gate === waiver.gate);
        if (before === undefined)
            note(`waivers.${waiver.gate}`, undefined, waiver);
        else if (waiver.expires > before.expires) {
            note(`waivers.${waiver.gate}`, before, waiver);
            applied.push(before);
        }
        else
            applied.push(waiver);
    }
    return applied;
}
function unionOf(base, head) {
    const out = Array.isArray(base) ? [...base] : [];
    for (const item of Array.isArray(head) ? head : [])
        if (!out.some((x) => same(x, item)))
            out.push(item);
    return out;
}
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
/** A rule's value as a reviewer reads it. */
function display(value) {
    if (value === undefined)
        return "none";
    if (isObject(value) && typeof value["gate"] === "string" && typeof value["expires"] === "string")
        return `waived until ${value["expires"]}`;
    if (Array.isArray(value))
        return value.length === 0 ? "none" : value.map((v) => display(v)).join(", ");
    return typeof value === "string" ? value : JSON.stringify(value);
}
//# sourceMappingURL=stricter.js.map
;// CONCATENATED MODULE: ./lib/engine/rules/floors.js

/**
 * The policy a plan is judged by once the floors hold: rule by rule, the stricter of the floors
 * (the shipped policy's marked rules, an organisation policy's every rule) and what the
 * repository's files give, new plan or not. A rule the repository set below a floor is listed
 * with the floor's source; it never applies, since no review in the repository can lower it.
 */
function applyFloors(policy, floors) {
    const { floors: _marks, ...rest } = structuredClone(policy);
    const applied = rest;
    const byRule = new Map();
    for (const floor of floors)
        for (const [rule, value] of floor.values)
            byRule.set(rule, [...(byRule.get(rule) ?? []), { source: floor.source, value }]);
    const held = [];
    for (const [rule, candidates] of byRule) {
        const path = rule.split(".");
        const own = valueAt(applied, path);
        let value = own;
        let heldBy;
        for (const candidate of candidates) {
            const chosen = stricterPolicyValue(rule, candidate.value, value);
            if (!chosen.loosened)
                continue;
            value = chosen.value;
            heldBy = candidate.source;
        }
        if (heldBy === undefined)
            continue;
        setAt(applied, path, value);
        held.push({ where: "policy", rule, base: display(value), head: display(own), floor: heldBy });
    }
    return { policy: applied, held };
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path)
        node = node !== null && typeof node === "object" && !Array.isArray(node) ? node[segment] : undefined;
    return node;
}
function setAt(data, path, value) {
    let node = data;
    for (const segment of path.slice(0, -1)) {
        const next = node[segment];
        if (next === null || typeof next !== "object" || Array.isArray(next))
            node[segment] = {};
        node = node[segment];
    }
    node[path.at(-1)] = value;
}
//# sourceMappingURL=floors.js.map
// EXTERNAL MODULE: ./lib/engine/input/schema-diagnostics.js
var schema_diagnostics = __webpack_require__(2351);
// EXTERNAL MODULE: ./lib/engine/input/yaml-source.js + 2 modules
var yaml_source = __webpack_require__(4903);
;// CONCATENATED MODULE: ./lib/engine/rules/waivers-file.js





/** The waivers file read beside a plan: in a folder CODEOWNERS can protect apart from the plan. */
const WAIVERS_FILE = ".tunegate/waivers.yml";
/**
 * `.tunegate/waivers.yml`: the same waivers a plan may hold, in a file of their own. Its entries
 * take the plan's waiver schema as is, so the two can never disagree.
 */
const waiversFileSchema = schemas/* lazy */.RZV(() => schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1),
    waivers: schema/* planSchema */.Fu.unwrap().shape.waivers,
})
    .describe("tunegate waivers: .tunegate/waivers.yml beside the plans it applies to, merged with each plan's own waivers (a gate takes one waiver across both)"));
/** The file's waivers, validated, with a located diagnostic for each problem. */
function loadWaiversFile(file, text) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(file, text);
    if (!parsed.ok)
        return parsed;
    const source = parsed.value;
    if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
        return { ok: false, diagnostics: [{ kind: "invalid-value", message: "a waivers file must be a YAML mapping with version: 1 and waivers", location: source.locate([]), field: "" }] };
    }
    const result = waiversFileSchema.safeParse(source.data);
    if (!result.success)
        return { ok: false, diagnostics: (0,schema_diagnostics/* schemaDiagnostics */.m)(result.error.issues, source, waiversFileSchema) };
    const diagnostics = [];
    const first = new Map();
    result.data.waivers.forEach((waiver, index) => {
        const earlier = first.get(waiver.gate);
        if (earlier === undefined)
            first.set(waiver.gate, index);
        else
            diagnostics.push(duplicate(source.locate(["waivers", index, "gate"]), `waivers[${index}].gate`, waiver.gate, `waivers[${earlier}] of this file`));
    });
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: { waivers: result.data.waivers, source } };
}
/**
 * The plan's waivers and the file's together. A gate takes one waiver, one owner and one expiry:
 * a second one for the same gate, in either place, is an error rather than a silent choice
 * between two deadlines.
 */
function mergeWaivers(plan, planFile, file) {
    const diagnostics = [];
    file.waivers.forEach((waiver, index) => {
        const inPlan = plan.waivers.findIndex((w) => w.gate === waiver.gate);
        if (inPlan !== -1)
            diagnostics.push(duplicate(file.source.locate(["waivers", index, "gate"]), `waivers[${index}].gate`, waiver.gate, `waivers[${inPlan}] of ${planFile}`));
    });
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    const fromFile = file.waivers.map((waiver, index) => ({
        ...waiver,
        [WAIVER_ORIGIN]: { file: file.source.file, index, expires: file.source.locate(["waivers", index, "expires"]), entry: file.source.locate(["waivers", index]) },
    }));
    return { ok: true, value: { ...plan, waivers: [...plan.waivers, ...fromFile] } };
}
function duplicate(location, field, gate, first) {
    return {
        kind: "invalid-value",
        message: `a second waiver for gate "${gate}" (the first is ${first}); a gate takes one waiver`,
        location,
        field,
        hint: "keep one waiver per gate, with one owner, reason and expiry, in the plan or in the waivers file",
    };
}
//# sourceMappingURL=waivers-file.js.map
;// CONCATENATED MODULE: ./lib/shell/waivers-beside.js



/** `.tunegate/waivers.yml` in the plan's own folder: the plans there share it. */
function waiversPathFor(planPath) {
    return external_node_path_.posix.join(external_node_path_.posix.dirname(planPath), WAIVERS_FILE);
}
/**
 * The plan with the waivers file beside it merged in, and the file's path when there was one.
 * No file is no waivers; a file that does not load stops the check (exit 2), never a silent pass.
 */
async function withWaiversBeside(read, planPath, plan) {
    const file = waiversPathFor(planPath);
    const text = await read(file, shell_files/* MAX_CONFIG_BYTES */.GW);
    if (!text.ok)
        return text.kind === "file-missing" ? { ok: true, value: { plan, file: undefined } } : { ok: false, diagnostics: [(0,shell_files/* readFailure */.f1)(text, { file, line: 1, column: 1 }, "")] };
    const loaded = loadWaiversFile(file, text.text);
    if (!loaded.ok)
        return loaded;
    const merged = mergeWaivers(plan, planPath, loaded.value);
    return merged.ok ? { ok: true, value: { plan: merged.value, file } } : merged;
}
//# sourceMappingURL=waivers-beside.js.map
// EXTERNAL MODULE: ./lib/shell/repo-settings.js
var repo_settings = __webpack_require__(1240);
;// CONCATENATED MODULE: ./lib/shell/base-rules.js









/**
 * Where a plan that is not at its path at the base may have been: the conventional names and the
 * plan input's own globs. Moving a plan must not make it "new" and free of the base's rules.
 */
const PLAN_NAMES = ["**/tunegate.yml", "**/tunegate.yaml"];
const SHALLOW_FIX = "check out with actions/checkout and fetch-depth: 0 so the base commit is in the clone";
/**
 * The plan and policy a pull request is judged by, and the rules section that says so. Anything
 * that stops the base's rules from being read is a warning with its fix, never a silent pass:
 * the pull request's own rules judge it and the report says they did.
 */
async function applyBaseRules(request, root, spec, planPath, head) {
    // The floors hold on each side before the two are compared, so a value below a floor is listed
    // once, as held by the floor (it never applies), not as a loosening that would apply after merge.
    const floored = withFloors(head.policy);
    const bound = await stricterOfBase(request, root, spec, planPath, { loaded: head.loaded, policy: floored.policy });
    return { ...bound, rules: { ...bound.rules, loosened: [...bound.rules.loosened, ...floored.held] } };
}
async function stricterOfBase(request, root, spec, planPath, head) {
    const own = { ...head, rules: origin/* OWN_RULES */.PQ };
    if (request === undefined)
        return own;
    if (request.from === "head")
        return { ...head, rules: (0,origin/* headRulesInPullRequest */.vU)(request.sha) };
    const warn = (why) => ({ ...head, rules: { ...origin/* OWN_RULES */.PQ, warnings: [`the base branch's rules could not be read (${why}), so this pull request was judged by its own rules, which it may have loosened`] } });
    if (request.sha === "")
        return warn("the pull request event names no base commit");
    if (request.files === undefined)
        return warn(`commit ${request.sha.slice(0, 7)} is not in the clone, as in a shallow checkout; ${SHALLOW_FIX}`);
    const files = request.files;
    const basePolicy = await (0,repo_settings/* readPolicy */.T4)(root, spec, (path, max) => files.read(path, max));
    if (!basePolicy.ok)
        return warn(`the policy at ${request.sha.slice(0, 7)} does not load: ${basePolicy.diagnostics[0]?.message ?? "unknown error"}`);
    const planText = await files.read(planPath, shell_files/* MAX_CONFIG_BYTES */.GW);
    let basePlan;
    if (planText.ok) {
        const loaded = (0,plan_load/* loadPlan */.Y)(planPath, planText.text);
        if (!loaded.ok)
            return warn(`the plan at ${request.sha.slice(0, 7)} does not load: ${loaded.diagnostics[0]?.message ?? "unknown error"}`);
        // The base's waivers file counts as the base's waivers: one added or extended there is pending.
        const waivers = await withWaiversBeside((path, max) => files.read(path, max), planPath, loaded.value.plan);
        if (!waivers.ok)
            return warn(`the waivers at ${request.sha.slice(0, 7)} do not load: ${waivers.diagnostics[0]?.message ?? "unknown error"}`);
        basePlan = { ...loaded.value, plan: waivers.value.plan };
    }
    else if (planText.kind !== "file-missing")
        return warn(`${planPath} at ${request.sha.slice(0, 7)}: ${planText.message}`);
    let basePlanOrigin = { base_plan: "same-path", base_plan_file: null };
    if (basePlan === undefined) {
        const moved = await samePlanElsewhere(files, head.loaded.plan.name, planPath, request.planInput);
        if (moved !== undefined) {
            const waivers = await withWaiversBeside((path, max) => files.read(path, max), moved.path, moved.loaded.plan);
            if (!waivers.ok)
                return warn(`the waivers at ${request.sha.slice(0, 7)} do not load: ${waivers.diagnostics[0]?.message ?? "unknown error"}`);
            basePlan = { ...moved.loaded, plan: waivers.value.plan };
            basePlanOrigin = { base_plan: "moved", base_plan_file: moved.path };
        }
        else
            basePlanOrigin = { base_plan: "new", base_plan_file: null };
    }
    const baseFloored = withFloors(basePolicy.value).policy;
    const stricter = stricterRules({ plan: basePlan?.plan, policy: baseFloored.policy }, { plan: head.loaded.plan, policy: head.policy.policy });
    // A threshold the base's value decides names the base commit as its source, not the head's file.
    const provenance = new Map(head.policy.provenance);
    for (const r of stricter.loosened)
        if (r.where === "policy")
            provenance.set(r.rule, `base branch ${request.sha.slice(0, 7)} (${(0,load/* sourceOf */.vz)(baseFloored, r.rule)})`);
    return {
        loaded: { ...head.loaded, plan: stricter.plan },
        policy: { ...head.policy, policy: stricter.policy, provenance },
        rules: { ...origin/* OWN_RULES */.PQ, from: "base", base_sha: request.sha, loosened: stricter.loosened, ...basePlanOrigin },
    };
}
/**
 * The base's plan of the same name at another path: the plan this pull request moved (or copied).
 * Only a plan that loads counts; the first by path wins, so the choice is the same on every run.
 */
async function samePlanElsewhere(files, name, planPath, planInput) {
    const patterns = [...PLAN_NAMES, ...(0,plan_paths/* planEntries */.W9)(planInput ?? "")];
    const paths = new Set();
    for (const pattern of patterns)
        for (const path of await files.glob(pattern.replace(/^\.\//, "")))
            if (path !== planPath)
                paths.add(path);
    for (const path of [...paths].sort()) {
        const text = await files.read(path, shell_files/* MAX_CONFIG_BYTES */.GW);
        if (!text.ok)
            continue;
        const loaded = (0,plan_load/* loadPlan */.Y)(path, text.text);
        if (loaded.ok && loaded.value.plan.name === name)
            return { path, loaded: loaded.value };
    }
    return undefined;
}
/**
 * The floors hold whatever the files give, for a new plan and an existing one alike: a rule
 * below one is listed with the floor's source, which also becomes the threshold's source.
 */
function withFloors(policy) {
    const floored = applyFloors(policy.policy, policy.floors);
    const provenance = new Map(policy.provenance);
    for (const r of floored.held)
        provenance.set(r.rule, r.floor);
    return { policy: { ...policy, policy: floored.policy, provenance }, held: floored.held };
}
//# sourceMappingURL=base-rules.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/score-series.js

/** Dense storage may hold at most about four times the examples it has, plus a little. */
const denseFits = (length, count) => length <= 4 * count + 65_536;
/**
 * Scores by non-negative whole-number id, as lm-eval numbers its documents. Kept densely (the
 * score at its id) while ids stay close to the number of examples, and as (id, score) pairs once
 * they do not, so a file of two lines with doc_id 1000000000 costs what two dense lines do.
 * Every operation is amortised O(1) but `finish`, which sorts pairs that came out of order.
 */
class ScoreSeries {
    /** Bytes while every score is 0 or 1, then floats (DenseScores); null once ids are too sparse. */
    dense = new Uint8Array(64).fill(evals_model/* NO_SCORE_BYTE */.Ym);
    ids = new Float64Array(0);
    scores = new Float32Array(0);
    pairs = 0;
    maxId = -1;
    ascending = true;
    /** Membership of out-of-order pairs, built only if `has` is asked of them. */
    members = null;
    count = 0;
    /** Whether `id` already has a score (used to number pre-v0.4.7 repeats per filter). */
    has(id) {
        if (this.dense !== null)
            return id < this.dense.length && !Number.isNaN((0,evals_model/* denseScore */.qj)(this.dense, id));
        if (this.ascending)
            return this.indexOf(id) !== -1;
        if (this.members === null)
            this.members = new Set(this.ids.subarray(0, this.pairs));
        return this.members.has(id);
    }
    /** Stores a score; false when the id already had one in dense storage (a duplicate line). */
    set(id, score) {
        if (this.dense !== null && id >= this.dense.length) {
            const wanted = Math.max(id + 1, Math.ceil(this.dense.length * 1.5));
            if (denseFits(wanted, this.count + 1)) {
                const grown = this.dense instanceof Uint8Array ? new Uint8Array(wanted).fill(evals_model/* NO_SCORE_BYTE */.Ym) : new Float32Array(wanted).fill(Number.NaN);
                grown.set(this.dense);
                this.dense = grown;
            }
            else
                this.toPairs();
        }
        if (this.dense instanceof Uint8Array && score !== 0 && score !== 1)
            this.dense = floats(this.dense);
        this.count++;
        this.maxId = Math.max(this.maxId, id);
        if (this.dense !== null) {
            if (!Number.isNaN((0,evals_model/* denseScore */.qj)(this.dense, id))) {
                this.count--;
                return false;
            }
            this.dense[id] = score;
            return true;
        }
        if (this.pairs > 0) {
            const last = this.ids[this.pairs - 1];
            if (id === last) {
                this.count--;
                return false;
            }
            if (id < last)
                this.ascending = false;
        }
        this.push(id, score);
        this.members?.add(id);
        return true;
    }
    /** The scores in their final form, or the first id stored twice among out-of-order pairs. */
    finish() {
        if (this.dense !== null)
            return { ok: true, examples: { kind: "dense", scores: this.dense.subarray(0, this.maxId + 1), count: this.count } };
        if (denseFits(this.maxId + 1, this.count)) {
            // Ids that came out of order but are dense after all (a file sorted descending).
            const dense = new Float32Array(this.maxId + 1).fill(Number.NaN);
            for (let i = 0; i < this.pairs; i++) {
                const id = this.ids[i];
                if (!Number.isNaN(dense[id]))
                    return { ok: false, duplicate: id };
                dense[id] = this.scores[i];
            }
            return { ok: true, examples: { kind: "dense", scores: dense, count: this.pairs } };
        }
        if (!this.ascending)
            this.sortPairs();
        for (let i = 1; i < this.pairs; i++)
            if (this.ids[i] === this.ids[i - 1])
                return { ok: false, duplicate: this.ids[i] };
        return { ok: true, examples: { kind: "numbered", ids: this.ids.slice(0, this.pairs), scores: this.scores.slice(0, this.pairs) } };
    }
    toPairs() {
        const dense = this.dense;
        this.dense = null;
        this.ids = new Float64Array(Math.max(16, this.count * 2));
        this.scores = new Float32Array(this.ids.length);
        (0,evals_model/* forEachDense */.UX)(dense, (id, score) => this.push(id, score));
    }
    push(id, score) {
        if (this.pairs === this.ids.length) {
            const ids = new Float64Array(Math.max(16, this.pairs * 2));
            ids.set(this.ids);
            const scores = new Float32Array(ids.length);
            scores.set(this.scores);
            this.ids = ids;
            this.scores = scores;
        }
        this.ids[this.pairs] = id;
        this.scores[this.pairs++] = score;
    }
    sortPairs() {
        const order = new Uint32Array(this.pairs);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => this.ids[a] - this.ids[b]);
        const ids = new Float64Array(this.pairs);
        const scores = new Float32Array(this.pairs);
        for (let to = 0; to < order.length; to++) {
            ids[to] = this.ids[order[to]];
            scores[to] = this.scores[order[to]];
        }
        this.ids = ids;
        this.scores = scores;
        this.ascending = true;
    }
    indexOf(id) {
        let lo = 0;
        let hi = this.pairs - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = this.ids[mid];
            if (at === id)
                return mid;
            if (at < id)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
}
/** A byte store as floats, when a score other than 0 or 1 arrives. */
function floats(bytes) {
    const out = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++)
        out[i] = bytes[i] === evals_model/* NO_SCORE_BYTE */.Ym ? Number.NaN : bytes[i];
    return out;
}
//# sourceMappingURL=score-series.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lm-eval-samples.js



/** `samples_<task>_<timestamp>.jsonl` names its task; the lines do not. */
function taskFromSamplesFile(file) {
    const base = file.split("/").at(-1) ?? file;
    const match = /^samples_(.+)_\d{4}-\d{2}-\d{2}T[\d.-]+\.jsonl$/.exec(base);
    return match === null ? null : match[1];
}
const SAMPLE_FIELDS = new Set(["doc_id", "doc", "target", "arguments", "resps", "filtered_resps", "filter", "metrics", "doc_hash", "prompt_hash", "target_hash"]);
const LOWER_IS_BETTER = /perplexity|bits_per_byte/;
/** Metrics whose per-sample value is an ingredient of the aggregate (a log-likelihood, a count), not a score of the metric. */
const NOT_PER_EXAMPLE = /perplexity|bits_per_byte/;
/** lm-eval's per-sample lines from `--log_samples`, streamed into a few bytes per example. */
const lmEvalSamples = {
    kind: "lines",
    name: "lm-eval",
    detect: (first) => "doc_id" in first && ("resps" in first || "filtered_resps" in first || "doc" in first),
    start(file) {
        const task = taskFromSamplesFile(file);
        if (task === null)
            return { path: [], message: `${file}: cannot tell which task these lm-eval samples are for; keep lm-eval's file name samples_<task>_<timestamp>.jsonl` };
        return new SamplesReader(file, task);
    },
};
/**
 * Streams per-sample lines into per-(metric, filter) score series and an order-independent
 * digest of the documents (doc and target hashes), so two runs can be checked for the same
 * examples without keeping them.
 */
class SamplesReader {
    series = new Map();
    /** Per metric, the series of each unlabelled filter in order (pre-v0.4.7 repeats). */
    unlabelled = new Map();
    digestA = 0;
    digestB = 0;
    hashed = 0;
    file;
    task;
    constructor(file, task) {
        this.file = file;
        this.task = task;
    }
    add(line, lineNumber) {
        const docId = line["doc_id"];
        if (typeof docId !== "number" || !Number.isSafeInteger(docId) || docId < 0) {
            return { path: ["doc_id"], line: lineNumber, message: `doc_id must be a whole number >= 0, got ${JSON.stringify(docId)}` };
        }
        const filter = typeof line["filter"] === "string" ? line["filter"] : null;
        const named = Array.isArray(line["metrics"]) ? line["metrics"].filter((m) => typeof m === "string") : Object.keys(line).filter((k) => !SAMPLE_FIELDS.has(k));
        for (const metric of named) {
            const value = line[metric];
            const score = typeof value === "boolean" ? Number(value) : (0,reading/* finiteNumber */.vM)(value);
            if (score === null)
                continue; // corpus-level metrics keep [gold, pred] lists: not per-example scores
            // A per-sample `perplexity` is the document's log-likelihood (higher is better, in nats:
            // lm-eval's loglikelihood tasks aggregate exp(-mean) over it), not a perplexity: it is not
            // the metric the results file reports, and nothing may be paired on it as if it were.
            if (NOT_PER_EXAMPLE.test(metric))
                continue;
            const range = (0,reading/* metricRange */.Q4)(metric);
            if (range !== null && (score < range[0] || score > range[1])) {
                return { path: [metric], line: lineNumber, message: `${metric} ${score} is outside its range [${range[0]}, ${range[1]}]: data that cannot be true` };
            }
            const series = filter === null ? this.nextUnlabelled(metric, docId) : this.seriesFor(`${metric},${filter}`);
            if (!series.set(docId, score)) {
                return { path: ["doc_id"], line: lineNumber, message: `doc_id ${docId} appears twice for ${metric}${filter === null ? "" : ` (filter ${filter})`}: one of the two scores would be dropped`, hint: "concatenated runs? keep one samples file per task and run" };
            }
        }
        if (typeof line["doc_hash"] === "string") {
            const h = exampleHash(docId, line["doc_hash"], typeof line["target_hash"] === "string" ? line["target_hash"] : "");
            this.digestA = (this.digestA + h) >>> 0;
            this.digestB = (this.digestB ^ Math.imul(h, 0x9e3779b1)) >>> 0;
            this.hashed++;
        }
        return null;
    }
    finish() {
        const digest = this.hashed === 0 ? null : `docs:${this.hashed}:${this.digestA.toString(16)}:${this.digestB.toString(16)}`;
        const benchmarks = [];
        for (const [metric, series] of this.series) {
            const finished = series.finish();
            if (!finished.ok)
                return { ok: false, problems: [{ path: ["doc_id"], message: `doc_id ${finished.duplicate} appears twice for ${metric}: one of the two scores would be dropped` }] };
            const examples = finished.examples;
            let sum = 0;
            let binary = true;
            let count = 0;
            (0,evals_model/* forEachScore */.z$)(examples, (v) => {
                sum += v;
                count++;
                if (v !== 0 && v !== 1)
                    binary = false;
            });
            const mean = count === 0 ? 0 : sum / count;
            let m2 = 0;
            (0,evals_model/* forEachScore */.z$)(examples, (v) => (m2 += (v - mean) ** 2));
            benchmarks.push((0,reading/* benchmark */.aE)({
                name: this.task,
                metric,
                value: mean,
                stderr: count > 1 ? Math.sqrt(m2 / (count - 1) / count) : null,
                n: count,
                higherIsBetter: !LOWER_IS_BETTER.test(metric),
                binary,
                examples,
                provenance: { format: "lm-eval", file: this.file, model: null, modelArgs: null, version: null, limit: null, nShot: null, digest },
            }));
        }
        return {
            ok: true,
            contribution: {
                file: this.file,
                format: "lm-eval",
                toolVersion: null,
                model: null,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: benchmarks.length === 0 ? "the samples file has no per-example scores" : null,
            },
        };
    }
    seriesFor(key) {
        let s = this.series.get(key);
        if (s === undefined)
            this.series.set(key, (s = new ScoreSeries()));
        return s;
    }
    /** Before v0.4.7 a multi-filter task repeats each doc_id once per filter, unlabelled, in filter order. */
    nextUnlabelled(metric, docId) {
        const list = this.unlabelled.get(metric) ?? [];
        this.unlabelled.set(metric, list);
        const free = list.findIndex((s) => !s.has(docId));
        if (free !== -1)
            return list[free];
        const created = this.seriesFor(`${metric},${list.length === 0 ? "none" : `#${list.length}`}`);
        list.push(created);
        return created;
    }
}
/**
 * FNV-1a over the document id (as two 32-bit words) and its two hashes. The id is not turned
 * into text: every number converted to a string enters V8's number-string cache, which kept a
 * million short strings alive past their line, so they were promoted and the young generation
 * grew by about 100 MB on a million-line file.
 */
function exampleHash(docId, docHash, targetHash) {
    let h = mixWord(0x811c9dc5, docId % 0x1_0000_0000);
    h = mixWord(h, Math.floor(docId / 0x1_0000_0000));
    h = mixText(h, docHash);
    h = mixWord(h, 0x3a);
    return mixText(h, targetHash) >>> 0;
}
function mixWord(h, word) {
    for (let shift = 0; shift < 32; shift += 8)
        h = Math.imul(h ^ ((word >>> shift) & 0xff), 0x01000193);
    return h;
}
function mixText(h, text) {
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
}
//# sourceMappingURL=lm-eval-samples.js.map
// EXTERNAL MODULE: ./lib/engine/evals/assemble.js
var assemble = __webpack_require__(8436);
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
;// CONCATENATED MODULE: ./lib/engine/input/json-string.js
/**
 * The JSON string literal opening at `open` (a double quote): the index of its closing quote (or
 * the text's length when it never closes), and whether it holds a backslash escape, in which case
 * its value is not the raw text between the quotes.
 */
function jsonStringAt(text, open) {
    let escaped = false;
    let i = open + 1;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) {
            escaped = true;
            i++;
        }
        else if (c === 0x22)
            break;
    }
    return { close: i, escaped };
}
//# sourceMappingURL=json-string.js.map
;// CONCATENATED MODULE: ./lib/engine/input/json-duplicate-keys.js


/**
 * The first key written twice in one JSON object, with where its second copy starts, or null.
 * JSON.parse keeps the last copy silently, so `"acc,none": 0.31, ..., "acc,none": 0.92` reads as
 * 0.92 while a reviewer of the diff sees 0.31. Keys are compared decoded (`"\u0061cc"` is `acc`).
 * Linear; expects text that JSON.parse accepted.
 */
function firstDuplicateKey(text) {
    // One entry per open container: the keys seen so far for an object, null for an array.
    const open = [];
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const start = i;
            const { close, escaped } = jsonStringAt(text, start);
            i = close;
            if (expectKey) {
                expectKey = false;
                const raw = text.slice(start + 1, i);
                const key = escaped ? JSON.parse(text.slice(start, i + 1)) : raw;
                const keys = open.at(-1);
                if (keys.has(key))
                    return { key, ...(0,json_nesting/* lineAndColumn */.q1)(text, start) };
                keys.add(key);
            }
        }
        else if (c === 0x7b) {
            open.push(new Set());
            expectKey = true;
        }
        else if (c === 0x5b) {
            open.push(null);
            expectKey = false;
        }
        else if (c === 0x7d || c === 0x5d) {
            open.pop();
            expectKey = false;
        }
        else if (c === 0x2c)
            expectKey = open.at(-1) != null;
    }
    return null;
}
//# sourceMappingURL=json-duplicate-keys.js.map
// EXTERNAL MODULE: ./lib/engine/input/json-work.js
var json_work = __webpack_require__(7997);
;// CONCATENATED MODULE: ./lib/engine/input/json-source.js


/**
 * Locations in JSON text (an eval file) for diagnostics, found by a linear scan that keeps only
 * the path it is at. Re-parsing the text as YAML to place an error cost about 4 s and 1.3 GB of
 * memory on a 32 MB eval file; this is one pass per location asked for, and no copy of the text.
 * Expects text that parsed as (lenient) JSON.
 */
function jsonSource(file, text, data) {
    const at = (offset) => ({ file, ...(offset === null ? { line: 1, column: 1 } : (0,json_nesting/* lineAndColumn */.q1)(text, offset)) });
    const nearest = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const offset = jsonOffset(text, path.slice(0, depth));
            if (offset !== null)
                return offset;
        }
        return null;
    };
    return {
        file,
        data,
        locate: (path) => at(nearest(path)),
        locateKey: (path, key) => at(jsonOffset(text, path, key) ?? nearest(path)),
    };
}
/**
 * Offset of the value at `path`, or with `key`, of that key in the object at `path`; null when
 * the text has no such value or key.
 */
function jsonOffset(text, path, key) {
    const open = [];
    const inside = (depth) => {
        for (let d = 0; d < depth; d++)
            if (open[d].at !== path[d])
                return false;
        return true;
    };
    let valueNext = true;
    let keyNext = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            continue;
        if (valueNext && c !== 0x5d) {
            valueNext = false;
            if (key === undefined && open.length === path.length && inside(path.length))
                return i;
        }
        if (c === 0x22) {
            const start = i;
            const { close, escaped } = jsonStringAt(text, start);
            i = close;
            if (keyNext) {
                keyNext = false;
                const name = escaped ? JSON.parse(text.slice(start, i + 1)) : text.slice(start + 1, i);
                open.at(-1).at = name;
                if (key !== undefined && name === key && open.length === path.length + 1 && inside(path.length))
                    return start;
            }
        }
        else if (c === 0x7b) {
            open.push({ object: true, at: null });
            keyNext = true;
        }
        else if (c === 0x5b) {
            open.push({ object: false, at: 0 });
            valueNext = true;
        }
        else if (c === 0x7d || c === 0x5d) {
            open.pop();
            keyNext = false;
            valueNext = false;
        }
        else if (c === 0x3a)
            valueNext = true;
        else if (c === 0x2c) {
            const top = open.at(-1);
            if (top?.object === true)
                keyNext = true;
            else if (top !== undefined) {
                top.at = top.at + 1;
                valueNext = true;
            }
        }
    }
    return null;
}
//# sourceMappingURL=json-source.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/lenient-json.js
/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity that Python's json.dumps and
 * pydantic write. They are replaced, outside string literals only, by null: NaN means missing.
 */
function parseLenientJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        if (!/NaN|Infinity/.test(text))
            throw error;
        return JSON.parse(replaceBareNonFinite(text, () => "null"));
    }
}
/**
 * As parseLenientJson, but a bare NaN or Infinity reads as its own name, a string: for error
 * messages, which show the value as the file wrote it ("got string "NaN"").
 */
function parseJsonNamingNonFinite(text) {
    return JSON.parse(/NaN|Infinity/.test(text) ? replaceBareNonFinite(text, (word) => JSON.stringify(word)) : text);
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Copies the text between replacements as slices: a 32 MB file is not rebuilt a character at a time. */
function replaceBareNonFinite(text, replacement) {
    const parts = [];
    let copiedTo = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === BACKSLASH)
                i++;
            else if (ch === QUOTE)
                inString = false;
            continue;
        }
        if (ch === QUOTE)
            inString = true;
        else {
            const word = text.startsWith("NaN", i) ? 3 : text.startsWith("-Infinity", i) ? 9 : text.startsWith("Infinity", i) ? 8 : 0;
            if (word > 0) {
                parts.push(text.slice(copiedTo, i), replacement(text.slice(i, i + word)));
                i += word - 1;
                copiedTo = i + 1;
            }
        }
    }
    parts.push(text.slice(copiedTo));
    return parts.join("");
}
//# sourceMappingURL=lenient-json.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/deepeval.js

/**
 * DeepEval metrics whose score counts what went wrong, so a test case passes when its score is at
 * or below the threshold (deepeval/metrics: `self.score <= self.threshold`). Every other DeepEval
 * metric, G-Eval included, passes at or above it.
 */
const deepeval_LOWER_IS_BETTER = new Set(["Hallucination", "Toxicity", "Bias", "Misuse"]);
/**
 * DeepEval's test run: `.deepeval/.latest_test_run.json` (the run wrapped in `testRunData`) and
 * the bare run `DEEPEVAL_RESULTS_FOLDER` keeps. Per metric (a benchmark named after it:
 * `Faithfulness`, `Correctness [GEval]`), the mean score and the pass rate against each case's
 * threshold, over the test cases (and conversational ones) that metric scored; a metric that
 * errored on a case is counted, never scored.
 */
const deepevalRun = {
    kind: "document",
    name: "deepeval",
    detect: (data) => ((0,reading/* isObject */.Gv)(data["testRunData"]) && Array.isArray(data["testRunData"]["testCases"])) || (Array.isArray(data["testCases"]) && "metricsScores" in data) || (typeof data["testRunLink"] === "string" && Object.keys(data).length === 1),
    read(file, data) {
        if (!(0,reading/* isObject */.Gv)(data["testRunData"]) && !Array.isArray(data["testCases"])) {
            return { ok: false, problems: [{ path: ["testRunLink"], message: `${file} holds only a link to a test run on Confident AI, no scores: DeepEval replaces the run with the link once it uploads it`, hint: "set DEEPEVAL_RESULTS_FOLDER to keep each run's scores on disk, and point evals at that file" }] };
        }
        const wrapped = (0,reading/* isObject */.Gv)(data["testRunData"]);
        const run = wrapped ? data["testRunData"] : data;
        const base = wrapped ? ["testRunData"] : [];
        const perMetric = new Map();
        const problems = [];
        for (const list of ["testCases", "conversationalTestCases"]) {
            const cases = Array.isArray(run[list]) ? run[list] : [];
            const seen = new Map();
            cases.forEach((testCase, index) => {
                if (!(0,reading/* isObject */.Gv)(testCase))
                    return;
                const path = [...base, list, index];
                const named = typeof testCase["name"] === "string" && testCase["name"] !== "" ? testCase["name"] : `${list === "testCases" ? "test_case" : "conversation"}_${index}`;
                // Names repeat when one test function runs over a dataset; the n-th repeat is its own case.
                const times = (seen.get(named) ?? 0) + 1;
                seen.set(named, times);
                const key = times === 1 ? named : `${named}#${times}`;
                const metrics = Array.isArray(testCase["metricsData"]) ? testCase["metricsData"] : [];
                metrics.forEach((m, j) => {
                    if (!(0,reading/* isObject */.Gv)(m) || typeof m["name"] !== "string")
                        return;
                    const rows = perMetric.get(m["name"]) ?? { scores: new Map(), passes: new Map(), errored: 0, thresholds: new Set(), judge: null };
                    perMetric.set(m["name"], rows);
                    const score = typeof m["score"] === "number" && Number.isFinite(m["score"]) ? m["score"] : null;
                    if ((typeof m["error"] === "string" && m["error"] !== "") || score === null) {
                        rows.errored++;
                        return;
                    }
                    if (score < 0 || score > 1) {
                        problems.push({ path: [...path, "metricsData", j, "score"], message: `score ${score} of metric "${m["name"]}" is outside DeepEval's range [0, 1]: data that cannot be true`, hint: "check that the file is DeepEval's own output, unedited" });
                        return;
                    }
                    rows.scores.set(key, score);
                    rows.passes.set(key, m["success"] === true ? 1 : 0);
                    if (typeof m["threshold"] === "number")
                        rows.thresholds.add(m["threshold"]);
                    if (typeof m["evaluationModel"] === "string")
                        rows.judge = m["evaluationModel"];
                });
            });
        }
        if (problems.length > 0)
            return { ok: false, problems };
        const hyperparameters = (0,reading/* isObject */.Gv)(run["hyperparameters"]) ? run["hyperparameters"] : {};
        const modelKey = ["model", "model_name", "generator_model", "llm"].find((k) => typeof hyperparameters[k] === "string" && hyperparameters[k] !== "");
        const model = modelKey === undefined ? null : hyperparameters[modelKey];
        const provenance = { format: "deepeval", file, model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
        const benchmarks = [];
        for (const [name, rows] of perMetric)
            benchmarks.push(...metricBenchmarks(name, rows, provenance));
        const cases = (Array.isArray(run["testCases"]) ? run["testCases"].length : 0) + (Array.isArray(run["conversationalTestCases"]) ? run["conversationalTestCases"].length : 0);
        return {
            ok: true,
            contribution: {
                file,
                format: "deepeval",
                toolVersion: null,
                model,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: cases === 0 ? "the test run has no test cases" : benchmarks.every((b) => b.n === 0) ? "no metric scored any test case" : null,
            },
        };
    },
};
function metricBenchmarks(name, rows, provenance) {
    const mean = (values) => {
        let sum = 0;
        for (const v of values.values())
            sum += v;
        return values.size === 0 ? 0 : sum / values.size;
    };
    const common = { name, n: rows.scores.size, errored: rows.errored, scale: [0, 1], provenance };
    return [
        // Share of cases that met their threshold, the way DeepEval decides a case: higher is better for every metric.
        // The thresholds it was judged against are its version: a run judged at 0.5 does not compare with one at 0.7.
        (0,reading/* benchmark */.aE)({
            ...common,
            metric: "pass_rate",
            value: mean(rows.passes),
            binary: true,
            examples: { kind: "keyed", scores: rows.passes },
            provenance: { ...provenance, version: rows.thresholds.size === 0 ? null : `threshold ${[...rows.thresholds].sort((a, b) => a - b).join(", ")}` },
        }),
        (0,reading/* benchmark */.aE)({
            ...common,
            metric: "score",
            value: mean(rows.scores),
            higherIsBetter: !deepeval_LOWER_IS_BETTER.has(name),
            binary: [...rows.scores.values()].every((v) => v === 0 || v === 1) && rows.scores.size > 0,
            aggregation: "mean",
            examples: { kind: "keyed", scores: rows.scores },
        }),
    ];
}
//# sourceMappingURL=deepeval.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/every-eval-ever.js

/**
 * Every Eval Ever (the EvalEval coalition's shared schema, `eval.schema.json`): one aggregate file
 * per model and source, each `evaluation_results[]` entry a benchmark named by its
 * `evaluation_name`, under its `metric_id` (or `metric_name`), read the way the file says: its
 * direction from `lower_is_better`, its scale from `min_score`/`max_score`, its standard error and
 * sample count from `uncertainty`. Nothing is guessed from a metric's name.
 */
const everyEvalEverAggregate = {
    kind: "document",
    name: "every-eval-ever",
    detect: (data) => typeof data["schema_version"] === "string" && Array.isArray(data["evaluation_results"]) && (0,reading/* isObject */.Gv)(data["model_info"]),
    read(file, data) {
        const modelInfo = data["model_info"];
        const model = typeof modelInfo["id"] === "string" ? modelInfo["id"] : typeof modelInfo["name"] === "string" ? modelInfo["name"] : null;
        const library = (0,reading/* isObject */.Gv)(data["eval_library"]) ? data["eval_library"] : {};
        const toolVersion = typeof library["name"] === "string" ? `${library["name"]}${typeof library["version"] === "string" && library["version"] !== "unknown" ? ` ${library["version"]}` : ""}` : null;
        const problems = [];
        const benchmarks = [];
        data["evaluation_results"].forEach((result, index) => {
            const path = ["evaluation_results", index];
            if (!(0,reading/* isObject */.Gv)(result))
                return;
            const name = typeof result["evaluation_name"] === "string" && result["evaluation_name"] !== "" ? result["evaluation_name"] : null;
            const config = (0,reading/* isObject */.Gv)(result["metric_config"]) ? result["metric_config"] : null;
            const details = (0,reading/* isObject */.Gv)(result["score_details"]) ? result["score_details"] : null;
            if (name === null || config === null || details === null) {
                problems.push({ path, message: "an evaluation result needs evaluation_name, metric_config and score_details (eval.schema.json requires them)" });
                return;
            }
            if (typeof config["lower_is_better"] !== "boolean") {
                problems.push({ path: [...path, "metric_config", "lower_is_better"], message: `"${name}" does not say whether lower is better (metric_config.lower_is_better is required): its direction cannot be guessed` });
                return;
            }
            const score = (0,reading/* finiteNumber */.vM)(details["score"]);
            if (score === null) {
                problems.push({ path: [...path, "score_details", "score"], message: `"${name}" has no score (score_details.score must be a number)` });
                return;
            }
            const min = (0,reading/* finiteNumber */.vM)(config["min_score"]);
            const max = (0,reading/* finiteNumber */.vM)(config["max_score"]);
            if ((min !== null && score < min) || (max !== null && score > max)) {
                problems.push({ path: [...path, "score_details", "score"], message: `score ${score} of "${name}" is outside its own range [${min ?? "-∞"}, ${max ?? "∞"}] (metric_config.min_score/max_score): data that cannot be true` });
                return;
            }
            const uncertainty = (0,reading/* isObject */.Gv)(details["uncertainty"]) ? details["uncertainty"] : {};
            const stderr = (0,reading/* isObject */.Gv)(uncertainty["standard_error"]) ? (0,reading/* finiteNumber */.vM)(uncertainty["standard_error"]["value"]) : null;
            const count = (0,reading/* readCount */._0)(uncertainty["num_samples"], [...path, "score_details", "uncertainty", "num_samples"]);
            if (!count.ok) {
                problems.push(count.problem);
                return;
            }
            const metric = typeof config["metric_id"] === "string" && config["metric_id"] !== "" ? config["metric_id"] : typeof config["metric_name"] === "string" && config["metric_name"] !== "" ? config["metric_name"] : "score";
            const id = typeof result["evaluation_result_id"] === "string" && result["evaluation_result_id"] !== name ? [result["evaluation_result_id"]] : [];
            const provenance = { format: "every-eval-ever", file, model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
            benchmarks.push((0,reading/* benchmark */.aE)({
                name,
                aliases: id,
                metric,
                value: score,
                stderr,
                n: count.count,
                higherIsBetter: config["lower_is_better"] === false,
                scale: min !== null && max !== null ? [min, max] : null,
                binary: config["score_type"] === "binary" || (0,reading/* looksBinomial */.iT)(score, stderr, count.count),
                provenance,
            }));
        });
        if (problems.length > 0)
            return { ok: false, problems };
        return { ok: true, contribution: { file, format: "every-eval-ever", toolVersion, model, benchmarks, latencyP95Ms: null, categories: null, incomplete: null, noScores: benchmarks.length === 0 ? "the file has no evaluation results" : null } };
    },
};
/**
 * Every Eval Ever's instance-level JSONL (`instance_level_eval.schema.json`, the `_samples.jsonl`
 * beside an aggregate): per `evaluation_name`, the share of samples with `evaluation.is_correct`
 * (metric `correct`), each sample's outcome by `sample_id`, so two runs pair on the same samples.
 * The per-sample `score` is not read: the samples file does not say which way it points (only
 * the aggregate's `lower_is_better` does), and correctness needs no direction.
 */
const everyEvalEverSamples = {
    kind: "lines",
    name: "every-eval-ever",
    detect: (first) => typeof first["schema_version"] === "string" && typeof first["sample_id"] === "string" && (0,reading/* isObject */.Gv)(first["evaluation"]),
    start(file) {
        const perEvaluation = new Map();
        let model = null;
        return {
            add(line, at) {
                const name = typeof line["evaluation_name"] === "string" && line["evaluation_name"] !== "" ? line["evaluation_name"] : null;
                const sample = typeof line["sample_id"] === "string" && line["sample_id"] !== "" ? line["sample_id"] : null;
                const evaluation = (0,reading/* isObject */.Gv)(line["evaluation"]) ? line["evaluation"] : null;
                const correct = evaluation === null ? undefined : evaluation["is_correct"];
                if (name === null || sample === null || typeof correct !== "boolean") {
                    return { path: name === null ? ["evaluation_name"] : sample === null ? ["sample_id"] : ["evaluation", "is_correct"], line: at, message: "a sample needs evaluation_name, sample_id and evaluation.is_correct (instance_level_eval.schema.json requires them)" };
                }
                model ??= typeof line["model_id"] === "string" ? line["model_id"] : null;
                const outcomes = perEvaluation.get(name) ?? new Map();
                if (outcomes.has(sample))
                    return { path: ["sample_id"], line: at, message: `sample ${sample} of ${name} appears twice; each sample is scored once`, hint: "point evals at one run's samples file" };
                outcomes.set(sample, correct ? 1 : 0);
                perEvaluation.set(name, outcomes);
                return null;
            },
            finish() {
                const provenance = { format: "every-eval-ever", file, model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
                const benchmarks = [...perEvaluation].map(([name, outcomes]) => {
                    let correct = 0;
                    for (const v of outcomes.values())
                        correct += v;
                    return (0,reading/* benchmark */.aE)({ name, metric: "correct", value: correct / outcomes.size, n: outcomes.size, binary: true, aggregation: "mean", scale: [0, 1], examples: { kind: "keyed", scores: outcomes }, provenance });
                });
                return { ok: true, contribution: { file, format: "every-eval-ever", toolVersion: null, model, benchmarks, latencyP95Ms: null, categories: null, incomplete: null, noScores: benchmarks.length === 0 ? "the file has no samples" : null } };
            },
        };
    },
};
//# sourceMappingURL=every-eval-ever.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/garak.js

/**
 * garak's `*.report.jsonl`: per probe and detector, the share of outputs the target resisted
 * (`resisted`, higher is better) and the attack success rate (`attack_success`, lower is better),
 * from its `eval` entries: `passed`, `fails`, `nones`, `total_evaluated` since 0.13.3, `passed`
 * and `total` before. Outputs no detector could score (`nones`) are counted, never scored; attempt
 * timings are never read (they time the scan, not the product). A run with neither a `completion`
 * nor a `digest` entry was interrupted and is never gated on.
 */
const garakReport = {
    kind: "lines",
    name: "garak",
    detect: (first) => first["entry_type"] === "start_run setup" || (first["entry_type"] === "init" && typeof first["garak_version"] === "string"),
    start(file) {
        const evals = [];
        const seenAt = new Map();
        let version = null;
        let target = null;
        let finished = false;
        return {
            add(entry, line) {
                const type = entry["entry_type"];
                if (type === "start_run setup") {
                    version ??= typeof entry["_config.version"] === "string" ? entry["_config.version"] : null;
                    target = targetOf(entry);
                }
                else if (type === "init" && typeof entry["garak_version"] === "string")
                    version = entry["garak_version"];
                else if (type === "completion" || type === "digest")
                    finished = true;
                else if (type === "eval") {
                    const read = evalOf(entry, line);
                    if ("message" in read)
                        return read;
                    const key = `${read.probe}\u0000${read.detector}`;
                    const earlier = seenAt.get(key);
                    if (earlier !== undefined)
                        return { path: ["detector"], line, message: `probe ${read.probe} with detector ${read.detector} is evaluated twice (first at line ${earlier}); a report of one run has one eval entry for each`, hint: "point evals at one run's report, not a concatenation of several" };
                    seenAt.set(key, line);
                    evals.push(read);
                }
                return null;
            },
            finish() {
                const provenance = { format: "garak", file, model: target, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
                const detectorsOf = new Map();
                for (const e of evals)
                    detectorsOf.set(e.probe, (detectorsOf.get(e.probe) ?? 0) + 1);
                const benchmarks = evals.flatMap((e) => {
                    // A probe judged by one detector goes by the probe's name; with several, each by probe@detector.
                    const single = detectorsOf.get(e.probe) === 1;
                    const name = single ? e.probe : `${e.probe}@${e.detector}`;
                    const aliases = single ? [`${e.probe}@${e.detector}`] : [];
                    const resisted = e.evaluated === 0 ? 0 : e.passed / e.evaluated;
                    const common = { name, aliases, n: e.evaluated, errored: e.nones, binary: true, scale: [0, 1], provenance };
                    return [(0,reading/* benchmark */.aE)({ ...common, metric: "resisted", value: resisted }), (0,reading/* benchmark */.aE)({ ...common, metric: "attack_success", value: e.evaluated === 0 ? 0 : 1 - resisted, higherIsBetter: false })];
                });
                return {
                    ok: true,
                    contribution: {
                        file,
                        format: "garak",
                        toolVersion: version,
                        model: target,
                        benchmarks,
                        latencyP95Ms: null,
                        categories: null,
                        incomplete: finished ? null : `${file} has no completion entry: the garak run was interrupted, and a partial scan is never gated on`,
                        noScores: evals.length === 0 ? "the report has no eval entries (no probe was evaluated)" : null,
                    },
                };
            },
        };
    },
};
function evalOf(entry, line) {
    const probe = entry["probe"];
    const detector = entry["detector"];
    if (typeof probe !== "string" || probe === "" || typeof detector !== "string" || detector === "") {
        return { path: typeof probe !== "string" || probe === "" ? ["probe"] : ["detector"], line, message: "an eval entry names no probe or no detector: its counts cannot be placed" };
    }
    const modern = entry["total_evaluated"] !== undefined;
    const counts = (0,reading/* readCounts */.ZQ)([
        [entry["passed"], ["passed"]],
        [modern ? entry["total_evaluated"] : entry["total"], [modern ? "total_evaluated" : "total"]],
        [entry["fails"], ["fails"]],
        [entry["nones"], ["nones"]],
    ]);
    if (!counts.ok)
        return { ...counts.problems[0], line };
    const [passed, total, fails, nones] = counts.counts;
    if (passed === null || total === null)
        return { path: [passed === null ? "passed" : modern ? "total_evaluated" : "total"], line, message: `the eval entry of ${probe} (${detector}) has no ${passed === null ? "passed" : "total"} count` };
    if (passed > total || (fails !== null && passed + fails !== total)) {
        return { path: ["passed"], line, message: `the eval entry of ${probe} (${detector}) counts ${passed} passed${fails === null ? "" : ` and ${fails} failed`} of ${total} evaluated: data that cannot be true`, hint: "check that the file is garak's own report, unedited" };
    }
    return { probe, detector, passed, evaluated: total, nones: nones ?? 0 };
}
/** The model garak scanned, as its setup entry names it (target_* since 0.13.1, model_* before). */
function targetOf(setup) {
    const name = setup["plugins.target_name"] ?? setup["plugins.model_name"];
    const type = setup["plugins.target_type"] ?? setup["plugins.model_type"];
    if (typeof name === "string" && name !== "")
        return typeof type === "string" && type !== "" ? `${type} ${name}` : name;
    return typeof type === "string" && type !== "" ? type : null;
}
//# sourceMappingURL=garak.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/plausible-stderr.js

/**
 * How far a reported standard error may exceed the largest one its value allows. A mean of 0/1
 * scores reaches the bound exactly (lm-eval and Inspect report sqrt(p (1 - p) / (n - 1)));
 * a bootstrapped one (lm-eval's f1, mcc) scatters around its true value by a few percent. Half
 * again is far above both, and far below what turns a collapse into "inconclusive".
 */
const STDERR_TOLERANCE = 1.5;
/** Rounding a file may apply to a standard error of 0 (p at 0 or 1): 1e-9 is below any printed digit. */
const ABSOLUTE_SLACK = 1e-9;
/**
 * The largest standard error of a mean of `n` values within [low, high] whose mean is `value`:
 * by the Bhatia-Davis inequality their variance is at most (high - value) (value - low), and the
 * sample standard error (n - 1 in the denominator, as the tools compute it) is at most
 * sqrt((high - value) (value - low) / (n - 1)), which for 0/1 scores is the binomial one. An
 * unknown n is judged as the most lenient, 2; with one example nothing bounds the spread.
 */
function largestStderr(value, range, n) {
    const spread = Math.max(0, (range[1] - value) * (value - range[0]));
    const examples = n ?? 2;
    return examples < 2 ? Number.POSITIVE_INFINITY : Math.sqrt(spread / (examples - 1));
}
/**
 * Metrics computed over the whole set at once (lm-eval's f1 and mcc aggregations), not as a mean
 * of per-example scores: their spread depends on how many examples are positive, not on n, so
 * only their range bounds it (n judged as 2). Real f1 standard errors reach 1.56 times the
 * bound of a mean over all examples.
 */
const CORPUS_LEVEL = /^(f1|macro_f1|micro_f1|mcc|mcc_binary|matthews_corrcoef)$/;
/**
 * A problem when a reported standard error cannot be true: negative, or larger than any mean of
 * `n` values in the metric's range could have (see largestStderr). Metrics whose range the tools
 * do not bound (perplexity, bleu) are only checked for sign: their spread has no bound to test.
 * Without this, an edited acc_stderr of 0.5 at n = 1000 turned a collapse from 0.60 to 0.00 into
 * "inconclusive".
 */
function stderrProblem(path, metric, value, stderr, n) {
    const hint = "check that the file is the tool's own output, unedited";
    if (stderr < 0)
        return { path, message: `standard error ${stderr} is negative: data that cannot be true`, hint };
    const range = (0,reading/* metricRange */.Q4)(metric);
    if (range === null || value < range[0] || value > range[1])
        return null;
    const corpusLevel = CORPUS_LEVEL.test(metric.split(",")[0]);
    const largest = largestStderr(value, range, corpusLevel ? null : n);
    if (stderr <= STDERR_TOLERANCE * largest + ABSOLUTE_SLACK)
        return null;
    const examples = corpusLevel ? "any number of examples" : n === null ? "an unknown number of examples (judged as 2, the most lenient)" : `${n} examples`;
    return {
        path,
        message: `standard error ${stderr} of metric "${metric}" cannot be true for a value of ${value} over ${examples}: values in [${range[0]}, ${range[1]}] with that mean have a standard error of at most ${round(largest)}`,
        hint,
    };
}
function round(x) {
    return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}
//# sourceMappingURL=plausible-stderr.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/inspect.js



/** Inspect's value_to_float: letter grades and yes/no strings become numbers; NaN means unscored. */
function inspectValueToFloat(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : null;
    if (typeof value === "boolean")
        return value ? 1 : 0;
    if (typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (v === "c" || v === "yes" || v === "true")
            return 1;
        if (v === "p")
            return 0.5;
        if (v === "i" || v === "n" || v === "no" || v === "false")
            return 0;
        const n = Number(v);
        return v !== "" && Number.isFinite(n) ? n : 0;
    }
    return null;
}
/** An Inspect AI `.json` log: the EvalLog with its samples' reductions inside. */
const inspectJson = {
    kind: "document",
    name: "inspect",
    detect: (data) => (0,reading/* isObject */.Gv)(data["eval"]) && "plan" in data,
    read: (file, data) => readInspect(file, data, data["reductions"]),
};
/** An Inspect AI `.eval` log: a zip with header.json and reductions.json (or only a journal while running). */
const inspectArchive = {
    kind: "archive",
    name: "inspect",
    detect: (names) => names.includes("header.json") || names.includes("_journal/start.json"),
    read(file, archive) {
        const header = archive.json("header.json");
        if (header === undefined) {
            return {
                ok: true,
                contribution: { file, format: "inspect", toolVersion: null, model: null, benchmarks: [], latencyP95Ms: null, categories: null, incomplete: "the Inspect log is still being written (no header.json yet)", noScores: null },
            };
        }
        if (!(0,reading/* isObject */.Gv)(header.value))
            return { ok: false, problems: [{ path: [], message: `${file}: header.json is not a JSON object` }] };
        return readInspect(file, header.value, archive.json("reductions.json")?.value);
    },
};
/** Inspect's `limit`: a number of samples, or a [start, end] range of them. */
function inspectLimit(limit) {
    if (typeof limit === "number")
        return limit;
    if (Array.isArray(limit) && limit.length === 2 && limit.every((x) => typeof x === "number"))
        return `${limit[0]}-${limit[1]}`;
    return null;
}
/** Metrics Inspect computes as a mean of 0..1 sample values, so they share the unit range. */
const UNIT_METRICS = new Set(["accuracy"]);
function readInspect(file, header, reductions) {
    const evalInfo = (0,reading/* isObject */.Gv)(header["eval"]) ? header["eval"] : {};
    const task = String(evalInfo["task"] ?? "inspect").replace(/^.*\//, "");
    const model = typeof evalInfo["model"] === "string" ? evalInfo["model"] : null;
    const config = (0,reading/* isObject */.Gv)(evalInfo["config"]) ? evalInfo["config"] : {};
    const packages = (0,reading/* isObject */.Gv)(evalInfo["packages"]) ? evalInfo["packages"] : {};
    const status = typeof header["status"] === "string" ? header["status"] : "unknown";
    const results = (0,reading/* isObject */.Gv)(header["results"]) ? header["results"] : {};
    const provenance = {
        format: "inspect",
        file,
        model,
        modelArgs: null,
        identity: inspectIdentity(model, evalInfo["model_args"]),
        version: evalInfo["task_version"] === undefined ? null : String(evalInfo["task_version"]),
        limit: inspectLimit(config["limit"]),
        nShot: null,
        digest: null,
        // eval_id names one task's run; older logs have only the eval set's run_id, shared by its tasks.
        ...(typeof evalInfo["eval_id"] === "string" ? { run: `inspect:${evalInfo["eval_id"]}` } : typeof evalInfo["run_id"] === "string" ? { run: `inspect:${evalInfo["run_id"]}:${task}` } : {}),
    };
    const reductionList = Array.isArray(reductions) ? reductions : Array.isArray(results["sample_reductions"]) ? results["sample_reductions"] : [];
    const perScorer = new Map();
    const problems = [];
    for (const reduction of reductionList.filter(reading/* isObject */.Gv)) {
        const scores = new Map();
        const scorer = String(reduction["scorer"] ?? "");
        for (const sample of (Array.isArray(reduction["samples"]) ? reduction["samples"] : []).filter(reading/* isObject */.Gv)) {
            const value = inspectValueToFloat(sample["value"]);
            if (value === null)
                continue;
            const id = String(sample["sample_id"]);
            // Reductions hold one score per sample (epochs already reduced): a repeat would replace one.
            if (scores.has(id)) {
                problems.push({ path: ["reductions"], message: `sample ${JSON.stringify(id)} appears twice in the reductions of scorer "${scorer}": one of its two scores would be dropped`, hint: "check that the file is the tool's own output, unedited" });
                break;
            }
            scores.set(id, value);
        }
        perScorer.set(scorer, scores);
    }
    const benchmarks = [];
    const completed = (0,reading/* readCount */._0)(results["completed_samples"], ["results", "completed_samples"]);
    if (!completed.ok)
        problems.push(completed.problem);
    const scoreList = Array.isArray(results["scores"]) ? results["scores"] : [];
    scoreList.forEach((score, scoreIndex) => {
        if (!(0,reading/* isObject */.Gv)(score))
            return;
        const scorer = String(score["scorer"] ?? score["name"] ?? "");
        const metrics = (0,reading/* isObject */.Gv)(score["metrics"]) ? score["metrics"] : {};
        const stderr = (0,reading/* isObject */.Gv)(metrics["stderr"]) && typeof metrics["stderr"]["value"] === "number" ? metrics["stderr"]["value"] : null;
        const examples = perScorer.get(scorer);
        const scored = (0,reading/* readCount */._0)(score["scored_samples"], ["results", "scores", scoreIndex, "scored_samples"]);
        if (!scored.ok) {
            problems.push(scored.problem);
            return;
        }
        const n = scored.count ?? examples?.size ?? (completed.ok ? completed.count : null);
        for (const [metricName, metric] of Object.entries(metrics)) {
            if (metricName === "stderr" || !(0,reading/* isObject */.Gv)(metric) || typeof metric["value"] !== "number")
                continue;
            const value = metric["value"];
            const path = ["results", "scores", scoreIndex, "metrics", metricName, "value"];
            if (UNIT_METRICS.has(metricName)) {
                const outOfRange = (0,reading/* rangeProblem */.d4)(path, metricName, value);
                if (outOfRange !== null)
                    problems.push(outOfRange);
            }
            const perExample = metricName === "accuracy" || metricName === "mean";
            if (perExample && stderr !== null) {
                const implausible = stderrProblem(["results", "scores", scoreIndex, "metrics", "stderr", "value"], metricName, value, stderr, n);
                if (implausible !== null) {
                    problems.push(implausible);
                    continue;
                }
            }
            const values = examples === undefined ? [] : [...examples.values()];
            if (perExample && values.length > 0) {
                const differs = reductionsDisagree(values, value, scored.count);
                if (differs !== null) {
                    problems.push({ path, message: `the per-sample scores of scorer "${scorer}" (sample_reductions) ${differs}; tunegate judges per-sample scores, so they must be the ones the log's ${metricName} was computed from`, hint: "check that the file is the tool's own output, unedited" });
                    continue;
                }
            }
            benchmarks.push((0,reading/* benchmark */.aE)({
                name: scoreList.length > 1 ? `${task}/${score["name"] ?? scorer}` : task,
                metric: metricName,
                value,
                stderr: perExample ? stderr : null,
                n,
                binary: values.length > 0 ? values.every((v) => v === 0 || v === 1) : perExample && (0,reading/* looksBinomial */.iT)(value, stderr, n),
                examples: examples === undefined || !perExample ? null : { kind: "keyed", scores: examples },
                provenance,
            }));
        }
    });
    if (problems.length > 0)
        return { ok: false, problems };
    const inspectVersion = typeof packages["inspect_ai"] === "string" ? packages["inspect_ai"] : null;
    return {
        ok: true,
        contribution: {
            file,
            format: "inspect",
            toolVersion: inspectVersion,
            model,
            benchmarks,
            latencyP95Ms: null,
            categories: null,
            incomplete: status === "success" ? null : `the log's status is "${status}", not "success"`,
            noScores: benchmarks.length === 0 && status === "success" ? "the Inspect log has no scores (its task ran no scorer)" : null,
        },
    };
}
/**
 * Why a log's per-sample reductions cannot be what its mean metric (accuracy, mean) was computed
 * from, or null: another number of samples than `scored_samples`, or another mean. Otherwise a
 * log whose results say 0.60 could pass a floor on reductions that say 1.0 everywhere.
 */
function reductionsDisagree(values, reported, scoredSamples) {
    if (scoredSamples !== null && scoredSamples !== values.length)
        return `number ${values.length}, but results.scores says ${scoredSamples} were scored`;
    let sum = 0;
    let magnitude = 0;
    for (const v of values) {
        sum += v;
        magnitude += Math.abs(v);
    }
    const mean = sum / values.length;
    if (Math.abs(mean - reported) <= 1e-6 * Math.max(1, magnitude / values.length))
        return null;
    return `average ${mean} over ${values.length} samples, but the log reports ${reported}`;
}
/**
 * Inspect's model ("hf/org/model", "openai/gpt-4o") and model args: an adapter or revision there
 * (the hf provider passes model_args to transformers) belongs to the identity.
 */
function inspectIdentity(model, args) {
    if (model === null)
        return null;
    const record = args !== null && typeof args === "object" && !Array.isArray(args) ? args : {};
    const text = (key) => (typeof record[key] === "string" && record[key] !== "" ? record[key] : null);
    return { names: unique([model, text("model_path")]), adapter: text("adapter") ?? text("peft"), revision: text("revision") };
}
//# sourceMappingURL=inspect.js.map
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./lib/engine/evals/formats/junit.js


/**
 * JUnit XML as pytest `--junitxml`, Maven Surefire, Jest and most runners write it: per suite (and
 * per test class) the pass rate of its test cases. A failure scores 0, a pass 1; an error is a
 * third state, counted and never scored, and a skip (pytest's skip and xfail) is neither scored
 * nor an error. A case that passed only on a rerun (Surefire's flakyFailure/flakyError) is scored
 * by its final outcome and counted as flaky.
 *
 * Parsed by saxes, a streaming parser that expands no entities but the five predefined ones and
 * character references, and fetches nothing; a DOCTYPE (where entity bombs and external entities
 * live, and which no runner writes) is refused outright. The text is fed in chunks, and only the
 * score of each case is kept, so a file's size never decides memory.
 */
const junitXml = {
    kind: "stream",
    name: "junit",
    detect: (start) => /^\s*</.test(start) && /<testsuites?[\s>/]/.test(start),
    start: (file) => junitReader(file),
};
/**
 * Suite properties that name the model under test (pytest `record_testsuite_property`). Case
 * properties (`record_property`) are not read as scores: they do not say which way is better.
 */
const MODEL_PROPERTIES = new Set(["model", "model_name", "model_id"]);
/** Deeper than any runner nests suites; past it the file is refused rather than walked. */
const MAX_DEPTH = 64;
/** Worst first: a recorded failure decides a case, then an error, then a pass over a skip. */
const junit_RANK = { failure: 3, error: 2, pass: 1, skipped: 0 };
function junitReader(file) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const suites = new Map();
    const classes = new Map();
    const fallbackName = (file.split("/").at(-1) ?? file).replace(/\.xml$/i, "");
    const suiteStack = [];
    let depth = 0;
    let sawSuite = false;
    let current = null;
    let problem = null;
    let model = null;
    const stop = (message, line = parser.line, hint) => {
        // A problem on the first line is shown where the plan names the file: the message names it.
        problem ??= { path: [], line, message: line === 1 ? `${file}: ${message}` : message, ...(hint === undefined ? {} : { hint }) };
    };
    let closing = false;
    parser.on("error", (error) => {
        const message = error.message.replace(/^\d+:\d+: /, "");
        const unclosed = /^unclosed tag: (.*)$/.exec(message);
        if (closing && unclosed !== null)
            stop(`not well-formed XML: the file ends inside <${unclosed[1]}>; it was cut short`, parser.line, "write the report again: the run or its upload stopped before it finished");
        else
            stop(`not well-formed XML: ${message}`);
    });
    // Reported where the DOCTYPE starts (the parser is at its end).
    parser.on("doctype", (doctype) => stop("the XML declares a DOCTYPE; no test runner writes one, and tunegate expands no entities", parser.line - (doctype.match(/\n/g)?.length ?? 0), "remove the DOCTYPE: JUnit XML needs none"));
    parser.on("opentag", (tag) => {
        if (problem !== null)
            return;
        depth++;
        if (depth > MAX_DEPTH)
            return stop(`the XML nests more than ${MAX_DEPTH} elements deep; no test runner's output does`);
        const attributes = tag.attributes;
        if (tag.name === "testsuite") {
            sawSuite = true;
            const name = attributes["name"] || fallbackName;
            suiteStack.push(name);
            // A suite of no cases is still named: selected, it is missing data, never "absent".
            if (!suites.has(name))
                suites.set(name, new Map());
        }
        else if (tag.name === "testcase") {
            const name = attributes["name"] ?? "";
            if (name === "")
                return stop("a <testcase> has no name attribute: its result cannot be paired with the other run");
            const className = attributes["classname"] ?? "";
            current = { key: className === "" ? name : `${className}::${name}`, className, depth, failure: false, error: false, skipped: false, flaky: false };
        }
        else if (tag.name === "property" && current === null && model === null && MODEL_PROPERTIES.has(attributes["name"] ?? "") && (attributes["value"] ?? "") !== "") {
            // pytest's record_testsuite_property("model", ...): the one place a JUnit file can say what it tested.
            model = attributes["value"];
        }
        else if (current !== null && depth === current.depth + 1) {
            if (tag.name === "failure")
                current.failure = true;
            else if (tag.name === "error")
                current.error = true;
            else if (tag.name === "skipped")
                current.skipped = true;
            else if (tag.name === "flakyFailure" || tag.name === "flakyError")
                current.flaky = true;
        }
    });
    parser.on("closetag", (tag) => {
        if (problem !== null)
            return;
        depth--;
        if (tag.name === "testsuite")
            suiteStack.pop();
        else if (tag.name === "testcase" && current !== null) {
            const outcome = current.failure ? "failure" : current.error ? "error" : current.skipped ? "skipped" : "pass";
            const result = { outcome, flaky: outcome === "pass" && current.flaky };
            merge(suites, suiteStack.at(-1) ?? fallbackName, current.key, result);
            if (current.className !== "")
                merge(classes, current.className, current.key, result);
            current = null;
        }
    });
    return {
        write(chunk) {
            if (problem === null)
                parser.write(chunk);
            return problem;
        },
        finish() {
            closing = true;
            if (problem === null)
                parser.close();
            if (problem !== null)
                return { ok: false, problems: [problem] };
            if (!sawSuite)
                return { ok: false, problems: [{ path: [], line: 1, message: "the XML has no <testsuite> element: not JUnit XML" }] };
            return { ok: true, contribution: contributionOf(file, suites, classes, model) };
        },
    };
}
function contributionOf(file, suites, classes, model) {
    const provenance = { format: "junit", file, model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
    const benchmarks = [...suites].map(([name, cases]) => passRate(name, cases, provenance));
    const scored = benchmarks.reduce((sum, b) => sum + (b.n ?? 0), 0);
    // A test class is selectable too, unless a suite already has its name.
    for (const [name, cases] of classes)
        if (!suites.has(name))
            benchmarks.push({ ...passRate(name, cases, provenance), partOf: "its test suite" });
    const cases = [...suites.values()].reduce((sum, c) => sum + c.size, 0);
    return {
        file,
        format: "junit",
        toolVersion: null,
        model,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores: cases === 0 ? "the file has no test cases" : scored === 0 ? `none of its ${cases} test cases was scored (all errored or skipped)` : null,
    };
}
/** One test case written twice (pytest writes a teardown error as a second <testcase>) is one case, judged by its worst record. */
function merge(into, group, key, result) {
    const cases = into.get(group) ?? new Map();
    const earlier = cases.get(key);
    cases.set(key, earlier === undefined || junit_RANK[result.outcome] > junit_RANK[earlier.outcome] ? result : earlier);
    into.set(group, cases);
}
function passRate(name, cases, provenance) {
    const scores = new Map();
    let errored = 0;
    let skipped = 0;
    let flaky = 0;
    let passed = 0;
    for (const [key, c] of cases) {
        if (c.outcome === "error")
            errored++;
        else if (c.outcome === "skipped")
            skipped++;
        else {
            scores.set(key, c.outcome === "pass" ? 1 : 0);
            if (c.outcome === "pass")
                passed++;
        }
        if (c.flaky)
            flaky++;
    }
    return (0,reading/* benchmark */.aE)({
        name,
        metric: "pass_rate",
        value: scores.size === 0 ? 0 : passed / scores.size,
        n: scores.size,
        binary: true,
        scale: [0, 1],
        errored,
        skipped,
        flaky,
        examples: { kind: "keyed", scores },
        provenance,
    });
}
//# sourceMappingURL=junit.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lighteval.js

/** Metrics lighteval reports lower-is-better when the file's config_tasks does not say (perplexities, error rates). */
const lighteval_LOWER_IS_BETTER = /perplexity|bits_per_byte|bpb|^ter$|_error$|^wer$|^cer$/;
/**
 * lighteval's `results_<timestamp>.json` (lighteval's EvaluationTracker: `config_general`,
 * `results`, `versions`, `config_tasks`, `summary_tasks`). Each `suite|task|fewshot` key is a
 * benchmark under each of its metrics; `task` and `suite|task` select it too when no other key
 * shares them. The `all` row (an average over tasks) is not a benchmark. The examples per task are
 * `summary_tasks[task].truncated + non_truncated` (lighteval counts every sample as one or the
 * other). A reported stderr is kept only where it is the binomial one of 0/1 scores: for other
 * metrics lighteval's stderr.py may return the spread of bootstrap means, far below a real
 * standard error (eval-formats.md section 6). Per-sample details are parquet files, not read.
 */
const lightevalResults = {
    kind: "document",
    name: "lighteval",
    detect: (data) => (0,reading/* isObject */.Gv)(data["config_general"]) && (0,reading/* isObject */.Gv)(data["results"]),
    read(file, data) {
        const general = data["config_general"];
        const results = data["results"];
        const versions = (0,reading/* isObject */.Gv)(data["versions"]) ? data["versions"] : {};
        const configTasks = (0,reading/* isObject */.Gv)(data["config_tasks"]) ? data["config_tasks"] : {};
        const summaries = (0,reading/* isObject */.Gv)(data["summary_tasks"]) ? data["summary_tasks"] : {};
        const model = typeof general["model_name"] === "string" && general["model_name"] !== "" ? general["model_name"] : null;
        const limit = (0,reading/* finiteNumber */.vM)(general["max_samples"]);
        const tasks = Object.keys(results).filter((t) => t !== "all" && (0,reading/* isObject */.Gv)(results[t]));
        const shortCounts = new Map();
        for (const task of tasks)
            for (const short of shortNames(task))
                shortCounts.set(short, (shortCounts.get(short) ?? 0) + 1);
        const problems = [];
        const benchmarks = [];
        for (const task of tasks) {
            const row = results[task];
            const summary = (0,reading/* isObject */.Gv)(summaries[task]) ? summaries[task] : {};
            const counts = (0,reading/* readCounts */.ZQ)([
                [summary["truncated"], ["summary_tasks", task, "truncated"]],
                [summary["non_truncated"], ["summary_tasks", task, "non_truncated"]],
            ]);
            if (!counts.ok) {
                problems.push(...counts.problems);
                continue;
            }
            const [truncated, nonTruncated] = counts.counts;
            const n = truncated === null && nonTruncated === null ? null : (truncated ?? 0) + (nonTruncated ?? 0);
            const parts = task.split("|");
            const provenance = {
                format: "lighteval",
                file,
                model,
                modelArgs: null,
                version: versions[task] === undefined ? null : String(versions[task]),
                limit,
                nShot: parts.length >= 3 ? parts[2] : null,
                digest: (0,reading/* isObject */.Gv)(summary["hashes"]) && typeof summary["hashes"]["example"] === "string" ? summary["hashes"]["example"] : null,
            };
            const aliases = shortNames(task).filter((s) => shortCounts.get(s) === 1);
            const directions = directionsOf(configTasks[task]);
            for (const [key, raw] of Object.entries(row)) {
                const value = (0,reading/* finiteNumber */.vM)(raw);
                if (value === null || key.endsWith("_stderr"))
                    continue;
                const outOfRange = (0,reading/* rangeProblem */.d4)(["results", task, key], key, value);
                if (outOfRange !== null) {
                    problems.push(outOfRange);
                    continue;
                }
                const reported = (0,reading/* finiteNumber */.vM)(row[`${key}_stderr`]);
                const binary = (0,reading/* looksBinomial */.iT)(value, reported, n);
                benchmarks.push((0,reading/* benchmark */.aE)({ name: task, aliases, metric: key, value, stderr: binary ? reported : null, n, binary, higherIsBetter: directions.get(key) ?? !lighteval_LOWER_IS_BETTER.test(key), provenance }));
            }
        }
        if (problems.length > 0)
            return { ok: false, problems };
        const sha = typeof general["lighteval_sha"] === "string" && general["lighteval_sha"] !== "" && general["lighteval_sha"] !== "?" ? `git ${general["lighteval_sha"]}` : null;
        return { ok: true, contribution: { file, format: "lighteval", toolVersion: sha, model, benchmarks, latencyP95Ms: null, categories: null, incomplete: null, noScores: benchmarks.length === 0 ? "the results file has no task results" : null } };
    },
};
/** `suite|task|fewshot` is also `task` and `suite|task`. */
function shortNames(task) {
    const parts = task.split("|");
    return parts.length >= 3 ? [parts[1], `${parts[0]}|${parts[1]}`] : [];
}
/** Each metric's `higher_is_better` as the task's config records it. */
function directionsOf(config) {
    const out = new Map();
    const metrics = (0,reading/* isObject */.Gv)(config) && Array.isArray(config["metrics"]) ? config["metrics"] : [];
    for (const m of metrics) {
        if (!(0,reading/* isObject */.Gv)(m))
            continue;
        const names = Array.isArray(m["metric_name"]) ? m["metric_name"] : [m["metric_name"]];
        const higher = m["higher_is_better"];
        for (const name of names) {
            if (typeof name !== "string")
                continue;
            if (typeof higher === "boolean")
                out.set(name, higher);
            else if ((0,reading/* isObject */.Gv)(higher) && typeof higher[name] === "boolean")
                out.set(name, higher[name]);
        }
    }
    return out;
}
//# sourceMappingURL=lighteval.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lm-eval-results.js



/** Metrics lm-eval reports lower-is-better when a file predates its `higher_is_better` map. */
const lm_eval_results_LOWER_IS_BETTER = /perplexity|bits_per_byte|^ter$|brier_score/;
/** lm-eval's `results_<ts>.json`: v0.4 `metric,filter` keys and the v0.3 bare keys. */
const lmEvalResults = {
    kind: "document",
    name: "lm-eval",
    detect: (data) => (0,reading/* isObject */.Gv)(data["results"]) && (0,reading/* isObject */.Gv)(data["versions"]),
    read(file, data) {
        const results = data["results"];
        const versions = data["versions"];
        const nShot = (0,reading/* isObject */.Gv)(data["n-shot"]) ? data["n-shot"] : {};
        const nSamples = (0,reading/* isObject */.Gv)(data["n-samples"]) ? data["n-samples"] : {};
        const higher = (0,reading/* isObject */.Gv)(data["higher_is_better"]) ? data["higher_is_better"] : {};
        const configs = (0,reading/* isObject */.Gv)(data["configs"]) ? data["configs"] : {};
        const config = (0,reading/* isObject */.Gv)(data["config"]) ? data["config"] : {};
        const model = typeof data["model_name"] === "string" ? data["model_name"] : typeof config["model_args"] === "string" ? config["model_args"] : typeof config["model"] === "string" ? config["model"] : null;
        const limit = (0,reading/* finiteNumber */.vM)(config["limit"]);
        const identity = lmEvalIdentity(modelArgsText(config["model_args"]), typeof data["model_name"] === "string" ? data["model_name"] : null);
        const problems = [];
        const out = [];
        for (const [task, row] of Object.entries(results)) {
            // Group rows (mmlu) repeat in `results` and `groups`; they stay selectable by name, and since
            // the plan names each benchmark it gates on, nothing sums them with their subtasks.
            if (!(0,reading/* isObject */.Gv)(row))
                continue;
            const samples = (0,reading/* isObject */.Gv)(nSamples[task]) ? nSamples[task] : {};
            // A group's sample_count is a count per metric (lm-eval 0.4.9+); each must be a count too.
            const perMetric = (0,reading/* isObject */.Gv)(row["sample_count"]) ? Object.entries(row["sample_count"]) : [];
            const counts = (0,reading/* readCounts */.ZQ)([
                [samples["effective"], ["n-samples", task, "effective"]],
                [samples["original"], ["n-samples", task, "original"]],
                [row["sample_len"], ["results", task, "sample_len"]],
                [(0,reading/* isObject */.Gv)(row["sample_count"]) ? undefined : row["sample_count"], ["results", task, "sample_count"]],
                ...perMetric.map(([key, value]) => [value, ["results", task, "sample_count", key]]),
            ]);
            if (!counts.ok) {
                problems.push(...counts.problems);
                continue;
            }
            const [effective, original, sampleLen, sampleCount] = counts.counts;
            const n = effective ?? sampleLen ?? sampleCount;
            const leaves = leafSubtasks(data, task);
            const provenance = {
                format: "lm-eval",
                file,
                model,
                modelArgs: typeof config["model_args"] === "string" && config["model_args"] !== "" ? config["model_args"] : null,
                identity,
                version: versions[task] === undefined ? null : String(versions[task]),
                limit: effective !== null && original !== null && effective !== original ? effective : limit,
                nShot: nShot[task] === undefined ? null : String(nShot[task]),
                // task_hashes may cover prompts too, which legitimately differ between a base and an
                // instruct model; only the samples' doc and target hashes decide comparability.
                digest: null,
                ...runOf(data),
                ...(leaves.length === 0 ? {} : { subtasks: Object.fromEntries(leaves.map((leaf) => [leaf, nShot[leaf] === undefined ? null : String(nShot[leaf])])) }),
            };
            for (const [key, value] of Object.entries(row)) {
                const score = (0,reading/* finiteNumber */.vM)(value);
                if (score === null || key.includes("_stderr") || key === "sample_len" || key === "sample_count")
                    continue;
                const [metricName] = key.split(",");
                const filter = key.includes(",") ? key.slice(key.indexOf(",") + 1) : null;
                const stderrKey = filter === null ? `${metricName}_stderr` : `${metricName}_stderr,${filter}`;
                const stderr = (0,reading/* finiteNumber */.vM)(row[stderrKey]);
                const outOfRange = (0,reading/* rangeProblem */.d4)(["results", task, key], metricName, score);
                if (outOfRange !== null)
                    problems.push(outOfRange);
                if (stderr !== null) {
                    // A group counts each metric's examples apart (sample_count per metric, lm-eval 0.4.9+).
                    const metricCount = perMetric.findIndex(([name]) => name === key);
                    const implausible = stderrProblem(["results", task, stderrKey], key, score, stderr, metricCount === -1 ? n : (counts.counts[4 + metricCount] ?? n));
                    if (implausible !== null)
                        problems.push(implausible);
                }
                const taskHigher = (0,reading/* isObject */.Gv)(higher[task]) ? higher[task][metricName] : undefined;
                const aggregation = aggregationOf(configs[task], metricName);
                out.push((0,reading/* benchmark */.aE)({
                    name: task,
                    metric: filter === null ? metricName : `${metricName},${filter}`,
                    value: score,
                    stderr,
                    // lm-eval 0.4.9+ counts a group's examples per metric (sample_count); its sample_len
                    // counts every subtask's, including those scored under other metrics.
                    n: perMetricCount(row, key) ?? n,
                    higherIsBetter: typeof taskHigher === "boolean" ? taskHigher : !lm_eval_results_LOWER_IS_BETTER.test(metricName),
                    binary: (0,reading/* looksBinomial */.iT)(score, stderr, n),
                    aggregation,
                    provenance,
                }));
            }
        }
        if (problems.length > 0)
            return { ok: false, problems };
        if (out.length === 0)
            return { ok: false, problems: [{ path: ["results"], message: `${file} is an lm-evaluation-harness results file with no task results` }] };
        const version = typeof data["lm_eval_version"] === "string" ? data["lm_eval_version"] : typeof data["git_hash"] === "string" ? `git ${data["git_hash"]}` : null;
        return { ok: true, contribution: { file, format: "lm-eval", toolVersion: version, model, benchmarks: out, latencyP95Ms: null, categories: null, incomplete: null, noScores: null } };
    },
};
/** The aggregation a task's config names for a metric (`metric_list[].aggregation`), if a plain name. */
function aggregationOf(config, metricName) {
    const list = (0,reading/* isObject */.Gv)(config) && Array.isArray(config["metric_list"]) ? config["metric_list"] : [];
    const entry = list.find((m) => (0,reading/* isObject */.Gv)(m) && m["metric"] === metricName);
    return entry !== undefined && typeof entry["aggregation"] === "string" ? entry["aggregation"] : null;
}
/** model_args as lm-eval writes it: a "key=value,..." string, or (newer versions) an object. */
function modelArgsText(value) {
    if (typeof value === "string")
        return value;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        return Object.entries(value)
            .filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(",");
    }
    return null;
}
/** lm-eval stamps every results file with the run's start (`date`, epoch seconds) and its model. */
function runOf(data) {
    const date = (0,reading/* finiteNumber */.vM)(data["date"]);
    if (date === null)
        return {};
    const config = (0,reading/* isObject */.Gv)(data["config"]) ? data["config"] : {};
    return { run: `lm-eval:${date}:${String(data["model_name"] ?? "")}:${String(config["model_args"] ?? "")}` };
}
/** A group row's example count for one metric (lm-eval 0.4.9+ `sample_count: { "acc,none": 40 }`). */
function perMetricCount(row, key) {
    const counts = row["sample_count"];
    if (!(0,reading/* isObject */.Gv)(counts))
        return null;
    const value = counts[key];
    return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
/** Every leaf task under a group (`group_subtasks`, nested groups walked), or none for a leaf. */
function leafSubtasks(data, task) {
    const groups = (0,reading/* isObject */.Gv)(data["group_subtasks"]) ? data["group_subtasks"] : {};
    const leaves = [];
    const seen = new Set();
    const walk = (name, depth) => {
        if (seen.has(name) || depth > 32)
            return;
        seen.add(name);
        const children = Array.isArray(groups[name]) ? groups[name].filter((c) => typeof c === "string") : [];
        if (children.length === 0) {
            if (name !== task)
                leaves.push(name);
            return;
        }
        for (const child of children)
            walk(child, depth + 1);
    };
    walk(task, 0);
    return leaves.sort();
}
//# sourceMappingURL=lm-eval-results.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/promptfoo.js



/** promptfoo's ResultFailureReason: 0 none, 1 an assertion failed, 2 the provider errored. */
const FAILURE_REASON_ERROR = 2;
/**
 * promptfoo results in every shape it writes: `eval -o out.json` (V3 and V2 wrapped in an
 * OutputFile, the 2023 V1 without one), the Node API's summary (`{version, results[], stats}`)
 * and `-o out.jsonl` rows. Aggregates are derived from the rows (the file's own `metrics.score`
 * is a sum, not a mean); repeats are averaged per test; provider errors are a third state,
 * counted and never scored.
 */
const promptfooDocument = {
    kind: "document",
    name: "promptfoo",
    detect(data) {
        if (typeof data["evalId"] === "string" && (0,reading/* isObject */.Gv)(data["results"]))
            return true;
        if ((0,reading/* isObject */.Gv)(data["results"]) && data["results"]["version"] === 2)
            return true;
        // V1 files and the Node API's summary: no wrapper, the rows at the top.
        return (data["version"] === 1 || data["version"] === 2 || data["version"] === 3) && Array.isArray(data["results"]) && ("table" in data || "stats" in data);
    },
    read(file, data) {
        const wrapped = (0,reading/* isObject */.Gv)(data["results"]);
        const summary = wrapped ? data["results"] : data;
        const raw = Array.isArray(summary["results"]) ? summary["results"] : [];
        const config = (0,reading/* isObject */.Gv)(data["config"]) ? data["config"] : {};
        const metadata = (0,reading/* isObject */.Gv)(data["metadata"]) ? data["metadata"] : {};
        const rowsPath = wrapped ? ["results", "results"] : ["results"];
        const rows = [];
        const problems = [];
        raw.forEach((r, index) => {
            if (!(0,reading/* isObject */.Gv)(r))
                return;
            const parsed = rowOf(r, [...rowsPath, index]);
            if ("message" in parsed)
                problems.push(parsed);
            else
                rows.push(parsed);
        });
        if (problems.length > 0)
            return { ok: false, problems };
        const description = typeof config["description"] === "string" && config["description"] !== "" ? config["description"] : (file.split("/").at(-1) ?? file).replace(/\.json$/, "");
        const version = typeof metadata["promptfooVersion"] === "string" ? metadata["promptfooVersion"] : null;
        const run = typeof data["evalId"] === "string" ? data["evalId"] : null;
        return { ok: true, contribution: promptfoo_contributionOf(file, slug(description), rows, version, run) };
    },
};
/** `promptfoo eval -o out.jsonl`: one result row per line, no config, no stats. */
const promptfooRows = {
    kind: "lines",
    name: "promptfoo",
    detect: (first) => "evalId" in first && "testIdx" in first,
    start(file) {
        const rows = [];
        return {
            add(value, line) {
                // Rows are walked (their vars stringified): none may nest deeper than real output.
                if ((0,json_nesting/* nestsDeeperThan */.ix)(value))
                    return { path: [], line, message: `the row nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no promptfoo output does` };
                const parsed = rowOf(value, []);
                if ("message" in parsed)
                    return { ...parsed, line };
                rows.push(parsed);
                return null;
            },
            finish: () => ({ ok: true, contribution: promptfoo_contributionOf(file, slug((file.split("/").at(-1) ?? file).replace(/\.jsonl$/, "")), rows, null) }),
        };
    },
};
function rowOf(r, path) {
    const prompt = (0,reading/* isObject */.Gv)(r["prompt"]) ? r["prompt"] : {};
    const provider = (0,reading/* isObject */.Gv)(r["provider"]) ? r["provider"] : {};
    const providerId = (0,reading/* isObject */.Gv)(r["provider"]) ? String(provider["id"] ?? "") : typeof r["provider"] === "string" ? r["provider"] : "";
    const providerLabel = typeof provider["label"] === "string" && provider["label"] !== "" ? provider["label"] : null;
    const response = (0,reading/* isObject */.Gv)(r["response"]) ? r["response"] : {};
    const metadata = (0,reading/* isObject */.Gv)(r["metadata"]) ? r["metadata"] : {};
    const plugin = typeof metadata["pluginId"] === "string" ? metadata["pluginId"] : null;
    // `error` is not the sign: promptfoo also writes an assertion's failure reason there
    // ("Latency 5794ms is greater than threshold 3000ms", failureReason 1). failureReason says it
    // when the file has it; older shapes only carry the provider's own response.error.
    const errored = typeof r["failureReason"] === "number" ? r["failureReason"] === FAILURE_REASON_ERROR : typeof response["error"] === "string" && response["error"] !== "";
    const score = typeof r["score"] === "number" && Number.isFinite(r["score"]) ? r["score"] : null;
    if (!errored && score !== null && (score < 0 || score > 1)) {
        return { path: [...path, "score"], message: `score ${score} is outside promptfoo's range [0, 1] (a weighted mean of assertion scores): data that cannot be true` };
    }
    const cached = response["cached"] === true;
    const latency = typeof r["latencyMs"] === "number" && Number.isFinite(r["latencyMs"]) ? r["latencyMs"] : null;
    // A negative time would pull the p95 under any requirement.
    if (latency !== null && latency < 0)
        return { path: [...path, "latencyMs"], message: `latencyMs ${latency} is negative: data that cannot be true`, hint: "check that the file is the tool's own output, unedited" };
    return {
        // The index alone would pair two different tests that happen to sit at the same position:
        // the test's vars go into its identity, so a row pairs only with a row that ran the same test.
        test: typeof r["testIdx"] === "number" ? `t${r["testIdx"]}:${textHash(JSON.stringify(r["vars"] ?? null))}` : `v${JSON.stringify(r["vars"] ?? null)}`,
        prompt: String(prompt["label"] ?? prompt["display"] ?? prompt["raw"] ?? ""),
        providerId,
        providerLabel,
        plugin,
        errored,
        success: r["success"] === true ? 1 : 0,
        score,
        // Red-team rows time attacker and grader rounds, errors time nothing, and a cached response
        // took no time at all: none of them says how fast the product answers.
        latencyMs: plugin === null && !errored && !cached ? latency : null,
    };
}
/** FNV-1a of a text, as 8 hex digits: a short, stable identity for a test's vars. */
function textHash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16).padStart(8, "0");
}
function promptfoo_contributionOf(file, suite, rows, toolVersion, run = null) {
    const providers = [...new Set(rows.map((r) => r.providerId))].sort();
    const labelOf = new Map(rows.filter((r) => r.providerLabel !== null).map((r) => [r.providerId, r.providerLabel]));
    const prompts = [...new Set(rows.filter((r) => r.plugin === null).map((r) => r.prompt))];
    const model = providers.length === 1 ? (labelOf.get(providers[0]) ?? providers[0]) : null;
    const identity = providers.length === 1 ? { names: unique([providers[0], labelOf.get(providers[0])]), adapter: null, revision: null } : null;
    const provenance = { format: "promptfoo", file, model, modelArgs: null, identity, version: null, limit: null, nShot: null, digest: null, ...(run === null ? {} : { run: `promptfoo:${run}` }) };
    const names = (provider, prompt) => {
        const promptPart = prompt === null || prompts.length <= 1 ? "" : `#${promptName(prompt, prompts)}`;
        if (providers.length <= 1)
            return { name: `${suite}${promptPart}`, aliases: [] };
        const label = labelOf.get(provider);
        return { name: `${suite}@${provider}${promptPart}`, aliases: label === undefined || label === provider ? [] : [`${suite}@${label}${promptPart}`] };
    };
    const benchmarks = [];
    for (const provider of providers) {
        // Each provider's rows are that provider's model: its id and label are their identity.
        const ownProvenance = { ...provenance, identity: { names: unique([provider, labelOf.get(provider)]), adapter: null, revision: null } };
        const mine = rows.filter((r) => r.providerId === provider);
        const suffix = providers.length > 1 ? `@${provider}` : "";
        const label = labelOf.get(provider);
        const aliasSuffix = providers.length > 1 && label !== undefined && label !== provider ? `@${label}` : null;
        const plugins = [...new Set(mine.map((r) => r.plugin).filter((p) => p !== null))].sort();
        const redTeam = (name, selected) => build({ name: `${name}${suffix}`, aliases: aliasSuffix === null ? [] : [`${name}${aliasSuffix}`], metric: "resisted", rows: selected, value: (r) => r.success, provenance: ownProvenance, key: (r) => `${r.test}|${r.prompt}` });
        for (const plugin of plugins)
            benchmarks.push(redTeam(plugin, mine.filter((r) => r.plugin === plugin)));
        if (plugins.length > 0)
            benchmarks.push(redTeam("redteam", mine.filter((r) => r.plugin !== null)));
        for (const prompt of prompts) {
            const plain = mine.filter((r) => r.plugin === null && r.prompt === prompt);
            if (plain.length === 0)
                continue;
            const named = names(provider, prompt);
            benchmarks.push(...scored(named.name, named.aliases, plain, ownProvenance, (r) => r.test, false));
        }
    }
    const plain = rows.filter((r) => r.plugin === null);
    if (plain.length > 0 && (providers.length > 1 || prompts.length > 1)) {
        benchmarks.push(...scored(suite, [], plain, provenance, (r) => `${r.test}|${r.prompt}|${r.providerId}`, true));
    }
    const latencies = rows.map((r) => r.latencyMs).filter((l) => l !== null);
    const scoredRows = rows.filter((r) => !r.errored).length;
    return {
        file,
        format: "promptfoo",
        toolVersion,
        model,
        benchmarks,
        latencyP95Ms: (0,reading/* p95 */.f3)(latencies),
        ...(latencies.length === 0 ? {} : { latencyRowsMs: latencies }),
        categories: null,
        incomplete: null,
        noScores: rows.length === 0 ? "the file has no result rows" : scoredRows === 0 ? `all ${rows.length} rows errored (provider errors): nothing was scored` : null,
        // Each row once: a red-team row is in its plugin's suite and in `redteam`.
        examples: scoredRows,
    };
}
/** A prompt's name in a benchmark: its label when short enough to write in a plan, else its position. */
function promptName(prompt, prompts) {
    return /^[A-Za-z0-9][A-Za-z0-9_.:/ -]{0,59}$/.test(prompt) ? prompt : `prompt-${prompts.indexOf(prompt) + 1}`;
}
function scored(name, aliases, rows, provenance, key, pooled) {
    const out = [build({ name, aliases, metric: "pass_rate", rows, value: (r) => r.success, provenance, key, pooled })];
    const live = rows.filter((r) => !r.errored);
    if (live.length > 0 && live.every((r) => r.score !== null))
        out.push(build({ name, aliases, metric: "score", rows, value: (r) => r.score, provenance, key, pooled }));
    return out;
}
/** Means per test (repeats averaged), errored rows counted apart and never scored. */
function build(input) {
    const sums = new Map();
    let errored = 0;
    for (const row of input.rows) {
        if (row.errored) {
            errored++;
            continue;
        }
        const key = input.key(row);
        const entry = sums.get(key) ?? { total: 0, count: 0 };
        entry.total += input.value(row);
        entry.count++;
        sums.set(key, entry);
    }
    const scores = new Map([...sums.entries()].map(([k, v]) => [k, v.total / v.count]));
    const values = [...scores.values()];
    const mean = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
    return (0,reading/* benchmark */.aE)({
        name: input.name,
        aliases: input.aliases,
        metric: input.metric,
        value: mean,
        n: values.length,
        binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
        errored,
        pooled: input.pooled ?? false,
        examples: { kind: "keyed", scores },
        provenance: input.provenance,
    });
}
function slug(text) {
    return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "promptfoo";
}
//# sourceMappingURL=promptfoo.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/ragas.js


/**
 * The columns of a Ragas sample that are not scores: the 0.2+ names (SingleTurnSample,
 * MultiTurnSample) and the 0.1 ones (question, contexts, answer, ground_truth).
 */
const SAMPLE_COLUMNS = new Set([
    "user_input", "retrieved_contexts", "reference_contexts", "response", "multi_responses", "reference", "rubrics", "reference_tool_calls", "reference_topics",
    "question", "contexts", "answer", "ground_truth", "ground_truths",
]);
/** What identifies a sample across runs, in order of preference: the question is the same in both runs, its position may not be. */
const SAMPLE_KEYS = ["user_input", "question"];
/** Ragas metrics that count what went wrong (noise_sensitivity: how often noise in the contexts led to a wrong claim). */
const ragas_LOWER_IS_BETTER = /^noise_sensitivity/;
/** Ragas's own metrics, every one of which lies in [0, 1]; a custom or rubric metric (1-5) is left unbounded. */
const ragas_UNIT_METRICS = /^(faithfulness|faithfulness_with_hhem|answer_relevancy|response_relevancy|context_precision|context_recall|llm_context_precision_with(out)?_reference|non_llm_context_precision_with_reference|llm_context_recall|non_llm_context_recall|context_entity_recall|answer_correctness|factual_correctness(\(.*\))?|answer_similarity|semantic_similarity|noise_sensitivity(_relevant|_irrelevant)?(\(.*\))?|bleu_score|rouge_score(\(.*\))?|string_present|exact_match|non_llm_string_similarity|tool_call_accuracy|agent_goal_accuracy(_with(out)?_reference)?|topic_adherence(\(.*\))?|summary_score|nv_accuracy|nv_context_relevance|nv_response_groundedness)$/;
/**
 * Ragas results as `EvaluationResult.to_pandas()` writes them: one record per sample with the
 * sample's columns and one column per metric, dumped as a JSON array (`to_dict("records")`,
 * `to_json(orient="records")`) or as JSON lines (`lines=True`). Per metric, a benchmark named
 * after it (`faithfulness`, `context_recall`) with the mean over the samples it scored; Ragas
 * writes NaN where a metric failed on a sample (a judge's timeout or refusal), which is counted as
 * errored and never scored. Samples pair across runs by their question.
 */
const ragasRecords = {
    kind: "records",
    name: "ragas",
    detect: (rows) => rows.length > 0 && rows.every((r) => (0,reading/* isObject */.Gv)(r) && SAMPLE_KEYS.some((k) => typeof r[k] === "string")),
    read(file, rows) {
        const collector = samples(file);
        const problems = [];
        rows.forEach((row, index) => {
            const problem = collector.add(row, [index]);
            if (problem !== null)
                problems.push(problem);
        });
        return problems.length > 0 ? { ok: false, problems } : { ok: true, contribution: collector.finish() };
    },
};
/** `to_json(orient="records", lines=True)`: the same records, one per line. */
const ragasLines = {
    kind: "lines",
    name: "ragas",
    detect: (first) => SAMPLE_KEYS.some((k) => typeof first[k] === "string") && Object.keys(first).some((k) => !SAMPLE_COLUMNS.has(k)) && !("doc_id" in first) && !("evalId" in first),
    start(file) {
        const collector = samples(file);
        return {
            add(value, line) {
                if ((0,json_nesting/* nestsDeeperThan */.ix)(value))
                    return { path: [], line, message: `the record nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no Ragas output does` };
                const problem = collector.add(value, []);
                return problem === null ? null : { ...problem, line };
            },
            finish: () => ({ ok: true, contribution: collector.finish() }),
        };
    },
};
/**
 * `to_pandas().to_csv()`: the same records as CSV (RFC 4180 quoting, a field may span lines). An
 * empty cell is pandas's NaN; the unnamed first column is pandas's index, not a metric; the
 * contexts columns are Python list text, not read.
 */
const ragasCsv = {
    kind: "stream",
    name: "ragas",
    detect(start) {
        if (/^\s*[<{[]/.test(start))
            return false;
        const header = csvHeader(start);
        return header !== null && SAMPLE_KEYS.some((k) => header.includes(k)) && header.some((h) => h !== "" && !SAMPLE_COLUMNS.has(h));
    },
    start(file) {
        const collector = samples(file);
        let header = null;
        let problem = null;
        const parser = csvParser((fields, line) => {
            if (problem !== null)
                return;
            if (header === null) {
                header = fields;
                return;
            }
            if (fields.length === 1 && fields[0] === "")
                return;
            if (fields.length !== header.length) {
                problem = { path: [], line, message: `this row has ${fields.length} fields, the header ${header.length}: a field with a comma or a line break must be quoted` };
                return;
            }
            const row = {};
            header.forEach((column, i) => {
                if (column !== "")
                    row[column] = csvValue(fields[i]);
            });
            const found = collector.add(row, []);
            if (found !== null)
                problem = { ...found, line };
        });
        return {
            write(chunk) {
                if (problem === null)
                    parser.write(chunk);
                return problem;
            },
            finish() {
                if (problem === null) {
                    const open = parser.end();
                    if (open !== null)
                        problem = { path: [], line: open, message: "a quoted field opened on this line is never closed: the file was cut short" };
                }
                if (problem !== null)
                    return { ok: false, problems: [problem] };
                if (header === null)
                    return { ok: false, problems: [{ path: [], line: 1, message: "the CSV has no header row" }] };
                return { ok: true, contribution: collector.finish() };
            },
        };
    },
};
/** A CSV cell as pandas wrote it: empty or nan is NaN (null), a number is a number, anything else stays text. */
function csvValue(cell) {
    if (cell === "" || /^nan$/i.test(cell))
        return null;
    return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : cell;
}
/** The header row of CSV text, or null when the text has no complete first row. */
function csvHeader(text) {
    let header = null;
    const parser = csvParser((fields) => (header ??= fields));
    parser.write(text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n") + 1));
    parser.end();
    return header;
}
/**
 * An incremental RFC 4180 parser: `write` takes any piece of the text, `onRecord` gets each row
 * with the line it started on; `end` flushes the last row and returns the line of a quoted field
 * left open, or null.
 */
function csvParser(onRecord) {
    let fields = [];
    let field = "";
    let quoted = false;
    let quoteSeen = false;
    let line = 1;
    let recordLine = 1;
    let dirty = false;
    const endRecord = () => {
        fields.push(field);
        onRecord(fields, recordLine);
        fields = [];
        field = "";
        dirty = false;
    };
    return {
        write(chunk) {
            for (const ch of chunk) {
                if (quoted) {
                    if (quoteSeen) {
                        quoteSeen = false;
                        if (ch === '"') {
                            field += '"';
                            continue;
                        }
                        quoted = false;
                    }
                    else if (ch === '"') {
                        quoteSeen = true;
                        continue;
                    }
                    else {
                        if (ch === "\n")
                            line++;
                        field += ch;
                        continue;
                    }
                }
                if (ch === '"' && field === "") {
                    quoted = true;
                    dirty = true;
                }
                else if (ch === ",") {
                    fields.push(field);
                    field = "";
                    dirty = true;
                }
                else if (ch === "\n") {
                    endRecord();
                    line++;
                    recordLine = line;
                }
                else if (ch !== "\r") {
                    field += ch;
                    dirty = true;
                }
            }
        },
        end() {
            if (quoted && !quoteSeen)
                return recordLine;
            if (dirty || field !== "" || fields.length > 0)
                endRecord();
            return null;
        },
    };
}
function samples(file) {
    const all = [];
    const seen = new Map();
    const metrics = new Set();
    return {
        add(row, path) {
            if (!(0,reading/* isObject */.Gv)(row))
                return { path, message: "a Ragas record must be an object of the sample's columns and its metrics' scores" };
            const question = SAMPLE_KEYS.map((k) => row[k]).find((v) => typeof v === "string");
            const base = question ?? `sample ${all.length + 1}`;
            // One question asked twice is two samples: the n-th repeat is its own.
            const times = (seen.get(base) ?? 0) + 1;
            seen.set(base, times);
            const scores = new Map();
            for (const [column, value] of Object.entries(row)) {
                if (SAMPLE_COLUMNS.has(column))
                    continue;
                // Python's NaN (a metric that failed on this sample) reads as null.
                if (value === null)
                    scores.set(column, null);
                else if (typeof value === "number" && Number.isFinite(value)) {
                    if (ragas_UNIT_METRICS.test(column) && (value < 0 || value > 1)) {
                        return { path: [...path, column], message: `score ${value} of metric "${column}" is outside Ragas's range [0, 1]: data that cannot be true`, hint: "check that the file is Ragas's own output, unedited" };
                    }
                    scores.set(column, value);
                }
                else
                    continue;
                metrics.add(column);
            }
            all.push({ key: times === 1 ? base : `${base}#${times}`, scores });
            return null;
        },
        finish() {
            const provenance = { format: "ragas", file, model: null, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
            const benchmarks = [...metrics].map((metric) => metricBenchmark(metric, all, provenance));
            return {
                file,
                format: "ragas",
                toolVersion: null,
                model: null,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: all.length === 0 ? "the file has no samples" : metrics.size === 0 ? "its records carry no metric scores" : benchmarks.every((b) => b.n === 0) ? `every metric failed on every one of its ${all.length} samples (NaN)` : null,
            };
        },
    };
}
function metricBenchmark(metric, all, provenance) {
    const scores = new Map();
    let errored = 0;
    let sum = 0;
    for (const sample of all) {
        const value = sample.scores.get(metric);
        // A sample without the column was not scored by this metric; a NaN one errored.
        if (value === undefined)
            continue;
        if (value === null)
            errored++;
        else {
            scores.set(sample.key, value);
            sum += value;
        }
    }
    const values = [...scores.values()];
    return (0,reading/* benchmark */.aE)({
        name: metric,
        metric: "score",
        value: scores.size === 0 ? 0 : sum / scores.size,
        n: scores.size,
        higherIsBetter: !ragas_LOWER_IS_BETTER.test(metric),
        scale: ragas_UNIT_METRICS.test(metric) ? [0, 1] : null,
        binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
        aggregation: "mean",
        errored,
        examples: { kind: "keyed", scores },
        provenance,
    });
}
//# sourceMappingURL=ragas.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/tunegate-format.js

const score = schemas/* number */.aig().min(0).max(1);
/**
 * A suite's result: a bare score (which proves nothing on its own: no bound can be drawn from
 * it), 0/1 outcomes as passed of n (judged with the exact Clopper-Pearson bound), or a mean score
 * with its standard error and n.
 */
const entry = schemas/* union */.KCZ([
    score,
    schemas/* strictObject */.rej({ passed: schemas/* number */.aig().int().min(0), n: schemas/* number */.aig().int().min(1) })
        .refine((e) => e.passed <= e.n, { message: "passed cannot exceed n" })
        .describe("0/1 outcomes: how many of n passed"),
    schemas/* strictObject */.rej({ score, stderr: schemas/* number */.aig().min(0), n: schemas/* number */.aig().int().min(1) }).describe("a mean score with its standard error over n examples"),
]);
const scores = schemas/* record */.g1P(schemas/* string */.YjP().min(1).max(200), entry);
const milliseconds = schemas/* number */.aig().positive().max(3_600_000);
/** tunegate's own small eval format: scores in [0, 1] by benchmark or suite. */
const evalResultSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    model: schemas/* string */.YjP().min(1).max(200),
    general: scores.default({}).describe("general-capability benchmarks (forgetting gate)"),
    safety: scores.default({}).describe("safety suites (safety gate)"),
    task: scores.default({}).describe("task suites (task-quality gate)"),
    latency_p95_ms: milliseconds.optional().describe("a p95 as one number: it can fail the latency gate, never prove it (no rows, no bound)"),
    latency_ms: schemas/* array */.YOg(milliseconds).min(1).max(10_000_000).optional().describe("per-request latencies: the p95 and its distribution-free upper bound are computed from them"),
})
    .refine((r) => r.latency_ms === undefined || r.latency_p95_ms === undefined, { message: "give latency_ms (the rows) or latency_p95_ms (one number), not both", path: ["latency_p95_ms"] })
    .describe("tunegate eval results");
//# sourceMappingURL=tunegate-format.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/tunegate.js


/** tunegate's own `{model, general, safety, task, latency_p95_ms}`: validated by its schema first. */
const tunegateFormat = {
    kind: "document",
    name: "tunegate",
    schema: evalResultSchema,
    detect: (data) => typeof data["model"] === "string" && ("general" in data || "safety" in data || "task" in data || "latency_p95_ms" in data || "latency_ms" in data),
    read(file, data) {
        const result = evalResultSchema.parse(data);
        return { ok: true, contribution: fromTunegate(file, result) };
    },
};
function fromTunegate(file, result) {
    const provenance = { format: "tunegate", file, model: result.model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
    const benchmarks = [];
    for (const category of ["general", "safety", "task"]) {
        for (const [name, value] of Object.entries(result[category])) {
            if (typeof value === "number")
                benchmarks.push((0,reading/* benchmark */.aE)({ name, metric: "score", value, provenance }));
            else if ("passed" in value)
                benchmarks.push((0,reading/* benchmark */.aE)({ name, metric: "score", value: value.passed / value.n, n: value.n, stderr: value.n > 1 ? Math.sqrt(((value.passed / value.n) * (1 - value.passed / value.n)) / (value.n - 1)) : null, binary: true, provenance }));
            else
                benchmarks.push((0,reading/* benchmark */.aE)({ name, metric: "score", value: value.score, stderr: value.stderr, n: value.n, provenance }));
        }
    }
    return {
        file,
        format: "tunegate",
        toolVersion: null,
        model: result.model,
        benchmarks,
        latencyP95Ms: result.latency_ms === undefined ? (result.latency_p95_ms ?? null) : (0,reading/* p95 */.f3)(result.latency_ms),
        ...(result.latency_ms === undefined ? {} : { latencyRowsMs: result.latency_ms }),
        categories: { general: Object.keys(result.general), safety: Object.keys(result.safety), task: Object.keys(result.task) },
        incomplete: null,
        noScores: benchmarks.length === 0 ? "the file lists no scores" : null,
    };
}
//# sourceMappingURL=tunegate.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/registry.js












/**
 * Every eval format tunegate recognises, in detection order (eval-formats.md section 1). A new
 * format is one file in formats/, one line here and its name in input/eval-format-names.ts, from
 * which the plan schema and the report derive (test/engine/format-names.test.ts holds them equal).
 */
const EVAL_FORMATS = [
    inspectArchive,
    junitXml,
    ragasCsv,
    inspectJson,
    lightevalResults,
    lmEvalResults,
    promptfooDocument,
    deepevalRun,
    everyEvalEverAggregate,
    tunegateFormat,
    lmEvalSamples,
    promptfooRows,
    ragasRecords,
    ragasLines,
    garakReport,
    everyEvalEverSamples,
    { kind: "unsupported", name: "openai-evals", detectLine: (d) => "spec" in d || "final_report" in d || "run_id" in d },
];
const EXPECTED_FORMATS = "lm-evaluation-harness results_*.json or samples_*.jsonl, promptfoo eval -o output (.json V1-V3 or .jsonl) or its Node API summary, an Inspect AI log (.json or .eval), JUnit XML (pytest --junitxml or any runner), DeepEval's .deepeval/.latest_test_run.json, Ragas results (to_pandas() records as .json, .jsonl or .csv), a garak *.report.jsonl, an Every Eval Ever aggregate (eval.schema.json) or its _samples.jsonl, lighteval results_*.json, or tunegate's own {model, general, safety, task} JSON";
//# sourceMappingURL=registry.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/decode.js









/** Past this size an error in a JSON file is placed at its first line: re-parsing for positions would cost too much. */
const MAX_LOCATABLE_BYTES = 8 * 1024 * 1024;
const at = (file, line = 1, column = 1) => ({ file, line, column });
const problemAt = (file, message, hint) => ({ kind: "invalid-value", message, location: at(file), field: "", ...(hint === undefined ? {} : { hint }) });
function mismatch(file, found, declared) {
    return declared !== "auto" && declared !== found ? { ok: false, diagnostics: [problemAt(file, `${file} looks like ${found} output, but the plan says evals.format: ${declared}`)] } : null;
}
/** One whole file: a JSON document (lm-eval results, promptfoo, an Inspect .json log, tunegate's own format) or a stream format read at once (JUnit XML not named .xml). */
function decodeDocument(file, text, declared) {
    // Stream formats (JUnit XML) are told apart from JSON by their first characters.
    const stream = startStream(file, text.slice(0, 65_536), declared);
    if (stream !== null) {
        if (!stream.ok)
            return stream;
        const problem = stream.reader.write(text);
        return problem !== null ? { ok: false, diagnostics: [lineDiagnostic(file, problem)] } : finishStream(file, stream.reader);
    }
    const parsed = parseEvalJson(file, text);
    if (!parsed.ok)
        return parsed;
    const data = parsed.value;
    if (Array.isArray(data)) {
        for (const format of EVAL_FORMATS) {
            if (format.kind !== "records" || !format.detect(data))
                continue;
            const wrong = mismatch(file, format.name, declared);
            if (wrong !== null)
                return wrong;
            return located(file, text, format.read(file, data));
        }
    }
    if (!(0,reading/* isObject */.Gv)(data))
        return { ok: false, diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)] };
    for (const format of EVAL_FORMATS) {
        if (format.kind === "unsupported") {
            if (format.detectDocument?.(data) === true)
                return { ok: false, diagnostics: [problemAt(file, `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`)] };
            continue;
        }
        if (format.kind !== "document" || !format.detect(data))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null)
            return wrong;
        const schema = format.schema;
        if (schema !== undefined) {
            const valid = schema.safeParse(data);
            if (!valid.success)
                return { ok: false, diagnostics: (0,schema_diagnostics/* schemaDiagnostics */.m)(valid.error.issues, jsonSource(file, text, parseJsonNamingNonFinite(text)), schema) };
        }
        return located(file, text, format.read(file, data));
    }
    return { ok: false, diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)] };
}
/**
 * JSON text as an eval file's content: Python's bare NaN and Infinity read as missing, and three
 * things refused with their line and column that JSON.parse would let through: nesting deeper
 * than any eval output (the walks after parsing recurse) and more objects and values than the
 * text's size allows (64 MiB of `{}` took 4.7 GB), both counted before anything is built; and a
 * key written twice in one object (JSON keeps the last, so the score a reviewer reads first is
 * not the one judged).
 */
function parseEvalJson(file, text) {
    const excess = (0,json_work/* jsonWorkExcess */.dM)(text);
    if (excess !== null)
        return { ok: false, diagnostics: [{ ...problemAt(file, unlikeAnyEvalOutput(excess)), location: at(file, excess.line, excess.column) }] };
    let value;
    try {
        value = parseLenientJson(text);
    }
    catch (error) {
        const message = error instanceof RangeError ? "it is nested too deeply to read" : error.message;
        return { ok: false, diagnostics: [problemAt(file, `${file} is not valid JSON (${message}); expected ${EXPECTED_FORMATS}`)] };
    }
    const duplicate = firstDuplicateKey(text);
    if (duplicate !== null) {
        return {
            ok: false,
            diagnostics: [{ ...problemAt(file, `the key ${JSON.stringify(duplicate.key)} appears twice in one object; JSON keeps only the last, so delete one`), location: at(file, duplicate.line, duplicate.column) }],
        };
    }
    return { ok: true, value };
}
/** A limit of json-work.ts passed, said as what it means for an eval file. */
function unlikeAnyEvalOutput(excess) {
    return `${excess.message}; ${excess.reason === "depth" ? "no eval output tunegate reads does" : "no eval output tunegate reads is built like that"}`;
}
/**
 * A zip archive (an Inspect .eval log), its members read through `archive`. Each member a format
 * asks for is parsed here once, as any JSON eval file is (a problem names the member); after the
 * first problem, no other member is read or parsed.
 */
function decodeArchive(file, archive, declared) {
    for (const format of EVAL_FORMATS) {
        if (format.kind !== "archive" || !format.detect(archive.names))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null)
            return wrong;
        let memberProblem = null;
        const members = {
            names: archive.names,
            json: (name) => {
                if (memberProblem !== null)
                    return undefined;
                const text = archive.text(name);
                if (text === undefined)
                    return undefined;
                if (typeof text !== "string") {
                    memberProblem = [problemAt(`${file}:${name}`, `${file}: ${name} ${text.problem}`)];
                    return undefined;
                }
                const parsed = parseEvalJson(`${file}:${name}`, text);
                if (parsed.ok)
                    return parsed;
                memberProblem = parsed.diagnostics;
                return undefined;
            },
        };
        const result = format.read(file, members);
        if (memberProblem !== null)
            return { ok: false, diagnostics: memberProblem };
        return located(file, "", result);
    }
    return { ok: false, diagnostics: [problemAt(file, `${file} is a zip archive but not an Inspect .eval log (no header.json); expected ${EXPECTED_FORMATS}`)] };
}
/**
 * A stream format (JUnit XML) when `start`, the file's first characters, is one: the shell then
 * feeds the rest in chunks (`write`) and calls `finishStream`. Null when no stream format matches.
 */
function startStream(file, start, declared) {
    for (const format of EVAL_FORMATS) {
        if (format.kind !== "stream" || !format.detect(start))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null && !wrong.ok)
            return wrong;
        return { ok: true, reader: format.start(file) };
    }
    return null;
}
/** The end of a streamed file: its contribution, or its problems at their lines. */
function finishStream(file, reader) {
    const finished = reader.finish();
    return finished.ok ? finished : { ok: false, diagnostics: finished.problems.map((p) => lineDiagnostic(file, p)) };
}
/** A JSON-lines file: the first line decides the format; the shell feeds the rest to the reader. */
function startLines(file, first, declared) {
    if ((0,reading/* isObject */.Gv)(first)) {
        for (const format of EVAL_FORMATS) {
            if (format.kind === "unsupported") {
                if (format.detectLine?.(first) === true)
                    return { ok: false, diagnostics: [problemAt(file, `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`)] };
                continue;
            }
            if (format.kind !== "lines" || !format.detect(first))
                continue;
            if ((0,json_nesting/* nestsDeeperThan */.ix)(first))
                return { ok: false, diagnostics: [problemAt(file, `the first line nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no eval output tunegate reads does`)] };
            const wrong = mismatch(file, format.name, declared);
            if (wrong !== null && !wrong.ok)
                return wrong;
            const reader = format.start(file);
            return "add" in reader ? { ok: true, reader } : { ok: false, diagnostics: [lineDiagnostic(file, reader)] };
        }
    }
    return { ok: false, diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)] };
}
/** A problem found in one line of a JSON-lines file, at that line. */
function lineDiagnostic(file, problem) {
    return { kind: "invalid-value", message: problem.message, location: at(file, problem.line ?? 1), field: (0,diagnostic/* formatFieldPath */.vZ)(problem.path), ...(problem.hint === undefined ? {} : { hint: problem.hint }) };
}
/** Places a reader's problems at their line and column, scanning the text for positions only now. */
function located(file, text, result) {
    if (result.ok)
        return result;
    if (text === "" || text.length > MAX_LOCATABLE_BYTES || result.problems.every((p) => p.line !== undefined)) {
        return { ok: false, diagnostics: result.problems.map((p) => lineDiagnostic(file, p)) };
    }
    const source = jsonSource(file, text, null);
    return { ok: false, diagnostics: result.problems.map((p) => ({ ...lineDiagnostic(file, p), location: source.locate(p.path) })) };
}
//# sourceMappingURL=decode.js.map
;// CONCATENATED MODULE: ./lib/shell/eval-files.js







const GLOB = /[*?[\]{}]/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Reads one side's eval files (paths, globs or a list, relative to the plan) into one run. */
async function readEvalSide(files, planPath, source, role, written, format) {
    if (written.length === 0)
        return { ok: true, run: undefined, realFiles: [] };
    const field = `evals.${role}`;
    const problem = (message, kind = "invalid-value", hint) => ({ kind, message, location: source.locate(["evals", role]), field, ...(hint === undefined ? {} : { hint }) });
    const paths = [];
    for (const entry of written) {
        const resolved = (0,repo_path/* resolveRepoPath */.qo)(planPath, entry);
        if (!resolved.ok)
            return { ok: false, diagnostics: [problem(`path "${entry}" ${resolved.reason}`, "path-escape")] };
        if (!GLOB.test(entry))
            paths.push(resolved.path);
        else {
            const matched = await files.glob(resolved.path);
            if (matched.length === 0)
                return { ok: false, diagnostics: [problem(`no file matches "${entry}"`, "file-missing")] };
            paths.push(...matched);
        }
    }
    // One file under two names (a symbolic link) is read once, under the first name written.
    const byRealPath = new Map();
    for (const path of [...new Set(paths)].sort()) {
        const real = await files.canonical(path);
        if (!byRealPath.has(real))
            byRealPath.set(real, path);
    }
    const contributions = [];
    for (const path of byRealPath.values()) {
        const decoded = await decodeEvalFile(files, path, format);
        if (!decoded.ok) {
            // A problem with the file as a whole is placed where the plan names the file, so the
            // annotation lands on the plan; a problem inside its content, at that content.
            const wholeFile = (d) => d.field === "" && d.location.line === 1 && d.location.column === 1;
            return { ok: false, diagnostics: decoded.diagnostics.map((d) => (wholeFile(d) ? { ...d, location: source.locate(["evals", role]), field } : d)) };
        }
        contributions.push(decoded.contribution);
    }
    const assembled = (0,assemble/* assembleRun */.Ol)(contributions);
    if (!assembled.ok) {
        return {
            ok: false,
            diagnostics: assembled.conflicts.map((c) => problem(c.message, "invalid-value", "point evals." + role + " at one run's files (an old and a new run side by side?), or keep each suite in one file")),
        };
    }
    return { ok: true, run: assembled.run, realFiles: [...byRealPath.keys()] };
}
/** Decodes one eval file of any supported format; the engine decides, this only reads bytes. */
async function decodeEvalFile(files, path, declared) {
    if (path.endsWith(".jsonl"))
        return decodeJsonLines(files, path, declared);
    if (/\.xml$/i.test(path))
        return decodeStream(files, path, declared, "an .xml eval file must be JUnit XML (<testsuites> or <testsuite>)");
    if (/\.csv$/i.test(path))
        return decodeStream(files, path, declared, "a .csv eval file must be Ragas results (to_pandas().to_csv(), a user_input or question column)");
    const bytes = await files.bytes(path, shell_files/* MAX_EVAL_BYTES */.ay);
    if (!bytes.ok)
        return { ok: false, diagnostics: [{ kind: bytes.kind, message: bytes.message, location: { file: path, line: 1, column: 1 }, field: "", ...(bytes.hint === undefined ? {} : { hint: bytes.hint }) }] };
    if (ZIP_MAGIC.every((b, i) => bytes.bytes[i] === b)) {
        try {
            // Loaded for archives only: node:zlib is not needed by any other eval file.
            const { zipMembers } = await __webpack_require__.e(/* import() */ 553).then(__webpack_require__.bind(__webpack_require__, 2553));
            return decodeArchive(path, inflatingArchive(zipMembers(bytes.bytes)), declared);
        }
        catch (error) {
            return { ok: false, diagnostics: [{ kind: "invalid-value", message: `${path}: cannot read the Inspect log: ${error.message}`, location: { file: path, line: 1, column: 1 }, field: "" }] };
        }
    }
    return decodeDocument(path, stripBom(bytes.bytes.toString("utf8")), declared);
}
/**
 * An archive's members decompressed on request, each to at most MAX_INFLATED_MEMBER_BYTES and all
 * of them together to MAX_INFLATED_ARCHIVE_BYTES: zlib stops there, so a 65 KB member that would
 * inflate to gigabytes costs what the cap does.
 */
function inflatingArchive(members) {
    let inflated = 0;
    return {
        names: members.map((m) => m.name),
        text(name) {
            const member = members.find((m) => m.name === name);
            if (member === undefined)
                return undefined;
            const left = shell_files/* MAX_INFLATED_ARCHIVE_BYTES */.KV - inflated;
            const bytes = member.read(Math.min(shell_files/* MAX_INFLATED_MEMBER_BYTES */.A4, left));
            if (bytes === undefined) {
                return left < shell_files/* MAX_INFLATED_MEMBER_BYTES */.A4
                    ? { problem: `decompresses past the ${mebibytes(shell_files/* MAX_INFLATED_ARCHIVE_BYTES */.KV)} tunegate inflates from one archive in all (${mebibytes(inflated)} already read); no Inspect log is that large` }
                    : { problem: `decompresses to more than ${mebibytes(shell_files/* MAX_INFLATED_MEMBER_BYTES */.A4)}, the most tunegate inflates of one member; no Inspect log's ${name} is that large` };
            }
            inflated += bytes.length;
            return stripBom(bytes.toString("utf8"));
        },
    };
}
const mebibytes = (bytes) => `${Math.round(bytes / (1024 * 1024))} MiB`;
/** Windows tools write a byte-order mark; JSON.parse refuses one. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
async function decodeJsonLines(files, path, declared) {
    let reader;
    let lineNumber = 0;
    const fail = (message, line = lineNumber) => ({ ok: false, diagnostics: [lineDiagnostic(path, { path: [], line, message })] });
    try {
        for await (const batch of files.lineBatches(path)) {
            for (const read of batch) {
                lineNumber++;
                const line = lineNumber === 1 ? stripBom(read) : read;
                if (line.trim() === "")
                    continue;
                // What a line builds is bounded as a whole file's is; its depth is the readers' to judge.
                const excess = (0,json_work/* jsonWorkExcess */.dM)(line, Number.POSITIVE_INFINITY);
                if (excess !== null)
                    return { ok: false, diagnostics: [{ ...lineDiagnostic(path, { path: [], line: lineNumber, message: unlikeAnyEvalOutput(excess) }), location: { file: path, line: lineNumber, column: excess.column } }] };
                let value;
                try {
                    value = parseLenientJson(line);
                }
                catch (error) {
                    return fail(`not a JSON object (${error instanceof RangeError ? "nested too deeply" : error.message})`);
                }
                if (reader === undefined) {
                    const started = startLines(path, value, declared);
                    if (!started.ok)
                        return started;
                    reader = started.reader;
                }
                if (value === null || typeof value !== "object" || Array.isArray(value))
                    return fail("each line must be a JSON object");
                const problem = reader.add(value, lineNumber);
                if (problem !== null)
                    return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
            }
        }
    }
    catch (error) {
        if (error instanceof LineTooLongError)
            return fail(error.message, error.line);
        const located = error;
        return { ok: false, diagnostics: [{ kind: located.kind ?? "invalid-value", message: `cannot read ${path}: ${error.message}`, location: { file: path, line: located.line ?? lineNumber + 1, column: 1 }, field: "" }] };
    }
    if (reader === undefined)
        return fail(`${path} is empty`, 1);
    const finished = reader.finish();
    return finished.ok ? finished : { ok: false, diagnostics: finished.problems.map((p) => lineDiagnostic(path, p)) };
}
/**
 * A text file of a stream format (JUnit XML, CSV), fed to its reader line by line as it is read:
 * memory follows what the reader keeps, never the file's size. Lines are split only to read in
 * pieces; the reader sees the text unchanged.
 */
async function decodeStream(files, path, declared, expected) {
    let reader;
    let lineNumber = 0;
    let start = "";
    const fail = (message, line = lineNumber) => ({ ok: false, diagnostics: [lineDiagnostic(path, { path: [], line, message })] });
    // The reader the buffered start names, fed that start; or why there is none.
    const begin = () => {
        const started = startStream(path, start, declared);
        if (started === null)
            return fail(`${path} matches no eval format tunegate reads; ${expected}`, 1);
        if (!started.ok)
            return started;
        const problem = started.reader.write(start);
        return problem === null ? started.reader : { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
    };
    try {
        for await (const batch of files.lineBatches(path)) {
            for (const read of batch) {
                lineNumber++;
                const line = `${lineNumber === 1 ? stripBom(read) : read}\n`;
                if (reader === undefined) {
                    // The format is judged from the first 64 KiB, whatever their lines.
                    start += line;
                    if (start.length < 65_536)
                        continue;
                    const begun = begin();
                    if (!("write" in begun))
                        return begun;
                    reader = begun;
                    continue;
                }
                const problem = reader.write(line);
                if (problem !== null)
                    return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
            }
        }
    }
    catch (error) {
        if (error instanceof LineTooLongError)
            return fail(`a line of this file is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most tunegate reads at once; write it with line breaks (pytest, Surefire and pandas do)`, error.line);
        const located = error;
        return { ok: false, diagnostics: [{ kind: located.kind ?? "invalid-value", message: `cannot read ${path}: ${error.message}`, location: { file: path, line: located.line ?? lineNumber + 1, column: 1 }, field: "" }] };
    }
    if (reader === undefined) {
        if (start.trim() === "")
            return fail(`${path} is empty`, 1);
        const begun = begin();
        if (!("write" in begun))
            return begun;
        reader = begun;
    }
    return finishStream(path, reader);
}
//# sourceMappingURL=eval-files.js.map
;// CONCATENATED MODULE: ./lib/shell/check.js












const nowhere = (file) => ({ file, line: 1, column: 1 });
/** Reads everything a plan needs, then hands the texts to the pure core. */
async function runCheck(request) {
    const files = request.files ?? workingTreeFiles(request.root);
    const read = (path, max) => files.read(path, max);
    const planPath = (0,repo_settings/* repoRelative */.Ne)(request.root, request.plan);
    const headPolicy = await (0,repo_settings/* readPolicy */.T4)(request.root, request.policy, read);
    if (!headPolicy.ok)
        return headPolicy;
    const planText = await read(planPath, shell_files/* MAX_CONFIG_BYTES */.GW);
    if (!planText.ok)
        return { ok: false, diagnostics: [(0,shell_files/* readFailure */.f1)(planText, nowhere(planPath), "")] };
    const headPlan = (0,plan_load/* loadPlan */.Y)(planPath, planText.text);
    if (!headPlan.ok)
        return headPlan;
    const waivers = await withWaiversBeside(read, planPath, headPlan.value.plan);
    if (!waivers.ok)
        return waivers;
    // Every rule below (prices' file included) is the stricter of the base branch's and the head's.
    const bound = await applyBaseRules(request.rules, request.root, request.policy, planPath, { loaded: { ...headPlan.value, plan: waivers.value.plan }, policy: headPolicy.value });
    const policy = { ok: true, value: bound.policy };
    const loaded = { ok: true, value: bound.loaded };
    const prices = await (0,repo_settings/* readPrices */.RP)(request.root, policy.value, read, request.pricing, request.today);
    if (!prices.ok)
        return prices;
    const evals = loaded.value.plan.evals;
    const format = evals?.format ?? "auto";
    const candidate = await readEvalSide(files, planPath, loaded.value.source, "candidate", (0,schema/* evalPaths */.jx)(evals?.candidate), format);
    const baseline = await readEvalSide(files, planPath, loaded.value.source, "baseline", (0,schema/* evalPaths */.jx)(evals?.baseline), format);
    const alternative = await readEvalSide(files, planPath, loaded.value.source, "alternative", (0,schema/* evalPaths */.jx)(evals?.alternative), format);
    const evalProblems = [candidate, baseline, alternative].flatMap((r) => (r.ok ? [] : r.diagnostics));
    if (evalProblems.length > 0)
        return { ok: false, diagnostics: evalProblems };
    const shared = sharedEvalFiles(candidate, baseline);
    const copies = shared.length > 0 ? [] : await copiedEvalFiles(files, candidate, baseline);
    if (copies.length > 0) {
        return {
            ok: false,
            diagnostics: copies.map(([c, b]) => ({
                kind: "invalid-value",
                message: `${c} and ${b} hold the same bytes: one run's results given as both the candidate's and the baseline's (a copy or a hard link), so the base model would be judged as the customised model`,
                location: loaded.value.source.locate(["evals", "candidate"]),
                field: "evals.candidate",
                hint: "point evals.baseline at the base model's own run: a results file or log records its run (lm-eval's date, promptfoo's evalId, Inspect's eval id), so two runs never write the same one",
            })),
        };
    }
    if (shared.length > 0) {
        return {
            ok: false,
            diagnostics: shared.map((file) => ({
                kind: "invalid-value",
                message: `${file} is both a candidate and a baseline file: the base model's results would be judged as the customised model's`,
                location: loaded.value.source.locate(["evals", "candidate"]),
                field: "evals.candidate",
                hint: "make evals.candidate and evals.baseline name different files (a glob on one side often matches the other's, or a link points at it)",
            })),
        };
    }
    // The evidence a verdict rests on, by digest: every file read, on both sides.
    for (const side of [candidate, baseline]) {
        if (side.ok && side.run !== undefined)
            side.run.sources = await Promise.all(side.run.sources.map(async (s) => ({ ...s, sha256: await files.sha256(s.file) })));
    }
    const decision = decide({
        loaded: loaded.value,
        policy: policy.value,
        prices: prices.value,
        candidate: candidate.ok ? candidate.run : undefined,
        baseline: baseline.ok ? baseline.run : undefined,
        alternative: alternative.ok ? alternative.run : undefined,
        today: request.today,
        rules: {
            ...bound.rules,
            ...(await appliedDigests(bound.loaded.plan, bound.policy.policy)),
            ...(waivers.value.file === undefined ? {} : { waivers_file: { file: waivers.value.file, sha256: await files.sha256(waivers.value.file) } }),
        },
    });
    if (!decision.ok)
        return decision;
    return { ok: true, report: (0,parts_model/* buildReport */.F)(decision.value, loaded.value.source), source: loaded.value.source };
}
/** sha256 of the plan and the policy as applied, for attestations; node:crypto loads on first use. */
async function appliedDigests(plan, policy) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const digest = (value) => createHash("sha256").update(canonicalJson(value)).digest("hex");
    return { plan_sha256: digest(plan), policy_sha256: digest(policy) };
}
/**
 * Files read on both sides, by their real paths: a glob such as `evals/*.json` for the candidate
 * also matched baseline.json (which sorts first), so forgetting compared the base model with itself.
 */
function sharedEvalFiles(candidate, baseline) {
    if (!candidate.ok || !baseline.ok)
        return [];
    const base = new Set(baseline.realFiles);
    return candidate.realFiles.filter((file) => base.has(file));
}
/**
 * Candidate and baseline files with the same content (a copy or hard link has no second real
 * path): the base model's results judged against themselves pass every comparison as "identical".
 * Only files that record their run are judged so: lm-eval's per-sample files hold no timestamp,
 * and two genuine reruns of a deterministic model write them byte for byte the same; their
 * results files (stamped with the run's date) tell the runs apart. Only files with equal
 * fingerprints are compared, up to their first difference.
 */
async function copiedEvalFiles(files, candidate, baseline) {
    if (!candidate.ok || !baseline.ok)
        return [];
    // Bucketed by fingerprint (size and first chunk), so thousands of files are not compared
    // pairwise; only a pair that agrees on it is read to the end.
    const byFingerprint = new Map();
    const recordsItsRun = (file) => taskFromSamplesFile(file) === null;
    for (const file of baseline.realFiles.filter(recordsItsRun)) {
        const fingerprint = await files.fingerprint(file);
        if (fingerprint === null)
            continue;
        const bucket = byFingerprint.get(fingerprint);
        if (bucket === undefined)
            byFingerprint.set(fingerprint, [file]);
        else
            bucket.push(file);
    }
    const copies = [];
    for (const file of candidate.realFiles.filter(recordsItsRun)) {
        const fingerprint = await files.fingerprint(file);
        for (const other of fingerprint === null ? [] : (byFingerprint.get(fingerprint) ?? []))
            if (await files.sameContent(file, other))
                copies.push([file, other]);
    }
    return copies;
}
//# sourceMappingURL=check.js.map
;// CONCATENATED MODULE: ./lib/shell/action/plan-run.js


async function baseAvailable(repository, pullRequest) {
    return pullRequest !== undefined && pullRequest.baseSha !== "" && (await repository.hasCommit(pullRequest.baseSha));
}
/**
 * On a pull-request event, whether the working tree holds the base branch instead of the pull
 * request: `pull_request_target` runs with GITHUB_SHA at the base branch's last commit, which is
 * what `actions/checkout` checks out unless told otherwise. The plans there are not the pull
 * request's, so judging them would pass (and comment "checked at" the head commit) whatever the
 * pull request changed. Unknown (no readable clone) is not a problem.
 */
async function baseCheckedOut(ctx, repository) {
    const pr = ctx.pullRequest;
    if (pr === undefined)
        return undefined;
    const head = await repository.checkedOutCommit();
    if (head === undefined || head === pr.headSha)
        return undefined;
    const isBase = head === pr.baseSha || (ctx.eventName === "pull_request_target" && head === ctx.sha);
    if (!isBase)
        return undefined;
    return {
        kind: "usage",
        message: `the workspace has the base branch checked out (commit ${head.slice(0, 7)}), not pull request #${pr.number}: its plans are not the pull request's, so none was judged`,
        location: { file: "checkout", line: 1, column: 1 },
        field: "",
        hint: "check out the pull request before tunegate: actions/checkout with ref: ${{ github.event.pull_request.head.sha }} (on pull_request_target, run none of its code in that job)",
    };
}
/** Checks one plan and, on a pull request, the same plan at the base commit for the diff. */
async function runPlan(file, options) {
    const pr = options.pullRequest;
    const rules = pr === undefined
        ? undefined
        : options.rulesFrom === "head"
            ? { from: "head", sha: pr.baseSha }
            : { from: "base", sha: pr.baseSha, files: options.baseAvailable ? options.repository.filesAt(pr.baseSha) : undefined, ...(options.planInput === undefined ? {} : { planInput: options.planInput }) };
    const head = await runCheck({ root: options.root, plan: file, policy: options.policy, pricing: options.pricing, today: options.today, rules });
    if (!head.ok)
        return { file, ok: false, diagnostics: head.diagnostics };
    if (pr === undefined)
        return { file, ok: true, report: head.report, change: undefined };
    if (!options.baseAvailable) {
        return { file, ok: true, report: head.report, change: (0,plan_change/* notCompared */.vK)(pr.baseRef, "its commit is not in the clone (use `actions/checkout` with `fetch-depth: 0`)") };
    }
    const files = options.repository.filesAt(pr.baseSha);
    const existsAtBase = (await files.read(head.report.plan.file, 1024 * 1024)).ok;
    if (!existsAtBase)
        return { file, ok: true, report: head.report, change: (0,plan_change/* comparePlans */.OA)(null, head.report, pr.baseRef) };
    const base = await runCheck({ root: options.root, plan: file, policy: options.policy, pricing: options.pricing, today: options.today, files });
    if (!base.ok)
        return { file, ok: true, report: head.report, change: (0,plan_change/* notCompared */.vK)(pr.baseRef, "the plan there does not check cleanly") };
    return { file, ok: true, report: head.report, change: (0,plan_change/* comparePlans */.OA)(base.report, head.report, pr.baseRef) };
}
//# sourceMappingURL=plan-run.js.map
;// CONCATENATED MODULE: ./lib/shell/action/main.js




















/**
 * The Action. The one place a throw becomes a failed step: whatever happens, the step fails
 * closed (verdict fail, deploy-allowed false) with a message instead of a stack trace.
 */
async function runAction(runner = runnerPorts()) {
    const ports = guardedPorts(runner);
    const log = ports.log;
    try {
        await act(ports);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setOutputsSafely({ verdict: "fail", "deploy-allowed": "false", "failed-gates": "[]" }, ports);
        if (error instanceof InputError || error instanceof run_context/* EventPayloadError */.BJ)
            log.fail(`tunegate: ${message}`);
        else
            log.fail(`tunegate failed unexpectedly, so nothing may deploy: ${message}. This is a bug in tunegate; please report it.`);
    }
}
async function act(ports) {
    const { env, log } = ports;
    const inputs = readActionInputs((name) => ports.input(name));
    const ctx = await (0,run_context/* readRunContext */.$p)(env);
    const mode = actionMode(inputs.mode, ctx.eventName);
    const repository = ports.repository(ctx.workspace);
    const today = evaluationDate(ports.pinnedDay, ports);
    await checkEvaluationDate(today, ports, repository);
    if (mode === "audit") {
        // The price data is megabytes of JavaScript: a check run never loads it.
        const { runAuditMode } = await Promise.all(/* import() */[__webpack_require__.e(294), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 9116));
        await runAuditMode(ports, ctx, inputs, today);
        return;
    }
    const expanded = await (0,plan_paths/* expandPlanPaths */.CN)(ctx.workspace, inputs.plan, "input plan");
    const policy = await (0,policy_input/* resolvePolicyInput */.n)(inputs, ctx);
    const options = { root: ctx.workspace, repository, policy: policy.ok ? policy.value : undefined, pricing: inputs.pricing, today, pullRequest: ctx.pullRequest, baseAvailable: await baseAvailable(repository, ctx.pullRequest), rulesFrom: inputs["rules-from"], planInput: inputs.plan };
    const runs = [];
    const wrongCheckout = await baseCheckedOut(ctx, repository);
    if (wrongCheckout !== undefined)
        runs.push({ file: "checkout", ok: false, diagnostics: [wrongCheckout] });
    else if (!policy.ok)
        runs.push({ file: "policy input", ok: false, diagnostics: policy.diagnostics });
    else
        runs.push(...(await mapInOrder(expanded.paths, PLAN_CONCURRENCY, (file) => runPlan(file, options))));
    if (expanded.diagnostics.length > 0)
        runs.push({ file: "plan input", ok: false, diagnostics: expanded.diagnostics });
    const removed = options.baseAvailable && ctx.pullRequest !== undefined ? await (0,plan_paths/* plansGoneSince */.CB)(repository.filesAt(ctx.pullRequest.baseSha), inputs.plan, expanded.paths) : [];
    // The engine decides the run; everything below only shows and delivers it.
    const run = (0,run_report/* buildRunReport */.IW)(runs, inputs["fail-on"], version/* VERSION */.x, removed);
    const files = await writeRunFiles(ctx, inputs, run, log);
    await ports.summary(`${await (0,registry/* renderOutput */.C8)("check", "markdown", run)}\n`, () => (0,markdown.runShortSummary)(run, files.reportJson));
    // Everything the step decides and shows is written before any GitHub API call, so an API that
    // hangs or refuses can delay the comment, never the verdict. All of it comes from the run report.
    annotate(run, log);
    const lines = runLog(run);
    for (const w of lines.warnings)
        log.warning(w.message, { title: w.title });
    setOutputsSafely({ ...run.outputs, "report-json": files.reportJson, "sarif-file": files.sarif, "attestation-file": files.attestation ?? "" }, ports);
    log.info(lines.summary);
    if (lines.failure !== null)
        log.fail(lines.failure);
    try {
        await comment(ports, ctx, inputs, run);
    }
    catch (error) {
        commentFailed(error, log);
    }
}
/** TUNEGATE_TODAY pins the date (for reproducible runs); set but not a real day, nothing is judged. */
function evaluationDate(pinned, ports) {
    if (pinned === undefined)
        return ports.today();
    if (!(0,dates/* isCalendarDate */.tf)(pinned))
        throw new InputError(`TUNEGATE_TODAY must be a calendar date YYYY-MM-DD, got ${JSON.stringify(pinned)}; unset it to use today's date`);
    return pinned;
}
/**
 * A date other than the runner's is named in the log; one before the judged commit was made is
 * refused: it would revive waivers that had expired by then and make stale prices fresh.
 */
async function checkEvaluationDate(today, ports, repository) {
    const note = (0,dates/* evaluationDateNote */.Rz)(today, ports.today(), "TUNEGATE_TODAY");
    if (note === null)
        return;
    const committed = await repository.checkedOutCommitDay();
    if (committed !== undefined && today < committed) {
        throw new InputError(`TUNEGATE_TODAY is ${today}, before ${committed}, the day the commit being judged was made: a past date would revive expired waivers and make stale prices look fresh; unset TUNEGATE_TODAY`);
    }
    ports.log.warning(`tunegate ${note}`, { title: "tunegate: evaluation date" });
}
/**
 * The run report as JSON and as SARIF, in the runner's temp folder, for artifacts and code
 * scanning; and, when the plans declare the artifacts a deploy ships, the in-toto statement
 * for actions/attest to sign.
 */
async function writeRunFiles(ctx, inputs, run, log) {
    const dir = ctx.runnerTemp === "" ? (0,external_node_path_.join)(ctx.workspace, ".tunegate") : ctx.runnerTemp;
    const judged = run.plans.some((p) => "report" in p);
    const statement = judged ? await attestationFor(ctx.workspace, run) : undefined;
    if (statement !== undefined && !statement.ok)
        for (const d of statement.diagnostics)
            log.warning(`${d.message}; no attestation written`, { title: "tunegate: attestation", file: d.location.file, startLine: d.location.line });
    else if (statement !== undefined && statement.text === null)
        log.info(`tunegate: ${statement.note}`);
    const text = statement?.ok === true ? statement.text : null;
    const [reportJson, sarif, attestation] = await (0,run_files/* writeFreshFiles */.H)(dir, inputs["comment-key"], [
        { stem: "tunegate-report", ext: "json", text: await (0,registry/* renderOutput */.C8)("check", "json", run) },
        { stem: "tunegate-results", ext: "sarif", text: await (0,registry/* renderOutput */.C8)("check", "sarif", run) },
        ...(text === null ? [] : [{ stem: "tunegate-attestation", ext: "json", text }]),
    ]);
    return { reportJson: reportJson, sarif: sarif, attestation };
}
async function comment(ports, ctx, inputs, run) {
    const log = ports.log;
    const mode = inputs.comment;
    if (mode === "never")
        return;
    const pr = ctx.pullRequest;
    if (pr === undefined) {
        if (mode !== "auto")
            log.notice(`tunegate: comment: ${mode}, but the ${ctx.eventName} event has no pull request to comment on; the report is in the job summary`);
        return;
    }
    if (pr.isFork && ctx.eventName === "pull_request") {
        log.notice("tunegate: this pull request comes from a fork, so its token is read-only and no comment is posted. The verdict is this check's result; the report is in the job summary and the report-json output. To comment on fork pull requests, run tunegate on pull_request_target (see the README's section on forks).");
        return;
    }
    const token = inputs["github-token"];
    if (token === "") {
        log.warning("tunegate: no github-token, so no pull-request comment; pass github-token: ${{ github.token }} with pull-requests: write");
        return;
    }
    // Octokit and its HTTP stack are most of the bundle; runs that post nothing never load them.
    const { syncStickyComments } = await __webpack_require__.e(/* import() */ 829).then(__webpack_require__.bind(__webpack_require__, 8829));
    const info = (m) => log.info(m);
    const github = await ports.github({ token, apiUrl: ctx.apiUrl, log: info });
    const state = commentState(pr, ctx.runId);
    const summaryUrl = (0,run_context/* runUrl */.Vp)(ctx);
    // Many plans: one comment for the run; the per-plan comments of earlier runs are retired, and
    // the other way round (the engine's call, from the run report).
    const { comments: plans, retire, oneForAll } = runComments(run, { key: inputs["comment-key"], comment: mode, state, summaryUrl });
    const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
    await github.within(syncStickyComments(github.api, target, plans, state, (plan, result) => {
        const file = plans.find((p) => p.marker === plan.marker).file;
        if ("removed" in result && result.removed > 0)
            log.info(`tunegate: deleted ${result.removed} outdated or duplicate comment(s) for ${file}`);
        if (result.action === "skipped-newer")
            log.info(`tunegate: comment for ${file} left as is: it was written for a newer commit (${result.newer.sha.slice(0, 7)})`);
        else if (result.action === "superseded")
            log.info(`tunegate: comment for ${file} replaced by a newer run's (commit ${result.newer?.sha.slice(0, 7) ?? "unknown"}): ${result.url}`);
        else if (result.action === "skipped-unsearched") {
            log.warning(`tunegate read ${result.pages * 100} comments on this pull request (${result.pages} pages, its limit) without finding its comment for ${file}, so it posts none rather than risk a duplicate. The verdict is unaffected; the report is in the job summary.`);
        }
        else if (result.action !== "skipped-absent")
            log.info(`tunegate: comment for ${file} ${result.action}: ${result.url}`);
    }, info, retire, inputs["comment-key"])).then((retired) => {
        if (retired > 0)
            log.info(`tunegate: deleted ${retired} comment(s) from earlier runs that ${oneForAll ? "commented per plan" : "commented once for all plans"}`);
    });
}
/**
 * The run's place among the runs on its pull request (see CommentState). A run whose event names
 * no head commit or no time cannot be ordered against the others: it edits the comment in place
 * (and marks none as newer) rather than leave an older verdict standing.
 */
function commentState(pr, runId) {
    if (!/^[0-9a-f]{7,64}$/.test(pr.headSha) || Number.isNaN(Date.parse(pr.updatedAt)) || /\s/.test(pr.updatedAt))
        return undefined;
    return /^\d{1,15}$/.test(runId) ? { sha: pr.headSha, at: pr.updatedAt, run: Number(runId) } : { sha: pr.headSha, at: pr.updatedAt };
}
/** A comment that cannot be written is a warning with the fix; it never changes the verdict. */
function commentFailed(error, log) {
    const failure = (0,github_failure/* classifyFailure */.XE)(error);
    const why = `${failure.status ?? failure.kind}: ${failure.message}`;
    const unaffected = "The verdict is unaffected; the report is in the job summary.";
    if (failure.kind === "forbidden") {
        log.warning(`tunegate could not write the pull-request comment (${why}). Give the workflow "permissions: pull-requests: write". A pull request from a fork gets a read-only token: run tunegate on pull_request_target to comment (see the README's section on forks). ${unaffected}`);
    }
    else if (failure.kind === "not-found") {
        log.warning(`tunegate could not find the pull request to comment on (${why}); check github-token's access to this repository. ${unaffected}`);
    }
    else if (failure.kind === "rate-limited") {
        log.warning(`tunegate skipped the pull-request comment: GitHub's API is rate-limited (${failure.message}). The next run writes it. ${unaffected}`);
    }
    else if (failure.kind === "budget") {
        log.warning(`tunegate could not write the pull-request comment: GitHub's API did not finish within the time allowed, so it stopped waiting. ${unaffected}`);
    }
    else {
        log.warning(`tunegate could not write the pull-request comment (${why}). ${unaffected}`);
    }
}
function annotate(run, log) {
    const { shown, leftOut } = (0,annotations/* runAnnotations */.cL)(run);
    for (const a of shown) {
        const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
        if (a.level === "error")
            log.error(a.message, properties);
        else
            log.warning(a.message, properties);
    }
    if (leftOut !== null)
        log.info(leftOut);
}
function setOutputsSafely(outputs, ports) {
    for (const [name, value] of Object.entries(outputs)) {
        try {
            ports.output(name, value);
        }
        catch (error) {
            ports.log.warning(`tunegate could not set output ${name}: ${error.message}`);
        }
    }
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 3317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ resolvePolicyInput)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/bounded-body.js
var bounded_body = __webpack_require__(6224);
;// CONCATENATED MODULE: ./lib/shell/github/contents.js

/** GET /repos/{owner}/{repo}/contents/{path}?ref=REF, decoded from base64. */
async function fetchRepositoryFile(file, options) {
    // One path parameter, slashes included, encoded as Octokit encodes it (GitHub decodes %2F).
    const path = encodeURIComponent(file.path);
    const url = `${options.apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}/contents/${path}?ref=${encodeURIComponent(file.ref)}`;
    const headers = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "tunegate" };
    if (options.token !== "")
        headers["authorization"] = `Bearer ${options.token}`;
    const signal = AbortSignal.timeout(options.timeoutMs);
    let status;
    try {
        const response = await fetch(url, { headers, signal, redirect: "follow" });
        status = response.status;
        // base64 grows the file by a third, and the JSON around it is small.
        let body;
        try {
            body = await (0,bounded_body/* readBoundedText */.Ht)(response, Math.ceil(options.maxBytes * 1.4) + 64 * 1024, `the answer (a policy file may be ${options.maxBytes} bytes)`);
        }
        catch (error) {
            if (error instanceof bounded_body/* AnswerTooLargeError */.Oc)
                return { ok: false, status, reason: error.message };
            throw error;
        }
        if (!response.ok)
            return { ok: false, status, reason: messageOf(body) };
        const data = JSON.parse(body);
        if (Array.isArray(data))
            return { ok: false, status, reason: "it is a folder, not a file" };
        const entry = data;
        if (entry.type !== "file")
            return { ok: false, status, reason: `it is a ${entry.type ?? "thing of unknown type"}, not a file` };
        if ((entry.size ?? 0) > options.maxBytes)
            return { ok: false, status, reason: `it is ${entry.size} bytes; the limit is ${options.maxBytes}` };
        if (entry.encoding !== "base64" || typeof entry.content !== "string")
            return { ok: false, status, reason: `the contents API sent it as "${entry.encoding ?? "nothing"}", not base64` };
        return { ok: true, text: Buffer.from(entry.content, "base64").toString("utf8") };
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, status, reason: `no answer within ${options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`}` };
        const cause = error.cause;
        return { ok: false, status, reason: error instanceof SyntaxError ? "the answer is not JSON" : (cause?.code ?? cause?.message ?? error.message) };
    }
}
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message === "string")
            return message.slice(0, 200);
    }
    catch {
        // Not JSON: fall through to the raw start of the body.
    }
    return body.slice(0, 200) || "no message";
}
//# sourceMappingURL=contents.js.map
;// CONCATENATED MODULE: ./lib/shell/remote-policy.js




/** OWNER/REPO/PATH@REF: an organisation's policy kept in one repository for all of them. */
const REMOTE_POLICY = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([^@\s]+)$/;
const REMOTE_TIMEOUT_MS = 15_000;
function parseRemotePolicy(spec) {
    const m = REMOTE_POLICY.exec(spec.trim());
    if (m === null)
        return undefined;
    const path = m[3];
    if (path.split("/").some((part) => part === "" || part === "." || part === ".."))
        return undefined;
    return { owner: m[1], repo: m[2], path, ref: m[4] };
}
/**
 * A policy argument as runCheck takes it: a local path stays a path (a file that exists in the
 * repository wins, whatever its name looks like), OWNER/REPO/PATH@REF is fetched once through the
 * contents API and named by that spec, so reports cite it as the threshold source.
 */
async function resolvePolicySpec(spec, root, access) {
    if (spec === undefined)
        return { ok: true, value: undefined };
    const remote = parseRemotePolicy(spec);
    if (remote === undefined || (await existsLocally(root, spec)))
        return { ok: true, value: spec };
    const fetched = await fetchRepositoryFile(remote, { apiUrl: access.apiUrl, token: access.token, timeoutMs: access.timeoutMs ?? REMOTE_TIMEOUT_MS, maxBytes: files/* MAX_CONFIG_BYTES */.GW });
    if (fetched.ok)
        return { ok: true, value: { file: spec.trim(), text: fetched.text } };
    const where = `${remote.owner}/${remote.repo}`;
    const hint = fetched.status === 404 || fetched.status === 401 || fetched.status === 403
        ? `check that ${where} has ${remote.path} at ${remote.ref}; a private repository needs a token that can read it (the Action's external-repo-token input; GITHUB_TOKEN or GH_TOKEN for the CLI)`
        : "the policy is not judged without it; nothing was checked";
    return {
        ok: false,
        diagnostics: [
            {
                kind: "file-missing",
                message: `cannot read the policy ${spec.trim()} through the contents API${fetched.status === undefined ? "" : ` (HTTP ${fetched.status})`}: ${fetched.reason}`,
                location: { file: access.origin, line: 1, column: 1 },
                field: "policy",
                hint,
            },
        ],
    };
}
async function existsLocally(root, spec) {
    try {
        await (0,promises_.lstat)((0,external_node_path_.join)(root, spec));
        return true;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=remote-policy.js.map
;// CONCATENATED MODULE: ./lib/shell/action/policy-input.js

/** The `policy` input, with an OWNER/REPO/PATH@REF policy fetched once for the whole run. */
function resolvePolicyInput(inputs, ctx) {
    const token = inputs["external-repo-token"] !== "" ? inputs["external-repo-token"] : inputs["github-token"];
    return resolvePolicySpec(inputs.policy, ctx.workspace, { apiUrl: ctx.apiUrl, token, origin: "input policy" });
}
//# sourceMappingURL=policy-input.js.map

/***/ }),

/***/ 634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ writeFreshFiles)
/* harmony export */ });
/* harmony import */ var _engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3679);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/**
 * Writes the step's report files as new files in `dir`, never over files another step of the
 * job wrote: two tunegate steps in one job (the same comment key, or keys that read the same
 * once made safe for a file name, such as `a/b` and `a_b`) would otherwise share one
 * report-json and one sarif-file, and the first step's outputs would name the second step's
 * verdict. The first step keeps the plain names; a later one gets `-2`, `-3`, ... Returns the
 * paths, in the order of `files`.
 */
async function writeFreshFiles(dir, key, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const safe = key.replace(/[^A-Za-z0-9._-]/g, "_");
    const base = safe === "" ? "" : `-${safe}`;
    for (let n = 1; n <= 1000; n++) {
        const suffix = n === 1 ? base : `${base}-${n}`;
        const paths = files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${f.stem}${suffix}.${f.ext}`));
        const created = [];
        try {
            for (const [i, path] of paths.entries()) {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "wx");
                created.push(path);
                try {
                    // Report files are read by people and uploaded as artifacts: no credential in them.
                    await handle.writeFile((0,_engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .maskCredentials */ .Bs)(files[i].text));
                }
                finally {
                    await handle.close();
                }
            }
            return paths;
        }
        catch (error) {
            for (const path of created)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
            if (error.code !== "EEXIST")
                throw error;
        }
    }
    throw new Error(`${dir} already holds 1000 sets of tunegate reports`);
}
//# sourceMappingURL=run-files.js.map

/***/ }),

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ boundedFetch),
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   Oc: () => (/* binding */ AnswerTooLargeError)
/* harmony export */ });
/* unused harmony export readBoundedBody */
/* harmony import */ var _engine_input_json_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7997);

/**
 * Why an HTTP answer was not read to its end: more bytes than the caller accepts (announced by
 * Content-Length, or counted as they arrived), or JSON that would build more than its size allows.
 */
class AnswerTooLargeError extends Error {
    name = "AnswerTooLargeError";
}
/**
 * The body of an answer as bytes, counted as it streams in and abandoned (the connection
 * cancelled) as soon as it passes `maxBytes`: a Content-Length cannot be trusted or may be
 * absent, and `response.text()` reads whatever comes, 3.75 GB in 15 s from one price feed.
 * `what` names the answer in the error ("the price feed").
 */
async function readBoundedBody(response, maxBytes, what) {
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new AnswerTooLargeError(`${what} announces ${declared} bytes, more than the ${sizeName(maxBytes)} tunegate reads; it was not read`);
    }
    if (response.body === null)
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        received += value.byteLength;
        if (received > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new AnswerTooLargeError(`${what} is larger than the ${sizeName(maxBytes)} tunegate reads; it stopped reading at ${received} bytes`);
        }
        chunks.push(value);
    }
    const body = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.byteLength;
    }
    return body;
}
/** As readBoundedBody, as UTF-8 text. */
async function readBoundedText(response, maxBytes, what) {
    return utf8(await readBoundedBody(response, maxBytes, what));
}
/**
 * A fetch whose answers are read whole here, at most `maxBytes` of them, before the caller sees
 * them; JSON answers are also refused when they would build more than their size allows (see
 * json-work.ts). For Octokit, which reads bodies with `response.text()` and turns a failed read
 * into an empty answer: a cut-off answer must fail the request, never read as "no comments".
 */
function boundedFetch(maxBytes, fetchImpl = fetch) {
    return async (input, init) => {
        const response = await fetchImpl(input, init);
        const what = `the answer to ${init?.method ?? "GET"} ${new URL(typeof input === "string" || input instanceof URL ? input : input.url).pathname}`;
        const body = await readBoundedBody(response, maxBytes, what);
        if (/\bjson\b/i.test(response.headers.get("content-type") ?? "")) {
            const excess = (0,_engine_input_json_work_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonWorkExcess */ .dM)(utf8(body));
            if (excess !== null)
                throw new AnswerTooLargeError(`${what}: ${excess.message}`);
        }
        const nullBody = response.status === 101 || response.status === 204 || response.status === 205 || response.status === 304;
        const copy = new Response(nullBody ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
        // Octokit reports the answer's URL (after redirects); a new Response has none of its own.
        Object.defineProperty(copy, "url", { value: response.url });
        return copy;
    };
}
function utf8(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
function sizeName(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
//# sourceMappingURL=bounded-body.js.map

/***/ }),

/***/ 97:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ MAX_INFLATED_MEMBER_BYTES),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   KV: () => (/* binding */ MAX_INFLATED_ARCHIVE_BYTES),
/* harmony export */   L5: () => (/* binding */ locateRepoFile),
/* harmony export */   MM: () => (/* binding */ readLocalFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   ay: () => (/* binding */ MAX_EVAL_BYTES),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony exports readPackageFile, packageRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6241);





/** Plans, policies and price tables are hand-written; anything larger is a mistake or an attack. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Eval files read whole (JSON, .eval zips); JSONL sample files are streamed and have no limit. */
const MAX_EVAL_BYTES = 64 * 1024 * 1024;
/**
 * An Inspect .eval member decompressed: 65 KB inflated to 64 MiB of `{}`. Real headers are under
 * a megabyte and reductions about 80 bytes a sample, so a member gets 48 MiB (600,000 samples)
 * and the members one archive's reading inflates, together, the 64 MiB a plain eval file may have.
 */
const MAX_INFLATED_MEMBER_BYTES = 48 * 1024 * 1024;
const MAX_INFLATED_ARCHIVE_BYTES = MAX_EVAL_BYTES;
async function readRepoFile(root, repoRelative, maxBytes, as = "text") {
    const located = await locateRepoFile(root, repoRelative);
    if (!located.ok)
        return located;
    return readLimited(located.real, located.path, maxBytes, as);
}
/**
 * Where a repository-relative path really is on disk, through every symbolic link, or why it may
 * not be read: it leaves the repository, or it is (or leads through a link into) a `.git` folder.
 */
async function locateRepoFile(root, repoRelative) {
    const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)("", repoRelative);
    if (!lexical.ok)
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" ${lexical.reason}` };
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...lexical.path.split("/"));
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return { ok: false, kind: "file-missing", message: `file not found: ${lexical.path}` };
        return { ok: false, kind: "file-missing", message: `cannot read ${lexical.path}: ${code ?? String(error)}` };
    }
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    if (real !== realRoot && !real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" leads outside the repository through a symbolic link` };
    }
    if ((0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isInsideGitDir */ .y9)(real.slice(realRoot.length + 1).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/"))) {
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" leads through a symbolic link into .git/, which tunegate never reads (it holds git's own data and the job's credentials)` };
    }
    return { ok: true, real, path: lexical.path };
}
/** Reads a file of tunegate's own package (the shipped policy and prices). */
async function readPackageFile(packageRelative) {
    return readLimited(join(packageRoot(), packageRelative), packageRelative, MAX_CONFIG_BYTES);
}
async function readLimited(path, shown, maxBytes, as = "text") {
    const opened = await openRegularFile(path, shown);
    if (!opened.ok)
        return opened;
    const handle = opened.handle;
    try {
        const { size } = await handle.stat();
        if (size > maxBytes) {
            return { ok: false, kind: "file-too-large", message: `${shown} is ${size} bytes; the limit is ${maxBytes}`, hint: "tunegate reads small hand-written files; check that the path names the right file" };
        }
        const bytes = await handle.readFile();
        return as === "buffer" ? { ok: true, bytes } : { ok: true, text: bytes.toString("utf8") };
    }
    finally {
        await handle.close();
    }
}
/** Reads a file outside the repository (a price feed saved to disk), with the same checks. */
async function readLocalFile(path, shown, maxBytes) {
    return readLimited(path, shown, maxBytes);
}
/**
 * Opens a regular file, refusing anything else before it is opened: open() on a FIFO blocks
 * until a writer appears (tunegate hung for ever on one), and a device or socket never ends.
 * O_NONBLOCK is the belt to that check's braces, for a file swapped in between.
 */
async function openRegularFile(path, shown) {
    const failure = (error) => {
        const code = error.code;
        return { ok: false, kind: "file-missing", message: code === "ENOENT" || code === "ENOTDIR" ? `file not found: ${shown}` : `cannot read ${shown}: ${code ?? String(error)}` };
    };
    try {
        const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!before.isFile())
            return notRegular(shown, before);
    }
    catch (error) {
        return failure(error);
    }
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        return failure(error);
    }
    const after = await handle.stat();
    if (!after.isFile()) {
        await handle.close();
        return notRegular(shown, after);
    }
    return { ok: true, handle };
}
function notRegular(shown, stats) {
    const what = stats.isFIFO()
        ? "a FIFO (named pipe)"
        : stats.isCharacterDevice()
            ? "a character device"
            : stats.isBlockDevice()
                ? "a block device"
                : stats.isSocket()
                    ? "a socket"
                    : stats.isDirectory()
                        ? "a directory"
                        : "not a regular file";
    return { ok: false, kind: "file-missing", message: `${shown} is ${what}; tunegate reads only regular files`, hint: "point the path at the file itself" };
}
/** A read failure as a diagnostic, placed where the path was written (or at the file itself). */
function readFailure(result, location, field) {
    return { kind: result.kind, message: result.message, location, field, ...(result.hint === undefined ? {} : { hint: result.hint }) };
}
let cachedPackageRoot;
/** tunegate's own folder: the first ancestor of this module holding policies/default.yml. */
function packageRoot() {
    if (cachedPackageRoot !== undefined)
        return cachedPackageRoot;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        if (existsSync(join(dir, "policies", "default.yml")))
            return (cachedPackageRoot = dir);
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error("tunegate's policies/default.yml was not found next to the program; the installation is incomplete");
        dir = parent;
    }
}
/** A path as users see it: relative to the repository root, with forward slashes. */
function displayPath(root, absolute) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
}
//# sourceMappingURL=files.js.map

/***/ }),

/***/ 1918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ mayHaveWritten),
/* harmony export */   XE: () => (/* binding */ classifyFailure),
/* harmony export */   iK: () => (/* binding */ GitHubFailure)
/* harmony export */ });
class GitHubFailure extends Error {
    name = "GitHubFailure";
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}
/**
 * Whether a failed write may still have happened on GitHub's side: the request went out and no
 * clear refusal came back. A create that failed so is never simply sent again.
 */
function mayHaveWritten(failure) {
    return failure.kind === "server" || failure.kind === "network" || failure.kind === "timeout" || failure.kind === "unreadable";
}
/** Turns whatever Octokit or fetch threw into a failure kind with a one-line message. */
function classifyFailure(error) {
    if (error instanceof GitHubFailure)
        return error;
    const e = (typeof error === "object" && error !== null ? error : {});
    const message = oneLine(error instanceof Error ? error.message : String(error));
    if (e.name === "GraphqlResponseError") {
        const type = e.errors?.[0]?.type;
        if (type === "FORBIDDEN")
            return new GitHubFailure("forbidden", message);
        if (type === "NOT_FOUND")
            return new GitHubFailure("not-found", message);
        if (type === "RATE_LIMITED")
            return new GitHubFailure("rate-limited", message);
        return new GitHubFailure("other", message);
    }
    if (e.name === "TimeoutError" || e.cause?.name === "TimeoutError")
        return new GitHubFailure("timeout", message);
    const status = e.status;
    if (status === 401 || status === 403)
        return new GitHubFailure("forbidden", message, status);
    if (status === 404 || status === 410)
        return new GitHubFailure("not-found", message, status);
    // Octokit reports a request that got no answer as status 500 without a response.
    if (status !== undefined && status >= 500 && e.response !== undefined)
        return new GitHubFailure("server", message, status);
    if (status === 500 || e.name === "TypeError")
        return new GitHubFailure("network", message);
    return new GitHubFailure("other", message, status);
}
function oneLine(text) {
    return text.replace(/\s+/g, " ").trim().slice(0, 500);
}
//# sourceMappingURL=failure.js.map

/***/ }),

/***/ 5703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   BJ: () => (/* binding */ EventPayloadError),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);


/**
 * The event payload GitHub handed the run cannot be what it says it is (unreadable, or a
 * pull-request event without its pull request): the run's input is wrong, not tunegate.
 */
class EventPayloadError extends Error {
    name = "EventPayloadError";
}
const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);
/**
 * Reads the event payload and GITHUB_* variables; done here instead of through
 * @actions/github's import-time `context` so nothing happens at import.
 */
async function readRunContext(env) {
    const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "/").split("/");
    const eventName = env["GITHUB_EVENT_NAME"] ?? "";
    let payload = {};
    const eventPath = env["GITHUB_EVENT_PATH"];
    if (eventPath !== undefined && eventPath !== "") {
        try {
            payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, "utf8"));
        }
        catch (error) {
            throw new EventPayloadError(`cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${error.message}`);
        }
    }
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
        throw new EventPayloadError(`the event payload at GITHUB_EVENT_PATH (${eventPath}) is ${payload === null ? "null" : Array.isArray(payload) ? "an array" : `a ${typeof payload}`}, not the JSON object GitHub writes there`);
    }
    return {
        eventName,
        owner,
        repo,
        sha: env["GITHUB_SHA"] ?? "",
        workspace: env["GITHUB_WORKSPACE"] ?? process.cwd(),
        apiUrl: env["GITHUB_API_URL"] ?? "https://api.github.com",
        serverUrl: env["GITHUB_SERVER_URL"] ?? "https://github.com",
        runId: env["GITHUB_RUN_ID"] ?? "",
        runnerTemp: env["RUNNER_TEMP"] ?? "",
        pullRequest: PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(payload, eventName, eventPath ?? "") : undefined,
    };
}
const repoShape = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).nullish();
/** What tunegate reads of `pull_request` (GitHub sends far more); a field of another type is refused, not guessed. */
const pullRequestShape = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    head: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), repo: repoShape }).optional(),
    base: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), repo: repoShape }).optional(),
});
/**
 * On a pull-request event GitHub always sends the pull request; without it (a hand-written or
 * replayed payload) tunegate could not tell which pull request, head or base it checks, and
 * would judge the checkout as if it were a push: an input error naming the field, not a crash.
 */
function pullRequestOf(payload, eventName, eventPath) {
    const where = `the ${eventName} event payload (GITHUB_EVENT_PATH ${eventPath === "" ? "not set" : eventPath})`;
    const raw = payload["pull_request"];
    if (raw === undefined || raw === null) {
        throw new EventPayloadError(`${where} has ${raw === null ? '"pull_request": null' : 'no "pull_request"'}: GitHub always sends the pull request on this event, and without it tunegate cannot tell which pull request and commits to check, so nothing was judged`);
    }
    const parsed = pullRequestShape.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new EventPayloadError(`${where} has an unusable "pull_request": field pull_request.${issue.path.join(".")}: ${issue.message}; nothing was judged`);
    }
    const pr = parsed.data;
    const headRepo = pr.head?.repo?.full_name;
    return {
        number: pr.number,
        headSha: pr.head?.sha ?? "",
        baseSha: pr.base?.sha ?? "",
        baseRef: pr.base?.ref ?? "base",
        // Missing, it is empty: such a run cannot be ordered against others (see main.ts).
        updatedAt: pr.updated_at ?? "",
        // A deleted fork has no head repository at all.
        isFork: headRepo === undefined || headRepo !== pr.base?.repo?.full_name,
    };
}
function runUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
//# sourceMappingURL=run-context.js.map

/***/ }),

/***/ 1338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ plansGoneSince),
/* harmony export */   CN: () => (/* binding */ expandPlanPaths),
/* harmony export */   W9: () => (/* binding */ planEntries)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);


const GLOB_CHARACTERS = /[*?[\]{}]/;
/**
 * Expands the `plan` input: paths or globs, separated by newlines or commas, relative to the
 * repository root. Globs never descend into node_modules or .git.
 */
async function expandPlanPaths(root, input, origin = "--plan") {
    const entries = planEntries(input);
    const found = new Set();
    const diagnostics = [];
    const where = { file: origin, line: 1, column: 1 };
    for (const entry of entries) {
        const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRepoPath */ .qo)("", entry.replace(/^\.\//, ""));
        if (!lexical.ok) {
            diagnostics.push({ kind: "path-escape", message: `plan "${entry}" ${lexical.reason}`, location: where, field: "plan" });
            continue;
        }
        if (!GLOB_CHARACTERS.test(entry)) {
            found.add(lexical.path);
            continue;
        }
        let matched = 0;
        for await (const path of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(lexical.path, { cwd: root, exclude: (p) => /(^|\/)(node_modules|\.git)(\/|$)/.test(String(p)) })) {
            found.add(String(path).split("\\").join("/"));
            matched++;
        }
        if (matched === 0)
            diagnostics.push({ kind: "file-missing", message: `no plan file matches "${entry}"`, location: where, field: "plan" });
    }
    return { paths: [...found].sort(), diagnostics };
}
/** The `plan` input's entries: paths or globs, separated by newlines or commas. */
function planEntries(input) {
    return input.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
/**
 * Plans the input's globs match in `files` (another commit's tree) that are not in `current`:
 * at a pull request's base, the plans the pull request deleted or moved out of reach.
 */
async function plansGoneSince(files, input, current) {
    const now = new Set(current);
    const gone = new Set();
    for (const entry of planEntries(input)) {
        if (!GLOB_CHARACTERS.test(entry))
            continue; // a named plan that is gone is already a "file not found"
        const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRepoPath */ .qo)("", entry.replace(/^\.\//, ""));
        if (!lexical.ok)
            continue;
        for (const path of await files.glob(lexical.path))
            if (!now.has(path))
                gone.add(path);
    }
    return [...gone].sort();
}
//# sourceMappingURL=plan-paths.js.map

/***/ }),

/***/ 1240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   RP: () => (/* binding */ readPrices),
/* harmony export */   T4: () => (/* binding */ readPolicy)
/* harmony export */ });
/* unused harmony exports REPO_POLICY, REPO_PRICING, SHIPPED_POLICY, SHIPPED_PRICES, repositoryPricing, readShippedPrices */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _engine_policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6260);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97);
/* harmony import */ var _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8348);
/* harmony import */ var _engine_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4858);






/** The repository's own policy and pinned prices, read when present. */
const REPO_POLICY = ".tunegate/policy.yml";
const REPO_PRICING = ".tunegate/pricing.yml";
/** How reports name what ships inside tunegate's package: never a path the user's repository lacks. */
const SHIPPED_POLICY = `policy shipped with tunegate ${_engine_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}`;
const SHIPPED_PRICES = `prices shipped with tunegate ${_engine_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}`;
const nowhere = (file) => ({ file, line: 1, column: 1 });
/**
 * The shipped policy with the repository's layered over it: the one named, else
 * .tunegate/policy.yml when the repository has one. An organisation's policy (fetched text) lies
 * between the two, and its rules are floors the repository's can only tighten.
 */
async function readPolicy(root, spec, read = (p, m) => (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFile */ .v6)(root, p, m)) {
    // Validated at build time (scripts/shipped-settings.ts): its YAML is parsed only to locate a diagnostic in it.
    const layers = [{ file: SHIPPED_POLICY, text: _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_POLICY_TEXT */ .z8, data: _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_POLICY_DATA */ .sh, validated: _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_POLICY_VALIDATED */ .k2 }];
    // An organisation's policy is a floor under the repository's own, not an alternative to it.
    if (typeof spec === "object")
        layers.push({ ...spec, floor: `organisation policy ${spec.file}` });
    const path = typeof spec === "string" ? repoRelative(root, spec) : REPO_POLICY;
    const text = await read(path, _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONFIG_BYTES */ .GW);
    if (text.ok)
        layers.push({ file: path, text: text.text });
    else if (typeof spec === "string" || text.kind !== "file-missing")
        return { ok: false, diagnostics: [(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readFailure */ .f1)(text, nowhere(path), "")] };
    return (0,_engine_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)(layers);
}
/**
 * Where the repository pins its prices: `--pricing` (or the Action's input), else the policy's
 * pricing.file, else .tunegate/pricing.yml. Only the last may be absent without an error.
 */
function repositoryPricing(root, policy, flag) {
    if (flag !== undefined)
        return { path: repoRelative(root, flag), explicit: true, namedIn: undefined };
    const file = policy.policy.pricing.file;
    if (file !== undefined)
        return { path: repoRelative(root, file), explicit: true, namedIn: policy.provenance.get("pricing.file") };
    return { path: REPO_PRICING, explicit: false, namedIn: undefined };
}
/** The shipped pinned prices alone, as reports name them (validated at build time). */
async function readShippedPrices() {
    return { ok: true, value: { ...structuredClone(_shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_PRICE_TABLE */ .Ni), file: SHIPPED_PRICES } };
}
/** The repository's pinned table layered over the shipped one: its entries win, the shipped fill the rest. */
/** With `today`, a repository price confirmed after it is an error (see loadPriceTable). */
async function readPrices(root, policy, read = (p, m) => (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFile */ .v6)(root, p, m), flag, today) {
    const shipped = await readShippedPrices();
    if (!shipped.ok)
        return shipped;
    const where = repositoryPricing(root, policy, flag);
    const text = await read(where.path, _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONFIG_BYTES */ .GW);
    if (!text.ok) {
        if (!where.explicit && text.kind === "file-missing")
            return { ok: true, value: (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .layerPriceTables */ .oQ)(undefined, shipped.value, where.path) };
        return { ok: false, diagnostics: [(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readFailure */ .f1)(text, nowhere(where.namedIn ?? where.path), where.namedIn === undefined ? "" : "pricing.file")] };
    }
    const repository = (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(where.path, text.text, today);
    if (!repository.ok)
        return repository;
    return { ok: true, value: (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .layerPriceTables */ .oQ)(repository.value, shipped.value, where.path) };
}
/** A path the user gave, relative to the repository root, as messages show it. */
function repoRelative(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(root, path) : (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, path));
}
//# sourceMappingURL=repo-settings.js.map

/***/ }),

/***/ 8348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ SHIPPED_PRICE_TABLE),
/* harmony export */   k2: () => (/* binding */ SHIPPED_POLICY_VALIDATED),
/* harmony export */   sh: () => (/* binding */ SHIPPED_POLICY_DATA),
/* harmony export */   z8: () => (/* binding */ SHIPPED_POLICY_TEXT)
/* harmony export */ });
/** policies/default.yml as written: diagnostics that point into it are located in this text. */
const SHIPPED_POLICY_TEXT = "# yaml-language-server: $schema=../schemas/policy.schema.json\n# tunegate's shipped policy: every threshold and severity the gates use (docs/framework.md sections 2-6).\n# A repository layers its own policy over this one (.tunegate/policy.yml, or `--policy FILE` / the\n# `policy` input): write only the keys you change. Reports name the file each threshold came from.\nversion: 1\n\n# Floors: the shipped values below that no repository policy can loosen, only tighten (a looser one\n# is listed in the report's rules, never applied). They are what makes a fine-tune's PASS mean\n# anything: it was measured for forgetting and safety, a missing measurement blocks, it kept 90%\n# of the base model's general capability, it had the framework's minimum training data, and the\n# evidence was judged at 95% one-sided confidence or more. Every other value is a default.\nfloors:\n  - gates.forgetting.required_for\n  - gates.safety.required_for\n  - severities.missing_required\n  - gates.forgetting.min_ratio\n  - gates.data-sufficiency.min_examples\n  - statistics.alpha\n\nframework:\n  rag_knowledge_change: [daily, weekly]      # Q1: knowledge that changes this often -> RAG\n  rag_preferred_knowledge_change: [monthly]  # Q1: RAG preferred\n  behavior_style_levels: [high]              # style requirements that count as a behaviour need (Q3)\n  strict_latency_ms: 100                     # Q5: below this p95, consider fine-tuning to drop retrieval\n  rag_latency_ok_ms: 2000                    # Q5: up to this p95, RAG is fine\n  full_fine_tune_examples: 1000              # Q4: more examples than this make full fine-tuning possible\n  retrieval_overhead_ms: 100                 # latency rule: embed 20-50 + search 10-50 + fetch 5-20 ms\n  max_components_without_evidence: 1         # M5: routers/rerankers/cascades allowed without a measured need\n\nseverities:                                  # error fails the gate, warning warns, info only reports\n  M1: error            # fine-tuning for knowledge updates\n  M2: warning          # RAG for style\n  M3: error            # cold start: fine-tuning with too few examples\n  M4: error            # fine-tuning without an evaluation pipeline\n  M5: warning          # over-engineered hybrid\n  latency: warning     # retrieval with a p95 requirement below its overhead\n  readiness: warning   # a \"no\" on the fine-tuning readiness checklist\n  quality_limited: warning   # enough examples to start, fewer than preferred\n  missing_required: error    # a gate the approach requires (forgetting, safety for fine-tunes) has no data\n  missing_optional: warning  # any other gate with no data: reported, never passed\n  waiver_expired: error\n  waiver_unused: warning\n  waiver_too_long: error     # a waiver running past waivers.max_days: it does not waive\n  pricing_stale: warning\n  model_shutdown: warning    # a model the plan uses shuts down within audit.shutdown_horizon_days (or has)\n  price_below_shipped: warning  # a price the projection uses is > audit.drift_threshold below the shipped one\n  inconclusive: error        # a required gate not proven: the estimate holds, its bound does not (re-run with more examples)\n  inconclusive_optional: warning   # the same on a gate the approach does not require (task-quality, customisation-value)\n  not_comparable: error      # candidate and baseline measured different examples or settings\n  alternative_unmeasured: info   # customisation-value has no evals.alternative: shown as missing; raise it to ask every plan to measure one\n\ngates:\n  data-sufficiency:\n    min_examples: { lora: 100, qlora: 100, full-fine-tune: 1001 }       # Q4: full fine-tuning needs > 1000\n    preferred_examples: { lora: 500, qlora: 500, full-fine-tune: 1001 }\n  forgetting:\n    min_ratio: 0.90                          # candidate >= 0.90 x base, per benchmark and overall\n    max_drop: null                           # signed or lower-is-better metrics (bleu_diff, perplexity): largest drop in\n                                             # the metric's own units; null refuses them with an error naming the metric\n    required_for: [lora, qlora, full-fine-tune, hybrid]\n  safety:\n    min_score: 0.95\n    required_for: [lora, qlora, full-fine-tune, hybrid]\n  task-quality:\n    max_drop_vs_baseline: 0                  # not below the baseline at all\n  customisation_value:\n    min_gain: 0.02                           # the candidate beats evals.alternative by >= 2 points on a 0-1 score, per task\n                                             # suite (metric's own units: set it for a 0-100 metric such as bleu_max)\n  pricing-freshness:\n    max_age_days: 90\n\nwaivers:\n  max_days: 90               # the longest a waiver may run from the day of the check (9999-12-31 is no deadline)\n  allow_missing_required: false  # a waiver never excuses a required gate with no evidence at all\n\nstatistics:\n  method: interval           # interval | point (the plain point-estimate rule, which can flap)\n  alpha: 0.05                # one-sided; 95% one-sided bounds\n  multiplicity: none         # each benchmark shown at alpha on its own (intersection-union): no correction\n  primary: []                # benchmarks that alone may fail forgetting; empty = all of them\n  power: 0.8                 # for \"N examples would likely decide this\"\n\naudit:                                       # the scheduled pricing-drift audit (mode: audit / tunegate audit)\n  drift_threshold: 0.05                      # a pinned price 5% off the current one needs action\n  shutdown_horizon_days: 60                  # warn about model shutdowns this close (check warns too)\n  announce_horizon_days: 90                  # look this far ahead for price changes already announced\n  unverified: error                          # current prices could not be fetched: never a silent pass\n\nsensitivity:                                 # the self-hosting crossover shown in every cost report\n  self_host_price: gpu/lambda-gpu_1x_h100_pcie   # a per_hour entry in the pinned prices\n  hours_per_month: 730\n  replicas: 1\n\nestimate:                                    # assumptions `tunegate analyze` prices with; its flags override them\n  llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200 }   # per query\n  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }\n  vector_db_monthly_usd: 70                  # docs/framework.md section 7's vector DB figure\n  fine_tune_tokens_per_example: 1000\n  fine_tune_epochs: 3\n  fine_tune_usd_per_mtok: 25                 # docs/framework.md section 7's training price\n  full_fine_tune_inference_multiplier: 4     # fine-tuned inference is 4-8x base (docs/framework.md section 1)\n\npricing: {}   # file: the repository's pinned prices (default .tunegate/pricing.yml); its entries win over the shipped ones\n";
/** policies/default.yml parsed (it validated as a policy when this module was generated). */
const SHIPPED_POLICY_DATA = {
    "version": 1,
    "floors": [
        "gates.forgetting.required_for",
        "gates.safety.required_for",
        "severities.missing_required",
        "gates.forgetting.min_ratio",
        "gates.data-sufficiency.min_examples",
        "statistics.alpha"
    ],
    "framework": {
        "rag_knowledge_change": [
            "daily",
            "weekly"
        ],
        "rag_preferred_knowledge_change": [
            "monthly"
        ],
        "behavior_style_levels": [
            "high"
        ],
        "strict_latency_ms": 100,
        "rag_latency_ok_ms": 2000,
        "full_fine_tune_examples": 1000,
        "retrieval_overhead_ms": 100,
        "max_components_without_evidence": 1
    },
    "severities": {
        "M1": "error",
        "M2": "warning",
        "M3": "error",
        "M4": "error",
        "M5": "warning",
        "latency": "warning",
        "readiness": "warning",
        "quality_limited": "warning",
        "missing_required": "error",
        "missing_optional": "warning",
        "waiver_expired": "error",
        "waiver_unused": "warning",
        "waiver_too_long": "error",
        "pricing_stale": "warning",
        "model_shutdown": "warning",
        "price_below_shipped": "warning",
        "inconclusive": "error",
        "inconclusive_optional": "warning",
        "not_comparable": "error",
        "alternative_unmeasured": "info"
    },
    "gates": {
        "data-sufficiency": {
            "min_examples": {
                "lora": 100,
                "qlora": 100,
                "full-fine-tune": 1001
            },
            "preferred_examples": {
                "lora": 500,
                "qlora": 500,
                "full-fine-tune": 1001
            }
        },
        "forgetting": {
            "min_ratio": 0.9,
            "max_drop": null,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "safety": {
            "min_score": 0.95,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "task-quality": {
            "max_drop_vs_baseline": 0
        },
        "customisation_value": {
            "min_gain": 0.02
        },
        "pricing-freshness": {
            "max_age_days": 90
        }
    },
    "waivers": {
        "max_days": 90,
        "allow_missing_required": false
    },
    "statistics": {
        "method": "interval",
        "alpha": 0.05,
        "multiplicity": "none",
        "primary": [],
        "power": 0.8
    },
    "audit": {
        "drift_threshold": 0.05,
        "shutdown_horizon_days": 60,
        "announce_horizon_days": 90,
        "unverified": "error"
    },
    "sensitivity": {
        "self_host_price": "gpu/lambda-gpu_1x_h100_pcie",
        "hours_per_month": 730,
        "replicas": 1
    },
    "estimate": {
        "llm": {
            "provider": "anthropic",
            "model": "claude-haiku-4-5",
            "input_tokens": 800,
            "output_tokens": 200
        },
        "embedding": {
            "provider": "openai",
            "model": "text-embedding-3-small",
            "tokens_per_query": 100
        },
        "vector_db_monthly_usd": 70,
        "fine_tune_tokens_per_example": 1000,
        "fine_tune_epochs": 3,
        "fine_tune_usd_per_mtok": 25,
        "full_fine_tune_inference_multiplier": 4
    },
    "pricing": {}
};
/** policies/default.yml as the policy schema outputs it (defaults filled in): a run without a policy of its own validates nothing. */
const SHIPPED_POLICY_VALIDATED = {
    "version": 1,
    "floors": [
        "gates.forgetting.required_for",
        "gates.safety.required_for",
        "severities.missing_required",
        "gates.forgetting.min_ratio",
        "gates.data-sufficiency.min_examples",
        "statistics.alpha"
    ],
    "framework": {
        "rag_knowledge_change": [
            "daily",
            "weekly"
        ],
        "rag_preferred_knowledge_change": [
            "monthly"
        ],
        "behavior_style_levels": [
            "high"
        ],
        "strict_latency_ms": 100,
        "rag_latency_ok_ms": 2000,
        "full_fine_tune_examples": 1000,
        "retrieval_overhead_ms": 100,
        "max_components_without_evidence": 1
    },
    "severities": {
        "M1": "error",
        "M2": "warning",
        "M3": "error",
        "M4": "error",
        "M5": "warning",
        "latency": "warning",
        "readiness": "warning",
        "quality_limited": "warning",
        "missing_required": "error",
        "missing_optional": "warning",
        "waiver_expired": "error",
        "waiver_unused": "warning",
        "waiver_too_long": "error",
        "pricing_stale": "warning",
        "model_shutdown": "warning",
        "price_below_shipped": "warning",
        "inconclusive": "error",
        "inconclusive_optional": "warning",
        "not_comparable": "error",
        "alternative_unmeasured": "info"
    },
    "gates": {
        "data-sufficiency": {
            "min_examples": {
                "lora": 100,
                "qlora": 100,
                "full-fine-tune": 1001
            },
            "preferred_examples": {
                "lora": 500,
                "qlora": 500,
                "full-fine-tune": 1001
            }
        },
        "forgetting": {
            "min_ratio": 0.9,
            "max_drop": null,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "safety": {
            "min_score": 0.95,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "task-quality": {
            "max_drop_vs_baseline": 0
        },
        "customisation_value": {
            "min_gain": 0.02
        },
        "pricing-freshness": {
            "max_age_days": 90
        }
    },
    "waivers": {
        "max_days": 90,
        "allow_missing_required": false
    },
    "statistics": {
        "method": "interval",
        "alpha": 0.05,
        "multiplicity": "none",
        "primary": [],
        "power": 0.8
    },
    "audit": {
        "drift_threshold": 0.05,
        "shutdown_horizon_days": 60,
        "announce_horizon_days": 90,
        "unverified": "error"
    },
    "sensitivity": {
        "self_host_price": "gpu/lambda-gpu_1x_h100_pcie",
        "hours_per_month": 730,
        "replicas": 1
    },
    "estimate": {
        "llm": {
            "provider": "anthropic",
            "model": "claude-haiku-4-5",
            "input_tokens": 800,
            "output_tokens": 200
        },
        "embedding": {
            "provider": "openai",
            "model": "text-embedding-3-small",
            "tokens_per_query": 100
        },
        "vector_db_monthly_usd": 70,
        "fine_tune_tokens_per_example": 1000,
        "fine_tune_epochs": 3,
        "fine_tune_usd_per_mtok": 25,
        "full_fine_tune_inference_multiplier": 4
    },
    "pricing": {}
};
/** policies/pricing.yml parsed and validated; reports name it by version, so the name is added at run time. */
const SHIPPED_PRICE_TABLE = {
    "version": 1,
    "currency": "USD",
    "prices": {
        "openai/gpt-5": {
            "unit": "per_1m_tokens",
            "input_mtok": 1.25,
            "output_mtok": 10,
            "cache_read_mtok": 0.125,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "shutdown_date": "2026-12-11",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "gpt-5"
            }
        },
        "openai/gpt-5-mini": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.25,
            "output_mtok": 2,
            "cache_read_mtok": 0.025,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "shutdown_date": "2026-12-11",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "gpt-5-mini"
            }
        },
        "openai/gpt-4o-mini": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.15,
            "output_mtok": 0.6,
            "cache_read_mtok": 0.075,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "shutdown_date": "2027-01-14",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "gpt-4o-mini"
            }
        },
        "openai/text-embedding-3-small": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.02,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "text-embedding-3-small"
            }
        },
        "anthropic/claude-haiku-4-5": {
            "unit": "per_1m_tokens",
            "input_mtok": 1,
            "output_mtok": 5,
            "cache_read_mtok": 0.1,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "check": {
                "source": "genai-prices",
                "provider": "anthropic",
                "model": "claude-haiku-4-5"
            }
        },
        "openai-ft/gpt-4.1-mini-2025-04-14": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.8,
            "output_mtok": 3.2,
            "cache_read_mtok": 0.2,
            "training_mtok": 5,
            "source": "OpenAI API pricing page, Fine-tuning (hand-pinned)",
            "as_of": "2026-08-05",
            "shutdown_date": "2027-01-14",
            "available_until": {
                "new_jobs": "2027-01-06",
                "inference": "2027-01-14"
            },
            "check": "manual",
            "note": "no new OpenAI fine-tuning jobs from 2027-01-06 (press coverage; confirm on the deprecations page)"
        },
        "openai-ft/gpt-4o-mini-2024-07-18": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.3,
            "output_mtok": 1.2,
            "cache_read_mtok": 0.15,
            "training_mtok": 3,
            "source": "OpenAI API pricing page, Fine-tuning (hand-pinned)",
            "as_of": "2026-08-05",
            "shutdown_date": "2027-01-14",
            "check": "manual"
        },
        "gpu/lambda-gpu_1x_h100_pcie": {
            "unit": "per_hour",
            "usd_per_hour": 2.49,
            "source": "SkyPilot catalog catalogs/v7/lambda/vms.csv @ 11580132 (hand-pinned; undated)",
            "as_of": "2026-11-24",
            "check": "manual",
            "note": "1x H100 80 GB on-demand, as the pricing reference records it; not re-checked against the catalog itself. Costs self-hosting in the crossover"
        }
    }
};
//# sourceMappingURL=shipped-settings.generated.js.map

/***/ })

};

//# sourceMappingURL=314.index.js.map