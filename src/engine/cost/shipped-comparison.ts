import { lookalikeOf } from "../input/lookalike.ts";
import type { CostEstimate, RateUse } from "./model.ts";
import { formatRate } from "./money.ts";
import type { PriceTable } from "./price-table.ts";

/** A rate the projection used that is well below what tunegate ships for the same model. */
export interface BelowShipped {
  key: string;
  field: RateUse["field"];
  rate: number;
  shipped: number;
  below: number;
  path: PropertyKey[];
  sentence: string;
}

/**
 * Rates the repository pinned, or the plan wrote, for a model tunegate ships a price for, that
 * are more than `threshold` (a fraction) below the shipped price. Prices do fall and discounts
 * exist, so this is for a reviewer to confirm, not proof of a wrong price; but a model pinned at
 * $0 with today's as_of otherwise passes every budget unremarked.
 */
export function ratesBelowShipped(estimate: CostEstimate, table: PriceTable, threshold: number): BelowShipped[] {
  const shipped = table.shipped;
  if (shipped === undefined) return [];
  const found: BelowShipped[] = [];
  const seen = new Set<string>();
  for (const use of estimate.rates) {
    if (use.key === undefined || use.from === shipped.file) continue;
    const shippedKey = use.key in shipped.prices ? use.key : lookalikeOf(use.key, Object.keys(shipped.prices));
    const entry = shippedKey === undefined ? undefined : shipped.prices[shippedKey];
    const reference = entry?.[use.field];
    if (entry === undefined || reference === undefined || reference <= 0) continue;
    const below = (reference - use.rate) / reference;
    if (below <= threshold || seen.has(`${use.key} ${use.field}`)) continue;
    seen.add(`${use.key} ${use.field}`);
    const whose =
      use.from === "plan"
        ? `the plan's own ${use.field.replace("_mtok", "")} price for ${use.key}`
        : `the ${use.field.replace("_mtok", "")} price pinned for ${use.key} in ${use.from}`;
    found.push({
      key: use.key,
      field: use.field,
      rate: use.rate,
      shipped: reference,
      below,
      path: use.path,
      sentence: `${whose} (${formatRate(use.rate)}/1M) is ${Math.round(below * 1000) / 10}% below ${shippedKey} in the ${shipped.file} (${formatRate(reference)}/1M, as of ${entry.as_of})`,
    });
  }
  return found;
}
