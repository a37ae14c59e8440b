import type { Benchmark, Provenance } from "./model.ts";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** Inspect's value_to_float: letter grades and yes/no strings become numbers; NaN means unscored. */
export function inspectValueToFloat(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") {
    const v = value.trim().toLowerCase();
    if (v === "c" || v === "yes" || v === "true") return 1;
    if (v === "p") return 0.5;
    if (v === "i" || v === "n" || v === "no" || v === "false") return 0;
    const n = Number(v);
    return v !== "" && Number.isFinite(n) ? n : 0;
  }
  return null;
}

/**
 * An Inspect log (the `.json` EvalLog, or a `.eval` zip's header.json + reductions.json).
 * Aggregates come from `results.scores[].metrics`, per-example values from the reductions.
 */
export function readInspect(file: string, header: Json, reductions: unknown): { benchmarks: Benchmark[]; incomplete: string | null; model: string | null } {
  const evalInfo = isObject(header["eval"]) ? (header["eval"] as Json) : {};
  const task = String(evalInfo["task"] ?? "inspect").replace(/^.*\//, "");
  const model = typeof evalInfo["model"] === "string" ? (evalInfo["model"] as string) : null;
  const config = isObject(evalInfo["config"]) ? (evalInfo["config"] as Json) : {};
  const status = typeof header["status"] === "string" ? (header["status"] as string) : "unknown";
  const results = isObject(header["results"]) ? (header["results"] as Json) : {};
  const provenance: Provenance = {
    format: "inspect",
    file,
    model,
    version: evalInfo["task_version"] === undefined ? null : String(evalInfo["task_version"]),
    limit: typeof config["limit"] === "number" ? (config["limit"] as number) : null,
    nShot: null,
    digest: null,
  };
  const reductionList = Array.isArray(reductions) ? reductions : Array.isArray(results["sample_reductions"]) ? (results["sample_reductions"] as unknown[]) : [];
  const perScorer = new Map<string, Map<string, number>>();
  for (const reduction of reductionList.filter(isObject)) {
    const scores = new Map<string, number>();
    for (const sample of (Array.isArray(reduction["samples"]) ? (reduction["samples"] as unknown[]) : []).filter(isObject)) {
      const value = inspectValueToFloat(sample["value"]);
      if (value !== null) scores.set(String(sample["sample_id"]), value);
    }
    perScorer.set(String(reduction["scorer"] ?? ""), scores);
  }
  const benchmarks: Benchmark[] = [];
  const scoreList = Array.isArray(results["scores"]) ? (results["scores"] as unknown[]) : [];
  for (const score of scoreList.filter(isObject)) {
    const scorer = String(score["scorer"] ?? score["name"] ?? "");
    const metrics = isObject(score["metrics"]) ? (score["metrics"] as Json) : {};
    const stderr = isObject(metrics["stderr"]) && typeof (metrics["stderr"] as Json)["value"] === "number" ? ((metrics["stderr"] as Json)["value"] as number) : null;
    const examples = perScorer.get(scorer);
    for (const [metricName, metric] of Object.entries(metrics)) {
      if (metricName === "stderr" || !isObject(metric) || typeof metric["value"] !== "number") continue;
      const values = examples === undefined ? [] : [...examples.values()];
      benchmarks.push({
        name: scoreList.length > 1 ? `${task}/${score["name"] ?? scorer}` : task,
        metric: metricName,
        value: metric["value"] as number,
        stderr: metricName === "accuracy" || metricName === "mean" ? stderr : null,
        n: typeof score["scored_samples"] === "number" ? (score["scored_samples"] as number) : examples?.size ?? (typeof results["completed_samples"] === "number" ? (results["completed_samples"] as number) : null),
        higherIsBetter: true,
        binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
        examples: examples === undefined || metricName !== "accuracy" && metricName !== "mean" ? null : { kind: "keyed", scores: examples },
        provenance,
      });
    }
  }
  return { benchmarks, incomplete: status === "success" ? null : `the log's status is "${status}", not "success"`, model };
}
