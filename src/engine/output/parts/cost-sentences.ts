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

/**
 * What the totals leave out ("not counting 1 item with no price (...)"), so a reader does not take
 * them for the whole cost; "" when every item is priced.
 */
export function unpricedNote(unpriced: NonNullable<Report["cost"]>["unpriced"]): string {
  const n = unpriced?.length ?? 0;
  return n === 0
    ? ""
    : `not counting ${n} item${n === 1 ? "" : "s"} with no price (${unpriced!.map((u) => u.label).join(", ")})`;
}

/** The note after a total's line, with its separator; "" when there is nothing to add. */
export function afterTotal(unpriced: NonNullable<Report["cost"]>["unpriced"]): string {
  const note = unpricedNote(unpriced);
  return note === "" ? "" : `, ${note}`;
}
