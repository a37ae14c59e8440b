import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Diagnostic, Parsed, SourceLocation } from "./diagnostic.ts";

/**
 * Alias expansion is capped so that a "billion laughs" document fails fast instead of
 * exhausting memory; real plans use no aliases at all.
 */
const MAX_ALIAS_EXPANSIONS = 50;

/** A parsed YAML (or JSON) document that can say where any field path sits in its text. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Location of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[]): SourceLocation;
  /** Location of the key itself (for unknown-key errors), falling back to the value. */
  locateKey(path: readonly PropertyKey[], key: string): SourceLocation;
}

/** Parses YAML text with positions kept, turning syntax problems into diagnostics. */
export function parseYamlSource(file: string, text: string): Parsed<YamlSource> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const syntaxErrors = [...doc.errors, ...doc.warnings];
  if (syntaxErrors.length > 0) {
    return {
      ok: false,
      diagnostics: syntaxErrors.map((error) => ({
        kind: "syntax",
        message: firstLine(error.message),
        location: at(error.pos[0]),
        field: "",
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    // The only way toJS throws on a parsed document is the alias limit (or a circular alias).
    return {
      ok: false,
      diagnostics: [
        {
          kind: "syntax",
          message: `the document expands aliases too often (${firstLine(String((error as Error).message ?? error))}); tunegate refuses alias bombs`,
          location: at(0),
          field: "",
          hint: "write the values out instead of using YAML anchors and aliases",
        },
      ],
    };
  }
  return {
    ok: true,
    value: {
      file,
      data,
      locate: (path) => at(nodeOffset(doc, path)),
      locateKey: (path, key) => at(keyOffset(doc, path, key) ?? nodeOffset(doc, path)),
    },
  };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

function nodeOffset(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    const child = childNode(node, segment);
    if (child === undefined) break;
    node = child;
    offset = rangeStart(child) ?? offset;
  }
  return offset;
}

function keyOffset(doc: Document, path: readonly PropertyKey[], key: string): number | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (!isMap(parent)) return undefined;
  for (const item of parent.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return rangeStart(item.key);
  }
  return undefined;
}

function childNode(node: unknown, segment: PropertyKey): Node | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) {
        return (item.value ?? item.key) as Node;
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") return node.items[segment] as Node | undefined;
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
