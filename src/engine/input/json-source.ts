import type { SourceLocation } from "./diagnostic.ts";
import { lineAndColumn } from "./json-nesting.ts";
import { jsonStringAt } from "./json-string.ts";
import type { YamlSource } from "./yaml-source.ts";

/**
 * Locations in JSON text (an eval file) for diagnostics, found by a linear scan that keeps only
 * the path it is at. Re-parsing the text as YAML to place an error cost about 4 s and 1.3 GB of
 * memory on a 32 MB eval file; this is one pass per location asked for, and no copy of the text.
 * Expects text that parsed as (lenient) JSON.
 */
export function jsonSource(file: string, text: string, data: unknown): YamlSource {
  const at = (offset: number | null): SourceLocation => ({
    file,
    ...(offset === null ? { line: 1, column: 1 } : lineAndColumn(text, offset)),
  });
  const nearest = (path: readonly PropertyKey[]): number | null => {
    for (let depth = path.length; depth >= 0; depth--) {
      const offset = jsonOffset(text, path.slice(0, depth));
      if (offset !== null) return offset;
    }
    return null;
  };
  return {
    file,
    data,
    locate: (path) => at(nearest(path)),
    locateKey: (path, key) => at(jsonOffset(text, path, key) ?? nearest(path)),
  };
}

interface Container {
  object: boolean;
  /** The key being read in an object (null before the first), or the index in an array. */
  at: string | number | null;
}

/**
 * Offset of the value at `path`, or with `key`, of that key in the object at `path`; null when
 * the text has no such value or key.
 */
function jsonOffset(text: string, path: readonly PropertyKey[], key?: string): number | null {
  const open: Container[] = [];
  const inside = (depth: number) => {
    for (let d = 0; d < depth; d++) if (open[d]!.at !== path[d]) return false;
    return true;
  };
  let valueNext = true;
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (valueNext && c !== 0x5d) {
      valueNext = false;
      if (key === undefined && open.length === path.length && inside(path.length)) return i;
    }
    if (c === 0x22) {
      const start = i;
      const { close, escaped } = jsonStringAt(text, start);
      i = close;
      if (keyNext) {
        keyNext = false;
        const name = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
        open.at(-1)!.at = name;
        if (key !== undefined && name === key && open.length === path.length + 1 && inside(path.length)) return start;
      }
    } else if (c === 0x7b) {
      open.push({ object: true, at: null });
      keyNext = true;
    } else if (c === 0x5b) {
      open.push({ object: false, at: 0 });
      valueNext = true;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      keyNext = false;
      valueNext = false;
    } else if (c === 0x3a) valueNext = true;
    else if (c === 0x2c) {
      const top = open.at(-1);
      if (top?.object === true) keyNext = true;
      else if (top !== undefined) {
        top.at = (top.at as number) + 1;
        valueNext = true;
      }
    }
  }
  return null;
}
