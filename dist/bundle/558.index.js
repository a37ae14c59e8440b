export const id = 558;
export const ids = [558];
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

/***/ 5528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ NOT_IN_CANDIDATE),
/* harmony export */   q: () => (/* binding */ unmatchedNames)
/* harmony export */ });
/** How a summary says a listed name has nothing in the candidate's results; the headline repeats it. */
const NOT_IN_CANDIDATE = "not in the candidate results";
/**
 * Names the plan lists that the candidate's results do not hold (a name no file holds at all is
 * an input error before any gate runs): the gate says the name matches nothing there, rather
 * than calling the suite too low and asking to improve it.
 */
function unmatchedNames(list, names, inBaseline) {
    const unique = [...new Set(names)];
    const baselineHas = unique.filter(inBaseline);
    const where = baselineHas.length === 0
        ? ""
        : ` (only the baseline's results have ${baselineHas.length === unique.length ? (unique.length === 1 ? "it" : "them") : baselineHas.join(", ")})`;
    return {
        summary: `${unique.join(", ")} ${NOT_IN_CANDIDATE}${where}`,
        fix: `run ${unique.join(", ")} on the candidate, or list in evals.${list} only names the candidate's results hold (\`tunegate evals FILE\` lists them)`,
    };
}
//# sourceMappingURL=unmatched.js.map

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

/***/ 8669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport),
  Q: () => (/* binding */ reportSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/input/repo-path.js
var repo_path = __webpack_require__(6241);
// EXTERNAL MODULE: ./lib/engine/evals/model.js
var evals_model = __webpack_require__(7619);
;// CONCATENATED MODULE: ./lib/engine/gates/evidence.js

const decisionSchema = schemas/* enum */.k5n(["pass", "fail", "inconclusive"]);
/** What one benchmark showed, with enough numbers for a reader to check the decision. */
const evidenceSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    benchmark: schemas/* string */.YjP(),
    metric: schemas/* string */.YjP(),
    n: schemas/* number */.aig().nullable(),
    candidate: schemas/* number */.aig(),
    baseline: schemas/* number */.aig().nullable(),
    scale: schemas/* enum */.k5n(["ratio", "difference", "score"])
        .describe("ratio to the baseline (above chance), signed difference from it in the metric's better direction, or a score against a floor"),
    threshold: schemas/* number */.aig()
        .describe("what the estimate is judged against: the minimum ratio, minus the largest allowed drop, or the floor"),
    estimate: schemas/* number */.aig().describe("ratio to baseline, difference from it, or score, as `scale` says"),
    lower: schemas/* number */.aig().nullable(),
    upper: schemas/* number */.aig().nullable(),
    method: schemas/* string */.YjP(),
    decision: decisionSchema,
    note: schemas/* string */.YjP().nullable(),
}));
//# sourceMappingURL=evidence.js.map
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
// EXTERNAL MODULE: ./lib/engine/gates/unmatched.js
var unmatched = __webpack_require__(5528);
// EXTERNAL MODULE: ./lib/engine/gates/verdict.js
var verdict = __webpack_require__(3320);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
// EXTERNAL MODULE: ./lib/engine/output/parts/customisation-value.js
var customisation_value = __webpack_require__(5611);
// EXTERNAL MODULE: ./lib/engine/rules/origin.js
var origin = __webpack_require__(9350);
;// CONCATENATED MODULE: ./lib/engine/output/parts/model.js













const model_location = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({ file: schemas/* string */.YjP(), line: schemas/* number */.aig().int(), column: schemas/* number */.aig().int() }));
const level = schemas/* enum */.k5n(["error", "warning", "info", "none"]);
/** The JSON report is a public contract; this schema documents it and `tunegate schema report` prints it. */
const reportSchema = schemas/* lazy */.RZV(() => schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    tool: schemas/* literal */.euz("tunegate"),
    plan: schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        file: schemas/* string */.YjP(),
        approach: schemas/* enum */.k5n(schema/* APPROACHES */.lg),
        fine_tune_method: schemas/* string */.YjP().nullable(),
        artifacts: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), path: schemas/* string */.YjP().nullable(), digest: schemas/* string */.YjP().nullable() }))
            .describe("what a deploy ships (models.artifacts): a repository path (relative to the root) to hash, or a name with its sha256: digest"),
    }),
    verdict: verdict/* verdictSchema */.$D,
    headline: schemas/* string */.YjP(),
    recommendation: schemas/* object */.Ikc({
        approach: schemas/* enum */.k5n(schema/* APPROACHES */.lg),
        fine_tune_method: schemas/* string */.YjP().nullable(),
        matches_plan: schemas/* boolean */.zMY(),
        reasons: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), message: schemas/* string */.YjP() })),
    }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({ rule: schemas/* string */.YjP(), level, message: schemas/* string */.YjP(), fix: schemas/* string */.YjP(), field: schemas/* string */.YjP(), location: model_location })),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({
        ...(0,gate_result/* gateFindingFields */.qr)(),
        field: schemas/* string */.YjP(),
        location: model_location,
        waiver: gate_result/* waiverNoteSchema */.E4.nullable(),
        evidence: schemas/* array */.YOg(evidenceSchema)
            .describe("per-benchmark numbers behind an eval gate's decision; empty for other gates"),
    })),
    cost: schemas/* object */.Ikc({
        monthly_usd: schemas/* number */.aig(),
        one_time_usd: schemas/* number */.aig(),
        per_query_usd: schemas/* number */.aig(),
        monthly_queries: schemas/* number */.aig(),
        budget: schemas/* object */.Ikc({ monthly_usd: schemas/* number */.aig().nullable(), one_time_usd: schemas/* number */.aig().nullable() }).nullable(),
        break_even_monthly_queries: schemas/* number */.aig()
            .nullable()
            .describe("the most queries a month the monthly budget covers"),
        self_host_crossover: schemas/* object */.Ikc({
            monthly_queries: schemas/* number */.aig().nullable(),
            self_host_monthly_usd: schemas/* number */.aig().nullable(),
            api_per_query_usd: schemas/* number */.aig(),
            assumption: schemas/* string */.YjP(),
        })
            .nullable()
            .describe("for plans that fine-tune or could: the monthly volume above which self-hosting beats paying per token; null queries when never"),
        items: schemas/* array */.YOg(schemas/* object */.Ikc({
            id: schemas/* string */.YjP(),
            label: schemas/* string */.YjP(),
            period: schemas/* enum */.k5n(["monthly", "one_time"]),
            usd: schemas/* number */.aig(),
            assumption: schemas/* string */.YjP(),
            price_source: schemas/* string */.YjP(),
        })),
        unpriced: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), label: schemas/* string */.YjP(), summary: schemas/* string */.YjP(), fix: schemas/* string */.YjP() }))
            .optional()
            .describe("costs the plan has but no price for (serving a fine-tune whose price is not published): left out of the totals above, never counted as $0; absent when every item is priced"),
    })
        .nullable(),
    customisation_value: customisation_value/* customisationValueSchema */.DM
        .nullable()
        .describe("quality against cost beside the simpler alternative (evals.alternative); null when no task suite was judged against it"),
    evals: schemas/* object */.Ikc({
        candidate: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable(),
        baseline: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable(),
        alternative: schemas/* array */.YOg(evals_model/* sourceFileSchema */.dK).nullable(),
    })
        .describe("what was read on each side, file by file; null for a side the plan does not name"),
    policy: schemas/* object */.Ikc({ files: schemas/* array */.YOg(schemas/* string */.YjP()), pricing_file: schemas/* string */.YjP() }),
    rules: origin/* rulesOriginSchema */.t_,
    evaluated_on: schemas/* string */.YjP(),
})
    .describe("tunegate report"));
/** Decision in, the one report model every renderer reads out. */
function buildReport(decision, source) {
    const { plan, recommendation, cost } = decision;
    const failing = decision.gates.filter((g) => g.level === "error");
    const warning = decision.gates.filter((g) => g.level === "warning");
    const budget = plan.budget;
    return {
        schema_version: 1,
        tool: "tunegate",
        plan: {
            name: plan.name,
            file: decision.planFile,
            approach: plan.approach,
            fine_tune_method: plan.approach === "hybrid" ? ((0,approach/* fineTuneMethodOf */.Rj)(plan) ?? null) : null,
            artifacts: (plan.models?.artifacts ?? []).map((a) => {
                if (typeof a !== "string")
                    return { name: a.name, path: null, digest: a.digest };
                const resolved = (0,repo_path/* resolveRepoPath */.qo)(decision.planFile, a);
                return { name: a, path: resolved.ok ? resolved.path : null, digest: null };
            }),
        },
        verdict: decision.verdict,
        headline: headline(plan.name, decision.verdict, failing, warning.map((g) => g.id), decision.gates.filter((g) => g.outcome === "waived").map((g) => g.id)),
        recommendation: {
            approach: recommendation.approach,
            fine_tune_method: recommendation.fine_tune_method ?? null,
            matches_plan: recommendation.approach === plan.approach,
            reasons: recommendation.reasons.map((r) => ({ rule: r.rule, message: r.message })),
        },
        findings: decision.findings.map((f) => ({
            rule: f.rule,
            level: f.level,
            message: f.message,
            fix: f.fix,
            field: (0,diagnostic/* formatFieldPath */.vZ)(f.path),
            location: source.locate(f.path),
        })),
        gates: decision.gates.map((g) => ({
            id: g.id,
            title: g.title,
            outcome: g.outcome,
            level: g.level,
            summary: g.summary,
            fix: g.fix,
            measured: g.measured,
            measured_display: g.measured_display,
            threshold: g.threshold,
            details: g.details,
            field: (0,diagnostic/* formatFieldPath */.vZ)(g.path),
            location: g.location ?? source.locate(g.path),
            waiver: g.waiver ?? null,
            evidence: g.evidence ?? [],
        })),
        cost: cost === undefined
            ? null
            : {
                monthly_usd: cost.monthly_usd,
                one_time_usd: cost.one_time_usd,
                per_query_usd: cost.per_query_usd,
                monthly_queries: plan.use_case.monthly_queries,
                budget: budget === undefined
                    ? null
                    : { monthly_usd: budget.monthly_usd ?? null, one_time_usd: budget.one_time_usd ?? null },
                break_even_monthly_queries: budget?.monthly_usd === undefined ? null : (0,model/* breakEvenMonthlyQueries */.fu)(cost, budget.monthly_usd),
                self_host_crossover: decision.crossover ?? null,
                items: cost.items.map((i) => ({
                    id: i.id,
                    label: i.label,
                    period: i.period,
                    usd: i.usd,
                    assumption: i.assumption,
                    price_source: i.price_source,
                })),
                ...(cost.unpriced.length === 0
                    ? {}
                    : { unpriced: cost.unpriced.map((u) => ({ id: u.id, label: u.label, summary: u.summary, fix: u.fix })) }),
            },
        customisation_value: (0,customisation_value/* customisationValueOf */.zN)(decision),
        evals: {
            candidate: decision.evalSources.candidate,
            baseline: decision.evalSources.baseline,
            alternative: decision.evalSources.alternative ?? null,
        },
        policy: { files: decision.policyFiles, pricing_file: decision.pricingFile },
        rules: decision.rules,
        evaluated_on: decision.today,
    };
}
/** The verdict in a line; waived gates are always counted, so "all gates pass" never hides one. */
function headline(name, verdict, blocking, warnings, waived) {
    const excused = waived.length === 0 ? "" : `; ${waived.length} waived (${waived.join(", ")})`;
    if (verdict === "fail") {
        // Missing evidence is not a failed measurement: a new plan's first run says what is missing.
        // A listed name the candidate's results lack is said in the headline, not left to the table.
        const failed = blocking
            .filter((g) => g.outcome !== "missing")
            .map((g) => (g.summary.includes(unmatched/* NOT_IN_CANDIDATE */.a) ? `${g.id}: ${g.summary.split(" (")[0]}` : g.id));
        const missing = blocking.filter((g) => g.outcome === "missing").map((g) => g.id);
        const parts = [
            failed.length === 0 ? "" : `${failed.length} gate${failed.length === 1 ? "" : "s"} failed (${failed.join(", ")})`,
            missing.length === 0
                ? ""
                : `${missing.length}${failed.length === 0 ? ` gate${missing.length === 1 ? "" : "s"}` : ""} without evidence (${missing.join(", ")})`,
        ].filter((p) => p !== "");
        return `${name}: blocked, ${parts.join(", ")}${excused}`;
    }
    if (verdict === "warn")
        return `${name}: passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"} (${warnings.join(", ")})${excused}`;
    return waived.length === 0
        ? `${name}: all gates pass`
        : `${name}: passes with ${waived.length} gate${waived.length === 1 ? "" : "s"} waived (${waived.join(", ")})`;
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 2641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ waiverOrigin),
/* harmony export */   jd: () => (/* binding */ waiverLabel),
/* harmony export */   qw: () => (/* binding */ WAIVER_ORIGIN)
/* harmony export */ });
/**
 * Where a waiver was written when it is not in the plan itself (`.tunegate/waivers.yml`), so a
 * message names that file's entry and an annotation lands on its line. Kept under a symbol: spreads
 * carry it, but JSON (the plan as applied, its sha256, the attestation) never sees it, so moving a
 * waiver between the plan and the file changes no digest of the rules.
 */
const WAIVER_ORIGIN = Symbol("tunegate.waiverOrigin");
function waiverOrigin(waiver) {
    return waiver[WAIVER_ORIGIN];
}
/** How messages name a waiver: `waivers[2]` in the plan, `.tunegate/waivers.yml waivers[0]` in the file. */
function waiverLabel(waiver, planIndex) {
    const origin = waiverOrigin(waiver);
    return origin === undefined ? `waivers[${planIndex}]` : `${origin.file} waivers[${origin.index}]`;
}
//# sourceMappingURL=waiver-origin.js.map

/***/ }),

/***/ 9350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PQ: () => (/* binding */ OWN_RULES),
/* harmony export */   Sg: () => (/* binding */ planThresholdSource),
/* harmony export */   t_: () => (/* binding */ rulesOriginSchema),
/* harmony export */   vU: () => (/* binding */ headRulesInPullRequest)
/* harmony export */ });
/* unused harmony export loosenedRuleSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

/** One rule the pull request loosens: listed for the reviewer, applied only once merged. */
const loosenedRuleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    where: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["plan", "policy", "input"])
        .describe("plan: a threshold, selection or waiver in the plan; policy: a policy value; input: the Action's rules-from"),
    rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe("the rule's path, e.g. evals.task_floor or gates.safety.min_score"),
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .optional()
        .describe("set when the rule is written in a file of its own beside the plan: .tunegate/waivers.yml"),
    base: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe("the value that applies: the base branch's, or the floor's"),
    head: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .describe("the pull request's value, which applies after merge; below a floor, the checked files' value, which never applies"),
    floor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .optional()
        .describe('set when a floor holds the rule: "organisation policy OWNER/REPO/PATH@REF" or "tunegate default floor"; a repository can only tighten it, so its own value never applies'),
}));
/** Where the rules that judged a plan came from, and what the pull request would loosen. */
const rulesOriginSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    from: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["base", "head"])
        .describe("base: the stricter of the base branch's and the pull request's rules; head: the checked-out files' own (no pull request, rules-from: head, or the base could not be read)"),
    base_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().describe("the base commit the rules were read at; null when none was"),
    loosened: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(loosenedRuleSchema)
        .describe("rules the pull request loosens: the base's value applies until the change is merged"),
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).describe("why the base's rules could not be read, with the fix"),
    base_plan: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["same-path", "moved", "new"])
        .nullable()
        .optional()
        .describe("in a pull request judged by the base's rules: same-path, the plan at this path at the base; moved, a plan of the same name at another path there (base_plan_file), whose rules apply; new, no plan of this name at the base, so its own thresholds judge it and only the floors hold them"),
    base_plan_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullable()
        .optional()
        .describe("the base's plan file whose rules applied, when it is at another path (base_plan: moved)"),
    plan_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullable()
        .describe("sha256 of the plan as applied (canonical JSON, after the base's rules); what an attestation names"),
    policy_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .nullable()
        .describe("sha256 of the policy as applied (canonical JSON, after the base's rules); what `tunegate verify --policy-digest` checks"),
    waivers_file: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() })
        .optional()
        .describe("the .tunegate/waivers.yml read beside the plan, by its bytes' sha256; absent when the plan's folder has none"),
})
    .describe("who set the bar: the rules of a pull request come from its base branch"));
/** A run with no base to compare with (a push, the CLI without --base): the files' own rules. */
const OWN_RULES = {
    from: "head",
    base_sha: null,
    loosened: [],
    warnings: [],
    plan_sha256: null,
    policy_sha256: null,
};
/** rules-from: head in a pull request: every rule is the pull request's, which is itself a loosening. */
function headRulesInPullRequest(baseSha) {
    return {
        ...OWN_RULES,
        loosened: [
            {
                where: "input",
                rule: "rules-from",
                base: "base",
                head: `head (the pull request's own rules; base ${baseSha.slice(0, 7)} not consulted)`,
            },
        ],
    };
}
/**
 * How a report names where a plan threshold came from: the plan, unless the pull request loosened
 * one of `rules` and the base commit's value judged, e.g. "plan (budget) at base branch 1a2b3c4".
 */
function planThresholdSource(rules, label, ...planRules) {
    const fromBase = rules?.base_sha != null &&
        rules.loosened.some((r) => r.where === "plan" && r.floor === undefined && planRules.includes(r.rule));
    return fromBase ? `${label} at base branch ${rules.base_sha.slice(0, 7)}` : label;
}
//# sourceMappingURL=origin.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ WAIVERS_FILE),
/* harmony export */   UT: () => (/* binding */ mergeWaivers),
/* harmony export */   fs: () => (/* binding */ waiversFileSchema),
/* harmony export */   gL: () => (/* binding */ loadWaiversFile)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2351);
/* harmony import */ var _input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4903);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1383);
/* harmony import */ var _plan_waiver_origin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2641);





/** The waivers file read beside a plan: in a folder CODEOWNERS can protect apart from the plan. */
const WAIVERS_FILE = ".tunegate/waivers.yml";
/**
 * `.tunegate/waivers.yml`: the same waivers a plan may hold, in a file of their own. Its entries
 * take the plan's waiver schema as is, so the two can never disagree.
 */
const waiversFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    waivers: _plan_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .planSchema */ .Fu.unwrap().shape.waivers,
})
    .describe("tunegate waivers: .tunegate/waivers.yml beside the plans it applies to, merged with each plan's own waivers (a gate takes one waiver across both)"));
/** The file's waivers, validated, with a located diagnostic for each problem. */
function loadWaiversFile(file, text) {
    const parsed = (0,_input_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlMapping */ .$)(file, text, "a waivers file must be a YAML mapping with version: 1 and waivers");
    if (!parsed.ok)
        return parsed;
    const source = parsed.value;
    const result = waiversFileSchema.safeParse(source.data);
    if (!result.success)
        return { ok: false, diagnostics: (0,_input_schema_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaDiagnostics */ .m)(result.error.issues, source, waiversFileSchema) };
    const diagnostics = [];
    const first = new Map();
    result.data.waivers.forEach((waiver, index) => {
        const earlier = first.get(waiver.gate);
        if (earlier === undefined)
            first.set(waiver.gate, index);
        else
            diagnostics.push(duplicate(source.locate(["waivers", index, "gate"]), `waivers[${index}].gate`, waiver.gate, `waivers[${earlier}] of this file`));
    });
    return diagnostics.length > 0
        ? { ok: false, diagnostics }
        : { ok: true, value: { waivers: result.data.waivers, source } };
}
/**
 * The plan's waivers and the file's together. A gate takes one waiver, one owner and one expiry:
 * a second one for the same gate, in either place, is an error rather than a silent choice
 * between two deadlines.
 */
function mergeWaivers(plan, planFile, file) {
    const diagnostics = [];
    file.waivers.forEach((waiver, index) => {
        const inPlan = plan.waivers.findIndex((w) => w.gate === waiver.gate);
        if (inPlan !== -1)
            diagnostics.push(duplicate(file.source.locate(["waivers", index, "gate"]), `waivers[${index}].gate`, waiver.gate, `waivers[${inPlan}] of ${planFile}`));
    });
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    const fromFile = file.waivers.map((waiver, index) => ({
        ...waiver,
        [_plan_waiver_origin_js__WEBPACK_IMPORTED_MODULE_3__/* .WAIVER_ORIGIN */ .qw]: {
            file: file.source.file,
            index,
            expires: file.source.locate(["waivers", index, "expires"]),
            entry: file.source.locate(["waivers", index]),
        },
    }));
    return { ok: true, value: { ...plan, waivers: [...plan.waivers, ...fromFile] } };
}
function duplicate(location, field, gate, first) {
    return {
        kind: "invalid-value",
        message: `a second waiver for gate "${gate}" (the first is ${first}); a gate takes one waiver`,
        location,
        field,
        hint: "keep one waiver per gate, with one owner, reason and expiry, in the plan or in the waivers file",
    };
}
//# sourceMappingURL=waivers-file.js.map

/***/ }),

/***/ 7664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ runReportSchema),
/* harmony export */   IW: () => (/* binding */ buildRunReport),
/* harmony export */   hc: () => (/* binding */ inputErrorsOf)
/* harmony export */ });
/* unused harmony export deployAllowed */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _plan_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3320);
/* harmony import */ var _output_parts_plan_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6093);
/* harmony import */ var _output_parts_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8669);





const inputErrorSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    line: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    column: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
    field: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    hint: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable(),
}));
const checkedPlanSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), report: _output_parts_model_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSchema */ .Q, change: _output_parts_plan_change_js__WEBPACK_IMPORTED_MODULE_2__/* .planChangeSchema */ .Re.nullable() }));
const unreadablePlanSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), input_errors: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(inputErrorSchema) }));
/**
 * One check run over any number of plans, decided in full: each plan's report or input errors,
 * the change against the base branch, the verdict, the exit code, whether a deploy may go ahead
 * and the Action's outputs. The CLI and the Action both render this; neither decides anything.
 */
const runReportSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz("tunegate"),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictSchema */ .$D.describe("fail when any plan fails or could not be read, else warn when any warns"),
    fail_on: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .failOnSchema */ .nI,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(0), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(2)])
        .describe("2 when a plan could not be read (nothing was judged), else as fail_on says"),
    deploy_allowed: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .describe("fail-on never keeps the job green, but a failing verdict never allows a deploy"),
    failed_gates: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(_plan_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .gateIdSchema */ ._k).describe("gates that block, over every plan"),
    plans: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([checkedPlanSchema, unreadablePlanSchema])),
    removed_plans: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP())
        .describe("plans the plan input matched at the pull request's base and no longer matches at its head: their gates stopped running, so the run warns"),
    outputs: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictSchema */ .$D,
        "deploy-allowed": zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["true", "false"]),
        recommendation: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        "monthly-cost-usd": zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
        "failed-gates": zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    }),
})
    .describe("tunegate run report: every plan of one check run"));
/** Diagnostics as a run report lists them: where, which field, what and the hint. */
function inputErrorsOf(diagnostics) {
    return diagnostics.map((d) => ({
        ...d.location,
        field: d.field,
        kind: d.kind,
        message: d.message,
        hint: d.hint ?? null,
    }));
}
/** `fail-on: never` keeps the job green, but a failing verdict still keeps deploys out. */
function deployAllowed(verdict, failOn) {
    return (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(verdict, failOn === "never" ? "error" : failOn) === 0;
}
/** Every plan's outcome and fail-on in; the whole run's decision out. */
function buildRunReport(outcomes, failOn, toolVersion, removedPlans = []) {
    const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
    const unreadable = outcomes.some((o) => !o.ok);
    // A plan the pull request deleted (or moved out of the glob's reach) no longer gates anything:
    // never a silent pass, though retiring a feature is legitimate, so a warning.
    const verdict = outcomes.length === 0 || unreadable || reports.some((r) => r.verdict === "fail")
        ? "fail"
        : reports.some((r) => r.verdict === "warn") || removedPlans.length > 0
            ? "warn"
            : "pass";
    const allowed = !unreadable && outcomes.length > 0 && deployAllowed(verdict, failOn);
    const failedGates = [...new Set(reports.flatMap((r) => r.gates.filter((g) => g.level === "error").map((g) => g.id)))];
    return {
        schema_version: 1,
        tool: "tunegate",
        tool_version: toolVersion,
        verdict,
        fail_on: failOn,
        // Bad input is never a pass, whatever fail-on says: nothing was judged.
        exit_code: unreadable || outcomes.length === 0 ? 2 : (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .Rr)(verdict, failOn),
        deploy_allowed: allowed,
        failed_gates: failedGates,
        plans: outcomes.map((o) => o.ok
            ? { file: o.file, report: o.report, change: o.change ?? null }
            : { file: o.file, input_errors: inputErrorsOf(o.diagnostics) }),
        removed_plans: [...removedPlans],
        outputs: {
            verdict,
            "deploy-allowed": allowed ? "true" : "false",
            recommendation: reports.length === 1
                ? reports[0].recommendation.approach
                : JSON.stringify(Object.fromEntries(reports.map((r) => [r.plan.file, r.recommendation.approach]))),
            "monthly-cost-usd": reports.some((r) => r.cost !== null)
                ? reports.reduce((sum, r) => sum + (r.cost?.monthly_usd ?? 0), 0).toFixed(2)
                : "",
            "failed-gates": JSON.stringify(failedGates),
        },
    };
}
//# sourceMappingURL=run-report.js.map

/***/ })

};

//# sourceMappingURL=558.index.js.map