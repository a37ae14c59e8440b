export const id = 325;
export const ids = [325,631];
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

/***/ 3129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ analysisJson),
/* harmony export */   io: () => (/* binding */ analysisText),
/* harmony export */   oc: () => (/* binding */ analysisReportSchema),
/* harmony export */   s0: () => (/* binding */ analysisMarkdown)
/* harmony export */ });
/* unused harmony export analysisReport */
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3094);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7266);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4808);
/* harmony import */ var _cost_sentences_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3833);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2444);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2162);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6788);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1383);










const costItemSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    period: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["monthly", "one_time"]),
    usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
    assumption: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    price_source: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
}));
/** `tunegate analyze --format json`: the answers given, the recommendation and the first estimate. */
const analysisReportSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz("tunegate"),
    inputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        task: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .taskKindSchema */ .NE.optional().describe("absent when not given: the other answers decide"),
        knowledge_change: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .knowledgeChangeSchema */ .WO,
        citations_required: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
        style_requirements: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .styleRequirementSchema */ .IY,
        latency_p95_ms: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        examples: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().optional(),
    }),
    recommendation: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        approach: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .approachSchema */ .Or,
        fine_tune_method: _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .fineTuneMethodSchema */ .pi.nullable(),
        reasons: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ rule: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })),
        alternative: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
            .nullable()
            .describe("the simpler approach to measure beside it (evals.alternative), which the customisation-value gate requires it to beat; null for prompt"),
    }),
    cost: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        per_query_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        budget: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(), one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable() }).nullable(),
        break_even_monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(),
        items: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(costItemSchema),
        unpriced: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), summary: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), fix: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }))
            .optional()
            .describe("costs with no price (serving a closed-weights fine-tune whose price is not published): not in the totals; absent when every item is priced"),
        ending_prices: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ price: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(), sentence: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }))
            .optional()
            .describe("prices used whose model shuts down, or stops taking new fine-tuning jobs, within the policy's audit.shutdown_horizon_days (or already has), soonest first; absent when none does"),
    }),
})
    .describe("tunegate analysis"));
/** The `analyze` answer as data: the same field names as the check report's. */
function analysisReport(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const facts = analysis.facts;
    return {
        schema_version: 1,
        tool: "tunegate",
        inputs: {
            ...(facts.task === undefined ? {} : { task: facts.task }),
            knowledge_change: facts.knowledge_change,
            citations_required: facts.citations_required,
            style_requirements: facts.style_requirements,
            ...(facts.latency_p95_ms === undefined ? {} : { latency_p95_ms: facts.latency_p95_ms }),
            monthly_queries: facts.monthly_queries,
            ...(facts.examples === undefined ? {} : { examples: facts.examples }),
        },
        recommendation: {
            approach: rec.approach,
            fine_tune_method: rec.fine_tune_method ?? null,
            reasons: rec.reasons.map((r) => ({ rule: r.rule, message: r.message })),
            alternative: (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(rec.approach),
        },
        cost: {
            monthly_usd: analysis.cost.monthly_usd,
            one_time_usd: analysis.cost.one_time_usd,
            per_query_usd: analysis.cost.per_query_usd,
            monthly_queries: facts.monthly_queries,
            budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
            break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .fu)(analysis.cost, budget),
            items: analysis.cost.items.map((i) => ({
                id: i.id,
                label: i.label,
                period: i.period,
                usd: i.usd,
                assumption: i.assumption,
                price_source: i.price_source,
            })),
            ...(analysis.cost.unpriced.length === 0
                ? {}
                : {
                    unpriced: analysis.cost.unpriced.map((u) => ({ id: u.id, label: u.label, summary: u.summary, fix: u.fix })),
                }),
            ...(analysis.endings.length === 0
                ? {}
                : {
                    ending_prices: analysis.endings.map((e) => ({ price: e.key, days_left: e.daysLeft, sentence: e.sentence })),
                }),
        },
    };
}
function analysisJson(analysis) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonDocument */ .Q8)(analysisReport(analysis));
}
function analysisText(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const lines = [
        `Recommendation: ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`,
        "",
        "Why",
    ];
    for (const r of rec.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    const alternative = measureAlternative(rec.approach);
    if (alternative !== null)
        lines.push("", alternative);
    lines.push("", ...(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .costLines */ .F)({
        ...analysis.cost,
        monthly_queries: analysis.facts.monthly_queries,
        budget: null,
        break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .fu)(analysis.cost, budget),
    }));
    const ending = endingNote(analysis);
    if (ending !== null)
        lines.push("", ending);
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN).join("\n")}\n`;
}
/** The models the estimate prices that will not stay available, and what that means for the plan. */
function endingNote(analysis) {
    if (analysis.endings.length === 0)
        return null;
    return `Before building on it: ${analysis.endings.map((e) => e.sentence).join("; ")}. tunegate check warns about it (pricing-freshness) until the plan moves to a model that stays available.`;
}
function analysisMarkdown(analysis) {
    const rec = analysis.recommendation;
    const reasons = rec.reasons.map((r) => `- **${r.rule}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(r.message)}`).join("\n");
    const rows = analysis.cost.items.map((i) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.label),
        i.period === "monthly" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "",
        i.period === "one_time" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "",
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.assumption),
    ]);
    for (const u of analysis.cost.unpriced)
        rows.push([(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(u.label), "no price", "", (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(u.summary)]);
    rows.push([
        "**Total**",
        `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.monthly_usd)}**`,
        `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.one_time_usd)}**`,
        `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B)(analysis.facts.monthly_queries)} queries/month`,
    ]);
    const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_9__/* .markdownTable */ .Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
    const alternative = measureAlternative(rec.approach);
    const unpriced = (0,_cost_sentences_js__WEBPACK_IMPORTED_MODULE_10__/* .unpricedNote */ .JY)(analysis.cost.unpriced);
    const ending = endingNote(analysis);
    return `### tunegate recommends ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${alternative === null ? "" : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(alternative)}\n\n`}${table}\n${unpriced === "" ? "" : `\nThe totals are ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(unpriced)}: ${analysis.cost.unpriced.map((u) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(u.fix)).join("; ")}.\n`}${ending === null ? "" : `\n> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(ending)}\n`}`;
}
/** What to measure beside the recommendation, so the customisation-value gate can show it pays. */
function measureAlternative(approach) {
    const alternative = (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(approach);
    return alternative === null
        ? null
        : `Measure the alternative it must beat: ${alternative}, on the same task suites (evals.alternative).`;
}
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 3833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ unpricedNote),
/* harmony export */   Yj: () => (/* binding */ crossoverSentence),
/* harmony export */   zZ: () => (/* binding */ afterTotal)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6788);

/** The self-hosting crossover in one sentence, for every renderer. */
function crossoverSentence(c, planned) {
    if (c.monthly_queries === null)
        return `Self-hosting crossover: ${c.assumption}.`;
    return `Self-hosting the fine-tuned model (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(c.self_host_monthly_usd ?? 0)}/month: ${c.assumption}) beats paying per token above ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(c.monthly_queries)} queries/month (plan: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(planned)}).`;
}
/**
 * What the totals leave out ("not counting 1 item with no price (...)"), so a reader does not take
 * them for the whole cost; "" when every item is priced.
 */
function unpricedNote(unpriced) {
    const n = unpriced?.length ?? 0;
    return n === 0
        ? ""
        : `not counting ${n} item${n === 1 ? "" : "s"} with no price (${unpriced.map((u) => u.label).join(", ")})`;
}
/** The note after a total's line, with its separator; "" when there is nothing to add. */
function afterTotal(unpriced) {
    const note = unpricedNote(unpriced);
    return note === "" ? "" : `, ${note}`;
}
//# sourceMappingURL=cost-sentences.js.map

/***/ }),

/***/ 3602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ evalSourceRows)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6788);

/** One row per file read: side, file, format, tool version, model, examples (errored rows noted), sha256. */
function evalSourceRows(report) {
    const rows = [];
    for (const side of ["candidate", "baseline", "alternative"]) {
        for (const s of report.evals[side] ?? []) {
            const examples = s.examples === null ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(s.examples);
            rows.push([
                side,
                s.file,
                s.format,
                s.tool_version ?? "—",
                s.model ?? "—",
                s.errored > 0 ? `${examples} (+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(s.errored)} errored)` : examples,
                s.sha256 ?? "—",
            ]);
        }
    }
    return rows;
}
//# sourceMappingURL=eval-sources.js.map

/***/ }),

/***/ 7077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aZ: () => (/* binding */ blockingGates),
/* harmony export */   bt: () => (/* binding */ warningGates),
/* harmony export */   q6: () => (/* binding */ firstFix)
/* harmony export */ });
/** Gates that block the deploy (level error), in the order a reviewer reads them. */
function blockingGates(report) {
    return report.gates.filter((g) => g.level === "error");
}
/** Gates that warn without blocking. */
function warningGates(report) {
    return report.gates.filter((g) => g.level === "warning");
}
/** The first thing to do: the fix of the first blocking gate, else of the first warning. */
function firstFix(report) {
    const first = [...blockingGates(report), ...warningGates(report)].find((g) => g.fix !== null);
    return first === undefined ? null : `${first.id}: ${first.fix}`;
}
//# sourceMappingURL=next-step.js.map

/***/ }),

/***/ 9150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c0: () => (/* binding */ rulesOriginNote),
/* harmony export */   dT: () => (/* binding */ rulesLines),
/* harmony export */   it: () => (/* binding */ waiversRead),
/* harmony export */   xQ: () => (/* binding */ rulesMarkdown)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2444);


const AFTER_MERGE = "applies after merge";
function origin(rules) {
    const floors = rules.loosened.some((r) => r.floor !== undefined) ? ", over the floors" : "";
    if (rules.from === "base" && rules.base_sha !== null)
        return `the stricter of the base branch's (${rules.base_sha.slice(0, 7)}) and this pull request's${floors}`;
    // Without a pull request (a push, the CLI without --base) the files checked are not a pull request's.
    if (rules.warnings.length === 0 && !rules.loosened.some((r) => r.where === "input"))
        return `the checked files' own${floors}`;
    return `this pull request's own${floors}`;
}
/**
 * Where the base's plan was: a moved plan is judged by its old path's rules; a plan new in the pull
 * request sets its own thresholds, which a reviewer must see (only the floors hold them).
 */
function basePlanNote(rules) {
    if (rules.base_plan === "new")
        return "this plan is new in this pull request (no plan of its name at the base): its own thresholds judge it, held only by the floors";
    if (rules.base_plan === "moved" && rules.base_plan_file != null)
        return `this plan was at ${rules.base_plan_file} at the base: that plan's rules apply`;
    return undefined;
}
/** A rule below a floor never applies: no review in the repository can lower the floor. */
const NEVER_APPLIES = "never applies";
/** Markdown: each loosened rule (base -> head, applies after merge), each rule a floor holds, and why the base was not read; empty when none. */
function rulesMarkdown(rules) {
    const note = basePlanNote(rules);
    if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined)
        return "";
    const parts = [
        `**Rules**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(origin(rules))}.${note === undefined ? "" : ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(capitalised(note))}.`}`,
    ];
    const loosened = rules.loosened.filter((r) => r.floor === undefined);
    const held = rules.loosened.filter((r) => r.floor !== undefined);
    if (loosened.length > 0) {
        const rows = loosened.map((r) => [
            `${r.file ?? r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`,
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base),
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${AFTER_MERGE}</sub>`,
        ]);
        parts.push(`This pull request loosens ${loosened.length} rule${loosened.length === 1 ? "" : "s"}; it was judged by the base's values:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Base (applied)", "This pull request"], ...rows], { alignDelimiters: false })}`);
    }
    if (held.length > 0) {
        const rows = held.map((r) => [
            `${r.file ?? r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`,
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.floor)}</sub>`,
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${NEVER_APPLIES}</sub>`,
        ]);
        parts.push(`${held.length} rule${held.length === 1 ? " is" : "s are"} below a floor, a minimum a repository can only tighten; the floor's value judged:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Floor (applied)", "Repository's value"], ...rows], { alignDelimiters: false })}`);
    }
    for (const w of rules.warnings)
        parts.push(`> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(w)}`);
    return parts.join("\n\n");
}
/** Plain-text lines for the same section; empty when there is nothing to say. */
function rulesLines(rules) {
    const note = basePlanNote(rules);
    if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined)
        return [];
    const lines = [`Rules: ${origin(rules)}`];
    if (note !== undefined)
        lines.push(`  ${note}`);
    for (const r of rules.loosened) {
        lines.push(r.floor === undefined
            ? `  loosened ${r.file ?? r.where} ${r.rule}: ${r.base} -> ${r.head} (${AFTER_MERGE}; judged by ${r.base})`
            : `  below a floor ${r.file ?? r.where} ${r.rule}: ${r.head} is looser than ${r.base} from ${r.floor} (${NEVER_APPLIES}; judged by ${r.base})`);
    }
    for (const w of rules.warnings)
        lines.push(`  warning: ${w}`);
    return lines;
}
/** For the report's last line: where the rules came from, when not simply the files checked. */
function rulesOriginNote(rules) {
    if (rules.from === "base" && rules.base_sha !== null)
        return `rules: stricter of base ${rules.base_sha.slice(0, 7)} and this pull request`;
    return rules.loosened.some((r) => r.where === "input") ? "rules: this pull request's own (rules-from: head)" : "";
}
/** The waivers file read beside the plan, for "what was read": its path and sha256, like the eval files'. */
function waiversRead(rules) {
    const read = rules.waivers_file;
    return read === undefined ? undefined : { file: read.file, sha256: read.sha256 ?? "—" };
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
//# sourceMappingURL=rules-section.js.map

/***/ }),

/***/ 4808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ costLines),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2162);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6788);
/* harmony import */ var _eval_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3602);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7266);
/* harmony import */ var _cost_sentences_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3833);
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
        const names = [
            ...(report.evals.candidate ?? []),
            ...(report.evals.baseline ?? []),
            ...(report.evals.alternative ?? []),
        ].map((s) => s.names);
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
    const lines = [
        `Cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(cost.monthly_usd)}/month + ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(cost.one_time_usd)} one-time (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(cost.monthly_queries)} queries/month)${(0,_cost_sentences_js__WEBPACK_IMPORTED_MODULE_7__/* .afterTotal */ .zZ)(cost.unpriced)}`,
    ];
    const width = Math.max(...cost.items.map((i) => i.label.length), 4);
    for (const i of cost.items) {
        const amount = `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(i.usd)}${i.period === "monthly" ? "/month" : " one-time"}`;
        lines.push(`  ${i.label.padEnd(width)}  ${amount.padStart(22)}  ${i.assumption}; ${i.price_source}`);
    }
    for (const u of cost.unpriced ?? [])
        lines.push(`  ${u.label.padEnd(width)}  ${"no price".padStart(22)}  ${u.summary}`);
    if (cost.break_even_monthly_queries !== null)
        lines.push(`  break-even: the monthly budget holds up to ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(cost.break_even_monthly_queries)} queries/month`);
    if (cost.self_host_crossover !== undefined && cost.self_host_crossover !== null)
        lines.push(`  ${(0,_cost_sentences_js__WEBPACK_IMPORTED_MODULE_7__/* .crossoverSentence */ .Yj)(cost.self_host_crossover, cost.monthly_queries)}`);
    return lines;
}
//# sourceMappingURL=text.js.map

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

//# sourceMappingURL=325.index.js.map