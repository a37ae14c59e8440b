export const id = 877;
export const ids = [877];
export const modules = {

/***/ 7877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pricingCommand: () => (/* binding */ pricingCommand)
/* harmony export */ });
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5154);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1556);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6607);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7452);





async function pricingCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "pin")
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`pricing needs a subcommand: pin${sub === undefined ? "" : ` (got "${sub}")`}`);
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(rest, {
        plan: { type: "string", default: "**/tunegate.yml" },
        policy: { type: "string" },
        pricing: { type: "string" },
        data: { type: "string" },
        today: { type: "string" },
    });
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .dateFlag */ .BL)("today", values.today, io.today);
    const { pinPrices } = await Promise.all(/* import() */[__webpack_require__.e(294), __webpack_require__.e(593), __webpack_require__.e(324), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 6324));
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const outcome = await pinPrices({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, data: values.data, today });
    if (!outcome.ok) {
        if (outcome.reason !== undefined && outcome.diagnostics.length === 0) {
            io.err(`tunegate: ${outcome.reason}; nothing was written\n`);
            return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_UNVERIFIED */ .$J;
        }
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(outcome.diagnostics, io);
    }
    const r = outcome.report;
    const copied = r.copied.length === 0 ? "" : `, copied ${r.copied.length} (${r.copied.join(", ")}) from the ${_repo_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .SHIPPED_PRICES */ .hz}`;
    io.out(`${r.file}: pinned ${r.pinned.length} (${r.pinned.join(", ") || "none"}), confirmed ${r.unchanged.length}, kept ${r.kept.length} hand-pinned${copied}, from ${r.source}\n`);
    for (const u of r.unknown)
        io.err(`tunegate: unknown model ${u.model}: ${u.reason}; pin it by hand (check: manual) or give its price in the plan\n`);
    return r.unknown.length > 0 ? 1 : 0;
}
//# sourceMappingURL=pricing-command.js.map

/***/ })

};

//# sourceMappingURL=877.index.js.map