import { isClosedWeights } from "./cost/crossover.ts";
import { priceEndings, type PriceEnding } from "./cost/lifecycle.ts";
import { estimateCost, FINE_TUNED_SUFFIX, type CostEstimate, type CostItem } from "./cost/model.ts";
import type { PriceTable } from "./cost/price-table.ts";
import type { UseCaseFacts } from "./framework/facts.ts";
import { recommend, type Recommendation } from "./framework/recommend.ts";
import type { FieldProblem } from "./input/field-problem.ts";
import { sourceOf, type EffectivePolicy } from "./policy/load.ts";
import type { CostPlan } from "./plan/schema.ts";

/** What the `analyze` flags may override in the policy's estimate assumptions. */
export interface EstimateOverrides {
  llm?: { provider: string; model: string };
  input_tokens?: number;
  output_tokens?: number;
  /** A blended price for every LLM token instead of the pinned one. */
  llm_usd_per_mtok?: number;
  embedding?: { provider: string; model: string };
  embedding_tokens?: number;
  embedding_usd_per_mtok?: number;
  vector_db_monthly_usd?: number;
  hosting_monthly_usd?: number;
}

/** How the estimate prices what it would run. */
export interface EstimateOptions {
  /**
   * Price a closed-weights model's fine-tune at its vendor's fine-tuned price (or leave it
   * unpriced when the data has none) instead of the base model's, as `init` and `analyze` do.
   */
  fineTunedServing?: boolean;
  /**
   * The prices in force: a vendor's fine-tune is trained at its published training price (a
   * pinned `<provider>-ft/<model>` with `training_mtok`) rather than the policy's estimate.
   */
  prices?: PriceTable;
  /**
   * The day the estimate is made: a price whose model shuts down (or stops taking fine-tuning
   * jobs) within the policy's audit horizon is named, as check's pricing-freshness gate would.
   */
  today?: string;
}

export interface Analysis {
  facts: UseCaseFacts;
  recommendation: Recommendation;
  /** The cost block the estimate priced, as a plan would write it. */
  costPlan: CostPlan;
  cost: CostEstimate;
  budget_monthly_usd: number | undefined;
  /** Prices used whose model shuts down or stops taking fine-tuning jobs within the horizon; soonest first. */
  endings: PriceEnding[];
}

/**
 * The seed deliverable: answers in, a recommendation and a first cost estimate out. The
 * estimate prices what the recommended approach would run, with the policy's assumptions; each
 * line item says whether its price came from a flag, the policy's estimate or the pinned table.
 */
export function analyze(
  facts: UseCaseFacts,
  effective: EffectivePolicy,
  prices: PriceTable,
  overrides: EstimateOverrides,
  budgetMonthlyUsd: number | undefined,
  options: EstimateOptions = {},
): { ok: true; value: Analysis } | { ok: false; problems: FieldProblem[] } {
  const policy = effective.policy;
  const recommendation = recommend(facts, policy);
  const costPlan = estimateCostPlan(recommendation, facts, effective, overrides, { prices, ...options });
  const estimate = estimateCost(costPlan, facts.monthly_queries, prices);
  if (!estimate.ok) return estimate;
  let value = {
    ...estimate.value,
    items: estimate.value.items.map((item) => ({
      ...item,
      price_source: priceSourceOf(item, effective, overrides, costPlan.fine_tune?.provider !== undefined),
    })),
  };
  // The policy's multiplier stands in for a fine-tune's inference price only where no real one is looked up.
  if (recommendation.approach === "full-fine-tune" && costPlan.llm?.fine_tuned !== true)
    value = scaleInference(value, policy.estimate.full_fine_tune_inference_multiplier);
  const horizon = policy.audit.shutdown_horizon_days;
  const endings =
    options.today === undefined
      ? []
      : priceEndings(value.prices_used, options.today).filter((e) => e.daysLeft <= horizon);
  return {
    ok: true,
    value: { facts, recommendation, costPlan, cost: value, budget_monthly_usd: budgetMonthlyUsd, endings },
  };
}

/** The cost block of what the recommendation would run: the policy's estimate, with flags over it. */
export function estimateCostPlan(
  recommendation: Recommendation,
  facts: UseCaseFacts,
  effective: EffectivePolicy,
  overrides: EstimateOverrides,
  options: EstimateOptions = {},
): CostPlan {
  const assumptions = effective.policy.estimate;
  const approach = recommendation.approach;
  const llmModel = overrides.llm ?? assumptions.llm;
  const finetunes =
    approach === "lora" || approach === "qlora" || approach === "full-fine-tune" || approach === "hybrid";
  // A closed-weights model's fine-tune is served by its vendor at the vendor's fine-tuned price,
  // never the base model's: the estimate looks that price up, and says so when there is none.
  const servesFineTune =
    options.fineTunedServing === true &&
    finetunes &&
    overrides.llm_usd_per_mtok === undefined &&
    isClosedWeights(llmModel.provider);
  const cost: CostPlan = {
    llm: {
      provider: llmModel.provider,
      model: llmModel.model,
      input_tokens: overrides.input_tokens ?? assumptions.llm.input_tokens,
      output_tokens: overrides.output_tokens ?? assumptions.llm.output_tokens,
      calls_per_query: 1,
      ...(overrides.llm_usd_per_mtok === undefined ? {} : { usd_per_mtok: overrides.llm_usd_per_mtok }),
      ...(servesFineTune ? { fine_tuned: true } : {}),
    },
  };
  if (approach === "rag" || approach === "hybrid") {
    const embedding = overrides.embedding ?? assumptions.embedding;
    cost.embedding = {
      provider: embedding.provider,
      model: embedding.model,
      tokens_per_query: overrides.embedding_tokens ?? assumptions.embedding.tokens_per_query,
      ...(overrides.embedding_usd_per_mtok === undefined ? {} : { usd_per_mtok: overrides.embedding_usd_per_mtok }),
    };
    cost.vector_db = { monthly_usd: overrides.vector_db_monthly_usd ?? assumptions.vector_db_monthly_usd };
  }
  if (finetunes && facts.examples !== undefined) {
    const trainingTokens = facts.examples * assumptions.fine_tune_tokens_per_example;
    const vendor = `${llmModel.provider}${FINE_TUNED_SUFFIX}`;
    const published =
      servesFineTune && options.prices?.prices[`${vendor}/${llmModel.model}`]?.training_mtok !== undefined;
    cost.fine_tune = published
      ? {
          provider: vendor,
          model: llmModel.model,
          training_tokens: trainingTokens,
          epochs: assumptions.fine_tune_epochs,
        }
      : {
          training_tokens: trainingTokens,
          epochs: assumptions.fine_tune_epochs,
          usd_per_mtok: assumptions.fine_tune_usd_per_mtok,
        };
  }
  if (overrides.hosting_monthly_usd !== undefined) cost.hosting = { monthly_usd: overrides.hosting_monthly_usd };
  return cost;
}

/** Where an estimate's number came from: the flag that gave it, or the policy's estimate block. */
function priceSourceOf(
  item: CostItem,
  effective: EffectivePolicy,
  overrides: EstimateOverrides,
  trainedAtPublishedPrice: boolean,
): string {
  const estimate = (field: string) =>
    `policy estimate (estimate.${field}, ${sourceOf(effective, `estimate.${field}`)})`;
  switch (item.id) {
    case "llm":
      return overrides.llm_usd_per_mtok === undefined ? item.price_source : "--llm-usd-per-mtok";
    case "embedding":
      return overrides.embedding_usd_per_mtok === undefined ? item.price_source : "--embedding-usd-per-mtok";
    case "vector_db":
      return overrides.vector_db_monthly_usd === undefined ? estimate("vector_db_monthly_usd") : "--vector-db-usd";
    case "fine_tune":
      // A vendor's published training price names its own source; the policy's estimate otherwise.
      return trainedAtPublishedPrice ? item.price_source : estimate("fine_tune_usd_per_mtok");
    case "hosting":
      return "--hosting-usd";
    default:
      return item.price_source;
  }
}

function scaleInference(estimate: CostEstimate, factor: number): CostEstimate {
  const items = estimate.items.map((item) =>
    item.id === "llm"
      ? {
          ...item,
          label: `${item.label}, fine-tuned`,
          usd: Math.round(item.usd * factor * 100) / 100,
          per_query_usd: item.per_query_usd * factor,
          assumption: `${item.assumption} x ${factor} (fine-tuned inference)`,
        }
      : item,
  );
  const monthly = items.filter((i) => i.period === "monthly");
  return {
    ...estimate,
    items,
    monthly_usd: Math.round(monthly.reduce((a, i) => a + i.usd, 0) * 100) / 100,
    per_query_usd: monthly.reduce((a, i) => a + i.per_query_usd, 0),
  };
}
