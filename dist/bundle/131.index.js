export const id = 131;
export const ids = [131];
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

/***/ 2588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ shownName),
/* harmony export */   ZR: () => (/* binding */ lookalikeOf),
/* harmony export */   Zk: () => (/* binding */ nameSkeleton),
/* harmony export */   gE: () => (/* binding */ showNonAscii)
/* harmony export */ });
/**
 * Lowercase Latin letters that other scripts draw the same (Cyrillic, Greek, Latin extensions):
 * enough to tell "аnthropic" (Cyrillic а) from "anthropic" for the names tunegate keys prices by.
 */
const LOOKALIKES = {
    // Cyrillic
    а: "a",
    в: "b",
    г: "r",
    е: "e",
    ё: "e",
    з: "3",
    и: "u",
    і: "i",
    ї: "i",
    ј: "j",
    к: "k",
    л: "n",
    м: "m",
    н: "h",
    о: "o",
    п: "n",
    р: "p",
    с: "c",
    т: "t",
    у: "y",
    х: "x",
    ѕ: "s",
    ԁ: "d",
    ԛ: "q",
    ԝ: "w",
    ӏ: "l",
    һ: "h",
    ь: "b",
    // Greek
    α: "a",
    β: "b",
    γ: "y",
    ε: "e",
    η: "n",
    ι: "i",
    κ: "k",
    ν: "v",
    ο: "o",
    ρ: "p",
    τ: "t",
    υ: "u",
    χ: "x",
    ω: "w",
    // Latin lookalikes and dashes
    ı: "i",
    ȷ: "j",
    ɡ: "g",
    ɑ: "a",
    ɩ: "i",
    ʟ: "l",
    ℓ: "l",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "﹘": "-",
    "﹣": "-",
    "－": "-",
    "·": ".",
    "․": ".",
    "。": ".",
};
/** Invisible characters: zero-width and bidirectional controls, soft hyphens, variation selectors. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed to be found on their own, not as part of a character
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\ufe00-\ufe0f]/gu;
/**
 * What a name looks like to a reader: compatibility-normalised (full-width and styled letters),
 * lowercased, invisible characters dropped and lookalike letters mapped to Latin. Two names with
 * one skeleton but different spellings are a trap: one reads as the other but is not equal to it.
 */
function nameSkeleton(name) {
    const folded = name.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
    let out = "";
    for (const ch of folded.normalize("NFD")) {
        if (/\p{Mn}/u.test(ch))
            continue;
        out += LOOKALIKES[ch] ?? ch;
    }
    return out;
}
/** The first of `names` that reads the same as `name` but is spelled differently, if any. */
function lookalikeOf(name, names) {
    const skeleton = nameSkeleton(name);
    for (const candidate of names)
        if (candidate !== name && nameSkeleton(candidate) === skeleton)
            return candidate;
    return undefined;
}
/** A name with its non-ASCII characters written as \u{...}, so a lookalike shows as one. */
function showNonAscii(name) {
    return name.replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
}
/**
 * A name as a message shows it: as written, unless it only looks like `near` (a lookalike letter
 * or an invisible character), where its non-ASCII characters are spelled out so the reader sees
 * why "xstеst" is not "xstest".
 */
function shownName(name, near) {
    return near !== undefined && nameSkeleton(name) === nameSkeleton(near) ? showNonAscii(name) : name;
}
//# sourceMappingURL=lookalike.js.map

/***/ }),

/***/ 4268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ evalListingSchema),
/* harmony export */   Je: () => (/* binding */ renderEvalListing),
/* harmony export */   tg: () => (/* binding */ listEvalFile)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2444);


/** One name a plan can use, as `tunegate evals` lists it. */
const listedNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    aliases: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .describe("Other names the same suite answers to (a promptfoo provider's label beside its id)."),
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    pooled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .describe("A promptfoo suite pooled over providers and prompts: usable only when evals.pool lists it."),
});
const evalListingEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().describe("Examples the file holds, each counted once."),
    names: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(listedNameSchema),
});
/** What `tunegate evals --format json` prints: one entry per file, in the order given (schemas/eval-listing.schema.json). */
const evalListingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(evalListingEntrySchema);
/** What one file holds, in the names a plan's `evals` block uses. */
function listEvalFile(file, run) {
    const source = run.sources[0];
    return {
        file,
        format: source?.format ?? run.format,
        tool_version: source?.tool_version ?? null,
        model: source?.model ?? run.model,
        examples: source?.examples ?? null,
        names: run.benchmarks.map((b) => ({
            name: b.name,
            aliases: b.aliases,
            metric: b.metric,
            n: b.n,
            score: b.value,
            pooled: b.pooled,
        })),
    };
}
/** The listing for a terminal: one block per file, one aligned row per name. */
function renderEvalListing(listings) {
    const lines = [];
    for (const l of listings) {
        lines.push(`${l.file}: ${l.format}${l.tool_version === null ? "" : ` ${l.tool_version}`}, model ${l.model ?? "not recorded"}, ${l.examples === null ? "examples not counted" : `${l.examples} example${l.examples === 1 ? "" : "s"}`}, ${l.names.length} name${l.names.length === 1 ? "" : "s"}`);
        // A loop, not Math.max(...names): spreading 300,000 names overflowed the stack.
        let width = 4;
        let metricWidth = 6;
        for (const n of l.names) {
            width = Math.min(48, Math.max(width, n.name.length));
            metricWidth = Math.min(32, Math.max(metricWidth, n.metric.length));
        }
        lines.push(`  ${"name".padEnd(width)}  ${"metric".padEnd(metricWidth)}  ${"n".padStart(7)}  score`);
        for (const n of l.names) {
            const notes = [
                n.pooled ? "pooled: list it in evals.pool to use it" : "",
                n.aliases.length > 0 ? `also named ${n.aliases.join(", ")}` : "",
            ].filter((x) => x !== "");
            lines.push(`  ${n.name.padEnd(width)}  ${n.metric.padEnd(metricWidth)}  ${(n.n === null ? "—" : String(n.n)).padStart(7)}  ${n.score.toFixed(4)}${notes.length === 0 ? "" : `  (${notes.join("; ")})`}`);
        }
        lines.push("");
    }
    lines.push("A plan names these in evals.general (forgetting), evals.safety and evals.task; evals.metrics picks a metric per name.");
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN).join("\n")}\n`;
}
//# sourceMappingURL=eval-listing.js.map

/***/ }),

/***/ 1463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ reportDiagnostics)
/* harmony export */ });
/* harmony import */ var _engine_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4885);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6607);


/** Input problems to stderr, each at its file:line:col, and exit 2: nothing was checked. */
/** A file of thousands of problems is not read by anyone past the first hundred. */
const MAX_PRINTED_DIAGNOSTICS = 100;
function reportDiagnostics(diagnostics, io) {
    for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS))
        io.err(`${(0,_engine_input_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(d)}\n`);
    const more = diagnostics.length - MAX_PRINTED_DIAGNOSTICS;
    if (more > 0)
        io.err(`tunegate: and ${more} more problems, not listed\n`);
    io.err(`tunegate: ${diagnostics.length} input problem${diagnostics.length === 1 ? "" : "s"}; nothing was checked.\n`);
    return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
}
//# sourceMappingURL=diagnostics.js.map

/***/ }),

/***/ 9312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evalsCommand: () => (/* binding */ evalsCommand)
/* harmony export */ });
/* harmony import */ var _engine_input_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4903);
/* harmony import */ var _engine_output_parts_eval_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4268);
/* harmony import */ var _engine_output_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5095);
/* harmony import */ var _eval_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8891);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8026);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8414);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1463);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1556);








/** At most this many files in one run: the listing is for reading, not for bulk export. */
const MAX_FILES = 100;
/**
 * `tunegate evals FILE...`: what each eval file holds, in the names a plan uses (detected format,
 * tool version, model, and every suite / benchmark / metric with its n and score), so a newcomer
 * writes `evals.general`, `safety` and `task` from the listing rather than from a did-you-mean.
 */
async function evalsCommand(args, io) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlags */ .bQ)(args, { format: { type: "string" } }, MAX_FILES);
    if (positionals.length === 0)
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb("evals needs at least one eval file: tunegate evals results.json [more files]");
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .yL)("format", values.format, (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_2__.formatsOf)("evals"), "text");
    const tree = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .findWorkTree */ .vE)(io.cwd);
    const files = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .workingTreeFiles */ .rk)(tree.root);
    const parsed = (0,_engine_input_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlSource */ .W)("tunegate evals", "evals: {}\n");
    if (!parsed.ok)
        throw new Error("the listing's own source did not parse");
    const listings = [];
    for (const written of positionals) {
        const path = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .fromHere */ .XW)(tree, written);
        // Each file on its own, so two runs of one suite are listed, not refused as a conflict.
        const read = await (0,_eval_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readEvalSide */ .wX)(files, "tunegate.yml", parsed.value, "candidate", [path], "auto");
        if (!read.ok)
            return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_7__/* .reportDiagnostics */ .D)(read.diagnostics.map((d) => d.location.file === "tunegate evals" ? { ...d, location: { file: path, line: 1, column: 1 }, field: "" } : d), io);
        if (read.run !== undefined)
            listings.push((0,_engine_output_parts_eval_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .listEvalFile */ .tg)(path, read.run));
    }
    io.out(await (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_2__.renderOutput)("evals", format, listings));
    return 0;
}
//# sourceMappingURL=evals-command.js.map

/***/ }),

/***/ 8414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XW: () => (/* binding */ fromHere),
/* harmony export */   ps: () => (/* binding */ plansFromHere),
/* harmony export */   vE: () => (/* binding */ findWorkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1338);



/**
 * The repository is the git work tree: the nearest folder at or above `cwd` holding `.git` (a
 * folder, or a file in a linked work tree or submodule). Outside git, the folder run in. GitHub
 * reads workflows at this root only, and the Action resolves every path against it.
 */
function findWorkTree(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ".git")))
            return { root: dir, here: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/") };
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return { root: start, here: "" };
    }
}
/** A path the user typed, relative to the folder run in, as a path relative to the root. */
function fromHere(tree, path) {
    if (tree.here === "" || path.startsWith("/"))
        return path;
    const joined = `${tree.here}/${path.replace(/^\.\//, "")}`;
    // `..` segments are resolved lexically; the repository checks still refuse what leaves the root.
    const parts = [];
    for (const part of joined.split("/")) {
        if (part === "..") {
            if (parts.length === 0 || parts.at(-1) === "..")
                parts.push("..");
            else
                parts.pop();
        }
        else if (part !== "." && part !== "")
            parts.push(part);
    }
    return parts.join("/");
}
/** A plan input (paths or globs, separated by newlines or commas) typed here, as entries from the root. */
function plansFromHere(tree, input) {
    return (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .planEntries */ .W9)(input)
        .map((entry) => fromHere(tree, entry))
        .join("\n");
}
//# sourceMappingURL=work-tree.js.map

/***/ })

};

//# sourceMappingURL=131.index.js.map