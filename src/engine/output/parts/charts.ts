import { formatUsd } from "../../cost/money.ts";
import type { Report } from "./model.ts";

/**
 * Mermaid charts for the comment and the job summary, which GitHub renders in place: only where a
 * chart beats the table (where the money goes). Eval evidence is a text forest plot
 * (forest-plot.ts), which reads the same in every renderer.
 */

/** Text from eval files inside a quoted Mermaid label: no quotes, brackets, newlines or directives. */
export function mermaidLabel(text: string, max = 40): string {
  const cleaned = text
    .replace(/[\u0000-\u001f\u007f-\u009f"`[\]{};#%<>\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const short = cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
  return `"${short === "" ? "?" : short}"`;
}

const round = (x: number) => Number(x.toFixed(4));

export interface Chart {
  /** The ```mermaid block. */
  mermaid: string;
  /** One line under the chart saying what it shows. */
  caption: string;
}

/** Where the money goes: the monthly line items as a pie. */
export function costChart(cost: NonNullable<Report["cost"]>): Chart | null {
  const monthly = cost.items.filter((i) => i.period === "monthly" && i.usd > 0);
  if (monthly.length < 2) return null;
  const lines = [
    `pie showData title ${mermaidLabel(`Monthly cost: ${formatUsd(cost.monthly_usd)}`, 60)}`,
    ...monthly.map((i) => `  ${mermaidLabel(i.label)} : ${round(i.usd)}`),
  ];
  return { mermaid: lines.join("\n"), caption: "Monthly line items in US dollars; one-time costs are in the table." };
}

export function chartBlock(chart: Chart): string {
  return `\`\`\`mermaid\n${chart.mermaid}\n\`\`\`\n<sub>${chart.caption}</sub>`;
}
