export const id = 751;
export const ids = [751];
export const modules = {

/***/ 751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ estimateCost),
/* harmony export */   fu: () => (/* binding */ breakEvenMonthlyQueries),
/* harmony export */   oF: () => (/* binding */ FINE_TUNED_SUFFIX)
/* harmony export */ });
/* harmony import */ var _input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(890);
/* harmony import */ var _input_lookalike_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2588);
/* harmony import */ var _price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2162);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6788);




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
    for (const [index, other] of (cost.other ?? []).entries())
        outcomes.push(...flatItems(`other:${other.name}`, other.name, other, ["cost", "other", index]));
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
            unpriced: outcomes.flatMap((o) => ("unpriced" in o ? [o.unpriced] : [])),
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
    const served = llm.fine_tuned === true ? fineTunedPricing(llm, path, prices) : { price: llm };
    if ("unpriced" in served)
        return served;
    const problems = [];
    if (llm.input_tokens === undefined)
        problems.push(missing([...path, "input_tokens"], "input tokens per call"));
    if (llm.output_tokens === undefined)
        problems.push(missing([...path, "output_tokens"], "output tokens per call"));
    const resolved = resolveTokenPrice(served.price, path, prices, problems);
    if (problems.length > 0 || resolved === undefined)
        return { problems };
    const input = llm.input_tokens;
    const output = llm.output_tokens;
    const perCall = (input * resolved.input + output * resolved.output) / PER_MILLION;
    const perQuery = perCall * llm.calls_per_query;
    const calls = llm.calls_per_query === 1 ? "" : ` x ${llm.calls_per_query} calls`;
    const rates = resolved.input === resolved.output
        ? `${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(input + output)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(resolved.input)}/1M`
        : `(${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(input)} in x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(resolved.input)} + ${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(output)} out x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(resolved.output)})/1M`;
    return {
        item: llmCostItem(llm, perQuery, queries, `${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(queries)} queries${calls} x ${rates}`, resolved.source),
        rates: resolved.rates,
        ...(resolved.price === undefined ? {} : { price: resolved.price }),
    };
}
/** The suffix the pinned table gives a provider's fine-tuned inference prices (openai-ft/...). */
const FINE_TUNED_SUFFIX = "-ft";
/**
 * What a fine-tuned model's tokens are priced from: the plan's own rates, else the pinned
 * `<provider>-ft/<model>` entry (a published fine-tuned price, with its source and date). The
 * base model's price is never used: fine-tuned inference is priced apart (OpenAI charges twice
 * the base). With neither, the serving cost is unpriced, not zero.
 */
function fineTunedPricing(llm, path, prices) {
    const ownPrice = llm.usd_per_mtok !== undefined || llm.input_usd_per_mtok !== undefined || llm.output_usd_per_mtok !== undefined;
    if (ownPrice || llm.provider === undefined || llm.model === undefined || llm.provider.endsWith(FINE_TUNED_SUFFIX))
        return { price: llm };
    const provider = `${llm.provider}${FINE_TUNED_SUFFIX}`;
    if ((0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .findPinnedPrice */ .ZW)(prices, provider, llm.model) !== undefined)
        return { price: { ...llm, provider } };
    const known = (0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .modelsOf */ .Wh)(prices, provider);
    const pinned = known.length === 0
        ? `no ${provider}/ entry is pinned in ${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLayers */ .MS)(prices)}`
        : `${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLayers */ .MS)(prices)} pins ${provider}/ prices for ${known.join(", ")} only`;
    return {
        unpriced: {
            id: "llm",
            label: `LLM inference (${llm.model}, fine-tuned)`,
            path: [...path, "fine_tuned"],
            summary: `serving the fine-tuned ${llm.provider}/${llm.model} has no price: ${pinned}, and the base model's price is not a fine-tune's${misspeltBase(llm.provider, llm.model, prices)}`,
            fix: `give input_usd_per_mtok and output_usd_per_mtok in cost.llm from ${llm.provider}'s price list for fine-tuned models, or pin ${provider}/${llm.model} (source, as_of) in the repository's prices`,
        },
    };
}
/**
 * A base model no table knows, with a near name that it does: likely a typo, which an unpriced
 * fine-tune would otherwise hide (the base model's price is not needed, so no "unknown model").
 */
function misspeltBase(provider, model, prices) {
    if ((0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .findPinnedPrice */ .ZW)(prices, provider, model) !== undefined)
        return "";
    const near = (0,_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(model, (0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .modelsOf */ .Wh)(prices, provider));
    return near === undefined
        ? ""
        : `; "${provider}/${model}" is not a model tunegate knows either: did you mean "${provider}/${near}"?`;
}
function llmCostItem(llm, perQuery, queries, assumption, source) {
    return {
        id: "llm",
        label: llm.model === undefined
            ? "LLM inference"
            : `LLM inference (${llm.model}${llm.fine_tuned === true ? ", fine-tuned" : ""})`,
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
        problems.push({
            path: [...path, "tokens_per_query"],
            kind: "invalid-value",
            message: "give tokens_per_query (at a blended usd_per_mtok) or input_tokens and output_tokens per call, not both",
        });
    }
    if (llm.calls_per_query !== 1) {
        problems.push({
            path: [...path, "calls_per_query"],
            kind: "invalid-value",
            message: "tokens_per_query already counts every call of a query; give input_tokens and output_tokens per call to use calls_per_query",
        });
    }
    if (llm.input_usd_per_mtok !== undefined || llm.output_usd_per_mtok !== undefined) {
        problems.push({
            path: [...path, "tokens_per_query"],
            kind: "invalid-value",
            message: "tokens_per_query is priced at one blended usd_per_mtok; split prices need input_tokens and output_tokens",
        });
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
    const rates = [
        { key: keyOf(llm), field: "input_mtok", rate, from: "plan", path: [...path, "usd_per_mtok"] },
    ];
    return {
        item: llmCostItem(llm, perQuery, queries, `${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(queries)} queries x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(tokens)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rate)}/1M`, "plan (usd_per_mtok)"),
        rates,
    };
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
        return {
            input: item.usd_per_mtok,
            output: item.usd_per_mtok,
            source: "plan (usd_per_mtok)",
            rates: [{ key, field: "input_mtok", rate: item.usd_per_mtok, from: "plan", path: [...path, "usd_per_mtok"] }],
        };
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
                {
                    key,
                    field: "input_mtok",
                    rate: item.input_usd_per_mtok,
                    from: "plan",
                    path: [...path, "input_usd_per_mtok"],
                },
                {
                    key,
                    field: "output_mtok",
                    rate: item.output_usd_per_mtok,
                    from: "plan",
                    path: [...path, "output_usd_per_mtok"],
                },
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
        const near = (0,_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .N)(item.model, (0,_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .modelsOf */ .Wh)(prices, item.provider));
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
        use: {
            key,
            as_of: entry.as_of,
            source: entry.source,
            file: origin,
            path: [...path, "model"],
            ...lifecycleOf(entry),
        },
    };
}
function lifecycleOf(entry) {
    const shutdown = entry.shutdown_date ?? entry.available_until?.inference;
    const newJobs = entry.available_until?.new_jobs;
    return {
        ...(shutdown === undefined ? {} : { shutdown_date: shutdown }),
        ...(newJobs === undefined ? {} : { new_jobs_until: newJobs }),
    };
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
            assumption: `${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(queries)} queries x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(tokens)} tokens x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rate)}/1M`,
            price_source: source,
        },
        rates,
        ...(price === undefined ? {} : { price }),
    };
}
function fineTuneItem(fineTune, prices) {
    const path = ["cost", "fine_tune"];
    if (fineTune.monthly_usd !== undefined) {
        return {
            problems: [
                {
                    path: [...path, "monthly_usd"],
                    kind: "invalid-value",
                    message: "fine-tuning is a one-time cost: use one_time_usd (put serving costs under hosting or llm)",
                },
            ],
        };
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
            assumption: `${(0,_money_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(tokens)} training tokens x ${fineTune.epochs} epoch${fineTune.epochs === 1 ? "" : "s"} x ${(0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rate)}/1M`,
            price_source: source,
        },
        rates,
        ...(price === undefined ? {} : { price }),
    };
}
/** One per-1M-token rate: the plan's own usd_per_mtok, or the named field of the pinned entry. */
function singleRate(item, path, prices, problems, field, hint) {
    if (item.usd_per_mtok !== undefined) {
        return {
            rate: item.usd_per_mtok,
            source: "plan (usd_per_mtok)",
            rates: [{ key: keyOf(item), field, rate: item.usd_per_mtok, from: "plan", path: [...path, "usd_per_mtok"] }],
        };
    }
    const pinned = pinnedFor(item, path, prices, problems);
    if (pinned === undefined)
        return undefined;
    const rate = pinned.entry[field];
    if (rate === undefined) {
        problems.push({
            path: [...path, "model"],
            kind: "unknown-model",
            message: `${pinned.key} has no ${field} price in ${pinned.origin}`,
            ...(hint === undefined ? {} : { hint }),
        });
        return undefined;
    }
    return {
        rate,
        source: pinned.source,
        price: pinned.use,
        rates: [{ key: pinned.key, field, rate, from: pinned.origin, path: [...path, "model"] }],
    };
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
    return outcomes.length === 1
        ? outcomes[0]
        : { problems: [{ path, kind: "invalid-value", message: "give one flat amount per item" }] };
}
function flatItems(id, label, item, path) {
    const outcomes = [];
    if (item.monthly_usd !== undefined) {
        outcomes.push({
            item: {
                id,
                label,
                period: "monthly",
                usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(item.monthly_usd),
                per_query_usd: 0,
                assumption: "flat monthly amount",
                price_source: "plan",
            },
        });
    }
    if (item.one_time_usd !== undefined) {
        outcomes.push({
            item: {
                id,
                label,
                period: "one_time",
                usd: (0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .toCents */ .Fd)(item.one_time_usd),
                per_query_usd: 0,
                assumption: "flat one-time amount",
                price_source: "plan",
            },
        });
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
/* harmony export */   rh: () => (/* binding */ priceTableSchema),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
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
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ source: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_pricing_price_source_js__WEBPACK_IMPORTED_MODULE_3__/* .PRICE_SOURCE_KINDS */ .M), provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) })
            .describe("the audit compares it with this feed entry"),
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
        available_until: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ new_jobs: zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6().optional(), inference: zod__WEBPACK_IMPORTED_MODULE_4__/* .date */ .p6().optional() })
            .optional(),
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
        return {
            ok: false,
            diagnostics: (0,_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .capDiagnostics */ .HB)((0,_input_field_problem_js__WEBPACK_IMPORTED_MODULE_6__/* .locateProblems */ .D)(units.slice(0, _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9), parsed.value), units.length),
        };
    if (today !== undefined) {
        const future = futureConfirmations(result.data, today);
        if (future.length > 0)
            return {
                ok: false,
                diagnostics: (0,_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .capDiagnostics */ .HB)((0,_input_field_problem_js__WEBPACK_IMPORTED_MODULE_6__/* .locateProblems */ .D)(future.slice(0, _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9), parsed.value), future.length),
            };
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
                    problems.push({
                        path: ["prices", key, field],
                        kind: "invalid-value",
                        message: `${field} is a price per 1M tokens, but ${key} is priced per_hour`,
                        hint: "give a per_hour entry only usd_per_hour; pin token prices under unit: per_1m_tokens",
                    });
            }
            if (price.usd_per_hour === undefined)
                problems.push({
                    path: ["prices", key, "unit"],
                    kind: "invalid-value",
                    message: `${key} is priced per_hour but has no usd_per_hour`,
                });
        }
        else if (price.usd_per_hour !== undefined) {
            problems.push({
                path: ["prices", key, "usd_per_hour"],
                kind: "invalid-value",
                message: `usd_per_hour is an hourly price, but ${key} is priced per_1m_tokens`,
                hint: "pin an hourly price under its own key with unit: per_hour",
            });
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
        location: p.atKey === true && source.locateKey !== undefined && p.path.length > 0
            ? source.locateKey(p.path.slice(0, -1), String(p.path.at(-1)))
            : source.locate(p.path),
        field: (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFieldPath */ .vZ)(p.path),
        ...(p.hint === undefined ? {} : { hint: p.hint }),
    }));
}
//# sourceMappingURL=field-problem.js.map

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
    а: "a",
    в: "b",
    г: "r",
    е: "e",
    ё: "e",
    з: "3",
    и: "u",
    і: "i",
    ї: "i",
    ј: "j",
    к: "k",
    л: "n",
    м: "m",
    н: "h",
    о: "o",
    п: "n",
    р: "p",
    с: "c",
    т: "t",
    у: "y",
    х: "x",
    ѕ: "s",
    ԁ: "d",
    ԛ: "q",
    ԝ: "w",
    ӏ: "l",
    һ: "h",
    ь: "b",
    // Greek
    α: "a",
    β: "b",
    γ: "y",
    ε: "e",
    η: "n",
    ι: "i",
    κ: "k",
    ν: "v",
    ο: "o",
    ρ: "p",
    τ: "t",
    υ: "u",
    χ: "x",
    ω: "w",
    // Latin lookalikes and dashes
    ı: "i",
    ȷ: "j",
    ɡ: "g",
    ɑ: "a",
    ɩ: "i",
    ʟ: "l",
    ℓ: "l",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "﹘": "-",
    "﹣": "-",
    "－": "-",
    "·": ".",
    "․": ".",
    "。": ".",
};
/** Invisible characters: zero-width and bidirectional controls, soft hyphens, variation selectors. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed to be found on their own, not as part of a character
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

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date)
/* harmony export */ });
/* unused harmony exports datetime, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



function datetime(params) {
    return core._isoDateTime(ZodISODateTime, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODate */ .Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};

//# sourceMappingURL=751.index.js.map