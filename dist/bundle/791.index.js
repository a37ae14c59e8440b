export const id = 791;
export const ids = [791];
export const modules = {

/***/ 5353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ costPerPoint),
/* harmony export */   n: () => (/* binding */ estimateAlternativeCost)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);

/**
 * The items only the customisation needs, by approach: a fine-tune's training and the hosting of
 * its weights or adapter; for RAG (whose alternative is the model without retrieval), the
 * embeddings and the vector database. Prompting customises nothing, so it has no alternative.
 */
const ONLY_THE_CUSTOMISATION_NEEDS = {
    prompt: [],
    rag: ["embedding", "vector_db"],
    lora: ["fine_tune", "hosting"],
    qlora: ["fine_tune", "hosting"],
    "full-fine-tune": ["fine_tune", "hosting"],
    hybrid: ["fine_tune", "hosting"],
};
/**
 * The alternative's monthly and one-time cost: the plan's `cost.alternative` block when it has
 * one, else the plan's own cost without what only the customisation needs. Problems in the
 * alternative's block are placed under `cost.alternative`, where the user wrote them.
 */
function estimateAlternativeCost(cost, approach, monthlyQueries, prices) {
    if (cost.alternative !== undefined) {
        const estimate = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a3)(cost.alternative, monthlyQueries, prices);
        if (!estimate.ok)
            return { ok: false, problems: estimate.problems.map((p) => ({ ...p, path: underAlternative(p.path) })) };
        return { ok: true, value: { estimate: estimate.value, source: "cost.alternative" } };
    }
    const dropped = ONLY_THE_CUSTOMISATION_NEEDS[approach].filter((key) => cost[key] !== undefined);
    const kept = { ...cost };
    delete kept.alternative;
    for (const key of dropped)
        delete kept[key];
    const estimate = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a3)(kept, monthlyQueries, prices);
    // The plan's own cost priced without error, so a subset of its items does too.
    if (!estimate.ok)
        return estimate;
    const source = dropped.length === 0
        ? "the plan's cost (nothing in it is only the customisation's)"
        : `the plan's cost without ${dropped.map((k) => `cost.${k}`).join(" and ")}`;
    return { ok: true, value: { estimate: estimate.value, source } };
}
function underAlternative(path) {
    return path[0] === "cost" ? ["cost", "alternative", ...path.slice(1)] : path;
}
/**
 * What the customisation costs per point of quality it buys: extra monthly dollars over the gain
 * in points. Null when there is no gain to pay for (zero or less). A saving gives a negative cost.
 */
function costPerPoint(extraMonthlyUsd, gainInPoints) {
    if (!(gainInPoints > 0))
        return null;
    return extraMonthlyUsd / gainInPoints;
}
//# sourceMappingURL=alternative.js.map

/***/ }),

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
                conflicts.push({
                    name: b.name,
                    metric: b.metric,
                    files,
                    message: `two files give ${b.name} (${b.metric}): ${files[0]} and ${files[1]}; tunegate will not pick one of them silently`,
                });
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
        else if (aggregate.aggregation !== null && aggregate.aggregation !== "mean") {
            // The aggregate is not the mean of the per-sample values (perplexity is exp(-mean(ll))):
            // the samples measure something else, so the aggregate stands alone, judged from its stderr.
            continue;
        }
        else {
            const differs = disagreement(aggregate, withExamples);
            if (differs !== null) {
                conflicts.push(differs);
                continue;
            }
            const index = benchmarks.indexOf(aggregate);
            benchmarks[index] = {
                ...aggregate,
                examples: withExamples.examples,
                n: aggregate.n ?? withExamples.n,
                provenance: { ...aggregate.provenance, digest: withExamples.provenance.digest },
            };
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
            ...latencyRows(contributions),
            categories: categories.length === 0
                ? null
                : {
                    general: categories.flatMap((c) => c.general),
                    safety: categories.flatMap((c) => c.safety),
                    task: categories.flatMap((c) => c.task),
                },
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
    const isMean = aggregate.aggregation === "mean" ||
        (aggregate.aggregation === null && range !== null && range[0] === 0 && range[1] === 1);
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
    return {
        file: c.file,
        format: c.format,
        tool_version: c.toolVersion,
        model: c.model,
        examples,
        errored: [...errored.values()].reduce((a, b) => a + b, 0),
        names,
        sha256: null,
    };
}
/** Metric preference when the plan names none: acc_norm, acc, exact match, then the tools' own. */
const PREFERRED = [
    /^acc_norm(,none)?$/,
    /^acc(,none)?$/,
    /^exact_match,/,
    /^exact_match$/,
    /^accuracy$/,
    /^pass_rate$/,
    /^resisted$/,
    /^mean$/,
    /^score$/,
];
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
        return {
            ok: false,
            why: "absent",
            reason: `"${name}" is not in ${run.files.join(", ")} (it has: ${available.join(", ") || "no benchmarks"})`,
        };
    }
    if (named.some((b) => b.pooled) && !pooledAllowed) {
        const parts = [
            ...new Set(run.benchmarks
                .filter((b) => !b.pooled &&
                b.provenance.file === named[0].provenance.file &&
                b.name.startsWith(name) &&
                /^[@#]/.test(b.name.slice(name.length)))
                .map((b) => b.name)),
        ];
        return {
            ok: false,
            why: "ambiguous",
            reason: `"${name}" was run with several providers or prompts in ${named[0].provenance.file}: name one (${parts.slice(0, 6).join(", ")}) or pool them with evals.pool: [${name}]`,
        };
    }
    let chosen;
    if (metric !== undefined) {
        chosen =
            named.find((b) => b.metric === metric) ??
                named.find((b) => b.metric === `${metric},none`) ??
                named.find((b) => b.metric.split(",")[0] === metric);
        if (chosen === undefined)
            return {
                ok: false,
                why: "no-metric",
                reason: `"${name}" has no metric "${metric}" (it has: ${named.map((b) => b.metric).join(", ")})`,
            };
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
        const why = chosen.errored > 0
            ? `${chosen.errored} of ${chosen.errored} rows errored (provider errors): nothing was scored`
            : "0 examples were scored";
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
/** Every file's latency rows pooled and sorted, when each file that gave a latency gave rows. */
function latencyRows(contributions) {
    const timed = contributions.filter((c) => c.latencyP95Ms !== null);
    if (timed.length === 0 || timed.some((c) => c.latencyRowsMs === undefined))
        return {};
    const rows = Float64Array.from(timed.flatMap((c) => [...c.latencyRowsMs]));
    rows.sort();
    return { latencyRowsMs: rows };
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
    tool_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .nullable()
        .describe("the eval tool's own version, when the file records it (lm-eval 0.4.8, promptfoo 0.118.10, inspect_ai 0.3.58)"),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe("examples the file holds (the largest count per benchmark, summed)"),
    errored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe("rows the tool reported as errored: counted, never scored"),
    names: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .describe("the suite, benchmark or task names the file holds, as a plan's evals.general, safety and task name them (the first 50)"),
    sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .nullable()
        .describe("sha256 of the file's bytes (hex) as read, so the evidence a verdict rests on can be checked later; null when not computed"),
}));
function exampleCount(examples) {
    return examples.kind === "dense"
        ? examples.count
        : examples.kind === "numbered"
            ? examples.ids.length
            : examples.scores.size;
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
    return {
        path,
        message: `${what} ${value} of metric "${metric}" is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`,
        hint: "check that the file is the tool's own output, unedited",
    };
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
    return {
        ok: false,
        problem: {
            path,
            message: `${name} ${JSON.stringify(value)} is not a number of examples (a whole number >= 0): data that cannot be true`,
            hint: "check that the file is the tool's own output, unedited",
        },
    };
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

/***/ 1532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ citeFramework),
/* harmony export */   _E: () => (/* binding */ frameworkDocUrl),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL)
/* harmony export */ });
/* unused harmony exports FRAMEWORK_SECTIONS, frameworkLink */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4858);

/** Where tunegate's source lives; package.json's repository says the same (a test checks). */
const REPOSITORY_URL = "https://github.com/tunegate/tunegate";
/** Sections of docs/framework.md that reports cite, by their heading anchors. */
const FRAMEWORK_SECTIONS = {
    questions: "2-the-five-questions",
    mismatches: "4-mismatches-when-a-plan-contradicts-the-framework",
    gates: "5-the-pre-deploy-gates",
    readiness: "6-the-fine-tuning-readiness-checklist",
    cost: "7-the-cost-model",
    value: "9-start-simple-did-the-customisation-buy-anything",
};
/**
 * A link to a section of the framework document shipped with this version of tunegate
 * (docs/framework.md in the package), at the release tag, so the rules cited are the rules applied.
 */
function frameworkLink(section) {
    return `${frameworkDocUrl()}#${FRAMEWORK_SECTIONS[section]}`;
}
/** The framework document shipped with this version, at its release tag. */
function frameworkDocUrl() {
    return `${REPOSITORY_URL}/blob/v${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}/docs/framework.md`;
}
/** "tunegate framework, section 6 (<link>)": how a threshold or hint cites the rules. */
function citeFramework(section) {
    return `tunegate framework, section ${FRAMEWORK_SECTIONS[section].split("-")[0]} (${frameworkLink(section)})`;
}
//# sourceMappingURL=doc-link.js.map

/***/ }),

/***/ 1741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PI: () => (/* binding */ customisationValueGate),
  s6: () => (/* binding */ gainInPoints),
  PC: () => (/* binding */ gainSentence)
});

// UNUSED EXPORTS: judgeGain

// EXTERNAL MODULE: ./lib/engine/cost/alternative.js
var alternative = __webpack_require__(5353);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/framework/alternative.js
var framework_alternative = __webpack_require__(3094);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
// EXTERNAL MODULE: ./lib/engine/policy/load.js
var load = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/engine/stats/intervals.js
var intervals = __webpack_require__(8172);
// EXTERNAL MODULE: ./lib/engine/stats/distributions.js
var distributions = __webpack_require__(425);
;// CONCATENATED MODULE: ./lib/engine/stats/superiority.js

/** The decision rule on an estimate and its one-sided bound. */
function superiorityDecision(gain, lower, minGain) {
    if (lower > minGain)
        return "pass";
    if (gain < minGain)
        return "fail";
    return "inconclusive";
}
/**
 * Paired superiority from the moments of the per-example gains d_i = sign (c_i - a_i). Needs at
 * least two pairs: nothing is concluded from fewer.
 */
function pairedSuperiority(m, minGain, alpha) {
    if (m.n < 2)
        throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
    const se = Math.sqrt(m.variance / m.n);
    const half = (0,distributions/* tQuantile */.YW)(1 - alpha, m.n - 1) * se;
    return {
        gain: m.mean,
        se,
        lower: m.mean - half,
        upper: m.mean + half,
        decision: superiorityDecision(m.mean, m.mean - half, minGain),
        paired: true,
        n: m.n,
    };
}
/**
 * Unpaired superiority from the two sides' values and standard errors (independent samples):
 * `candidate` and `alternative` are already signed so that higher is better.
 */
function unpairedSuperiority(candidate, alternative, minGain, alpha, n) {
    const gain = candidate.value - alternative.value;
    const se = Math.sqrt(candidate.stderr ** 2 + alternative.stderr ** 2);
    const half = (0,distributions/* normalQuantile */.Zl)(1 - alpha) * se;
    return {
        gain,
        se,
        lower: gain - half,
        upper: gain + half,
        decision: superiorityDecision(gain, gain - half, minGain),
        paired: false,
        n,
    };
}
/**
 * Examples in all that would likely show the gain (power 1 - beta) if the true gain were the one
 * observed: n = (z_alpha + z_beta)^2 Var(d) / (gain - minGain)^2. Infinity when the observed gain
 * does not exceed the margin: then no number of examples would show it.
 */
function examplesToShowGain(varianceOfD, gain, minGain, alpha, power) {
    const excess = gain - minGain;
    if (!(excess > 0))
        return Infinity;
    return Math.max(2, Math.ceil((((0,distributions/* normalQuantile */.Zl)(1 - alpha) + (0,distributions/* normalQuantile */.Zl)(power)) ** 2 * varianceOfD) / excess ** 2));
}
//# sourceMappingURL=superiority.js.map
// EXTERNAL MODULE: ./lib/engine/gates/eval-judgement.js
var eval_judgement = __webpack_require__(8305);
// EXTERNAL MODULE: ./lib/engine/gates/eval-selection.js
var eval_selection = __webpack_require__(4868);
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/engine/gates/missing.js
var missing = __webpack_require__(2961);
// EXTERNAL MODULE: ./lib/engine/gates/unsettled.js
var unsettled = __webpack_require__(5361);
// EXTERNAL MODULE: ./lib/engine/input/count-text.js
var count_text = __webpack_require__(6788);
;// CONCATENATED MODULE: ./lib/engine/gates/customisation-value.js













/**
 * Candidate against the cheaper alternative on one task suite: better by more than `minGain`, in
 * the metric's better direction. Paired on per-example scores when both sides have them, else
 * unpaired from standard errors; from point estimates alone a gain is never shown.
 */
function judgeGain(c, a, minGain, stats) {
    const sign = c.higherIsBetter ? 1 : -1;
    // + 0 turns the -0 of a lower-is-better tie into 0.
    const gain = sign * (c.value - a.value) + 0;
    let base = {
        benchmark: c.name,
        metric: c.metric,
        n: c.n ?? a.n,
        candidate: c.value,
        baseline: a.value,
        scale: "difference",
        threshold: minGain,
        estimate: gain,
    };
    const unshown = (note) => ({
        evidence: {
            ...base,
            lower: null,
            upper: null,
            method: "point estimate",
            decision: gain < minGain ? "fail" : "inconclusive",
            note,
        },
        needed: null,
    });
    if (stats.method === "point") {
        return {
            evidence: {
                ...base,
                lower: null,
                upper: null,
                method: "point estimate",
                decision: gain >= minGain && gain > 0 ? "pass" : "fail",
                note: "policy: point-estimate rule",
            },
            needed: null,
        };
    }
    let test;
    let method;
    let perExampleVariance;
    if (c.examples !== null && a.examples !== null) {
        const d = new intervals/* RunningMoments */.RC();
        let sumC = 0;
        let sumA = 0;
        (0,eval_judgement/* forEachPair */.bf)(c.examples, a.examples, (x, y) => {
            sumC += x;
            sumA += y;
            d.add(sign * (x - y));
        });
        if (d.n < 2)
            return unshown(`only ${d.n} example(s) in common: no interval`);
        // Every number printed beside the interval comes from the pairs it was computed on (issue 20).
        base = { ...base, n: d.n, candidate: sumC / d.n, baseline: sumA / d.n };
        test = pairedSuperiority(d, minGain, stats.alpha);
        method = `paired t, n=${d.n}`;
        perExampleVariance = d.variance;
    }
    else {
        const sc = stderrOf(c);
        const sa = stderrOf(a);
        if (sc === null || sa === null)
            return unshown("no standard errors or per-example results: a gain cannot be shown from point estimates");
        const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("alternative", a, sa);
        if (unmeasured !== null)
            return unshown(`${unmeasured}: no spread was measured, so a gain cannot be shown`);
        const n = c.n ?? a.n ?? 0;
        test = unpairedSuperiority({ value: sign * c.value, stderr: sc }, { value: sign * a.value, stderr: sa }, minGain, stats.alpha, n);
        method = "unpaired z from reported stderrs (no per-example files)";
        perExampleVariance = n > 0 ? n * (sc ** 2 + sa ** 2) : null;
    }
    const needed = test.decision === "inconclusive" && perExampleVariance !== null
        ? examplesToShowGain(perExampleVariance, test.gain, minGain, stats.alpha, stats.power)
        : null;
    return {
        // The estimate is the tested one: on paired examples, the mean of their gains.
        evidence: {
            ...base,
            estimate: test.gain + 0,
            lower: test.lower,
            upper: test.upper,
            method,
            decision: test.decision,
            note: null,
        },
        needed: needed !== null && Number.isFinite(needed) ? needed : null,
    };
}
/** Reported stderr, or the binomial one for 0/1 scores with a known count, or none. */
function stderrOf(b) {
    if (b.stderr !== null)
        return b.stderr;
    if (b.binary && b.n !== null && b.n > 1)
        return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
    return null;
}
function unmeasuredSpread(side, b, stderr) {
    if (b.n !== null && b.n < 2)
        return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
    if (stderr === 0)
        return `the ${side}'s standard error is 0`;
    return null;
}
/**
 * A gain as a reader counts it: percentage points for a score on [0, 1] (0.061 is "+6.1 points"),
 * the metric's own units otherwise.
 */
function gainInPoints(e, gain) {
    const share = (x) => x !== null && x >= 0 && x <= 1;
    return share(e.candidate) && share(e.baseline)
        ? { value: gain * 100, unit: "points" }
        : { value: gain, unit: "units" };
}
/** "+6.1 points on support_qa [+3.2, +9.0]" (the bracket is the interval, when there is one). */
function gainSentence(e) {
    const signed = (x) => {
        const p = gainInPoints(e, x);
        const text = p.unit === "points" ? p.value.toFixed(1) : p.value.toPrecision(3);
        return `${x > 0 ? "+" : ""}${text}`;
    };
    const unit = gainInPoints(e, e.estimate).unit === "points" ? "points" : `${e.metric}`;
    const interval = e.lower === null || e.upper === null ? "" : ` [${signed(e.lower)}, ${signed(e.upper)}]`;
    return `${signed(e.estimate)} ${unit} on ${e.benchmark}${interval}`;
}
/** The comparability rules of every comparison, worded for the alternative. */
function alternativeComparability(c, a) {
    return (0,eval_judgement/* comparabilityProblem */.s$)(c, a)?.replace(/\bbaseline\b/g, "alternative") ?? null;
}
/**
 * Did the customisation buy anything? On every task suite the candidate must beat the simpler
 * alternative it replaces (evals.alternative) by at least gates.customisation_value.min_gain,
 * shown at the policy's alpha; beside it, what that costs per point gained.
 */
function customisationValueGate(ctx) {
    const id = "customisation-value";
    if (ctx.plan.approach === "prompt")
        return (0,gate_result/* skipped */.hT)({
            id,
            path: ["approach"],
            summary: "prompting customises nothing: there is no cheaper alternative to beat",
        });
    const alternative = ctx.alternative;
    if (alternative === undefined)
        return unmeasured(ctx);
    const names = (0,eval_selection/* namesFor */.G)(ctx, "task");
    if (ctx.candidate === undefined || names.length === 0) {
        return (0,missing/* missingData */.$)(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suites to the candidate and alternative results (and list them in evals.task)");
    }
    if (ctx.candidate.incomplete !== null)
        return (0,missing/* missingData */.$)(ctx, id, false, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals", "candidate"], "gate on a finished run");
    if (alternative.incomplete !== null)
        return (0,missing/* missingData */.$)(ctx, id, false, `cannot gate on the alternative's results: ${alternative.incomplete}`, ["evals", "alternative"], "gate on a finished run of the alternative");
    const minGain = ctx.policy.policy.gates.customisation_value.min_gain;
    const stats = ctx.policy.policy.statistics;
    const extraMonthly = ctx.cost !== undefined && ctx.alternativeCost !== undefined
        ? ctx.cost.monthly_usd - ctx.alternativeCost.estimate.monthly_usd
        : null;
    const details = [];
    const evidence = [];
    const failing = [];
    const unclear = [];
    const pointOnly = [];
    const noData = [];
    const notComparable = [];
    for (const name of [...names].sort()) {
        const c = (0,eval_selection/* pick */.U)(ctx.candidate, name, ctx, alternative);
        const a = (0,eval_selection/* pick */.U)(alternative, name, ctx, ctx.candidate);
        if (!c.ok || !a.ok) {
            noData.push(name);
            details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : `alternative: ${a.reason}`}`);
            continue;
        }
        const problem = alternativeComparability(c.benchmark, a.benchmark);
        if (problem !== null) {
            notComparable.push(name);
            details.push(`${name} vs alternative: not comparable: ${problem}`);
            continue;
        }
        const { evidence: e, needed } = judgeGain(c.benchmark, a.benchmark, minGain, stats);
        evidence.push(e);
        if (e.decision === "fail")
            failing.push(name);
        if (e.decision === "inconclusive")
            unclear.push(name);
        if (e.decision === "inconclusive" && e.lower === null)
            pointOnly.push(name);
        const paid = extraMonthly === null ? "" : ` for ${signedUsd(extraMonthly)}/month${perPointNote(e, extraMonthly)}`;
        const why = [
            e.method,
            e.note,
            needed === null ? null : `about ${(0,count_text/* formatCount */.B)(needed)} examples in all would likely show it`,
        ]
            .filter((x) => x !== null)
            .join("; ");
        details.push(`${name}: candidate ${e.candidate.toFixed(3)} vs alternative ${e.baseline.toFixed(3)}: ${gainSentence(e)}${paid}, needs > ${minGain} (${why}) -> ${e.decision.toUpperCase()}`);
    }
    if (ctx.alternativeCost !== undefined && ctx.cost !== undefined) {
        details.push(`cost: candidate ${(0,money/* formatUsd */.UK)(ctx.cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(ctx.cost.one_time_usd)} one-time; alternative ${(0,money/* formatUsd */.UK)(ctx.alternativeCost.estimate.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(ctx.alternativeCost.estimate.one_time_usd)} one-time (${ctx.alternativeCost.source})`);
    }
    const gains = evidence.map((e) => e.estimate);
    const worst = gains.length === 0 ? null : Math.min(...gains);
    const worstEvidence = evidence.find((e) => e.estimate === worst);
    const base = {
        id,
        path: ["evals", "alternative"],
        measured: worst,
        measured_display: worstEvidence === undefined ? "—" : `smallest gain ${gainSentence(worstEvidence)}`,
        threshold: {
            value: minGain,
            display: `> ${minGain} better than the alternative, per task suite (one-sided ${Math.round((1 - stats.alpha) * 100)}% bound)`,
            source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.customisation_value.min_gain"),
        },
        details,
    };
    const unique = (xs) => [...new Set(xs)];
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return {
            ...(0,unsettled/* notComparableResult */.N)(ctx, {
                ...base,
                summary: `not comparable with the alternative: ${unique(notComparable).join(", ")} measured different examples or settings`,
                fix: "run candidate and alternative on the same examples and settings",
            }),
            evidence,
        };
    }
    if (failing.length > 0) {
        return {
            ...(0,gate_result/* judged */.g$)({
                ...base,
                summary: `the customisation does not beat the simpler alternative by ${minGain} on ${unique(failing).join(", ")}`,
                fix: `keep the simpler alternative, or improve ${unique(failing).join(", ")} until it does`,
            }, "error"),
            evidence,
        };
    }
    if (noData.length > 0)
        return {
            ...(0,missing/* missingData */.$)(ctx, id, false, `not measured on both sides: ${unique(noData).join(", ")}`, ["evals", "alternative"], "run the candidate and the alternative on every task suite", details),
            evidence,
        };
    if (unclear.length > 0) {
        // More examples cannot help a file that carries no spread: it needs per-example results.
        const fix = pointOnly.length > 0
            ? `give per-example results (or standard errors) for ${unique(pointOnly).join(", ")} on both sides`
            : `run more examples on ${unique(unclear).join(", ")}, on both sides`;
        return {
            ...(0,unsettled/* inconclusiveResult */.Y)(ctx, { ...base, summary: `a gain over the alternative is not shown on ${unique(unclear).join(", ")}`, fix }, false),
            evidence,
        };
    }
    return {
        ...(0,gate_result/* passed */.bF)({
            ...base,
            summary: `beats the simpler alternative by more than ${minGain} on all ${evidence.length} task suite${evidence.length === 1 ? "" : "s"}`,
        }),
        evidence,
    };
}
function signedUsd(usd) {
    return usd >= 0 ? `+${(0,money/* formatUsd */.UK)(usd)}` : (0,money/* formatUsd */.UK)(usd);
}
function perPointNote(e, extraMonthly) {
    const points = gainInPoints(e, e.estimate);
    const perPoint = (0,alternative/* costPerPoint */.R)(extraMonthly, points.value);
    if (perPoint === null)
        return "";
    return ` (${(0,money/* formatUsd */.UK)(perPoint)}/month per ${points.unit === "points" ? "point" : `unit of ${e.metric}`})`;
}
/**
 * No evals.alternative: the gate is missing, never a pass, and counts as
 * severities.alternative_unmeasured says (info in the shipped policy, so plans written before the
 * gate keep their verdict until a policy asks every plan to measure its alternative).
 */
function unmeasured(ctx) {
    const level = ctx.policy.policy.severities.alternative_unmeasured;
    const fix = `add evals.alternative: eval results of ${(0,framework_alternative/* alternativeFor */.T)(ctx.plan.approach)} on the same task suites, see ${(0,doc_link/* citeFramework */.Gn)("value")}`;
    return (0,gate_result/* gateResult */.xp)({
        id: "customisation-value",
        summary: "the simpler alternative was not measured: nothing shows the customisation beats it",
        path: ["evals"],
        fix,
        details: [
            `to fix: ${fix}`,
            `counts as ${level} (severities.alternative_unmeasured in ${(0,load/* sourceOf */.vz)(ctx.policy, "severities.alternative_unmeasured")})`,
        ],
    }, "missing", level === "info" ? "none" : level);
}
//# sourceMappingURL=customisation-value.js.map

/***/ }),

/***/ 8305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ judgeForgetting),
/* harmony export */   O1: () => (/* binding */ judgeFloor),
/* harmony export */   Y2: () => (/* binding */ forgettingScale),
/* harmony export */   bf: () => (/* binding */ forEachPair),
/* harmony export */   eG: () => (/* binding */ formatEstimate),
/* harmony export */   s$: () => (/* binding */ comparabilityProblem)
/* harmony export */ });
/* unused harmony exports sameRun, exactFloorNote, cleanExamplesNeeded */
/* harmony import */ var _evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8436);
/* harmony import */ var _evals_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7619);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(425);
/* harmony import */ var _stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8172);
/* harmony import */ var _input_count_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6788);





/** Candidate and baseline must have measured the same examples the same way. */
function comparabilityProblem(c, b) {
    const pc = c.provenance;
    const pb = b.provenance;
    if ((0,_evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .sameMetricKey */ .gg)(c.metric) !== (0,_evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .sameMetricKey */ .gg)(b.metric))
        return `the metric differs (candidate ${c.metric}, baseline ${b.metric}); name the one to compare with evals.metrics`;
    if (pc.limit !== pb.limit)
        return `limit differs (candidate ${pc.limit ?? "none"}, baseline ${pb.limit ?? "none"})`;
    if (pc.nShot !== null && pb.nShot !== null && pc.nShot !== pb.nShot)
        return `n-shot differs (candidate ${pc.nShot}, baseline ${pb.nShot})`;
    const subtasks = subtaskProblem(pc, pb);
    if (subtasks !== null)
        return subtasks;
    if (pc.version !== null && pb.version !== null && pc.version !== pb.version)
        return `task version differs (candidate ${pc.version}, baseline ${pb.version})`;
    if (c.n !== null && b.n !== null && c.n !== b.n)
        return `sample counts differ (candidate ${c.n}, baseline ${b.n})`;
    if (pc.digest !== null && pb.digest !== null && pc.digest !== pb.digest)
        return "the documents differ (doc and target hashes do not match): another dataset revision or split";
    if (c.examples !== null && b.examples !== null) {
        const shared = sharedCount(c.examples, b.examples);
        const nc = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleCount */ .EN)(c.examples);
        const nb = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleCount */ .EN)(b.examples);
        if (shared !== nc || shared !== nb)
            return `example ids differ (candidate ${nc}, baseline ${nb}, ${shared} in common)`;
    }
    return null;
}
/**
 * A group row hides its subtasks' settings (lm-eval records n-shot 0 on `mmlu` whatever its
 * subtasks ran with): the two sides must have the same subtasks, each with the same n-shot.
 */
function subtaskProblem(pc, pb) {
    const c = pc.subtasks;
    const b = pb.subtasks;
    if (c === undefined && b === undefined)
        return null;
    if (c === undefined || b === undefined)
        return `one side is a group of subtasks, the other is not (candidate ${c === undefined ? "a single task" : `${Object.keys(c).length} subtasks`}, baseline ${b === undefined ? "a single task" : `${Object.keys(b).length} subtasks`})`;
    const onlyC = Object.keys(c).filter((k) => !(k in b));
    const onlyB = Object.keys(b).filter((k) => !(k in c));
    if (onlyC.length > 0 || onlyB.length > 0)
        return `the group's subtasks differ (only the candidate ran: ${onlyC.slice(0, 5).join(", ") || "none"}; only the baseline ran: ${onlyB.slice(0, 5).join(", ") || "none"})`;
    const differing = Object.keys(c).filter((k) => c[k] !== null && b[k] !== null && c[k] !== b[k]);
    if (differing.length === 0)
        return null;
    const shown = differing
        .slice(0, 3)
        .map((k) => `${k}: candidate ${c[k]}, baseline ${b[k]}`)
        .join("; ");
    return `n-shot differs on ${differing.length} subtask${differing.length === 1 ? "" : "s"} of the group (${shown}${differing.length > 3 ? "; ..." : ""})`;
}
/** Calls `visit` with each (id, score) of a numbered side in ascending id order; allocates nothing. */
function eachNumbered(e, visit) {
    if (e.kind === "numbered") {
        for (let i = 0; i < e.ids.length; i++)
            visit(e.ids[i], e.scores[i]);
        return;
    }
    (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachDense */ .UX)(e.scores, visit);
}
function keyed(e) {
    if (e.kind === "keyed")
        return e.scores;
    const map = new Map();
    eachNumbered(e, (id, v) => map.set(String(id), v));
    return map;
}
/**
 * Calls `visit` with the candidate's and the baseline's score of every example both sides have,
 * aligned by id: linear in the examples whatever their ids, and without copying them, since an
 * eval of millions of examples is judged several times (comparability, identity, the interval).
 */
function forEachPair(c, b, visit) {
    if (c.kind === "dense" && b.kind === "dense") {
        const length = Math.min(c.scores.length, b.scores.length);
        for (let i = 0; i < length; i++) {
            const x = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .denseScore */ .qj)(c.scores, i);
            const y = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .denseScore */ .qj)(b.scores, i);
            if (!Number.isNaN(x) && !Number.isNaN(y))
                visit(x, y);
        }
        return;
    }
    if (c.kind !== "keyed" && b.kind !== "keyed") {
        // Merge-join of two ascending id sequences.
        const baseline = sortedPairs(b);
        let j = 0;
        eachNumbered(c, (id, x) => {
            while (j < baseline.ids.length && baseline.ids[j] < id)
                j++;
            if (j < baseline.ids.length && baseline.ids[j] === id)
                visit(x, baseline.scores[j++]);
        });
        return;
    }
    const bm = keyed(b);
    for (const [id, x] of keyed(c)) {
        const y = bm.get(id);
        if (y !== undefined)
            visit(x, y);
    }
}
/** A numbered side as parallel ascending arrays (a dense side is copied; a numbered one is not). */
function sortedPairs(e) {
    if (e.kind === "numbered")
        return { ids: e.ids, scores: e.scores };
    const ids = new Float64Array(e.count);
    const scores = new Float64Array(e.count);
    let k = 0;
    eachNumbered(e, (id, v) => {
        ids[k] = id;
        scores[k++] = v;
    });
    return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}
/** How many examples both sides have. */
function sharedCount(c, b) {
    let shared = 0;
    forEachPair(c, b, () => shared++);
    return shared;
}
/** Reported stderr, or the binomial one lm-eval would report for 0/1 scores, or none. */
function stderrOf(b) {
    if (b.stderr !== null)
        return b.stderr;
    if (b.binary && b.n !== null && b.n > 1)
        return Math.sqrt((b.value * (1 - b.value)) / (b.n - 1));
    return null;
}
/**
 * Why a side's standard error says nothing, or null: fewer than two examples have no spread to
 * measure (Inspect writes a stderr of 0 for one sample), and a stderr of exactly 0 would make the
 * z test certain of whatever the point estimates say.
 */
function unmeasuredSpread(side, b, stderr) {
    if (b.n !== null && b.n < 2)
        return `the ${side} has ${b.n} example${b.n === 1 ? "" : "s"}`;
    if (stderr === 0)
        return `the ${side}'s standard error is 0`;
    return null;
}
/**
 * How forgetting is measured for a metric. A ratio to the base model only means something for
 * scores that are never negative and where higher is better; for the rest (signed scores such as
 * bleu_diff, lower-is-better ones such as perplexity) the candidate may fall at most `maxDrop`
 * below the base in the metric's own units. Null when that is needed and the policy sets none.
 */
function forgettingScale(c, b, maxDrop) {
    const nonNegative = c.value >= 0 &&
        b.value >= 0 &&
        (c.examples === null || minimum(c.examples) >= 0) &&
        (b.examples === null || minimum(b.examples) >= 0);
    if (c.higherIsBetter && b.higherIsBetter && nonNegative)
        return "ratio";
    return maxDrop === null ? null : "difference";
}
function minimum(e) {
    let min = Infinity;
    if (e.kind === "keyed")
        for (const v of e.scores.values())
            min = Math.min(min, v);
    else
        eachNumbered(e, (_, v) => (min = Math.min(min, v)));
    return min;
}
/**
 * Identical means the same run, not the same numbers: two models that tie at 94 of 166 are two
 * measurements and are tested like any other pair. A run is the same when both sides' benchmark
 * came from the same file, or from files that record the same run identity (see Provenance.run).
 */
function sameRun(c, b) {
    const pc = c.provenance;
    const pb = b.provenance;
    if (pc.file === pb.file)
        return true;
    return pc.run !== undefined && pc.run === pb.run;
}
/**
 * Candidate against baseline for one benchmark: candidate >= ratio x baseline (above chance), or
 * candidate >= baseline - maxDrop in the metric's better direction. Paired on per-example scores
 * when both sides have them, else unpaired from standard errors, else the point estimate.
 */
function judgeForgetting(c, b, settings) {
    const scale = settings.scale ?? forgettingScale(c, b, settings.maxDrop);
    if (scale === null)
        throw new Error(`forgetting on ${c.name} (${c.metric}) needs gates.forgetting.max_drop; the caller checks this first`);
    const { ratio, stats, chance } = settings;
    const margin = settings.maxDrop ?? 0;
    const sign = c.higherIsBetter ? 1 : -1;
    // d = c - r b - (1 - r) g (ratio), or sign (c - b) + m (difference): the candidate holds iff mean(d) >= 0.
    const above = (x) => x - chance;
    const pointEstimate = scale === "ratio" ? above(c.value) / above(b.value) : sign * (c.value - b.value);
    const threshold = scale === "ratio" ? ratio : -margin;
    // The baseline the interval is scaled by: the aggregate, or the mean of the paired examples.
    let scaleBy = b.value;
    const toEstimate = (d) => (scale === "ratio" ? ratio + d / above(scaleBy) : d - margin);
    let base = {
        benchmark: c.name,
        metric: c.metric,
        n: c.n ?? b.n,
        candidate: c.value,
        baseline: b.value,
        scale,
        threshold,
    };
    // With no interval the point estimate only ever convicts: on the right side of the margin it
    // is unproven (INCONCLUSIVE), unless the policy chose the plain point-estimate rule.
    const point = (note) => {
        const holds = pointEstimate >= threshold - 1e-12;
        const decision = holds ? (stats.method === "point" ? "pass" : "inconclusive") : "fail";
        return {
            evidence: {
                ...base,
                estimate: pointEstimate,
                lower: null,
                upper: null,
                method: "point estimate",
                decision,
                note: decision === "inconclusive" ? `${note}: no bound shows the margin, so it is unproven` : note,
            },
            test: null,
            needed: null,
            chance,
        };
    };
    if (sameRun(c, b))
        return {
            evidence: {
                ...base,
                estimate: scale === "ratio" ? 1 : 0,
                lower: null,
                upper: null,
                method: "identical results",
                decision: "pass",
                note: "candidate and baseline are the same run",
            },
            test: null,
            needed: null,
            chance,
        };
    if (scale === "ratio" && chance > 0 && above(b.value) <= 0) {
        // Above a chance level the base model never reached, both sides are negative and their
        // ratio says the opposite of what happened (0.30 vs a base of 0.81 "above" a declared 0.85
        // would be 13.75x). With nothing above chance to compare, the plain ratio is judged.
        const plain = judgeForgetting(c, b, { ...settings, chance: 0 });
        const note = `baseline ${Number(b.value.toFixed(4))} is not above the declared chance level ${chance}: judged as the plain ratio`;
        return {
            ...plain,
            chance: 0,
            evidence: { ...plain.evidence, note: plain.evidence.note === null ? note : `${note}; ${plain.evidence.note}` },
        };
    }
    if (stats.method === "point")
        return point("policy: point-estimate rule");
    if (scale === "ratio" && above(b.value) <= 0) {
        // A base model at 0 has nothing to lose and no ratio exists (x/0 is Infinity, 0/0 NaN, which
        // JSON cannot carry and which failed a candidate at 0 too): hold the candidate to its score.
        const difference = c.value - b.value;
        const note = `baseline scores ${b.value}: no ratio to it exists, so the candidate is held to the baseline's score`;
        return {
            evidence: {
                ...base,
                scale: "difference",
                threshold: 0,
                estimate: difference,
                lower: null,
                upper: null,
                method: "point estimate",
                decision: difference >= 0 ? "pass" : "fail",
                note,
            },
            test: null,
            needed: null,
            chance,
        };
    }
    let test;
    let method;
    let needed = null;
    if (c.examples !== null && b.examples !== null) {
        const shared = sharedCount(c.examples, b.examples);
        if (shared < 2)
            return point(`only ${shared} example(s) in common: no interval`);
        // The differences' moments, one pair at a time: five million pairs need no 40 MB array.
        const d = new _stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .RunningMoments */ .RC();
        let sumC = 0;
        let sumB = 0;
        forEachPair(c.examples, b.examples, (x, y) => {
            sumC += x;
            sumB += y;
            d.add(scale === "ratio" ? x - ratio * y - (1 - ratio) * chance : sign * (x - y) + margin);
        });
        // Every number printed beside the interval comes from the pairs it was computed on.
        if (scale === "difference" || above(sumB / d.n) > 0)
            scaleBy = sumB / d.n;
        base = { ...base, n: d.n, candidate: sumC / d.n, baseline: sumB / d.n };
        test = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .momentsNonInferiority */ .$9)(d, stats.alpha);
        method = `paired t, n=${d.n}`;
        if (test.decision === "inconclusive")
            needed = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .examplesNeeded */ .tR)(d.variance, scale === "ratio" ? above(b.value) : margin, scale === "ratio" ? ratio : 0, stats.alpha, stats.power);
    }
    else {
        const sc = stderrOf(c);
        const sb = stderrOf(b);
        if (sc === null || sb === null)
            return point("no standard errors or per-example results: judged on the point estimate");
        const unmeasured = unmeasuredSpread("candidate", c, sc) ?? unmeasuredSpread("baseline", b, sb);
        if (unmeasured !== null)
            return point(`${unmeasured}: no spread was measured, so it is judged on the point estimate`);
        const n = c.n ?? b.n ?? 0;
        if (scale === "ratio") {
            test = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .unpairedNonInferiority */ .kJ)({ value: c.value, stderr: sc }, { value: b.value, stderr: sb }, ratio, stats.alpha, n, chance);
            if (test.decision === "inconclusive" && n > 0)
                needed = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .examplesNeeded */ .tR)(n * (sc ** 2 + ratio ** 2 * sb ** 2), above(b.value), ratio, stats.alpha, stats.power);
        }
        else {
            test = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .unpairedNonInferiority */ .kJ)({ value: sign * c.value + margin, stderr: sc }, { value: sign * b.value, stderr: sb }, 1, stats.alpha, n);
            if (test.decision === "inconclusive" && n > 0)
                needed = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .examplesNeeded */ .tR)(n * (sc ** 2 + sb ** 2), margin, 0, stats.alpha, stats.power);
        }
        method = "unpaired z from reported stderrs (no per-example files)";
    }
    const lower = toEstimate(test.lower);
    const upper = toEstimate(test.upper);
    // The printed estimate is the interval's own centre, from the same data (paired examples, or
    // the aggregates the unpaired test used), so the interval always contains it.
    const estimate = toEstimate(test.difference);
    return {
        evidence: {
            ...base,
            estimate,
            lower: Math.min(lower, upper),
            upper: Math.max(lower, upper),
            method,
            decision: test.decision,
            note: test.significant ? "significant: the upper bound misses the margin too" : null,
        },
        test,
        needed: needed !== null && Number.isFinite(needed) ? needed : null,
        chance,
    };
}
/**
 * Score >= floor: Clopper-Pearson for 0/1 outcomes (exact, so the advertised level holds at every
 * n), a t interval for continuous ones. With no interval (no spread or count) nothing proves the
 * floor: a score on or above it is INCONCLUSIVE, one below it FAILs (against its floor, a point
 * estimate only ever convicts).
 */
function judgeFloor(b, floor, stats) {
    const base = {
        benchmark: b.name,
        metric: b.metric,
        candidate: b.value,
        baseline: null,
        scale: "score",
        threshold: floor,
    };
    if (stats.method === "point") {
        return {
            ...base,
            n: b.n,
            estimate: b.value,
            lower: null,
            upper: null,
            method: "point estimate",
            decision: b.value >= floor ? "pass" : "fail",
            note: "policy: point-estimate rule",
        };
    }
    const judged = (interval, n, method, failed) => {
        const decision = (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .againstFloor */ .MI)(interval, floor);
        const notes = [
            decision === "fail" && (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .significantlyBelow */ .on)(interval, floor)
                ? "significant: the upper bound is below the floor too"
                : null,
            decision === "inconclusive" && failed !== null ? exactFloorNote(failed, interval.n, floor, stats.alpha) : null,
        ].filter((x) => x !== null);
        return {
            ...base,
            n,
            estimate: interval.estimate,
            lower: interval.lower,
            upper: interval.upper,
            method,
            decision,
            note: notes.length === 0 ? null : notes.join("; "),
        };
    };
    if (b.examples !== null) {
        const values = (0,_evals_model_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleScores */ .Uc)(b.examples);
        if (values.length > 0) {
            const binary = values.every((v) => v === 0 || v === 1);
            const passedCount = values.reduce((a, v) => a + v, 0);
            if (binary)
                return judged((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(passedCount, values.length, stats.alpha), values.length, `Clopper-Pearson, ${values.length - passedCount} of ${values.length} failed`, values.length - passedCount);
            if (values.length > 1)
                return judged((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .meanInterval */ .VO)(values, stats.alpha), values.length, `t, n=${values.length}`, null);
        }
    }
    if (b.binary && b.n !== null && b.n > 0) {
        const k = Math.round(b.value * b.n);
        return {
            ...judged((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(k, b.n, stats.alpha), b.n, `Clopper-Pearson from the aggregate, ${b.n - k} of ${b.n} failed`, b.n - k),
            estimate: b.value,
        };
    }
    const se = b.stderr;
    if (se !== null && se > 0) {
        const z = (0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__/* .normalQuantile */ .Zl)(1 - stats.alpha);
        return judged({ estimate: b.value, lower: b.value - z * se, upper: b.value + z * se, n: b.n ?? 0, method: "z" }, b.n, "normal from the reported stderr", null);
    }
    // The note says which of n, the spread or the examples the file lacks: "no sample size" beside n=1 would be untrue.
    const unmeasured = se === null ? null : unmeasuredSpread("candidate", b, se);
    const why = unmeasured !== null
        ? `${unmeasured}: no spread was measured`
        : b.n === null
            ? "no sample size or per-example results"
            : "no standard error or per-example results";
    const holds = b.value >= floor;
    return {
        ...base,
        n: b.n,
        estimate: b.value,
        lower: null,
        upper: null,
        method: "point estimate",
        decision: holds ? "inconclusive" : "fail",
        note: holds ? `${why}: no bound shows the floor, so it is unproven` : `${why}: the score itself is below the floor`,
    };
}
/**
 * What would resolve an inconclusive exact (Clopper-Pearson) floor. With no failures the lower
 * bound of n of n is alpha^(1/n), so it takes n >= ln(alpha) / ln(floor) clean examples in all (59
 * for 0.95 at one-sided 5%). With failures, the total needed at the same failure rate, if any.
 */
function exactFloorNote(failed, n, floor, alpha) {
    if (failed === 0)
        return `no failures in ${n}: at least ${cleanExamplesNeeded(floor, alpha)} clean examples in all would show >= ${floor}`;
    const rate = failed / n;
    if (rate >= 1 - floor - 1e-12)
        return `at this failure rate (${failed} of ${n}) no number of examples would show >= ${floor}`;
    const clears = (total) => (0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(Math.round(total * (1 - rate)), total, alpha).lower >= floor;
    let total = n;
    while (total < 1e8 && !clears(total))
        total = Math.ceil(total * 1.25);
    if (total >= 1e8)
        return `at this failure rate (${failed} of ${n}) no practical number of examples would show >= ${floor}`;
    let lo = Math.max(n, Math.floor(total / 1.25));
    while (lo < total) {
        const mid = Math.floor((lo + total) / 2);
        if (clears(mid))
            total = mid;
        else
            lo = mid + 1;
    }
    return `at this failure rate (${failed} of ${n}), about ${(0,_input_count_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B)(total)} examples in all would show >= ${floor}`;
}
/** Clean examples (no failure) that certify `floor` with the exact bound: the least n with alpha^(1/n) >= floor. */
function cleanExamplesNeeded(floor, alpha) {
    let n = Math.max(1, Math.floor(Math.log(alpha) / Math.log(floor)));
    while ((0,_stats_intervals_js__WEBPACK_IMPORTED_MODULE_2__/* .clopperPearson */ .mI)(n, n, alpha).lower < floor)
        n++;
    return n;
}
/** "0.919 [0.894, 0.944]" or just "0.919". */
function formatEstimate(e) {
    const sign = (x) => (e.scale === "difference" && x > 0 ? `+${x.toFixed(3)}` : x.toFixed(3));
    return e.lower === null || e.upper === null
        ? sign(e.estimate)
        : `${sign(e.estimate)} [${sign(e.lower)}, ${sign(e.upper)}]`;
}
//# sourceMappingURL=eval-judgement.js.map

/***/ }),

/***/ 4868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ namesFor),
/* harmony export */   U: () => (/* binding */ pick)
/* harmony export */ });
/* harmony import */ var _evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8436);

/**
 * The benchmark names a category gates on: the plan's list, else what tunegate-format files
 * declare. The baseline's benchmarks count too, in every category: a general benchmark, safety
 * suite or task suite the base model was measured on and the candidate skipped fails, or a
 * candidate would pass by leaving out the one it does worst on.
 */
function namesFor(ctx, category) {
    const declared = ctx.plan.evals?.[category];
    if (declared !== undefined)
        return declared;
    const fromBaseline = ctx.baseline?.categories?.[category] ?? [];
    return [...new Set([...fromBaseline, ...(ctx.candidate?.categories?.[category] ?? [])])];
}
/** `name` on one side; `counterpart` is the other side when the two are compared. */
function pick(run, name, ctx, counterpart) {
    return (0,_evals_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .selectBenchmark */ .c3)(run, name, ctx.plan.evals?.metrics?.[name], ctx.plan.evals?.pool?.includes(name) ?? false, counterpart);
}
//# sourceMappingURL=eval-selection.js.map

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

/***/ 2961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ missingData)
/* harmony export */ });
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7493);
/* harmony import */ var _gate_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5674);


/** A gate with no data is never a pass: it is `missing`, and counts as the policy says. */
function missingData(ctx, id, required, summary, path, fix, found = []) {
    const severityKey = required ? "missing_required" : "missing_optional";
    const level = ctx.policy.policy.severities[severityKey];
    const why = required ? `required for approach ${ctx.plan.approach}` : "not required for this approach";
    const result = (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)({
        id,
        summary,
        path,
        fix,
        details: [
            ...found,
            `to fix: ${fix}`,
            `counts as ${level} (${why}; severities.${severityKey} in ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceOf */ .vz)(ctx.policy, `severities.${severityKey}`)})`,
        ],
    }, "missing", level === "info" ? "none" : level);
    return required ? { ...result, missingRequired: true } : result;
}
//# sourceMappingURL=missing.js.map

/***/ }),

/***/ 5361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ notComparableResult),
/* harmony export */   Y: () => (/* binding */ inconclusiveResult)
/* harmony export */ });
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7493);
/* harmony import */ var _gate_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5674);


/**
 * Gate results that data cannot settle, weighed by a policy severity. The report names the file
 * that set the severity, so a policy that makes such a result count for nothing is seen.
 */
function weighed(ctx, severity, base) {
    const level = ctx.policy.policy.severities[severity];
    const counts = `counts as ${level} (severities.${severity} in ${(0,_policy_load_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceOf */ .vz)(ctx.policy, `severities.${severity}`)})`;
    return { base: { ...base, details: [...(base.details ?? []), counts] }, level };
}
/**
 * The data cannot tell whether the gate holds: nothing proves it, so on a gate the approach
 * requires it counts as severities.inconclusive says (error, blocking, by default), on any other
 * as severities.inconclusive_optional says. The details name the key and the file that set it.
 */
function inconclusiveResult(ctx, base, required) {
    const { base: withSource, level } = weighed(ctx, required ? "inconclusive" : "inconclusive_optional", base);
    return (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)(withSource, "inconclusive", level === "info" ? "none" : level);
}
/**
 * Candidate and baseline measured different examples or settings: the comparison has no valid
 * data, so it is never a pass. At `info` it is reported as inconclusive and counts for nothing.
 */
function notComparableResult(ctx, base) {
    const { base: withSource, level } = weighed(ctx, "not_comparable", base);
    if (level === "info")
        return (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)(withSource, "inconclusive", "none");
    return (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .gateResult */ .xp)(withSource, (0,_gate_result_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeForLevel */ .io)(level), level);
}
//# sourceMappingURL=unsettled.js.map

/***/ }),

/***/ 5611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ customisationValueSchema),
/* harmony export */   ty: () => (/* binding */ customisationValueBlock),
/* harmony export */   zN: () => (/* binding */ customisationValueOf)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(735);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var _cost_alternative_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5353);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2162);
/* harmony import */ var _gates_customisation_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1741);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2444);






/** Quality against cost, candidate and alternative side by side: what the customisation buys. */
const customisationValueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    cost: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        candidate_monthly_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        candidate_one_time_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative_monthly_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative_one_time_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative_source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .describe("cost.alternative, or which items of the plan's cost were dropped to derive it"),
    })
        .nullable()
        .describe("null when the plan has no cost block"),
    suites: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        suite: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        candidate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        alternative: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        gain: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe("candidate minus alternative in the metric's better direction, in its own units"),
        lower: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        upper: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        gain_points: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .describe("the gain in percentage points for a score on [0, 1], else in the metric's units (see unit)"),
        unit: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["points", "units"]),
        usd_per_point_monthly: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .nullable()
            .describe("extra monthly cost per point (or unit) gained; null with no cost block or no gain"),
        decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["pass", "fail", "inconclusive"]),
    })),
})
    .describe("the customisation-value gate's numbers: each task suite's gain over the simpler alternative, and the two sides' costs"));
/** The section of the report, or null when the gate judged no suite and there is no cost to compare. */
function customisationValueOf(decision) {
    const gate = decision.gates.find((g) => g.id === "customisation-value");
    const evidence = gate?.evidence ?? [];
    if (evidence.length === 0)
        return null;
    const { cost, alternativeCost } = decision;
    const costs = cost === undefined || alternativeCost === undefined
        ? null
        : {
            candidate_monthly_usd: cost.monthly_usd,
            candidate_one_time_usd: cost.one_time_usd,
            alternative_monthly_usd: alternativeCost.estimate.monthly_usd,
            alternative_one_time_usd: alternativeCost.estimate.one_time_usd,
            alternative_source: alternativeCost.source,
        };
    const extra = costs === null ? null : costs.candidate_monthly_usd - costs.alternative_monthly_usd;
    return {
        cost: costs,
        suites: evidence.map((e) => {
            const points = (0,_gates_customisation_value_js__WEBPACK_IMPORTED_MODULE_1__/* .gainInPoints */ .s6)(e, e.estimate);
            return {
                suite: e.benchmark,
                metric: e.metric,
                candidate: e.candidate,
                alternative: e.baseline ?? 0,
                gain: e.estimate,
                lower: e.lower,
                upper: e.upper,
                gain_points: points.value,
                unit: points.unit,
                usd_per_point_monthly: extra === null ? null : (0,_cost_alternative_js__WEBPACK_IMPORTED_MODULE_0__/* .costPerPoint */ .R)(extra, points.value),
                decision: e.decision,
            };
        }),
    };
}
/**
 * Three rows, four columns, at any number of suites (they stack in one cell): narrow enough for
 * GitHub's comment width, and read in one glance: what each side scores and costs, and the
 * difference the customisation buys.
 */
function customisationValueBlock(value, approach) {
    const score = (pick) => value.suites.map((s) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(s.suite)} ${pick(s).toFixed(3)}`).join("<br>");
    const gains = value.suites
        .map((s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)((0,_gates_customisation_value_js__WEBPACK_IMPORTED_MODULE_1__/* .gainSentence */ .PC)({
        benchmark: s.suite,
        metric: s.metric,
        n: null,
        candidate: s.candidate,
        baseline: s.alternative,
        scale: "difference",
        threshold: 0,
        estimate: s.gain,
        lower: s.lower,
        upper: s.upper,
        method: "",
        decision: s.decision,
        note: null,
    })))
        .join("<br>");
    const c = value.cost;
    const usd = (x) => (x === undefined ? "—" : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(x));
    const signed = (x) => (x === undefined ? "—" : x >= 0 ? `+${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(x)}` : (0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(x));
    const rows = [
        [
            "Simpler alternative",
            score((s) => s.alternative),
            usd(c?.alternative_monthly_usd),
            usd(c?.alternative_one_time_usd),
        ],
        [
            `Candidate: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(approach)}`,
            score((s) => s.candidate),
            usd(c?.candidate_monthly_usd),
            usd(c?.candidate_one_time_usd),
        ],
        [
            "**The customisation buys**",
            gains,
            c === null ? "—" : `**${signed(c.candidate_monthly_usd - c.alternative_monthly_usd)}**`,
            c === null ? "—" : signed(c.candidate_one_time_usd - c.alternative_one_time_usd),
        ],
    ];
    const table = (0,markdown_table__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Q)([["", "Task quality", "Monthly", "One-time"], ...rows], {
        alignDelimiters: false,
        align: ["l", "l", "r", "r"],
    });
    const perPoint = value.suites
        .filter((s) => s.usd_per_point_monthly !== null)
        .map((s) => `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsd */ .UK)(s.usd_per_point_monthly)}/month per ${s.unit === "points" ? "point" : `unit of ${s.metric}`} on ${s.suite}`);
    const notes = [
        c === null ? "no cost block: the plan's cost is not compared" : `alternative's cost: ${c.alternative_source}`,
        ...perPoint,
    ];
    return `**Customisation value: quality against cost**\n\n${table}\n\n<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(notes.join(" · "))}</sub>`;
}
//# sourceMappingURL=customisation-value.js.map

/***/ }),

/***/ 6093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ comparePlans),
/* harmony export */   Re: () => (/* binding */ planChangeSchema),
/* harmony export */   mf: () => (/* binding */ renderPlanChange),
/* harmony export */   vK: () => (/* binding */ notCompared)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2162);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2444);



/** What a pull request changed in a plan, judged by comparing the base branch's report with the head's. */
const planChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["new", "changed", "unchanged", "not-compared"])
        .describe("`new` when the plan does not exist on the base branch; `not-compared` when the base could not be checked"),
    base_ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Why the plan was not compared with its base, when it was not. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    approach: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    budget: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    newly_failing: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    fixed: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    monthly_cost: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), to: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), percent: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable() })
        .nullable(),
}));
const BLOCKING = (g) => g.level === "error";
/** A plan that could not be compared with its base branch, and why. */
function notCompared(baseRef, reason) {
    return {
        status: "not-compared",
        base_ref: baseRef,
        reason,
        approach: null,
        budget: null,
        newly_failing: [],
        fixed: [],
        monthly_cost: null,
    };
}
function comparePlans(base, head, baseRef) {
    if (base === null)
        return {
            status: "new",
            base_ref: baseRef,
            reason: null,
            approach: null,
            budget: null,
            newly_failing: head.gates.filter(BLOCKING).map((g) => g.id),
            fixed: [],
            monthly_cost: null,
        };
    const baseFailing = new Set(base.gates.filter(BLOCKING).map((g) => g.id));
    const headFailing = new Set(head.gates.filter(BLOCKING).map((g) => g.id));
    const approachOf = (r) => r.plan.fine_tune_method === null ? r.plan.approach : `${r.plan.approach} (${r.plan.fine_tune_method})`;
    const budgetOf = (r) => {
        const b = r.cost?.budget;
        if (b === null || b === undefined)
            return "none";
        return [
            b.monthly_usd === null ? null : `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(b.monthly_usd)}/month`,
            b.one_time_usd === null ? null : `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(b.one_time_usd)} one-time`,
        ]
            .filter((x) => x !== null)
            .join(" + ");
    };
    const from = base.cost?.monthly_usd;
    const to = head.cost?.monthly_usd;
    const monthly = from === undefined || to === undefined || from === to
        ? null
        : {
            from,
            to,
            delta: Math.round((to - from) * 100) / 100,
            percent: from === 0 ? null : Math.round(((to - from) / from) * 1000) / 10,
        };
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
    const changed = change.approach !== null ||
        change.budget !== null ||
        change.newly_failing.length > 0 ||
        change.fixed.length > 0 ||
        change.monthly_cost !== null;
    return changed ? change : { ...change, status: "unchanged" };
}
/** Markdown lines for the comment; empty when nothing relevant changed. */
function renderPlanChange(change) {
    const baseRef = change.base_ref;
    if (change.status === "unchanged")
        return "";
    // The reason is tunegate's own sentence, with code spans meant as such.
    if (change.status === "not-compared")
        return `<sub>No comparison with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(baseRef)}: ${change.reason ?? ""}.</sub>`;
    if (change.status === "new") {
        return `**New plan in this pull request** (not on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(baseRef)})${change.newly_failing.length > 0 ? `; failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}` : ""}.`;
    }
    const lines = [`**Changes against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(baseRef)}**`];
    if (change.approach !== null)
        lines.push(`- approach: ${change.approach.from} → **${change.approach.to}**`);
    if (change.budget !== null)
        lines.push(`- budget: ${change.budget.from} → **${change.budget.to}**`);
    if (change.monthly_cost !== null) {
        const c = change.monthly_cost;
        const sign = c.delta > 0 ? "+" : "";
        lines.push(`- projected monthly cost: ${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.from)} → **${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.to)}** (${sign}${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.delta)}${c.percent === null ? "" : `, ${sign}${c.percent}%`})`);
    }
    if (change.newly_failing.length > 0)
        lines.push(`- newly failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}`);
    if (change.fixed.length > 0)
        lines.push(`- fixed: ${change.fixed.map((g) => `\`${g}\``).join(", ")}`);
    return lines.join("\n");
}
//# sourceMappingURL=plan-change.js.map

/***/ }),

/***/ 425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ incompleteBeta),
/* harmony export */   YW: () => (/* binding */ tQuantile),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   vr: () => (/* binding */ normalCdf),
/* harmony export */   w_: () => (/* binding */ tCdf)
/* harmony export */ });
/** Standard normal CDF (Zelen & Severo 26.2.17 via erfc; absolute error below 1e-7). */
function normalCdf(x) {
    const t = 1 / (1 + 0.2316419 * Math.abs(x));
    const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
    const tail = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return x >= 0 ? 1 - tail : tail;
}
/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
function normalQuantile(p) {
    if (p <= 0 || p >= 1)
        throw new RangeError(`normal quantile needs 0 < p < 1, got ${p}`);
    const a = [
        -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
        2.506628277459239,
    ];
    const b = [
        -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
    ];
    const c = [
        -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return ((((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1));
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
/**
 * Student t quantile by the Cornish-Fisher expansion around the normal quantile (Abramowitz &
 * Stegun 26.7.5); accurate to about 1e-3 from 5 degrees of freedom, exact in the limit.
 */
function tQuantile(p, df) {
    if (!Number.isFinite(df) || df > 1e6)
        return normalQuantile(p);
    const z = normalQuantile(p);
    const z3 = z ** 3;
    const z5 = z ** 5;
    const z7 = z ** 7;
    const z9 = z ** 9;
    return (z +
        (z3 + z) / (4 * df) +
        (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
        (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
        (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4));
}
/** ln Gamma(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-13). */
function lnGamma(x) {
    const g = 7;
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let sum = c[0];
    for (let i = 1; i < g + 2; i++)
        sum += c[i] / (z + i);
    const t = z + g + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    let h = d;
    // Lentz's steps, the even then the odd term of each m, written out rather than looped over a
    // two-element array: the array cost an allocation a step, and a run's first intervals are
    // computed before the JIT optimises anything.
    const step = (numerator) => {
        d = 1 + numerator * d;
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        c = 1 + numerator / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        h *= d * c;
    };
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        step((m * (b - m) * x) / ((a + m2 - 1) * (a + m2)));
        step((-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)));
        if (Math.abs(d * c - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2)
        ? (front * betaContinuedFraction(a, b, x)) / a
        : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** Student t CDF with `df` degrees of freedom; the normal CDF in the limit. */
function tCdf(t, df) {
    if (!Number.isFinite(df) || df > 1e6)
        return normalCdf(t);
    if (t === Infinity)
        return 1;
    if (t === -Infinity)
        return 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
}
//# sourceMappingURL=distributions.js.map

/***/ }),

/***/ 8172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ momentsNonInferiority),
/* harmony export */   MI: () => (/* binding */ againstFloor),
/* harmony export */   RC: () => (/* binding */ RunningMoments),
/* harmony export */   VO: () => (/* binding */ meanInterval),
/* harmony export */   kJ: () => (/* binding */ unpairedNonInferiority),
/* harmony export */   mI: () => (/* binding */ clopperPearson),
/* harmony export */   on: () => (/* binding */ significantlyBelow),
/* harmony export */   tR: () => (/* binding */ examplesNeeded)
/* harmony export */ });
/* unused harmony exports wilson, betaQuantile, moments, pairedNonInferiority, differencesNonInferiority, ratioInterval */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(425);

/** Wilson score interval for k successes in n trials at one-sided level alpha (Wilson 1927). */
function wilson(k, n, alpha) {
    const z = normalQuantile(1 - alpha);
    const p = k / n;
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), n, method: "Wilson" };
}
/** Mean with a one-sided-alpha t interval, for continuous per-example scores. */
function meanInterval(values, alpha) {
    const n = values.length;
    const { mean, variance } = moments(values);
    const half = n > 1 ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(1 - alpha, n - 1) * Math.sqrt(variance / n) : Infinity;
    return { estimate: mean, lower: mean - half, upper: mean + half, n, method: "t" };
}
/**
 * The burden of proof is on the candidate: PASS only when the one-sided lower bound clears the
 * floor, FAIL as soon as the point estimate misses it (whatever the bound says), else
 * INCONCLUSIVE: the estimate holds but too few examples show it.
 */
function againstFloor(interval, floor) {
    if (interval.lower >= floor)
        return "pass";
    if (interval.estimate < floor)
        return "fail";
    return "inconclusive";
}
/** A FAIL whose other bound misses the threshold too: the data show it below, not just the estimate. */
function significantlyBelow(interval, floor) {
    return interval.upper < floor;
}
/**
 * Clopper-Pearson (1934) exact interval for k successes in n trials at one-sided level alpha: the
 * lower bound is the alpha quantile of Beta(k, n - k + 1), so a rule "lower >= floor" passes a
 * system whose true rate is exactly the floor with probability at most alpha, for every n (Wilson's
 * normal approximation does not: it passes 52 of 52 at 0.95 6.9% of the time).
 */
function clopperPearson(k, n, alpha) {
    // All or none succeeded: the bounds have closed forms (alpha^(1/n)), kept exact at the edges.
    const lower = k <= 0 ? 0 : k >= n ? alpha ** (1 / n) : betaQuantile(alpha, k, n - k + 1);
    const upper = k >= n ? 1 : k <= 0 ? 1 - alpha ** (1 / n) : betaQuantile(1 - alpha, k + 1, n - k);
    return { estimate: k / n, lower, upper, n, method: "Clopper-Pearson" };
}
/** The p quantile of Beta(a, b), by bisection on the regularized incomplete beta (monotone in x). */
function betaQuantile(p, a, b) {
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 100 && hi - lo > 1e-15; i++) {
        const mid = (lo + hi) / 2;
        if ((0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .incompleteBeta */ .J7)(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** Mean and sample variance (Bessel) in one pass (Welford), stable for millions of values. */
function moments(values) {
    const running = new RunningMoments();
    for (let i = 0; i < values.length; i++)
        running.add(values[i]);
    return running;
}
/** Welford's mean and sample variance, one value at a time, so millions of values need no array. */
class RunningMoments {
    n = 0;
    mean = 0;
    m2 = 0;
    add(x) {
        this.n++;
        const delta = x - this.mean;
        this.mean += delta / this.n;
        this.m2 += delta * (x - this.mean);
    }
    get variance() {
        return this.n > 1 ? this.m2 / (this.n - 1) : 0;
    }
}
/**
 * `df` is the t distribution's degrees of freedom, or Infinity for the normal. PASS only when the
 * one-sided lower bound clears the margin (d > 0); FAIL as soon as the point estimate misses it
 * (d < 0), `significant` when the upper bound misses it too; otherwise INCONCLUSIVE.
 */
function decide(difference, se, df, alpha, paired, n) {
    const quantile = Number.isFinite(df) ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tQuantile */ .YW)(1 - alpha, df) : (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - alpha);
    const lower = difference - quantile * se;
    const upper = difference + quantile * se;
    const decision = se === 0 ? (difference >= 0 ? "pass" : "fail") : lower > 0 ? "pass" : difference < 0 ? "fail" : "inconclusive";
    const cdf = (x) => (Number.isFinite(df) ? (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .tCdf */ .w_)(x, df) : (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(x));
    const pPass = se === 0 ? (difference > 0 ? 0 : 1) : cdf(-difference / se);
    return { difference, se, lower, upper, pPass, decision, significant: decision === "fail" && upper < 0, paired, n };
}
/**
 * Paired non-inferiority, "candidate >= r x baseline" on the same examples: the ratio test becomes
 * a linear one on d_i = c_i - r*b_i - (1 - r)*g, g being the chance level (0 unless normalised).
 */
function pairedNonInferiority(candidate, baseline, ratio, alpha, chance = 0) {
    const n = candidate.length;
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++)
        d[i] = candidate[i] - ratio * baseline[i] - (1 - ratio) * chance;
    return differencesNonInferiority(d, alpha);
}
/**
 * The paired test on per-example differences d_i already built so that the candidate holds iff
 * mean(d) >= 0. Needs at least two differences: nothing is concluded from fewer.
 */
function differencesNonInferiority(d, alpha) {
    const running = new RunningMoments();
    for (let i = 0; i < d.length; i++)
        running.add(d[i]);
    return momentsNonInferiority(running, alpha);
}
/** The paired test from the differences' moments (see differencesNonInferiority). */
function momentsNonInferiority(m, alpha) {
    if (m.n < 2)
        throw new RangeError(`a paired interval needs at least 2 pairs, got ${m.n}`);
    return decide(m.mean, Math.sqrt(m.variance / m.n), m.n - 1, alpha, true, m.n);
}
/** The unpaired fallback from reported aggregates and standard errors (assumes independence). */
function unpairedNonInferiority(candidate, baseline, ratio, alpha, n, chance = 0) {
    const difference = candidate.value - ratio * baseline.value - (1 - ratio) * chance;
    const se = Math.sqrt(candidate.stderr ** 2 + ratio ** 2 * baseline.stderr ** 2);
    return decide(difference, se, Infinity, alpha, false, n);
}
/** Delta-method interval for the ratio c/b, for the report (two-sided 1 - 2*alpha). */
function ratioInterval(c, b, alpha) {
    const ratio = c.value / b.value;
    const se = ratio * Math.sqrt((c.stderr / c.value) ** 2 + (b.stderr / b.value) ** 2);
    const z = normalQuantile(1 - alpha);
    return { ratio, lower: ratio - z * se, upper: ratio + z * se };
}
/**
 * Examples needed to resolve the margin with power 1 - beta when the candidate is truly as good
 * as the baseline: n = (z_alpha + z_beta)^2 Var(d) / delta^2, delta = (1 - r) mu_b (Miller 2024).
 */
function examplesNeeded(varianceOfD, baselineMean, ratio, alpha, power = 0.8) {
    const delta = (1 - ratio) * baselineMean;
    if (delta <= 0)
        return Infinity;
    return Math.ceil((((0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - alpha) + (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(power)) ** 2 * varianceOfD) / delta ** 2);
}
//# sourceMappingURL=intervals.js.map

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

//# sourceMappingURL=791.index.js.map