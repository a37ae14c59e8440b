import { z } from "zod";

const score = z.number().min(0).max(1);
const scores = z.record(z.string().min(1).max(200), score);

/** tunegate's own small eval format: scores in [0, 1] by benchmark or suite. */
export const evalResultSchema = z
  .strictObject({
    $schema: z.string().optional(),
    model: z.string().min(1).max(200),
    general: scores.default({}).describe("general-capability benchmarks (forgetting gate)"),
    safety: scores.default({}).describe("safety suites (safety gate)"),
    task: scores.default({}).describe("task suites (task-quality gate)"),
    latency_p95_ms: z.number().positive().max(3_600_000).optional(),
  })
  .describe("tunegate eval results");
export type EvalResult = z.infer<typeof evalResultSchema>;
