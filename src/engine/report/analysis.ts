import { breakEvenMonthlyQueries } from "../cost/model.ts";
import type { Analysis } from "../analyze.ts";
import { describeApproach } from "../plan/approach.ts";
import { costLines } from "./text.ts";
import { escapeCell, escapeInline, oneLine } from "./escape.ts";
import { formatCount, formatUsd } from "../cost/money.ts";
import { markdownTable } from "markdown-table";

/** The `analyze` answer as JSON: the same field names as the check report's. */
export function analysisJson(analysis: Analysis): string {
  const rec = analysis.recommendation;
  const budget = analysis.budget_monthly_usd;
  return `${JSON.stringify(
    {
      schema_version: 1,
      tool: "tunegate",
      inputs: analysis.facts,
      recommendation: { approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null, reasons: rec.reasons },
      cost: {
        monthly_usd: analysis.cost.monthly_usd,
        one_time_usd: analysis.cost.one_time_usd,
        per_query_usd: analysis.cost.per_query_usd,
        monthly_queries: analysis.facts.monthly_queries,
        budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
        break_even_monthly_queries: budget === undefined ? null : breakEvenMonthlyQueries(analysis.cost, budget),
        items: analysis.cost.items.map((i) => ({ id: i.id, label: i.label, period: i.period, usd: i.usd, assumption: i.assumption, price_source: i.price_source })),
      },
    },
    null,
    2,
  )}\n`;
}

export function analysisText(analysis: Analysis): string {
  const rec = analysis.recommendation;
  const budget = analysis.budget_monthly_usd;
  const lines = [`Recommendation: ${describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`, "", "Why"];
  for (const r of rec.reasons) lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
  lines.push(
    "",
    ...costLines({
      ...analysis.cost,
      monthly_queries: analysis.facts.monthly_queries,
      budget: null,
      break_even_monthly_queries: budget === undefined ? null : breakEvenMonthlyQueries(analysis.cost, budget),
    }),
  );
  return `${lines.map(oneLine).join("\n")}\n`;
}

export function analysisMarkdown(analysis: Analysis): string {
  const rec = analysis.recommendation;
  const reasons = rec.reasons.map((r) => `- **${r.rule}** ${escapeInline(r.message)}`).join("\n");
  const rows = analysis.cost.items.map((i) => [escapeCell(i.label), i.period === "monthly" ? formatUsd(i.usd) : "", i.period === "one_time" ? formatUsd(i.usd) : "", escapeCell(i.assumption)]);
  rows.push(["**Total**", `**${formatUsd(analysis.cost.monthly_usd)}**`, `**${formatUsd(analysis.cost.one_time_usd)}**`, `${formatCount(analysis.facts.monthly_queries)} queries/month`]);
  const table = markdownTable([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
  return `### tunegate recommends ${describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${table}\n`;
}
