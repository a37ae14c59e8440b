import { z } from "zod";

export const decisionSchema = z.enum(["pass", "fail", "inconclusive"]);

/** What one benchmark showed, with enough numbers for a reader to check the decision. */
export const evidenceSchema = z.lazy(() =>
  z.object({
    benchmark: z.string(),
    metric: z.string(),
    n: z.number().nullable(),
    candidate: z.number(),
    baseline: z.number().nullable(),
    scale: z
      .enum(["ratio", "difference", "score"])
      .describe(
        "ratio to the baseline (above chance), signed difference from it in the metric's better direction, or a score against a floor",
      ),
    threshold: z
      .number()
      .describe("what the estimate is judged against: the minimum ratio, minus the largest allowed drop, or the floor"),
    estimate: z.number().describe("ratio to baseline, difference from it, or score, as `scale` says"),
    lower: z.number().nullable(),
    upper: z.number().nullable(),
    method: z.string(),
    decision: decisionSchema,
    note: z.string().nullable(),
  }),
);
export type Evidence = z.infer<typeof evidenceSchema>;
