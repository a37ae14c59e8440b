export const id = 127;
export const ids = [127];
export const modules = {

/***/ 7619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ exampleCount),
/* harmony export */   UX: () => (/* binding */ forEachDense),
/* harmony export */   Uc: () => (/* binding */ exampleScores),
/* harmony export */   Ym: () => (/* binding */ NO_SCORE_BYTE),
/* harmony export */   dK: () => (/* binding */ sourceFileSchema),
/* harmony export */   qj: () => (/* binding */ denseScore),
/* harmony export */   z$: () => (/* binding */ forEachScore)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const NO_SCORE_BYTE = 255;
/** The score at `id`, or NaN when the id has none. */
function denseScore(scores, id) {
    const v = scores[id];
    return scores instanceof Uint8Array && v === NO_SCORE_BYTE ? Number.NaN : v;
}
/** Calls `visit` with every (id, score) of a dense store in ascending id order, skipping ids without one. */
function forEachDense(scores, visit) {
    if (scores instanceof Uint8Array) {
        for (let i = 0; i < scores.length; i++)
            if (scores[i] !== NO_SCORE_BYTE)
                visit(i, scores[i]);
    }
    else
        for (let i = 0; i < scores.length; i++)
            if (!Number.isNaN(scores[i]))
                visit(i, scores[i]);
}
/** What was read from one file, for the report: a reader can check it was the file they meant. */
const sourceFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["lm-eval", "promptfoo", "inspect", "tunegate"]),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe("the eval tool's own version, when the file records it (lm-eval 0.4.8, promptfoo 0.118.10, inspect_ai 0.3.58)"),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable().describe("examples the file holds (the largest count per benchmark, summed)"),
    errored: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().describe("rows the tool reported as errored: counted, never scored"),
}));
function exampleCount(examples) {
    return examples.kind === "dense" ? examples.count : examples.kind === "numbered" ? examples.ids.length : examples.scores.size;
}
/** Every per-example score, in id order (dense, numbered) or insertion order (keyed). */
function exampleScores(examples) {
    const out = new Float64Array(exampleCount(examples));
    let k = 0;
    forEachScore(examples, (v) => (out[k++] = v));
    return out.subarray(0, k);
}
/** Calls `visit` with every per-example score, in the order exampleScores lists them, copying none. */
function forEachScore(examples, visit) {
    if (examples.kind === "keyed")
        for (const v of examples.scores.values())
            visit(v);
    else if (examples.kind === "numbered")
        for (const v of examples.scores)
            visit(v);
    else
        forEachDense(examples.scores, (_, v) => visit(v));
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 8553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ evalResultSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const score = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1);
const scores = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200), score);
/** tunegate's own small eval format: scores in [0, 1] by benchmark or suite. */
const evalResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200),
    general: scores.default({}).describe("general-capability benchmarks (forgetting gate)"),
    safety: scores.default({}).describe("safety suites (safety gate)"),
    task: scores.default({}).describe("task suites (task-quality gate)"),
    latency_p95_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(3_600_000).optional(),
})
    .describe("tunegate eval results");
//# sourceMappingURL=tunegate-format.js.map

/***/ }),

/***/ 5674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ waiverNoteSchema),
/* harmony export */   Wc: () => (/* binding */ GATE_TITLES),
/* harmony export */   bF: () => (/* binding */ passed),
/* harmony export */   g$: () => (/* binding */ judged),
/* harmony export */   hT: () => (/* binding */ skipped),
/* harmony export */   io: () => (/* binding */ outcomeForLevel),
/* harmony export */   qr: () => (/* binding */ gateFindingFields),
/* harmony export */   xp: () => (/* binding */ gateResult)
/* harmony export */ });
/* unused harmony exports outcomeSchema, countsAsSchema, thresholdSchema, gateFindingSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);


/**
 * The closed set of gate outcomes. `skipped` means the gate does not apply to this approach;
 * `inconclusive` that the data cannot tell (the policy says whether that warns or fails).
 */
const outcomeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "warn", "fail", "waived", "missing", "skipped", "inconclusive"]);
/** How an outcome counts towards the verdict; `none` for pass, skipped and waived. */
const countsAsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["error", "warning", "info", "none"]);
const thresholdSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
    display: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Where the threshold came from: the policy file, the plan, or the framework. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
}));
const waiverNoteSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), owner: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), expires: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int() }));
/** The fields of a gate's result; the JSON report adds where in the plan the gate points. */
const gateFindingFields = () => ({
    id: _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .gateIdSchema */ ._k,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    outcome: outcomeSchema,
    level: countsAsSchema,
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    fix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("what to do about a gate that fails, warns, is missing or inconclusive, in a few words"),
    measured: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
    measured_display: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    threshold: thresholdSchema.nullable(),
    details: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
/**
 * A gate's result as every report shows it; `GateResult` adds where in the plan it points. Built
 * on first use, as every output schema is: a run that writes no JSON Schema never needs them.
 */
const gateFindingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(gateFindingFields()));
const GATE_TITLES = {
    "approach-fit": "Approach fit",
    "data-sufficiency": "Training data",
    forgetting: "Catastrophic forgetting",
    safety: "Safety",
    "task-quality": "Task quality",
    latency: "Latency",
    "cost-budget": "Cost budget",
    "pricing-freshness": "Pricing freshness",
    readiness: "Fine-tuning readiness",
};
/** A finding's level decides the outcome: errors fail, warnings warn, info is a pass with a note. */
function outcomeForLevel(level) {
    return level === "error" ? "fail" : level === "warning" ? "warn" : "pass";
}
function gateResult(base, outcome, level) {
    return {
        id: base.id,
        title: GATE_TITLES[base.id],
        outcome,
        level,
        summary: base.summary,
        fix: outcome === "pass" || outcome === "skipped" || outcome === "waived" ? null : (base.fix ?? null),
        measured: base.measured ?? null,
        measured_display: base.measured_display ?? "—",
        threshold: base.threshold ?? null,
        details: base.details ?? [],
        path: base.path,
    };
}
function passed(base) {
    return gateResult(base, "pass", "none");
}
function skipped(base) {
    return gateResult(base, "skipped", "none");
}
function judged(base, level) {
    const outcome = outcomeForLevel(level);
    return gateResult(base, outcome, outcome === "pass" ? "none" : level);
}
//# sourceMappingURL=gate-result.js.map

/***/ }),

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

/***/ 6867:
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

/***/ 684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ evalSourceRows)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2162);

/** One row per file read: side, file, format, tool version, model, examples (errored rows noted). */
function evalSourceRows(report) {
    const rows = [];
    for (const side of ["candidate", "baseline"]) {
        for (const s of report.evals[side] ?? []) {
            const examples = s.examples === null ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.examples);
            rows.push([side, s.file, s.format, s.tool_version ?? "—", s.model ?? "—", s.errored > 0 ? `${examples} (+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.errored)} errored)` : examples]);
        }
    }
    return rows;
}
//# sourceMappingURL=eval-sources.js.map

/***/ }),

/***/ 3377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport),
  Q: () => (/* binding */ reportSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/evals/model.js
var evals_model = __webpack_require__(7619);
;// CONCATENATED MODULE: ./lib/engine/gates/evidence.js

const decisionSchema = schemas/* enum */.k5n(["pass", "fail", "inconclusive"]);
/** What one benchmark showed, with enough numbers for a reader to check the decision. */
const evidenceSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    benchmark: schemas/* string */.YjP(),
    metric: schemas/* string */.YjP(),
    n: schemas/* number */.aig().nullable(),
    candidate: schemas/* number */.aig(),
    baseline: schemas/* number */.aig().nullable(),
    scale: schemas/* enum */.k5n(["ratio", "difference", "score"]).describe("ratio to the baseline (above chance), signed difference from it in the metric's better direction, or a score against a floor"),
    threshold: schemas/* number */.aig().describe("what the estimate is judged against: the minimum ratio, minus the largest allowed drop, or the floor"),
    estimate: schemas/* number */.aig().describe("ratio to baseline, difference from it, or score, as `scale` says"),
    lower: schemas/* number */.aig().nullable(),
    upper: schemas/* number */.aig().nullable(),
    method: schemas/* string */.YjP(),
    decision: decisionSchema,
    note: schemas/* string */.YjP().nullable(),
}));
//# sourceMappingURL=evidence.js.map
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/engine/gates/verdict.js
var verdict = __webpack_require__(3320);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js
var schema = __webpack_require__(7929);
;// CONCATENATED MODULE: ./lib/engine/report/model.js









const model_location = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({ file: schemas/* string */.YjP(), line: schemas/* number */.aig().int(), column: schemas/* number */.aig().int() }));
const level = schemas/* enum */.k5n(["error", "warning", "info", "none"]);
/** The JSON report is a public contract; this schema documents it and `tunegate schema report` prints it. */
const reportSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    tool: schemas/* literal */.euz("tunegate"),
    plan: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), file: schemas/* string */.YjP(), approach: schemas/* enum */.k5n(schema/* APPROACHES */.lg), fine_tune_method: schemas/* string */.YjP().nullable() }),
    verdict: verdict/* verdictSchema */.$D,
    headline: schemas/* string */.YjP(),
    recommendation: schemas/* object */.Ikc({
        approach: schemas/* enum */.k5n(schema/* APPROACHES */.lg),
        fine_tune_method: schemas/* string */.YjP().nullable(),
        matches_plan: schemas/* boolean */.zMY(),
        reasons: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), message: schemas/* string */.YjP() })),
    }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), level, message: schemas/* string */.YjP(), fix: schemas/* string */.YjP(), field: schemas/* string */.YjP(), location: model_location })),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({
        ...(0,gate_result/* gateFindingFields */.qr)(),
        field: schemas/* string */.YjP(),
        location: model_location,
        waiver: gate_result/* waiverNoteSchema */.E4.nullable(),
        evidence: schemas/* array */.YOg(evidenceSchema).describe("per-benchmark numbers behind an eval gate's decision; empty for other gates"),
    })),
    cost: schemas/* object */.Ikc({
        monthly_usd: schemas/* number */.aig(),
        one_time_usd: schemas/* number */.aig(),
        per_query_usd: schemas/* number */.aig(),
        monthly_queries: schemas/* number */.aig(),
        budget: schemas/* object */.Ikc({ monthly_usd: schemas/* number */.aig().nullable(), one_time_usd: schemas/* number */.aig().nullable() }).nullable(),
        break_even_monthly_queries: schemas/* number */.aig().nullable().describe("the most queries a month the monthly budget covers"),
        self_host_crossover: schemas/* object */.Ikc({ monthly_queries: schemas/* number */.aig().nullable(), self_host_monthly_usd: schemas/* number */.aig().nullable(), api_per_query_usd: schemas/* number */.aig(), assumption: schemas/* string */.YjP() })
            .nullable()
            .describe("for plans that fine-tune or could: the monthly volume above which self-hosting beats paying per token; null queries when never"),
        items: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), label: schemas/* string */.YjP(), period: schemas/* enum */.k5n(["monthly", "one_time"]), usd: schemas/* number */.aig(), assumption: schemas/* string */.YjP(), price_source: schemas/* string */.YjP() })),
    })
        .nullable(),
    evals: schemas/* object */.Ikc({ candidate: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable(), baseline: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable() })
        .describe("what was read on each side, file by file; null for a side the plan does not name"),
    policy: schemas/* object */.Ikc({ files: schemas/* array */.YOg(schemas/* string */.YjP()), pricing_file: schemas/* string */.YjP() }),
    evaluated_on: schemas/* string */.YjP(),
})
    .describe("tunegate report"));
/** Decision in, the one report model every renderer reads out. */
function buildReport(decision, source) {
    const { plan, recommendation, cost } = decision;
    const failing = decision.gates.filter((g) => g.level === "error");
    const warning = decision.gates.filter((g) => g.level === "warning");
    const budget = plan.budget;
    return {
        schema_version: 1,
        tool: "tunegate",
        plan: { name: plan.name, file: decision.planFile, approach: plan.approach, fine_tune_method: plan.approach === "hybrid" ? ((0,approach/* fineTuneMethodOf */.Rj)(plan) ?? null) : null },
        verdict: decision.verdict,
        headline: headline(plan.name, decision.verdict, failing.map((g) => g.id), warning.map((g) => g.id), decision.gates.filter((g) => g.outcome === "waived").map((g) => g.id)),
        recommendation: {
            approach: recommendation.approach,
            fine_tune_method: recommendation.fine_tune_method ?? null,
            matches_plan: recommendation.approach === plan.approach,
            reasons: recommendation.reasons.map((r) => ({ rule: r.rule, message: r.message })),
        },
        findings: decision.findings.map((f) => ({ rule: f.rule, level: f.level, message: f.message, fix: f.fix, field: (0,diagnostic/* formatFieldPath */.vZ)(f.path), location: source.locate(f.path) })),
        gates: decision.gates.map((g) => ({
            id: g.id,
            title: g.title,
            outcome: g.outcome,
            level: g.level,
            summary: g.summary,
            fix: g.fix,
            measured: g.measured,
            measured_display: g.measured_display,
            threshold: g.threshold,
            details: g.details,
            field: (0,diagnostic/* formatFieldPath */.vZ)(g.path),
            location: source.locate(g.path),
            waiver: g.waiver ?? null,
            evidence: g.evidence ?? [],
        })),
        cost: cost === undefined
            ? null
            : {
                monthly_usd: cost.monthly_usd,
                one_time_usd: cost.one_time_usd,
                per_query_usd: cost.per_query_usd,
                monthly_queries: plan.use_case.monthly_queries,
                budget: budget === undefined ? null : { monthly_usd: budget.monthly_usd ?? null, one_time_usd: budget.one_time_usd ?? null },
                break_even_monthly_queries: budget?.monthly_usd === undefined ? null : (0,model/* breakEvenMonthlyQueries */.f)(cost, budget.monthly_usd),
                self_host_crossover: decision.crossover ?? null,
                items: cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
            },
        evals: decision.evalSources,
        policy: { files: decision.policyFiles, pricing_file: decision.pricingFile },
        evaluated_on: decision.today,
    };
}
/** The verdict in a line; waived gates are always counted, so "all gates pass" never hides one. */
function headline(name, verdict, failing, warnings, waived) {
    const excused = waived.length === 0 ? "" : `; ${waived.length} waived (${waived.join(", ")})`;
    if (verdict === "fail")
        return `${name}: blocked, ${failing.length} gate${failing.length === 1 ? "" : "s"} failed (${failing.join(", ")})${excused}`;
    if (verdict === "warn")
        return `${name}: passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"} (${warnings.join(", ")})${excused}`;
    return waived.length === 0 ? `${name}: all gates pass` : `${name}: passes with ${waived.length} gate${waived.length === 1 ? "" : "s"} waived (${waived.join(", ")})`;
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 4827:
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

/***/ 1331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ planChangeSchema),
/* harmony export */   mf: () => (/* binding */ renderPlanChange)
/* harmony export */ });
/* unused harmony exports notCompared, comparePlans */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2162);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);



/** What a pull request changed in a plan, judged by comparing the base branch's report with the head's. */
const planChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["new", "changed", "unchanged", "not-compared"]).describe("`new` when the plan does not exist on the base branch; `not-compared` when the base could not be checked"),
    base_ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Why the plan was not compared with its base, when it was not. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    approach: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    budget: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    newly_failing: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    fixed: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    monthly_cost: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), percent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable() }).nullable(),
}));
const BLOCKING = (g) => g.level === "error";
/** A plan that could not be compared with its base branch, and why. */
function notCompared(baseRef, reason) {
    return { status: "not-compared", base_ref: baseRef, reason, approach: null, budget: null, newly_failing: [], fixed: [], monthly_cost: null };
}
function comparePlans(base, head, baseRef) {
    if (base === null)
        return { status: "new", base_ref: baseRef, reason: null, approach: null, budget: null, newly_failing: head.gates.filter(BLOCKING).map((g) => g.id), fixed: [], monthly_cost: null };
    const baseFailing = new Set(base.gates.filter(BLOCKING).map((g) => g.id));
    const headFailing = new Set(head.gates.filter(BLOCKING).map((g) => g.id));
    const approachOf = (r) => (r.plan.fine_tune_method === null ? r.plan.approach : `${r.plan.approach} (${r.plan.fine_tune_method})`);
    const budgetOf = (r) => {
        const b = r.cost?.budget;
        if (b === null || b === undefined)
            return "none";
        return [b.monthly_usd === null ? null : `${formatUsd(b.monthly_usd)}/month`, b.one_time_usd === null ? null : `${formatUsd(b.one_time_usd)} one-time`].filter((x) => x !== null).join(" + ");
    };
    const from = base.cost?.monthly_usd;
    const to = head.cost?.monthly_usd;
    const monthly = from === undefined || to === undefined || from === to
        ? null
        : { from, to, delta: Math.round((to - from) * 100) / 100, percent: from === 0 ? null : Math.round(((to - from) / from) * 1000) / 10 };
    const change = {
        status: "changed",
        base_ref: baseRef,
        reason: null,
        approach: approachOf(base) === approachOf(head) ? null : { from: approachOf(base), to: approachOf(head) },
        budget: budgetOf(base) === budgetOf(head) ? null : { from: budgetOf(base), to: budgetOf(head) },
        newly_failing: [...headFailing].filter((id) => !baseFailing.has(id)),
        fixed: [...baseFailing].filter((id) => !headFailing.has(id)),
        monthly_cost: monthly,
    };
    const changed = change.approach !== null || change.budget !== null || change.newly_failing.length > 0 || change.fixed.length > 0 || change.monthly_cost !== null;
    return changed ? change : { ...change, status: "unchanged" };
}
/** Markdown lines for the comment; empty when nothing relevant changed. */
function renderPlanChange(change) {
    const baseRef = change.base_ref;
    if (change.status === "unchanged")
        return "";
    // The reason is tunegate's own sentence, with code spans meant as such.
    if (change.status === "not-compared")
        return `<sub>No comparison with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(baseRef)}: ${change.reason ?? ""}.</sub>`;
    if (change.status === "new") {
        return `**New plan in this pull request** (not on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(baseRef)})${change.newly_failing.length > 0 ? `; failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}` : ""}.`;
    }
    const lines = [`**Changes against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(baseRef)}**`];
    if (change.approach !== null)
        lines.push(`- approach: ${change.approach.from} → **${change.approach.to}**`);
    if (change.budget !== null)
        lines.push(`- budget: ${change.budget.from} → **${change.budget.to}**`);
    if (change.monthly_cost !== null) {
        const c = change.monthly_cost;
        const sign = c.delta > 0 ? "+" : "";
        lines.push(`- projected monthly cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(c.from)} → **${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(c.to)}** (${sign}${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(c.delta)}${c.percent === null ? "" : `, ${sign}${c.percent}%`})`);
    }
    if (change.newly_failing.length > 0)
        lines.push(`- newly failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}`);
    if (change.fixed.length > 0)
        lines.push(`- fixed: ${change.fixed.map((g) => `\`${g}\``).join(", ")}`);
    return lines.join("\n");
}
//# sourceMappingURL=plan-change.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ costLines),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2162);
/* harmony import */ var _eval_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(684);
/* harmony import */ var _plan_approach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7266);
/* harmony import */ var _cost_sentences_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6867);
/* harmony import */ var _next_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4827);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8590);






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
            for (const d of g.details)
                lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    - ${d}`);
            if (g.outcome !== "waived")
                lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    at ${g.location.file}:${g.location.line}:${g.location.column}`);
        }
    }
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
    const sources = (0,_eval_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .evalSourceRows */ .t)(report);
    if (sources.length > 0) {
        lines.push("", "Eval files read");
        for (const [side, file, format, version, model, examples] of sources)
            lines.push(`  ${side.padEnd(9)} ${file}: ${format}${version === "—" ? "" : ` ${version}`}, model ${model}, ${examples === "—" ? "example count not recorded" : `${examples} example${/^1(\s|$)/.test(examples) ? "" : "s"}`}`);
    }
    lines.push("");
    lines.push(`verdict: ${report.verdict} (thresholds: ${report.policy.files.join(" < ")}; prices: ${report.policy.pricing_file}; ${report.evaluated_on})`);
    // Each entry is one line by construction; a newline in it came from user data.
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN).join("\n")}\n`;
}
function costLines(cost) {
    const lines = [`Cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(cost.monthly_usd)}/month + ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(cost.one_time_usd)} one-time (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(cost.monthly_queries)} queries/month)`];
    const width = Math.max(...cost.items.map((i) => i.label.length), 4);
    for (const i of cost.items) {
        const amount = `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(i.usd)}${i.period === "monthly" ? "/month" : " one-time"}`;
        lines.push(`  ${i.label.padEnd(width)}  ${amount.padStart(22)}  ${i.assumption}; ${i.price_source}`);
    }
    if (cost.break_even_monthly_queries !== null)
        lines.push(`  break-even: the monthly budget holds up to ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(cost.break_even_monthly_queries)} queries/month`);
    if (cost.self_host_crossover !== undefined && cost.self_host_crossover !== null)
        lines.push(`  ${(0,_cost_sentences_js__WEBPACK_IMPORTED_MODULE_5__/* .crossoverSentence */ .Y)(cost.self_host_crossover, cost.monthly_queries)}`);
    return lines;
}
//# sourceMappingURL=text.js.map

/***/ }),

/***/ 7664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ runReportSchema),
/* harmony export */   IW: () => (/* binding */ buildRunReport)
/* harmony export */ });
/* unused harmony export deployAllowed */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3320);
/* harmony import */ var _report_plan_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1331);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3377);





const inputErrorSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    line: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    column: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    field: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    hint: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable(),
}));
const checkedPlanSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), report: _report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSchema */ .Q, change: _report_plan_change_js__WEBPACK_IMPORTED_MODULE_2__/* .planChangeSchema */ .Re.nullable() }));
const unreadablePlanSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), input_errors: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(inputErrorSchema) }));
/**
 * One check run over any number of plans, decided in full: each plan's report or input errors,
 * the change against the base branch, the verdict, the exit code, whether a deploy may go ahead
 * and the Action's outputs. The CLI and the Action both render this; neither decides anything.
 */
const runReportSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz("tunegate"),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictSchema */ .$D.describe("fail when any plan fails or could not be read, else warn when any warns"),
    fail_on: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .failOnSchema */ .nI,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(0), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(2)]).describe("2 when a plan could not be read (nothing was judged), else as fail_on says"),
    deploy_allowed: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().describe("fail-on never keeps the job green, but a failing verdict never allows a deploy"),
    failed_gates: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .gateIdSchema */ ._k).describe("gates that block, over every plan"),
    plans: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([checkedPlanSchema, unreadablePlanSchema])),
    removed_plans: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())
        .describe("plans the plan input matched at the pull request's base and no longer matches at its head: their gates stopped running, so the run warns"),
    outputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictSchema */ .$D,
        "deploy-allowed": zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["true", "false"]),
        recommendation: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        "monthly-cost-usd": zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        "failed-gates": zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    }),
})
    .describe("tunegate run report: every plan of one check run"));
/** `fail-on: never` keeps the job green, but a failing verdict still keeps deploys out. */
function deployAllowed(verdict, failOn) {
    return (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(verdict, failOn === "never" ? "error" : failOn) === 0;
}
/** Every plan's outcome and fail-on in; the whole run's decision out. */
function buildRunReport(outcomes, failOn, toolVersion, removedPlans = []) {
    const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
    const unreadable = outcomes.some((o) => !o.ok);
    // A plan the pull request deleted (or moved out of the glob's reach) no longer gates anything:
    // never a silent pass, though retiring a feature is legitimate, so a warning.
    const verdict = outcomes.length === 0 || unreadable || reports.some((r) => r.verdict === "fail") ? "fail" : reports.some((r) => r.verdict === "warn") || removedPlans.length > 0 ? "warn" : "pass";
    const allowed = !unreadable && outcomes.length > 0 && deployAllowed(verdict, failOn);
    const failedGates = [...new Set(reports.flatMap((r) => r.gates.filter((g) => g.level === "error").map((g) => g.id)))];
    return {
        schema_version: 1,
        tool: "tunegate",
        tool_version: toolVersion,
        verdict,
        fail_on: failOn,
        // Bad input is never a pass, whatever fail-on says: nothing was judged.
        exit_code: unreadable || outcomes.length === 0 ? 2 : (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(verdict, failOn),
        deploy_allowed: allowed,
        failed_gates: failedGates,
        plans: outcomes.map((o) => o.ok
            ? { file: o.file, report: o.report, change: o.change ?? null }
            : { file: o.file, input_errors: o.diagnostics.map((d) => ({ ...d.location, field: d.field, kind: d.kind, message: d.message, hint: d.hint ?? null })) }),
        removed_plans: [...removedPlans],
        outputs: {
            verdict,
            "deploy-allowed": allowed ? "true" : "false",
            recommendation: reports.length === 1 ? reports[0].recommendation.approach : JSON.stringify(Object.fromEntries(reports.map((r) => [r.plan.file, r.recommendation.approach]))),
            "monthly-cost-usd": reports.some((r) => r.cost !== null) ? reports.reduce((sum, r) => sum + (r.cost?.monthly_usd ?? 0), 0).toFixed(2) : "",
            "failed-gates": JSON.stringify(failedGates),
        },
    };
}
//# sourceMappingURL=run-report.js.map

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

//# sourceMappingURL=127.index.js.map