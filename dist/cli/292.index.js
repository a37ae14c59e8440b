export const id = 292;
export const ids = [292];
export const modules = {

/***/ 3094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ alternativeFor)
/* harmony export */ });
/**
 * The simpler approach a customisation must beat, as a plan measures it in evals.alternative
 * ("start simple": docs/framework.md section 9). Null for prompting, the simplest approach.
 */
function alternativeFor(approach) {
    switch (approach) {
        case "prompt":
            return null;
        case "rag":
            return "the same model without retrieval";
        case "hybrid":
            return "the RAG-only system (the base model with retrieval and few-shot prompts)";
        default:
            return "the base model prompted with few-shot examples";
    }
}
//# sourceMappingURL=alternative.js.map

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
    return [...shown, { kind: last.kind, message: `and ${more} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above first`, location: { ...last.location }, field: "" }];
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

/***/ 318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ EVAL_FORMAT_NAMES),
/* harmony export */   V: () => (/* binding */ DECLARED_EVAL_FORMATS)
/* harmony export */ });
/**
 * The name of every eval format tunegate reads: the one home of these names. The plan's
 * `evals.format`, the report's `sources[].format` and the reader registry all derive from this
 * list, so a new reader is one file in evals/formats/ and one line here and one in the registry;
 * a test fails when a name has no reader or a reader has no name. It sits in the lowest layer
 * because the plan schema, below the readers, needs the names too.
 */
const EVAL_FORMAT_NAMES = ["lm-eval", "promptfoo", "inspect", "tunegate", "junit", "deepeval", "ragas", "garak", "every-eval-ever", "lighteval"];
/** What `evals.format` accepts: auto-detection, or one format every file must be in. */
const DECLARED_EVAL_FORMATS = ["auto", ...EVAL_FORMAT_NAMES];
//# sourceMappingURL=eval-format-names.js.map

/***/ }),

/***/ 9351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analysisRunJson: () => (/* binding */ analysisRunJson),
/* harmony export */   analysisRunMarkdown: () => (/* binding */ analysisRunMarkdown),
/* harmony export */   analysisRunText: () => (/* binding */ analysisRunText)
/* harmony export */ });
/* harmony import */ var _parts_analysis_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3129);

// `tunegate analyze`'s formats, each a function of the one analysis the command makes.
const analysisRunText = (analysis) => (0,_parts_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisText */ .io)(analysis);
const analysisRunMarkdown = (analysis) => (0,_parts_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisMarkdown */ .s0)(analysis);
/** The analysis report (schemas/analysis.schema.json). */
const analysisRunJson = (analysis) => (0,_parts_analysis_js__WEBPACK_IMPORTED_MODULE_0__/* .analysisJson */ .RC)(analysis);
//# sourceMappingURL=analysis.js.map

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
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2444);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2162);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1383);









const costItemSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), label: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), period: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["monthly", "one_time"]), usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), assumption: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), price_source: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }));
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
        alternative: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable().describe("the simpler approach to measure beside it (evals.alternative), which the customisation-value gate requires it to beat; null for prompt"),
    }),
    cost: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        per_query_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
        budget: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ monthly_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(), one_time_usd: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable() }).nullable(),
        break_even_monthly_queries: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nullable(),
        items: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(costItemSchema),
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
        recommendation: { approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null, reasons: rec.reasons.map((r) => ({ rule: r.rule, message: r.message })), alternative: (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(rec.approach) },
        cost: {
            monthly_usd: analysis.cost.monthly_usd,
            one_time_usd: analysis.cost.one_time_usd,
            per_query_usd: analysis.cost.per_query_usd,
            monthly_queries: facts.monthly_queries,
            budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
            break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .f)(analysis.cost, budget),
            items: analysis.cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
        },
    };
}
function analysisJson(analysis) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonDocument */ .Q8)(analysisReport(analysis));
}
function analysisText(analysis) {
    const rec = analysis.recommendation;
    const budget = analysis.budget_monthly_usd;
    const lines = [`Recommendation: ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`, "", "Why"];
    for (const r of rec.reasons)
        lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
    const alternative = measureAlternative(rec.approach);
    if (alternative !== null)
        lines.push("", alternative);
    lines.push("", ...(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .costLines */ .F)({
        ...analysis.cost,
        monthly_queries: analysis.facts.monthly_queries,
        budget: null,
        break_even_monthly_queries: budget === undefined ? null : (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .breakEvenMonthlyQueries */ .f)(analysis.cost, budget),
    }));
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN).join("\n")}\n`;
}
function analysisMarkdown(analysis) {
    const rec = analysis.recommendation;
    const reasons = rec.reasons.map((r) => `- **${r.rule}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(r.message)}`).join("\n");
    const rows = analysis.cost.items.map((i) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.label), i.period === "monthly" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "", i.period === "one_time" ? (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(i.usd) : "", (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(i.assumption)]);
    rows.push(["**Total**", `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.monthly_usd)}**`, `**${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsd */ .UK)(analysis.cost.one_time_usd)}**`, `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCount */ .B4)(analysis.facts.monthly_queries)} queries/month`]);
    const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_8__/* .markdownTable */ .Q)([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
    const alternative = measureAlternative(rec.approach);
    return `### tunegate recommends ${(0,_plan_approach_js__WEBPACK_IMPORTED_MODULE_1__/* .describeApproach */ .UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${alternative === null ? "" : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeInline */ .VV)(alternative)}\n\n`}${table}\n`;
}
/** What to measure beside the recommendation, so the customisation-value gate can show it pays. */
function measureAlternative(approach) {
    const alternative = (0,_framework_alternative_js__WEBPACK_IMPORTED_MODULE_5__/* .alternativeFor */ .T)(approach);
    return alternative === null ? null : `Measure the alternative it must beat: ${alternative}, on the same task suites (evals.alternative).`;
}
//# sourceMappingURL=analysis.js.map

/***/ }),

/***/ 3833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ crossoverSentence)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);

/** The self-hosting crossover in one sentence, for every renderer. */
function crossoverSentence(c, planned) {
    if (c.monthly_queries === null)
        return `Self-hosting crossover: ${c.assumption}.`;
    return `Self-hosting the fine-tuned model (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(c.self_host_monthly_usd ?? 0)}/month: ${c.assumption}) beats paying per token above ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.monthly_queries)} queries/month (plan: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(planned)}).`;
}
//# sourceMappingURL=cost-sentences.js.map

/***/ }),

/***/ 3602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ evalSourceRows)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);

/** One row per file read: side, file, format, tool version, model, examples (errored rows noted), sha256. */
function evalSourceRows(report) {
    const rows = [];
    for (const side of ["candidate", "baseline", "alternative"]) {
        for (const s of report.evals[side] ?? []) {
            const examples = s.examples === null ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.examples);
            rows.push([side, s.file, s.format, s.tool_version ?? "—", s.model ?? "—", s.errored > 0 ? `${examples} (+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.errored)} errored)` : examples, s.sha256 ?? "—"]);
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
/** A rule below a floor never applies: no review in the repository can lower the floor. */
const NEVER_APPLIES = "never applies";
/** Markdown: each loosened rule (base -> head, applies after merge), each rule a floor holds, and why the base was not read; empty when none. */
function rulesMarkdown(rules) {
    if (rules.loosened.length === 0 && rules.warnings.length === 0)
        return "";
    const parts = [`**Rules**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(origin(rules))}.`];
    const loosened = rules.loosened.filter((r) => r.floor === undefined);
    const held = rules.loosened.filter((r) => r.floor !== undefined);
    if (loosened.length > 0) {
        const rows = loosened.map((r) => [`${r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base), `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${AFTER_MERGE}</sub>`]);
        parts.push(`This pull request loosens ${loosened.length} rule${loosened.length === 1 ? "" : "s"}; it was judged by the base's values:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Base (applied)", "This pull request"], ...rows], { alignDelimiters: false })}`);
    }
    if (held.length > 0) {
        const rows = held.map((r) => [`${r.where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.rule)}`, `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.base)}<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.floor)}</sub>`, `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.head)}<br><sub>${NEVER_APPLIES}</sub>`]);
        parts.push(`${held.length} rule${held.length === 1 ? " is" : "s are"} below a floor, a minimum a repository can only tighten; the floor's value judged:\n\n${(0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([["Rule", "Floor (applied)", "Repository's value"], ...rows], { alignDelimiters: false })}`);
    }
    for (const w of rules.warnings)
        parts.push(`> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(w)}`);
    return parts.join("\n\n");
}
/** Plain-text lines for the same section; empty when there is nothing to say. */
function rulesLines(rules) {
    if (rules.loosened.length === 0 && rules.warnings.length === 0)
        return [];
    const lines = [`Rules: ${origin(rules)}`];
    for (const r of rules.loosened) {
        lines.push(r.floor === undefined
            ? `  loosened ${r.where} ${r.rule}: ${r.base} -> ${r.head} (${AFTER_MERGE}; judged by ${r.base})`
            : `  below a floor ${r.where} ${r.rule}: ${r.head} is looser than ${r.base} from ${r.floor} (${NEVER_APPLIES}; judged by ${r.base})`);
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
//# sourceMappingURL=rules-section.js.map

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
const METHOD_NAMES = { lora: "LoRA", qlora: "QLoRA", "full-fine-tune": "full fine-tune" };
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

/***/ }),

/***/ 1383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lg: () => (/* binding */ APPROACHES),
  $I: () => (/* reexport */ GATE_IDS),
  Or: () => (/* binding */ approachSchema),
  jx: () => (/* binding */ evalPaths),
  pi: () => (/* binding */ fineTuneMethodSchema),
  _k: () => (/* binding */ gateIdSchema),
  WO: () => (/* binding */ knowledgeChangeSchema),
  Fu: () => (/* binding */ planSchema),
  IY: () => (/* binding */ styleRequirementSchema),
  NE: () => (/* binding */ taskKindSchema)
});

// UNUSED EXPORTS: EVAL_FORMATS

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./lib/engine/input/eval-format-names.js
var eval_format_names = __webpack_require__(318);
;// CONCATENATED MODULE: ./lib/engine/input/gate-ids.js
/**
 * Every gate's id, in the order reports list them: the one home of these names, a public
 * contract (outputs, waivers, policies and SARIF rules all name them). The plan's schema, the
 * run report's `failed_gates`, the gate titles and the SARIF rules derive from this list; a test
 * fails when a hand-written list drifts from it. Lowest layer, so the plan schema can use it.
 */
const GATE_IDS = [
    "approach-fit",
    "data-sufficiency",
    "forgetting",
    "safety",
    "task-quality",
    "latency",
    "cost-budget",
    "pricing-freshness",
    "readiness",
    "customisation-value",
];
//# sourceMappingURL=gate-ids.js.map
;// CONCATENATED MODULE: ./lib/engine/plan/schema.js



/** Gate ids are a public contract: outputs, waivers and policies all name them (input/gate-ids.ts). */

const gateIdSchema = schemas/* enum */.k5n(GATE_IDS);
const APPROACHES = ["prompt", "rag", "lora", "qlora", "full-fine-tune", "hybrid"];
const approachSchema = schemas/* enum */.k5n(APPROACHES);
const fineTuneMethodSchema = schemas/* enum */.k5n(["lora", "qlora", "full-fine-tune"]);
const taskKindSchema = schemas/* enum */.k5n(["knowledge", "behavior", "both", "none"]);
const knowledgeChangeSchema = schemas/* enum */.k5n(["daily", "weekly", "monthly", "yearly", "static"]);
const styleRequirementSchema = schemas/* enum */.k5n(["none", "low", "medium", "high"]);
/** `evals.format`: "auto" or one of the format names (input/eval-format-names.ts). */
const EVAL_FORMATS = eval_format_names/* DECLARED_EVAL_FORMATS */.V;
/** The plan's eval paths as a list, whichever form it wrote them in. */
function evalPaths(value) {
    return value === undefined ? [] : typeof value === "string" ? [value] : value;
}
/**
 * The plan schema, built on first use: a plan that passes the compiled fast path
 * (plan-parser.generated.ts) never builds it, and only a plan with an error pays for the hundreds of
 * zod instances it takes to say where the error is.
 */
const planSchema = schemas/* lazy */.RZV(buildPlanSchema);
function buildPlanSchema() {
    // Bounds reject typos (an extra three zeros) and hostile values, not plausible plans.
    const usd = schemas/* number */.aig().min(0).max(1e9).describe("US dollars");
    const usdPerMillionTokens = schemas/* number */.aig().min(0).max(10_000).describe("US dollars per 1M tokens");
    const tokensPerCall = schemas/* number */.aig().int().min(0).max(10_000_000);
    const modelRef = schemas/* string */.YjP().min(1).max(200);
    const useCaseSchema = schemas/* strictObject */.rej({
        task: taskKindSchema.describe("Q3: is the feature about knowledge, behaviour, both, or neither?"),
        knowledge_change: knowledgeChangeSchema.describe("Q1: how often the knowledge the feature needs changes"),
        citations_required: schemas/* boolean */.zMY().describe("Q2: must answers cite sources or leave an audit trail?"),
        style_requirements: styleRequirementSchema.default("none").describe("How much the voice, tone or format matters"),
        latency_p95_ms: schemas/* number */.aig().positive().max(3_600_000).optional().describe("Q5: required p95 latency in milliseconds"),
        monthly_queries: schemas/* number */.aig().int().min(1).max(1e12).describe("Expected queries per month (at least 1: with none, every per-query cost is $0 and the budget is never tested)"),
    });
    const readinessSchema = schemas/* strictObject */.rej({
        enough_examples: schemas/* boolean */.zMY().optional().describe(">= 100 high-quality examples (500+ preferred)"),
        knowledge_static: schemas/* boolean */.zMY().optional().describe("knowledge static for 6+ months"),
        behavior_change_needed: schemas/* boolean */.zMY().optional().describe("a behavioural change is needed"),
        tried_rag_few_shot: schemas/* boolean */.zMY().optional().describe("RAG + few-shot tried first"),
        eval_pipeline_ready: schemas/* boolean */.zMY().optional().describe("evaluation pipeline ready"),
        iteration_time: schemas/* boolean */.zMY().optional().describe("time for 3-5 training iterations"),
        maintenance_plan: schemas/* boolean */.zMY().optional().describe("a maintenance plan for when base models improve"),
        forgetting_tested: schemas/* boolean */.zMY().optional().describe("tested for catastrophic forgetting"),
        latency_justifies: schemas/* boolean */.zMY().optional().describe("latency critical enough to justify removing retrieval"),
        beats_prompting: schemas/* boolean */.zMY().optional().describe("a reason why fine-tuning beats prompting here"),
    });
    const flatCost = {
        monthly_usd: usd.optional().describe("flat monthly cost instead of usage x price"),
        one_time_usd: usd.optional().describe("flat one-time cost"),
    };
    const pricedModel = {
        provider: schemas/* string */.YjP().min(1).max(100).optional(),
        model: modelRef.optional(),
        usd_per_mtok: usdPerMillionTokens.optional().describe("blended price for every token, overriding the pinned table"),
    };
    const llmCostSchema = schemas/* strictObject */.rej({
        ...pricedModel,
        ...flatCost,
        input_tokens: tokensPerCall.optional().describe("input tokens per call"),
        output_tokens: tokensPerCall.optional().describe("output tokens per call"),
        tokens_per_query: tokensPerCall.optional().describe("every token of a query (all its calls), priced at the blended usd_per_mtok; instead of input_tokens/output_tokens"),
        calls_per_query: schemas/* number */.aig().int().min(1).max(1000).default(1),
        input_usd_per_mtok: usdPerMillionTokens.optional(),
        output_usd_per_mtok: usdPerMillionTokens.optional(),
    });
    const embeddingCostSchema = schemas/* strictObject */.rej({
        ...pricedModel,
        ...flatCost,
        tokens_per_query: tokensPerCall.optional().describe("tokens embedded per query"),
    });
    const flatCostSchema = schemas/* strictObject */.rej({ ...flatCost, note: schemas/* string */.YjP().max(500).optional() });
    const fineTuneCostSchema = schemas/* strictObject */.rej({
        ...pricedModel,
        ...flatCost,
        training_tokens: schemas/* number */.aig().int().min(0).max(1e12).optional().describe("tokens in the training file"),
        epochs: schemas/* number */.aig().int().min(1).max(100).default(1),
    });
    const otherCostSchema = schemas/* strictObject */.rej({ name: schemas/* string */.YjP().min(1).max(100), ...flatCost });
    const costParts = {
        llm: llmCostSchema.optional(),
        embedding: embeddingCostSchema.optional(),
        vector_db: flatCostSchema.optional(),
        fine_tune: fineTuneCostSchema.optional(),
        hosting: flatCostSchema.optional(),
        other: schemas/* array */.YOg(otherCostSchema).max(100).optional(),
    };
    const costSchema = schemas/* strictObject */.rej({
        ...costParts,
        alternative: schemas/* strictObject */.rej(costParts)
            .optional()
            .describe("what the simpler alternative (evals.alternative) costs, in the same items; without it, the plan's cost without what only the customisation needs"),
    });
    const repoPath = schemas/* string */.YjP().min(1).max(1000);
    const evalFiles = schemas/* union */.KCZ([repoPath, schemas/* array */.YOg(repoPath).min(1).max(100)]);
    const benchmarkName = schemas/* string */.YjP().min(1).max(200);
    const evalsSchema = schemas/* strictObject */.rej({
        format: schemas/* enum */.k5n(EVAL_FORMATS).default("auto").describe("how to read the eval files; auto detects each file from its content"),
        candidate: evalFiles.optional().describe("eval results of the customised model: a path, a glob or a list, relative to the plan file"),
        baseline: evalFiles.optional().describe("eval results of the base model: a path, a glob or a list, relative to the plan file"),
        alternative: evalFiles
            .optional()
            .describe("eval results of the simpler alternative the customisation must beat (the base model prompted with few-shot examples, the RAG-only system, the model without retrieval): a path, a glob or a list, relative to the plan file"),
        general: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("benchmarks that measure forgetting"),
        safety: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("suites for the safety gate"),
        task: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("suites for the task-quality gate"),
        metrics: schemas/* record */.g1P(benchmarkName, schemas/* string */.YjP().min(1).max(200)).optional().describe("metric per benchmark, e.g. { hellaswag: acc_norm } or exact_match,flexible-extract"),
        chance: schemas/* record */.g1P(benchmarkName, schemas/* number */.aig().min(0).max(0.99)).optional().describe("chance level per multiple-choice benchmark (1/choices), to judge forgetting above chance"),
        pool: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("promptfoo suites run with several providers or prompts whose rows are judged together"),
        task_floor: schemas/* number */.aig().min(0).max(1).optional().describe("minimum task-quality score"),
    });
    // A model as the eval tools name it: a hub id or a provider's model, with the adapter the
    // candidate loads (lm-eval's peft=) and the revision pinned, when there are ones.
    const declaredModel = schemas/* union */.KCZ([
        modelRef,
        schemas/* strictObject */.rej({
            name: modelRef.describe("the model's name as the eval tool records it: lm-eval's pretrained=, Inspect's model, promptfoo's provider id or label"),
            adapter: modelRef.optional().describe("the adapter loaded on it (lm-eval's peft=)"),
            revision: schemas/* string */.YjP().min(1).max(200).optional().describe("the revision loaded (lm-eval's revision=)"),
        }),
    ]);
    const artifactSchema = schemas/* union */.KCZ([
        repoPath.describe("a file in the repository, hashed with sha256"),
        schemas/* strictObject */.rej({
            name: schemas/* string */.YjP().min(1).max(200),
            digest: schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/, "write sha256: and 64 lowercase hex digits").describe("sha256:<64 hex> of a file kept elsewhere"),
        }),
    ]);
    const modelsSchema = schemas/* strictObject */.rej({
        base: declaredModel.optional().describe("the model the candidate was customised from: what the baseline's eval runs must load"),
        candidate: declaredModel.optional().describe("the customised model as the candidate's eval runs load it"),
        artifacts: schemas/* array */.YOg(artifactSchema).min(1).max(100).optional().describe("what a deploy ships: repository paths or { name, digest }"),
    });
    const waiverSchema = schemas/* strictObject */.rej({
        gate: gateIdSchema,
        reason: schemas/* string */.YjP().trim().min(1).max(1000),
        owner: schemas/* string */.YjP().trim().min(1).max(200),
        expires: iso/* date */.p6().describe("YYYY-MM-DD; the waiver stops applying after this day"),
    });
    return schemas/* strictObject */.rej({
        $schema: schemas/* string */.YjP().optional(),
        version: schemas/* literal */.euz(1),
        name: schemas/* string */.YjP().trim().min(1).max(100),
        approach: approachSchema,
        fine_tune_method: fineTuneMethodSchema.optional().describe("hybrid only: how the behaviour part is fine-tuned"),
        use_case: useCaseSchema,
        training: schemas/* strictObject */.rej({ examples: schemas/* number */.aig().int().min(0).max(1e9) }).optional(),
        readiness: readinessSchema.optional(),
        architecture: schemas/* strictObject */.rej({
            components: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(100)).max(50).default([]),
            evidence: schemas/* string */.YjP().min(1).max(1000).optional().describe("where the measured need for these components is shown"),
        })
            .optional(),
        cost: costSchema.optional(),
        budget: schemas/* strictObject */.rej({ monthly_usd: usd.optional(), one_time_usd: usd.optional() }).optional(),
        evals: evalsSchema.optional(),
        models: modelsSchema.optional().describe("which models the evals must have measured, and the artifacts a deploy ships"),
        waivers: schemas/* array */.YOg(waiverSchema).max(100).default([]),
    })
        .describe("A tunegate plan: what an LLM feature must do and how it is customised");
}
//# sourceMappingURL=schema.js.map

/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};

//# sourceMappingURL=292.index.js.map