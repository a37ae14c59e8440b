import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import type { Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";

/**
 * No lighteval results file under a licence that allows keeping it was found (lighteval's own
 * reference scores are Git LFS pointers), so the file is built as lighteval's EvaluationTracker
 * writes it (src/lighteval/logging/evaluation_tracker.py, info_loggers.py at
 * 3fd15266bc8448b797e61462d293aa3fd40b3580): config_general, results with `<metric>_stderr` and
 * the `all` average, versions, config_tasks with each metric's higher_is_better, summary_tasks.
 */
const n = 1172;
const acc = 0.5;
const binomial = Math.sqrt((acc * (1 - acc)) / (n - 1));
const resultsFile = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      config_general: {
        lighteval_sha: "3fd15266bc8448b797e61462d293aa3fd40b3580",
        num_fewshot_seeds: 1,
        max_samples: null,
        job_id: 0,
        start_time: 1.0,
        end_time: 2.0,
        model_name: "HuggingFaceTB/SmolLM2-1.7B-Instruct",
        model_config: {},
      },
      results: {
        "leaderboard|arc:challenge|25": { acc, acc_stderr: binomial, acc_norm: 0.53, acc_norm_stderr: 0.0001 },
        "lighteval|wikitext|0": { word_perplexity: 18.2, word_perplexity_stderr: 0.0 },
        all: { acc, acc_stderr: binomial },
      },
      versions: { "leaderboard|arc:challenge|25": 0, "lighteval|wikitext|0": 1 },
      config_tasks: {
        "leaderboard|arc:challenge|25": {
          name: "arc:challenge",
          metrics: [
            { metric_name: "acc", higher_is_better: true },
            { metric_name: "acc_norm", higher_is_better: true },
          ],
        },
        "lighteval|wikitext|0": {
          name: "wikitext",
          metrics: [
            {
              metric_name: ["word_perplexity", "byte_perplexity"],
              higher_is_better: { word_perplexity: false, byte_perplexity: false },
            },
          ],
        },
      },
      summary_tasks: {
        "leaderboard|arc:challenge|25": {
          hashes: { example: "e1", full_prompt: "f1", input_tokens: "i1", cont_tokens: "c1" },
          truncated: 0,
          non_truncated: n,
          padded: 1000,
          non_padded: 172,
        },
        "lighteval|wikitext|0": {
          hashes: { example: "e2" },
          truncated: 10,
          non_truncated: 52,
          padded: 0,
          non_padded: 62,
        },
      },
      ...overrides,
    },
    null,
    2,
  );

function read(text: string): FileContribution {
  const decoded = decodeDocument("results_2026-05-05T17-54-23.json", text, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const find = (c: FileContribution, name: string, metric: string): Benchmark =>
  c.benchmarks.find((b) => (b.name === name || b.aliases.includes(name)) && b.metric === metric)!;

describe("lighteval reader (shape built from lighteval's source)", () => {
  it("each suite|task|fewshot under each metric, selectable by task; the 'all' average is not a benchmark", () => {
    const c = read(resultsFile());
    expect(c).toMatchObject({
      format: "lighteval",
      model: "HuggingFaceTB/SmolLM2-1.7B-Instruct",
      toolVersion: "git 3fd15266bc8448b797e61462d293aa3fd40b3580",
    });
    expect(find(c, "arc:challenge", "acc")).toMatchObject({
      name: "leaderboard|arc:challenge|25",
      value: acc,
      n,
      binary: true,
      higherIsBetter: true,
      scale: [0, 1],
    });
    expect(find(c, "arc:challenge", "acc").provenance).toMatchObject({ nShot: "25", version: "0", digest: "e1" });
    expect(c.benchmarks.some((b) => b.name === "all")).toBe(false);
  });

  it("a stderr that is not the binomial one is dropped: lighteval's bootstrap stderr is not a standard error", () => {
    const c = read(resultsFile());
    expect(find(c, "arc:challenge", "acc").stderr).toBe(binomial);
    expect(find(c, "arc:challenge", "acc_norm")).toMatchObject({ stderr: null, binary: false });
  });

  it("direction from config_tasks' higher_is_better; examples are truncated + non_truncated", () => {
    const c = read(resultsFile());
    expect(find(c, "wikitext", "word_perplexity")).toMatchObject({ higherIsBetter: false, n: 62, scale: null });
  });

  it("two few-shot settings of one task keep their full names: 'task' alone would be ambiguous", () => {
    const text = resultsFile({
      results: { "leaderboard|arc:challenge|25": { acc: 0.5 }, "leaderboard|arc:challenge|0": { acc: 0.4 } },
    });
    const c = read(text);
    expect(c.benchmarks.every((b) => b.aliases.length === 0)).toBe(true);
  });

  it("an accuracy outside [0, 1] or a negative count is refused at its field", () => {
    const text = resultsFile({ results: { "leaderboard|arc:challenge|25": { acc: 1.5 } } });
    const bad = decodeDocument("results.json", text, "auto");
    expect(!bad.ok && bad.diagnostics[0]!.message).toContain('value 1.5 of metric "acc" is outside its range [0, 1]');
    expect(!bad.ok && bad.diagnostics[0]!.location.line).toBe(text.split("\n").findIndex((l) => l.includes("1.5")) + 1);
    const count = decodeDocument(
      "results.json",
      resultsFile({ summary_tasks: { "leaderboard|arc:challenge|25": { truncated: -1, non_truncated: 3 } } }),
      "auto",
    );
    expect(!count.ok && count.diagnostics[0]!.message).toContain("truncated -1 is not a number of examples");
  });

  it("is told apart from lm-eval's results, which also have results and versions", () => {
    expect(read(resultsFile()).format).toBe("lighteval");
  });
});
