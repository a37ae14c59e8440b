import type { Evidence } from "../../gates/evidence.ts";
import type { Report, ReportGate } from "./model.ts";

/** Characters of the plot's scale: with the label and numbers a row stays under 80 characters. */
const WIDTH = 32;
const LABEL = 20;
/** More rows than this and the table is the better view; the plot shows the worst ones. */
const MAX_ROWS = 15;

/** A name from an eval file, safe and short inside a code block: no backticks or control characters. */
function plotLabel(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f`\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "?");
  const short = clean.length > LABEL ? `${clean.slice(0, LABEL - 1)}…` : clean;
  return short.padEnd(LABEL);
}

const DECISION: Record<Evidence["decision"], string> = { pass: "pass", fail: "FAIL", inconclusive: "unclear" };

/**
 * A text forest plot: per benchmark its estimate (●), its interval (─) and the margin (┆), on
 * one scale. A code block renders the same everywhere (comment, job summary, e-mail, terminal),
 * and shows at a glance which benchmarks sit left of the margin.
 */
export function forestPlot(title: string, evidence: readonly Evidence[], unit: string): string | null {
  if (evidence.length === 0) return null;
  const rows = [...evidence].sort((a, b) => a.estimate - a.threshold - (b.estimate - b.threshold)).slice(0, MAX_ROWS);
  const margin = rows[0]!.threshold;
  const values = rows.flatMap((e) => [e.estimate, e.lower ?? e.estimate, e.upper ?? e.estimate]).concat(margin);
  const span = Math.max(...values) - Math.min(...values) || 0.1;
  const lo = Math.min(...values) - span * 0.05;
  const hi = Math.max(...values) + span * 0.05;
  const at = (x: number) => Math.max(0, Math.min(WIDTH - 1, Math.round(((x - lo) / (hi - lo)) * (WIDTH - 1))));
  const lines = rows.map((e) => {
    const cells = Array.from({ length: WIDTH }, () => " ");
    if (e.lower !== null || e.upper !== null)
      for (let i = at(e.lower ?? e.estimate); i <= at(e.upper ?? e.estimate); i++) cells[i] = "─";
    cells[at(e.threshold)] = cells[at(e.threshold)] === "─" ? "┼" : "┆";
    cells[at(e.estimate)] = "●";
    const interval = e.lower === null ? "" : ` [${e.lower.toFixed(3)}, ${e.upper === null ? "…" : e.upper.toFixed(3)}]`;
    return `${plotLabel(e.benchmark)} ${cells.join("")}  ${e.estimate.toFixed(3)}${interval} ${DECISION[e.decision]}`;
  });
  const axis = `${" ".repeat(LABEL + 1)}${lo.toFixed(2).padEnd(WIDTH - 4)}${hi.toFixed(2)}`;
  const more = evidence.length > rows.length ? [`(${evidence.length - rows.length} more in the details)`] : [];
  const intervals = rows.some((e) => e.lower !== null);
  const legend = `● ${unit}${intervals ? ", ─ its interval" : " (point estimates: no intervals in these files)"}, ┆ needs ${margin.toFixed(2)}`;
  return `${title}\n\n\`\`\`text\n${legend}\n${axis}\n${lines.join("\n")}${more.length === 0 ? "" : `\n${more.join("")}`}\n\`\`\``;
}

/** Forgetting whenever it was measured; safety and task floors when they do not simply pass. */
export function forestPlots(report: Report): string[] {
  const gate = (id: string): ReportGate | undefined => report.gates.find((g) => g.id === id);
  const plots: string[] = [];
  const forgetting = gate("forgetting");
  if (forgetting !== undefined) {
    const ratios = forgetting.evidence.filter((e) => e.scale === "ratio");
    const plot = forestPlot("**Forgetting**: candidate / base model per benchmark", ratios, "candidate / base");
    if (plot !== null) plots.push(plot);
  }
  for (const [id, title] of [
    ["safety", "**Safety**: score per suite against the floor"],
    ["task-quality", "**Task quality**: score per suite against the floor"],
  ] as const) {
    const g = gate(id);
    if (g === undefined || g.outcome === "pass" || g.outcome === "skipped") continue;
    const plot = forestPlot(
      title,
      g.evidence.filter((e) => e.scale === "score"),
      "score",
    );
    if (plot !== null) plots.push(plot);
  }
  return plots;
}
