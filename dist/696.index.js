export const id = 696;
export const ids = [696];
export const modules = {

/***/ 7696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditRunJson: () => (/* binding */ auditRunJson),
  auditRunMarkdown: () => (/* binding */ auditRunMarkdown),
  auditRunText: () => (/* binding */ auditRunText)
});

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/pricing/audit.js
var audit = __webpack_require__(3560);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
;// CONCATENATED MODULE: ./lib/engine/output/parts/audit-report.js




function auditJson(result) {
    return jsonDocument(result);
}
function headline(result) {
    if (!result.verified)
        return `could not verify current prices: ${result.unverified_reason}`;
    if (!result.needs_action)
        return `pinned prices match the current ones; ${(0,audit/* budgetStanding */.o7)(result)}`;
    const parts = [
        result.drift.length > 0 ? `${result.drift.length} drifted price${result.drift.length === 1 ? "" : "s"}` : "",
        result.plans_over_budget.length > 0 ? `${new Set(result.plans_over_budget.map((p) => p.plan)).size} plan(s) over budget` : "",
        result.shutdowns.length > 0 ? `${result.shutdowns.length} shutdown${result.shutdowns.length === 1 ? "" : "s"} near` : "",
        result.missing.length > 0 ? `${result.missing.length} model(s) missing from the feed` : "",
        result.announced.length > 0 ? `${result.announced.length} announced change(s)` : "",
        result.stale.length > 0 ? `${result.stale.length} stale pin(s)` : "",
    ].filter((p) => p !== "");
    return `needs action: ${parts.join(", ")}`;
}
const audit_report_money = (v) => (v === null ? "—" : (0,money/* formatUsd */.UK)(v));
function auditText(result) {
    const lines = [`tunegate pricing audit ${result.today}: ${headline(result)}`, `pinned prices: ${result.pinned_prices}`, `current prices: ${result.source}`];
    for (const d of result.drift)
        lines.push(`  DRIFT     ${d.model} ${d.price}: pinned ${d.pinned}, now ${d.current} (${d.change_pct > 0 ? "+" : ""}${d.change_pct}%)`);
    for (const m of result.missing)
        lines.push(`  MISSING   ${m.model}: ${m.reason}`);
    for (const a of result.announced)
        lines.push(`  ANNOUNCED ${a.model} ${a.price}: ${a.current} -> ${a.future} from ${a.date}`);
    for (const s of result.shutdowns)
        lines.push(`  SHUTDOWN  ${s.model}: ${s.what} ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`);
    for (const s of result.stale)
        lines.push(`  STALE     ${s.model}: as of ${s.as_of} (${s.age_days} days)`);
    if (result.unverifiable.length > 0)
        lines.push(`  manual    ${result.unverifiable.join(", ")}: pinned by hand, only aged`);
    lines.push("plans (monthly: pinned / current / announced vs budget)");
    for (const p of result.plans)
        lines.push(`  ${p.name} (${p.plan}): ${audit_report_money(p.pinned)} / ${audit_report_money(p.current)} / ${audit_report_money(p.announced)} vs ${audit_report_money(p.budget_usd)}${p.error === null ? "" : `; ${p.error}`}`);
    for (const o of result.plans_over_budget)
        lines.push(`  OVER      ${o.plan} at ${o.at} prices: ${(0,money/* formatUsd */.UK)(o.monthly_usd)} > ${(0,money/* formatUsd */.UK)(o.budget_usd)} (by ${(0,money/* formatUsd */.UK)(o.monthly_usd - o.budget_usd)})`);
    // Each entry is one line by construction; a newline in it came from a plan or the price data.
    return `${lines.map(parts_escape/* oneLine */.TN).join("\n")}\n`;
}
function auditMarkdown(result) {
    const icon = !result.verified ? "❔" : result.needs_action ? "⚠️" : "✅";
    const parts = [`### ${icon} tunegate pricing audit · ${(0,parts_escape/* escapeInline */.VV)(headline(result))}`, `Pinned prices: ${(0,parts_escape/* escapeInline */.VV)(result.pinned_prices)}; current prices from ${(0,parts_escape/* codeSpan */.SS)(result.source)}, checked ${result.today}.`];
    if (result.drift.length > 0) {
        parts.push((0,markdown_table/* markdownTable */.Q)([["Model", "Price", "Pinned", "Current", "Change"], ...result.drift.map((d) => [(0,parts_escape/* escapeCell */.kq)(d.model), d.price, String(d.pinned), String(d.current), `${d.change_pct > 0 ? "+" : ""}${d.change_pct}%`])], { alignDelimiters: false }));
    }
    const notes = [
        ...result.missing.map((m) => `- **missing** ${(0,parts_escape/* codeSpan */.SS)(m.model)}: ${(0,parts_escape/* escapeInline */.VV)(m.reason)}`),
        ...result.announced.map((a) => `- **announced** ${(0,parts_escape/* codeSpan */.SS)(a.model)} ${a.price}: ${a.current} → ${a.future} from ${a.date}`),
        ...result.shutdowns.map((s) => `- **${(0,parts_escape/* escapeInline */.VV)(s.what)}** ${(0,parts_escape/* codeSpan */.SS)(s.model)}: ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`),
        ...result.stale.map((s) => `- **stale** ${(0,parts_escape/* codeSpan */.SS)(s.model)}: as of ${s.as_of} (${s.age_days} days)`),
    ];
    if (notes.length > 0)
        parts.push(notes.join("\n"));
    parts.push((0,markdown_table/* markdownTable */.Q)([["Plan", "Budget", "Pinned", "Current", "Announced"], ...result.plans.map((p) => [`${(0,parts_escape/* escapeCell */.kq)(p.name)}<br><sub>${(0,parts_escape/* escapeCell */.kq)(p.plan)}</sub>`, audit_report_money(p.budget_usd), audit_report_money(p.pinned), audit_report_money(p.current), audit_report_money(p.announced)])], { alignDelimiters: false }));
    if (result.unverifiable.length > 0)
        parts.push(`<sub>Pinned by hand (only aged, not compared): ${result.unverifiable.map((u) => (0,parts_escape/* codeSpan */.SS)(u)).join(", ")}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
//# sourceMappingURL=audit-report.js.map
;// CONCATENATED MODULE: ./lib/engine/output/formats/audit.js


// The pricing audit's formats, each a function of the audit's run report. Text and markdown show
// what the audit found (the verdict is the exit code's and the job's); JSON is the whole report.
const auditRunText = (run) => auditText(run.audit);
const auditRunMarkdown = (run) => auditMarkdown(run.audit);
/** The audit run report (schemas/audit-run-report.schema.json), keys in a fixed order. */
const auditRunJson = (run) => (0,parts_escape/* jsonDocument */.Q8)(run);
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 3560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ pricesToAudit),
/* harmony export */   o7: () => (/* binding */ budgetStanding),
/* harmony export */   wy: () => (/* binding */ auditResultSchema),
/* harmony export */   y1: () => (/* binding */ auditPrices)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
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

/***/ })

};

//# sourceMappingURL=696.index.js.map