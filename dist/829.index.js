export const id = 829;
export const ids = [829];
export const modules = {

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _engine_report_comment_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5213);

/**
 * Finds our comment (marker AND our own authorship, through every page), then updates it in
 * place, creates it, or leaves it alone when the body is unchanged or a newer run wrote it.
 */
async function upsertStickyComment(client, target, request) {
    const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
    let existing;
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, params)) {
        existing = page.data.find((c) => c.user !== null &&
            (c.body ?? "").includes(request.marker) &&
            request.isOurs({ login: c.user.login, type: c.user.type, viaApp: c.performed_via_github_app !== null && c.performed_via_github_app !== undefined }));
        if (existing !== undefined)
            break;
    }
    if (existing === undefined) {
        if (!request.createIfAbsent)
            return { action: "skipped-absent" };
        const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: request.body });
        return { action: "created", id: data.id, url: data.html_url };
    }
    const state = (0,_engine_report_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommentState */ .nk)(existing.body);
    if (request.ours !== undefined && state !== undefined && (0,_engine_report_comment_body_js__WEBPACK_IMPORTED_MODULE_0__/* .isNewer */ .U4)(state, request.ours)) {
        return { action: "skipped-newer", id: existing.id, url: existing.html_url, newer: state };
    }
    if (existing.body === request.body)
        return { action: "unchanged", id: existing.id, url: existing.html_url };
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: request.body });
    return { action: "updated", id: data.id, url: data.html_url };
}
//# sourceMappingURL=sticky-comment.js.map

/***/ })

};

//# sourceMappingURL=829.index.js.map