export const id = 887;
export const ids = [887];
export const modules = {

/***/ 4887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalListingJson: () => (/* binding */ evalListingJson),
  evalListingText: () => (/* binding */ evalListingText)
});

// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
;// CONCATENATED MODULE: ./lib/engine/output/parts/eval-listing.js

/** What one file holds, in the names a plan's `evals` block uses. */
function listEvalFile(file, run) {
    const source = run.sources[0];
    return {
        file,
        format: source?.format ?? run.format,
        tool_version: source?.tool_version ?? null,
        model: source?.model ?? run.model,
        examples: source?.examples ?? null,
        names: run.benchmarks.map((b) => ({ name: b.name, aliases: b.aliases, metric: b.metric, n: b.n, score: b.value, pooled: b.pooled })),
    };
}
/** The listing for a terminal: one block per file, one aligned row per name. */
function renderEvalListing(listings) {
    const lines = [];
    for (const l of listings) {
        lines.push(`${l.file}: ${l.format}${l.tool_version === null ? "" : ` ${l.tool_version}`}, model ${l.model ?? "not recorded"}, ${l.examples === null ? "examples not counted" : `${l.examples} example${l.examples === 1 ? "" : "s"}`}, ${l.names.length} name${l.names.length === 1 ? "" : "s"}`);
        const width = Math.min(48, Math.max(4, ...l.names.map((n) => n.name.length)));
        const metricWidth = Math.min(32, Math.max(6, ...l.names.map((n) => n.metric.length)));
        lines.push(`  ${"name".padEnd(width)}  ${"metric".padEnd(metricWidth)}  ${"n".padStart(7)}  score`);
        for (const n of l.names) {
            const notes = [n.pooled ? "pooled: list it in evals.pool to use it" : "", n.aliases.length > 0 ? `also named ${n.aliases.join(", ")}` : ""].filter((x) => x !== "");
            lines.push(`  ${n.name.padEnd(width)}  ${n.metric.padEnd(metricWidth)}  ${(n.n === null ? "—" : String(n.n)).padStart(7)}  ${n.score.toFixed(4)}${notes.length === 0 ? "" : `  (${notes.join("; ")})`}`);
        }
        lines.push("");
    }
    lines.push("A plan names these in evals.general (forgetting), evals.safety and evals.task; evals.metrics picks a metric per name.");
    return `${lines.map(parts_escape/* oneLine */.TN).join("\n")}\n`;
}
//# sourceMappingURL=eval-listing.js.map
;// CONCATENATED MODULE: ./lib/engine/output/formats/eval-listing.js

// `tunegate evals`'s formats, each a function of the listing of every file it was given.
const evalListingText = (listings) => renderEvalListing(listings);
const evalListingJson = (listings) => `${JSON.stringify(listings, null, 2)}\n`;
//# sourceMappingURL=eval-listing.js.map

/***/ })

};

//# sourceMappingURL=887.index.js.map