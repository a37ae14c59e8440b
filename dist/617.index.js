export const id = 617;
export const ids = [617];
export const modules = {

/***/ 7617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/**
 * One tracking issue for the audit, found among open issues by marker and authorship: opened
 * when something needs action, updated in place on later runs, closed with a comment once
 * everything is back in line. Never one issue per run.
 */
async function syncTrackingIssue(client, request) {
    let existing;
    for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { owner: request.owner, repo: request.repo, state: "open", per_page: 100 })) {
        existing = page.data.find((i) => i.pull_request === undefined &&
            i.user !== null &&
            (i.body ?? "").includes(request.marker) &&
            request.isOurs({ login: i.user.login, type: i.user.type, viaApp: i.performed_via_github_app !== null && i.performed_via_github_app !== undefined }));
        if (existing !== undefined)
            break;
    }
    const where = { owner: request.owner, repo: request.repo };
    if (!request.needsAction) {
        if (existing === undefined)
            return { action: "none" };
        await client.rest.issues.createComment({ ...where, issue_number: existing.number, body: request.closingComment });
        await client.rest.issues.update({ ...where, issue_number: existing.number, state: "closed", body: request.body });
        return { action: "closed", number: existing.number, url: existing.html_url };
    }
    if (existing === undefined) {
        const { data } = await client.rest.issues.create({ ...where, title: request.title, body: request.body });
        return { action: "created", number: data.number, url: data.html_url };
    }
    if (existing.body === request.body)
        return { action: "unchanged", number: existing.number, url: existing.html_url };
    await client.rest.issues.update({ ...where, issue_number: existing.number, title: request.title, body: request.body });
    return { action: "updated", number: existing.number, url: existing.html_url };
}
//# sourceMappingURL=tracking-issue.js.map

/***/ })

};

//# sourceMappingURL=617.index.js.map