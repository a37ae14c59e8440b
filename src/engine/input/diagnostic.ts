/** Where in a user's file a problem sits. Lines and columns are 1-based, as editors show them. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** The kinds of bad input tunegate distinguishes; each reads differently to the user. */
export type DiagnosticKind =
  | "usage"
  | "file-missing"
  | "file-too-large"
  | "path-escape"
  | "syntax"
  | "unknown-key"
  | "invalid-value"
  | "unknown-model";

/** One problem with the user's input, pointing at the file, line, column and field. */
export interface Diagnostic {
  kind: DiagnosticKind;
  message: string;
  location: SourceLocation;
  /** Field path in the document, e.g. `cost.llm.model`; empty for the document itself. */
  field: string;
  hint?: string;
}

/** The result of reading user input: a value or the diagnostics explaining why not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** Formats a field path the way users write it in YAML: `waivers[0].expires`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/**
 * At most this many problems are reported per file: a generated file with thousands of bad keys
 * must not cost minutes or megabytes of messages, and the first few say what is wrong.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 20;

/** The first problems, then one line saying how many more there are. */
export function capDiagnostics(diagnostics: readonly Diagnostic[], total = diagnostics.length): Diagnostic[] {
  if (total <= MAX_DIAGNOSTICS_PER_FILE) return [...diagnostics];
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown.at(-1)!;
  const more = total - shown.length;
  return [
    ...shown,
    {
      kind: last.kind,
      message: `and ${more} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above first`,
      location: { ...last.location },
      field: "",
    },
  ];
}

/** `file:line:col: message (field)` with an optional hint, as compilers print it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.location.file}:${d.location.line}:${d.location.column}`;
  const field = d.field === "" ? "" : ` [${d.field}]`;
  // Paths, keys and messages quote user text; a newline in it must not start a line of its own.
  const hint = d.hint === undefined ? "" : `\n  hint: ${flat(d.hint)}`;
  return `${flat(`${where}: error${field}: ${d.message}`)}${hint}`;
}

function flat(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\\u000a");
}
