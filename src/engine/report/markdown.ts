import { markdownTable } from "markdown-table";
import { formatCount, formatUsd } from "../cost/money.ts";
import { escapeCell, escapeInline } from "./escape.ts";
import type { Report } from "./model.ts";

const OUTCOME_ICON: Record<Report["gates"][number]["outcome"], string> = {
  pass: "✅ pass",
  warn: "⚠️ warn",
  fail: "❌ fail",
  waived: "🟦 waived",
  missing: "❔ missing",
  skipped: "➖ n/a",
  inconclusive: "🟨 inconclusive",
};
const VERDICT_ICON: Record<Report["verdict"], string> = { pass: "✅", warn: "⚠️", fail: "❌" };

/** Markdown for PR comments and job summaries: verdict first, detail folded away. */
export function renderMarkdown(report: Report): string {
  const parts: string[] = [];
  parts.push(`### ${VERDICT_ICON[report.verdict]} tunegate · ${escapeInline(report.headline)}`);
  parts.push(
    `Plan \`${escapeInline(report.plan.file)}\` · approach **${report.plan.approach}**${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`} · framework recommends **${describeApproach(report.recommendation)}**${report.recommendation.matches_plan ? "" : " (differs from the plan)"}`,
  );
  parts.push(gatesTable(report));
  parts.push(reasonsBlock(report));
  if (report.cost !== null) parts.push(costBlock(report.cost));
  const detailed = report.gates.filter((g) => g.details.length > 0);
  if (detailed.length > 0) {
    const body = detailed.map((g) => `**${escapeInline(g.title)}** (\`${g.id}\`)\n${g.details.map((d) => `- ${escapeInline(d)}`).join("\n")}`).join("\n\n");
    parts.push(`<details><summary>Gate details</summary>\n\n${body}\n\n</details>`);
  }
  parts.push(`<sub>Thresholds: ${report.policy.files.map((f) => escapeInline(f)).join(" < ")} · prices: ${escapeInline(report.policy.pricing_file)} · evaluated on ${report.evaluated_on}</sub>`);
  return `${parts.join("\n\n")}\n`;
}

const METHOD_NAMES: Record<string, string> = { lora: "LoRA", qlora: "QLoRA", "full-fine-tune": "full fine-tune" };

export function describeApproach(rec: { approach: string; fine_tune_method: string | null }): string {
  if (rec.approach === "hybrid") return `hybrid (RAG + ${METHOD_NAMES[rec.fine_tune_method ?? "lora"] ?? rec.fine_tune_method})`;
  return rec.approach;
}

function gatesTable(report: Report): string {
  const rows = report.gates.map((g) => [
    `${escapeCell(g.title)}<br><sub>\`${g.id}\`</sub>`,
    OUTCOME_ICON[g.outcome],
    escapeCell(g.summary),
    escapeCell(g.measured_display),
    g.threshold === null ? "—" : escapeCell(g.threshold.display),
    g.threshold === null ? "—" : escapeCell(g.threshold.source),
  ]);
  return markdownTable([["Gate", "Result", "Why", "Measured", "Threshold", "Source"], ...rows], { alignDelimiters: false });
}

function reasonsBlock(report: Report): string {
  const reasons = report.recommendation.reasons.map((r) => `- **${r.rule}** ${escapeInline(r.message)}`);
  const findings = report.findings.map((f) => `- **${f.rule}** (${f.level}, \`${escapeInline(f.field)}\` line ${f.location.line}) ${escapeInline(f.message)}. *Fix:* ${escapeInline(f.fix)}`);
  const sections = [`**Why ${describeApproach(report.recommendation)}**\n${reasons.join("\n")}`];
  if (findings.length > 0) sections.push(`**Mismatches with the plan**\n${findings.join("\n")}`);
  return `<details><summary>Recommendation: ${describeApproach(report.recommendation)} (${report.recommendation.reasons.length} reasons${findings.length > 0 ? `, ${findings.length} mismatches` : ""})</summary>\n\n${sections.join("\n\n")}\n\n</details>`;
}

function costBlock(cost: NonNullable<Report["cost"]>): string {
  const rows = cost.items.map((i) => [
    escapeCell(i.label),
    i.period === "monthly" ? formatUsd(i.usd) : "",
    i.period === "one_time" ? formatUsd(i.usd) : "",
    escapeCell(i.assumption),
    escapeCell(i.price_source),
  ]);
  rows.push(["**Total**", `**${formatUsd(cost.monthly_usd)}**`, `**${formatUsd(cost.one_time_usd)}**`, `${formatCount(cost.monthly_queries)} queries/month`, ""]);
  const table = markdownTable([["Item", "Monthly", "One-time", "Assumption", "Price source"], ...rows], { alignDelimiters: false, align: ["l", "r", "r", "l", "l"] });
  const budget = cost.budget;
  const lines: string[] = [];
  if (budget !== null) {
    lines.push(`Budget: ${budget.monthly_usd === null ? "no monthly limit" : `${formatUsd(budget.monthly_usd)}/month`}, ${budget.one_time_usd === null ? "no one-time limit" : `${formatUsd(budget.one_time_usd)} one-time`}.`);
  }
  if (cost.break_even_monthly_queries !== null) lines.push(`Break-even: the monthly budget holds up to **${formatCount(cost.break_even_monthly_queries)} queries/month**.`);
  if (cost.self_host_crossover !== null) lines.push(escapeInline(crossoverSentence(cost.self_host_crossover, cost.monthly_queries)));
  return `<details><summary>Cost: ${formatUsd(cost.monthly_usd)}/month + ${formatUsd(cost.one_time_usd)} one-time</summary>\n\n${table}\n\n${lines.join(" ")}\n\n</details>`;
}

export function crossoverSentence(c: NonNullable<NonNullable<Report["cost"]>["self_host_crossover"]>, planned: number): string {
  if (c.monthly_queries === null) return `Self-hosting crossover: ${c.assumption}.`;
  return `Self-hosting the fine-tuned model (${formatUsd(c.self_host_monthly_usd ?? 0)}/month: ${c.assumption}) beats paying per token above ${formatCount(c.monthly_queries)} queries/month (plan: ${formatCount(planned)}).`;
}
