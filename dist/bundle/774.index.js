export const id = 774;
export const ids = [774];
export const modules = {

/***/ 4393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runJunit: () => (/* binding */ runJunit)
/* harmony export */ });
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5460);

/**
 * JUnit XML for CI test tabs (GitLab, Jenkins, Azure Pipelines), as conftest and Checkov write it:
 * one suite per plan, one test case per gate and, inside an eval gate, one per benchmark. A gate
 * that blocks is a failure whose message is its finding; a gate that does not apply is skipped; a
 * plan that could not be read is an error. Warnings, waivers and notes pass, their finding kept in
 * system-out, so the tab is red exactly when tunegate blocks.
 */
function runJunit(run) {
    const suites = [];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const plan of run.plans) {
        const cases = [];
        let suiteFailures = 0;
        let suiteErrors = 0;
        let suiteSkipped = 0;
        if (!(0,_input_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isChecked */ .W)(plan)) {
            for (const e of plan.input_errors) {
                suiteErrors++;
                const message = `${e.file}:${e.line}:${e.column}: ${e.message}`;
                cases.push(testcase(plan.file, e.field === "" ? "input" : `input: ${e.field}`, { file: e.file, line: e.line }, `<error message="${attr(message)}" type="input-error">${text(e.hint === null ? message : `${message}\nhint: ${e.hint}`)}</error>`));
            }
        }
        else {
            const report = plan.report;
            const classname = `tunegate.${report.plan.name}`;
            for (const gate of report.gates) {
                const blocks = gate.level === "error";
                const finding = `${gate.title} ${gate.outcome}: ${gate.summary}${gate.fix === null ? "" : `. Fix: ${gate.fix}`}`;
                const body = gate.outcome === "skipped"
                    ? `<skipped message="${attr(gate.summary)}"/>`
                    : blocks
                        ? `<failure message="${attr(finding)}" type="${gate.outcome}">${text([finding, ...gate.details].join("\n"))}</failure>`
                        : gate.outcome === "pass" && gate.waiver === null
                            ? ""
                            : `<system-out>${text([finding, ...gate.details].join("\n"))}</system-out>`;
                if (gate.outcome === "skipped")
                    suiteSkipped++;
                else if (blocks)
                    suiteFailures++;
                cases.push(testcase(classname, gate.id, gate.location, body));
                for (const e of gate.evidence) {
                    const shown = `${e.benchmark} (${e.metric}): ${e.decision}${e.note === null ? "" : `, ${e.note}`}; ${e.method}`;
                    const failed = blocks && e.decision !== "pass";
                    if (failed)
                        suiteFailures++;
                    cases.push(testcase(`${classname}.${gate.id}`, `${gate.id} / ${e.benchmark}`, gate.location, failed ? `<failure message="${attr(shown)}" type="${e.decision}">${text(shown)}</failure>` : ""));
                }
            }
        }
        tests += cases.length;
        failures += suiteFailures;
        errors += suiteErrors;
        const name = (0,_input_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isChecked */ .W)(plan) ? `${plan.report.plan.name} (${plan.file})` : plan.file;
        suites.push(`  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="${suiteSkipped}">\n${cases.join("")}  </testsuite>\n`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tunegate" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join("")}</testsuites>\n`;
}
function testcase(classname, name, at, body) {
    const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" file="${attr(at.file)}" line="${Math.max(1, at.line)}"`;
    return body === "" ? `${open}/>\n` : `${open}>\n      ${body}\n    </testcase>\n`;
}
/** Characters XML 1.0 cannot carry at all (control characters but tab, newline, return), dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function text(value) {
    return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** An attribute value: newlines and tabs as references, so a parser keeps them. */
function attr(value) {
    return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
//# sourceMappingURL=junit.js.map

/***/ })

};

//# sourceMappingURL=774.index.js.map