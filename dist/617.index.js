export const id = 617;
export const ids = [617];
export const modules = {

/***/ 5071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l3: () => (/* binding */ actorShape),
  V5: () => (/* binding */ findOwnNodes),
  o2: () => (/* binding */ graphqlQuery),
  d5: () => (/* binding */ pageInfoShape)
});

// UNUSED EXPORTS: MAX_PAGES

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
                if (!found.has(marker) && node.body.includes(marker))
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

/***/ 7617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _own_nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);


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
const issueShape = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ number: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), author: _own_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .actorShape */ .l3 });
const issuesAnswer = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    viewer: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1) }),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ issues: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ pageInfo: _own_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .pageInfoShape */ .d5, nodes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(issueShape) }) }).nullable(),
});
async function readOurIssue(client, request) {
    return (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .findOwnNodes */ .V5)(async (after) => {
        const answer = await (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .graphqlQuery */ .o2)(client, ISSUES_QUERY, { owner: request.owner, repo: request.repo, after }, issuesAnswer, "reading the open issues");
        const issues = answer.repository?.issues;
        if (issues === undefined)
            return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
        return { viewer: answer.viewer.login, nodes: issues.nodes, ...issues.pageInfo };
    }, [request.marker]);
}
/**
 * One tracking issue for the audit, found among open issues by marker and authorship: opened
 * when something needs action, updated in place on later runs, closed with a comment once
 * everything is back in line. Never one issue per run.
 */
async function syncTrackingIssue(client, request) {
    const existing = (await readOurIssue(client, request)).found.get(request.marker);
    const where = { owner: request.owner, repo: request.repo };
    if (!request.needsAction) {
        if (existing === undefined)
            return { action: "none" };
        await client.rest.issues.createComment({ ...where, issue_number: existing.number, body: request.closingComment });
        await client.rest.issues.update({ ...where, issue_number: existing.number, state: "closed", body: request.body });
        return { action: "closed", number: existing.number, url: existing.url };
    }
    if (existing === undefined) {
        const { data } = await client.rest.issues.create({ ...where, title: request.title, body: request.body });
        return { action: "created", number: data.number, url: data.html_url };
    }
    if (existing.body === request.body)
        return { action: "unchanged", number: existing.number, url: existing.url };
    await client.rest.issues.update({ ...where, issue_number: existing.number, title: request.title, body: request.body });
    return { action: "updated", number: existing.number, url: existing.url };
}
//# sourceMappingURL=tracking-issue.js.map

/***/ })

};

//# sourceMappingURL=617.index.js.map