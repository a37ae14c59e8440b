export const id = 504;
export const ids = [504];
export const modules = {

/***/ 7504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var _engine_input_severities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7070);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1556);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1463);
/* harmony import */ var _engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5095);
/* harmony import */ var _engine_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4858);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7452);






/**
 * Exit codes: 0 nothing needs action, 1 something does (with the default --fail-on warning; with
 * error, only what needs action now), 2 bad input, 3 prices could not be verified. The verdict is
 * the engine's, the same the Action's audit mode reports.
 */
async function auditCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, {
        plan: { type: "string", default: "**/tunegate.yml" },
        pricing: { type: "string" },
        policy: { type: "string" },
        current: { type: "string" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        today: { type: "string" },
    });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)("format", values.format, (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.formatsOf)("audit"), "text");
    const failOn = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)("fail-on", values["fail-on"], _engine_input_severities_js__WEBPACK_IMPORTED_MODULE_3__/* .FAIL_ON_VALUES */ .Q, "warning");
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .dateFlag */ .BL)("today", values.today, io.today);
    // The price data is megabytes of JavaScript; only the commands that need it load it.
    const [{ runAudit }, { renderOutput }, { buildAuditRunReport }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(294), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(240), __webpack_require__.e(593), __webpack_require__.e(393)]).then(__webpack_require__.bind(__webpack_require__, 5393)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5095)), Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 4365))]);
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const outcome = await runAudit({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, current: values.current, today });
    if (!outcome.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .reportDiagnostics */ .D)(outcome.diagnostics, io);
    const run = buildAuditRunReport(outcome.result, outcome.policy.audit.unverified, failOn, _engine_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
    io.out(await renderOutput("audit", format, run));
    return run.exit_code;
}
//# sourceMappingURL=audit-command.js.map

/***/ })

};

//# sourceMappingURL=504.index.js.map