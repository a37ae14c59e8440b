export const id = 425;
export const ids = [425];
export const modules = {

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
        const expected = issue.code === "invalid_value"
            ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
            : issue.code === "invalid_type"
                ? issue.expected
                : "a value";
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

/***/ 4903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ parseYamlMapping),
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
            problems.push({
                kind: "invalid-value",
                path,
                offset: tagOffset(text, offset, tag),
                ...tagProblem(shortTag(tag)),
            });
            continue;
        }
        if ((0,dist/* isScalar */.jn)(node))
            continue;
        if (depth > MAX_YAML_NESTING) {
            problems.push({
                kind: "invalid-value",
                path: path.slice(0, 3),
                offset,
                message: `the document nests more than ${MAX_YAML_NESTING} levels deep`,
                hint: "tunegate's files nest a few levels; check what generated this one",
            });
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
                    problems.push({
                        kind: "syntax",
                        path,
                        offset: key === null ? offset : rangeStart(key),
                        message: "a key must be a plain name, not a list or mapping",
                        hint: "write the key as a name",
                    });
                    continue;
                }
                const name = String(key.value);
                children.push({ node: key, path: [...path, name] }, { node: item.value, path: [...path, name] });
                const first = seen.get(name);
                if (first !== undefined) {
                    problems.push({
                        kind: "syntax",
                        path: [...path, name],
                        offset: rangeStart(key),
                        message: `duplicate key "${(0,credentials/* excerpt */.Kb)(name)}"`,
                        hint: "a key may appear once per mapping; delete one of them",
                    });
                }
                else
                    seen.set(name, rangeStart(key));
                if (name === "__proto__") {
                    problems.push({
                        kind: "unknown-key",
                        path: [...path, name],
                        offset: rangeStart(key),
                        message: `unknown key "__proto__"`,
                        hint: "remove it",
                    });
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
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
// EXTERNAL MODULE: ./lib/engine/input/count-text.js
var count_text = __webpack_require__(6788);
;// CONCATENATED MODULE: ./lib/engine/input/yaml-work.js




/**
 * The most collections and sequence entries one YAML document may open. Each costs the parser
 * about 2 KB (a 1 MB plan of `{}`, 340,000 of them, took 730 MB); tunegate's files open a few
 * dozen (a plan about 30, the shipped policies about 60). Keys and scalars are not counted here:
 * a 1 MB plan of 60,000 keys is refused by its schema, its near-misses located one by one.
 */
const MAX_YAML_COLLECTIONS = 25_000;
/** Tokens of yaml's lexer that are not text of the document (markers it inserts). */
const MARKERS = new Set(["\u0002", "\u0018", "\u001f"]);
/**
 * Where a YAML document opens more than MAX_YAML_COLLECTIONS flow collections and sequence
 * entries, found with yaml's lexer alone (which builds nothing but the token it yields) before
 * the parser builds anything; null when it does not. Flow brackets nested past the depth limit
 * are named as such, as the parser's own depth error would.
 */
function yamlCollectionExcess(text, maxCollections = MAX_YAML_COLLECTIONS) {
    let collections = 0;
    let offset = 0;
    let flowDepth = 0;
    // `- - - 1` nests a sequence in a sequence on one line.
    let entriesOnLine = 0;
    let tooDeepAt;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (MARKERS.has(token))
            continue;
        const first = token[0];
        if (first === "{" || first === "[") {
            if (++flowDepth > MAX_YAML_NESTING)
                tooDeepAt ??= offset;
            if (++collections > maxCollections)
                break;
        }
        else if (first === "}" || first === "]")
            flowDepth--;
        else if (token === "-") {
            if (++entriesOnLine > MAX_YAML_NESTING)
                tooDeepAt ??= offset;
            if (++collections > maxCollections)
                break;
        }
        else if (first === "\n" || first === "\r")
            entriesOnLine = 0;
        offset += token.length;
    }
    if (collections <= maxCollections)
        return null;
    if (tooDeepAt !== undefined)
        return {
            ...(0,json_nesting/* lineAndColumn */.q1)(text, tooDeepAt),
            message: `the document nests too deeply to read (tunegate reads at most ${MAX_YAML_NESTING} levels)`,
        };
    return {
        ...(0,json_nesting/* lineAndColumn */.q1)(text, offset),
        message: `the document opens more than ${(0,count_text/* formatCount */.B)(maxCollections)} collections and list entries; tunegate's files open a few dozen`,
    };
}
//# sourceMappingURL=yaml-work.js.map
;// CONCATENATED MODULE: ./lib/engine/input/yaml-source.js





/**
 * Alias expansion is capped so that a "billion laughs" document fails fast instead of
 * exhausting memory; real plans use no aliases at all.
 */
const MAX_ALIAS_EXPANSIONS = 50;
/**
 * Parses a file whose top level must be a mapping (a plan, a waivers file): anything else is one
 * located problem that says what the file should hold.
 */
function parseYamlMapping(file, text, shouldHold) {
    const parsed = parseYamlSource(file, text);
    if (!parsed.ok)
        return parsed;
    const data = parsed.value.data;
    if (data !== null && typeof data === "object" && !Array.isArray(data))
        return parsed;
    return {
        ok: false,
        diagnostics: [{ kind: "invalid-value", message: shouldHold, location: parsed.value.locate([]), field: "" }],
    };
}
/** Parses YAML text with positions kept, turning syntax problems into diagnostics. */
function parseYamlSource(file, text) {
    const excess = yamlCollectionExcess(text);
    if (excess !== null) {
        const hint = "tunegate's files are written by hand; check what generated this one";
        return {
            ok: false,
            diagnostics: [
                {
                    kind: "invalid-value",
                    message: excess.message,
                    location: { file, line: excess.line, column: excess.column },
                    field: "",
                    hint,
                },
            ],
        };
    }
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
            diagnostics: (0,diagnostic/* capDiagnostics */.HB)(structure.map((p) => ({
                kind: p.kind,
                message: p.message,
                location: at(p.offset),
                field: (0,diagnostic/* formatFieldPath */.vZ)(p.path),
                hint: p.hint,
            })), structure.length),
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
        return {
            message: `the document nests too deeply to read (tunegate reads at most ${MAX_YAML_NESTING} levels)`,
            hint: "tunegate's files nest a few levels; check what generated this one",
        };
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

/***/ })

};

//# sourceMappingURL=425.index.js.map