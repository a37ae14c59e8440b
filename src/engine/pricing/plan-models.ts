import type { PriceTable } from "../cost/price-table.ts";
import type { Plan } from "../plan/schema.ts";

/** A model a plan prices from the pinned table (it gives no price of its own). */
export interface PlanModel {
  key: string;
  provider: string;
  model: string;
}

/**
 * The pinned entries a plan's cost block looks up: items that name a provider and model and
 * carry no price of their own and no flat amount. The same rule estimateCost applies.
 */
export function modelsPricedFromTable(plan: Pick<Plan, "cost">): PlanModel[] {
  const cost = plan.cost;
  if (cost === undefined) return [];
  const items = [
    {
      item: cost.llm,
      ownPrice: cost.llm?.usd_per_mtok ?? cost.llm?.input_usd_per_mtok ?? cost.llm?.output_usd_per_mtok,
    },
    { item: cost.embedding, ownPrice: cost.embedding?.usd_per_mtok },
    { item: cost.fine_tune, ownPrice: cost.fine_tune?.usd_per_mtok },
  ];
  const found = new Map<string, PlanModel>();
  for (const { item, ownPrice } of items) {
    if (
      item === undefined ||
      ownPrice !== undefined ||
      item.monthly_usd !== undefined ||
      item.one_time_usd !== undefined
    )
      continue;
    if (item.provider === undefined || item.model === undefined) continue;
    // A fine-tune served by its vendor is priced from the vendor's fine-tuned entry (cost/model.ts).
    const provider =
      item === cost.llm && cost.llm.fine_tuned === true && !item.provider.endsWith("-ft")
        ? `${item.provider}-ft`
        : item.provider;
    const key = `${provider}/${item.model}`;
    found.set(key, { key, provider, model: item.model });
  }
  return [...found.values()];
}

/** Every model the plans price from the table, once each, sorted by key. */
export function modelsOfPlans(plans: ReadonlyArray<{ plan: Pick<Plan, "cost"> }>): PlanModel[] {
  const all = new Map<string, PlanModel>();
  for (const { plan } of plans) for (const m of modelsPricedFromTable(plan)) all.set(m.key, m);
  return [...all.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The models there is something to pin for: a fine-tune's `<provider>-ft/<model>` entry that no
 * table holds (the shipped one hand-pins the fine-tuned prices vendors publish; the repository's
 * may pin its own) has no published price to copy. It is no unknown model: the plan's
 * `fine_tuned` line says where to get the price, and the cost-budget gate is missing until then.
 */
export function withPublishedPrices(
  models: readonly PlanModel[],
  tables: ReadonlyArray<PriceTable | undefined>,
): PlanModel[] {
  return models.filter((m) => !m.provider.endsWith("-ft") || tables.some((t) => t?.prices[m.key] !== undefined));
}
