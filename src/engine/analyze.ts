import { estimateCost, type CostEstimate } from "./cost/model.ts";
import type { PriceTable } from "./cost/price-table.ts";
import type { UseCaseFacts } from "./framework/facts.ts";
import { recommend, type Recommendation } from "./framework/recommend.ts";
import type { FieldProblem } from "./input/field-problem.ts";
import type { Policy } from "./policy/schema.ts";
import type { CostPlan } from "./plan/schema.ts";

/** What the `analyze` flags may override in the policy's estimate assumptions. */
export interface EstimateOverrides {
  llm?: { provider: string; model: string };
  input_tokens?: number;
  output_tokens?: number;
  embedding?: { provider: string; model: string };
  embedding_tokens?: number;
  vector_db_monthly_usd?: number;
  hosting_monthly_usd?: number;
}

export interface Analysis {
  facts: UseCaseFacts;
  recommendation: Recommendation;
  cost: CostEstimate;
  budget_monthly_usd: number | undefined;
}

/**
 * The seed deliverable: answers in, a recommendation and a first cost estimate out. The
 * estimate prices what the recommended approach would run, with the policy's assumptions.
 */
export function analyze(
  facts: UseCaseFacts,
  policy: Policy,
  prices: PriceTable,
  overrides: EstimateOverrides,
  budgetMonthlyUsd: number | undefined,
): { ok: true; value: Analysis } | { ok: false; problems: FieldProblem[] } {
  const recommendation = recommend(facts, policy);
  const assumptions = policy.estimate;
  const approach = recommendation.approach;
  const llmModel = overrides.llm ?? assumptions.llm;
  const cost: CostPlan = {
    llm: {
      provider: llmModel.provider,
      model: llmModel.model,
      input_tokens: overrides.input_tokens ?? assumptions.llm.input_tokens,
      output_tokens: overrides.output_tokens ?? assumptions.llm.output_tokens,
      calls_per_query: 1,
    },
  };
  if (approach === "rag" || approach === "hybrid") {
    const embedding = overrides.embedding ?? assumptions.embedding;
    cost.embedding = { provider: embedding.provider, model: embedding.model, tokens_per_query: overrides.embedding_tokens ?? assumptions.embedding.tokens_per_query };
    cost.vector_db = { monthly_usd: overrides.vector_db_monthly_usd ?? assumptions.vector_db_monthly_usd };
  }
  const finetunes = approach === "lora" || approach === "qlora" || approach === "full-fine-tune" || approach === "hybrid";
  if (finetunes && facts.examples !== undefined) {
    cost.fine_tune = { training_tokens: facts.examples * assumptions.fine_tune_tokens_per_example, epochs: assumptions.fine_tune_epochs, usd_per_mtok: assumptions.fine_tune_usd_per_mtok };
  }
  if (overrides.hosting_monthly_usd !== undefined) cost.hosting = { monthly_usd: overrides.hosting_monthly_usd };
  const estimate = estimateCost(cost, facts.monthly_queries, prices);
  if (!estimate.ok) return estimate;
  let value = estimate.value;
  if (approach === "full-fine-tune") value = scaleInference(value, assumptions.full_fine_tune_inference_multiplier);
  return { ok: true, value: { facts, recommendation, cost: value, budget_monthly_usd: budgetMonthlyUsd } };
}

function scaleInference(estimate: CostEstimate, factor: number): CostEstimate {
  const items = estimate.items.map((item) =>
    item.id === "llm"
      ? { ...item, label: `${item.label}, fine-tuned`, usd: Math.round(item.usd * factor * 100) / 100, per_query_usd: item.per_query_usd * factor, assumption: `${item.assumption} x ${factor} (fine-tuned inference)` }
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
