import type { Benchmark, Provenance } from "../model.ts";
import { identityKey, idInMessage } from "../identity-key.ts";
import { MAX_NAMES_PER_FILE, nameTooLong, tooManyNames } from "../name-cap.ts";
import {
  benchmark,
  finiteNumber,
  isObject,
  looksBinomial,
  readCount,
  type DocumentFormat,
  type EvalProblem,
  type Json,
  type LineReader,
  type LinesFormat,
} from "../reading.ts";

/**
 * Every Eval Ever (the EvalEval coalition's shared schema, `eval.schema.json`): one aggregate file
 * per model and source, each `evaluation_results[]` entry a benchmark named by its
 * `evaluation_name`, under its `metric_id` (or `metric_name`), read the way the file says: its
 * direction from `lower_is_better`, its scale from `min_score`/`max_score`, its standard error and
 * sample count from `uncertainty`. Nothing is guessed from a metric's name.
 */
export const everyEvalEverAggregate: DocumentFormat = {
  kind: "document",
  name: "every-eval-ever",
  detect: (data) =>
    typeof data["schema_version"] === "string" &&
    Array.isArray(data["evaluation_results"]) &&
    isObject(data["model_info"]),
  read(file, data) {
    const modelInfo = data["model_info"] as Json;
    const model =
      typeof modelInfo["id"] === "string"
        ? modelInfo["id"]
        : typeof modelInfo["name"] === "string"
          ? modelInfo["name"]
          : null;
    const library = isObject(data["eval_library"]) ? (data["eval_library"] as Json) : {};
    const toolVersion =
      typeof library["name"] === "string"
        ? `${library["name"]}${typeof library["version"] === "string" && library["version"] !== "unknown" ? ` ${library["version"]}` : ""}`
        : null;
    const problems: EvalProblem[] = [];
    const benchmarks: Benchmark[] = [];
    (data["evaluation_results"] as unknown[]).forEach((result, index) => {
      const path = ["evaluation_results", index];
      if (!isObject(result)) return;
      const name =
        typeof result["evaluation_name"] === "string" && result["evaluation_name"] !== ""
          ? result["evaluation_name"]
          : null;
      const config = isObject(result["metric_config"]) ? (result["metric_config"] as Json) : null;
      const details = isObject(result["score_details"]) ? (result["score_details"] as Json) : null;
      if (name === null || config === null || details === null) {
        problems.push({
          path,
          message:
            "an evaluation result needs evaluation_name, metric_config and score_details (eval.schema.json requires them)",
        });
        return;
      }
      if (typeof config["lower_is_better"] !== "boolean") {
        problems.push({
          path: [...path, "metric_config", "lower_is_better"],
          message: `"${name}" does not say whether lower is better (metric_config.lower_is_better is required): its direction cannot be guessed`,
        });
        return;
      }
      const score = finiteNumber(details["score"]);
      if (score === null) {
        problems.push({
          path: [...path, "score_details", "score"],
          message: `"${name}" has no score (score_details.score must be a number)`,
        });
        return;
      }
      const min = finiteNumber(config["min_score"]);
      const max = finiteNumber(config["max_score"]);
      if ((min !== null && score < min) || (max !== null && score > max)) {
        problems.push({
          path: [...path, "score_details", "score"],
          message: `score ${score} of "${name}" is outside its own range [${min ?? "-∞"}, ${max ?? "∞"}] (metric_config.min_score/max_score): data that cannot be true`,
        });
        return;
      }
      const uncertainty = isObject(details["uncertainty"]) ? (details["uncertainty"] as Json) : {};
      const stderr = isObject(uncertainty["standard_error"])
        ? finiteNumber((uncertainty["standard_error"] as Json)["value"])
        : null;
      const count = readCount(uncertainty["num_samples"], [...path, "score_details", "uncertainty", "num_samples"]);
      if (!count.ok) {
        problems.push(count.problem);
        return;
      }
      const metric =
        typeof config["metric_id"] === "string" && config["metric_id"] !== ""
          ? config["metric_id"]
          : typeof config["metric_name"] === "string" && config["metric_name"] !== ""
            ? config["metric_name"]
            : "score";
      const id =
        typeof result["evaluation_result_id"] === "string" && result["evaluation_result_id"] !== name
          ? [result["evaluation_result_id"]]
          : [];
      const provenance: Provenance = {
        format: "every-eval-ever",
        file,
        model,
        modelArgs: null,
        version: null,
        limit: null,
        nShot: null,
        digest: null,
      };
      benchmarks.push(
        benchmark({
          name,
          aliases: id,
          metric,
          value: score,
          stderr,
          n: count.count,
          higherIsBetter: config["lower_is_better"] === false,
          scale: min !== null && max !== null ? [min, max] : null,
          binary: config["score_type"] === "binary" || looksBinomial(score, stderr, count.count),
          provenance,
        }),
      );
    });
    if (problems.length > 0) return { ok: false, problems };
    return {
      ok: true,
      contribution: {
        file,
        format: "every-eval-ever",
        toolVersion,
        model,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores: benchmarks.length === 0 ? "the file has no evaluation results" : null,
      },
    };
  },
};

/**
 * Every Eval Ever's instance-level JSONL (`instance_level_eval.schema.json`, the `_samples.jsonl`
 * beside an aggregate): per `evaluation_name`, the share of samples with `evaluation.is_correct`
 * (metric `correct`), each sample's outcome by `sample_id`, so two runs pair on the same samples.
 * The per-sample `score` is not read: the samples file does not say which way it points (only
 * the aggregate's `lower_is_better` does), and correctness needs no direction.
 */
export const everyEvalEverSamples = {
  kind: "lines",
  name: "every-eval-ever",
  detect: (first) =>
    typeof first["schema_version"] === "string" &&
    typeof first["sample_id"] === "string" &&
    isObject(first["evaluation"]),
  // `maxNames` is lowered only by tests, to show the cap cheaply.
  start(file: string, maxNames = MAX_NAMES_PER_FILE): LineReader {
    const perEvaluation = new Map<string, Map<string, number>>();
    let model: string | null = null;
    return {
      add(line, at) {
        const name =
          typeof line["evaluation_name"] === "string" && line["evaluation_name"] !== ""
            ? line["evaluation_name"]
            : null;
        const sample = typeof line["sample_id"] === "string" && line["sample_id"] !== "" ? line["sample_id"] : null;
        const evaluation = isObject(line["evaluation"]) ? (line["evaluation"] as Json) : null;
        const correct = evaluation === null ? undefined : evaluation["is_correct"];
        if (name === null || sample === null || typeof correct !== "boolean") {
          return {
            path: name === null ? ["evaluation_name"] : sample === null ? ["sample_id"] : ["evaluation", "is_correct"],
            line: at,
            message:
              "a sample needs evaluation_name, sample_id and evaluation.is_correct (instance_level_eval.schema.json requires them)",
          };
        }
        const long = nameTooLong("the evaluation_name", name, at, ["evaluation_name"]);
        if (long !== null) return long;
        model ??= typeof line["model_id"] === "string" ? line["model_id"] : null;
        const outcomes = perEvaluation.get(name) ?? new Map<string, number>();
        if (outcomes.size === 0 && perEvaluation.size >= maxNames)
          return tooManyNames("evaluations", maxNames, at, ["evaluation_name"]);
        const key = identityKey(sample);
        if (outcomes.has(key))
          return {
            path: ["sample_id"],
            line: at,
            message: `sample ${sample.length <= 80 ? sample : idInMessage(sample)} of ${name} appears twice; each sample is scored once`,
            hint: "point evals at one run's samples file",
          };
        outcomes.set(key, correct ? 1 : 0);
        perEvaluation.set(name, outcomes);
        return null;
      },
      finish() {
        const provenance: Provenance = {
          format: "every-eval-ever",
          file,
          model,
          modelArgs: null,
          version: null,
          limit: null,
          nShot: null,
          digest: null,
        };
        const benchmarks = [...perEvaluation].map(([name, outcomes]) => {
          let correct = 0;
          for (const v of outcomes.values()) correct += v;
          return benchmark({
            name,
            metric: "correct",
            value: correct / outcomes.size,
            n: outcomes.size,
            binary: true,
            aggregation: "mean",
            scale: [0, 1],
            examples: { kind: "keyed", scores: outcomes },
            provenance,
          });
        });
        return {
          ok: true,
          contribution: {
            file,
            format: "every-eval-ever",
            toolVersion: null,
            model,
            benchmarks,
            latencyP95Ms: null,
            categories: null,
            incomplete: null,
            noScores: benchmarks.length === 0 ? "the file has no samples" : null,
          },
        };
      },
    };
  },
} satisfies LinesFormat;
