import type { Benchmark, Provenance } from "../model.ts";
import { benchmark, isObject, type DocumentFormat, type EvalProblem, type Json } from "../reading.ts";
import { identityKey } from "../identity-key.ts";
import { nameTooLong } from "../name-cap.ts";

/**
 * DeepEval metrics whose score counts what went wrong, so a test case passes when its score is at
 * or below the threshold (deepeval/metrics: `self.score <= self.threshold`). Every other DeepEval
 * metric, G-Eval included, passes at or above it.
 */
const LOWER_IS_BETTER = new Set(["Hallucination", "Toxicity", "Bias", "Misuse"]);

/**
 * DeepEval's test run: `.deepeval/.latest_test_run.json` (the run wrapped in `testRunData`) and
 * the bare run `DEEPEVAL_RESULTS_FOLDER` keeps. Per metric (a benchmark named after it:
 * `Faithfulness`, `Correctness [GEval]`), the mean score and the pass rate against each case's
 * threshold, over the test cases (and conversational ones) that metric scored; a metric that
 * errored on a case is counted, never scored.
 */
export const deepevalRun: DocumentFormat = {
  kind: "document",
  name: "deepeval",
  detect: (data) =>
    (isObject(data["testRunData"]) && Array.isArray((data["testRunData"] as Json)["testCases"])) ||
    (Array.isArray(data["testCases"]) && "metricsScores" in data) ||
    (typeof data["testRunLink"] === "string" && Object.keys(data).length === 1),
  read(file, data) {
    if (!isObject(data["testRunData"]) && !Array.isArray(data["testCases"])) {
      return {
        ok: false,
        problems: [
          {
            path: ["testRunLink"],
            message: `${file} holds only a link to a test run on Confident AI, no scores: DeepEval replaces the run with the link once it uploads it`,
            hint: "set DEEPEVAL_RESULTS_FOLDER to keep each run's scores on disk, and point evals at that file",
          },
        ],
      };
    }
    const wrapped = isObject(data["testRunData"]);
    const run = wrapped ? (data["testRunData"] as Json) : data;
    const base: Array<string | number> = wrapped ? ["testRunData"] : [];
    const perMetric = new Map<string, MetricRows>();
    const problems: EvalProblem[] = [];
    let tooLong = false;
    for (const list of ["testCases", "conversationalTestCases"] as const) {
      const cases = Array.isArray(run[list]) ? (run[list] as unknown[]) : [];
      const seen = new Map<string, number>();
      cases.forEach((testCase, index) => {
        if (!isObject(testCase)) return;
        const path = [...base, list, index];
        const named =
          typeof testCase["name"] === "string" && testCase["name"] !== ""
            ? testCase["name"]
            : `${list === "testCases" ? "test_case" : "conversation"}_${index}`;
        // Names repeat when one test function runs over a dataset; the n-th repeat is its own case.
        // Long names are keyed short (identityKey): kept whole, 3,000 names of 20,000 characters
        // took 40 s to read.
        const nameKey = identityKey(named);
        const times = (seen.get(nameKey) ?? 0) + 1;
        seen.set(nameKey, times);
        const key = times === 1 ? nameKey : `${nameKey}#${times}`;
        const metrics = Array.isArray(testCase["metricsData"]) ? (testCase["metricsData"] as unknown[]) : [];
        metrics.forEach((m, j) => {
          if (!isObject(m) || typeof m["name"] !== "string" || tooLong) return;
          // Checked before the name keys a map: 3,000 metrics named with 20,000 characters took 14 s.
          const long = nameTooLong("the metric", m["name"], undefined, [...path, "metricsData", j, "name"]);
          if (long !== null) {
            problems.push(long);
            tooLong = true;
            return;
          }
          const rows = perMetric.get(m["name"]) ?? {
            scores: new Map(),
            passes: new Map(),
            errored: 0,
            thresholds: new Set(),
            judge: null,
          };
          perMetric.set(m["name"], rows);
          const score = typeof m["score"] === "number" && Number.isFinite(m["score"]) ? m["score"] : null;
          if ((typeof m["error"] === "string" && m["error"] !== "") || score === null) {
            rows.errored++;
            return;
          }
          if (score < 0 || score > 1) {
            problems.push({
              path: [...path, "metricsData", j, "score"],
              message: `score ${score} of metric "${m["name"]}" is outside DeepEval's range [0, 1]: data that cannot be true`,
              hint: "check that the file is DeepEval's own output, unedited",
            });
            return;
          }
          rows.scores.set(key, score);
          rows.passes.set(key, m["success"] === true ? 1 : 0);
          if (typeof m["threshold"] === "number") rows.thresholds.add(m["threshold"]);
          if (typeof m["evaluationModel"] === "string") rows.judge = m["evaluationModel"];
        });
      });
    }
    if (problems.length > 0) return { ok: false, problems };
    const hyperparameters = isObject(run["hyperparameters"]) ? (run["hyperparameters"] as Json) : {};
    const modelKey = ["model", "model_name", "generator_model", "llm"].find(
      (k) => typeof hyperparameters[k] === "string" && hyperparameters[k] !== "",
    );
    const model = modelKey === undefined ? null : (hyperparameters[modelKey] as string);
    const provenance: Provenance = {
      format: "deepeval",
      file,
      model,
      modelArgs: null,
      version: null,
      limit: null,
      nShot: null,
      digest: null,
    };
    const benchmarks: Benchmark[] = [];
    for (const [name, rows] of perMetric) benchmarks.push(...metricBenchmarks(name, rows, provenance));
    const cases =
      (Array.isArray(run["testCases"]) ? (run["testCases"] as unknown[]).length : 0) +
      (Array.isArray(run["conversationalTestCases"]) ? (run["conversationalTestCases"] as unknown[]).length : 0);
    return {
      ok: true,
      contribution: {
        file,
        format: "deepeval",
        toolVersion: null,
        model,
        benchmarks,
        latencyP95Ms: null,
        categories: null,
        incomplete: null,
        noScores:
          cases === 0
            ? "the test run has no test cases"
            : benchmarks.every((b) => b.n === 0)
              ? "no metric scored any test case"
              : null,
      },
    };
  },
};

interface MetricRows {
  scores: Map<string, number>;
  passes: Map<string, number>;
  errored: number;
  thresholds: Set<number>;
  judge: string | null;
}

function metricBenchmarks(name: string, rows: MetricRows, provenance: Provenance): Benchmark[] {
  const mean = (values: Map<string, number>) => {
    let sum = 0;
    for (const v of values.values()) sum += v;
    return values.size === 0 ? 0 : sum / values.size;
  };
  const common = { name, n: rows.scores.size, errored: rows.errored, scale: [0, 1] as const, provenance };
  return [
    // Share of cases that met their threshold, the way DeepEval decides a case: higher is better for every metric.
    // The thresholds it was judged against are its version: a run judged at 0.5 does not compare with one at 0.7.
    benchmark({
      ...common,
      metric: "pass_rate",
      value: mean(rows.passes),
      binary: true,
      examples: { kind: "keyed", scores: rows.passes },
      provenance: {
        ...provenance,
        version:
          rows.thresholds.size === 0 ? null : `threshold ${[...rows.thresholds].sort((a, b) => a - b).join(", ")}`,
      },
    }),
    benchmark({
      ...common,
      metric: "score",
      value: mean(rows.scores),
      higherIsBetter: !LOWER_IS_BETTER.has(name),
      binary: [...rows.scores.values()].every((v) => v === 0 || v === 1) && rows.scores.size > 0,
      aggregation: "mean",
      examples: { kind: "keyed", scores: rows.scores },
    }),
  ];
}
