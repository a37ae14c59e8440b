export const id = 958;
export const ids = [958];
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
    /((?:^|[^A-Za-z])(?:[A-Za-z0-9]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)(?:[_-][A-Za-z0-9_-]*)?["']?\s*[:=]\s*["']?)([^\s"'\\]{5,}[^\s"'\\,;:.)\]}])/gi,
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
        masked = masked.replace(pattern, (whole, before, secret) => isPlaceholder(secret) ? whole : `${before}${MASK}`);
    return masked;
}
/**
 * A cheap first look: every pattern above needs one of these, so most report text (thousands of
 * lines a run) skips the full set of regular expressions.
 */
const MAY_HOLD_CREDENTIAL = /gh[pousr]_|github_pat_|eC1hY2Nlc3Mt|sk-|k_live_|k_test_|AKIA|ASIA|AIza|xox|hf_|npm_|glpat-|eyJ|PRIVATE KEY|authori|basic|bearer|:\/\/[^\s/@]+:[^\s/@]+@|token|secret|passw|pwd|key|credential/i;
/** Values that stand for a secret without being one: already masked, or a workflow expression. */
function isPlaceholder(value) {
    return (value === MASK || value.startsWith("${") || value.startsWith("$(") || /^\*+$/.test(value) || /^<[^>]*>$/.test(value));
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
    return token
        .split(/[-_/=.+]/)
        .some((piece) => piece.length >= 16 &&
        /[a-z]/.test(piece) &&
        /[A-Z]/.test(piece) &&
        /[0-9]/.test(piece) &&
        entropyBits(piece) >= 3.5);
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
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   Q8: () => (/* binding */ jsonDocument),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   fz: () => (/* binding */ userText),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
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
    const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "")
        ? " "
        : "";
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
        text: {
            about: "plain text for terminals",
            inputErrors: "stderr",
            load: async () => (await __webpack_require__.e(/* import() */ 522).then(__webpack_require__.bind(__webpack_require__, 1522))).runText,
        },
        markdown: {
            about: "the job summary: every plan's report",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(493), __webpack_require__.e(791), __webpack_require__.e(156), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 1156))).runMarkdown,
        },
        json: {
            about: "the run report (schemas/run-report.schema.json), one plan or many",
            inputErrors: "in-output",
            load: async () => (await __webpack_require__.e(/* import() */ 523).then(__webpack_require__.bind(__webpack_require__, 8523))).runJson,
        },
        sarif: {
            about: "SARIF 2.1.0 for code scanning",
            inputErrors: "in-output",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(776)]).then(__webpack_require__.bind(__webpack_require__, 2776))).runSarif,
        },
        junit: {
            about: "JUnit XML for CI test tabs",
            inputErrors: "in-output",
            load: async () => (await __webpack_require__.e(/* import() */ 774).then(__webpack_require__.bind(__webpack_require__, 4393))).runJunit,
        },
    },
    audit: {
        text: {
            about: "plain text for terminals",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(229)]).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunText,
        },
        markdown: {
            about: "the job summary and the tracking issue",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(229)]).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunMarkdown,
        },
        json: {
            about: "the audit run report (schemas/audit-run-report.schema.json)",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(229)]).then(__webpack_require__.bind(__webpack_require__, 7696))).auditRunJson,
        },
    },
    analyze: {
        text: {
            about: "plain text for terminals",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(325), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 9351))).analysisRunText,
        },
        markdown: {
            about: "markdown for an issue or a pull request",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(325), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 9351))).analysisRunMarkdown,
        },
        json: {
            about: "the analysis (schemas/analysis.schema.json)",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(815), __webpack_require__.e(425), __webpack_require__.e(751), __webpack_require__.e(325), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 9351))).analysisRunJson,
        },
    },
    evals: {
        text: {
            about: "each file's format, model and names, for writing a plan",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(718)]).then(__webpack_require__.bind(__webpack_require__, 5718))).evalListingText,
        },
        json: {
            about: "the same listing, for scripts (schemas/eval-listing.schema.json)",
            inputErrors: "stderr",
            load: async () => (await Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(718)]).then(__webpack_require__.bind(__webpack_require__, 5718))).evalListingJson,
        },
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

/***/ 297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ outputGuard)
/* harmony export */ });
/* harmony import */ var _engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3679);

/**
 * The last check on everything tunegate prints, writes or posts: credentials (see
 * engine/input/credentials.ts) are masked, whatever produced the text. Each credential found is
 * first handed to `register` (the Action registers it with the runner as a secret, so the runner
 * masks it too, wherever else it may surface in the job's log).
 */
function outputGuard(register = () => { }) {
    const registered = new Set();
    return (text) => {
        const masked = (0,_engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .maskCredentials */ .Bs)(text);
        if (masked === text)
            return text;
        for (const secret of (0,_engine_input_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .findCredentials */ .gD)(text)) {
            if (registered.has(secret))
                continue;
            registered.add(secret);
            register(secret);
        }
        return masked;
    };
}
//# sourceMappingURL=output-guard.js.map

/***/ })

};

//# sourceMappingURL=958.index.js.map