import { excerpt } from "./credentials.ts";
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { DiagnosticKind } from "./diagnostic.ts";

/**
 * Hand-written plans, policies and price tables nest four or five levels; tunegate's own eval
 * JSON three. Anything far deeper is a mistake or an attack on the recursive code that follows.
 */
export const MAX_YAML_NESTING = 64;

/**
 * Explicit tags that only confirm a plain scalar's type. Every other tag (`!!omap`, `!!set`,
 * `!!binary`, `!!timestamp`, `!!map`, custom ones) changes what a node becomes in JavaScript:
 * an ordered map or set silently validates as an empty object, so a cost section would vanish.
 */
const PLAIN_SCALAR_TAGS = new Set(["str", "int", "float", "bool", "null"].map((t) => `tag:yaml.org,2002:${t}`));

export interface StructureProblem {
  kind: DiagnosticKind;
  /** Field path of the offending node, for the diagnostic's field. */
  path: PropertyKey[];
  offset: number;
  message: string;
  hint: string;
}

/**
 * Checks what the schema cannot see once the document is turned into JavaScript: type-changing
 * tags, keys that are not plain names, duplicate keys (in linear time; the parser's own check is
 * quadratic), `__proto__` (which records would silently drop) and nesting depth. Iterative, so a
 * deep document cannot overflow the stack here. Stops after `limit` problems.
 */
export function structureProblems(doc: Document, text: string, limit: number): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: doc.contents, path: [] }];
  while (stack.length > 0 && problems.length < limit) {
    const { node, path } = stack.pop()!;
    const depth = path.length + 1;
    if (node === null || node === undefined || isAlias(node)) continue;
    const offset = rangeStart(node);
    const tag = (node as Node).tag;
    if (tag !== undefined && !PLAIN_SCALAR_TAGS.has(tag)) {
      problems.push({
        kind: "invalid-value",
        path,
        offset: tagOffset(text, offset, tag),
        ...tagProblem(shortTag(tag)),
      });
      continue;
    }
    if (isScalar(node)) continue;
    if (depth > MAX_YAML_NESTING) {
      problems.push({
        kind: "invalid-value",
        path: path.slice(0, 3),
        offset,
        message: `the document nests more than ${MAX_YAML_NESTING} levels deep`,
        hint: "tunegate's files nest a few levels; check what generated this one",
      });
      continue;
    }
    if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    } else if (isMap(node)) {
      const seen = new Map<string, number>();
      const children: Array<{ node: unknown; path: PropertyKey[] }> = [];
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key;
        if (!isScalar(key)) {
          problems.push({
            kind: "syntax",
            path,
            offset: key === null ? offset : rangeStart(key),
            message: "a key must be a plain name, not a list or mapping",
            hint: "write the key as a name",
          });
          continue;
        }
        const name = String(key.value);
        children.push({ node: key, path: [...path, name] }, { node: item.value, path: [...path, name] });
        const first = seen.get(name);
        if (first !== undefined) {
          problems.push({
            kind: "syntax",
            path: [...path, name],
            offset: rangeStart(key),
            message: `duplicate key "${excerpt(name)}"`,
            hint: "a key may appear once per mapping; delete one of them",
          });
        } else seen.set(name, rangeStart(key));
        if (name === "__proto__") {
          problems.push({
            kind: "unknown-key",
            path: [...path, name],
            offset: rangeStart(key),
            message: `unknown key "__proto__"`,
            hint: "remove it",
          });
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

/** The message for a tag tunegate does not read, whether this walk or the parser found it. */
export function tagProblem(written: string): { message: string; hint: string } {
  return {
    message: `the YAML tag ${written} is not allowed here: tunegate reads plain mappings, lists, strings, numbers and booleans`,
    hint: `remove ${written} and write the value itself`,
  };
}

const CORE_PREFIX = "tag:yaml.org,2002:";

/** A tag as users write it: `!!omap` rather than `tag:yaml.org,2002:omap`. */
export function shortTag(tag: string): string {
  return tag.startsWith(CORE_PREFIX) ? `!!${tag.slice(CORE_PREFIX.length)}` : tag;
}

/**
 * Where the tag itself was written. The parser keeps only the node's own start (for a block
 * mapping, its first key on the next line), so look back a little for the tag's text.
 */
function tagOffset(text: string, nodeOffset: number, tag: string): number {
  const from = Math.max(0, nodeOffset - 1000);
  const before = text.slice(from, nodeOffset);
  const found = Math.max(before.lastIndexOf(shortTag(tag)), before.lastIndexOf(`!<${tag}>`));
  return found === -1 ? nodeOffset : from + found;
}

function rangeStart(node: unknown): number {
  return (node as { range?: [number, number, number] }).range?.[0] ?? 0;
}
