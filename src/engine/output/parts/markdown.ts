import { markdownTable } from "markdown-table";
import { formatCount, formatUsd } from "../../cost/money.ts";
import type { FailOn } from "../../gates/verdict.ts";
import { describeApproach } from "../../plan/approach.ts";
import { costChart, chartBlock } from "./charts.ts";
import { afterTotal, crossoverSentence } from "./cost-sentences.ts";
import { customisationValueBlock } from "./customisation-value.ts";
import { codeSpan, escapeCell, escapeInline } from "./escape.ts";
import { evalSourceRows } from "./eval-sources.ts";
import { failingEvidence } from "./evidence-lines.ts";
import { forestPlots } from "./forest-plot.ts";
import { blockingGates, firstFix, warningGates } from "./next-step.ts";
import type { Report, ReportGate } from "./model.ts";
import { linkOwnCitations } from "./own-links.ts";
import { rulesMarkdown, rulesOriginNote, waiversRead } from "./rules-section.ts";

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

/** What the report alone does not know: what the pull request changed, and how the run enforces. */
export interface MarkdownContext {
  /** Markdown saying what the pull request changed in the plan; empty or absent when nothing. */
  change?: string;
  /** The run's `fail-on`: whether this check blocks the merge (absent: the CLI, which says nothing). */
  failOn?: FailOn;
}

/** User text in prose, with tunegate's own framework citations as links. */
const prose = (text: string) => linkOwnCitations(text, escapeInline);
/** The same inside a table cell. */
const cell = (text: string) => linkOwnCitations(text, escapeCell);

/** The gates a reviewer must read: everything that does not simply pass or not apply. */
const needsAttention = (g: ReportGate) => g.outcome !== "pass" && g.outcome !== "skipped";

/**
 * Markdown for PR comments and job summaries, laid out for GitHub's comment width (about 850 px):
 * the verdict and how the run enforces it, the failing evidence and the first fix, what the pull
 * request changed, then the gates that need attention; passing gates, sources and detail folded.
 */
export function renderMarkdown(report: Report, context: MarkdownContext = {}): string {
  const parts: string[] = [];
  parts.push(`### ${VERDICT_ICON[report.verdict]} tunegate · ${escapeInline(report.headline)}`);
  if (context.failOn !== undefined) parts.push(modeLine(context.failOn));
  parts.push(alertBlock(report, context.failOn));
  if (context.change !== undefined && context.change !== "") parts.push(context.change);
  parts.push(
    `Plan ${codeSpan(report.plan.file)} · approach **${report.plan.approach}**${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`} · framework recommends **${describeApproach(report.recommendation)}**${report.recommendation.matches_plan ? "" : " (differs from the plan)"}`,
  );
  const attention = report.gates.filter(needsAttention);
  if (attention.length > 0) parts.push(gatesTable(attention, true));
  const passing = report.gates.filter((g) => !needsAttention(g));
  if (passing.length > 0)
    parts.push(`<details><summary>${passingSummary(passing)}</summary>\n\n${gatesTable(passing, false)}\n\n</details>`);
  const rules = rulesMarkdown(report.rules);
  if (rules !== "") parts.push(rules);
  parts.push(...forestPlots(report));
  if (report.customisation_value !== null)
    parts.push(
      customisationValueBlock(
        report.customisation_value,
        describeApproach({ approach: report.plan.approach, fine_tune_method: report.plan.fine_tune_method }),
      ),
    );
  parts.push(reasonsBlock(report));
  if (report.cost !== null) parts.push(costBlock(report.cost));
  parts.push(detailsBlock(report));
  const sources = evalSourceRows(report);
  const waivers = waiversRead(report.rules);
  if (sources.length > 0 || waivers !== undefined) {
    const table =
      sources.length === 0
        ? ""
        : `${markdownTable([["Side", "File", "Format", "Tool version", "Model", "Examples"], ...sources.map((r) => r.slice(0, 6).map((c) => escapeCell(c)))], { alignDelimiters: false })}\n\n`;
    const names = report.evals.candidate === null && report.evals.baseline === null ? "" : namesRead(report);
    // Digests go below the table, one file a line: a 64-digit column would not fit the comment's width.
    const digests = sources.filter((r) => r[6] !== "—").map((r) => `- sha256 of ${codeSpan(r[1])}: \`${r[6]}\``);
    if (waivers !== undefined) digests.push(`- sha256 of ${codeSpan(waivers.file)} (waivers): \`${waivers.sha256}\``);
    const digestList = digests.length === 0 ? "" : `${digests.join("\n")}\n\n`;
    const what = [
      sources.length === 0 ? "" : `${sources.length} eval file${sources.length === 1 ? "" : "s"}`,
      waivers === undefined ? "" : "waivers",
    ]
      .filter((x) => x !== "")
      .join(", ");
    parts.push(`<details><summary>What was read (${what})</summary>\n\n${table}${names}${digestList}</details>`);
  }
  const origin = rulesOriginNote(report.rules);
  parts.push(
    `<sub>Thresholds: ${report.policy.files.map((f) => escapeInline(f)).join(" < ")} · prices: ${escapeInline(report.policy.pricing_file)}${origin === "" ? "" : ` · ${origin}`} · evaluated on ${report.evaluated_on}</sub>`,
  );
  return `${parts.join("\n\n")}\n`;
}

/** Whether this check blocks the merge, and the one line that changes it. */
export function modeLine(failOn: FailOn): string {
  if (failOn === "never") {
    return "<sub>**Report-only** (`fail-on: never`): this check stays green whatever the gates say. To enforce, delete the `fail-on: never` line from the workflow.</sub>";
  }
  return `<sub>**Enforcing** (\`fail-on: ${failOn}\`): a blocking gate${failOn === "warning" ? " or a warning" : ""} fails this check.</sub>`;
}

/**
 * A GitHub alert: each blocking gate with its failing evidence (benchmark, number, margin) and
 * the first fix (CAUTION); what warns (WARNING); or that everything passes (TIP).
 */
export function alertBlock(report: Report, failOn?: FailOn): string {
  const blocking = blockingGates(report);
  const warnings = warningGates(report);
  const fix = firstFix(report);
  const then = fix === null ? "" : `\n>\n> **First:** ${prose(fix)}.`;
  if (blocking.length > 0) {
    const title = failOn === "never" ? "Not ready to deploy" : "Deploy blocked";
    const lines = blocking.map((g) => `> - \`${g.id}\`: ${prose(gateEvidence(g))}`);
    return `> [!CAUTION]\n> **${title}** by ${blocking.length} gate${blocking.length === 1 ? "" : "s"}:\n${lines.join("\n")}${then}`;
  }
  // The report does not know the run's fail-on, so it says what the warnings do under each.
  if (warnings.length > 0) {
    const lines = warnings.map((g) => `> - \`${g.id}\`: ${prose(gateEvidence(g))}`);
    return `> [!WARNING]\n> **Passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}**; they block the deploy only under \`fail-on: warning\`:\n${lines.join("\n")}${then}`;
  }
  return "> [!TIP]\n> **All gates pass**: nothing blocks the deploy.";
}

/** One gate's case in a few words: its failing benchmarks with their margins, else its summary. */
function gateEvidence(g: ReportGate): string {
  const evidence = failingEvidence(g);
  return evidence ?? (g.outcome === "missing" ? `missing: ${g.summary}` : g.summary);
}

function passingSummary(passing: readonly ReportGate[]): string {
  const pass = passing.filter((g) => g.outcome === "pass").length;
  const skipped = passing.length - pass;
  return [
    pass > 0 ? `✅ ${pass} gate${pass === 1 ? " passes" : "s pass"}` : "",
    skipped > 0 ? `${skipped} not applicable` : "",
  ]
    .filter((x) => x !== "")
    .join(", ");
}

/** The result cell: blocking outcomes say so, so a blocking "missing" never looks like one that only warns. */
function resultCell(g: ReportGate): string {
  const icon = OUTCOME_ICON[g.outcome];
  if (g.level === "error") return `**${icon}**<br><sub>blocks</sub>`;
  if (g.level === "warning" && g.outcome !== "warn") return `${icon}<br><sub>warns</sub>`;
  return icon;
}

/**
 * Three or four short columns: the gate, its result, what was found with the measured value
 * against the threshold under it, and (for gates that need attention) the fix. Where each
 * threshold came from is in the details, so no cell carries a file path or an address.
 */
function gatesTable(gates: readonly ReportGate[], withFix: boolean): string {
  const rows = gates.map((g) => {
    const numbers = [
      g.measured_display === "—" || g.measured_display === "" ? "" : `measured ${g.measured_display}`,
      g.threshold === null ? "" : `needs ${g.threshold.display}`,
    ].filter((x) => x !== "");
    const finding = `${cell(g.summary)}${numbers.length === 0 ? "" : `<br><sub>${escapeCell(numbers.join(" · "))}</sub>`}`;
    const row = [`${escapeCell(g.title)}<br><sub>\`${g.id}\`</sub>`, resultCell(g), finding];
    return withFix ? [...row, g.fix === null ? "" : cell(g.fix)] : row;
  });
  return markdownTable([withFix ? ["Gate", "Result", "Finding", "Fix"] : ["Gate", "Result", "Finding"], ...rows], {
    alignDelimiters: false,
  });
}

function reasonsBlock(report: Report): string {
  const reasons = report.recommendation.reasons.map((r) => `- **${r.rule}** ${escapeInline(r.message)}`);
  const findings = report.findings.map(
    (f) =>
      `- **${f.rule}** (${f.level}, ${codeSpan(f.field)} line ${f.location.line}) ${escapeInline(f.message)}. *Fix:* ${prose(f.fix)}`,
  );
  const sections = [`**Why ${describeApproach(report.recommendation)}**\n${reasons.join("\n")}`];
  if (findings.length > 0) sections.push(`**Mismatches with the plan**\n${findings.join("\n")}`);
  return `<details><summary>Recommendation: ${describeApproach(report.recommendation)} (${report.recommendation.reasons.length} reasons${findings.length > 0 ? `, ${findings.length} mismatches` : ""})</summary>\n\n${sections.join("\n\n")}\n\n</details>`;
}

/** Per gate: where its threshold came from, and the details that are not the fix said again. */
function detailsBlock(report: Report): string {
  const body = report.gates
    .map((g) => {
      const lines = g.details.filter((d) => d !== `to fix: ${g.fix}`).map((d) => `- ${prose(d)}`);
      if (g.threshold !== null)
        lines.unshift(`- threshold ${escapeInline(g.threshold.display)}, from ${prose(g.threshold.source)}`);
      return lines.length === 0 ? "" : `**${escapeInline(g.title)}** (\`${g.id}\`)\n${lines.join("\n")}`;
    })
    .filter((x) => x !== "");
  return `<details><summary>Gate details and threshold sources</summary>\n\n${body.join("\n\n")}\n\n</details>`;
}

/** The suite, benchmark and metric names each file holds, as a plan's `evals` lists them. */
function namesRead(report: Report): string {
  const lines: string[] = [];
  for (const side of ["candidate", "baseline"] as const) {
    for (const s of report.evals[side] ?? []) {
      if (s.names.length === 0) continue;
      lines.push(`- ${side} ${codeSpan(s.file)}: ${s.names.map((n) => codeSpan(n)).join(", ")}`);
    }
  }
  return lines.length === 0
    ? ""
    : `Names in these files (what \`evals.general\`, \`safety\` and \`task\` may list):\n${lines.join("\n")}\n\n`;
}

function costBlock(cost: NonNullable<Report["cost"]>): string {
  const rows = cost.items.map((i) => [
    escapeCell(i.label),
    i.period === "monthly" ? formatUsd(i.usd) : "",
    i.period === "one_time" ? formatUsd(i.usd) : "",
    escapeCell(i.assumption),
  ]);
  for (const u of cost.unpriced ?? []) rows.push([escapeCell(u.label), "no price", "", escapeCell(u.summary)]);
  rows.push([
    "**Total**",
    `**${formatUsd(cost.monthly_usd)}**`,
    `**${formatUsd(cost.one_time_usd)}**`,
    `${formatCount(cost.monthly_queries)} queries/month`,
  ]);
  const table = markdownTable([["Item", "Monthly", "One-time", "Assumption"], ...rows], {
    alignDelimiters: false,
    align: ["l", "r", "r", "l"],
  });
  const sources = cost.items.map((i) => `- ${escapeInline(i.label)}: ${escapeInline(i.price_source)}`).join("\n");
  const budget = cost.budget;
  const lines: string[] = [];
  if (budget !== null) {
    lines.push(
      `Budget: ${budget.monthly_usd === null ? "no monthly limit" : `${formatUsd(budget.monthly_usd)}/month`}, ${budget.one_time_usd === null ? "no one-time limit" : `${formatUsd(budget.one_time_usd)} one-time`}.`,
    );
  }
  if (cost.break_even_monthly_queries !== null)
    lines.push(
      `Break-even: the monthly budget holds up to **${formatCount(cost.break_even_monthly_queries)} queries/month**.`,
    );
  if (cost.self_host_crossover !== null)
    lines.push(escapeInline(crossoverSentence(cost.self_host_crossover, cost.monthly_queries)));
  const chart = costChart(cost);
  return `<details><summary>Cost: ${formatUsd(cost.monthly_usd)}/month + ${formatUsd(cost.one_time_usd)} one-time${escapeInline(afterTotal(cost.unpriced))}</summary>\n\n${chart === null ? "" : `${chartBlock(chart)}\n\n`}${table}\n\n${lines.length === 0 ? "" : `${lines.join(" ")}\n\n`}Price sources:\n${sources}\n\n</details>`;
}
