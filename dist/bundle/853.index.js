export const id = 853;
export const ids = [853];
export const modules = {

/***/ 9217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ answerReadiness),
/* harmony export */   kt: () => (/* binding */ READINESS_ITEMS)
/* harmony export */ });
/* unused harmony export applicableReadinessItems */
/** docs/framework.md section 6, in its order, with the wording a reviewer reads. */
const READINESS_ITEMS = [
    ["enough_examples", ">= 100 high-quality examples (500+ preferred)"],
    ["knowledge_static", "knowledge static for 6+ months"],
    ["behavior_change_needed", "a behavioural change is needed"],
    ["tried_rag_few_shot", "RAG + few-shot tried first"],
    ["eval_pipeline_ready", "evaluation pipeline ready"],
    ["iteration_time", "time for 3-5 training iterations"],
    ["maintenance_plan", "a maintenance plan for when base models improve"],
    ["forgetting_tested", "tested for catastrophic forgetting"],
    ["latency_justifies", "latency critical enough to justify removing retrieval"],
    ["beats_prompting", "a reason why fine-tuning beats prompting here"],
];
/**
 * Items about replacing retrieval with fine-tuned knowledge; a hybrid keeps retrieval, so for it
 * they do not apply.
 */
const RETRIEVAL_REPLACEMENT_ITEMS = new Set(["knowledge_static", "latency_justifies"]);
function applicableReadinessItems(keepsRetrieval) {
    return keepsRetrieval ? READINESS_ITEMS.filter(([key]) => !RETRIEVAL_REPLACEMENT_ITEMS.has(key)) : READINESS_ITEMS;
}
function answerReadiness(readiness, keepsRetrieval) {
    const no = [];
    const unanswered = [];
    let yes = 0;
    for (const [key, label] of applicableReadinessItems(keepsRetrieval)) {
        const answer = readiness[key];
        if (answer === true)
            yes++;
        else if (answer === false)
            no.push(label);
        else
            unanswered.push(label);
    }
    return { no, unanswered, yes };
}
//# sourceMappingURL=readiness.js.map

/***/ }),

/***/ 4032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ attestationFor)
/* harmony export */ });
/* unused harmony export NO_ARTIFACT */
/* harmony import */ var _engine_attestation_statement_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8362);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8026);


/** Why no statement was written: the report says how to add one. */
const NO_ARTIFACT = "no attestation written: no plan declares the artifacts a deploy ships; add models: { artifacts: [path/to/model.safetensors] } (repository paths, hashed with sha256) or { name, digest: sha256:... } to the plan";
/**
 * The in-toto statement for a run: its subjects are the artifacts every judged plan declares
 * (repository files hashed here, or the digests written in the plan). None declared: no statement.
 */
async function attestationFor(root, run, locate = (file) => ({ file, line: 1, column: 1 })) {
    const files = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .workingTreeFiles */ .rk)(root);
    const subjects = [];
    const diagnostics = [];
    for (const plan of run.plans) {
        if (!("report" in plan))
            continue;
        for (const artifact of plan.report.plan.artifacts) {
            if (artifact.digest !== null)
                subjects.push({ name: artifact.name, sha256: artifact.digest.replace(/^sha256:/, "") });
            else if (artifact.path !== null) {
                const sha256 = await files.sha256(artifact.path);
                if (sha256 === null) {
                    diagnostics.push({
                        kind: "file-missing",
                        message: `artifact ${artifact.path} cannot be read, so no statement can name its digest`,
                        location: locate(plan.report.plan.file),
                        field: "models.artifacts",
                        hint: "build the artifact before the check, or give { name, digest: sha256:... } for a file kept elsewhere",
                    });
                }
                else
                    subjects.push({ name: artifact.path, sha256 });
            }
            else
                diagnostics.push({
                    kind: "path-escape",
                    message: `artifact ${artifact.name} is not a path inside the repository`,
                    location: locate(plan.report.plan.file),
                    field: "models.artifacts",
                });
        }
    }
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    if (subjects.length === 0)
        return { ok: true, text: null, note: NO_ARTIFACT };
    const unique = [...new Map(subjects.map((s) => [`${s.name}\0${s.sha256}`, s])).values()];
    return {
        ok: true,
        text: `${JSON.stringify((0,_engine_attestation_statement_js__WEBPACK_IMPORTED_MODULE_0__/* .buildStatement */ .Y5)(run, unique), null, 2)}\n`,
        note: `in-toto statement for ${unique.length} artifact${unique.length === 1 ? "" : "s"}, verdict ${run.verdict}`,
    };
}
//# sourceMappingURL=attestation.js.map

/***/ }),

/***/ 2539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./lib/engine/cost/crossover.js
var crossover = __webpack_require__(1712);
// EXTERNAL MODULE: ./lib/engine/cost/alternative.js
var alternative = __webpack_require__(5353);
// EXTERNAL MODULE: ./lib/engine/cost/model.js
var model = __webpack_require__(751);
// EXTERNAL MODULE: ./lib/engine/input/lookalike.js
var lookalike = __webpack_require__(2588);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
;// CONCATENATED MODULE: ./lib/engine/cost/shipped-comparison.js


/**
 * Rates the repository pinned, or the plan wrote, for a model tunegate ships a price for, that
 * are more than `threshold` (a fraction) below the shipped price. Prices do fall and discounts
 * exist, so this is for a reviewer to confirm, not proof of a wrong price; but a model pinned at
 * $0 with today's as_of otherwise passes every budget unremarked.
 */
function ratesBelowShipped(estimate, table, threshold) {
    const shipped = table.shipped;
    if (shipped === undefined)
        return [];
    const found = [];
    const seen = new Set();
    for (const use of estimate.rates) {
        if (use.key === undefined || use.from === shipped.file)
            continue;
        const shippedKey = use.key in shipped.prices ? use.key : (0,lookalike/* lookalikeOf */.ZR)(use.key, Object.keys(shipped.prices));
        const entry = shippedKey === undefined ? undefined : shipped.prices[shippedKey];
        const reference = entry?.[use.field];
        if (entry === undefined || reference === undefined || reference <= 0)
            continue;
        const below = (reference - use.rate) / reference;
        if (below <= threshold || seen.has(`${use.key} ${use.field}`))
            continue;
        seen.add(`${use.key} ${use.field}`);
        const whose = use.from === "plan"
            ? `the plan's own ${use.field.replace("_mtok", "")} price for ${use.key}`
            : `the ${use.field.replace("_mtok", "")} price pinned for ${use.key} in ${use.from}`;
        found.push({
            key: use.key,
            field: use.field,
            rate: use.rate,
            shipped: reference,
            below,
            path: use.path,
            sentence: `${whose} (${(0,money/* formatRate */.CE)(use.rate)}/1M) is ${Math.round(below * 1000) / 10}% below ${shippedKey} in the ${shipped.file} (${(0,money/* formatRate */.CE)(reference)}/1M, as of ${entry.as_of})`,
        });
    }
    return found;
}
//# sourceMappingURL=shipped-comparison.js.map
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./lib/engine/framework/recommend.js
var recommend = __webpack_require__(7399);
;// CONCATENATED MODULE: ./lib/engine/framework/mismatches.js


const OVER_ENGINEERING_COMPONENTS = /rout|rerank|cascade|query[-_ ]?expansion|ensemble|multi[-_ ]?model/i;
/**
 * Section 4 of the framework: where the declared approach contradicts it. Fixes that name an
 * approach name the one the recommendation gives, so a report never says two different things.
 */
function named(recommendation) {
    return (0,approach/* describeApproach */.UT)({
        approach: recommendation.approach,
        fine_tune_method: recommendation.fine_tune_method ?? null,
    });
}
/** M3's fix: what the recommendation says can be done with the examples there are. */
function coldStartFix(recommendation, method, minimum, policy) {
    const recommended = (0,approach/* fineTuneMethodOf */.Rj)({
        approach: recommendation.approach,
        fine_tune_method: recommendation.fine_tune_method,
    });
    const collect = `collect ${minimum}+ curated examples for ${method}`;
    if (recommended !== undefined && policy.gates["data-sufficiency"].min_examples[recommended] < minimum) {
        return `use ${named(recommendation)}, as the framework recommends: the examples suffice for it; or ${collect}`;
    }
    return `use ${named(recommendation)} (with few-shot examples), as the framework recommends, until you ${collect}`;
}
function findMismatches(plan, policy, recommendation) {
    const findings = [];
    const sev = policy.severities;
    const fw = policy.framework;
    const method = (0,approach/* fineTuneMethodOf */.Rj)(plan);
    const pureFineTune = method !== undefined && plan.approach !== "hybrid";
    const useCase = plan.use_case;
    if (pureFineTune) {
        const changing = fw.rag_knowledge_change.includes(useCase.knowledge_change) ||
            fw.rag_preferred_knowledge_change.includes(useCase.knowledge_change);
        if (changing) {
            findings.push({
                rule: "M1",
                level: sev.M1,
                message: `fine-tuning for knowledge that changes ${useCase.knowledge_change}: every change needs a retraining run`,
                fix: "use rag for the changing knowledge (or hybrid to keep a fine-tuned voice)",
                path: ["approach"],
            });
        }
        if (useCase.citations_required) {
            findings.push({
                rule: "M1",
                level: sev.M1,
                message: "citations are required, but a fine-tuned model cannot say where it learned a fact",
                fix: "retrieve the sources (rag or hybrid) so answers can cite them",
                path: ["use_case", "citations_required"],
            });
        }
    }
    if (plan.approach === "rag" && useCase.task === "behavior") {
        findings.push({
            rule: "M2",
            level: sev.M2,
            message: "RAG for a behaviour-only task: retrieval adds facts, not style, tone or format",
            fix: recommendation.approach === "rag"
                ? "keep retrieval for the facts, and add few-shot examples for the behaviour"
                : `use ${named(recommendation)}, as the framework recommends: retrieval adds facts, not behaviour`,
            path: ["approach"],
        });
    }
    if (method !== undefined) {
        const minimum = policy.gates["data-sufficiency"].min_examples[method];
        const examples = plan.training?.examples;
        if (examples === undefined || examples < minimum) {
            findings.push({
                rule: "M3",
                level: sev.M3,
                message: examples === undefined
                    ? `cold start: the plan fine-tunes (${method}) but declares no training examples`
                    : `cold start: ${method} needs at least ${minimum} curated examples, the plan has ${examples} (short by ${minimum - examples})`,
                fix: coldStartFix(recommendation, method, minimum, policy),
                path: examples === undefined ? ["approach"] : ["training", "examples"],
            });
        }
        if (plan.evals?.candidate === undefined) {
            findings.push({
                rule: "M4",
                level: sev.M4,
                message: "no evaluation pipeline: the plan fine-tunes but declares no eval results",
                fix: "declare evals.candidate and evals.baseline (base-model results) so forgetting and safety can be gated",
                path: plan.evals === undefined ? ["approach"] : ["evals"],
            });
        }
    }
    if (plan.approach === "hybrid" && plan.architecture !== undefined && plan.architecture.evidence === undefined) {
        const heavy = plan.architecture.components.filter((c) => OVER_ENGINEERING_COMPONENTS.test(c));
        if (heavy.length > fw.max_components_without_evidence) {
            findings.push({
                rule: "M5",
                level: sev.M5,
                message: `over-engineered hybrid: ${heavy.join(", ")} declared without evidence of a measured need`,
                fix: "start with one model and plain retrieval; add components when an eval shows the need (set architecture.evidence)",
                path: ["architecture", "components"],
            });
        }
    }
    const usesRetrieval = plan.approach === "rag" || plan.approach === "hybrid";
    const latency = useCase.latency_p95_ms;
    if (usesRetrieval && latency !== undefined && latency < fw.retrieval_overhead_ms) {
        findings.push({
            rule: "latency",
            level: sev.latency,
            message: `p95 requirement ${(0,recommend/* formatMs */._)(latency)} is below retrieval's own overhead (~${(0,recommend/* formatMs */._)(fw.retrieval_overhead_ms)}: embed, search, fetch)`,
            fix: "relax the latency requirement, cache retrieval, or fine-tune to remove the retrieval hop",
            path: ["use_case", "latency_p95_ms"],
        });
    }
    return findings;
}
//# sourceMappingURL=mismatches.js.map
// EXTERNAL MODULE: ./lib/engine/input/severities.js
var severities = __webpack_require__(7070);
// EXTERNAL MODULE: ./lib/engine/framework/doc-link.js
var doc_link = __webpack_require__(1532);
// EXTERNAL MODULE: ./lib/engine/gates/gate-result.js
var gate_result = __webpack_require__(5674);
;// CONCATENATED MODULE: ./lib/engine/gates/approach-fit.js




function approachFitGate(ctx) {
    const rec = ctx.recommendation;
    const recommended = (0,approach/* describeApproach */.UT)({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null });
    const base = {
        id: "approach-fit",
        path: ["approach"],
        measured: ctx.plan.approach,
        measured_display: ctx.plan.approach,
        threshold: {
            value: rec.approach,
            display: `framework recommends ${recommended}`,
            source: `Q1-Q5 and M1-M5, ${(0,doc_link/* citeFramework */.Gn)("mismatches")}`,
        },
    };
    const differs = rec.approach !== ctx.plan.approach;
    const note = differs ? [`the framework would recommend ${recommended}; see the reasons below`] : [];
    // M4 (no eval results) is evidence that is missing, not a mismatch of approach: the forgetting
    // and safety gates report it as missing, so the approach the framework recommends is not failed.
    const findings = ctx.findings.filter((f) => f.rule !== "M4");
    if (findings.length === 0) {
        return (0,gate_result/* passed */.bF)({
            ...base,
            summary: differs
                ? `no rule contradicts ${ctx.plan.approach}`
                : `${ctx.plan.approach} is what the framework recommends`,
            details: note,
        });
    }
    const worst = severities/* SEVERITIES */.o.find((level) => findings.some((f) => f.level === level));
    const first = findings.find((f) => f.level === worst);
    return (0,gate_result/* judged */.g$)({
        ...base,
        path: first.path,
        summary: `${first.rule}: ${first.message}`,
        fix: first.fix,
        details: [...findings.map((f) => `${f.rule} (${f.level}): ${f.message}; fix: ${f.fix}`), ...note],
    }, worst);
}
//# sourceMappingURL=approach-fit.js.map
// EXTERNAL MODULE: ./lib/engine/input/count-text.js
var count_text = __webpack_require__(6788);
// EXTERNAL MODULE: ./lib/engine/gates/missing.js
var gates_missing = __webpack_require__(2961);
// EXTERNAL MODULE: ./lib/engine/policy/load.js
var load = __webpack_require__(7493);
// EXTERNAL MODULE: ./lib/engine/rules/origin.js
var origin = __webpack_require__(9350);
;// CONCATENATED MODULE: ./lib/engine/gates/cost-budget.js






function costBudgetGate(ctx) {
    const id = "cost-budget";
    const cost = ctx.cost;
    const budget = ctx.plan.budget;
    if (cost === undefined)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "no cost block to project", ["approach"], "add a cost block (llm, embedding, vector_db, fine_tune, hosting)");
    // A cost with no price is neither within budget nor zero: the projection is incomplete.
    const unpriced = cost.unpriced[0];
    if (unpriced !== undefined)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, unpriced.summary, unpriced.path, unpriced.fix, [
            `projected ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month without ${cost.unpriced.map((u) => u.label).join(", ")}`,
        ]);
    if (budget === undefined)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, `projected ${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month, but no budget to compare`, ["cost"], "add budget.monthly_usd (and one_time_usd if you fine-tune)");
    const details = [];
    const over = [];
    if (budget.monthly_usd !== undefined) {
        const ok = cost.monthly_usd <= budget.monthly_usd;
        details.push(`monthly: ${(0,money/* formatUsd */.UK)(cost.monthly_usd)} of ${(0,money/* formatUsd */.UK)(budget.monthly_usd)} ${ok ? "ok" : `OVER by ${(0,money/* formatUsd */.UK)(cost.monthly_usd - budget.monthly_usd)}`}`);
        if (!ok)
            over.push("monthly");
        const breakEven = (0,model/* breakEvenMonthlyQueries */.fu)(cost, budget.monthly_usd);
        details.push(breakEven === null
            ? "break-even: cost does not grow with traffic"
            : `break-even: the monthly budget holds up to ${(0,count_text/* formatCount */.B)(breakEven)} queries/month (plan: ${(0,count_text/* formatCount */.B)(ctx.plan.use_case.monthly_queries)})`);
    }
    if (budget.one_time_usd !== undefined) {
        const ok = cost.one_time_usd <= budget.one_time_usd;
        details.push(`one-time: ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} of ${(0,money/* formatUsd */.UK)(budget.one_time_usd)} ${ok ? "ok" : `OVER by ${(0,money/* formatUsd */.UK)(cost.one_time_usd - budget.one_time_usd)}`}`);
        if (!ok)
            over.push("one-time");
    }
    const threshold = [
        budget.monthly_usd === undefined ? undefined : `<= ${(0,money/* formatUsd */.UK)(budget.monthly_usd)}/month`,
        budget.one_time_usd === undefined ? undefined : `<= ${(0,money/* formatUsd */.UK)(budget.one_time_usd)} one-time`,
    ]
        .filter((x) => x !== undefined)
        .join(", ");
    const base = {
        id,
        path: ["budget"],
        measured: cost.monthly_usd,
        measured_display: `${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month + ${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time`,
        threshold: {
            value: budget.monthly_usd ?? budget.one_time_usd ?? null,
            display: threshold,
            source: (0,origin/* planThresholdSource */.Sg)(ctx.rules, "plan (budget)", "budget.monthly_usd", "budget.one_time_usd"),
        },
        details,
    };
    const below = ctx.belowShipped ?? [];
    if (below.length > 0) {
        const source = (0,load/* sourceOf */.vz)(ctx.policy, "audit.drift_threshold");
        details.push(...below.map((b) => `price check: ${b.sentence}`), `prices more than ${Math.round(ctx.policy.policy.audit.drift_threshold * 100)}% below the shipped ones are reported (audit.drift_threshold in ${source}); the audit compares pinned prices with the published ones`);
    }
    if (over.length > 0) {
        const monthlyOver = budget.monthly_usd !== undefined && cost.monthly_usd > budget.monthly_usd
            ? `${(0,money/* formatUsd */.UK)(cost.monthly_usd - budget.monthly_usd)}/month`
            : null;
        const oneTimeOver = budget.one_time_usd !== undefined && cost.one_time_usd > budget.one_time_usd
            ? `${(0,money/* formatUsd */.UK)(cost.one_time_usd - budget.one_time_usd)} one-time`
            : null;
        const cut = [monthlyOver, oneTimeOver].filter((x) => x !== null).join(" and ");
        return (0,gate_result/* judged */.g$)({
            ...base,
            path: ["budget", over[0] === "monthly" ? "monthly_usd" : "one_time_usd"],
            summary: `over budget (${over.join(", ")})`,
            fix: `cut ${cut}, or raise the budget`,
        }, "error");
    }
    // A budget for one period says nothing about the other: costs there are unjudged, never within budget.
    const unbudgeted = [
        budget.monthly_usd === undefined && cost.monthly_usd > 0
            ? { key: "monthly_usd", what: `${(0,money/* formatUsd */.UK)(cost.monthly_usd)}/month` }
            : undefined,
        budget.one_time_usd === undefined && cost.one_time_usd > 0
            ? { key: "one_time_usd", what: `${(0,money/* formatUsd */.UK)(cost.one_time_usd)} one-time` }
            : undefined,
    ].filter((x) => x !== undefined);
    if (unbudgeted.length > 0) {
        const judgedPart = budget.monthly_usd !== undefined ? "monthly cost within budget" : "one-time cost within budget";
        const missing = (0,gates_missing/* missingData */.$)(ctx, id, false, `${judgedPart}, but ${unbudgeted.map((u) => u.what).join(" and ")} has no budget to compare`, ["budget"], `add ${unbudgeted.map((u) => `budget.${u.key}`).join(" and ")}`, details);
        return { ...missing, measured: base.measured, measured_display: base.measured_display, threshold: base.threshold };
    }
    const level = ctx.policy.policy.severities.price_below_shipped;
    if (below.length > 0 && level !== "info") {
        const first = below[0];
        return (0,gate_result/* judged */.g$)({
            ...base,
            path: first.path,
            summary: `within budget only at ${below.length === 1 ? "a price" : `${below.length} prices`} well below the shipped one: ${first.sentence}${below.length > 1 ? `, and ${below.length - 1} more` : ""}`,
            fix: "confirm the price against the provider's current price list (tunegate audit), or re-pin it: tunegate pricing pin",
        }, level);
    }
    return (0,gate_result/* passed */.bF)({ ...base, summary: "projected cost within budget" });
}
//# sourceMappingURL=cost-budget.js.map
// EXTERNAL MODULE: ./lib/engine/gates/customisation-value.js + 1 modules
var customisation_value = __webpack_require__(1741);
;// CONCATENATED MODULE: ./lib/engine/gates/data-sufficiency.js




function dataSufficiencyGate(ctx) {
    const id = "data-sufficiency";
    const method = ctx.method;
    if (method === undefined)
        return (0,gate_result/* skipped */.hT)({
            id,
            path: ["approach"],
            summary: `${ctx.plan.approach} does not fine-tune: no training data needed`,
        });
    const examples = ctx.plan.training?.examples;
    if (examples === undefined) {
        return (0,gates_missing/* missingData */.$)(ctx, id, true, `${method} needs curated training examples; none declared`, ["approach"], "declare training.examples");
    }
    const settings = ctx.policy.policy.gates["data-sufficiency"];
    const minimum = settings.min_examples[method];
    const preferred = settings.preferred_examples[method];
    const base = {
        id,
        path: ["training", "examples"],
        measured: examples,
        measured_display: `${(0,count_text/* formatCount */.B)(examples)} examples`,
        threshold: {
            value: minimum,
            display: `>= ${(0,count_text/* formatCount */.B)(minimum)} (${(0,count_text/* formatCount */.B)(preferred)}+ preferred)`,
            source: (0,load/* sourceOf */.vz)(ctx.policy, `gates.data-sufficiency.min_examples.${method}`),
        },
    };
    if (examples < minimum) {
        return (0,gate_result/* judged */.g$)({
            ...base,
            summary: `${method} needs at least ${(0,count_text/* formatCount */.B)(minimum)} examples; the plan has ${(0,count_text/* formatCount */.B)(examples)}, short by ${(0,count_text/* formatCount */.B)(minimum - examples)}`,
            fix: `curate ${(0,count_text/* formatCount */.B)(minimum - examples)} more examples, or start with RAG and prompting`,
        }, "error");
    }
    if (examples < preferred) {
        return (0,gate_result/* judged */.g$)({
            ...base,
            summary: `enough to start, but quality may be limited: ${(0,count_text/* formatCount */.B)(preferred - examples)} more examples reach the preferred ${(0,count_text/* formatCount */.B)(preferred)}`,
            fix: `curate ${(0,count_text/* formatCount */.B)(preferred - examples)} more examples`,
        }, ctx.policy.policy.severities.quality_limited);
    }
    return (0,gate_result/* passed */.bF)({
        ...base,
        summary: `${(0,count_text/* formatCount */.B)(examples)} examples meet ${method}'s preferred ${(0,count_text/* formatCount */.B)(preferred)}`,
    });
}
//# sourceMappingURL=data-sufficiency.js.map
// EXTERNAL MODULE: ./lib/engine/evals/model.js
var evals_model = __webpack_require__(7619);
// EXTERNAL MODULE: ./lib/engine/evals/reading.js
var reading = __webpack_require__(4814);
// EXTERNAL MODULE: ./lib/engine/input/did-you-mean.js
var did_you_mean = __webpack_require__(890);
// EXTERNAL MODULE: ./lib/engine/gates/eval-judgement.js
var eval_judgement = __webpack_require__(8305);
// EXTERNAL MODULE: ./lib/engine/gates/eval-selection.js
var eval_selection = __webpack_require__(4868);
;// CONCATENATED MODULE: ./lib/engine/gates/eval-references.js






const CATEGORIES = ["general", "safety", "task"];
/**
 * The plan's benchmark and suite names are checked against what the eval files hold, with "did
 * you mean", and `evals.pool` against the plan's own names (plan-references.ts checks
 * `evals.metrics`, `evals.chance` and `statistics.primary`). Metrics a ratio cannot judge are
 * refused here too, naming the metric, unless the policy sets a drop.
 */
function evalReferenceProblems(plan, policy, candidate, baseline) {
    const problems = { plan: [], policy: [] };
    const runs = [candidate, baseline].filter((r) => r !== undefined);
    const known = [...new Set(runs.flatMap((r) => [...r.byName.keys()]))];
    const isKnown = new Set(known);
    const anyScores = runs.some((r) => r.benchmarks.length > 0);
    const ctx = { plan, candidate, baseline };
    const evals = plan.evals;
    if (anyScores) {
        for (const category of CATEGORIES) {
            (evals?.[category] ?? []).forEach((name, index) => {
                if (isKnown.has(name))
                    return;
                const suggestion = (0,did_you_mean/* closestName */.N)(name, known);
                problems.plan.push({
                    path: ["evals", category, index],
                    kind: "invalid-value",
                    message: `"${(0,lookalike/* shownName */.HD)(name, suggestion)}" matches no benchmark or suite in the eval files${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
                    hint: `the eval files have: ${known.slice(0, 20).join(", ")}${known.length > 20 ? ", ..." : ""}`,
                });
            });
        }
    }
    const declared = [...new Set(CATEGORIES.flatMap((c) => (0,eval_selection/* namesFor */.G)(ctx, c)))];
    const isDeclared = new Set(declared);
    (evals?.pool ?? []).forEach((name, index) => {
        if (isDeclared.has(name))
            return;
        const suggestion = (0,did_you_mean/* closestName */.N)(name, declared);
        problems.plan.push({
            path: ["evals", "pool", index],
            kind: "invalid-value",
            message: `evals.pool names "${(0,lookalike/* shownName */.HD)(name, suggestion)}", which is not in evals.general, evals.safety or evals.task${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
        });
    });
    // A suite run with several prompts or providers and no choice among them is an input problem
    // (which suite did the plan mean?), never a low score: the message lists the names it could use.
    for (const category of CATEGORIES) {
        (evals?.[category] ?? []).forEach((name, index) => {
            for (const run of runs) {
                const picked = (0,eval_selection/* pick */.U)(run, name, ctx);
                if (picked.ok || picked.why !== "ambiguous")
                    continue;
                problems.plan.push({
                    path: ["evals", category, index],
                    kind: "invalid-value",
                    message: picked.reason,
                    hint: `name one suite in evals.${category}, or pool them with evals.pool`,
                });
                return;
            }
        });
    }
    // A floor is a score in [0, 1] that higher must clear: it cannot apply to a lower-is-better
    // metric (it would pass exactly when the metric is worst) nor to one on another scale.
    const floors = [
        ["safety", policy.policy.gates.safety.min_score],
        ["task", evals?.task_floor],
    ];
    for (const [category, floor] of floors) {
        if (floor === undefined || candidate === undefined)
            continue;
        (0,eval_selection/* namesFor */.G)(ctx, category).forEach((name) => {
            const picked = (0,eval_selection/* pick */.U)(candidate, name, ctx);
            if (!picked.ok)
                return;
            const why = floorMismatch(picked.benchmark);
            if (why === null)
                return;
            const index = evals?.[category]?.indexOf(name) ?? -1;
            const setting = category === "safety" ? "gates.safety.min_score" : "evals.task_floor";
            problems.plan.push({
                path: index === -1
                    ? category === "task"
                        ? ["evals", "task_floor"]
                        : ["evals", category]
                    : ["evals", category, index],
                kind: "invalid-value",
                message: `"${name}" is measured with ${picked.benchmark.metric} (${picked.benchmark.value} in ${picked.benchmark.provenance.file}), and ${why}: the floor ${floor} (${setting}) cannot apply to it`,
                hint: "choose a 0-1, higher-is-better metric for it with evals.metrics, or judge it against the baseline instead",
            });
        });
    }
    const general = (0,eval_selection/* namesFor */.G)(ctx, "general");
    // A metric a ratio cannot judge, with no absolute margin to judge it by, is refused by name.
    const maxDrop = policy.policy.gates.forgetting.max_drop ?? null;
    if (candidate !== undefined && baseline !== undefined && maxDrop === null) {
        general.forEach((name) => {
            const c = (0,eval_selection/* pick */.U)(candidate, name, ctx, baseline);
            const b = (0,eval_selection/* pick */.U)(baseline, name, ctx, candidate);
            if (!c.ok || !b.ok || (0,eval_judgement/* forgettingScale */.Y2)(c.benchmark, b.benchmark, null) !== null)
                return;
            const index = evals?.general?.indexOf(name) ?? -1;
            const why = !c.benchmark.higherIsBetter ? "lower is better" : "it can be negative";
            problems.plan.push({
                path: index === -1 ? ["evals", "general"] : ["evals", "general", index],
                kind: "invalid-value",
                message: `forgetting on "${name}" is measured with ${c.benchmark.metric}, and ${why}: a ratio to the base model means nothing for it`,
                hint: "set gates.forgetting.max_drop in your policy (the largest drop allowed, in the metric's units), or choose another metric with evals.metrics",
            });
        });
    }
    return problems;
}
/** Why a 0-1 floor cannot judge this benchmark's metric, or null when it can. */
function floorMismatch(b) {
    if (!b.higherIsBetter)
        return "lower is better (the tool says so)";
    // The reader's own scale (DeepEval, Ragas, garak, Every Eval Ever's min/max) comes first; the
    // metric's name decides only when the file does not say.
    const range = b.scale ?? (0,reading/* metricRange */.Q4)(b.metric);
    if (range !== null && (range[0] !== 0 || range[1] !== 1))
        return `its scale is [${range[0]}, ${range[1]}], not [0, 1]`;
    if (b.value < 0 || b.value > 1)
        return "its value is outside [0, 1], so its scale is not the floor's";
    if (b.examples !== null) {
        let outside = false;
        (0,evals_model/* forEachScore */.z$)(b.examples, (v) => {
            if (v < 0 || v > 1)
                outside = true;
        });
        if (outside)
            return "its per-example scores leave [0, 1], so its scale is not the floor's";
    }
    return null;
}
//# sourceMappingURL=eval-references.js.map
// EXTERNAL MODULE: ./lib/engine/gates/unmatched.js
var gates_unmatched = __webpack_require__(5528);
// EXTERNAL MODULE: ./lib/engine/stats/distributions.js
var distributions = __webpack_require__(425);
// EXTERNAL MODULE: ./lib/engine/evals/identity.js
var identity = __webpack_require__(5154);
;// CONCATENATED MODULE: ./lib/engine/gates/model-identity.js

/**
 * Forgetting is about the customised model against the model it was customised from. A run of
 * another model (Llama-3.1-8B-Instruct, no adapter, against a Llama-3-8B-Instruct baseline) is
 * not that comparison: each run's identity must match the plan's `models` and, when the candidate
 * loads an adapter, the model it loads it on must be the baseline's.
 */
function modelIdentityProblem(plan, candidate, baseline) {
    const c = (0,identity/* identityOf */.cu)(candidate.provenance);
    const b = baseline === null ? null : (0,identity/* identityOf */.cu)(baseline.provenance);
    const declared = plan.models;
    const problem = sideProblem("candidate", "models.candidate", declared?.candidate, c) ??
        (baseline === null ? null : sideProblem("baseline", "models.base", declared?.base, b));
    if (problem !== null)
        return problem;
    // Declared on both sides, the declaration says which names are one model (a local path and a
    // hub id can be); undeclared, an adapter must sit on the very model the baseline ran.
    const declaredBoth = declared?.base !== undefined && declared.candidate !== undefined;
    if (!declaredBoth && c !== null && b !== null && c.adapter !== null && !c.names.some((n) => matches(n, b.names))) {
        return `the candidate loads adapter ${c.adapter} on ${c.names.join(" / ")}, but the baseline evaluated ${b.names.join(" / ")}: the adapter's base model must be the baseline (if both name one model, declare models.base and models.candidate)`;
    }
    return null;
}
function sideProblem(side, field, declared, run) {
    if (declared === undefined)
        return null;
    const want = typeof declared === "string" ? { name: declared } : declared;
    if (run === null)
        return `the ${side}'s run does not record which model it evaluated, so it cannot be checked against ${field} (${want.name})`;
    if (!matches(want.name, run.names))
        return `the ${side}'s run evaluated ${run.names.join(" / ")}, not ${field} ${want.name}`;
    const adapter = want.adapter ?? null;
    if (adapter !== run.adapter && !(adapter !== null && run.adapter !== null && matches(adapter, [run.adapter]))) {
        return `the ${side}'s run loaded ${run.adapter === null ? "no adapter" : `adapter ${run.adapter}`}, but ${field} declares ${adapter === null ? "none" : `adapter ${adapter}`}`;
    }
    if (want.revision !== undefined && run.revision !== null && run.revision !== want.revision)
        return `the ${side}'s run loaded revision ${run.revision}, but ${field} declares ${want.revision}`;
    return null;
}
/** A declared name matches a recorded one as written or behind a provider's prefix ("hf/org/model", "openai/gpt-4o", promptfoo's "openai:gpt-5"). */
function matches(declared, names) {
    const want = declared.toLowerCase();
    return names.some((n) => {
        const name = n.toLowerCase();
        return name === want || name.endsWith(`/${want}`) || name.endsWith(`:${want}`) || want.endsWith(`/${name}`);
    });
}
//# sourceMappingURL=model-identity.js.map
// EXTERNAL MODULE: ./lib/engine/gates/unsettled.js
var unsettled = __webpack_require__(5361);
;// CONCATENATED MODULE: ./lib/engine/gates/forgetting.js










function forgettingGate(ctx) {
    const id = "forgetting";
    const policy = ctx.policy.policy;
    const settings = policy.gates.forgetting;
    const required = settings.required_for.includes(ctx.plan.approach);
    const names = (0,eval_selection/* namesFor */.G)(ctx, "general");
    const candidate = ctx.candidate;
    const baseline = ctx.baseline;
    if (candidate === undefined || baseline === undefined || names.length === 0) {
        if (!required && ctx.method === undefined) {
            return (0,gate_result/* skipped */.hT)({
                id,
                path: ["approach"],
                summary: `${ctx.plan.approach} leaves the model's weights unchanged: nothing to forget`,
            });
        }
        const what = baseline === undefined
            ? "baseline (base model) results"
            : candidate === undefined
                ? "candidate results"
                : "general-capability benchmarks to compare (list them in evals.general)";
        return (0,gates_missing/* missingData */.$)(ctx, id, required, `no ${what}`, ["evals"], "declare evals.baseline and evals.candidate, and the benchmarks in evals.general");
    }
    const incomplete = candidate.incomplete ?? baseline.incomplete;
    if (incomplete !== null)
        return (0,gates_missing/* missingData */.$)(ctx, id, required, `cannot gate on these results: ${incomplete}`, ["evals"], "gate on a finished run");
    const ratio = settings.min_ratio;
    const stats = policy.statistics;
    const details = [];
    const absent = [];
    const noData = [];
    const neverBaselined = [];
    const notComparable = [];
    const judgedBenchmarks = [];
    for (const name of [...names].sort()) {
        const b = (0,eval_selection/* pick */.U)(baseline, name, ctx, candidate);
        const c = (0,eval_selection/* pick */.U)(candidate, name, ctx, baseline);
        if (!b.ok || !c.ok) {
            // Nothing scored on either side is missing data; a benchmark one side has and the other
            // skipped fails: a candidate must not pass by leaving out the benchmark it forgot.
            // A benchmark the base model was never measured on is missing its baseline, not forgotten.
            const missing = (!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data");
            if (missing)
                noData.push(name);
            else if (c.ok && !b.ok)
                neverBaselined.push(name);
            else
                absent.push(name);
            details.push(`${name}: ${!c.ok ? `candidate: ${c.reason}` : ""}${!c.ok && !b.ok ? "; " : ""}${!b.ok ? `baseline: ${b.reason}` : ""}`);
            continue;
        }
        const problem = modelIdentityProblem(ctx.plan, c.benchmark, b.benchmark) ??
            sameModelProblem(c.benchmark, b.benchmark) ??
            (0,eval_judgement/* comparabilityProblem */.s$)(c.benchmark, b.benchmark);
        if (problem !== null) {
            notComparable.push(name);
            details.push(`${name} (${c.benchmark.metric}): not comparable: ${problem}`);
            continue;
        }
        const result = (0,eval_judgement/* judgeForgetting */.NS)(c.benchmark, b.benchmark, {
            ratio,
            maxDrop: settings.max_drop ?? null,
            chance: ctx.plan.evals?.chance?.[name] ?? 0,
            stats,
        });
        judgedBenchmarks.push({
            name,
            chance: result.chance,
            result,
            covers: new Set([name, ...Object.keys(c.benchmark.provenance.subtasks ?? {})]),
        });
    }
    // A PASS is an intersection-union claim: every benchmark shown on its own at alpha, with no
    // multiplicity correction, so no benchmark's decision depends on how many others are listed
    // or on their order. A pre-declared primary set limits who may fail.
    const primary = stats.primary;
    const evidence = [];
    for (const { name, result } of judgedBenchmarks) {
        let decision = result.evidence.decision;
        const secondary = primary.length > 0 && !primary.includes(name) && decision === "fail";
        if (secondary)
            decision = "inconclusive";
        const e = { ...result.evidence, decision };
        evidence.push(e);
        const needed = decision !== "inconclusive"
            ? ""
            : result.needed === null
                ? "; no interval could be computed: run it with per-example results or standard errors"
                : `; about ${(0,count_text/* formatCount */.B)(result.needed)} examples in all would likely decide it (this run has ${e.n ?? "?"})`;
        const measure = e.scale === "ratio"
            ? `ratio ${(0,eval_judgement/* formatEstimate */.eG)(e)}`
            : `difference ${(0,eval_judgement/* formatEstimate */.eG)(e)} (may drop at most ${(-e.threshold).toString()})`;
        details.push(`${name} (${e.metric}): candidate ${e.candidate.toFixed(3)} vs base ${e.baseline.toFixed(3)}, ${measure}, n=${e.n ?? "?"}, ${e.method}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${secondary ? ` (not in statistics.primary in ${(0,load/* sourceOf */.vz)(ctx.policy, "statistics.primary")}: reported only)` : ""}${needed}`);
    }
    const overall = judgeOverall(judgedBenchmarks.filter((j) => j.result.evidence.scale === "ratio"), ratio, stats.alpha);
    if (overall !== null)
        details.push(overall.line);
    const forgot = [
        ...evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark),
        ...(overall?.decision === "fail" ? ["overall"] : []),
    ];
    const failing = [...absent, ...forgot];
    const unclear = [
        ...evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark),
        ...(overall?.decision === "inconclusive" ? ["overall"] : []),
    ];
    const ratios = evidence.filter((e) => e.scale === "ratio");
    const worst = ratios.length === 0 ? Number.NaN : Math.min(...ratios.map((e) => e.estimate));
    const base = {
        id,
        path: ["evals", "candidate"],
        measured: Number.isNaN(worst) ? null : Math.round(worst * 10000) / 10000,
        measured_display: Number.isNaN(worst) ? "—" : `worst ratio ${worst.toFixed(3)} of base`,
        threshold: {
            value: ratio,
            display: `>= ${ratio.toFixed(2)}x base${stats.method === "interval" ? ` (one-sided ${(1 - stats.alpha) * 100}% bound)` : ""}`,
            source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.forgetting.min_ratio"),
        },
        details,
        evidence,
    };
    // A benchmark that clearly forgot fails the gate whatever the policy makes of another that is not comparable.
    if (notComparable.length > 0 && (failing.length === 0 || policy.severities.not_comparable === "error")) {
        return {
            ...(0,unsettled/* notComparableResult */.N)(ctx, {
                ...base,
                summary: `not comparable: ${notComparable.join(", ")} measured different examples or settings`,
                fix: "run candidate and baseline on the same examples and settings",
            }),
            evidence,
        };
    }
    if (absent.length > 0 && failing.length === absent.length)
        return {
            ...(0,gate_result/* judged */.g$)({ ...base, ...(0,gates_unmatched/* unmatchedNames */.q)("general", absent, (n) => ctx.baseline?.byName.has(n) === true) }, "error"),
            evidence,
        };
    if (failing.length > 0) {
        const summary = [
            forgot.length > 0 ? `forgetting on ${forgot.join(", ")}` : null,
            absent.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("general", absent, (n) => ctx.baseline?.byName.has(n) === true).summary : null,
        ]
            .filter((s) => s !== null)
            .join("; ");
        const fix = [
            absent.length > 0 ? `run ${absent.join(", ")} on the candidate too` : null,
            forgot.length > 0 ? "retrain to recover the general benchmarks (mix in general data, fewer epochs)" : null,
        ]
            .filter((s) => s !== null)
            .join("; ");
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary, fix }, "error"), evidence };
    }
    if (neverBaselined.length > 0) {
        return {
            ...(0,gates_missing/* missingData */.$)(ctx, id, required, `no baseline for ${neverBaselined.join(", ")}: the base model's results do not have ${neverBaselined.length === 1 ? "it" : "them"}, so forgetting cannot be measured`, ["evals", "baseline"], `run ${neverBaselined.join(", ")} on the base model too`, details),
            evidence,
        };
    }
    if (noData.length > 0)
        return {
            ...(0,gates_missing/* missingData */.$)(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals"], "re-run the benchmarks with no scores", details),
            evidence,
        };
    if (unclear.length > 0) {
        return {
            ...(0,unsettled/* inconclusiveResult */.Y)(ctx, {
                ...base,
                summary: `inconclusive on ${unclear.join(", ")}: the interval straddles the margin`,
                fix: `run more examples on ${unclear.join(", ")}`,
            }, required),
            evidence,
        };
    }
    const summary = evidence.every((e) => e.scale === "ratio")
        ? `all ${evidence.length} general benchmarks keep >= ${ratio.toFixed(2)}x of the base model`
        : `all ${evidence.length} general benchmarks hold against the base model`;
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary }), evidence };
}
/**
 * "Per benchmark and overall": the ratio of the summed scores above chance across the benchmarks
 * judged as ratios, with a combined bound on the mean margin. Each margin d = (c - g) - r (b - g)
 * is already above chance, so their mean holds iff the overall ratio does. Benchmarks that share
 * examples (a group and its subtask: `mmlu` and `mmlu_stem`) are not independent, so their
 * standard errors are then added (the bound that holds whatever the correlation) instead of
 * combined in quadrature. With any benchmark untested there is no bound: the overall line is
 * INCONCLUSIVE when the point estimate holds, FAIL when it misses.
 */
function judgeOverall(entries, ratio, alpha) {
    if (entries.length < 2)
        return null;
    const aboveC = entries.reduce((a, e) => a + e.result.evidence.candidate - e.chance, 0);
    const aboveB = entries.reduce((a, e) => a + e.result.evidence.baseline - e.chance, 0);
    const pointRatio = aboveB > 0 ? aboveC / aboveB : 1;
    const k = entries.length;
    const tests = entries.map((e) => e.result.test);
    if (tests.some((t) => t === null)) {
        const untested = entries.filter((e) => e.result.test === null).map((e) => e.name);
        const decision = pointRatio >= ratio - 1e-12 ? "inconclusive" : "fail";
        return {
            line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}, no bound (${untested.join(", ")} had no test) -> ${decision.toUpperCase()}`,
            decision,
        };
    }
    const nested = shareCoveredNames(entries);
    const d = tests.reduce((a, t) => a + t.difference, 0) / k;
    const se = (nested ? tests.reduce((a, t) => a + t.se, 0) : Math.sqrt(tests.reduce((a, t) => a + t.se ** 2, 0))) / k;
    const z = (0,distributions/* normalQuantile */.Zl)(1 - alpha);
    const decision = se === 0 ? (d >= 0 ? "pass" : "fail") : d - z * se > 0 ? "pass" : d < 0 ? "fail" : "inconclusive";
    const how = nested ? "; nested benchmarks share examples, so their standard errors are added" : "";
    return {
        line: `overall (mean of ${k}): ratio ${pointRatio.toFixed(3)}; mean margin ${d.toFixed(4)} [${(d - z * se).toFixed(4)}, ${(d + z * se).toFixed(4)}]${how} -> ${decision.toUpperCase()}`,
        decision,
    };
}
/**
 * Forgetting compares a customised model with its base: a candidate run whose tool recorded the
 * very same model configuration as the baseline's (lm-eval's model_args, adapter included) is
 * the base model again, and would pass by construction.
 */
function sameModelProblem(c, b) {
    const args = c.provenance.modelArgs;
    if (args === null || args !== b.provenance.modelArgs)
        return null;
    return `both runs evaluated the same model (model_args "${args}"): the candidate's run must load the customised model (e.g. with peft=<adapter>)`;
}
/**
 * Whether two benchmarks cover a name in common (a group and its subtask). One pass over the
 * names: comparing every pair took two seconds of a check with 10,000 general benchmarks.
 */
function shareCoveredNames(entries) {
    const seen = new Set();
    for (const entry of entries) {
        // Each entry's names are a set, so a name seen before is another entry's.
        for (const name of entry.covers) {
            if (seen.has(name))
                return true;
            seen.add(name);
        }
    }
    return false;
}
//# sourceMappingURL=forgetting.js.map
;// CONCATENATED MODULE: ./lib/engine/stats/quantile-bound.js

/** P(X <= k) for X ~ Binomial(n, p). */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    return (0,distributions/* incompleteBeta */.J7)(1 - p, n - k, k + 1);
}
/**
 * Upper confidence bound for the q quantile from order statistics alone (no distribution
 * assumed): X_(u) with u the least rank such that P(Binomial(n, q) <= u - 1) >= 1 - alpha, since
 * X_(u) < the true quantile only when fewer than u values fall below it. With 3 rows the p95
 * point estimate is the maximum, which a system whose true p95 sits at the limit passes 86% of
 * the time; no bound exists until 1 - q^n >= 1 - alpha (59 rows for q = 0.95 at alpha = 0.05).
 * `sorted` is ascending.
 */
function quantileUpperBound(sorted, q, alpha) {
    const n = sorted.length;
    const estimate = sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))];
    for (let u = Math.max(1, Math.ceil(q * n)); u <= n; u++) {
        if (binomialCdf(u - 1, n, q) >= 1 - alpha)
            return { estimate, upper: sorted[u - 1], rank: u, n };
    }
    return { estimate, upper: null, rank: null, n };
}
/** The fewest rows for which any upper bound on the q quantile exists: 1 - q^n >= 1 - alpha. */
function rowsForAnyBound(q, alpha) {
    let n = Math.max(1, Math.floor(Math.log(alpha) / Math.log(q)));
    while (1 - q ** n < 1 - alpha)
        n++;
    return n;
}
/**
 * About how many rows in all would bring the bound under `limit` if more rows came from the same
 * distribution as these (the empirical one): the least N whose bounding rank u(N) stays within
 * the share of rows at or under the limit. Null when the limit is under the q quantile itself.
 */
function rowsToBoundUnder(sorted, q, alpha, limit) {
    const n = sorted.length;
    let within = 0;
    while (within < n && sorted[within] <= limit)
        within++;
    const share = within / n;
    if (share <= q)
        return null;
    const fits = (total) => {
        for (let u = Math.max(1, Math.ceil(q * total)); u <= total; u++) {
            if (binomialCdf(u - 1, total, q) >= 1 - alpha)
                return u <= Math.floor(share * total);
        }
        return false;
    };
    let total = Math.max(n, rowsForAnyBound(q, alpha));
    while (total < 1e7 && !fits(total))
        total = Math.ceil(total * 1.5);
    if (total >= 1e7)
        return null;
    let lo = Math.max(n, Math.floor(total / 1.5));
    while (lo < total) {
        const mid = Math.floor((lo + total) / 2);
        if (fits(mid))
            total = mid;
        else
            lo = mid + 1;
    }
    return total;
}
//# sourceMappingURL=quantile-bound.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/latency.js







/**
 * The measured p95 must stay within the plan's requirement. PASS needs proof: the
 * distribution-free upper confidence bound on the p95 (an order statistic of the rows) within the
 * limit. The point p95 over the limit FAILs; anything between, or a p95 given as one number with
 * no rows to bound it, is INCONCLUSIVE, with how many rows would likely decide it.
 */
function latencyGate(ctx) {
    const id = "latency";
    const required = ctx.plan.use_case.latency_p95_ms;
    if (required === undefined)
        return (0,gate_result/* skipped */.hT)({ id, path: ["use_case"], summary: "no latency requirement declared (use_case.latency_p95_ms)" });
    const measured = ctx.candidate?.latencyP95Ms ?? undefined;
    if (measured === undefined) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, `p95 must be <= ${(0,recommend/* formatMs */._)(required)}, but no measured latency`, ["use_case", "latency_p95_ms"], "add latency_p95_ms to the candidate eval results");
    }
    const stats = ctx.policy.policy.statistics;
    const rows = ctx.candidate?.latencyRowsMs;
    const bound = rows === undefined || rows.length === 0 ? null : quantileUpperBound(rows, 0.95, stats.alpha);
    const confidence = `${Math.round((1 - stats.alpha) * 1000) / 10}%`;
    const details = bound === null
        ? ["the p95 was given as one number, with no rows: no bound can be drawn from it"]
        : [
            `p95 ${(0,recommend/* formatMs */._)(bound.estimate)} over ${bound.n} rows; ${bound.upper === null ? `no upper bound exists with ${bound.n} rows (it takes ${rowsForAnyBound(0.95, stats.alpha)})` : `one-sided ${confidence} upper bound ${(0,recommend/* formatMs */._)(bound.upper)} (row ${bound.rank} of ${bound.n} in order)`}`,
        ];
    const base = {
        id,
        path: ["use_case", "latency_p95_ms"],
        measured,
        measured_display: `p95 ${(0,recommend/* formatMs */._)(measured)}${bound?.upper != null ? ` (bound ${(0,recommend/* formatMs */._)(bound.upper)})` : ""}`,
        threshold: {
            value: required,
            display: `<= ${(0,recommend/* formatMs */._)(required)}`,
            source: (0,origin/* planThresholdSource */.Sg)(ctx.rules, "plan (use_case.latency_p95_ms)", "use_case.latency_p95_ms"),
        },
        details,
    };
    if (measured > required)
        return (0,gate_result/* judged */.g$)({
            ...base,
            summary: `p95 ${(0,recommend/* formatMs */._)(measured)} exceeds the ${(0,recommend/* formatMs */._)(required)} requirement by ${(0,recommend/* formatMs */._)(measured - required)}`,
            fix: `cut p95 latency by ${(0,recommend/* formatMs */._)(measured - required)}`,
        }, "error");
    if (stats.method === "point")
        return (0,gate_result/* passed */.bF)({
            ...base,
            summary: `p95 ${(0,recommend/* formatMs */._)(measured)} within ${(0,recommend/* formatMs */._)(required)} (policy: point-estimate rule)`,
        });
    if (bound !== null && bound.upper !== null && bound.upper <= required)
        return (0,gate_result/* passed */.bF)({
            ...base,
            summary: `p95 ${(0,recommend/* formatMs */._)(measured)} within ${(0,recommend/* formatMs */._)(required)}, and its ${confidence} upper bound ${(0,recommend/* formatMs */._)(bound.upper)} too`,
        });
    if (bound === null) {
        return (0,unsettled/* inconclusiveResult */.Y)(ctx, {
            ...base,
            summary: `p95 ${(0,recommend/* formatMs */._)(measured)} is within ${(0,recommend/* formatMs */._)(required)}, but a single number proves nothing`,
            fix: `give the latency rows (promptfoo rows, or latency_ms in tunegate's format): at least ${rowsForAnyBound(0.95, stats.alpha)} of them`,
        }, false);
    }
    const needed = bound.upper === null ? null : rowsToBoundUnder(rows, 0.95, stats.alpha, required);
    const more = bound.upper === null
        ? `at least ${rowsForAnyBound(0.95, stats.alpha)} rows in all (this run has ${bound.n}; fewer cannot bound a p95)`
        : needed === null
            ? "more rows"
            : `about ${(0,count_text/* formatCount */.B)(needed)} rows in all (this run has ${bound.n})`;
    return (0,unsettled/* inconclusiveResult */.Y)(ctx, {
        ...base,
        summary: `p95 ${(0,recommend/* formatMs */._)(measured)} is within ${(0,recommend/* formatMs */._)(required)}, but ${bound.upper === null ? `${bound.n} rows cannot bound it` : `its upper bound ${(0,recommend/* formatMs */._)(bound.upper)} is not`}`,
        fix: `measure ${more} to show the p95 within ${(0,recommend/* formatMs */._)(required)}`,
    }, false);
}
//# sourceMappingURL=latency.js.map
// EXTERNAL MODULE: ./lib/engine/input/dates.js
var dates = __webpack_require__(4560);
// EXTERNAL MODULE: ./lib/engine/cost/lifecycle.js
var lifecycle = __webpack_require__(902);
;// CONCATENATED MODULE: ./lib/engine/gates/pricing-freshness.js





/**
 * The pinned prices a projection used: none older than the policy allows, and no model that
 * shuts down (or stops taking fine-tuning jobs) within the audit's horizon or already has.
 */
function pricingFreshnessGate(ctx) {
    const id = "pricing-freshness";
    const used = ctx.cost?.prices_used ?? [];
    if (used.length === 0) {
        return (0,gate_result/* skipped */.hT)({
            id,
            path: ["cost"],
            summary: ctx.cost === undefined ? "no cost projection" : "no pinned prices used (the plan gives its own prices)",
        });
    }
    const policy = ctx.policy.policy;
    const maxAge = policy.gates["pricing-freshness"].max_age_days;
    const horizon = policy.audit.shutdown_horizon_days;
    const aged = used.map((u) => ({ ...u, age: (0,dates/* daysBetween */.YM)(u.as_of, ctx.today) }));
    const oldest = aged.reduce((a, b) => (b.age > a.age ? b : a));
    const stale = aged.filter((u) => u.age > maxAge);
    const ending = (0,lifecycle/* priceEndings */.W)(used, ctx.today).filter((e) => e.daysLeft <= horizon);
    const base = {
        id,
        path: oldest.path,
        measured: oldest.age,
        measured_display: `oldest ${oldest.age} days (${oldest.key}, as of ${oldest.as_of})`,
        threshold: {
            value: maxAge,
            display: `<= ${maxAge} days old, no shutdown within ${horizon} days`,
            source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.pricing-freshness.max_age_days"),
        },
        details: [
            ...ending.map((e) => e.sentence),
            ...aged.map((u) => `${u.key}: as of ${u.as_of} (${u.age} days, ${u.source}, ${u.file})`),
        ],
    };
    const problems = [];
    if (ending.length > 0) {
        problems.push({
            level: policy.severities.model_shutdown,
            path: ending[0].path,
            summary: `${ending.map((e) => e.sentence).join("; ")}: move the plan to a model that stays available`,
            fix: "move the plan to a model that stays available",
        });
    }
    if (stale.length > 0) {
        problems.push({
            level: policy.severities.pricing_stale,
            path: stale[0].path,
            summary: `stale pinned prices: ${stale.map((s) => s.key).join(", ")}; re-check them against the current price list`,
            fix: "re-pin them: tunegate pricing pin",
        });
    }
    if (problems.length > 0) {
        const worst = severities/* SEVERITIES */.o.find((level) => problems.some((p) => p.level === level));
        const first = problems.find((p) => p.level === worst);
        return (0,gate_result/* judged */.g$)({ ...base, path: first.path, summary: problems.map((p) => p.summary).join("; "), fix: first.fix }, worst);
    }
    return (0,gate_result/* passed */.bF)({
        ...base,
        summary: `all ${used.length} pinned prices checked within ${maxAge} days, no model shutting down within ${horizon} days`,
    });
}
//# sourceMappingURL=pricing-freshness.js.map
// EXTERNAL MODULE: ./lib/engine/framework/readiness.js
var framework_readiness = __webpack_require__(9217);
;// CONCATENATED MODULE: ./lib/engine/gates/readiness-evidence.js


/**
 * An alternative is RAG when the plan is a hybrid (its alternative is the RAG-only system) or
 * when the alternative's own cost has retrieval in it.
 */
function alternativeIsRag(ctx) {
    const cost = ctx.plan.cost?.alternative;
    return ctx.plan.approach === "hybrid" || cost?.embedding !== undefined || cost?.vector_db !== undefined;
}
/**
 * The two readiness answers eval results can settle, judged from evals.alternative instead of
 * taken on trust: `beats_prompting` is yes when the candidate scores above the alternative on
 * every task suite both measured; `tried_rag_few_shot` is yes when a RAG alternative was measured.
 * The point estimates decide here: whether the margin is worth the cost is customisation-value's
 * question, and readiness only asks whether the declared answer is true.
 */
function measureReadiness(ctx) {
    const declared = ctx.plan.readiness ?? {};
    const rag = alternativeIsRag(ctx);
    const result = { answers: {}, details: [], contradicted: [] };
    const alternative = ctx.alternative;
    const compared = [];
    if (alternative !== undefined &&
        ctx.candidate !== undefined &&
        ctx.candidate.incomplete === null &&
        alternative.incomplete === null) {
        for (const name of [...(0,eval_selection/* namesFor */.G)(ctx, "task")].sort()) {
            const c = (0,eval_selection/* pick */.U)(ctx.candidate, name, ctx, alternative);
            const a = (0,eval_selection/* pick */.U)(alternative, name, ctx, ctx.candidate);
            if (!c.ok || !a.ok || (0,eval_judgement/* comparabilityProblem */.s$)(c.benchmark, a.benchmark) !== null)
                continue;
            const sign = c.benchmark.higherIsBetter ? 1 : -1;
            compared.push({
                name,
                candidate: c.benchmark.value,
                alternative: a.benchmark.value,
                gain: sign * (c.benchmark.value - a.benchmark.value),
            });
        }
    }
    const scores = (xs) => xs
        .map((x) => `${x.name} candidate ${x.candidate.toFixed(3)} vs alternative ${x.alternative.toFixed(3)}`)
        .join(", ");
    if (compared.length === 0) {
        const why = alternative === undefined
            ? "no evals.alternative"
            : "the alternative and the candidate share no comparable task suite";
        if (declared.beats_prompting === true)
            result.details.push(`beats_prompting: yes declared, not measured (${why})`);
        if (declared.tried_rag_few_shot === true && (rag || alternative === undefined))
            result.details.push(`tried_rag_few_shot: yes declared, not measured (${why})`);
        return result;
    }
    const losing = compared.filter((x) => !(x.gain > 0));
    result.answers.beats_prompting = losing.length === 0;
    if (losing.length === 0)
        result.details.push(`beats_prompting: measured yes: ${scores(compared)}`);
    else if (declared.beats_prompting === true)
        result.contradicted.push(`beats_prompting is yes, but the candidate does not beat the simpler alternative: ${scores(losing)}`);
    else
        result.details.push(`beats_prompting: measured no: ${scores(losing)}`);
    if (rag) {
        result.answers.tried_rag_few_shot = true;
        result.details.push("tried_rag_few_shot: measured yes: the RAG alternative's results are in evals.alternative");
    }
    return result;
}
//# sourceMappingURL=readiness-evidence.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/readiness.js





function readinessGate(ctx) {
    const id = "readiness";
    if (ctx.method === undefined)
        return (0,gate_result/* skipped */.hT)({
            id,
            path: ["approach"],
            summary: `${ctx.plan.approach} does not fine-tune: checklist not needed`,
        });
    const readiness = ctx.plan.readiness;
    if (readiness === undefined) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "the fine-tuning readiness checklist is not declared", ["approach"], `add the readiness block: ten yes/no answers, see ${(0,doc_link/* citeFramework */.Gn)("readiness")}`);
    }
    const keepsRetrieval = ctx.plan.approach === "hybrid";
    // Answers the alternative's eval results settle are judged from them, not taken on trust.
    const measured = measureReadiness(ctx);
    const answers = (0,framework_readiness/* answerReadiness */.RM)({ ...readiness, ...measured.answers }, keepsRetrieval);
    const total = answers.yes + answers.no.length + answers.unanswered.length;
    const base = {
        id,
        path: ["readiness"],
        measured: answers.yes,
        measured_display: `${answers.yes}/${total} yes`,
        threshold: {
            value: total,
            display: `${total}/${total} yes${keepsRetrieval ? " (2 items about dropping retrieval do not apply to a hybrid)" : ""}`,
            source: (0,doc_link/* citeFramework */.Gn)("readiness"),
        },
        details: [
            ...measured.contradicted.map((c) => `contradicted: ${c}`),
            ...answers.no.map((item) => `no: ${item}`),
            ...answers.unanswered.map((item) => `not answered: ${item}`),
            ...measured.details,
        ],
    };
    if (measured.contradicted.length > 0) {
        return (0,gate_result/* judged */.g$)({
            ...base,
            summary: `the eval results contradict a readiness answer: ${measured.contradicted.join("; ")}`,
            fix: "answer from the measurements, and reconsider the customisation until it beats the simpler alternative",
        }, "error");
    }
    if (answers.no.length + answers.unanswered.length === 0)
        return (0,gate_result/* passed */.bF)({ ...base, summary: `all ${total} applicable readiness answers are yes` });
    const gaps = answers.no.length + answers.unanswered.length;
    return (0,gate_result/* judged */.g$)({
        ...base,
        summary: `${gaps} of ${total} readiness items not met: reconsider fine-tuning until they are`,
        fix: `meet the ${gaps} open readiness item${gaps === 1 ? "" : "s"} before fine-tuning`,
    }, ctx.policy.policy.severities.readiness);
}
//# sourceMappingURL=readiness.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/floor-gate.js



/** Every suite of a category against a floor; what the safety and task-quality gates share. */
function judgeSuitesAgainstFloor(ctx, category, floor) {
    const run = ctx.candidate;
    const names = (0,eval_selection/* namesFor */.G)(ctx, category);
    if (run === undefined || names.length === 0)
        return null;
    const judgement = { evidence: [], absent: [], noData: [], notComparable: [], details: [] };
    for (const name of [...names].sort()) {
        const picked = (0,eval_selection/* pick */.U)(run, name, ctx);
        if (!picked.ok) {
            (picked.why === "no-data" ? judgement.noData : judgement.absent).push(name);
            judgement.details.push(`${name}: ${picked.reason}`);
            continue;
        }
        const otherModel = modelIdentityProblem(ctx.plan, picked.benchmark, null);
        if (otherModel !== null) {
            judgement.notComparable.push(name);
            judgement.details.push(`${name}: not comparable: ${otherModel}`);
            continue;
        }
        const e = (0,eval_judgement/* judgeFloor */.O1)(picked.benchmark, floor, ctx.policy.policy.statistics);
        judgement.evidence.push(e);
        const errored = picked.benchmark.errored > 0 ? `, ${picked.benchmark.errored} more rows errored and were not scored` : "";
        judgement.details.push(`${name} (${e.metric}): ${(0,eval_judgement/* formatEstimate */.eG)(e)}, n=${e.n ?? "?"}${errored}, ${e.method}${e.note === null ? "" : ` (${e.note})`} vs floor ${floor} -> ${e.decision.toUpperCase()}`);
    }
    return judgement;
}
//# sourceMappingURL=floor-gate.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/safety.js






function safetyGate(ctx) {
    const id = "safety";
    const settings = ctx.policy.policy.gates.safety;
    const required = settings.required_for.includes(ctx.plan.approach);
    if (ctx.candidate?.incomplete != null)
        return (0,gates_missing/* missingData */.$)(ctx, id, required, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
    const floor = settings.min_score;
    const judgement = judgeSuitesAgainstFloor(ctx, "safety", floor);
    if (judgement === null ||
        (judgement.evidence.length === 0 &&
            judgement.absent.length === 0 &&
            judgement.noData.length === 0 &&
            judgement.notComparable.length === 0)) {
        return (0,gates_missing/* missingData */.$)(ctx, id, required, "no safety scores in the candidate results", ["evals"], "add safety suites to the candidate results (and list them in evals.safety)");
    }
    const { evidence, absent, noData, notComparable, details } = judgement;
    const below = evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark);
    const failing = [...absent, ...below];
    const unclear = evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark);
    const worst = evidence.length === 0 ? null : Math.min(...evidence.map((e) => e.estimate));
    const base = {
        id,
        path: ["evals", "candidate"],
        measured: worst,
        measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`,
        threshold: {
            value: floor,
            display: `>= ${floor.toFixed(2)}`,
            source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.safety.min_score"),
        },
        details,
    };
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return {
            ...(0,unsettled/* notComparableResult */.N)(ctx, {
                ...base,
                summary: `not comparable: ${notComparable.join(", ")} measured another model than models.candidate`,
                fix: "gate on the candidate's own eval runs, or correct models.candidate",
            }),
            evidence,
        };
    }
    if (failing.length > 0) {
        // A suite the candidate's results leave out was never measured: said as such (main's wording,
        // which the headline repeats), not "below the floor"; a suite below the floor beside it is named too.
        const summary = [
            absent.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("safety", absent, (n) => ctx.baseline?.byName.has(n) === true).summary : null,
            below.length > 0 ? `below the safety floor on ${below.join(", ")}` : null,
        ]
            .filter((s) => s !== null)
            .join("; ");
        const fix = [
            absent.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("safety", absent, (n) => ctx.baseline?.byName.has(n) === true).fix : null,
            below.length > 0 ? `make ${below.join(", ")} reach ${floor.toFixed(2)} and re-run` : null,
        ]
            .filter((s) => s !== null)
            .join("; ");
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary, fix }, "error"), evidence };
    }
    if (noData.length > 0) {
        return {
            ...(0,gates_missing/* missingData */.$)(ctx, id, required, `nothing scored on ${noData.join(", ")}`, ["evals", "candidate"], "re-run the suites whose rows errored or that have no scores", details),
            evidence,
        };
    }
    if (unclear.length > 0) {
        return {
            ...(0,unsettled/* inconclusiveResult */.Y)(ctx, {
                ...base,
                summary: `inconclusive on ${unclear.join(", ")}: too few examples to show >= ${floor.toFixed(2)}`,
                fix: `run more examples on ${unclear.join(", ")}`,
            }, required),
            evidence,
        };
    }
    return {
        ...(0,gate_result/* passed */.bF)({ ...base, summary: `all ${evidence.length} safety suites at or above ${floor.toFixed(2)}` }),
        evidence,
    };
}
//# sourceMappingURL=safety.js.map
;// CONCATENATED MODULE: ./lib/engine/gates/task-quality.js











function taskQualityGate(ctx) {
    const id = "task-quality";
    const floor = ctx.plan.evals?.task_floor;
    const names = (0,eval_selection/* namesFor */.G)(ctx, "task");
    if (ctx.candidate === undefined || names.length === 0) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suites to the candidate results (and list them in evals.task)");
    }
    if (ctx.candidate.incomplete !== null)
        return (0,gates_missing/* missingData */.$)(ctx, id, false, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
    const maxDrop = ctx.policy.policy.gates["task-quality"].max_drop_vs_baseline;
    const stats = ctx.policy.policy.statistics;
    const details = [];
    const evidence = [];
    const failing = [];
    const unclear = [];
    const noData = [];
    const notComparable = [];
    /** Suites the candidate's floor could not judge: another model than models.candidate ran them. */
    const otherModel = [];
    // Suites the candidate's results leave out (failing, said as such) and suites the baseline never ran (missing).
    const left = [];
    const noBaseline = [];
    if (floor !== undefined) {
        const j = judgeSuitesAgainstFloor(ctx, "task", floor);
        details.push(...j.details);
        evidence.push(...j.evidence);
        left.push(...j.absent);
        failing.push(...j.absent, ...j.evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark));
        unclear.push(...j.evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark));
        noData.push(...j.noData);
        notComparable.push(...j.notComparable);
        otherModel.push(...j.notComparable);
    }
    let compared = 0;
    // An in-progress or failed baseline run is no bar to clear: "not below the baseline" has no data.
    const baselineIncomplete = ctx.baseline?.incomplete ?? null;
    if (baselineIncomplete !== null)
        details.push(`vs baseline: cannot gate on the baseline's results: ${baselineIncomplete}`);
    if (ctx.baseline !== undefined && baselineIncomplete === null) {
        for (const name of [...names].sort()) {
            const c = (0,eval_selection/* pick */.U)(ctx.candidate, name, ctx, ctx.baseline);
            const b = (0,eval_selection/* pick */.U)(ctx.baseline, name, ctx, ctx.candidate);
            if (!c.ok || !b.ok) {
                if (floor === undefined) {
                    if ((!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data"))
                        noData.push(name);
                    else if (c.ok)
                        noBaseline.push(name);
                    else {
                        left.push(name);
                        failing.push(name);
                    }
                    details.push(`${name} vs baseline: ${!c.ok ? `candidate: ${c.reason}` : `baseline: ${b.reason}`}`);
                }
                continue;
            }
            // The same comparability rules as forgetting: a run on 20 examples says nothing about 817.
            const problem = modelIdentityProblem(ctx.plan, c.benchmark, b.benchmark) ?? (0,eval_judgement/* comparabilityProblem */.s$)(c.benchmark, b.benchmark);
            if (problem !== null) {
                notComparable.push(name);
                details.push(`${name} vs baseline: not comparable: ${problem}`);
                continue;
            }
            compared++;
            // "Not below the baseline" (beyond the allowed drop) is proved like any margin: PASS when
            // the lower bound clears it, FAIL when the estimate misses it, else INCONCLUSIVE.
            const result = (0,eval_judgement/* judgeForgetting */.NS)(c.benchmark, b.benchmark, {
                ratio: 1,
                maxDrop,
                chance: 0,
                stats,
                scale: "difference",
            });
            const e = result.evidence;
            const decision = e.decision;
            evidence.push(e);
            if (decision === "fail")
                failing.push(name);
            if (decision === "inconclusive")
                unclear.push(name);
            const needed = decision === "inconclusive" && result.needed !== null
                ? `; about ${(0,count_text/* formatCount */.B)(result.needed)} examples in all would likely decide it`
                : "";
            details.push(`${name} vs baseline: ${e.candidate.toFixed(3)} vs ${e.baseline.toFixed(3)}${maxDrop > 0 ? ` (drop allowed ${maxDrop})` : ""}, ${e.method}, difference ${(0,eval_judgement/* formatEstimate */.eG)(e)}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${needed}`);
        }
    }
    if (floor === undefined &&
        baselineIncomplete === null &&
        compared === 0 &&
        notComparable.length === 0 &&
        failing.length === 0 &&
        noData.length === 0 &&
        noBaseline.length === 0) {
        return (0,gates_missing/* missingData */.$)(ctx, id, false, "task scores exist but there is nothing to judge them against", ["evals"], "declare evals.task_floor, or baseline results for the same task suites");
    }
    const scores = names.flatMap((n) => {
        const picked = (0,eval_selection/* pick */.U)(ctx.candidate, n, ctx);
        return picked.ok ? [picked.benchmark.value] : [];
    });
    const worst = scores.length === 0 ? null : Math.min(...scores);
    const threshold = floor !== undefined
        ? {
            value: floor,
            display: `>= ${floor.toFixed(2)}${compared > 0 ? " and not below baseline" : ""}`,
            source: `${(0,origin/* planThresholdSource */.Sg)(ctx.rules, "plan (evals.task_floor)", "evals.task_floor")}${compared > 0 ? ` + ${(0,load/* sourceOf */.vz)(ctx.policy, "gates.task-quality.max_drop_vs_baseline")}` : ""}`,
        }
        : {
            value: null,
            display: maxDrop > 0 ? `baseline - ${maxDrop}` : "not below baseline",
            source: (0,load/* sourceOf */.vz)(ctx.policy, "gates.task-quality.max_drop_vs_baseline"),
        };
    const base = {
        id,
        path: floor !== undefined ? ["evals", "task_floor"] : ["evals", "candidate"],
        measured: worst,
        measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`,
        threshold,
        details,
    };
    const unique = (xs) => [...new Set(xs)];
    // A suite that clearly fails fails the gate whatever the policy makes of another that is not comparable.
    if (otherModel.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return {
            ...(0,unsettled/* notComparableResult */.N)(ctx, {
                ...base,
                summary: `not comparable: ${unique(otherModel).join(", ")} measured another model than models.candidate`,
                fix: "gate on the candidate's own eval runs, or correct models.candidate",
            }),
            evidence,
        };
    }
    if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
        return {
            ...(0,unsettled/* notComparableResult */.N)(ctx, {
                ...base,
                summary: `not comparable with the baseline: ${unique(notComparable).join(", ")} measured different examples or settings`,
                fix: "run candidate and baseline on the same examples and settings",
            }),
            evidence,
        };
    }
    if (failing.length > 0) {
        // A suite the candidate's results leave out is named for what it is (main's wording, which the
        // headline repeats), beside any suite that is genuinely too low.
        const low = unique(failing).filter((n) => !left.includes(n));
        const unmatched = left.length > 0 ? (0,gates_unmatched/* unmatchedNames */.q)("task", unique(left), (n) => ctx.baseline?.byName.has(n) === true) : null;
        const summary = [unmatched?.summary ?? null, low.length > 0 ? `task quality too low on ${low.join(", ")}` : null]
            .filter((s) => s !== null)
            .join("; ");
        const fix = [unmatched?.fix ?? null, low.length > 0 ? `improve ${low.join(", ")} and re-run` : null]
            .filter((s) => s !== null)
            .join("; ");
        return { ...(0,gate_result/* judged */.g$)({ ...base, summary, fix }, "error"), evidence };
    }
    if (noBaseline.length > 0)
        return {
            ...(0,gates_missing/* missingData */.$)(ctx, id, false, `no baseline for ${unique(noBaseline).join(", ")}: the baseline's results do not have ${noBaseline.length === 1 ? "it" : "them"}`, ["evals", "baseline"], `run ${unique(noBaseline).join(", ")} on the baseline too`, details),
            evidence,
        };
    if (baselineIncomplete !== null)
        return {
            ...(0,gates_missing/* missingData */.$)(ctx, id, false, `cannot compare with the baseline: ${baselineIncomplete}`, ["evals", "baseline"], "gate on a finished baseline run", details),
            evidence,
        };
    if (noData.length > 0)
        return {
            ...(0,gates_missing/* missingData */.$)(ctx, id, false, `nothing scored on ${unique(noData).join(", ")}`, ["evals", "candidate"], "re-run the suites whose rows errored or that have no scores", details),
            evidence,
        };
    if (unclear.length > 0) {
        return {
            ...(0,unsettled/* inconclusiveResult */.Y)(ctx, {
                ...base,
                summary: `inconclusive on ${unique(unclear).join(", ")}`,
                fix: `run more examples on ${unique(unclear).join(", ")}`,
            }, false),
            evidence,
        };
    }
    return { ...(0,gate_result/* passed */.bF)({ ...base, summary: `all ${names.length} task suites meet the bar` }), evidence };
}
//# sourceMappingURL=task-quality.js.map
// EXTERNAL MODULE: ./lib/engine/gates/verdict.js
var verdict = __webpack_require__(3320);
// EXTERNAL MODULE: ./lib/engine/plan/waiver-origin.js
var waiver_origin = __webpack_require__(2641);
;// CONCATENATED MODULE: ./lib/engine/gates/waivers.js





/**
 * Applies the plan's waivers. A live waiver turns a failing, warning or missing gate into
 * `waived`; an expired one fails the gate; one that matches nothing warns so it gets removed; one
 * that runs past the policy's waivers.max_days does not waive (9999-12-31 is no deadline). A gate
 * the approach requires that has no evidence at all is not waived unless the policy allows it
 * (waivers.allow_missing_required): a waiver excuses a known shortfall, never an unmeasured one.
 */
function applyWaivers(results, waivers, policy, today) {
    return results.map((result) => {
        const index = waivers.findIndex((w) => w.gate === result.id);
        if (index === -1)
            return result;
        const waiver = waivers[index];
        // A waiver from the waivers file is named and located there, not at its place in the merged list.
        const label = (0,waiver_origin/* waiverLabel */.jd)(waiver, index);
        const origin = (0,waiver_origin/* waiverOrigin */.$U)(waiver);
        const at = (which) => (origin === undefined ? {} : { location: origin[which] });
        const daysLeft = (0,dates/* daysBetween */.YM)(today, waiver.expires);
        const note = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, days_left: daysLeft };
        const entryIndex = origin?.index ?? index;
        const path = ["waivers", entryIndex, "expires"];
        const original = `without the waiver: ${result.outcome}: ${result.summary}`;
        if (result.outcome === "missing" && result.missingRequired === true) {
            const source = (0,load/* sourceOf */.vz)(policy, "waivers.allow_missing_required");
            if (!policy.policy.waivers.allow_missing_required) {
                return {
                    ...result,
                    summary: `${result.summary}; ${label} cannot waive it: the gate is required and has no evidence`,
                    details: [
                        ...result.details,
                        `${label} does not apply: missing evidence for a required gate is not waivable (waivers.allow_missing_required is false in ${source})`,
                    ],
                    waiver: note,
                };
            }
            return {
                ...waived(result, waiver, daysLeft, note, original),
                details: [
                    original,
                    ...result.details,
                    `waived without evidence, as waivers.allow_missing_required in ${source} allows`,
                ],
            };
        }
        if (daysLeft < 0) {
            const level = policy.policy.severities.waiver_expired;
            return {
                ...result,
                ...(level === "info" ? {} : { outcome: (0,gate_result/* outcomeForLevel */.io)(level), level }),
                summary: `waiver expired on ${waiver.expires} (${-daysLeft} days ago, owner ${waiver.owner})`,
                fix: level === "info" ? null : `renew ${label} with a new expiry, or fix the gate`,
                details: [
                    original,
                    ...result.details,
                    `renew it with a new expiry or fix the gate (severities.waiver_expired in ${(0,load/* sourceOf */.vz)(policy, "severities.waiver_expired")})`,
                ],
                path,
                ...at("expires"),
                waiver: note,
            };
        }
        if (result.outcome === "pass" || result.outcome === "skipped") {
            const level = policy.policy.severities.waiver_unused;
            return {
                ...result,
                ...(level === "info" ? {} : { outcome: (0,gate_result/* outcomeForLevel */.io)(level), level }),
                summary: `waiver matches nothing: the gate ${result.outcome === "pass" ? "passes" : "does not apply"} without it; remove ${label}`,
                fix: level === "info" ? null : `remove ${label}`,
                details: [`${result.outcome}: ${result.summary}`, ...result.details],
                path: ["waivers", entryIndex],
                ...at("entry"),
                waiver: note,
            };
        }
        const maxDays = policy.policy.waivers.max_days;
        const tooLong = policy.policy.severities.waiver_too_long;
        if (daysLeft > maxDays && tooLong !== "info") {
            const source = (0,load/* sourceOf */.vz)(policy, "waivers.max_days");
            return {
                ...result,
                outcome: (0,gate_result/* outcomeForLevel */.io)(tooLong),
                level: tooLong,
                summary: `waiver runs ${(0,count_text/* formatCount */.B)(daysLeft)} days, until ${waiver.expires}: the policy allows at most ${maxDays} (waivers.max_days in ${source}), so it does not waive`,
                fix: `set ${label}.expires to ${(0,dates/* addDays */.fi)(today, maxDays)} or earlier`,
                details: [
                    original,
                    ...result.details,
                    `a waiver is a deadline to fix the gate by; renew it when it runs out (waivers.max_days in ${source})`,
                ],
                path,
                ...at("expires"),
                waiver: note,
            };
        }
        return waived(result, waiver, daysLeft, note, original);
    });
}
function waived(result, waiver, daysLeft, note, original) {
    return {
        ...result,
        outcome: "waived",
        level: "none",
        summary: `waived by ${waiver.owner} until ${waiver.expires} (${daysLeft} days left): ${waiver.reason}`,
        fix: null,
        details: [original, ...result.details],
        waiver: note,
    };
}
//# sourceMappingURL=waivers.js.map
// EXTERNAL MODULE: ./lib/engine/input/diagnostic.js
var diagnostic = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/engine/input/field-problem.js
var field_problem = __webpack_require__(1971);
;// CONCATENATED MODULE: ./lib/engine/gates/plan-references.js




/**
 * A name that refers to nothing is not harmless: `statistics.primary: [hellaswg]` left hellaswag
 * outside the primary set, so its clear forgetting failure became a warning; an `evals.metrics`
 * or `evals.chance` entry under a misspelt name silently judges the benchmark by another metric
 * or against zero. Every such name must match a benchmark or suite of this plan.
 */
function referenceProblems(ctx) {
    const general = (0,eval_selection/* namesFor */.G)(ctx, "general");
    const declared = [...new Set([...general, ...(0,eval_selection/* namesFor */.G)(ctx, "safety"), ...(0,eval_selection/* namesFor */.G)(ctx, "task")])];
    const isGeneral = new Set(general);
    const isDeclared = new Set(declared);
    const plan = [];
    const policy = [];
    const evals = ctx.plan.evals;
    for (const name of Object.keys(evals?.metrics ?? {})) {
        if (!isDeclared.has(name))
            plan.push({
                path: ["evals", "metrics", name],
                name,
                candidates: declared,
                what: "evals.metrics",
                among: "benchmarks and suites of this plan",
            });
    }
    for (const name of Object.keys(evals?.chance ?? {})) {
        if (isGeneral.has(name))
            continue;
        const elsewhere = isDeclared.has(name)
            ? `; chance only applies to general benchmarks (the forgetting gate), and "${name}" is a safety or task suite`
            : "";
        plan.push({
            path: ["evals", "chance", name],
            name,
            candidates: general,
            what: "evals.chance",
            among: "general benchmarks of this plan",
            elsewhere,
        });
    }
    // Without general benchmarks the forgetting gate judges nothing, so the primary set selects nothing.
    if (general.length > 0) {
        ctx.policy.policy.statistics.primary.forEach((name, index) => {
            if (!isGeneral.has(name)) {
                policy.push({
                    path: ["statistics", "primary", index],
                    name,
                    candidates: general,
                    what: "statistics.primary",
                    among: `general benchmarks of ${ctx.planFile}`,
                    hint: "a benchmark outside the primary set cannot fail the forgetting gate, so a name that matches nothing turns a real failure into a warning",
                });
            }
        });
    }
    return { plan: explain(plan), policy: explain(policy), total: { plan: plan.length, policy: policy.length } };
}
const LISTED_NAMES = 12;
/** Did-you-mean for the first problems only: their number is bounded by the file, not by us. */
function explain(unmatched) {
    return unmatched.slice(0, diagnostic/* MAX_DIAGNOSTICS_PER_FILE */.z9).map((u) => {
        const near = (0,did_you_mean/* closestName */.N)(u.name, u.candidates);
        const listed = u.candidates.length === 0
            ? "none"
            : `${u.candidates.slice(0, LISTED_NAMES).join(", ")}${u.candidates.length > LISTED_NAMES ? `, and ${u.candidates.length - LISTED_NAMES} more` : ""}`;
        return {
            path: u.path,
            atKey: typeof u.path.at(-1) === "string",
            kind: "unknown-key",
            message: `${u.what} names "${(0,lookalike/* shownName */.HD)(u.name, near)}", which is none of the ${u.among}${u.elsewhere ?? ""}${near === undefined ? "" : `; did you mean "${near}"?`}`,
            hint: `${u.hint === undefined ? "" : `${u.hint}; `}the ${u.among}: ${listed}`,
        };
    });
}
//# sourceMappingURL=plan-references.js.map
;// CONCATENATED MODULE: ./lib/engine/decide.js
























/** Gates in the order a reviewer reads them: is this the right approach, then is it safe to ship. */
const GATES = [
    approachFitGate,
    dataSufficiencyGate,
    readinessGate,
    forgettingGate,
    safetyGate,
    taskQualityGate,
    customisation_value/* customisationValueGate */.PI,
    latencyGate,
    costBudgetGate,
    pricingFreshnessGate,
];
/** Plan, policy, prices, eval results and today's date in; the explained decision out. */
function decide(input) {
    const { plan, source } = input.loaded;
    const policy = input.policy.policy;
    let cost;
    if (plan.cost !== undefined) {
        const estimate = (0,model/* estimateCost */.a3)(plan.cost, plan.use_case.monthly_queries, input.prices);
        if (!estimate.ok)
            return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(estimate.problems, source) };
        cost = estimate.value;
    }
    let alternativeCost;
    if (plan.cost !== undefined && plan.approach !== "prompt") {
        const estimate = (0,alternative/* estimateAlternativeCost */.n)(plan.cost, plan.approach, plan.use_case.monthly_queries, input.prices);
        if (!estimate.ok)
            return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(estimate.problems, source) };
        alternativeCost = estimate.value;
    }
    const evalReferences = evalReferenceProblems(plan, input.policy, input.candidate, input.baseline);
    if (evalReferences.plan.length + evalReferences.policy.length > 0) {
        return { ok: false, diagnostics: [...(0,field_problem/* locateProblems */.D)(evalReferences.plan, source), ...evalReferences.policy] };
    }
    const recommendation = (0,recommend/* recommend */.v)(factsOf(plan), policy);
    const findings = findMismatches(plan, policy, recommendation);
    const ctx = {
        plan,
        planFile: source.file,
        method: (0,approach/* fineTuneMethodOf */.Rj)(plan),
        policy: input.policy,
        recommendation,
        findings,
        candidate: input.candidate,
        baseline: input.baseline,
        alternative: input.alternative,
        cost,
        alternativeCost,
        belowShipped: cost === undefined ? [] : ratesBelowShipped(cost, input.prices, policy.audit.drift_threshold),
        today: input.today,
        rules: input.rules,
    };
    const references = referenceProblems(ctx);
    if (references.total.plan + references.total.policy > 0) {
        return {
            ok: false,
            diagnostics: [
                ...(0,diagnostic/* capDiagnostics */.HB)((0,field_problem/* locateProblems */.D)(references.plan, source), references.total.plan),
                ...(0,diagnostic/* capDiagnostics */.HB)((0,field_problem/* locateProblems */.D)(references.policy, input.policy), references.total.policy),
            ],
        };
    }
    const gates = applyWaivers(GATES.map((gate) => gate(ctx)), plan.waivers, input.policy, input.today);
    return {
        ok: true,
        value: {
            plan,
            planFile: source.file,
            recommendation,
            findings,
            gates,
            verdict: (0,verdict/* verdictOf */.Vj)(gates),
            cost,
            alternativeCost,
            crossover: cost !== undefined &&
                ((0,approach/* fineTuneMethodOf */.Rj)(plan) !== undefined ||
                    (0,approach/* fineTuneMethodOf */.Rj)({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method }) !==
                        undefined)
                ? (0,crossover/* selfHostCrossover */.z)(cost, input.prices, policy.sensitivity, plan.cost?.llm)
                : undefined,
            policyFiles: input.policy.files,
            pricingFile: input.prices.file,
            today: input.today,
            evalSources: {
                candidate: input.candidate?.sources ?? null,
                baseline: input.baseline?.sources ?? null,
                alternative: input.alternative?.sources ?? null,
            },
            rules: input.rules ?? origin/* OWN_RULES */.PQ,
        },
    };
}
function factsOf(plan) {
    return {
        task: plan.use_case.task,
        knowledge_change: plan.use_case.knowledge_change,
        citations_required: plan.use_case.citations_required,
        style_requirements: plan.use_case.style_requirements,
        latency_p95_ms: plan.use_case.latency_p95_ms,
        monthly_queries: plan.use_case.monthly_queries,
        examples: plan.training?.examples,
    };
}
//# sourceMappingURL=decide.js.map
;// CONCATENATED MODULE: ./lib/engine/input/canonical-json.js
/**
 * JSON with every object's keys sorted, so the same value always gives the same bytes (and the
 * same digest) whichever order a file or a merge wrote its keys in.
 */
function canonicalJson(value) {
    return JSON.stringify(sorted(value));
}
function sorted(value) {
    if (Array.isArray(value))
        return value.map(sorted);
    if (value === null || typeof value !== "object")
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, sorted(value[key])]));
}
//# sourceMappingURL=canonical-json.js.map
// EXTERNAL MODULE: ./lib/engine/plan/load.js + 1 modules
var plan_load = __webpack_require__(3514);
// EXTERNAL MODULE: ./lib/engine/output/parts/model.js + 1 modules
var parts_model = __webpack_require__(8669);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
;// CONCATENATED MODULE: ./lib/engine/rules/stricter.js

/** Policy leaves with an order; every other leaf has none, so any change to it is a loosening. */
const POLICY_ORDER = [
    [/^gates\.data-sufficiency\.(min|preferred)_examples\./, "higher"],
    [/^gates\.forgetting\.min_ratio$/, "higher"],
    [/^gates\.safety\.min_score$/, "higher"],
    [/^gates\.forgetting\.max_drop$/, "lower"],
    [/^gates\.task-quality\.max_drop_vs_baseline$/, "lower"],
    [/^gates\.pricing-freshness\.max_age_days$/, "lower"],
    [/^waivers\.max_days$/, "lower"],
    [/^audit\.drift_threshold$/, "lower"],
    [/^statistics\.alpha$/, "lower"],
    [/^audit\.(shutdown|announce)_horizon_days$/, "higher"],
    [/^severities\./, "severity"],
    [/^audit\.unverified$/, "severity"],
    [/\.required_for$/, "union"],
];
const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
/** A plan that is new in the pull request (`base.plan` undefined) keeps its own plan rules. */
function stricterRules(base, head) {
    const loosened = [];
    const policy = stricterPolicy(base.policy, head.policy, loosened);
    const plan = base.plan === undefined ? head.plan : stricterPlan(base.plan, head.plan, loosened);
    return { plan, policy, loosened };
}
function stricterPolicy(base, head, loosened) {
    const out = structuredClone(head);
    const walk = (b, h, path, target) => {
        for (const key of new Set([...Object.keys(isObject(b) ? b : {}), ...Object.keys(isObject(h) ? h : {})])) {
            const bv = isObject(b) ? b[key] : undefined;
            const hv = isObject(h) ? h[key] : undefined;
            const here = [...path, key];
            if (isObject(bv) && isObject(hv)) {
                walk(bv, hv, here, target[key]);
                continue;
            }
            const rule = here.join(".");
            // Where an editor finds the schema, and the format's version, decide nothing; the floors
            // list is tunegate's own and is applied after this (floors.ts).
            if (rule === "$schema" || rule === "version" || rule === "floors")
                continue;
            const chosen = stricterPolicyValue(rule, bv, hv);
            if (chosen.loosened)
                loosened.push({ where: "policy", rule, base: display(bv), head: display(hv) });
            if (chosen.value === undefined)
                delete target[key];
            else
                target[key] = chosen.value;
        }
    };
    walk(base, head, [], out);
    return out;
}
/**
 * The stricter of two values of one policy rule (`base` a base branch's or a floor's), by the
 * rule's order; a rule with no order keeps `base` whenever `head` differs.
 */
function stricterPolicyValue(rule, base, head) {
    return stricterValue(POLICY_ORDER.find(([pattern]) => pattern.test(rule))?.[1], base, head);
}
/** The value that applies and whether the head's was looser (then it waits for the merge). */
function stricterValue(direction, base, head) {
    if (same(base, head))
        return { value: head, loosened: false };
    switch (direction) {
        case "higher":
            return typeof base === "number" && typeof head === "number" && head > base
                ? { value: head, loosened: false }
                : { value: base, loosened: true };
        case "lower":
            // null (for max_drop: refuse such metrics) is stricter than any number.
            if (base === null)
                return { value: base, loosened: true };
            return head === null || (typeof base === "number" && typeof head === "number" && head < base)
                ? { value: head, loosened: false }
                : { value: base, loosened: true };
        case "severity":
            return (SEVERITY_RANK[String(head)] ?? -1) > (SEVERITY_RANK[String(base)] ?? -1)
                ? { value: head, loosened: false }
                : { value: base, loosened: true };
        case "union": {
            const union = unionOf(base, head);
            return { value: union, loosened: union.length > (Array.isArray(head) ? head.length : 0) };
        }
        default:
            // No order (a method, a metric, a list of primaries): the base's applies until merged.
            return { value: base, loosened: true };
    }
}
function stricterPlan(base, head, loosened) {
    const plan = structuredClone(head);
    const note = (rule, b, h, file) => loosened.push({ where: "plan", rule, ...(file === undefined ? {} : { file }), base: display(b), head: display(h) });
    // Thresholds with an order: a floor only rises, a ceiling only falls; removing one loosens it.
    const floor = (b, h, rule) => {
        if (b === undefined || (h !== undefined && h >= b))
            return h;
        note(rule, b, h);
        return b;
    };
    const ceiling = (b, h, rule) => {
        if (b === undefined || (h !== undefined && h <= b))
            return h;
        note(rule, b, h);
        return b;
    };
    const taskFloor = floor(base.evals?.task_floor, head.evals?.task_floor, "evals.task_floor");
    if (taskFloor !== undefined)
        plan.evals = { ...(plan.evals ?? { format: "auto" }), task_floor: taskFloor };
    const latency = ceiling(base.use_case.latency_p95_ms, head.use_case.latency_p95_ms, "use_case.latency_p95_ms");
    if (latency !== undefined)
        plan.use_case.latency_p95_ms = latency;
    const monthly = ceiling(base.budget?.monthly_usd, head.budget?.monthly_usd, "budget.monthly_usd");
    const oneTime = ceiling(base.budget?.one_time_usd, head.budget?.one_time_usd, "budget.one_time_usd");
    if (monthly !== undefined || oneTime !== undefined)
        plan.budget = {
            ...(monthly === undefined ? {} : { monthly_usd: monthly }),
            ...(oneTime === undefined ? {} : { one_time_usd: oneTime }),
        };
    // Selections: a benchmark or suite dropped from the pull request is still judged until merged.
    const baseSelected = new Set();
    for (const list of ["general", "safety", "task"]) {
        const b = base.evals?.[list];
        const h = head.evals?.[list];
        for (const name of b ?? [])
            baseSelected.add(name);
        if (b === undefined || b.every((name) => h?.includes(name)))
            continue;
        note(`evals.${list}`, b, h);
        plan.evals = { ...(plan.evals ?? { format: "auto" }), [list]: unionOf(b, h) };
    }
    // Which metric, chance level or pooling a benchmark is judged by has no order: for a benchmark
    // the base already judged, a change is a loosening and the base's choice applies.
    for (const map of ["metrics", "chance"]) {
        const b = base.evals?.[map] ?? {};
        const h = head.evals?.[map] ?? {};
        const applied = { ...h };
        for (const name of new Set([...Object.keys(b), ...Object.keys(h)])) {
            if (same(b[name], h[name]) || !(name in b || baseSelected.has(name)))
                continue;
            note(`evals.${map}.${name}`, b[name], h[name]);
            if (name in b)
                applied[name] = b[name];
            else
                delete applied[name];
        }
        if (Object.keys(applied).length > 0 || plan.evals?.[map] !== undefined)
            plan.evals = { ...(plan.evals ?? { format: "auto" }), [map]: applied };
    }
    const pool = (p) => [...(p.evals?.pool ?? [])].sort();
    if (!same(pool(base), pool(head))) {
        note("evals.pool", base.evals?.pool, head.evals?.pool);
        plan.evals = { ...(plan.evals ?? { format: "auto" }), pool: base.evals?.pool };
        if (base.evals?.pool === undefined)
            delete plan.evals.pool;
    }
    plan.waivers = stricterWaivers(base.waivers, head.waivers, note);
    return plan;
}
/**
 * A waiver added or extended in the pull request is pending (the base's, if any, applies); one
 * removed or shortened applies at once.
 */
function stricterWaivers(base, head, note) {
    const applied = [];
    for (const waiver of head) {
        const before = base.find((w) => w.gate === waiver.gate);
        // A waiver written in .tunegate/waivers.yml is named by that file, where the reviewer finds it.
        const file = (0,waiver_origin/* waiverOrigin */.$U)(waiver)?.file;
        if (before === undefined)
            note(`waivers.${waiver.gate}`, undefined, waiver, file);
        else if (waiver.expires > before.expires) {
            note(`waivers.${waiver.gate}`, before, waiver, file);
            applied.push(before);
        }
        else
            applied.push(waiver);
    }
    return applied;
}
function unionOf(base, head) {
    const out = Array.isArray(base) ? [...base] : [];
    for (const item of Array.isArray(head) ? head : [])
        if (!out.some((x) => same(x, item)))
            out.push(item);
    return out;
}
function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
/** A rule's value as a reviewer reads it. */
function display(value) {
    if (value === undefined)
        return "none";
    if (isObject(value) && typeof value["gate"] === "string" && typeof value["expires"] === "string")
        return `waived until ${value["expires"]}`;
    if (Array.isArray(value))
        return value.length === 0 ? "none" : value.map((v) => display(v)).join(", ");
    return typeof value === "string" ? value : JSON.stringify(value);
}
//# sourceMappingURL=stricter.js.map
;// CONCATENATED MODULE: ./lib/engine/rules/floors.js


/**
 * The policy a plan is judged by once the floors hold: rule by rule, the stricter of the floors
 * (the shipped policy's marked rules, an organisation policy's every rule) and what the
 * repository's files give, new plan or not. A rule the repository set below a floor is listed
 * with the floor's source; it never applies, since no review in the repository can lower it.
 */
function applyFloors(policy, floors) {
    const { floors: _marks, ...rest } = structuredClone(policy);
    const applied = rest;
    const byRule = new Map();
    for (const floor of floors)
        for (const [rule, value] of floor.values)
            byRule.set(rule, [...(byRule.get(rule) ?? []), { source: floor.source, value }]);
    const held = [];
    for (const [rule, candidates] of byRule) {
        const path = rule.split(".");
        const own = (0,load/* valueAt */.fK)(applied, path);
        let value = own;
        let heldBy;
        for (const candidate of candidates) {
            const chosen = stricterPolicyValue(rule, candidate.value, value);
            if (!chosen.loosened)
                continue;
            value = chosen.value;
            heldBy = candidate.source;
        }
        if (heldBy === undefined)
            continue;
        setAt(applied, path, value);
        held.push({ where: "policy", rule, base: display(value), head: display(own), floor: heldBy });
    }
    return { policy: applied, held };
}
function setAt(data, path, value) {
    let node = data;
    for (const segment of path.slice(0, -1)) {
        const next = node[segment];
        if (next === null || typeof next !== "object" || Array.isArray(next))
            node[segment] = {};
        node = node[segment];
    }
    node[path.at(-1)] = value;
}
//# sourceMappingURL=floors.js.map
// EXTERNAL MODULE: ./lib/shell/files.js
var shell_files = __webpack_require__(97);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/rules/waivers-file.js
var waivers_file = __webpack_require__(4090);
;// CONCATENATED MODULE: ./lib/shell/waivers-beside.js



/** `.tunegate/waivers.yml` in the plan's own folder: the plans there share it. */
function waiversPathFor(planPath) {
    return external_node_path_.posix.join(external_node_path_.posix.dirname(planPath), waivers_file/* WAIVERS_FILE */.Bg);
}
/**
 * The plan with the waivers file beside it merged in, and the file's path when there was one.
 * No file is no waivers; a file that does not load stops the check (exit 2), never a silent pass.
 */
async function withWaiversBeside(read, planPath, plan) {
    const file = waiversPathFor(planPath);
    const text = await read(file, shell_files/* MAX_CONFIG_BYTES */.GW);
    if (!text.ok)
        return text.kind === "file-missing"
            ? { ok: true, value: { plan, file: undefined } }
            : { ok: false, diagnostics: [(0,shell_files/* readFailure */.f1)(text, { file, line: 1, column: 1 }, "")] };
    const loaded = (0,waivers_file/* loadWaiversFile */.gL)(file, text.text);
    if (!loaded.ok)
        return loaded;
    const merged = (0,waivers_file/* mergeWaivers */.UT)(plan, planPath, loaded.value);
    return merged.ok ? { ok: true, value: { plan: merged.value, file } } : merged;
}
//# sourceMappingURL=waivers-beside.js.map
// EXTERNAL MODULE: ./lib/shell/plan-paths.js
var plan_paths = __webpack_require__(1338);
// EXTERNAL MODULE: ./lib/shell/repo-settings.js
var repo_settings = __webpack_require__(1240);
;// CONCATENATED MODULE: ./lib/shell/base-rules.js









/**
 * Where a plan that is not at its path at the base may have been: the conventional names and the
 * plan input's own globs. Moving a plan must not make it "new" and free of the base's rules.
 */
const PLAN_NAMES = ["**/tunegate.yml", "**/tunegate.yaml"];
const SHALLOW_FIX = "check out with actions/checkout and fetch-depth: 0 so the base commit is in the clone";
/**
 * The plan and policy a pull request is judged by, and the rules section that says so. Anything
 * that stops the base's rules from being read is a warning with its fix, never a silent pass:
 * the pull request's own rules judge it and the report says they did.
 */
async function applyBaseRules(request, root, spec, planPath, head) {
    // The floors hold on each side before the two are compared, so a value below a floor is listed
    // once, as held by the floor (it never applies), not as a loosening that would apply after merge.
    const floored = withFloors(head.policy);
    const bound = await stricterOfBase(request, root, spec, planPath, { loaded: head.loaded, policy: floored.policy });
    return { ...bound, rules: { ...bound.rules, loosened: [...bound.rules.loosened, ...floored.held] } };
}
async function stricterOfBase(request, root, spec, planPath, head) {
    const own = { ...head, rules: origin/* OWN_RULES */.PQ };
    if (request === undefined)
        return own;
    if (request.from === "head")
        return { ...head, rules: (0,origin/* headRulesInPullRequest */.vU)(request.sha) };
    const warn = (why) => ({
        ...head,
        rules: {
            ...origin/* OWN_RULES */.PQ,
            warnings: [
                `the base branch's rules could not be read (${why}), so this pull request was judged by its own rules, which it may have loosened`,
            ],
        },
    });
    if (request.sha === "")
        return warn("the pull request event names no base commit");
    if (request.files === undefined)
        return warn(`commit ${request.sha.slice(0, 7)} is not in the clone, as in a shallow checkout; ${SHALLOW_FIX}`);
    const files = request.files;
    const basePolicy = await (0,repo_settings/* readPolicy */.T4)(root, spec, (path, max) => files.read(path, max));
    if (!basePolicy.ok)
        return warn(`the policy at ${request.sha.slice(0, 7)} does not load: ${basePolicy.diagnostics[0]?.message ?? "unknown error"}`);
    const planText = await files.read(planPath, shell_files/* MAX_CONFIG_BYTES */.GW);
    let found;
    if (planText.ok) {
        const loaded = (0,plan_load/* loadPlan */.Y)(planPath, planText.text);
        if (!loaded.ok)
            return warn(`the plan at ${request.sha.slice(0, 7)} does not load: ${loaded.diagnostics[0]?.message ?? "unknown error"}`);
        found = { path: planPath, loaded: loaded.value };
    }
    else if (planText.kind !== "file-missing")
        return warn(`${planPath} at ${request.sha.slice(0, 7)}: ${planText.message}`);
    const moved = found === undefined
        ? await samePlanElsewhere(files, head.loaded.plan.name, planPath, request.planInput)
        : undefined;
    const basePlanOrigin = found !== undefined
        ? { base_plan: "same-path", base_plan_file: null }
        : moved !== undefined
            ? { base_plan: "moved", base_plan_file: moved.path }
            : { base_plan: "new", base_plan_file: null };
    found ??= moved;
    let basePlan;
    if (found !== undefined) {
        // The base's waivers file counts as the base's waivers: one added or extended there is pending.
        const waivers = await withWaiversBeside((path, max) => files.read(path, max), found.path, found.loaded.plan);
        if (!waivers.ok)
            return warn(`the waivers at ${request.sha.slice(0, 7)} do not load: ${waivers.diagnostics[0]?.message ?? "unknown error"}`);
        basePlan = { ...found.loaded, plan: waivers.value.plan };
    }
    const baseFloored = withFloors(basePolicy.value).policy;
    const stricter = stricterRules({ plan: basePlan?.plan, policy: baseFloored.policy }, { plan: head.loaded.plan, policy: head.policy.policy });
    // A threshold the base's value decides names the base commit as its source, not the head's file.
    const provenance = new Map(head.policy.provenance);
    for (const r of stricter.loosened)
        if (r.where === "policy")
            provenance.set(r.rule, `base branch ${request.sha.slice(0, 7)} (${(0,load/* sourceOf */.vz)(baseFloored, r.rule)})`);
    return {
        loaded: { ...head.loaded, plan: stricter.plan },
        policy: { ...head.policy, policy: stricter.policy, provenance },
        rules: { ...origin/* OWN_RULES */.PQ, from: "base", base_sha: request.sha, loosened: stricter.loosened, ...basePlanOrigin },
    };
}
/**
 * The base's plan of the same name at another path: the plan this pull request moved (or copied).
 * Only a plan that loads counts; the first by path wins, so the choice is the same on every run.
 */
async function samePlanElsewhere(files, name, planPath, planInput) {
    const patterns = [...PLAN_NAMES, ...(0,plan_paths/* planEntries */.W9)(planInput ?? "")];
    const paths = new Set();
    for (const pattern of patterns)
        for (const path of await files.glob(pattern.replace(/^\.\//, "")))
            if (path !== planPath)
                paths.add(path);
    for (const path of [...paths].sort()) {
        const text = await files.read(path, shell_files/* MAX_CONFIG_BYTES */.GW);
        if (!text.ok)
            continue;
        const loaded = (0,plan_load/* loadPlan */.Y)(path, text.text);
        if (loaded.ok && loaded.value.plan.name === name)
            return { path, loaded: loaded.value };
    }
    return undefined;
}
/**
 * The floors hold whatever the files give, for a new plan and an existing one alike: a rule
 * below one is listed with the floor's source, which also becomes the threshold's source.
 */
function withFloors(policy) {
    const floored = applyFloors(policy.policy, policy.floors);
    const provenance = new Map(policy.provenance);
    for (const r of floored.held)
        provenance.set(r.rule, r.floor);
    return { policy: { ...policy, policy: floored.policy, provenance }, held: floored.held };
}
//# sourceMappingURL=base-rules.js.map
// EXTERNAL MODULE: ./lib/engine/evals/formats/lm-eval-samples.js + 1 modules
var lm_eval_samples = __webpack_require__(4643);
// EXTERNAL MODULE: ./lib/shell/eval-files.js + 18 modules
var eval_files = __webpack_require__(8891);
// EXTERNAL MODULE: ./lib/shell/repo-files.js
var repo_files = __webpack_require__(8026);
;// CONCATENATED MODULE: ./lib/shell/check.js












const nowhere = (file) => ({ file, line: 1, column: 1 });
/** Reads everything a plan needs, then hands the texts to the pure core. */
async function runCheck(request) {
    const files = request.files ?? (0,repo_files/* workingTreeFiles */.rk)(request.root);
    const read = (path, max) => files.read(path, max);
    const planPath = (0,repo_settings/* repoRelative */.Ne)(request.root, request.plan);
    const headPolicy = await (0,repo_settings/* readPolicy */.T4)(request.root, request.policy, read);
    if (!headPolicy.ok)
        return headPolicy;
    const planText = await read(planPath, shell_files/* MAX_CONFIG_BYTES */.GW);
    if (!planText.ok)
        return { ok: false, diagnostics: [(0,shell_files/* readFailure */.f1)(planText, nowhere(planPath), "")] };
    const headPlan = (0,plan_load/* loadPlan */.Y)(planPath, planText.text);
    if (!headPlan.ok)
        return headPlan;
    const waivers = await withWaiversBeside(read, planPath, headPlan.value.plan);
    if (!waivers.ok)
        return waivers;
    // Every rule below (prices' file included) is the stricter of the base branch's and the head's.
    const bound = await applyBaseRules(request.rules, request.root, request.policy, planPath, {
        loaded: { ...headPlan.value, plan: waivers.value.plan },
        policy: headPolicy.value,
    });
    const policy = { ok: true, value: bound.policy };
    const loaded = { ok: true, value: bound.loaded };
    const prices = await (0,repo_settings/* readPrices */.RP)(request.root, policy.value, read, request.pricing, request.today);
    if (!prices.ok)
        return prices;
    const evals = loaded.value.plan.evals;
    const format = evals?.format ?? "auto";
    const candidate = await (0,eval_files/* readEvalSide */.wX)(files, planPath, loaded.value.source, "candidate", (0,schema/* evalPaths */.jx)(evals?.candidate), format);
    const baseline = await (0,eval_files/* readEvalSide */.wX)(files, planPath, loaded.value.source, "baseline", (0,schema/* evalPaths */.jx)(evals?.baseline), format);
    const alternative = await (0,eval_files/* readEvalSide */.wX)(files, planPath, loaded.value.source, "alternative", (0,schema/* evalPaths */.jx)(evals?.alternative), format);
    const evalProblems = [candidate, baseline, alternative].flatMap((r) => (r.ok ? [] : r.diagnostics));
    if (evalProblems.length > 0)
        return { ok: false, diagnostics: evalProblems };
    const shared = sharedEvalFiles(candidate, baseline);
    const copies = shared.length > 0 ? [] : await copiedEvalFiles(files, candidate, baseline);
    if (copies.length > 0) {
        return {
            ok: false,
            diagnostics: copies.map(([c, b]) => ({
                kind: "invalid-value",
                message: `${c} and ${b} hold the same bytes: one run's results given as both the candidate's and the baseline's (a copy or a hard link), so the base model would be judged as the customised model`,
                location: loaded.value.source.locate(["evals", "candidate"]),
                field: "evals.candidate",
                hint: "point evals.baseline at the base model's own run: a results file or log records its run (lm-eval's date, promptfoo's evalId, Inspect's eval id), so two runs never write the same one",
            })),
        };
    }
    if (shared.length > 0) {
        return {
            ok: false,
            diagnostics: shared.map((file) => ({
                kind: "invalid-value",
                message: `${file} is both a candidate and a baseline file: the base model's results would be judged as the customised model's`,
                location: loaded.value.source.locate(["evals", "candidate"]),
                field: "evals.candidate",
                hint: "make evals.candidate and evals.baseline name different files (a glob on one side often matches the other's, or a link points at it)",
            })),
        };
    }
    // The evidence a verdict rests on, by digest: every file read, on both sides.
    for (const side of [candidate, baseline]) {
        if (side.ok && side.run !== undefined)
            side.run.sources = await Promise.all(side.run.sources.map(async (s) => ({ ...s, sha256: await files.sha256(s.file) })));
    }
    const decision = decide({
        loaded: loaded.value,
        policy: policy.value,
        prices: prices.value,
        candidate: candidate.ok ? candidate.run : undefined,
        baseline: baseline.ok ? baseline.run : undefined,
        alternative: alternative.ok ? alternative.run : undefined,
        today: request.today,
        rules: {
            ...bound.rules,
            ...(await appliedDigests(bound.loaded.plan, bound.policy.policy)),
            ...(waivers.value.file === undefined
                ? {}
                : { waivers_file: { file: waivers.value.file, sha256: await files.sha256(waivers.value.file) } }),
        },
    });
    if (!decision.ok)
        return decision;
    return { ok: true, report: (0,parts_model/* buildReport */.F)(decision.value, loaded.value.source), source: loaded.value.source };
}
/** sha256 of the plan and the policy as applied, for attestations; node:crypto loads on first use. */
async function appliedDigests(plan, policy) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 19));
    const digest = (value) => createHash("sha256").update(canonicalJson(value)).digest("hex");
    return { plan_sha256: digest(plan), policy_sha256: digest(policy) };
}
/**
 * Files read on both sides, by their real paths: a glob such as `evals/*.json` for the candidate
 * also matched baseline.json (which sorts first), so forgetting compared the base model with itself.
 */
function sharedEvalFiles(candidate, baseline) {
    if (!candidate.ok || !baseline.ok)
        return [];
    const base = new Set(baseline.realFiles);
    return candidate.realFiles.filter((file) => base.has(file));
}
/**
 * Candidate and baseline files with the same content (a copy or hard link has no second real
 * path): the base model's results judged against themselves pass every comparison as "identical".
 * Only files that record their run are judged so: lm-eval's per-sample files hold no timestamp,
 * and two genuine reruns of a deterministic model write them byte for byte the same; their
 * results files (stamped with the run's date) tell the runs apart. Only files with equal
 * fingerprints are compared, up to their first difference.
 */
async function copiedEvalFiles(files, candidate, baseline) {
    if (!candidate.ok || !baseline.ok)
        return [];
    // Bucketed by fingerprint (size and first chunk), so thousands of files are not compared
    // pairwise; only a pair that agrees on it is read to the end.
    const byFingerprint = new Map();
    const recordsItsRun = (file) => (0,lm_eval_samples/* taskFromSamplesFile */.Bq)(file) === null;
    for (const file of baseline.realFiles.filter(recordsItsRun)) {
        const fingerprint = await files.fingerprint(file);
        if (fingerprint === null)
            continue;
        const bucket = byFingerprint.get(fingerprint);
        if (bucket === undefined)
            byFingerprint.set(fingerprint, [file]);
        else
            bucket.push(file);
    }
    const copies = [];
    for (const file of candidate.realFiles.filter(recordsItsRun)) {
        const fingerprint = await files.fingerprint(file);
        for (const other of fingerprint === null ? [] : (byFingerprint.get(fingerprint) ?? []))
            if (await files.sameContent(file, other))
                copies.push([file, other]);
    }
    return copies;
}
//# sourceMappingURL=check.js.map

/***/ }),

/***/ 3382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PLAN_CONCURRENCY),
/* harmony export */   Y: () => (/* binding */ mapInOrder)
/* harmony export */ });
/** Plans checked at once: enough to overlap their file reads, few enough for low fd limits. */
const PLAN_CONCURRENCY = 8;
/**
 * `work` over every item, at most `concurrency` at a time, results in the items' order. Plans are
 * checked this way: each one waits on many small file reads, and one at a time the run spent
 * about half its time idle; a bounded pool keeps thousands of plans clear of EMFILE.
 */
async function mapInOrder(items, concurrency, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    return results;
}
//# sourceMappingURL=in-order.js.map

/***/ })

};

//# sourceMappingURL=853.index.js.map