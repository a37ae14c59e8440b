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
        const copy = new Response(nullBody ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
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

/***/ 1463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ reportDiagnostics)
/* harmony export */ });
/* harmony import */ var _engine_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4885);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6607);


/** Input problems to stderr, each at its file:line:col, and exit 2: nothing was checked. */
/** A file of thousands of problems is not read by anyone past the first hundred. */
const MAX_PRINTED_DIAGNOSTICS = 100;
function reportDiagnostics(diagnostics, io) {
    for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS))
        io.err(`${(0,_engine_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\n`);
    const more = diagnostics.length - MAX_PRINTED_DIAGNOSTICS;
    if (more > 0)
        io.err(`tunegate: and ${more} more problems, not listed\n`);
    io.err(`tunegate: ${diagnostics.length} input problem${diagnostics.length === 1 ? "" : "s"}; nothing was checked.\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
}
//# sourceMappingURL=diagnostics.js.map

/***/ }),

/***/ 8928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ policyFlag)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _remote_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5754);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8414);




/**
 * `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN /
 * GH_TOKEN. A path is typed relative to the folder run in; with `tree` it is returned relative
 * to the work tree's root, which the command reads every file against.
 */
function policyFlag(spec, io, tree = { root: io.cwd, here: "" }) {
    const env = io.env ?? process.env;
    const local = spec !== undefined && ((0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRemotePolicy */ .Ax)(spec) === undefined || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, spec)))
        ? (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, spec)
        : spec;
    return (0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePolicySpec */ .gM)(local, tree.root, {
        apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
        token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "",
        origin: "--policy",
    });
}
//# sourceMappingURL=policy-flag.js.map

/***/ }),

/***/ 7877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pricingCommand: () => (/* binding */ pricingCommand)
/* harmony export */ });
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1240);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1556);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6607);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8928);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8414);






async function pricingCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "pin")
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`pricing needs a subcommand: pin${sub === undefined ? "" : ` (got "${sub}")`}`);
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(rest, {
        plan: { type: "string" },
        policy: { type: "string" },
        pricing: { type: "string" },
        data: { type: "string" },
        today: { type: "string" },
    });
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .dateFlag */ .BL)("today", values.today, io.today);
    const { pinPrices } = await Promise.all(/* import() */[__webpack_require__.e(294), __webpack_require__.e(514), __webpack_require__.e(194)]).then(__webpack_require__.bind(__webpack_require__, 6194));
    // As for check and audit: the repository is the git work tree, paths are typed from here, and
    // without --plan every plan in the repository is pinned into the one price file at the root.
    const tree = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .findWorkTree */ .vE)(io.cwd);
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io, tree);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const plans = values.plan === undefined ? "**/tunegate.yml" : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .plansFromHere */ .ps)(tree, values.plan);
    const data = values.data === undefined || values.data === "bundled" || /^https?:\/\//.test(values.data)
        ? values.data
        : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, values.data);
    const pricing = values.pricing === undefined ? undefined : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, values.pricing);
    const outcome = await pinPrices({ root: tree.root, plans, policy: policy.value, pricing, data, today });
    if (!outcome.ok) {
        if (outcome.reason !== undefined && outcome.diagnostics.length === 0) {
            io.err(`tunegate: ${outcome.reason}; nothing was written\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_UNVERIFIED */ .$J;
        }
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDiagnostics */ .D)(outcome.diagnostics, io);
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

/***/ 5754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ax: () => (/* binding */ parseRemotePolicy),
  gM: () => (/* binding */ resolvePolicySpec)
});

// UNUSED EXPORTS: REMOTE_TIMEOUT_MS

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
    const headers = {
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "user-agent": "tunegate",
    };
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
            return {
                ok: false,
                status,
                reason: `no answer within ${options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`}`,
            };
        const cause = error.cause;
        return {
            ok: false,
            status,
            reason: error instanceof SyntaxError
                ? "the answer is not JSON"
                : (cause?.code ?? cause?.message ?? error.message),
        };
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
    const fetched = await fetchRepositoryFile(remote, {
        apiUrl: access.apiUrl,
        token: access.token,
        timeoutMs: access.timeoutMs ?? REMOTE_TIMEOUT_MS,
        maxBytes: files/* MAX_CONFIG_BYTES */.GW,
    });
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

/***/ }),

/***/ 8414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XW: () => (/* binding */ fromHere),
/* harmony export */   ps: () => (/* binding */ plansFromHere),
/* harmony export */   vE: () => (/* binding */ findWorkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);



/**
 * The repository is the git work tree: the nearest folder at or above `cwd` holding `.git` (a
 * folder, or a file in a linked work tree or submodule). Outside git, the folder run in. GitHub
 * reads workflows at this root only, and the Action resolves every path against it.
 */
function findWorkTree(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ".git")))
            return { root: dir, here: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/") };
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return { root: start, here: "" };
    }
}
/** A path the user typed, relative to the folder run in, as a path relative to the root. */
function fromHere(tree, path) {
    if (tree.here === "" || path.startsWith("/"))
        return path;
    const joined = `${tree.here}/${path.replace(/^\.\//, "")}`;
    // `..` segments are resolved lexically; the repository checks still refuse what leaves the root.
    const parts = [];
    for (const part of joined.split("/")) {
        if (part === "..") {
            if (parts.length === 0 || parts.at(-1) === "..")
                parts.push("..");
            else
                parts.pop();
        }
        else if (part !== "." && part !== "")
            parts.push(part);
    }
    return parts.join("/");
}
/** A plan input (paths or globs, separated by newlines or commas) typed here, as entries from the root. */
function plansFromHere(tree, input) {
    return (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .planEntries */ .W9)(input)
        .map((entry) => fromHere(tree, entry))
        .join("\n");
}
//# sourceMappingURL=work-tree.js.map

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