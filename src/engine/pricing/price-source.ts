/** The price fields tunegate pins and compares (USD per 1M tokens), in the pinned table's key names. */
export const PRICE_FIELDS = ["input_mtok", "cache_read_mtok", "output_mtok"] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];

/** The sources a pinned entry's `check.source` may name; each is a PriceSource implementation. */
export const PRICE_SOURCE_KINDS = ["genai-prices"] as const;
export type PriceSourceKind = (typeof PRICE_SOURCE_KINDS)[number];

/** What a source says a model costs at a date. */
export type PriceQuote =
  | {
      ok: true;
      /** The model id the source matched (exactly, or a dated id of the one asked for). */
      modelId: string;
      prices: Partial<Record<PriceField, number>>;
      /** Start dates of price changes the source already lists after `from`, up to `until`. */
      announced(from: Date, until: Date): string[];
    }
  | { ok: false; reason: "no-provider" | "no-model" | "fuzzy"; matched?: string };

/**
 * Where current prices come from, as the engine sees it: the audit and `pricing pin` ask it for
 * quotes and never learn which vendor answers. genai-prices is one implementation
 * (genai-prices-source.ts); another is one file beside it.
 */
export interface PriceSource {
  /** The `check.source` a pinned entry names to be compared with this source. */
  kind: PriceSourceKind;
  /** Where the data came from, for reports: "@pydantic/genai-prices 0.1.8 bundled data", a URL, a file. */
  description: string;
  /** What `pricing pin` writes as a pinned entry's `source`: where its prices came from. */
  pinnedFrom: string;
  quote(provider: string, model: string, at: Date): PriceQuote;
}

/** Current prices as fetched, or why they could not be. */
export type CurrentPrices =
  | {
      ok: true;
      feed: PriceSource;
      source: string;
      /**
       * The date of the price data itself (the bundled data's, the feed's Last-Modified), never
       * the day it was fetched: re-pinning unchanged data must not make stale prices look fresh.
       * Null when the data does not say.
       */
      asOf?: string | null;
    }
  | { ok: false; source: string; reason: string };
