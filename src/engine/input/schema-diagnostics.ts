import { excerpt, excerptQuotes } from "./credentials.ts";
import type { z } from "zod";
import { closestName } from "./did-you-mean.ts";
import { capDiagnostics, formatFieldPath, MAX_DIAGNOSTICS_PER_FILE, type Diagnostic } from "./diagnostic.ts";
import type { YamlSource } from "./yaml-source.ts";

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The keys a strict object at `path` accepts, found by walking the schema the way the data is. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const candidates = schemasAt(schema, path);
  return [...new Set(candidates.flatMap((s) => Object.keys(defOf(s).shape ?? {})))];
}

function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const s of current) {
      const def = defOf(s);
      if (def.type === "object" && def.shape !== undefined && typeof segment === "string") {
        const child = def.shape[segment];
        if (child !== undefined) next.push(...unwrap(child));
      } else if (def.type === "array" && def.element !== undefined) next.push(...unwrap(def.element));
      else if (def.type === "record" && def.valueType !== undefined) next.push(...unwrap(def.valueType));
    }
    current = next;
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  // A schema built on first use (z.lazy): its memoised inner schema.
  if (def.type === "lazy") return unwrap((schema as unknown as { _zod: { innerType: z.ZodType } })._zod.innerType);
  if (def.innerType !== undefined) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in !== undefined) return unwrap(def.in);
  if (def.type === "union" && def.options !== undefined) return def.options.flatMap(unwrap);
  return [schema];
}

/**
 * Turns zod issues into diagnostics placed at the offending YAML node, with typo hints. Only the
 * first problems are located and explained (MAX_DIAGNOSTICS_PER_FILE), then a count, so a file of
 * thousands of bad keys costs what a file of twenty does.
 */
export function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  schema: z.ZodType,
): Diagnostic[] {
  const { diagnostics, total } = explainIssues(issues, source, schema, MAX_DIAGNOSTICS_PER_FILE);
  const unique = dedupe(diagnostics);
  return capDiagnostics(unique, total - (diagnostics.length - unique.length));
}

function explainIssues(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  schema: z.ZodType,
  limit: number,
): { diagnostics: Diagnostic[]; total: number } {
  const diagnostics: Diagnostic[] = [];
  let total = 0;
  // A misspelt key also leaves the key it was meant to be missing; the typo already says so.
  const explainedByTypo = new Set<string>();
  let suggestions = 0;
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys" || suggestions >= limit) continue;
    const known = knownKeysAt(schema, issue.path as PropertyKey[]);
    for (const key of issue.keys.slice(0, limit - suggestions)) {
      suggestions++;
      const suggestion = closestName(key, known);
      if (suggestion !== undefined)
        explainedByTypo.add(formatFieldPath([...(issue.path as PropertyKey[]), suggestion]));
    }
  }
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (explainedByTypo.has(formatFieldPath(path)) && !lookup(source.data, path).present) continue;
    if (issue.code === "unrecognized_keys") {
      total += issue.keys.length;
      const room = Math.max(0, limit - diagnostics.length);
      if (room === 0) continue;
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys.slice(0, room)) {
        const suggestion = closestName(key, known);
        const field = formatFieldPath([...path, key]);
        diagnostics.push({
          kind: "unknown-key",
          message: `unknown key "${excerpt(key)}"${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
          location: source.locateKey(path, key),
          field,
          hint:
            known.length === 0
              ? "remove it"
              : `keys allowed ${path.length === 0 ? "at the top level" : `in ${formatFieldPath(path)}`}: ${known.join(", ")}`,
        });
      }
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest, which is the one the user most likely meant.
      const deepest = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      const inner = explainIssues(
        deepest.map((i) => ({ ...i, path: [...path, ...i.path] })),
        source,
        schema,
        Math.max(0, limit - diagnostics.length),
      );
      diagnostics.push(...inner.diagnostics);
      total += inner.total;
      continue;
    }
    total++;
    if (diagnostics.length >= limit) continue;
    diagnostics.push({
      kind: "invalid-value",
      message: describeIssue(issue, lookup(source.data, path)),
      location: source.locate(path),
      field: formatFieldPath(path),
    });
  }
  return { diagnostics, total };
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === "invalid_type" ? 0 : 1)));
}

/** The value the user wrote at `path`, or `absent` when the key is not there at all. */
function lookup(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !(String(segment) in node))
      return { present: false, value: undefined };
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return { present: true, value: node };
}

function describeIssue(issue: z.core.$ZodIssue, written: { present: boolean; value: unknown }): string {
  if (!written.present) {
    const expected =
      issue.code === "invalid_value"
        ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
        : issue.code === "invalid_type"
          ? issue.expected
          : "a value";
    return `required field is missing (expected ${expected})`;
  }
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, got ${typeName(written.value)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${quoted(written.value)}`;
    default:
      return excerptQuotes(issue.message);
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  // JSON.stringify would print Infinity and NaN as "null": say what YAML's .inf, .nan or 1e309 became.
  if (typeof value === "number" && !Number.isFinite(value)) return `${value} (not a finite number)`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${quoted(value)}`;
}

/** A written value as a message quotes it: a short excerpt, credentials masked (see credentials.ts). */
function quoted(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(excerpt(value)) : excerpt(String(JSON.stringify(value)));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.location.line}:${d.location.column}:${d.field}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
