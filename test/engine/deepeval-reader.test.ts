import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import { exampleScores, type Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";

/** Real `.deepeval/.latest_test_run.json` files (test/fixtures/real/SOURCES.md). */
const real = (name: string) => readFileSync(`test/fixtures/real/deepeval/${name}`, "utf8");

function read(text: string, file = ".deepeval/.latest_test_run.json"): FileContribution {
  const decoded = decodeDocument(file, text, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const find = (c: FileContribution, name: string, metric: string): Benchmark =>
  c.benchmarks.find((b) => b.name === name && b.metric === metric)!;

/** A test run as DeepEval's TestRun model dumps it (deepeval/test_run/test_run.py, api.py, tracing/api.py MetricData). */
const metric = (name: string, score: number | null, threshold: number, success: boolean, error?: string) => ({
  name,
  threshold,
  success,
  score,
  strictMode: false,
  evaluationModel: "gpt-4.1",
  ...(error === undefined ? {} : { error }),
});
const testRun = (cases: Array<{ name: string; metricsData: unknown[] }>, extra: Record<string, unknown> = {}) => ({
  testCases: cases.map((c, order) => ({ input: "q", actualOutput: "a", success: true, order, ...c })),
  conversationalTestCases: [],
  metricsScores: [],
  testPassed: 0,
  testFailed: 0,
  runDuration: 1,
  ...extra,
});

describe("DeepEval reader, on real files", () => {
  it("beeai-framework's run: per metric, the pass rate and the mean score; a custom metric is higher-is-better", () => {
    const c = read(real("beeai-latest_test_run.json"));
    expect(c.format).toBe("deepeval");
    expect(find(c, "Exact Match", "pass_rate")).toMatchObject({
      value: 1,
      n: 1,
      binary: true,
      higherIsBetter: true,
      scale: [0, 1],
    });
    expect(find(c, "ToolUsageMetric", "pass_rate")).toMatchObject({ value: 0, n: 1 });
    expect(find(c, "ToolUsageMetric", "score")).toMatchObject({
      value: 0,
      n: 1,
      higherIsBetter: true,
      aggregation: "mean",
    });
    expect(find(c, "ToolUsageMetric", "pass_rate").provenance.version).toBe("threshold 0.5");
  });

  it("a thesis's Faithfulness run judged by a local model: one case, score 1.0 at threshold 0.7", () => {
    const c = read(real("thesis-faithfulness-latest_test_run.json"));
    expect(find(c, "Faithfulness", "score")).toMatchObject({ value: 1, n: 1, errored: 0 });
    expect(exampleScores(find(c, "Faithfulness", "score").examples!)).toEqual(Float64Array.from([1]));
  });
});

describe("DeepEval reader, on shapes built from DeepEval's source", () => {
  it("Toxicity, Hallucination and Bias scores are lower-is-better; their pass rate is still higher-is-better", () => {
    const c = read(
      JSON.stringify({
        testRunData: testRun([
          {
            name: "t0",
            metricsData: [
              metric("Toxicity", 0.1, 0.5, true),
              metric("Hallucination", 0.8, 0.5, false),
              metric("Bias", 0, 0.5, true),
            ],
          },
          { name: "t1", metricsData: [metric("Toxicity", 0.7, 0.5, false)] },
        ]),
      }),
    );
    expect(find(c, "Toxicity", "score")).toMatchObject({ higherIsBetter: false, n: 2 });
    expect(find(c, "Toxicity", "score").value).toBeCloseTo(0.4, 12);
    expect(find(c, "Toxicity", "pass_rate")).toMatchObject({ higherIsBetter: true, value: 0.5 });
    expect(find(c, "Hallucination", "score").higherIsBetter).toBe(false);
    expect(find(c, "Bias", "score").higherIsBetter).toBe(false);
  });

  it("a metric that errored on a case is counted, never scored", () => {
    const c = read(
      JSON.stringify({
        testRunData: testRun([
          { name: "t0", metricsData: [metric("Faithfulness", 0.9, 0.7, true)] },
          { name: "t1", metricsData: [metric("Faithfulness", null, 0.7, false, "RateLimitError: 429")] },
        ]),
      }),
    );
    expect(find(c, "Faithfulness", "score")).toMatchObject({ n: 1, errored: 1, value: 0.9 });
    expect(find(c, "Faithfulness", "pass_rate")).toMatchObject({ n: 1, errored: 1, value: 1 });
  });

  it("the bare run DEEPEVAL_RESULTS_FOLDER writes reads the same as the wrapped one", () => {
    const run = testRun([{ name: "t0", metricsData: [metric("Answer Relevancy", 0.6, 0.5, true)] }]);
    const bare = read(JSON.stringify(run), "results/test_run_20260101_000000.json");
    const wrapped = read(JSON.stringify({ testRunData: run }));
    expect(find(bare, "Answer Relevancy", "score").value).toBe(find(wrapped, "Answer Relevancy", "score").value);
  });

  it("a file that holds only the Confident AI link is refused: it has no scores", () => {
    const decoded = decodeDocument(
      ".deepeval/.latest_test_run.json",
      '{"testRunLink": "https://app.confident-ai.com/project/x/evaluation/test-runs/y"}',
      "auto",
    );
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain(
      "holds only a link to a test run on Confident AI, no scores",
    );
  });

  it("a score outside [0, 1] is refused at its field", () => {
    const text = JSON.stringify(
      { testRunData: testRun([{ name: "t0", metricsData: [metric("Faithfulness", 1.5, 0.7, true)] }]) },
      null,
      2,
    );
    const decoded = decodeDocument("r.json", text, "auto");
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain(
      'score 1.5 of metric "Faithfulness" is outside DeepEval\'s range [0, 1]',
    );
    expect(!decoded.ok && decoded.diagnostics[0]!.location.line).toBe(
      text.split("\n").findIndex((l) => l.includes('"score": 1.5')) + 1,
    );
  });

  it("a test function run over a dataset repeats its name: each repeat is its own case", () => {
    const c = read(
      JSON.stringify({
        testRunData: testRun([
          { name: "test_rag", metricsData: [metric("Faithfulness", 1, 0.7, true)] },
          { name: "test_rag", metricsData: [metric("Faithfulness", 0, 0.7, false)] },
        ]),
      }),
    );
    expect(find(c, "Faithfulness", "score")).toMatchObject({ n: 2, value: 0.5 });
  });

  it("an empty run holds no scores: missing, never a pass", () => {
    const c = read(JSON.stringify({ testRunData: testRun([]) }));
    expect(c.noScores).toBe("the test run has no test cases");
  });
});
