export const id = 523;
export const ids = [523];
export const modules = {

/***/ 8523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runJson: () => (/* binding */ runJson)
/* harmony export */ });
/* harmony import */ var _parts_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2444);

/**
 * The run report (schemas/run-report.schema.json), whether one plan was checked or many: the
 * same shape the Action writes as `report-json`. Keys are built in a fixed order, so equal
 * decisions print equal bytes.
 */
function runJson(run) {
    return (0,_parts_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonDocument */ .Q8)(run);
}
//# sourceMappingURL=json.js.map

/***/ })

};

//# sourceMappingURL=523.index.js.map