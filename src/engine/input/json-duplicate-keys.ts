import { lineAndColumn } from "./json-nesting.ts";
import { jsonStringAt } from "./json-string.ts";

/**
 * The first key written twice in one JSON object, with where its second copy starts, or null.
 * JSON.parse keeps the last copy silently, so `"acc,none": 0.31, ..., "acc,none": 0.92` reads as
 * 0.92 while a reviewer of the diff sees 0.31. Keys are compared decoded (`"\u0061cc"` is `acc`).
 * Linear; expects text that JSON.parse accepted.
 */
export function firstDuplicateKey(text: string): { key: string; line: number; column: number } | null {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      const { close, escaped } = jsonStringAt(text, start);
      i = close;
      if (expectKey) {
        expectKey = false;
        const raw = text.slice(start + 1, i);
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
        const keys = open.at(-1)!;
        if (keys!.has(key)) return { key, ...lineAndColumn(text, start) };
        keys!.add(key);
      }
    } else if (c === 0x7b) {
      open.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) {
      open.push(null);
      expectKey = false;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c) expectKey = open.at(-1) != null;
  }
  return null;
}
