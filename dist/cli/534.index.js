export const id = 534;
export const ids = [534];
export const modules = {

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
    return [...shown, { kind: last.kind, message: `and ${more} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above first`, location: { ...last.location }, field: "" }];
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

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   Oc: () => (/* binding */ AnswerTooLargeError)
/* harmony export */ });
/* unused harmony exports readBoundedBody, boundedFetch */

/**
 * Why an HTTP answer was not read to its end: more bytes than the caller accepts (announced by
 * Content-Length, or counted as they arrived), or JSON that would build more than its size allows.
 */
class AnswerTooLargeError extends Error {
    name = "AnswerTooLargeError";
}
/**
 * The body of an answer as bytes, counted as it streams in and abandoned (the connection
 * cancelled) as soon as it passes `maxBytes`: a Content-Length cannot be trusted or may be
 * absent, and `response.text()` reads whatever comes, 3.75 GB in 15 s from one price feed.
 * `what` names the answer in the error ("the price feed").
 */
async function readBoundedBody(response, maxBytes, what) {
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new AnswerTooLargeError(`${what} announces ${declared} bytes, more than the ${sizeName(maxBytes)} tunegate reads; it was not read`);
    }
    if (response.body === null)
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        received += value.byteLength;
        if (received > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new AnswerTooLargeError(`${what} is larger than the ${sizeName(maxBytes)} tunegate reads; it stopped reading at ${received} bytes`);
        }
        chunks.push(value);
    }
    const body = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
        body.set(chunk, at);
        at += chunk.byteLength;
    }
    return body;
}
/** As readBoundedBody, as UTF-8 text. */
async function readBoundedText(response, maxBytes, what) {
    return utf8(await readBoundedBody(response, maxBytes, what));
}
/**
 * A fetch whose answers are read whole here, at most `maxBytes` of them, before the caller sees
 * them; JSON answers are also refused when they would build more than their size allows (see
 * json-work.ts). For Octokit, which reads bodies with `response.text()` and turns a failed read
 * into an empty answer: a cut-off answer must fail the request, never read as "no comments".
 */
function boundedFetch(maxBytes, fetchImpl = fetch) {
    return async (input, init) => {
        const response = await fetchImpl(input, init);
        const what = `the answer to ${init?.method ?? "GET"} ${new URL(typeof input === "string" || input instanceof URL ? input : input.url).pathname}`;
        const body = await readBoundedBody(response, maxBytes, what);
        if (/\bjson\b/i.test(response.headers.get("content-type") ?? "")) {
            const excess = jsonWorkExcess(utf8(body));
            if (excess !== null)
                throw new AnswerTooLargeError(`${what}: ${excess.message}`);
        }
        const nullBody = response.status === 101 || response.status === 204 || response.status === 205 || response.status === 304;
        const copy = new Response(nullBody ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
        // Octokit reports the answer's URL (after redirects); a new Response has none of its own.
        Object.defineProperty(copy, "url", { value: response.url });
        return copy;
    };
}
function utf8(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
function sizeName(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
//# sourceMappingURL=bounded-body.js.map

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

/***/ 7452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ policyFlag)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/shell/files.js
var files = __webpack_require__(97);
// EXTERNAL MODULE: ./lib/shell/bounded-body.js
var bounded_body = __webpack_require__(6224);
;// CONCATENATED MODULE: ./lib/shell/github/contents.js

/** GET /repos/{owner}/{repo}/contents/{path}?ref=REF, decoded from base64. */
async function fetchRepositoryFile(file, options) {
    // One path parameter, slashes included, encoded as Octokit encodes it (GitHub decodes %2F).
    const path = encodeURIComponent(file.path);
    const url = `${options.apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}/contents/${path}?ref=${encodeURIComponent(file.ref)}`;
    const headers = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "tunegate" };
    if (options.token !== "")
        headers["authorization"] = `Bearer ${options.token}`;
    const signal = AbortSignal.timeout(options.timeoutMs);
    let status;
    try {
        const response = await fetch(url, { headers, signal, redirect: "follow" });
        status = response.status;
        // base64 grows the file by a third, and the JSON around it is small.
        let body;
        try {
            body = await (0,bounded_body/* readBoundedText */.Ht)(response, Math.ceil(options.maxBytes * 1.4) + 64 * 1024, `the answer (a policy file may be ${options.maxBytes} bytes)`);
        }
        catch (error) {
            if (error instanceof bounded_body/* AnswerTooLargeError */.Oc)
                return { ok: false, status, reason: error.message };
            throw error;
        }
        if (!response.ok)
            return { ok: false, status, reason: messageOf(body) };
        const data = JSON.parse(body);
        if (Array.isArray(data))
            return { ok: false, status, reason: "it is a folder, not a file" };
        const entry = data;
        if (entry.type !== "file")
            return { ok: false, status, reason: `it is a ${entry.type ?? "thing of unknown type"}, not a file` };
        if ((entry.size ?? 0) > options.maxBytes)
            return { ok: false, status, reason: `it is ${entry.size} bytes; the limit is ${options.maxBytes}` };
        if (entry.encoding !== "base64" || typeof entry.content !== "string")
            return { ok: false, status, reason: `the contents API sent it as "${entry.encoding ?? "nothing"}", not base64` };
        return { ok: true, text: Buffer.from(entry.content, "base64").toString("utf8") };
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, status, reason: `no answer within ${options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`}` };
        const cause = error.cause;
        return { ok: false, status, reason: error instanceof SyntaxError ? "the answer is not JSON" : (cause?.code ?? cause?.message ?? error.message) };
    }
}
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message === "string")
            return message.slice(0, 200);
    }
    catch {
        // Not JSON: fall through to the raw start of the body.
    }
    return body.slice(0, 200) || "no message";
}
//# sourceMappingURL=contents.js.map
;// CONCATENATED MODULE: ./lib/shell/remote-policy.js




/** OWNER/REPO/PATH@REF: an organisation's policy kept in one repository for all of them. */
const REMOTE_POLICY = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([^@\s]+)$/;
const REMOTE_TIMEOUT_MS = 15_000;
function parseRemotePolicy(spec) {
    const m = REMOTE_POLICY.exec(spec.trim());
    if (m === null)
        return undefined;
    const path = m[3];
    if (path.split("/").some((part) => part === "" || part === "." || part === ".."))
        return undefined;
    return { owner: m[1], repo: m[2], path, ref: m[4] };
}
/**
 * A policy argument as runCheck takes it: a local path stays a path (a file that exists in the
 * repository wins, whatever its name looks like), OWNER/REPO/PATH@REF is fetched once through the
 * contents API and named by that spec, so reports cite it as the threshold source.
 */
async function resolvePolicySpec(spec, root, access) {
    if (spec === undefined)
        return { ok: true, value: undefined };
    const remote = parseRemotePolicy(spec);
    if (remote === undefined || (await existsLocally(root, spec)))
        return { ok: true, value: spec };
    const fetched = await fetchRepositoryFile(remote, { apiUrl: access.apiUrl, token: access.token, timeoutMs: access.timeoutMs ?? REMOTE_TIMEOUT_MS, maxBytes: files/* MAX_CONFIG_BYTES */.GW });
    if (fetched.ok)
        return { ok: true, value: { file: spec.trim(), text: fetched.text } };
    const where = `${remote.owner}/${remote.repo}`;
    const hint = fetched.status === 404 || fetched.status === 401 || fetched.status === 403
        ? `check that ${where} has ${remote.path} at ${remote.ref}; a private repository needs a token that can read it (the Action's external-repo-token input; GITHUB_TOKEN or GH_TOKEN for the CLI)`
        : "the policy is not judged without it; nothing was checked";
    return {
        ok: false,
        diagnostics: [
            {
                kind: "file-missing",
                message: `cannot read the policy ${spec.trim()} through the contents API${fetched.status === undefined ? "" : ` (HTTP ${fetched.status})`}: ${fetched.reason}`,
                location: { file: access.origin, line: 1, column: 1 },
                field: "policy",
                hint,
            },
        ],
    };
}
async function existsLocally(root, spec) {
    try {
        await (0,promises_.lstat)((0,external_node_path_.join)(root, spec));
        return true;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=remote-policy.js.map
// EXTERNAL MODULE: ./lib/shell/work-tree.js
var work_tree = __webpack_require__(8414);
;// CONCATENATED MODULE: ./lib/shell/cli/policy-flag.js




/**
 * `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN /
 * GH_TOKEN. A path is typed relative to the folder run in; with `tree` it is returned relative
 * to the work tree's root, which the command reads every file against.
 */
function policyFlag(spec, io, tree = { root: io.cwd, here: "" }) {
    const env = io.env ?? process.env;
    const local = spec !== undefined && (parseRemotePolicy(spec) === undefined || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(io.cwd, spec))) ? (0,work_tree/* fromHere */.X)(tree, spec) : spec;
    return resolvePolicySpec(local, tree.root, { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com", token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "", origin: "--policy" });
}
//# sourceMappingURL=policy-flag.js.map

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

//# sourceMappingURL=534.index.js.map