export const id = 522;
export const ids = [522];
export const modules = {

/***/ 1522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runText: () => (/* binding */ runText)
/* harmony export */ });
/* harmony import */ var _parts_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4808);
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5460);


/**
 * Plain text for terminals: each checked plan's report; with several plans, a closing line.
 * Input errors go to stderr (the CLI prints them there), never into the report.
 */
function runText(run) {
    const checked = run.plans.filter(_input_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isChecked */ .W);
    const body = checked.map((p) => (0,_parts_text_js__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S)(p.report)).join("\n");
    const removed = run.removed_plans.map((file) => `warning: ${file} was checked at the base branch and is gone at this head: its gates no longer run\n`).join("");
    if (run.plans.length <= 1)
        return `${removed}${body}`;
    return `${removed}${body}\ntunegate: ${run.plans.length} plans, verdict ${run.verdict}\n`;
}
//# sourceMappingURL=text.js.map

/***/ }),

/***/ 4808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ costLines),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2162);
/* harmony import */ var _eval_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3602);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7266);
/* harmony import */ var _cost_sentences_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3833);
/* harmony import */ var _next_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7077);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2444);
/* harmony import */ var _rules_section_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9150);







const OUTCOME_LABEL = {
    pass: "PASS",
    warn: "WARN",
    fail: "FAIL",
    waived: "WAIVED",
    missing: "MISSING",
    skipped: "n/a",
    inconclusive: "UNCLEAR",
};
/** Plain text for terminals: no markup, aligned columns, the verdict first and last. */
function renderText(report) {
    const lines = [];
    lines.push(`tunegate ${report.verdict.toUpperCase()}: ${report.headline}`);
    const fix = (0,_next_step_js__WEBPACK_IMPORTED_MODULE_1__/* .firstFix */ .q6)(report);
    if (fix !== null)
        lines.push(`first: ${fix}`);
    lines.push(`plan ${report.plan.file}: approach ${report.plan.approach}${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`}; framework recommends ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApproach */ .UT)(report.recommendation)}`);
    lines.push("");
    lines.push("Gates");
    const width = Math.max(...report.gates.map((g) => g.id.length));
    for (const g of report.gates) {
        const threshold = g.threshold === null ? "" : ` [threshold ${g.threshold.display}, from ${g.threshold.source}]`;
        lines.push(`  ${OUTCOME_LABEL[g.outcome].padEnd(7)} ${g.id.padEnd(width)}  ${g.summary}${threshold}`);
        if (g.fix !== null)
            lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    fix: ${g.fix}${g.level === "error" ? " (blocks the deploy)" : ""}`);
        if (g.outcome !== "pass" && g.outcome !== "skipped") {
            // The fix is printed just above; a detail repeating it is left out.
            for (const d of g.details.filter((d) => d !== `to fix: ${g.fix}`))
                lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    - ${d}`);
            if (g.outcome !== "waived")
                lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    at ${g.location.file}:${g.location.line}:${g.location.column}`);
        }
    }
    const rules = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesLines */ .dT)(report.rules);
    if (rules.length > 0)
        lines.push("", ...rules);
    lines.push("");
    lines.push(`Recommendation: ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApproach */ .UT)(report.recommendation)}`);
    for (const r of report.recommendation.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    if (report.findings.length > 0) {
        lines.push("");
        lines.push("Mismatches");
        for (const f of report.findings)
            lines.push(`  ${f.rule.padEnd(8)} ${f.level}: ${f.message} (${f.location.file}:${f.location.line}); fix: ${f.fix}`);
    }
    if (report.cost !== null)
        lines.push("", ...costLines(report.cost));
    const sources = (0,_eval_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .evalSourceRows */ .t)(report);
    if (sources.length > 0) {
        lines.push("", "Eval files read");
        const names = [...(report.evals.candidate ?? []), ...(report.evals.baseline ?? []), ...(report.evals.alternative ?? [])].map((s) => s.names);
        const sideWidth = Math.max(...sources.map(([side]) => side.length));
        sources.forEach(([side, file, format, version, model, examples, sha256], i) => {
            lines.push(`  ${side.padEnd(sideWidth)} ${file}: ${format}${version === "—" ? "" : ` ${version}`}, model ${model}, ${examples === "—" ? "example count not recorded" : `${examples} example${/^1(\s|$)/.test(examples) ? "" : "s"}`}${sha256 === "—" ? "" : `, sha256 ${sha256}`}`);
            if ((names[i] ?? []).length > 0)
                lines.push(`  ${" ".repeat(sideWidth)} names: ${names[i].join(", ")}`);
        });
    }
    const waivers = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .waiversRead */ .it)(report.rules);
    if (waivers !== undefined)
        lines.push("", "Waivers read", `  ${waivers.file}: sha256 ${waivers.sha256}`);
    lines.push("");
    const origin = (0,_rules_section_js__WEBPACK_IMPORTED_MODULE_2__/* .rulesOriginNote */ .c0)(report.rules);
    lines.push(`verdict: ${report.verdict} (thresholds: ${report.policy.files.join(" < ")}; prices: ${report.policy.pricing_file};${origin === "" ? "" : ` ${origin};`} ${report.evaluated_on})`);
    // Each entry is one line by construction; a newline in it came from user data.
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN).join("\n")}\n`;
}
function costLines(cost) {
    const lines = [`Cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(cost.monthly_usd)}/month + ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(cost.one_time_usd)} one-time (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(cost.monthly_queries)} queries/month)`];
    const width = Math.max(...cost.items.map((i) => i.label.length), 4);
    for (const i of cost.items) {
        const amount = `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(i.usd)}${i.period === "monthly" ? "/month" : " one-time"}`;
        lines.push(`  ${i.label.padEnd(width)}  ${amount.padStart(22)}  ${i.assumption}; ${i.price_source}`);
    }
    if (cost.break_even_monthly_queries !== null)
        lines.push(`  break-even: the monthly budget holds up to ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(cost.break_even_monthly_queries)} queries/month`);
    if (cost.self_host_crossover !== undefined && cost.self_host_crossover !== null)
        lines.push(`  ${(0,_cost_sentences_js__WEBPACK_IMPORTED_MODULE_6__/* .crossoverSentence */ .Y)(cost.self_host_crossover, cost.monthly_queries)}`);
    return lines;
}
//# sourceMappingURL=text.js.map

/***/ })

};

//# sourceMappingURL=522.index.js.map