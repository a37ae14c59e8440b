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

const CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200c-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** Each UTF-16 unit of a character as `\uXXXX`: valid in JSON and TypeScript strings alike. */
function escaped(character: string): string {
  let out = "";
  for (let i = 0; i < character.length; i++) out += `\\u${character.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

/**
 * Shows control and invisible characters instead of obeying them: each becomes a visible
 * `\uXXXX`. The same escape is valid inside a JSON string, so JSON output stays JSON with the
 * same values.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** Text a user wrote, as a person should see it: terminalSafe, and a zero-width space shown too. */
export function userText(text: string): string {
  return terminalSafe(text).replaceAll(ZERO_WIDTH_SPACE, "\\u200b");
}

/**
 * One line of terminal text: control characters shown, and a newline inside user data shown as
 * `\u000a` too, so a plan named "x\ntunegate PASS" cannot print a line of its own.
 */
export function oneLine(text: string): string {
  return userText(text).replaceAll("\n", "\\u000a");
}

/**
 * A JSON document as tunegate writes it (reports, SARIF, the audit): two-space indented, and every
 * control or invisible character escaped as `\uXXXX`, so a person reading the file (or a log that
 * prints it) sees them, and every value is the same once parsed.
 */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(CONTROL, escaped).replaceAll(ZERO_WIDTH_SPACE, "\\u200b")}\n`;
}

/**
 * Escaping for user text in markdown prose (list items, summaries, headings). What GitHub would
 * otherwise act on is shown as written: raw HTML (and so `-->` or `<img>`), links and images
 * (`[x](url)`, `![x](url)`), autolinks (`<https://..>`, bare `https://..` and `www.`), @mentions
 * and #123 or GH-123 references, which would ping people or cross-link issues.
 */
export function escapeInline(text: string): string {
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
export function escapeCell(text: string): string {
  return escapeInline(text).replaceAll("|", "\\|");
}

/**
 * User text as inline code: shown literally, with no links, HTML, mentions or references (GitHub
 * processes none of them inside code). Backslashes and entities are literal there too, so
 * escapeInline would show its escapes; instead the fence is one backtick longer than any run of
 * backticks in the text, and padded when the text starts or ends with one.
 */
export function codeSpan(text: string): string {
  const flat = userText(text).replace(/\r?\n|\r/g, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad =
    flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "")
      ? " "
      : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** codeSpan inside a table cell: GFM splits cells at `|` even in code, unless it is escaped. */
export function codeCell(text: string): string {
  return codeSpan(text).replaceAll("|", "\\|");
}
