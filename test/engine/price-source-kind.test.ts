import { describe, expect, it } from "vitest";
import { auditPrices } from "../../src/engine/pricing/audit.ts";
import { pinPrices } from "../../src/engine/pricing/pin.ts";
import type { PriceSource, PriceSourceKind } from "../../src/engine/pricing/price-source.ts";
import { shippedPolicy, shippedPrices } from "../helpers/engine.ts";

// A second price source is one PriceSource implementation: the audit and `pricing pin` read its
// kind and how it names itself from the source, never a vendor's name of their own.

function feed(kind: string, pinnedFrom: string, calls: string[]): PriceSource {
  return {
    kind: kind as PriceSourceKind,
    description: "a test feed",
    pinnedFrom,
    quote(provider, model) {
      calls.push(`${provider}/${model}`);
      return { ok: true, modelId: model, prices: { input_mtok: 1, output_mtok: 2 }, announced: () => [] };
    },
  };
}

describe("PriceSource.kind", () => {
  it("the audit compares an entry only with a source of the kind its check names", () => {
    const calls: string[] = [];
    const table = shippedPrices();
    const checked = Object.entries(table.prices)
      .filter(([, entry]) => typeof entry.check === "object")
      .map(([key]) => key);
    expect(checked.length).toBeGreaterThan(0);
    const result = auditPrices({
      table,
      current: { ok: true, feed: feed("other-prices", "other", calls), source: "a test feed" },
      plans: [],
      policy: shippedPolicy().policy,
      today: "2026-12-06",
    });
    expect(calls).toEqual([]);
    expect(result.drift).toEqual([]);
    expect(result.missing.map((m) => m.model).sort()).toEqual([...checked].sort());
    expect(result.missing[0]!.reason).toBe("it is checked against genai-prices, not the other-prices prices audited");
  });

  it("the audit quotes the entries a source of their kind answers for", () => {
    const calls: string[] = [];
    const table = shippedPrices();
    auditPrices({
      table,
      current: { ok: true, feed: feed("genai-prices", "genai-prices", calls), source: "a test feed" },
      plans: [],
      policy: shippedPolicy().policy,
      today: "2026-12-06",
    });
    expect(calls.length).toBeGreaterThan(0);
  });

  it("pricing pin writes the source's kind and its own name for where the prices came from", () => {
    const pinned = pinPrices({
      file: "tunegate-prices.yml",
      existing: undefined,
      header: "",
      wanted: [{ key: "openai/gpt-4o", provider: "openai", model: "gpt-4o" }],
      current: { feed: feed("genai-prices", "the test feed's own name", []), source: "https://127.0.0.1/data.json" },
      shipped: shippedPrices(),
      today: "2026-12-06",
    });
    if (!pinned.ok) throw new Error(JSON.stringify(pinned.diagnostics));
    expect(pinned.text).toContain("source: the test feed's own name");
    expect(pinned.text).toContain("check: { source: genai-prices, provider: openai, model: gpt-4o }");
  });
});
