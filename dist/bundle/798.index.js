export const id = 798;
export const ids = [798];
export const modules = {

/***/ 8362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ PREDICATE_TYPE),
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   t: () => (/* binding */ statementSchema),
/* harmony export */   yQ: () => (/* binding */ verdictPredicateSchema)
/* harmony export */ });
/* unused harmony export STATEMENT_TYPE */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3320);


/** in-toto Statement v1's type; https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md */
const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
/** tunegate's predicate: a stable URI that names this shape (documented in the README); a new shape gets a new version. */
const PREDICATE_TYPE = "https://tunegate.dev/attestation/verdict/v1";
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
/** What tunegate decided, and on what, for the artifacts in the statement's subject. */
const verdictPredicateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictSchema */ .$D.describe("the run's verdict over every plan: only pass lets `tunegate verify` allow a deploy"),
    evaluated_on: zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6().describe("the evaluation date (YYYY-MM-DD) the gates were judged on"),
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz("tunegate"), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    plans: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictSchema */ .$D,
        gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), level: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }))
            .describe("each gate's outcome"),
        rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["base", "head"]), base_sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })
            .describe("where the rules came from: the base branch's commit, or the head's own"),
        plan_sha256: sha256Hex
            .nullable()
            .describe("sha256 of the plan as applied (canonical JSON, after the base branch's rules)"),
        policy_sha256: sha256Hex
            .nullable()
            .describe("sha256 of the policy as applied (canonical JSON, after the base branch's rules)"),
        evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ side: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["candidate", "baseline"]), file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256: sha256Hex.nullable() }))
            .describe("every eval file the verdict rests on, by digest"),
        waivers_file: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256: sha256Hex.nullable() })
            .optional()
            .describe("the .tunegate/waivers.yml read beside the plan, by digest; absent when there was none"),
    })),
})
    .describe("tunegate verdict predicate (predicateType https://tunegate.dev/attestation/verdict/v1)"));
/** in-toto Statement v1: the subjects MUST carry a digest; the predicate is tunegate's. */
const statementSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    _type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(STATEMENT_TYPE),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]+$/))
            .refine((d) => Object.keys(d).length > 0, "a subject needs a digest"),
    }))
        .min(1),
    predicateType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    predicate: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional(),
})
    .describe("in-toto Statement v1"));
/** The statement for a run's artifacts: what was decided, where its rules came from, what it rests on. */
function buildStatement(run, subjects) {
    const plans = run.plans.flatMap((p) => ("report" in p ? [p.report] : []));
    const evaluatedOn = plans[0]?.evaluated_on ?? "1970-01-01";
    const predicate = {
        verdict: run.verdict,
        evaluated_on: evaluatedOn,
        tool: { name: "tunegate", version: run.tool_version },
        plans: plans.map((r) => ({
            file: r.plan.file,
            name: r.plan.name,
            verdict: r.verdict,
            gates: r.gates.map((g) => ({ id: g.id, outcome: g.outcome, level: g.level })),
            rules: { from: r.rules.from, base_sha: r.rules.base_sha },
            plan_sha256: r.rules.plan_sha256,
            policy_sha256: r.rules.policy_sha256,
            evidence: ["candidate", "baseline"].flatMap((side) => (r.evals[side] ?? []).map((s) => ({ side, file: s.file, sha256: s.sha256 }))),
            ...(r.rules.waivers_file === undefined ? {} : { waivers_file: r.rules.waivers_file }),
        })),
    };
    return {
        _type: STATEMENT_TYPE,
        subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
        predicateType: PREDICATE_TYPE,
        predicate,
    };
}
//# sourceMappingURL=statement.js.map

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
/* harmony import */ var _input_severities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7070);


const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["pass", "warn", "fail"]);
const failOnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_input_severities_js__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON_VALUES */ .Q);
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

/***/ 6788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatCount)
/* harmony export */ });
/**
 * `1,000,000` for counts in reports and messages: digits grouped by threes with commas, as
 * `toLocaleString("en-US")` writes an integer. Written out because the first call into the
 * locale data costs about 20 ms of a run's start-up (measured on Node 24), for one separator.
 */
function formatCount(n) {
    return Math.round(n)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
//# sourceMappingURL=count-text.js.map

/***/ }),

/***/ 9552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ MAX_JSON_NESTING),
/* harmony export */   ix: () => (/* binding */ nestsDeeperThan),
/* harmony export */   q1: () => (/* binding */ lineAndColumn)
/* harmony export */ });
/**
 * Eval outputs nest about a dozen levels (Inspect logs the most). JSON.parse itself copes with
 * any depth, but the walks after it (JSON.stringify of promptfoo vars, schema checks) recurse,
 * and 5,000 levels overflowed the stack: "internal error: Maximum call stack size exceeded".
 */
const MAX_JSON_NESTING = 512;
/**
 * True when a parsed JSON value nests deeper than `max` levels. Iterative, and it visits values,
 * not characters, so checking every line of a large samples file costs little next to JSON.parse.
 */
function nestsDeeperThan(value, max = MAX_JSON_NESTING) {
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node === null || typeof node !== "object")
            continue;
        if (depth > max)
            return true;
        for (const child of Array.isArray(node) ? node : Object.values(node)) {
            if (child !== null && typeof child === "object")
                stack.push([child, depth + 1]);
        }
    }
    return false;
}
/** 1-based line and column of an offset in text. */
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
//# sourceMappingURL=json-nesting.js.map

/***/ }),

/***/ 7997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ jsonWorkExcess)
/* harmony export */ });
/* unused harmony exports CONTAINER_BYTES, VALUE_BYTES, WORK_PER_CHARACTER, FREE_BYTES, MAX_KEY_CHARS, workBytes, workAllowance, countJsonWork */
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);
/* harmony import */ var _count_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6788);


/**
 * What JSON.parse builds costs memory by what the text creates, not by its size: 64 MiB of `{}`
 * became 21 million objects and drove the process to 4.7 GB. These figures are V8's, measured
 * (node 24, `--expose-gc`, a million of each in one array): an empty object 64 bytes, an array of
 * one number 64, an empty array 40; a number, string or property slot 8 to 40. The model rounds
 * each up: every object or array costs CONTAINER_BYTES, every other value and every key VALUE_BYTES.
 */
const CONTAINER_BYTES = 64;
const VALUE_BYTES = 16;
/**
 * The model's cost may be at most this many times the text's length (plus FREE_BYTES): real eval
 * outputs cost under 4 (the densest, lm-eval samples lines, 3.7), `{}` repeated costs 21. With
 * the characters of strings (at most twice the text, as UTF-16), what is read stays within about
 * ten times its size.
 */
const WORK_PER_CHARACTER = 8;
/** Small texts are never refused for their density: a megabyte of model cost is nothing. */
const FREE_BYTES = 1024 * 1024;
/**
 * The longest object key read, as written. V8 hashes a string of more than 16,383 characters by
 * its length alone, and JSON.parse interns every key: an lm-eval results file of 1,500 tasks
 * named with 20,000 characters each (60 MB) took 7 s to read, and JSON.parse alone took 16 s on
 * 3,000 of them.
 * No eval output, feed or answer tunegate reads has keys near this long.
 */
const MAX_KEY_CHARS = 16_383;
/** The model's cost of what parsing creates. */
function workBytes(work) {
    return work.containers * CONTAINER_BYTES + work.values * VALUE_BYTES;
}
/** The most a text of `length` characters may create, by the model. */
function workAllowance(length) {
    return WORK_PER_CHARACTER * length + FREE_BYTES;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Characters a bare value (number, true, false, null, NaN, Infinity) can start with. */
function startsBareValue(c) {
    return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x74 || c === 0x66 || c === 0x6e || c === 0x4e || c === 0x49;
}
/**
 * Counts, in one pass over the text and before anything is built, what JSON.parse would create,
 * and stops at the first character past a limit: nesting deeper than `maxDepth`, a model cost
 * (see CONTAINER_BYTES) above `allowance`, or a key longer than MAX_KEY_CHARS. For text JSON.parse accepts, the counts are exactly
 * the objects, arrays, keys and values it builds. Text that is not JSON is counted as far as it
 * goes and left to JSON.parse to refuse.
 */
function jsonWorkExcess(text, maxDepth = _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_JSON_NESTING */ .V2, allowance = workAllowance(text.length)) {
    return scanJsonWork(text, maxDepth, allowance).excess;
}
/** What JSON.parse would build from the text, counted without building it (no limits). */
function countJsonWork(text) {
    return scanJsonWork(text, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY).work;
}
function scanJsonWork(text, maxDepth, allowance) {
    let containers = 0;
    let values = 0;
    let depth = 0;
    // Whether each open container is an object (its strings after { or , are keys), innermost last.
    const inObject = [];
    // The last character outside strings and whitespace: a bare value starts after [ , : or nothing.
    let previous = 0x2c;
    const excess = (reason, offset, keyChars = 0) => {
        const work = { containers, values };
        const message = reason === "depth"
            ? `the JSON nests more than ${maxDepth} levels deep`
            : reason === "key"
                ? `the JSON has a key of ${(0,_count_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(keyChars)} characters, more than the ${(0,_count_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(MAX_KEY_CHARS)} tunegate reads in a key`
                : `the JSON builds more than its size allows: ${(0,_count_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(containers)} objects and arrays and ${(0,_count_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(values)} values by here, about ${megabytes(workBytes(work))} of memory once read, more than ${WORK_PER_CHARACTER} times the ${megabytes(text.length)} of text`;
        return { excess: { reason, offset, ...(0,_json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAndColumn */ .q1)(text, offset), message, work }, work };
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            const close = closingQuote(text, i);
            const isKey = inObject[inObject.length - 1] === true && (previous === 0x7b || previous === 0x2c);
            if (isKey && close - i - 1 > MAX_KEY_CHARS)
                return excess("key", i, close - i - 1);
            i = close;
            previous = QUOTE;
        }
        else if (c === 0x7b || c === 0x5b) {
            containers++;
            if (++depth > maxDepth)
                return excess("depth", i);
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            inObject.push(c === 0x7b);
            previous = c;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth--;
            inObject.pop();
            previous = c;
        }
        else if (c === 0x2c || c === 0x3a)
            previous = c;
        else if (startsBareValue(c) && (previous === 0x2c || previous === 0x3a || previous === 0x5b)) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            previous = c;
        }
        else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            previous = c;
    }
    return { excess: null, work: { containers, values } };
}
/** The offset of the quote that closes the string opened at `open` (the text's end if none). */
function closingQuote(text, open) {
    for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return at;
    }
    return text.length;
}
function megabytes(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
//# sourceMappingURL=json-work.js.map

/***/ }),

/***/ 6241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qo: () => (/* binding */ resolveRepoPath),
/* harmony export */   y9: () => (/* binding */ isInsideGitDir)
/* harmony export */ });
/* unused harmony exports INSIDE_GIT_DIR, isGitDirName */
/**
 * Resolves a path written in a plan (relative to the plan's folder) to a repository-relative
 * POSIX path, or explains why it may not be used. Lexical only: the shell also checks symlinks.
 */
function resolveRepoPath(planFile, written) {
    if (written.includes("\0"))
        return { ok: false, reason: "contains a NUL byte" };
    const normalised = written.replaceAll("\\", "/");
    if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
        return { ok: false, reason: "is absolute; write it relative to the plan file" };
    }
    const planDir = planFile.replaceAll("\\", "/").split("/").slice(0, -1);
    const segments = [...planDir];
    for (const part of normalised.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (segments.length === 0)
                return { ok: false, reason: "escapes the repository" };
            segments.pop();
        }
        else
            segments.push(part);
    }
    if (segments.length === 0)
        return { ok: false, reason: "names the repository root, not a file" };
    if (segments.some(isGitDirName))
        return { ok: false, reason: INSIDE_GIT_DIR };
    return { ok: true, path: segments.join("/") };
}
/**
 * Why nothing under `.git/` is read, whatever names it: actions/checkout leaves the job's token in
 * `.git/config`, hooks and packed refs are no data of the user's, and an error quoting such a file
 * would post a credential to the pull request.
 */
const INSIDE_GIT_DIR = "is inside .git/, which tunegate never reads or writes (it holds git's own data and the job's credentials)";
/**
 * A `.git` path segment, as any file system the runner may use would resolve it: case-insensitive
 * (macOS, Windows) and with the trailing dots and spaces Windows drops (`.git.`, `.GIT `).
 */
function isGitDirName(segment) {
    return segment.replace(/[. ]+$/, "").toLowerCase() === ".git";
}
/** Whether a repository-relative POSIX path lies inside a `.git` folder (or is one). */
function isInsideGitDir(repoRelative) {
    return repoRelative.split("/").some(isGitDirName);
}
//# sourceMappingURL=repo-path.js.map

/***/ }),

/***/ 4798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/input/dates.js
var dates = __webpack_require__(4560);
// EXTERNAL MODULE: ./lib/engine/attestation/statement.js
var attestation_statement = __webpack_require__(8362);
;// CONCATENATED MODULE: ./lib/engine/attestation/verify.js


/**
 * Checks, at deploy time, that a tunegate statement covers this artifact and allows it: the
 * subject's digest, the predicate type, verdict pass, its age and (optionally) the policy digest.
 * Signatures are `gh attestation verify`'s job; this reads what it verified.
 */
function verifyAttestation(request) {
    const found = statementsIn(request.document);
    if (found.length === 0) {
        return {
            decision: "bad-input",
            reason: `${request.file} holds no in-toto statement: expected a Statement v1 (tunegate check --attestation), the JSON that gh attestation verify --format json prints, or a Sigstore bundle`,
        };
    }
    const ours = found.filter((f) => f.statement.predicateType === attestation_statement/* PREDICATE_TYPE */.To);
    if (ours.length === 0) {
        const types = [...new Set(found.map((f) => f.statement.predicateType))].join(", ");
        return { decision: "refuse", reason: `no tunegate verdict: the predicate type is ${types}, not ${attestation_statement/* PREDICATE_TYPE */.To}` };
    }
    const matching = ours.filter((f) => f.statement.subject.some((s) => s.digest["sha256"] === request.artifactSha256));
    if (matching.length === 0) {
        const subjects = ours.flatMap((f) => f.statement.subject.map((s) => `${s.name ?? "_"} (sha256:${(s.digest["sha256"] ?? "none").slice(0, 12)}…)`));
        return {
            decision: "refuse",
            reason: `the artifact (sha256:${request.artifactSha256}) is not a subject of the statement; it covers ${subjects.join(", ")}: the file changed since it was judged, or this is another artifact`,
        };
    }
    const judged = [];
    for (const f of matching) {
        const parsed = attestation_statement/* verdictPredicateSchema */.yQ.safeParse(f.statement.predicate);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            return {
                decision: "bad-input",
                reason: `${request.file}: the predicate does not have tunegate's verdict shape at predicate.${issue.path.join(".")}: ${issue.message}`,
            };
        }
        judged.push({ found: f, predicate: parsed.data, date: f.witnessed ?? parsed.data.evaluated_on });
    }
    // Several statements for one artifact (re-runs): the latest decides.
    const latest = judged.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
    const p = latest.predicate;
    if (p.verdict !== "pass") {
        const blocking = p.plans.flatMap((plan) => plan.gates
            .filter((g) => g.level === "error" || (p.verdict === "warn" && g.level === "warning"))
            .map((g) => `${plan.name}: ${g.id} ${g.outcome}`));
        return {
            decision: "refuse",
            reason: `the verdict is ${p.verdict}, not pass${blocking.length === 0 ? "" : ` (${blocking.join("; ")})`}`,
        };
    }
    const age = (0,dates/* daysBetween */.YM)(latest.date, request.today);
    if (age < 0)
        return { decision: "refuse", reason: `the statement is dated ${latest.date}, after today (${request.today})` };
    if (request.maxAgeDays !== undefined && age > request.maxAgeDays) {
        return {
            decision: "refuse",
            reason: `the verdict is ${age} days old (${latest.found.witnessed === null ? "evaluated on" : "witnessed on"} ${latest.date}), more than --max-age-days ${request.maxAgeDays}: re-run the check`,
        };
    }
    if (request.policyDigest !== undefined) {
        const other = p.plans.filter((plan) => plan.policy_sha256 !== request.policyDigest);
        if (other.length > 0 || p.plans.length === 0) {
            return {
                decision: "refuse",
                reason: `the policy as applied is not sha256:${request.policyDigest} (${other.map((plan) => `${plan.name}: ${plan.policy_sha256 === null ? "none recorded" : `sha256:${plan.policy_sha256}`}`).join("; ") || "no plan recorded"})`,
            };
        }
    }
    const plans = p.plans
        .map((plan) => `${plan.name} (rules from ${plan.rules.from === "base" && plan.rules.base_sha !== null ? `base ${plan.rules.base_sha.slice(0, 7)}` : "head"})`)
        .join(", ");
    return {
        decision: "deploy",
        message: `verdict pass for sha256:${request.artifactSha256}, ${latest.date} (${age} day${age === 1 ? "" : "s"} ago), tunegate ${p.tool.version}: ${plans}`,
    };
}
/** Every in-toto statement a document holds, in whichever wrapping it came. */
function statementsIn(document) {
    const entries = Array.isArray(document) ? document : [document];
    const found = [];
    for (const entry of entries) {
        if (!isObject(entry))
            continue;
        const result = entry["verificationResult"];
        if (isObject(result)) {
            // gh attestation verify --format json: [{ attestation: { bundle }, verificationResult: { statement, verifiedTimestamps, ... } }]
            const statement = attestation_statement/* statementSchema */.t.safeParse(result["statement"]);
            if (statement.success)
                found.push({ statement: statement.data, witnessed: witnessedDate(result["verifiedTimestamps"]) });
            continue;
        }
        const envelope = isObject(entry["dsseEnvelope"])
            ? entry["dsseEnvelope"]
            : entry["payloadType"] !== undefined
                ? entry
                : undefined;
        const payload = envelope === undefined ? undefined : envelope["payload"];
        const parsed = attestation_statement/* statementSchema */.t.safeParse(typeof payload === "string" ? decodePayload(payload) : entry);
        if (parsed.success)
            found.push({ statement: parsed.data, witnessed: null });
    }
    return found;
}
/** The latest witnessed time's day (YYYY-MM-DD), or null when none is given. */
function witnessedDate(timestamps) {
    if (!Array.isArray(timestamps))
        return null;
    const days = timestamps.flatMap((t) => isObject(t) && typeof t["timestamp"] === "string" && !Number.isNaN(Date.parse(t["timestamp"]))
        ? [new Date(t["timestamp"]).toISOString().slice(0, 10)]
        : []);
    return days.length === 0 ? null : days.sort().at(-1);
}
/** A DSSE envelope's base64 payload, as JSON (undefined when it is not). */
function decodePayload(payload) {
    try {
        const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
        return JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
//# sourceMappingURL=verify.js.map
// EXTERNAL MODULE: ./lib/engine/input/json-work.js
var json_work = __webpack_require__(7997);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
// EXTERNAL MODULE: ./lib/shell/cli/io.js
var cli_io = __webpack_require__(6607);
;// CONCATENATED MODULE: ./lib/shell/cli/verify-command.js








/** Statements are small; gh's JSON for a few attestations is tens of kilobytes. */
const MAX_ATTESTATION_BYTES = 16 * 1024 * 1024;
const DIGEST = /^sha256:([0-9a-f]{64})$/;
/**
 * `tunegate verify`, at deploy time: the statement against the artifact about to ship. Exit 0
 * deploy, 1 refuse (with the reason), 2 bad input. Offline: it reads two files and the clock.
 */
async function verifyCommand(args, io) {
    const { values } = (0,flags/* parseFlags */.bQ)(args, {
        attestation: { type: "string" },
        artifact: { type: "string" },
        digest: { type: "string" },
        "max-age-days": { type: "string" },
        "policy-digest": { type: "string" },
        today: { type: "string" },
    });
    if (values.attestation === undefined)
        throw new flags/* UsageError */.eb("--attestation FILE is required: the statement from tunegate check --attestation, or gh attestation verify --format json's output");
    if ((values.artifact === undefined) === (values.digest === undefined))
        throw new flags/* UsageError */.eb("give the artifact to deploy: --artifact PATH or --digest sha256:<64 hex>, one of them");
    const digest = values.digest === undefined ? undefined : DIGEST.exec(values.digest)?.[1];
    if (values.digest !== undefined && digest === undefined)
        throw new flags/* UsageError */.eb(`--digest must be sha256: and 64 lowercase hex digits, got "${values.digest}"`);
    const policyDigest = values["policy-digest"] === undefined ? undefined : DIGEST.exec(values["policy-digest"])?.[1];
    if (values["policy-digest"] !== undefined && policyDigest === undefined)
        throw new flags/* UsageError */.eb(`--policy-digest must be sha256: and 64 lowercase hex digits, got "${values["policy-digest"]}"`);
    const maxAge = (0,flags/* numberFlag */.C$)("max-age-days", values["max-age-days"], 36500);
    if (maxAge !== undefined && !Number.isInteger(maxAge))
        throw new flags/* UsageError */.eb(`--max-age-days must be a whole number of days, got "${values["max-age-days"]}"`);
    const today = (0,flags/* dateFlag */.BL)("today", values.today, io.today);
    const file = values.attestation;
    const text = await (0,files/* readLocalFile */.MM)((0,external_node_path_.resolve)(io.cwd, file), file, MAX_ATTESTATION_BYTES);
    if (!text.ok)
        return badInput(io, `${file}:1:1: ${text.message}`);
    // What parsing would build is bounded as for any JSON tunegate reads: 15 MiB of {} took 630 MB.
    const excess = (0,json_work/* jsonWorkExcess */.dM)(text.text);
    if (excess !== null)
        return badInput(io, `${file}:${excess.line}:${excess.column}: ${excess.message}; no attestation is built like that`);
    let document;
    try {
        document = JSON.parse(text.text.replace(/^\uFEFF/, ""));
    }
    catch (error) {
        return badInput(io, `${file}:1:1: not JSON (${(0,parts_escape/* oneLine */.TN)(error.message)})`);
    }
    let sha256 = digest;
    if (sha256 === undefined) {
        const hashed = await fileSha256((0,external_node_path_.resolve)(io.cwd, values.artifact));
        if (!hashed.ok)
            return badInput(io, `${values.artifact}: cannot read the artifact (${hashed.message})`);
        sha256 = hashed.sha256;
    }
    const outcome = verifyAttestation({
        document,
        file,
        artifactSha256: sha256,
        today,
        maxAgeDays: maxAge,
        policyDigest,
    });
    if (outcome.decision === "deploy") {
        io.out(`tunegate verify: DEPLOY: ${outcome.message}\n`);
        return 0;
    }
    if (outcome.decision === "bad-input")
        return badInput(io, outcome.reason);
    io.err(`tunegate verify: REFUSE: ${outcome.reason}\n`);
    return 1;
}
function badInput(io, message) {
    io.err(`tunegate verify: ${message}\ntunegate verify: nothing was verified, so nothing may deploy.\n`);
    return cli_io/* EXIT_USAGE */.Ri;
}
async function fileSha256(path) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const hash = createHash("sha256");
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hash.update(chunk);
        return { ok: true, sha256: hash.digest("hex") };
    }
    catch (error) {
        const code = error.code;
        return { ok: false, message: code === "ENOENT" ? "file not found" : (code ?? error.message) };
    }
}
//# sourceMappingURL=verify-command.js.map

/***/ }),

/***/ 97:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ MAX_INFLATED_MEMBER_BYTES),
/* harmony export */   BN: () => (/* binding */ readLocatedFile),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   KV: () => (/* binding */ MAX_INFLATED_ARCHIVE_BYTES),
/* harmony export */   L5: () => (/* binding */ locateRepoFile),
/* harmony export */   MM: () => (/* binding */ readLocalFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   Zl: () => (/* binding */ packageRoot),
/* harmony export */   ay: () => (/* binding */ MAX_EVAL_BYTES),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   ty: () => (/* binding */ rememberedRealPaths),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony exports uncachedRealPaths, readPackageFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6241);





/** Plans, policies and price tables are hand-written; anything larger is a mistake or an attack. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Eval files read whole (JSON, .eval zips); JSONL sample files are streamed and have no limit. */
const MAX_EVAL_BYTES = 64 * 1024 * 1024;
/**
 * An Inspect .eval member decompressed: 65 KB inflated to 64 MiB of `{}`. Real headers are under
 * a megabyte and reductions about 80 bytes a sample, so a member gets 48 MiB (600,000 samples)
 * and the members one archive's reading inflates, together, the 64 MiB a plain eval file may have.
 */
const MAX_INFLATED_MEMBER_BYTES = 48 * 1024 * 1024;
const MAX_INFLATED_ARCHIVE_BYTES = MAX_EVAL_BYTES;
async function readRepoFile(root, repoRelative, maxBytes, as = "text") {
    const located = await locateRepoFile(root, repoRelative);
    if (!located.ok)
        return located;
    return readLimited(located.real, located.path, maxBytes, as);
}
/** Real paths asked of the file system every time. */
function uncachedRealPaths(root) {
    return { root: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root), of: (absolute) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute) };
}
/** Real paths asked once per path for the reader's lifetime (one run); a failure is kept too. */
function rememberedRealPaths(root) {
    let realRoot;
    const known = new Map();
    return {
        root: () => (realRoot ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root)),
        of(absolute) {
            let real = known.get(absolute);
            if (real === undefined)
                known.set(absolute, (real = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute)));
            return real;
        },
        remember(absolute, real) {
            if (!known.has(absolute))
                known.set(absolute, Promise.resolve(real));
        },
    };
}
/**
 * Where a repository-relative path really is on disk, through every symbolic link, or why it may
 * not be read: it leaves the repository, or it is (or leads through a link into) a `.git` folder.
 */
async function locateRepoFile(root, repoRelative, paths = uncachedRealPaths(root)) {
    const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)("", repoRelative);
    if (!lexical.ok)
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" ${lexical.reason}` };
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...lexical.path.split("/"));
    let real;
    try {
        real = await paths.of(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return { ok: false, kind: "file-missing", message: `file not found: ${lexical.path}` };
        return { ok: false, kind: "file-missing", message: `cannot read ${lexical.path}: ${code ?? String(error)}` };
    }
    const realRoot = await paths.root();
    if (real !== realRoot && !real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        return {
            ok: false,
            kind: "path-escape",
            message: `path "${repoRelative}" leads outside the repository through a symbolic link`,
        };
    }
    if ((0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isInsideGitDir */ .y9)(real
        .slice(realRoot.length + 1)
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .join("/"))) {
        return {
            ok: false,
            kind: "path-escape",
            message: `path "${repoRelative}" leads through a symbolic link into .git/, which tunegate never reads (it holds git's own data and the job's credentials)`,
        };
    }
    return { ok: true, real, path: lexical.path };
}
/** Reads a file of tunegate's own package (the shipped policy and prices). */
async function readPackageFile(packageRelative) {
    return readLimited(join(packageRoot(), packageRelative), packageRelative, MAX_CONFIG_BYTES);
}
async function readLimited(path, shown, maxBytes, as = "text") {
    const opened = await openRegularFile(path, shown);
    if (!opened.ok)
        return opened;
    const handle = opened.handle;
    try {
        if (opened.size > maxBytes) {
            return {
                ok: false,
                kind: "file-too-large",
                message: `${shown} is ${opened.size} bytes; the limit is ${maxBytes}`,
                hint: "tunegate reads small hand-written files; check that the path names the right file",
            };
        }
        const bytes = await handle.readFile();
        return as === "buffer" ? { ok: true, bytes } : { ok: true, text: bytes.toString("utf8") };
    }
    finally {
        await handle.close();
    }
}
function readLocatedFile(located, maxBytes, as = "text") {
    return readLimited(located.real, located.path, maxBytes, as);
}
/** Reads a file outside the repository (a price feed saved to disk), with the same checks. */
async function readLocalFile(path, shown, maxBytes) {
    return readLimited(path, shown, maxBytes);
}
/**
 * Opens a regular file, refusing anything else before it is opened: open() on a FIFO blocks
 * until a writer appears (tunegate hung for ever on one), and a device or socket never ends.
 * O_NONBLOCK is the belt to that check's braces, for a file swapped in between.
 */
async function openRegularFile(path, shown) {
    const failure = (error) => {
        const code = error.code;
        return {
            ok: false,
            kind: "file-missing",
            message: code === "ENOENT" || code === "ENOTDIR"
                ? `file not found: ${shown}`
                : `cannot read ${shown}: ${code ?? String(error)}`,
        };
    };
    try {
        const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!before.isFile())
            return notRegular(shown, before);
    }
    catch (error) {
        return failure(error);
    }
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        return failure(error);
    }
    const after = await handle.stat();
    if (!after.isFile()) {
        await handle.close();
        return notRegular(shown, after);
    }
    // The size the opened file has, so a reader need not ask again.
    return { ok: true, handle, size: after.size };
}
function notRegular(shown, stats) {
    const what = stats.isFIFO()
        ? "a FIFO (named pipe)"
        : stats.isCharacterDevice()
            ? "a character device"
            : stats.isBlockDevice()
                ? "a block device"
                : stats.isSocket()
                    ? "a socket"
                    : stats.isDirectory()
                        ? "a directory"
                        : "not a regular file";
    return {
        ok: false,
        kind: "file-missing",
        message: `${shown} is ${what}; tunegate reads only regular files`,
        hint: "point the path at the file itself",
    };
}
/** A read failure as a diagnostic, placed where the path was written (or at the file itself). */
function readFailure(result, location, field) {
    return {
        kind: result.kind,
        message: result.message,
        location,
        field,
        ...(result.hint === undefined ? {} : { hint: result.hint }),
    };
}
let cachedPackageRoot;
/** tunegate's own folder: the first ancestor of this module holding policies/default.yml. */
function packageRoot() {
    if (cachedPackageRoot !== undefined)
        return cachedPackageRoot;
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "policies", "default.yml")))
            return (cachedPackageRoot = dir);
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
        if (parent === dir)
            throw new Error("tunegate's policies/default.yml was not found next to the program; the installation is incomplete");
        dir = parent;
    }
}
/** A path as users see it: relative to the repository root, with forward slashes. */
function displayPath(root, absolute) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, absolute);
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/");
}
//# sourceMappingURL=files.js.map

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

//# sourceMappingURL=798.index.js.map