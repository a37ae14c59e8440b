export const id = 82;
export const ids = [82,194];
export const modules = {

/***/ 4168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ pinPrices)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _price_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6130);



/**
 * Writes or refreshes the pinned entry of every wanted model from the price data. Edits the YAML
 * in place, so comments and hand-pinned entries (check: manual) survive; a model the data lacks
 * but tunegate's shipped table has (a hand-pinned fine-tuning price) is copied with its source.
 */
function pinPrices(input) {
    if (input.existing !== undefined) {
        const valid = (0,_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(input.file, input.existing);
        if (!valid.ok)
            return valid;
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(input.existing ?? `${input.header}version: 1\ncurrency: USD\nprices: {}\n`);
    const pricesNode = doc.get("prices", true);
    // The seed `prices: {}` is a flow map; entries added to it should read as ordinary YAML blocks.
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pricesNode) && pricesNode.items.length === 0)
        pricesNode.flow = false;
    const report = { file: input.file, pinned: [], unchanged: [], kept: [], copied: [], unknown: [], source: input.current.source };
    const at = new Date(`${input.today}T12:00:00Z`);
    const entrySource = input.current.source.startsWith("@pydantic/genai-prices") ? input.current.source : `genai-prices feed ${input.current.source}`;
    for (const { key, provider, model } of [...input.wanted].sort((a, b) => a.key.localeCompare(b.key))) {
        const entry = doc.getIn(["prices", key]);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) && entry.get("check") === "manual") {
            report.kept.push(key);
            continue;
        }
        const resolved = input.current.feed.quote(provider, model, at);
        if (!resolved.ok) {
            const shipped = input.shipped.prices[key];
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) && shipped !== undefined) {
                doc.setIn(["prices", key], entryNode(doc, shipped));
                report.copied.push(key);
                continue;
            }
            report.unknown.push({
                model: key,
                reason: resolved.reason === "fuzzy" ? `the price data only matches it as ${resolved.matched}, a different model` : resolved.reason === "no-provider" ? `no provider ${provider} in the price data` : "not in the price data",
            });
            continue;
        }
        const before = JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry) ? entry.toJSON() : null);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry))
            doc.setIn(["prices", key], doc.createNode({ unit: "per_1m_tokens" }));
        for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
            const value = resolved.prices[field];
            if (value !== undefined)
                doc.setIn(["prices", key, field], value);
        }
        doc.setIn(["prices", key, "source"], entrySource);
        doc.setIn(["prices", key, "check"], doc.createNode({ source: "genai-prices", provider, model }, { flow: true }));
        const changed = JSON.stringify(doc.getIn(["prices", key]).toJSON()) !== before;
        // as_of records when the price was last confirmed, so it moves even when nothing else did.
        doc.setIn(["prices", key, "as_of"], input.today);
        (changed ? report.pinned : report.unchanged).push(key);
    }
    const text = doc.toString({ lineWidth: 0 });
    const check = (0,_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(input.file, text);
    if (!check.ok)
        return check;
    return { ok: true, text, report };
}
/** A shipped entry as a block, with its `check` mapping kept on one line as pinned entries have it. */
function entryNode(doc, entry) {
    return doc.createNode({
        ...entry,
        available_until: entry.available_until === undefined ? undefined : doc.createNode(entry.available_until, { flow: true }),
        check: entry.check === undefined || typeof entry.check === "string" ? entry.check : doc.createNode(entry.check, { flow: true }),
    });
}
//# sourceMappingURL=pin.js.map

/***/ }),

/***/ 3679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ modelsPricedFromTable),
/* harmony export */   Y: () => (/* binding */ modelsOfPlans)
/* harmony export */ });
/**
 * The pinned entries a plan's cost block looks up: items that name a provider and model and
 * carry no price of their own and no flat amount. The same rule estimateCost applies.
 */
function modelsPricedFromTable(plan) {
    const cost = plan.cost;
    if (cost === undefined)
        return [];
    const items = [
        { item: cost.llm, ownPrice: cost.llm?.usd_per_mtok ?? cost.llm?.input_usd_per_mtok ?? cost.llm?.output_usd_per_mtok },
        { item: cost.embedding, ownPrice: cost.embedding?.usd_per_mtok },
        { item: cost.fine_tune, ownPrice: cost.fine_tune?.usd_per_mtok },
    ];
    const found = new Map();
    for (const { item, ownPrice } of items) {
        if (item === undefined || ownPrice !== undefined || item.monthly_usd !== undefined || item.one_time_usd !== undefined)
            continue;
        if (item.provider === undefined || item.model === undefined)
            continue;
        const key = `${item.provider}/${item.model}`;
        found.set(key, { key, provider: item.provider, model: item.model });
    }
    return [...found.values()];
}
/** Every model the plans price from the table, once each, sorted by key. */
function modelsOfPlans(plans) {
    const all = new Map();
    for (const { plan } of plans)
        for (const m of modelsPricedFromTable(plan))
            all.set(m.key, m);
    return [...all.values()].sort((a, b) => a.key.localeCompare(b.key));
}
//# sourceMappingURL=plan-models.js.map

/***/ }),

/***/ 7082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(4885);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/analyze.js
var analyze = __webpack_require__(3866);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
// EXTERNAL MODULE: ./lib/engine/framework/recommend.js
var recommend = __webpack_require__(7399);
;// CONCATENATED MODULE: ./lib/engine/init/infer-task.js
/**
 * The task a plan must declare when the answers left it open: what the other answers point to,
 * and knowledge when nothing does ("unsure -> start with RAG"). Chosen so the plan gets the same
 * recommendation the answers did.
 */
function inferTask(facts, policy) {
    if (facts.task !== undefined)
        return facts.task;
    const fw = policy.framework;
    const knowledge = fw.rag_knowledge_change.includes(facts.knowledge_change) || fw.rag_preferred_knowledge_change.includes(facts.knowledge_change) || facts.citations_required;
    const behavior = fw.behavior_style_levels.includes(facts.style_requirements);
    if (knowledge && behavior)
        return "both";
    return behavior ? "behavior" : "knowledge";
}
//# sourceMappingURL=infer-task.js.map
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
// EXTERNAL MODULE: ./lib/engine/framework/readiness.js
var readiness = __webpack_require__(9217);
;// CONCATENATED MODULE: ./lib/engine/init/plan-text.js





/**
 * The tunegate.yml `tunegate init` writes: the answers, the recommended approach with its
 * reasons, the cost block the estimate priced, and commented placeholders for what only the team
 * knows (budget, eval results, waivers, and the readiness checklist when it fine-tunes).
 */
function initPlanText(input) {
    const { analysis } = input;
    const facts = analysis.facts;
    const rec = analysis.recommendation;
    const lines = [
        `# yaml-language-server: $schema=${input.schemaRef}`,
        `# tunegate plan, written by \`tunegate init\` (tunegate ${input.version}) on ${input.today} from your answers.`,
        "# Check it with `npx tunegate check`; the commented blocks at the end are what tunegate cannot know.",
        `# The rules behind every check: ${(0,doc_link/* frameworkDocUrl */._E)()}`,
        "version: 1",
        `name: ${scalar(input.name)}`,
        `# The framework recommends ${(0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}, because:`,
        ...rec.reasons.map((r) => `# * ${r.rule}: ${r.message}`),
        `approach: ${rec.approach}`,
    ];
    if (rec.approach === "hybrid")
        lines.push(`fine_tune_method: ${rec.fine_tune_method ?? "lora"}`);
    lines.push("use_case:", `  task: ${input.task}${input.inferred ? "   # Q3, inferred from your answers: knowledge | behavior | both | none" : "   # Q3"}`, `  knowledge_change: ${facts.knowledge_change}   # Q1`, `  citations_required: ${facts.citations_required}   # Q2`, `  style_requirements: ${facts.style_requirements}`);
    if (facts.latency_p95_ms !== undefined)
        lines.push(`  latency_p95_ms: ${facts.latency_p95_ms}   # Q5`);
    lines.push(`  monthly_queries: ${facts.monthly_queries}`);
    if (facts.examples !== undefined)
        lines.push("training:", `  examples: ${facts.examples}   # Q4: curated examples for fine-tuning`);
    const fineTunes = rec.approach !== "rag" && rec.approach !== "prompt";
    if (fineTunes) {
        lines.push("# readiness:   # before fine-tuning: answer true or false to each (docs/framework.md section 6)");
        for (const [key, label] of readiness/* READINESS_ITEMS */.kt)
            lines.push(`#   ${key}: false   # ${label}`);
    }
    lines.push("cost:   # priced from the policy's estimate assumptions; replace them with your own numbers");
    for (const [key, value] of Object.entries(analysis.costPlan)) {
        if (value === undefined)
            continue;
        const { calls_per_query: calls, ...rest } = value;
        const item = calls === 1 || calls === undefined ? rest : { ...rest, calls_per_query: calls };
        lines.push(`  ${key}: ${flow(item)}${key === "llm" ? "   # tokens per call" : key === "fine_tune" ? "   # one-time" : ""}`);
    }
    const cost = analysis.cost;
    lines.push("# budget:   # the cost-budget gate: the projected cost must stay within it", `#   monthly_usd: ${Math.ceil(cost.monthly_usd)}   # your limit; the cost block above comes to ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month`, ...(cost.one_time_usd > 0 ? [`#   one_time_usd: ${Math.ceil(cost.one_time_usd)}   # and ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time`] : []), "# evals:   # where your eval tools write results, relative to this file", "#   candidate: evals/candidate.json   # the customised system: lm-evaluation-harness, promptfoo, Inspect or tunegate JSON", ...(fineTunes ? ["#   baseline: evals/baseline.json     # the base model, for the forgetting gate"] : []), "#   task_floor: 0.85                  # the lowest task score you accept", "# waivers:   # a gate you accept failing for now: which, why, who, until when", "#   - gate: safety", '#     reason: "red-team suite being rebuilt"', '#     owner: "@your-team"', `#     expires: ${addDays(input.today, 30)}`);
    return `${lines.join("\n")}\n`;
}
/** A YAML scalar as the yaml library would write it (quoted only when it must be). */
function scalar(value) {
    return (0,dist/* stringify */.As)(value).trimEnd();
}
function flow(item) {
    const parts = Object.entries(item)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}: ${scalar(v)}`);
    return `{ ${parts.join(", ")} }`;
}
function addDays(date, days) {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
//# sourceMappingURL=plan-text.js.map
;// CONCATENATED MODULE: ./lib/engine/init/workflow-text.js


/**
 * .github/workflows/tunegate.yml: the pull-request check and the weekly pricing-drift audit,
 * each job with only the permissions it needs (a comment needs pull-requests: write, the audit's
 * tracking issue issues: write).
 */
function initWorkflowText(input) {
    const inputs = (mode) => [`          plan: ${(0,dist/* stringify */.As)(input.plan).trimEnd()}`, `          mode: ${mode}`, ...(input.policy === undefined ? [] : [`          policy: ${(0,dist/* stringify */.As)(input.policy).trimEnd()}`])];
    return [
        "# tunegate on every pull request (one sticky comment per plan, the verdict decides the check) and a",
        "# weekly pricing-drift audit (one tracking issue, opened and closed as prices move).",
        `# Written by \`tunegate init\` (tunegate ${input.version}); inputs and outputs: ${doc_link/* REPOSITORY_URL */.ld}#github-action`,
        "name: tunegate",
        "on:",
        "  pull_request:",
        "  schedule:",
        '    - cron: "17 6 * * 1"   # Mondays 06:17 UTC: the pricing-drift audit',
        "  workflow_dispatch:        # run the audit by hand",
        "permissions: {}             # each job asks for what it needs",
        "jobs:",
        "  check:",
        "    if: github.event_name == 'pull_request'",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "      pull-requests: write   # the sticky comment",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "        with:",
        "          fetch-depth: 0   # lets the comment compare the plan with the base branch",
        "      - uses: tunegate/tunegate@v0",
        "        with:",
        ...inputs("check"),
        "  audit:",
        "    if: github.event_name != 'pull_request'",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "      issues: write   # the audit's tracking issue",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "      - uses: tunegate/tunegate@v0",
        "        with:",
        ...inputs("audit"),
        "",
    ].join("\n");
}
//# sourceMappingURL=workflow-text.js.map
// EXTERNAL MODULE: ./lib/engine/plan/load.js
var load = __webpack_require__(5794);
// EXTERNAL MODULE: ./lib/engine/pricing/pin.js
var pin = __webpack_require__(4168);
// EXTERNAL MODULE: ./lib/engine/pricing/plan-models.js
var plan_models = __webpack_require__(3679);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/price-feed.js + 1 modules
var price_feed = __webpack_require__(5804);
// EXTERNAL MODULE: ./lib/shell/pricing-pin.js
var pricing_pin = __webpack_require__(6194);
// EXTERNAL MODULE: ./lib/shell/repo-settings.js + 1 modules
var repo_settings = __webpack_require__(5154);
// EXTERNAL MODULE: ./lib/shell/safe-write.js
var safe_write = __webpack_require__(2531);
;// CONCATENATED MODULE: ./lib/shell/init.js

















const INIT_PLAN = "tunegate.yml";
const INIT_WORKFLOW = ".github/workflows/tunegate.yml";
/**
 * Everything `tunegate init` would write, computed without writing: the plan from analyze's
 * answers, the workflow, and the repository's pinned prices for every model the plan uses
 * (from the price data tunegate bundles, or copied from its shipped table).
 */
async function composeInit(request) {
    const policy = await (0,repo_settings/* readPolicy */.T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const shipped = await (0,repo_settings/* readShippedPrices */.I)();
    if (!shipped.ok)
        return shipped;
    const recommendation = (0,recommend/* recommend */.v)(request.facts, policy.value.policy);
    const costPlan = (0,analyze/* estimateCostPlan */.j)(recommendation, request.facts, policy.value, request.overrides);
    const bundled = await (0,price_feed/* loadCurrentPrices */.W)("bundled", request.root);
    if (!bundled.ok)
        throw new Error(bundled.reason);
    const pinned = (0,pin/* pinPrices */.E)({
        file: repo_settings/* REPO_PRICING */._Q,
        existing: undefined,
        header: (0,pricing_pin/* pinnedTableHeader */.c)(await schemaRef(request.root, ".tunegate", "pricing")),
        wanted: (0,plan_models/* modelsPricedFromTable */.U)({ cost: costPlan }),
        current: bundled,
        shipped: shipped.value,
        today: request.today,
    });
    if (!pinned.ok)
        return pinned;
    if (pinned.report.unknown.length > 0)
        return { ok: false, diagnostics: pinned.report.unknown.map((u) => unknownModel(u, request.overrides)) };
    const table = (0,price_table/* loadPriceTable */.QY)(repo_settings/* REPO_PRICING */._Q, pinned.text);
    if (!table.ok)
        return table;
    const analysis = (0,analyze/* analyze */.n)(request.facts, policy.value, (0,price_table/* layerPriceTables */.oQ)(table.value, shipped.value, repo_settings/* REPO_PRICING */._Q), request.overrides, request.budgetMonthlyUsd);
    if (!analysis.ok)
        return { ok: false, diagnostics: analysis.problems.map((p) => ({ kind: p.kind, message: p.message, location: { file: "tunegate init", line: 1, column: 1 }, field: "", ...(p.hint === undefined ? {} : { hint: p.hint }) })) };
    const task = inferTask(request.facts, policy.value.policy);
    const planText = initPlanText({
        name: request.name ?? defaultName(request.root),
        analysis: analysis.value,
        task,
        inferred: request.facts.task === undefined,
        schemaRef: await schemaRef(request.root, ".", "plan"),
        version: version/* VERSION */.x,
        today: request.today,
    });
    // What init writes must be a plan tunegate accepts, with the recommendation it was written for.
    const reloaded = (0,load/* loadPlan */.Y)(INIT_PLAN, planText);
    if (!reloaded.ok)
        throw new Error(`tunegate init wrote a plan it cannot read: ${reloaded.diagnostics.map((d) => d.message).join("; ")}`);
    const files = [
        { path: INIT_PLAN, text: planText },
        { path: INIT_WORKFLOW, text: initWorkflowText({ plan: INIT_PLAN, policy: request.policyFlag, version: version/* VERSION */.x }) },
        { path: repo_settings/* REPO_PRICING */._Q, text: pinned.text },
    ];
    const checked = [];
    for (const file of files) {
        const writable = await (0,safe_write/* checkWritable */.Z)(request.root, file.path, "create");
        checked.push({ ...file, refusals: writable.ok ? [] : writable.diagnostics });
    }
    return { ok: true, files: checked, analysis: analysis.value, pinned: pinned.report };
}
/**
 * Writes the files, or none of them: every target is checked first, and if a later write fails
 * the earlier ones of this run are removed again.
 */
async function writeInit(root, files) {
    const refusals = [];
    for (const file of files) {
        const writable = await (0,safe_write/* checkWritable */.Z)(root, file.path, "create");
        if (!writable.ok)
            refusals.push(...writable.diagnostics);
    }
    if (refusals.length > 0)
        return { ok: false, diagnostics: refusals };
    const written = [];
    for (const file of files) {
        const result = await (0,safe_write/* writeRepoFile */.a)(root, file.path, file.text, "create");
        if (!result.ok) {
            for (const path of written)
                await (0,promises_.unlink)((0,external_node_path_.join)(root, path)).catch(() => undefined);
            return result;
        }
        written.push(file.path);
    }
    return { ok: true };
}
/**
 * The `$schema` reference for a file in `folder`: a relative path to the installed package's
 * schema when the package sits inside the repository (node_modules), else the schema at this
 * version's release tag.
 */
async function schemaRef(root, folder, name) {
    const schema = (0,external_node_path_.join)((0,files/* packageRoot */.Zl)(), "schemas", `${name}.schema.json`);
    const [realRoot, realSchema] = await Promise.all([(0,promises_.realpath)(root), (0,promises_.realpath)(schema).catch(() => schema)]);
    if (realSchema.startsWith(realRoot + external_node_path_.sep))
        return (0,external_node_path_.relative)((0,external_node_path_.join)(realRoot, folder), realSchema).split(external_node_path_.sep).join("/");
    return `https://raw.githubusercontent.com/tunegate/tunegate/v${version/* VERSION */.x}/schemas/${name}.schema.json`;
}
/** The repository folder's name, as a plan name may be written. */
function defaultName(root) {
    const name = (0,external_node_path_.basename)(root).replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
    return name === "" ? "my-llm-feature" : name;
}
function unknownModel(unknown, overrides) {
    const flag = overrides.llm !== undefined && unknown.model === `${overrides.llm.provider}/${overrides.llm.model}` ? "--llm" : overrides.embedding !== undefined && unknown.model === `${overrides.embedding.provider}/${overrides.embedding.model}` ? "--embedding" : "policy estimate";
    return {
        kind: "unknown-model",
        message: `unknown model ${unknown.model}: ${unknown.reason}, and tunegate ships no price for it`,
        location: { file: flag, line: 1, column: 1 },
        field: "",
        hint: flag === "--embedding" ? "give --embedding-usd-per-mtok, or name a model the price data knows" : "give --llm-usd-per-mtok, or name a model the price data knows",
    };
}
//# sourceMappingURL=init.js.map
// EXTERNAL MODULE: ./lib/shell/cli/analysis-flags.js
var analysis_flags = __webpack_require__(2647);
// EXTERNAL MODULE: ./lib/shell/cli/diagnostics.js
var diagnostics = __webpack_require__(1463);
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
// EXTERNAL MODULE: ./lib/shell/cli/io.js
var cli_io = __webpack_require__(6607);
// EXTERNAL MODULE: ./lib/shell/cli/policy-flag.js + 2 modules
var policy_flag = __webpack_require__(7452);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(7266);
;// CONCATENATED MODULE: ./lib/shell/cli/init-command.js









// init writes .tunegate/pricing.yml itself, so it takes analyze's answers without --pricing.
const { pricing: _pricing, ...ANSWERS } = analysis_flags/* ANALYSIS_OPTIONS */.W;
/** `tunegate init`: what a repository needs to start, from analyze's answers; never overwrites. */
async function initCommand(args, io) {
    const { values } = (0,flags/* parseFlags */.bQ)(args, { ...ANSWERS, name: { type: "string" }, print: { type: "boolean" }, today: { type: "string" } });
    const { facts, overrides, budgetMonthlyUsd } = (0,analysis_flags/* analysisInputs */.E)(values);
    const today = (0,flags/* dateFlag */.BL)("today", values.today, io.today);
    const policy = await (0,policy_flag/* policyFlag */.J)(values.policy, io);
    if (!policy.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(policy.diagnostics, io);
    const composed = await composeInit({ root: io.cwd, facts, overrides, budgetMonthlyUsd, name: values.name?.trim() || undefined, policyFlag: values.policy, policy: policy.value, today });
    if (!composed.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(composed.diagnostics, io);
    const { files, analysis } = composed;
    if (values.print === true) {
        io.out(files.map((f) => `==> ${f.path} <==\n${f.text}`).join("\n"));
        for (const f of files)
            for (const d of f.refusals)
                io.err(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
        return 0;
    }
    const refused = files.flatMap((f) => f.refusals);
    if (refused.length > 0) {
        for (const d of refused)
            io.err(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
        io.err(`tunegate init: nothing was written. "tunegate init --print" shows what it would write.\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    const written = await writeInit(io.cwd, files);
    if (!written.ok)
        return (0,diagnostics/* reportDiagnostics */.D)(written.diagnostics, io);
    const rec = analysis.recommendation;
    const pinned = [...composed.pinned.pinned, ...composed.pinned.unchanged, ...composed.pinned.copied];
    io.out([
        `tunegate init: the framework recommends ${(0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}; the estimate comes to ${(0,money/* formatUsd */.UK)(analysis.cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(analysis.cost.one_time_usd)} one-time`,
        ...files.map((f) => `wrote ${f.path}${f.path.endsWith("pricing.yml") ? ` (${pinned.length === 0 ? "no model to pin" : `pinned ${pinned.join(", ")}`})` : ""}`),
        "next: fill in the commented blocks at the end of tunegate.yml (budget, evals), then run: npx tunegate check",
        "",
    ].join("\n"));
    return 0;
}
//# sourceMappingURL=init-command.js.map

/***/ }),

/***/ 5458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ loadPlans)
/* harmony export */ });
/* harmony import */ var _engine_plan_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5794);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);



const READ_CONCURRENCY = 32;
/**
 * Every plan a glob names, read concurrently (with many plans the time is otherwise spent
 * waiting on I/O) and validated; all problems are collected, not just the first.
 */
async function loadPlans(root, glob, origin) {
    const expanded = await (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .expandPlanPaths */ .C)(root, glob, origin);
    const diagnostics = [...expanded.diagnostics];
    const plans = [];
    // Concurrent, but a few dozen at a time: thousands at once ran out of file descriptors (EMFILE).
    const texts = [];
    for (let start = 0; start < expanded.paths.length; start += READ_CONCURRENCY) {
        texts.push(...(await Promise.all(expanded.paths.slice(start, start + READ_CONCURRENCY).map((file) => (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v6)(root, file, _files_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONFIG_BYTES */ .GW)))));
    }
    for (const [index, file] of expanded.paths.entries()) {
        const text = texts[index];
        if (!text.ok) {
            diagnostics.push((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readFailure */ .f1)(text, { file, line: 1, column: 1 }, ""));
            continue;
        }
        const loaded = (0,_engine_plan_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPlan */ .Y)(file, text.text);
        if (!loaded.ok)
            diagnostics.push(...loaded.diagnostics);
        else
            plans.push({ file, plan: loaded.value.plan });
    }
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, plans };
}
//# sourceMappingURL=plans.js.map

/***/ }),

/***/ 5804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ loadCurrentPrices)
});

// EXTERNAL MODULE: ./node_modules/@pydantic/genai-prices/dist/index.js
var dist = __webpack_require__(2294);
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
// EXTERNAL MODULE: ./lib/engine/pricing/price-source.js
var price_source = __webpack_require__(6130);
;// CONCATENATED MODULE: ./lib/engine/pricing/genai-prices-source.js


/** genai-prices' published data (its bundled copy, the live JSON or a file) as a price source. */
function genaiPricesSource(providers, description) {
    return {
        kind: "genai-prices",
        description,
        quote(provider, model, at) {
            const resolved = resolvePrice(providers, provider, model, at);
            if (!resolved.ok)
                return resolved;
            return { ok: true, modelId: resolved.modelId, prices: resolved.prices, announced: (from, until) => announcedDates(resolved.model, from, until) };
        },
    };
}
/** Checks that data fetched from the feed has the shape genai-prices publishes: Provider[]. */
function validateFeed(data) {
    if (!Array.isArray(data))
        return { ok: false, reason: "the price data is not a list of providers" };
    for (const [i, p] of data.entries()) {
        if (p === null || typeof p !== "object" || typeof p.id !== "string" || !Array.isArray(p.models)) {
            return { ok: false, reason: `provider ${i} has no id or no models list` };
        }
    }
    if (data.length === 0)
        return { ok: false, reason: "the price data lists no providers" };
    return { ok: true, providers: data };
}
/** A dated id (gpt-5-2025-08-07, claude-haiku-4-5-20251001) is the same model as its base id. */
function sameModel(requested, matched) {
    if (requested === matched)
        return true;
    return requested.startsWith(`${matched}-`) && /^(\d{8}|\d{4}-\d{2}-\d{2})$/.test(requested.slice(matched.length + 1));
}
/**
 * The price a feed gives a model at a date. Exact ids only: genai-prices matches by rules such
 * as starts_with, so a newer model can come back priced as an older one; that is "unknown".
 */
function resolvePrice(providers, providerId, modelId, at) {
    const provider = providers.find((p) => p.id === providerId);
    if (provider === undefined)
        return { ok: false, reason: "no-provider" };
    const result = (0,dist/* calcPrice */.jh)({ input_tokens: 0, output_tokens: 0 }, modelId, { provider, timestamp: at });
    if (result === null)
        return { ok: false, reason: "no-model" };
    if (!sameModel(modelId, result.model.id))
        return { ok: false, reason: "fuzzy", matched: result.model.id };
    const prices = {};
    for (const field of price_source/* PRICE_FIELDS */.I) {
        const value = result.model_price[field];
        // Tiered prices apply per request above a threshold; the pinned and compared figure is the base tier.
        const base = typeof value === "number" ? value : value !== undefined && typeof value.base === "number" ? value.base : undefined;
        if (base !== undefined)
            prices[field] = base;
    }
    return { ok: true, modelId: result.model.id, prices, model: result.model };
}
/** Start dates of price changes the feed already lists for after `from`, up to `until`. */
function announcedDates(model, from, until) {
    const list = Array.isArray(model.prices) ? model.prices : [];
    return list
        .map((p) => (p.constraint !== undefined && "start_date" in p.constraint ? String(p.constraint.start_date) : null))
        .filter((d) => d !== null && Date.parse(d) > from.getTime() && Date.parse(d) <= until.getTime())
        .sort();
}
//# sourceMappingURL=genai-prices-source.js.map
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
;// CONCATENATED MODULE: ./lib/shell/price-feed.js




/** The live feed is a few hundred kilobytes; anything far larger is not it. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;
/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
async function loadCurrentPrices(spec, cwd) {
    const where = spec ?? dist/* REMOTE_DATA_JSON_URL */.Ju;
    if (where === "bundled") {
        const providers = await (0,dist/* waitForUpdate */.ST)();
        if (providers === null)
            return { ok: false, source: where, reason: "the bundled price data is not available" };
        return { ok: true, feed: genaiPricesSource(providers, "@pydantic/genai-prices bundled data"), source: "@pydantic/genai-prices bundled data" };
    }
    let text;
    try {
        if (/^https?:\/\//.test(where)) {
            const response = await fetch(where, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/json" } });
            if (!response.ok)
                return { ok: false, source: where, reason: `the price feed answered HTTP ${response.status}` };
            const length = Number(response.headers.get("content-length") ?? 0);
            if (length > MAX_FEED_BYTES)
                return { ok: false, source: where, reason: `the price feed is ${length} bytes, more than the ${MAX_FEED_BYTES} accepted` };
            text = await response.text();
        }
        else {
            const file = await (0,files/* readLocalFile */.MM)(where.startsWith("/") ? where : `${cwd}/${where}`, where, MAX_FEED_BYTES);
            if (!file.ok)
                return { ok: false, source: where, reason: file.message };
            text = file.text;
        }
    }
    catch (error) {
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? error.code ?? error.message;
        return { ok: false, source: where, reason: `could not fetch current prices (${why})` };
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, source: where, reason: `the price data is not JSON (${error.message})` };
    }
    // genai-prices' match rules nest and are walked recursively: refuse what no real feed has.
    if ((0,json_nesting/* nestsDeeperThan */.ix)(data))
        return { ok: false, source: where, reason: `the price data nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep` };
    const valid = validateFeed(data);
    return valid.ok ? { ok: true, feed: genaiPricesSource(valid.providers, where), source: where } : { ok: false, source: where, reason: valid.reason };
}
//# sourceMappingURL=price-feed.js.map

/***/ }),

/***/ 6194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pinnedTableHeader),
/* harmony export */   pinPrices: () => (/* binding */ pinPrices)
/* harmony export */ });
/* harmony import */ var _engine_pricing_pin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4168);
/* harmony import */ var _engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3679);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97);
/* harmony import */ var _plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5458);
/* harmony import */ var _price_feed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5804);
/* harmony import */ var _repo_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5154);
/* harmony import */ var _safe_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2531);







/** The comment block of a pinned table tunegate creates. */
function pinnedTableHeader(schemaRef) {
    return `${schemaRef === undefined ? "" : `# yaml-language-server: $schema=${schemaRef}\n`}# This repository's pinned prices for tunegate, USD per 1M tokens, keyed provider/model (genai-prices
# key names). They win over the prices shipped with tunegate. \`tunegate pricing pin\` refreshes the
# entries checked against the price data; entries with check: manual are pinned by hand and never touched.
`;
}
/**
 * Writes or refreshes the repository's pinned entry of every model the plans price from the
 * table, from the price data, and writes the file safely (see safe-write.ts).
 */
async function pinPrices(request) {
    const plans = await (0,_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlans */ .h)(request.root, request.plans);
    if (!plans.ok)
        return plans;
    const policy = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .readPolicy */ .T4)(request.root, request.policy);
    if (!policy.ok)
        return policy;
    const shipped = await (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .readShippedPrices */ .I)();
    if (!shipped.ok)
        return shipped;
    const target = (0,_repo_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryPricing */ .jL)(request.root, policy.value, request.pricing).path;
    // Checked before anything is read: a link, folder or FIFO at the target is refused, not opened.
    const writable = await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_5__/* .checkWritable */ .Z)(request.root, target, "replace");
    if (!writable.ok)
        return writable;
    const existing = await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v6)(request.root, target, _files_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONFIG_BYTES */ .GW);
    if (!existing.ok && existing.kind !== "file-missing")
        return { ok: false, diagnostics: [(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readFailure */ .f1)(existing, { file: target, line: 1, column: 1 }, "")] };
    const current = await (0,_price_feed_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCurrentPrices */ .W)(request.data ?? "bundled", request.root);
    if (!current.ok)
        return { ok: false, diagnostics: [], reason: current.reason };
    const pinned = (0,_engine_pricing_pin_js__WEBPACK_IMPORTED_MODULE_0__/* .pinPrices */ .E)({
        file: target,
        existing: existing.ok ? existing.text : undefined,
        header: pinnedTableHeader(undefined),
        wanted: (0,_engine_pricing_plan_models_js__WEBPACK_IMPORTED_MODULE_6__/* .modelsOfPlans */ .Y)(plans.plans),
        current,
        shipped: shipped.value,
        today: request.today,
    });
    if (!pinned.ok)
        return pinned;
    const written = await (0,_safe_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRepoFile */ .a)(request.root, target, pinned.text, "replace");
    if (!written.ok)
        return written;
    return { ok: true, report: pinned.report };
}
//# sourceMappingURL=pricing-pin.js.map

/***/ }),

/***/ 2531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkWritable),
/* harmony export */   a: () => (/* binding */ writeRepoFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6241);





/**
 * Whether tunegate may write `repoRelative`: inside the repository, through no symbolic link
 * (folder or file), onto nothing but a regular file, and for `create` onto nothing at all.
 * Nothing is created; missing folders are fine.
 */
async function checkWritable(root, repoRelative, mode) {
    try {
        return await inspect(root, repoRelative, mode);
    }
    catch (error) {
        return refuse(repoRelative, "invalid-value", `cannot write ${repoRelative}: ${error.code ?? String(error)}`);
    }
}
async function inspect(root, repoRelative, mode) {
    const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .q)("", repoRelative);
    if (!lexical.ok)
        return refuse(repoRelative, "path-escape", `cannot write "${repoRelative}": the path ${lexical.reason}`);
    const path = lexical.path;
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    const segments = path.split("/");
    const folders = segments.slice(0, -1);
    const name = segments.at(-1);
    let dir = realRoot;
    for (const [index, folder] of folders.entries()) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, folder);
        const shown = folders.slice(0, index + 1).join("/");
        const stats = await lstatOrMissing(dir);
        if (stats === "missing")
            break;
        if (stats.isSymbolicLink())
            return refuse(path, "path-escape", `cannot write ${path}: the folder ${shown} is a symbolic link, and tunegate never writes through one`, "replace the link with a real folder, or name a path without links");
        if (!stats.isDirectory())
            return refuse(path, "invalid-value", `cannot write ${path}: ${shown} is not a folder`);
    }
    const target = await lstatOrMissing((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(realRoot, ...segments));
    if (target === "missing")
        return { ok: true, path, realRoot, folders, name, exists: false, mode: 0o644 };
    if (target.isSymbolicLink())
        return refuse(path, "path-escape", `cannot write ${path}: it is a symbolic link, and tunegate never writes through one`, "remove the link, or name the file it points to if that is inside the repository");
    if (target.isDirectory())
        return refuse(path, "invalid-value", `cannot write ${path}: it is a directory`, "name a file, e.g. .tunegate/pricing.yml");
    if (!target.isFile())
        return refuse(path, "invalid-value", `cannot write ${path}: it is not a regular file`);
    if (mode === "create")
        return refuse(path, "invalid-value", `${path} already exists; tunegate never overwrites it`, "move it aside, or see what would be written with --print");
    return { ok: true, path, realRoot, folders, name, exists: true, mode: target.mode & 0o777 };
}
/**
 * Writes a repository file without following any symbolic link: missing folders are created one
 * by one and checked, the text goes to a temporary file created exclusively under a random name
 * beside the target (so no existing file, such as a user's own `x.tmp`, is touched), then the
 * temporary file is renamed over the target (`replace`) or linked to it only if it is still
 * absent (`create`). Every refusal is a diagnostic located at the target.
 */
async function writeRepoFile(root, repoRelative, text, mode) {
    const checked = await checkWritable(root, repoRelative, mode);
    if (!checked.ok)
        return checked;
    const { path, realRoot, folders, name } = checked;
    let dir = realRoot;
    for (const [index, folder] of folders.entries()) {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, folder);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir);
        }
        catch (error) {
            if (error.code !== "EEXIST")
                return refuse(path, "invalid-value", `cannot create the folder ${folders.slice(0, index + 1).join("/")}: ${error.code ?? String(error)}`);
        }
        // Re-checked after creating: a link put there meanwhile is refused, never followed.
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir);
        if (stats.isSymbolicLink() || !stats.isDirectory())
            return refuse(path, "path-escape", `cannot write ${path}: the folder ${folders.slice(0, index + 1).join("/")} is not a real folder`);
    }
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString("hex")}.tmp`);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temporary, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, checked.mode);
    }
    catch (error) {
        return refuse(path, "invalid-value", `cannot write beside ${path}: ${error.code ?? String(error)}`);
    }
    let renamed = false;
    try {
        await handle.writeFile(text);
        await handle.sync();
        await handle.close();
        handle = undefined;
        if (mode === "replace") {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
            renamed = true;
        }
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(temporary, target);
    }
    catch (error) {
        const code = error.code;
        if (code === "EEXIST")
            return refuse(path, "invalid-value", `${path} already exists; tunegate never overwrites it`);
        return refuse(path, "invalid-value", `cannot write ${path}: ${code ?? String(error)}`);
    }
    finally {
        await handle?.close();
        // The temporary file is gone after a rename; after a link (or any failure) it is removed.
        if (!renamed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temporary).catch(() => undefined);
    }
    return { ok: true, path };
}
async function lstatOrMissing(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return "missing";
        throw error;
    }
}
function refuse(file, kind, message, hint) {
    return { ok: false, diagnostics: [{ kind, message, location: { file, line: 1, column: 1 }, field: "", ...(hint === undefined ? {} : { hint }) }] };
}
//# sourceMappingURL=safe-write.js.map

/***/ })

};

//# sourceMappingURL=82.index.js.map