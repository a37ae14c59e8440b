import { breakEvenMonthlyQueries } from "../cost/model.ts";
import { formatCount, formatUsd } from "../cost/money.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { sourceOf } from "../policy/load.ts";
import { planThresholdSource } from "../rules/origin.ts";

export function costBudgetGate(ctx: GateContext): GateResult {
  const id = "cost-budget" as const;
  const cost = ctx.cost;
  const budget = ctx.plan.budget;
  if (cost === undefined)
    return missingData(
      ctx,
      id,
      false,
      "no cost block to project",
      ["approach"],
      "add a cost block (llm, embedding, vector_db, fine_tune, hosting)",
    );
  // A cost with no price is neither within budget nor zero: the projection is incomplete.
  const unpriced = cost.unpriced[0];
  if (unpriced !== undefined)
    return missingData(ctx, id, false, unpriced.summary, unpriced.path, unpriced.fix, [
      `projected ${formatUsd(cost.monthly_usd)}/month without ${cost.unpriced.map((u) => u.label).join(", ")}`,
    ]);
  if (budget === undefined)
    return missingData(
      ctx,
      id,
      false,
      `projected ${formatUsd(cost.monthly_usd)}/month, but no budget to compare`,
      ["cost"],
      "add budget.monthly_usd (and one_time_usd if you fine-tune)",
    );
  const details: string[] = [];
  const over: string[] = [];
  if (budget.monthly_usd !== undefined) {
    const ok = cost.monthly_usd <= budget.monthly_usd;
    details.push(
      `monthly: ${formatUsd(cost.monthly_usd)} of ${formatUsd(budget.monthly_usd)} ${ok ? "ok" : `OVER by ${formatUsd(cost.monthly_usd - budget.monthly_usd)}`}`,
    );
    if (!ok) over.push("monthly");
    const breakEven = breakEvenMonthlyQueries(cost, budget.monthly_usd);
    details.push(
      breakEven === null
        ? "break-even: cost does not grow with traffic"
        : `break-even: the monthly budget holds up to ${formatCount(breakEven)} queries/month (plan: ${formatCount(ctx.plan.use_case.monthly_queries)})`,
    );
  }
  if (budget.one_time_usd !== undefined) {
    const ok = cost.one_time_usd <= budget.one_time_usd;
    details.push(
      `one-time: ${formatUsd(cost.one_time_usd)} of ${formatUsd(budget.one_time_usd)} ${ok ? "ok" : `OVER by ${formatUsd(cost.one_time_usd - budget.one_time_usd)}`}`,
    );
    if (!ok) over.push("one-time");
  }
  const threshold = [
    budget.monthly_usd === undefined ? undefined : `<= ${formatUsd(budget.monthly_usd)}/month`,
    budget.one_time_usd === undefined ? undefined : `<= ${formatUsd(budget.one_time_usd)} one-time`,
  ]
    .filter((x) => x !== undefined)
    .join(", ");
  const base = {
    id,
    path: ["budget"],
    measured: cost.monthly_usd,
    measured_display: `${formatUsd(cost.monthly_usd)}/month + ${formatUsd(cost.one_time_usd)} one-time`,
    threshold: {
      value: budget.monthly_usd ?? budget.one_time_usd ?? null,
      display: threshold,
      source: planThresholdSource(ctx.rules, "plan (budget)", "budget.monthly_usd", "budget.one_time_usd"),
    },
    details,
  };
  const below = ctx.belowShipped ?? [];
  if (below.length > 0) {
    const source = sourceOf(ctx.policy, "audit.drift_threshold");
    details.push(
      ...below.map((b) => `price check: ${b.sentence}`),
      `prices more than ${Math.round(ctx.policy.policy.audit.drift_threshold * 100)}% below the shipped ones are reported (audit.drift_threshold in ${source}); the audit compares pinned prices with the published ones`,
    );
  }
  if (over.length > 0) {
    const monthlyOver =
      budget.monthly_usd !== undefined && cost.monthly_usd > budget.monthly_usd
        ? `${formatUsd(cost.monthly_usd - budget.monthly_usd)}/month`
        : null;
    const oneTimeOver =
      budget.one_time_usd !== undefined && cost.one_time_usd > budget.one_time_usd
        ? `${formatUsd(cost.one_time_usd - budget.one_time_usd)} one-time`
        : null;
    const cut = [monthlyOver, oneTimeOver].filter((x) => x !== null).join(" and ");
    return judged(
      {
        ...base,
        path: ["budget", over[0] === "monthly" ? "monthly_usd" : "one_time_usd"],
        summary: `over budget (${over.join(", ")})`,
        fix: `cut ${cut}, or raise the budget`,
      },
      "error",
    );
  }
  // A budget for one period says nothing about the other: costs there are unjudged, never within budget.
  const unbudgeted = [
    budget.monthly_usd === undefined && cost.monthly_usd > 0
      ? { key: "monthly_usd", what: `${formatUsd(cost.monthly_usd)}/month` }
      : undefined,
    budget.one_time_usd === undefined && cost.one_time_usd > 0
      ? { key: "one_time_usd", what: `${formatUsd(cost.one_time_usd)} one-time` }
      : undefined,
  ].filter((x) => x !== undefined);
  if (unbudgeted.length > 0) {
    const judgedPart = budget.monthly_usd !== undefined ? "monthly cost within budget" : "one-time cost within budget";
    const missing = missingData(
      ctx,
      id,
      false,
      `${judgedPart}, but ${unbudgeted.map((u) => u.what).join(" and ")} has no budget to compare`,
      ["budget"],
      `add ${unbudgeted.map((u) => `budget.${u.key}`).join(" and ")}`,
      details,
    );
    return { ...missing, measured: base.measured, measured_display: base.measured_display, threshold: base.threshold };
  }
  const level = ctx.policy.policy.severities.price_below_shipped;
  if (below.length > 0 && level !== "info") {
    const first = below[0]!;
    return judged(
      {
        ...base,
        path: first.path,
        summary: `within budget only at ${below.length === 1 ? "a price" : `${below.length} prices`} well below the shipped one: ${first.sentence}${below.length > 1 ? `, and ${below.length - 1} more` : ""}`,
        fix: "confirm the price against the provider's current price list (tunegate audit), or re-pin it: tunegate pricing pin",
      },
      level,
    );
  }
  return passed({ ...base, summary: "projected cost within budget" });
}
