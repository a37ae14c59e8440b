import type { Policy } from "../policy/schema.ts";
import type { CostEstimate } from "./model.ts";
import { formatRate } from "./money.ts";
import { describeLayers, originOf, type PriceTable } from "./price-table.ts";

export interface Crossover {
  /** Queries a month above which self-hosting costs less than paying per token; null when never. */
  monthly_queries: number | null;
  self_host_monthly_usd: number | null;
  api_per_query_usd: number;
  assumption: string;
}

/**
 * Self-hosting a fine-tuned model is a flat monthly cost (GPU hours from the pinned table);
 * paying per token grows with traffic. They cross at self-host cost / per-query token cost.
 */
export function selfHostCrossover(estimate: CostEstimate, prices: PriceTable, sensitivity: Policy["sensitivity"]): Crossover {
  const perQuery = estimate.items.filter((i) => i.id === "llm").reduce((a, i) => a + i.per_query_usd, 0);
  const gpu = prices.prices[sensitivity.self_host_price];
  if (gpu?.usd_per_hour === undefined) {
    return { monthly_queries: null, self_host_monthly_usd: null, api_per_query_usd: perQuery, assumption: `no per-hour price "${sensitivity.self_host_price}" pinned in ${describeLayers(prices)}, so no crossover can be computed` };
  }
  const monthly = Math.round(gpu.usd_per_hour * sensitivity.hours_per_month * sensitivity.replicas * 100) / 100;
  const hosting = `${sensitivity.replicas} x ${sensitivity.self_host_price} at ${formatRate(gpu.usd_per_hour)}/h x ${sensitivity.hours_per_month} h (${originOf(prices, sensitivity.self_host_price)}, as of ${gpu.as_of})`;
  if (perQuery <= 0) return { monthly_queries: null, self_host_monthly_usd: monthly, api_per_query_usd: 0, assumption: `none: the plan pays nothing per token, so self-hosting (${hosting}) never pays off` };
  return { monthly_queries: Math.ceil(monthly / perQuery), self_host_monthly_usd: monthly, api_per_query_usd: perQuery, assumption: hosting };
}
