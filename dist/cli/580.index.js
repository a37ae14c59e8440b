export const id = 580;
export const ids = [580,266];
export const modules = {

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

/***/ })

};

//# sourceMappingURL=580.index.js.map