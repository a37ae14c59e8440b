export const id = 504;
export const ids = [504];
export const modules = {

/***/ 2162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   Fd: () => (/* binding */ toCents),
/* harmony export */   UK: () => (/* binding */ formatUsd)
/* harmony export */ });
/** Rounds dollars to whole cents, the precision every report shows. */
function toCents(usd) {
    return Math.round(usd * 100 + Number.EPSILON * 100) / 100;
}
/** `$2,572.00`: always two decimals, thousands separated, locale-independent. */
function formatUsd(usd) {
    const negative = usd < 0;
    const [whole, cents] = Math.abs(toCents(usd)).toFixed(2).split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${negative ? "-" : ""}$${grouped}.${cents}`;
}
/** `1,000,000` for counts in reports. */
function formatCount(n) {
    return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
/** `$2.50` or `$0.125` for per-1M-token prices, keeping meaningful digits. */
function formatRate(usd) {
    const fixed = usd >= 0.01 ? usd.toFixed(Math.max(2, decimals(usd))) : usd.toString();
    return `$${fixed}`;
}
function decimals(value) {
    const text = value.toString();
    const dot = text.indexOf(".");
    return dot === -1 ? 0 : Math.min(6, text.length - dot - 1);
}
//# sourceMappingURL=money.js.map

/***/ }),

/***/ 6902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUDIT_FORMATS: () => (/* binding */ AUDIT_FORMATS),
  AUDIT_RENDERERS: () => (/* binding */ AUDIT_RENDERERS)
});

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./lib/engine/cost/money.js
var money = __webpack_require__(2162);
// EXTERNAL MODULE: ./lib/engine/report/escape.js
var report_escape = __webpack_require__(8590);
;// CONCATENATED MODULE: ./lib/engine/report/audit-report.js



function auditJson(result) {
    return (0,report_escape/* jsonDocument */.Q8)(result);
}
function headline(result) {
    if (!result.verified)
        return `could not verify current prices: ${result.unverified_reason}`;
    if (!result.needs_action)
        return "pinned prices match the current ones; every plan is within budget";
    const parts = [
        result.drift.length > 0 ? `${result.drift.length} drifted price${result.drift.length === 1 ? "" : "s"}` : "",
        result.plans_over_budget.length > 0 ? `${new Set(result.plans_over_budget.map((p) => p.plan)).size} plan(s) over budget` : "",
        result.shutdowns.length > 0 ? `${result.shutdowns.length} shutdown${result.shutdowns.length === 1 ? "" : "s"} near` : "",
        result.missing.length > 0 ? `${result.missing.length} model(s) missing from the feed` : "",
        result.announced.length > 0 ? `${result.announced.length} announced change(s)` : "",
        result.stale.length > 0 ? `${result.stale.length} stale pin(s)` : "",
    ].filter((p) => p !== "");
    return `needs action: ${parts.join(", ")}`;
}
const audit_report_money = (v) => (v === null ? "—" : (0,money/* formatUsd */.UK)(v));
function auditText(result) {
    const lines = [`tunegate pricing audit ${result.today}: ${headline(result)}`, `pinned prices: ${result.pinned_prices}`, `current prices: ${result.source}`];
    for (const d of result.drift)
        lines.push(`  DRIFT     ${d.model} ${d.price}: pinned ${d.pinned}, now ${d.current} (${d.change_pct > 0 ? "+" : ""}${d.change_pct}%)`);
    for (const m of result.missing)
        lines.push(`  MISSING   ${m.model}: ${m.reason}`);
    for (const a of result.announced)
        lines.push(`  ANNOUNCED ${a.model} ${a.price}: ${a.current} -> ${a.future} from ${a.date}`);
    for (const s of result.shutdowns)
        lines.push(`  SHUTDOWN  ${s.model}: ${s.what} ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`);
    for (const s of result.stale)
        lines.push(`  STALE     ${s.model}: as of ${s.as_of} (${s.age_days} days)`);
    if (result.unverifiable.length > 0)
        lines.push(`  manual    ${result.unverifiable.join(", ")}: pinned by hand, only aged`);
    lines.push("plans (monthly: pinned / current / announced vs budget)");
    for (const p of result.plans)
        lines.push(`  ${p.name} (${p.plan}): ${audit_report_money(p.pinned)} / ${audit_report_money(p.current)} / ${audit_report_money(p.announced)} vs ${audit_report_money(p.budget_usd)}${p.error === null ? "" : `; ${p.error}`}`);
    for (const o of result.plans_over_budget)
        lines.push(`  OVER      ${o.plan} at ${o.at} prices: ${(0,money/* formatUsd */.UK)(o.monthly_usd)} > ${(0,money/* formatUsd */.UK)(o.budget_usd)} (by ${(0,money/* formatUsd */.UK)(o.monthly_usd - o.budget_usd)})`);
    // Each entry is one line by construction; a newline in it came from a plan or the price data.
    return `${lines.map(report_escape/* oneLine */.TN).join("\n")}\n`;
}
function auditMarkdown(result) {
    const icon = !result.verified ? "❔" : result.needs_action ? "⚠️" : "✅";
    const parts = [`### ${icon} tunegate pricing audit · ${(0,report_escape/* escapeInline */.VV)(headline(result))}`, `Pinned prices: ${(0,report_escape/* escapeInline */.VV)(result.pinned_prices)}; current prices from ${(0,report_escape/* codeSpan */.SS)(result.source)}, checked ${result.today}.`];
    if (result.drift.length > 0) {
        parts.push((0,markdown_table/* markdownTable */.Q)([["Model", "Price", "Pinned", "Current", "Change"], ...result.drift.map((d) => [(0,report_escape/* escapeCell */.kq)(d.model), d.price, String(d.pinned), String(d.current), `${d.change_pct > 0 ? "+" : ""}${d.change_pct}%`])], { alignDelimiters: false }));
    }
    const notes = [
        ...result.missing.map((m) => `- **missing** ${(0,report_escape/* codeSpan */.SS)(m.model)}: ${(0,report_escape/* escapeInline */.VV)(m.reason)}`),
        ...result.announced.map((a) => `- **announced** ${(0,report_escape/* codeSpan */.SS)(a.model)} ${a.price}: ${a.current} → ${a.future} from ${a.date}`),
        ...result.shutdowns.map((s) => `- **${(0,report_escape/* escapeInline */.VV)(s.what)}** ${(0,report_escape/* codeSpan */.SS)(s.model)}: ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`),
        ...result.stale.map((s) => `- **stale** ${(0,report_escape/* codeSpan */.SS)(s.model)}: as of ${s.as_of} (${s.age_days} days)`),
    ];
    if (notes.length > 0)
        parts.push(notes.join("\n"));
    parts.push((0,markdown_table/* markdownTable */.Q)([["Plan", "Budget", "Pinned", "Current", "Announced"], ...result.plans.map((p) => [`${(0,report_escape/* escapeCell */.kq)(p.name)}<br><sub>${(0,report_escape/* escapeCell */.kq)(p.plan)}</sub>`, audit_report_money(p.budget_usd), audit_report_money(p.pinned), audit_report_money(p.current), audit_report_money(p.announced)])], { alignDelimiters: false }));
    if (result.unverifiable.length > 0)
        parts.push(`<sub>Pinned by hand (only aged, not compared): ${result.unverifiable.map((u) => (0,report_escape/* codeSpan */.SS)(u)).join(", ")}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
//# sourceMappingURL=audit-report.js.map
;// CONCATENATED MODULE: ./lib/engine/render/audit.js

/** The pricing audit's output formats, by the name `--format` takes. */
const AUDIT_RENDERERS = {
    text: auditText,
    markdown: auditMarkdown,
    json: auditJson,
};
const AUDIT_FORMATS = Object.keys(AUDIT_RENDERERS);
//# sourceMappingURL=audit.js.map

/***/ }),

/***/ 7504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1556);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1463);
/* harmony import */ var _engine_render_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6902);
/* harmony import */ var _policy_flag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7452);




/**
 * Exit codes: 0 nothing needs action, 1 something does (with the default --fail-on warning; with
 * error, only what needs action now), 2 bad input, 3 prices could not be verified. The verdict is
 * the engine's, the same the Action's audit mode reports.
 */
async function auditCommand(args, io) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .bQ)(args, {
        plan: { type: "string", default: "**/tunegate.yml" },
        pricing: { type: "string" },
        policy: { type: "string" },
        current: { type: "string" },
        format: { type: "string" },
        "fail-on": { type: "string" },
        today: { type: "string" },
    });
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)("format", values.format, _engine_render_audit_js__WEBPACK_IMPORTED_MODULE_1__.AUDIT_FORMATS, "text");
    const failOn = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)("fail-on", values["fail-on"], ["error", "warning", "never"], "warning");
    const today = (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .dateFlag */ .BL)("today", values.today, io.today);
    // The price data is megabytes of JavaScript; only the commands that need it load it.
    const [{ runAudit }, { AUDIT_RENDERERS }, { decideAudit }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(867), __webpack_require__.e(294), __webpack_require__.e(82), __webpack_require__.e(580), __webpack_require__.e(154), __webpack_require__.e(593), __webpack_require__.e(393)]).then(__webpack_require__.bind(__webpack_require__, 5393)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6902)), Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(278)]).then(__webpack_require__.bind(__webpack_require__, 4278))]);
    const policy = await (0,_policy_flag_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFlag */ .J)(values.policy, io);
    if (!policy.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(policy.diagnostics, io);
    const outcome = await runAudit({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, current: values.current, today });
    if (!outcome.ok)
        return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDiagnostics */ .D)(outcome.diagnostics, io);
    io.out(AUDIT_RENDERERS[format](outcome.result));
    return decideAudit(outcome.result, outcome.policy.audit.unverified, failOn).exit_code;
}
//# sourceMappingURL=audit-command.js.map

/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};

//# sourceMappingURL=504.index.js.map