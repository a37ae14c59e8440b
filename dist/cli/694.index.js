export const id = 694;
export const ids = [694];
export const modules = {

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
        for (const [what, date] of [["shutdown", entry.shutdown_date], ["new fine-tuning jobs end", entry.available_until?.new_jobs], ["inference ends", entry.available_until?.inference]]) {
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
            result.missing.push({ model: key, reason: `it is checked against ${check.source}, not the ${current.feed.kind} prices audited` });
            continue;
        }
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
/**
 * What an audit that found nothing to act on can say about budgets: only the plans that have a
 * monthly budget are within one; a plan without a budget is named as such, never "within budget".
 */
function budgetStanding(result) {
    const budgeted = result.plans.filter((p) => p.budget_usd !== null);
    const without = result.plans.length - budgeted.length;
    if (result.plans.length === 0)
        return "no plan to cost";
    if (without === 0)
        return budgeted.length === 1 ? "the plan is within its budget" : `all ${budgeted.length} plans are within budget`;
    const none = `${without === result.plans.length && without === 1 ? "the plan has" : `${without} plan${without === 1 ? " has" : "s have"}`} no monthly budget to compare`;
    return budgeted.length === 0 ? none : `${budgeted.length} plan${budgeted.length === 1 ? " is" : "s are"} within budget; ${none}`;
}
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 3207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ analysisJson),
/* harmony export */   io: () => (/* binding */ analysisText),
/* harmony export */   oc: () => (/* binding */ analysisReportSchema),
/* harmony export */   s0: () => (/* binding */ analysisMarkdown)
/* harmony export */ });
/* unused harmony export analysisReport */
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3094);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7266);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6962);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8590);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2162);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7929);









const costItemSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), period: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["monthly", "one_time"]), usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), assumption: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), price_source: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }));
/** `tunegate analyze --format json`: the answers given, the recommendation and the first estimate. */
const analysisReportSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz("tunegate"),
    inputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        task: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .taskKindSchema */ .NE.optional().describe("absent when not given: the other answers decide"),
        knowledge_change: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .knowledgeChangeSchema */ .WO,
        citations_required: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
        style_requirements: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .styleRequirementSchema */ .IY,
        latency_p95_ms: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        examples: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
    }),
    recommendation: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        approach: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .approachSchema */ .Or,
        fine_tune_method: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .fineTuneMethodSchema */ .pi.nullable(),
        reasons: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ rule: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })),
        alternative: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable().describe("the simpler approach to measure beside it (evals.alternative), which the customisation-value gate requires it to beat; null for prompt"),
    }),
    cost: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        per_query_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        budget: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(), one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable() }).nullable(),
        break_even_monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(),
        items: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(costItemSchema),
    }),
})
    .describe("tunegate analysis"));
/** The `analyze` answer as data: the same field names as the check report's. */
function analysisReport(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const facts = analysis.facts;
    return {
        schema_version: 1,
        tool: "tunegate",
        inputs: {
            ...(facts.task === undefined ? {} : { task: facts.task }),
            knowledge_change: facts.knowledge_change,
            citations_required: facts.citations_required,
            style_requirements: facts.style_requirements,
            ...(facts.latency_p95_ms === undefined ? {} : { latency_p95_ms: facts.latency_p95_ms }),
            monthly_queries: facts.monthly_queries,
            ...(facts.examples === undefined ? {} : { examples: facts.examples }),
        },
        recommendation: { approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null, reasons: rec.reasons.map((r) => ({ rule: r.rule, message: r.message })), alternative: (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(rec.approach) },
        cost: {
            monthly_usd: analysis.cost.monthly_usd,
            one_time_usd: analysis.cost.one_time_usd,
            per_query_usd: analysis.cost.per_query_usd,
            monthly_queries: facts.monthly_queries,
            budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
            break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .f)(analysis.cost, budget),
            items: analysis.cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
        },
    };
}
function analysisJson(analysis) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonDocument */ .Q8)(analysisReport(analysis));
}
function analysisText(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const lines = [`Recommendation: ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`, "", "Why"];
    for (const r of rec.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    const alternative = measureAlternative(rec.approach);
    if (alternative !== null)
        lines.push("", alternative);
    lines.push("", ...(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .costLines */ .F)({
        ...analysis.cost,
        monthly_queries: analysis.facts.monthly_queries,
        budget: null,
        break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .f)(analysis.cost, budget),
    }));
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN).join("\n")}\n`;
}
function analysisMarkdown(analysis) {
    const rec = analysis.recommendation;
    const reasons = rec.reasons.map((r) => `- **${r.rule}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(r.message)}`).join("\n");
    const rows = analysis.cost.items.map((i) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.label), i.period === "monthly" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "", i.period === "one_time" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "", (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.assumption)]);
    rows.push(["**Total**", `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.monthly_usd)}**`, `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.one_time_usd)}**`, `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCount */ .B4)(analysis.facts.monthly_queries)} queries/month`]);
    const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_8__/* .markdownTable */ .Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
    const alternative = measureAlternative(rec.approach);
    return `### tunegate recommends ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${alternative === null ? "" : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(alternative)}\n\n`}${table}\n`;
}
/** What to measure beside the recommendation, so the customisation-value gate can show it pays. */
function measureAlternative(approach) {
    const alternative = (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(approach);
    return alternative === null ? null : `Measure the alternative it must beat: ${alternative}, on the same task suites (evals.alternative).`;
}
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 6694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemaCommand: () => (/* binding */ schemaCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
// EXTERNAL MODULE: ./lib/engine/evals/tunegate-format.js
var tunegate_format = __webpack_require__(8553);
// EXTERNAL MODULE: ./lib/engine/policy/schema.js
var schema = __webpack_require__(382);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js
var plan_schema = __webpack_require__(7929);
// EXTERNAL MODULE: ./lib/engine/rules/waivers-file.js
var waivers_file = __webpack_require__(4090);
// EXTERNAL MODULE: ./lib/engine/pricing/audit.js
var audit = __webpack_require__(3560);
// EXTERNAL MODULE: ./lib/engine/report/analysis.js
var analysis = __webpack_require__(3207);
// EXTERNAL MODULE: ./lib/engine/report/model.js + 1 modules
var model = __webpack_require__(3377);
// EXTERNAL MODULE: ./lib/engine/run/run-report.js
var run_report = __webpack_require__(7664);
// EXTERNAL MODULE: ./lib/engine/attestation/statement.js
var statement = __webpack_require__(8362);
;// CONCATENATED MODULE: ./lib/engine/json-schemas.js











const SCHEMA_NAMES = ["plan", "policy", "waivers", "pricing", "eval", "report", "run-report", "audit", "analysis", "attestation"];
const SCHEMAS = {
    // Files people write are described as input (defaults make fields optional); the report as output.
    plan: { schema: plan_schema/* planSchema */.Fu, io: "input" },
    policy: { schema: schema/* policyFileSchema */.Y, io: "input" },
    // .tunegate/waivers.yml, read beside the plan.
    waivers: { schema: waivers_file/* waiversFileSchema */.fs, io: "input" },
    pricing: { schema: price_table/* priceTableSchema */.rh, io: "input" },
    eval: { schema: tunegate_format/* evalResultSchema */.P, io: "input" },
    report: { schema: model/* reportSchema */.Q, io: "output" },
    "run-report": { schema: run_report/* runReportSchema */.HW, io: "output" },
    audit: { schema: audit/* auditResultSchema */.wy, io: "output" },
    analysis: { schema: analysis/* analysisReportSchema */.oc, io: "output" },
    // The predicate of the in-toto statement `tunegate check --attestation` writes.
    attestation: { schema: statement/* verdictPredicateSchema */.yQ, io: "output" },
};
/** JSON Schema generated from the zod schema, so editors and the code can never disagree. */
function jsonSchemaText(name) {
    const { schema, io } = SCHEMAS[name];
    const json = json_schema_processors/* toJSONSchema */.bl(schema, { io, target: "draft-2020-12" });
    return `${JSON.stringify({ ...json, $id: `https://tunegate.dev/schemas/${name}.schema.json`, title: `tunegate ${name}` }, null, 2)}\n`;
}
//# sourceMappingURL=json-schemas.js.map
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
;// CONCATENATED MODULE: ./lib/shell/cli/schema-command.js


/** `tunegate schema <name>`: the JSON Schema of one file tunegate reads or writes. */
function schemaCommand(args, io) {
    const { positionals } = (0,flags/* parseFlags */.bQ)(args, {}, 1);
    const name = positionals[0];
    if (name === undefined)
        throw new flags/* UsageError */.eb(`schema needs a name: ${SCHEMA_NAMES.join(" | ")}`);
    io.out(jsonSchemaText((0,flags/* requiredOneOf */.b9)("schema name", name, SCHEMA_NAMES)));
    return 0;
}
//# sourceMappingURL=schema-command.js.map

/***/ })

};

//# sourceMappingURL=694.index.js.map