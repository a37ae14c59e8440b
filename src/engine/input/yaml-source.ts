import { excerptQuotes } from "./credentials.ts";
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import {
  capDiagnostics,
  formatFieldPath,
  MAX_DIAGNOSTICS_PER_FILE,
  type Parsed,
  type SourceLocation,
} from "./diagnostic.ts";
import { MAX_YAML_NESTING, shortTag, structureProblems, tagProblem } from "./yaml-structure.ts";
import { yamlCollectionExcess } from "./yaml-work.ts";

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

/**
 * Parses a file whose top level must be a mapping (a plan, a waivers file): anything else is one
 * located problem that says what the file should hold.
 */
export function parseYamlMapping(file: string, text: string, shouldHold: string): Parsed<YamlSource> {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return parsed;
  const data = parsed.value.data;
  if (data !== null && typeof data === "object" && !Array.isArray(data)) return parsed;
  return {
    ok: false,
    diagnostics: [{ kind: "invalid-value", message: shouldHold, location: parsed.value.locate([]), field: "" }],
  };
}

/** Parses YAML text with positions kept, turning syntax problems into diagnostics. */
export function parseYamlSource(file: string, text: string): Parsed<YamlSource> {
  const excess = yamlCollectionExcess(text);
  if (excess !== null) {
    const hint = "tunegate's files are written by hand; check what generated this one";
    return {
      ok: false,
      diagnostics: [
        {
          kind: "invalid-value",
          message: excess.message,
          location: { file, line: excess.line, column: excess.column },
          field: "",
          hint,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  // Duplicate keys are found by structureProblems: the parser's own check is quadratic.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const syntaxErrors = [...doc.errors, ...doc.warnings];
  if (syntaxErrors.length > 0) {
    return {
      ok: false,
      diagnostics: capDiagnostics(
        syntaxErrors.slice(0, MAX_DIAGNOSTICS_PER_FILE).map((error) => ({
          kind: "syntax",
          location: at(error.pos[0]),
          field: "",
          ...parserProblem(error.code, error.message),
        })),
        syntaxErrors.length,
      ),
    };
  }
  const structure = structureProblems(doc, text, MAX_DIAGNOSTICS_PER_FILE + 1);
  if (structure.length > 0) {
    return {
      ok: false,
      diagnostics: capDiagnostics(
        structure.map((p) => ({
          kind: p.kind,
          message: p.message,
          location: at(p.offset),
          field: formatFieldPath(p.path),
          hint: p.hint,
        })),
        structure.length,
      ),
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
  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  return {
    ok: true,
    value: {
      file,
      data,
      locate: (path) => at(nodeOffset(doc, path, keyIndex)),
      locateKey: (path, key) => at(keyOffset(doc, path, key, keyIndex) ?? nodeOffset(doc, path, keyIndex)),
    },
  };
}

/** The parser's own message, except where it would read like a crash or hide a tag's role. */
function parserProblem(code: string, message: string): { message: string; hint?: string } {
  if (message.includes("Maximum call stack size exceeded")) {
    return {
      message: `the document nests too deeply to read (tunegate reads at most ${MAX_YAML_NESTING} levels)`,
      hint: "tunegate's files nest a few levels; check what generated this one",
    };
  }
  if (code === "TAG_RESOLVE_FAILED" || code === "BAD_COLLECTION_TYPE") {
    const tag = /tag:yaml\.org,2002:\w+|![^\s,]*/.exec(message)?.[0];
    if (tag !== undefined) return tagProblem(shortTag(tag));
  }
  // The parser quotes the input it stopped at: a line of a file holding a credential, maybe.
  return { message: excerptQuotes(firstLine(message)) };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

type KeyIndex = WeakMap<YAMLMap, Map<string, Pair>>;

function nodeOffset(doc: Document, path: readonly PropertyKey[], index: KeyIndex): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    const child = childNode(node, segment, index);
    if (child === undefined) break;
    node = child;
    offset = rangeStart(child) ?? offset;
  }
  return offset;
}

function keyOffset(doc: Document, path: readonly PropertyKey[], key: string, index: KeyIndex): number | undefined {
  let parent: unknown = doc.contents;
  for (const segment of path) {
    parent = childNode(parent, segment, index);
    if (parent === undefined) return undefined;
  }
  if (!isMap(parent)) return undefined;
  const pair = pairsByKey(parent, index).get(key);
  return pair === undefined ? undefined : rangeStart(pair.key);
}

/** A mapping's pairs by key, built once per mapping: locating many keys stays linear. */
function pairsByKey(map: YAMLMap, index: KeyIndex): Map<string, Pair> {
  let byKey = index.get(map);
  if (byKey === undefined) {
    byKey = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && !byKey.has(String(item.key.value)))
        byKey.set(String(item.key.value), item);
    }
    index.set(map, byKey);
  }
  return byKey;
}

function childNode(node: unknown, segment: PropertyKey, index: KeyIndex): Node | undefined {
  if (isMap(node)) {
    const pair = pairsByKey(node, index).get(String(segment));
    return pair === undefined ? undefined : ((pair.value ?? pair.key) as Node);
  }
  if (isSeq(node) && typeof segment === "number") return node.items[segment] as Node | undefined;
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
