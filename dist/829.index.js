export const id = 829;
export const ids = [829];
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
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
 * Stops once every marker is found, at the last page, or after `maxPages`.
 */
async function findOwnNodes(readPage, markers, maxPages = MAX_PAGES) {
    const found = new Map();
    let after = null;
    for (let pages = 1;; pages++) {
        const page = await readPage(after);
        for (const node of page.nodes) {
            if (!isAuthoredBy(page.viewer, node.author))
                continue;
            for (const marker of markers)
                if (!found.has(marker) && endsWithMarker(node.body, marker))
                    found.set(marker, node);
        }
        if (found.size === markers.length || !page.hasNextPage || page.endCursor === null)
            return { found, complete: true, pages };
        if (pages >= maxPages)
            return { found, complete: false, pages };
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

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncStickyComments: () => (/* binding */ syncStickyComments)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _engine_report_comment_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5213);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9358);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1918);
/* harmony import */ var _own_nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5071);





/**
 * The viewer and a page of the pull request's comments in one request: who we are decides which
 * comments are ours, so no separate identity call is needed (GET /user refuses app tokens).
 */
const COMMENTS_QUERY = `query TunegateComments($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { fullDatabaseId url body author { __typename login } }
      }
    }
  }
}`;
const commentShape = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    // BigInt in GitHub's schema, sent as a string: comment ids outgrew 32 bits.
    fullDatabaseId: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^\d+$/), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int()]).transform(Number),
    url: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    body: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    author: _own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .actorShape */ .l3,
});
const createdShape = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(), html_url: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() });
const commentsAnswer = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    viewer: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1) }),
    repository: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ pullRequest: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ comments: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ pageInfo: _own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .pageInfoShape */ .d5, nodes: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(commentShape) }) }).nullable() }).nullable(),
});
async function readOurComments(client, target, markers) {
    return (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .findOwnNodes */ .V5)(async (after) => {
        const answer = await (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .graphqlQuery */ .o2)(client, COMMENTS_QUERY, { owner: target.owner, repo: target.repo, number: target.issueNumber, after }, commentsAnswer, "reading the pull request's comments");
        const comments = answer.repository?.pullRequest?.comments;
        if (comments === undefined)
            return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
        return { viewer: answer.viewer.login, nodes: comments.nodes, ...comments.pageInfo };
    }, markers);
}
/**
 * One comment per plan, found by marker AND our own authorship (read once for every plan), then
 * updated in place, created (never twice: see create-once.ts), or left alone when the body is
 * unchanged or a newer run wrote it. `report` hears each plan's outcome as it happens.
 */
async function syncStickyComments(client, target, plans, ours, report, log) {
    const listing = await readOurComments(client, target, plans.map((p) => p.marker));
    for (const plan of plans) {
        const existing = listing.found.get(plan.marker);
        if (existing !== undefined)
            report(plan, await refresh(client, target, existing, plan, ours));
        else if (!plan.createIfAbsent)
            report(plan, { action: "skipped-absent" });
        else if (!listing.complete)
            report(plan, { action: "skipped-unsearched", pages: listing.pages });
        else
            report(plan, await create(client, target, plan, ours, log));
    }
}
async function create(client, target, plan, ours, log) {
    let foundAgain;
    const created = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .createOnce */ .U)("the comment", async () => {
        // No retries inside the request: a create that may have happened is looked for first.
        const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: plan.body });
        const parsed = createdShape.safeParse(data);
        if (!parsed.success)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubFailure */ .iK("unreadable", "GitHub's answer to the new comment is not what its API describes");
        return { id: parsed.data.id, url: parsed.data.html_url };
    }, async () => {
        const again = await readOurComments(client, target, [plan.marker]);
        foundAgain = again.found.get(plan.marker);
        return foundAgain === undefined ? undefined : { id: foundAgain.fullDatabaseId, url: foundAgain.url };
    }, log);
    // Found after a failed create: ours from that create, or a concurrent run's; bring it up to date.
    if (foundAgain !== undefined && foundAgain.body !== plan.body)
        return refresh(client, target, foundAgain, plan, ours);
    return { action: "created", ...created };
}
async function refresh(client, target, existing, plan, ours) {
    const state = (0,_engine_report_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(existing.body);
    if (ours !== undefined && state !== undefined && (0,_engine_report_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .isNewer */ .U4)(state, ours))
        return { action: "skipped-newer", id: existing.fullDatabaseId, url: existing.url, newer: state };
    if (existing.body === plan.body)
        return { action: "unchanged", id: existing.fullDatabaseId, url: existing.url };
    await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.fullDatabaseId, body: plan.body });
    return { action: "updated", id: existing.fullDatabaseId, url: existing.url };
}
//# sourceMappingURL=sticky-comment.js.map

/***/ })

};

//# sourceMappingURL=829.index.js.map