export const id = 593;
export const ids = [593];
export const modules = {

/***/ 7997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ jsonWorkExcess)
/* harmony export */ });
/* unused harmony exports CONTAINER_BYTES, VALUE_BYTES, WORK_PER_CHARACTER, FREE_BYTES, workBytes, workAllowance, countJsonWork */
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9552);

/**
 * What JSON.parse builds costs memory by what the text creates, not by its size: 64 MiB of `{}`
 * became 21 million objects and drove the process to 4.7 GB. These figures are V8's, measured
 * (node 24, `--expose-gc`, a million of each in one array): an empty object 64 bytes, an array of
 * one number 64, an empty array 40; a number, string or property slot 8 to 40. The model rounds
 * each up: every object or array costs CONTAINER_BYTES, every other value and every key VALUE_BYTES.
 */
const CONTAINER_BYTES = 64;
const VALUE_BYTES = 16;
/**
 * The model's cost may be at most this many times the text's length (plus FREE_BYTES): real eval
 * outputs cost under 4 (the densest, lm-eval samples lines, 3.7), `{}` repeated costs 21. With
 * the characters of strings (at most twice the text, as UTF-16), what is read stays within about
 * ten times its size.
 */
const WORK_PER_CHARACTER = 8;
/** Small texts are never refused for their density: a megabyte of model cost is nothing. */
const FREE_BYTES = 1024 * 1024;
/** The model's cost of what parsing creates. */
function workBytes(work) {
    return work.containers * CONTAINER_BYTES + work.values * VALUE_BYTES;
}
/** The most a text of `length` characters may create, by the model. */
function workAllowance(length) {
    return WORK_PER_CHARACTER * length + FREE_BYTES;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Characters a bare value (number, true, false, null, NaN, Infinity) can start with. */
function startsBareValue(c) {
    return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x74 || c === 0x66 || c === 0x6e || c === 0x4e || c === 0x49;
}
/**
 * Counts, in one pass over the text and before anything is built, what JSON.parse would create,
 * and stops at the first character past a limit: nesting deeper than `maxDepth`, or a model cost
 * (see CONTAINER_BYTES) above `allowance`. For text JSON.parse accepts, the counts are exactly
 * the objects, arrays, keys and values it builds. Text that is not JSON is counted as far as it
 * goes and left to JSON.parse to refuse.
 */
function jsonWorkExcess(text, maxDepth = _json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_JSON_NESTING */ .V2, allowance = workAllowance(text.length)) {
    return scanJsonWork(text, maxDepth, allowance).excess;
}
/** What JSON.parse would build from the text, counted without building it (no limits). */
function countJsonWork(text) {
    return scanJsonWork(text, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY).work;
}
function scanJsonWork(text, maxDepth, allowance) {
    let containers = 0;
    let values = 0;
    let depth = 0;
    // The last character outside strings and whitespace: a bare value starts after [ , : or nothing.
    let previous = 0x2c;
    const excess = (reason, offset) => {
        const work = { containers, values };
        const message = reason === "depth"
            ? `the JSON nests more than ${maxDepth} levels deep`
            : `the JSON builds more than its size allows: ${containers.toLocaleString("en-US")} objects and arrays and ${values.toLocaleString("en-US")} values by here, about ${megabytes(workBytes(work))} of memory once read, more than ${WORK_PER_CHARACTER} times the ${megabytes(text.length)} of text`;
        return { excess: { reason, offset, ...(0,_json_nesting_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAndColumn */ .q1)(text, offset), message, work }, work };
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            i = closingQuote(text, i);
            previous = QUOTE;
        }
        else if (c === 0x7b || c === 0x5b) {
            containers++;
            if (++depth > maxDepth)
                return excess("depth", i);
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            previous = c;
        }
        else if (c === 0x7d || c === 0x5d) {
            depth--;
            previous = c;
        }
        else if (c === 0x2c || c === 0x3a)
            previous = c;
        else if (startsBareValue(c) && (previous === 0x2c || previous === 0x3a || previous === 0x5b)) {
            values++;
            if (workBytes({ containers, values }) > allowance)
                return excess("nodes", i);
            previous = c;
        }
        else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            previous = c;
    }
    return { excess: null, work: { containers, values } };
}
/** The offset of the quote that closes the string opened at `open` (the text's end if none). */
function closingQuote(text, open) {
    for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
        let backslashes = 0;
        while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return at;
    }
    return text.length;
}
function megabytes(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
//# sourceMappingURL=json-work.js.map

/***/ }),

/***/ 7266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fineTuneMethodOf),
/* harmony export */   UT: () => (/* binding */ describeApproach)
/* harmony export */ });
/* unused harmony export HYBRID_DEFAULT_METHOD */
/** A hybrid that does not say how it fine-tunes fine-tunes with LoRA: the one place this is decided. */
const HYBRID_DEFAULT_METHOD = "lora";
const METHOD_NAMES = { lora: "LoRA", qlora: "QLoRA", "full-fine-tune": "full fine-tune" };
/** The fine-tuning method a plan actually uses, or undefined when it does not fine-tune. */
function fineTuneMethodOf(plan) {
    switch (plan.approach) {
        case "lora":
        case "qlora":
        case "full-fine-tune":
            return plan.approach;
        case "hybrid":
            return plan.fine_tune_method ?? HYBRID_DEFAULT_METHOD;
        default:
            return undefined;
    }
}
/** "rag", "lora", "hybrid (RAG + LoRA)": an approach as reports name it. */
function describeApproach(rec) {
    if (rec.approach !== "hybrid")
        return rec.approach;
    const method = (rec.fine_tune_method ?? HYBRID_DEFAULT_METHOD);
    return `hybrid (RAG + ${METHOD_NAMES[method] ?? method})`;
}
//# sourceMappingURL=approach.js.map

/***/ }),

/***/ 3514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadPlan)
});

// EXTERNAL MODULE: ./lib/engine/input/field-problem.js
var field_problem = __webpack_require__(1971);
// EXTERNAL MODULE: ./lib/engine/input/schema-diagnostics.js
var schema_diagnostics = __webpack_require__(2351);
// EXTERNAL MODULE: ./lib/engine/input/yaml-source.js + 2 modules
var yaml_source = __webpack_require__(4903);
// EXTERNAL MODULE: ./lib/engine/plan/approach.js
var approach = __webpack_require__(7266);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var util = __webpack_require__(4723);
;// CONCATENATED MODULE: ./lib/engine/plan/plan-parser.generated.js
// Generated by scripts/plan-parser.ts from src/engine/plan/schema.ts with zod's compiler; do not edit.
// `npm run build` regenerates it. Plain JavaScript: the compiled code is zod's, not typed here.
// @ts-nocheck

const INVALID = Symbol.for("zod.compile.invalid");
/** The plan, parsed as planSchema would parse it, or PLAN_INVALID: then planSchema says why. */
const compiledPlanParser = ((INVALID, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26) => {
    return (function (input) {
        if (typeof input !== "object" || input === null || Array.isArray(input))
            return INVALID;
        const v0 = input["$schema"];
        let v1 = (() => {
            let v2;
            if (v0 !== undefined) {
                if (typeof v0 !== "string")
                    return INVALID;
                v2 = v0;
            }
            return v2;
        })();
        if (v1 === INVALID) {
            if ("$schema" in input)
                return INVALID;
            v1 = undefined;
        }
        const v3 = input["version"];
        if (v3 !== 1)
            return INVALID;
        const v4 = input["name"];
        if (typeof v4 !== "string")
            return INVALID;
        const v5 = c0(v4);
        const v6 = typeof v5 === "string" && v5.length >= 1 && v5.length < 2 ? c1(v5) : v5.length;
        if (v6 < 1)
            return INVALID;
        const v7 = typeof v5 === "string" && v5.length > 100 ? c1(v5) : v5.length;
        if (v7 > 100)
            return INVALID;
        const v8 = input["approach"];
        if (!c2.has(v8))
            return INVALID;
        const v9 = input["fine_tune_method"];
        let v10 = (() => {
            let v11;
            if (v9 !== undefined) {
                if (!c3.has(v9))
                    return INVALID;
                v11 = v9;
            }
            return v11;
        })();
        if (v10 === INVALID) {
            if ("fine_tune_method" in input)
                return INVALID;
            v10 = undefined;
        }
        const v12 = input["use_case"];
        if (typeof v12 !== "object" || v12 === null || Array.isArray(v12))
            return INVALID;
        const v13 = v12["task"];
        if (!c4.has(v13))
            return INVALID;
        const v14 = v12["knowledge_change"];
        if (!c5.has(v14))
            return INVALID;
        const v15 = v12["citations_required"];
        if (typeof v15 !== "boolean")
            return INVALID;
        const v16 = v12["style_requirements"];
        let v17 = (() => {
            let v18;
            if (v16 === undefined) {
                v18 = c7(c6());
            }
            else {
                if (!c8.has(v16))
                    return INVALID;
                v18 = v16 === undefined ? c7(c6()) : v16;
            }
            return v18;
        })();
        if (v17 === INVALID)
            return INVALID;
        const v19 = v12["latency_p95_ms"];
        let v20 = (() => {
            let v21;
            if (v19 !== undefined) {
                if (typeof v19 !== "number" || !Number.isFinite(v19))
                    return INVALID;
                if (v19 <= 0)
                    return INVALID;
                if (v19 > 3600000)
                    return INVALID;
                v21 = v19;
            }
            return v21;
        })();
        if (v20 === INVALID) {
            if ("latency_p95_ms" in v12)
                return INVALID;
            v20 = undefined;
        }
        const v22 = v12["monthly_queries"];
        if (typeof v22 !== "number" || !Number.isFinite(v22))
            return INVALID;
        if (!Number.isSafeInteger(v22))
            return INVALID;
        if (v22 < 1)
            return INVALID;
        if (v22 > 1000000000000)
            return INVALID;
        for (const k in v12) {
            if (k !== "task" && k !== "knowledge_change" && k !== "citations_required" && k !== "style_requirements" && k !== "latency_p95_ms" && k !== "monthly_queries")
                return INVALID;
        }
        const v23 = {};
        v23["task"] = v13;
        v23["knowledge_change"] = v14;
        v23["citations_required"] = v15;
        v23["style_requirements"] = v17;
        if ("latency_p95_ms" in v12)
            v23["latency_p95_ms"] = v20;
        v23["monthly_queries"] = v22;
        const v24 = input["training"];
        let v25 = (() => {
            let v26;
            if (v24 !== undefined) {
                if (typeof v24 !== "object" || v24 === null || Array.isArray(v24))
                    return INVALID;
                const v27 = v24["examples"];
                if (typeof v27 !== "number" || !Number.isFinite(v27))
                    return INVALID;
                if (!Number.isSafeInteger(v27))
                    return INVALID;
                if (v27 < 0)
                    return INVALID;
                if (v27 > 1000000000)
                    return INVALID;
                for (const k in v24) {
                    if (k !== "examples")
                        return INVALID;
                }
                const v28 = { "examples": v27 };
                v26 = v28;
            }
            return v26;
        })();
        if (v25 === INVALID) {
            if ("training" in input)
                return INVALID;
            v25 = undefined;
        }
        const v29 = input["readiness"];
        let v30 = (() => {
            let v31;
            if (v29 !== undefined) {
                if (typeof v29 !== "object" || v29 === null || Array.isArray(v29))
                    return INVALID;
                const v32 = v29["enough_examples"];
                let v33 = (() => {
                    let v34;
                    if (v32 !== undefined) {
                        if (typeof v32 !== "boolean")
                            return INVALID;
                        v34 = v32;
                    }
                    return v34;
                })();
                if (v33 === INVALID) {
                    if ("enough_examples" in v29)
                        return INVALID;
                    v33 = undefined;
                }
                const v35 = v29["knowledge_static"];
                let v36 = (() => {
                    let v37;
                    if (v35 !== undefined) {
                        if (typeof v35 !== "boolean")
                            return INVALID;
                        v37 = v35;
                    }
                    return v37;
                })();
                if (v36 === INVALID) {
                    if ("knowledge_static" in v29)
                        return INVALID;
                    v36 = undefined;
                }
                const v38 = v29["behavior_change_needed"];
                let v39 = (() => {
                    let v40;
                    if (v38 !== undefined) {
                        if (typeof v38 !== "boolean")
                            return INVALID;
                        v40 = v38;
                    }
                    return v40;
                })();
                if (v39 === INVALID) {
                    if ("behavior_change_needed" in v29)
                        return INVALID;
                    v39 = undefined;
                }
                const v41 = v29["tried_rag_few_shot"];
                let v42 = (() => {
                    let v43;
                    if (v41 !== undefined) {
                        if (typeof v41 !== "boolean")
                            return INVALID;
                        v43 = v41;
                    }
                    return v43;
                })();
                if (v42 === INVALID) {
                    if ("tried_rag_few_shot" in v29)
                        return INVALID;
                    v42 = undefined;
                }
                const v44 = v29["eval_pipeline_ready"];
                let v45 = (() => {
                    let v46;
                    if (v44 !== undefined) {
                        if (typeof v44 !== "boolean")
                            return INVALID;
                        v46 = v44;
                    }
                    return v46;
                })();
                if (v45 === INVALID) {
                    if ("eval_pipeline_ready" in v29)
                        return INVALID;
                    v45 = undefined;
                }
                const v47 = v29["iteration_time"];
                let v48 = (() => {
                    let v49;
                    if (v47 !== undefined) {
                        if (typeof v47 !== "boolean")
                            return INVALID;
                        v49 = v47;
                    }
                    return v49;
                })();
                if (v48 === INVALID) {
                    if ("iteration_time" in v29)
                        return INVALID;
                    v48 = undefined;
                }
                const v50 = v29["maintenance_plan"];
                let v51 = (() => {
                    let v52;
                    if (v50 !== undefined) {
                        if (typeof v50 !== "boolean")
                            return INVALID;
                        v52 = v50;
                    }
                    return v52;
                })();
                if (v51 === INVALID) {
                    if ("maintenance_plan" in v29)
                        return INVALID;
                    v51 = undefined;
                }
                const v53 = v29["forgetting_tested"];
                let v54 = (() => {
                    let v55;
                    if (v53 !== undefined) {
                        if (typeof v53 !== "boolean")
                            return INVALID;
                        v55 = v53;
                    }
                    return v55;
                })();
                if (v54 === INVALID) {
                    if ("forgetting_tested" in v29)
                        return INVALID;
                    v54 = undefined;
                }
                const v56 = v29["latency_justifies"];
                let v57 = (() => {
                    let v58;
                    if (v56 !== undefined) {
                        if (typeof v56 !== "boolean")
                            return INVALID;
                        v58 = v56;
                    }
                    return v58;
                })();
                if (v57 === INVALID) {
                    if ("latency_justifies" in v29)
                        return INVALID;
                    v57 = undefined;
                }
                const v59 = v29["beats_prompting"];
                let v60 = (() => {
                    let v61;
                    if (v59 !== undefined) {
                        if (typeof v59 !== "boolean")
                            return INVALID;
                        v61 = v59;
                    }
                    return v61;
                })();
                if (v60 === INVALID) {
                    if ("beats_prompting" in v29)
                        return INVALID;
                    v60 = undefined;
                }
                for (const k in v29) {
                    if (k !== "enough_examples" && k !== "knowledge_static" && k !== "behavior_change_needed" && k !== "tried_rag_few_shot" && k !== "eval_pipeline_ready" && k !== "iteration_time" && k !== "maintenance_plan" && k !== "forgetting_tested" && k !== "latency_justifies" && k !== "beats_prompting")
                        return INVALID;
                }
                const v62 = {};
                if ("enough_examples" in v29)
                    v62["enough_examples"] = v33;
                if ("knowledge_static" in v29)
                    v62["knowledge_static"] = v36;
                if ("behavior_change_needed" in v29)
                    v62["behavior_change_needed"] = v39;
                if ("tried_rag_few_shot" in v29)
                    v62["tried_rag_few_shot"] = v42;
                if ("eval_pipeline_ready" in v29)
                    v62["eval_pipeline_ready"] = v45;
                if ("iteration_time" in v29)
                    v62["iteration_time"] = v48;
                if ("maintenance_plan" in v29)
                    v62["maintenance_plan"] = v51;
                if ("forgetting_tested" in v29)
                    v62["forgetting_tested"] = v54;
                if ("latency_justifies" in v29)
                    v62["latency_justifies"] = v57;
                if ("beats_prompting" in v29)
                    v62["beats_prompting"] = v60;
                v31 = v62;
            }
            return v31;
        })();
        if (v30 === INVALID) {
            if ("readiness" in input)
                return INVALID;
            v30 = undefined;
        }
        const v63 = input["architecture"];
        let v64 = (() => {
            let v65;
            if (v63 !== undefined) {
                if (typeof v63 !== "object" || v63 === null || Array.isArray(v63))
                    return INVALID;
                const v66 = v63["components"];
                let v67 = (() => {
                    let v68;
                    if (v66 === undefined) {
                        v68 = c7(c9());
                    }
                    else {
                        if (!Array.isArray(v66))
                            return INVALID;
                        if (v66.length > 50)
                            return INVALID;
                        const v69 = new Array(v66.length);
                        for (let v70 = 0; v70 < v66.length; v70++) {
                            const v71 = v66[v70];
                            if (typeof v71 !== "string")
                                return INVALID;
                            const v72 = typeof v71 === "string" && v71.length >= 1 && v71.length < 2 ? c1(v71) : v71.length;
                            if (v72 < 1)
                                return INVALID;
                            const v73 = typeof v71 === "string" && v71.length > 100 ? c1(v71) : v71.length;
                            if (v73 > 100)
                                return INVALID;
                            v69[v70] = v71;
                        }
                        const v74 = typeof v69 === "string" && v69.length > 50 ? c1(v69) : v69.length;
                        if (v74 > 50)
                            return INVALID;
                        v68 = v69 === undefined ? c7(c9()) : v69;
                    }
                    return v68;
                })();
                if (v67 === INVALID)
                    return INVALID;
                const v75 = v63["evidence"];
                let v76 = (() => {
                    let v77;
                    if (v75 !== undefined) {
                        if (typeof v75 !== "string")
                            return INVALID;
                        const v78 = typeof v75 === "string" && v75.length >= 1 && v75.length < 2 ? c1(v75) : v75.length;
                        if (v78 < 1)
                            return INVALID;
                        const v79 = typeof v75 === "string" && v75.length > 1000 ? c1(v75) : v75.length;
                        if (v79 > 1000)
                            return INVALID;
                        v77 = v75;
                    }
                    return v77;
                })();
                if (v76 === INVALID) {
                    if ("evidence" in v63)
                        return INVALID;
                    v76 = undefined;
                }
                for (const k in v63) {
                    if (k !== "components" && k !== "evidence")
                        return INVALID;
                }
                const v80 = {};
                v80["components"] = v67;
                if ("evidence" in v63)
                    v80["evidence"] = v76;
                v65 = v80;
            }
            return v65;
        })();
        if (v64 === INVALID) {
            if ("architecture" in input)
                return INVALID;
            v64 = undefined;
        }
        const v81 = input["cost"];
        let v82 = (() => {
            let v83;
            if (v81 !== undefined) {
                if (typeof v81 !== "object" || v81 === null || Array.isArray(v81))
                    return INVALID;
                const v84 = v81["llm"];
                let v85 = (() => {
                    let v86;
                    if (v84 !== undefined) {
                        if (typeof v84 !== "object" || v84 === null || Array.isArray(v84))
                            return INVALID;
                        const v87 = v84["provider"];
                        let v88 = (() => {
                            let v89;
                            if (v87 !== undefined) {
                                if (typeof v87 !== "string")
                                    return INVALID;
                                const v90 = typeof v87 === "string" && v87.length >= 1 && v87.length < 2 ? c1(v87) : v87.length;
                                if (v90 < 1)
                                    return INVALID;
                                const v91 = typeof v87 === "string" && v87.length > 100 ? c1(v87) : v87.length;
                                if (v91 > 100)
                                    return INVALID;
                                v89 = v87;
                            }
                            return v89;
                        })();
                        if (v88 === INVALID) {
                            if ("provider" in v84)
                                return INVALID;
                            v88 = undefined;
                        }
                        const v92 = v84["model"];
                        let v93 = (() => {
                            let v94;
                            if (v92 !== undefined) {
                                if (typeof v92 !== "string")
                                    return INVALID;
                                const v95 = typeof v92 === "string" && v92.length >= 1 && v92.length < 2 ? c1(v92) : v92.length;
                                if (v95 < 1)
                                    return INVALID;
                                const v96 = typeof v92 === "string" && v92.length > 200 ? c1(v92) : v92.length;
                                if (v96 > 200)
                                    return INVALID;
                                v94 = v92;
                            }
                            return v94;
                        })();
                        if (v93 === INVALID) {
                            if ("model" in v84)
                                return INVALID;
                            v93 = undefined;
                        }
                        const v97 = v84["usd_per_mtok"];
                        let v98 = (() => {
                            let v99;
                            if (v97 !== undefined) {
                                if (typeof v97 !== "number" || !Number.isFinite(v97))
                                    return INVALID;
                                if (v97 < 0)
                                    return INVALID;
                                if (v97 > 10000)
                                    return INVALID;
                                v99 = v97;
                            }
                            return v99;
                        })();
                        if (v98 === INVALID) {
                            if ("usd_per_mtok" in v84)
                                return INVALID;
                            v98 = undefined;
                        }
                        const v100 = v84["monthly_usd"];
                        let v101 = (() => {
                            let v102;
                            if (v100 !== undefined) {
                                if (typeof v100 !== "number" || !Number.isFinite(v100))
                                    return INVALID;
                                if (v100 < 0)
                                    return INVALID;
                                if (v100 > 1000000000)
                                    return INVALID;
                                v102 = v100;
                            }
                            return v102;
                        })();
                        if (v101 === INVALID) {
                            if ("monthly_usd" in v84)
                                return INVALID;
                            v101 = undefined;
                        }
                        const v103 = v84["one_time_usd"];
                        let v104 = (() => {
                            let v105;
                            if (v103 !== undefined) {
                                if (typeof v103 !== "number" || !Number.isFinite(v103))
                                    return INVALID;
                                if (v103 < 0)
                                    return INVALID;
                                if (v103 > 1000000000)
                                    return INVALID;
                                v105 = v103;
                            }
                            return v105;
                        })();
                        if (v104 === INVALID) {
                            if ("one_time_usd" in v84)
                                return INVALID;
                            v104 = undefined;
                        }
                        const v106 = v84["input_tokens"];
                        let v107 = (() => {
                            let v108;
                            if (v106 !== undefined) {
                                if (typeof v106 !== "number" || !Number.isFinite(v106))
                                    return INVALID;
                                if (!Number.isSafeInteger(v106))
                                    return INVALID;
                                if (v106 < 0)
                                    return INVALID;
                                if (v106 > 10000000)
                                    return INVALID;
                                v108 = v106;
                            }
                            return v108;
                        })();
                        if (v107 === INVALID) {
                            if ("input_tokens" in v84)
                                return INVALID;
                            v107 = undefined;
                        }
                        const v109 = v84["output_tokens"];
                        let v110 = (() => {
                            let v111;
                            if (v109 !== undefined) {
                                if (typeof v109 !== "number" || !Number.isFinite(v109))
                                    return INVALID;
                                if (!Number.isSafeInteger(v109))
                                    return INVALID;
                                if (v109 < 0)
                                    return INVALID;
                                if (v109 > 10000000)
                                    return INVALID;
                                v111 = v109;
                            }
                            return v111;
                        })();
                        if (v110 === INVALID) {
                            if ("output_tokens" in v84)
                                return INVALID;
                            v110 = undefined;
                        }
                        const v112 = v84["tokens_per_query"];
                        let v113 = (() => {
                            let v114;
                            if (v112 !== undefined) {
                                if (typeof v112 !== "number" || !Number.isFinite(v112))
                                    return INVALID;
                                if (!Number.isSafeInteger(v112))
                                    return INVALID;
                                if (v112 < 0)
                                    return INVALID;
                                if (v112 > 10000000)
                                    return INVALID;
                                v114 = v112;
                            }
                            return v114;
                        })();
                        if (v113 === INVALID) {
                            if ("tokens_per_query" in v84)
                                return INVALID;
                            v113 = undefined;
                        }
                        const v115 = v84["calls_per_query"];
                        let v116 = (() => {
                            let v117;
                            if (v115 === undefined) {
                                v117 = c7(c10());
                            }
                            else {
                                if (typeof v115 !== "number" || !Number.isFinite(v115))
                                    return INVALID;
                                if (!Number.isSafeInteger(v115))
                                    return INVALID;
                                if (v115 < 1)
                                    return INVALID;
                                if (v115 > 1000)
                                    return INVALID;
                                v117 = v115 === undefined ? c7(c10()) : v115;
                            }
                            return v117;
                        })();
                        if (v116 === INVALID)
                            return INVALID;
                        const v118 = v84["input_usd_per_mtok"];
                        let v119 = (() => {
                            let v120;
                            if (v118 !== undefined) {
                                if (typeof v118 !== "number" || !Number.isFinite(v118))
                                    return INVALID;
                                if (v118 < 0)
                                    return INVALID;
                                if (v118 > 10000)
                                    return INVALID;
                                v120 = v118;
                            }
                            return v120;
                        })();
                        if (v119 === INVALID) {
                            if ("input_usd_per_mtok" in v84)
                                return INVALID;
                            v119 = undefined;
                        }
                        const v121 = v84["output_usd_per_mtok"];
                        let v122 = (() => {
                            let v123;
                            if (v121 !== undefined) {
                                if (typeof v121 !== "number" || !Number.isFinite(v121))
                                    return INVALID;
                                if (v121 < 0)
                                    return INVALID;
                                if (v121 > 10000)
                                    return INVALID;
                                v123 = v121;
                            }
                            return v123;
                        })();
                        if (v122 === INVALID) {
                            if ("output_usd_per_mtok" in v84)
                                return INVALID;
                            v122 = undefined;
                        }
                        for (const k in v84) {
                            if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "input_tokens" && k !== "output_tokens" && k !== "tokens_per_query" && k !== "calls_per_query" && k !== "input_usd_per_mtok" && k !== "output_usd_per_mtok")
                                return INVALID;
                        }
                        const v124 = {};
                        if ("provider" in v84)
                            v124["provider"] = v88;
                        if ("model" in v84)
                            v124["model"] = v93;
                        if ("usd_per_mtok" in v84)
                            v124["usd_per_mtok"] = v98;
                        if ("monthly_usd" in v84)
                            v124["monthly_usd"] = v101;
                        if ("one_time_usd" in v84)
                            v124["one_time_usd"] = v104;
                        if ("input_tokens" in v84)
                            v124["input_tokens"] = v107;
                        if ("output_tokens" in v84)
                            v124["output_tokens"] = v110;
                        if ("tokens_per_query" in v84)
                            v124["tokens_per_query"] = v113;
                        v124["calls_per_query"] = v116;
                        if ("input_usd_per_mtok" in v84)
                            v124["input_usd_per_mtok"] = v119;
                        if ("output_usd_per_mtok" in v84)
                            v124["output_usd_per_mtok"] = v122;
                        v86 = v124;
                    }
                    return v86;
                })();
                if (v85 === INVALID) {
                    if ("llm" in v81)
                        return INVALID;
                    v85 = undefined;
                }
                const v125 = v81["embedding"];
                let v126 = (() => {
                    let v127;
                    if (v125 !== undefined) {
                        if (typeof v125 !== "object" || v125 === null || Array.isArray(v125))
                            return INVALID;
                        const v128 = v125["provider"];
                        let v129 = (() => {
                            let v130;
                            if (v128 !== undefined) {
                                if (typeof v128 !== "string")
                                    return INVALID;
                                const v131 = typeof v128 === "string" && v128.length >= 1 && v128.length < 2 ? c1(v128) : v128.length;
                                if (v131 < 1)
                                    return INVALID;
                                const v132 = typeof v128 === "string" && v128.length > 100 ? c1(v128) : v128.length;
                                if (v132 > 100)
                                    return INVALID;
                                v130 = v128;
                            }
                            return v130;
                        })();
                        if (v129 === INVALID) {
                            if ("provider" in v125)
                                return INVALID;
                            v129 = undefined;
                        }
                        const v133 = v125["model"];
                        let v134 = (() => {
                            let v135;
                            if (v133 !== undefined) {
                                if (typeof v133 !== "string")
                                    return INVALID;
                                const v136 = typeof v133 === "string" && v133.length >= 1 && v133.length < 2 ? c1(v133) : v133.length;
                                if (v136 < 1)
                                    return INVALID;
                                const v137 = typeof v133 === "string" && v133.length > 200 ? c1(v133) : v133.length;
                                if (v137 > 200)
                                    return INVALID;
                                v135 = v133;
                            }
                            return v135;
                        })();
                        if (v134 === INVALID) {
                            if ("model" in v125)
                                return INVALID;
                            v134 = undefined;
                        }
                        const v138 = v125["usd_per_mtok"];
                        let v139 = (() => {
                            let v140;
                            if (v138 !== undefined) {
                                if (typeof v138 !== "number" || !Number.isFinite(v138))
                                    return INVALID;
                                if (v138 < 0)
                                    return INVALID;
                                if (v138 > 10000)
                                    return INVALID;
                                v140 = v138;
                            }
                            return v140;
                        })();
                        if (v139 === INVALID) {
                            if ("usd_per_mtok" in v125)
                                return INVALID;
                            v139 = undefined;
                        }
                        const v141 = v125["monthly_usd"];
                        let v142 = (() => {
                            let v143;
                            if (v141 !== undefined) {
                                if (typeof v141 !== "number" || !Number.isFinite(v141))
                                    return INVALID;
                                if (v141 < 0)
                                    return INVALID;
                                if (v141 > 1000000000)
                                    return INVALID;
                                v143 = v141;
                            }
                            return v143;
                        })();
                        if (v142 === INVALID) {
                            if ("monthly_usd" in v125)
                                return INVALID;
                            v142 = undefined;
                        }
                        const v144 = v125["one_time_usd"];
                        let v145 = (() => {
                            let v146;
                            if (v144 !== undefined) {
                                if (typeof v144 !== "number" || !Number.isFinite(v144))
                                    return INVALID;
                                if (v144 < 0)
                                    return INVALID;
                                if (v144 > 1000000000)
                                    return INVALID;
                                v146 = v144;
                            }
                            return v146;
                        })();
                        if (v145 === INVALID) {
                            if ("one_time_usd" in v125)
                                return INVALID;
                            v145 = undefined;
                        }
                        const v147 = v125["tokens_per_query"];
                        let v148 = (() => {
                            let v149;
                            if (v147 !== undefined) {
                                if (typeof v147 !== "number" || !Number.isFinite(v147))
                                    return INVALID;
                                if (!Number.isSafeInteger(v147))
                                    return INVALID;
                                if (v147 < 0)
                                    return INVALID;
                                if (v147 > 10000000)
                                    return INVALID;
                                v149 = v147;
                            }
                            return v149;
                        })();
                        if (v148 === INVALID) {
                            if ("tokens_per_query" in v125)
                                return INVALID;
                            v148 = undefined;
                        }
                        for (const k in v125) {
                            if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "tokens_per_query")
                                return INVALID;
                        }
                        const v150 = {};
                        if ("provider" in v125)
                            v150["provider"] = v129;
                        if ("model" in v125)
                            v150["model"] = v134;
                        if ("usd_per_mtok" in v125)
                            v150["usd_per_mtok"] = v139;
                        if ("monthly_usd" in v125)
                            v150["monthly_usd"] = v142;
                        if ("one_time_usd" in v125)
                            v150["one_time_usd"] = v145;
                        if ("tokens_per_query" in v125)
                            v150["tokens_per_query"] = v148;
                        v127 = v150;
                    }
                    return v127;
                })();
                if (v126 === INVALID) {
                    if ("embedding" in v81)
                        return INVALID;
                    v126 = undefined;
                }
                const v151 = v81["vector_db"];
                let v152 = (() => {
                    let v153;
                    if (v151 !== undefined) {
                        if (typeof v151 !== "object" || v151 === null || Array.isArray(v151))
                            return INVALID;
                        const v154 = v151["monthly_usd"];
                        let v155 = (() => {
                            let v156;
                            if (v154 !== undefined) {
                                if (typeof v154 !== "number" || !Number.isFinite(v154))
                                    return INVALID;
                                if (v154 < 0)
                                    return INVALID;
                                if (v154 > 1000000000)
                                    return INVALID;
                                v156 = v154;
                            }
                            return v156;
                        })();
                        if (v155 === INVALID) {
                            if ("monthly_usd" in v151)
                                return INVALID;
                            v155 = undefined;
                        }
                        const v157 = v151["one_time_usd"];
                        let v158 = (() => {
                            let v159;
                            if (v157 !== undefined) {
                                if (typeof v157 !== "number" || !Number.isFinite(v157))
                                    return INVALID;
                                if (v157 < 0)
                                    return INVALID;
                                if (v157 > 1000000000)
                                    return INVALID;
                                v159 = v157;
                            }
                            return v159;
                        })();
                        if (v158 === INVALID) {
                            if ("one_time_usd" in v151)
                                return INVALID;
                            v158 = undefined;
                        }
                        const v160 = v151["note"];
                        let v161 = (() => {
                            let v162;
                            if (v160 !== undefined) {
                                if (typeof v160 !== "string")
                                    return INVALID;
                                const v163 = typeof v160 === "string" && v160.length > 500 ? c1(v160) : v160.length;
                                if (v163 > 500)
                                    return INVALID;
                                v162 = v160;
                            }
                            return v162;
                        })();
                        if (v161 === INVALID) {
                            if ("note" in v151)
                                return INVALID;
                            v161 = undefined;
                        }
                        for (const k in v151) {
                            if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                return INVALID;
                        }
                        const v164 = {};
                        if ("monthly_usd" in v151)
                            v164["monthly_usd"] = v155;
                        if ("one_time_usd" in v151)
                            v164["one_time_usd"] = v158;
                        if ("note" in v151)
                            v164["note"] = v161;
                        v153 = v164;
                    }
                    return v153;
                })();
                if (v152 === INVALID) {
                    if ("vector_db" in v81)
                        return INVALID;
                    v152 = undefined;
                }
                const v165 = v81["fine_tune"];
                let v166 = (() => {
                    let v167;
                    if (v165 !== undefined) {
                        if (typeof v165 !== "object" || v165 === null || Array.isArray(v165))
                            return INVALID;
                        const v168 = v165["provider"];
                        let v169 = (() => {
                            let v170;
                            if (v168 !== undefined) {
                                if (typeof v168 !== "string")
                                    return INVALID;
                                const v171 = typeof v168 === "string" && v168.length >= 1 && v168.length < 2 ? c1(v168) : v168.length;
                                if (v171 < 1)
                                    return INVALID;
                                const v172 = typeof v168 === "string" && v168.length > 100 ? c1(v168) : v168.length;
                                if (v172 > 100)
                                    return INVALID;
                                v170 = v168;
                            }
                            return v170;
                        })();
                        if (v169 === INVALID) {
                            if ("provider" in v165)
                                return INVALID;
                            v169 = undefined;
                        }
                        const v173 = v165["model"];
                        let v174 = (() => {
                            let v175;
                            if (v173 !== undefined) {
                                if (typeof v173 !== "string")
                                    return INVALID;
                                const v176 = typeof v173 === "string" && v173.length >= 1 && v173.length < 2 ? c1(v173) : v173.length;
                                if (v176 < 1)
                                    return INVALID;
                                const v177 = typeof v173 === "string" && v173.length > 200 ? c1(v173) : v173.length;
                                if (v177 > 200)
                                    return INVALID;
                                v175 = v173;
                            }
                            return v175;
                        })();
                        if (v174 === INVALID) {
                            if ("model" in v165)
                                return INVALID;
                            v174 = undefined;
                        }
                        const v178 = v165["usd_per_mtok"];
                        let v179 = (() => {
                            let v180;
                            if (v178 !== undefined) {
                                if (typeof v178 !== "number" || !Number.isFinite(v178))
                                    return INVALID;
                                if (v178 < 0)
                                    return INVALID;
                                if (v178 > 10000)
                                    return INVALID;
                                v180 = v178;
                            }
                            return v180;
                        })();
                        if (v179 === INVALID) {
                            if ("usd_per_mtok" in v165)
                                return INVALID;
                            v179 = undefined;
                        }
                        const v181 = v165["monthly_usd"];
                        let v182 = (() => {
                            let v183;
                            if (v181 !== undefined) {
                                if (typeof v181 !== "number" || !Number.isFinite(v181))
                                    return INVALID;
                                if (v181 < 0)
                                    return INVALID;
                                if (v181 > 1000000000)
                                    return INVALID;
                                v183 = v181;
                            }
                            return v183;
                        })();
                        if (v182 === INVALID) {
                            if ("monthly_usd" in v165)
                                return INVALID;
                            v182 = undefined;
                        }
                        const v184 = v165["one_time_usd"];
                        let v185 = (() => {
                            let v186;
                            if (v184 !== undefined) {
                                if (typeof v184 !== "number" || !Number.isFinite(v184))
                                    return INVALID;
                                if (v184 < 0)
                                    return INVALID;
                                if (v184 > 1000000000)
                                    return INVALID;
                                v186 = v184;
                            }
                            return v186;
                        })();
                        if (v185 === INVALID) {
                            if ("one_time_usd" in v165)
                                return INVALID;
                            v185 = undefined;
                        }
                        const v187 = v165["training_tokens"];
                        let v188 = (() => {
                            let v189;
                            if (v187 !== undefined) {
                                if (typeof v187 !== "number" || !Number.isFinite(v187))
                                    return INVALID;
                                if (!Number.isSafeInteger(v187))
                                    return INVALID;
                                if (v187 < 0)
                                    return INVALID;
                                if (v187 > 1000000000000)
                                    return INVALID;
                                v189 = v187;
                            }
                            return v189;
                        })();
                        if (v188 === INVALID) {
                            if ("training_tokens" in v165)
                                return INVALID;
                            v188 = undefined;
                        }
                        const v190 = v165["epochs"];
                        let v191 = (() => {
                            let v192;
                            if (v190 === undefined) {
                                v192 = c7(c11());
                            }
                            else {
                                if (typeof v190 !== "number" || !Number.isFinite(v190))
                                    return INVALID;
                                if (!Number.isSafeInteger(v190))
                                    return INVALID;
                                if (v190 < 1)
                                    return INVALID;
                                if (v190 > 100)
                                    return INVALID;
                                v192 = v190 === undefined ? c7(c11()) : v190;
                            }
                            return v192;
                        })();
                        if (v191 === INVALID)
                            return INVALID;
                        for (const k in v165) {
                            if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "training_tokens" && k !== "epochs")
                                return INVALID;
                        }
                        const v193 = {};
                        if ("provider" in v165)
                            v193["provider"] = v169;
                        if ("model" in v165)
                            v193["model"] = v174;
                        if ("usd_per_mtok" in v165)
                            v193["usd_per_mtok"] = v179;
                        if ("monthly_usd" in v165)
                            v193["monthly_usd"] = v182;
                        if ("one_time_usd" in v165)
                            v193["one_time_usd"] = v185;
                        if ("training_tokens" in v165)
                            v193["training_tokens"] = v188;
                        v193["epochs"] = v191;
                        v167 = v193;
                    }
                    return v167;
                })();
                if (v166 === INVALID) {
                    if ("fine_tune" in v81)
                        return INVALID;
                    v166 = undefined;
                }
                const v194 = v81["hosting"];
                let v195 = (() => {
                    let v196;
                    if (v194 !== undefined) {
                        if (typeof v194 !== "object" || v194 === null || Array.isArray(v194))
                            return INVALID;
                        const v197 = v194["monthly_usd"];
                        let v198 = (() => {
                            let v199;
                            if (v197 !== undefined) {
                                if (typeof v197 !== "number" || !Number.isFinite(v197))
                                    return INVALID;
                                if (v197 < 0)
                                    return INVALID;
                                if (v197 > 1000000000)
                                    return INVALID;
                                v199 = v197;
                            }
                            return v199;
                        })();
                        if (v198 === INVALID) {
                            if ("monthly_usd" in v194)
                                return INVALID;
                            v198 = undefined;
                        }
                        const v200 = v194["one_time_usd"];
                        let v201 = (() => {
                            let v202;
                            if (v200 !== undefined) {
                                if (typeof v200 !== "number" || !Number.isFinite(v200))
                                    return INVALID;
                                if (v200 < 0)
                                    return INVALID;
                                if (v200 > 1000000000)
                                    return INVALID;
                                v202 = v200;
                            }
                            return v202;
                        })();
                        if (v201 === INVALID) {
                            if ("one_time_usd" in v194)
                                return INVALID;
                            v201 = undefined;
                        }
                        const v203 = v194["note"];
                        let v204 = (() => {
                            let v205;
                            if (v203 !== undefined) {
                                if (typeof v203 !== "string")
                                    return INVALID;
                                const v206 = typeof v203 === "string" && v203.length > 500 ? c1(v203) : v203.length;
                                if (v206 > 500)
                                    return INVALID;
                                v205 = v203;
                            }
                            return v205;
                        })();
                        if (v204 === INVALID) {
                            if ("note" in v194)
                                return INVALID;
                            v204 = undefined;
                        }
                        for (const k in v194) {
                            if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                return INVALID;
                        }
                        const v207 = {};
                        if ("monthly_usd" in v194)
                            v207["monthly_usd"] = v198;
                        if ("one_time_usd" in v194)
                            v207["one_time_usd"] = v201;
                        if ("note" in v194)
                            v207["note"] = v204;
                        v196 = v207;
                    }
                    return v196;
                })();
                if (v195 === INVALID) {
                    if ("hosting" in v81)
                        return INVALID;
                    v195 = undefined;
                }
                const v208 = v81["other"];
                let v209 = (() => {
                    let v210;
                    if (v208 !== undefined) {
                        if (!Array.isArray(v208))
                            return INVALID;
                        if (v208.length > 100)
                            return INVALID;
                        const v211 = new Array(v208.length);
                        for (let v212 = 0; v212 < v208.length; v212++) {
                            const v213 = v208[v212];
                            if (typeof v213 !== "object" || v213 === null || Array.isArray(v213))
                                return INVALID;
                            const v214 = v213["name"];
                            if (typeof v214 !== "string")
                                return INVALID;
                            const v215 = typeof v214 === "string" && v214.length >= 1 && v214.length < 2 ? c1(v214) : v214.length;
                            if (v215 < 1)
                                return INVALID;
                            const v216 = typeof v214 === "string" && v214.length > 100 ? c1(v214) : v214.length;
                            if (v216 > 100)
                                return INVALID;
                            const v217 = v213["monthly_usd"];
                            let v218 = (() => {
                                let v219;
                                if (v217 !== undefined) {
                                    if (typeof v217 !== "number" || !Number.isFinite(v217))
                                        return INVALID;
                                    if (v217 < 0)
                                        return INVALID;
                                    if (v217 > 1000000000)
                                        return INVALID;
                                    v219 = v217;
                                }
                                return v219;
                            })();
                            if (v218 === INVALID) {
                                if ("monthly_usd" in v213)
                                    return INVALID;
                                v218 = undefined;
                            }
                            const v220 = v213["one_time_usd"];
                            let v221 = (() => {
                                let v222;
                                if (v220 !== undefined) {
                                    if (typeof v220 !== "number" || !Number.isFinite(v220))
                                        return INVALID;
                                    if (v220 < 0)
                                        return INVALID;
                                    if (v220 > 1000000000)
                                        return INVALID;
                                    v222 = v220;
                                }
                                return v222;
                            })();
                            if (v221 === INVALID) {
                                if ("one_time_usd" in v213)
                                    return INVALID;
                                v221 = undefined;
                            }
                            for (const k in v213) {
                                if (k !== "name" && k !== "monthly_usd" && k !== "one_time_usd")
                                    return INVALID;
                            }
                            const v223 = {};
                            v223["name"] = v214;
                            if ("monthly_usd" in v213)
                                v223["monthly_usd"] = v218;
                            if ("one_time_usd" in v213)
                                v223["one_time_usd"] = v221;
                            v211[v212] = v223;
                        }
                        const v224 = typeof v211 === "string" && v211.length > 100 ? c1(v211) : v211.length;
                        if (v224 > 100)
                            return INVALID;
                        v210 = v211;
                    }
                    return v210;
                })();
                if (v209 === INVALID) {
                    if ("other" in v81)
                        return INVALID;
                    v209 = undefined;
                }
                const v225 = v81["alternative"];
                let v226 = (() => {
                    let v227;
                    if (v225 !== undefined) {
                        if (typeof v225 !== "object" || v225 === null || Array.isArray(v225))
                            return INVALID;
                        const v228 = v225["llm"];
                        let v229 = (() => {
                            let v230;
                            if (v228 !== undefined) {
                                if (typeof v228 !== "object" || v228 === null || Array.isArray(v228))
                                    return INVALID;
                                const v231 = v228["provider"];
                                let v232 = (() => {
                                    let v233;
                                    if (v231 !== undefined) {
                                        if (typeof v231 !== "string")
                                            return INVALID;
                                        const v234 = typeof v231 === "string" && v231.length >= 1 && v231.length < 2 ? c1(v231) : v231.length;
                                        if (v234 < 1)
                                            return INVALID;
                                        const v235 = typeof v231 === "string" && v231.length > 100 ? c1(v231) : v231.length;
                                        if (v235 > 100)
                                            return INVALID;
                                        v233 = v231;
                                    }
                                    return v233;
                                })();
                                if (v232 === INVALID) {
                                    if ("provider" in v228)
                                        return INVALID;
                                    v232 = undefined;
                                }
                                const v236 = v228["model"];
                                let v237 = (() => {
                                    let v238;
                                    if (v236 !== undefined) {
                                        if (typeof v236 !== "string")
                                            return INVALID;
                                        const v239 = typeof v236 === "string" && v236.length >= 1 && v236.length < 2 ? c1(v236) : v236.length;
                                        if (v239 < 1)
                                            return INVALID;
                                        const v240 = typeof v236 === "string" && v236.length > 200 ? c1(v236) : v236.length;
                                        if (v240 > 200)
                                            return INVALID;
                                        v238 = v236;
                                    }
                                    return v238;
                                })();
                                if (v237 === INVALID) {
                                    if ("model" in v228)
                                        return INVALID;
                                    v237 = undefined;
                                }
                                const v241 = v228["usd_per_mtok"];
                                let v242 = (() => {
                                    let v243;
                                    if (v241 !== undefined) {
                                        if (typeof v241 !== "number" || !Number.isFinite(v241))
                                            return INVALID;
                                        if (v241 < 0)
                                            return INVALID;
                                        if (v241 > 10000)
                                            return INVALID;
                                        v243 = v241;
                                    }
                                    return v243;
                                })();
                                if (v242 === INVALID) {
                                    if ("usd_per_mtok" in v228)
                                        return INVALID;
                                    v242 = undefined;
                                }
                                const v244 = v228["monthly_usd"];
                                let v245 = (() => {
                                    let v246;
                                    if (v244 !== undefined) {
                                        if (typeof v244 !== "number" || !Number.isFinite(v244))
                                            return INVALID;
                                        if (v244 < 0)
                                            return INVALID;
                                        if (v244 > 1000000000)
                                            return INVALID;
                                        v246 = v244;
                                    }
                                    return v246;
                                })();
                                if (v245 === INVALID) {
                                    if ("monthly_usd" in v228)
                                        return INVALID;
                                    v245 = undefined;
                                }
                                const v247 = v228["one_time_usd"];
                                let v248 = (() => {
                                    let v249;
                                    if (v247 !== undefined) {
                                        if (typeof v247 !== "number" || !Number.isFinite(v247))
                                            return INVALID;
                                        if (v247 < 0)
                                            return INVALID;
                                        if (v247 > 1000000000)
                                            return INVALID;
                                        v249 = v247;
                                    }
                                    return v249;
                                })();
                                if (v248 === INVALID) {
                                    if ("one_time_usd" in v228)
                                        return INVALID;
                                    v248 = undefined;
                                }
                                const v250 = v228["input_tokens"];
                                let v251 = (() => {
                                    let v252;
                                    if (v250 !== undefined) {
                                        if (typeof v250 !== "number" || !Number.isFinite(v250))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v250))
                                            return INVALID;
                                        if (v250 < 0)
                                            return INVALID;
                                        if (v250 > 10000000)
                                            return INVALID;
                                        v252 = v250;
                                    }
                                    return v252;
                                })();
                                if (v251 === INVALID) {
                                    if ("input_tokens" in v228)
                                        return INVALID;
                                    v251 = undefined;
                                }
                                const v253 = v228["output_tokens"];
                                let v254 = (() => {
                                    let v255;
                                    if (v253 !== undefined) {
                                        if (typeof v253 !== "number" || !Number.isFinite(v253))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v253))
                                            return INVALID;
                                        if (v253 < 0)
                                            return INVALID;
                                        if (v253 > 10000000)
                                            return INVALID;
                                        v255 = v253;
                                    }
                                    return v255;
                                })();
                                if (v254 === INVALID) {
                                    if ("output_tokens" in v228)
                                        return INVALID;
                                    v254 = undefined;
                                }
                                const v256 = v228["tokens_per_query"];
                                let v257 = (() => {
                                    let v258;
                                    if (v256 !== undefined) {
                                        if (typeof v256 !== "number" || !Number.isFinite(v256))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v256))
                                            return INVALID;
                                        if (v256 < 0)
                                            return INVALID;
                                        if (v256 > 10000000)
                                            return INVALID;
                                        v258 = v256;
                                    }
                                    return v258;
                                })();
                                if (v257 === INVALID) {
                                    if ("tokens_per_query" in v228)
                                        return INVALID;
                                    v257 = undefined;
                                }
                                const v259 = v228["calls_per_query"];
                                let v260 = (() => {
                                    let v261;
                                    if (v259 === undefined) {
                                        v261 = c7(c12());
                                    }
                                    else {
                                        if (typeof v259 !== "number" || !Number.isFinite(v259))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v259))
                                            return INVALID;
                                        if (v259 < 1)
                                            return INVALID;
                                        if (v259 > 1000)
                                            return INVALID;
                                        v261 = v259 === undefined ? c7(c12()) : v259;
                                    }
                                    return v261;
                                })();
                                if (v260 === INVALID)
                                    return INVALID;
                                const v262 = v228["input_usd_per_mtok"];
                                let v263 = (() => {
                                    let v264;
                                    if (v262 !== undefined) {
                                        if (typeof v262 !== "number" || !Number.isFinite(v262))
                                            return INVALID;
                                        if (v262 < 0)
                                            return INVALID;
                                        if (v262 > 10000)
                                            return INVALID;
                                        v264 = v262;
                                    }
                                    return v264;
                                })();
                                if (v263 === INVALID) {
                                    if ("input_usd_per_mtok" in v228)
                                        return INVALID;
                                    v263 = undefined;
                                }
                                const v265 = v228["output_usd_per_mtok"];
                                let v266 = (() => {
                                    let v267;
                                    if (v265 !== undefined) {
                                        if (typeof v265 !== "number" || !Number.isFinite(v265))
                                            return INVALID;
                                        if (v265 < 0)
                                            return INVALID;
                                        if (v265 > 10000)
                                            return INVALID;
                                        v267 = v265;
                                    }
                                    return v267;
                                })();
                                if (v266 === INVALID) {
                                    if ("output_usd_per_mtok" in v228)
                                        return INVALID;
                                    v266 = undefined;
                                }
                                for (const k in v228) {
                                    if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "input_tokens" && k !== "output_tokens" && k !== "tokens_per_query" && k !== "calls_per_query" && k !== "input_usd_per_mtok" && k !== "output_usd_per_mtok")
                                        return INVALID;
                                }
                                const v268 = {};
                                if ("provider" in v228)
                                    v268["provider"] = v232;
                                if ("model" in v228)
                                    v268["model"] = v237;
                                if ("usd_per_mtok" in v228)
                                    v268["usd_per_mtok"] = v242;
                                if ("monthly_usd" in v228)
                                    v268["monthly_usd"] = v245;
                                if ("one_time_usd" in v228)
                                    v268["one_time_usd"] = v248;
                                if ("input_tokens" in v228)
                                    v268["input_tokens"] = v251;
                                if ("output_tokens" in v228)
                                    v268["output_tokens"] = v254;
                                if ("tokens_per_query" in v228)
                                    v268["tokens_per_query"] = v257;
                                v268["calls_per_query"] = v260;
                                if ("input_usd_per_mtok" in v228)
                                    v268["input_usd_per_mtok"] = v263;
                                if ("output_usd_per_mtok" in v228)
                                    v268["output_usd_per_mtok"] = v266;
                                v230 = v268;
                            }
                            return v230;
                        })();
                        if (v229 === INVALID) {
                            if ("llm" in v225)
                                return INVALID;
                            v229 = undefined;
                        }
                        const v269 = v225["embedding"];
                        let v270 = (() => {
                            let v271;
                            if (v269 !== undefined) {
                                if (typeof v269 !== "object" || v269 === null || Array.isArray(v269))
                                    return INVALID;
                                const v272 = v269["provider"];
                                let v273 = (() => {
                                    let v274;
                                    if (v272 !== undefined) {
                                        if (typeof v272 !== "string")
                                            return INVALID;
                                        const v275 = typeof v272 === "string" && v272.length >= 1 && v272.length < 2 ? c1(v272) : v272.length;
                                        if (v275 < 1)
                                            return INVALID;
                                        const v276 = typeof v272 === "string" && v272.length > 100 ? c1(v272) : v272.length;
                                        if (v276 > 100)
                                            return INVALID;
                                        v274 = v272;
                                    }
                                    return v274;
                                })();
                                if (v273 === INVALID) {
                                    if ("provider" in v269)
                                        return INVALID;
                                    v273 = undefined;
                                }
                                const v277 = v269["model"];
                                let v278 = (() => {
                                    let v279;
                                    if (v277 !== undefined) {
                                        if (typeof v277 !== "string")
                                            return INVALID;
                                        const v280 = typeof v277 === "string" && v277.length >= 1 && v277.length < 2 ? c1(v277) : v277.length;
                                        if (v280 < 1)
                                            return INVALID;
                                        const v281 = typeof v277 === "string" && v277.length > 200 ? c1(v277) : v277.length;
                                        if (v281 > 200)
                                            return INVALID;
                                        v279 = v277;
                                    }
                                    return v279;
                                })();
                                if (v278 === INVALID) {
                                    if ("model" in v269)
                                        return INVALID;
                                    v278 = undefined;
                                }
                                const v282 = v269["usd_per_mtok"];
                                let v283 = (() => {
                                    let v284;
                                    if (v282 !== undefined) {
                                        if (typeof v282 !== "number" || !Number.isFinite(v282))
                                            return INVALID;
                                        if (v282 < 0)
                                            return INVALID;
                                        if (v282 > 10000)
                                            return INVALID;
                                        v284 = v282;
                                    }
                                    return v284;
                                })();
                                if (v283 === INVALID) {
                                    if ("usd_per_mtok" in v269)
                                        return INVALID;
                                    v283 = undefined;
                                }
                                const v285 = v269["monthly_usd"];
                                let v286 = (() => {
                                    let v287;
                                    if (v285 !== undefined) {
                                        if (typeof v285 !== "number" || !Number.isFinite(v285))
                                            return INVALID;
                                        if (v285 < 0)
                                            return INVALID;
                                        if (v285 > 1000000000)
                                            return INVALID;
                                        v287 = v285;
                                    }
                                    return v287;
                                })();
                                if (v286 === INVALID) {
                                    if ("monthly_usd" in v269)
                                        return INVALID;
                                    v286 = undefined;
                                }
                                const v288 = v269["one_time_usd"];
                                let v289 = (() => {
                                    let v290;
                                    if (v288 !== undefined) {
                                        if (typeof v288 !== "number" || !Number.isFinite(v288))
                                            return INVALID;
                                        if (v288 < 0)
                                            return INVALID;
                                        if (v288 > 1000000000)
                                            return INVALID;
                                        v290 = v288;
                                    }
                                    return v290;
                                })();
                                if (v289 === INVALID) {
                                    if ("one_time_usd" in v269)
                                        return INVALID;
                                    v289 = undefined;
                                }
                                const v291 = v269["tokens_per_query"];
                                let v292 = (() => {
                                    let v293;
                                    if (v291 !== undefined) {
                                        if (typeof v291 !== "number" || !Number.isFinite(v291))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v291))
                                            return INVALID;
                                        if (v291 < 0)
                                            return INVALID;
                                        if (v291 > 10000000)
                                            return INVALID;
                                        v293 = v291;
                                    }
                                    return v293;
                                })();
                                if (v292 === INVALID) {
                                    if ("tokens_per_query" in v269)
                                        return INVALID;
                                    v292 = undefined;
                                }
                                for (const k in v269) {
                                    if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "tokens_per_query")
                                        return INVALID;
                                }
                                const v294 = {};
                                if ("provider" in v269)
                                    v294["provider"] = v273;
                                if ("model" in v269)
                                    v294["model"] = v278;
                                if ("usd_per_mtok" in v269)
                                    v294["usd_per_mtok"] = v283;
                                if ("monthly_usd" in v269)
                                    v294["monthly_usd"] = v286;
                                if ("one_time_usd" in v269)
                                    v294["one_time_usd"] = v289;
                                if ("tokens_per_query" in v269)
                                    v294["tokens_per_query"] = v292;
                                v271 = v294;
                            }
                            return v271;
                        })();
                        if (v270 === INVALID) {
                            if ("embedding" in v225)
                                return INVALID;
                            v270 = undefined;
                        }
                        const v295 = v225["vector_db"];
                        let v296 = (() => {
                            let v297;
                            if (v295 !== undefined) {
                                if (typeof v295 !== "object" || v295 === null || Array.isArray(v295))
                                    return INVALID;
                                const v298 = v295["monthly_usd"];
                                let v299 = (() => {
                                    let v300;
                                    if (v298 !== undefined) {
                                        if (typeof v298 !== "number" || !Number.isFinite(v298))
                                            return INVALID;
                                        if (v298 < 0)
                                            return INVALID;
                                        if (v298 > 1000000000)
                                            return INVALID;
                                        v300 = v298;
                                    }
                                    return v300;
                                })();
                                if (v299 === INVALID) {
                                    if ("monthly_usd" in v295)
                                        return INVALID;
                                    v299 = undefined;
                                }
                                const v301 = v295["one_time_usd"];
                                let v302 = (() => {
                                    let v303;
                                    if (v301 !== undefined) {
                                        if (typeof v301 !== "number" || !Number.isFinite(v301))
                                            return INVALID;
                                        if (v301 < 0)
                                            return INVALID;
                                        if (v301 > 1000000000)
                                            return INVALID;
                                        v303 = v301;
                                    }
                                    return v303;
                                })();
                                if (v302 === INVALID) {
                                    if ("one_time_usd" in v295)
                                        return INVALID;
                                    v302 = undefined;
                                }
                                const v304 = v295["note"];
                                let v305 = (() => {
                                    let v306;
                                    if (v304 !== undefined) {
                                        if (typeof v304 !== "string")
                                            return INVALID;
                                        const v307 = typeof v304 === "string" && v304.length > 500 ? c1(v304) : v304.length;
                                        if (v307 > 500)
                                            return INVALID;
                                        v306 = v304;
                                    }
                                    return v306;
                                })();
                                if (v305 === INVALID) {
                                    if ("note" in v295)
                                        return INVALID;
                                    v305 = undefined;
                                }
                                for (const k in v295) {
                                    if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                        return INVALID;
                                }
                                const v308 = {};
                                if ("monthly_usd" in v295)
                                    v308["monthly_usd"] = v299;
                                if ("one_time_usd" in v295)
                                    v308["one_time_usd"] = v302;
                                if ("note" in v295)
                                    v308["note"] = v305;
                                v297 = v308;
                            }
                            return v297;
                        })();
                        if (v296 === INVALID) {
                            if ("vector_db" in v225)
                                return INVALID;
                            v296 = undefined;
                        }
                        const v309 = v225["fine_tune"];
                        let v310 = (() => {
                            let v311;
                            if (v309 !== undefined) {
                                if (typeof v309 !== "object" || v309 === null || Array.isArray(v309))
                                    return INVALID;
                                const v312 = v309["provider"];
                                let v313 = (() => {
                                    let v314;
                                    if (v312 !== undefined) {
                                        if (typeof v312 !== "string")
                                            return INVALID;
                                        const v315 = typeof v312 === "string" && v312.length >= 1 && v312.length < 2 ? c1(v312) : v312.length;
                                        if (v315 < 1)
                                            return INVALID;
                                        const v316 = typeof v312 === "string" && v312.length > 100 ? c1(v312) : v312.length;
                                        if (v316 > 100)
                                            return INVALID;
                                        v314 = v312;
                                    }
                                    return v314;
                                })();
                                if (v313 === INVALID) {
                                    if ("provider" in v309)
                                        return INVALID;
                                    v313 = undefined;
                                }
                                const v317 = v309["model"];
                                let v318 = (() => {
                                    let v319;
                                    if (v317 !== undefined) {
                                        if (typeof v317 !== "string")
                                            return INVALID;
                                        const v320 = typeof v317 === "string" && v317.length >= 1 && v317.length < 2 ? c1(v317) : v317.length;
                                        if (v320 < 1)
                                            return INVALID;
                                        const v321 = typeof v317 === "string" && v317.length > 200 ? c1(v317) : v317.length;
                                        if (v321 > 200)
                                            return INVALID;
                                        v319 = v317;
                                    }
                                    return v319;
                                })();
                                if (v318 === INVALID) {
                                    if ("model" in v309)
                                        return INVALID;
                                    v318 = undefined;
                                }
                                const v322 = v309["usd_per_mtok"];
                                let v323 = (() => {
                                    let v324;
                                    if (v322 !== undefined) {
                                        if (typeof v322 !== "number" || !Number.isFinite(v322))
                                            return INVALID;
                                        if (v322 < 0)
                                            return INVALID;
                                        if (v322 > 10000)
                                            return INVALID;
                                        v324 = v322;
                                    }
                                    return v324;
                                })();
                                if (v323 === INVALID) {
                                    if ("usd_per_mtok" in v309)
                                        return INVALID;
                                    v323 = undefined;
                                }
                                const v325 = v309["monthly_usd"];
                                let v326 = (() => {
                                    let v327;
                                    if (v325 !== undefined) {
                                        if (typeof v325 !== "number" || !Number.isFinite(v325))
                                            return INVALID;
                                        if (v325 < 0)
                                            return INVALID;
                                        if (v325 > 1000000000)
                                            return INVALID;
                                        v327 = v325;
                                    }
                                    return v327;
                                })();
                                if (v326 === INVALID) {
                                    if ("monthly_usd" in v309)
                                        return INVALID;
                                    v326 = undefined;
                                }
                                const v328 = v309["one_time_usd"];
                                let v329 = (() => {
                                    let v330;
                                    if (v328 !== undefined) {
                                        if (typeof v328 !== "number" || !Number.isFinite(v328))
                                            return INVALID;
                                        if (v328 < 0)
                                            return INVALID;
                                        if (v328 > 1000000000)
                                            return INVALID;
                                        v330 = v328;
                                    }
                                    return v330;
                                })();
                                if (v329 === INVALID) {
                                    if ("one_time_usd" in v309)
                                        return INVALID;
                                    v329 = undefined;
                                }
                                const v331 = v309["training_tokens"];
                                let v332 = (() => {
                                    let v333;
                                    if (v331 !== undefined) {
                                        if (typeof v331 !== "number" || !Number.isFinite(v331))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v331))
                                            return INVALID;
                                        if (v331 < 0)
                                            return INVALID;
                                        if (v331 > 1000000000000)
                                            return INVALID;
                                        v333 = v331;
                                    }
                                    return v333;
                                })();
                                if (v332 === INVALID) {
                                    if ("training_tokens" in v309)
                                        return INVALID;
                                    v332 = undefined;
                                }
                                const v334 = v309["epochs"];
                                let v335 = (() => {
                                    let v336;
                                    if (v334 === undefined) {
                                        v336 = c7(c13());
                                    }
                                    else {
                                        if (typeof v334 !== "number" || !Number.isFinite(v334))
                                            return INVALID;
                                        if (!Number.isSafeInteger(v334))
                                            return INVALID;
                                        if (v334 < 1)
                                            return INVALID;
                                        if (v334 > 100)
                                            return INVALID;
                                        v336 = v334 === undefined ? c7(c13()) : v334;
                                    }
                                    return v336;
                                })();
                                if (v335 === INVALID)
                                    return INVALID;
                                for (const k in v309) {
                                    if (k !== "provider" && k !== "model" && k !== "usd_per_mtok" && k !== "monthly_usd" && k !== "one_time_usd" && k !== "training_tokens" && k !== "epochs")
                                        return INVALID;
                                }
                                const v337 = {};
                                if ("provider" in v309)
                                    v337["provider"] = v313;
                                if ("model" in v309)
                                    v337["model"] = v318;
                                if ("usd_per_mtok" in v309)
                                    v337["usd_per_mtok"] = v323;
                                if ("monthly_usd" in v309)
                                    v337["monthly_usd"] = v326;
                                if ("one_time_usd" in v309)
                                    v337["one_time_usd"] = v329;
                                if ("training_tokens" in v309)
                                    v337["training_tokens"] = v332;
                                v337["epochs"] = v335;
                                v311 = v337;
                            }
                            return v311;
                        })();
                        if (v310 === INVALID) {
                            if ("fine_tune" in v225)
                                return INVALID;
                            v310 = undefined;
                        }
                        const v338 = v225["hosting"];
                        let v339 = (() => {
                            let v340;
                            if (v338 !== undefined) {
                                if (typeof v338 !== "object" || v338 === null || Array.isArray(v338))
                                    return INVALID;
                                const v341 = v338["monthly_usd"];
                                let v342 = (() => {
                                    let v343;
                                    if (v341 !== undefined) {
                                        if (typeof v341 !== "number" || !Number.isFinite(v341))
                                            return INVALID;
                                        if (v341 < 0)
                                            return INVALID;
                                        if (v341 > 1000000000)
                                            return INVALID;
                                        v343 = v341;
                                    }
                                    return v343;
                                })();
                                if (v342 === INVALID) {
                                    if ("monthly_usd" in v338)
                                        return INVALID;
                                    v342 = undefined;
                                }
                                const v344 = v338["one_time_usd"];
                                let v345 = (() => {
                                    let v346;
                                    if (v344 !== undefined) {
                                        if (typeof v344 !== "number" || !Number.isFinite(v344))
                                            return INVALID;
                                        if (v344 < 0)
                                            return INVALID;
                                        if (v344 > 1000000000)
                                            return INVALID;
                                        v346 = v344;
                                    }
                                    return v346;
                                })();
                                if (v345 === INVALID) {
                                    if ("one_time_usd" in v338)
                                        return INVALID;
                                    v345 = undefined;
                                }
                                const v347 = v338["note"];
                                let v348 = (() => {
                                    let v349;
                                    if (v347 !== undefined) {
                                        if (typeof v347 !== "string")
                                            return INVALID;
                                        const v350 = typeof v347 === "string" && v347.length > 500 ? c1(v347) : v347.length;
                                        if (v350 > 500)
                                            return INVALID;
                                        v349 = v347;
                                    }
                                    return v349;
                                })();
                                if (v348 === INVALID) {
                                    if ("note" in v338)
                                        return INVALID;
                                    v348 = undefined;
                                }
                                for (const k in v338) {
                                    if (k !== "monthly_usd" && k !== "one_time_usd" && k !== "note")
                                        return INVALID;
                                }
                                const v351 = {};
                                if ("monthly_usd" in v338)
                                    v351["monthly_usd"] = v342;
                                if ("one_time_usd" in v338)
                                    v351["one_time_usd"] = v345;
                                if ("note" in v338)
                                    v351["note"] = v348;
                                v340 = v351;
                            }
                            return v340;
                        })();
                        if (v339 === INVALID) {
                            if ("hosting" in v225)
                                return INVALID;
                            v339 = undefined;
                        }
                        const v352 = v225["other"];
                        let v353 = (() => {
                            let v354;
                            if (v352 !== undefined) {
                                if (!Array.isArray(v352))
                                    return INVALID;
                                if (v352.length > 100)
                                    return INVALID;
                                const v355 = new Array(v352.length);
                                for (let v356 = 0; v356 < v352.length; v356++) {
                                    const v357 = v352[v356];
                                    if (typeof v357 !== "object" || v357 === null || Array.isArray(v357))
                                        return INVALID;
                                    const v358 = v357["name"];
                                    if (typeof v358 !== "string")
                                        return INVALID;
                                    const v359 = typeof v358 === "string" && v358.length >= 1 && v358.length < 2 ? c1(v358) : v358.length;
                                    if (v359 < 1)
                                        return INVALID;
                                    const v360 = typeof v358 === "string" && v358.length > 100 ? c1(v358) : v358.length;
                                    if (v360 > 100)
                                        return INVALID;
                                    const v361 = v357["monthly_usd"];
                                    let v362 = (() => {
                                        let v363;
                                        if (v361 !== undefined) {
                                            if (typeof v361 !== "number" || !Number.isFinite(v361))
                                                return INVALID;
                                            if (v361 < 0)
                                                return INVALID;
                                            if (v361 > 1000000000)
                                                return INVALID;
                                            v363 = v361;
                                        }
                                        return v363;
                                    })();
                                    if (v362 === INVALID) {
                                        if ("monthly_usd" in v357)
                                            return INVALID;
                                        v362 = undefined;
                                    }
                                    const v364 = v357["one_time_usd"];
                                    let v365 = (() => {
                                        let v366;
                                        if (v364 !== undefined) {
                                            if (typeof v364 !== "number" || !Number.isFinite(v364))
                                                return INVALID;
                                            if (v364 < 0)
                                                return INVALID;
                                            if (v364 > 1000000000)
                                                return INVALID;
                                            v366 = v364;
                                        }
                                        return v366;
                                    })();
                                    if (v365 === INVALID) {
                                        if ("one_time_usd" in v357)
                                            return INVALID;
                                        v365 = undefined;
                                    }
                                    for (const k in v357) {
                                        if (k !== "name" && k !== "monthly_usd" && k !== "one_time_usd")
                                            return INVALID;
                                    }
                                    const v367 = {};
                                    v367["name"] = v358;
                                    if ("monthly_usd" in v357)
                                        v367["monthly_usd"] = v362;
                                    if ("one_time_usd" in v357)
                                        v367["one_time_usd"] = v365;
                                    v355[v356] = v367;
                                }
                                const v368 = typeof v355 === "string" && v355.length > 100 ? c1(v355) : v355.length;
                                if (v368 > 100)
                                    return INVALID;
                                v354 = v355;
                            }
                            return v354;
                        })();
                        if (v353 === INVALID) {
                            if ("other" in v225)
                                return INVALID;
                            v353 = undefined;
                        }
                        for (const k in v225) {
                            if (k !== "llm" && k !== "embedding" && k !== "vector_db" && k !== "fine_tune" && k !== "hosting" && k !== "other")
                                return INVALID;
                        }
                        const v369 = {};
                        if ("llm" in v225)
                            v369["llm"] = v229;
                        if ("embedding" in v225)
                            v369["embedding"] = v270;
                        if ("vector_db" in v225)
                            v369["vector_db"] = v296;
                        if ("fine_tune" in v225)
                            v369["fine_tune"] = v310;
                        if ("hosting" in v225)
                            v369["hosting"] = v339;
                        if ("other" in v225)
                            v369["other"] = v353;
                        v227 = v369;
                    }
                    return v227;
                })();
                if (v226 === INVALID) {
                    if ("alternative" in v81)
                        return INVALID;
                    v226 = undefined;
                }
                for (const k in v81) {
                    if (k !== "llm" && k !== "embedding" && k !== "vector_db" && k !== "fine_tune" && k !== "hosting" && k !== "other" && k !== "alternative")
                        return INVALID;
                }
                const v370 = {};
                if ("llm" in v81)
                    v370["llm"] = v85;
                if ("embedding" in v81)
                    v370["embedding"] = v126;
                if ("vector_db" in v81)
                    v370["vector_db"] = v152;
                if ("fine_tune" in v81)
                    v370["fine_tune"] = v166;
                if ("hosting" in v81)
                    v370["hosting"] = v195;
                if ("other" in v81)
                    v370["other"] = v209;
                if ("alternative" in v81)
                    v370["alternative"] = v226;
                v83 = v370;
            }
            return v83;
        })();
        if (v82 === INVALID) {
            if ("cost" in input)
                return INVALID;
            v82 = undefined;
        }
        const v371 = input["budget"];
        let v372 = (() => {
            let v373;
            if (v371 !== undefined) {
                if (typeof v371 !== "object" || v371 === null || Array.isArray(v371))
                    return INVALID;
                const v374 = v371["monthly_usd"];
                let v375 = (() => {
                    let v376;
                    if (v374 !== undefined) {
                        if (typeof v374 !== "number" || !Number.isFinite(v374))
                            return INVALID;
                        if (v374 < 0)
                            return INVALID;
                        if (v374 > 1000000000)
                            return INVALID;
                        v376 = v374;
                    }
                    return v376;
                })();
                if (v375 === INVALID) {
                    if ("monthly_usd" in v371)
                        return INVALID;
                    v375 = undefined;
                }
                const v377 = v371["one_time_usd"];
                let v378 = (() => {
                    let v379;
                    if (v377 !== undefined) {
                        if (typeof v377 !== "number" || !Number.isFinite(v377))
                            return INVALID;
                        if (v377 < 0)
                            return INVALID;
                        if (v377 > 1000000000)
                            return INVALID;
                        v379 = v377;
                    }
                    return v379;
                })();
                if (v378 === INVALID) {
                    if ("one_time_usd" in v371)
                        return INVALID;
                    v378 = undefined;
                }
                for (const k in v371) {
                    if (k !== "monthly_usd" && k !== "one_time_usd")
                        return INVALID;
                }
                const v380 = {};
                if ("monthly_usd" in v371)
                    v380["monthly_usd"] = v375;
                if ("one_time_usd" in v371)
                    v380["one_time_usd"] = v378;
                v373 = v380;
            }
            return v373;
        })();
        if (v372 === INVALID) {
            if ("budget" in input)
                return INVALID;
            v372 = undefined;
        }
        const v381 = input["evals"];
        let v382 = (() => {
            let v383;
            if (v381 !== undefined) {
                if (typeof v381 !== "object" || v381 === null || Array.isArray(v381))
                    return INVALID;
                const v384 = v381["format"];
                let v385 = (() => {
                    let v386;
                    if (v384 === undefined) {
                        v386 = c7(c14());
                    }
                    else {
                        if (!c15.has(v384))
                            return INVALID;
                        v386 = v384 === undefined ? c7(c14()) : v384;
                    }
                    return v386;
                })();
                if (v385 === INVALID)
                    return INVALID;
                const v387 = v381["candidate"];
                let v388 = (() => {
                    let v389;
                    if (v387 !== undefined) {
                        let v390;
                        v390 = (() => {
                            if (typeof v387 !== "string")
                                return INVALID;
                            const v391 = typeof v387 === "string" && v387.length >= 1 && v387.length < 2 ? c1(v387) : v387.length;
                            if (v391 < 1)
                                return INVALID;
                            const v392 = typeof v387 === "string" && v387.length > 1000 ? c1(v387) : v387.length;
                            if (v392 > 1000)
                                return INVALID;
                            return v387;
                        })();
                        if (v390 === INVALID)
                            v390 = (() => {
                                if (!Array.isArray(v387))
                                    return INVALID;
                                if (v387.length > 100)
                                    return INVALID;
                                const v393 = new Array(v387.length);
                                for (let v394 = 0; v394 < v387.length; v394++) {
                                    const v395 = v387[v394];
                                    if (typeof v395 !== "string")
                                        return INVALID;
                                    const v396 = typeof v395 === "string" && v395.length >= 1 && v395.length < 2 ? c1(v395) : v395.length;
                                    if (v396 < 1)
                                        return INVALID;
                                    const v397 = typeof v395 === "string" && v395.length > 1000 ? c1(v395) : v395.length;
                                    if (v397 > 1000)
                                        return INVALID;
                                    v393[v394] = v395;
                                }
                                const v398 = typeof v393 === "string" && v393.length >= 1 && v393.length < 2 ? c1(v393) : v393.length;
                                if (v398 < 1)
                                    return INVALID;
                                const v399 = typeof v393 === "string" && v393.length > 100 ? c1(v393) : v393.length;
                                if (v399 > 100)
                                    return INVALID;
                                return v393;
                            })();
                        if (v390 === INVALID)
                            return INVALID;
                        v389 = v390;
                    }
                    return v389;
                })();
                if (v388 === INVALID) {
                    if ("candidate" in v381)
                        return INVALID;
                    v388 = undefined;
                }
                const v400 = v381["baseline"];
                let v401 = (() => {
                    let v402;
                    if (v400 !== undefined) {
                        let v403;
                        v403 = (() => {
                            if (typeof v400 !== "string")
                                return INVALID;
                            const v404 = typeof v400 === "string" && v400.length >= 1 && v400.length < 2 ? c1(v400) : v400.length;
                            if (v404 < 1)
                                return INVALID;
                            const v405 = typeof v400 === "string" && v400.length > 1000 ? c1(v400) : v400.length;
                            if (v405 > 1000)
                                return INVALID;
                            return v400;
                        })();
                        if (v403 === INVALID)
                            v403 = (() => {
                                if (!Array.isArray(v400))
                                    return INVALID;
                                if (v400.length > 100)
                                    return INVALID;
                                const v406 = new Array(v400.length);
                                for (let v407 = 0; v407 < v400.length; v407++) {
                                    const v408 = v400[v407];
                                    if (typeof v408 !== "string")
                                        return INVALID;
                                    const v409 = typeof v408 === "string" && v408.length >= 1 && v408.length < 2 ? c1(v408) : v408.length;
                                    if (v409 < 1)
                                        return INVALID;
                                    const v410 = typeof v408 === "string" && v408.length > 1000 ? c1(v408) : v408.length;
                                    if (v410 > 1000)
                                        return INVALID;
                                    v406[v407] = v408;
                                }
                                const v411 = typeof v406 === "string" && v406.length >= 1 && v406.length < 2 ? c1(v406) : v406.length;
                                if (v411 < 1)
                                    return INVALID;
                                const v412 = typeof v406 === "string" && v406.length > 100 ? c1(v406) : v406.length;
                                if (v412 > 100)
                                    return INVALID;
                                return v406;
                            })();
                        if (v403 === INVALID)
                            return INVALID;
                        v402 = v403;
                    }
                    return v402;
                })();
                if (v401 === INVALID) {
                    if ("baseline" in v381)
                        return INVALID;
                    v401 = undefined;
                }
                const v413 = v381["alternative"];
                let v414 = (() => {
                    let v415;
                    if (v413 !== undefined) {
                        let v416;
                        v416 = (() => {
                            if (typeof v413 !== "string")
                                return INVALID;
                            const v417 = typeof v413 === "string" && v413.length >= 1 && v413.length < 2 ? c1(v413) : v413.length;
                            if (v417 < 1)
                                return INVALID;
                            const v418 = typeof v413 === "string" && v413.length > 1000 ? c1(v413) : v413.length;
                            if (v418 > 1000)
                                return INVALID;
                            return v413;
                        })();
                        if (v416 === INVALID)
                            v416 = (() => {
                                if (!Array.isArray(v413))
                                    return INVALID;
                                if (v413.length > 100)
                                    return INVALID;
                                const v419 = new Array(v413.length);
                                for (let v420 = 0; v420 < v413.length; v420++) {
                                    const v421 = v413[v420];
                                    if (typeof v421 !== "string")
                                        return INVALID;
                                    const v422 = typeof v421 === "string" && v421.length >= 1 && v421.length < 2 ? c1(v421) : v421.length;
                                    if (v422 < 1)
                                        return INVALID;
                                    const v423 = typeof v421 === "string" && v421.length > 1000 ? c1(v421) : v421.length;
                                    if (v423 > 1000)
                                        return INVALID;
                                    v419[v420] = v421;
                                }
                                const v424 = typeof v419 === "string" && v419.length >= 1 && v419.length < 2 ? c1(v419) : v419.length;
                                if (v424 < 1)
                                    return INVALID;
                                const v425 = typeof v419 === "string" && v419.length > 100 ? c1(v419) : v419.length;
                                if (v425 > 100)
                                    return INVALID;
                                return v419;
                            })();
                        if (v416 === INVALID)
                            return INVALID;
                        v415 = v416;
                    }
                    return v415;
                })();
                if (v414 === INVALID) {
                    if ("alternative" in v381)
                        return INVALID;
                    v414 = undefined;
                }
                const v426 = v381["general"];
                let v427 = (() => {
                    let v428;
                    if (v426 !== undefined) {
                        if (!Array.isArray(v426))
                            return INVALID;
                        if (v426.length > 200)
                            return INVALID;
                        const v429 = new Array(v426.length);
                        for (let v430 = 0; v430 < v426.length; v430++) {
                            const v431 = v426[v430];
                            if (typeof v431 !== "string")
                                return INVALID;
                            const v432 = typeof v431 === "string" && v431.length >= 1 && v431.length < 2 ? c1(v431) : v431.length;
                            if (v432 < 1)
                                return INVALID;
                            const v433 = typeof v431 === "string" && v431.length > 200 ? c1(v431) : v431.length;
                            if (v433 > 200)
                                return INVALID;
                            v429[v430] = v431;
                        }
                        const v434 = typeof v429 === "string" && v429.length > 200 ? c1(v429) : v429.length;
                        if (v434 > 200)
                            return INVALID;
                        v428 = v429;
                    }
                    return v428;
                })();
                if (v427 === INVALID) {
                    if ("general" in v381)
                        return INVALID;
                    v427 = undefined;
                }
                const v435 = v381["safety"];
                let v436 = (() => {
                    let v437;
                    if (v435 !== undefined) {
                        if (!Array.isArray(v435))
                            return INVALID;
                        if (v435.length > 200)
                            return INVALID;
                        const v438 = new Array(v435.length);
                        for (let v439 = 0; v439 < v435.length; v439++) {
                            const v440 = v435[v439];
                            if (typeof v440 !== "string")
                                return INVALID;
                            const v441 = typeof v440 === "string" && v440.length >= 1 && v440.length < 2 ? c1(v440) : v440.length;
                            if (v441 < 1)
                                return INVALID;
                            const v442 = typeof v440 === "string" && v440.length > 200 ? c1(v440) : v440.length;
                            if (v442 > 200)
                                return INVALID;
                            v438[v439] = v440;
                        }
                        const v443 = typeof v438 === "string" && v438.length > 200 ? c1(v438) : v438.length;
                        if (v443 > 200)
                            return INVALID;
                        v437 = v438;
                    }
                    return v437;
                })();
                if (v436 === INVALID) {
                    if ("safety" in v381)
                        return INVALID;
                    v436 = undefined;
                }
                const v444 = v381["task"];
                let v445 = (() => {
                    let v446;
                    if (v444 !== undefined) {
                        if (!Array.isArray(v444))
                            return INVALID;
                        if (v444.length > 200)
                            return INVALID;
                        const v447 = new Array(v444.length);
                        for (let v448 = 0; v448 < v444.length; v448++) {
                            const v449 = v444[v448];
                            if (typeof v449 !== "string")
                                return INVALID;
                            const v450 = typeof v449 === "string" && v449.length >= 1 && v449.length < 2 ? c1(v449) : v449.length;
                            if (v450 < 1)
                                return INVALID;
                            const v451 = typeof v449 === "string" && v449.length > 200 ? c1(v449) : v449.length;
                            if (v451 > 200)
                                return INVALID;
                            v447[v448] = v449;
                        }
                        const v452 = typeof v447 === "string" && v447.length > 200 ? c1(v447) : v447.length;
                        if (v452 > 200)
                            return INVALID;
                        v446 = v447;
                    }
                    return v446;
                })();
                if (v445 === INVALID) {
                    if ("task" in v381)
                        return INVALID;
                    v445 = undefined;
                }
                const v453 = v381["metrics"];
                let v454 = (() => {
                    let v455;
                    if (v453 !== undefined) {
                        if (!c16(v453))
                            return INVALID;
                        const v456 = {};
                        const v460 = Object.getOwnPropertySymbols(v453);
                        const v461 = Object.getOwnPropertyNames(v453);
                        for (let v462 = 0; v462 < v461.length; v462++) {
                            const v457 = v461[v462];
                            if (v457 === "__proto__" || !c19.call(v453, v457))
                                continue;
                            let v459 = c17(v457);
                            if (v459 === INVALID && typeof v457 === "string" && c18.test(v457))
                                v459 = c17(Number(v457));
                            if (v459 === INVALID)
                                return INVALID;
                            if (v459 === "__proto__")
                                continue;
                            const v463 = v453[v457];
                            if (typeof v463 !== "string")
                                return INVALID;
                            const v464 = typeof v463 === "string" && v463.length >= 1 && v463.length < 2 ? c1(v463) : v463.length;
                            if (v464 < 1)
                                return INVALID;
                            const v465 = typeof v463 === "string" && v463.length > 200 ? c1(v463) : v463.length;
                            if (v465 > 200)
                                return INVALID;
                            v456[v459] = v463;
                        }
                        for (let v462 = 0; v462 < v460.length; v462++) {
                            const v457 = v460[v462];
                            if (!c19.call(v453, v457))
                                continue;
                            let v459 = c17(v457);
                            if (v459 === INVALID && typeof v457 === "string" && c18.test(v457))
                                v459 = c17(Number(v457));
                            if (v459 === INVALID)
                                return INVALID;
                            if (v459 === "__proto__")
                                continue;
                            const v466 = v453[v457];
                            if (typeof v466 !== "string")
                                return INVALID;
                            const v467 = typeof v466 === "string" && v466.length >= 1 && v466.length < 2 ? c1(v466) : v466.length;
                            if (v467 < 1)
                                return INVALID;
                            const v468 = typeof v466 === "string" && v466.length > 200 ? c1(v466) : v466.length;
                            if (v468 > 200)
                                return INVALID;
                            v456[v459] = v466;
                        }
                        v455 = v456;
                    }
                    return v455;
                })();
                if (v454 === INVALID) {
                    if ("metrics" in v381)
                        return INVALID;
                    v454 = undefined;
                }
                const v469 = v381["chance"];
                let v470 = (() => {
                    let v471;
                    if (v469 !== undefined) {
                        if (!c16(v469))
                            return INVALID;
                        const v472 = {};
                        const v476 = Object.getOwnPropertySymbols(v469);
                        const v477 = Object.getOwnPropertyNames(v469);
                        for (let v478 = 0; v478 < v477.length; v478++) {
                            const v473 = v477[v478];
                            if (v473 === "__proto__" || !c19.call(v469, v473))
                                continue;
                            let v475 = c20(v473);
                            if (v475 === INVALID && typeof v473 === "string" && c18.test(v473))
                                v475 = c20(Number(v473));
                            if (v475 === INVALID)
                                return INVALID;
                            if (v475 === "__proto__")
                                continue;
                            const v479 = v469[v473];
                            if (typeof v479 !== "number" || !Number.isFinite(v479))
                                return INVALID;
                            if (v479 < 0)
                                return INVALID;
                            if (v479 > 0.99)
                                return INVALID;
                            v472[v475] = v479;
                        }
                        for (let v478 = 0; v478 < v476.length; v478++) {
                            const v473 = v476[v478];
                            if (!c19.call(v469, v473))
                                continue;
                            let v475 = c20(v473);
                            if (v475 === INVALID && typeof v473 === "string" && c18.test(v473))
                                v475 = c20(Number(v473));
                            if (v475 === INVALID)
                                return INVALID;
                            if (v475 === "__proto__")
                                continue;
                            const v480 = v469[v473];
                            if (typeof v480 !== "number" || !Number.isFinite(v480))
                                return INVALID;
                            if (v480 < 0)
                                return INVALID;
                            if (v480 > 0.99)
                                return INVALID;
                            v472[v475] = v480;
                        }
                        v471 = v472;
                    }
                    return v471;
                })();
                if (v470 === INVALID) {
                    if ("chance" in v381)
                        return INVALID;
                    v470 = undefined;
                }
                const v481 = v381["pool"];
                let v482 = (() => {
                    let v483;
                    if (v481 !== undefined) {
                        if (!Array.isArray(v481))
                            return INVALID;
                        if (v481.length > 200)
                            return INVALID;
                        const v484 = new Array(v481.length);
                        for (let v485 = 0; v485 < v481.length; v485++) {
                            const v486 = v481[v485];
                            if (typeof v486 !== "string")
                                return INVALID;
                            const v487 = typeof v486 === "string" && v486.length >= 1 && v486.length < 2 ? c1(v486) : v486.length;
                            if (v487 < 1)
                                return INVALID;
                            const v488 = typeof v486 === "string" && v486.length > 200 ? c1(v486) : v486.length;
                            if (v488 > 200)
                                return INVALID;
                            v484[v485] = v486;
                        }
                        const v489 = typeof v484 === "string" && v484.length > 200 ? c1(v484) : v484.length;
                        if (v489 > 200)
                            return INVALID;
                        v483 = v484;
                    }
                    return v483;
                })();
                if (v482 === INVALID) {
                    if ("pool" in v381)
                        return INVALID;
                    v482 = undefined;
                }
                const v490 = v381["task_floor"];
                let v491 = (() => {
                    let v492;
                    if (v490 !== undefined) {
                        if (typeof v490 !== "number" || !Number.isFinite(v490))
                            return INVALID;
                        if (v490 < 0)
                            return INVALID;
                        if (v490 > 1)
                            return INVALID;
                        v492 = v490;
                    }
                    return v492;
                })();
                if (v491 === INVALID) {
                    if ("task_floor" in v381)
                        return INVALID;
                    v491 = undefined;
                }
                for (const k in v381) {
                    if (k !== "format" && k !== "candidate" && k !== "baseline" && k !== "alternative" && k !== "general" && k !== "safety" && k !== "task" && k !== "metrics" && k !== "chance" && k !== "pool" && k !== "task_floor")
                        return INVALID;
                }
                const v493 = {};
                v493["format"] = v385;
                if ("candidate" in v381)
                    v493["candidate"] = v388;
                if ("baseline" in v381)
                    v493["baseline"] = v401;
                if ("alternative" in v381)
                    v493["alternative"] = v414;
                if ("general" in v381)
                    v493["general"] = v427;
                if ("safety" in v381)
                    v493["safety"] = v436;
                if ("task" in v381)
                    v493["task"] = v445;
                if ("metrics" in v381)
                    v493["metrics"] = v454;
                if ("chance" in v381)
                    v493["chance"] = v470;
                if ("pool" in v381)
                    v493["pool"] = v482;
                if ("task_floor" in v381)
                    v493["task_floor"] = v491;
                v383 = v493;
            }
            return v383;
        })();
        if (v382 === INVALID) {
            if ("evals" in input)
                return INVALID;
            v382 = undefined;
        }
        const v494 = input["models"];
        let v495 = (() => {
            let v496;
            if (v494 !== undefined) {
                if (typeof v494 !== "object" || v494 === null || Array.isArray(v494))
                    return INVALID;
                const v497 = v494["base"];
                let v498 = (() => {
                    let v499;
                    if (v497 !== undefined) {
                        let v500;
                        v500 = (() => {
                            if (typeof v497 !== "string")
                                return INVALID;
                            const v501 = typeof v497 === "string" && v497.length >= 1 && v497.length < 2 ? c1(v497) : v497.length;
                            if (v501 < 1)
                                return INVALID;
                            const v502 = typeof v497 === "string" && v497.length > 200 ? c1(v497) : v497.length;
                            if (v502 > 200)
                                return INVALID;
                            return v497;
                        })();
                        if (v500 === INVALID)
                            v500 = (() => {
                                if (typeof v497 !== "object" || v497 === null || Array.isArray(v497))
                                    return INVALID;
                                const v503 = v497["name"];
                                if (typeof v503 !== "string")
                                    return INVALID;
                                const v504 = typeof v503 === "string" && v503.length >= 1 && v503.length < 2 ? c1(v503) : v503.length;
                                if (v504 < 1)
                                    return INVALID;
                                const v505 = typeof v503 === "string" && v503.length > 200 ? c1(v503) : v503.length;
                                if (v505 > 200)
                                    return INVALID;
                                const v506 = v497["adapter"];
                                let v507 = (() => {
                                    let v508;
                                    if (v506 !== undefined) {
                                        if (typeof v506 !== "string")
                                            return INVALID;
                                        const v509 = typeof v506 === "string" && v506.length >= 1 && v506.length < 2 ? c1(v506) : v506.length;
                                        if (v509 < 1)
                                            return INVALID;
                                        const v510 = typeof v506 === "string" && v506.length > 200 ? c1(v506) : v506.length;
                                        if (v510 > 200)
                                            return INVALID;
                                        v508 = v506;
                                    }
                                    return v508;
                                })();
                                if (v507 === INVALID) {
                                    if ("adapter" in v497)
                                        return INVALID;
                                    v507 = undefined;
                                }
                                const v511 = v497["revision"];
                                let v512 = (() => {
                                    let v513;
                                    if (v511 !== undefined) {
                                        if (typeof v511 !== "string")
                                            return INVALID;
                                        const v514 = typeof v511 === "string" && v511.length >= 1 && v511.length < 2 ? c1(v511) : v511.length;
                                        if (v514 < 1)
                                            return INVALID;
                                        const v515 = typeof v511 === "string" && v511.length > 200 ? c1(v511) : v511.length;
                                        if (v515 > 200)
                                            return INVALID;
                                        v513 = v511;
                                    }
                                    return v513;
                                })();
                                if (v512 === INVALID) {
                                    if ("revision" in v497)
                                        return INVALID;
                                    v512 = undefined;
                                }
                                for (const k in v497) {
                                    if (k !== "name" && k !== "adapter" && k !== "revision")
                                        return INVALID;
                                }
                                const v516 = {};
                                v516["name"] = v503;
                                if ("adapter" in v497)
                                    v516["adapter"] = v507;
                                if ("revision" in v497)
                                    v516["revision"] = v512;
                                return v516;
                            })();
                        if (v500 === INVALID)
                            return INVALID;
                        v499 = v500;
                    }
                    return v499;
                })();
                if (v498 === INVALID) {
                    if ("base" in v494)
                        return INVALID;
                    v498 = undefined;
                }
                const v517 = v494["candidate"];
                let v518 = (() => {
                    let v519;
                    if (v517 !== undefined) {
                        let v520;
                        v520 = (() => {
                            if (typeof v517 !== "string")
                                return INVALID;
                            const v521 = typeof v517 === "string" && v517.length >= 1 && v517.length < 2 ? c1(v517) : v517.length;
                            if (v521 < 1)
                                return INVALID;
                            const v522 = typeof v517 === "string" && v517.length > 200 ? c1(v517) : v517.length;
                            if (v522 > 200)
                                return INVALID;
                            return v517;
                        })();
                        if (v520 === INVALID)
                            v520 = (() => {
                                if (typeof v517 !== "object" || v517 === null || Array.isArray(v517))
                                    return INVALID;
                                const v523 = v517["name"];
                                if (typeof v523 !== "string")
                                    return INVALID;
                                const v524 = typeof v523 === "string" && v523.length >= 1 && v523.length < 2 ? c1(v523) : v523.length;
                                if (v524 < 1)
                                    return INVALID;
                                const v525 = typeof v523 === "string" && v523.length > 200 ? c1(v523) : v523.length;
                                if (v525 > 200)
                                    return INVALID;
                                const v526 = v517["adapter"];
                                let v527 = (() => {
                                    let v528;
                                    if (v526 !== undefined) {
                                        if (typeof v526 !== "string")
                                            return INVALID;
                                        const v529 = typeof v526 === "string" && v526.length >= 1 && v526.length < 2 ? c1(v526) : v526.length;
                                        if (v529 < 1)
                                            return INVALID;
                                        const v530 = typeof v526 === "string" && v526.length > 200 ? c1(v526) : v526.length;
                                        if (v530 > 200)
                                            return INVALID;
                                        v528 = v526;
                                    }
                                    return v528;
                                })();
                                if (v527 === INVALID) {
                                    if ("adapter" in v517)
                                        return INVALID;
                                    v527 = undefined;
                                }
                                const v531 = v517["revision"];
                                let v532 = (() => {
                                    let v533;
                                    if (v531 !== undefined) {
                                        if (typeof v531 !== "string")
                                            return INVALID;
                                        const v534 = typeof v531 === "string" && v531.length >= 1 && v531.length < 2 ? c1(v531) : v531.length;
                                        if (v534 < 1)
                                            return INVALID;
                                        const v535 = typeof v531 === "string" && v531.length > 200 ? c1(v531) : v531.length;
                                        if (v535 > 200)
                                            return INVALID;
                                        v533 = v531;
                                    }
                                    return v533;
                                })();
                                if (v532 === INVALID) {
                                    if ("revision" in v517)
                                        return INVALID;
                                    v532 = undefined;
                                }
                                for (const k in v517) {
                                    if (k !== "name" && k !== "adapter" && k !== "revision")
                                        return INVALID;
                                }
                                const v536 = {};
                                v536["name"] = v523;
                                if ("adapter" in v517)
                                    v536["adapter"] = v527;
                                if ("revision" in v517)
                                    v536["revision"] = v532;
                                return v536;
                            })();
                        if (v520 === INVALID)
                            return INVALID;
                        v519 = v520;
                    }
                    return v519;
                })();
                if (v518 === INVALID) {
                    if ("candidate" in v494)
                        return INVALID;
                    v518 = undefined;
                }
                const v537 = v494["artifacts"];
                let v538 = (() => {
                    let v539;
                    if (v537 !== undefined) {
                        if (!Array.isArray(v537))
                            return INVALID;
                        if (v537.length > 100)
                            return INVALID;
                        const v540 = new Array(v537.length);
                        for (let v541 = 0; v541 < v537.length; v541++) {
                            const v542 = v537[v541];
                            let v543;
                            v543 = (() => {
                                if (typeof v542 !== "string")
                                    return INVALID;
                                const v544 = typeof v542 === "string" && v542.length >= 1 && v542.length < 2 ? c1(v542) : v542.length;
                                if (v544 < 1)
                                    return INVALID;
                                const v545 = typeof v542 === "string" && v542.length > 1000 ? c1(v542) : v542.length;
                                if (v545 > 1000)
                                    return INVALID;
                                return v542;
                            })();
                            if (v543 === INVALID)
                                v543 = (() => {
                                    if (typeof v542 !== "object" || v542 === null || Array.isArray(v542))
                                        return INVALID;
                                    const v546 = v542["name"];
                                    if (typeof v546 !== "string")
                                        return INVALID;
                                    const v547 = typeof v546 === "string" && v546.length >= 1 && v546.length < 2 ? c1(v546) : v546.length;
                                    if (v547 < 1)
                                        return INVALID;
                                    const v548 = typeof v546 === "string" && v546.length > 200 ? c1(v546) : v546.length;
                                    if (v548 > 200)
                                        return INVALID;
                                    const v549 = v542["digest"];
                                    if (typeof v549 !== "string")
                                        return INVALID;
                                    c21.lastIndex = 0;
                                    if (!c21.test(v549))
                                        return INVALID;
                                    for (const k in v542) {
                                        if (k !== "name" && k !== "digest")
                                            return INVALID;
                                    }
                                    const v550 = { "name": v546, "digest": v549 };
                                    return v550;
                                })();
                            if (v543 === INVALID)
                                return INVALID;
                            v540[v541] = v543;
                        }
                        const v551 = typeof v540 === "string" && v540.length >= 1 && v540.length < 2 ? c1(v540) : v540.length;
                        if (v551 < 1)
                            return INVALID;
                        const v552 = typeof v540 === "string" && v540.length > 100 ? c1(v540) : v540.length;
                        if (v552 > 100)
                            return INVALID;
                        v539 = v540;
                    }
                    return v539;
                })();
                if (v538 === INVALID) {
                    if ("artifacts" in v494)
                        return INVALID;
                    v538 = undefined;
                }
                for (const k in v494) {
                    if (k !== "base" && k !== "candidate" && k !== "artifacts")
                        return INVALID;
                }
                const v553 = {};
                if ("base" in v494)
                    v553["base"] = v498;
                if ("candidate" in v494)
                    v553["candidate"] = v518;
                if ("artifacts" in v494)
                    v553["artifacts"] = v538;
                v496 = v553;
            }
            return v496;
        })();
        if (v495 === INVALID) {
            if ("models" in input)
                return INVALID;
            v495 = undefined;
        }
        const v554 = input["waivers"];
        let v555 = (() => {
            let v556;
            if (v554 === undefined) {
                v556 = c7(c22());
            }
            else {
                if (!Array.isArray(v554))
                    return INVALID;
                if (v554.length > 100)
                    return INVALID;
                const v557 = new Array(v554.length);
                for (let v558 = 0; v558 < v554.length; v558++) {
                    const v559 = v554[v558];
                    if (typeof v559 !== "object" || v559 === null || Array.isArray(v559))
                        return INVALID;
                    const v560 = v559["gate"];
                    if (!c23.has(v560))
                        return INVALID;
                    const v561 = v559["reason"];
                    if (typeof v561 !== "string")
                        return INVALID;
                    const v562 = c24(v561);
                    const v563 = typeof v562 === "string" && v562.length >= 1 && v562.length < 2 ? c1(v562) : v562.length;
                    if (v563 < 1)
                        return INVALID;
                    const v564 = typeof v562 === "string" && v562.length > 1000 ? c1(v562) : v562.length;
                    if (v564 > 1000)
                        return INVALID;
                    const v565 = v559["owner"];
                    if (typeof v565 !== "string")
                        return INVALID;
                    const v566 = c25(v565);
                    const v567 = typeof v566 === "string" && v566.length >= 1 && v566.length < 2 ? c1(v566) : v566.length;
                    if (v567 < 1)
                        return INVALID;
                    const v568 = typeof v566 === "string" && v566.length > 200 ? c1(v566) : v566.length;
                    if (v568 > 200)
                        return INVALID;
                    const v569 = v559["expires"];
                    if (typeof v569 !== "string")
                        return INVALID;
                    c26.lastIndex = 0;
                    if (!c26.test(v569))
                        return INVALID;
                    for (const k in v559) {
                        if (k !== "gate" && k !== "reason" && k !== "owner" && k !== "expires")
                            return INVALID;
                    }
                    const v570 = { "gate": v560, "reason": v562, "owner": v566, "expires": v569 };
                    v557[v558] = v570;
                }
                const v571 = typeof v557 === "string" && v557.length > 100 ? c1(v557) : v557.length;
                if (v571 > 100)
                    return INVALID;
                v556 = v557 === undefined ? c7(c22()) : v557;
            }
            return v556;
        })();
        if (v555 === INVALID)
            return INVALID;
        for (const k in input) {
            if (k !== "$schema" && k !== "version" && k !== "name" && k !== "approach" && k !== "fine_tune_method" && k !== "use_case" && k !== "training" && k !== "readiness" && k !== "architecture" && k !== "cost" && k !== "budget" && k !== "evals" && k !== "models" && k !== "waivers")
                return INVALID;
        }
        const v572 = {};
        if ("$schema" in input)
            v572["$schema"] = v1;
        v572["version"] = v3;
        v572["name"] = v5;
        v572["approach"] = v8;
        if ("fine_tune_method" in input)
            v572["fine_tune_method"] = v10;
        v572["use_case"] = v23;
        if ("training" in input)
            v572["training"] = v25;
        if ("readiness" in input)
            v572["readiness"] = v30;
        if ("architecture" in input)
            v572["architecture"] = v64;
        if ("cost" in input)
            v572["cost"] = v82;
        if ("budget" in input)
            v572["budget"] = v372;
        if ("evals" in input)
            v572["evals"] = v382;
        if ("models" in input)
            v572["models"] = v495;
        v572["waivers"] = v555;
        return v572;
    });
})(INVALID, (input) => input.trim(), util/* codePointLength */.O7, new Set(["prompt", "rag", "lora", "qlora", "full-fine-tune", "hybrid"]), new Set(["lora", "qlora", "full-fine-tune"]), new Set(["knowledge", "behavior", "both", "none"]), new Set(["daily", "weekly", "monthly", "yearly", "static"]), () => ("none"), util/* shallowClone */.yG, new Set(["none", "low", "medium", "high"]), () => ([]), () => (1), () => (1), () => (1), () => (1), () => ("auto"), new Set(["auto", "lm-eval", "promptfoo", "inspect", "tunegate", "junit", "deepeval", "ragas", "garak", "every-eval-ever", "lighteval"]), util/* isPlainObject */.Qd, ((INVALID, c0) => {
    return (function (input) {
        if (typeof input !== "string")
            return INVALID;
        const v0 = typeof input === "string" && input.length >= 1 && input.length < 2 ? c0(input) : input.length;
        if (v0 < 1)
            return INVALID;
        const v1 = typeof input === "string" && input.length > 200 ? c0(input) : input.length;
        if (v1 > 200)
            return INVALID;
        return input;
    });
})(INVALID, util/* codePointLength */.O7), new RegExp("^-?\\d+(?:\\.\\d+)?$", ""), Object.prototype.propertyIsEnumerable, ((INVALID, c0) => {
    return (function (input) {
        if (typeof input !== "string")
            return INVALID;
        const v0 = typeof input === "string" && input.length >= 1 && input.length < 2 ? c0(input) : input.length;
        if (v0 < 1)
            return INVALID;
        const v1 = typeof input === "string" && input.length > 200 ? c0(input) : input.length;
        if (v1 > 200)
            return INVALID;
        return input;
    });
})(INVALID, util/* codePointLength */.O7), new RegExp("^sha256:[0-9a-f]{64}$", ""), () => ([]), new Set(["approach-fit", "data-sufficiency", "forgetting", "safety", "task-quality", "latency", "cost-budget", "pricing-freshness", "readiness", "customisation-value"]), (input) => input.trim(), (input) => input.trim(), new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$", ""));
const PLAN_INVALID = INVALID;
//# sourceMappingURL=plan-parser.generated.js.map
// EXTERNAL MODULE: ./lib/engine/plan/schema.js + 1 modules
var schema = __webpack_require__(1383);
;// CONCATENATED MODULE: ./lib/engine/plan/load.js






/** Plan text in, a validated plan (with its source positions) or located diagnostics out. */
function loadPlan(file, text) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(file, text);
    if (!parsed.ok)
        return parsed;
    const source = parsed.value;
    if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
        return {
            ok: false,
            diagnostics: [
                {
                    kind: "invalid-value",
                    message: "a plan must be a YAML mapping with version, name, approach and use_case",
                    location: source.locate([]),
                    field: "",
                },
            ],
        };
    }
    // The fast path is planSchema compiled at build time by zod's own compiler; whatever it refuses,
    // planSchema parses again, so every error still comes from zod with its place in the file.
    const compiled = compiledPlanParser(source.data);
    const result = compiled !== PLAN_INVALID ? { success: true, data: compiled } : schema/* planSchema */.Fu.safeParse(source.data);
    if (!result.success)
        return { ok: false, diagnostics: (0,schema_diagnostics/* schemaDiagnostics */.m)(result.error.issues, source, schema/* planSchema */.Fu) };
    const problems = crossFieldProblems(result.data);
    if (problems.length > 0)
        return { ok: false, diagnostics: (0,field_problem/* locateProblems */.D)(problems, source) };
    return { ok: true, value: { plan: result.data, source } };
}
function crossFieldProblems(plan) {
    const problems = [];
    if (plan.fine_tune_method !== undefined && plan.approach !== "hybrid") {
        problems.push({
            path: ["fine_tune_method"],
            kind: "invalid-value",
            message: `fine_tune_method applies only to approach "hybrid"; approach "${plan.approach}" already says how it is customised`,
            hint: "remove fine_tune_method, or set approach: hybrid",
        });
    }
    if (plan.cost?.fine_tune !== undefined && (0,approach/* fineTuneMethodOf */.Rj)(plan) === undefined) {
        // A plan that pays for training but declares an approach that does not train would skip the
        // gates a fine-tune must pass (forgetting, safety, training data, readiness).
        problems.push({
            path: ["cost", "fine_tune"],
            kind: "invalid-value",
            message: `cost.fine_tune prices a training run, but approach "${plan.approach}" does not fine-tune`,
            hint: "declare the approach that trains (lora, qlora, full-fine-tune or hybrid) so its gates apply, or remove cost.fine_tune",
        });
    }
    const budget = plan.budget;
    if (budget !== undefined && budget.monthly_usd === undefined && budget.one_time_usd === undefined) {
        problems.push({ path: ["budget"], kind: "invalid-value", message: "budget needs monthly_usd, one_time_usd or both" });
    }
    const firstWaiver = new Map();
    plan.waivers.forEach((waiver, index) => {
        const first = firstWaiver.get(waiver.gate);
        if (first === undefined)
            firstWaiver.set(waiver.gate, index);
        else {
            problems.push({
                path: ["waivers", index, "gate"],
                kind: "invalid-value",
                message: `a second waiver for gate "${waiver.gate}" (the first is waivers[${first}]); a gate takes one waiver`,
                hint: "merge them into one waiver with one owner, reason and expiry",
            });
        }
    });
    return problems;
}
//# sourceMappingURL=load.js.map

/***/ }),

/***/ 1338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ expandPlanPaths),
/* harmony export */   W9: () => (/* binding */ planEntries)
/* harmony export */ });
/* unused harmony export plansGoneSince */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);


const GLOB_CHARACTERS = /[*?[\]{}]/;
/**
 * Expands the `plan` input: paths or globs, separated by newlines or commas, relative to the
 * repository root. Globs never descend into node_modules or .git.
 */
async function expandPlanPaths(root, input, origin = "--plan") {
    const entries = planEntries(input);
    const found = new Set();
    const diagnostics = [];
    const where = { file: origin, line: 1, column: 1 };
    for (const entry of entries) {
        const lexical = (0,_engine_input_repo_path_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRepoPath */ .qo)("", entry.replace(/^\.\//, ""));
        if (!lexical.ok) {
            diagnostics.push({ kind: "path-escape", message: `plan "${entry}" ${lexical.reason}`, location: where, field: "plan" });
            continue;
        }
        if (!GLOB_CHARACTERS.test(entry)) {
            found.add(lexical.path);
            continue;
        }
        let matched = 0;
        for await (const path of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(lexical.path, { cwd: root, exclude: (p) => /(^|\/)(node_modules|\.git)(\/|$)/.test(String(p)) })) {
            found.add(String(path).split("\\").join("/"));
            matched++;
        }
        if (matched === 0)
            diagnostics.push({ kind: "file-missing", message: `no plan file matches "${entry}"`, location: where, field: "plan" });
    }
    return { paths: [...found].sort(), diagnostics };
}
/** The `plan` input's entries: paths or globs, separated by newlines or commas. */
function planEntries(input) {
    return input.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
/**
 * Plans the input's globs match in `files` (another commit's tree) that are not in `current`:
 * at a pull request's base, the plans the pull request deleted or moved out of reach.
 */
async function plansGoneSince(files, input, current) {
    const now = new Set(current);
    const gone = new Set();
    for (const entry of planEntries(input)) {
        if (!GLOB_CHARACTERS.test(entry))
            continue; // a named plan that is gone is already a "file not found"
        const lexical = resolveRepoPath("", entry.replace(/^\.\//, ""));
        if (!lexical.ok)
            continue;
        for (const path of await files.glob(lexical.path))
            if (!now.has(path))
                gone.add(path);
    }
    return [...gone].sort();
}
//# sourceMappingURL=plan-paths.js.map

/***/ })

};

//# sourceMappingURL=593.index.js.map