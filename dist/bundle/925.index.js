export const id = 925;
export const ids = [925];
export const modules = {

/***/ 1925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startAction: () => (/* binding */ startAction)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);

/** Runs the Action; the entry point calls it once Node is new enough. */
async function startAction() {
    // As in the CLI: one parse per schema, so zod's JIT only costs time. No compile cache: each
    // job starts on a new runner, where writing the cache only costs time and no later run reads it.
    zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });
    const { runAction } = await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(800), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(411), __webpack_require__.e(240), __webpack_require__.e(514), __webpack_require__.e(791), __webpack_require__.e(852), __webpack_require__.e(891), __webpack_require__.e(558), __webpack_require__.e(853), __webpack_require__.e(156), __webpack_require__.e(958), __webpack_require__.e(415)]).then(__webpack_require__.bind(__webpack_require__, 5415));
    await runAction();
}
//# sourceMappingURL=start-action.js.map

/***/ })

};

//# sourceMappingURL=925.index.js.map