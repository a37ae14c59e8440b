export const id = 995;
export const ids = [995];
export const modules = {

/***/ 8995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeCommand: () => (/* binding */ analyzeCommand)
/* harmony export */ });
/* harmony import */ var _engine_analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3866);
/* harmony import */ var _engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5095);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1240);
/* harmony import */ var _analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2647);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1556);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8928);







async function analyzeCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(args, { ..._analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .ANALYSIS_OPTIONS */ .W, format: { type: "string" } });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)("format", values.format, (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.formatsOf)("analyze"), "text");
    const { facts, overrides, budgetMonthlyUsd } = (0,_analysis_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .analysisInputs */ .E)(values);
    const policySpec = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_5__/* .policyFlag */ .J)(values.policy, io);
    if (!policySpec.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .reportDiagnostics */ .D)(policySpec.diagnostics, io);
    const policy = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readPolicy */ .T4)(io.cwd, policySpec.value);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const prices = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .readPrices */ .RP)(io.cwd, policy.value, undefined, values.pricing);
    if (!prices.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .reportDiagnostics */ .D)(prices.diagnostics, io);
    const result = (0,_engine_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .n)(facts, policy.value, prices.value, overrides, budgetMonthlyUsd);
    if (!result.ok) {
        // The priced items came from flags or the policy's estimate block, not a file the user wrote.
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(result.problems.map((p) => `${p.message}${p.hint === undefined ? "" : ` (${p.hint})`}`).join("; "));
    }
    io.out(await (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.renderOutput)("analyze", format, result.value));
    return 0;
}
//# sourceMappingURL=analyze-command.js.map

/***/ })

};

//# sourceMappingURL=995.index.js.map