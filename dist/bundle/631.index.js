export const id = 631;
export const ids = [631];
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

/***/ 7266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fineTuneMethodOf),
/* harmony export */   UT: () => (/* binding */ describeApproach)
/* harmony export */ });
/* unused harmony export HYBRID_DEFAULT_METHOD */
/** A hybrid that does not say how it fine-tunes fine-tunes with LoRA: the one place this is decided. */
const HYBRID_DEFAULT_METHOD = "lora";
const METHOD_NAMES = {
    lora: "LoRA",
    qlora: "QLoRA",
    "full-fine-tune": "full fine-tune",
};
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

//# sourceMappingURL=631.index.js.map