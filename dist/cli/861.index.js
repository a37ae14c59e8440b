export const id = 861;
export const ids = [861];
export const modules = {

/***/ 8436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ assembleRun),
/* harmony export */   c3: () => (/* binding */ selectBenchmark),
/* harmony export */   gg: () => (/* binding */ sameMetricKey)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7619);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4814);
/* harmony import */ var _input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2588);



/**
 * Puts one side's files together: aggregates from results files, with the per-sample files'
 * examples attached to the same benchmark and metric (or standing alone when no results file
 * has it). Two files that both give one benchmark are a conflict, never "the first one wins":
 * a glob that matches an old good run beside a new bad one must not pass on the old one. Nor is
 * a results file combined with a samples file from another run: they must agree (see
 * `disagreement`), or the samples would silently replace what the results file says.
 */
function assembleRun(contributions) {
    const aggregates = new Map();
    const sampled = new Map();
    const conflicts = contributions.flatMap(lookalikeNames);
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    for (const c of contributions) {
        for (const b of c.benchmarks) {
            const key = `${b.name}\u0000${b.metric}`;
            const into = b.examples !== null && b.provenance.format === "lm-eval" ? sampled : aggregates;
            const earlier = into.get(key);
            if (earlier !== undefined) {
                const files = [earlier.provenance.file, b.provenance.file];
                conflicts.push({ name: b.name, metric: b.metric, files, message: `two files give ${b.name} (${b.metric}): ${files[0]} and ${files[1]}; tunegate will not pick one of them silently` });
                continue;
            }
            into.set(key, b);
        }
    }
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    const benchmarks = [...aggregates.values()];
    for (const [key, withExamples] of sampled) {
        const aggregate = aggregates.get(key);
        if (aggregate === undefined)
            benchmarks.push(withExamples);
        else {
            const differs = disagreement(aggregate, withExamples);
            if (differs !== null) {
                conflicts.push(differs);
                continue;
            }
            const index = benchmarks.indexOf(aggregate);
            benchmarks[index] = { ...aggregate, examples: withExamples.examples, n: aggregate.n ?? withExamples.n, provenance: { ...aggregate.provenance, digest: withExamples.provenance.digest } };
        }
    }
    if (conflicts.length > 0)
        return { ok: false, conflicts };
    const categories = contributions.map((c) => c.categories).filter((c) => c !== null);
    const latency = contributions.map((c) => c.latencyP95Ms).filter((l) => l !== null);
    const byName = new Map();
    for (const b of benchmarks) {
        for (const name of new Set([b.name, ...b.aliases])) {
            const list = byName.get(name) ?? [];
            list.push(b);
            byName.set(name, list);
        }
    }
    return {
        ok: true,
        run: {
            format: contributions[0]?.format ?? "tunegate",
            files: contributions.map((c) => c.file),
            sources: contributions.map(sourceOf),
            model: contributions.map((c) => c.model).find((m) => m !== null) ?? null,
            benchmarks,
            byName,
            latencyP95Ms: latency.length === 0 ? null : Math.max(...latency),
            categories: categories.length === 0
                ? null
                : { general: categories.flatMap((c) => c.general), safety: categories.flatMap((c) => c.safety), task: categories.flatMap((c) => c.task) },
            incomplete: contributions.map((c) => c.incomplete).find((i) => i !== null) ?? null,
            noScores: contributions.flatMap((c) => (c.noScores === null ? [] : [`${c.file}: ${c.noScores}`])),
        },
    };
}
/**
 * Whether a results file's aggregate and a samples file's examples can be one run's: the same
 * number of examples, and, where the aggregate is the mean of the per-example scores (the task
 * config says "mean", or, with no config, a metric bounded to [0, 1]), the same mean up to the
 * rounding of single-precision storage. Null when they agree.
 */
function disagreement(aggregate, sampled) {
    const examples = sampled.examples;
    const count = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .exampleCount */ .EN)(examples);
    const files = [aggregate.provenance.file, sampled.provenance.file];
    const conflict = (detail) => ({
        name: aggregate.name,
        metric: aggregate.metric,
        files,
        message: `${files[0]} and ${files[1]} disagree on ${aggregate.name} (${aggregate.metric}): ${detail}; they are not from the same run, and tunegate will not pick one of them silently`,
    });
    if (aggregate.n !== null && aggregate.n !== count)
        return conflict(`the results file counts ${aggregate.n} examples, the samples file has ${count}`);
    const range = (0,_reading_js__WEBPACK_IMPORTED_MODULE_2__/* .metricRange */ .Q4)(aggregate.metric);
    const isMean = aggregate.aggregation === "mean" || (aggregate.aggregation === null && range !== null && range[0] === 0 && range[1] === 1);
    if (!isMean || count === 0)
        return null;
    let sum = 0;
    let magnitude = 0;
    (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachScore */ .z$)(examples, (v) => {
        sum += v;
        magnitude += Math.abs(v);
    });
    const mean = sum / count;
    // Scores are kept in single precision (relative error 6e-8 each); the tolerance is far above that.
    const tolerance = 1e-5 * Math.max(1, magnitude / count);
    if (Math.abs(mean - aggregate.value) <= tolerance)
        return null;
    return conflict(`the results file's mean is ${aggregate.value}, the samples' is ${mean}`);
}
/** A report lists this many names per file; `tunegate evals` lists them all. */
const MAX_NAMES_LISTED = 50;
/** What the report says was read from one file. */
function sourceOf(c) {
    const largest = new Map();
    for (const b of c.benchmarks)
        if (b.n !== null && !b.pooled && b.partOf === undefined)
            largest.set(b.name, Math.max(largest.get(b.name) ?? 0, b.n));
    const examples = c.examples ?? (largest.size === 0 ? null : [...largest.values()].reduce((a, b) => a + b, 0));
    const errored = new Map();
    for (const b of c.benchmarks)
        if (!b.pooled && b.partOf === undefined)
            errored.set(b.name, Math.max(errored.get(b.name) ?? 0, b.errored));
    const names = [...new Set(c.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, MAX_NAMES_LISTED);
    return { file: c.file, format: c.format, tool_version: c.toolVersion, model: c.model, examples, errored: [...errored.values()].reduce((a, b) => a + b, 0), names };
}
/** Metric preference when the plan names none: acc_norm, acc, exact match, then the tools' own. */
const PREFERRED = [/^acc_norm(,none)?$/, /^acc(,none)?$/, /^exact_match,/, /^exact_match$/, /^accuracy$/, /^pass_rate$/, /^resisted$/, /^mean$/, /^score$/];
/** lm-eval 0.4 names a metric with its filter ("acc,none"); 0.3 and other tools name it alone. */
function sameMetricKey(metric) {
    return metric.endsWith(",none") ? metric.slice(0, -",none".length) : metric;
}
/**
 * The benchmark the plan means by `name`, under the metric it asked for (or the preferred one).
 * With a `counterpart` (the other side of a comparison) and no metric asked for, only metrics both
 * sides report are preferred, so the two sides are not judged on different metrics.
 */
function selectBenchmark(run, name, metric, pooledAllowed, counterpart) {
    const named = run.byName.get(name) ?? [];
    if (named.length === 0) {
        if (run.benchmarks.length === 0 && run.noScores.length > 0)
            return { ok: false, why: "no-data", reason: `no scores: ${run.noScores.join("; ")}` };
        const available = [...new Set(run.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, 12);
        return { ok: false, why: "absent", reason: `"${name}" is not in ${run.files.join(", ")} (it has: ${available.join(", ") || "no benchmarks"})` };
    }
    if (named.some((b) => b.pooled) && !pooledAllowed) {
        const parts = [...new Set(run.benchmarks.filter((b) => !b.pooled && b.provenance.file === named[0].provenance.file && b.name.startsWith(name) && /^[@#]/.test(b.name.slice(name.length))).map((b) => b.name))];
        return { ok: false, why: "ambiguous", reason: `"${name}" was run with several providers or prompts in ${named[0].provenance.file}: name one (${parts.slice(0, 6).join(", ")}) or pool them with evals.pool: [${name}]` };
    }
    let chosen;
    if (metric !== undefined) {
        chosen = named.find((b) => b.metric === metric) ?? named.find((b) => b.metric === `${metric},none`) ?? named.find((b) => b.metric.split(",")[0] === metric);
        if (chosen === undefined)
            return { ok: false, why: "no-metric", reason: `"${name}" has no metric "${metric}" (it has: ${named.map((b) => b.metric).join(", ")})` };
    }
    else {
        const theirs = new Set((counterpart?.byName.get(name) ?? []).map((b) => sameMetricKey(b.metric)));
        const shared = named.filter((b) => theirs.has(sameMetricKey(b.metric)));
        const candidates = shared.length > 0 ? shared : named;
        for (const pattern of PREFERRED) {
            chosen = candidates.find((b) => pattern.test(b.metric));
            if (chosen !== undefined)
                break;
        }
        chosen ??= candidates[0];
    }
    if (chosen.n === 0) {
        const why = chosen.errored > 0 ? `${chosen.errored} of ${chosen.errored} rows errored (provider errors): nothing was scored` : "0 examples were scored";
        return { ok: false, why: "no-data", reason: `"${name}" in ${chosen.provenance.file}: ${why}` };
    }
    return { ok: true, benchmark: chosen };
}
/**
 * Names in one file that read the same but are spelled differently ("xѕtest" with a Cyrillic ѕ
 * beside "xstest"): a plan naming one may be judged on a score written to look like the other, so
 * neither is judged. Names and metrics alike, each pair once.
 */
function lookalikeNames(contribution) {
    const bySkeleton = new Map();
    const conflicts = [];
    const seen = new Set();
    const names = contribution.benchmarks.flatMap((b) => [b.name, ...b.aliases, b.metric]);
    for (const name of names) {
        const skeleton = (0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__/* .nameSkeleton */ .Zk)(name);
        const earlier = bySkeleton.get(skeleton);
        if (earlier === undefined)
            bySkeleton.set(skeleton, name);
        // Letter case shows: "QA" beside "qa" is two names a reader tells apart.
        else if (earlier.toLowerCase() !== name.toLowerCase() && !seen.has(`${earlier}\u0000${name}`)) {
            seen.add(`${earlier}\u0000${name}`);
            conflicts.push({
                name,
                metric: "",
                files: [contribution.file, contribution.file],
                message: `${contribution.file} holds two names that look alike, "${(0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__/* .showNonAscii */ .gE)(earlier)}" and "${(0,_input_lookalike_js__WEBPACK_IMPORTED_MODULE_1__/* .showNonAscii */ .gE)(name)}": tunegate judges neither, since a plan naming one could be reading the other`,
            });
        }
    }
    return conflicts;
}
//# sourceMappingURL=assemble.js.map

/***/ }),

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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _input_eval_format_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(318);


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
const sourceFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_input_eval_format_names_js__WEBPACK_IMPORTED_MODULE_0__/* .EVAL_FORMAT_NAMES */ .Q),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("the eval tool's own version, when the file records it (lm-eval 0.4.8, promptfoo 0.118.10, inspect_ai 0.3.58)"),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe("examples the file holds (the largest count per benchmark, summed)"),
    errored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe("rows the tool reported as errored: counted, never scored"),
    names: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe("the suite, benchmark or task names the file holds, as a plan's evals.general, safety and task name them (the first 50)"),
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

/***/ 4814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Q4: () => (/* binding */ metricRange),
/* harmony export */   ZQ: () => (/* binding */ readCounts),
/* harmony export */   _0: () => (/* binding */ readCount),
/* harmony export */   aE: () => (/* binding */ benchmark),
/* harmony export */   d4: () => (/* binding */ rangeProblem),
/* harmony export */   f3: () => (/* binding */ p95),
/* harmony export */   iT: () => (/* binding */ looksBinomial),
/* harmony export */   vM: () => (/* binding */ finiteNumber)
/* harmony export */ });
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const finiteNumber = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** A benchmark with the fields every reader leaves at their usual values filled in. */
function benchmark(fields) {
    return {
        aliases: [],
        stderr: null,
        n: null,
        higherIsBetter: true,
        binary: false,
        aggregation: null,
        errored: 0,
        pooled: false,
        examples: null,
        scale: metricRange(fields.metric),
        ...fields,
    };
}
/**
 * Whether an aggregate is a mean of 0/1 scores, judged from its values alone: k = p n must be a
 * whole number and the reported standard error must be the binomial one lm-eval and Inspect
 * compute for 0/1 scores, sqrt(p (1 - p) / (n - 1)). A probability mass (truthfulqa_mc2) has the
 * same range but a smaller spread, so it fails the test and is judged as continuous. One example
 * scored 0 or 1 with the stderr of 0 Inspect writes for it is one 0/1 outcome: judged as 1 of 1
 * (Wilson), it cannot certify a floor on its own, as a point estimate of 1.0 would.
 */
function looksBinomial(value, stderr, n) {
    if (stderr === null || n === null || value < 0 || value > 1)
        return false;
    if (n === 1)
        return stderr === 0 && (value === 0 || value === 1);
    if (n < 2)
        return false;
    const k = value * n;
    if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, n))
        return false;
    const binomial = Math.sqrt((value * (1 - value)) / (n - 1));
    return Math.abs(stderr - binomial) <= 1e-6 + 1e-4 * binomial;
}
/** Metrics whose every value lies in [0, 1] by definition; a value outside is data that cannot be true. */
const UNIT_INTERVAL = /^(acc|acc_norm|acc_mutual_info|exact_match|em|f1|macro_f1|micro_f1|mc1|mc2|accuracy|pass_rate|resisted|brier_score)$/;
/** Correlations lie in [-1, 1]. */
const CORRELATION = /^(mcc|mcc_binary|matthews_corrcoef)$/;
/** The range a metric's values must lie in, by its name; null when the tools do not bound it. */
function metricRange(metricName) {
    const base = metricName.split(",")[0];
    if (UNIT_INTERVAL.test(base))
        return [0, 1];
    if (CORRELATION.test(base))
        return [-1, 1];
    return null;
}
/** A problem when `value` cannot be a value of `metric`, else null. */
function rangeProblem(path, metric, value, what = "value") {
    const range = metricRange(metric);
    if (range === null || (value >= range[0] && value <= range[1]))
        return null;
    return { path, message: `${what} ${value} of metric "${metric}" is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`, hint: "check that the file is the tool's own output, unedited" };
}
/**
 * A count of examples a file reports (Inspect's scored_samples, lm-eval's n-samples): absent
 * (undefined or null) reads as null; anything but a whole number >= 0 is data that cannot be
 * true, since a count of -3 or 2.5 would otherwise reach the statistics as a sample size.
 */
function readCount(value, path) {
    if (value === undefined || value === null)
        return { ok: true, count: null };
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
        return { ok: true, count: value };
    const name = String(path.at(-1) ?? "count");
    return { ok: false, problem: { path, message: `${name} ${JSON.stringify(value)} is not a number of examples (a whole number >= 0): data that cannot be true`, hint: "check that the file is the tool's own output, unedited" } };
}
/** Several counts at once: every one that cannot be true is a problem of its own. */
function readCounts(fields) {
    const read = fields.map(([value, path]) => readCount(value, path));
    const problems = read.flatMap((r) => (r.ok ? [] : [r.problem]));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, counts: read.map((r) => (r.ok ? r.count : null)) };
}
/** The p95 of a list of latencies (nearest rank), or null for none. */
function p95(latencies) {
    if (latencies.length === 0)
        return null;
    const sorted = [...latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}
//# sourceMappingURL=reading.js.map

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

/***/ 3560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ pricesToAudit),
/* harmony export */   o7: () => (/* binding */ budgetStanding),
/* harmony export */   wy: () => (/* binding */ auditResultSchema),
/* harmony export */   y1: () => (/* binding */ auditPrices)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4560);
/* harmony import */ var _price_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6130);




const priceFieldSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I);
/** What the scheduled audit found; `tunegate audit --format json` and the Action's report-json write it. */
const auditResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    verified: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe("false when current prices could not be fetched or parsed; the pins were kept"),
    pinned_prices: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe("the pinned table audited, as reports name it"),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    unverified_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), price: priceFieldSchema, pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), change_pct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })),
    stale: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), as_of: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })),
    shutdowns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), what: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    missing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), price: priceFieldSchema, current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), future: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    unverifiable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    plans: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })),
    plans_over_budget: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), monthly_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), at: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pinned", "current", "announced"]) })),
    needs_action: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    today: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
})
    .describe("tunegate pricing audit"));
const DAY = 86_400_000;
/**
 * The part of a layered table a repository's audit covers: every entry it pins itself, and the
 * shipped entries its plans use. A single (unlayered) table is audited whole.
 */
function pricesToAudit(table, usedKeys) {
    const origins = table.origins;
    if (origins === undefined)
        return table;
    const used = new Set(usedKeys);
    const prices = Object.fromEntries(Object.entries(table.prices).filter(([key]) => used.has(key) || origins[key] === table.pinTarget));
    return { ...table, prices };
}
/**
 * Compares every pinned price with the feed's current and announced ones, ages what cannot be
 * compared, flags shutdowns, and re-costs every plan at pinned, current and announced prices.
 */
function auditPrices(input) {
    const { table, current, policy, today } = input;
    const settings = policy.audit;
    const now = new Date(`${today}T12:00:00Z`);
    const horizon = new Date(now.getTime() + settings.announce_horizon_days * DAY);
    const maxAge = policy.gates["pricing-freshness"].max_age_days;
    const result = {
        verified: current.ok,
        pinned_prices: table.file,
        source: current.source,
        unverified_reason: current.ok ? null : current.reason,
        drift: [],
        stale: [],
        shutdowns: [],
        missing: [],
        announced: [],
        unverifiable: [],
        plans: [],
        plans_over_budget: [],
        needs_action: false,
        today,
    };
    const currentTable = { ...table.prices };
    const announcedTable = { ...table.prices };
    for (const [key, entry] of Object.entries(table.prices).sort(([a], [b]) => a.localeCompare(b))) {
        const age = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(entry.as_of, today);
        if (age > maxAge)
            result.stale.push({ model: key, as_of: entry.as_of, age_days: age });
        for (const [what, date] of [["shutdown", entry.shutdown_date], ["new fine-tuning jobs end", entry.available_until?.new_jobs], ["inference ends", entry.available_until?.inference]]) {
            if (date === undefined || (what === "inference ends" && date === entry.shutdown_date))
                continue;
            const left = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(today, date);
            if (left <= settings.shutdown_horizon_days)
                result.shutdowns.push({ model: key, date, days_left: left, what });
        }
        // A repository entry without a check of its own is still compared through the shipped entry it
        // replaces: otherwise pinning a shipped model at $0 without `check` escaped the audit. Only an
        // explicit `check: manual` (shown as pinned by hand) is aged and not compared.
        const check = entry.check ?? table.shipped?.prices[key]?.check;
        if (check === undefined || check === "manual") {
            result.unverifiable.push(key);
            continue;
        }
        if (!current.ok)
            continue;
        const now_ = current.feed.quote(check.provider, check.model, now);
        if (!now_.ok) {
            result.missing.push({ model: key, reason: now_.reason === "fuzzy" ? `the feed only matches it fuzzily (as ${now_.matched}): a different model` : now_.reason === "no-provider" ? `provider ${check.provider} is not in the feed` : "the model is no longer in the feed" });
            continue;
        }
        currentTable[key] = { ...entry, ...now_.prices };
        for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
            const pinned = entry[field];
            const latest = now_.prices[field];
            if (pinned === undefined || latest === undefined)
                continue;
            const change = pinned === 0 ? (latest === 0 ? 0 : Infinity) : (latest - pinned) / pinned;
            if (Math.abs(change) > settings.drift_threshold)
                result.drift.push({ model: key, price: field, pinned, current: latest, change_pct: Math.round(change * 1000) / 10 });
        }
        const future = current.feed.quote(check.provider, check.model, horizon);
        if (future.ok) {
            announcedTable[key] = { ...entry, ...future.prices };
            const dates = now_.announced(now, horizon);
            for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
                const a = now_.prices[field];
                const b = future.prices[field];
                if (a !== undefined && b !== undefined && a !== b)
                    result.announced.push({ model: key, price: field, current: a, future: b, date: dates[0] ?? horizon.toISOString().slice(0, 10) });
            }
        }
    }
    for (const { file, plan } of input.plans) {
        const budget = plan.budget?.monthly_usd ?? null;
        const cost = (prices) => {
            if (plan.cost === undefined)
                return { value: null, error: null };
            const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a)(plan.cost, plan.use_case.monthly_queries, { ...table, prices });
            return estimate.ok ? { value: estimate.value.monthly_usd, error: null } : { value: null, error: estimate.problems.map((p) => p.message).join("; ") };
        };
        const pinned = cost(table.prices);
        const atCurrent = current.ok ? cost(currentTable) : { value: null, error: null };
        const atAnnounced = current.ok ? cost(announcedTable) : { value: null, error: null };
        result.plans.push({ plan: file, name: plan.name, budget_usd: budget, pinned: pinned.value, current: atCurrent.value, announced: atAnnounced.value, error: pinned.error });
        if (budget === null)
            continue;
        for (const [at, value] of [["pinned", pinned.value], ["current", atCurrent.value], ["announced", atAnnounced.value]]) {
            if (value !== null && value > budget)
                result.plans_over_budget.push({ plan: file, monthly_usd: value, budget_usd: budget, at });
        }
    }
    result.needs_action =
        result.drift.length + result.missing.length + result.plans_over_budget.length + result.shutdowns.length + result.announced.length + result.stale.length > 0;
    return result;
}
/**
 * What an audit that found nothing to act on can say about budgets: only the plans that have a
 * monthly budget are within one; a plan without a budget is named as such, never "within budget".
 */
function budgetStanding(result) {
    const budgeted = result.plans.filter((p) => p.budget_usd !== null);
    const without = result.plans.length - budgeted.length;
    if (result.plans.length === 0)
        return "no plan to cost";
    if (without === 0)
        return budgeted.length === 1 ? "the plan is within its budget" : `all ${budgeted.length} plans are within budget`;
    const none = `${without === result.plans.length && without === 1 ? "the plan has" : `${without} plan${without === 1 ? " has" : "s have"}`} no monthly budget to compare`;
    return budgeted.length === 0 ? none : `${budgeted.length} plan${budgeted.length === 1 ? " is" : "s are"} within budget; ${none}`;
}
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 6130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PRICE_FIELDS)
/* harmony export */ });
/** The price fields tunegate pins and compares (USD per 1M tokens), in the pinned table's key names. */
const PRICE_FIELDS = ["input_mtok", "cache_read_mtok", "output_mtok"];
//# sourceMappingURL=price-source.js.map

/***/ }),

/***/ 3207:
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
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6962);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8590);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2162);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7929);









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

/***/ 6694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemaCommand: () => (/* binding */ schemaCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
// EXTERNAL MODULE: ./lib/engine/evals/tunegate-format.js
var tunegate_format = __webpack_require__(8553);
// EXTERNAL MODULE: ./lib/engine/policy/schema.js
var schema = __webpack_require__(382);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js
var plan_schema = __webpack_require__(7929);
// EXTERNAL MODULE: ./lib/engine/pricing/audit.js
var audit = __webpack_require__(3560);
// EXTERNAL MODULE: ./lib/engine/report/analysis.js
var analysis = __webpack_require__(3207);
// EXTERNAL MODULE: ./lib/engine/report/model.js + 1 modules
var model = __webpack_require__(3377);
// EXTERNAL MODULE: ./lib/engine/run/run-report.js
var run_report = __webpack_require__(7664);
;// CONCATENATED MODULE: ./lib/engine/json-schemas.js









const SCHEMA_NAMES = ["plan", "policy", "pricing", "eval", "report", "run-report", "audit", "analysis"];
const SCHEMAS = {
    // Files people write are described as input (defaults make fields optional); the report as output.
    plan: { schema: plan_schema/* planSchema */.Fu, io: "input" },
    policy: { schema: schema/* policyFileSchema */.Y, io: "input" },
    pricing: { schema: price_table/* priceTableSchema */.rh, io: "input" },
    eval: { schema: tunegate_format/* evalResultSchema */.P, io: "input" },
    report: { schema: model/* reportSchema */.Q, io: "output" },
    "run-report": { schema: run_report/* runReportSchema */.HW, io: "output" },
    audit: { schema: audit/* auditResultSchema */.wy, io: "output" },
    analysis: { schema: analysis/* analysisReportSchema */.oc, io: "output" },
};
/** JSON Schema generated from the zod schema, so editors and the code can never disagree. */
function jsonSchemaText(name) {
    const { schema, io } = SCHEMAS[name];
    const json = json_schema_processors/* toJSONSchema */.bl(schema, { io, target: "draft-2020-12" });
    return `${JSON.stringify({ ...json, $id: `https://tunegate.dev/schemas/${name}.schema.json`, title: `tunegate ${name}` }, null, 2)}\n`;
}
//# sourceMappingURL=json-schemas.js.map
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
;// CONCATENATED MODULE: ./lib/shell/cli/schema-command.js


/** `tunegate schema <name>`: the JSON Schema of one file tunegate reads or writes. */
function schemaCommand(args, io) {
    const { positionals } = (0,flags/* parseFlags */.bQ)(args, {}, 1);
    const name = positionals[0];
    if (name === undefined)
        throw new flags/* UsageError */.eb(`schema needs a name: ${SCHEMA_NAMES.join(" | ")}`);
    io.out(jsonSchemaText((0,flags/* requiredOneOf */.b9)("schema name", name, SCHEMA_NAMES)));
    return 0;
}
//# sourceMappingURL=schema-command.js.map

/***/ })

};

//# sourceMappingURL=861.index.js.map