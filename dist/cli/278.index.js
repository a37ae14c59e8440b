export const id = 278;
export const ids = [278];
export const modules = {

/***/ 3320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ verdictSchema),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   nI: () => (/* binding */ failOnSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["pass", "warn", "fail"]);
const failOnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["error", "warning", "never"]);
/** The worst level among the gates decides: any error fails, any warning warns. */
function verdictOf(gates) {
    if (gates.some((g) => g.level === "error"))
        return "fail";
    if (gates.some((g) => g.level === "warning"))
        return "warn";
    return "pass";
}
/** The process exit code is a pure function of the verdict and --fail-on. */
function exitCodeFor(verdict, failOn) {
    if (failOn === "never")
        return 0;
    if (verdict === "fail")
        return 1;
    return verdict === "warn" && failOn === "warning" ? 1 : 0;
}
//# sourceMappingURL=verdict.js.map

/***/ }),

/***/ 4278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AUDIT_INPUT_ERROR_OUTPUTS: () => (/* binding */ AUDIT_INPUT_ERROR_OUTPUTS),
/* harmony export */   EXIT_UNVERIFIED: () => (/* binding */ EXIT_UNVERIFIED),
/* harmony export */   auditOutputs: () => (/* binding */ auditOutputs),
/* harmony export */   decideAudit: () => (/* binding */ decideAudit),
/* harmony export */   trackingIssueNeedsAction: () => (/* binding */ trackingIssueNeedsAction)
/* harmony export */ });
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3320);
/* harmony import */ var _pricing_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3560);


/** Exit code when current prices could not be verified and the policy counts that as an error. */
const EXIT_UNVERIFIED = 3;
/**
 * The audit's verdict under the policy, for the CLI and the Action alike. Prices that moved,
 * plans over budget at today's prices, models past shutdown or gone from the feed need action now
 * (fail); stale pins, announced changes and near shutdowns warn; prices that cannot be verified
 * count as `audit.unverified` says.
 */
function decideAudit(result, unverified, failOn) {
    if (!result.verified) {
        const verdict = unverified === "error" ? "fail" : unverified === "warning" ? "warn" : "pass";
        return {
            verdict,
            exit_code: unverified === "error" && failOn !== "never" ? EXIT_UNVERIFIED : (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .Rr)(verdict, failOn),
            summary: `could not verify current prices (${result.unverified_reason}); the pinned prices were kept`,
        };
    }
    const now = result.drift.length > 0 || result.missing.length > 0 || result.plans_over_budget.some((p) => p.at !== "announced") || result.shutdowns.some((s) => s.days_left < 0);
    const verdict = now ? "fail" : result.needs_action ? "warn" : "pass";
    const summary = verdict === "pass" ? `pinned prices match the current ones; ${(0,_pricing_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .budgetStanding */ .o7)(result)}` : verdict === "fail" ? "something needs action now (see the report)" : "something needs attention soon (see the report)";
    return { verdict, exit_code: (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .Rr)(verdict, failOn), summary };
}
function auditOutputs(result, decision) {
    return {
        verdict: decision.verdict,
        "deploy-allowed": "false",
        "drift-found": result.drift.length > 0 ? "true" : "false",
        "plans-over-budget": JSON.stringify(result.plans_over_budget),
    };
}
/** The outputs of an audit that could not read its inputs: it fails, and found nothing. */
const AUDIT_INPUT_ERROR_OUTPUTS = { verdict: "fail", "drift-found": "false", "plans-over-budget": "[]" };
/** The tracking issue is open while something needs action, prices that could not be verified included. */
function trackingIssueNeedsAction(result) {
    return result.needs_action || !result.verified;
}
//# sourceMappingURL=audit-decision.js.map

/***/ })

};

//# sourceMappingURL=278.index.js.map