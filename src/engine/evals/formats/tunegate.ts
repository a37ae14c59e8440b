import type { Benchmark } from "../model.ts";
import { benchmark, type DocumentFormat } from "../reading.ts";
import { evalResultSchema, type EvalResult } from "../tunegate-format.ts";

/** tunegate's own `{model, general, safety, task, latency_p95_ms}`: validated by its schema first. */
export const tunegateFormat: DocumentFormat & { schema: typeof evalResultSchema } = {
  kind: "document",
  name: "tunegate",
  schema: evalResultSchema,
  detect: (data) => typeof data["model"] === "string" && ("general" in data || "safety" in data || "task" in data || "latency_p95_ms" in data),
  read(file, data) {
    const result = evalResultSchema.parse(data);
    return { ok: true, contribution: fromTunegate(file, result) };
  },
};

export function fromTunegate(file: string, result: EvalResult) {
  const provenance = { format: "tunegate" as const, file, model: result.model, modelArgs: null, version: null, limit: null, nShot: null, digest: null };
  const benchmarks: Benchmark[] = [];
  for (const category of ["general", "safety", "task"] as const) {
    for (const [name, value] of Object.entries(result[category])) benchmarks.push(benchmark({ name, metric: "score", value, provenance }));
  }
  return {
    file,
    format: "tunegate" as const,
    toolVersion: null,
    model: result.model,
    benchmarks,
    latencyP95Ms: result.latency_p95_ms ?? null,
    categories: { general: Object.keys(result.general), safety: Object.keys(result.safety), task: Object.keys(result.task) },
    incomplete: null,
    noScores: benchmarks.length === 0 ? "the file lists no scores" : null,
  };
}
