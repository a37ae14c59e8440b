import type { FieldProblem } from "../input/field-problem.ts";
import type { Approach, CostParts, CostPlan } from "../plan/schema.ts";
import { estimateCost, type CostEstimate } from "./model.ts";
import type { PriceTable } from "./price-table.ts";

/** What the simpler alternative costs, and where that figure came from. */
export interface AlternativeCost {
  estimate: CostEstimate;
  /** `cost.alternative`, or the items of the plan's cost that were dropped to derive it. */
  source: string;
}

/**
 * The items only the customisation needs, by approach: a fine-tune's training and the hosting of
 * its weights or adapter; for RAG (whose alternative is the model without retrieval), the
 * embeddings and the vector database. Prompting customises nothing, so it has no alternative.
 */
const ONLY_THE_CUSTOMISATION_NEEDS: Record<Approach, ReadonlyArray<keyof CostParts>> = {
  prompt: [],
  rag: ["embedding", "vector_db"],
  lora: ["fine_tune", "hosting"],
  qlora: ["fine_tune", "hosting"],
  "full-fine-tune": ["fine_tune", "hosting"],
  hybrid: ["fine_tune", "hosting"],
};

/**
 * The alternative's monthly and one-time cost: the plan's `cost.alternative` block when it has
 * one, else the plan's own cost without what only the customisation needs. Problems in the
 * alternative's block are placed under `cost.alternative`, where the user wrote them.
 */
export function estimateAlternativeCost(
  cost: CostPlan,
  approach: Approach,
  monthlyQueries: number,
  prices: PriceTable,
): { ok: true; value: AlternativeCost } | { ok: false; problems: FieldProblem[] } {
  if (cost.alternative !== undefined) {
    const estimate = estimateCost(cost.alternative, monthlyQueries, prices);
    if (!estimate.ok)
      return { ok: false, problems: estimate.problems.map((p) => ({ ...p, path: underAlternative(p.path) })) };
    return { ok: true, value: { estimate: estimate.value, source: "cost.alternative" } };
  }
  const dropped = ONLY_THE_CUSTOMISATION_NEEDS[approach].filter((key) => cost[key] !== undefined);
  const kept: CostParts = { ...cost };
  delete (kept as CostPlan).alternative;
  for (const key of dropped) delete kept[key];
  const estimate = estimateCost(kept, monthlyQueries, prices);
  // The plan's own cost priced without error, so a subset of its items does too.
  if (!estimate.ok) return estimate;
  const source =
    dropped.length === 0
      ? "the plan's cost (nothing in it is only the customisation's)"
      : `the plan's cost without ${dropped.map((k) => `cost.${k}`).join(" and ")}`;
  return { ok: true, value: { estimate: estimate.value, source } };
}

function underAlternative(path: PropertyKey[]): PropertyKey[] {
  return path[0] === "cost" ? ["cost", "alternative", ...path.slice(1)] : path;
}

/**
 * What the customisation costs per point of quality it buys: extra monthly dollars over the gain
 * in points. Null when there is no gain to pay for (zero or less). A saving gives a negative cost.
 */
export function costPerPoint(extraMonthlyUsd: number, gainInPoints: number): number | null {
  if (!(gainInPoints > 0)) return null;
  return extraMonthlyUsd / gainInPoints;
}
