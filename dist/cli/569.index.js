export const id = 569;
export const ids = [569];
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
const EVAL_FORMAT_NAMES = ["lm-eval", "promptfoo", "inspect", "tunegate", "junit", "deepeval", "ragas", "garak", "every-eval-ever", "lighteval"];
/** What `evals.format` accepts: auto-detection, or one format every file must be in. */
const DECLARED_EVAL_FORMATS = ["auto", ...EVAL_FORMAT_NAMES];
//# sourceMappingURL=eval-format-names.js.map

/***/ }),

/***/ 7997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ jsonWorkExcess)
/* harmony export */ });
/* unused harmony exports CONTAINER_BYTES, VALUE_BYTES, WORK_PER_CHARACTER, FREE_BYTES, workBytes, workAllowance, countJsonWork */
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);

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
 * and stops at the first character past a limit: nesting deeper than `maxDepth`, or a model cost
 * (see CONTAINER_BYTES) above `allowance`. For text JSON.parse accepts, the counts are exactly
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
    // The last character outside strings and whitespace: a bare value starts after [ , : or nothing.
    let previous = 0x2c;
    const excess = (reason, offset) => {
        const work = { containers, values };
        const message = reason === "depth"
            ? `the JSON nests more than ${maxDepth} levels deep`
            : `the JSON builds more than its size allows: ${containers.toLocaleString("en-US")} objects and arrays and ${values.toLocaleString("en-US")} values by here, about ${megabytes(workBytes(work))} of memory once read, more than ${WORK_PER_CHARACTER} times the ${megabytes(text.length)} of text`;
        return { excess: { reason, offset, ...(0,_json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAndColumn */ .q1)(text, offset), message, work }, work };
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            i = closingQuote(text, i);
            previous = QUOTE;
        }
        else if (c === 0x7b || c === 0x5b) {
            containers++;
            if (++depth > maxDepth)
                return excess("depth", i);
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            previous = c;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth--;
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
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3", "и": "u", "і": "i", "ї": "i", "ј": "j", "к": "k", "л": "n", "м": "m", "н": "h",
    "о": "o", "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ь": "b",
    // Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    // Latin lookalikes and dashes
    "ı": "i", "ȷ": "j", "ɡ": "g", "ɑ": "a", "ɩ": "i", "ʟ": "l", "ℓ": "l",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-", "﹣": "-", "－": "-",
    "·": ".", "․": ".", "。": ".",
};
/** Invisible characters: zero-width and bidirectional controls, soft hyphens, variation selectors. */
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

/***/ 8827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalsCommand: () => (/* binding */ evalsCommand)
});

// EXTERNAL MODULE: ./lib/engine/input/yaml-source.js + 2 modules
var yaml_source = __webpack_require__(4903);
// EXTERNAL MODULE: ./lib/engine/report/escape.js
var report_escape = __webpack_require__(8590);
;// CONCATENATED MODULE: ./lib/engine/report/eval-listing.js

/** What one file holds, in the names a plan's `evals` block uses. */
function listEvalFile(file, run) {
    const source = run.sources[0];
    return {
        file,
        format: source?.format ?? run.format,
        tool_version: source?.tool_version ?? null,
        model: source?.model ?? run.model,
        examples: source?.examples ?? null,
        names: run.benchmarks.map((b) => ({ name: b.name, aliases: b.aliases, metric: b.metric, n: b.n, score: b.value, pooled: b.pooled })),
    };
}
/** The listing for a terminal: one block per file, one aligned row per name. */
function renderEvalListing(listings) {
    const lines = [];
    for (const l of listings) {
        lines.push(`${l.file}: ${l.format}${l.tool_version === null ? "" : ` ${l.tool_version}`}, model ${l.model ?? "not recorded"}, ${l.examples === null ? "examples not counted" : `${l.examples} example${l.examples === 1 ? "" : "s"}`}, ${l.names.length} name${l.names.length === 1 ? "" : "s"}`);
        const width = Math.min(48, Math.max(4, ...l.names.map((n) => n.name.length)));
        const metricWidth = Math.min(32, Math.max(6, ...l.names.map((n) => n.metric.length)));
        lines.push(`  ${"name".padEnd(width)}  ${"metric".padEnd(metricWidth)}  ${"n".padStart(7)}  score`);
        for (const n of l.names) {
            const notes = [n.pooled ? "pooled: list it in evals.pool to use it" : "", n.aliases.length > 0 ? `also named ${n.aliases.join(", ")}` : ""].filter((x) => x !== "");
            lines.push(`  ${n.name.padEnd(width)}  ${n.metric.padEnd(metricWidth)}  ${(n.n === null ? "—" : String(n.n)).padStart(7)}  ${n.score.toFixed(4)}${notes.length === 0 ? "" : `  (${notes.join("; ")})`}`);
        }
        lines.push("");
    }
    lines.push("A plan names these in evals.general (forgetting), evals.safety and evals.task; evals.metrics picks a metric per name.");
    return `${lines.map(report_escape/* oneLine */.TN).join("\n")}\n`;
}
//# sourceMappingURL=eval-listing.js.map
// EXTERNAL MODULE: ./lib/shell/eval-files.js + 19 modules
var eval_files = __webpack_require__(4635);
// EXTERNAL MODULE: ./lib/shell/repo-files.js
var repo_files = __webpack_require__(8026);
// EXTERNAL MODULE: ./lib/shell/work-tree.js
var work_tree = __webpack_require__(8414);
// EXTERNAL MODULE: ./lib/shell/cli/diagnostics.js
var diagnostics = __webpack_require__(1463);
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
;// CONCATENATED MODULE: ./lib/shell/cli/evals-command.js







/** At most this many files in one run: the listing is for reading, not for bulk export. */
const MAX_FILES = 100;
/**
 * `tunegate evals FILE...`: what each eval file holds, in the names a plan uses (detected format,
 * tool version, model, and every suite / benchmark / metric with its n and score), so a newcomer
 * writes `evals.general`, `safety` and `task` from the listing rather than from a did-you-mean.
 */
async function evalsCommand(args, io) {
    const { values, positionals } = (0,flags/* parseFlags */.bQ)(args, { format: { type: "string" } }, MAX_FILES);
    if (positionals.length === 0)
        throw new flags/* UsageError */.eb("evals needs at least one eval file: tunegate evals results.json [more files]");
    const format = (0,flags/* oneOf */.yL)("format", values.format, ["text", "json"], "text");
    const tree = (0,work_tree/* findWorkTree */.v)(io.cwd);
    const files = (0,repo_files/* workingTreeFiles */.rk)(tree.root);
    const parsed = (0,yaml_source/* parseYamlSource */.W)("tunegate evals", "evals: {}\n");
    if (!parsed.ok)
        throw new Error("the listing's own source did not parse");
    const listings = [];
    for (const written of positionals) {
        const path = (0,work_tree/* fromHere */.X)(tree, written);
        // Each file on its own, so two runs of one suite are listed, not refused as a conflict.
        const read = await (0,eval_files/* readEvalSide */.w)(files, "tunegate.yml", parsed.value, "candidate", [path], "auto");
        if (!read.ok)
            return (0,diagnostics/* reportDiagnostics */.D)(read.diagnostics.map((d) => (d.location.file === "tunegate evals" ? { ...d, location: { file: path, line: 1, column: 1 }, field: "" } : d)), io);
        if (read.run !== undefined)
            listings.push(listEvalFile(path, read.run));
    }
    io.out(format === "json" ? `${JSON.stringify(listings, null, 2)}\n` : renderEvalListing(listings));
    return 0;
}
//# sourceMappingURL=evals-command.js.map

/***/ }),

/***/ 97:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ MAX_INFLATED_MEMBER_BYTES),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   KV: () => (/* binding */ MAX_INFLATED_ARCHIVE_BYTES),
/* harmony export */   L5: () => (/* binding */ locateRepoFile),
/* harmony export */   MM: () => (/* binding */ readLocalFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   Zl: () => (/* binding */ packageRoot),
/* harmony export */   ay: () => (/* binding */ MAX_EVAL_BYTES),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony export readPackageFile */
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
/**
 * Where a repository-relative path really is on disk, through every symbolic link, or why it may
 * not be read: it leaves the repository, or it is (or leads through a link into) a `.git` folder.
 */
async function locateRepoFile(root, repoRelative) {
    const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRepoPath */ .qo)("", repoRelative);
    if (!lexical.ok)
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" ${lexical.reason}` };
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...lexical.path.split("/"));
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return { ok: false, kind: "file-missing", message: `file not found: ${lexical.path}` };
        return { ok: false, kind: "file-missing", message: `cannot read ${lexical.path}: ${code ?? String(error)}` };
    }
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    if (real !== realRoot && !real.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" leads outside the repository through a symbolic link` };
    }
    if ((0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_4__/* .isInsideGitDir */ .y9)(real.slice(realRoot.length + 1).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join("/"))) {
        return { ok: false, kind: "path-escape", message: `path "${repoRelative}" leads through a symbolic link into .git/, which tunegate never reads (it holds git's own data and the job's credentials)` };
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
        const { size } = await handle.stat();
        if (size > maxBytes) {
            return { ok: false, kind: "file-too-large", message: `${shown} is ${size} bytes; the limit is ${maxBytes}`, hint: "tunegate reads small hand-written files; check that the path names the right file" };
        }
        const bytes = await handle.readFile();
        return as === "buffer" ? { ok: true, bytes } : { ok: true, text: bytes.toString("utf8") };
    }
    finally {
        await handle.close();
    }
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
        return { ok: false, kind: "file-missing", message: code === "ENOENT" || code === "ENOTDIR" ? `file not found: ${shown}` : `cannot read ${shown}: ${code ?? String(error)}` };
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
    return { ok: true, handle };
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
    return { ok: false, kind: "file-missing", message: `${shown} is ${what}; tunegate reads only regular files`, hint: "point the path at the file itself" };
}
/** A read failure as a diagnostic, placed where the path was written (or at the file itself). */
function readFailure(result, location, field) {
    return { kind: result.kind, message: result.message, location, field, ...(result.hint === undefined ? {} : { hint: result.hint }) };
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

/***/ 8414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ fromHere),
/* harmony export */   v: () => (/* binding */ findWorkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


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
//# sourceMappingURL=work-tree.js.map

/***/ })

};

//# sourceMappingURL=569.index.js.map