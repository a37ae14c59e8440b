import { readFileSync } from "node:fs";
import { loadPriceTable, type PriceTable } from "../../src/engine/cost/price-table.ts";
import { loadPolicy, type EffectivePolicy } from "../../src/engine/policy/load.ts";

/** The shipped policy, optionally with a repository layer over it. */
export function shippedPolicy(layerText?: string): EffectivePolicy {
  const layers = [{ file: "policies/default.yml", text: readFileSync("policies/default.yml", "utf8") }];
  if (layerText !== undefined) layers.push({ file: "repo-policy.yml", text: layerText });
  const loaded = loadPolicy(layers);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}

export function shippedPrices(): PriceTable {
  const loaded = loadPriceTable("policies/pricing.yml", readFileSync("policies/pricing.yml", "utf8"));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value;
}

/** A price table written in the test, so cost tests do not move when the pinned table does. */
export function pricesFrom(
  entries: Record<string, { input_mtok?: number; output_mtok?: number; training_mtok?: number; as_of?: string }>,
): PriceTable {
  const prices = Object.fromEntries(
    Object.entries(entries).map(([key, e]) => [
      key,
      { unit: "per_1m_tokens" as const, source: "test", as_of: e.as_of ?? "2026-11-01", ...e },
    ]),
  );
  return { version: 1, currency: "USD", prices, file: "test-prices.yml" };
}
