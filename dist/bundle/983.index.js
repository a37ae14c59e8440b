export const id = 983;
export const ids = [983];
export const modules = {

/***/ 7983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startCli: () => (/* binding */ startCli)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);

/** Runs the CLI on the process's arguments and streams; the entry point calls it once Node is new enough. */
async function startCli() {
    // A CLI run parses each schema once: zod's JIT would compile code it never reuses.
    zod__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });
    const { main } = await Promise.all(/* import() */[__webpack_require__.e(958), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 2111));
    process.exitCode = await main(process.argv.slice(2), {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        today: new Date().toISOString().slice(0, 10),
    });
}
//# sourceMappingURL=start.js.map

/***/ })

};

//# sourceMappingURL=983.index.js.map