import type { Benchmark, Provenance } from "../model.ts";
import { stderrProblem } from "../plausible-stderr.ts";
import { unique } from "../identity.ts";
import { identityKey, idInMessage } from "../identity-key.ts";
import { nameTooLong } from "../name-cap.ts";
import type { ModelIdentity } from "../model.ts";
import {
  benchmark,
  isObject,
  looksBinomial,
  rangeProblem,
  readCount,
  type ArchiveFormat,
  type DocumentFormat,
  type EvalProblem,
  type Json,
  type ReadResult,
} from "../reading.ts";

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

/** An Inspect AI `.json` log: the EvalLog with its samples' reductions inside. */
export const inspectJson: DocumentFormat = {
  kind: "document",
  name: "inspect",
  detect: (data) => isObject(data["eval"]) && "plan" in data,
  read: (file, data) => readInspect(file, data, data["reductions"]),
};

/** An Inspect AI `.eval` log: a zip with header.json and reductions.json (or only a journal while running). */
export const inspectArchive: ArchiveFormat = {
  kind: "archive",
  name: "inspect",
  detect: (names) => names.includes("header.json") || names.includes("_journal/start.json"),
  read(file, archive) {
    const header = archive.json("header.json");
    if (header === undefined) {
      return {
        ok: true,
        contribution: {
          file,
          format: "inspect",
          toolVersion: null,
          model: null,
          benchmarks: [],
          latencyP95Ms: null,
          categories: null,
          incomplete: "the Inspect log is still being written (no header.json yet)",
          noScores: null,
        },
      };
    }
    if (!isObject(header.value))
      return { ok: false, problems: [{ path: [], message: `${file}: header.json is not a JSON object` }] };
    return readInspect(file, header.value, archive.json("reductions.json")?.value);
  },
};

/** Inspect's `limit`: a number of samples, or a [start, end] range of them. */
function inspectLimit(limit: unknown): number | string | null {
  if (typeof limit === "number") return limit;
  if (Array.isArray(limit) && limit.length === 2 && limit.every((x) => typeof x === "number"))
    return `${limit[0]}-${limit[1]}`;
  return null;
}

/** Metrics Inspect computes as a mean of 0..1 sample values, so they share the unit range. */
const UNIT_METRICS = new Set(["accuracy"]);

function readInspect(file: string, header: Json, reductions: unknown): ReadResult {
  const evalInfo = isObject(header["eval"]) ? (header["eval"] as Json) : {};
  const task = String(evalInfo["task"] ?? "inspect").replace(/^.*\//, "");
  const model = typeof evalInfo["model"] === "string" ? (evalInfo["model"] as string) : null;
  const config = isObject(evalInfo["config"]) ? (evalInfo["config"] as Json) : {};
  const packages = isObject(evalInfo["packages"]) ? (evalInfo["packages"] as Json) : {};
  const status = typeof header["status"] === "string" ? (header["status"] as string) : "unknown";
  const results = isObject(header["results"]) ? (header["results"] as Json) : {};
  const provenance: Provenance = {
    format: "inspect",
    file,
    model,
    modelArgs: null,
    identity: inspectIdentity(model, evalInfo["model_args"]),
    version: evalInfo["task_version"] === undefined ? null : String(evalInfo["task_version"]),
    limit: inspectLimit(config["limit"]),
    nShot: null,
    digest: null,
    // eval_id names one task's run; older logs have only the eval set's run_id, shared by its tasks.
    ...(typeof evalInfo["eval_id"] === "string"
      ? { run: `inspect:${evalInfo["eval_id"] as string}` }
      : typeof evalInfo["run_id"] === "string"
        ? { run: `inspect:${evalInfo["run_id"] as string}:${task}` }
        : {}),
  };
  const reductionList = Array.isArray(reductions)
    ? reductions
    : Array.isArray(results["sample_reductions"])
      ? (results["sample_reductions"] as unknown[])
      : [];
  const perScorer = new Map<string, Map<string, number>>();
  const problems: EvalProblem[] = [];
  for (const [index, reduction] of reductionList.entries()) {
    if (!isObject(reduction)) continue;
    const scores = new Map<string, number>();
    const scorer = String(reduction["scorer"] ?? "");
    // Checked before the name keys a map, as a sample id is (identityKey).
    const at = Array.isArray(reductions) ? ["reductions", index] : ["results", "sample_reductions", index];
    const long = nameTooLong("the scorer", scorer, undefined, [...at, "scorer"]);
    if (long !== null) {
      problems.push(long);
      break;
    }
    for (const sample of (Array.isArray(reduction["samples"]) ? (reduction["samples"] as unknown[]) : []).filter(
      isObject,
    )) {
      const value = inspectValueToFloat(sample["value"]);
      if (value === null) continue;
      const id = String(sample["sample_id"]);
      const key = identityKey(id);
      // Reductions hold one score per sample (epochs already reduced): a repeat would replace one.
      if (scores.has(key)) {
        problems.push({
          path: ["reductions"],
          message: `sample ${idInMessage(id)} appears twice in the reductions of scorer "${scorer}": one of its two scores would be dropped`,
          hint: "check that the file is the tool's own output, unedited",
        });
        break;
      }
      scores.set(key, value);
    }
    perScorer.set(scorer, scores);
  }
  const benchmarks: Benchmark[] = [];
  const completed = readCount(results["completed_samples"], ["results", "completed_samples"]);
  if (!completed.ok) problems.push(completed.problem);
  const scoreList = Array.isArray(results["scores"]) ? (results["scores"] as unknown[]) : [];
  scoreList.forEach((score, scoreIndex) => {
    if (!isObject(score)) return;
    const scorer = String(score["scorer"] ?? score["name"] ?? "");
    const metrics = isObject(score["metrics"]) ? (score["metrics"] as Json) : {};
    const stderr =
      isObject(metrics["stderr"]) && typeof (metrics["stderr"] as Json)["value"] === "number"
        ? ((metrics["stderr"] as Json)["value"] as number)
        : null;
    const examples = perScorer.get(scorer);
    const scored = readCount(score["scored_samples"], ["results", "scores", scoreIndex, "scored_samples"]);
    if (!scored.ok) {
      problems.push(scored.problem);
      return;
    }
    const n = scored.count ?? examples?.size ?? (completed.ok ? completed.count : null);
    for (const [metricName, metric] of Object.entries(metrics)) {
      if (metricName === "stderr" || !isObject(metric) || typeof metric["value"] !== "number") continue;
      const value = metric["value"] as number;
      const path = ["results", "scores", scoreIndex, "metrics", metricName, "value"];
      if (UNIT_METRICS.has(metricName)) {
        const outOfRange = rangeProblem(path, metricName, value);
        if (outOfRange !== null) problems.push(outOfRange);
      }
      const perExample = metricName === "accuracy" || metricName === "mean";
      if (perExample && stderr !== null) {
        const implausible = stderrProblem(
          ["results", "scores", scoreIndex, "metrics", "stderr", "value"],
          metricName,
          value,
          stderr,
          n,
        );
        if (implausible !== null) {
          problems.push(implausible);
          continue;
        }
      }
      const values = examples === undefined ? [] : [...examples.values()];
      if (perExample && values.length > 0) {
        const differs = reductionsDisagree(values, value, scored.count);
        if (differs !== null) {
          problems.push({
            path,
            message: `the per-sample scores of scorer "${scorer}" (sample_reductions) ${differs}; tunegate judges per-sample scores, so they must be the ones the log's ${metricName} was computed from`,
            hint: "check that the file is the tool's own output, unedited",
          });
          continue;
        }
      }
      benchmarks.push(
        benchmark({
          name: scoreList.length > 1 ? `${task}/${score["name"] ?? scorer}` : task,
          metric: metricName,
          value,
          stderr: perExample ? stderr : null,
          n,
          binary:
            values.length > 0 ? values.every((v) => v === 0 || v === 1) : perExample && looksBinomial(value, stderr, n),
          examples: examples === undefined || !perExample ? null : { kind: "keyed", scores: examples },
          provenance,
        }),
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const inspectVersion = typeof packages["inspect_ai"] === "string" ? (packages["inspect_ai"] as string) : null;
  return {
    ok: true,
    contribution: {
      file,
      format: "inspect",
      toolVersion: inspectVersion,
      model,
      benchmarks,
      latencyP95Ms: null,
      categories: null,
      incomplete: status === "success" ? null : `the log's status is "${status}", not "success"`,
      noScores:
        benchmarks.length === 0 && status === "success"
          ? "the Inspect log has no scores (its task ran no scorer)"
          : null,
    },
  };
}

/**
 * Why a log's per-sample reductions cannot be what its mean metric (accuracy, mean) was computed
 * from, or null: another number of samples than `scored_samples`, or another mean. Otherwise a
 * log whose results say 0.60 could pass a floor on reductions that say 1.0 everywhere.
 */
function reductionsDisagree(values: readonly number[], reported: number, scoredSamples: number | null): string | null {
  if (scoredSamples !== null && scoredSamples !== values.length)
    return `number ${values.length}, but results.scores says ${scoredSamples} were scored`;
  let sum = 0;
  let magnitude = 0;
  for (const v of values) {
    sum += v;
    magnitude += Math.abs(v);
  }
  const mean = sum / values.length;
  if (Math.abs(mean - reported) <= 1e-6 * Math.max(1, magnitude / values.length)) return null;
  return `average ${mean} over ${values.length} samples, but the log reports ${reported}`;
}

/**
 * Inspect's model ("hf/org/model", "openai/gpt-4o") and model args: an adapter or revision there
 * (the hf provider passes model_args to transformers) belongs to the identity.
 */
function inspectIdentity(model: string | null, args: unknown): ModelIdentity | null {
  if (model === null) return null;
  const record =
    args !== null && typeof args === "object" && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
  const text = (key: string) =>
    typeof record[key] === "string" && record[key] !== "" ? (record[key] as string) : null;
  return {
    names: unique([model, text("model_path")]),
    adapter: text("adapter") ?? text("peft"),
    revision: text("revision"),
  };
}
