import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import { jsonSource } from "../../src/engine/input/json-source.ts";
import { parseYamlSource } from "../../src/engine/input/yaml-source.ts";

fc.configureGlobal({
  seed: Number(process.env["FC_SEED"] ?? 20261129),
  numRuns: Number(process.env["FC_RUNS"] ?? 150),
});

/** Every path in a JSON value, and beside each container one path and one key that are not in it. */
function paths(
  value: unknown,
  prefix: Array<string | number> = [],
): Array<{ path: Array<string | number>; keys: string[] }> {
  if (value === null || typeof value !== "object") return [{ path: prefix, keys: [] }];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return [
    { path: prefix, keys: Array.isArray(value) ? [] : [...Object.keys(value), "not-there"] },
    { path: [...prefix, Array.isArray(value) ? value.length : "not-there", "deeper"], keys: [] },
    ...entries.flatMap(([k, v]) => paths(v, [...prefix, k])),
  ];
}

describe("locations in JSON eval files", () => {
  it("are the ones the YAML parser gives, for every value and key, in compact and indented JSON", () => {
    const document = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });
    fc.assert(
      fc.property(document, fc.constantFrom(0, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const viaYaml = parseYamlSource("e.json", text);
        fc.pre(viaYaml.ok); // the YAML reader refuses a few keys JSON allows (`__proto__`)
        if (!viaYaml.ok) return;
        const viaScan = jsonSource("e.json", text, value);
        for (const { path, keys } of paths(value)) {
          expect(viaScan.locate(path)).toEqual(viaYaml.value.locate(path));
          for (const key of keys) expect(viaScan.locateKey(path, key)).toEqual(viaYaml.value.locateKey(path, key));
        }
      }),
    );
  });

  it("places an unknown key in a large tunegate-format file at its line, and keeps a string with brackets and escaped quotes whole", () => {
    const filler = `"${'x [ { \\" } ] '.repeat(200_000)}"`;
    const text = `{\n  "model": "m",\n  "notes": ${filler},\n  "general": {"hellaswag": 0.8},\n  "latency_p95_ms": NaN,\n  "extra": 1\n}`;
    const decoded = decodeDocument("big.json", text, "auto");
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.diagnostics.map((d) => [d.location.line, d.location.column])).toContainEqual([6, 3]);
    // The value as the file wrote it, not as it was read (a bare NaN is read as missing).
    expect(decoded.diagnostics.find((d) => d.field === "latency_p95_ms")?.message).toBe(
      'expected number, got string "NaN"',
    );
  });
});
