import { formatUsd } from "../cost/money.ts";
import type { Report, ReportGate } from "./model.ts";

/**
 * Mermaid charts for the comment and the job summary, which GitHub renders in place. Each chart
 * sits beside the table that holds the same numbers (text and JSON keep only the tables); a
 * chart is drawn only where there is something to draw.
 */

/** Text from eval files inside a quoted Mermaid label: no quotes, brackets, newlines or directives. */
export function mermaidLabel(text: string, max = 40): string {
  const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f"`[\]{};#%<>\\]/g, " ").replace(/\s+/g, " ").trim();
  const short = cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
  return `"${short === "" ? "?" : short}"`;
}

const round = (x: number) => Number(x.toFixed(4));

function axisRange(values: number[], pad = 0.05): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(hi - lo, 0.1);
  return [round(Math.max(0, lo - pad * span * 4)), round(hi + pad * span * 2)];
}

/** At most this many categories: a chart past that is unreadable; the table has them all. */
const MAX_CATEGORIES = 20;

export interface Chart {
  /** The ```mermaid block. */
  mermaid: string;
  /** One line under the chart saying what each series is: xychart draws no legend. */
  caption: string;
}

/** Series colours in order (bars, lower bounds when drawn, threshold) and a height that fits the rows. */
function init(rows: number, intervals: boolean): string {
  const palette = intervals ? "#54aeff, #9a6700, #d1242f" : "#54aeff, #d1242f";
  const config = { xyChart: { height: Math.min(720, 90 + 42 * rows), width: 640 }, themeVariables: { xyChart: { plotColorPalette: palette } } };
  return `%%{init: ${JSON.stringify(config)}}%%`;
}

interface Row {
  label: string;
  estimate: number;
  lower: number | null;
}

/**
 * Bars for each row's estimate, a line for its interval's lower bound, and the threshold both
 * as a line and as a last bar of its own, so a chart of one row still shows what it is held to
 * (a line through a single category draws nothing).
 */
function thresholdChart(title: string, axis: string, rows: readonly Row[], threshold: number, thresholdLabel: string, upperLimit: number): string {
  const lowers = rows.map((r) => r.lower ?? r.estimate);
  const [lo, hi] = axisRange([...rows.map((r) => r.estimate), ...lowers, threshold]);
  const intervals = rows.some((r) => r.lower !== null);
  return [
    init(rows.length + 1, intervals),
    "xychart-beta horizontal",
    `  title ${mermaidLabel(title, 60)}`,
    `  x-axis [${[...rows.map((r) => mermaidLabel(r.label)), mermaidLabel(thresholdLabel)].join(", ")}]`,
    `  y-axis ${mermaidLabel(axis)} ${lo} --> ${Math.min(upperLimit, hi)}`,
    `  bar [${[...rows.map((r) => round(r.estimate)), round(threshold)].join(", ")}]`,
    ...(intervals ? [`  line [${[...lowers.map(round), round(threshold)].join(", ")}]`] : []),
    `  line [${[...rows.map(() => round(threshold)), round(threshold)].join(", ")}]`,
  ].join("\n");
}

/**
 * Forgetting: each general benchmark's candidate / base ratio against the policy's margin, with
 * the lower bound of its interval. Benchmarks judged on a difference scale are left to the table.
 */
export function forgettingChart(gate: ReportGate): Chart | null {
  const ratios = gate.evidence.filter((e) => e.scale === "ratio").slice(0, MAX_CATEGORIES);
  if (ratios.length === 0) return null;
  const margin = ratios[0]!.threshold;
  const rows = ratios.map((e) => ({ label: e.benchmark, estimate: e.estimate, lower: e.lower }));
  const intervals = rows.some((r) => r.lower !== null);
  const mermaid = thresholdChart("Forgetting: candidate / base model, per benchmark", "ratio to the base model", rows, margin, `needs ≥ ${margin.toFixed(2)}`, 10);
  const caption = intervals
    ? `Blue bars: candidate / base. Amber line: the one-sided lower bound of each interval. Red line and last bar: the policy's margin (${margin.toFixed(2)}); a benchmark passes when its lower bound reaches the margin.`
    : `Blue bars: candidate / base (point estimates: these files carry no intervals). Red line and last bar: the policy's margin (${margin.toFixed(2)}).`;
  return { mermaid, caption };
}

/** Safety or task floors: each suite's score against the floor, with its interval's lower bound. */
export function floorChart(gate: ReportGate, title: string): Chart | null {
  const scores = gate.evidence.filter((e) => e.scale === "score").slice(0, MAX_CATEGORIES);
  if (scores.length === 0) return null;
  const floor = scores[0]!.threshold;
  const rows = scores.map((e) => ({ label: e.benchmark, estimate: e.estimate, lower: e.lower }));
  const intervals = rows.some((r) => r.lower !== null);
  const mermaid = thresholdChart(title, "score", rows, floor, `floor ${floor.toFixed(2)}`, 1);
  const caption = intervals
    ? `Blue bars: the candidate's score. Amber line: the lower bound of each interval. Red line and last bar: the floor (${floor.toFixed(2)}).`
    : `Blue bars: the candidate's score (point estimates). Red line and last bar: the floor (${floor.toFixed(2)}).`;
  return { mermaid, caption };
}

/** Where the money goes: the monthly line items as a pie. */
export function costChart(cost: NonNullable<Report["cost"]>): Chart | null {
  const monthly = cost.items.filter((i) => i.period === "monthly" && i.usd > 0);
  if (monthly.length < 2) return null;
  const lines = [`pie showData title ${mermaidLabel(`Monthly cost: ${formatUsd(cost.monthly_usd)}`, 60)}`, ...monthly.map((i) => `  ${mermaidLabel(i.label)} : ${round(i.usd)}`)];
  return { mermaid: lines.join("\n"), caption: "Monthly line items in US dollars; one-time costs are in the table." };
}

export function chartBlock(chart: Chart): string {
  return `\`\`\`mermaid\n${chart.mermaid}\n\`\`\`\n<sub>${chart.caption}</sub>`;
}
