import type { Benchmark, Provenance } from "../model.ts";
import { stderrProblem } from "../plausible-stderr.ts";
import { lmEvalIdentity } from "../identity.ts";
import { nameTooLong } from "../name-cap.ts";
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

/** Metrics lm-eval reports lower-is-better when a file predates its `higher_is_better` map. */
const LOWER_IS_BETTER = /perplexity|bits_per_byte|^ter$|brier_score/;

/** lm-eval's `results_<ts>.json`: v0.4 `metric,filter` keys and the v0.3 bare keys. */
export const lmEvalResults: DocumentFormat = {
  kind: "document",
  name: "lm-eval",
  detect: (data) => isObject(data["results"]) && isObject(data["versions"]),
  read(file, data) {
    const results = data["results"] as Json;
    const versions = data["versions"] as Json;
    const nShot = isObject(data["n-shot"]) ? data["n-shot"] : {};
    const nSamples = isObject(data["n-samples"]) ? data["n-samples"] : {};
    const higher = isObject(data["higher_is_better"]) ? data["higher_is_better"] : {};
    const configs = isObject(data["configs"]) ? data["configs"] : {};
    const config = isObject(data["config"]) ? data["config"] : {};
    const model =
      typeof data["model_name"] === "string"
        ? data["model_name"]
        : typeof config["model_args"] === "string"
          ? config["model_args"]
          : typeof config["model"] === "string"
            ? config["model"]
            : null;
    const limit = finiteNumber(config["limit"]);
    const identity = lmEvalIdentity(
      modelArgsText(config["model_args"]),
      typeof data["model_name"] === "string" ? data["model_name"] : null,
    );
    // Before any subtask name is looked up or kept: 3,000 subtasks of one group named with 20,000
    // characters took 31 s (V8 hashes such strings by their length alone).
    const longSubtask = longSubtaskName(data);
    if (longSubtask !== null) return { ok: false, problems: [longSubtask] };
    const problems: EvalProblem[] = [];
    const out: Benchmark[] = [];
    for (const [task, row] of Object.entries(results)) {
      // Group rows (mmlu) repeat in `results` and `groups`; they stay selectable by name, and since
      // the plan names each benchmark it gates on, nothing sums them with their subtasks.
      if (!isObject(row)) continue;
      const samples = isObject(nSamples[task]) ? (nSamples[task] as Json) : {};
      // A group's sample_count is a count per metric (lm-eval 0.4.9+); each must be a count too.
      const perMetric = isObject(row["sample_count"]) ? Object.entries(row["sample_count"] as Json) : [];
      const counts = readCounts([
        [samples["effective"], ["n-samples", task, "effective"]],
        [samples["original"], ["n-samples", task, "original"]],
        [row["sample_len"], ["results", task, "sample_len"]],
        [isObject(row["sample_count"]) ? undefined : row["sample_count"], ["results", task, "sample_count"]],
        ...perMetric.map(([key, value]): [unknown, Array<string | number>] => [
          value,
          ["results", task, "sample_count", key],
        ]),
      ]);
      if (!counts.ok) {
        problems.push(...counts.problems);
        continue;
      }
      const [effective, original, sampleLen, sampleCount] = counts.counts as [
        number | null,
        number | null,
        number | null,
        number | null,
      ];
      const n = effective ?? sampleLen ?? sampleCount;
      const leaves = leafSubtasks(data, task);
      const provenance: Provenance = {
        format: "lm-eval",
        file,
        model,
        modelArgs:
          typeof config["model_args"] === "string" && config["model_args"] !== "" ? config["model_args"] : null,
        identity,
        version: versions[task] === undefined ? null : String(versions[task]),
        limit: effective !== null && original !== null && effective !== original ? effective : limit,
        nShot: nShot[task] === undefined ? null : String(nShot[task]),
        // task_hashes may cover prompts too, which legitimately differ between a base and an
        // instruct model; only the samples' doc and target hashes decide comparability.
        digest: null,
        ...runOf(data),
        ...(leaves.length === 0
          ? {}
          : {
              subtasks: Object.fromEntries(
                leaves.map((leaf) => [leaf, nShot[leaf] === undefined ? null : String(nShot[leaf])]),
              ),
            }),
      };
      for (const [key, value] of Object.entries(row)) {
        const score = finiteNumber(value);
        if (score === null || key.includes("_stderr") || key === "sample_len" || key === "sample_count") continue;
        const [metricName] = key.split(",") as [string];
        const filter = key.includes(",") ? key.slice(key.indexOf(",") + 1) : null;
        const stderrKey = filter === null ? `${metricName}_stderr` : `${metricName}_stderr,${filter}`;
        const stderr = finiteNumber(row[stderrKey]);
        const outOfRange = rangeProblem(["results", task, key], metricName, score);
        if (outOfRange !== null) problems.push(outOfRange);
        if (stderr !== null) {
          // A group counts each metric's examples apart (sample_count per metric, lm-eval 0.4.9+).
          const metricCount = perMetric.findIndex(([name]) => name === key);
          const implausible = stderrProblem(
            ["results", task, stderrKey],
            key,
            score,
            stderr,
            metricCount === -1 ? n : (counts.counts[4 + metricCount] ?? n),
          );
          if (implausible !== null) problems.push(implausible);
        }
        const taskHigher = isObject(higher[task]) ? (higher[task] as Json)[metricName] : undefined;
        const aggregation = aggregationOf(configs[task], metricName);
        out.push(
          benchmark({
            name: task,
            metric: filter === null ? metricName : `${metricName},${filter}`,
            value: score,
            stderr,
            // lm-eval 0.4.9+ counts a group's examples per metric (sample_count); its sample_len
            // counts every subtask's, including those scored under other metrics.
            n: perMetricCount(row, key) ?? n,
            higherIsBetter: typeof taskHigher === "boolean" ? taskHigher : !LOWER_IS_BETTER.test(metricName),
            binary: looksBinomial(score, stderr, n),
            aggregation,
            provenance,
          }),
        );
      }
    }
    if (problems.length > 0) return { ok: false, problems };
    if (out.length === 0)
      return {
        ok: false,
        problems: [
          { path: ["results"], message: `${file} is an lm-evaluation-harness results file with no task results` },
        ],
      };
    const version =
      typeof data["lm_eval_version"] === "string"
        ? data["lm_eval_version"]
        : typeof data["git_hash"] === "string"
          ? `git ${data["git_hash"]}`
          : null;
    return {
      ok: true,
      contribution: {
        file,
        format: "lm-eval",
        toolVersion: version,
        model,
        benchmarks: out,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores: null,
      },
    };
  },
};

/** The aggregation a task's config names for a metric (`metric_list[].aggregation`), if a plain name. */
function aggregationOf(config: unknown, metricName: string): string | null {
  const list = isObject(config) && Array.isArray(config["metric_list"]) ? (config["metric_list"] as unknown[]) : [];
  const entry = list.find((m): m is Json => isObject(m) && m["metric"] === metricName);
  return entry !== undefined && typeof entry["aggregation"] === "string" ? entry["aggregation"] : null;
}

/** model_args as lm-eval writes it: a "key=value,..." string, or (newer versions) an object. */
function modelArgsText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(",");
  }
  return null;
}

/** lm-eval stamps every results file with the run's start (`date`, epoch seconds) and its model. */
function runOf(data: Json): { run?: string } {
  const date = finiteNumber(data["date"]);
  if (date === null) return {};
  const config = isObject(data["config"]) ? data["config"] : {};
  return { run: `lm-eval:${date}:${String(data["model_name"] ?? "")}:${String(config["model_args"] ?? "")}` };
}

/** A group row's example count for one metric (lm-eval 0.4.9+ `sample_count: { "acc,none": 40 }`). */
function perMetricCount(row: Json, key: string): number | null {
  const counts = row["sample_count"];
  if (!isObject(counts)) return null;
  const value = counts[key];
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** The first subtask named in `group_subtasks` past the name cap, as a problem at its place. */
function longSubtaskName(data: Json): EvalProblem | null {
  const groups = isObject(data["group_subtasks"]) ? data["group_subtasks"] : {};
  for (const [group, children] of Object.entries(groups)) {
    if (!Array.isArray(children)) continue;
    for (const [index, child] of children.entries()) {
      if (typeof child !== "string") continue;
      const long = nameTooLong("the subtask", child, undefined, ["group_subtasks", group, index]);
      if (long !== null) return long;
    }
  }
  return null;
}

/** Every leaf task under a group (`group_subtasks`, nested groups walked), or none for a leaf. */
function leafSubtasks(data: Json, task: string): string[] {
  const groups = isObject(data["group_subtasks"]) ? data["group_subtasks"] : {};
  const leaves: string[] = [];
  const seen = new Set<string>();
  const walk = (name: string, depth: number) => {
    if (seen.has(name) || depth > 32) return;
    seen.add(name);
    const children = Array.isArray(groups[name])
      ? (groups[name] as unknown[]).filter((c): c is string => typeof c === "string")
      : [];
    if (children.length === 0) {
      if (name !== task) leaves.push(name);
      return;
    }
    for (const child of children) walk(child, depth + 1);
  };
  walk(task, 0);
  return leaves.sort();
}
