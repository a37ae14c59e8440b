import { formatCount, formatUsd } from "../../cost/money.ts";
import type { Report } from "./model.ts";

/** The self-hosting crossover in one sentence, for every renderer. */
export function crossoverSentence(
  c: NonNullable<NonNullable<Report["cost"]>["self_host_crossover"]>,
  planned: number,
): string {
  if (c.monthly_queries === null) return `Self-hosting crossover: ${c.assumption}.`;
  return `Self-hosting the fine-tuned model (${formatUsd(c.self_host_monthly_usd ?? 0)}/month: ${c.assumption}) beats paying per token above ${formatCount(c.monthly_queries)} queries/month (plan: ${formatCount(planned)}).`;
}

/** The totals leave out what has no price; a reader must not take them for the whole cost. */
export function unpricedNote(unpriced: NonNullable<Report["cost"]>["unpriced"]): string {
  const n = unpriced?.length ?? 0;
  return n === 0
    ? ""
    : `, not counting ${n} item${n === 1 ? "" : "s"} with no price (${unpriced!.map((u) => u.label).join(", ")})`;
}
