export const id = 68;
export const ids = [68];
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

//# sourceMappingURL=68.index.js.map