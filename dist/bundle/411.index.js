export const id = 411;
export const ids = [411];
export const modules = {

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

/***/ 4885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ capDiagnostics),
/* harmony export */   vZ: () => (/* binding */ formatFieldPath),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   z9: () => (/* binding */ MAX_DIAGNOSTICS_PER_FILE)
/* harmony export */ });
/** Formats a field path the way users write it in YAML: `waivers[0].expires`. */
function formatFieldPath(path) {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number")
            out += `[${segment}]`;
        else
            out += out === "" ? String(segment) : `.${String(segment)}`;
    }
    return out;
}
/**
 * At most this many problems are reported per file: a generated file with thousands of bad keys
 * must not cost minutes or megabytes of messages, and the first few say what is wrong.
 */
const MAX_DIAGNOSTICS_PER_FILE = 20;
/** The first problems, then one line saying how many more there are. */
function capDiagnostics(diagnostics, total = diagnostics.length) {
    if (total <= MAX_DIAGNOSTICS_PER_FILE)
        return [...diagnostics];
    const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
    const last = shown.at(-1);
    const more = total - shown.length;
    return [
        ...shown,
        {
            kind: last.kind,
            message: `and ${more} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above first`,
            location: { ...last.location },
            field: "",
        },
    ];
}
/** `file:line:col: message (field)` with an optional hint, as compilers print it. */
function formatDiagnostic(d) {
    const where = `${d.location.file}:${d.location.line}:${d.location.column}`;
    const field = d.field === "" ? "" : ` [${d.field}]`;
    // Paths, keys and messages quote user text; a newline in it must not start a line of its own.
    const hint = d.hint === undefined ? "" : `\n  hint: ${flat(d.hint)}`;
    return `${flat(`${where}: error${field}: ${d.message}`)}${hint}`;
}
function flat(text) {
    return text.replace(/\r\n|\r|\n/g, "\\u000a");
}
//# sourceMappingURL=diagnostic.js.map

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

/***/ 1338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ plansGoneSince),
/* harmony export */   CN: () => (/* binding */ expandPlanPaths),
/* harmony export */   W9: () => (/* binding */ planEntries)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);


const GLOB_CHARACTERS = /[*?[\]{}]/;
/**
 * Expands the `plan` input: paths or globs, separated by newlines or commas, relative to the
 * repository root. Globs never descend into node_modules or .git.
 */
async function expandPlanPaths(root, input, origin = "--plan") {
    const entries = planEntries(input);
    const found = new Set();
    const diagnostics = [];
    const where = { file: origin, line: 1, column: 1 };
    for (const entry of entries) {
        const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRepoPath */ .qo)("", entry.replace(/^\.\//, ""));
        if (!lexical.ok) {
            diagnostics.push({
                kind: "path-escape",
                message: `plan "${entry}" ${lexical.reason}`,
                location: where,
                field: "plan",
            });
            continue;
        }
        if (!GLOB_CHARACTERS.test(entry)) {
            found.add(lexical.path);
            continue;
        }
        let matched = 0;
        for await (const path of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(lexical.path, {
            cwd: root,
            exclude: (p) => /(^|\/)(node_modules|\.git)(\/|$)/.test(String(p)),
        })) {
            found.add(String(path).split("\\").join("/"));
            matched++;
        }
        if (matched === 0)
            diagnostics.push({
                kind: "file-missing",
                message: `no plan file matches "${entry}"`,
                location: where,
                field: "plan",
            });
    }
    return { paths: [...found].sort(), diagnostics };
}
/** The `plan` input's entries: paths or globs, separated by newlines or commas. */
function planEntries(input) {
    return input
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
}
/**
 * Plans the input's globs match in `files` (another commit's tree) that are not in `current`:
 * at a pull request's base, the plans the pull request deleted or moved out of reach.
 */
async function plansGoneSince(files, input, current) {
    const now = new Set(current);
    const gone = new Set();
    for (const entry of planEntries(input)) {
        if (!GLOB_CHARACTERS.test(entry))
            continue; // a named plan that is gone is already a "file not found"
        const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRepoPath */ .qo)("", entry.replace(/^\.\//, ""));
        if (!lexical.ok)
            continue;
        for (const path of await files.glob(lexical.path))
            if (!now.has(path))
                gone.add(path);
    }
    return [...gone].sort();
}
//# sourceMappingURL=plan-paths.js.map

/***/ })

};

//# sourceMappingURL=411.index.js.map