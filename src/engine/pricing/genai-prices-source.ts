import { calcPrice, type ModelInfo, type Provider } from "@pydantic/genai-prices";
import { PRICE_FIELDS, type PriceField, type PriceSource } from "./price-source.ts";

/** genai-prices' published data (its bundled copy, the live JSON or a file) as a price source. */
export function genaiPricesSource(providers: readonly Provider[], description: string): PriceSource {
  return {
    kind: "genai-prices",
    description,
    // The package's own copy names itself; a URL or file is named as this kind of feed.
    pinnedFrom: description.startsWith("@pydantic/genai-prices") ? description : `genai-prices feed ${description}`,
    quote(provider, model, at) {
      const resolved = resolvePrice(providers, provider, model, at);
      if (!resolved.ok) return resolved;
      return {
        ok: true,
        modelId: resolved.modelId,
        prices: resolved.prices,
        announced: (from, until) => announcedDates(resolved.model, from, until),
      };
    },
  };
}

/** Checks that data fetched from the feed has the shape genai-prices publishes: Provider[]. */
export function validateFeed(data: unknown): { ok: true; providers: Provider[] } | { ok: false; reason: string } {
  if (!Array.isArray(data)) return { ok: false, reason: "the price data is not a list of providers" };
  for (const [i, p] of data.entries()) {
    if (
      p === null ||
      typeof p !== "object" ||
      typeof (p as Provider).id !== "string" ||
      !Array.isArray((p as Provider).models)
    ) {
      return { ok: false, reason: `provider ${i} has no id or no models list` };
    }
  }
  if (data.length === 0) return { ok: false, reason: "the price data lists no providers" };
  return { ok: true, providers: data as Provider[] };
}

type Resolved =
  | { ok: true; modelId: string; prices: Partial<Record<PriceField, number>>; model: ModelInfo }
  | { ok: false; reason: "no-provider" | "no-model" | "fuzzy"; matched?: string };

/** A dated id (gpt-5-2025-08-07, claude-haiku-4-5-20251001) is the same model as its base id. */
function sameModel(requested: string, matched: string): boolean {
  if (requested === matched) return true;
  return requested.startsWith(`${matched}-`) && /^(\d{8}|\d{4}-\d{2}-\d{2})$/.test(requested.slice(matched.length + 1));
}

/**
 * The price a feed gives a model at a date. Exact ids only: genai-prices matches by rules such
 * as starts_with, so a newer model can come back priced as an older one; that is "unknown".
 */
function resolvePrice(providers: readonly Provider[], providerId: string, modelId: string, at: Date): Resolved {
  const provider = providers.find((p) => p.id === providerId);
  if (provider === undefined) return { ok: false, reason: "no-provider" };
  const result = calcPrice({ input_tokens: 0, output_tokens: 0 }, modelId, { provider, timestamp: at });
  if (result === null) return { ok: false, reason: "no-model" };
  if (!sameModel(modelId, result.model.id)) return { ok: false, reason: "fuzzy", matched: result.model.id };
  const prices: Partial<Record<PriceField, number>> = {};
  for (const field of PRICE_FIELDS) {
    const value = result.model_price[field];
    // Tiered prices apply per request above a threshold; the pinned and compared figure is the base tier.
    const base =
      typeof value === "number"
        ? value
        : value !== undefined && typeof (value as { base?: unknown }).base === "number"
          ? (value as { base: number }).base
          : undefined;
    if (base !== undefined) prices[field] = base;
  }
  return { ok: true, modelId: result.model.id, prices, model: result.model };
}

/** Start dates of price changes the feed already lists for after `from`, up to `until`. */
function announcedDates(model: ModelInfo, from: Date, until: Date): string[] {
  const list = Array.isArray(model.prices) ? model.prices : [];
  return list
    .map((p) => (p.constraint !== undefined && "start_date" in p.constraint ? String(p.constraint.start_date) : null))
    .filter((d): d is string => d !== null && Date.parse(d) > from.getTime() && Date.parse(d) <= until.getTime())
    .sort();
}
