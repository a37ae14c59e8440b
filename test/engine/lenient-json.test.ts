import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLenientJson } from "../../src/engine/evals/lenient-json.ts";

/** What Python's json.dumps writes for a value: bare NaN and Infinity for non-finite floats. */
function pythonDumps(value: unknown): string {
  if (typeof value === "number")
    return Number.isNaN(value)
      ? "NaN"
      : value === Infinity
        ? "Infinity"
        : value === -Infinity
          ? "-Infinity"
          : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pythonDumps(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

/** The reading tunegate promises: non-finite numbers are missing (null); strings are untouched. */
function expected(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(expected);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expected(v)]));
  return value;
}

// Strings that look like the bare words, escapes and quotes: the replacement must not touch them.
const trickyString = fc.oneof(
  fc.string(),
  fc.constantFrom("NaN", "-Infinity", 'say "NaN"', "\\\\NaN", 'a\\"NaN', "Infinity\\", ""),
);
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity), trickyString, fc.boolean(), fc.constant(null)),
  node: fc.oneof(
    { depthSize: "small" },
    tie("leaf"),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(trickyString, tie("node"), { maxKeys: 4 }),
  ),
})).node;

describe("parseLenientJson", () => {
  it("reads what Python's json.dumps writes, non-finite numbers as null, strings untouched", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(parseLenientJson(pythonDumps(v))).toEqual(expected(v));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("still refuses what is not JSON", () => {
    expect(() => parseLenientJson('{"a": NaNa}')).toThrow();
    expect(() => parseLenientJson('{"a": nan}')).toThrow();
  });

  it("replaces in one pass: a long line of many NaN reads whole", () => {
    const line = `[${Array.from({ length: 200_000 }, (_, i) => (i % 2 === 0 ? "NaN" : `"NaN ${i}"`)).join(",")}]`;
    const parsed = parseLenientJson(line) as unknown[];
    expect(parsed).toHaveLength(200_000);
    expect(parsed[0]).toBeNull();
    expect(parsed[1]).toBe("NaN 1");
  });
});
