import { z } from "zod";

const score = z.number().min(0).max(1);
/**
 * A suite's result: a bare score (which proves nothing on its own: no bound can be drawn from
 * it), 0/1 outcomes as passed of n (judged with the exact Clopper-Pearson bound), or a mean score
 * with its standard error and n.
 */
const entry = z.union([
  score,
  z
    .strictObject({ passed: z.number().int().min(0), n: z.number().int().min(1) })
    .refine((e) => e.passed <= e.n, { message: "passed cannot exceed n" })
    .describe("0/1 outcomes: how many of n passed"),
  z
    .strictObject({ score, stderr: z.number().min(0), n: z.number().int().min(1) })
    .describe("a mean score with its standard error over n examples"),
]);
const scores = z.record(z.string().min(1).max(200), entry);
const milliseconds = z.number().positive().max(3_600_000);

/** tunegate's own small eval format: scores in [0, 1] by benchmark or suite. */
export const evalResultSchema = z
  .strictObject({
    $schema: z.string().optional(),
    model: z.string().min(1).max(200),
    general: scores.default({}).describe("general-capability benchmarks (forgetting gate)"),
    safety: scores.default({}).describe("safety suites (safety gate)"),
    task: scores.default({}).describe("task suites (task-quality gate)"),
    latency_p95_ms: milliseconds
      .optional()
      .describe("a p95 as one number: it can fail the latency gate, never prove it (no rows, no bound)"),
    latency_ms: z
      .array(milliseconds)
      .min(1)
      .max(10_000_000)
      .optional()
      .describe("per-request latencies: the p95 and its distribution-free upper bound are computed from them"),
  })
  .refine((r) => r.latency_ms === undefined || r.latency_p95_ms === undefined, {
    message: "give latency_ms (the rows) or latency_p95_ms (one number), not both",
    path: ["latency_p95_ms"],
  })
  .describe("tunegate eval results");
export type EvalResult = z.infer<typeof evalResultSchema>;
