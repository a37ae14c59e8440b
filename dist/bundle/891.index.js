export const id = 891;
export const ids = [891];
export const modules = {

/***/ 4643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LK: () => (/* binding */ lmEvalSamples),
  Bq: () => (/* binding */ taskFromSamplesFile)
});

// UNUSED EXPORTS: MAX_SCORE_SERIES, MAX_UNLABELLED_REPEATS, lmEvalSamplesReader

// EXTERNAL MODULE: ./lib/engine/evals/model.js
var model = __webpack_require__(7619);
// EXTERNAL MODULE: ./lib/engine/evals/reading.js
var reading = __webpack_require__(4814);
// EXTERNAL MODULE: ./lib/engine/input/fnv1a.js
var fnv1a = __webpack_require__(4181);
// EXTERNAL MODULE: ./lib/engine/evals/name-cap.js
var name_cap = __webpack_require__(2210);
;// CONCATENATED MODULE: ./lib/engine/evals/score-series.js

/** Dense storage may hold at most about four times the examples it has, plus a little. */
const denseFits = (length, count) => length <= 4 * count + 65_536;
/**
 * Scores by non-negative whole-number id, as lm-eval numbers its documents. Kept densely (the
 * score at its id) while ids stay close to the number of examples, and as (id, score) pairs once
 * they do not, so a file of two lines with doc_id 1000000000 costs what two dense lines do.
 * Every operation is amortised O(1) but `finish`, which sorts pairs that came out of order.
 */
class ScoreSeries {
    /** Bytes while every score is 0 or 1, then floats (DenseScores); null once ids are too sparse. */
    dense = new Uint8Array(64).fill(model/* NO_SCORE_BYTE */.Ym);
    ids = new Float64Array(0);
    scores = new Float32Array(0);
    pairs = 0;
    maxId = -1;
    ascending = true;
    /** Membership of out-of-order pairs, built only if `has` is asked of them. */
    members = null;
    count = 0;
    /** Whether `id` already has a score (used to number pre-v0.4.7 repeats per filter). */
    has(id) {
        if (this.dense !== null)
            return id < this.dense.length && !Number.isNaN((0,model/* denseScore */.qj)(this.dense, id));
        if (this.ascending)
            return this.indexOf(id) !== -1;
        if (this.members === null)
            this.members = new Set(this.ids.subarray(0, this.pairs));
        return this.members.has(id);
    }
    /** Stores a score; false when the id already had one in dense storage (a duplicate line). */
    set(id, score) {
        if (this.dense !== null && id >= this.dense.length) {
            const wanted = Math.max(id + 1, Math.ceil(this.dense.length * 1.5));
            if (denseFits(wanted, this.count + 1)) {
                const grown = this.dense instanceof Uint8Array
                    ? new Uint8Array(wanted).fill(model/* NO_SCORE_BYTE */.Ym)
                    : new Float32Array(wanted).fill(Number.NaN);
                grown.set(this.dense);
                this.dense = grown;
            }
            else
                this.toPairs();
        }
        if (this.dense instanceof Uint8Array && score !== 0 && score !== 1)
            this.dense = floats(this.dense);
        this.count++;
        this.maxId = Math.max(this.maxId, id);
        if (this.dense !== null) {
            if (!Number.isNaN((0,model/* denseScore */.qj)(this.dense, id))) {
                this.count--;
                return false;
            }
            this.dense[id] = score;
            return true;
        }
        if (this.pairs > 0) {
            const last = this.ids[this.pairs - 1];
            if (id === last) {
                this.count--;
                return false;
            }
            if (id < last)
                this.ascending = false;
        }
        this.push(id, score);
        this.members?.add(id);
        return true;
    }
    /** The scores in their final form, or the first id stored twice among out-of-order pairs. */
    finish() {
        if (this.dense !== null)
            return {
                ok: true,
                examples: { kind: "dense", scores: this.dense.subarray(0, this.maxId + 1), count: this.count },
            };
        if (denseFits(this.maxId + 1, this.count)) {
            // Ids that came out of order but are dense after all (a file sorted descending).
            const dense = new Float32Array(this.maxId + 1).fill(Number.NaN);
            for (let i = 0; i < this.pairs; i++) {
                const id = this.ids[i];
                if (!Number.isNaN(dense[id]))
                    return { ok: false, duplicate: id };
                dense[id] = this.scores[i];
            }
            return { ok: true, examples: { kind: "dense", scores: dense, count: this.pairs } };
        }
        if (!this.ascending)
            this.sortPairs();
        for (let i = 1; i < this.pairs; i++)
            if (this.ids[i] === this.ids[i - 1])
                return { ok: false, duplicate: this.ids[i] };
        return {
            ok: true,
            examples: { kind: "numbered", ids: this.ids.slice(0, this.pairs), scores: this.scores.slice(0, this.pairs) },
        };
    }
    toPairs() {
        const dense = this.dense;
        this.dense = null;
        this.ids = new Float64Array(Math.max(16, this.count * 2));
        this.scores = new Float32Array(this.ids.length);
        (0,model/* forEachDense */.UX)(dense, (id, score) => this.push(id, score));
    }
    push(id, score) {
        if (this.pairs === this.ids.length) {
            const ids = new Float64Array(Math.max(16, this.pairs * 2));
            ids.set(this.ids);
            const scores = new Float32Array(ids.length);
            scores.set(this.scores);
            this.ids = ids;
            this.scores = scores;
        }
        this.ids[this.pairs] = id;
        this.scores[this.pairs++] = score;
    }
    sortPairs() {
        const order = new Uint32Array(this.pairs);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => this.ids[a] - this.ids[b]);
        const ids = new Float64Array(this.pairs);
        const scores = new Float32Array(this.pairs);
        for (let to = 0; to < order.length; to++) {
            ids[to] = this.ids[order[to]];
            scores[to] = this.scores[order[to]];
        }
        this.ids = ids;
        this.scores = scores;
        this.ascending = true;
    }
    indexOf(id) {
        let lo = 0;
        let hi = this.pairs - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = this.ids[mid];
            if (at === id)
                return mid;
            if (at < id)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
}
/** A byte store as floats, when a score other than 0 or 1 arrives. */
function floats(bytes) {
    const out = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++)
        out[i] = bytes[i] === model/* NO_SCORE_BYTE */.Ym ? Number.NaN : bytes[i];
    return out;
}
//# sourceMappingURL=score-series.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lm-eval-samples.js





/**
 * The most (metric, filter) score series one samples file may hold. Each starts as a dense store
 * that may grow to 64 KiB before it holds a score, so a file naming a new filter on every line
 * took 2.9 GB by 300,000 lines; lm-eval's tasks report a few metrics under a few filters.
 */
const MAX_SCORE_SERIES = 1024;
/**
 * The most times one doc_id may repeat unlabelled for one metric (pre-v0.4.7 files, once per
 * filter). Each repeat is matched against every earlier one, so 60,000 lines of doc_id 0 took
 * 22 s and a million would take hours; lm-eval's tasks have at most a handful of filters.
 */
const MAX_UNLABELLED_REPEATS = 64;
/** `samples_<task>_<timestamp>.jsonl` names its task; the lines do not. */
function taskFromSamplesFile(file) {
    const base = file.split("/").at(-1) ?? file;
    const match = /^samples_(.+)_\d{4}-\d{2}-\d{2}T[\d.-]+\.jsonl$/.exec(base);
    return match === null ? null : match[1];
}
const SAMPLE_FIELDS = new Set([
    "doc_id",
    "doc",
    "target",
    "arguments",
    "resps",
    "filtered_resps",
    "filter",
    "metrics",
    "doc_hash",
    "prompt_hash",
    "target_hash",
]);
const LOWER_IS_BETTER = /perplexity|bits_per_byte/;
/** Metrics whose per-sample value is an ingredient of the aggregate (a log-likelihood, a count), not a score of the metric. */
const NOT_PER_EXAMPLE = /perplexity|bits_per_byte/;
/** lm-eval's per-sample lines from `--log_samples`, streamed into a few bytes per example. */
const lmEvalSamples = {
    kind: "lines",
    name: "lm-eval",
    detect: (first) => "doc_id" in first && ("resps" in first || "filtered_resps" in first || "doc" in first),
    start(file) {
        const task = taskFromSamplesFile(file);
        if (task === null)
            return {
                path: [],
                message: `${file}: cannot tell which task these lm-eval samples are for; keep lm-eval's file name samples_<task>_<timestamp>.jsonl`,
            };
        return lmEvalSamplesReader(file, task);
    },
};
/** The reader; the limits are lowered only by tests, to show each cheaply. */
function lmEvalSamplesReader(file, task, limits = { series: MAX_SCORE_SERIES, repeats: MAX_UNLABELLED_REPEATS }) {
    return new SamplesReader(file, task, limits);
}
/**
 * Streams per-sample lines into per-(metric, filter) score series and an order-independent
 * digest of the documents (doc and target hashes), so two runs can be checked for the same
 * examples without keeping them.
 */
class SamplesReader {
    series = new Map();
    /** Per metric, the series of each unlabelled filter in order (pre-v0.4.7 repeats). */
    unlabelled = new Map();
    digestA = 0;
    digestB = 0;
    hashed = 0;
    file;
    task;
    limits;
    constructor(file, task, limits) {
        this.file = file;
        this.task = task;
        this.limits = limits;
    }
    add(line, lineNumber) {
        const docId = line["doc_id"];
        if (typeof docId !== "number" || !Number.isSafeInteger(docId) || docId < 0) {
            return {
                path: ["doc_id"],
                line: lineNumber,
                message: `doc_id must be a whole number >= 0, got ${JSON.stringify(docId)}`,
            };
        }
        const filter = typeof line["filter"] === "string" ? line["filter"] : null;
        const named = Array.isArray(line["metrics"])
            ? line["metrics"].filter((m) => typeof m === "string")
            : Object.keys(line).filter((k) => !SAMPLE_FIELDS.has(k));
        const longFilter = filter === null ? null : (0,name_cap/* nameTooLong */.W1)("the filter", filter, lineNumber, ["filter"]);
        if (longFilter !== null)
            return longFilter;
        for (const metric of named) {
            const value = line[metric];
            const score = typeof value === "boolean" ? Number(value) : (0,reading/* finiteNumber */.vM)(value);
            if (score === null)
                continue; // corpus-level metrics keep [gold, pred] lists: not per-example scores
            // A per-sample `perplexity` is the document's log-likelihood (higher is better, in nats:
            // lm-eval's loglikelihood tasks aggregate exp(-mean) over it), not a perplexity: it is not
            // the metric the results file reports, and nothing may be paired on it as if it were.
            if (NOT_PER_EXAMPLE.test(metric))
                continue;
            const longMetric = (0,name_cap/* nameTooLong */.W1)("the metric", metric, lineNumber, [metric.slice(0, 40)]);
            if (longMetric !== null)
                return longMetric;
            const range = (0,reading/* metricRange */.Q4)(metric);
            if (range !== null && (score < range[0] || score > range[1])) {
                return {
                    path: [metric],
                    line: lineNumber,
                    message: `${metric} ${score} is outside its range [${range[0]}, ${range[1]}]: data that cannot be true`,
                };
            }
            const series = filter === null ? this.nextUnlabelled(metric, docId) : this.seriesFor(`${metric},${filter}`);
            if (series === null)
                return this.tooMany(metric, filter, lineNumber);
            if (!series.set(docId, score)) {
                return {
                    path: ["doc_id"],
                    line: lineNumber,
                    message: `doc_id ${docId} appears twice for ${metric}${filter === null ? "" : ` (filter ${filter})`}: one of the two scores would be dropped`,
                    hint: "concatenated runs? keep one samples file per task and run",
                };
            }
        }
        if (typeof line["doc_hash"] === "string") {
            const h = exampleHash(docId, line["doc_hash"], typeof line["target_hash"] === "string" ? line["target_hash"] : "");
            this.digestA = (this.digestA + h) >>> 0;
            this.digestB = (this.digestB ^ Math.imul(h, 0x9e3779b1)) >>> 0;
            this.hashed++;
        }
        return null;
    }
    finish() {
        const digest = this.hashed === 0 ? null : `docs:${this.hashed}:${this.digestA.toString(16)}:${this.digestB.toString(16)}`;
        const benchmarks = [];
        for (const [metric, series] of this.series) {
            const finished = series.finish();
            if (!finished.ok)
                return {
                    ok: false,
                    problems: [
                        {
                            path: ["doc_id"],
                            message: `doc_id ${finished.duplicate} appears twice for ${metric}: one of the two scores would be dropped`,
                        },
                    ],
                };
            const examples = finished.examples;
            let sum = 0;
            let binary = true;
            let count = 0;
            (0,model/* forEachScore */.z$)(examples, (v) => {
                sum += v;
                count++;
                if (v !== 0 && v !== 1)
                    binary = false;
            });
            const mean = count === 0 ? 0 : sum / count;
            let m2 = 0;
            (0,model/* forEachScore */.z$)(examples, (v) => (m2 += (v - mean) ** 2));
            benchmarks.push((0,reading/* benchmark */.aE)({
                name: this.task,
                metric,
                value: mean,
                stderr: count > 1 ? Math.sqrt(m2 / (count - 1) / count) : null,
                n: count,
                higherIsBetter: !LOWER_IS_BETTER.test(metric),
                binary,
                examples,
                provenance: {
                    format: "lm-eval",
                    file: this.file,
                    model: null,
                    modelArgs: null,
                    version: null,
                    limit: null,
                    nShot: null,
                    digest,
                },
            }));
        }
        return {
            ok: true,
            contribution: {
                file: this.file,
                format: "lm-eval",
                toolVersion: null,
                model: null,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: benchmarks.length === 0 ? "the samples file has no per-example scores" : null,
            },
        };
    }
    /** The series of `key`, or null when it would be one more than the file may hold. */
    seriesFor(key) {
        let s = this.series.get(key);
        if (s === undefined) {
            if (this.series.size >= this.limits.series)
                return null;
            this.series.set(key, (s = new ScoreSeries()));
        }
        return s;
    }
    /** Before v0.4.7 a multi-filter task repeats each doc_id once per filter, unlabelled, in filter order. */
    nextUnlabelled(metric, docId) {
        const list = this.unlabelled.get(metric) ?? [];
        this.unlabelled.set(metric, list);
        const free = list.findIndex((s) => !s.has(docId));
        if (free !== -1)
            return list[free];
        if (list.length >= this.limits.repeats)
            return null;
        const created = this.seriesFor(`${metric},${list.length === 0 ? "none" : `#${list.length}`}`);
        if (created !== null)
            list.push(created);
        return created;
    }
    tooMany(metric, filter, line) {
        const repeats = this.unlabelled.get(metric);
        if (filter === null && repeats !== undefined && repeats.length >= this.limits.repeats)
            return {
                path: ["doc_id"],
                line,
                message: `a doc_id appears more than ${this.limits.repeats} times for ${metric} with no filter named; lm-eval writes it once per filter, and no task has that many`,
                hint: "concatenated runs? keep one samples file per task and run",
            };
        return (0,name_cap/* tooManyNames */.wK)("metric and filter pairs", this.limits.series, line, filter === null ? [metric] : ["filter"]);
    }
}
/**
 * FNV-1a over the document id (as two 32-bit words) and its two hashes. The id is not turned
 * into text: every number converted to a string enters V8's number-string cache, which kept a
 * million short strings alive past their line, so they were promoted and the young generation
 * grew by about 100 MB on a million-line file.
 */
function exampleHash(docId, docHash, targetHash) {
    let h = mixWord(fnv1a/* FNV_OFFSET_BASIS */.GM, docId % 0x1_0000_0000);
    h = mixWord(h, Math.floor(docId / 0x1_0000_0000));
    h = (0,fnv1a/* fnv1aText */.Ce)(docHash, h);
    h = mixWord(h, 0x3a);
    return (0,fnv1a/* fnv1aText */.Ce)(targetHash, h) >>> 0;
}
/** A 32-bit word's four bytes, low first, into the hash (no array: this runs once a line). */
function mixWord(h, word) {
    for (let shift = 0; shift < 32; shift += 8)
        h = Math.imul(h ^ ((word >>> shift) & 0xff), 0x01000193);
    return h;
}
//# sourceMappingURL=lm-eval-samples.js.map

/***/ }),

/***/ 5154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   KD: () => (/* binding */ lmEvalIdentity),
/* harmony export */   cu: () => (/* binding */ identityOf)
/* harmony export */ });
/** lm-eval's model_args ("pretrained=org/model,peft=org/adapter,revision=main,dtype=bfloat16") and model_name. */
function lmEvalIdentity(modelArgs, modelName) {
    const args = new Map();
    for (const part of (modelArgs ?? "").split(",")) {
        const at = part.indexOf("=");
        if (at > 0)
            args.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
    const names = unique([args.get("pretrained"), args.get("model"), modelName ?? undefined]);
    if (names.length === 0)
        return null;
    return {
        names,
        adapter: args.get("peft") ?? args.get("lora_local_path") ?? null,
        revision: args.get("revision") ?? null,
    };
}
/** The identity a benchmark's run recorded; the plain model name when its reader knows no more. */
function identityOf(provenance) {
    if (provenance.identity !== undefined)
        return provenance.identity;
    return provenance.model === null ? null : { names: [provenance.model], adapter: null, revision: null };
}
function unique(names) {
    return [...new Set(names.filter((n) => n !== undefined && n !== null && n !== ""))];
}
//# sourceMappingURL=identity.js.map

/***/ }),

/***/ 2210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ nameTooLong),
/* harmony export */   li: () => (/* binding */ MAX_NAMES_PER_FILE),
/* harmony export */   wK: () => (/* binding */ tooManyNames)
/* harmony export */ });
/* unused harmony export MAX_NAME_CHARS */
/* harmony import */ var _input_count_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6788);

/**
 * The most distinct names (benchmarks, suites, probes, evaluations) one eval file may hold. A
 * streamed file has no size limit, and each new name costs a benchmark, a map of its examples and
 * a row in the report: a garak report of 300,000 one-line probes took 880 MB and then overflowed
 * the stack. Real outputs hold at most a few thousand (a JUnit report of a large monorepo's test
 * classes); a plan names a few dozen.
 */
const MAX_NAMES_PER_FILE = 50_000;
/**
 * The problem a reader returns when a file names one more `what` than `limit` allows, at the line
 * of the name that passed it.
 */
function tooManyNames(what, limit, line, path = []) {
    return {
        path,
        ...(line === undefined ? {} : { line }),
        message: `the file names more than ${(0,_input_count_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(limit)} ${what}, the most tunegate reads from one eval file; no eval tool writes that many`,
        hint: "split the run into files of fewer suites, or point evals at the tool's own output",
    };
}
/**
 * The longest name (a suite, task, metric, filter or probe) a reader keeps. A plan names them; no
 * tool writes one near this long. V8 hashes a string past 16,383 characters by its length alone,
 * so long names of one length all collided: lm-eval samples naming 1,000 filters of 20,000
 * characters took 17 s for 160 MB.
 */
const MAX_NAME_CHARS = 1024;
/** The problem when `name` is longer than MAX_NAME_CHARS, else null. */
function nameTooLong(what, name, line, path) {
    if (name.length <= MAX_NAME_CHARS)
        return null;
    return {
        path,
        ...(line === undefined ? {} : { line }),
        message: `${what} "${name.slice(0, 40)}…" is ${(0,_input_count_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(name.length)} characters long, more than the ${(0,_input_count_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(MAX_NAME_CHARS)} tunegate reads in a name; no eval tool writes one that long`,
    };
}
//# sourceMappingURL=name-cap.js.map

/***/ }),

/***/ 8553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ evalResultSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const score = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1);
/**
 * A suite's result: a bare score (which proves nothing on its own: no bound can be drawn from
 * it), 0/1 outcomes as passed of n (judged with the exact Clopper-Pearson bound), or a mean score
 * with its standard error and n.
 */
const entry = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    score,
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0), n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1) })
        .refine((e) => e.passed <= e.n, { message: "passed cannot exceed n" })
        .describe("0/1 outcomes: how many of n passed"),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ score, stderr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0), n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1) })
        .describe("a mean score with its standard error over n examples"),
]);
const scores = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200), entry);
const milliseconds = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(3_600_000);
/** tunegate's own small eval format: scores in [0, 1] by benchmark or suite. */
const evalResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200),
    general: scores.default({}).describe("general-capability benchmarks (forgetting gate)"),
    safety: scores.default({}).describe("safety suites (safety gate)"),
    task: scores.default({}).describe("task suites (task-quality gate)"),
    latency_p95_ms: milliseconds
        .optional()
        .describe("a p95 as one number: it can fail the latency gate, never prove it (no rows, no bound)"),
    latency_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(milliseconds)
        .min(1)
        .max(10_000_000)
        .optional()
        .describe("per-request latencies: the p95 and its distribution-free upper bound are computed from them"),
})
    .refine((r) => r.latency_ms === undefined || r.latency_p95_ms === undefined, {
    message: "give latency_ms (the rows) or latency_p95_ms (one number), not both",
    path: ["latency_p95_ms"],
})
    .describe("tunegate eval results");
//# sourceMappingURL=tunegate-format.js.map

/***/ }),

/***/ 4181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ fnv1aText),
/* harmony export */   GM: () => (/* binding */ FNV_OFFSET_BASIS),
/* harmony export */   GY: () => (/* binding */ fnv1aHex),
/* harmony export */   _z: () => (/* binding */ fnv1aBytes)
/* harmony export */ });
/**
 * FNV-1a (32-bit), the one non-cryptographic hash tunegate uses: to pair an example or a test
 * across runs, to keep a long id as a key, to fingerprint a file's first bytes. Never for
 * anything an attacker gains by colliding on purpose beyond a refused or merged sample.
 */
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Continues the hash `h` over a text's UTF-16 code units; not yet made unsigned. */
function fnv1aText(text, h = FNV_OFFSET_BASIS) {
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    return h;
}
/** Continues the hash `h` over bytes; not yet made unsigned. */
function fnv1aBytes(bytes, h = FNV_OFFSET_BASIS) {
    for (let i = 0; i < bytes.length; i++)
        h = Math.imul(h ^ bytes[i], FNV_PRIME);
    return h;
}
/** A text's hash as 8 hex digits, from `basis` (the standard offset basis unless given). */
function fnv1aHex(text, basis = FNV_OFFSET_BASIS) {
    return (fnv1aText(text, basis) >>> 0).toString(16).padStart(8, "0");
}
//# sourceMappingURL=fnv1a.js.map

/***/ }),

/***/ 8891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wX: () => (/* binding */ readEvalSide)
});

// UNUSED EXPORTS: decodeEvalFile, inflatingArchive

// EXTERNAL MODULE: ./lib/engine/evals/assemble.js
var assemble = __webpack_require__(8436);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/input/json-nesting.js
var json_nesting = __webpack_require__(9552);
;// CONCATENATED MODULE: ./lib/engine/input/json-string.js
/**
 * The JSON string literal opening at `open` (a double quote): the index of its closing quote (or
 * the text's length when it never closes), and whether it holds a backslash escape, in which case
 * its value is not the raw text between the quotes.
 */
function jsonStringAt(text, open) {
    let escaped = false;
    let i = open + 1;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) {
            escaped = true;
            i++;
        }
        else if (c === 0x22)
            break;
    }
    return { close: i, escaped };
}
//# sourceMappingURL=json-string.js.map
;// CONCATENATED MODULE: ./lib/engine/input/json-duplicate-keys.js


/**
 * The first key written twice in one JSON object, with where its second copy starts, or null.
 * JSON.parse keeps the last copy silently, so `"acc,none": 0.31, ..., "acc,none": 0.92` reads as
 * 0.92 while a reviewer of the diff sees 0.31. Keys are compared decoded (`"\u0061cc"` is `acc`).
 * Linear; expects text that JSON.parse accepted.
 */
function firstDuplicateKey(text) {
    // One entry per open container: the keys seen so far for an object, null for an array.
    const open = [];
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const start = i;
            const { close, escaped } = jsonStringAt(text, start);
            i = close;
            if (expectKey) {
                expectKey = false;
                const raw = text.slice(start + 1, i);
                const key = escaped ? JSON.parse(text.slice(start, i + 1)) : raw;
                const keys = open.at(-1);
                if (keys.has(key))
                    return { key, ...(0,json_nesting/* lineAndColumn */.q1)(text, start) };
                keys.add(key);
            }
        }
        else if (c === 0x7b) {
            open.push(new Set());
            expectKey = true;
        }
        else if (c === 0x5b) {
            open.push(null);
            expectKey = false;
        }
        else if (c === 0x7d || c === 0x5d) {
            open.pop();
            expectKey = false;
        }
        else if (c === 0x2c)
            expectKey = open.at(-1) != null;
    }
    return null;
}
//# sourceMappingURL=json-duplicate-keys.js.map
// EXTERNAL MODULE: ./lib/engine/input/json-work.js
var json_work = __webpack_require__(7997);
// EXTERNAL MODULE: ./lib/engine/input/schema-diagnostics.js
var schema_diagnostics = __webpack_require__(2351);
;// CONCATENATED MODULE: ./lib/engine/input/json-source.js


/**
 * Locations in JSON text (an eval file) for diagnostics, found by a linear scan that keeps only
 * the path it is at. Re-parsing the text as YAML to place an error cost about 4 s and 1.3 GB of
 * memory on a 32 MB eval file; this is one pass per location asked for, and no copy of the text.
 * Expects text that parsed as (lenient) JSON.
 */
function jsonSource(file, text, data) {
    const at = (offset) => ({
        file,
        ...(offset === null ? { line: 1, column: 1 } : (0,json_nesting/* lineAndColumn */.q1)(text, offset)),
    });
    const nearest = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const offset = jsonOffset(text, path.slice(0, depth));
            if (offset !== null)
                return offset;
        }
        return null;
    };
    return {
        file,
        data,
        locate: (path) => at(nearest(path)),
        locateKey: (path, key) => at(jsonOffset(text, path, key) ?? nearest(path)),
    };
}
/**
 * Offset of the value at `path`, or with `key`, of that key in the object at `path`; null when
 * the text has no such value or key.
 */
function jsonOffset(text, path, key) {
    const open = [];
    const inside = (depth) => {
        for (let d = 0; d < depth; d++)
            if (open[d].at !== path[d])
                return false;
        return true;
    };
    let valueNext = true;
    let keyNext = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
            continue;
        if (valueNext && c !== 0x5d) {
            valueNext = false;
            if (key === undefined && open.length === path.length && inside(path.length))
                return i;
        }
        if (c === 0x22) {
            const start = i;
            const { close, escaped } = jsonStringAt(text, start);
            i = close;
            if (keyNext) {
                keyNext = false;
                const name = escaped ? JSON.parse(text.slice(start, i + 1)) : text.slice(start + 1, i);
                open.at(-1).at = name;
                if (key !== undefined && name === key && open.length === path.length + 1 && inside(path.length))
                    return start;
            }
        }
        else if (c === 0x7b) {
            open.push({ object: true, at: null });
            keyNext = true;
        }
        else if (c === 0x5b) {
            open.push({ object: false, at: 0 });
            valueNext = true;
        }
        else if (c === 0x7d || c === 0x5d) {
            open.pop();
            keyNext = false;
            valueNext = false;
        }
        else if (c === 0x3a)
            valueNext = true;
        else if (c === 0x2c) {
            const top = open.at(-1);
            if (top?.object === true)
                keyNext = true;
            else if (top !== undefined) {
                top.at = top.at + 1;
                valueNext = true;
            }
        }
    }
    return null;
}
//# sourceMappingURL=json-source.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/lenient-json.js
/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity that Python's json.dumps and
 * pydantic write. They are replaced, outside string literals only, by null: NaN means missing.
 */
function parseLenientJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        if (!/NaN|Infinity/.test(text))
            throw error;
        return JSON.parse(replaceBareNonFinite(text, () => "null"));
    }
}
/**
 * As parseLenientJson, but a bare NaN or Infinity reads as its own name, a string: for error
 * messages, which show the value as the file wrote it ("got string "NaN"").
 */
function parseJsonNamingNonFinite(text) {
    return JSON.parse(/NaN|Infinity/.test(text) ? replaceBareNonFinite(text, (word) => JSON.stringify(word)) : text);
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Copies the text between replacements as slices: a 32 MB file is not rebuilt a character at a time. */
function replaceBareNonFinite(text, replacement) {
    const parts = [];
    let copiedTo = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === BACKSLASH)
                i++;
            else if (ch === QUOTE)
                inString = false;
            continue;
        }
        if (ch === QUOTE)
            inString = true;
        else {
            const word = text.startsWith("NaN", i)
                ? 3
                : text.startsWith("-Infinity", i)
                    ? 9
                    : text.startsWith("Infinity", i)
                        ? 8
                        : 0;
            if (word > 0) {
                parts.push(text.slice(copiedTo, i), replacement(text.slice(i, i + word)));
                i += word - 1;
                copiedTo = i + 1;
            }
        }
    }
    parts.push(text.slice(copiedTo));
    return parts.join("");
}
//# sourceMappingURL=lenient-json.js.map
// EXTERNAL MODULE: ./lib/engine/evals/name-cap.js
var name_cap = __webpack_require__(2210);
// EXTERNAL MODULE: ./lib/engine/evals/reading.js
var reading = __webpack_require__(4814);
// EXTERNAL MODULE: ./lib/engine/input/count-text.js
var count_text = __webpack_require__(6788);
// EXTERNAL MODULE: ./lib/engine/input/fnv1a.js
var fnv1a = __webpack_require__(4181);
;// CONCATENATED MODULE: ./lib/engine/evals/identity-key.js


/** Ids longer than this are kept as their length and a 64-bit hash (see `identityKey`). */
const MAX_KEPT_ID_CHARS = 1024;
/**
 * A sample's or test's id as a map key: itself while short, else its length and two 32-bit
 * FNV-1a hashes of different bases, which pair the same id and no other in practice. Kept whole,
 * a long id cost its length per sample, and V8 hashes a string of more than 16,383 characters by
 * its length alone, so ids of one length all collided: 3,000 samples with 200 KB ids took 75 s
 * to read. The NUL that starts a hashed key keeps it from equalling any id kept as written.
 */
function identityKey(id) {
    if (id.length <= MAX_KEPT_ID_CHARS)
        return id;
    return `\u0000${id.length}:${(0,fnv1a/* fnv1aHex */.GY)(id)}${(0,fnv1a/* fnv1aHex */.GY)(id, 0x050c5d1f)}`;
}
/** An id as a message quotes it: whole while short, else its start and its length, never 100 KB of it. */
function idInMessage(id) {
    return id.length <= 80
        ? JSON.stringify(id)
        : `${JSON.stringify(id.slice(0, 40))}… (${(0,count_text/* formatCount */.B)(id.length)} characters)`;
}
//# sourceMappingURL=identity-key.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/deepeval.js



/**
 * DeepEval metrics whose score counts what went wrong, so a test case passes when its score is at
 * or below the threshold (deepeval/metrics: `self.score <= self.threshold`). Every other DeepEval
 * metric, G-Eval included, passes at or above it.
 */
const LOWER_IS_BETTER = new Set(["Hallucination", "Toxicity", "Bias", "Misuse"]);
/**
 * DeepEval's test run: `.deepeval/.latest_test_run.json` (the run wrapped in `testRunData`) and
 * the bare run `DEEPEVAL_RESULTS_FOLDER` keeps. Per metric (a benchmark named after it:
 * `Faithfulness`, `Correctness [GEval]`), the mean score and the pass rate against each case's
 * threshold, over the test cases (and conversational ones) that metric scored; a metric that
 * errored on a case is counted, never scored.
 */
const deepevalRun = {
    kind: "document",
    name: "deepeval",
    detect: (data) => ((0,reading/* isObject */.Gv)(data["testRunData"]) && Array.isArray(data["testRunData"]["testCases"])) ||
        (Array.isArray(data["testCases"]) && "metricsScores" in data) ||
        (typeof data["testRunLink"] === "string" && Object.keys(data).length === 1),
    read(file, data) {
        if (!(0,reading/* isObject */.Gv)(data["testRunData"]) && !Array.isArray(data["testCases"])) {
            return {
                ok: false,
                problems: [
                    {
                        path: ["testRunLink"],
                        message: `${file} holds only a link to a test run on Confident AI, no scores: DeepEval replaces the run with the link once it uploads it`,
                        hint: "set DEEPEVAL_RESULTS_FOLDER to keep each run's scores on disk, and point evals at that file",
                    },
                ],
            };
        }
        const wrapped = (0,reading/* isObject */.Gv)(data["testRunData"]);
        const run = wrapped ? data["testRunData"] : data;
        const base = wrapped ? ["testRunData"] : [];
        const perMetric = new Map();
        const problems = [];
        let tooLong = false;
        for (const list of ["testCases", "conversationalTestCases"]) {
            const cases = Array.isArray(run[list]) ? run[list] : [];
            const seen = new Map();
            cases.forEach((testCase, index) => {
                if (!(0,reading/* isObject */.Gv)(testCase))
                    return;
                const path = [...base, list, index];
                const named = typeof testCase["name"] === "string" && testCase["name"] !== ""
                    ? testCase["name"]
                    : `${list === "testCases" ? "test_case" : "conversation"}_${index}`;
                // Names repeat when one test function runs over a dataset; the n-th repeat is its own case.
                // Long names are keyed short (identityKey): kept whole, 3,000 names of 20,000 characters
                // took 40 s to read.
                const nameKey = identityKey(named);
                const times = (seen.get(nameKey) ?? 0) + 1;
                seen.set(nameKey, times);
                const key = times === 1 ? nameKey : `${nameKey}#${times}`;
                const metrics = Array.isArray(testCase["metricsData"]) ? testCase["metricsData"] : [];
                metrics.forEach((m, j) => {
                    if (!(0,reading/* isObject */.Gv)(m) || typeof m["name"] !== "string" || tooLong)
                        return;
                    // Checked before the name keys a map: 3,000 metrics named with 20,000 characters took 14 s.
                    const long = (0,name_cap/* nameTooLong */.W1)("the metric", m["name"], undefined, [...path, "metricsData", j, "name"]);
                    if (long !== null) {
                        problems.push(long);
                        tooLong = true;
                        return;
                    }
                    const rows = perMetric.get(m["name"]) ?? {
                        scores: new Map(),
                        passes: new Map(),
                        errored: 0,
                        thresholds: new Set(),
                        judge: null,
                    };
                    perMetric.set(m["name"], rows);
                    const score = typeof m["score"] === "number" && Number.isFinite(m["score"]) ? m["score"] : null;
                    if ((typeof m["error"] === "string" && m["error"] !== "") || score === null) {
                        rows.errored++;
                        return;
                    }
                    if (score < 0 || score > 1) {
                        problems.push({
                            path: [...path, "metricsData", j, "score"],
                            message: `score ${score} of metric "${m["name"]}" is outside DeepEval's range [0, 1]: data that cannot be true`,
                            hint: "check that the file is DeepEval's own output, unedited",
                        });
                        return;
                    }
                    rows.scores.set(key, score);
                    rows.passes.set(key, m["success"] === true ? 1 : 0);
                    if (typeof m["threshold"] === "number")
                        rows.thresholds.add(m["threshold"]);
                    if (typeof m["evaluationModel"] === "string")
                        rows.judge = m["evaluationModel"];
                });
            });
        }
        if (problems.length > 0)
            return { ok: false, problems };
        const hyperparameters = (0,reading/* isObject */.Gv)(run["hyperparameters"]) ? run["hyperparameters"] : {};
        const modelKey = ["model", "model_name", "generator_model", "llm"].find((k) => typeof hyperparameters[k] === "string" && hyperparameters[k] !== "");
        const model = modelKey === undefined ? null : hyperparameters[modelKey];
        const provenance = {
            format: "deepeval",
            file,
            model,
            modelArgs: null,
            version: null,
            limit: null,
            nShot: null,
            digest: null,
        };
        const benchmarks = [];
        for (const [name, rows] of perMetric)
            benchmarks.push(...metricBenchmarks(name, rows, provenance));
        const cases = (Array.isArray(run["testCases"]) ? run["testCases"].length : 0) +
            (Array.isArray(run["conversationalTestCases"]) ? run["conversationalTestCases"].length : 0);
        return {
            ok: true,
            contribution: {
                file,
                format: "deepeval",
                toolVersion: null,
                model,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: cases === 0
                    ? "the test run has no test cases"
                    : benchmarks.every((b) => b.n === 0)
                        ? "no metric scored any test case"
                        : null,
            },
        };
    },
};
function metricBenchmarks(name, rows, provenance) {
    const mean = (values) => {
        let sum = 0;
        for (const v of values.values())
            sum += v;
        return values.size === 0 ? 0 : sum / values.size;
    };
    const common = { name, n: rows.scores.size, errored: rows.errored, scale: [0, 1], provenance };
    return [
        // Share of cases that met their threshold, the way DeepEval decides a case: higher is better for every metric.
        // The thresholds it was judged against are its version: a run judged at 0.5 does not compare with one at 0.7.
        (0,reading/* benchmark */.aE)({
            ...common,
            metric: "pass_rate",
            value: mean(rows.passes),
            binary: true,
            examples: { kind: "keyed", scores: rows.passes },
            provenance: {
                ...provenance,
                version: rows.thresholds.size === 0 ? null : `threshold ${[...rows.thresholds].sort((a, b) => a - b).join(", ")}`,
            },
        }),
        (0,reading/* benchmark */.aE)({
            ...common,
            metric: "score",
            value: mean(rows.scores),
            higherIsBetter: !LOWER_IS_BETTER.has(name),
            binary: [...rows.scores.values()].every((v) => v === 0 || v === 1) && rows.scores.size > 0,
            aggregation: "mean",
            examples: { kind: "keyed", scores: rows.scores },
        }),
    ];
}
//# sourceMappingURL=deepeval.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/every-eval-ever.js



/**
 * Every Eval Ever (the EvalEval coalition's shared schema, `eval.schema.json`): one aggregate file
 * per model and source, each `evaluation_results[]` entry a benchmark named by its
 * `evaluation_name`, under its `metric_id` (or `metric_name`), read the way the file says: its
 * direction from `lower_is_better`, its scale from `min_score`/`max_score`, its standard error and
 * sample count from `uncertainty`. Nothing is guessed from a metric's name.
 */
const everyEvalEverAggregate = {
    kind: "document",
    name: "every-eval-ever",
    detect: (data) => typeof data["schema_version"] === "string" &&
        Array.isArray(data["evaluation_results"]) &&
        (0,reading/* isObject */.Gv)(data["model_info"]),
    read(file, data) {
        const modelInfo = data["model_info"];
        const model = typeof modelInfo["id"] === "string"
            ? modelInfo["id"]
            : typeof modelInfo["name"] === "string"
                ? modelInfo["name"]
                : null;
        const library = (0,reading/* isObject */.Gv)(data["eval_library"]) ? data["eval_library"] : {};
        const toolVersion = typeof library["name"] === "string"
            ? `${library["name"]}${typeof library["version"] === "string" && library["version"] !== "unknown" ? ` ${library["version"]}` : ""}`
            : null;
        const problems = [];
        const benchmarks = [];
        data["evaluation_results"].forEach((result, index) => {
            const path = ["evaluation_results", index];
            if (!(0,reading/* isObject */.Gv)(result))
                return;
            const name = typeof result["evaluation_name"] === "string" && result["evaluation_name"] !== ""
                ? result["evaluation_name"]
                : null;
            const config = (0,reading/* isObject */.Gv)(result["metric_config"]) ? result["metric_config"] : null;
            const details = (0,reading/* isObject */.Gv)(result["score_details"]) ? result["score_details"] : null;
            if (name === null || config === null || details === null) {
                problems.push({
                    path,
                    message: "an evaluation result needs evaluation_name, metric_config and score_details (eval.schema.json requires them)",
                });
                return;
            }
            if (typeof config["lower_is_better"] !== "boolean") {
                problems.push({
                    path: [...path, "metric_config", "lower_is_better"],
                    message: `"${name}" does not say whether lower is better (metric_config.lower_is_better is required): its direction cannot be guessed`,
                });
                return;
            }
            const score = (0,reading/* finiteNumber */.vM)(details["score"]);
            if (score === null) {
                problems.push({
                    path: [...path, "score_details", "score"],
                    message: `"${name}" has no score (score_details.score must be a number)`,
                });
                return;
            }
            const min = (0,reading/* finiteNumber */.vM)(config["min_score"]);
            const max = (0,reading/* finiteNumber */.vM)(config["max_score"]);
            if ((min !== null && score < min) || (max !== null && score > max)) {
                problems.push({
                    path: [...path, "score_details", "score"],
                    message: `score ${score} of "${name}" is outside its own range [${min ?? "-∞"}, ${max ?? "∞"}] (metric_config.min_score/max_score): data that cannot be true`,
                });
                return;
            }
            const uncertainty = (0,reading/* isObject */.Gv)(details["uncertainty"]) ? details["uncertainty"] : {};
            const stderr = (0,reading/* isObject */.Gv)(uncertainty["standard_error"])
                ? (0,reading/* finiteNumber */.vM)(uncertainty["standard_error"]["value"])
                : null;
            const count = (0,reading/* readCount */._0)(uncertainty["num_samples"], [...path, "score_details", "uncertainty", "num_samples"]);
            if (!count.ok) {
                problems.push(count.problem);
                return;
            }
            const metric = typeof config["metric_id"] === "string" && config["metric_id"] !== ""
                ? config["metric_id"]
                : typeof config["metric_name"] === "string" && config["metric_name"] !== ""
                    ? config["metric_name"]
                    : "score";
            const id = typeof result["evaluation_result_id"] === "string" && result["evaluation_result_id"] !== name
                ? [result["evaluation_result_id"]]
                : [];
            const provenance = {
                format: "every-eval-ever",
                file,
                model,
                modelArgs: null,
                version: null,
                limit: null,
                nShot: null,
                digest: null,
            };
            benchmarks.push((0,reading/* benchmark */.aE)({
                name,
                aliases: id,
                metric,
                value: score,
                stderr,
                n: count.count,
                higherIsBetter: config["lower_is_better"] === false,
                scale: min !== null && max !== null ? [min, max] : null,
                binary: config["score_type"] === "binary" || (0,reading/* looksBinomial */.iT)(score, stderr, count.count),
                provenance,
            }));
        });
        if (problems.length > 0)
            return { ok: false, problems };
        return {
            ok: true,
            contribution: {
                file,
                format: "every-eval-ever",
                toolVersion,
                model,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: benchmarks.length === 0 ? "the file has no evaluation results" : null,
            },
        };
    },
};
/**
 * Every Eval Ever's instance-level JSONL (`instance_level_eval.schema.json`, the `_samples.jsonl`
 * beside an aggregate): per `evaluation_name`, the share of samples with `evaluation.is_correct`
 * (metric `correct`), each sample's outcome by `sample_id`, so two runs pair on the same samples.
 * The per-sample `score` is not read: the samples file does not say which way it points (only
 * the aggregate's `lower_is_better` does), and correctness needs no direction.
 */
const everyEvalEverSamples = {
    kind: "lines",
    name: "every-eval-ever",
    detect: (first) => typeof first["schema_version"] === "string" &&
        typeof first["sample_id"] === "string" &&
        (0,reading/* isObject */.Gv)(first["evaluation"]),
    // `maxNames` is lowered only by tests, to show the cap cheaply.
    start(file, maxNames = name_cap/* MAX_NAMES_PER_FILE */.li) {
        const perEvaluation = new Map();
        let model = null;
        return {
            add(line, at) {
                const name = typeof line["evaluation_name"] === "string" && line["evaluation_name"] !== ""
                    ? line["evaluation_name"]
                    : null;
                const sample = typeof line["sample_id"] === "string" && line["sample_id"] !== "" ? line["sample_id"] : null;
                const evaluation = (0,reading/* isObject */.Gv)(line["evaluation"]) ? line["evaluation"] : null;
                const correct = evaluation === null ? undefined : evaluation["is_correct"];
                if (name === null || sample === null || typeof correct !== "boolean") {
                    return {
                        path: name === null ? ["evaluation_name"] : sample === null ? ["sample_id"] : ["evaluation", "is_correct"],
                        line: at,
                        message: "a sample needs evaluation_name, sample_id and evaluation.is_correct (instance_level_eval.schema.json requires them)",
                    };
                }
                const long = (0,name_cap/* nameTooLong */.W1)("the evaluation_name", name, at, ["evaluation_name"]);
                if (long !== null)
                    return long;
                model ??= typeof line["model_id"] === "string" ? line["model_id"] : null;
                const outcomes = perEvaluation.get(name) ?? new Map();
                if (outcomes.size === 0 && perEvaluation.size >= maxNames)
                    return (0,name_cap/* tooManyNames */.wK)("evaluations", maxNames, at, ["evaluation_name"]);
                const key = identityKey(sample);
                if (outcomes.has(key))
                    return {
                        path: ["sample_id"],
                        line: at,
                        message: `sample ${sample.length <= 80 ? sample : idInMessage(sample)} of ${name} appears twice; each sample is scored once`,
                        hint: "point evals at one run's samples file",
                    };
                outcomes.set(key, correct ? 1 : 0);
                perEvaluation.set(name, outcomes);
                return null;
            },
            finish() {
                const provenance = {
                    format: "every-eval-ever",
                    file,
                    model,
                    modelArgs: null,
                    version: null,
                    limit: null,
                    nShot: null,
                    digest: null,
                };
                const benchmarks = [...perEvaluation].map(([name, outcomes]) => {
                    let correct = 0;
                    for (const v of outcomes.values())
                        correct += v;
                    return (0,reading/* benchmark */.aE)({
                        name,
                        metric: "correct",
                        value: correct / outcomes.size,
                        n: outcomes.size,
                        binary: true,
                        aggregation: "mean",
                        scale: [0, 1],
                        examples: { kind: "keyed", scores: outcomes },
                        provenance,
                    });
                });
                return {
                    ok: true,
                    contribution: {
                        file,
                        format: "every-eval-ever",
                        toolVersion: null,
                        model,
                        benchmarks,
                        latencyP95Ms: null,
                        categories: null,
                        incomplete: null,
                        noScores: benchmarks.length === 0 ? "the file has no samples" : null,
                    },
                };
            },
        };
    },
};
//# sourceMappingURL=every-eval-ever.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/garak.js


/**
 * garak's `*.report.jsonl`: per probe and detector, the share of outputs the target resisted
 * (`resisted`, higher is better) and the attack success rate (`attack_success`, lower is better),
 * from its `eval` entries: `passed`, `fails`, `nones`, `total_evaluated` since 0.13.3, `passed`
 * and `total` before. Outputs no detector could score (`nones`) are counted, never scored; attempt
 * timings are never read (they time the scan, not the product). A run with neither a `completion`
 * nor a `digest` entry was interrupted and is never gated on.
 */
const garakReport = {
    kind: "lines",
    name: "garak",
    detect: (first) => first["entry_type"] === "start_run setup" ||
        (first["entry_type"] === "init" && typeof first["garak_version"] === "string"),
    // `maxNames` is lowered only by tests, to show the cap cheaply.
    start(file, maxNames = name_cap/* MAX_NAMES_PER_FILE */.li) {
        const evals = [];
        const seenAt = new Map();
        let version = null;
        let target = null;
        let finished = false;
        return {
            add(entry, line) {
                const type = entry["entry_type"];
                if (type === "start_run setup") {
                    version ??= typeof entry["_config.version"] === "string" ? entry["_config.version"] : null;
                    target = targetOf(entry);
                }
                else if (type === "init" && typeof entry["garak_version"] === "string")
                    version = entry["garak_version"];
                else if (type === "completion" || type === "digest")
                    finished = true;
                else if (type === "eval") {
                    const read = evalOf(entry, line);
                    if ("message" in read)
                        return read;
                    const long = (0,name_cap/* nameTooLong */.W1)("the probe", read.probe, line, ["probe"]) ??
                        (0,name_cap/* nameTooLong */.W1)("the detector", read.detector, line, ["detector"]);
                    if (long !== null)
                        return long;
                    const key = `${read.probe}\u0000${read.detector}`;
                    const earlier = seenAt.get(key);
                    if (earlier !== undefined)
                        return {
                            path: ["detector"],
                            line,
                            message: `probe ${read.probe} with detector ${read.detector} is evaluated twice (first at line ${earlier}); a report of one run has one eval entry for each`,
                            hint: "point evals at one run's report, not a concatenation of several",
                        };
                    // Each entry is a benchmark (two, with attack_success) of its own.
                    if (evals.length >= maxNames)
                        return (0,name_cap/* tooManyNames */.wK)("probe and detector pairs", maxNames, line, ["probe"]);
                    seenAt.set(key, line);
                    evals.push(read);
                }
                return null;
            },
            finish() {
                const provenance = {
                    format: "garak",
                    file,
                    model: target,
                    modelArgs: null,
                    version: null,
                    limit: null,
                    nShot: null,
                    digest: null,
                };
                const detectorsOf = new Map();
                for (const e of evals)
                    detectorsOf.set(e.probe, (detectorsOf.get(e.probe) ?? 0) + 1);
                const benchmarks = evals.flatMap((e) => {
                    // A probe judged by one detector goes by the probe's name; with several, each by probe@detector.
                    const single = detectorsOf.get(e.probe) === 1;
                    const name = single ? e.probe : `${e.probe}@${e.detector}`;
                    const aliases = single ? [`${e.probe}@${e.detector}`] : [];
                    const resisted = e.evaluated === 0 ? 0 : e.passed / e.evaluated;
                    const common = {
                        name,
                        aliases,
                        n: e.evaluated,
                        errored: e.nones,
                        binary: true,
                        scale: [0, 1],
                        provenance,
                    };
                    return [
                        (0,reading/* benchmark */.aE)({ ...common, metric: "resisted", value: resisted }),
                        (0,reading/* benchmark */.aE)({
                            ...common,
                            metric: "attack_success",
                            value: e.evaluated === 0 ? 0 : 1 - resisted,
                            higherIsBetter: false,
                        }),
                    ];
                });
                return {
                    ok: true,
                    contribution: {
                        file,
                        format: "garak",
                        toolVersion: version,
                        model: target,
                        benchmarks,
                        latencyP95Ms: null,
                        categories: null,
                        incomplete: finished
                            ? null
                            : `${file} has no completion entry: the garak run was interrupted, and a partial scan is never gated on`,
                        noScores: evals.length === 0 ? "the report has no eval entries (no probe was evaluated)" : null,
                    },
                };
            },
        };
    },
};
function evalOf(entry, line) {
    const probe = entry["probe"];
    const detector = entry["detector"];
    if (typeof probe !== "string" || probe === "" || typeof detector !== "string" || detector === "") {
        return {
            path: typeof probe !== "string" || probe === "" ? ["probe"] : ["detector"],
            line,
            message: "an eval entry names no probe or no detector: its counts cannot be placed",
        };
    }
    const modern = entry["total_evaluated"] !== undefined;
    const counts = (0,reading/* readCounts */.ZQ)([
        [entry["passed"], ["passed"]],
        [modern ? entry["total_evaluated"] : entry["total"], [modern ? "total_evaluated" : "total"]],
        [entry["fails"], ["fails"]],
        [entry["nones"], ["nones"]],
    ]);
    if (!counts.ok)
        return { ...counts.problems[0], line };
    const [passed, total, fails, nones] = counts.counts;
    if (passed === null || total === null)
        return {
            path: [passed === null ? "passed" : modern ? "total_evaluated" : "total"],
            line,
            message: `the eval entry of ${probe} (${detector}) has no ${passed === null ? "passed" : "total"} count`,
        };
    if (passed > total || (fails !== null && passed + fails !== total)) {
        return {
            path: ["passed"],
            line,
            message: `the eval entry of ${probe} (${detector}) counts ${passed} passed${fails === null ? "" : ` and ${fails} failed`} of ${total} evaluated: data that cannot be true`,
            hint: "check that the file is garak's own report, unedited",
        };
    }
    return { probe, detector, passed, evaluated: total, nones: nones ?? 0 };
}
/** The model garak scanned, as its setup entry names it (target_* since 0.13.1, model_* before). */
function targetOf(setup) {
    const name = setup["plugins.target_name"] ?? setup["plugins.model_name"];
    const type = setup["plugins.target_type"] ?? setup["plugins.model_type"];
    if (typeof name === "string" && name !== "")
        return typeof type === "string" && type !== "" ? `${type} ${name}` : name;
    return typeof type === "string" && type !== "" ? type : null;
}
//# sourceMappingURL=garak.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/plausible-stderr.js

/**
 * How far a reported standard error may exceed the largest one its value allows. A mean of 0/1
 * scores reaches the bound exactly (lm-eval and Inspect report sqrt(p (1 - p) / (n - 1)));
 * a bootstrapped one (lm-eval's f1, mcc) scatters around its true value by a few percent. Half
 * again is far above both, and far below what turns a collapse into "inconclusive".
 */
const STDERR_TOLERANCE = 1.5;
/** Rounding a file may apply to a standard error of 0 (p at 0 or 1): 1e-9 is below any printed digit. */
const ABSOLUTE_SLACK = 1e-9;
/**
 * The largest standard error of a mean of `n` values within [low, high] whose mean is `value`:
 * by the Bhatia-Davis inequality their variance is at most (high - value) (value - low), and the
 * sample standard error (n - 1 in the denominator, as the tools compute it) is at most
 * sqrt((high - value) (value - low) / (n - 1)), which for 0/1 scores is the binomial one. An
 * unknown n is judged as the most lenient, 2; with one example nothing bounds the spread.
 */
function largestStderr(value, range, n) {
    const spread = Math.max(0, (range[1] - value) * (value - range[0]));
    const examples = n ?? 2;
    return examples < 2 ? Number.POSITIVE_INFINITY : Math.sqrt(spread / (examples - 1));
}
/**
 * Metrics computed over the whole set at once (lm-eval's f1 and mcc aggregations), not as a mean
 * of per-example scores: their spread depends on how many examples are positive, not on n, so
 * only their range bounds it (n judged as 2). Real f1 standard errors reach 1.56 times the
 * bound of a mean over all examples.
 */
const CORPUS_LEVEL = /^(f1|macro_f1|micro_f1|mcc|mcc_binary|matthews_corrcoef)$/;
/**
 * A problem when a reported standard error cannot be true: negative, or larger than any mean of
 * `n` values in the metric's range could have (see largestStderr). Metrics whose range the tools
 * do not bound (perplexity, bleu) are only checked for sign: their spread has no bound to test.
 * Without this, an edited acc_stderr of 0.5 at n = 1000 turned a collapse from 0.60 to 0.00 into
 * "inconclusive".
 */
function stderrProblem(path, metric, value, stderr, n) {
    const hint = "check that the file is the tool's own output, unedited";
    if (stderr < 0)
        return { path, message: `standard error ${stderr} is negative: data that cannot be true`, hint };
    const range = (0,reading/* metricRange */.Q4)(metric);
    if (range === null || value < range[0] || value > range[1])
        return null;
    const corpusLevel = CORPUS_LEVEL.test(metric.split(",")[0]);
    const largest = largestStderr(value, range, corpusLevel ? null : n);
    if (stderr <= STDERR_TOLERANCE * largest + ABSOLUTE_SLACK)
        return null;
    const examples = corpusLevel
        ? "any number of examples"
        : n === null
            ? "an unknown number of examples (judged as 2, the most lenient)"
            : `${n} examples`;
    return {
        path,
        message: `standard error ${stderr} of metric "${metric}" cannot be true for a value of ${value} over ${examples}: values in [${range[0]}, ${range[1]}] with that mean have a standard error of at most ${round(largest)}`,
        hint,
    };
}
function round(x) {
    return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}
//# sourceMappingURL=plausible-stderr.js.map
// EXTERNAL MODULE: ./lib/engine/evals/identity.js
var evals_identity = __webpack_require__(5154);
;// CONCATENATED MODULE: ./lib/engine/evals/formats/inspect.js





/** Inspect's value_to_float: letter grades and yes/no strings become numbers; NaN means unscored. */
function inspectValueToFloat(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : null;
    if (typeof value === "boolean")
        return value ? 1 : 0;
    if (typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (v === "c" || v === "yes" || v === "true")
            return 1;
        if (v === "p")
            return 0.5;
        if (v === "i" || v === "n" || v === "no" || v === "false")
            return 0;
        const n = Number(v);
        return v !== "" && Number.isFinite(n) ? n : 0;
    }
    return null;
}
/** An Inspect AI `.json` log: the EvalLog with its samples' reductions inside. */
const inspectJson = {
    kind: "document",
    name: "inspect",
    detect: (data) => (0,reading/* isObject */.Gv)(data["eval"]) && "plan" in data,
    read: (file, data) => readInspect(file, data, data["reductions"]),
};
/** An Inspect AI `.eval` log: a zip with header.json and reductions.json (or only a journal while running). */
const inspectArchive = {
    kind: "archive",
    name: "inspect",
    detect: (names) => names.includes("header.json") || names.includes("_journal/start.json"),
    read(file, archive) {
        const header = archive.json("header.json");
        if (header === undefined) {
            return {
                ok: true,
                contribution: {
                    file,
                    format: "inspect",
                    toolVersion: null,
                    model: null,
                    benchmarks: [],
                    latencyP95Ms: null,
                    categories: null,
                    incomplete: "the Inspect log is still being written (no header.json yet)",
                    noScores: null,
                },
            };
        }
        if (!(0,reading/* isObject */.Gv)(header.value))
            return { ok: false, problems: [{ path: [], message: `${file}: header.json is not a JSON object` }] };
        return readInspect(file, header.value, archive.json("reductions.json")?.value);
    },
};
/** Inspect's `limit`: a number of samples, or a [start, end] range of them. */
function inspectLimit(limit) {
    if (typeof limit === "number")
        return limit;
    if (Array.isArray(limit) && limit.length === 2 && limit.every((x) => typeof x === "number"))
        return `${limit[0]}-${limit[1]}`;
    return null;
}
/** Metrics Inspect computes as a mean of 0..1 sample values, so they share the unit range. */
const UNIT_METRICS = new Set(["accuracy"]);
function readInspect(file, header, reductions) {
    const evalInfo = (0,reading/* isObject */.Gv)(header["eval"]) ? header["eval"] : {};
    const task = String(evalInfo["task"] ?? "inspect").replace(/^.*\//, "");
    const model = typeof evalInfo["model"] === "string" ? evalInfo["model"] : null;
    const config = (0,reading/* isObject */.Gv)(evalInfo["config"]) ? evalInfo["config"] : {};
    const packages = (0,reading/* isObject */.Gv)(evalInfo["packages"]) ? evalInfo["packages"] : {};
    const status = typeof header["status"] === "string" ? header["status"] : "unknown";
    const results = (0,reading/* isObject */.Gv)(header["results"]) ? header["results"] : {};
    const provenance = {
        format: "inspect",
        file,
        model,
        modelArgs: null,
        identity: inspectIdentity(model, evalInfo["model_args"]),
        version: evalInfo["task_version"] === undefined ? null : String(evalInfo["task_version"]),
        limit: inspectLimit(config["limit"]),
        nShot: null,
        digest: null,
        // eval_id names one task's run; older logs have only the eval set's run_id, shared by its tasks.
        ...(typeof evalInfo["eval_id"] === "string"
            ? { run: `inspect:${evalInfo["eval_id"]}` }
            : typeof evalInfo["run_id"] === "string"
                ? { run: `inspect:${evalInfo["run_id"]}:${task}` }
                : {}),
    };
    const reductionList = Array.isArray(reductions)
        ? reductions
        : Array.isArray(results["sample_reductions"])
            ? results["sample_reductions"]
            : [];
    const perScorer = new Map();
    const problems = [];
    for (const [index, reduction] of reductionList.entries()) {
        if (!(0,reading/* isObject */.Gv)(reduction))
            continue;
        const scores = new Map();
        const scorer = String(reduction["scorer"] ?? "");
        // Checked before the name keys a map, as a sample id is (identityKey).
        const at = Array.isArray(reductions) ? ["reductions", index] : ["results", "sample_reductions", index];
        const long = (0,name_cap/* nameTooLong */.W1)("the scorer", scorer, undefined, [...at, "scorer"]);
        if (long !== null) {
            problems.push(long);
            break;
        }
        for (const sample of (Array.isArray(reduction["samples"]) ? reduction["samples"] : []).filter(reading/* isObject */.Gv)) {
            const value = inspectValueToFloat(sample["value"]);
            if (value === null)
                continue;
            const id = String(sample["sample_id"]);
            const key = identityKey(id);
            // Reductions hold one score per sample (epochs already reduced): a repeat would replace one.
            if (scores.has(key)) {
                problems.push({
                    path: ["reductions"],
                    message: `sample ${idInMessage(id)} appears twice in the reductions of scorer "${scorer}": one of its two scores would be dropped`,
                    hint: "check that the file is the tool's own output, unedited",
                });
                break;
            }
            scores.set(key, value);
        }
        perScorer.set(scorer, scores);
    }
    const benchmarks = [];
    const completed = (0,reading/* readCount */._0)(results["completed_samples"], ["results", "completed_samples"]);
    if (!completed.ok)
        problems.push(completed.problem);
    const scoreList = Array.isArray(results["scores"]) ? results["scores"] : [];
    scoreList.forEach((score, scoreIndex) => {
        if (!(0,reading/* isObject */.Gv)(score))
            return;
        const scorer = String(score["scorer"] ?? score["name"] ?? "");
        const metrics = (0,reading/* isObject */.Gv)(score["metrics"]) ? score["metrics"] : {};
        const stderr = (0,reading/* isObject */.Gv)(metrics["stderr"]) && typeof metrics["stderr"]["value"] === "number"
            ? metrics["stderr"]["value"]
            : null;
        const examples = perScorer.get(scorer);
        const scored = (0,reading/* readCount */._0)(score["scored_samples"], ["results", "scores", scoreIndex, "scored_samples"]);
        if (!scored.ok) {
            problems.push(scored.problem);
            return;
        }
        const n = scored.count ?? examples?.size ?? (completed.ok ? completed.count : null);
        for (const [metricName, metric] of Object.entries(metrics)) {
            if (metricName === "stderr" || !(0,reading/* isObject */.Gv)(metric) || typeof metric["value"] !== "number")
                continue;
            const value = metric["value"];
            const path = ["results", "scores", scoreIndex, "metrics", metricName, "value"];
            if (UNIT_METRICS.has(metricName)) {
                const outOfRange = (0,reading/* rangeProblem */.d4)(path, metricName, value);
                if (outOfRange !== null)
                    problems.push(outOfRange);
            }
            const perExample = metricName === "accuracy" || metricName === "mean";
            if (perExample && stderr !== null) {
                const implausible = stderrProblem(["results", "scores", scoreIndex, "metrics", "stderr", "value"], metricName, value, stderr, n);
                if (implausible !== null) {
                    problems.push(implausible);
                    continue;
                }
            }
            const values = examples === undefined ? [] : [...examples.values()];
            if (perExample && values.length > 0) {
                const differs = reductionsDisagree(values, value, scored.count);
                if (differs !== null) {
                    problems.push({
                        path,
                        message: `the per-sample scores of scorer "${scorer}" (sample_reductions) ${differs}; tunegate judges per-sample scores, so they must be the ones the log's ${metricName} was computed from`,
                        hint: "check that the file is the tool's own output, unedited",
                    });
                    continue;
                }
            }
            benchmarks.push((0,reading/* benchmark */.aE)({
                name: scoreList.length > 1 ? `${task}/${score["name"] ?? scorer}` : task,
                metric: metricName,
                value,
                stderr: perExample ? stderr : null,
                n,
                binary: values.length > 0 ? values.every((v) => v === 0 || v === 1) : perExample && (0,reading/* looksBinomial */.iT)(value, stderr, n),
                examples: examples === undefined || !perExample ? null : { kind: "keyed", scores: examples },
                provenance,
            }));
        }
    });
    if (problems.length > 0)
        return { ok: false, problems };
    const inspectVersion = typeof packages["inspect_ai"] === "string" ? packages["inspect_ai"] : null;
    return {
        ok: true,
        contribution: {
            file,
            format: "inspect",
            toolVersion: inspectVersion,
            model,
            benchmarks,
            latencyP95Ms: null,
            categories: null,
            incomplete: status === "success" ? null : `the log's status is "${status}", not "success"`,
            noScores: benchmarks.length === 0 && status === "success"
                ? "the Inspect log has no scores (its task ran no scorer)"
                : null,
        },
    };
}
/**
 * Why a log's per-sample reductions cannot be what its mean metric (accuracy, mean) was computed
 * from, or null: another number of samples than `scored_samples`, or another mean. Otherwise a
 * log whose results say 0.60 could pass a floor on reductions that say 1.0 everywhere.
 */
function reductionsDisagree(values, reported, scoredSamples) {
    if (scoredSamples !== null && scoredSamples !== values.length)
        return `number ${values.length}, but results.scores says ${scoredSamples} were scored`;
    let sum = 0;
    let magnitude = 0;
    for (const v of values) {
        sum += v;
        magnitude += Math.abs(v);
    }
    const mean = sum / values.length;
    if (Math.abs(mean - reported) <= 1e-6 * Math.max(1, magnitude / values.length))
        return null;
    return `average ${mean} over ${values.length} samples, but the log reports ${reported}`;
}
/**
 * Inspect's model ("hf/org/model", "openai/gpt-4o") and model args: an adapter or revision there
 * (the hf provider passes model_args to transformers) belongs to the identity.
 */
function inspectIdentity(model, args) {
    if (model === null)
        return null;
    const record = args !== null && typeof args === "object" && !Array.isArray(args) ? args : {};
    const text = (key) => typeof record[key] === "string" && record[key] !== "" ? record[key] : null;
    return {
        names: (0,evals_identity/* unique */.Am)([model, text("model_path")]),
        adapter: text("adapter") ?? text("peft"),
        revision: text("revision"),
    };
}
//# sourceMappingURL=inspect.js.map
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./lib/engine/evals/formats/junit.js





/**
 * JUnit XML as pytest `--junitxml`, Maven Surefire, Jest and most runners write it: per suite (and
 * per test class) the pass rate of its test cases. A failure scores 0, a pass 1; an error is a
 * third state, counted and never scored, and a skip (pytest's skip and xfail) is neither scored
 * nor an error. A case that passed only on a rerun (Surefire's flakyFailure/flakyError) is scored
 * by its final outcome and counted as flaky.
 *
 * Parsed by saxes, a streaming parser that expands no entities but the five predefined ones and
 * character references, and fetches nothing; a DOCTYPE (where entity bombs and external entities
 * live, and which no runner writes) is refused outright. The text is fed in chunks, and only the
 * score of each case is kept, so a file's size never decides memory.
 */
const junitXml = {
    kind: "stream",
    name: "junit",
    detect: (start) => /^\s*</.test(start) && /<testsuites?[\s>/]/.test(start),
    start: (file) => junitReader(file),
};
/**
 * Suite properties that name the model under test (pytest `record_testsuite_property`). Case
 * properties (`record_property`) are not read as scores: they do not say which way is better.
 */
const MODEL_PROPERTIES = new Set(["model", "model_name", "model_id"]);
/**
 * The most text saxes may hold at once: it keeps an attribute value, a comment, a CDATA section or
 * a processing instruction whole until it ends (tunegate reads none of them), so without a cap a
 * 300 MB CDATA section of test output took 490 MB of memory, and a larger one all there is. Text
 * between elements is not held (no handler asks for it), so long logs outside CDATA cost nothing.
 * 64 Mi characters, the most tunegate reads of any whole eval file.
 */
const MAX_HELD_XML_CHARS = 64 * 1024 * 1024;
/** What saxes holds of the construct it is in (its private buffer; junit-xml.test.ts pins it). */
function heldChars(parser) {
    return parser.text.length;
}
/** Deeper than any runner nests suites; past it the file is refused rather than walked. */
const MAX_DEPTH = 64;
/** Worst first: a recorded failure decides a case, then an error, then a pass over a skip. */
const RANK = { failure: 3, error: 2, pass: 1, skipped: 0 };
/** The reader; `maxHeldChars` and `maxNames` are lowered only by tests, to show the caps cheaply. */
function junitReader(file, maxHeldChars = MAX_HELD_XML_CHARS, maxNames = name_cap/* MAX_NAMES_PER_FILE */.li) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const suites = new Map();
    const classes = new Map();
    const fallbackName = (file.split("/").at(-1) ?? file).replace(/\.xml$/i, "");
    const suiteStack = [];
    let depth = 0;
    let sawSuite = false;
    let current = null;
    let problem = null;
    let model = null;
    const stop = (message, line = parser.line, hint) => {
        // A problem on the first line is shown where the plan names the file: the message names it.
        problem ??= {
            path: [],
            line,
            message: line === 1 ? `${file}: ${message}` : message,
            ...(hint === undefined ? {} : { hint }),
        };
    };
    const tooMany = () => {
        const { message, hint } = (0,name_cap/* tooManyNames */.wK)("test suites and classes", maxNames, parser.line);
        stop(message, parser.line, hint);
    };
    let closing = false;
    parser.on("error", (error) => {
        const message = error.message.replace(/^\d+:\d+: /, "");
        const unclosed = /^unclosed tag: (.*)$/.exec(message);
        if (closing && unclosed !== null)
            stop(`not well-formed XML: the file ends inside <${unclosed[1]}>; it was cut short`, parser.line, "write the report again: the run or its upload stopped before it finished");
        else
            stop(`not well-formed XML: ${message}`);
    });
    // Reported where the DOCTYPE starts (the parser is at its end).
    parser.on("doctype", (doctype) => stop("the XML declares a DOCTYPE; no test runner writes one, and tunegate expands no entities", parser.line - (doctype.match(/\n/g)?.length ?? 0), "remove the DOCTYPE: JUnit XML needs none"));
    parser.on("opentag", (tag) => {
        if (problem !== null)
            return;
        depth++;
        if (depth > MAX_DEPTH)
            return stop(`the XML nests more than ${MAX_DEPTH} elements deep; no test runner's output does`);
        const attributes = tag.attributes;
        if (tag.name === "testsuite") {
            sawSuite = true;
            const name = attributes["name"] || fallbackName;
            const long = (0,name_cap/* nameTooLong */.W1)("the test suite's name", name, parser.line, []);
            if (long !== null)
                return stop(long.message);
            suiteStack.push(name);
            // A suite of no cases is still named: selected, it is missing data, never "absent".
            if (!suites.has(name)) {
                if (suites.size + classes.size >= maxNames)
                    return tooMany();
                suites.set(name, new Map());
            }
        }
        else if (tag.name === "testcase") {
            const name = attributes["name"] ?? "";
            if (name === "")
                return stop("a <testcase> has no name attribute: its result cannot be paired with the other run");
            const className = attributes["classname"] ?? "";
            const long = (0,name_cap/* nameTooLong */.W1)("the test class's name", className, parser.line, []);
            if (long !== null)
                return stop(long.message);
            current = {
                // A parametrised test's name can be long: kept as a length and a hash past 1,024 characters.
                key: identityKey(className === "" ? name : `${className}::${name}`),
                className,
                depth,
                failure: false,
                error: false,
                skipped: false,
                flaky: false,
            };
        }
        else if (tag.name === "property" &&
            current === null &&
            model === null &&
            MODEL_PROPERTIES.has(attributes["name"] ?? "") &&
            (attributes["value"] ?? "") !== "") {
            // pytest's record_testsuite_property("model", ...): the one place a JUnit file can say what it tested.
            model = attributes["value"];
        }
        else if (current !== null && depth === current.depth + 1) {
            if (tag.name === "failure")
                current.failure = true;
            else if (tag.name === "error")
                current.error = true;
            else if (tag.name === "skipped")
                current.skipped = true;
            else if (tag.name === "flakyFailure" || tag.name === "flakyError")
                current.flaky = true;
        }
    });
    parser.on("closetag", (tag) => {
        if (problem !== null)
            return;
        depth--;
        if (tag.name === "testsuite")
            suiteStack.pop();
        else if (tag.name === "testcase" && current !== null) {
            const outcome = current.failure
                ? "failure"
                : current.error
                    ? "error"
                    : current.skipped
                        ? "skipped"
                        : "pass";
            const result = { outcome, flaky: outcome === "pass" && current.flaky };
            merge(suites, suiteStack.at(-1) ?? fallbackName, current.key, result);
            // Each test class is a benchmark of its own, as each suite is.
            if (current.className !== "" && !classes.has(current.className) && suites.size + classes.size >= maxNames)
                return tooMany();
            if (current.className !== "")
                merge(classes, current.className, current.key, result);
            current = null;
        }
    });
    return {
        write(chunk) {
            if (problem === null)
                parser.write(chunk);
            if (problem === null && heldChars(parser) > maxHeldChars)
                stop(`an attribute value, comment, CDATA section or processing instruction runs past ${(0,count_text/* formatCount */.B)(maxHeldChars / 1024 / 1024)} Mi characters by this line; tunegate reads no text from JUnit XML, but the parser would hold it whole`, parser.line, "write the test output to a file of its own instead of into the report (pytest: junit_logging=no; Surefire: redirectTestOutputToFile)");
            return problem;
        },
        finish() {
            closing = true;
            if (problem === null)
                parser.close();
            if (problem !== null)
                return { ok: false, problems: [problem] };
            if (!sawSuite)
                return {
                    ok: false,
                    problems: [{ path: [], line: 1, message: "the XML has no <testsuite> element: not JUnit XML" }],
                };
            return { ok: true, contribution: contributionOf(file, suites, classes, model) };
        },
    };
}
function contributionOf(file, suites, classes, model) {
    const provenance = {
        format: "junit",
        file,
        model,
        modelArgs: null,
        version: null,
        limit: null,
        nShot: null,
        digest: null,
    };
    const benchmarks = [...suites].map(([name, cases]) => passRate(name, cases, provenance));
    const scored = benchmarks.reduce((sum, b) => sum + (b.n ?? 0), 0);
    // A test class is selectable too, unless a suite already has its name.
    for (const [name, cases] of classes)
        if (!suites.has(name))
            benchmarks.push({ ...passRate(name, cases, provenance), partOf: "its test suite" });
    const cases = [...suites.values()].reduce((sum, c) => sum + c.size, 0);
    return {
        file,
        format: "junit",
        toolVersion: null,
        model,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores: cases === 0
            ? "the file has no test cases"
            : scored === 0
                ? `none of its ${cases} test cases was scored (all errored or skipped)`
                : null,
    };
}
/** One test case written twice (pytest writes a teardown error as a second <testcase>) is one case, judged by its worst record. */
function merge(into, group, key, result) {
    const cases = into.get(group) ?? new Map();
    const earlier = cases.get(key);
    cases.set(key, earlier === undefined || RANK[result.outcome] > RANK[earlier.outcome] ? result : earlier);
    into.set(group, cases);
}
function passRate(name, cases, provenance) {
    const scores = new Map();
    let errored = 0;
    let skipped = 0;
    let flaky = 0;
    let passed = 0;
    for (const [key, c] of cases) {
        if (c.outcome === "error")
            errored++;
        else if (c.outcome === "skipped")
            skipped++;
        else {
            scores.set(key, c.outcome === "pass" ? 1 : 0);
            if (c.outcome === "pass")
                passed++;
        }
        if (c.flaky)
            flaky++;
    }
    return (0,reading/* benchmark */.aE)({
        name,
        metric: "pass_rate",
        value: scores.size === 0 ? 0 : passed / scores.size,
        n: scores.size,
        binary: true,
        scale: [0, 1],
        errored,
        skipped,
        flaky,
        examples: { kind: "keyed", scores },
        provenance,
    });
}
//# sourceMappingURL=junit.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lighteval.js


/** Metrics lighteval reports lower-is-better when the file's config_tasks does not say (perplexities, error rates). */
const lighteval_LOWER_IS_BETTER = /perplexity|bits_per_byte|bpb|^ter$|_error$|^wer$|^cer$/;
/**
 * lighteval's `results_<timestamp>.json` (lighteval's EvaluationTracker: `config_general`,
 * `results`, `versions`, `config_tasks`, `summary_tasks`). Each `suite|task|fewshot` key is a
 * benchmark under each of its metrics; `task` and `suite|task` select it too when no other key
 * shares them. The `all` row (an average over tasks) is not a benchmark. The examples per task are
 * `summary_tasks[task].truncated + non_truncated` (lighteval counts every sample as one or the
 * other). A reported stderr is kept only where it is the binomial one of 0/1 scores: for other
 * metrics lighteval's stderr.py may return the spread of bootstrap means, far below a real
 * standard error (eval-formats.md section 6). Per-sample details are parquet files, not read.
 */
const lightevalResults = {
    kind: "document",
    name: "lighteval",
    detect: (data) => (0,reading/* isObject */.Gv)(data["config_general"]) && (0,reading/* isObject */.Gv)(data["results"]),
    read(file, data) {
        const general = data["config_general"];
        const results = data["results"];
        const versions = (0,reading/* isObject */.Gv)(data["versions"]) ? data["versions"] : {};
        const configTasks = (0,reading/* isObject */.Gv)(data["config_tasks"]) ? data["config_tasks"] : {};
        const summaries = (0,reading/* isObject */.Gv)(data["summary_tasks"]) ? data["summary_tasks"] : {};
        const model = typeof general["model_name"] === "string" && general["model_name"] !== "" ? general["model_name"] : null;
        const limit = (0,reading/* finiteNumber */.vM)(general["max_samples"]);
        const tasks = Object.keys(results).filter((t) => t !== "all" && (0,reading/* isObject */.Gv)(results[t]));
        const shortCounts = new Map();
        for (const task of tasks)
            for (const short of shortNames(task))
                shortCounts.set(short, (shortCounts.get(short) ?? 0) + 1);
        const problems = [];
        const benchmarks = [];
        for (const task of tasks) {
            const row = results[task];
            const summary = (0,reading/* isObject */.Gv)(summaries[task]) ? summaries[task] : {};
            const counts = (0,reading/* readCounts */.ZQ)([
                [summary["truncated"], ["summary_tasks", task, "truncated"]],
                [summary["non_truncated"], ["summary_tasks", task, "non_truncated"]],
            ]);
            if (!counts.ok) {
                problems.push(...counts.problems);
                continue;
            }
            const [truncated, nonTruncated] = counts.counts;
            const n = truncated === null && nonTruncated === null ? null : (truncated ?? 0) + (nonTruncated ?? 0);
            const parts = task.split("|");
            const provenance = {
                format: "lighteval",
                file,
                model,
                modelArgs: null,
                version: versions[task] === undefined ? null : String(versions[task]),
                limit,
                nShot: parts.length >= 3 ? parts[2] : null,
                digest: (0,reading/* isObject */.Gv)(summary["hashes"]) && typeof summary["hashes"]["example"] === "string"
                    ? summary["hashes"]["example"]
                    : null,
            };
            const aliases = shortNames(task).filter((s) => shortCounts.get(s) === 1);
            const directions = directionsOf(configTasks[task], task);
            if (!(directions instanceof Map)) {
                problems.push(directions);
                break;
            }
            for (const [key, raw] of Object.entries(row)) {
                const value = (0,reading/* finiteNumber */.vM)(raw);
                if (value === null || key.endsWith("_stderr"))
                    continue;
                const outOfRange = (0,reading/* rangeProblem */.d4)(["results", task, key], key, value);
                if (outOfRange !== null) {
                    problems.push(outOfRange);
                    continue;
                }
                const reported = (0,reading/* finiteNumber */.vM)(row[`${key}_stderr`]);
                const binary = (0,reading/* looksBinomial */.iT)(value, reported, n);
                benchmarks.push((0,reading/* benchmark */.aE)({
                    name: task,
                    aliases,
                    metric: key,
                    value,
                    stderr: binary ? reported : null,
                    n,
                    binary,
                    higherIsBetter: directions.get(key) ?? !lighteval_LOWER_IS_BETTER.test(key),
                    provenance,
                }));
            }
        }
        if (problems.length > 0)
            return { ok: false, problems };
        const sha = typeof general["lighteval_sha"] === "string" &&
            general["lighteval_sha"] !== "" &&
            general["lighteval_sha"] !== "?"
            ? `git ${general["lighteval_sha"]}`
            : null;
        return {
            ok: true,
            contribution: {
                file,
                format: "lighteval",
                toolVersion: sha,
                model,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: benchmarks.length === 0 ? "the results file has no task results" : null,
            },
        };
    },
};
/** `suite|task|fewshot` is also `task` and `suite|task`. */
function shortNames(task) {
    const parts = task.split("|");
    return parts.length >= 3 ? [parts[1], `${parts[0]}|${parts[1]}`] : [];
}
/**
 * Each metric's `higher_is_better` as the task's config records it; or a metric_name past the name
 * cap, refused before it keys the map (3,000 such names of 20,000 characters took 6.3 s).
 */
function directionsOf(config, task) {
    const out = new Map();
    const metrics = (0,reading/* isObject */.Gv)(config) && Array.isArray(config["metrics"]) ? config["metrics"] : [];
    for (const [index, m] of metrics.entries()) {
        if (!(0,reading/* isObject */.Gv)(m))
            continue;
        const names = Array.isArray(m["metric_name"]) ? m["metric_name"] : [m["metric_name"]];
        const higher = m["higher_is_better"];
        for (const name of names) {
            if (typeof name !== "string")
                continue;
            const long = (0,name_cap/* nameTooLong */.W1)("the metric_name", name, undefined, [
                "config_tasks",
                task,
                "metrics",
                index,
                "metric_name",
            ]);
            if (long !== null)
                return long;
            if (typeof higher === "boolean")
                out.set(name, higher);
            else if ((0,reading/* isObject */.Gv)(higher) && typeof higher[name] === "boolean")
                out.set(name, higher[name]);
        }
    }
    return out;
}
//# sourceMappingURL=lighteval.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/lm-eval-results.js




/** Metrics lm-eval reports lower-is-better when a file predates its `higher_is_better` map. */
const lm_eval_results_LOWER_IS_BETTER = /perplexity|bits_per_byte|^ter$|brier_score/;
/** lm-eval's `results_<ts>.json`: v0.4 `metric,filter` keys and the v0.3 bare keys. */
const lmEvalResults = {
    kind: "document",
    name: "lm-eval",
    detect: (data) => (0,reading/* isObject */.Gv)(data["results"]) && (0,reading/* isObject */.Gv)(data["versions"]),
    read(file, data) {
        const results = data["results"];
        const versions = data["versions"];
        const nShot = (0,reading/* isObject */.Gv)(data["n-shot"]) ? data["n-shot"] : {};
        const nSamples = (0,reading/* isObject */.Gv)(data["n-samples"]) ? data["n-samples"] : {};
        const higher = (0,reading/* isObject */.Gv)(data["higher_is_better"]) ? data["higher_is_better"] : {};
        const configs = (0,reading/* isObject */.Gv)(data["configs"]) ? data["configs"] : {};
        const config = (0,reading/* isObject */.Gv)(data["config"]) ? data["config"] : {};
        const model = typeof data["model_name"] === "string"
            ? data["model_name"]
            : typeof config["model_args"] === "string"
                ? config["model_args"]
                : typeof config["model"] === "string"
                    ? config["model"]
                    : null;
        const limit = (0,reading/* finiteNumber */.vM)(config["limit"]);
        const identity = (0,evals_identity/* lmEvalIdentity */.KD)(modelArgsText(config["model_args"]), typeof data["model_name"] === "string" ? data["model_name"] : null);
        // Before any subtask name is looked up or kept: 3,000 subtasks of one group named with 20,000
        // characters took 31 s (V8 hashes such strings by their length alone).
        const longSubtask = longSubtaskName(data);
        if (longSubtask !== null)
            return { ok: false, problems: [longSubtask] };
        const problems = [];
        const out = [];
        for (const [task, row] of Object.entries(results)) {
            // Group rows (mmlu) repeat in `results` and `groups`; they stay selectable by name, and since
            // the plan names each benchmark it gates on, nothing sums them with their subtasks.
            if (!(0,reading/* isObject */.Gv)(row))
                continue;
            const samples = (0,reading/* isObject */.Gv)(nSamples[task]) ? nSamples[task] : {};
            // A group's sample_count is a count per metric (lm-eval 0.4.9+); each must be a count too.
            const perMetric = (0,reading/* isObject */.Gv)(row["sample_count"]) ? Object.entries(row["sample_count"]) : [];
            const counts = (0,reading/* readCounts */.ZQ)([
                [samples["effective"], ["n-samples", task, "effective"]],
                [samples["original"], ["n-samples", task, "original"]],
                [row["sample_len"], ["results", task, "sample_len"]],
                [(0,reading/* isObject */.Gv)(row["sample_count"]) ? undefined : row["sample_count"], ["results", task, "sample_count"]],
                ...perMetric.map(([key, value]) => [
                    value,
                    ["results", task, "sample_count", key],
                ]),
            ]);
            if (!counts.ok) {
                problems.push(...counts.problems);
                continue;
            }
            const [effective, original, sampleLen, sampleCount] = counts.counts;
            const n = effective ?? sampleLen ?? sampleCount;
            const leaves = leafSubtasks(data, task);
            const provenance = {
                format: "lm-eval",
                file,
                model,
                modelArgs: typeof config["model_args"] === "string" && config["model_args"] !== "" ? config["model_args"] : null,
                identity,
                version: versions[task] === undefined ? null : String(versions[task]),
                limit: effective !== null && original !== null && effective !== original ? effective : limit,
                nShot: nShot[task] === undefined ? null : String(nShot[task]),
                // task_hashes may cover prompts too, which legitimately differ between a base and an
                // instruct model; only the samples' doc and target hashes decide comparability.
                digest: null,
                ...runOf(data),
                ...(leaves.length === 0
                    ? {}
                    : {
                        subtasks: Object.fromEntries(leaves.map((leaf) => [leaf, nShot[leaf] === undefined ? null : String(nShot[leaf])])),
                    }),
            };
            for (const [key, value] of Object.entries(row)) {
                const score = (0,reading/* finiteNumber */.vM)(value);
                if (score === null || key.includes("_stderr") || key === "sample_len" || key === "sample_count")
                    continue;
                const [metricName] = key.split(",");
                const filter = key.includes(",") ? key.slice(key.indexOf(",") + 1) : null;
                const stderrKey = filter === null ? `${metricName}_stderr` : `${metricName}_stderr,${filter}`;
                const stderr = (0,reading/* finiteNumber */.vM)(row[stderrKey]);
                const outOfRange = (0,reading/* rangeProblem */.d4)(["results", task, key], metricName, score);
                if (outOfRange !== null)
                    problems.push(outOfRange);
                if (stderr !== null) {
                    // A group counts each metric's examples apart (sample_count per metric, lm-eval 0.4.9+).
                    const metricCount = perMetric.findIndex(([name]) => name === key);
                    const implausible = stderrProblem(["results", task, stderrKey], key, score, stderr, metricCount === -1 ? n : (counts.counts[4 + metricCount] ?? n));
                    if (implausible !== null)
                        problems.push(implausible);
                }
                const taskHigher = (0,reading/* isObject */.Gv)(higher[task]) ? higher[task][metricName] : undefined;
                const aggregation = aggregationOf(configs[task], metricName);
                out.push((0,reading/* benchmark */.aE)({
                    name: task,
                    metric: filter === null ? metricName : `${metricName},${filter}`,
                    value: score,
                    stderr,
                    // lm-eval 0.4.9+ counts a group's examples per metric (sample_count); its sample_len
                    // counts every subtask's, including those scored under other metrics.
                    n: perMetricCount(row, key) ?? n,
                    higherIsBetter: typeof taskHigher === "boolean" ? taskHigher : !lm_eval_results_LOWER_IS_BETTER.test(metricName),
                    binary: (0,reading/* looksBinomial */.iT)(score, stderr, n),
                    aggregation,
                    provenance,
                }));
            }
        }
        if (problems.length > 0)
            return { ok: false, problems };
        if (out.length === 0)
            return {
                ok: false,
                problems: [
                    { path: ["results"], message: `${file} is an lm-evaluation-harness results file with no task results` },
                ],
            };
        const version = typeof data["lm_eval_version"] === "string"
            ? data["lm_eval_version"]
            : typeof data["git_hash"] === "string"
                ? `git ${data["git_hash"]}`
                : null;
        return {
            ok: true,
            contribution: {
                file,
                format: "lm-eval",
                toolVersion: version,
                model,
                benchmarks: out,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: null,
            },
        };
    },
};
/** The aggregation a task's config names for a metric (`metric_list[].aggregation`), if a plain name. */
function aggregationOf(config, metricName) {
    const list = (0,reading/* isObject */.Gv)(config) && Array.isArray(config["metric_list"]) ? config["metric_list"] : [];
    const entry = list.find((m) => (0,reading/* isObject */.Gv)(m) && m["metric"] === metricName);
    return entry !== undefined && typeof entry["aggregation"] === "string" ? entry["aggregation"] : null;
}
/** model_args as lm-eval writes it: a "key=value,..." string, or (newer versions) an object. */
function modelArgsText(value) {
    if (typeof value === "string")
        return value;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        return Object.entries(value)
            .filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(",");
    }
    return null;
}
/** lm-eval stamps every results file with the run's start (`date`, epoch seconds) and its model. */
function runOf(data) {
    const date = (0,reading/* finiteNumber */.vM)(data["date"]);
    if (date === null)
        return {};
    const config = (0,reading/* isObject */.Gv)(data["config"]) ? data["config"] : {};
    return { run: `lm-eval:${date}:${String(data["model_name"] ?? "")}:${String(config["model_args"] ?? "")}` };
}
/** A group row's example count for one metric (lm-eval 0.4.9+ `sample_count: { "acc,none": 40 }`). */
function perMetricCount(row, key) {
    const counts = row["sample_count"];
    if (!(0,reading/* isObject */.Gv)(counts))
        return null;
    const value = counts[key];
    return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}
/** The first subtask named in `group_subtasks` past the name cap, as a problem at its place. */
function longSubtaskName(data) {
    const groups = (0,reading/* isObject */.Gv)(data["group_subtasks"]) ? data["group_subtasks"] : {};
    for (const [group, children] of Object.entries(groups)) {
        if (!Array.isArray(children))
            continue;
        for (const [index, child] of children.entries()) {
            if (typeof child !== "string")
                continue;
            const long = (0,name_cap/* nameTooLong */.W1)("the subtask", child, undefined, ["group_subtasks", group, index]);
            if (long !== null)
                return long;
        }
    }
    return null;
}
/** Every leaf task under a group (`group_subtasks`, nested groups walked), or none for a leaf. */
function leafSubtasks(data, task) {
    const groups = (0,reading/* isObject */.Gv)(data["group_subtasks"]) ? data["group_subtasks"] : {};
    const leaves = [];
    const seen = new Set();
    const walk = (name, depth) => {
        if (seen.has(name) || depth > 32)
            return;
        seen.add(name);
        const children = Array.isArray(groups[name])
            ? groups[name].filter((c) => typeof c === "string")
            : [];
        if (children.length === 0) {
            if (name !== task)
                leaves.push(name);
            return;
        }
        for (const child of children)
            walk(child, depth + 1);
    };
    walk(task, 0);
    return leaves.sort();
}
//# sourceMappingURL=lm-eval-results.js.map
// EXTERNAL MODULE: ./lib/engine/evals/formats/lm-eval-samples.js + 1 modules
var lm_eval_samples = __webpack_require__(4643);
;// CONCATENATED MODULE: ./lib/engine/evals/formats/promptfoo.js






/** promptfoo's ResultFailureReason: 0 none, 1 an assertion failed, 2 the provider errored. */
const FAILURE_REASON_ERROR = 2;
/**
 * promptfoo results in every shape it writes: `eval -o out.json` (V3 and V2 wrapped in an
 * OutputFile, the 2023 V1 without one), the Node API's summary (`{version, results[], stats}`)
 * and `-o out.jsonl` rows. Aggregates are derived from the rows (the file's own `metrics.score`
 * is a sum, not a mean); repeats are averaged per test; provider errors are a third state,
 * counted and never scored.
 */
const promptfooDocument = {
    kind: "document",
    name: "promptfoo",
    detect(data) {
        if (typeof data["evalId"] === "string" && (0,reading/* isObject */.Gv)(data["results"]))
            return true;
        if ((0,reading/* isObject */.Gv)(data["results"]) && data["results"]["version"] === 2)
            return true;
        // V1 files and the Node API's summary: no wrapper, the rows at the top.
        return ((data["version"] === 1 || data["version"] === 2 || data["version"] === 3) &&
            Array.isArray(data["results"]) &&
            ("table" in data || "stats" in data));
    },
    read(file, data) {
        const wrapped = (0,reading/* isObject */.Gv)(data["results"]);
        const summary = wrapped ? data["results"] : data;
        const raw = Array.isArray(summary["results"]) ? summary["results"] : [];
        const config = (0,reading/* isObject */.Gv)(data["config"]) ? data["config"] : {};
        const metadata = (0,reading/* isObject */.Gv)(data["metadata"]) ? data["metadata"] : {};
        const rowsPath = wrapped ? ["results", "results"] : ["results"];
        const rows = [];
        const problems = [];
        raw.forEach((r, index) => {
            if (!(0,reading/* isObject */.Gv)(r))
                return;
            const parsed = rowOf(r, [...rowsPath, index]);
            const problem = "message" in parsed ? parsed : longRowName(parsed, undefined, [...rowsPath, index]);
            if (problem !== null)
                problems.push(problem);
            else if (!("message" in parsed))
                rows.push(parsed);
        });
        if (problems.length > 0)
            return { ok: false, problems };
        // The suite is named after the config's description, or the file when it has none. A
        // description is prose a user wrote: one too long to be a name (a pasted paragraph) names
        // the suite by the file too, rather than making the file unreadable under the name cap.
        const written = config["description"];
        const description = typeof written === "string" && written !== "" && slug(written).length <= MAX_SUITE_CHARS
            ? written
            : (file.split("/").at(-1) ?? file).replace(/\.json$/, "");
        const version = typeof metadata["promptfooVersion"] === "string" ? metadata["promptfooVersion"] : null;
        const run = typeof data["evalId"] === "string" ? data["evalId"] : null;
        return { ok: true, contribution: promptfoo_contributionOf(file, slug(description), rows, version, run) };
    },
};
/**
 * A row's provider id or label, or its red-team plugin, past the name cap: checked before any of
 * them keys a map (a file of 3,000 providers with 20,000-character ids took 89 s).
 */
function longRowName(row, line, at) {
    return ((0,name_cap/* nameTooLong */.W1)("the provider id", row.providerId, line, [...at, "provider", "id"]) ??
        (0,name_cap/* nameTooLong */.W1)("the provider label", row.providerLabel ?? "", line, [...at, "provider", "label"]) ??
        (0,name_cap/* nameTooLong */.W1)("the red-team plugin", row.plugin ?? "", line, [...at, "metadata", "pluginId"]));
}
/** The longest suite name a description gives: room left under the name cap for @provider#prompt. */
const MAX_SUITE_CHARS = 512;
/** `promptfoo eval -o out.jsonl`: one result row per line, no config, no stats. */
const promptfooRows = {
    kind: "lines",
    name: "promptfoo",
    detect: (first) => "evalId" in first && "testIdx" in first,
    // `maxNames` is lowered only by tests, to show the cap cheaply.
    start(file, maxNames = name_cap/* MAX_NAMES_PER_FILE */.li) {
        const rows = [];
        // Every row's prompt, provider and plugin as one string each: JSON.parse makes a copy per
        // row, and a million rows of one 2 KB prompt template held 2 GB of copies.
        const shared = new Map();
        const distinct = { prompt: new Set(), provider: new Set(), plugin: new Set() };
        const intern = (text) => {
            const earlier = shared.get(text);
            if (earlier !== undefined)
                return earlier;
            shared.set(text, text);
            return text;
        };
        return {
            add(value, line) {
                // Rows are walked (their vars stringified): none may nest deeper than real output.
                if ((0,json_nesting/* nestsDeeperThan */.ix)(value))
                    return {
                        path: [],
                        line,
                        message: `the row nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no promptfoo output does`,
                    };
                const parsed = rowOf(value, []);
                if ("message" in parsed)
                    return { ...parsed, line };
                const long = longRowName(parsed, line, []);
                if (long !== null)
                    return long;
                // Each prompt, provider and plugin is a suite of its own: a file may name only so many.
                for (const [what, text, seen] of [
                    ["prompts", parsed.prompt, distinct.prompt],
                    ["providers", parsed.providerId, distinct.provider],
                    ["plugins", parsed.plugin, distinct.plugin],
                ]) {
                    if (text === null || seen.has(text))
                        continue;
                    if (seen.size >= maxNames)
                        return (0,name_cap/* tooManyNames */.wK)(what, maxNames, line, [what.slice(0, -1)]);
                    seen.add(text);
                }
                rows.push({
                    ...parsed,
                    prompt: intern(parsed.prompt),
                    providerId: intern(parsed.providerId),
                    providerLabel: parsed.providerLabel === null ? null : intern(parsed.providerLabel),
                    plugin: parsed.plugin === null ? null : intern(parsed.plugin),
                });
                return null;
            },
            finish: () => ({
                ok: true,
                contribution: promptfoo_contributionOf(file, slug((file.split("/").at(-1) ?? file).replace(/\.jsonl$/, "")), rows, null),
            }),
        };
    },
};
function rowOf(r, path) {
    const prompt = (0,reading/* isObject */.Gv)(r["prompt"]) ? r["prompt"] : {};
    const provider = (0,reading/* isObject */.Gv)(r["provider"]) ? r["provider"] : {};
    const providerId = (0,reading/* isObject */.Gv)(r["provider"])
        ? String(provider["id"] ?? "")
        : typeof r["provider"] === "string"
            ? r["provider"]
            : "";
    const providerLabel = typeof provider["label"] === "string" && provider["label"] !== "" ? provider["label"] : null;
    const response = (0,reading/* isObject */.Gv)(r["response"]) ? r["response"] : {};
    const metadata = (0,reading/* isObject */.Gv)(r["metadata"]) ? r["metadata"] : {};
    const plugin = typeof metadata["pluginId"] === "string" ? metadata["pluginId"] : null;
    // `error` is not the sign: promptfoo also writes an assertion's failure reason there
    // ("Latency 5794ms is greater than threshold 3000ms", failureReason 1). failureReason says it
    // when the file has it; older shapes only carry the provider's own response.error.
    const errored = typeof r["failureReason"] === "number"
        ? r["failureReason"] === FAILURE_REASON_ERROR
        : typeof response["error"] === "string" && response["error"] !== "";
    const score = typeof r["score"] === "number" && Number.isFinite(r["score"]) ? r["score"] : null;
    if (!errored && score !== null && (score < 0 || score > 1)) {
        return {
            path: [...path, "score"],
            message: `score ${score} is outside promptfoo's range [0, 1] (a weighted mean of assertion scores): data that cannot be true`,
        };
    }
    const cached = response["cached"] === true;
    const latency = typeof r["latencyMs"] === "number" && Number.isFinite(r["latencyMs"]) ? r["latencyMs"] : null;
    // A negative time would pull the p95 under any requirement.
    if (latency !== null && latency < 0)
        return {
            path: [...path, "latencyMs"],
            message: `latencyMs ${latency} is negative: data that cannot be true`,
            hint: "check that the file is the tool's own output, unedited",
        };
    return {
        // The index alone would pair two different tests that happen to sit at the same position:
        // the test's vars go into its identity, so a row pairs only with a row that ran the same test.
        test: typeof r["testIdx"] === "number"
            ? `t${r["testIdx"]}:${(0,fnv1a/* fnv1aHex */.GY)(JSON.stringify(r["vars"] ?? null))}`
            : // Long vars (a RAG context) are kept as a length and a hash, never whole per row.
                identityKey(`v${JSON.stringify(r["vars"] ?? null)}`),
        // A prompt longer than a plan can name is named by its position: kept as a length and a hash.
        prompt: identityKey(String(prompt["label"] ?? prompt["display"] ?? prompt["raw"] ?? "")),
        providerId,
        providerLabel,
        plugin,
        errored,
        success: r["success"] === true ? 1 : 0,
        score,
        // Red-team rows time attacker and grader rounds, errors time nothing, and a cached response
        // took no time at all: none of them says how fast the product answers.
        latencyMs: plugin === null && !errored && !cached ? latency : null,
    };
}
function promptfoo_contributionOf(file, suite, rows, toolVersion, run = null) {
    // Rows grouped in one pass: filtering all rows once per provider, prompt and plugin took time
    // that grew with their product (30,000 rows of as many prompts: 7 s).
    const byProvider = new Map();
    for (const r of rows) {
        const mine = byProvider.get(r.providerId);
        if (mine === undefined)
            byProvider.set(r.providerId, [r]);
        else
            mine.push(r);
    }
    const providers = [...byProvider.keys()].sort();
    const labelOf = new Map(rows.filter((r) => r.providerLabel !== null).map((r) => [r.providerId, r.providerLabel]));
    const promptIndex = new Map();
    for (const r of rows)
        if (r.plugin === null && !promptIndex.has(r.prompt))
            promptIndex.set(r.prompt, promptIndex.size);
    const prompts = [...promptIndex.keys()];
    const model = providers.length === 1 ? (labelOf.get(providers[0]) ?? providers[0]) : null;
    const identity = providers.length === 1
        ? { names: (0,evals_identity/* unique */.Am)([providers[0], labelOf.get(providers[0])]), adapter: null, revision: null }
        : null;
    const provenance = {
        format: "promptfoo",
        file,
        model,
        modelArgs: null,
        identity,
        version: null,
        limit: null,
        nShot: null,
        digest: null,
        ...(run === null ? {} : { run: `promptfoo:${run}` }),
    };
    const names = (provider, prompt) => {
        const promptPart = prompt === null || prompts.length <= 1 ? "" : `#${promptName(prompt, promptIndex)}`;
        if (providers.length <= 1)
            return { name: `${suite}${promptPart}`, aliases: [] };
        const label = labelOf.get(provider);
        return {
            name: `${suite}@${provider}${promptPart}`,
            aliases: label === undefined || label === provider ? [] : [`${suite}@${label}${promptPart}`],
        };
    };
    const benchmarks = [];
    for (const provider of providers) {
        // Each provider's rows are that provider's model: its id and label are their identity.
        const ownProvenance = {
            ...provenance,
            identity: { names: (0,evals_identity/* unique */.Am)([provider, labelOf.get(provider)]), adapter: null, revision: null },
        };
        const mine = byProvider.get(provider);
        const byPlugin = new Map();
        const byPrompt = new Map();
        for (const r of mine) {
            const into = r.plugin === null ? byPrompt : byPlugin;
            const key = r.plugin ?? r.prompt;
            const list = into.get(key);
            if (list === undefined)
                into.set(key, [r]);
            else
                list.push(r);
        }
        const suffix = providers.length > 1 ? `@${provider}` : "";
        const label = labelOf.get(provider);
        const aliasSuffix = providers.length > 1 && label !== undefined && label !== provider ? `@${label}` : null;
        const plugins = [...byPlugin.keys()].sort();
        const redTeam = (name, selected) => build({
            name: `${name}${suffix}`,
            aliases: aliasSuffix === null ? [] : [`${name}${aliasSuffix}`],
            metric: "resisted",
            rows: selected,
            value: (r) => r.success,
            provenance: ownProvenance,
            key: (r) => `${r.test}|${r.prompt}`,
        });
        for (const plugin of plugins)
            benchmarks.push(redTeam(plugin, byPlugin.get(plugin)));
        if (plugins.length > 0)
            benchmarks.push(redTeam("redteam", mine.filter((r) => r.plugin !== null)));
        for (const prompt of prompts) {
            const plain = byPrompt.get(prompt);
            if (plain === undefined)
                continue;
            const named = names(provider, prompt);
            benchmarks.push(...scored(named.name, named.aliases, plain, ownProvenance, (r) => r.test, false));
        }
    }
    const plain = rows.filter((r) => r.plugin === null);
    if (plain.length > 0 && (providers.length > 1 || prompts.length > 1)) {
        benchmarks.push(...scored(suite, [], plain, provenance, (r) => `${r.test}|${r.prompt}|${r.providerId}`, true));
    }
    const latencies = rows.map((r) => r.latencyMs).filter((l) => l !== null);
    const scoredRows = rows.filter((r) => !r.errored).length;
    return {
        file,
        format: "promptfoo",
        toolVersion,
        model,
        benchmarks,
        latencyP95Ms: (0,reading/* p95 */.f3)(latencies),
        ...(latencies.length === 0 ? {} : { latencyRowsMs: latencies }),
        categories: null,
        incomplete: null,
        noScores: rows.length === 0
            ? "the file has no result rows"
            : scoredRows === 0
                ? `all ${rows.length} rows errored (provider errors): nothing was scored`
                : null,
        // Each row once: a red-team row is in its plugin's suite and in `redteam`.
        examples: scoredRows,
    };
}
/** A prompt's name in a benchmark: its label when short enough to write in a plan, else its position. */
function promptName(prompt, position) {
    return /^[A-Za-z0-9][A-Za-z0-9_.:/ -]{0,59}$/.test(prompt) ? prompt : `prompt-${position.get(prompt) + 1}`;
}
function scored(name, aliases, rows, provenance, key, pooled) {
    const out = [build({ name, aliases, metric: "pass_rate", rows, value: (r) => r.success, provenance, key, pooled })];
    const live = rows.filter((r) => !r.errored);
    if (live.length > 0 && live.every((r) => r.score !== null))
        out.push(build({ name, aliases, metric: "score", rows, value: (r) => r.score, provenance, key, pooled }));
    return out;
}
/** Means per test (repeats averaged), errored rows counted apart and never scored. */
function build(input) {
    const sums = new Map();
    let errored = 0;
    for (const row of input.rows) {
        if (row.errored) {
            errored++;
            continue;
        }
        const key = input.key(row);
        const entry = sums.get(key) ?? { total: 0, count: 0 };
        entry.total += input.value(row);
        entry.count++;
        sums.set(key, entry);
    }
    const scores = new Map([...sums.entries()].map(([k, v]) => [k, v.total / v.count]));
    const values = [...scores.values()];
    const mean = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
    return (0,reading/* benchmark */.aE)({
        name: input.name,
        aliases: input.aliases,
        metric: input.metric,
        value: mean,
        n: values.length,
        binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
        errored,
        pooled: input.pooled ?? false,
        examples: { kind: "keyed", scores },
        provenance: input.provenance,
    });
}
function slug(text) {
    return (text
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_|_$/g, "") || "promptfoo");
}
//# sourceMappingURL=promptfoo.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/formats/ragas.js





/**
 * The columns of a Ragas sample that are not scores: the 0.2+ names (SingleTurnSample,
 * MultiTurnSample) and the 0.1 ones (question, contexts, answer, ground_truth).
 */
const SAMPLE_COLUMNS = new Set([
    "user_input",
    "retrieved_contexts",
    "reference_contexts",
    "response",
    "multi_responses",
    "reference",
    "rubrics",
    "reference_tool_calls",
    "reference_topics",
    "question",
    "contexts",
    "answer",
    "ground_truth",
    "ground_truths",
]);
/** What identifies a sample across runs, in order of preference: the question is the same in both runs, its position may not be. */
const SAMPLE_KEYS = ["user_input", "question"];
/** Ragas metrics that count what went wrong (noise_sensitivity: how often noise in the contexts led to a wrong claim). */
const ragas_LOWER_IS_BETTER = /^noise_sensitivity/;
/** Ragas's own metrics, every one of which lies in [0, 1]; a custom or rubric metric (1-5) is left unbounded. */
const ragas_UNIT_METRICS = /^(faithfulness|faithfulness_with_hhem|answer_relevancy|response_relevancy|context_precision|context_recall|llm_context_precision_with(out)?_reference|non_llm_context_precision_with_reference|llm_context_recall|non_llm_context_recall|context_entity_recall|answer_correctness|factual_correctness(\(.*\))?|answer_similarity|semantic_similarity|noise_sensitivity(_relevant|_irrelevant)?(\(.*\))?|bleu_score|rouge_score(\(.*\))?|string_present|exact_match|non_llm_string_similarity|tool_call_accuracy|agent_goal_accuracy(_with(out)?_reference)?|topic_adherence(\(.*\))?|summary_score|nv_accuracy|nv_context_relevance|nv_response_groundedness)$/;
/**
 * Ragas results as `EvaluationResult.to_pandas()` writes them: one record per sample with the
 * sample's columns and one column per metric, dumped as a JSON array (`to_dict("records")`,
 * `to_json(orient="records")`) or as JSON lines (`lines=True`). Per metric, a benchmark named
 * after it (`faithfulness`, `context_recall`) with the mean over the samples it scored; Ragas
 * writes NaN where a metric failed on a sample (a judge's timeout or refusal), which is counted as
 * errored and never scored. Samples pair across runs by their question.
 */
const ragasRecords = {
    kind: "records",
    name: "ragas",
    detect: (rows) => rows.length > 0 && rows.every((r) => (0,reading/* isObject */.Gv)(r) && SAMPLE_KEYS.some((k) => typeof r[k] === "string")),
    read(file, rows) {
        const collector = samples(file);
        const problems = [];
        rows.forEach((row, index) => {
            const problem = collector.add(row, [index]);
            if (problem !== null)
                problems.push(problem);
        });
        return problems.length > 0 ? { ok: false, problems } : { ok: true, contribution: collector.finish() };
    },
};
/** `to_json(orient="records", lines=True)`: the same records, one per line. */
const ragasLines = {
    kind: "lines",
    name: "ragas",
    detect: (first) => SAMPLE_KEYS.some((k) => typeof first[k] === "string") &&
        Object.keys(first).some((k) => !SAMPLE_COLUMNS.has(k)) &&
        !("doc_id" in first) &&
        !("evalId" in first),
    start(file, maxMetrics = name_cap/* MAX_NAMES_PER_FILE */.li, maxScores = MAX_RAGAS_SCORES) {
        const collector = samples(file, maxMetrics, maxScores);
        return {
            add(value, line) {
                if ((0,json_nesting/* nestsDeeperThan */.ix)(value))
                    return {
                        path: [],
                        line,
                        message: `the record nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no Ragas output does`,
                    };
                const problem = collector.add(value, []);
                return problem === null ? null : { ...problem, line };
            },
            finish: () => ({ ok: true, contribution: collector.finish() }),
        };
    },
};
/**
 * `to_pandas().to_csv()`: the same records as CSV (RFC 4180 quoting, a field may span lines). An
 * empty cell is pandas's NaN; the unnamed first column is pandas's index, not a metric; the
 * contexts columns are Python list text, not read.
 */
const ragasCsv = {
    kind: "stream",
    name: "ragas",
    detect(start) {
        if (/^\s*[<{[]/.test(start))
            return false;
        const header = csvHeader(start);
        return (header !== null &&
            SAMPLE_KEYS.some((k) => header.includes(k)) &&
            header.some((h) => h !== "" && !SAMPLE_COLUMNS.has(h)));
    },
    start(file) {
        const collector = samples(file);
        let header = null;
        let problem = null;
        const parser = csvParser((fields, line) => {
            if (problem !== null)
                return;
            if (header === null) {
                header = fields;
                return;
            }
            if (fields.length === 1 && fields[0] === "")
                return;
            if (fields.length !== header.length) {
                problem = {
                    path: [],
                    line,
                    message: `this row has ${fields.length} fields, the header ${header.length}: a field with a comma or a line break must be quoted`,
                };
                return;
            }
            const row = {};
            header.forEach((column, i) => {
                if (column !== "")
                    row[column] = csvValue(fields[i]);
            });
            const found = collector.add(row, []);
            if (found !== null)
                problem = { ...found, line };
        });
        return {
            write(chunk) {
                if (problem === null)
                    parser.write(chunk);
                if (problem === null && parser.oversized !== null)
                    problem = {
                        path: [],
                        line: parser.oversized,
                        message: `the CSV record starting on this line runs past ${(0,count_text/* formatCount */.B)(MAX_CSV_RECORD_CHARS / 1024 / 1024)} Mi characters; no Ragas row is near that, so a quoted field is probably never closed`,
                        hint: "close the field's quote, or write the results again with to_pandas().to_csv()",
                    };
                return problem;
            },
            finish() {
                if (problem === null) {
                    const open = parser.end();
                    if (open !== null)
                        problem = {
                            path: [],
                            line: open,
                            message: "a quoted field opened on this line is never closed: the file was cut short",
                        };
                }
                if (problem !== null)
                    return { ok: false, problems: [problem] };
                if (header === null)
                    return { ok: false, problems: [{ path: [], line: 1, message: "the CSV has no header row" }] };
                return { ok: true, contribution: collector.finish() };
            },
        };
    },
};
/** A CSV cell as pandas wrote it: empty or nan is NaN (null), a number is a number, anything else stays text. */
function csvValue(cell) {
    if (cell === "" || /^nan$/i.test(cell))
        return null;
    return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : cell;
}
/** The header row of CSV text, or null when the text has no complete first row. */
function csvHeader(text) {
    let header = null;
    const parser = csvParser((fields) => (header ??= fields));
    parser.write(text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n") + 1));
    parser.end();
    return header;
}
/**
 * The most characters one CSV record may hold: a Ragas row with its question, answer and contexts
 * is kilobytes, and a quoted field never closed by mistake would otherwise be read to the end of
 * the file and held whole (a 300 MB one took 4.3 GB and a minute, then crashed the process). As
 * much as one line of a JSONL file (MAX_LINE_BYTES).
 */
const MAX_CSV_RECORD_CHARS = 16 * 1024 * 1024;
/** Counts line feeds in `text` from `from` to `to`. */
function newlinesIn(text, from, to) {
    let count = 0;
    for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1))
        count++;
    return count;
}
/**
 * An incremental RFC 4180 parser: `write` takes any piece of the text, `onRecord` gets each row
 * with the line it started on; `end` flushes the last row and returns the line of a quoted field
 * left open, or null. A record past `maxRecordChars` stops the parser: `oversized` is then the
 * line it started on. Runs between delimiters are appended as slices, not a character at a time
 * (one string a character built a rope as long as the field).
 */
function csvParser(onRecord, maxRecordChars = MAX_CSV_RECORD_CHARS) {
    let fields = [];
    let field = "";
    let quoted = false;
    let quoteSeen = false;
    let line = 1;
    let recordLine = 1;
    let recordChars = 0;
    let dirty = false;
    let oversized = null;
    const endRecord = () => {
        fields.push(field);
        onRecord(fields, recordLine);
        fields = [];
        field = "";
        recordChars = 0;
        dirty = false;
    };
    return {
        write(chunk) {
            let i = 0;
            while (i < chunk.length && oversized === null) {
                if (quoted) {
                    if (quoteSeen) {
                        quoteSeen = false;
                        if (chunk[i] === '"') {
                            field += '"';
                            recordChars++;
                            i++;
                            continue;
                        }
                        quoted = false;
                    }
                    else {
                        const quote = chunk.indexOf('"', i);
                        const end = quote === -1 ? chunk.length : quote;
                        line += newlinesIn(chunk, i, end);
                        field += chunk.slice(i, end);
                        recordChars += end - i;
                        if (quote !== -1)
                            quoteSeen = true;
                        i = quote === -1 ? end : quote + 1;
                        if (recordChars > maxRecordChars)
                            oversized = recordLine;
                        continue;
                    }
                }
                const ch = chunk[i];
                if (ch === '"' && field === "") {
                    quoted = true;
                    dirty = true;
                    i++;
                }
                else if (ch === ",") {
                    fields.push(field);
                    field = "";
                    dirty = true;
                    recordChars++;
                    i++;
                }
                else if (ch === "\n") {
                    endRecord();
                    line++;
                    recordLine = line;
                    i++;
                }
                else if (ch === "\r") {
                    i++;
                }
                else {
                    // An unquoted run, to the next comma or line end (a quote inside it is text).
                    let end = i + 1;
                    while (end < chunk.length && chunk[end] !== "," && chunk[end] !== "\n" && chunk[end] !== "\r")
                        end++;
                    field += chunk.slice(i, end);
                    recordChars += end - i;
                    dirty = true;
                    i = end;
                    if (recordChars > maxRecordChars)
                        oversized = recordLine;
                }
            }
        },
        end() {
            if (quoted && !quoteSeen)
                return recordLine;
            if (dirty || field !== "" || fields.length > 0)
                endRecord();
            return null;
        },
        /** The line of a record past the cap, where the parser stopped; null while none was. */
        get oversized() {
            return oversized;
        },
    };
}
/**
 * The most scores (samples times metric columns) one Ragas file may hold. A score is two
 * characters of CSV ("1,") and about 70 bytes once kept by sample: a 100 MB CSV of 50,000 rows
 * and 1,000 metric columns took 78 s and 3.5 GB. Real runs hold thousands of samples under a few
 * dozen metrics.
 */
const MAX_RAGAS_SCORES = 5_000_000;
/** The caps are lowered only by tests, to show them cheaply. */
function samples(file, maxMetrics = name_cap/* MAX_NAMES_PER_FILE */.li, maxScores = MAX_RAGAS_SCORES) {
    let held = 0;
    // Past a cap the file is refused once: the records form would otherwise name every later row.
    let refused = false;
    const all = [];
    const seen = new Map();
    const metrics = new Set();
    return {
        add(row, path) {
            if (refused)
                return null;
            if (!(0,reading/* isObject */.Gv)(row))
                return { path, message: "a Ragas record must be an object of the sample's columns and its metrics' scores" };
            const question = SAMPLE_KEYS.map((k) => row[k]).find((v) => typeof v === "string");
            // The question is the sample's identity; a long one is kept as a length and a hash.
            const base = identityKey(question ?? `sample ${all.length + 1}`);
            // One question asked twice is two samples: the n-th repeat is its own.
            const times = (seen.get(base) ?? 0) + 1;
            seen.set(base, times);
            const scores = new Map();
            for (const [column, value] of Object.entries(row)) {
                if (SAMPLE_COLUMNS.has(column))
                    continue;
                // Python's NaN (a metric that failed on this sample) reads as null.
                if (value === null)
                    scores.set(column, null);
                else if (typeof value === "number" && Number.isFinite(value)) {
                    if (ragas_UNIT_METRICS.test(column) && (value < 0 || value > 1)) {
                        return {
                            path: [...path, column],
                            message: `score ${value} of metric "${column}" is outside Ragas's range [0, 1]: data that cannot be true`,
                            hint: "check that the file is Ragas's own output, unedited",
                        };
                    }
                    scores.set(column, value);
                }
                else
                    continue;
                // Each metric column is a benchmark: 200,000 of them in a 25 MB CSV took 32 s and 1.3 GB, then crashed.
                if (!metrics.has(column) && metrics.size >= maxMetrics) {
                    refused = true;
                    return (0,name_cap/* tooManyNames */.wK)("metric columns", maxMetrics, undefined, [...path, column]);
                }
                metrics.add(column);
            }
            held += scores.size;
            refused = held > maxScores;
            if (refused)
                return {
                    path,
                    message: `the file holds more than ${(0,count_text/* formatCount */.B)(maxScores)} scores (samples times metric columns) by this record, the most tunegate keeps from one Ragas file; no Ragas run scores that many`,
                    hint: "split the results into files of fewer samples or metrics",
                };
            all.push({ key: times === 1 ? base : `${base}#${times}`, scores });
            return null;
        },
        finish() {
            const provenance = {
                format: "ragas",
                file,
                model: null,
                modelArgs: null,
                version: null,
                limit: null,
                nShot: null,
                digest: null,
            };
            const benchmarks = [...metrics].map((metric) => metricBenchmark(metric, all, provenance));
            return {
                file,
                format: "ragas",
                toolVersion: null,
                model: null,
                benchmarks,
                latencyP95Ms: null,
                categories: null,
                incomplete: null,
                noScores: all.length === 0
                    ? "the file has no samples"
                    : metrics.size === 0
                        ? "its records carry no metric scores"
                        : benchmarks.every((b) => b.n === 0)
                            ? `every metric failed on every one of its ${all.length} samples (NaN)`
                            : null,
            };
        },
    };
}
function metricBenchmark(metric, all, provenance) {
    const scores = new Map();
    let errored = 0;
    let sum = 0;
    for (const sample of all) {
        const value = sample.scores.get(metric);
        // A sample without the column was not scored by this metric; a NaN one errored.
        if (value === undefined)
            continue;
        if (value === null)
            errored++;
        else {
            scores.set(sample.key, value);
            sum += value;
        }
    }
    const values = [...scores.values()];
    return (0,reading/* benchmark */.aE)({
        name: metric,
        metric: "score",
        value: scores.size === 0 ? 0 : sum / scores.size,
        n: scores.size,
        higherIsBetter: !ragas_LOWER_IS_BETTER.test(metric),
        scale: ragas_UNIT_METRICS.test(metric) ? [0, 1] : null,
        binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
        aggregation: "mean",
        errored,
        examples: { kind: "keyed", scores },
        provenance,
    });
}
//# sourceMappingURL=ragas.js.map
// EXTERNAL MODULE: ./lib/engine/evals/tunegate-format.js
var tunegate_format = __webpack_require__(8553);
;// CONCATENATED MODULE: ./lib/engine/evals/formats/tunegate.js


/** tunegate's own `{model, general, safety, task, latency_p95_ms}`: validated by its schema first. */
const tunegateFormat = {
    kind: "document",
    name: "tunegate",
    schema: tunegate_format/* evalResultSchema */.P,
    detect: (data) => typeof data["model"] === "string" &&
        ("general" in data || "safety" in data || "task" in data || "latency_p95_ms" in data || "latency_ms" in data),
    read(file, data) {
        const result = tunegate_format/* evalResultSchema */.P.parse(data);
        return { ok: true, contribution: fromTunegate(file, result) };
    },
};
function fromTunegate(file, result) {
    const provenance = {
        format: "tunegate",
        file,
        model: result.model,
        modelArgs: null,
        version: null,
        limit: null,
        nShot: null,
        digest: null,
    };
    const benchmarks = [];
    for (const category of ["general", "safety", "task"]) {
        for (const [name, value] of Object.entries(result[category])) {
            if (typeof value === "number")
                benchmarks.push((0,reading/* benchmark */.aE)({ name, metric: "score", value, provenance }));
            else if ("passed" in value)
                benchmarks.push((0,reading/* benchmark */.aE)({
                    name,
                    metric: "score",
                    value: value.passed / value.n,
                    n: value.n,
                    stderr: value.n > 1 ? Math.sqrt(((value.passed / value.n) * (1 - value.passed / value.n)) / (value.n - 1)) : null,
                    binary: true,
                    provenance,
                }));
            else
                benchmarks.push((0,reading/* benchmark */.aE)({ name, metric: "score", value: value.score, stderr: value.stderr, n: value.n, provenance }));
        }
    }
    return {
        file,
        format: "tunegate",
        toolVersion: null,
        model: result.model,
        benchmarks,
        latencyP95Ms: result.latency_ms === undefined ? (result.latency_p95_ms ?? null) : (0,reading/* p95 */.f3)(result.latency_ms),
        ...(result.latency_ms === undefined ? {} : { latencyRowsMs: result.latency_ms }),
        categories: {
            general: Object.keys(result.general),
            safety: Object.keys(result.safety),
            task: Object.keys(result.task),
        },
        incomplete: null,
        noScores: benchmarks.length === 0 ? "the file lists no scores" : null,
    };
}
//# sourceMappingURL=tunegate.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/registry.js











/**
 * Every eval format tunegate recognises, in detection order (eval-formats.md section 1). A new
 * format is one file in formats/, one line here and its name in input/eval-format-names.ts, from
 * which the plan schema and the report derive (test/engine/format-names.test.ts holds them equal).
 */
const EVAL_FORMATS = [
    inspectArchive,
    junitXml,
    ragasCsv,
    inspectJson,
    lightevalResults,
    lmEvalResults,
    promptfooDocument,
    deepevalRun,
    everyEvalEverAggregate,
    tunegateFormat,
    lm_eval_samples/* lmEvalSamples */.LK,
    promptfooRows,
    ragasRecords,
    ragasLines,
    garakReport,
    everyEvalEverSamples,
    {
        kind: "unsupported",
        name: "openai-evals",
        detectLine: (d) => "spec" in d || "final_report" in d || "run_id" in d,
    },
];
const EXPECTED_FORMATS = "lm-evaluation-harness results_*.json or samples_*.jsonl, promptfoo eval -o output (.json V1-V3 or .jsonl) or its Node API summary, an Inspect AI log (.json or .eval), JUnit XML (pytest --junitxml or any runner), DeepEval's .deepeval/.latest_test_run.json, Ragas results (to_pandas() records as .json, .jsonl or .csv), a garak *.report.jsonl, an Every Eval Ever aggregate (eval.schema.json) or its _samples.jsonl, lighteval results_*.json, or tunegate's own {model, general, safety, task} JSON";
//# sourceMappingURL=registry.js.map
;// CONCATENATED MODULE: ./lib/engine/evals/decode.js










/** Past this size an error in a JSON file is placed at its first line: re-parsing for positions would cost too much. */
const MAX_LOCATABLE_BYTES = 8 * 1024 * 1024;
const at = (file, line = 1, column = 1) => ({ file, line, column });
const problemAt = (file, message, hint) => ({
    kind: "invalid-value",
    message,
    location: at(file),
    field: "",
    ...(hint === undefined ? {} : { hint }),
});
function mismatch(file, found, declared) {
    return declared !== "auto" && declared !== found
        ? {
            ok: false,
            diagnostics: [
                problemAt(file, `${file} looks like ${found} output, but the plan says evals.format: ${declared}`),
            ],
        }
        : null;
}
/** One whole file: a JSON document (lm-eval results, promptfoo, an Inspect .json log, tunegate's own format) or a stream format read at once (JUnit XML not named .xml). */
function decodeDocument(file, text, declared) {
    // Stream formats (JUnit XML) are told apart from JSON by their first characters.
    const stream = startStream(file, text.slice(0, 65_536), declared);
    if (stream !== null) {
        if (!stream.ok)
            return stream;
        const problem = stream.reader.write(text);
        return problem !== null
            ? { ok: false, diagnostics: [lineDiagnostic(file, problem)] }
            : finishReading(file, stream.reader);
    }
    const parsed = parseEvalJson(file, text);
    if (!parsed.ok)
        return parsed;
    const data = parsed.value;
    if (Array.isArray(data)) {
        for (const format of EVAL_FORMATS) {
            if (format.kind !== "records" || !format.detect(data))
                continue;
            const wrong = mismatch(file, format.name, declared);
            if (wrong !== null)
                return wrong;
            return located(file, text, format.read(file, data));
        }
    }
    if (!(0,reading/* isObject */.Gv)(data))
        return {
            ok: false,
            diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)],
        };
    for (const format of EVAL_FORMATS) {
        if (format.kind === "unsupported") {
            if (format.detectDocument?.(data) === true)
                return {
                    ok: false,
                    diagnostics: [
                        problemAt(file, `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`),
                    ],
                };
            continue;
        }
        if (format.kind !== "document" || !format.detect(data))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null)
            return wrong;
        const schema = format.schema;
        if (schema !== undefined) {
            const valid = schema.safeParse(data);
            if (!valid.success)
                return {
                    ok: false,
                    diagnostics: (0,schema_diagnostics/* schemaDiagnostics */.m)(valid.error.issues, jsonSource(file, text, parseJsonNamingNonFinite(text)), schema),
                };
        }
        return located(file, text, format.read(file, data));
    }
    return {
        ok: false,
        diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)],
    };
}
/**
 * JSON text as an eval file's content: Python's bare NaN and Infinity read as missing, and three
 * things refused with their line and column that JSON.parse would let through: nesting deeper
 * than any eval output (the walks after parsing recurse) and more objects and values than the
 * text's size allows (64 MiB of `{}` took 4.7 GB), both counted before anything is built; and a
 * key written twice in one object (JSON keeps the last, so the score a reviewer reads first is
 * not the one judged).
 */
function parseEvalJson(file, text) {
    const excess = (0,json_work/* jsonWorkExcess */.dM)(text);
    if (excess !== null)
        return {
            ok: false,
            diagnostics: [
                { ...problemAt(file, unlikeAnyEvalOutput(excess)), location: at(file, excess.line, excess.column) },
            ],
        };
    let value;
    try {
        value = parseLenientJson(text);
    }
    catch (error) {
        const message = error instanceof RangeError ? "it is nested too deeply to read" : error.message;
        return {
            ok: false,
            diagnostics: [problemAt(file, `${file} is not valid JSON (${message}); expected ${EXPECTED_FORMATS}`)],
        };
    }
    const duplicate = firstDuplicateKey(text);
    if (duplicate !== null) {
        return {
            ok: false,
            diagnostics: [
                {
                    ...problemAt(file, `the key ${JSON.stringify(duplicate.key)} appears twice in one object; JSON keeps only the last, so delete one`),
                    location: at(file, duplicate.line, duplicate.column),
                },
            ],
        };
    }
    return { ok: true, value };
}
/** A limit of json-work.ts passed, said as what it means for an eval file. */
function unlikeAnyEvalOutput(excess) {
    const why = excess.reason === "depth"
        ? "no eval output tunegate reads does"
        : excess.reason === "key"
            ? "no eval tool writes one that long"
            : "no eval output tunegate reads is built like that";
    return `${excess.message}; ${why}`;
}
/**
 * A zip archive (an Inspect .eval log), its members read through `archive`. Each member a format
 * asks for is parsed here once, as any JSON eval file is (a problem names the member); after the
 * first problem, no other member is read or parsed.
 */
function decodeArchive(file, archive, declared) {
    for (const format of EVAL_FORMATS) {
        if (format.kind !== "archive" || !format.detect(archive.names))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null)
            return wrong;
        let memberProblem = null;
        const members = {
            names: archive.names,
            json: (name) => {
                if (memberProblem !== null)
                    return undefined;
                const text = archive.text(name);
                if (text === undefined)
                    return undefined;
                if (typeof text !== "string") {
                    memberProblem = [problemAt(`${file}:${name}`, `${file}: ${name} ${text.problem}`)];
                    return undefined;
                }
                const parsed = parseEvalJson(`${file}:${name}`, text);
                if (parsed.ok)
                    return parsed;
                memberProblem = parsed.diagnostics;
                return undefined;
            },
        };
        const result = format.read(file, members);
        if (memberProblem !== null)
            return { ok: false, diagnostics: memberProblem };
        return located(file, "", result);
    }
    return {
        ok: false,
        diagnostics: [
            problemAt(file, `${file} is a zip archive but not an Inspect .eval log (no header.json); expected ${EXPECTED_FORMATS}`),
        ],
    };
}
/**
 * A stream format (JUnit XML) when `start`, the file's first characters, is one: the shell then
 * feeds the rest in chunks (`write`) and calls `finishReading`. Null when no stream format matches.
 */
function startStream(file, start, declared) {
    for (const format of EVAL_FORMATS) {
        if (format.kind !== "stream" || !format.detect(start))
            continue;
        const wrong = mismatch(file, format.name, declared);
        if (wrong !== null && !wrong.ok)
            return wrong;
        return { ok: true, reader: format.start(file) };
    }
    return null;
}
/**
 * A read file's result, refused when it names more than `maxNames` benchmarks: a document of
 * 300,000 one-entry evaluation results (30 MB, under the size cap) took 4.3 s and 640 MB, and
 * listing it overflowed the stack. Or when a name (a benchmark's, its metric's or an alias) is
 * longer than MAX_NAME_CHARS: an lm-eval results file naming a task of 100,000 characters was
 * printed whole, twice, in every report. Streamed readers refuse both earlier, at the line; this
 * holds every format to the same rules.
 */
function withinNameCap(file, result, maxNames = name_cap/* MAX_NAMES_PER_FILE */.li) {
    if (!result.ok)
        return result;
    const names = new Set();
    for (const b of result.contribution.benchmarks) {
        const long = longNameOf(b);
        if (long !== null)
            return { ok: false, problems: [long] };
        names.add(b.name);
        if (names.size > maxNames) {
            const problem = (0,name_cap/* tooManyNames */.wK)("benchmarks", maxNames, undefined);
            // Placed where the plan names the file: the message names it.
            return { ok: false, problems: [{ ...problem, message: `${file}: ${problem.message}` }] };
        }
    }
    return result;
}
/** The problem of a benchmark's first name past MAX_NAME_CHARS, with the name it is about. */
function longNameOf(b) {
    const named = [
        ["the benchmark", b.name],
        ["the metric", b.metric],
        ...b.aliases.map((alias) => ["the benchmark's other name", alias]),
    ];
    for (const [what, name] of named) {
        const problem = (0,name_cap/* nameTooLong */.W1)(what, name, undefined, []);
        if (problem !== null)
            return { ...problem, name };
    }
    return null;
}
function isLongName(problem) {
    return "name" in problem;
}
/** The end of a streamed or line-by-line file: its contribution, or its problems at their lines. */
function finishReading(file, reader) {
    const finished = withinNameCap(file, reader.finish());
    if (finished.ok)
        return finished;
    return {
        ok: false,
        diagnostics: finished.problems.map((p) => (isLongName(p) ? unplacedLongName(file, p) : lineDiagnostic(file, p))),
    };
}
/** A JSON-lines file: the first line decides the format; the shell feeds the rest to the reader. */
function startLines(file, first, declared) {
    if ((0,reading/* isObject */.Gv)(first)) {
        for (const format of EVAL_FORMATS) {
            if (format.kind === "unsupported") {
                if (format.detectLine?.(first) === true)
                    return {
                        ok: false,
                        diagnostics: [
                            problemAt(file, `${file} is ${format.name} output, which tunegate does not read yet; expected ${EXPECTED_FORMATS}`),
                        ],
                    };
                continue;
            }
            if (format.kind !== "lines" || !format.detect(first))
                continue;
            if ((0,json_nesting/* nestsDeeperThan */.ix)(first))
                return {
                    ok: false,
                    diagnostics: [
                        problemAt(file, `the first line nests more than ${json_nesting/* MAX_JSON_NESTING */.V2} levels deep; no eval output tunegate reads does`),
                    ],
                };
            const wrong = mismatch(file, format.name, declared);
            if (wrong !== null && !wrong.ok)
                return wrong;
            const reader = format.start(file);
            return "add" in reader ? { ok: true, reader } : { ok: false, diagnostics: [lineDiagnostic(file, reader)] };
        }
    }
    return {
        ok: false,
        diagnostics: [problemAt(file, `${file} matches no eval format tunegate reads; expected ${EXPECTED_FORMATS}`)],
    };
}
/** A problem found in one line of a JSON-lines file, at that line. */
function lineDiagnostic(file, problem) {
    return {
        kind: "invalid-value",
        message: problem.message,
        location: at(file, problem.line ?? 1),
        field: (0,diagnostic/* formatFieldPath */.vZ)(problem.path),
        ...(problem.hint === undefined ? {} : { hint: problem.hint }),
    };
}
/**
 * A name too long to read, at its first place in the text: where its first 40 characters appear
 * as written (a name written with escapes there is placed at the file's start).
 */
function longNameDiagnostic(file, text, problem) {
    const { name, ...rest } = problem;
    const offset = text.indexOf(name.slice(0, 40));
    if (offset === -1)
        return unplacedLongName(file, problem);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { ...lineDiagnostic(file, rest), location: at(file, line, offset - before.lastIndexOf("\n")) };
}
/** A long name whose place is not known: a problem of the file as a whole, so its message names the file. */
function unplacedLongName(file, problem) {
    const { name: _name, ...rest } = problem;
    return lineDiagnostic(file, { ...rest, message: `${file}: ${rest.message}` });
}
/** Places a reader's problems at their line and column, scanning the text for positions only now. */
function located(file, text, read) {
    const result = withinNameCap(file, read);
    if (result.ok)
        return result;
    const long = result.problems.find((p) => isLongName(p) && p.line === undefined);
    if (long !== undefined)
        return { ok: false, diagnostics: [longNameDiagnostic(file, text, long)] };
    if (text === "" || text.length > MAX_LOCATABLE_BYTES || result.problems.every((p) => p.line !== undefined)) {
        return { ok: false, diagnostics: result.problems.map((p) => lineDiagnostic(file, p)) };
    }
    const source = jsonSource(file, text, null);
    return {
        ok: false,
        diagnostics: result.problems.map((p) => ({ ...lineDiagnostic(file, p), location: source.locate(p.path) })),
    };
}
//# sourceMappingURL=decode.js.map
// EXTERNAL MODULE: ./lib/engine/input/repo-path.js
var repo_path = __webpack_require__(6241);
// EXTERNAL MODULE: ./lib/shell/files.js
var shell_files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/repo-files.js
var repo_files = __webpack_require__(8026);
;// CONCATENATED MODULE: ./lib/shell/eval-files.js







const GLOB = /[*?[\]{}]/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Reads one side's eval files (paths, globs or a list, relative to the plan) into one run. */
async function readEvalSide(files, planPath, source, role, written, format) {
    if (written.length === 0)
        return { ok: true, run: undefined, realFiles: [] };
    const field = `evals.${role}`;
    const problem = (message, kind = "invalid-value", hint) => ({
        kind,
        message,
        location: source.locate(["evals", role]),
        field,
        ...(hint === undefined ? {} : { hint }),
    });
    const paths = [];
    for (const entry of written) {
        const resolved = (0,repo_path/* resolveRepoPath */.qo)(planPath, entry);
        if (!resolved.ok)
            return { ok: false, diagnostics: [problem(`path "${entry}" ${resolved.reason}`, "path-escape")] };
        if (!GLOB.test(entry))
            paths.push(resolved.path);
        else {
            const matched = await files.glob(resolved.path);
            if (matched.length === 0)
                return { ok: false, diagnostics: [problem(`no file matches "${entry}"`, "file-missing")] };
            paths.push(...matched);
        }
    }
    // One file under two names (a symbolic link) is read once, under the first name written.
    const byRealPath = new Map();
    for (const path of [...new Set(paths)].sort()) {
        const real = await files.canonical(path);
        if (!byRealPath.has(real))
            byRealPath.set(real, path);
    }
    const contributions = [];
    for (const path of byRealPath.values()) {
        const decoded = await decodeEvalFile(files, path, format);
        if (!decoded.ok) {
            // A problem with the file as a whole is placed where the plan names the file, so the
            // annotation lands on the plan; a problem inside its content, at that content.
            const wholeFile = (d) => d.field === "" && d.location.line === 1 && d.location.column === 1;
            return {
                ok: false,
                diagnostics: decoded.diagnostics.map((d) => wholeFile(d) ? { ...d, location: source.locate(["evals", role]), field } : d),
            };
        }
        contributions.push(decoded.contribution);
    }
    const assembled = (0,assemble/* assembleRun */.Ol)(contributions);
    if (!assembled.ok) {
        return {
            ok: false,
            diagnostics: assembled.conflicts.map((c) => problem(c.message, "invalid-value", "point evals." +
                role +
                " at one run's files (an old and a new run side by side?), or keep each suite in one file")),
        };
    }
    return { ok: true, run: assembled.run, realFiles: [...byRealPath.keys()] };
}
/** Decodes one eval file of any supported format; the engine decides, this only reads bytes. */
async function decodeEvalFile(files, path, declared) {
    if (path.endsWith(".jsonl"))
        return decodeJsonLines(files, path, declared);
    if (/\.xml$/i.test(path))
        return decodeStream(files, path, declared, "an .xml eval file must be JUnit XML (<testsuites> or <testsuite>)");
    if (/\.csv$/i.test(path))
        return decodeStream(files, path, declared, "a .csv eval file must be Ragas results (to_pandas().to_csv(), a user_input or question column)");
    const bytes = await files.bytes(path, shell_files/* MAX_EVAL_BYTES */.ay);
    if (!bytes.ok)
        return {
            ok: false,
            diagnostics: [
                {
                    kind: bytes.kind,
                    message: bytes.message,
                    location: { file: path, line: 1, column: 1 },
                    field: "",
                    ...(bytes.hint === undefined ? {} : { hint: bytes.hint }),
                },
            ],
        };
    if (ZIP_MAGIC.every((b, i) => bytes.bytes[i] === b)) {
        try {
            // Loaded for archives only: node:zlib is not needed by any other eval file.
            const { zipMembers } = await __webpack_require__.e(/* import() */ 553).then(__webpack_require__.bind(__webpack_require__, 2553));
            return decodeArchive(path, inflatingArchive(zipMembers(bytes.bytes)), declared);
        }
        catch (error) {
            return {
                ok: false,
                diagnostics: [
                    {
                        kind: "invalid-value",
                        message: `${path}: cannot read the Inspect log: ${error.message}`,
                        location: { file: path, line: 1, column: 1 },
                        field: "",
                    },
                ],
            };
        }
    }
    return decodeDocument(path, stripBom(bytes.bytes.toString("utf8")), declared);
}
/**
 * An archive's members decompressed on request, each to at most MAX_INFLATED_MEMBER_BYTES and all
 * of them together to MAX_INFLATED_ARCHIVE_BYTES: zlib stops there, so a 65 KB member that would
 * inflate to gigabytes costs what the cap does. Tests lower the caps to show them cheaply.
 */
function inflatingArchive(members, caps = { member: shell_files/* MAX_INFLATED_MEMBER_BYTES */.A4, archive: shell_files/* MAX_INFLATED_ARCHIVE_BYTES */.KV }) {
    let inflated = 0;
    return {
        names: members.map((m) => m.name),
        text(name) {
            const member = members.find((m) => m.name === name);
            if (member === undefined)
                return undefined;
            const left = caps.archive - inflated;
            const bytes = member.read(Math.min(caps.member, left));
            if (bytes === undefined) {
                return left < caps.member
                    ? {
                        problem: `decompresses past the ${mebibytes(caps.archive)} tunegate inflates from one archive in all (${mebibytes(inflated)} already read); no Inspect log is that large`,
                    }
                    : {
                        problem: `decompresses to more than ${mebibytes(caps.member)}, the most tunegate inflates of one member; no Inspect log's ${name} is that large`,
                    };
            }
            inflated += bytes.length;
            return stripBom(bytes.toString("utf8"));
        },
    };
}
const mebibytes = (bytes) => `${Math.round(bytes / (1024 * 1024))} MiB`;
/** Windows tools write a byte-order mark; JSON.parse refuses one. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
async function decodeJsonLines(files, path, declared) {
    let reader;
    let lineNumber = 0;
    const fail = (message, line = lineNumber) => ({
        ok: false,
        diagnostics: [lineDiagnostic(path, { path: [], line, message })],
    });
    try {
        for await (const batch of files.lineBatches(path)) {
            for (const read of batch) {
                lineNumber++;
                const line = lineNumber === 1 ? stripBom(read) : read;
                if (line.trim() === "")
                    continue;
                // What a line builds is bounded as a whole file's is; its depth is the readers' to judge.
                const excess = (0,json_work/* jsonWorkExcess */.dM)(line, Number.POSITIVE_INFINITY);
                if (excess !== null)
                    return {
                        ok: false,
                        diagnostics: [
                            {
                                ...lineDiagnostic(path, { path: [], line: lineNumber, message: unlikeAnyEvalOutput(excess) }),
                                location: { file: path, line: lineNumber, column: excess.column },
                            },
                        ],
                    };
                let value;
                try {
                    value = parseLenientJson(line);
                }
                catch (error) {
                    return fail(`not a JSON object (${error instanceof RangeError ? "nested too deeply" : error.message})`);
                }
                if (reader === undefined) {
                    const started = startLines(path, value, declared);
                    if (!started.ok)
                        return started;
                    reader = started.reader;
                }
                if (value === null || typeof value !== "object" || Array.isArray(value))
                    return fail("each line must be a JSON object");
                const problem = reader.add(value, lineNumber);
                if (problem !== null)
                    return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
            }
        }
    }
    catch (error) {
        if (error instanceof repo_files/* LineTooLongError */.dc)
            return fail(error.message, error.line);
        const located = error;
        return {
            ok: false,
            diagnostics: [
                {
                    kind: located.kind ?? "invalid-value",
                    message: `cannot read ${path}: ${error.message}`,
                    location: { file: path, line: located.line ?? lineNumber + 1, column: 1 },
                    field: "",
                },
            ],
        };
    }
    if (reader === undefined)
        return fail(`${path} is empty`, 1);
    return finishReading(path, reader);
}
/**
 * A text file of a stream format (JUnit XML, CSV), fed to its reader line by line as it is read:
 * memory follows what the reader keeps, never the file's size. Lines are split only to read in
 * pieces; the reader sees the text unchanged.
 */
async function decodeStream(files, path, declared, expected) {
    let reader;
    let lineNumber = 0;
    let start = "";
    const fail = (message, line = lineNumber) => ({
        ok: false,
        diagnostics: [lineDiagnostic(path, { path: [], line, message })],
    });
    // The reader the buffered start names, fed that start; or why there is none.
    const begin = () => {
        const started = startStream(path, start, declared);
        if (started === null)
            return fail(`${path} matches no eval format tunegate reads; ${expected}`, 1);
        if (!started.ok)
            return started;
        const problem = started.reader.write(start);
        return problem === null ? started.reader : { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
    };
    try {
        for await (const batch of files.lineBatches(path)) {
            for (const read of batch) {
                lineNumber++;
                const line = `${lineNumber === 1 ? stripBom(read) : read}\n`;
                if (reader === undefined) {
                    // The format is judged from the first 64 KiB, whatever their lines.
                    start += line;
                    if (start.length < 65_536)
                        continue;
                    const begun = begin();
                    if (!("write" in begun))
                        return begun;
                    reader = begun;
                    continue;
                }
                const problem = reader.write(line);
                if (problem !== null)
                    return { ok: false, diagnostics: [lineDiagnostic(path, problem)] };
            }
        }
    }
    catch (error) {
        if (error instanceof repo_files/* LineTooLongError */.dc)
            return fail(`a line of this file is longer than ${repo_files/* MAX_LINE_BYTES */.Oc / 1024 / 1024} MiB, the most tunegate reads at once; write it with line breaks (pytest, Surefire and pandas do)`, error.line);
        const located = error;
        return {
            ok: false,
            diagnostics: [
                {
                    kind: located.kind ?? "invalid-value",
                    message: `cannot read ${path}: ${error.message}`,
                    location: { file: path, line: located.line ?? lineNumber + 1, column: 1 },
                    field: "",
                },
            ],
        };
    }
    if (reader === undefined) {
        if (start.trim() === "")
            return fail(`${path} is empty`, 1);
        const begun = begin();
        if (!("write" in begun))
            return begun;
        reader = begun;
    }
    return finishReading(path, reader);
}
//# sourceMappingURL=eval-files.js.map

/***/ }),

/***/ 4770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ gitStream),
/* harmony export */   gitText: () => (/* binding */ gitText),
/* harmony export */   s: () => (/* binding */ gitBytes)
/* harmony export */ });
// child_process is loaded on the first git call, not at start-up: most runs (the CLI, the Action
// on a push) never call git, and loading it (with net, dgram and streams) cost about 5 ms a run.
/** Runs git (never through a shell) and returns its standard output as bytes; rejects when git fails. */
async function gitBytes(args, maxBuffer = 1024 * 1024) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    return new Promise((resolve, reject) => {
        execFile("git", args, { encoding: "buffer", maxBuffer }, (error, stdout) => error === null ? resolve(stdout) : reject(error));
    });
}
/** As gitBytes, as text. */
async function gitText(args, maxBuffer) {
    return (await gitBytes(args, maxBuffer)).toString("utf8");
}
/** git's standard output as a stream, for files too large to hold (its errors are ignored). */
async function gitStream(args) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
    return spawn("git", args, { stdio: ["ignore", "pipe", "ignore"] }).stdout;
}
//# sourceMappingURL=git-command.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ MAX_LINE_BYTES),
/* harmony export */   dc: () => (/* binding */ LineTooLongError),
/* harmony export */   gitRevisionFiles: () => (/* binding */ gitRevisionFiles),
/* harmony export */   rk: () => (/* binding */ workingTreeFiles)
/* harmony export */ });
/* unused harmony exports BATCH_LINES, splitLines */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6241);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97);
/* harmony import */ var _git_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4770);
/* harmony import */ var _engine_input_fnv1a_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4181);






/** Read size for streamed files. */
const CHUNK_BYTES = 64 * 1024;
/**
 * Most lines in one batch. Fewer line strings alive at a time means fewer survive each young
 * collection, and V8 then grows its heap less: on check with two 5M-line samples files (npm run
 * bench), whole 64 KiB chunks as batches peaked at 188-241 MB RSS, batches of 128 lines at
 * 147-167 MB (32 KiB chunks did about as well, with twice the reads).
 */
const BATCH_LINES = 128;
/** Folders no glob looks into: installed packages, and git's own data (whatever its case). */
function ignored(path) {
    return /(^|\/)node_modules(\/|$)/.test(path) || (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideGitDir */ .y9)(path);
}
function workingTreeFiles(root) {
    // Each eval file is located once and read once per run: its fingerprint and sha256 are taken
    // from the bytes as they are read, and asked of the file system only for a file not read whole
    // (2,000 eval files were each located five times and opened three times).
    const realPaths = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberedRealPaths */ .ty)(root);
    const digests = new Map();
    const locate = (path) => (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .locateRepoFile */ .L5)(root, path, realPaths);
    const opened = async (path) => {
        const located = await locate(path);
        if (!located.ok)
            throw new Error(located.message);
        const file = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegularFile */ .ZU)(located.real, located.path);
        if (!file.ok)
            throw new Error(file.message);
        return { handle: file.handle, real: located.real };
    };
    /** What `fingerprint` and `sha256` would find, from the bytes read, or by reading. */
    const known = async (path) => {
        const located = await locate(path);
        return located.ok ? digests.get(located.real) : undefined;
    };
    return {
        async read(path, maxBytes) {
            const located = await locate(path);
            return located.ok ? (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readLocatedFile */ .BN)(located, maxBytes) : located;
        },
        async bytes(path, maxBytes) {
            const located = await locate(path);
            if (!located.ok)
                return located;
            const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readLocatedFile */ .BN)(located, maxBytes, "buffer");
            if (read.ok)
                digests.set(located.real, await digestsOf(read.bytes));
            return read;
        },
        async *lineBatches(path) {
            const { handle, real } = await opened(path);
            try {
                const digesting = await startDigests();
                yield* splitLines(digesting.tap(chunksOf(handle)));
                // Only a file read to its end has a digest; a reader that stops early leaves none.
                digests.set(real, digesting.finish());
            }
            finally {
                await handle.close();
            }
        },
        async canonical(path) {
            const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepoPath */ .qo)("", path);
            if (!lexical.ok)
                return path;
            try {
                const [real, realRoot] = await Promise.all([
                    realPaths.of((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...lexical.path.split("/"))),
                    realPaths.root(),
                ]);
                const inside = real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
                    ? real
                        .slice(realRoot.length + 1)
                        .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
                        .join("/")
                    : null;
                // A path that leads outside or into .git/ comes back as written, for the read to refuse.
                if (inside === null || (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideGitDir */ .y9)(inside))
                    return lexical.path;
                // The canonical name is itself real: later questions about it need no realpath().
                realPaths.remember((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...inside.split("/")), real);
                return inside;
            }
            catch {
                return lexical.path;
            }
        },
        async fingerprint(path) {
            const read = await known(path);
            if (read !== undefined)
                return read.fingerprint;
            try {
                const { handle } = await opened(path);
                try {
                    const { size } = await handle.stat();
                    const first = await chunksOf(handle)[Symbol.asyncIterator]().next();
                    return fingerprintOf(size, first.done ? Buffer.alloc(0) : first.value);
                }
                finally {
                    await handle.close();
                }
            }
            catch {
                return null;
            }
        },
        async sha256(path) {
            const read = await known(path);
            if (read !== undefined)
                return read.sha256;
            try {
                const { handle } = await opened(path);
                try {
                    return await digestOf(chunksOf(handle));
                }
                finally {
                    await handle.close();
                }
            }
            catch {
                return null;
            }
        },
        // Compared chunk by chunk, stopping at the first difference: two runs of an eval tool differ
        // within their first bytes, so a gigabyte-sized pair costs one read each, not two full hashes.
        // Two files already read whole are compared by their sha256.
        async sameContent(a, b) {
            const [x, y] = [await known(a), await known(b)];
            if (x !== undefined && y !== undefined)
                return x.sha256 === y.sha256;
            try {
                const [first, second] = [(await opened(a)).handle, (await opened(b)).handle];
                try {
                    const [x, y] = [chunksOf(first)[Symbol.asyncIterator](), chunksOf(second)[Symbol.asyncIterator]()];
                    for (;;) {
                        const [p, q] = [await x.next(), await y.next()];
                        if (p.done || q.done)
                            return p.done === q.done;
                        if (!p.value.equals(q.value))
                            return false;
                    }
                }
                finally {
                    await Promise.all([first.close(), second.close()]);
                }
            }
            catch {
                return false;
            }
        },
        async glob(pattern) {
            const found = [];
            for await (const p of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd: root, exclude: (x) => ignored(String(x).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/")) }))
                found.push(String(p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"));
            return found.sort();
        },
    };
}
/**
 * The fingerprint: the file's size and FNV-1a of its first chunk (CHUNK_BYTES). It only picks
 * which files to compare byte for byte, so it needs no cryptographic hash (and loading
 * node:crypto cost more than hashing the first chunk).
 */
function fingerprintOf(size, firstChunk) {
    return `${size}:${((0,_engine_input_fnv1a_js__WEBPACK_IMPORTED_MODULE_4__/* .fnv1aBytes */ ._z)(firstChunk) >>> 0).toString(16)}`;
}
async function digestsOf(bytes) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    return {
        fingerprint: fingerprintOf(bytes.length, bytes.subarray(0, CHUNK_BYTES)),
        sha256: createHash("sha256").update(bytes).digest("hex"),
    };
}
/**
 * Digests taken while a stream goes by: each chunk is hashed before the next read reuses its
 * buffer, so the file is read once for its lines and its digests.
 */
async function startDigests() {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const hash = createHash("sha256");
    let size = 0;
    let first;
    return {
        async *tap(chunks) {
            for await (const chunk of chunks) {
                first ??= (0,_engine_input_fnv1a_js__WEBPACK_IMPORTED_MODULE_4__/* .fnv1aBytes */ ._z)(chunk) >>> 0;
                size += chunk.length;
                hash.update(chunk);
                yield chunk;
            }
        },
        finish: () => ({
            fingerprint: `${size}:${(first ?? _engine_input_fnv1a_js__WEBPACK_IMPORTED_MODULE_4__/* .FNV_OFFSET_BASIS */ .GM).toString(16)}`,
            sha256: hash.digest("hex"),
        }),
    };
}
/** Files as they were at `commit`, through the runner's own git: data only, nothing is run. */
function gitRevisionFiles(root, commit) {
    let treeOnce;
    const object = (path) => {
        const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepoPath */ .qo)("", path);
        if (!lexical.ok)
            throw new Error(`path "${path}" ${lexical.reason}`);
        return { object: `${commit}:${lexical.path}`, path: lexical.path };
    };
    const lookUpObjectId = async (path) => {
        try {
            return (await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_5__.gitText)(["-C", root, "rev-parse", "--verify", "--quiet", object(path).object])).trim() || null;
        }
        catch {
            return null;
        }
    };
    // Asked of git once per path: the copy check asks for each file's id, then again for each pair.
    const objectIds = new Map();
    const objectId = (path) => {
        let id = objectIds.get(path);
        if (id === undefined)
            objectIds.set(path, (id = lookUpObjectId(path)));
        return id;
    };
    // The sha256 of each file read whole or to its end, from the bytes git gave: no second `git show`.
    const digests = new Map();
    const show = async (path, maxBytes) => {
        let target;
        try {
            target = object(path);
        }
        catch (error) {
            return { ok: false, kind: "path-escape", message: error.message };
        }
        try {
            const size = await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_5__.gitText)(["-C", root, "cat-file", "-s", target.object]);
            if (Number(size.trim()) > maxBytes)
                return {
                    ok: false,
                    kind: "file-too-large",
                    message: `${target.path} at ${commit.slice(0, 7)} is ${size.trim()} bytes; the limit is ${maxBytes}`,
                };
            const bytes = await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_5__/* .gitBytes */ .s)(["-C", root, "show", target.object], maxBytes + 1024);
            digests.set(target.path, (await digestsOf(bytes)).sha256);
            return { ok: true, bytes };
        }
        catch {
            return {
                ok: false,
                kind: "file-missing",
                message: `${target.path} does not exist at ${commit.slice(0, 7)} (or that commit is not in the clone)`,
            };
        }
    };
    return {
        async read(path, maxBytes) {
            const result = await show(path, maxBytes);
            return result.ok ? { ok: true, text: result.bytes.toString("utf8") } : result;
        },
        bytes: show,
        async *lineBatches(path) {
            const target = object(path);
            const digesting = await startDigests();
            yield* splitLines(digesting.tap(await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_5__/* .gitStream */ .d)(["-C", root, "show", target.object])));
            digests.set(target.path, digesting.finish().sha256);
        },
        // A commit stores a symbolic link as its target's name, which no eval reader accepts.
        canonical: async (path) => {
            const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepoPath */ .qo)("", path);
            return lexical.ok ? lexical.path : path;
        },
        // Git's own object ids are digests of the whole content.
        fingerprint: objectId,
        async sha256(path) {
            const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepoPath */ .qo)("", path);
            const read = lexical.ok ? digests.get(lexical.path) : undefined;
            if (read !== undefined)
                return read;
            if ((await objectId(path)) === null)
                return null;
            try {
                return await digestOf(await (0,_git_command_js__WEBPACK_IMPORTED_MODULE_5__/* .gitStream */ .d)(["-C", root, "show", object(path).object]));
            }
            catch {
                return null;
            }
        },
        async sameContent(a, b) {
            const [x, y] = [await objectId(a), await objectId(b)];
            return x !== null && x === y;
        },
        async glob(pattern) {
            // A commit's tree never changes: it is listed once, however many patterns are matched against it.
            treeOnce ??= (0,_git_command_js__WEBPACK_IMPORTED_MODULE_5__.gitText)(["-C", root, "ls-tree", "-r", "--name-only", commit], 64 * 1024 * 1024).then((stdout) => stdout.split("\n").filter((p) => p !== "" && !ignored(p)));
            return (await treeOnce).filter((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.matchesGlob)(p, pattern)).sort();
        },
    };
}
/** sha256 of a byte stream, hex. node:crypto is loaded on the first digest: most runs take none. */
async function digestOf(chunks) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const hash = createHash("sha256");
    for await (const chunk of chunks)
        hash.update(chunk);
    return hash.digest("hex");
}
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
/**
 * No JSONL record tunegate reads comes near this; a longer line is a corrupt or hostile file,
 * and holding it whole is what would exhaust memory.
 */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
class LineTooLongError extends Error {
    name = "LineTooLongError";
    line;
    constructor(line) {
        super(`this line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the most tunegate reads as one JSONL record`);
        this.line = line;
    }
}
/**
 * The file's bytes, CHUNK_BYTES at a time, read into one buffer that is reused: a stream's fresh
 * buffer per chunk is external memory that lives until a garbage collection, and on 2 x 5M lines
 * those buffers held tens of megabytes at the peak. splitLines copies what it keeps.
 */
async function* chunksOf(handle) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0)
            return;
        yield buffer.subarray(0, bytesRead);
    }
}
/**
 * Splits a byte stream into lines, in batches of at most BATCH_LINES. Unlike readline's
 * one-promise-per-line iterator, nothing keeps a line alive past its batch. A line spread over many chunks is kept as
 * its pieces and joined once, so reading stays linear in the line's length (joining the carried
 * part to each new chunk made a 32 MB line take minutes), and it is refused past maxLineBytes.
 */
async function* splitLines(stream, maxLineBytes = MAX_LINE_BYTES) {
    let pieces = [];
    let pending = 0;
    let lineNumber = 1;
    const finish = (last, end) => {
        const whole = pieces.length === 0 ? last.subarray(0, end) : Buffer.concat([...pieces, last.subarray(0, end)]);
        pieces = [];
        pending = 0;
        const length = whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
        return whole.toString("utf8", 0, length);
    };
    for await (const raw of stream) {
        const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
        const batch = [];
        let start = 0;
        for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
            if (pending + end - start > maxLineBytes)
                throw new LineTooLongError(lineNumber);
            batch.push(finish(chunk.subarray(start), end - start));
            lineNumber++;
            start = end + 1;
            if (batch.length === BATCH_LINES)
                yield batch.splice(0);
        }
        if (start < chunk.length) {
            pending += chunk.length - start;
            if (pending > maxLineBytes)
                throw new LineTooLongError(lineNumber);
            // Copied: the stream may reuse the chunk's memory.
            pieces.push(Buffer.from(chunk.subarray(start)));
        }
        if (batch.length > 0)
            yield batch;
    }
    if (pending > 0)
        yield [finish(Buffer.alloc(0), 0)];
}
//# sourceMappingURL=repo-files.js.map

/***/ })

};

//# sourceMappingURL=891.index.js.map