export const id = 493;
export const ids = [493];
export const modules = {

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

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* unused harmony export DEFAULT_FLOOR */
/* harmony import */ var _input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2351);
/* harmony import */ var _input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4903);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(382);



/** How a report names the floors the shipped policy marks (its `floors` list). */
const DEFAULT_FLOOR = "tunegate default floor";
function preparsedSource(layer) {
    let parsed;
    const positions = () => {
        if (parsed === undefined) {
            const result = (0,_input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlSource */ .W)(layer.file, layer.text);
            if (!result.ok)
                throw new Error(`${layer.file} was validated when tunegate was built and cannot fail to parse`);
            parsed = result.value;
        }
        return parsed;
    };
    return {
        file: layer.file,
        data: layer.data,
        locate: (path) => positions().locate(path),
        locateKey: (path, key) => positions().locateKey(path, key),
    };
}
/** Where a policy value came from, for reports: "policies/default.yml" or the repository's file. */
function sourceOf(effective, path) {
    return effective.provenance.get(path) ?? effective.files[0] ?? "policy";
}
/**
 * Layers policies (shipped default first, then the repository's) and validates the merged
 * result once, so a repository file may override any single threshold.
 */
function loadPolicy(layers) {
    const sources = [];
    const diagnostics = [];
    for (const layer of layers) {
        const parsed = "data" in layer ? { ok: true, value: preparsedSource(layer) } : (0,_input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlSource */ .W)(layer.file, layer.text);
        if (!parsed.ok)
            diagnostics.push(...parsed.diagnostics);
        else if (!isPlainObject(parsed.value.data)) {
            diagnostics.push({
                kind: "invalid-value",
                message: "a policy must be a YAML mapping",
                location: parsed.value.locate([]),
                field: "",
            });
        }
        else
            sources.push(parsed.value);
    }
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    const floors = policyFloors(layers, sources);
    if (!floors.ok)
        return floors;
    let merged = {};
    const provenance = new Map();
    for (const source of sources) {
        merged = mergeLayer(merged, source.data, [], source.file, provenance);
    }
    const validated = validatedAtBuild(layers);
    const result = validated !== undefined ? { success: true, data: validated } : _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .policySchema */ .w.safeParse(merged);
    if (result.error !== undefined) {
        // Each problem is reported in the layer that wrote the offending value.
        const byOwner = new Map();
        for (const issue of result.error.issues) {
            const owner = [...sources].reverse().find((s) => hasPath(s.data, issue.path)) ?? sources.at(-1);
            const issues = byOwner.get(owner) ?? [];
            issues.push(issue);
            byOwner.set(owner, issues);
        }
        return {
            ok: false,
            diagnostics: [...byOwner.entries()].flatMap(([owner, issues]) => (0,_input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaDiagnostics */ .m)(issues, owner, _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .policySchema */ .w)),
        };
    }
    const locate = (path) => {
        // Lists are replaced whole by a layer, so the layer that wrote a list wrote its items.
        const listAt = path.findIndex((segment) => typeof segment === "number");
        const owned = listAt === -1 ? path : path.slice(0, listAt);
        return ([...sources].reverse().find((s) => hasPath(s.data, owned)) ?? sources.at(-1)).locate(path);
    };
    return {
        ok: true,
        value: { policy: result.data, files: sources.map((s) => s.file), provenance, floors: floors.value, locate },
    };
}
/**
 * The first layer's (the shipped policy's) `floors`, with the values it gives them, then every
 * rule of a layer marked as a floor (an organisation's policy). Only the first layer may mark
 * floors: a repository that could would choose its own minimum. A floor layer must be a valid
 * policy on its own, since the layers above may hide its values from the merged check.
 */
function policyFloors(layers, sources) {
    const diagnostics = [];
    const floors = [];
    for (const [index, source] of sources.entries()) {
        const data = source.data;
        if (index > 0 && "floors" in data) {
            diagnostics.push({
                kind: "invalid-value",
                message: "floors is marked only in the policy shipped with tunegate: a repository cannot choose its own minimum",
                location: source.locateKey([], "floors"),
                field: "floors",
                hint: "remove floors; to set a minimum for several repositories, give an organisation policy as OWNER/REPO/PATH@REF, whose every rule is a floor",
            });
        }
        if (index === 0 && Array.isArray(data["floors"])) {
            const values = new Map();
            for (const [i, path] of data["floors"].entries()) {
                const before = values.size;
                if (typeof path === "string")
                    collectLeaves(valueAt(data, path.split(".")), path.split("."), values);
                if (values.size === before)
                    diagnostics.push({
                        kind: "invalid-value",
                        message: `floors[${i}] names no rule this policy sets`,
                        location: source.locate(["floors", i]),
                        field: `floors[${i}]`,
                    });
            }
            floors.push({ source: DEFAULT_FLOOR, values });
        }
        const mark = layers[index]?.floor;
        if (mark !== undefined && index > 0) {
            if (index < layers.length - 1) {
                const alone = loadPolicy(layers.slice(0, index + 1).map(({ floor: _floor, ...layer }) => layer));
                if (!alone.ok)
                    diagnostics.push(...alone.diagnostics);
            }
            const values = new Map();
            // Only rules that decide an outcome are floors: analyze's assumptions (estimate) and the
            // self-hosting crossover's inputs (sensitivity) judge nothing, so a repository keeps its own.
            const { $schema: _schema, version: _version, floors: _floors, estimate: _estimate, sensitivity: _sensitivity, ...rules } = data;
            collectLeaves(rules, [], values);
            floors.push({ source: mark, values });
        }
    }
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: floors };
}
/** The value at a dotted rule's path in a policy document; undefined where the path stops. */
function valueAt(data, path) {
    let node = data;
    for (const segment of path)
        node = isPlainObject(node) ? node[segment] : undefined;
    return node;
}
function collectLeaves(value, path, into) {
    if (value === undefined)
        return;
    if (isPlainObject(value)) {
        for (const [key, child] of Object.entries(value))
            collectLeaves(child, [...path, key], into);
    }
    else if (path.length > 0)
        into.set(path.join("."), value);
}
/** One layer validated at build time (the shipped policy, with nothing over it) is not validated again. */
function validatedAtBuild(layers) {
    const only = layers.length === 1 ? layers[0] : undefined;
    return only !== undefined && "validated" in only && only.validated !== undefined
        ? structuredClone(only.validated)
        : undefined;
}
function mergeLayer(base, layer, prefix, file, provenance) {
    const out = { ...base };
    for (const [key, value] of Object.entries(layer)) {
        const path = [...prefix, key];
        const existing = out[key];
        if (isPlainObject(value) && isPlainObject(existing)) {
            out[key] = mergeLayer(existing, value, path, file, provenance);
        }
        else {
            out[key] = value;
            recordLeaves(value, path, file, provenance);
        }
    }
    return out;
}
function recordLeaves(value, path, file, provenance) {
    if (isPlainObject(value)) {
        for (const [key, child] of Object.entries(value))
            recordLeaves(child, [...path, key], file, provenance);
    }
    else
        provenance.set(path.join("."), file);
}
function hasPath(data, path) {
    let node = data;
    for (const segment of path.slice(0, -1)) {
        if (!isPlainObject(node))
            return false;
        node = node[String(segment)];
    }
    const last = path.at(-1);
    return last === undefined || (isPlainObject(node) && String(last) in node);
}
function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
//# sourceMappingURL=load.js.map

/***/ }),

/***/ 382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ policyFileSchema),
/* harmony export */   w: () => (/* binding */ policySchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);
/* harmony import */ var _input_severities_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7070);



/**
 * The whole policy. Built on first use: a run whose repository has no policy of its own uses the
 * shipped policy as validated at build time and never needs it.
 */
const policySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => {
    const levelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_input_severities_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o);
    const ratio = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1);
    const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(1e9);
    const milliseconds = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(3_600_000);
    const exampleMinimumsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ lora: count, qlora: count, "full-fine-tune": count });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
        floors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).max(200))
            .max(100)
            .optional()
            .describe("tunegate's own policy only: the rules (dotted paths, a block naming every rule under it) whose shipped values are a minimum a repository can only tighten. A repository's or organisation's policy may not set it; an organisation policy (OWNER/REPO/PATH@REF) is a floor as a whole"),
        framework: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            rag_knowledge_change: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .knowledgeChangeSchema */ .WO).describe("Q1: change rates that call for RAG"),
            rag_preferred_knowledge_change: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .knowledgeChangeSchema */ .WO)
                .describe("Q1: change rates where RAG is preferred"),
            behavior_style_levels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .styleRequirementSchema */ .IY)
                .describe("style requirements strong enough to be a behaviour need"),
            strict_latency_ms: milliseconds.describe("Q5: below this p95, retrieval's hop matters (consider fine-tuning)"),
            rag_latency_ok_ms: milliseconds.describe("Q5: at or above this p95, RAG's hop is comfortably fine"),
            full_fine_tune_examples: count.describe("Q4: more examples than this make full fine-tuning possible"),
            retrieval_overhead_ms: milliseconds.describe("latency rule: what retrieval adds (embed + search + fetch)"),
            max_components_without_evidence: count.describe("M5: routing/reranking/cascade components allowed without measured need"),
        })
            .describe("Inputs to the decision framework (docs/framework.md sections 2 and 4)"),
        severities: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            M1: levelSchema,
            M2: levelSchema,
            M3: levelSchema,
            M4: levelSchema,
            M5: levelSchema,
            latency: levelSchema,
            readiness: levelSchema,
            quality_limited: levelSchema.describe("data-sufficiency: enough examples to start, fewer than preferred"),
            missing_required: levelSchema.describe("a gate the approach requires has no data"),
            missing_optional: levelSchema.describe("any other gate with no data"),
            waiver_expired: levelSchema,
            waiver_unused: levelSchema,
            waiver_too_long: levelSchema.describe("a waiver that runs past waivers.max_days from the day of the check"),
            pricing_stale: levelSchema,
            model_shutdown: levelSchema.describe("a model the plan prices shuts down within audit.shutdown_horizon_days, or already has"),
            price_below_shipped: levelSchema.describe("cost-budget: a price the projection uses is more than audit.drift_threshold below the one shipped with tunegate for that model"),
            inconclusive: levelSchema.describe("a gate the approach requires whose estimate holds but whose bound does not clear the threshold: unproven, so it blocks by default"),
            inconclusive_optional: levelSchema.describe("the same on a gate the approach does not require (task-quality, and the others where not required)"),
            not_comparable: levelSchema.describe("candidate and baseline measured different examples or settings"),
            alternative_unmeasured: levelSchema.describe("customisation-value: the plan gives no evals.alternative, so nothing shows the customisation beats the simpler approach (reported as missing either way)"),
        })
            .describe("How much each rule counts"),
        gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            "data-sufficiency": zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                min_examples: exampleMinimumsSchema.describe("fewer examples than this fail (and trigger M3)"),
                preferred_examples: exampleMinimumsSchema.describe("fewer than this passes with a quality warning"),
            }),
            forgetting: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                min_ratio: ratio.describe("candidate general score / base model's, per benchmark and overall"),
                max_drop: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                    .min(0)
                    .nullable()
                    .default(null)
                    .describe("for metrics a ratio cannot judge (signed, or lower is better): the largest drop allowed, in the metric's units; null refuses such metrics"),
                required_for: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .approachSchema */ .Or),
            }),
            safety: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ min_score: ratio, required_for: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .approachSchema */ .Or) }),
            "task-quality": zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                max_drop_vs_baseline: ratio.describe("how far the candidate's task score may fall below the baseline's"),
            }),
            customisation_value: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                min_gain: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                    .min(0)
                    .max(1e6)
                    .describe("how much better than the simpler alternative (evals.alternative) the candidate must be on each task suite, in the metric's own units (0.02 is two points on a 0-1 score)"),
            })
                .describe("customisation-value: did the customisation beat the cheaper approach it replaces?"),
            "pricing-freshness": zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                max_age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(3650).describe("oldest allowed as_of of a pinned price"),
            }),
        }),
        waivers: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            max_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                .int()
                .min(1)
                .max(3650)
                .describe("the longest a waiver may run, counted from the day of the check"),
            allow_missing_required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
                .describe("whether a waiver may excuse a required gate that has no evidence at all (false: it may not)"),
        })
            .describe("Limits on the plan's waivers: a waiver is a deadline, not a permanent exemption"),
        statistics: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["interval", "point"])
                .describe("interval: judge with confidence bounds; point: the plain point-estimate rule"),
            alpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(0.5).describe("one-sided error level of every bound"),
            multiplicity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["none"])
                .describe("none: a release gate's PASS is an intersection-union claim, each benchmark shown at alpha on its own; no correction (Holm was removed: it let passing benchmarks turn a FAIL into a pass)"),
            primary: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
                .describe("if not empty, only these benchmarks can fail the forgetting gate; the rest are reported"),
            power: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                .gt(0)
                .lt(1)
                .describe("power used to say how many examples would resolve an inconclusive result"),
        })
            .describe("How eval results are judged: one-sided confidence bounds per benchmark (PASS when the bound clears, FAIL when the estimate misses), the power behind 'N more examples would likely decide it'"),
        audit: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            drift_threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(10).describe("relative change of a pinned price that needs action"),
            shutdown_horizon_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(3650).describe("warn about model shutdowns this close"),
            announce_horizon_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                .int()
                .min(0)
                .max(3650)
                .describe("look this far ahead for announced price changes"),
            unverified: levelSchema.describe("when current prices cannot be fetched or parsed: error fails the audit, warning warns"),
        })
            .describe("The scheduled pricing-drift audit"),
        sensitivity: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            self_host_price: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
                .min(1)
                .describe("pinned per_hour entry that prices self-hosting a fine-tuned model"),
            hours_per_month: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(1).max(744),
            replicas: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(1000),
        })
            .describe("Inputs to the self-hosting crossover in every cost report"),
        estimate: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            llm: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
                provider: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
                model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
                input_tokens: count,
                output_tokens: count,
            }),
            embedding: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ provider: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), tokens_per_query: count }),
            vector_db_monthly_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0),
            fine_tune_tokens_per_example: count,
            fine_tune_epochs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(100),
            fine_tune_usd_per_mtok: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0),
            full_fine_tune_inference_multiplier: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
                .min(1)
                .max(100)
                .describe("fine-tuned inference costs this many times the base price"),
        })
            .describe("Assumptions `tunegate analyze` prices a recommendation with; its flags override them"),
        pricing: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
                .min(1)
                .max(1000)
                .optional()
                .describe("the repository's pinned price table, relative to the repository root (default .tunegate/pricing.yml); its entries win over the prices shipped with tunegate"),
        })
            .default({})
            .describe("Where the repository's pinned prices live"),
    })
        .describe("A tunegate policy: every threshold and severity the gates use");
});
/**
 * What a policy *file* may hold: any part of the policy, down to a single threshold, layered over
 * the policy shipped with tunegate. The merged result is checked against policySchema; this
 * schema is the one published for editors, so a valid override is never flagged. Built on first
 * use: it copies the whole policy schema, and only `tunegate schema` and the build need it.
 */
const policyFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => partialDeep(policySchema).describe("A tunegate policy file: a partial override layered over the policy shipped with tunegate. Every key is optional; write only what you change."));
/** Every object in the schema made optional at every level; leaves, lists and maps stay whole. */
function partialDeep(schema) {
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodLazy */ .Ihb)
        return partialDeep(schema.unwrap());
    const inner = schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodDefault */ .XiL || schema instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodOptional */ .IiU ? schema.def.innerType : schema;
    if (!(inner instanceof zod__WEBPACK_IMPORTED_MODULE_1__/* .ZodObject */ .bvH))
        return schema;
    const shape = Object.fromEntries(Object.entries(inner.shape).map(([key, child]) => {
        const partial = partialDeep(child).optional();
        return [key, child.description === undefined ? partial : partial.describe(child.description)];
    }));
    const object = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(shape);
    return inner.description === undefined ? object : object.describe(inner.description);
}
//# sourceMappingURL=schema.js.map

/***/ })

};

//# sourceMappingURL=493.index.js.map