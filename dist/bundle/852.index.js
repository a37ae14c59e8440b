export const id = 852;
export const ids = [852];
export const modules = {

/***/ 1712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isClosedWeights),
/* harmony export */   z: () => (/* binding */ selfHostCrossover)
/* harmony export */ });
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2162);
/* harmony import */ var _price_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5078);


/**
 * Providers whose models' weights are not published: a fine-tune of theirs is served by them only
 * (a Claude or GPT fine-tune cannot be rented on an H100), so no self-hosting crossover exists.
 */
const CLOSED_WEIGHTS = new Set([
    "anthropic",
    "openai",
    "openai-ft",
    "google",
    "google-gla",
    "google-vertex",
    "gemini",
    "x-ai",
    "xai",
    "cohere",
    "azure",
]);
/** Whether a provider's models are closed-weights: a fine-tune of theirs is served at their price only. */
function isClosedWeights(provider) {
    return CLOSED_WEIGHTS.has(provider.toLowerCase());
}
/**
 * Self-hosting a fine-tuned model is a flat monthly cost (GPU hours from the pinned table);
 * paying per token grows with traffic. They cross at self-host cost / per-query token cost.
 */
function selfHostCrossover(estimate, prices, sensitivity, llm) {
    const perQuery = estimate.items.filter((i) => i.id === "llm").reduce((a, i) => a + i.per_query_usd, 0);
    if (llm?.provider !== undefined && isClosedWeights(llm.provider)) {
        const name = `${llm.provider}/${llm.model ?? "?"}`;
        return {
            monthly_queries: null,
            self_host_monthly_usd: null,
            api_per_query_usd: perQuery,
            assumption: `none: ${name} is a closed-weights model, so its fine-tune runs only on its provider's service and cannot be self-hosted on rented GPUs`,
        };
    }
    const gpu = prices.prices[sensitivity.self_host_price];
    if (gpu?.usd_per_hour === undefined) {
        return {
            monthly_queries: null,
            self_host_monthly_usd: null,
            api_per_query_usd: perQuery,
            assumption: `no per-hour price "${sensitivity.self_host_price}" pinned in ${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLayers */ .MS)(prices)}, so no crossover can be computed`,
        };
    }
    const monthly = Math.round(gpu.usd_per_hour * sensitivity.hours_per_month * sensitivity.replicas * 100) / 100;
    const hosting = `${sensitivity.replicas} x ${sensitivity.self_host_price} at ${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRate */ .CE)(gpu.usd_per_hour)}/h x ${sensitivity.hours_per_month} h (${(0,_price_table_js__WEBPACK_IMPORTED_MODULE_0__/* .originOf */ .yv)(prices, sensitivity.self_host_price)}, as of ${gpu.as_of})`;
    if (perQuery <= 0)
        return {
            monthly_queries: null,
            self_host_monthly_usd: monthly,
            api_per_query_usd: 0,
            assumption: `none: the plan pays nothing per token, so self-hosting (${hosting}) never pays off`,
        };
    return {
        monthly_queries: Math.ceil(monthly / perQuery),
        self_host_monthly_usd: monthly,
        api_per_query_usd: perQuery,
        assumption: hosting,
    };
}
//# sourceMappingURL=crossover.js.map

/***/ }),

/***/ 902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ priceEndings)
/* harmony export */ });
/* harmony import */ var _input_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4560);

/**
 * Shutdowns (and, for fine-tuning prices, the end of new jobs) the prices used record, soonest
 * first: what `check`'s pricing-freshness gate holds to the policy's horizon, and what `init`
 * and `analyze` say before a team builds on such a model.
 */
function priceEndings(used, today) {
    const seen = new Set();
    const found = [];
    for (const u of used) {
        const events = [["shuts down", u.shutdown_date]];
        if (u.path[1] === "fine_tune")
            events.push(["stops taking new fine-tuning jobs", u.new_jobs_until]);
        for (const [what, date] of events) {
            if (date === undefined || seen.has(`${u.key} ${what}`))
                continue;
            seen.add(`${u.key} ${what}`);
            const left = (0,_input_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysBetween */ .YM)(today, date);
            const when = left < 0
                ? `${what === "shuts down" ? "shut down" : "stopped taking new fine-tuning jobs"} on ${date} (${-left} day${left === -1 ? "" : "s"} ago)`
                : `${what} on ${date} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`})`;
            found.push({ key: u.key, daysLeft: left, path: u.path, sentence: `${u.key} ${when}` });
        }
    }
    return found.sort((a, b) => a.daysLeft - b.daysLeft);
}
//# sourceMappingURL=lifecycle.js.map

/***/ }),

/***/ 7399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs),
/* harmony export */   v: () => (/* binding */ recommend)
/* harmony export */ });
/* harmony import */ var _cost_money_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6788);

/**
 * The five questions of the framework (docs/framework.md section 2), answered in its order:
 * knowledge needs pull to RAG, behaviour needs to fine-tuning, too few examples veto
 * fine-tuning, a strict latency with stable knowledge and no citations pulls to fine-tuning,
 * and nothing to customise means prompting. Every reason names the question that produced it.
 */
function recommend(facts, policy) {
    const fw = policy.framework;
    const minExamples = policy.gates["data-sufficiency"].min_examples.lora;
    const preferredExamples = policy.gates["data-sufficiency"].preferred_examples.lora;
    const reasons = [];
    const fastChange = fw.rag_knowledge_change.includes(facts.knowledge_change);
    const preferredChange = fw.rag_preferred_knowledge_change.includes(facts.knowledge_change);
    if (fastChange)
        reasons.push({
            rule: "Q1",
            message: `knowledge changes ${facts.knowledge_change} -> RAG (retraining cannot keep up)`,
        });
    else if (preferredChange)
        reasons.push({ rule: "Q1", message: `knowledge changes ${facts.knowledge_change} -> RAG preferred` });
    else
        reasons.push({
            rule: "Q1",
            message: `knowledge is ${facts.knowledge_change === "static" ? "static" : `updated ${facts.knowledge_change}`} -> either RAG or fine-tuning works`,
        });
    if (facts.citations_required)
        reasons.push({
            rule: "Q2",
            message: "citations required -> RAG (a fine-tuned model cannot say where it learned a fact)",
        });
    else
        reasons.push({ rule: "Q2", message: "no citations required -> no pull either way" });
    const styleIsBehavior = fw.behavior_style_levels.includes(facts.style_requirements);
    if (facts.task !== undefined) {
        const pull = { knowledge: "RAG", behavior: "fine-tuning", both: "hybrid", none: "no customisation" }[facts.task];
        reasons.push({
            rule: "Q3",
            message: `the task is ${facts.task === "none" ? "neither knowledge nor behaviour" : facts.task} -> ${pull}`,
        });
    }
    if (styleIsBehavior)
        reasons.push({
            rule: "Q3",
            message: `${facts.style_requirements} style requirements -> fine-tune for voice (behaviour)`,
        });
    const examples = facts.examples;
    const canFineTune = examples !== undefined && examples >= minExamples;
    if (examples === undefined)
        reasons.push({ rule: "Q4", message: "no curated training examples declared -> no fine-tuning yet" });
    else if (examples < minExamples) {
        reasons.push({
            rule: "Q4",
            message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(examples)} examples is fewer than ${minExamples} -> do not fine-tune (RAG + few-shot)`,
        });
    }
    else if (examples < preferredExamples) {
        reasons.push({
            rule: "Q4",
            message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(examples)} examples suffice for LoRA/QLoRA, but quality may be limited (${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(preferredExamples)}+ preferred)`,
        });
    }
    else if (examples <= fw.full_fine_tune_examples) {
        reasons.push({ rule: "Q4", message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(examples)} examples suffice for LoRA/QLoRA` });
    }
    else {
        reasons.push({
            rule: "Q4",
            message: `${(0,_cost_money_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(examples)} examples: full fine-tuning is possible, LoRA still forgets less`,
        });
    }
    const latency = facts.latency_p95_ms;
    const strictLatency = latency !== undefined && latency < fw.strict_latency_ms;
    if (latency !== undefined) {
        if (strictLatency) {
            reasons.push({
                rule: "Q5",
                message: `p95 ${formatMs(latency)} is strict (< ${formatMs(fw.strict_latency_ms)}) -> consider fine-tuning to remove the retrieval hop`,
            });
        }
        else if (latency <= fw.rag_latency_ok_ms) {
            reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} leaves room for retrieval -> RAG is fine` });
        }
        else
            reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} is loose -> either` });
    }
    // What pulls towards retrieval and towards fine-tuning, in words a reader can check.
    const knowledgeWhy = [
        ...(facts.task === "knowledge" ? ["the task needs knowledge"] : []),
        ...(fastChange || preferredChange ? [`knowledge changes ${facts.knowledge_change}`] : []),
        ...(facts.citations_required ? ["citations are required"] : []),
    ];
    const behaviorWhy = [
        ...(facts.task === "behavior" ? ["the task is behaviour"] : []),
        ...(styleIsBehavior ? [`${facts.style_requirements} style requirements`] : []),
    ];
    const knowledgeNeed = facts.task === "both" || knowledgeWhy.length > 0;
    const behaviorNeed = facts.task === "both" || behaviorWhy.length > 0;
    const hybrid = { approach: "hybrid", fine_tune_method: "lora", reasons };
    // Step 5 of the 30-second decision: nothing forces retrieval (stable knowledge, no citations)
    // and a strict p95 cannot afford its hop, so the knowledge and behaviour go into a fine-tune.
    if (strictLatency &&
        canFineTune &&
        !fastChange &&
        !preferredChange &&
        !facts.citations_required &&
        facts.task !== "none") {
        return {
            approach: "lora",
            reasons: [
                ...reasons,
                {
                    rule: "Q5",
                    message: `a strict p95 with stable knowledge and no citations -> fine-tune (LoRA) instead of retrieving at query time`,
                },
            ],
        };
    }
    if (knowledgeNeed && behaviorNeed) {
        if (!canFineTune)
            return {
                approach: "rag",
                reasons: [
                    ...reasons,
                    { rule: "Q4", message: "behaviour wanted but too few examples -> RAG with few-shot examples for style" },
                ],
            };
        const why = facts.task === "both" || facts.task === undefined
            ? "knowledge and behaviour both needed"
            : `${join(behaviorWhy)} (fine-tuning), and ${join(knowledgeWhy)} (retrieval)`;
        return {
            ...hybrid,
            reasons: [...reasons, { rule: "Q3", message: `${why}, enough examples -> hybrid (RAG + LoRA)` }],
        };
    }
    if (knowledgeNeed)
        return { approach: "rag", reasons };
    if (behaviorNeed) {
        if (canFineTune)
            return {
                approach: "lora",
                reasons: [...reasons, { rule: "Q3", message: "behaviour is the point and the knowledge is stable -> LoRA" }],
            };
        return {
            approach: "prompt",
            reasons: [
                ...reasons,
                { rule: "Q4", message: "behaviour wanted but too few examples -> few-shot prompting until the data exists" },
            ],
        };
    }
    if (facts.task === undefined) {
        return {
            approach: "rag",
            reasons: [...reasons, { rule: "default", message: "unsure -> start with RAG, the safe default" }],
        };
    }
    return {
        approach: "prompt",
        reasons: [
            ...reasons,
            {
                rule: "Q3",
                message: "nothing needs new knowledge or new behaviour -> do you need to customise at all? Start with prompting",
            },
        ],
    };
}
function join(parts) {
    return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function formatMs(ms) {
    return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
//# sourceMappingURL=recommend.js.map

/***/ }),

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

/***/ })

};

//# sourceMappingURL=852.index.js.map