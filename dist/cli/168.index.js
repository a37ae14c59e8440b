export const id = 168;
export const ids = [168];
export const modules = {

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

/***/ 7877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pricingCommand: () => (/* binding */ pricingCommand)
/* harmony export */ });
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1240);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1556);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6607);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7452);





async function pricingCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "pin")
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`pricing needs a subcommand: pin${sub === undefined ? "" : ` (got "${sub}")`}`);
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(rest, {
        plan: { type: "string", default: "**/tunegate.yml" },
        policy: { type: "string" },
        pricing: { type: "string" },
        data: { type: "string" },
        today: { type: "string" },
    });
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .dateFlag */ .BL)("today", values.today, io.today);
    const { pinPrices } = await Promise.all(/* import() */[__webpack_require__.e(294), __webpack_require__.e(593), __webpack_require__.e(194)]).then(__webpack_require__.bind(__webpack_require__, 6194));
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const outcome = await pinPrices({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, data: values.data, today });
    if (!outcome.ok) {
        if (outcome.reason !== undefined && outcome.diagnostics.length === 0) {
            io.err(`tunegate: ${outcome.reason}; nothing was written\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_UNVERIFIED */ .$J;
        }
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(outcome.diagnostics, io);
    }
    const r = outcome.report;
    const copied = r.copied.length === 0 ? "" : `, copied ${r.copied.length} (${r.copied.join(", ")}) from the ${_repo_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .SHIPPED_PRICES */ .hz}`;
    io.out(`${r.file}: pinned ${r.pinned.length} (${r.pinned.join(", ") || "none"}), confirmed ${r.unchanged.length}, kept ${r.kept.length} hand-pinned${copied}, from ${r.source}${r.data_as_of === null ? " (the data has no date: unchanged entries keep their as_of)" : `, as of ${r.data_as_of} (the data's date)`}\n`);
    for (const u of r.unknown)
        io.err(`tunegate: unknown model ${u.model}: ${u.reason}; pin it by hand (check: manual) or give its price in the plan\n`);
    return r.unknown.length > 0 ? 1 : 0;
}
//# sourceMappingURL=pricing-command.js.map

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

//# sourceMappingURL=168.index.js.map