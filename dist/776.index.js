export const id = 776;
export const ids = [776];
export const modules = {

/***/ 2776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSarif: () => (/* binding */ runSarif)
/* harmony export */ });
/* harmony import */ var _parts_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2444);
/* harmony import */ var _gates_gate_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5674);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1383);
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5460);




/** The framework's mismatch rules, as findings name them (framework.md section 4). */
const FINDING_RULES = {
    M1: "Fine-tuning for knowledge that changes, or that must be cited",
    M2: "RAG for a task that is only about behaviour",
    M3: "Cold start: fine-tuning with too few examples",
    M4: "Fine-tuning without an evaluation pipeline",
    M5: "An over-engineered hybrid: components without a measured need",
    latency: "Retrieval under a latency requirement shorter than its overhead",
};
const INPUT_RULE = "input-error";
const sarifLevel = (level) => (level === "error" ? "error" : level === "warning" ? "warning" : "note");
/**
 * SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one rule per gate, mismatch
 * rule and input errors, with stable ids; one result per blocking or warning finding, at the
 * plan's file, line and column.
 */
function runSarif(run) {
    const rules = [
        ..._plan_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_IDS */ .$I.map((id) => ({ id, name: _gates_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_TITLES */ .Wc[id].replace(/[^A-Za-z0-9]+/g, ""), shortDescription: { text: _gates_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_TITLES */ .Wc[id] }, properties: { tags: ["tunegate", "gate"] } })),
        ...Object.entries(FINDING_RULES).map(([id, text]) => ({ id, name: `Mismatch${id}`, shortDescription: { text }, properties: { tags: ["tunegate", "framework"] } })),
        { id: INPUT_RULE, name: "InputError", shortDescription: { text: "A plan, policy or eval file tunegate could not read: nothing was judged" }, properties: { tags: ["tunegate", "input"] } },
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = [];
    const result = (ruleId, level, text, at) => ({
        ruleId,
        ruleIndex: index.get(ruleId) ?? index.get(INPUT_RULE),
        level,
        message: { text },
        locations: [{ physicalLocation: { artifactLocation: { uri: at.file }, region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) } } }],
        // Stable across runs for the same plan, rule and field, so code scanning tracks one alert.
        partialFingerprints: { "tunegate/v1": `${at.file}|${ruleId}|${text.slice(0, 80)}` },
    });
    for (const plan of run.plans) {
        if (!(0,_input_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isChecked */ .W)(plan)) {
            for (const e of plan.input_errors)
                results.push(result(INPUT_RULE, "error", `${e.message}${e.hint === null ? "" : ` (hint: ${e.hint})`}`, e));
            continue;
        }
        const report = plan.report;
        for (const f of report.findings)
            results.push(result(f.rule in FINDING_RULES ? f.rule : INPUT_RULE, sarifLevel(f.level), `${report.plan.name}: ${f.message}. Fix: ${f.fix}`, f.location));
        for (const g of report.gates) {
            if (g.level === "none")
                continue;
            // approach-fit only restates the mismatch findings, which are reported by rule above.
            if (g.id === "approach-fit" && report.findings.length > 0)
                continue;
            results.push(result(g.id, sarifLevel(g.level), `${report.plan.name}: ${g.title} ${g.outcome}: ${g.summary}${g.fix === null ? "" : `. Fix: ${g.fix}`}`, g.location));
        }
    }
    const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [{ tool: { driver: { name: "tunegate", version: run.tool_version, semanticVersion: run.tool_version, rules } }, results }],
    };
    return (0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonDocument */ .Q8)(log);
}
//# sourceMappingURL=sarif.js.map

/***/ })

};

//# sourceMappingURL=776.index.js.map