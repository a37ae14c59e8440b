export const id = 393;
export const ids = [393];
export const modules = {

/***/ 5393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAudit: () => (/* binding */ runAudit)
/* harmony export */ });
/* harmony import */ var _engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3560);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2243);
/* harmony import */ var _plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9534);
/* harmony import */ var _price_feed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9136);




/** Reads the policy, the pinned prices, every plan and the current prices, then audits. */
async function runAudit(request) {
    const policy = await (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .readPolicy */ .T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const effective = request.pricing === undefined
        ? policy.value
        : { ...policy.value, policy: { ...policy.value.policy, pricing: { file: request.pricing } }, provenance: new Map([...policy.value.provenance, ["pricing.file", "--pricing"]]) };
    const table = await (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .readPrices */ .RP)(request.root, effective, undefined, request.today);
    if (!table.ok)
        return table;
    const plans = await (0,_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlans */ .h)(request.root, request.plans, request.planOrigin);
    if (!plans.ok)
        return plans;
    const current = await (0,_price_feed_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCurrentPrices */ .W)(request.current, request.root);
    return { ok: true, result: (0,_engine_pricing_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .auditPrices */ .y)({ table: table.value, current, plans: plans.plans, policy: policy.value.policy, today: request.today }), policy: policy.value.policy };
}
//# sourceMappingURL=audit-run.js.map

/***/ }),

/***/ 9534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ loadPlans)
});

// EXTERNAL MODULE: ./lib/engine/plan/load.js
var load = __webpack_require__(5794);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/engine/input/repo-path.js
var repo_path = __webpack_require__(6241);
;// CONCATENATED MODULE: ./lib/shell/plan-paths.js


const GLOB_CHARACTERS = /[*?[\]{}]/;
/**
 * Expands the `plan` input: paths or globs, separated by newlines or commas, relative to the
 * repository root. Globs never descend into node_modules or .git.
 */
async function expandPlanPaths(root, input, origin = "--plan") {
    const entries = input.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
    const found = new Set();
    const diagnostics = [];
    const where = { file: origin, line: 1, column: 1 };
    for (const entry of entries) {
        const lexical = (0,repo_path/* resolveRepoPath */.q)("", entry.replace(/^\.\//, ""));
        if (!lexical.ok) {
            diagnostics.push({ kind: "path-escape", message: `plan "${entry}" ${lexical.reason}`, location: where, field: "plan" });
            continue;
        }
        if (!GLOB_CHARACTERS.test(entry)) {
            found.add(lexical.path);
            continue;
        }
        let matched = 0;
        for await (const path of (0,promises_.glob)(lexical.path, { cwd: root, exclude: (p) => /(^|\/)(node_modules|\.git)(\/|$)/.test(String(p)) })) {
            found.add(String(path).split("\\").join("/"));
            matched++;
        }
        if (matched === 0)
            diagnostics.push({ kind: "file-missing", message: `no plan file matches "${entry}"`, location: where, field: "plan" });
    }
    return { paths: [...found].sort(), diagnostics };
}
//# sourceMappingURL=plan-paths.js.map
;// CONCATENATED MODULE: ./lib/shell/plans.js



const READ_CONCURRENCY = 32;
/**
 * Every plan a glob names, read concurrently (with many plans the time is otherwise spent
 * waiting on I/O) and validated; all problems are collected, not just the first.
 */
async function loadPlans(root, glob, origin) {
    const expanded = await expandPlanPaths(root, glob, origin);
    const diagnostics = [...expanded.diagnostics];
    const plans = [];
    // Concurrent, but a few dozen at a time: thousands at once ran out of file descriptors (EMFILE).
    const texts = [];
    for (let start = 0; start < expanded.paths.length; start += READ_CONCURRENCY) {
        texts.push(...(await Promise.all(expanded.paths.slice(start, start + READ_CONCURRENCY).map((file) => (0,files/* readRepoFile */.v6)(root, file, files/* MAX_CONFIG_BYTES */.GW)))));
    }
    for (const [index, file] of expanded.paths.entries()) {
        const text = texts[index];
        if (!text.ok) {
            diagnostics.push((0,files/* readFailure */.f1)(text, { file, line: 1, column: 1 }, ""));
            continue;
        }
        const loaded = (0,load/* loadPlan */.Y)(file, text.text);
        if (!loaded.ok)
            diagnostics.push(...loaded.diagnostics);
        else
            plans.push({ file, plan: loaded.value.plan });
    }
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, plans };
}
//# sourceMappingURL=plans.js.map

/***/ }),

/***/ 9136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ loadCurrentPrices)
/* harmony export */ });
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2294);
/* harmony import */ var _engine_input_json_nesting_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9552);
/* harmony import */ var _engine_pricing_feed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8431);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97);




/** The live feed is a few hundred kilobytes; anything far larger is not it. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
async function loadCurrentPrices(spec, cwd) {
    const where = spec ?? _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_DATA_JSON_URL */ .Ju;
    if (where === "bundled") {
        const providers = await (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .waitForUpdate */ .ST)();
        if (providers === null)
            return { ok: false, source: where, reason: "the bundled price data is not available" };
        return { ok: true, providers, source: "@pydantic/genai-prices bundled data" };
    }
    let text;
    try {
        if (/^https?:\/\//.test(where)) {
            const response = await fetch(where, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/json" } });
            if (!response.ok)
                return { ok: false, source: where, reason: `the price feed answered HTTP ${response.status}` };
            const length = Number(response.headers.get("content-length") ?? 0);
            if (length > MAX_FEED_BYTES)
                return { ok: false, source: where, reason: `the price feed is ${length} bytes, more than the ${MAX_FEED_BYTES} accepted` };
            text = await response.text();
        }
        else {
            const file = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readLocalFile */ .MM)(where.startsWith("/") ? where : `${cwd}/${where}`, where, MAX_FEED_BYTES);
            if (!file.ok)
                return { ok: false, source: where, reason: file.message };
            text = file.text;
        }
    }
    catch (error) {
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? error.code ?? error.message;
        return { ok: false, source: where, reason: `could not fetch current prices (${why})` };
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, source: where, reason: `the price data is not JSON (${error.message})` };
    }
    // genai-prices' match rules nest and are walked recursively: refuse what no real feed has.
    if ((0,_engine_input_json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .nestsDeeperThan */ .ix)(data))
        return { ok: false, source: where, reason: `the price data nests more than ${_engine_input_json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_JSON_NESTING */ .V2} levels deep` };
    const valid = (0,_engine_pricing_feed_js__WEBPACK_IMPORTED_MODULE_1__/* .validateFeed */ .F5)(data);
    return valid.ok ? { ok: true, providers: valid.providers, source: where } : { ok: false, source: where, reason: valid.reason };
}
//# sourceMappingURL=price-feed.js.map

/***/ })

};

//# sourceMappingURL=393.index.js.map