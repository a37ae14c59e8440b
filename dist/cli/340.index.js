export const id = 340;
export const ids = [340];
export const modules = {

/***/ 3679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ maskCredentials),
/* harmony export */   D6: () => (/* binding */ excerptQuotes),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   gD: () => (/* binding */ findCredentials)
/* harmony export */ });
/* unused harmony exports MASK, MAX_EXCERPT_CHARS */
/**
 * Credentials that must never leave the runner in anything tunegate prints, writes or posts: a
 * pull request can point a path at a file holding one (a `.env`, a token file) and an error
 * message would quote it. Each pattern matches the secret part only, and no pattern's secret can
 * hold a quote or a backslash, so masking a JSON text leaves valid JSON with the same shape.
 */
const SECRET_VALUE = String.raw `[A-Za-z0-9+/=._~-]`;
/** Tokens recognisable by their own shape, wherever they stand. */
const SHAPED_TOKENS = [
    // GitHub: personal, OAuth, user-to-server, server-to-server (the job's GITHUB_TOKEN), refresh; fine-grained.
    // The distinctive prefixes need no word boundary: a token glued to other text is still a token.
    /gh[pousr]_[A-Za-z0-9]{30,255}/g,
    /github_pat_[A-Za-z0-9_]{22,255}/g,
    // `x-access-token:` in base64, the start of the basic-auth header actions/checkout persists.
    /eC1hY2Nlc3MtdG9rZW46[A-Za-z0-9+/]*={0,2}/g,
    // OpenAI, Anthropic and others with the sk- prefix (a bare sk- after no letter: "task-" is prose);
    // Stripe's secret and restricted keys.
    /sk-(?:proj|ant|svcacct|admin)-[A-Za-z0-9_-]{20,}/g,
    /(?<![A-Za-z])sk-[A-Za-z0-9_-]{20,}/g,
    /[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g,
    // AWS access key ids, Google API keys, Slack, Hugging Face, npm, GitLab.
    /(?:AKIA|ASIA)[0-9A-Z]{16}/g,
    /AIza[0-9A-Za-z_-]{35}/g,
    /xox[abprse]-[A-Za-z0-9-]{10,}/g,
    /hf_[A-Za-z0-9]{30,}/g,
    /npm_[A-Za-z0-9]{36}/g,
    /glpat-[A-Za-z0-9_-]{20,}/g,
    // JSON Web Tokens: header and payload both start with `{"` in base64url.
    /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
];
/** A private key block, whole, or from its first line when the text stops inside it. */
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[A-Za-z0-9+/=:,\s-]|\\[nr])*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|(?="|$))/g;
/** Secrets known by what stands before them: the group before the secret is kept. */
const INTRODUCED = [
    // HTTP authorisation headers, as git's extraheader and curl traces write them.
    new RegExp(String.raw `(\bauthori[sz]ation\b["']?\s*[:=]\s*["']?(?:(?:basic|bearer|token|digest)\s+)?)(${SECRET_VALUE}{8,})`, "gi"),
    // A scheme word alone, as in "basic retrieval-augmented", is prose: a secret has a digit or padding.
    new RegExp(String.raw `(\b(?:basic|bearer)\s+)((?=${SECRET_VALUE}*[0-9=])${SECRET_VALUE}{16,})`, "gi"),
    // A password in a URL: scheme://user:password@host.
    /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:"\\]+:)([^\s/@"\\]+)(?=@)/gi,
    // KEY=value and key: value where the key names a secret (OPENAI_API_KEY=, password:, client_secret:);
    // punctuation that ends a sentence or a list is not part of the value.
    new RegExp(String.raw `((?:^|[^A-Za-z])(?:[A-Za-z0-9]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)(?:[_-][A-Za-z0-9_-]*)?["']?\s*[:=]\s*["']?)([^\s"'\\]{5,}[^\s"'\\,;:.)\]}])`, "gi"),
];
const MASK = "***";
/** The credentials in a text, each once, longest first (so masking one never leaves part of another). */
function findCredentials(text) {
    const found = new Set();
    for (const match of text.matchAll(PRIVATE_KEY))
        found.add(match[0]);
    for (const pattern of SHAPED_TOKENS)
        for (const match of text.matchAll(pattern))
            found.add(match[0]);
    for (const pattern of INTRODUCED) {
        for (const match of text.matchAll(pattern))
            if (match[2] !== undefined && !isPlaceholder(match[2]))
                found.add(match[2]);
    }
    return [...found].sort((a, b) => b.length - a.length);
}
/** The text with every credential replaced by `***`, as the runner masks its secrets. */
function maskCredentials(text) {
    if (!MAY_HOLD_CREDENTIAL.test(text))
        return text;
    let masked = text.replace(PRIVATE_KEY, MASK);
    for (const pattern of SHAPED_TOKENS)
        masked = masked.replace(pattern, MASK);
    for (const pattern of INTRODUCED)
        masked = masked.replace(pattern, (whole, before, secret) => (isPlaceholder(secret) ? whole : `${before}${MASK}`));
    return masked;
}
/**
 * A cheap first look: every pattern above needs one of these, so most report text (thousands of
 * lines a run) skips the full set of regular expressions.
 */
const MAY_HOLD_CREDENTIAL = /gh[pousr]_|github_pat_|eC1hY2Nlc3Mt|sk-|k_live_|k_test_|AKIA|ASIA|AIza|xox|hf_|npm_|glpat-|eyJ|PRIVATE KEY|authori|basic|bearer|:\/\/[^\s/@]+:[^\s/@]+@|token|secret|passw|pwd|key|credential/i;
/** Values that stand for a secret without being one: already masked, or a workflow expression. */
function isPlaceholder(value) {
    return value === MASK || value.startsWith("${") || value.startsWith("$(") || /^\*+$/.test(value) || /^<[^>]*>$/.test(value);
}
/** The longest quote of a user's value an error message makes: enough to find it, too short to dump a file. */
const MAX_EXCERPT_CHARS = 40;
/**
 * A value from a user's file as an error message may quote it: credentials masked, and cut to
 * MAX_EXCERPT_CHARS (the message's line and column say where the rest is).
 */
function excerpt(value, max = MAX_EXCERPT_CHARS) {
    const masked = maskCredentials(value).replace(RANDOM_LOOKING, (token) => (looksRandom(token) ? MASK : token));
    const characters = Array.from(masked);
    return characters.length <= max ? masked : `${characters.slice(0, max - 1).join("")}…`;
}
/** Runs of token characters long enough to be a generated secret. */
const RANDOM_LOOKING = /[A-Za-z0-9+/=_-]{24,}/g;
/**
 * A secret of no known shape (a .env line, a token file) quoted in an error: a long run that mixes
 * upper case, lower case and digits with high entropy in one piece of 16 or more. Digests are hex
 * (one case) and model or benchmark names are short words joined by - _ / or ., so neither is
 * taken for one.
 */
function looksRandom(token) {
    return token.split(/[-_/=.+]/).some((piece) => piece.length >= 16 && /[a-z]/.test(piece) && /[A-Z]/.test(piece) && /[0-9]/.test(piece) && entropyBits(piece) >= 3.5);
}
/** Shannon entropy per character, in bits. */
function entropyBits(text) {
    const counts = new Map();
    for (const c of text)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let entropy = 0;
    for (const n of counts.values())
        entropy -= (n / text.length) * Math.log2(n / text.length);
    return entropy;
}
/** Each double-quoted part of a message (a parser's quote of the input) as an excerpt. */
function excerptQuotes(message) {
    return maskCredentials(message.replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner) => `"${excerpt(inner)}"`));
}
//# sourceMappingURL=credentials.js.map

/***/ }),

/***/ 4560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ evaluationDateNote),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
const DAY_MS = 86_400_000;
/** True for a real calendar day written YYYY-MM-DD: 2026-02-28 yes; 2026-02-30, 2026-2-3 or "" no. */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const time = Date.parse(`${text}T00:00:00Z`);
    // Date.parse rolls 2026-02-30 over to March 2nd; a real day survives the round trip.
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
/**
 * Whole days from `from` to `to`, both YYYY-MM-DD, in UTC so time zones cannot shift a day.
 * Anything else is a bug upstream, and a NaN here would make an expired waiver look live
 * (NaN < 0 is false), so it throws: the run fails closed.
 */
function daysBetween(from, to) {
    if (!isCalendarDate(from) || !isCalendarDate(to))
        throw new Error(`not a calendar date: ${JSON.stringify(isCalendarDate(from) ? to : from)}`);
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
/** The calendar day `days` after `from` (YYYY-MM-DD, UTC). */
function addDays(from, days) {
    if (!isCalendarDate(from))
        throw new Error(`not a calendar date: ${JSON.stringify(from)}`);
    return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
/**
 * What a run judged as of another day than the clock's must say: waiver expiry and price ages move
 * with the date, so a past date can revive an expired waiver or make stale prices fresh. Null when
 * the two agree.
 */
function evaluationDateNote(evaluated, clock, setBy) {
    if (evaluated === clock)
        return null;
    const direction = evaluated < clock ? `${daysBetween(evaluated, clock)} days before` : `${daysBetween(clock, evaluated)} days after`;
    return `judged as of ${evaluated} (${setBy}), ${direction} today's date ${clock}: waiver expiry and price ages are as of ${evaluated}`;
}
//# sourceMappingURL=dates.js.map

/***/ }),

/***/ 890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/** Damerau-free Levenshtein distance; keys are short, so the quadratic table is fine. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length];
}
/**
 * The closest known name to a misspelt one, or undefined when nothing is close enough to be a
 * plausible typo (a third of the name's length, at least one edit).
 */
function closestName(word, candidates) {
    if (word.length > MAX_NAME_LENGTH)
        return undefined;
    const normalised = word.toLowerCase().replaceAll("-", "_");
    const tolerance = Math.max(1, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        // Lengths further apart than the tolerance cannot be close: skip the quadratic table.
        if (Math.abs(candidate.length - word.length) > tolerance || candidate.length > MAX_NAME_LENGTH)
            continue;
        const distance = editDistance(normalised, candidate.toLowerCase().replaceAll("-", "_"));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= tolerance ? best : undefined;
}
/** Names longer than this get no suggestion: no key or benchmark name is that long. */
const MAX_NAME_LENGTH = 200;
//# sourceMappingURL=did-you-mean.js.map

/***/ }),

/***/ 1315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SCHEMA_NAMES)
/* harmony export */ });
/**
 * The name of every JSON Schema tunegate publishes (schemas/<name>.schema.json, `tunegate schema
 * <name>`): the one home of these names. json-schemas.ts maps each to its zod schema; the CLI's
 * usage derives its list from here, so printing the help loads none of the schemas.
 */
const SCHEMA_NAMES = ["plan", "policy", "waivers", "pricing", "eval", "report", "run-report", "audit", "audit-run-report", "analysis", "attestation"];
//# sourceMappingURL=schema-names.js.map

/***/ }),

/***/ 7070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * How much a finding counts, the words a policy's `severities` take: error blocks (fail), warning
 * warns, info is only shown. Worst first: the gates that report the worst of several findings
 * search in this order. The one home of these words; the policy schema derives from it.
 */
const SEVERITIES = ["error", "warning", "info"];
/**
 * Which verdict exits 1 (`--fail-on`, the Action's `fail-on`): a severity's name, or never. The
 * run report's `fail_on`, the Action's input and the CLI's flags derive from this list.
 */
const FAIL_ON_VALUES = ["error", "warning", "never"];
//# sourceMappingURL=severities.js.map

/***/ }),

/***/ 5460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isChecked),
/* harmony export */   j: () => (/* binding */ inputErrorLine)
/* harmony export */ });
const isChecked = (p) => "report" in p;
/** `file:line:col: error [field]: message`, as compilers print it. */
function inputErrorLine(e) {
    return `${e.file}:${e.line}:${e.column}: error${e.field === "" ? "" : ` [${e.field}]`}: ${e.message}`;
}
//# sourceMappingURL=input-errors.js.map

/***/ }),

/***/ 2444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ jsonDocument),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony exports userText, codeCell */
/**
 * Characters a terminal or a renderer acts on rather than shows, or that hide what a text says:
 * - C0 controls except tab and newline (ESC starts colour, cursor and OSC sequences such as
 *   hyperlinks or title changes; a bare CR rewinds the line so a later text overwrites a verdict),
 *   DEL, and the C1 controls (U+009B is a one-character CSI);
 * - the bidirectional embeddings, overrides and isolates, and the marks (LRM, RLM, ALM) that make
 *   text display in another order than it reads;
 * - invisible format characters: zero-width non-joiner and joiner, word joiner and the invisible
 *   operators, the deprecated format controls, the byte-order mark, the Mongolian vowel
 *   separator, interlinear annotation marks, line and paragraph separators, and the tag
 *   characters (U+E0000-U+E007F, which spell hidden ASCII);
 * so "xstest" and "xs\u200dtest" never look alike. Variation selectors stay: they are part of
 * emoji such as the warning sign tunegate itself prints. The zero-width space is handled apart
 * (userText): tunegate inserts it itself to keep GitHub from linking user text.
 */
const ZERO_WIDTH_SPACE = "\u200b";
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200c-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
/** Each UTF-16 unit of a character as `\uXXXX`: valid in JSON and TypeScript strings alike. */
function escaped(character) {
    let out = "";
    for (let i = 0; i < character.length; i++)
        out += `\\u${character.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return out;
}
/**
 * Shows control and invisible characters instead of obeying them: each becomes a visible
 * `\uXXXX`. The same escape is valid inside a JSON string, so JSON output stays JSON with the
 * same values.
 */
function terminalSafe(text) {
    return text.replace(CONTROL, escaped);
}
/** Text a user wrote, as a person should see it: terminalSafe, and a zero-width space shown too. */
function userText(text) {
    return terminalSafe(text).replaceAll(ZERO_WIDTH_SPACE, "\\u200b");
}
/**
 * One line of terminal text: control characters shown, and a newline inside user data shown as
 * `\u000a` too, so a plan named "x\ntunegate PASS" cannot print a line of its own.
 */
function oneLine(text) {
    return userText(text).replaceAll("\n", "\\u000a");
}
/**
 * A JSON document as tunegate writes it (reports, SARIF, the audit): two-space indented, and every
 * control or invisible character escaped as `\uXXXX`, so a person reading the file (or a log that
 * prints it) sees them, and every value is the same once parsed.
 */
function jsonDocument(value) {
    return `${JSON.stringify(value, null, 2).replace(CONTROL, escaped).replaceAll(ZERO_WIDTH_SPACE, "\\u200b")}\n`;
}
/**
 * Escaping for user text in markdown prose (list items, summaries, headings). What GitHub would
 * otherwise act on is shown as written: raw HTML (and so `-->` or `<img>`), links and images
 * (`[x](url)`, `![x](url)`), autolinks (`<https://..>`, bare `https://..` and `www.`), @mentions
 * and #123 or GH-123 references, which would ping people or cross-link issues.
 */
function escapeInline(text) {
    return userText(text)
        .replaceAll("\\", "\\\\")
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(">", "&gt;")
        .replaceAll("[", "\\[")
        .replaceAll("]", "\\]")
        .replaceAll("`", "\\`")
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
        .replace(SCHEME_SEPARATOR, `:${ZERO_WIDTH_SPACE}`)
        .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
        .replace(/\r?\n|\r/g, " ");
}
/**
 * The `:` of `scheme://`, where a scheme (a letter, then letters, digits, + . -) stands before it.
 * The colon is matched first and the scheme looked back for, so text is scanned once: matching
 * the scheme first retried every start of a long run of letters (40,000 letters took a second).
 */
const SCHEME_SEPARATOR = /:(?=\/\/)(?<=[A-Za-z][A-Za-z0-9+.-]*:)/g;
/** Escaping for user text in a markdown table cell: no column breaks either. */
function escapeCell(text) {
    return escapeInline(text).replaceAll("|", "\\|");
}
/**
 * User text as inline code: shown literally, with no links, HTML, mentions or references (GitHub
 * processes none of them inside code). Backslashes and entities are literal there too, so
 * escapeInline would show its escapes; instead the fence is one backtick longer than any run of
 * backticks in the text, and padded when the text starts or ends with one.
 */
function codeSpan(text) {
    const flat = userText(text).replace(/\r?\n|\r/g, " ");
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "") ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** codeSpan inside a table cell: GFM splits cells at `|` even in code, unless it is escaped. */
function codeCell(text) {
    return codeSpan(text).replaceAll("|", "\\|");
}
//# sourceMappingURL=escape.js.map

/***/ }),

/***/ 5095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OUTPUT_FORMATS: () => (/* binding */ OUTPUT_FORMATS),
/* harmony export */   checkOutput: () => (/* binding */ checkOutput),
/* harmony export */   formatsOf: () => (/* binding */ formatsOf),
/* harmony export */   renderOutput: () => (/* binding */ renderOutput),
/* harmony export */   shownRun: () => (/* binding */ shownRun)
/* harmony export */ });
/* harmony import */ var _input_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5460);

/**
 * Every output format of every command, by the name `--format` takes (input/output-format-names.ts),
 * the first of each command its default: a new format is one file in formats/ and one line here.
 * The CLI's usage text and the README's formats table are derived from this and tested against it.
 */
const OUTPUT_FORMATS = {
    check: {
        text: { about: "plain text for terminals", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 522).then(__webpack_require__.bind(__webpack_require__, 1522))).runText },
        markdown: { about: "the job summary: every plan's report", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(791), __webpack_require__.e(202)]).then(__webpack_require__.bind(__webpack_require__, 2591))).runMarkdown },
        json: { about: "the run report (schemas/run-report.schema.json), one plan or many", inputErrors: "in-output", load: async () => (await __webpack_require__.e(/* import() */ 523).then(__webpack_require__.bind(__webpack_require__, 8523))).runJson },
        sarif: { about: "SARIF 2.1.0 for code scanning", inputErrors: "in-output", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 2776))).runSarif },
        junit: { about: "JUnit XML for CI test tabs", inputErrors: "in-output", load: async () => (await __webpack_require__.e(/* import() */ 774).then(__webpack_require__.bind(__webpack_require__, 4393))).runJunit },
    },
    audit: {
        text: { about: "plain text for terminals", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunText },
        markdown: { about: "the job summary and the tracking issue", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunMarkdown },
        json: { about: "the audit run report (schemas/audit-run-report.schema.json)", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunJson },
    },
    analyze: {
        text: { about: "plain text for terminals", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(174), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 9351))).analysisRunText },
        markdown: { about: "markdown for an issue or a pull request", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(174), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 9351))).analysisRunMarkdown },
        json: { about: "the analysis (schemas/analysis.schema.json)", inputErrors: "stderr", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(174), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 9351))).analysisRunJson },
    },
    evals: {
        text: { about: "each file's format, model and names, for writing a plan", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 718).then(__webpack_require__.bind(__webpack_require__, 5718))).evalListingText },
        json: { about: "the same listing, for scripts", inputErrors: "stderr", load: async () => (await __webpack_require__.e(/* import() */ 718).then(__webpack_require__.bind(__webpack_require__, 5718))).evalListingJson },
    },
};
/** The formats a command takes, its default first. */
function formatsOf(command) {
    return Object.keys(OUTPUT_FORMATS[command]);
}
function entryOf(command, format) {
    return OUTPUT_FORMATS[command][format];
}
/** A command's report in one of its formats. */
async function renderOutput(command, format, report) {
    return (await entryOf(command, format).load())(report);
}
/**
 * Which plans a check format shows, decided here rather than by the CLI: formats that carry input
 * errors (JSON, SARIF, JUnit) show the whole run; the others only the plans that were checked,
 * the input errors going to stderr. A run of one unreadable plan prints nothing in those.
 */
function shownRun(run, format) {
    return entryOf("check", format).inputErrors === "in-output" ? run : { ...run, plans: run.plans.filter(_input_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isChecked */ .W) };
}
/** What `tunegate check --format <format>` prints on stdout for a run ("" for nothing). */
async function checkOutput(run, format) {
    return renderOutput("check", format, shownRun(run, format));
}
//# sourceMappingURL=registry.js.map

/***/ }),

/***/ 4858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test; bundles cannot read package.json at run time. */
const VERSION = "0.1.0";
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 1556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ dateFlag),
/* harmony export */   C$: () => (/* binding */ numberFlag),
/* harmony export */   Fg: () => (/* binding */ booleanFlag),
/* harmony export */   au: () => (/* binding */ examplesFlag),
/* harmony export */   b9: () => (/* binding */ requiredOneOf),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gH: () => (/* binding */ modelFlag),
/* harmony export */   h5: () => (/* binding */ durationFlag),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _engine_input_dates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4560);
/* harmony import */ var _engine_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(890);



class UsageError extends Error {
    name = "UsageError";
}
/** parseArgs with errors a person can act on: unknown flags get a did-you-mean. */
function parseFlags(args, options, positionals = 0) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: positionals > 0 });
        if (parsed.positionals.length > positionals)
            throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
        return parsed;
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        const message = error.message;
        const unknown = /Unknown option '(--?[^']+)'/.exec(message);
        if (unknown !== null) {
            const near = (0,_engine_input_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(unknown[1].replace(/^-+/, ""), Object.keys(options));
            throw new UsageError(`unknown option ${unknown[1]}${near === undefined ? "" : `; did you mean --${near}?`}`);
        }
        throw new UsageError(message.split("\n")[0]);
    }
}
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}
function requiredOneOf(flag, value, allowed) {
    if (value === undefined)
        throw new UsageError(`--${flag} is required (${allowed.join(" | ")})`);
    return oneOf(flag, value, allowed, allowed[0]);
}
/** Non-negative numbers with optional thousands separators: `100000`, `100,000`, `1e6`. */
function numberFlag(flag, value, max = 1e12) {
    if (value === undefined)
        return undefined;
    const n = Number(value.replaceAll(",", "").replaceAll("_", "").trim());
    if (!Number.isFinite(n) || n < 0 || n > max || value.trim() === "")
        throw new UsageError(`--${flag} must be a number between 0 and ${max}, got "${value}"`);
    return n;
}
function booleanFlag(flag, value) {
    if (value === undefined)
        throw new UsageError(`--${flag} is required (true | false)`);
    const v = value.toLowerCase();
    if (["true", "yes", "y", "1"].includes(v))
        return true;
    if (["false", "no", "n", "0"].includes(v))
        return false;
    throw new UsageError(`--${flag} must be true or false, got "${value}"`);
}
/** `"200 examples"`, `200`, `1.5k`: the number of curated examples. */
function examplesFlag(value) {
    if (value === undefined)
        return undefined;
    const match = /^\s*([\d.,_]+)\s*(k)?\s*(examples?)?\s*$/i.exec(value);
    if (match === null)
        throw new UsageError(`--training-data must look like "200 examples", got "${value}"`);
    const n = Number(match[1].replaceAll(",", "").replaceAll("_", "")) * (match[2] === undefined ? 1 : 1000);
    if (!Number.isInteger(n) || n < 0)
        throw new UsageError(`--training-data must be a whole number of examples, got "${value}"`);
    return n;
}
/** `2s`, `2000ms`, `1.5 s`, `100`: a latency in milliseconds (bare numbers are milliseconds). */
function durationFlag(value) {
    if (value === undefined)
        return undefined;
    const match = /^\s*([\d.]+)\s*(ms|s|sec|seconds?|milliseconds?)?\s*$/i.exec(value);
    if (match === null || !Number.isFinite(Number(match[1])))
        throw new UsageError(`--latency-requirement must look like 2s or 150ms, got "${value}"`);
    const unit = (match[2] ?? "ms").toLowerCase();
    const ms = Number(match[1]) * (unit.startsWith("ms") || unit.startsWith("milli") ? 1 : 1000);
    if (ms <= 0 || ms > 3_600_000)
        throw new UsageError(`--latency-requirement must be between 1 ms and 1 hour, got "${value}"`);
    return ms;
}
/** `openai/gpt-5` into its provider and model. */
function modelFlag(flag, value) {
    if (value === undefined)
        return undefined;
    const slash = value.indexOf("/");
    if (slash <= 0 || slash === value.length - 1)
        throw new UsageError(`--${flag} must be provider/model, e.g. openai/gpt-5, got "${value}"`);
    return { provider: value.slice(0, slash), model: value.slice(slash + 1) };
}
function dateFlag(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!(0,_engine_input_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarDate */ .tf)(value))
        throw new UsageError(`--${flag} must be a calendar date YYYY-MM-DD, got "${value}"`);
    return value;
}
//# sourceMappingURL=flags.js.map

/***/ }),

/***/ 6607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ EXIT_UNVERIFIED),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   vE: () => (/* binding */ EXIT_INTERNAL)
/* harmony export */ });
const EXIT_USAGE = 2;
/** `tunegate audit` and `pricing pin`: current prices could not be fetched or parsed. */
const EXIT_UNVERIFIED = 3;
const EXIT_INTERNAL = 70;
//# sourceMappingURL=io.js.map

/***/ }),

/***/ 4340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./lib/engine/output/parts/escape.js
var parts_escape = __webpack_require__(2444);
// EXTERNAL MODULE: ./lib/engine/version.js
var version = __webpack_require__(4858);
// EXTERNAL MODULE: ./lib/engine/input/credentials.js
var credentials = __webpack_require__(3679);
;// CONCATENATED MODULE: ./lib/shell/output-guard.js

/**
 * The last check on everything tunegate prints, writes or posts: credentials (see
 * engine/input/credentials.ts) are masked, whatever produced the text. Each credential found is
 * first handed to `register` (the Action registers it with the runner as a secret, so the runner
 * masks it too, wherever else it may surface in the job's log).
 */
function outputGuard(register = () => { }) {
    const registered = new Set();
    return (text) => {
        const masked = (0,credentials/* maskCredentials */.Bs)(text);
        if (masked === text)
            return text;
        for (const secret of (0,credentials/* findCredentials */.gD)(text)) {
            if (registered.has(secret))
                continue;
            registered.add(secret);
            register(secret);
        }
        return masked;
    };
}
//# sourceMappingURL=output-guard.js.map
// EXTERNAL MODULE: ./lib/shell/cli/flags.js
var flags = __webpack_require__(1556);
// EXTERNAL MODULE: ./lib/shell/cli/io.js
var cli_io = __webpack_require__(6607);
// EXTERNAL MODULE: ./lib/engine/input/schema-names.js
var schema_names = __webpack_require__(1315);
// EXTERNAL MODULE: ./lib/engine/input/severities.js
var severities = __webpack_require__(7070);
// EXTERNAL MODULE: ./lib/engine/output/registry.js
var registry = __webpack_require__(5095);
;// CONCATENATED MODULE: ./lib/shell/cli/usage.js



/** A command's formats as the registry lists them, joined by bars, the default first. */
function formatChoices(command) {
    return (0,registry.formatsOf)(command).join("|");
}
/** The `--format` line of a command's help: the choices, the default and what each is for. */
function formatFlag(command) {
    const formats = (0,registry.formatsOf)(command);
    const about = formats.map((f) => `\n                   ${f.padEnd(9)} ${registry.OUTPUT_FORMATS[command][f].about}`).join("");
    return `  --format ${formatChoices(command)}   (default ${formats[0]})${about}`;
}
const FAIL_ON = severities/* FAIL_ON_VALUES */.Q.join("|");
const EXIT_CODES = `Exit codes:
  0  pass (or warnings, unless --fail-on warning)
  1  a gate failed (or warned, with --fail-on warning); audit: something needs action
  2  bad input or usage: the message names the file, line, column and field
  3  audit / pricing pin: current prices could not be fetched or verified
  70 internal error in tunegate (please report it)
`;
const POLICY_FLAG = `  --policy FILE|OWNER/REPO/PATH@REF
                   policy layered over the shipped one (default .tunegate/policy.yml when present);
                   OWNER/REPO/PATH@REF reads an organisation's policy through GitHub's contents
                   API with GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise)`;
const PRICING_FLAG = `  --pricing FILE   the repository's pinned prices, layered over the shipped ones
                   (default: the policy's pricing.file, else .tunegate/pricing.yml when present)`;
const ANSWERS = `  --knowledge-changes daily|weekly|monthly|yearly|static   Q1 (required)
  --needs-citations true|false                             Q2 (required)
  --task knowledge|behavior|both|none                      Q3 (default: inferred from the answers)
  --style-requirements none|low|medium|high                Q3 (default none)
  --training-data "200 examples"                           Q4
  --latency-requirement 2s                                 Q5 (p95)
  --monthly-queries 100000                                 (required)

Cost assumptions (the policy's estimate block; these flags override it):
  --llm provider/model  --input-tokens N  --output-tokens N  --llm-usd-per-mtok N (blended)
  --embedding provider/model  --embedding-tokens N  --embedding-usd-per-mtok N
  --vector-db-usd N  --hosting-usd N  --budget-usd N`;
/** One help text per command, printed by `tunegate <command> --help` and `tunegate help <command>`. */
const COMMAND_USAGE = {
    check: `Usage: tunegate check [--plan tunegate.yml] [options]

Judges plans against the framework and the pre-deploy gates and prints the report.

  --plan PATHS     a plan, a glob, or several separated by commas (default tunegate.yml);
                   JSON output is the run report, one plan or many
                   (schemas/run-report.schema.json: {verdict, exit_code, plans: [...]})
${POLICY_FLAG}
${PRICING_FLAG}
${formatFlag("check")}
  --fail-on ${FAIL_ON} which verdict exits 1 (default error)
  --today YYYY-MM-DD            evaluate as of this date (waiver expiry, price age)
  --base REF                    judge as a pull request on REF: every rule is the stricter of
                                REF's and the working tree's; loosenings are listed, not applied
  --rules-from base|head        with --base: head takes the working tree's rules (named as a loosening)
  --attestation FILE            write an in-toto Statement v1 for the plans' models.artifacts
                                (predicate https://tunegate.dev/attestation/verdict/v1), for
                                actions/attest to sign and tunegate verify to check

${EXIT_CODES}`,
    verify: `Usage: tunegate verify --attestation FILE (--artifact PATH | --digest sha256:...) [options]

Checks at deploy time, offline, that a tunegate statement allows this artifact: the subject's
digest, the predicate type, verdict pass, its age and optionally the policy digest. FILE is the
statement (tunegate check --attestation), a Sigstore bundle holding it, or the JSON that
gh attestation verify --format json prints after checking its signature.

  --attestation FILE            the statement, bundle or gh's JSON
  --artifact PATH               the file about to ship (hashed with sha256), or
  --digest sha256:HEX           its digest
  --max-age-days N              refuse a verdict older than N days (gh's witnessed time when given)
  --policy-digest sha256:HEX    refuse unless every plan's policy as applied has this digest
  --today YYYY-MM-DD            as of this date

Exit codes: 0 deploy, 1 refuse (the reason is printed), 2 bad input (nothing was verified).
`,
    analyze: `Usage: tunegate analyze --knowledge-changes weekly --needs-citations true --monthly-queries 100000 [options]

Answers the five questions from flags, without a plan file: the recommended approach, the
reasons, and a first cost estimate priced with the policy's estimate assumptions.

${ANSWERS}

${POLICY_FLAG}
${PRICING_FLAG}
${formatFlag("analyze")}

Exit codes: 0 answered, 2 bad input or usage, 70 internal error.
`,
    init: `Usage: tunegate init --knowledge-changes weekly --needs-citations true --monthly-queries 100000 [options]

Writes what a repository needs to start, from analyze's answers:
  tunegate.yml                      the recommended approach, the answers, a cost block priced
                                    from the policy's estimate, placeholders for evals, budget
                                    and waivers
  .github/workflows/tunegate.yml    the pull-request check and the weekly pricing-drift audit
  .tunegate/pricing.yml             pinned prices for every model the plan uses
It never overwrites: if any of them exists it stops (exit 2), names it and writes nothing.

${ANSWERS}

  --name NAME      the plan's name (default: the repository folder's name)
  --print          show what would be written, write nothing
${POLICY_FLAG}
${PRICING_FLAG}

Exit codes: 0 written (or printed), 2 a file exists or bad input, 70 internal error.
`,
    audit: `Usage: tunegate audit [--plan GLOB] [options]

Compares every pinned price the repository answers for (its own pins and the shipped prices
its plans use) with current prices, ages them, flags model shutdowns and announced changes,
and re-costs every plan at pinned, current and announced prices.

  --plan GLOB      plans to re-cost (default **/tunegate.yml)
${POLICY_FLAG}
${PRICING_FLAG}
  --current FILE|URL|bundled   current prices (default: genai-prices' published live data)
${formatFlag("audit")}
  --fail-on ${FAIL_ON}  which verdict exits 1 (default warning: anything that needs action)
  --today YYYY-MM-DD

${EXIT_CODES}`,
    pricing: `Usage: tunegate pricing pin [--plan GLOB] [options]

Writes or refreshes the repository's pinned price of every model the plans use, from the price
data tunegate bundles (or --data). Comments and hand-pinned entries (check: manual) survive.
The file is written without following symbolic links and only inside the repository.

  --plan GLOB      plans whose models to pin (default **/tunegate.yml)
  --pricing FILE   the file to write (default: the policy's pricing.file, else
                   .tunegate/pricing.yml, created with its folder when absent)
${POLICY_FLAG}
  --data FILE|URL|bundled   where prices come from (default bundled)
  --today YYYY-MM-DD        the as_of date written

Exit codes: 0 pinned, 1 a model is unknown to the price data, 2 bad input or a refused path,
3 the price data could not be read, 70 internal error.
`,
    evals: `Usage: tunegate evals FILE... [--format ${formatChoices("evals")}]

Lists what each eval file holds, in the names a plan uses: the detected format, the tool's
version, the model, and every suite, benchmark or task with its metric, n and score. Paths are
relative to the folder you are in and must stay in the repository (the git work tree).

${formatFlag("evals")}

Exit codes: 0 listed, 2 a file that cannot be read (named, with its line).
`,
    schema: `Usage: tunegate schema ${schema_names/* SCHEMA_NAMES */.R.join("|")}

Prints the JSON Schema of a file tunegate reads or writes (the committed copies are in the
package's schemas/ folder). The policy schema describes a partial override: every key is optional.

Exit codes: 0 printed, 2 unknown schema name.
`,
};
const USAGE = `tunegate: the pre-deploy gate for RAG, fine-tuning and hybrid LLM systems

Usage:
  tunegate init    --knowledge-changes ... --needs-citations ... --monthly-queries N [--print]
  tunegate check   [--plan tunegate.yml] [--policy FILE] [--pricing FILE] [--format ${formatChoices("check")}]
                   [--fail-on ${FAIL_ON}] [--today YYYY-MM-DD] [--base REF] [--attestation FILE]
  tunegate analyze --knowledge-changes daily|weekly|monthly|yearly|static
                   --needs-citations true|false --monthly-queries 100000 [more answers and costs]
  tunegate audit   [--plan GLOB] [--pricing FILE] [--current FILE|URL|bundled] [--format ...]
  tunegate pricing pin [--plan GLOB] [--pricing FILE] [--data FILE|URL|bundled]
  tunegate evals   FILE... [--format ${formatChoices("evals")}]
  tunegate schema  ${schema_names/* SCHEMA_NAMES */.R.join("|")}
  tunegate verify  --attestation FILE (--artifact PATH | --digest sha256:...) [--max-age-days N]
                   [--policy-digest sha256:...]
  tunegate --version

"tunegate <command> --help" describes each command's options.

${EXIT_CODES}`;
//# sourceMappingURL=usage.js.map
;// CONCATENATED MODULE: ./lib/shell/cli/main.js






// Each command is loaded when it runs: `--version`, help and usage errors load none of them,
// and `check` does not compile the audit's price feed or the JSON Schemas.
const COMMANDS = {
    init: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(294), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(534), __webpack_require__.e(240), __webpack_require__.e(593), __webpack_require__.e(194), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 7082))).initCommand(args, io),
    check: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(800), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(534), __webpack_require__.e(240), __webpack_require__.e(593), __webpack_require__.e(791), __webpack_require__.e(539), __webpack_require__.e(558), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 5796))).checkCommand(args, io),
    analyze: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(534), __webpack_require__.e(240), __webpack_require__.e(376)]).then(__webpack_require__.bind(__webpack_require__, 1376))).analyzeCommand(args, io),
    audit: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 7504))).auditCommand(args, io),
    pricing: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(493), __webpack_require__.e(534), __webpack_require__.e(240), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 7877))).pricingCommand(args, io),
    schema: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(791), __webpack_require__.e(558), __webpack_require__.e(174), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 6694))).schemaCommand(args, io),
    evals: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(800), __webpack_require__.e(425), __webpack_require__.e(539), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 9312))).evalsCommand(args, io),
    verify: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(798)]).then(__webpack_require__.bind(__webpack_require__, 4798))).verifyCommand(args, io),
};
/**
 * The CLI: argv in, exit code out. The one place a throw becomes an exit code: usage errors
 * exit 2 with the message, anything unexpected exits 70 without a stack trace.
 */
async function main(argv, unsafe) {
    // Plan names, paths, reasons, suite names and flags reach both streams: show a terminal's
    // control characters instead of letting them recolour, retitle or overwrite the verdict.
    // Nor may either carry a credential a named file held (output-guard.ts).
    const guard = outputGuard();
    const io = { ...unsafe, out: (text) => unsafe.out(guard((0,parts_escape/* terminalSafe */.kJ)(text))), err: (text) => unsafe.err(guard((0,parts_escape/* terminalSafe */.kJ)(text))) };
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        if (error instanceof flags/* UsageError */.eb) {
            const command = argv[0] !== undefined && argv[0] in COMMANDS ? argv[0] : undefined;
            io.err(`tunegate: ${(0,parts_escape/* oneLine */.TN)(error.message)}\nRun "tunegate ${command === undefined ? "help" : `${command} --help`}" for usage.\n`);
            return cli_io/* EXIT_USAGE */.Ri;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.err(`tunegate: internal error: ${(0,parts_escape/* oneLine */.TN)(message)}\nThis is a bug in tunegate; set TUNEGATE_DEBUG=1 for details and please report it.\n`);
        if ((io.env ?? process.env)["TUNEGATE_DEBUG"] === "1" && error instanceof Error)
            io.err(`${error.stack}\n`);
        return cli_io/* EXIT_INTERNAL */.vE;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h") {
        io.out(USAGE);
        return 0;
    }
    if (command === "help")
        return help(rest, io);
    if (command === "--version" || command === "-v") {
        io.out(`tunegate ${version/* VERSION */.x}\n`);
        return 0;
    }
    const run = COMMANDS[command];
    if (run === undefined) {
        const near = [...Object.keys(COMMANDS), "help"].find((c) => c.startsWith(command.slice(0, 2)));
        throw new flags/* UsageError */.eb(`unknown command "${command}"${near === undefined ? "" : `; did you mean "${near}"?`}`);
    }
    // Each command's own help, whatever else is on the line (`tunegate pricing pin --help` too).
    if (rest.includes("--help") || rest.includes("-h")) {
        io.out(COMMAND_USAGE[command]);
        return 0;
    }
    return run(rest, io);
}
function help(args, io) {
    const topic = args[0];
    if (topic === undefined) {
        io.out(USAGE);
        return 0;
    }
    const text = COMMAND_USAGE[topic];
    if (text === undefined)
        throw new flags/* UsageError */.eb(`no help on "${topic}"; commands: ${Object.keys(COMMAND_USAGE).join(", ")}`);
    io.out(text);
    return 0;
}
//# sourceMappingURL=main.js.map

/***/ })

};

//# sourceMappingURL=340.index.js.map