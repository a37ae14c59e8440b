import { breakEvenMonthlyQueries } from "../../cost/model.ts";
import type { Analysis } from "../../analyze.ts";
import { alternativeFor } from "../../framework/alternative.ts";
import { describeApproach } from "../../plan/approach.ts";
import { costLines } from "./text.ts";
import { unpricedNote } from "./cost-sentences.ts";
import { escapeCell, escapeInline, jsonDocument, oneLine } from "./escape.ts";
import { formatCount, formatUsd } from "../../cost/money.ts";
import { markdownTable } from "markdown-table";
import { z } from "zod";
import {
  approachSchema,
  fineTuneMethodSchema,
  knowledgeChangeSchema,
  styleRequirementSchema,
  taskKindSchema,
} from "../../plan/schema.ts";

const costItemSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    label: z.string(),
    period: z.enum(["monthly", "one_time"]),
    usd: z.number(),
    assumption: z.string(),
    price_source: z.string(),
  }),
);

/** `tunegate analyze --format json`: the answers given, the recommendation and the first estimate. */
export const analysisReportSchema = z.lazy(() =>
  z
    .object({
      schema_version: z.literal(1),
      tool: z.literal("tunegate"),
      inputs: z.object({
        task: taskKindSchema.optional().describe("absent when not given: the other answers decide"),
        knowledge_change: knowledgeChangeSchema,
        citations_required: z.boolean(),
        style_requirements: styleRequirementSchema,
        latency_p95_ms: z.number().optional(),
        monthly_queries: z.number(),
        examples: z.number().optional(),
      }),
      recommendation: z.object({
        approach: approachSchema,
        fine_tune_method: fineTuneMethodSchema.nullable(),
        reasons: z.array(z.object({ rule: z.string(), message: z.string() })),
        alternative: z
          .string()
          .nullable()
          .describe(
            "the simpler approach to measure beside it (evals.alternative), which the customisation-value gate requires it to beat; null for prompt",
          ),
      }),
      cost: z.object({
        monthly_usd: z.number(),
        one_time_usd: z.number(),
        per_query_usd: z.number(),
        monthly_queries: z.number(),
        budget: z.object({ monthly_usd: z.number().nullable(), one_time_usd: z.number().nullable() }).nullable(),
        break_even_monthly_queries: z.number().nullable(),
        items: z.array(costItemSchema),
        unpriced: z
          .array(z.object({ id: z.string(), label: z.string(), summary: z.string(), fix: z.string() }))
          .optional()
          .describe(
            "costs with no price (serving a closed-weights fine-tune whose price is not published): not in the totals; absent when every item is priced",
          ),
        ending_prices: z
          .array(z.object({ price: z.string(), days_left: z.number().int(), sentence: z.string() }))
          .optional()
          .describe(
            "prices used whose model shuts down, or stops taking new fine-tuning jobs, within the policy's audit.shutdown_horizon_days (or already has), soonest first; absent when none does",
          ),
      }),
    })
    .describe("tunegate analysis"),
);
export type AnalysisReport = z.infer<typeof analysisReportSchema>;

/** The `analyze` answer as data: the same field names as the check report's. */
export function analysisReport(analysis: Analysis): AnalysisReport {
  const rec = analysis.recommendation;
  const budget = analysis.budget_monthly_usd;
  const facts = analysis.facts;
  return {
    schema_version: 1,
    tool: "tunegate",
    inputs: {
      ...(facts.task === undefined ? {} : { task: facts.task }),
      knowledge_change: facts.knowledge_change,
      citations_required: facts.citations_required,
      style_requirements: facts.style_requirements,
      ...(facts.latency_p95_ms === undefined ? {} : { latency_p95_ms: facts.latency_p95_ms }),
      monthly_queries: facts.monthly_queries,
      ...(facts.examples === undefined ? {} : { examples: facts.examples }),
    },
    recommendation: {
      approach: rec.approach,
      fine_tune_method: rec.fine_tune_method ?? null,
      reasons: rec.reasons.map((r) => ({ rule: r.rule, message: r.message })),
      alternative: alternativeFor(rec.approach),
    },
    cost: {
      monthly_usd: analysis.cost.monthly_usd,
      one_time_usd: analysis.cost.one_time_usd,
      per_query_usd: analysis.cost.per_query_usd,
      monthly_queries: facts.monthly_queries,
      budget: budget === undefined ? null : { monthly_usd: budget, one_time_usd: null },
      break_even_monthly_queries: budget === undefined ? null : breakEvenMonthlyQueries(analysis.cost, budget),
      items: analysis.cost.items.map((i) => ({
        id: i.id,
        label: i.label,
        period: i.period,
        usd: i.usd,
        assumption: i.assumption,
        price_source: i.price_source,
      })),
      ...(analysis.cost.unpriced.length === 0
        ? {}
        : {
            unpriced: analysis.cost.unpriced.map((u) => ({ id: u.id, label: u.label, summary: u.summary, fix: u.fix })),
          }),
      ...(analysis.endings.length === 0
        ? {}
        : {
            ending_prices: analysis.endings.map((e) => ({ price: e.key, days_left: e.daysLeft, sentence: e.sentence })),
          }),
    },
  };
}

export function analysisJson(analysis: Analysis): string {
  return jsonDocument(analysisReport(analysis));
}

export function analysisText(analysis: Analysis): string {
  const rec = analysis.recommendation;
  const budget = analysis.budget_monthly_usd;
  const lines = [
    `Recommendation: ${describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}`,
    "",
    "Why",
  ];
  for (const r of rec.reasons) lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
  const alternative = measureAlternative(rec.approach);
  if (alternative !== null) lines.push("", alternative);
  lines.push(
    "",
    ...costLines({
      ...analysis.cost,
      monthly_queries: analysis.facts.monthly_queries,
      budget: null,
      break_even_monthly_queries: budget === undefined ? null : breakEvenMonthlyQueries(analysis.cost, budget),
    }),
  );
  const ending = endingNote(analysis);
  if (ending !== null) lines.push("", ending);
  return `${lines.map(oneLine).join("\n")}\n`;
}

/** The models the estimate prices that will not stay available, and what that means for the plan. */
function endingNote(analysis: Analysis): string | null {
  if (analysis.endings.length === 0) return null;
  return `Before building on it: ${analysis.endings.map((e) => e.sentence).join("; ")}. tunegate check warns about it (pricing-freshness) until the plan moves to a model that stays available.`;
}

export function analysisMarkdown(analysis: Analysis): string {
  const rec = analysis.recommendation;
  const reasons = rec.reasons.map((r) => `- **${r.rule}** ${escapeInline(r.message)}`).join("\n");
  const rows = analysis.cost.items.map((i) => [
    escapeCell(i.label),
    i.period === "monthly" ? formatUsd(i.usd) : "",
    i.period === "one_time" ? formatUsd(i.usd) : "",
    escapeCell(i.assumption),
  ]);
  for (const u of analysis.cost.unpriced) rows.push([escapeCell(u.label), "no price", "", escapeCell(u.summary)]);
  rows.push([
    "**Total**",
    `**${formatUsd(analysis.cost.monthly_usd)}**`,
    `**${formatUsd(analysis.cost.one_time_usd)}**`,
    `${formatCount(analysis.facts.monthly_queries)} queries/month`,
  ]);
  const table = markdownTable([["Item", "Monthly", "One-time", "Assumption"], ...rows], { alignDelimiters: false });
  const alternative = measureAlternative(rec.approach);
  const unpriced = unpricedNote(analysis.cost.unpriced);
  const ending = endingNote(analysis);
  return `### tunegate recommends ${describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}\n\n${reasons}\n\n${alternative === null ? "" : `${escapeInline(alternative)}\n\n`}${table}\n${unpriced === "" ? "" : `\nThe totals are ${escapeInline(unpriced)}: ${analysis.cost.unpriced.map((u) => escapeInline(u.fix)).join("; ")}.\n`}${ending === null ? "" : `\n> [!WARNING]\n> ${escapeInline(ending)}\n`}`;
}

/** What to measure beside the recommendation, so the customisation-value gate can show it pays. */
function measureAlternative(approach: AnalysisReport["recommendation"]["approach"]): string | null {
  const alternative = alternativeFor(approach);
  return alternative === null
    ? null
    : `Measure the alternative it must beat: ${alternative}, on the same task suites (evals.alternative).`;
}
