export const id = 718;
export const ids = [718];
export const modules = {

/***/ 5718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evalListingJson: () => (/* binding */ evalListingJson),
/* harmony export */   evalListingText: () => (/* binding */ evalListingText)
/* harmony export */ });
/* harmony import */ var _parts_eval_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4268);

// `tunegate evals`'s formats, each a function of the listing of every file it was given.
const evalListingText = (listings) => (0,_parts_eval_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .renderEvalListing */ .Je)(listings);
const evalListingJson = (listings) => `${JSON.stringify(listings, null, 2)}\n`;
//# sourceMappingURL=eval-listing.js.map

/***/ }),

/***/ 4268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ evalListingSchema),
/* harmony export */   Je: () => (/* binding */ renderEvalListing),
/* harmony export */   tg: () => (/* binding */ listEvalFile)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2444);


/** One name a plan can use, as `tunegate evals` lists it. */
const listedNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    aliases: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .describe("Other names the same suite answers to (a promptfoo provider's label beside its id)."),
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    pooled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .describe("A promptfoo suite pooled over providers and prompts: usable only when evals.pool lists it."),
});
const evalListingEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().describe("Examples the file holds, each counted once."),
    names: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(listedNameSchema),
});
/** What `tunegate evals --format json` prints: one entry per file, in the order given (schemas/eval-listing.schema.json). */
const evalListingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(evalListingEntrySchema);
/** What one file holds, in the names a plan's `evals` block uses. */
function listEvalFile(file, run) {
    const source = run.sources[0];
    return {
        file,
        format: source?.format ?? run.format,
        tool_version: source?.tool_version ?? null,
        model: source?.model ?? run.model,
        examples: source?.examples ?? null,
        names: run.benchmarks.map((b) => ({
            name: b.name,
            aliases: b.aliases,
            metric: b.metric,
            n: b.n,
            score: b.value,
            pooled: b.pooled,
        })),
    };
}
/** The listing for a terminal: one block per file, one aligned row per name. */
function renderEvalListing(listings) {
    const lines = [];
    for (const l of listings) {
        lines.push(`${l.file}: ${l.format}${l.tool_version === null ? "" : ` ${l.tool_version}`}, model ${l.model ?? "not recorded"}, ${l.examples === null ? "examples not counted" : `${l.examples} example${l.examples === 1 ? "" : "s"}`}, ${l.names.length} name${l.names.length === 1 ? "" : "s"}`);
        // A loop, not Math.max(...names): spreading 300,000 names overflowed the stack.
        let width = 4;
        let metricWidth = 6;
        for (const n of l.names) {
            width = Math.min(48, Math.max(width, n.name.length));
            metricWidth = Math.min(32, Math.max(metricWidth, n.metric.length));
        }
        lines.push(`  ${"name".padEnd(width)}  ${"metric".padEnd(metricWidth)}  ${"n".padStart(7)}  score`);
        for (const n of l.names) {
            const notes = [
                n.pooled ? "pooled: list it in evals.pool to use it" : "",
                n.aliases.length > 0 ? `also named ${n.aliases.join(", ")}` : "",
            ].filter((x) => x !== "");
            lines.push(`  ${n.name.padEnd(width)}  ${n.metric.padEnd(metricWidth)}  ${(n.n === null ? "—" : String(n.n)).padStart(7)}  ${n.score.toFixed(4)}${notes.length === 0 ? "" : `  (${notes.join("; ")})`}`);
        }
        lines.push("");
    }
    lines.push("A plan names these in evals.general (forgetting), evals.safety and evals.task; evals.metrics picks a metric per name.");
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN).join("\n")}\n`;
}
//# sourceMappingURL=eval-listing.js.map

/***/ })

};

//# sourceMappingURL=718.index.js.map