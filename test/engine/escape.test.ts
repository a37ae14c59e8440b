import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeInline } from "../../src/engine/output/parts/escape.ts";

describe("escapeInline's autolink escape", () => {
  it("inserts the zero-width space exactly where the scheme-first pattern did (property)", () => {
    // The pattern escapeInline used before: the same places, found by retrying every letter's start.
    const schemeFirst = (text: string) => text.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, "$1:\u200b//");
    const alphabet = fc.constantFrom(..."ahtps1+.-:/ _x");
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (text) => {
        // On this alphabet (no markup, @, #, gh- or www.) only the autolink rule acts.
        expect(escapeInline(text)).toBe(schemeFirst(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("breaks every autolink scheme in a long text", () => {
    const text = `${"a".repeat(50_000)}https://example.com and ftp+x://y and 1https://z`;
    const escaped = escapeInline(text);
    expect(escaped).toContain("https:\u200b//example.com");
    expect(escaped).toContain("ftp+x:\u200b//y");
    expect(escaped).toContain("1https:\u200b//z");
    expect(escaped.split(":\u200b//")).toHaveLength(4);
  });
});
