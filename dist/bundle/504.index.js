export const id = 504;
export const ids = [504];
export const modules = {

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ boundedFetch),
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   Oc: () => (/* binding */ AnswerTooLargeError)
/* harmony export */ });
/* unused harmony export readBoundedBody */
/* harmony import */ var _engine_input_json_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7997);

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
            const excess = (0,_engine_input_json_work_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonWorkExcess */ .dM)(utf8(body));
            if (excess !== null)
                throw new AnswerTooLargeError(`${what}: ${excess.message}`);
        }
        const nullBody = response.status === 101 || response.status === 204 || response.status === 205 || response.status === 304;
        const copy = new Response(nullBody ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
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

/***/ 7504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var _engine_input_severities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7070);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1556);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1463);
/* harmony import */ var _engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5095);
/* harmony import */ var _engine_version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4858);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8928);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8414);







/**
 * Exit codes: 0 nothing needs action, 1 something does (with the default --fail-on warning; with
 * error, only what needs action now), 2 bad input, 3 prices could not be verified. The verdict is
 * the engine's, the same the Action's audit mode reports.
 */
async function auditCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, {
        plan: { type: "string" },
        pricing: { type: "string" },
        policy: { type: "string" },
        current: { type: "string" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        today: { type: "string" },
    });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)("format", values.format, (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_1__.formatsOf)("audit"), "text");
    const failOn = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)("fail-on", values["fail-on"], _engine_input_severities_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_VALUES */ .Q, "warning");
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .dateFlag */ .BL)("today", values.today, io.today);
    // The price data is megabytes of JavaScript; only the commands that need it load it.
    const [{ runAudit }, { renderOutput }, { buildAuditRunReport }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(294), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(240), __webpack_require__.e(514), __webpack_require__.e(393)]).then(__webpack_require__.bind(__webpack_require__, 5393)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5095)),
        Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 7690)),
    ]);
    // The repository is the git work tree, as for check: typed paths are relative to the folder run
    // in; without --plan, every plan in the repository is audited, wherever it is run from.
    const tree = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .findWorkTree */ .vE)(io.cwd);
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io, tree);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const plans = values.plan === undefined ? ALL_PLANS : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .plansFromHere */ .ps)(tree, values.plan);
    const pricing = values.pricing === undefined ? undefined : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, values.pricing);
    const outcome = await runAudit({
        root: tree.root,
        plans,
        policy: policy.value,
        pricing,
        current: currentFlag(tree, values.current),
        today,
    });
    if (!outcome.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .reportDiagnostics */ .D)(outcome.diagnostics, io);
    const run = buildAuditRunReport(outcome.result, outcome.policy.audit.unverified, failOn, _engine_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x);
    io.out(await renderOutput("audit", format, run));
    return run.exit_code;
}
/** Without --plan, the audit covers every plan in the repository (the work tree's root). */
const ALL_PLANS = "**/tunegate.yml";
/** `--current`: "bundled" and a URL stay as they are; a file typed here is read from the root. */
function currentFlag(tree, current) {
    if (current === undefined || current === "bundled" || /^https?:\/\//.test(current))
        return current;
    return (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, current);
}
//# sourceMappingURL=audit-command.js.map

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

/***/ 8928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ policyFlag)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _remote_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5754);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8414);




/**
 * `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN /
 * GH_TOKEN. A path is typed relative to the folder run in; with `tree` it is returned relative
 * to the work tree's root, which the command reads every file against.
 */
function policyFlag(spec, io, tree = { root: io.cwd, here: "" }) {
    const env = io.env ?? process.env;
    const local = spec !== undefined && ((0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRemotePolicy */ .Ax)(spec) === undefined || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, spec)))
        ? (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, spec)
        : spec;
    return (0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePolicySpec */ .gM)(local, tree.root, {
        apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
        token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "",
        origin: "--policy",
    });
}
//# sourceMappingURL=policy-flag.js.map

/***/ }),

/***/ 5754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ax: () => (/* binding */ parseRemotePolicy),
  gM: () => (/* binding */ resolvePolicySpec)
});

// UNUSED EXPORTS: REMOTE_TIMEOUT_MS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    const headers = {
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "user-agent": "tunegate",
    };
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
            return {
                ok: false,
                status,
                reason: `no answer within ${options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`}`,
            };
        const cause = error.cause;
        return {
            ok: false,
            status,
            reason: error instanceof SyntaxError
                ? "the answer is not JSON"
                : (cause?.code ?? cause?.message ?? error.message),
        };
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
    const fetched = await fetchRepositoryFile(remote, {
        apiUrl: access.apiUrl,
        token: access.token,
        timeoutMs: access.timeoutMs ?? REMOTE_TIMEOUT_MS,
        maxBytes: files/* MAX_CONFIG_BYTES */.GW,
    });
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

//# sourceMappingURL=504.index.js.map