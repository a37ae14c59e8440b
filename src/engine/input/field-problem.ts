import { formatFieldPath, type Diagnostic, type DiagnosticKind } from "./diagnostic.ts";
import type { YamlSource } from "./yaml-source.ts";

/** A problem found after schema validation, placed by field path until a source locates it. */
export interface FieldProblem {
  path: PropertyKey[];
  kind: DiagnosticKind;
  message: string;
  hint?: string;
  /** The problem is the key itself (a name that matches nothing): point at the key, not its value. */
  atKey?: boolean;
}

/** Places problems through whatever can locate a field path: a plan's source, or the layered policy. */
export function locateProblems(
  problems: readonly FieldProblem[],
  source: Pick<YamlSource, "locate"> & Partial<Pick<YamlSource, "locateKey">>,
): Diagnostic[] {
  return problems.map((p) => ({
    kind: p.kind,
    message: p.message,
    location:
      p.atKey === true && source.locateKey !== undefined && p.path.length > 0
        ? source.locateKey(p.path.slice(0, -1), String(p.path.at(-1)))
        : source.locate(p.path),
    field: formatFieldPath(p.path),
    ...(p.hint === undefined ? {} : { hint: p.hint }),
  }));
}
