export const id = 776;
export const ids = [776];
export const modules = {

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
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);


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
    fix: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .nullable()
        .describe("what to do about a gate that fails, warns, is missing or inconclusive, in a few words"),
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
    "customisation-value": "Customisation value",
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
const EVAL_FORMAT_NAMES = [
    "lm-eval",
    "promptfoo",
    "inspect",
    "tunegate",
    "junit",
    "deepeval",
    "ragas",
    "garak",
    "every-eval-ever",
    "lighteval",
];
/** What `evals.format` accepts: auto-detection, or one format every file must be in. */
const DECLARED_EVAL_FORMATS = ["auto", ...EVAL_FORMAT_NAMES];
//# sourceMappingURL=eval-format-names.js.map

/***/ }),

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
const sarifLevel = (level) => level === "error" ? "error" : level === "warning" ? "warning" : "note";
/**
 * SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one rule per gate, mismatch
 * rule and input errors, with stable ids; one result per blocking or warning finding, at the
 * plan's file, line and column.
 */
function runSarif(run) {
    const rules = [
        ..._plan_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_IDS */ .$I.map((id) => ({
            id,
            name: _gates_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_TITLES */ .Wc[id].replace(/[^A-Za-z0-9]+/g, ""),
            shortDescription: { text: _gates_gate_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_TITLES */ .Wc[id] },
            properties: { tags: ["tunegate", "gate"] },
        })),
        ...Object.entries(FINDING_RULES).map(([id, text]) => ({
            id,
            name: `Mismatch${id}`,
            shortDescription: { text },
            properties: { tags: ["tunegate", "framework"] },
        })),
        {
            id: INPUT_RULE,
            name: "InputError",
            shortDescription: { text: "A plan, policy or eval file tunegate could not read: nothing was judged" },
            properties: { tags: ["tunegate", "input"] },
        },
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = [];
    const result = (ruleId, level, text, at) => ({
        ruleId,
        ruleIndex: index.get(ruleId) ?? index.get(INPUT_RULE),
        level,
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: at.file },
                    region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) },
                },
            },
        ],
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
        runs: [
            {
                tool: { driver: { name: "tunegate", version: run.tool_version, semanticVersion: run.tool_version, rules } },
                results,
            },
        ],
    };
    return (0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonDocument */ .Q8)(log);
}
//# sourceMappingURL=sarif.js.map

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
        latency_p95_ms: schemas/* number */.aig()
            .positive()
            .max(3_600_000)
            .optional()
            .describe("Q5: required p95 latency in milliseconds"),
        monthly_queries: schemas/* number */.aig()
            .int()
            .min(1)
            .max(1e12)
            .describe("Expected queries per month (at least 1: with none, every per-query cost is $0 and the budget is never tested)"),
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
        tokens_per_query: tokensPerCall
            .optional()
            .describe("every token of a query (all its calls), priced at the blended usd_per_mtok; instead of input_tokens/output_tokens"),
        calls_per_query: schemas/* number */.aig().int().min(1).max(1000).default(1),
        input_usd_per_mtok: usdPerMillionTokens.optional(),
        output_usd_per_mtok: usdPerMillionTokens.optional(),
        fine_tuned: schemas/* boolean */.zMY()
            .optional()
            .describe("the model served is a fine-tune of provider/model: priced from the plan's own rates or the pinned <provider>-ft/<model> entry, never the base model's; with neither, the cost-budget gate is missing"),
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
        format: schemas/* enum */.k5n(EVAL_FORMATS)
            .default("auto")
            .describe("how to read the eval files; auto detects each file from its content"),
        candidate: evalFiles
            .optional()
            .describe("eval results of the customised model: a path, a glob or a list, relative to the plan file"),
        baseline: evalFiles
            .optional()
            .describe("eval results of the base model: a path, a glob or a list, relative to the plan file"),
        alternative: evalFiles
            .optional()
            .describe("eval results of the simpler alternative the customisation must beat (the base model prompted with few-shot examples, the RAG-only system, the model without retrieval): a path, a glob or a list, relative to the plan file"),
        general: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("benchmarks that measure forgetting"),
        safety: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("suites for the safety gate"),
        task: schemas/* array */.YOg(benchmarkName).max(200).optional().describe("suites for the task-quality gate"),
        metrics: schemas/* record */.g1P(benchmarkName, schemas/* string */.YjP().min(1).max(200))
            .optional()
            .describe("metric per benchmark, e.g. { hellaswag: acc_norm } or exact_match,flexible-extract"),
        chance: schemas/* record */.g1P(benchmarkName, schemas/* number */.aig().min(0).max(0.99))
            .optional()
            .describe("chance level per multiple-choice benchmark (1/choices), to judge forgetting above chance"),
        pool: schemas/* array */.YOg(benchmarkName)
            .max(200)
            .optional()
            .describe("promptfoo suites run with several providers or prompts whose rows are judged together"),
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
            digest: schemas/* string */.YjP()
                .regex(/^sha256:[0-9a-f]{64}$/, "write sha256: and 64 lowercase hex digits")
                .describe("sha256:<64 hex> of a file kept elsewhere"),
        }),
    ]);
    const modelsSchema = schemas/* strictObject */.rej({
        base: declaredModel
            .optional()
            .describe("the model the candidate was customised from: what the baseline's eval runs must load"),
        candidate: declaredModel.optional().describe("the customised model as the candidate's eval runs load it"),
        artifacts: schemas/* array */.YOg(artifactSchema)
            .min(1)
            .max(100)
            .optional()
            .describe("what a deploy ships: repository paths or { name, digest }"),
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
            evidence: schemas/* string */.YjP()
                .min(1)
                .max(1000)
                .optional()
                .describe("where the measured need for these components is shown"),
        })
            .optional(),
        cost: costSchema.optional(),
        budget: schemas/* strictObject */.rej({ monthly_usd: usd.optional(), one_time_usd: usd.optional() }).optional(),
        evals: evalsSchema.optional(),
        models: modelsSchema
            .optional()
            .describe("which models the evals must have measured, and the artifacts a deploy ships"),
        waivers: schemas/* array */.YOg(waiverSchema).max(100).default([]),
    })
        .describe("A tunegate plan: what an LLM feature must do and how it is customised");
}
//# sourceMappingURL=schema.js.map

/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date)
/* harmony export */ });
/* unused harmony exports datetime, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



function datetime(params) {
    return core._isoDateTime(ZodISODateTime, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODate */ .Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};

//# sourceMappingURL=776.index.js.map