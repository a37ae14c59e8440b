export const id = 111;
export const ids = [111];
export const modules = {

/***/ 1315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SCHEMA_NAMES)
/* harmony export */ });
/**
 * The name of every JSON Schema tunegate publishes (schemas/<name>.schema.json, `tunegate schema
 * <name>`): the one home of these names. json-schemas.ts maps each to its zod schema; the CLI's
 * usage derives its list from here, so printing the help loads none of the schemas.
 */
const SCHEMA_NAMES = [
    "plan",
    "policy",
    "waivers",
    "pricing",
    "eval",
    "eval-listing",
    "report",
    "run-report",
    "audit",
    "audit-run-report",
    "analysis",
    "attestation",
];
//# sourceMappingURL=schema-names.js.map

/***/ }),

/***/ 1556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ dateFlag),
/* harmony export */   C$: () => (/* binding */ numberFlag),
/* harmony export */   Fg: () => (/* binding */ booleanFlag),
/* harmony export */   au: () => (/* binding */ examplesFlag),
/* harmony export */   b9: () => (/* binding */ requiredOneOf),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gH: () => (/* binding */ modelFlag),
/* harmony export */   h5: () => (/* binding */ durationFlag),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _engine_input_dates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4560);
/* harmony import */ var _engine_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(890);



class UsageError extends Error {
    name = "UsageError";
}
/** parseArgs with errors a person can act on: unknown flags get a did-you-mean. */
function parseFlags(args, options, positionals = 0) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: positionals > 0 });
        if (parsed.positionals.length > positionals)
            throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
        return parsed;
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        const message = error.message;
        const unknown = /Unknown option '(--?[^']+)'/.exec(message);
        if (unknown !== null) {
            const near = (0,_engine_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(unknown[1].replace(/^-+/, ""), Object.keys(options));
            throw new UsageError(`unknown option ${unknown[1]}${near === undefined ? "" : `; did you mean --${near}?`}`);
        }
        throw new UsageError(message.split("\n")[0]);
    }
}
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}
function requiredOneOf(flag, value, allowed) {
    if (value === undefined)
        throw new UsageError(`--${flag} is required (${allowed.join(" | ")})`);
    return oneOf(flag, value, allowed, allowed[0]);
}
/** Non-negative numbers with optional thousands separators: `100000`, `100,000`, `1e6`. */
function numberFlag(flag, value, max = 1e12) {
    if (value === undefined)
        return undefined;
    const n = Number(value.replaceAll(",", "").replaceAll("_", "").trim());
    if (!Number.isFinite(n) || n < 0 || n > max || value.trim() === "")
        throw new UsageError(`--${flag} must be a number between 0 and ${max}, got "${value}"`);
    return n;
}
function booleanFlag(flag, value) {
    if (value === undefined)
        throw new UsageError(`--${flag} is required (true | false)`);
    const v = value.toLowerCase();
    if (["true", "yes", "y", "1"].includes(v))
        return true;
    if (["false", "no", "n", "0"].includes(v))
        return false;
    throw new UsageError(`--${flag} must be true or false, got "${value}"`);
}
/** `"200 examples"`, `200`, `1.5k`: the number of curated examples. */
function examplesFlag(value) {
    if (value === undefined)
        return undefined;
    const match = /^\s*([\d.,_]+)\s*(k)?\s*(examples?)?\s*$/i.exec(value);
    if (match === null)
        throw new UsageError(`--training-data must look like "200 examples", got "${value}"`);
    const n = Number(match[1].replaceAll(",", "").replaceAll("_", "")) * (match[2] === undefined ? 1 : 1000);
    if (!Number.isInteger(n) || n < 0)
        throw new UsageError(`--training-data must be a whole number of examples, got "${value}"`);
    return n;
}
/** `2s`, `2000ms`, `1.5 s`, `100`: a latency in milliseconds (bare numbers are milliseconds). */
function durationFlag(value) {
    if (value === undefined)
        return undefined;
    const match = /^\s*([\d.]+)\s*(ms|s|sec|seconds?|milliseconds?)?\s*$/i.exec(value);
    if (match === null || !Number.isFinite(Number(match[1])))
        throw new UsageError(`--latency-requirement must look like 2s or 150ms, got "${value}"`);
    const unit = (match[2] ?? "ms").toLowerCase();
    const ms = Number(match[1]) * (unit.startsWith("ms") || unit.startsWith("milli") ? 1 : 1000);
    if (ms <= 0 || ms > 3_600_000)
        throw new UsageError(`--latency-requirement must be between 1 ms and 1 hour, got "${value}"`);
    return ms;
}
/** `openai/gpt-5` into its provider and model. */
function modelFlag(flag, value) {
    if (value === undefined)
        return undefined;
    const slash = value.indexOf("/");
    if (slash <= 0 || slash === value.length - 1)
        throw new UsageError(`--${flag} must be provider/model, e.g. openai/gpt-5, got "${value}"`);
    return { provider: value.slice(0, slash), model: value.slice(slash + 1) };
}
function dateFlag(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!(0,_engine_input_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarDate */ .tf)(value))
        throw new UsageError(`--${flag} must be a calendar date YYYY-MM-DD, got "${value}"`);
    return value;
}
//# sourceMappingURL=flags.js.map

/***/ }),

/***/ 6607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ EXIT_UNVERIFIED),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   vE: () => (/* binding */ EXIT_INTERNAL)
/* harmony export */ });
const EXIT_USAGE = 2;
/** `tunegate audit` and `pricing pin`: current prices could not be fetched or parsed. */
const EXIT_UNVERIFIED = 3;
const EXIT_INTERNAL = 70;
//# sourceMappingURL=io.js.map

/***/ }),

/***/ 2111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/shell/output-guard.js
var output_guard = __webpack_require__(297);
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
// EXTERNAL MODULE: ./lib/shell/cli/io.js
var cli_io = __webpack_require__(6607);
// EXTERNAL MODULE: ./lib/engine/input/schema-names.js
var schema_names = __webpack_require__(1315);
// EXTERNAL MODULE: ./lib/engine/input/severities.js
var severities = __webpack_require__(7070);
// EXTERNAL MODULE: ./lib/engine/output/registry.js
var registry = __webpack_require__(5095);
;// CONCATENATED MODULE: ./lib/shell/cli/usage.js



/** A command's formats as the registry lists them, joined by bars, the default first. */
function formatChoices(command) {
    return (0,registry.formatsOf)(command).join("|");
}
/** The `--format` line of a command's help: the choices, the default and what each is for. */
function formatFlag(command) {
    const formats = (0,registry.formatsOf)(command);
    const about = formats
        .map((f) => `\n                   ${f.padEnd(9)} ${registry.OUTPUT_FORMATS[command][f].about}`)
        .join("");
    return `  --format ${formatChoices(command)}   (default ${formats[0]})${about}`;
}
const FAIL_ON = severities/* FAIL_ON_VALUES */.Q.join("|");
const EXIT_CODES = `Exit codes:
  0  pass (or warnings, unless --fail-on warning)
  1  a gate failed (or warned, with --fail-on warning); audit: something needs action
  2  bad input or usage: the message names the file, line, column and field
  3  audit / pricing pin: current prices could not be fetched or verified
  70 internal error in tunegate (please report it)
`;
const POLICY_FLAG = `  --policy FILE|OWNER/REPO/PATH@REF
                   policy layered over the shipped one (default .tunegate/policy.yml when present);
                   OWNER/REPO/PATH@REF reads an organisation's policy through GitHub's contents
                   API with GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise)`;
const PRICING_FLAG = `  --pricing FILE   the repository's pinned prices, layered over the shipped ones
                   (default: the policy's pricing.file, else .tunegate/pricing.yml when present)`;
const ANSWERS = `  --knowledge-changes daily|weekly|monthly|yearly|static   Q1 (required)
  --needs-citations true|false                             Q2 (required)
  --task knowledge|behavior|both|none                      Q3 (default: inferred from the answers)
  --style-requirements none|low|medium|high                Q3 (default none)
  --training-data "200 examples"                           Q4
  --latency-requirement 2s                                 Q5 (p95)
  --monthly-queries 100000                                 (required)

Cost assumptions (the policy's estimate block; these flags override it):
  --llm provider/model  --input-tokens N  --output-tokens N  --llm-usd-per-mtok N (blended)
  --embedding provider/model  --embedding-tokens N  --embedding-usd-per-mtok N
  --vector-db-usd N  --hosting-usd N  --budget-usd N`;
/** One help text per command, printed by `tunegate <command> --help` and `tunegate help <command>`. */
const COMMAND_USAGE = {
    check: `Usage: tunegate check [--plan tunegate.yml] [options]

Judges plans against the framework and the pre-deploy gates and prints the report.

  --plan PATHS     a plan, a glob, or several separated by commas (default tunegate.yml);
                   JSON output is the run report, one plan or many
                   (schemas/run-report.schema.json: {verdict, exit_code, plans: [...]})
${POLICY_FLAG}
${PRICING_FLAG}
${formatFlag("check")}
  --fail-on ${FAIL_ON} which verdict exits 1 (default error)
  --today YYYY-MM-DD            evaluate as of this date (waiver expiry, price age)
  --base REF                    judge as a pull request on REF: every rule is the stricter of
                                REF's and the working tree's; loosenings are listed, not applied
  --rules-from base|head        with --base: head takes the working tree's rules (named as a loosening)
  --attestation FILE            write an in-toto Statement v1 for the plans' models.artifacts
                                (predicate https://tunegate.dev/attestation/verdict/v1), for
                                actions/attest to sign and tunegate verify to check

${EXIT_CODES}`,
    verify: `Usage: tunegate verify --attestation FILE (--artifact PATH | --digest sha256:...) [options]

Checks at deploy time, offline, that a tunegate statement allows this artifact: the subject's
digest, the predicate type, verdict pass, its age and optionally the policy digest. FILE is the
statement (tunegate check --attestation), a Sigstore bundle holding it, or the JSON that
gh attestation verify --format json prints after checking its signature.

  --attestation FILE            the statement, bundle or gh's JSON
  --artifact PATH               the file about to ship (hashed with sha256), or
  --digest sha256:HEX           its digest
  --max-age-days N              refuse a verdict older than N days (gh's witnessed time when given)
  --policy-digest sha256:HEX    refuse unless every plan's policy as applied has this digest
  --today YYYY-MM-DD            as of this date

Exit codes: 0 deploy, 1 refuse (the reason is printed), 2 bad input (nothing was verified).
`,
    analyze: `Usage: tunegate analyze --knowledge-changes weekly --needs-citations true --monthly-queries 100000 [options]

Answers the five questions from flags, without a plan file: the recommended approach, the
reasons, and a first cost estimate priced with the policy's estimate assumptions.

${ANSWERS}

${POLICY_FLAG}
${PRICING_FLAG}
${formatFlag("analyze")}

Exit codes: 0 answered, 2 bad input or usage, 70 internal error.
`,
    init: `Usage: tunegate init --knowledge-changes weekly --needs-citations true --monthly-queries 100000 [options]

Writes what a repository needs to start, from analyze's answers:
  tunegate.yml                      the recommended approach, the answers, a cost block priced
                                    from the policy's estimate, placeholders for evals, budget
                                    and waivers
  .github/workflows/tunegate.yml    the pull-request check and the weekly pricing-drift audit
  .tunegate/pricing.yml             pinned prices for every model the plan uses
It never overwrites: if any of them exists it stops (exit 2), names it and writes nothing.

${ANSWERS}

  --name NAME      the plan's name (default: the repository folder's name)
  --print          show what would be written, write nothing
${POLICY_FLAG}
${PRICING_FLAG}

Exit codes: 0 written (or printed), 2 a file exists or bad input, 70 internal error.
`,
    audit: `Usage: tunegate audit [--plan GLOB] [options]

Compares every pinned price the repository answers for (its own pins and the shipped prices
its plans use) with current prices, ages them, flags model shutdowns and announced changes,
and re-costs every plan at pinned, current and announced prices.

  --plan GLOB      plans to re-cost (default **/tunegate.yml)
${POLICY_FLAG}
${PRICING_FLAG}
  --current FILE|URL|bundled   current prices (default: genai-prices' published live data)
${formatFlag("audit")}
  --fail-on ${FAIL_ON}  which verdict exits 1 (default warning: anything that needs action)
  --today YYYY-MM-DD

${EXIT_CODES}`,
    pricing: `Usage: tunegate pricing pin [--plan GLOB] [options]

Writes or refreshes the repository's pinned price of every model the plans use, from the price
data tunegate bundles (or --data). Comments and hand-pinned entries (check: manual) survive.
The file is written without following symbolic links and only inside the repository.

  --plan GLOB      plans whose models to pin (default **/tunegate.yml)
  --pricing FILE   the file to write (default: the policy's pricing.file, else
                   .tunegate/pricing.yml, created with its folder when absent)
${POLICY_FLAG}
  --data FILE|URL|bundled   where prices come from (default bundled)
  --today YYYY-MM-DD        the as_of date written

Exit codes: 0 pinned, 1 a model is unknown to the price data, 2 bad input or a refused path,
3 the price data could not be read, 70 internal error.
`,
    evals: `Usage: tunegate evals FILE... [--format ${formatChoices("evals")}]

Lists what each eval file holds, in the names a plan uses: the detected format, the tool's
version, the model, and every suite, benchmark or task with its metric, n and score. Paths are
relative to the folder you are in and must stay in the repository (the git work tree).

${formatFlag("evals")}

Exit codes: 0 listed, 2 a file that cannot be read (named, with its line).
`,
    schema: `Usage: tunegate schema ${schema_names/* SCHEMA_NAMES */.R.join("|")}

Prints the JSON Schema of a file tunegate reads or writes (the committed copies are in the
package's schemas/ folder). The policy schema describes a partial override: every key is optional.

Exit codes: 0 printed, 2 unknown schema name.
`,
};
const USAGE = `tunegate: the pre-deploy gate for RAG, fine-tuning and hybrid LLM systems

Usage:
  tunegate init    --knowledge-changes ... --needs-citations ... --monthly-queries N [--print]
  tunegate check   [--plan tunegate.yml] [--policy FILE] [--pricing FILE] [--format ${formatChoices("check")}]
                   [--fail-on ${FAIL_ON}] [--today YYYY-MM-DD] [--base REF] [--attestation FILE]
  tunegate analyze --knowledge-changes daily|weekly|monthly|yearly|static
                   --needs-citations true|false --monthly-queries 100000 [more answers and costs]
  tunegate audit   [--plan GLOB] [--pricing FILE] [--current FILE|URL|bundled] [--format ...]
  tunegate pricing pin [--plan GLOB] [--pricing FILE] [--data FILE|URL|bundled]
  tunegate evals   FILE... [--format ${formatChoices("evals")}]
  tunegate schema  ${schema_names/* SCHEMA_NAMES */.R.join("|")}
  tunegate verify  --attestation FILE (--artifact PATH | --digest sha256:...) [--max-age-days N]
                   [--policy-digest sha256:...]
  tunegate --version

"tunegate <command> --help" describes each command's options.

${EXIT_CODES}`;
//# sourceMappingURL=usage.js.map
;// CONCATENATED MODULE: ./lib/shell/cli/main.js






// Each command is loaded when it runs: `--version`, help and usage errors load none of them,
// and `check` does not compile the audit's price feed or the JSON Schemas.
const COMMANDS = {
    init: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(294), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(411), __webpack_require__.e(240), __webpack_require__.e(514), __webpack_require__.e(852), __webpack_require__.e(194), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 7082))).initCommand(args, io),
    check: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(800), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(411), __webpack_require__.e(240), __webpack_require__.e(514), __webpack_require__.e(791), __webpack_require__.e(852), __webpack_require__.e(891), __webpack_require__.e(558), __webpack_require__.e(853), __webpack_require__.e(831)]).then(__webpack_require__.bind(__webpack_require__, 6831))).checkCommand(args, io),
    analyze: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(411), __webpack_require__.e(240), __webpack_require__.e(852), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 8995))).analyzeCommand(args, io),
    audit: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 7504))).auditCommand(args, io),
    pricing: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(493), __webpack_require__.e(411), __webpack_require__.e(240), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 7877))).pricingCommand(args, io),
    schema: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(791), __webpack_require__.e(558), __webpack_require__.e(325), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 6694))).schemaCommand(args, io),
    evals: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(800), __webpack_require__.e(425), __webpack_require__.e(411), __webpack_require__.e(891), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 9312))).evalsCommand(args, io),
    verify: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 4798))).verifyCommand(args, io),
};
/**
 * The CLI: argv in, exit code out. The one place a throw becomes an exit code: usage errors
 * exit 2 with the message, anything unexpected exits 70 without a stack trace.
 */
async function main(argv, unsafe) {
    // Plan names, paths, reasons, suite names and flags reach both streams: show a terminal's
    // control characters instead of letting them recolour, retitle or overwrite the verdict.
    // Nor may either carry a credential a named file held (output-guard.ts).
    const guard = (0,output_guard/* outputGuard */.J)();
    const io = {
        ...unsafe,
        out: (text) => unsafe.out(guard((0,parts_escape/* terminalSafe */.kJ)(text))),
        err: (text) => unsafe.err(guard((0,parts_escape/* terminalSafe */.kJ)(text))),
    };
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        if (error instanceof flags/* UsageError */.eb) {
            const command = argv[0] !== undefined && argv[0] in COMMANDS ? argv[0] : undefined;
            io.err(`tunegate: ${(0,parts_escape/* oneLine */.TN)(error.message)}\nRun "tunegate ${command === undefined ? "help" : `${command} --help`}" for usage.\n`);
            return cli_io/* EXIT_USAGE */.Ri;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.err(`tunegate: internal error: ${(0,parts_escape/* oneLine */.TN)(message)}\nThis is a bug in tunegate; set TUNEGATE_DEBUG=1 for details and please report it.\n`);
        if ((io.env ?? process.env)["TUNEGATE_DEBUG"] === "1" && error instanceof Error)
            io.err(`${error.stack}\n`);
        return cli_io/* EXIT_INTERNAL */.vE;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h") {
        io.out(USAGE);
        return 0;
    }
    if (command === "help")
        return help(rest, io);
    if (command === "--version" || command === "-v") {
        io.out(`tunegate ${version/* VERSION */.x}\n`);
        return 0;
    }
    const run = COMMANDS[command];
    if (run === undefined) {
        const near = [...Object.keys(COMMANDS), "help"].find((c) => c.startsWith(command.slice(0, 2)));
        throw new flags/* UsageError */.eb(`unknown command "${command}"${near === undefined ? "" : `; did you mean "${near}"?`}`);
    }
    // Each command's own help, whatever else is on the line (`tunegate pricing pin --help` too).
    if (rest.includes("--help") || rest.includes("-h")) {
        io.out(COMMAND_USAGE[command]);
        return 0;
    }
    return run(rest, io);
}
function help(args, io) {
    const topic = args[0];
    if (topic === undefined) {
        io.out(USAGE);
        return 0;
    }
    const text = COMMAND_USAGE[topic];
    if (text === undefined)
        throw new flags/* UsageError */.eb(`no help on "${topic}"; commands: ${Object.keys(COMMAND_USAGE).join(", ")}`);
    io.out(text);
    return 0;
}
//# sourceMappingURL=main.js.map

/***/ })

};

//# sourceMappingURL=111.index.js.map