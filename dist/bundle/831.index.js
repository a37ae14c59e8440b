export const id = 831;
export const ids = [831];
export const modules = {

/***/ 6831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var _engine_output_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5095);
/* harmony import */ var _engine_run_run_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7664);
/* harmony import */ var _engine_version_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4858);
/* harmony import */ var _engine_input_dates_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4560);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2539);
/* harmony import */ var _in_order_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3382);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var _plan_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1338);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8414);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1463);
/* harmony import */ var _engine_input_severities_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7070);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1556);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8928);
/* harmony import */ var _attestation_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4032);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6607);
















/** `--plan` names one plan unless it holds a glob or a list: then every match is checked. */
const SEVERAL = /[*?[\]{},\n]/;
/**
 * Reads the plans, lets the engine decide the run, renders it in the format asked for. Input
 * problems go to stderr, located; the rendered reports to stdout. Nothing is decided here.
 */
async function checkCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(args, {
        plan: { type: "string" },
        policy: { type: "string" },
        pricing: { type: "string" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        today: { type: "string" },
        attestation: { type: "string" },
        base: { type: "string" },
        "rules-from": { type: "string" },
    });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)("format", values.format, (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_0__.formatsOf)("check"), "text");
    const failOn = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)("fail-on", values["fail-on"], _engine_input_severities_js__WEBPACK_IMPORTED_MODULE_10__/* .FAIL_ON_VALUES */ .Q, "error");
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .dateFlag */ .BL)("today", values.today, io.today);
    // The repository is the git work tree: paths are typed relative to the folder run in and
    // resolved against the root, as the Action resolves them, so reports name the same files.
    const tree = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .findWorkTree */ .vE)(io.cwd);
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_8__/* .policyFlag */ .J)(values.policy, io, tree);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_11__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const planInput = values.plan ?? "tunegate.yml";
    const pricing = values.pricing === undefined ? undefined : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .fromHere */ .XW)(tree, values.pricing);
    const rulesFrom = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)("rules-from", values["rules-from"], ["base", "head"], "base");
    const rules = await baseRules(tree.root, values.base, rulesFrom, values.plan);
    const several = SEVERAL.test(planInput);
    const expanded = several
        ? await (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .expandPlanPaths */ .CN)(tree.root, (0,_plan_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .planEntries */ .W9)(planInput)
            .map((entry) => (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .fromHere */ .XW)(tree, entry))
            .join("\n"), "--plan")
        : { paths: [values.plan === undefined ? defaultPlan(io.cwd, tree) : (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .fromHere */ .XW)(tree, planInput)], diagnostics: [] };
    const sources = new Map();
    const outcomes = await (0,_in_order_js__WEBPACK_IMPORTED_MODULE_12__/* .mapInOrder */ .Y)(expanded.paths, _in_order_js__WEBPACK_IMPORTED_MODULE_12__/* .PLAN_CONCURRENCY */ .S, async (file) => {
        const outcome = await (0,_check_js__WEBPACK_IMPORTED_MODULE_2__/* .runCheck */ .k)({ root: tree.root, plan: file, policy: policy.value, pricing, today, rules });
        if (outcome.ok)
            sources.set(outcome.report.plan.file, outcome.source);
        return outcome.ok
            ? { file, ok: true, report: outcome.report, change: undefined }
            : { file, ok: false, diagnostics: outcome.diagnostics };
    });
    if (expanded.diagnostics.length > 0)
        outcomes.push({ file: "--plan", ok: false, diagnostics: expanded.diagnostics });
    const run = (0,_engine_run_run_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRunReport */ .IW)(outcomes, failOn, _engine_version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x);
    // Which plans the format shows is the engine's call (output/registry.ts): input problems always
    // go to stderr, located; formats that carry them (JSON, SARIF, JUnit) have them too.
    const unreadable = outcomes.flatMap((o) => (o.ok ? [] : o.diagnostics));
    const text = await (0,_engine_output_registry_js__WEBPACK_IMPORTED_MODULE_0__.checkOutput)(run, format);
    if (text !== "")
        io.out(text);
    if (unreadable.length > 0)
        (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_11__/* .reportDiagnostics */ .D)(unreadable, io);
    const dateNote = (0,_engine_input_dates_js__WEBPACK_IMPORTED_MODULE_14__/* .evaluationDateNote */ .Rz)(today, io.today, "--today");
    if (dateNote !== null)
        io.err(`tunegate: note: ${dateNote}\n`);
    if (values.attestation !== undefined && unreadable.length === 0) {
        const written = await writeAttestationFile(io, tree.root, values.attestation, run, sources);
        if (written !== 0)
            return written;
    }
    return run.exit_code;
}
/** Without --plan: the folder's own tunegate.yml, else the repository root's (relative to the root). */
function defaultPlan(cwd, tree) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cwd, "tunegate.yml")) ? (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .fromHere */ .XW)(tree, "tunegate.yml") : "tunegate.yml";
}
/** The statement for the run's declared artifacts, written where --attestation says; 0 when all went well. */
async function writeAttestationFile(io, root, target, run, sources) {
    const statement = await (0,_attestation_js__WEBPACK_IMPORTED_MODULE_9__/* .attestationFor */ .g)(root, run, (file) => sources.get(file)?.locate(["models", "artifacts"]) ?? { file, line: 1, column: 1 });
    if (!statement.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_11__/* .reportDiagnostics */ .D)(statement.diagnostics, io);
    if (statement.text === null) {
        io.err(`tunegate: ${statement.note}\n`);
        return 0;
    }
    try {
        const { writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19));
        const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19));
        await writeFile(resolve(io.cwd, target), statement.text);
    }
    catch (error) {
        io.err(`tunegate: cannot write the attestation to ${target}: ${error.code ?? error.message}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .EXIT_USAGE */ .Ri;
    }
    io.err(`tunegate: wrote ${target}: ${statement.note}\n`);
    return 0;
}
/**
 * `--base REF`: judge the working tree as a pull request on REF would be, by the stricter of
 * REF's rules and its own. A REF git cannot resolve is a usage error, never a silent head-only run.
 */
async function baseRules(cwd, ref, rulesFrom, planInput) {
    if (ref === undefined) {
        if (rulesFrom === "head")
            throw new _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb("--rules-from head needs --base REF: without a base, the plan's own rules judge it anyway");
        return undefined;
    }
    const { gitText } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4770));
    let sha;
    try {
        if ((await gitText(["-C", cwd, "rev-parse", "--show-prefix"])).trim() !== "")
            throw new _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb("--base needs the repository's root as the working directory");
        sha = (await gitText(["-C", cwd, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
    }
    catch (error) {
        if (error instanceof _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb)
            throw error;
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--base ${ref} is not a commit git can find here (a shallow clone? fetch it, or fetch-depth: 0)`);
    }
    if (rulesFrom === "head")
        return { from: "head", sha };
    const { gitRevisionFiles } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8026));
    return { from: "base", sha, files: gitRevisionFiles(cwd, sha), ...(planInput === undefined ? {} : { planInput }) };
}
//# sourceMappingURL=check-command.js.map

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

//# sourceMappingURL=831.index.js.map