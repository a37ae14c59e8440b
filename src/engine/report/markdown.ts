import { markdownTable } from "markdown-table";
import { formatCount, formatUsd } from "../cost/money.ts";
import { describeApproach } from "../plan/approach.ts";
import { chartBlock, costChart, floorChart, forgettingChart } from "./charts.ts";
import { crossoverSentence } from "./cost-sentences.ts";
import { codeSpan, escapeCell, escapeInline } from "./escape.ts";
import { evalSourceRows } from "./eval-sources.ts";
import { firstFix, blockingGates, warningGates } from "./next-step.ts";
import type { Report, ReportGate } from "./model.ts";
import { rulesMarkdown, rulesOriginNote } from "./rules-section.ts";

const OUTCOME_ICON: Record<ReportGate["outcome"], string> = {
  pass: "✅ pass",
  warn: "⚠️ warn",
  fail: "❌ fail",
  waived: "🟦 waived",
  missing: "❔ missing",
  skipped: "➖ n/a",
  inconclusive: "🟨 inconclusive",
};
const VERDICT_ICON: Record<Report["verdict"], string> = { pass: "✅", warn: "⚠️", fail: "❌" };

/** Markdown for PR comments and job summaries: what to do first, then the evidence, detail folded away. */
export function renderMarkdown(report: Report): string {
  const parts: string[] = [];
  parts.push(`### ${VERDICT_ICON[report.verdict]} tunegate · ${escapeInline(report.headline)}`);
  parts.push(alertBlock(report));
  parts.push(
    `Plan ${codeSpan(report.plan.file)} · approach **${report.plan.approach}**${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`} · framework recommends **${describeApproach(report.recommendation)}**${report.recommendation.matches_plan ? "" : " (differs from the plan)"}`,
  );
  parts.push(gatesTable(report));
  const rules = rulesMarkdown(report.rules);
  if (rules !== "") parts.push(rules);
  parts.push(...evalCharts(report));
  parts.push(reasonsBlock(report));
  if (report.cost !== null) parts.push(costBlock(report.cost));
  const detailed = report.gates.filter((g) => g.details.length > 0);
  if (detailed.length > 0) {
    const body = detailed.map((g) => `**${escapeInline(g.title)}** (\`${g.id}\`)\n${g.details.map((d) => `- ${escapeInline(d)}`).join("\n")}`).join("\n\n");
    parts.push(`<details><summary>Gate details</summary>\n\n${body}\n\n</details>`);
  }
  const sources = evalSourceRows(report);
  if (sources.length > 0) {
    const table = markdownTable([["Side", "File", "Format", "Tool version", "Model", "Examples", "sha256"], ...sources.map((r) => r.map((cell, i) => (i === 6 && cell !== "—" ? `<sub>\`${cell}\`</sub>` : escapeCell(cell))))], { alignDelimiters: false });
    parts.push(`<details><summary>What was read (${sources.length} eval file${sources.length === 1 ? "" : "s"})</summary>\n\n${table}\n\n</details>`);
  }
  const origin = rulesOriginNote(report.rules);
  parts.push(`<sub>Thresholds: ${report.policy.files.map((f) => escapeInline(f)).join(" < ")} · prices: ${escapeInline(report.policy.pricing_file)}${origin === "" ? "" : ` · ${origin}`} · evaluated on ${report.evaluated_on}</sub>`);
  return `${parts.join("\n\n")}\n`;
}

/**
 * A GitHub alert with one sentence: what blocks and the first fix (CAUTION), what warns
 * (WARNING), or that everything passes (TIP).
 */
export function alertBlock(report: Report): string {
  const blocking = blockingGates(report);
  const warnings = warningGates(report);
  const fix = firstFix(report);
  const then = fix === null ? "" : ` First: ${escapeInline(fix)}.`;
  if (blocking.length > 0) return `> [!CAUTION]\n> **Deploy blocked** by ${blocking.length} gate${blocking.length === 1 ? "" : "s"}: ${blocking.map((g) => `\`${g.id}\``).join(", ")}.${then}`;
  // The report does not know the run's fail-on, so it says what the warnings do under each.
  if (warnings.length > 0) return `> [!WARNING]\n> **Passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}**: ${warnings.map((g) => `\`${g.id}\``).join(", ")}; they block the deploy only under \`fail-on: warning\`.${then}`;
  return "> [!TIP]\n> **All gates pass**: nothing blocks the deploy.";
}

/** The result cell: blocking outcomes say so, so a blocking "missing" never looks like one that only warns. */
function resultCell(g: ReportGate): string {
  const icon = OUTCOME_ICON[g.outcome];
  if (g.level === "error") return `**${icon}**<br><sub>blocks</sub>`;
  if (g.level === "warning" && g.outcome !== "warn") return `${icon}<br><sub>warns</sub>`;
  return icon;
}

function gatesTable(report: Report): string {
  const rows = report.gates.map((g) => [
    `${escapeCell(g.title)}<br><sub>\`${g.id}\`</sub>`,
    resultCell(g),
    escapeCell(g.summary),
    g.fix === null ? "" : escapeCell(g.fix),
    escapeCell(g.measured_display),
    g.threshold === null ? "—" : `${escapeCell(g.threshold.display)}<br><sub>${escapeCell(g.threshold.source)}</sub>`,
  ]);
  return markdownTable([["Gate", "Result", "Why", "Fix", "Measured", "Threshold"], ...rows], { alignDelimiters: false });
}

/** Forgetting always (it is the question a fine-tune must answer); floors where a gate does not simply pass. */
function evalCharts(report: Report): string[] {
  const gate = (id: string) => report.gates.find((g) => g.id === id);
  const charts: string[] = [];
  const forgetting = gate("forgetting");
  const forgettingDrawn = forgetting === undefined ? null : forgettingChart(forgetting);
  if (forgettingDrawn !== null) charts.push(chartBlock(forgettingDrawn));
  for (const [id, title] of [
    ["safety", "Safety: score per suite against the floor"],
    ["task-quality", "Task quality: score per suite against the floor"],
  ] as const) {
    const g = gate(id);
    if (g === undefined || g.outcome === "pass" || g.outcome === "skipped") continue;
    const chart = floorChart(g, title);
    if (chart !== null) charts.push(chartBlock(chart));
  }
  return charts;
}

function reasonsBlock(report: Report): string {
  const reasons = report.recommendation.reasons.map((r) => `- **${r.rule}** ${escapeInline(r.message)}`);
  const findings = report.findings.map((f) => `- **${f.rule}** (${f.level}, ${codeSpan(f.field)} line ${f.location.line}) ${escapeInline(f.message)}. *Fix:* ${escapeInline(f.fix)}`);
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
  const chart = costChart(cost);
  return `<details><summary>Cost: ${formatUsd(cost.monthly_usd)}/month + ${formatUsd(cost.one_time_usd)} one-time</summary>\n\n${chart === null ? "" : `${chartBlock(chart)}\n\n`}${table}\n\n${lines.join(" ")}\n\n</details>`;
}
