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
 * Providers whose models' weights are not published: a fine-tune of theirs is served by them only
 * (a Claude or GPT fine-tune cannot be rented on an H100), so no self-hosting crossover exists.
 */
const CLOSED_WEIGHTS = new Set([
  "anthropic",
  "openai",
  "openai-ft",
  "google",
  "google-gla",
  "google-vertex",
  "gemini",
  "x-ai",
  "xai",
  "cohere",
  "azure",
]);

/** Whether a provider's models are closed-weights: a fine-tune of theirs is served at their price only. */
export function isClosedWeights(provider: string): boolean {
  return CLOSED_WEIGHTS.has(provider.toLowerCase());
}

/**
 * Self-hosting a fine-tuned model is a flat monthly cost (GPU hours from the pinned table);
 * paying per token grows with traffic. They cross at self-host cost / per-query token cost.
 */
export function selfHostCrossover(
  estimate: CostEstimate,
  prices: PriceTable,
  sensitivity: Policy["sensitivity"],
  llm?: { provider?: string | undefined; model?: string | undefined },
): Crossover {
  const perQuery = estimate.items.filter((i) => i.id === "llm").reduce((a, i) => a + i.per_query_usd, 0);
  if (llm?.provider !== undefined && isClosedWeights(llm.provider)) {
    const name = `${llm.provider}/${llm.model ?? "?"}`;
    return {
      monthly_queries: null,
      self_host_monthly_usd: null,
      api_per_query_usd: perQuery,
      assumption: `none: ${name} is a closed-weights model, so its fine-tune runs only on its provider's service and cannot be self-hosted on rented GPUs`,
    };
  }
  const gpu = prices.prices[sensitivity.self_host_price];
  if (gpu?.usd_per_hour === undefined) {
    return {
      monthly_queries: null,
      self_host_monthly_usd: null,
      api_per_query_usd: perQuery,
      assumption: `no per-hour price "${sensitivity.self_host_price}" pinned in ${describeLayers(prices)}, so no crossover can be computed`,
    };
  }
  const monthly = Math.round(gpu.usd_per_hour * sensitivity.hours_per_month * sensitivity.replicas * 100) / 100;
  const hosting = `${sensitivity.replicas} x ${sensitivity.self_host_price} at ${formatRate(gpu.usd_per_hour)}/h x ${sensitivity.hours_per_month} h (${originOf(prices, sensitivity.self_host_price)}, as of ${gpu.as_of})`;
  if (perQuery <= 0)
    return {
      monthly_queries: null,
      self_host_monthly_usd: monthly,
      api_per_query_usd: 0,
      assumption: `none: the plan pays nothing per token, so self-hosting (${hosting}) never pays off`,
    };
  return {
    monthly_queries: Math.ceil(monthly / perQuery),
    self_host_monthly_usd: monthly,
    api_per_query_usd: perQuery,
    assumption: hosting,
  };
}
