export const id = 240;
export const ids = [240];
export const modules = {

/***/ 1240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readShippedPrices),
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   RP: () => (/* binding */ readPrices),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   _Q: () => (/* binding */ REPO_PRICING),
/* harmony export */   hz: () => (/* binding */ SHIPPED_PRICES),
/* harmony export */   jL: () => (/* binding */ repositoryPricing)
/* harmony export */ });
/* unused harmony exports REPO_POLICY, SHIPPED_POLICY */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);
/* harmony import */ var _engine_policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7493);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97);
/* harmony import */ var _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8348);
/* harmony import */ var _engine_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4858);






/** The repository's own policy and pinned prices, read when present. */
const REPO_POLICY = ".tunegate/policy.yml";
const REPO_PRICING = ".tunegate/pricing.yml";
/** How reports name what ships inside tunegate's package: never a path the user's repository lacks. */
const SHIPPED_POLICY = `policy shipped with tunegate ${_engine_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}`;
const SHIPPED_PRICES = `prices shipped with tunegate ${_engine_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}`;
const nowhere = (file) => ({ file, line: 1, column: 1 });
/**
 * The shipped policy with the repository's layered over it: the one named, else
 * .tunegate/policy.yml when the repository has one. An organisation's policy (fetched text) lies
 * between the two, and its rules are floors the repository's can only tighten.
 */
async function readPolicy(root, spec, read = (p, m) => (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFile */ .v6)(root, p, m)) {
    // Validated at build time (scripts/shipped-settings.ts): its YAML is parsed only to locate a diagnostic in it.
    const layers = [
        { file: SHIPPED_POLICY, text: _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_POLICY_TEXT */ .z8, data: _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_POLICY_DATA */ .sh, validated: _shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_POLICY_VALIDATED */ .k2 },
    ];
    // An organisation's policy is a floor under the repository's own, not an alternative to it.
    if (typeof spec === "object")
        layers.push({ ...spec, floor: `organisation policy ${spec.file}` });
    const path = typeof spec === "string" ? repoRelative(root, spec) : REPO_POLICY;
    const text = await read(path, _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONFIG_BYTES */ .GW);
    if (text.ok)
        layers.push({ file: path, text: text.text });
    else if (typeof spec === "string" || text.kind !== "file-missing")
        return { ok: false, diagnostics: [(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readFailure */ .f1)(text, nowhere(path), "")] };
    return (0,_engine_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)(layers);
}
/**
 * Where the repository pins its prices: `--pricing` (or the Action's input), else the policy's
 * pricing.file, else .tunegate/pricing.yml. Only the last may be absent without an error.
 */
function repositoryPricing(root, policy, flag) {
    if (flag !== undefined)
        return { path: repoRelative(root, flag), explicit: true, namedIn: undefined };
    const file = policy.policy.pricing.file;
    if (file !== undefined)
        return { path: repoRelative(root, file), explicit: true, namedIn: policy.provenance.get("pricing.file") };
    return { path: REPO_PRICING, explicit: false, namedIn: undefined };
}
/** The shipped pinned prices alone, as reports name them (validated at build time). */
async function readShippedPrices() {
    return { ok: true, value: { ...structuredClone(_shipped_settings_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_PRICE_TABLE */ .Ni), file: SHIPPED_PRICES } };
}
/** The repository's pinned table layered over the shipped one: its entries win, the shipped fill the rest. */
/** With `today`, a repository price confirmed after it is an error (see loadPriceTable). */
async function readPrices(root, policy, read = (p, m) => (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFile */ .v6)(root, p, m), flag, today) {
    const shipped = await readShippedPrices();
    if (!shipped.ok)
        return shipped;
    const where = repositoryPricing(root, policy, flag);
    const text = await read(where.path, _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONFIG_BYTES */ .GW);
    if (!text.ok) {
        if (!where.explicit && text.kind === "file-missing")
            return { ok: true, value: (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .layerPriceTables */ .oQ)(undefined, shipped.value, where.path) };
        return {
            ok: false,
            diagnostics: [
                (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readFailure */ .f1)(text, nowhere(where.namedIn ?? where.path), where.namedIn === undefined ? "" : "pricing.file"),
            ],
        };
    }
    const repository = (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceTable */ .QY)(where.path, text.text, today);
    if (!repository.ok)
        return repository;
    return { ok: true, value: (0,_engine_cost_price_table_js__WEBPACK_IMPORTED_MODULE_1__/* .layerPriceTables */ .oQ)(repository.value, shipped.value, where.path) };
}
/** A path the user gave, relative to the repository root, as messages show it. */
function repoRelative(root, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(root, path) : (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, path));
}
//# sourceMappingURL=repo-settings.js.map

/***/ }),

/***/ 8348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ SHIPPED_PRICE_TABLE),
/* harmony export */   k2: () => (/* binding */ SHIPPED_POLICY_VALIDATED),
/* harmony export */   sh: () => (/* binding */ SHIPPED_POLICY_DATA),
/* harmony export */   z8: () => (/* binding */ SHIPPED_POLICY_TEXT)
/* harmony export */ });
/** policies/default.yml as written: diagnostics that point into it are located in this text. */
const SHIPPED_POLICY_TEXT = "# yaml-language-server: $schema=../schemas/policy.schema.json\n# tunegate's shipped policy: every threshold and severity the gates use (docs/framework.md sections 2-6).\n# A repository layers its own policy over this one (.tunegate/policy.yml, or `--policy FILE` / the\n# `policy` input): write only the keys you change. Reports name the file each threshold came from.\nversion: 1\n\n# Floors: the shipped values below that no repository policy can loosen, only tighten (a looser one\n# is listed in the report's rules, never applied). They are what makes a fine-tune's PASS mean\n# anything: it was measured for forgetting and safety, a missing measurement blocks, it kept 90%\n# of the base model's general capability, it had the framework's minimum training data, and the\n# evidence was judged at 95% one-sided confidence or more. Every other value is a default.\nfloors:\n  - gates.forgetting.required_for\n  - gates.safety.required_for\n  - severities.missing_required\n  - gates.forgetting.min_ratio\n  - gates.data-sufficiency.min_examples\n  - statistics.alpha\n\nframework:\n  rag_knowledge_change: [daily, weekly]      # Q1: knowledge that changes this often -> RAG\n  rag_preferred_knowledge_change: [monthly]  # Q1: RAG preferred\n  behavior_style_levels: [high]              # style requirements that count as a behaviour need (Q3)\n  strict_latency_ms: 100                     # Q5: below this p95, consider fine-tuning to drop retrieval\n  rag_latency_ok_ms: 2000                    # Q5: up to this p95, RAG is fine\n  full_fine_tune_examples: 1000              # Q4: more examples than this make full fine-tuning possible\n  retrieval_overhead_ms: 100                 # latency rule: embed 20-50 + search 10-50 + fetch 5-20 ms\n  max_components_without_evidence: 1         # M5: routers/rerankers/cascades allowed without a measured need\n\nseverities:                                  # error fails the gate, warning warns, info only reports\n  M1: error            # fine-tuning for knowledge updates\n  M2: warning          # RAG for style\n  M3: error            # cold start: fine-tuning with too few examples\n  M4: error            # fine-tuning without an evaluation pipeline\n  M5: warning          # over-engineered hybrid\n  latency: warning     # retrieval with a p95 requirement below its overhead\n  readiness: warning   # a \"no\" on the fine-tuning readiness checklist\n  quality_limited: warning   # enough examples to start, fewer than preferred\n  missing_required: error    # a gate the approach requires (forgetting, safety for fine-tunes) has no data\n  missing_optional: warning  # any other gate with no data: reported, never passed\n  waiver_expired: error\n  waiver_unused: warning\n  waiver_too_long: error     # a waiver running past waivers.max_days: it does not waive\n  pricing_stale: warning\n  model_shutdown: warning    # a model the plan uses shuts down within audit.shutdown_horizon_days (or has)\n  price_below_shipped: warning  # a price the projection uses is > audit.drift_threshold below the shipped one\n  inconclusive: error        # a required gate not proven: the estimate holds, its bound does not (re-run with more examples)\n  inconclusive_optional: warning   # the same on a gate the approach does not require (task-quality, customisation-value)\n  not_comparable: error      # candidate and baseline measured different examples or settings\n  alternative_unmeasured: info   # customisation-value has no evals.alternative: shown as missing; raise it to ask every plan to measure one\n\ngates:\n  data-sufficiency:\n    min_examples: { lora: 100, qlora: 100, full-fine-tune: 1001 }       # Q4: full fine-tuning needs > 1000\n    preferred_examples: { lora: 500, qlora: 500, full-fine-tune: 1001 }\n  forgetting:\n    min_ratio: 0.90                          # candidate >= 0.90 x base, per benchmark and overall\n    max_drop: null                           # signed or lower-is-better metrics (bleu_diff, perplexity): largest drop in\n                                             # the metric's own units; null refuses them with an error naming the metric\n    required_for: [lora, qlora, full-fine-tune, hybrid]\n  safety:\n    min_score: 0.95\n    required_for: [lora, qlora, full-fine-tune, hybrid]\n  task-quality:\n    max_drop_vs_baseline: 0                  # not below the baseline at all\n  customisation_value:\n    min_gain: 0.02                           # the candidate beats evals.alternative by >= 2 points on a 0-1 score, per task\n                                             # suite (metric's own units: set it for a 0-100 metric such as bleu_max)\n  pricing-freshness:\n    max_age_days: 90\n\nwaivers:\n  max_days: 90               # the longest a waiver may run from the day of the check (9999-12-31 is no deadline)\n  allow_missing_required: false  # a waiver never excuses a required gate with no evidence at all\n\nstatistics:\n  method: interval           # interval | point (the plain point-estimate rule, which can flap)\n  alpha: 0.05                # one-sided; 95% one-sided bounds\n  multiplicity: none         # each benchmark shown at alpha on its own (intersection-union): no correction\n  primary: []                # benchmarks that alone may fail forgetting; empty = all of them\n  power: 0.8                 # for \"N examples would likely decide this\"\n\naudit:                                       # the scheduled pricing-drift audit (mode: audit / tunegate audit)\n  drift_threshold: 0.05                      # a pinned price 5% off the current one needs action\n  shutdown_horizon_days: 60                  # warn about model shutdowns this close (check warns too)\n  announce_horizon_days: 90                  # look this far ahead for price changes already announced\n  unverified: error                          # current prices could not be fetched: never a silent pass\n\nsensitivity:                                 # the self-hosting crossover shown in every cost report\n  self_host_price: gpu/lambda-gpu_1x_h100_pcie   # a per_hour entry in the pinned prices\n  hours_per_month: 730\n  replicas: 1\n\nestimate:                                    # assumptions `tunegate analyze` prices with; its flags override them\n  llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200 }   # per query\n  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }\n  vector_db_monthly_usd: 70                  # docs/framework.md section 7's vector DB figure\n  fine_tune_tokens_per_example: 1000\n  fine_tune_epochs: 3\n  fine_tune_usd_per_mtok: 25                 # docs/framework.md section 7's training price\n  full_fine_tune_inference_multiplier: 4     # fine-tuned inference is 4-8x base (docs/framework.md section 1)\n\npricing: {}   # file: the repository's pinned prices (default .tunegate/pricing.yml); its entries win over the shipped ones\n";
/** policies/default.yml parsed (it validated as a policy when this module was generated). */
const SHIPPED_POLICY_DATA = {
    "version": 1,
    "floors": [
        "gates.forgetting.required_for",
        "gates.safety.required_for",
        "severities.missing_required",
        "gates.forgetting.min_ratio",
        "gates.data-sufficiency.min_examples",
        "statistics.alpha"
    ],
    "framework": {
        "rag_knowledge_change": [
            "daily",
            "weekly"
        ],
        "rag_preferred_knowledge_change": [
            "monthly"
        ],
        "behavior_style_levels": [
            "high"
        ],
        "strict_latency_ms": 100,
        "rag_latency_ok_ms": 2000,
        "full_fine_tune_examples": 1000,
        "retrieval_overhead_ms": 100,
        "max_components_without_evidence": 1
    },
    "severities": {
        "M1": "error",
        "M2": "warning",
        "M3": "error",
        "M4": "error",
        "M5": "warning",
        "latency": "warning",
        "readiness": "warning",
        "quality_limited": "warning",
        "missing_required": "error",
        "missing_optional": "warning",
        "waiver_expired": "error",
        "waiver_unused": "warning",
        "waiver_too_long": "error",
        "pricing_stale": "warning",
        "model_shutdown": "warning",
        "price_below_shipped": "warning",
        "inconclusive": "error",
        "inconclusive_optional": "warning",
        "not_comparable": "error",
        "alternative_unmeasured": "info"
    },
    "gates": {
        "data-sufficiency": {
            "min_examples": {
                "lora": 100,
                "qlora": 100,
                "full-fine-tune": 1001
            },
            "preferred_examples": {
                "lora": 500,
                "qlora": 500,
                "full-fine-tune": 1001
            }
        },
        "forgetting": {
            "min_ratio": 0.9,
            "max_drop": null,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "safety": {
            "min_score": 0.95,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "task-quality": {
            "max_drop_vs_baseline": 0
        },
        "customisation_value": {
            "min_gain": 0.02
        },
        "pricing-freshness": {
            "max_age_days": 90
        }
    },
    "waivers": {
        "max_days": 90,
        "allow_missing_required": false
    },
    "statistics": {
        "method": "interval",
        "alpha": 0.05,
        "multiplicity": "none",
        "primary": [],
        "power": 0.8
    },
    "audit": {
        "drift_threshold": 0.05,
        "shutdown_horizon_days": 60,
        "announce_horizon_days": 90,
        "unverified": "error"
    },
    "sensitivity": {
        "self_host_price": "gpu/lambda-gpu_1x_h100_pcie",
        "hours_per_month": 730,
        "replicas": 1
    },
    "estimate": {
        "llm": {
            "provider": "anthropic",
            "model": "claude-haiku-4-5",
            "input_tokens": 800,
            "output_tokens": 200
        },
        "embedding": {
            "provider": "openai",
            "model": "text-embedding-3-small",
            "tokens_per_query": 100
        },
        "vector_db_monthly_usd": 70,
        "fine_tune_tokens_per_example": 1000,
        "fine_tune_epochs": 3,
        "fine_tune_usd_per_mtok": 25,
        "full_fine_tune_inference_multiplier": 4
    },
    "pricing": {}
};
/** policies/default.yml as the policy schema outputs it (defaults filled in): a run without a policy of its own validates nothing. */
const SHIPPED_POLICY_VALIDATED = {
    "version": 1,
    "floors": [
        "gates.forgetting.required_for",
        "gates.safety.required_for",
        "severities.missing_required",
        "gates.forgetting.min_ratio",
        "gates.data-sufficiency.min_examples",
        "statistics.alpha"
    ],
    "framework": {
        "rag_knowledge_change": [
            "daily",
            "weekly"
        ],
        "rag_preferred_knowledge_change": [
            "monthly"
        ],
        "behavior_style_levels": [
            "high"
        ],
        "strict_latency_ms": 100,
        "rag_latency_ok_ms": 2000,
        "full_fine_tune_examples": 1000,
        "retrieval_overhead_ms": 100,
        "max_components_without_evidence": 1
    },
    "severities": {
        "M1": "error",
        "M2": "warning",
        "M3": "error",
        "M4": "error",
        "M5": "warning",
        "latency": "warning",
        "readiness": "warning",
        "quality_limited": "warning",
        "missing_required": "error",
        "missing_optional": "warning",
        "waiver_expired": "error",
        "waiver_unused": "warning",
        "waiver_too_long": "error",
        "pricing_stale": "warning",
        "model_shutdown": "warning",
        "price_below_shipped": "warning",
        "inconclusive": "error",
        "inconclusive_optional": "warning",
        "not_comparable": "error",
        "alternative_unmeasured": "info"
    },
    "gates": {
        "data-sufficiency": {
            "min_examples": {
                "lora": 100,
                "qlora": 100,
                "full-fine-tune": 1001
            },
            "preferred_examples": {
                "lora": 500,
                "qlora": 500,
                "full-fine-tune": 1001
            }
        },
        "forgetting": {
            "min_ratio": 0.9,
            "max_drop": null,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "safety": {
            "min_score": 0.95,
            "required_for": [
                "lora",
                "qlora",
                "full-fine-tune",
                "hybrid"
            ]
        },
        "task-quality": {
            "max_drop_vs_baseline": 0
        },
        "customisation_value": {
            "min_gain": 0.02
        },
        "pricing-freshness": {
            "max_age_days": 90
        }
    },
    "waivers": {
        "max_days": 90,
        "allow_missing_required": false
    },
    "statistics": {
        "method": "interval",
        "alpha": 0.05,
        "multiplicity": "none",
        "primary": [],
        "power": 0.8
    },
    "audit": {
        "drift_threshold": 0.05,
        "shutdown_horizon_days": 60,
        "announce_horizon_days": 90,
        "unverified": "error"
    },
    "sensitivity": {
        "self_host_price": "gpu/lambda-gpu_1x_h100_pcie",
        "hours_per_month": 730,
        "replicas": 1
    },
    "estimate": {
        "llm": {
            "provider": "anthropic",
            "model": "claude-haiku-4-5",
            "input_tokens": 800,
            "output_tokens": 200
        },
        "embedding": {
            "provider": "openai",
            "model": "text-embedding-3-small",
            "tokens_per_query": 100
        },
        "vector_db_monthly_usd": 70,
        "fine_tune_tokens_per_example": 1000,
        "fine_tune_epochs": 3,
        "fine_tune_usd_per_mtok": 25,
        "full_fine_tune_inference_multiplier": 4
    },
    "pricing": {}
};
/** policies/pricing.yml parsed and validated; reports name it by version, so the name is added at run time. */
const SHIPPED_PRICE_TABLE = {
    "version": 1,
    "currency": "USD",
    "prices": {
        "openai/gpt-5": {
            "unit": "per_1m_tokens",
            "input_mtok": 1.25,
            "output_mtok": 10,
            "cache_read_mtok": 0.125,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "shutdown_date": "2026-12-11",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "gpt-5"
            }
        },
        "openai/gpt-5-mini": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.25,
            "output_mtok": 2,
            "cache_read_mtok": 0.025,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "shutdown_date": "2026-12-11",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "gpt-5-mini"
            }
        },
        "openai/gpt-4o-mini": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.15,
            "output_mtok": 0.6,
            "cache_read_mtok": 0.075,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "shutdown_date": "2027-01-14",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "gpt-4o-mini"
            }
        },
        "openai/text-embedding-3-small": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.02,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "check": {
                "source": "genai-prices",
                "provider": "openai",
                "model": "text-embedding-3-small"
            }
        },
        "anthropic/claude-haiku-4-5": {
            "unit": "per_1m_tokens",
            "input_mtok": 1,
            "output_mtok": 5,
            "cache_read_mtok": 0.1,
            "source": "@pydantic/genai-prices 0.1.8 bundled data",
            "as_of": "2026-11-24",
            "check": {
                "source": "genai-prices",
                "provider": "anthropic",
                "model": "claude-haiku-4-5"
            }
        },
        "openai-ft/gpt-4.1-mini-2025-04-14": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.8,
            "output_mtok": 3.2,
            "cache_read_mtok": 0.2,
            "training_mtok": 5,
            "source": "OpenAI API pricing page, Fine-tuning (hand-pinned)",
            "as_of": "2026-08-05",
            "shutdown_date": "2027-01-14",
            "available_until": {
                "new_jobs": "2027-01-06",
                "inference": "2027-01-14"
            },
            "check": "manual",
            "note": "no new OpenAI fine-tuning jobs from 2027-01-06 (press coverage; confirm on the deprecations page)"
        },
        "openai-ft/gpt-4o-mini-2024-07-18": {
            "unit": "per_1m_tokens",
            "input_mtok": 0.3,
            "output_mtok": 1.2,
            "cache_read_mtok": 0.15,
            "training_mtok": 3,
            "source": "OpenAI API pricing page, Fine-tuning (hand-pinned)",
            "as_of": "2026-08-05",
            "shutdown_date": "2027-01-14",
            "check": "manual"
        },
        "gpu/lambda-gpu_1x_h100_pcie": {
            "unit": "per_hour",
            "usd_per_hour": 2.49,
            "source": "SkyPilot catalog catalogs/v7/lambda/vms.csv @ 11580132 (hand-pinned; undated)",
            "as_of": "2026-11-24",
            "check": "manual",
            "note": "1x H100 80 GB on-demand, as the pricing reference records it; not re-checked against the catalog itself. Costs self-hosting in the crossover"
        }
    }
};
//# sourceMappingURL=shipped-settings.generated.js.map

/***/ })

};

//# sourceMappingURL=240.index.js.map