import type { Benchmark } from "../model.ts";
import { benchmark, p95, type DocumentFormat } from "../reading.ts";
import { evalResultSchema, type EvalResult } from "../tunegate-format.ts";

/** tunegate's own `{model, general, safety, task, latency_p95_ms}`: validated by its schema first. */
export const tunegateFormat: DocumentFormat & { schema: typeof evalResultSchema } = {
  kind: "document",
  name: "tunegate",
  schema: evalResultSchema,
  detect: (data) =>
    typeof data["model"] === "string" &&
    ("general" in data || "safety" in data || "task" in data || "latency_p95_ms" in data || "latency_ms" in data),
  read(file, data) {
    const result = evalResultSchema.parse(data);
    return { ok: true, contribution: fromTunegate(file, result) };
  },
};

export function fromTunegate(file: string, result: EvalResult) {
  const provenance = {
    format: "tunegate" as const,
    file,
    model: result.model,
    modelArgs: null,
    version: null,
    limit: null,
    nShot: null,
    digest: null,
  };
  const benchmarks: Benchmark[] = [];
  for (const category of ["general", "safety", "task"] as const) {
    for (const [name, value] of Object.entries(result[category])) {
      if (typeof value === "number") benchmarks.push(benchmark({ name, metric: "score", value, provenance }));
      else if ("passed" in value)
        benchmarks.push(
          benchmark({
            name,
            metric: "score",
            value: value.passed / value.n,
            n: value.n,
            stderr:
              value.n > 1 ? Math.sqrt(((value.passed / value.n) * (1 - value.passed / value.n)) / (value.n - 1)) : null,
            binary: true,
            provenance,
          }),
        );
      else
        benchmarks.push(
          benchmark({ name, metric: "score", value: value.score, stderr: value.stderr, n: value.n, provenance }),
        );
    }
  }
  return {
    file,
    format: "tunegate" as const,
    toolVersion: null,
    model: result.model,
    benchmarks,
    latencyP95Ms: result.latency_ms === undefined ? (result.latency_p95_ms ?? null) : p95(result.latency_ms),
    ...(result.latency_ms === undefined ? {} : { latencyRowsMs: result.latency_ms }),
    categories: {
      general: Object.keys(result.general),
      safety: Object.keys(result.safety),
      task: Object.keys(result.task),
    },
    incomplete: null,
    noScores: benchmarks.length === 0 ? "the file lists no scores" : null,
  };
}
