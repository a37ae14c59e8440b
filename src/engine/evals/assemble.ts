import type { EvalResult } from "./tunegate-format.ts";
import type { Benchmark, EvalFormat, EvalRun } from "./model.ts";

/** What one eval file contributed, before the files of one side are put together. */
export interface FileContribution {
  file: string;
  format: EvalFormat;
  model: string | null;
  benchmarks: Benchmark[];
  latencyP95Ms: number | null;
  categories: EvalRun["categories"];
  incomplete: string | null;
}

export function fromTunegate(result: EvalResult): FileContribution {
  const provenance = { format: "tunegate" as const, file: result.file, model: result.model, version: null, limit: null, nShot: null, digest: null };
  const benchmarks: Benchmark[] = [];
  for (const category of ["general", "safety", "task"] as const) {
    for (const [name, value] of Object.entries(result[category])) {
      benchmarks.push({ name, metric: "score", value, stderr: null, n: null, higherIsBetter: true, binary: false, examples: null, provenance });
    }
  }
  return {
    file: result.file,
    format: "tunegate",
    model: result.model,
    benchmarks,
    latencyP95Ms: result.latency_p95_ms ?? null,
    categories: { general: Object.keys(result.general), safety: Object.keys(result.safety), task: Object.keys(result.task) },
    incomplete: null,
  };
}

/**
 * Puts one side's files together: aggregates from results files, with the per-sample files'
 * examples attached to the same benchmark and metric (or standing alone when no results file
 * has it).
 */
export function assembleRun(contributions: readonly FileContribution[]): EvalRun {
  const benchmarks: Benchmark[] = [];
  const fromSamples: Benchmark[] = [];
  for (const c of contributions) for (const b of c.benchmarks) (b.examples !== null && b.provenance.format === "lm-eval" ? fromSamples : benchmarks).push(b);
  for (const sampled of fromSamples) {
    const index = benchmarks.findIndex((b) => b.name === sampled.name && b.metric === sampled.metric && b.examples === null);
    if (index === -1) benchmarks.push(sampled);
    else {
      const aggregate = benchmarks[index]!;
      benchmarks[index] = { ...aggregate, examples: sampled.examples, n: aggregate.n ?? sampled.n, provenance: { ...aggregate.provenance, digest: sampled.provenance.digest } };
    }
  }
  const categories = contributions.map((c) => c.categories).filter((c) => c !== null);
  const latency = contributions.map((c) => c.latencyP95Ms).filter((l): l is number => l !== null);
  return {
    format: contributions[0]?.format ?? "tunegate",
    files: contributions.map((c) => c.file),
    model: contributions.map((c) => c.model).find((m) => m !== null) ?? null,
    benchmarks,
    latencyP95Ms: latency.length === 0 ? null : Math.max(...latency),
    categories:
      categories.length === 0
        ? null
        : { general: categories.flatMap((c) => c!.general), safety: categories.flatMap((c) => c!.safety), task: categories.flatMap((c) => c!.task) },
    incomplete: contributions.map((c) => c.incomplete).find((i) => i !== null) ?? null,
  };
}

/** Metric preference when the plan names none: acc_norm, acc, exact match, then the tools' own. */
const PREFERRED = [/^acc_norm(,none)?$/, /^acc(,none)?$/, /^exact_match,/, /^exact_match$/, /^accuracy$/, /^pass_rate$/, /^resisted$/, /^mean$/, /^score$/];

/** The benchmark the plan means by `name`, under the metric it asked for (or the preferred one). */
export function selectBenchmark(run: EvalRun, name: string, metric: string | undefined): { ok: true; benchmark: Benchmark } | { ok: false; reason: string } {
  const named = run.benchmarks.filter((b) => b.name === name);
  if (named.length === 0) {
    const available = [...new Set(run.benchmarks.map((b) => b.name))].slice(0, 12);
    return { ok: false, reason: `"${name}" is not in ${run.files.join(", ")} (it has: ${available.join(", ") || "no benchmarks"})` };
  }
  if (metric !== undefined) {
    const exact = named.find((b) => b.metric === metric) ?? named.find((b) => b.metric === `${metric},none`) ?? named.find((b) => b.metric.split(",")[0] === metric);
    if (exact === undefined) return { ok: false, reason: `"${name}" has no metric "${metric}" (it has: ${named.map((b) => b.metric).join(", ")})` };
    return { ok: true, benchmark: exact };
  }
  for (const pattern of PREFERRED) {
    const found = named.find((b) => pattern.test(b.metric));
    if (found !== undefined) return { ok: true, benchmark: found };
  }
  return { ok: true, benchmark: named[0]! };
}
