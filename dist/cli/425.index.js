export const id = 425;
export const ids = [425];
export const modules = {

/***/ 425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
async function initCommand(_a, _io) { return 0; }
//# sourceMappingURL=init-command.js.map

/***/ })

};

//# sourceMappingURL=425.index.js.map