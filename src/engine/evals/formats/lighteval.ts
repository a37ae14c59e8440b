import { nameTooLong } from "../name-cap.ts";
import type { Benchmark, Provenance } from "../model.ts";
import {
  benchmark,
  finiteNumber,
  isObject,
  looksBinomial,
  rangeProblem,
  readCounts,
  type DocumentFormat,
  type EvalProblem,
  type Json,
} from "../reading.ts";

/** Metrics lighteval reports lower-is-better when the file's config_tasks does not say (perplexities, error rates). */
const LOWER_IS_BETTER = /perplexity|bits_per_byte|bpb|^ter$|_error$|^wer$|^cer$/;

/**
 * lighteval's `results_<timestamp>.json` (lighteval's EvaluationTracker: `config_general`,
 * `results`, `versions`, `config_tasks`, `summary_tasks`). Each `suite|task|fewshot` key is a
 * benchmark under each of its metrics; `task` and `suite|task` select it too when no other key
 * shares them. The `all` row (an average over tasks) is not a benchmark. The examples per task are
 * `summary_tasks[task].truncated + non_truncated` (lighteval counts every sample as one or the
 * other). A reported stderr is kept only where it is the binomial one of 0/1 scores: for other
 * metrics lighteval's stderr.py may return the spread of bootstrap means, far below a real
 * standard error (eval-formats.md section 6). Per-sample details are parquet files, not read.
 */
export const lightevalResults: DocumentFormat = {
  kind: "document",
  name: "lighteval",
  detect: (data) => isObject(data["config_general"]) && isObject(data["results"]),
  read(file, data) {
    const general = data["config_general"] as Json;
    const results = data["results"] as Json;
    const versions = isObject(data["versions"]) ? (data["versions"] as Json) : {};
    const configTasks = isObject(data["config_tasks"]) ? (data["config_tasks"] as Json) : {};
    const summaries = isObject(data["summary_tasks"]) ? (data["summary_tasks"] as Json) : {};
    const model =
      typeof general["model_name"] === "string" && general["model_name"] !== "" ? general["model_name"] : null;
    const limit = finiteNumber(general["max_samples"]);
    const tasks = Object.keys(results).filter((t) => t !== "all" && isObject(results[t]));
    const shortCounts = new Map<string, number>();
    for (const task of tasks)
      for (const short of shortNames(task)) shortCounts.set(short, (shortCounts.get(short) ?? 0) + 1);
    const problems: EvalProblem[] = [];
    const benchmarks: Benchmark[] = [];
    for (const task of tasks) {
      const row = results[task] as Json;
      const summary = isObject(summaries[task]) ? (summaries[task] as Json) : {};
      const counts = readCounts([
        [summary["truncated"], ["summary_tasks", task, "truncated"]],
        [summary["non_truncated"], ["summary_tasks", task, "non_truncated"]],
      ]);
      if (!counts.ok) {
        problems.push(...counts.problems);
        continue;
      }
      const [truncated, nonTruncated] = counts.counts;
      const n = truncated === null && nonTruncated === null ? null : (truncated ?? 0) + (nonTruncated ?? 0);
      const parts = task.split("|");
      const provenance: Provenance = {
        format: "lighteval",
        file,
        model,
        modelArgs: null,
        version: versions[task] === undefined ? null : String(versions[task]),
        limit,
        nShot: parts.length >= 3 ? parts[2]! : null,
        digest:
          isObject(summary["hashes"]) && typeof (summary["hashes"] as Json)["example"] === "string"
            ? ((summary["hashes"] as Json)["example"] as string)
            : null,
      };
      const aliases = shortNames(task).filter((s) => shortCounts.get(s) === 1);
      const directions = directionsOf(configTasks[task], task);
      if (!(directions instanceof Map)) {
        problems.push(directions);
        break;
      }
      for (const [key, raw] of Object.entries(row)) {
        const value = finiteNumber(raw);
        if (value === null || key.endsWith("_stderr")) continue;
        const outOfRange = rangeProblem(["results", task, key], key, value);
        if (outOfRange !== null) {
          problems.push(outOfRange);
          continue;
        }
        const reported = finiteNumber(row[`${key}_stderr`]);
        const binary = looksBinomial(value, reported, n);
        benchmarks.push(
          benchmark({
            name: task,
            aliases,
            metric: key,
            value,
            stderr: binary ? reported : null,
            n,
            binary,
            higherIsBetter: directions.get(key) ?? !LOWER_IS_BETTER.test(key),
            provenance,
          }),
        );
      }
    }
    if (problems.length > 0) return { ok: false, problems };
    const sha =
      typeof general["lighteval_sha"] === "string" &&
      general["lighteval_sha"] !== "" &&
      general["lighteval_sha"] !== "?"
        ? `git ${general["lighteval_sha"]}`
        : null;
    return {
      ok: true,
      contribution: {
        file,
        format: "lighteval",
        toolVersion: sha,
        model,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores: benchmarks.length === 0 ? "the results file has no task results" : null,
      },
    };
  },
};

/** `suite|task|fewshot` is also `task` and `suite|task`. */
function shortNames(task: string): string[] {
  const parts = task.split("|");
  return parts.length >= 3 ? [parts[1]!, `${parts[0]}|${parts[1]}`] : [];
}

/**
 * Each metric's `higher_is_better` as the task's config records it; or a metric_name past the name
 * cap, refused before it keys the map (3,000 such names of 20,000 characters took 6.3 s).
 */
function directionsOf(config: unknown, task: string): Map<string, boolean> | EvalProblem {
  const out = new Map<string, boolean>();
  const metrics = isObject(config) && Array.isArray(config["metrics"]) ? (config["metrics"] as unknown[]) : [];
  for (const [index, m] of metrics.entries()) {
    if (!isObject(m)) continue;
    const names = Array.isArray(m["metric_name"]) ? (m["metric_name"] as unknown[]) : [m["metric_name"]];
    const higher = m["higher_is_better"];
    for (const name of names) {
      if (typeof name !== "string") continue;
      const long = nameTooLong("the metric_name", name, undefined, [
        "config_tasks",
        task,
        "metrics",
        index,
        "metric_name",
      ]);
      if (long !== null) return long;
      if (typeof higher === "boolean") out.set(name, higher);
      else if (isObject(higher) && typeof higher[name] === "boolean") out.set(name, higher[name] as boolean);
    }
  }
  return out;
}
