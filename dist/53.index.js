export const id = 53;
export const ids = [53];
export const modules = {

/***/ 5053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/**
 * Rate limits wait and retry (twice at most); 5xx responses retry with back-off. The retry
 * plugin runs inside the throttling plugin, so 429 is kept out of its hands: otherwise it would
 * retry on its own schedule and ignore the reset time GitHub sends.
 */
function createClient(options) {
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : "giving up"}`);
        return retryCount < 2;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl,
        retry: { retries: 3, retryAfterBaseValue: options.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary"), retryAfterBaseValue: options.retryBaseMs, fallbackSecondaryRateRetryAfter: 60 },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
//# sourceMappingURL=client.js.map

/***/ })

};

//# sourceMappingURL=53.index.js.map