import { readFileSync } from "node:fs";
import { loadPriceTable, type PriceTable } from "../../src/engine/cost/price-table.ts";
import { loadPolicy, type EffectivePolicy } from "../../src/engine/policy/load.ts";

/**
 * Loaded once per worker for each text: property tests decide hundreds of plans, and parsing the
 * shipped YAML for each was most of their time. Frozen, so a decision that mutated its policy or
 * prices would throw instead of leaking into the next test.
 */
const loadedOnce = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
  if (!loadedOnce.has(key)) loadedOnce.set(key, deepFreeze(load()));
  return loadedOnce.get(key) as T;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** The shipped policy, optionally with a repository layer over it. */
export function shippedPolicy(layerText?: string): EffectivePolicy {
  const shipped = readFileSync("policies/default.yml", "utf8");
  return once(`policy\0${shipped}\0${layerText ?? ""}`, () => {
    const layers = [{ file: "policies/default.yml", text: shipped }];
    if (layerText !== undefined) layers.push({ file: "repo-policy.yml", text: layerText });
    const loaded = loadPolicy(layers);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.value;
  });
}

export function shippedPrices(): PriceTable {
  const text = readFileSync("policies/pricing.yml", "utf8");
  return once(`prices\0${text}`, () => {
    const loaded = loadPriceTable("policies/pricing.yml", text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.value;
  });
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
