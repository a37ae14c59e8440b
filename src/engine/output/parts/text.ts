import { formatCount, formatUsd } from "../../cost/money.ts";
import { evalSourceRows } from "./eval-sources.ts";
import { describeApproach } from "../../plan/approach.ts";
import { afterTotal, crossoverSentence } from "./cost-sentences.ts";
import { firstFix } from "./next-step.ts";
import { oneLine } from "./escape.ts";
import type { Report } from "./model.ts";
import { rulesLines, rulesOriginNote, waiversRead } from "./rules-section.ts";

const OUTCOME_LABEL: Record<Report["gates"][number]["outcome"], string> = {
  pass: "PASS",
  warn: "WARN",
  fail: "FAIL",
  waived: "WAIVED",
  missing: "MISSING",
  skipped: "n/a",
  inconclusive: "UNCLEAR",
};

/** Plain text for terminals: no markup, aligned columns, the verdict first and last. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  lines.push(`tunegate ${report.verdict.toUpperCase()}: ${report.headline}`);
  const fix = firstFix(report);
  if (fix !== null) lines.push(`first: ${fix}`);
  lines.push(
    `plan ${report.plan.file}: approach ${report.plan.approach}${report.plan.fine_tune_method === null ? "" : ` (${report.plan.fine_tune_method})`}; framework recommends ${describeApproach(report.recommendation)}`,
  );
  lines.push("");
  lines.push("Gates");
  const width = Math.max(...report.gates.map((g) => g.id.length));
  for (const g of report.gates) {
    const threshold = g.threshold === null ? "" : ` [threshold ${g.threshold.display}, from ${g.threshold.source}]`;
    lines.push(`  ${OUTCOME_LABEL[g.outcome].padEnd(7)} ${g.id.padEnd(width)}  ${g.summary}${threshold}`);
    if (g.fix !== null)
      lines.push(
        `  ${" ".repeat(7)} ${" ".repeat(width)}    fix: ${g.fix}${g.level === "error" ? " (blocks the deploy)" : ""}`,
      );
    if (g.outcome !== "pass" && g.outcome !== "skipped") {
      // The fix is printed just above; a detail repeating it is left out.
      for (const d of g.details.filter((d) => d !== `to fix: ${g.fix}`))
        lines.push(`  ${" ".repeat(7)} ${" ".repeat(width)}    - ${d}`);
      if (g.outcome !== "waived")
        lines.push(
          `  ${" ".repeat(7)} ${" ".repeat(width)}    at ${g.location.file}:${g.location.line}:${g.location.column}`,
        );
    }
  }
  const rules = rulesLines(report.rules);
  if (rules.length > 0) lines.push("", ...rules);
  lines.push("");
  lines.push(`Recommendation: ${describeApproach(report.recommendation)}`);
  for (const r of report.recommendation.reasons) lines.push(`  ${r.rule.padEnd(8)} ${r.message}`);
  if (report.findings.length > 0) {
    lines.push("");
    lines.push("Mismatches");
    for (const f of report.findings)
      lines.push(
        `  ${f.rule.padEnd(8)} ${f.level}: ${f.message} (${f.location.file}:${f.location.line}); fix: ${f.fix}`,
      );
  }
  if (report.cost !== null) lines.push("", ...costLines(report.cost));
  const sources = evalSourceRows(report);
  if (sources.length > 0) {
    lines.push("", "Eval files read");
    const names = [
      ...(report.evals.candidate ?? []),
      ...(report.evals.baseline ?? []),
      ...(report.evals.alternative ?? []),
    ].map((s) => s.names);
    const sideWidth = Math.max(...sources.map(([side]) => side.length));
    sources.forEach(([side, file, format, version, model, examples, sha256], i) => {
      lines.push(
        `  ${side.padEnd(sideWidth)} ${file}: ${format}${version === "—" ? "" : ` ${version}`}, model ${model}, ${examples === "—" ? "example count not recorded" : `${examples} example${/^1(\s|$)/.test(examples) ? "" : "s"}`}${sha256 === "—" ? "" : `, sha256 ${sha256}`}`,
      );
      if ((names[i] ?? []).length > 0) lines.push(`  ${" ".repeat(sideWidth)} names: ${names[i]!.join(", ")}`);
    });
  }
  const waivers = waiversRead(report.rules);
  if (waivers !== undefined) lines.push("", "Waivers read", `  ${waivers.file}: sha256 ${waivers.sha256}`);
  lines.push("");
  const origin = rulesOriginNote(report.rules);
  lines.push(
    `verdict: ${report.verdict} (thresholds: ${report.policy.files.join(" < ")}; prices: ${report.policy.pricing_file};${origin === "" ? "" : ` ${origin};`} ${report.evaluated_on})`,
  );
  // Each entry is one line by construction; a newline in it came from user data.
  return `${lines.map(oneLine).join("\n")}\n`;
}

export function costLines(
  cost: Omit<NonNullable<Report["cost"]>, "self_host_crossover"> & {
    self_host_crossover?: NonNullable<Report["cost"]>["self_host_crossover"];
  },
): string[] {
  const lines = [
    `Cost: ${formatUsd(cost.monthly_usd)}/month + ${formatUsd(cost.one_time_usd)} one-time (${formatCount(cost.monthly_queries)} queries/month)${afterTotal(cost.unpriced)}`,
  ];
  const width = Math.max(...cost.items.map((i) => i.label.length), 4);
  for (const i of cost.items) {
    const amount = `${formatUsd(i.usd)}${i.period === "monthly" ? "/month" : " one-time"}`;
    lines.push(`  ${i.label.padEnd(width)}  ${amount.padStart(22)}  ${i.assumption}; ${i.price_source}`);
  }
  for (const u of cost.unpriced ?? [])
    lines.push(`  ${u.label.padEnd(width)}  ${"no price".padStart(22)}  ${u.summary}`);
  if (cost.break_even_monthly_queries !== null)
    lines.push(
      `  break-even: the monthly budget holds up to ${formatCount(cost.break_even_monthly_queries)} queries/month`,
    );
  if (cost.self_host_crossover !== undefined && cost.self_host_crossover !== null)
    lines.push(`  ${crossoverSentence(cost.self_host_crossover, cost.monthly_queries)}`);
  return lines;
}
