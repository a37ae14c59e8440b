import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPriceTable } from "../../src/engine/cost/price-table.ts";
import { loadPolicy } from "../../src/engine/policy/load.ts";
import {
  SHIPPED_POLICY_DATA,
  SHIPPED_POLICY_TEXT,
  SHIPPED_POLICY_VALIDATED,
  SHIPPED_PRICE_TABLE,
} from "../../src/shell/shipped-settings.generated.ts";
import { readShippedPrices, SHIPPED_POLICY, SHIPPED_PRICES } from "../../src/shell/repo-settings.ts";
import {
  SHIPPED_MODULE,
  SHIPPED_POLICY_FILE,
  SHIPPED_PRICES_FILE,
  shippedSettingsModule,
  shippedSettingsModuleFromFiles,
} from "../../scripts/shipped-settings.ts";

describe("the shipped policy and prices, validated at build time", () => {
  it(`${SHIPPED_MODULE} is up to date with policies/ (npm run build regenerates it)`, () => {
    expect(readFileSync(SHIPPED_MODULE, "utf8")).toBe(shippedSettingsModuleFromFiles());
  });

  it("holds the same policy a run-time parse gives, located at the same lines", () => {
    const text = readFileSync(SHIPPED_POLICY_FILE, "utf8");
    expect(SHIPPED_POLICY_TEXT).toBe(text);
    const parsed = loadPolicy([{ file: SHIPPED_POLICY, text }]);
    const prebuilt = loadPolicy([{ file: SHIPPED_POLICY, text: SHIPPED_POLICY_TEXT, data: SHIPPED_POLICY_DATA }]);
    if (!parsed.ok || !prebuilt.ok) throw new Error("the shipped policy must load");
    expect(prebuilt.value.policy).toEqual(parsed.value.policy);
    expect([...prebuilt.value.provenance]).toEqual([...parsed.value.provenance]);
    for (const path of [["gates"], ["gates", "forgetting"], ["severities"], ["pricing", "max_age_days"]]) {
      expect(prebuilt.value.locate(path)).toEqual(parsed.value.locate(path));
    }
    expect(prebuilt.value.locate(["gates"]).line).toBeGreaterThan(1);
  });

  it("holds the policy as validated, so a run without its own policy validates nothing, and hands each run a copy", () => {
    const parsed = loadPolicy([{ file: SHIPPED_POLICY, text: SHIPPED_POLICY_TEXT }]);
    const validated = loadPolicy([
      {
        file: SHIPPED_POLICY,
        text: SHIPPED_POLICY_TEXT,
        data: SHIPPED_POLICY_DATA,
        validated: SHIPPED_POLICY_VALIDATED,
      },
    ]);
    if (!parsed.ok || !validated.ok) throw new Error("the shipped policy must load");
    expect(validated.value.policy).toEqual(parsed.value.policy);
    expect([...validated.value.provenance]).toEqual([...parsed.value.provenance]);
    expect(validated.value.locate(["gates", "forgetting"])).toEqual(parsed.value.locate(["gates", "forgetting"]));
    validated.value.policy.gates.forgetting.min_ratio = 0;
    expect(SHIPPED_POLICY_VALIDATED.gates.forgetting.min_ratio).toBe(parsed.value.policy.gates.forgetting.min_ratio);
  });

  it("validates a repository layer over the shipped one, whatever was validated at build time", () => {
    const result = loadPolicy([
      {
        file: SHIPPED_POLICY,
        text: SHIPPED_POLICY_TEXT,
        data: SHIPPED_POLICY_DATA,
        validated: SHIPPED_POLICY_VALIDATED,
      },
      { file: ".tunegate/policy.yml", text: "gates:\n  forgetting:\n    min_ratio: 7\n" },
    ]);
    expect(result.ok).toBe(false);
  });

  it("a repository layer over the prebuilt policy reports its errors in its own file", () => {
    const result = loadPolicy([
      { file: SHIPPED_POLICY, text: SHIPPED_POLICY_TEXT, data: SHIPPED_POLICY_DATA },
      { file: ".tunegate/policy.yml", text: "gates:\n  forgetting:\n    max_drop: -3\n" },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.location.file)).toContain(".tunegate/policy.yml");
  });

  it("holds the same price table a run-time parse gives, named by version", async () => {
    const parsed = loadPriceTable(SHIPPED_PRICES, readFileSync(SHIPPED_PRICES_FILE, "utf8"));
    if (!parsed.ok) throw new Error("the shipped prices must load");
    const shipped = await readShippedPrices();
    expect(shipped).toEqual(parsed);
    if (shipped.ok)
      shipped.value.prices["mutated/by-a-caller"] = shipped.value.prices[Object.keys(shipped.value.prices)[0]!]!;
    expect(Object.keys(SHIPPED_PRICE_TABLE.prices)).not.toContain("mutated/by-a-caller");
  });

  it("refuses to build from a shipped file that does not validate, naming the line", () => {
    const prices = readFileSync(SHIPPED_PRICES_FILE, "utf8");
    expect(() => shippedSettingsModule("gates:\n  forgetting: [1\n", prices)).toThrow(
      /policies\/default\.yml is not valid:\n\s+3:1 .*Flow sequence/,
    );
    expect(() =>
      shippedSettingsModule(readFileSync(SHIPPED_POLICY_FILE, "utf8"), "version: 2\ncurrency: USD\nprices: {}\n"),
    ).toThrow(/policies\/pricing\.yml is not valid/);
  });
});
