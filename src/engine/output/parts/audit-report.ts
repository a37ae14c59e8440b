import { markdownTable } from "markdown-table";
import { formatUsd } from "../../cost/money.ts";
import { budgetStanding, type AuditResult } from "../../pricing/audit.ts";
import { codeSpan, escapeCell, escapeInline, jsonDocument, oneLine } from "./escape.ts";

export function auditJson(result: AuditResult): string {
  return jsonDocument(result);
}

function headline(result: AuditResult): string {
  if (!result.verified) return `could not verify current prices: ${result.unverified_reason}`;
  if (!result.needs_action) return `pinned prices match the current ones; ${budgetStanding(result)}`;
  const parts = [
    result.drift.length > 0 ? `${result.drift.length} drifted price${result.drift.length === 1 ? "" : "s"}` : "",
    result.plans_over_budget.length > 0
      ? `${new Set(result.plans_over_budget.map((p) => p.plan)).size} plan(s) over budget`
      : "",
    result.shutdowns.length > 0
      ? `${result.shutdowns.length} shutdown${result.shutdowns.length === 1 ? "" : "s"} near`
      : "",
    result.missing.length > 0 ? `${result.missing.length} model(s) missing from the feed` : "",
    result.announced.length > 0 ? `${result.announced.length} announced change(s)` : "",
    result.stale.length > 0 ? `${result.stale.length} stale pin(s)` : "",
    uncostedPlans(result) > 0
      ? `${uncostedPlans(result) === 1 ? "1 plan" : `${uncostedPlans(result)} plans`} could not be costed (see ${uncostedPlans(result) === 1 ? "its line" : "their lines"})`
      : "",
  ].filter((p) => p !== "");
  return `needs action: ${parts.join(", ")}`;
}

const uncostedPlans = (result: AuditResult) => result.plans.filter((p) => p.error !== null).length;

const money = (v: number | null) => (v === null ? "—" : formatUsd(v));

export function auditText(result: AuditResult): string {
  const lines = [
    `tunegate pricing audit ${result.today}: ${headline(result)}`,
    `pinned prices: ${result.pinned_prices}`,
    `current prices: ${result.source}`,
  ];
  for (const d of result.drift)
    lines.push(
      `  DRIFT     ${d.model} ${d.price}: pinned ${d.pinned}, now ${d.current} (${d.change_pct > 0 ? "+" : ""}${d.change_pct}%)`,
    );
  for (const m of result.missing) lines.push(`  MISSING   ${m.model}: ${m.reason}`);
  for (const a of result.announced)
    lines.push(`  ANNOUNCED ${a.model} ${a.price}: ${a.current} -> ${a.future} from ${a.date}`);
  for (const s of result.shutdowns)
    lines.push(
      `  SHUTDOWN  ${s.model}: ${s.what} ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`,
    );
  for (const s of result.stale) lines.push(`  STALE     ${s.model}: as of ${s.as_of} (${s.age_days} days)`);
  if (result.unverifiable.length > 0)
    lines.push(`  manual    ${result.unverifiable.join(", ")}: pinned by hand, only aged`);
  lines.push("plans (monthly: pinned / current / announced vs budget)");
  for (const p of result.plans)
    lines.push(
      `  ${p.name} (${p.plan}): ${money(p.pinned)} / ${money(p.current)} / ${money(p.announced)} vs ${money(p.budget_usd)}${p.error === null ? "" : `; ${p.error}`}`,
    );
  for (const o of result.plans_over_budget)
    lines.push(
      `  OVER      ${o.plan} at ${o.at} prices: ${formatUsd(o.monthly_usd)} > ${formatUsd(o.budget_usd)} (by ${formatUsd(o.monthly_usd - o.budget_usd)})`,
    );
  // Each entry is one line by construction; a newline in it came from a plan or the price data.
  return `${lines.map(oneLine).join("\n")}\n`;
}

export function auditMarkdown(result: AuditResult): string {
  const icon = !result.verified ? "❔" : result.needs_action ? "⚠️" : "✅";
  const parts = [
    `### ${icon} tunegate pricing audit · ${escapeInline(headline(result))}`,
    `Pinned prices: ${escapeInline(result.pinned_prices)}; current prices from ${codeSpan(result.source)}, checked ${result.today}.`,
  ];
  if (result.drift.length > 0) {
    parts.push(
      markdownTable(
        [
          ["Model", "Price", "Pinned", "Current", "Change"],
          ...result.drift.map((d) => [
            escapeCell(d.model),
            d.price,
            String(d.pinned),
            String(d.current),
            `${d.change_pct > 0 ? "+" : ""}${d.change_pct}%`,
          ]),
        ],
        { alignDelimiters: false },
      ),
    );
  }
  const notes = [
    ...result.missing.map((m) => `- **missing** ${codeSpan(m.model)}: ${escapeInline(m.reason)}`),
    ...result.announced.map(
      (a) => `- **announced** ${codeSpan(a.model)} ${a.price}: ${a.current} → ${a.future} from ${a.date}`,
    ),
    ...result.shutdowns.map(
      (s) =>
        `- **${escapeInline(s.what)}** ${codeSpan(s.model)}: ${s.date} (${s.days_left < 0 ? `${-s.days_left} days ago` : `in ${s.days_left} days`})`,
    ),
    ...result.stale.map((s) => `- **stale** ${codeSpan(s.model)}: as of ${s.as_of} (${s.age_days} days)`),
  ];
  if (notes.length > 0) parts.push(notes.join("\n"));
  parts.push(
    markdownTable(
      [
        ["Plan", "Budget", "Pinned", "Current", "Announced"],
        ...result.plans.map((p) => [
          `${escapeCell(p.name)}<br><sub>${escapeCell(p.plan)}</sub>`,
          money(p.budget_usd),
          money(p.pinned),
          money(p.current),
          money(p.announced),
        ]),
      ],
      { alignDelimiters: false },
    ),
  );
  if (result.unverifiable.length > 0)
    parts.push(
      `<sub>Pinned by hand (only aged, not compared): ${result.unverifiable.map((u) => codeSpan(u)).join(", ")}</sub>`,
    );
  return `${parts.join("\n\n")}\n`;
}
