export const id = 491;
export const ids = [491];
export const modules = {

/***/ 5491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ANSWER_BYTES: () => (/* binding */ MAX_ANSWER_BYTES),
  createClient: () => (/* binding */ createClient),
  openOctokitSession: () => (/* binding */ openOctokitSession)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./lib/engine/input/credentials.js
var credentials = __webpack_require__(3679);
// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/shell/bounded-body.js
var bounded_body = __webpack_require__(6224);
// EXTERNAL MODULE: ./lib/shell/github/failure.js
var failure = __webpack_require__(1918);
;// CONCATENATED MODULE: ./lib/shell/github/request-policy.js

/** The most tunegate waits for a rate limit to pass; a longer wait skips the comment instead. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Waits for a rate limit per request; then the request fails. */
const MAX_RATE_LIMIT_WAITS = 2;
/** Retries of a read (or an update) after a 5xx, a dropped connection or a timeout. */
const MAX_RETRIES = 3;
function budgetOf(ms, now = Date.now) {
    const deadline = now() + ms;
    const controller = new AbortController();
    // Unref'd: the budget alone never keeps the process alive; a pending request does.
    setTimeout(() => controller.abort(new DOMException("the time allowed for GitHub ran out", "TimeoutError")), ms).unref();
    return { signal: controller.signal, remainingMs: () => Math.max(0, deadline - now()) };
}
/**
 * A signal for one attempt: aborted by the budget or after `timeoutMs`. Built by hand rather
 * than with AbortSignal.any/timeout, whose signals nothing here would hold on to: a collected
 * signal never aborts, and the request it was meant to end hangs on.
 */
function attemptSignal(budget, timeoutMs) {
    const controller = new AbortController();
    const onBudget = () => controller.abort(budget.signal.reason);
    budget.signal.addEventListener("abort", onBudget, { once: true });
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
    return {
        signal: controller.signal,
        done: () => {
            clearTimeout(timer);
            budget.signal.removeEventListener("abort", onBudget);
        },
    };
}
/** Settles with `work`, or fails as "budget" when the budget ends first. */
async function withinBudget(budget, work) {
    let stop = () => { };
    const ended = new Promise((_, reject) => {
        stop = () => reject(budgetSpent());
        if (budget.signal.aborted)
            stop();
        else
            budget.signal.addEventListener("abort", stop, { once: true });
    });
    // Whichever loses the race must not surface later as an unhandled rejection.
    work.catch(() => { });
    try {
        return await Promise.race([work, ended]);
    }
    finally {
        budget.signal.removeEventListener("abort", stop);
        ended.catch(() => { });
    }
}
/**
 * How every GitHub request is made, as an Octokit `request` wrapper:
 * - each attempt has its own timeout, and every attempt and wait stops when the budget ends;
 * - rate limits (403/429 with Retry-After or x-ratelimit-remaining 0, GraphQL RATE_LIMITED)
 *   are waited out when the wait is at most a minute and fits the budget, twice at most;
 *   otherwise the request fails at once as "rate-limited";
 * - a 5xx, a dropped connection or a timeout is retried with back-off, except for a POST that
 *   creates something: it may have been created, so the caller looks before trying again;
 * - writes are spaced one unit apart, as GitHub asks of integrations.
 */
function requestPolicy(options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? sleepUnlessAborted;
    let lastWriteAt = Number.NEGATIVE_INFINITY;
    return async (send, request) => {
        const isGraphql = /\/graphql$/.test(request.url);
        const isWrite = request.method !== "GET" && request.method !== "HEAD" && !isGraphql;
        // Only GraphQL queries are sent as POST without creating anything.
        const retriable = request.method !== "POST" || isGraphql;
        const what = `${request.method} ${request.url}`;
        let rateLimitWaits = 0;
        for (let retries = 0;;) {
            if (options.budget.signal.aborted)
                throw budgetSpent();
            if (isWrite) {
                const gap = lastWriteAt + options.unitMs - now();
                if (gap > 0)
                    await wait(sleep, gap, options.budget);
                lastWriteAt = now();
            }
            const attempt = attemptSignal(options.budget, options.requestTimeoutMs);
            let response;
            try {
                // Octokit's hook chain binds the options object itself: hand the signal over by setting it.
                request.request = { ...request.request, signal: attempt.signal };
                response = await send(request);
            }
            catch (error) {
                attempt.done();
                if (options.budget.signal.aborted)
                    throw budgetSpent();
                // An answer past the size cap would be as large again: failed, never retried. Unreadable,
                // so a create whose answer it was is looked for before it is sent again.
                const tooLarge = answerTooLarge(error);
                if (tooLarge !== undefined)
                    throw new failure/* GitHubFailure */.iK("unreadable", tooLarge);
                const limit = rateLimitOf(error, now);
                if (limit !== undefined) {
                    await waitForLimit(limit, rateLimitWaits++, what, options, sleep);
                    continue;
                }
                const transient = transientReason(error);
                if (transient === undefined || !retriable || retries >= MAX_RETRIES) {
                    if (transient === "timeout")
                        throw new failure/* GitHubFailure */.iK("timeout", `no answer to ${what} within ${options.requestTimeoutMs / 1000} s`);
                    throw error;
                }
                retries++;
                options.log(`GitHub: ${transient} on ${what}; retry ${retries} of ${MAX_RETRIES}`);
                await wait(sleep, retries * retries * options.unitMs, options.budget);
                continue;
            }
            attempt.done();
            const graphqlLimit = isGraphql ? graphqlRateLimit(response, now) : undefined;
            if (graphqlLimit !== undefined) {
                await waitForLimit(graphqlLimit, rateLimitWaits++, what, options, sleep);
                continue;
            }
            return response;
        }
    };
}
/** A refusal because of a rate limit, with how long GitHub asks to wait. */
function rateLimitOf(error, now) {
    const status = error.status;
    const headers = error.response?.headers ?? {};
    const retryAfter = headers["retry-after"];
    if (retryAfter !== undefined && (status === 403 || status === 429 || status === 503)) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return { kind: "secondary", seconds: Math.max(0, Math.ceil(seconds)) };
        const at = Date.parse(retryAfter); // an HTTP date
        if (Number.isFinite(at))
            return { kind: "secondary", seconds: Math.max(0, Math.ceil((at - now()) / 1000)) };
    }
    if (status !== 403 && status !== 429)
        return undefined;
    if (headers["x-ratelimit-remaining"] === "0")
        return { kind: "primary", seconds: resetWait(headers, now) };
    // GitHub's secondary limits without Retry-After: wait a minute, as its docs ask.
    if (/secondary rate limit|abuse/i.test(error.message ?? ""))
        return { kind: "secondary", seconds: 60 };
    return undefined;
}
function graphqlRateLimit(response, now) {
    const errors = response.data?.errors;
    if (!Array.isArray(errors) || !errors.some((e) => e?.type === "RATE_LIMITED"))
        return undefined;
    return { kind: "primary", seconds: resetWait(response.headers ?? {}, now) };
}
/** Seconds until x-ratelimit-reset (epoch seconds), plus one so the retry comes after it. */
function resetWait(headers, now) {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - now() / 1000) + 1) : 60;
}
async function waitForLimit(limit, waitsSoFar, what, options, sleep) {
    const ms = limit.seconds * options.unitMs;
    if (limit.seconds > MAX_RATE_LIMIT_WAIT_SECONDS ||
        ms > options.budget.remainingMs() ||
        waitsSoFar >= MAX_RATE_LIMIT_WAITS) {
        const why = waitsSoFar >= MAX_RATE_LIMIT_WAITS
            ? `still limited after ${waitsSoFar} waits`
            : `GitHub asks to wait ${limit.seconds} s, longer than tunegate waits`;
        options.log(`GitHub ${limit.kind} rate limit on ${what}; giving up: ${why}`);
        throw new failure/* GitHubFailure */.iK("rate-limited", `${limit.kind} rate limit on ${what}: ${why}`, 429);
    }
    options.log(`GitHub ${limit.kind} rate limit on ${what}; retrying in ${limit.seconds} s`);
    await wait(sleep, ms, options.budget);
}
/** The message of an answer boundedFetch refused (Octokit wraps what fetch throws), or undefined. */
function answerTooLarge(error) {
    for (let e = error, hops = 0; e !== undefined && e !== null && hops < 3; e = e.cause, hops++) {
        if (e.name === "AnswerTooLargeError")
            return e.message;
    }
    return undefined;
}
/** Why a failed attempt may succeed when repeated, or undefined when it would not. */
function transientReason(error) {
    if (error.name === "TimeoutError" || error.cause?.name === "TimeoutError")
        return "timeout";
    const status = error.status;
    if (status === undefined)
        return undefined;
    // Octokit reports a request that got no answer at all as status 500 without a response.
    if (error.response === undefined)
        return "no answer";
    return status >= 500 ? `status ${status}` : undefined;
}
async function wait(sleep, ms, budget) {
    if (ms > budget.remainingMs())
        throw budgetSpent();
    try {
        await sleep(ms, budget.signal);
    }
    catch {
        throw budgetSpent();
    }
}
function budgetSpent() {
    return new failure/* GitHubFailure */.iK("budget", "the time allowed for GitHub ran out");
}
async function sleepUnlessAborted(ms, signal) {
    const { setTimeout } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8500, 19));
    await setTimeout(ms, undefined, { signal });
}
//# sourceMappingURL=request-policy.js.map
;// CONCATENATED MODULE: ./lib/shell/github/client.js





/**
 * The most of one answer tunegate reads: a page of 100 comments at GitHub's 65,536-character
 * limit is 26 MB even in 4-byte characters; a 300 MB GraphQL answer took 1.3 GB.
 */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/**
 * An Octokit whose every request follows request-policy.ts: timeouts, a budget, bounded
 * rate-limit waits, retries only where repeating cannot duplicate anything; and whose every
 * answer is read through boundedFetch: at most MAX_ANSWER_BYTES, or the request fails. Octokit's own
 * warnings go through `log` (they quote server headers).
 */
function createClient(options) {
    const quiet = () => { };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        log: { debug: quiet, info: quiet, warn: options.log, error: options.log },
        request: { fetch: (0,bounded_body/* boundedFetch */.A)(options.maxAnswerBytes ?? MAX_ANSWER_BYTES, options.fetch) },
    });
    const policy = requestPolicy({
        budget: options.budget,
        requestTimeoutMs: options.requestTimeoutMs,
        unitMs: options.unitMs,
        log: options.log,
    });
    octokit.hook.wrap("request", (send, request) => policy(send, maskedWrite(request)));
    return octokit;
}
/**
 * What tunegate posts (a comment's or an issue's body and title, a GraphQL mutation's variables)
 * carries no credential, whatever text produced it (output-guard.ts): the last check before
 * anything reaches a pull request that a fork's author can read.
 */
function maskedWrite(request) {
    // Octokit's hook chain binds the options object itself, so it is masked in place.
    const fields = request;
    // Control and invisible characters are shown too, whatever escaping the text went through before.
    for (const key of ["body", "title"])
        if (typeof fields[key] === "string")
            fields[key] = (0,credentials/* maskCredentials */.Bs)((0,parts_escape/* terminalSafe */.kJ)(fields[key]));
    if (typeof fields["variables"] === "object" && fields["variables"] !== null) {
        fields["variables"] = JSON.parse((0,credentials/* maskCredentials */.Bs)(JSON.stringify(fields["variables"])));
    }
    return request;
}
/**
 * The runner's GitHub port (session.ts): Octokit as the token, under `limits`, its time allowed
 * counted from the moment the session opens.
 */
function openOctokitSession(connection, limits, fetchImpl) {
    const budget = budgetOf(limits.budgetMs);
    const api = createClient({
        token: connection.token,
        baseUrl: connection.apiUrl,
        log: connection.log,
        unitMs: limits.retryUnitMs,
        requestTimeoutMs: limits.requestTimeoutMs,
        budget,
        ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
    });
    return { api, within: (work) => withinBudget(budget, work) };
}
//# sourceMappingURL=client.js.map

/***/ })

};

//# sourceMappingURL=491.index.js.map