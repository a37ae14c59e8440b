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

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncStickyComments: () => (/* binding */ syncStickyComments)
/* harmony export */ });
/* unused harmony export COMMENTS_QUERY */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6921);
/* harmony import */ var _engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3311);
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
/** Times a plan's comments are read again after the one to edit vanished under a concurrent run. */
const MAX_REREADS = 2;
const createdShape = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(), html_url: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() });
const commentsAnswer = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    viewer: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1) }),
    repository: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ comments: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ pageInfo: _own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .pageInfoShape */ .d5, nodes: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(commentShape) }) })
            .nullable(),
    })
        .nullable(),
});
async function readOurComments(client, target, markers, otherMarker) {
    return (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .findOwnNodes */ .V5)(async (after) => {
        const answer = await (0,_own_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .graphqlQuery */ .o2)(client, COMMENTS_QUERY, { owner: target.owner, repo: target.repo, number: target.issueNumber, after }, commentsAnswer, "reading the pull request's comments");
        const comments = answer.repository?.pullRequest?.comments;
        if (comments === undefined)
            return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
        return { viewer: answer.viewer.login, nodes: comments.nodes, ...comments.pageInfo };
    }, markers, undefined, true, otherMarker);
}
/** The comment that stands among ours for one marker: the newest run's; between equals, the first written (lowest id). */
function standing(comments) {
    let best;
    for (const c of comments) {
        if (best === undefined)
            best = c;
        else {
            const order = (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)((0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(c.body), (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(best.body));
            if (order > 0 || (order === 0 && c.fullDatabaseId < best.fullDatabaseId))
                best = c;
        }
    }
    return best;
}
/**
 * One comment per plan, found by marker AND our own authorship, whatever order the requests of
 * several runs on one pull request reach GitHub in. GitHub has no conditional update: an edit
 * in place can land after a newer run's edit and undo it. So a run edits in place only a
 * comment written for its own event (a re-run); a newer event gets a new comment, and after
 * writing, the run reads the comments again and deletes every one of ours for the plan except
 * the newest run's (see `standing`). The newest run's comment is never deleted (nobody sees a
 * newer one), and of two concurrent runs the one that writes last reads both comments after
 * its write, so exactly one comment is left, the newer run's. `report` hears each outcome.
 */
async function syncStickyComments(client, target, plans, ours, report, log, retire = [], 
/** The comment key: with it, plan comments of ours under this key that this run writes no more are marked not current. */
key) {
    const listing = await readOurComments(client, target, [...plans.map((p) => p.marker), ...retire], key === undefined ? undefined : (body) => (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .planMarkerOf */ .l)(body, key));
    const markNotCurrent = () => markPlansNotChecked(client, target, listing.all, new Set([...plans.map((p) => p.marker), ...retire]), ours);
    // A newer run wrote under a marker this run retires (it switched between one comment per plan
    // and one for the run): this run is outdated for every plan and writes nothing.
    const newerElsewhere = newerThan(retire.flatMap((m) => listing.all.get(m) ?? []), ours);
    if (newerElsewhere !== undefined) {
        const newer = (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(newerElsewhere.body);
        for (const plan of plans) {
            const removed = await retireComments(client, target, listing.all.get(plan.marker) ?? [], newer, log);
            report(plan, {
                action: "skipped-newer",
                id: newerElsewhere.fullDatabaseId,
                url: newerElsewhere.url,
                newer,
                removed,
            });
        }
        return 0;
    }
    const created = [];
    for (const plan of plans) {
        const outcome = await syncOne(client, target, plan, listing.all.get(plan.marker) ?? [], listing, ours, log, 0);
        if ("written" in outcome)
            created.push(outcome);
        else
            report(plan, outcome);
    }
    if (created.length === 0) {
        await markNotCurrent();
        return retireComments(client, target, retire.flatMap((m) => listing.all.get(m) ?? []), ours, log);
    }
    // One re-read after every create, for all the plans at once, and the retired markers again: a
    // newer run may have written under them meanwhile, or an older one under ours.
    const again = await readOurComments(client, target, [...created.map((c) => c.plan.marker), ...retire]);
    const newerMeanwhile = newerThan(retire.flatMap((m) => again.all.get(m) ?? []), ours);
    for (const c of created) {
        const mine = again.all.get(c.plan.marker) ?? [];
        if (newerMeanwhile === undefined)
            report(c.plan, await settle(client, target, c, mine, ours, log));
        else {
            const newer = (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(newerMeanwhile.body);
            const removed = await retireComments(client, target, mine, newer, log);
            report(c.plan, {
                action: "superseded",
                id: newerMeanwhile.fullDatabaseId,
                url: newerMeanwhile.url,
                newer,
                removed,
            });
        }
    }
    if (newerMeanwhile !== undefined)
        return 0;
    await markNotCurrent();
    return retireComments(client, target, retire.flatMap((m) => again.all.get(m) ?? []), ours, log);
}
/**
 * Marks, once, the standing comment of every plan this run did not check (a plan moved or
 * deleted, a `plan` input that changed) as no longer current, when an earlier run wrote it: a
 * later run that checks the plan again writes its own comment, and a newer run's is never touched.
 */
async function markPlansNotChecked(client, target, all, written, ours) {
    if (ours === undefined)
        return;
    for (const [marker, comments] of all) {
        if (written.has(marker))
            continue;
        const best = standing(comments);
        if (best === undefined ||
            best.body.startsWith(_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_CURRENT_HEADING */ .P1) ||
            (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)((0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(best.body), ours) >= 0)
            continue;
        try {
            await client.rest.issues.updateComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: best.fullDatabaseId,
                body: `${(0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .notCurrentNotice */ .hZ)(ours)}${best.body}`,
            });
        }
        catch (error) {
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyFailure */ .XE)(error);
            // Deleted meanwhile: nothing is left to mark.
            if (failure.kind !== "not-found")
                throw failure.kind === "budget" || failure.kind === "rate-limited" ? failure : error;
        }
    }
}
/** The newest of `comments` when it was written by a newer run than `ours`. */
function newerThan(comments, ours) {
    const best = standing(comments);
    return ours !== undefined && best !== undefined && (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)((0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(best.body), ours) > 0
        ? best
        : undefined;
}
/**
 * Deletes our comments under markers this run no longer writes (per-plan comments once a run
 * switches to one comment for many plans, and the other way round), unless a newer run wrote them.
 */
async function retireComments(client, target, comments, ours, log) {
    const outdated = comments.filter((c) => ours === undefined || (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)((0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(c.body), ours) <= 0);
    if (outdated.length === 0)
        return 0;
    return removeAllBut(client, target, outdated, undefined, log);
}
async function syncOne(client, target, plan, mine, listing, ours, log, rereads) {
    const best = standing(mine);
    if (best === undefined) {
        if (!plan.createIfAbsent)
            return { action: "skipped-absent" };
        if (!listing.complete)
            return { action: "skipped-unsearched", pages: listing.pages };
        return create(client, target, plan, ours, log);
    }
    const theirs = (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(best.body);
    const order = ours === undefined ? 0 : (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)(theirs, ours);
    if (order > 0) {
        const removed = await removeAllBut(client, target, mine, best, log);
        return { action: "skipped-newer", id: best.fullDatabaseId, url: best.url, newer: theirs, removed };
    }
    if (order < 0)
        return create(client, target, plan, ours, log);
    // The same event (a re-run, or a run that cannot be ordered): the comment is this run's to edit.
    try {
        return await refresh(client, target, best, mine, plan, log);
    }
    catch (error) {
        // Deleted meanwhile by a run that saw a newer comment: read again and decide again.
        if ((0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyFailure */ .XE)(error).kind !== "not-found" || rereads >= MAX_REREADS)
            throw error;
        const again = await readOurComments(client, target, [plan.marker]);
        return syncOne(client, target, plan, again.all.get(plan.marker) ?? [], again, ours, log, rereads + 1);
    }
}
async function create(client, target, plan, ours, log) {
    const created = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_1__/* .createOnce */ .U)("the comment", async () => {
        // No retries inside the request: a create that may have happened is looked for first.
        const { data } = await client.rest.issues.createComment({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body: plan.body,
        });
        const parsed = createdShape.safeParse(data);
        if (!parsed.success)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubFailure */ .iK("unreadable", "GitHub's answer to the new comment is not what its API describes");
        return { id: parsed.data.id, url: parsed.data.html_url };
    }, async () => {
        // Ours, if that create happened: the same body, or one written for the same event.
        const again = (await readOurComments(client, target, [plan.marker])).all.get(plan.marker) ?? [];
        const same = again.find((c) => c.body === plan.body) ??
            (ours === undefined ? undefined : again.find((c) => (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)((0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(c.body), ours) === 0));
        return same === undefined ? undefined : { id: same.fullDatabaseId, url: same.url };
    }, log);
    return { plan, written: created };
}
/**
 * Re-reads after writing and repairs: every comment of ours for the plan but the standing one is
 * deleted. When the standing one is not ours, a newer run wrote meanwhile and ours is gone too.
 */
async function settle(client, target, { plan, written }, mine, ours, log) {
    const best = standing(mine);
    if (best === undefined)
        return { action: "created", ...written, removed: 0 };
    const removed = await removeAllBut(client, target, mine, best, log);
    if (best.fullDatabaseId === written.id ||
        (ours !== undefined && (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStates */ .CD)((0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(best.body), ours) === 0)) {
        if (best.fullDatabaseId !== written.id && best.body !== plan.body) {
            await client.rest.issues.updateComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: best.fullDatabaseId,
                body: plan.body,
            });
        }
        return { action: "created", id: best.fullDatabaseId, url: best.url, removed };
    }
    return { action: "superseded", id: best.fullDatabaseId, url: best.url, newer: (0,_engine_output_parts_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(best.body), removed };
}
/** Deletes every comment in `mine` but `keep`; one already gone (another run deleted it) is fine. */
async function removeAllBut(client, target, mine, keep, log) {
    let removed = 0;
    for (const c of mine) {
        if (c.fullDatabaseId === keep?.fullDatabaseId)
            continue;
        try {
            await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.fullDatabaseId });
            removed++;
        }
        catch (error) {
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyFailure */ .XE)(error);
            if (failure.kind === "not-found")
                continue;
            if (failure.kind === "budget" || failure.kind === "rate-limited")
                throw failure;
            log(`GitHub: could not delete an outdated tunegate comment (${failure.status ?? failure.kind}: ${failure.message}); the next run tries again`);
        }
    }
    return removed;
}
async function refresh(client, target, existing, mine, plan, log) {
    const removed = await removeAllBut(client, target, mine, existing, log);
    if (existing.body === plan.body)
        return { action: "unchanged", id: existing.fullDatabaseId, url: existing.url, removed };
    await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.fullDatabaseId,
        body: plan.body,
    });
    return { action: "updated", id: existing.fullDatabaseId, url: existing.url, removed };
}
//# sourceMappingURL=sticky-comment.js.map

/***/ })

};

//# sourceMappingURL=829.index.js.map