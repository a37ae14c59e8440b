export const id = 229;
export const ids = [229];
export const modules = {

/***/ 6788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatCount)
/* harmony export */ });
/**
 * `1,000,000` for counts in reports and messages: digits grouped by threes with commas, as
 * `toLocaleString("en-US")` writes an integer. Written out because the first call into the
 * locale data costs about 20 ms of a run's start-up (measured on Node 24), for one separator.
 */
function formatCount(n) {
    return Math.round(n)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
//# sourceMappingURL=count-text.js.map

/***/ }),

/***/ 4885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ capDiagnostics),
/* harmony export */   vZ: () => (/* binding */ formatFieldPath),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   z9: () => (/* binding */ MAX_DIAGNOSTICS_PER_FILE)
/* harmony export */ });
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
    return [
        ...shown,
        {
            kind: last.kind,
            message: `and ${more} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above first`,
            location: { ...last.location },
            field: "",
        },
    ];
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
        result.plans_over_budget.length > 0
            ? `${new Set(result.plans_over_budget.map((p) => p.plan)).size} plan(s) over budget`
            : "",
        result.shutdowns.length > 0
            ? `${result.shutdowns.length} shutdown${result.shutdowns.length === 1 ? "" : "s"} near`
            : "",
        result.missing.length > 0 ? `${result.missing.length} model(s) missing from the feed` : "",
        result.announced.length > 0 ? `${result.announced.length} announced change(s)` : "",
        result.stale.length > 0 ? `${result.stale.length} stale pin(s)` : "",
        uncostedPlans(result) > 0
            ? `${uncostedPlans(result) === 1 ? "1 plan" : `${uncostedPlans(result)} plans`} could not be costed (see ${uncostedPlans(result) === 1 ? "its line" : "their lines"})`
            : "",
    ].filter((p) => p !== "");
    return `needs action: ${parts.join(", ")}`;
}
const uncostedPlans = (result) => result.plans.filter((p) => p.error !== null).length;
const audit_report_money = (v) => (v === null ? "—" : (0,money/* formatUsd */.UK)(v));
function auditText(result) {
    const lines = [
        `tunegate pricing audit ${result.today}: ${headline(result)}`,
        `pinned prices: ${result.pinned_prices}`,
        `current prices: ${result.source}`,
    ];
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
    const parts = [
        `### ${icon} tunegate pricing audit · ${(0,parts_escape/* escapeInline */.VV)(headline(result))}`,
        `Pinned prices: ${(0,parts_escape/* escapeInline */.VV)(result.pinned_prices)}; current prices from ${(0,parts_escape/* codeSpan */.SS)(result.source)}, checked ${result.today}.`,
    ];
    if (result.drift.length > 0) {
        parts.push((0,markdown_table/* markdownTable */.Q)([
            ["Model", "Price", "Pinned", "Current", "Change"],
            ...result.drift.map((d) => [
                (0,parts_escape/* escapeCell */.kq)(d.model),
                d.price,
                String(d.pinned),
                String(d.current),
                `${d.change_pct > 0 ? "+" : ""}${d.change_pct}%`,
            ]),
        ], { alignDelimiters: false }));
    }
    const notes = [
        ...result.missing.map((m) => `- **missing** ${(0,parts_escape/* codeSpan */.SS)(m.model)}: ${(0,parts_escape/* escapeInline */.VV)(m.reason)}`),
        ...result.announced.map((a) => `- **announced** ${(0,parts_escape/* codeSpan */.SS)(a.model)} ${a.price}: ${a.current} → ${a.future} from ${a.date}`),
        ...result.shutdowns.map((s) => `- **${(0,parts_escape/* escapeInline */.VV)(s.what)}** ${(0,parts_escape/* codeSpan */.SS)(s.model)}: ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`),
        ...result.stale.map((s) => `- **stale** ${(0,parts_escape/* codeSpan */.SS)(s.model)}: as of ${s.as_of} (${s.age_days} days)`),
    ];
    if (notes.length > 0)
        parts.push(notes.join("\n"));
    parts.push((0,markdown_table/* markdownTable */.Q)([
        ["Plan", "Budget", "Pinned", "Current", "Announced"],
        ...result.plans.map((p) => [
            `${(0,parts_escape/* escapeCell */.kq)(p.name)}<br><sub>${(0,parts_escape/* escapeCell */.kq)(p.plan)}</sub>`,
            audit_report_money(p.budget_usd),
            audit_report_money(p.pinned),
            audit_report_money(p.current),
            audit_report_money(p.announced),
        ]),
    ], { alignDelimiters: false }));
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

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};

//# sourceMappingURL=229.index.js.map