import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/engine/input/count-text.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("formatCount", () => {
  it("writes every integer as toLocaleString('en-US') does", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger().filter(Number.isSafeInteger), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
    expect([0, 999, 1000, -1000, 1_234_567].map(formatCount)).toEqual(["0", "999", "1,000", "-1,000", "1,234,567"]);
  });

  it("is what the sources call: no toLocaleString, whose first call loads the locale data at start-up", () => {
    const callers = sources("src").filter((file) => /\.toLocaleString\(/.test(readFileSync(file, "utf8")));
    expect(callers).toEqual([]);
  });
});
