export const id = 273;
export const ids = [273];
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4377);
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4560);
/* harmony import */ var _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4885);
/* harmony import */ var _input_field_problem_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1971);
/* harmony import */ var _input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2351);
/* harmony import */ var _input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5089);






/**
 * The price table schema, built on first use: the shipped table is validated at build time, so
 * only a run that reads a repository's own table builds it.
 */
const priceTableSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(buildPriceTableSchema);
function buildPriceTableSchema() {
    const perMillion = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100_000);
    const checkSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("manual").describe("pinned by hand from its source; the audit can only age it"),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ source: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("genai-prices"), provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).describe("the audit compares it with this feed entry"),
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
        as_of: zod__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6().describe("when a person or the audit last confirmed this price"),
        shutdown_date: zod__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6().optional(),
        available_until: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ new_jobs: zod__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6().optional(), inference: zod__WEBPACK_IMPORTED_MODULE_3__/* .date */ .p6().optional() }).optional(),
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
        return { ok: false, diagnostics: (0,_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .capDiagnostics */ .HB)((0,_input_field_problem_js__WEBPACK_IMPORTED_MODULE_5__/* .locateProblems */ .D)(units.slice(0, _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9), parsed.value), units.length) };
    if (today !== undefined) {
        const future = futureConfirmations(result.data, today);
        if (future.length > 0)
            return { ok: false, diagnostics: (0,_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .capDiagnostics */ .HB)((0,_input_field_problem_js__WEBPACK_IMPORTED_MODULE_5__/* .locateProblems */ .D)(future.slice(0, _input_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DIAGNOSTICS_PER_FILE */ .z9), parsed.value), future.length) };
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
        .filter(([, price]) => (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_6__/* .daysBetween */ .YM)(today, price.as_of) > CLOCK_SLACK_DAYS)
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

/***/ 5089:
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
;// CONCATENATED MODULE: ./lib/engine/input/yaml-source.js




/**
 * Alias expansion is capped so that a "billion laughs" document fails fast instead of
 * exhausting memory; real plans use no aliases at all.
 */
const MAX_ALIAS_EXPANSIONS = 50;
/** Parses YAML text with positions kept, turning syntax problems into diagnostics. */
function parseYamlSource(file, text) {
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

/***/ 7929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ GATE_IDS),
/* harmony export */   Fu: () => (/* binding */ planSchema),
/* harmony export */   IY: () => (/* binding */ styleRequirementSchema),
/* harmony export */   NE: () => (/* binding */ taskKindSchema),
/* harmony export */   Or: () => (/* binding */ approachSchema),
/* harmony export */   WO: () => (/* binding */ knowledgeChangeSchema),
/* harmony export */   _k: () => (/* binding */ gateIdSchema),
/* harmony export */   jx: () => (/* binding */ evalPaths),
/* harmony export */   lg: () => (/* binding */ APPROACHES),
/* harmony export */   pi: () => (/* binding */ fineTuneMethodSchema)
/* harmony export */ });
/* unused harmony export EVAL_FORMATS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4377);

/** Gate ids are a public contract: outputs, waivers and policies all name them. */
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
];
const gateIdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(GATE_IDS);
const APPROACHES = ["prompt", "rag", "lora", "qlora", "full-fine-tune", "hybrid"];
const approachSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(APPROACHES);
const fineTuneMethodSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["lora", "qlora", "full-fine-tune"]);
const taskKindSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["knowledge", "behavior", "both", "none"]);
const knowledgeChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["daily", "weekly", "monthly", "yearly", "static"]);
const styleRequirementSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["none", "low", "medium", "high"]);
const EVAL_FORMATS = ["auto", "lm-eval", "promptfoo", "inspect", "tunegate"];
/** The plan's eval paths as a list, whichever form it wrote them in. */
function evalPaths(value) {
    return value === undefined ? [] : typeof value === "string" ? [value] : value;
}
/**
 * The plan schema, built on first use: a plan that passes the compiled fast path
 * (plan-parser.generated.ts) never builds it, and only a plan with an error pays for the hundreds of
 * zod instances it takes to say where the error is.
 */
const planSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(buildPlanSchema);
function buildPlanSchema() {
    // Bounds reject typos (an extra three zeros) and hostile values, not plausible plans.
    const usd = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1e9).describe("US dollars");
    const usdPerMillionTokens = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(10_000).describe("US dollars per 1M tokens");
    const tokensPerCall = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(10_000_000);
    const modelRef = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200);
    const useCaseSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        task: taskKindSchema.describe("Q3: is the feature about knowledge, behaviour, both, or neither?"),
        knowledge_change: knowledgeChangeSchema.describe("Q1: how often the knowledge the feature needs changes"),
        citations_required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe("Q2: must answers cite sources or leave an audit trail?"),
        style_requirements: styleRequirementSchema.default("none").describe("How much the voice, tone or format matters"),
        latency_p95_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(3_600_000).optional().describe("Q5: required p95 latency in milliseconds"),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(1e12).describe("Expected queries per month (at least 1: with none, every per-query cost is $0 and the budget is never tested)"),
    });
    const readinessSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        enough_examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe(">= 100 high-quality examples (500+ preferred)"),
        knowledge_static: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("knowledge static for 6+ months"),
        behavior_change_needed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("a behavioural change is needed"),
        tried_rag_few_shot: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("RAG + few-shot tried first"),
        eval_pipeline_ready: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("evaluation pipeline ready"),
        iteration_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("time for 3-5 training iterations"),
        maintenance_plan: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("a maintenance plan for when base models improve"),
        forgetting_tested: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("tested for catastrophic forgetting"),
        latency_justifies: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("latency critical enough to justify removing retrieval"),
        beats_prompting: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("a reason why fine-tuning beats prompting here"),
    });
    const flatCost = {
        monthly_usd: usd.optional().describe("flat monthly cost instead of usage x price"),
        one_time_usd: usd.optional().describe("flat one-time cost"),
    };
    const pricedModel = {
        provider: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100).optional(),
        model: modelRef.optional(),
        usd_per_mtok: usdPerMillionTokens.optional().describe("blended price for every token, overriding the pinned table"),
    };
    const llmCostSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...pricedModel,
        ...flatCost,
        input_tokens: tokensPerCall.optional().describe("input tokens per call"),
        output_tokens: tokensPerCall.optional().describe("output tokens per call"),
        tokens_per_query: tokensPerCall.optional().describe("every token of a query (all its calls), priced at the blended usd_per_mtok; instead of input_tokens/output_tokens"),
        calls_per_query: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(1000).default(1),
        input_usd_per_mtok: usdPerMillionTokens.optional(),
        output_usd_per_mtok: usdPerMillionTokens.optional(),
    });
    const embeddingCostSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...pricedModel,
        ...flatCost,
        tokens_per_query: tokensPerCall.optional().describe("tokens embedded per query"),
    });
    const flatCostSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ ...flatCost, note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500).optional() });
    const fineTuneCostSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...pricedModel,
        ...flatCost,
        training_tokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(1e12).optional().describe("tokens in the training file"),
        epochs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(100).default(1),
    });
    const otherCostSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100), ...flatCost });
    const costSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        llm: llmCostSchema.optional(),
        embedding: embeddingCostSchema.optional(),
        vector_db: flatCostSchema.optional(),
        fine_tune: fineTuneCostSchema.optional(),
        hosting: flatCostSchema.optional(),
        other: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(otherCostSchema).max(100).optional(),
    });
    const repoPath = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(1000);
    const evalFiles = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([repoPath, zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(repoPath).min(1).max(100)]);
    const benchmarkName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200);
    const evalsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(EVAL_FORMATS).default("auto").describe("how to read the eval files; auto detects each file from its content"),
        candidate: evalFiles.optional().describe("eval results of the customised model: a path, a glob or a list, relative to the plan file"),
        baseline: evalFiles.optional().describe("eval results of the base model: a path, a glob or a list, relative to the plan file"),
        general: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(benchmarkName).max(200).optional().describe("benchmarks that measure forgetting"),
        safety: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(benchmarkName).max(200).optional().describe("suites for the safety gate"),
        task: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(benchmarkName).max(200).optional().describe("suites for the task-quality gate"),
        metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(benchmarkName, zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200)).optional().describe("metric per benchmark, e.g. { hellaswag: acc_norm } or exact_match,flexible-extract"),
        chance: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(benchmarkName, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(0.99)).optional().describe("chance level per multiple-choice benchmark (1/choices), to judge forgetting above chance"),
        pool: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(benchmarkName).max(200).optional().describe("promptfoo suites run with several providers or prompts whose rows are judged together"),
        task_floor: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe("minimum task-quality score"),
    });
    const waiverSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        gate: gateIdSchema,
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1).max(1000),
        owner: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1).max(200),
        expires: zod__WEBPACK_IMPORTED_MODULE_1__/* .date */ .p6().describe("YYYY-MM-DD; the waiver stops applying after this day"),
    });
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1).max(100),
        approach: approachSchema,
        fine_tune_method: fineTuneMethodSchema.optional().describe("hybrid only: how the behaviour part is fine-tuned"),
        use_case: useCaseSchema,
        training: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(1e9) }).optional(),
        readiness: readinessSchema.optional(),
        architecture: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            components: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100)).max(50).default([]),
            evidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(1000).optional().describe("where the measured need for these components is shown"),
        })
            .optional(),
        cost: costSchema.optional(),
        budget: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ monthly_usd: usd.optional(), one_time_usd: usd.optional() }).optional(),
        evals: evalsSchema.optional(),
        waivers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(waiverSchema).max(100).default([]),
    })
        .describe("A tunegate plan: what an LLM feature must do and how it is customised");
}
//# sourceMappingURL=schema.js.map

/***/ }),

/***/ 382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ policyFileSchema),
/* harmony export */   w: () => (/* binding */ policySchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);


const LEVELS = ["error", "warning", "info"];
/**
 * The whole policy. Built on first use: a run whose repository has no policy of its own uses the
 * shipped policy as validated at build time and never needs it.
 */
const policySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => {
    const levelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(LEVELS);
    const ratio = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1);
    const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(1e9);
    const milliseconds = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(3_600_000);
    const exampleMinimumsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ lora: count, qlora: count, "full-fine-tune": count });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
        framework: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            rag_knowledge_change: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .knowledgeChangeSchema */ .WO).describe("Q1: change rates that call for RAG"),
            rag_preferred_knowledge_change: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .knowledgeChangeSchema */ .WO).describe("Q1: change rates where RAG is preferred"),
            behavior_style_levels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .styleRequirementSchema */ .IY).describe("style requirements strong enough to be a behaviour need"),
            strict_latency_ms: milliseconds.describe("Q5: below this p95, retrieval's hop matters (consider fine-tuning)"),
            rag_latency_ok_ms: milliseconds.describe("Q5: at or above this p95, RAG's hop is comfortably fine"),
            full_fine_tune_examples: count.describe("Q4: more examples than this make full fine-tuning possible"),
            retrieval_overhead_ms: milliseconds.describe("latency rule: what retrieval adds (embed + search + fetch)"),
            max_components_without_evidence: count.describe("M5: routing/reranking/cascade components allowed without measured need"),
        })
            .describe("Inputs to the decision framework (docs/framework.md sections 2 and 4)"),
        severities: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
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
            inconclusive: levelSchema.describe("a gate whose interval straddles its threshold: the data cannot tell"),
            not_comparable: levelSchema.describe("candidate and baseline measured different examples or settings"),
        })
            .describe("How much each rule counts"),
        gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            "data-sufficiency": zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                min_examples: exampleMinimumsSchema.describe("fewer examples than this fail (and trigger M3)"),
                preferred_examples: exampleMinimumsSchema.describe("fewer than this passes with a quality warning"),
            }),
            forgetting: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                min_ratio: ratio.describe("candidate general score / base model's, per benchmark and overall"),
                max_drop: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                    .min(0)
                    .nullable()
                    .default(null)
                    .describe("for metrics a ratio cannot judge (signed, or lower is better): the largest drop allowed, in the metric's units; null refuses such metrics"),
                required_for: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .approachSchema */ .Or),
            }),
            safety: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ min_score: ratio, required_for: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .approachSchema */ .Or) }),
            "task-quality": zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                max_drop_vs_baseline: ratio.describe("how far the candidate's task score may fall below the baseline's"),
            }),
            "pricing-freshness": zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                max_age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(3650).describe("oldest allowed as_of of a pinned price"),
            }),
        }),
        waivers: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            max_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(3650).describe("the longest a waiver may run, counted from the day of the check"),
            allow_missing_required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe("whether a waiver may excuse a required gate that has no evidence at all (false: it may not)"),
        })
            .describe("Limits on the plan's waivers: a waiver is a deadline, not a permanent exemption"),
        statistics: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["interval", "point"]).describe("interval: judge with confidence bounds; point: the plain point-estimate rule"),
            alpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(0.5).describe("one-sided error level of every bound"),
            multiplicity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["holm", "none"]).describe("holm: Holm-Bonferroni over the FAIL decisions of several benchmarks"),
            primary: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).describe("if not empty, only these benchmarks can fail the forgetting gate; the rest are reported"),
            power: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1).describe("power used to say how many examples would resolve an inconclusive result"),
        })
            .describe("How eval results are judged: one-sided confidence bounds, Holm over several benchmarks, the power behind 'N more examples would resolve it'"),
        audit: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            drift_threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(10).describe("relative change of a pinned price that needs action"),
            shutdown_horizon_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(3650).describe("warn about model shutdowns this close"),
            announce_horizon_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(3650).describe("look this far ahead for announced price changes"),
            unverified: levelSchema.describe("when current prices cannot be fetched or parsed: error fails the audit, warning warns"),
        })
            .describe("The scheduled pricing-drift audit"),
        sensitivity: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            self_host_price: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe("pinned per_hour entry that prices self-hosting a fine-tuned model"),
            hours_per_month: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(744),
            replicas: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(1000),
        })
            .describe("Inputs to the self-hosting crossover in every cost report"),
        estimate: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            llm: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ provider: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), input_tokens: count, output_tokens: count }),
            embedding: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ provider: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), tokens_per_query: count }),
            vector_db_monthly_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0),
            fine_tune_tokens_per_example: count,
            fine_tune_epochs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(100),
            fine_tune_usd_per_mtok: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0),
            full_fine_tune_inference_multiplier: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(100).describe("fine-tuned inference costs this many times the base price"),
        })
            .describe("Assumptions `tunegate analyze` prices a recommendation with; its flags override them"),
        pricing: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
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
const policyFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => partialDeep(policySchema).describe("A tunegate policy file: a partial override layered over the policy shipped with tunegate. Every key is optional; write only what you change."));
/** Every object in the schema made optional at every level; leaves, lists and maps stay whole. */
function partialDeep(schema) {
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodLazy */ .Ihb)
        return partialDeep(schema.unwrap());
    const inner = schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodDefault */ .XiL || schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodOptional */ .IiU ? schema.def.innerType : schema;
    if (!(inner instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH))
        return schema;
    const shape = Object.fromEntries(Object.entries(inner.shape).map(([key, child]) => {
        const partial = partialDeep(child).optional();
        return [key, child.description === undefined ? partial : partial.describe(child.description)];
    }));
    const object = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(shape);
    return inner.description === undefined ? object : object.describe(inner.description);
}
//# sourceMappingURL=schema.js.map

/***/ })

};

//# sourceMappingURL=273.index.js.map