import { formatFieldPath, type Diagnostic, type DiagnosticKind } from "./diagnostic.ts";
import type { YamlSource } from "./yaml-source.ts";

/** A problem found after schema validation, placed by field path until a source locates it. */
export interface FieldProblem {
  path: PropertyKey[];
  kind: DiagnosticKind;
  message: string;
  hint?: string;
}

export function locateProblems(problems: readonly FieldProblem[], source: YamlSource): Diagnostic[] {
  return problems.map((p) => ({
    kind: p.kind,
    message: p.message,
    location: source.locate(p.path),
    field: formatFieldPath(p.path),
    ...(p.hint === undefined ? {} : { hint: p.hint }),
  }));
}
