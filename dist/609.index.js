export const id = 609;
export const ids = [609];
export const modules = {

/***/ 7609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   authorCheckFor: () => (/* binding */ authorCheckFor)
/* harmony export */ });
/**
 * Installation tokens (`ghs_`: the workflow's GITHUB_TOKEN or a GitHub App's) cannot call
 * GET /user, and only an app can author a comment marked as made through one: for them, our
 * comments are bot comments made through an app. Other tokens act as a user whose login we ask for.
 */
async function authorCheckFor(token, client) {
    if (token.startsWith("ghs_"))
        return (user) => user.type === "Bot" && user.viaApp;
    const { data } = await client.rest.users.getAuthenticated();
    const login = data.login.toLowerCase();
    return (user) => user.login.toLowerCase() === login;
}
//# sourceMappingURL=comment-author.js.map

/***/ })

};

//# sourceMappingURL=609.index.js.map