export const id = 678;
export const ids = [678];
export const modules = {

/***/ 8553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ evalResultSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const score = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1);
/**
 * A suite's result: a bare score (which proves nothing on its own: no bound can be drawn from
 * it), 0/1 outcomes as passed of n (judged with the exact Clopper-Pearson bound), or a mean score
 * with its standard error and n.
 */
const entry = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    score,
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0), n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1) })
        .refine((e) => e.passed <= e.n, { message: "passed cannot exceed n" })
        .describe("0/1 outcomes: how many of n passed"),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ score, stderr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0), n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1) })
        .describe("a mean score with its standard error over n examples"),
]);
const scores = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200), entry);
const milliseconds = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(3_600_000);
/** tunegate's own small eval format: scores in [0, 1] by benchmark or suite. */
const evalResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(200),
    general: scores.default({}).describe("general-capability benchmarks (forgetting gate)"),
    safety: scores.default({}).describe("safety suites (safety gate)"),
    task: scores.default({}).describe("task suites (task-quality gate)"),
    latency_p95_ms: milliseconds
        .optional()
        .describe("a p95 as one number: it can fail the latency gate, never prove it (no rows, no bound)"),
    latency_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(milliseconds)
        .min(1)
        .max(10_000_000)
        .optional()
        .describe("per-request latencies: the p95 and its distribution-free upper bound are computed from them"),
})
    .refine((r) => r.latency_ms === undefined || r.latency_p95_ms === undefined, {
    message: "give latency_ms (the rows) or latency_p95_ms (one number), not both",
    path: ["latency_p95_ms"],
})
    .describe("tunegate eval results");
//# sourceMappingURL=tunegate-format.js.map

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

/***/ 4268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ evalListingSchema),
/* harmony export */   Je: () => (/* binding */ renderEvalListing),
/* harmony export */   tg: () => (/* binding */ listEvalFile)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2444);


/** One name a plan can use, as `tunegate evals` lists it. */
const listedNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    aliases: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .describe("Other names the same suite answers to (a promptfoo provider's label beside its id)."),
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    n: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable(),
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    pooled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .describe("A promptfoo suite pooled over providers and prompts: usable only when evals.pool lists it."),
});
const evalListingEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().describe("Examples the file holds, each counted once."),
    names: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(listedNameSchema),
});
/** What `tunegate evals --format json` prints: one entry per file, in the order given (schemas/eval-listing.schema.json). */
const evalListingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(evalListingEntrySchema);
/** What one file holds, in the names a plan's `evals` block uses. */
function listEvalFile(file, run) {
    const source = run.sources[0];
    return {
        file,
        format: source?.format ?? run.format,
        tool_version: source?.tool_version ?? null,
        model: source?.model ?? run.model,
        examples: source?.examples ?? null,
        names: run.benchmarks.map((b) => ({
            name: b.name,
            aliases: b.aliases,
            metric: b.metric,
            n: b.n,
            score: b.value,
            pooled: b.pooled,
        })),
    };
}
/** The listing for a terminal: one block per file, one aligned row per name. */
function renderEvalListing(listings) {
    const lines = [];
    for (const l of listings) {
        lines.push(`${l.file}: ${l.format}${l.tool_version === null ? "" : ` ${l.tool_version}`}, model ${l.model ?? "not recorded"}, ${l.examples === null ? "examples not counted" : `${l.examples} example${l.examples === 1 ? "" : "s"}`}, ${l.names.length} name${l.names.length === 1 ? "" : "s"}`);
        // A loop, not Math.max(...names): spreading 300,000 names overflowed the stack.
        let width = 4;
        let metricWidth = 6;
        for (const n of l.names) {
            width = Math.min(48, Math.max(width, n.name.length));
            metricWidth = Math.min(32, Math.max(metricWidth, n.metric.length));
        }
        lines.push(`  ${"name".padEnd(width)}  ${"metric".padEnd(metricWidth)}  ${"n".padStart(7)}  score`);
        for (const n of l.names) {
            const notes = [
                n.pooled ? "pooled: list it in evals.pool to use it" : "",
                n.aliases.length > 0 ? `also named ${n.aliases.join(", ")}` : "",
            ].filter((x) => x !== "");
            lines.push(`  ${n.name.padEnd(width)}  ${n.metric.padEnd(metricWidth)}  ${(n.n === null ? "—" : String(n.n)).padStart(7)}  ${n.score.toFixed(4)}${notes.length === 0 ? "" : `  (${notes.join("; ")})`}`);
        }
        lines.push("");
    }
    lines.push("A plan names these in evals.general (forgetting), evals.safety and evals.task; evals.metrics picks a metric per name.");
    return `${lines.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN).join("\n")}\n`;
}
//# sourceMappingURL=eval-listing.js.map

/***/ }),

/***/ 3560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ pricesToAudit),
/* harmony export */   o7: () => (/* binding */ budgetStanding),
/* harmony export */   wy: () => (/* binding */ auditResultSchema),
/* harmony export */   y1: () => (/* binding */ auditPrices)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4560);
/* harmony import */ var _price_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6130);




const priceFieldSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I);
/** What the scheduled audit found; `tunegate audit --format json` and the Action's report-json write it. */
const auditResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    verified: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe("false when current prices could not be fetched or parsed; the pins were kept"),
    pinned_prices: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe("the pinned table audited, as reports name it"),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    unverified_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        price: priceFieldSchema,
        pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        change_pct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    })),
    stale: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), as_of: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), age_days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })),
    shutdowns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), days_left: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), what: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    missing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        price: priceFieldSchema,
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        future: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    })),
    unverifiable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    plans: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        pinned: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        announced: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    })),
    plans_over_budget: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        monthly_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        budget_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        at: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pinned", "current", "announced"]),
    })),
    needs_action: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    today: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
})
    .describe("tunegate pricing audit"));
const DAY = 86_400_000;
/**
 * The part of a layered table a repository's audit covers: every entry it pins itself, and the
 * shipped entries its plans use. A single (unlayered) table is audited whole.
 */
function pricesToAudit(table, usedKeys) {
    const origins = table.origins;
    if (origins === undefined)
        return table;
    const used = new Set(usedKeys);
    const prices = Object.fromEntries(Object.entries(table.prices).filter(([key]) => used.has(key) || origins[key] === table.pinTarget));
    return { ...table, prices };
}
/**
 * Compares every pinned price with the feed's current and announced ones, ages what cannot be
 * compared, flags shutdowns, and re-costs every plan at pinned, current and announced prices.
 */
function auditPrices(input) {
    const { table, current, policy, today } = input;
    const settings = policy.audit;
    const now = new Date(`${today}T12:00:00Z`);
    const horizon = new Date(now.getTime() + settings.announce_horizon_days * DAY);
    const maxAge = policy.gates["pricing-freshness"].max_age_days;
    const result = {
        verified: current.ok,
        pinned_prices: table.file,
        source: current.source,
        unverified_reason: current.ok ? null : current.reason,
        drift: [],
        stale: [],
        shutdowns: [],
        missing: [],
        announced: [],
        unverifiable: [],
        plans: [],
        plans_over_budget: [],
        needs_action: false,
        today,
    };
    const currentTable = { ...table.prices };
    const announcedTable = { ...table.prices };
    for (const [key, entry] of Object.entries(table.prices).sort(([a], [b]) => a.localeCompare(b))) {
        const age = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(entry.as_of, today);
        if (age > maxAge)
            result.stale.push({ model: key, as_of: entry.as_of, age_days: age });
        for (const [what, date] of [
            ["shutdown", entry.shutdown_date],
            ["new fine-tuning jobs end", entry.available_until?.new_jobs],
            ["inference ends", entry.available_until?.inference],
        ]) {
            if (date === undefined || (what === "inference ends" && date === entry.shutdown_date))
                continue;
            const left = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .daysBetween */ .YM)(today, date);
            if (left <= settings.shutdown_horizon_days)
                result.shutdowns.push({ model: key, date, days_left: left, what });
        }
        // A repository entry without a check of its own is still compared through the shipped entry it
        // replaces: otherwise pinning a shipped model at $0 without `check` escaped the audit. Only an
        // explicit `check: manual` (shown as pinned by hand) is aged and not compared.
        const check = entry.check ?? table.shipped?.prices[key]?.check;
        if (check === undefined || check === "manual") {
            result.unverifiable.push(key);
            continue;
        }
        if (!current.ok)
            continue;
        // An entry checked against another kind of source cannot be compared with this feed's answer.
        if (check.source !== current.feed.kind) {
            result.missing.push({
                model: key,
                reason: `it is checked against ${check.source}, not the ${current.feed.kind} prices audited`,
            });
            continue;
        }
        const now_ = current.feed.quote(check.provider, check.model, now);
        if (!now_.ok) {
            result.missing.push({
                model: key,
                reason: now_.reason === "fuzzy"
                    ? `the feed only matches it fuzzily (as ${now_.matched}): a different model`
                    : now_.reason === "no-provider"
                        ? `provider ${check.provider} is not in the feed`
                        : "the model is no longer in the feed",
            });
            continue;
        }
        currentTable[key] = { ...entry, ...now_.prices };
        for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
            const pinned = entry[field];
            const latest = now_.prices[field];
            if (pinned === undefined || latest === undefined)
                continue;
            const change = pinned === 0 ? (latest === 0 ? 0 : Infinity) : (latest - pinned) / pinned;
            if (Math.abs(change) > settings.drift_threshold)
                result.drift.push({
                    model: key,
                    price: field,
                    pinned,
                    current: latest,
                    change_pct: Math.round(change * 1000) / 10,
                });
        }
        const future = current.feed.quote(check.provider, check.model, horizon);
        if (future.ok) {
            announcedTable[key] = { ...entry, ...future.prices };
            const dates = now_.announced(now, horizon);
            for (const field of _price_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_FIELDS */ .I) {
                const a = now_.prices[field];
                const b = future.prices[field];
                if (a !== undefined && b !== undefined && a !== b)
                    result.announced.push({
                        model: key,
                        price: field,
                        current: a,
                        future: b,
                        date: dates[0] ?? horizon.toISOString().slice(0, 10),
                    });
            }
        }
    }
    for (const { file, plan } of input.plans) {
        const budget = plan.budget?.monthly_usd ?? null;
        const cost = (prices) => {
            if (plan.cost === undefined)
                return { value: null, error: null };
            const estimate = (0,_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .estimateCost */ .a3)(plan.cost, plan.use_case.monthly_queries, { ...table, prices });
            if (!estimate.ok)
                return { value: null, error: estimate.problems.map((p) => p.message).join("; ") };
            // A cost with no price (a fine-tune's serving) leaves the total incomplete: no figure, never within budget.
            if (estimate.value.unpriced.length > 0)
                return { value: null, error: estimate.value.unpriced.map((u) => u.summary).join("; ") };
            return { value: estimate.value.monthly_usd, error: null };
        };
        const pinned = cost(table.prices);
        const atCurrent = current.ok ? cost(currentTable) : { value: null, error: null };
        const atAnnounced = current.ok ? cost(announcedTable) : { value: null, error: null };
        result.plans.push({
            plan: file,
            name: plan.name,
            budget_usd: budget,
            pinned: pinned.value,
            current: atCurrent.value,
            announced: atAnnounced.value,
            error: pinned.error,
        });
        if (budget === null)
            continue;
        for (const [at, value] of [
            ["pinned", pinned.value],
            ["current", atCurrent.value],
            ["announced", atAnnounced.value],
        ]) {
            if (value !== null && value > budget)
                result.plans_over_budget.push({ plan: file, monthly_usd: value, budget_usd: budget, at });
        }
    }
    // A plan the audit could not cost (an unpriced fine-tune's serving, an unknown model) has a
    // budget nobody is watching: that needs someone's attention, as drift does.
    result.needs_action =
        result.drift.length +
            result.missing.length +
            result.plans_over_budget.length +
            result.shutdowns.length +
            result.announced.length +
            result.stale.length +
            result.plans.filter((p) => p.error !== null).length >
            0;
    return result;
}
/**
 * What an audit that found nothing to act on can say about budgets: only the plans that have a
 * monthly budget are within one; a plan without a budget is named as such, never "within budget".
 */
function budgetStanding(result) {
    const uncosted = result.plans.filter((p) => p.error !== null).length;
    if (uncosted > 0) {
        const rest = budgetStanding({ plans: result.plans.filter((p) => p.error === null) });
        const cannot = `${uncosted === 1 ? "1 plan" : `${uncosted} plans`} could not be costed (see ${uncosted === 1 ? "its line" : "their lines"})`;
        return rest === "no plan to cost" ? cannot : `${rest}; ${cannot}`;
    }
    const budgeted = result.plans.filter((p) => p.budget_usd !== null);
    const without = result.plans.length - budgeted.length;
    if (result.plans.length === 0)
        return "no plan to cost";
    if (without === 0)
        return budgeted.length === 1 ? "the plan is within its budget" : `all ${budgeted.length} plans are within budget`;
    const none = `${without === result.plans.length && without === 1 ? "the plan has" : `${without} plan${without === 1 ? " has" : "s have"}`} no monthly budget to compare`;
    return budgeted.length === 0
        ? none
        : `${budgeted.length} plan${budgeted.length === 1 ? " is" : "s are"} within budget; ${none}`;
}
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 4278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ EXIT_UNVERIFIED),
/* harmony export */   Lj: () => (/* binding */ auditDecisionSchema),
/* harmony export */   Qd: () => (/* binding */ decideAudit),
/* harmony export */   c_: () => (/* binding */ auditOutputs),
/* harmony export */   hJ: () => (/* binding */ AUDIT_INPUT_ERROR_OUTPUTS),
/* harmony export */   m7: () => (/* binding */ trackingIssueNeedsAction),
/* harmony export */   rb: () => (/* binding */ auditOutputsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3320);
/* harmony import */ var _pricing_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3560);



/** Exit code when current prices could not be verified and the policy counts that as an error. */
const EXIT_UNVERIFIED = 3;
const auditDecisionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictSchema */ .$D,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(0), zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(3)])
        .describe("0, 1 (as fail_on says), or 3 when prices could not be verified and that counts as an error"),
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe("one line for logs and the job summary"),
});
/**
 * The audit's verdict under the policy, for the CLI and the Action alike. Prices that moved,
 * plans over budget at today's prices, models past shutdown or gone from the feed need action now
 * (fail); stale pins, announced changes and near shutdowns warn; prices that cannot be verified
 * count as `audit.unverified` says.
 */
function decideAudit(result, unverified, failOn) {
    if (!result.verified) {
        const verdict = unverified === "error" ? "fail" : unverified === "warning" ? "warn" : "pass";
        return {
            verdict,
            exit_code: unverified === "error" && failOn !== "never" ? EXIT_UNVERIFIED : (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .Rr)(verdict, failOn),
            summary: `could not verify current prices (${result.unverified_reason}); the pinned prices were kept`,
        };
    }
    const now = result.drift.length > 0 ||
        result.missing.length > 0 ||
        result.plans_over_budget.some((p) => p.at !== "announced") ||
        result.shutdowns.some((s) => s.days_left < 0);
    const verdict = now ? "fail" : result.needs_action ? "warn" : "pass";
    const summary = verdict === "pass"
        ? `pinned prices match the current ones; ${(0,_pricing_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .budgetStanding */ .o7)(result)}`
        : verdict === "fail"
            ? "something needs action now (see the report)"
            : "something needs attention soon (see the report)";
    return { verdict, exit_code: (0,_gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .Rr)(verdict, failOn), summary };
}
/** The audit's step outputs, written before any GitHub call. */
const auditOutputsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictSchema */ .$D,
    // The audit judges prices, not plans: no gate ran, so it allows no deploy, whatever its verdict
    // (a scheduled run in mode auto audits; a deploy behind it must not read "pass" as "gates pass").
    "deploy-allowed": zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("false"),
    "drift-found": zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["true", "false"]),
    "plans-over-budget": zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe("JSON array of the plans over budget at current prices"),
});
function auditOutputs(result, decision) {
    return {
        verdict: decision.verdict,
        "deploy-allowed": "false",
        "drift-found": result.drift.length > 0 ? "true" : "false",
        "plans-over-budget": JSON.stringify(result.plans_over_budget),
    };
}
/** The outputs of an audit that could not read its inputs: it fails, and found nothing. */
const AUDIT_INPUT_ERROR_OUTPUTS = {
    verdict: "fail",
    "drift-found": "false",
    "plans-over-budget": "[]",
};
/** The tracking issue is open while something needs action, prices that could not be verified included. */
function trackingIssueNeedsAction(result) {
    return result.needs_action || !result.verified;
}
//# sourceMappingURL=audit-decision.js.map

/***/ }),

/***/ 7690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditRunReportSchema: () => (/* binding */ auditRunReportSchema),
/* harmony export */   buildAuditRunReport: () => (/* binding */ buildAuditRunReport)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3320);
/* harmony import */ var _pricing_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3560);
/* harmony import */ var _audit_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4278);




/**
 * One pricing audit, decided in full, as the run report is for a check: what the audit found,
 * its verdict under the policy and fail-on, the exit code, the step outputs and whether the
 * tracking issue stays open. `tunegate audit --format json` prints it and the Action's audit
 * mode writes it as `report-json`; every audit format renders it; neither caller decides anything.
 */
const auditRunReportSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz("tunegate"),
    tool_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    ..._audit_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .auditDecisionSchema */ .Lj.shape,
    fail_on: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .failOnSchema */ .nI,
    verdict: _gates_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictSchema */ .$D.describe("fail when something needs action now (drift, a model gone or past shutdown, a plan over budget at current prices), warn when something needs attention soon; unverified prices count as audit.unverified says"),
    deploy_allowed: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(false)
        .describe("an audit judges prices, not plans: no gate ran, so it never allows a deploy"),
    needs_action: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
        .describe("whether the tracking issue is open: something needs action, unverifiable prices included"),
    outputs: _audit_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .auditOutputsSchema */ .rb,
    audit: _pricing_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .auditResultSchema */ .wy,
})
    .describe("tunegate audit run report: one pricing audit, its verdict, exit code and outputs"));
/** What the audit found, the policy's `audit.unverified` and fail-on in; the audit's decision out. */
function buildAuditRunReport(result, unverified, failOn, toolVersion) {
    const decision = (0,_audit_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .decideAudit */ .Qd)(result, unverified, failOn);
    return {
        schema_version: 1,
        tool: "tunegate",
        tool_version: toolVersion,
        verdict: decision.verdict,
        exit_code: decision.exit_code,
        summary: decision.summary,
        fail_on: failOn,
        deploy_allowed: false,
        needs_action: (0,_audit_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .trackingIssueNeedsAction */ .m7)(result),
        outputs: (0,_audit_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .auditOutputs */ .c_)(result, decision),
        audit: result,
    };
}
//# sourceMappingURL=audit-run-report.js.map

/***/ }),

/***/ 6694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  schemaCommand: () => (/* binding */ schemaCommand)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./lib/engine/cost/price-table.js
var price_table = __webpack_require__(5078);
// EXTERNAL MODULE: ./lib/engine/evals/tunegate-format.js
var tunegate_format = __webpack_require__(8553);
// EXTERNAL MODULE: ./lib/engine/policy/schema.js
var schema = __webpack_require__(382);
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var plan_schema = __webpack_require__(1383);
// EXTERNAL MODULE: ./lib/engine/rules/waivers-file.js
var waivers_file = __webpack_require__(4090);
// EXTERNAL MODULE: ./lib/engine/pricing/audit.js
var audit = __webpack_require__(3560);
// EXTERNAL MODULE: ./lib/engine/output/parts/analysis.js
var analysis = __webpack_require__(3129);
// EXTERNAL MODULE: ./lib/engine/output/parts/model.js + 1 modules
var model = __webpack_require__(8669);
// EXTERNAL MODULE: ./lib/engine/output/parts/eval-listing.js
var eval_listing = __webpack_require__(4268);
// EXTERNAL MODULE: ./lib/engine/run/run-report.js
var run_report = __webpack_require__(7664);
// EXTERNAL MODULE: ./lib/engine/run/audit-run-report.js
var audit_run_report = __webpack_require__(7690);
// EXTERNAL MODULE: ./lib/engine/attestation/statement.js
var statement = __webpack_require__(8362);
// EXTERNAL MODULE: ./lib/engine/input/schema-names.js
var schema_names = __webpack_require__(1315);
;// CONCATENATED MODULE: ./lib/engine/json-schemas.js














const SCHEMAS = {
    // Files people write are described as input (defaults make fields optional); the report as output.
    plan: { schema: plan_schema/* planSchema */.Fu, io: "input" },
    policy: { schema: schema/* policyFileSchema */.Y, io: "input" },
    // .tunegate/waivers.yml, read beside the plan.
    waivers: { schema: waivers_file/* waiversFileSchema */.fs, io: "input" },
    pricing: { schema: price_table/* priceTableSchema */.rh, io: "input" },
    eval: { schema: tunegate_format/* evalResultSchema */.P, io: "input" },
    // What `tunegate evals --format json` prints: each file's format, model and names.
    "eval-listing": { schema: eval_listing/* evalListingSchema */.E0, io: "output" },
    report: { schema: model/* reportSchema */.Q, io: "output" },
    "run-report": { schema: run_report/* runReportSchema */.HW, io: "output" },
    audit: { schema: audit/* auditResultSchema */.wy, io: "output" },
    // What `tunegate audit --format json` prints and the audit's report-json holds: the result above, decided.
    "audit-run-report": { schema: audit_run_report.auditRunReportSchema, io: "output" },
    analysis: { schema: analysis/* analysisReportSchema */.oc, io: "output" },
    // The predicate of the in-toto statement `tunegate check --attestation` writes.
    attestation: { schema: statement/* verdictPredicateSchema */.yQ, io: "output" },
};
/** JSON Schema generated from the zod schema, so editors and the code can never disagree. */
function jsonSchemaText(name) {
    const { schema, io } = SCHEMAS[name];
    const json = json_schema_processors/* toJSONSchema */.bl(schema, { io, target: "draft-2020-12" });
    return `${JSON.stringify({ ...json, $id: `https://tunegate.dev/schemas/${name}.schema.json`, title: `tunegate ${name}` }, null, 2)}\n`;
}
//# sourceMappingURL=json-schemas.js.map
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
;// CONCATENATED MODULE: ./lib/shell/cli/schema-command.js


/** `tunegate schema <name>`: the JSON Schema of one file tunegate reads or writes. */
function schemaCommand(args, io) {
    const { positionals } = (0,flags/* parseFlags */.bQ)(args, {}, 1);
    const name = positionals[0];
    if (name === undefined)
        throw new flags/* UsageError */.eb(`schema needs a name: ${schema_names/* SCHEMA_NAMES */.R.join(" | ")}`);
    io.out(jsonSchemaText((0,flags/* requiredOneOf */.b9)("schema name", name, schema_names/* SCHEMA_NAMES */.R)));
    return 0;
}
//# sourceMappingURL=schema-command.js.map

/***/ })

};

//# sourceMappingURL=678.index.js.map