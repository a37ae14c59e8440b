import { markdownTable } from "markdown-table";
import { z } from "zod";
import { costPerPoint } from "../../cost/alternative.ts";
import { formatUsd } from "../../cost/money.ts";
import type { Decision } from "../../decide.ts";
import { gainInPoints, gainSentence } from "../../gates/customisation-value.ts";
import { escapeCell, escapeInline } from "./escape.ts";

/** Quality against cost, candidate and alternative side by side: what the customisation buys. */
export const customisationValueSchema = z.lazy(() =>
  z
    .object({
      cost: z
        .object({
          candidate_monthly_usd: z.number(),
          candidate_one_time_usd: z.number(),
          alternative_monthly_usd: z.number(),
          alternative_one_time_usd: z.number(),
          alternative_source: z
            .string()
            .describe("cost.alternative, or which items of the plan's cost were dropped to derive it"),
        })
        .nullable()
        .describe("null when the plan has no cost block"),
      suites: z.array(
        z.object({
          suite: z.string(),
          metric: z.string(),
          candidate: z.number(),
          alternative: z.number(),
          gain: z.number().describe("candidate minus alternative in the metric's better direction, in its own units"),
          lower: z.number().nullable(),
          upper: z.number().nullable(),
          gain_points: z
            .number()
            .describe("the gain in percentage points for a score on [0, 1], else in the metric's units (see unit)"),
          unit: z.enum(["points", "units"]),
          usd_per_point_monthly: z
            .number()
            .nullable()
            .describe("extra monthly cost per point (or unit) gained; null with no cost block or no gain"),
          decision: z.enum(["pass", "fail", "inconclusive"]),
        }),
      ),
    })
    .describe(
      "the customisation-value gate's numbers: each task suite's gain over the simpler alternative, and the two sides' costs",
    ),
);
export type CustomisationValue = z.infer<typeof customisationValueSchema>;

/** The section of the report, or null when the gate judged no suite and there is no cost to compare. */
export function customisationValueOf(decision: Decision): CustomisationValue | null {
  const gate = decision.gates.find((g) => g.id === "customisation-value");
  const evidence = gate?.evidence ?? [];
  if (evidence.length === 0) return null;
  const { cost, alternativeCost } = decision;
  const costs =
    cost === undefined || alternativeCost === undefined
      ? null
      : {
          candidate_monthly_usd: cost.monthly_usd,
          candidate_one_time_usd: cost.one_time_usd,
          alternative_monthly_usd: alternativeCost.estimate.monthly_usd,
          alternative_one_time_usd: alternativeCost.estimate.one_time_usd,
          alternative_source: alternativeCost.source,
        };
  const extra = costs === null ? null : costs.candidate_monthly_usd - costs.alternative_monthly_usd;
  return {
    cost: costs,
    suites: evidence.map((e) => {
      const points = gainInPoints(e, e.estimate);
      return {
        suite: e.benchmark,
        metric: e.metric,
        candidate: e.candidate,
        alternative: e.baseline ?? 0,
        gain: e.estimate,
        lower: e.lower,
        upper: e.upper,
        gain_points: points.value,
        unit: points.unit,
        usd_per_point_monthly: extra === null ? null : costPerPoint(extra, points.value),
        decision: e.decision,
      };
    }),
  };
}

/**
 * Three rows, four columns, at any number of suites (they stack in one cell): narrow enough for
 * GitHub's comment width, and read in one glance: what each side scores and costs, and the
 * difference the customisation buys.
 */
export function customisationValueBlock(value: CustomisationValue, approach: string): string {
  const score = (pick: (s: CustomisationValue["suites"][number]) => number) =>
    value.suites.map((s) => `${escapeCell(s.suite)} ${pick(s).toFixed(3)}`).join("<br>");
  const gains = value.suites
    .map((s) =>
      escapeCell(
        gainSentence({
          benchmark: s.suite,
          metric: s.metric,
          n: null,
          candidate: s.candidate,
          baseline: s.alternative,
          scale: "difference",
          threshold: 0,
          estimate: s.gain,
          lower: s.lower,
          upper: s.upper,
          method: "",
          decision: s.decision,
          note: null,
        }),
      ),
    )
    .join("<br>");
  const c = value.cost;
  const usd = (x: number | undefined) => (x === undefined ? "—" : formatUsd(x));
  const signed = (x: number | undefined) => (x === undefined ? "—" : x >= 0 ? `+${formatUsd(x)}` : formatUsd(x));
  const rows = [
    [
      "Simpler alternative",
      score((s) => s.alternative),
      usd(c?.alternative_monthly_usd),
      usd(c?.alternative_one_time_usd),
    ],
    [
      `Candidate: ${escapeCell(approach)}`,
      score((s) => s.candidate),
      usd(c?.candidate_monthly_usd),
      usd(c?.candidate_one_time_usd),
    ],
    [
      "**The customisation buys**",
      gains,
      c === null ? "—" : `**${signed(c.candidate_monthly_usd - c.alternative_monthly_usd)}**`,
      c === null ? "—" : signed(c.candidate_one_time_usd - c.alternative_one_time_usd),
    ],
  ];
  const table = markdownTable([["", "Task quality", "Monthly", "One-time"], ...rows], {
    alignDelimiters: false,
    align: ["l", "l", "r", "r"],
  });
  const perPoint = value.suites
    .filter((s) => s.usd_per_point_monthly !== null)
    .map(
      (s) =>
        `${formatUsd(s.usd_per_point_monthly!)}/month per ${s.unit === "points" ? "point" : `unit of ${s.metric}`} on ${s.suite}`,
    );
  const notes = [
    c === null ? "no cost block: the plan's cost is not compared" : `alternative's cost: ${c.alternative_source}`,
    ...perPoint,
  ];
  return `**Customisation value: quality against cost**\n\n${table}\n\n<sub>${escapeInline(notes.join(" · "))}</sub>`;
}
