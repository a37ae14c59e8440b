export const id = 749;
export const ids = [749];
export const modules = {

/***/ 4749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditJson: () => (/* binding */ auditJson),
/* harmony export */   auditMarkdown: () => (/* binding */ auditMarkdown),
/* harmony export */   auditText: () => (/* binding */ auditText)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);



function auditJson(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}
function headline(result) {
    if (!result.verified)
        return `could not verify current prices: ${result.unverified_reason}`;
    if (!result.needs_action)
        return "pinned prices match the current ones; every plan is within budget";
    const parts = [
        result.drift.length > 0 ? `${result.drift.length} drifted price${result.drift.length === 1 ? "" : "s"}` : "",
        result.plans_over_budget.length > 0 ? `${new Set(result.plans_over_budget.map((p) => p.plan)).size} plan(s) over budget` : "",
        result.shutdowns.length > 0 ? `${result.shutdowns.length} shutdown${result.shutdowns.length === 1 ? "" : "s"} near` : "",
        result.missing.length > 0 ? `${result.missing.length} model(s) missing from the feed` : "",
        result.announced.length > 0 ? `${result.announced.length} announced change(s)` : "",
        result.stale.length > 0 ? `${result.stale.length} stale pin(s)` : "",
    ].filter((p) => p !== "");
    return `needs action: ${parts.join(", ")}`;
}
const money = (v) => (v === null ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(v));
function auditText(result) {
    const lines = [`tunegate pricing audit ${result.today}: ${headline(result)}`, `pinned prices: ${result.pinned_prices}`, `current prices: ${result.source}`];
    for (const d of result.drift)
        lines.push(`  DRIFT     ${d.model} ${d.price}: pinned ${d.pinned}, now ${d.current} (${d.change_pct > 0 ? "+" : ""}${d.change_pct}%)`);
    for (const m of result.missing)
        lines.push(`  MISSING   ${m.model}: ${m.reason}`);
    for (const a of result.announced)
        lines.push(`  ANNOUNCED ${a.model} ${a.price}: ${a.current} -> ${a.future} from ${a.date}`);
    for (const s of result.shutdowns)
        lines.push(`  SHUTDOWN  ${s.model}: ${s.what} ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`);
    for (const s of result.stale)
        lines.push(`  STALE     ${s.model}: as of ${s.as_of} (${s.age_days} days)`);
    if (result.unverifiable.length > 0)
        lines.push(`  manual    ${result.unverifiable.join(", ")}: pinned by hand, only aged`);
    lines.push("plans (monthly: pinned / current / announced vs budget)");
    for (const p of result.plans)
        lines.push(`  ${p.name} (${p.plan}): ${money(p.pinned)} / ${money(p.current)} / ${money(p.announced)} vs ${money(p.budget_usd)}${p.error === null ? "" : `; ${p.error}`}`);
    for (const o of result.plans_over_budget)
        lines.push(`  OVER      ${o.plan} at ${o.at} prices: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(o.monthly_usd)} > ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(o.budget_usd)} (by ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(o.monthly_usd - o.budget_usd)})`);
    // Each entry is one line by construction; a newline in it came from a plan or the price data.
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN).join("\n")}\n`;
}
function auditMarkdown(result) {
    const icon = !result.verified ? "❔" : result.needs_action ? "⚠️" : "✅";
    const parts = [`### ${icon} tunegate pricing audit · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(headline(result))}`, `Pinned prices: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(result.pinned_prices)}; current prices from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(result.source)}, checked ${result.today}.`];
    if (result.drift.length > 0) {
        parts.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([["Model", "Price", "Pinned", "Current", "Change"], ...result.drift.map((d) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(d.model), d.price, String(d.pinned), String(d.current), `${d.change_pct > 0 ? "+" : ""}${d.change_pct}%`])], { alignDelimiters: false }));
    }
    const notes = [
        ...result.missing.map((m) => `- **missing** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(m.model)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(m.reason)}`),
        ...result.announced.map((a) => `- **announced** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(a.model)} ${a.price}: ${a.current} → ${a.future} from ${a.date}`),
        ...result.shutdowns.map((s) => `- **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(s.what)}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.model)}: ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`),
        ...result.stale.map((s) => `- **stale** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.model)}: as of ${s.as_of} (${s.age_days} days)`),
    ];
    if (notes.length > 0)
        parts.push(notes.join("\n"));
    parts.push((0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([["Plan", "Budget", "Pinned", "Current", "Announced"], ...result.plans.map((p) => [`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(p.name)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(p.plan)}</sub>`, money(p.budget_usd), money(p.pinned), money(p.current), money(p.announced)])], { alignDelimiters: false }));
    if (result.unverifiable.length > 0)
        parts.push(`<sub>Pinned by hand (only aged, not compared): ${result.unverifiable.map((u) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(u)).join(", ")}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
//# sourceMappingURL=audit-report.js.map

/***/ })

};

//# sourceMappingURL=749.index.js.map