import { z } from "zod";
import type { Parsed } from "../input/diagnostic.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { parseYamlSource } from "../input/yaml-source.ts";

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
export type EvalResult = z.infer<typeof evalResultSchema> & { file: string };

/** Reads an eval file; JSON is read through the YAML parser so errors keep line and column. */
export function parseEvalResult(file: string, text: string): Parsed<EvalResult> {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return parsed;
  const result = evalResultSchema.safeParse(parsed.value.data);
  if (!result.success) return { ok: false, diagnostics: schemaDiagnostics(result.error.issues, parsed.value, evalResultSchema) };
  return { ok: true, value: { ...result.data, file } };
}
