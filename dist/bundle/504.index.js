export const id = 504;
export const ids = [504];
export const modules = {

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
    const [{ runAudit }, { renderOutput }, { buildAuditRunReport }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(294), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(240), __webpack_require__.e(514), __webpack_require__.e(393)]).then(__webpack_require__.bind(__webpack_require__, 5393)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5095)), Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 7690))]);
    // The repository is the git work tree, as for check: typed paths are relative to the folder run
    // in; without --plan, every plan in the repository is audited, wherever it is run from.
    const tree = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .findWorkTree */ .vE)(io.cwd);
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io, tree);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_5__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const plans = values.plan === undefined ? ALL_PLANS : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .plansFromHere */ .ps)(tree, values.plan);
    const pricing = values.pricing === undefined ? undefined : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, values.pricing);
    const outcome = await runAudit({ root: tree.root, plans, policy: policy.value, pricing, current: currentFlag(tree, values.current), today });
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
    const local = spec !== undefined && ((0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRemotePolicy */ .Ax)(spec) === undefined || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(io.cwd, spec))) ? (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .fromHere */ .XW)(tree, spec) : spec;
    return (0,_remote_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePolicySpec */ .gM)(local, tree.root, { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com", token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "", origin: "--policy" });
}
//# sourceMappingURL=policy-flag.js.map

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
    return (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .planEntries */ .W9)(input).map((entry) => fromHere(tree, entry)).join("\n");
}
//# sourceMappingURL=work-tree.js.map

/***/ })

};

//# sourceMappingURL=504.index.js.map