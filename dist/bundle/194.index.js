export const id = 194;
export const ids = [194];
export const modules = {

/***/ 4168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ pinPrices)
/* harmony export */ });
/* unused harmony export asOfFor */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _price_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6130);



/**
 * Writes or refreshes the pinned entry of every wanted model from the price data. Edits the YAML
 * in place, so comments and hand-pinned entries (check: manual) survive; a model the data lacks
 * but tunegate's shipped table has (a hand-pinned fine-tuning price) is copied with its source.
 */
function pinPrices(input) {
    if (input.existing !== undefined) {
        const valid = (0,_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(input.file, input.existing);
        if (!valid.ok)
            return valid;
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(input.existing ?? `${input.header}version: 1\ncurrency: USD\nprices: {}\n`);
    const pricesNode = doc.get("prices", true);
    // The seed `prices: {}` is a flow map; entries added to it should read as ordinary YAML blocks.
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pricesNode) && pricesNode.items.length === 0)
        pricesNode.flow = false;
    const dataDate = input.current.asOf ?? null;
    const report = {
        file: input.file,
        pinned: [],
        unchanged: [],
        kept: [],
        copied: [],
        unknown: [],
        source: input.current.source,
        data_as_of: dataDate,
    };
    const at = new Date(`${input.today}T12:00:00Z`);
    const entrySource = input.current.feed.pinnedFrom;
    for (const { key, provider, model } of [...input.wanted].sort((a, b) => a.key.localeCompare(b.key))) {
        const entry = doc.getIn(["prices", key]);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) && entry.get("check") === "manual") {
            report.kept.push(key);
            continue;
        }
        const resolved = input.current.feed.quote(provider, model, at);
        if (!resolved.ok) {
            const shipped = input.shipped.prices[key];
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) && shipped !== undefined) {
                doc.setIn(["prices", key], entryNode(doc, shipped));
                report.copied.push(key);
                continue;
            }
            report.unknown.push({
                model: key,
                reason: resolved.reason === "fuzzy"
                    ? `the price data only matches it as ${resolved.matched}, a different model`
                    : resolved.reason === "no-provider"
                        ? `no provider ${provider} in the price data`
                        : "not in the price data",
            });
            continue;
        }
        const before = JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) ? entry.toJSON() : null);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry))
            doc.setIn(["prices", key], doc.createNode({ unit: "per_1m_tokens" }));
        for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
            const value = resolved.prices[field];
            if (value !== undefined)
                doc.setIn(["prices", key, field], value);
        }
        doc.setIn(["prices", key, "source"], entrySource);
        doc.setIn(["prices", key, "check"], doc.createNode({ source: input.current.feed.kind, provider, model }, { flow: true }));
        const changed = JSON.stringify(doc.getIn(["prices", key]).toJSON()) !== before;
        const previous = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) ? entry.get("as_of") : undefined;
        doc.setIn(["prices", key, "as_of"], asOfFor(dataDate, changed, typeof previous === "string"
            ? previous
            : previous instanceof Date
                ? previous.toISOString().slice(0, 10)
                : undefined, input.today));
        (changed ? report.pinned : report.unchanged).push(key);
    }
    const text = doc.toString({ lineWidth: 0 });
    const check = (0,_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(input.file, text);
    if (!check.ok)
        return check;
    return { ok: true, text, report };
}
/**
 * as_of is the date of the price data a price was copied from: the data's own date when it has
 * one. Data that does not say keeps an unchanged entry's as_of (confirming old prices again does
 * not make them fresh); only a price that changed gets the day it was fetched, the one bound
 * there is on when it was current.
 */
function asOfFor(dataDate, changed, previous, today) {
    if (dataDate !== null)
        return dataDate;
    if (!changed && previous !== undefined)
        return previous;
    return today;
}
/** A shipped entry as a block, with its `check` mapping kept on one line as pinned entries have it. */
function entryNode(doc, entry) {
    return doc.createNode({
        ...entry,
        available_until: entry.available_until === undefined ? undefined : doc.createNode(entry.available_until, { flow: true }),
        check: entry.check === undefined || typeof entry.check === "string"
            ? entry.check
            : doc.createNode(entry.check, { flow: true }),
    });
}
//# sourceMappingURL=pin.js.map

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

/***/ 4770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ gitStream),
/* harmony export */   gitText: () => (/* binding */ gitText),
/* harmony export */   s: () => (/* binding */ gitBytes)
/* harmony export */ });
// child_process is loaded on the first git call, not at start-up: most runs (the CLI, the Action
// on a push) never call git, and loading it (with net, dgram and streams) cost about 5 ms a run.
/** Runs git (never through a shell) and returns its standard output as bytes; rejects when git fails. */
async function gitBytes(args, maxBuffer = 1024 * 1024) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    return new Promise((resolve, reject) => {
        execFile("git", args, { encoding: "buffer", maxBuffer }, (error, stdout) => error === null ? resolve(stdout) : reject(error));
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

/***/ }),

/***/ 6194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pinnedTableHeader),
/* harmony export */   pinPrices: () => (/* binding */ pinPrices)
/* harmony export */ });
/* harmony import */ var _engine_pricing_pin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4168);
/* harmony import */ var _engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6060);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97);
/* harmony import */ var _git_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4770);
/* harmony import */ var _plans_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5458);
/* harmony import */ var _price_feed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5804);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1240);
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2531);









/** The comment block of a pinned table tunegate creates. */
function pinnedTableHeader(schemaRef) {
    return `${schemaRef === undefined ? "" : `# yaml-language-server: $schema=${schemaRef}\n`}# This repository's pinned prices for tunegate, USD per 1M tokens, keyed provider/model (genai-prices
# key names). They win over the prices shipped with tunegate. \`tunegate pricing pin\` refreshes the
# entries checked against the price data; entries with check: manual are pinned by hand and never touched.
`;
}
/**
 * Whether git ignores a file of the work tree (a .env, a build output, a local token file): a
 * pinned price table is committed, so an ignored file named as one is someone else's data. Outside
 * a git work tree nothing is ignored.
 */
async function gitIgnores(root, path) {
    try {
        await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_7__/* .gitBytes */ .s)(["-C", root, "check-ignore", "--quiet", "--", path]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Writes or refreshes the repository's pinned entry of every model the plans price from the
 * table, from the price data, and writes the file safely (see safe-write.ts).
 */
async function pinPrices(request) {
    const plans = await (0,_plans_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPlans */ .h)(request.root, request.plans);
    if (!plans.ok)
        return plans;
    const policy = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .readPolicy */ .T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const shipped = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .readShippedPrices */ .I)();
    if (!shipped.ok)
        return shipped;
    const target = (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryPricing */ .jL)(request.root, policy.value, request.pricing).path;
    // Checked before anything is read: a link, folder or FIFO at the target is refused, not opened.
    const writable = await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .checkWritable */ .Z)(request.root, target, "replace");
    if (!writable.ok)
        return writable;
    if (writable.exists && (await gitIgnores(request.root, writable.path))) {
        return {
            ok: false,
            diagnostics: [
                {
                    kind: "invalid-value",
                    message: `${writable.path} exists and git ignores it, so it is no pinned price table of this repository's; tunegate never overwrites it`,
                    location: { file: writable.path, line: 1, column: 1 },
                    field: "",
                    hint: "pin into a file the repository tracks (the default is .tunegate/pricing.yml), and check who changed the policy's pricing.file",
                },
            ],
        };
    }
    const existing = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepoFile */ .v6)(request.root, target, _files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW);
    if (!existing.ok && existing.kind !== "file-missing")
        return { ok: false, diagnostics: [(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailure */ .f1)(existing, { file: target, line: 1, column: 1 }, "")] };
    const current = await (0,_price_feed_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCurrentPrices */ .W)(request.data ?? "bundled", request.root);
    if (!current.ok)
        return { ok: false, diagnostics: [], reason: current.reason };
    const pinned = (0,_engine_pricing_pin_js__WEBPACK_IMPORTED_MODULE_0__/* .pinPrices */ .E)({
        file: target,
        existing: existing.ok ? existing.text : undefined,
        header: pinnedTableHeader(undefined),
        wanted: (0,_engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_8__/* .withPublishedPrices */ .DU)((0,_engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_8__/* .modelsOfPlans */ .Y2)(plans.plans), [
            shipped.value,
            existingTable(target, existing.ok ? existing.text : undefined),
        ]),
        current,
        shipped: shipped.value,
        today: request.today,
    });
    if (!pinned.ok)
        return pinned;
    const written = await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeRepoFile */ .a)(request.root, target, pinned.text, "replace");
    if (!written.ok)
        return written;
    return { ok: true, report: pinned.report };
}
/** The pinned prices already in the target file, when they read as a table. */
function existingTable(file, text) {
    const table = text === undefined ? undefined : (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(file, text);
    return table?.ok === true ? table.value : undefined;
}
//# sourceMappingURL=pricing-pin.js.map

/***/ }),

/***/ 2531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkWritable),
/* harmony export */   a: () => (/* binding */ writeRepoFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6241);




/**
 * Whether tunegate may write `repoRelative`: inside the repository, through no symbolic link
 * (folder or file), onto nothing but a regular file, and for `create` onto nothing at all.
 * Nothing is created; missing folders are fine.
 */
async function checkWritable(root, repoRelative, mode) {
    try {
        return await inspect(root, repoRelative, mode);
    }
    catch (error) {
        return refuse(repoRelative, "invalid-value", `cannot write ${repoRelative}: ${error.code ?? String(error)}`);
    }
}
async function inspect(root, repoRelative, mode) {
    const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepoPath */ .qo)("", repoRelative);
    if (!lexical.ok)
        return refuse(repoRelative, "path-escape", `cannot write "${repoRelative}": the path ${lexical.reason}`);
    const path = lexical.path;
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const segments = path.split("/");
    const folders = segments.slice(0, -1);
    const name = segments.at(-1);
    let dir = realRoot;
    for (const [index, folder] of folders.entries()) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, folder);
        const shown = folders.slice(0, index + 1).join("/");
        const stats = await lstatOrMissing(dir);
        if (stats === "missing")
            break;
        if (stats.isSymbolicLink())
            return refuse(path, "path-escape", `cannot write ${path}: the folder ${shown} is a symbolic link, and tunegate never writes through one`, "replace the link with a real folder, or name a path without links");
        if (!stats.isDirectory())
            return refuse(path, "invalid-value", `cannot write ${path}: ${shown} is not a folder`);
    }
    const target = await lstatOrMissing((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realRoot, ...segments));
    if (target === "missing")
        return { ok: true, path, realRoot, folders, name, exists: false, mode: 0o644 };
    if (target.isSymbolicLink())
        return refuse(path, "path-escape", `cannot write ${path}: it is a symbolic link, and tunegate never writes through one`, "remove the link, or name the file it points to if that is inside the repository");
    if (target.isDirectory())
        return refuse(path, "invalid-value", `cannot write ${path}: it is a directory`, "name a file, e.g. .tunegate/pricing.yml");
    if (!target.isFile())
        return refuse(path, "invalid-value", `cannot write ${path}: it is not a regular file`);
    if (mode === "create")
        return refuse(path, "invalid-value", `${path} already exists; tunegate never overwrites it`, "move it aside, or see what would be written with --print");
    return { ok: true, path, realRoot, folders, name, exists: true, mode: target.mode & 0o777 };
}
/**
 * Writes a repository file without following any symbolic link: missing folders are created one
 * by one and checked, the text goes to a temporary file created exclusively under a random name
 * beside the target (so no existing file, such as a user's own `x.tmp`, is touched), then the
 * temporary file is renamed over the target (`replace`) or linked to it only if it is still
 * absent (`create`). Every refusal is a diagnostic located at the target.
 */
async function writeRepoFile(root, repoRelative, text, mode) {
    const checked = await checkWritable(root, repoRelative, mode);
    if (!checked.ok)
        return checked;
    const { path, realRoot, folders, name } = checked;
    let dir = realRoot;
    for (const [index, folder] of folders.entries()) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, folder);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
        }
        catch (error) {
            if (error.code !== "EEXIST")
                return refuse(path, "invalid-value", `cannot create the folder ${folders.slice(0, index + 1).join("/")}: ${error.code ?? String(error)}`);
        }
        // Re-checked after creating: a link put there meanwhile is refused, never followed.
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir);
        if (stats.isSymbolicLink() || !stats.isDirectory())
            return refuse(path, "path-escape", `cannot write ${path}: the folder ${folders.slice(0, index + 1).join("/")} is not a real folder`);
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    // node:crypto is loaded here, not at start-up: only the commands that write need it.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${name}.${randomBytes(8).toString("hex")}.tmp`);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, checked.mode);
    }
    catch (error) {
        return refuse(path, "invalid-value", `cannot write beside ${path}: ${error.code ?? String(error)}`);
    }
    let renamed = false;
    try {
        await handle.writeFile(text);
        await handle.sync();
        await handle.close();
        handle = undefined;
        if (mode === "replace") {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
            renamed = true;
        }
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, target);
    }
    catch (error) {
        const code = error.code;
        if (code === "EEXIST")
            return refuse(path, "invalid-value", `${path} already exists; tunegate never overwrites it`);
        return refuse(path, "invalid-value", `cannot write ${path}: ${code ?? String(error)}`);
    }
    finally {
        await handle?.close();
        // The temporary file is gone after a rename; after a link (or any failure) it is removed.
        if (!renamed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temporary).catch(() => undefined);
    }
    return { ok: true, path };
}
async function lstatOrMissing(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return "missing";
        throw error;
    }
}
function refuse(file, kind, message, hint) {
    return {
        ok: false,
        diagnostics: [
            { kind, message, location: { file, line: 1, column: 1 }, field: "", ...(hint === undefined ? {} : { hint }) },
        ],
    };
}
//# sourceMappingURL=safe-write.js.map

/***/ })

};

//# sourceMappingURL=194.index.js.map