export const id = 617;
export const ids = [617];
export const modules = {

/***/ 9358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ createOnce)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1918);

/** Creates tried at most, each after looking for what an earlier one may have created. */
const CREATE_ATTEMPTS = 3;
/**
 * Creates something at most once. A create is never repeated blindly: when it failed in a way
 * that may still have created it (5xx, no answer, an unreadable answer), `findAgain` looks
 * first, and only when nothing is there is the create tried again. Refusals (403, 404, 422,
 * rate limits, the budget) end at once.
 */
async function createOnce(what, create, findAgain, log) {
    for (let attempt = 1;; attempt++) {
        try {
            return await create();
        }
        catch (error) {
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyFailure */ .XE)(error);
            if (!(0,_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveWritten */ .$8)(failure) || attempt >= CREATE_ATTEMPTS)
                throw failure;
            log(`GitHub: creating ${what} failed (${failure.status ?? failure.kind}: ${failure.message}); looking for it before trying again`);
            const found = await findAgain();
            if (found !== undefined)
                return found;
        }
    }
}
//# sourceMappingURL=create-once.js.map

/***/ }),

/***/ 5071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l3: () => (/* binding */ actorShape),
  V5: () => (/* binding */ findOwnNodes),
  o2: () => (/* binding */ graphqlQuery),
  d5: () => (/* binding */ pageInfoShape)
});

// UNUSED EXPORTS: MAX_PAGES, endsWithMarker

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./lib/shell/github/failure.js
var failure = __webpack_require__(1918);
;// CONCATENATED MODULE: ./lib/shell/github/identity.js
const BOT_SUFFIX = /\[bot\]$/i;
function isAuthoredBy(viewerLogin, author) {
    if (author === null)
        return false; // a deleted account ("ghost") is nobody's
    const viewerIsBot = BOT_SUFFIX.test(viewerLogin);
    const authorKind = author.__typename === "Bot" ? "bot" : author.__typename === "User" ? "user" : "other";
    if (authorKind !== (viewerIsBot ? "bot" : "user"))
        return false;
    return author.login.replace(BOT_SUFFIX, "").toLowerCase() === viewerLogin.replace(BOT_SUFFIX, "").toLowerCase();
}
//# sourceMappingURL=identity.js.map
;// CONCATENATED MODULE: ./lib/shell/github/own-nodes.js



/** Pages of 100 read at most while looking for our comment or issue (5,000 items). */
const MAX_PAGES = 50;
const actorShape = schemas/* object */.Ikc({ __typename: schemas/* string */.YjP(), login: schemas/* string */.YjP() }).nullable();
const pageInfoShape = schemas/* object */.Ikc({ hasNextPage: schemas/* boolean */.zMY(), endCursor: schemas/* string */.YjP().nullable() });
/**
 * Whether a body is the one `marker` names: tunegate writes its marker as the body's last line,
 * and only there counts. A marker elsewhere is text that came from a plan or price table (a plan
 * path shown in a code span may hold another plan's marker verbatim); counted, it would let that
 * comment be taken, and overwritten, as the other plan's.
 */
function endsWithMarker(body, marker) {
    return body.trimEnd().endsWith(marker);
}
/**
 * Reads a GraphQL connection page by page, each page also naming the viewer (one request per
 * page, identity included), and keeps the nodes the viewer wrote that carry one of `markers`.
 * Stops once every marker is found (unless `everyPage`: duplicates left by concurrent runs are
 * looked for to the end), at the last page, or after `maxPages`.
 */
async function findOwnNodes(readPage, markers, maxPages = MAX_PAGES, everyPage = false, 
/** With `everyPage`: the marker of a node of ours that carries none of `markers`, if it is one to keep too. */
otherMarker = () => undefined) {
    const found = new Map();
    const all = new Map();
    let after = null;
    for (let pages = 1;; pages++) {
        const page = await readPage(after);
        for (const node of page.nodes) {
            if (!isAuthoredBy(page.viewer, node.author))
                continue;
            let matched = false;
            for (const marker of markers) {
                if (!endsWithMarker(node.body, marker))
                    continue;
                matched = true;
                if (!found.has(marker))
                    found.set(marker, node);
                if (everyPage)
                    (all.get(marker) ?? all.set(marker, []).get(marker)).push(node);
            }
            const other = matched || !everyPage ? undefined : otherMarker(node.body);
            if (other !== undefined)
                (all.get(other) ?? all.set(other, []).get(other)).push(node);
        }
        if ((!everyPage && found.size === markers.length) || !page.hasNextPage || page.endCursor === null)
            return { found, all, complete: true, pages };
        if (pages >= maxPages)
            return { found, all, complete: false, pages };
        after = page.endCursor;
    }
}
/**
 * Runs a GraphQL query and holds its answer to `shape`: GraphQL errors and answers that are not
 * what GitHub's schema promises (an empty body, HTML from a proxy) become a GitHubFailure.
 */
async function graphqlQuery(client, query, variables, shape, what) {
    let data;
    try {
        data = await client.graphql(query, variables);
    }
    catch (error) {
        throw (0,failure/* classifyFailure */.XE)(error);
    }
    const parsed = shape.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new failure/* GitHubFailure */.iK("unreadable", `GitHub's answer while ${what} is not what its API describes (${issue === undefined ? "empty" : `${issue.path.join(".") || "answer"}: ${issue.message}`})`);
    }
    return parsed.data;
}
//# sourceMappingURL=own-nodes.js.map

/***/ }),

/***/ 7617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* unused harmony export ISSUES_QUERY */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9358);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1918);
/* harmony import */ var _own_nodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5071);




/** The viewer and a page of open issues, newest first, in one request (see sticky-comment.ts). */
const ISSUES_QUERY = `query TunegateTrackingIssue($owner: String!, $repo: String!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number url body author { __typename login } }
    }
  }
}`;
const issueShape = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ number: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), body: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), author: _own_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .actorShape */ .l3 });
const createdShape = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ number: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), html_url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() });
const issuesAnswer = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    viewer: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1) }),
    repository: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ issues: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ pageInfo: _own_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .pageInfoShape */ .d5, nodes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(issueShape) }) }).nullable(),
});
async function readOurIssue(client, request) {
    return (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findOwnNodes */ .V5)(async (after) => {
        const answer = await (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .graphqlQuery */ .o2)(client, ISSUES_QUERY, { owner: request.owner, repo: request.repo, after }, issuesAnswer, "reading the open issues");
        const issues = answer.repository?.issues;
        if (issues === undefined)
            return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
        return { viewer: answer.viewer.login, nodes: issues.nodes, ...issues.pageInfo };
    }, [request.marker], undefined, true);
}
/** Ours among the open issues: the first opened stands; any other is a duplicate from a concurrent audit. */
function ours(listing, marker) {
    const all = [...(listing.all.get(marker) ?? [])].sort((a, b) => a.number - b.number);
    return { standing: all[0], duplicates: all.slice(1) };
}
/** Closes duplicates as such, pointing at the issue that stands; one already closed or gone is fine. */
async function closeDuplicates(client, request, duplicates, standing, log) {
    let closed = 0;
    for (const d of duplicates) {
        try {
            await client.rest.issues.update({
                owner: request.owner,
                repo: request.repo,
                issue_number: d.number,
                state: "closed",
                state_reason: "duplicate",
                body: `Duplicate of #${standing.number}: tunegate keeps one tracking issue.\n\n${request.marker}\n`,
            });
            closed++;
        }
        catch (error) {
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyFailure */ .XE)(error);
            if (failure.kind === "budget" || failure.kind === "rate-limited")
                throw failure;
            log(`GitHub: could not close duplicate tracking issue #${d.number} (${failure.status ?? failure.kind}: ${failure.message}); the next audit tries again`);
        }
    }
    return closed;
}
/**
 * One tracking issue for the audit, found among open issues by marker and authorship: opened
 * when something needs action, updated in place on later runs, closed with a comment once
 * everything is back in line. Never one issue per run.
 */
async function syncTrackingIssue(client, request, log) {
    const listing = await readOurIssue(client, request);
    const { standing: existing, duplicates } = ours(listing, request.marker);
    const where = { owner: request.owner, repo: request.repo };
    if (existing !== undefined && duplicates.length > 0)
        await closeDuplicates(client, request, duplicates, existing, log);
    if (!request.needsAction) {
        if (existing === undefined)
            return { action: "none" };
        try {
            // Sent once: a closing note that may have been written is not written again.
            await client.rest.issues.createComment({ ...where, issue_number: existing.number, body: request.closingComment });
        }
        catch (error) {
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyFailure */ .XE)(error);
            if (!(0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHaveWritten */ .$8)(failure))
                throw failure;
            log(`GitHub: the closing comment may not have been written (${failure.status ?? failure.kind}: ${failure.message}); closing the issue anyway`);
        }
        await client.rest.issues.update({ ...where, issue_number: existing.number, state: "closed", body: request.body });
        return { action: "closed", number: existing.number, url: existing.url };
    }
    if (existing === undefined) {
        if (!listing.complete)
            return { action: "skipped-unsearched", pages: listing.pages };
        let foundAgain;
        const opened = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_0__/* .createOnce */ .U)("the tracking issue", async () => {
            const { data } = await client.rest.issues.create({ ...where, title: request.title, body: request.body });
            const parsed = createdShape.safeParse(data);
            if (!parsed.success)
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubFailure */ .iK("unreadable", "GitHub's answer to the new issue is not what its API describes");
            return { number: parsed.data.number, url: parsed.data.html_url };
        }, async () => {
            foundAgain = ours(await readOurIssue(client, request), request.marker).standing;
            return foundAgain === undefined ? undefined : { number: foundAgain.number, url: foundAgain.url };
        }, log);
        if (foundAgain !== undefined && foundAgain.body !== request.body)
            return update(client, request, foundAgain);
        return settle(client, request, opened, log);
    }
    if (existing.body === request.body)
        return { action: "unchanged", number: existing.number, url: existing.url };
    return update(client, request, existing);
}
/**
 * Re-reads after opening: a concurrent audit may have opened one too. The first opened stands,
 * the others are closed as duplicates (by whichever run sees them; the last to open sees both),
 * and the standing one gets this run's body.
 */
async function settle(client, request, opened, log) {
    const { standing, duplicates } = ours(await readOurIssue(client, request), request.marker);
    if (standing === undefined || standing.number === opened.number) {
        if (standing !== undefined)
            await closeDuplicates(client, request, duplicates, standing, log);
        return { action: "created", ...opened };
    }
    await closeDuplicates(client, request, duplicates, standing, log);
    if (standing.body === request.body)
        return { action: "unchanged", number: standing.number, url: standing.url };
    return update(client, request, standing);
}
async function update(client, request, existing) {
    await client.rest.issues.update({
        owner: request.owner,
        repo: request.repo,
        issue_number: existing.number,
        title: request.title,
        body: request.body,
    });
    return { action: "updated", number: existing.number, url: existing.url };
}
//# sourceMappingURL=tracking-issue.js.map

/***/ })

};

//# sourceMappingURL=617.index.js.map