import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import { exampleScores, type Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { decodeEvalFile } from "../../src/shell/eval-files.ts";
import { workingTreeFiles } from "../../src/shell/repo-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/** Every Eval Ever files from the EvalEval coalition's own repository (test/fixtures/real/SOURCES.md). */
const REAL = "test/fixtures/real/every-eval-ever";
const real = (name: string) => readFileSync(`${REAL}/${name}`, "utf8");

function read(text: string, file = "eval.json"): FileContribution {
  const decoded = decodeDocument(file, text, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const named = (c: FileContribution, name: string): Benchmark =>
  c.benchmarks.find((b) => b.name === name || b.aliases.includes(name))!;

describe("Every Eval Ever reader, on the coalition's own files", () => {
  it("schema 0.2.0 (HF Open LLM v2): each evaluation result a benchmark, direction and scale from the file, the model's id", () => {
    const c = read(real("98ea850e-7019-4728-a558-8b1819ec47c2.json"));
    expect(c).toMatchObject({ format: "every-eval-ever", model: "TencentARC/LLaMA-Pro-8B-Instruct" });
    expect(named(c, "IFEval")).toMatchObject({
      metric: "score",
      value: 0.4486,
      higherIsBetter: true,
      scale: [0, 1],
      n: null,
      stderr: null,
    });
    expect(c.benchmarks.map((b) => b.name)).toEqual(["IFEval", "BBH", "MATH Level 5", "GPQA", "MUSR", "MMLU-PRO"]);
  });

  it("schema 0.2.2 (MMLU-Pro leaderboard): metric_id names the metric, evaluation_result_id selects it too", () => {
    const c = read(real("676f4465-ce78-411a-9f5a-c97b3d2eac4f.json"));
    expect(named(c, "MMLU-Pro (overall)")).toMatchObject({ metric: "mmlu_pro/overall", value: 0.5229 });
    expect(named(c, "mmlu_pro/overall").name).toBe("MMLU-Pro (overall)");
    expect(c.toolVersion).toBe("MMLU-Pro leaderboard (TIGER-Lab)");
  });

  it("schema 0.3.0 with its instance-level samples: per-sample correctness by sample_id", async () => {
    expect(named(read(real("f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json")), "demo-source.demo_bench")).toMatchObject({
      metric: "accuracy",
      value: 0.75,
    });
    const samples = await decodeEvalFile(
      workingTreeFiles(process.cwd()),
      `${REAL}/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40_samples.jsonl`,
      "auto",
    );
    if (!samples.ok) throw new Error(samples.diagnostics[0]!.message);
    const b = named(samples.contribution, "demo-source.demo_bench");
    expect(b).toMatchObject({ metric: "correct", n: 1, value: 1, binary: true, higherIsBetter: true });
    expect(exampleScores(b.examples!)).toEqual(Float64Array.from([1]));
    expect(samples.contribution.model).toBe("demo-org/demo-model");
  });
});

describe("Every Eval Ever reader, on shapes built from eval.schema.json", () => {
  const file = (results: unknown[]) =>
    JSON.stringify(
      {
        schema_version: "0.3.0",
        evaluation_id: "x",
        retrieved_timestamp: "1",
        source_metadata: {},
        eval_library: { name: "lm_eval", version: "0.4.9" },
        model_info: { name: "m", id: "org/m" },
        evaluation_results: results,
      },
      null,
      2,
    );
  const result = (config: Record<string, unknown>, details: Record<string, unknown>) => ({
    evaluation_name: "bench",
    source_data: { dataset_name: "d", source_type: "url", url: ["u"] },
    metric_config: config,
    score_details: details,
  });

  it("lower_is_better, the standard error and the sample count are read as the file gives them", () => {
    const c = read(
      file([
        result(
          { metric_id: "rmse", lower_is_better: true, score_type: "continuous", min_score: 0, max_score: 10 },
          { score: 2.5, uncertainty: { standard_error: { value: 0.1, method: "analytic" }, num_samples: 400 } },
        ),
      ]),
    );
    expect(named(c, "bench")).toMatchObject({
      metric: "rmse",
      higherIsBetter: false,
      scale: [0, 10],
      stderr: 0.1,
      n: 400,
      binary: false,
    });
    expect(c.toolVersion).toBe("lm_eval 0.4.9");
  });

  it("an accuracy whose standard error is the binomial one is judged as 0/1 outcomes", () => {
    const p = 0.6;
    const n = 500;
    const c = read(
      file([
        result(
          { metric_id: "accuracy", lower_is_better: false, min_score: 0, max_score: 1 },
          { score: p, uncertainty: { standard_error: { value: Math.sqrt((p * (1 - p)) / (n - 1)) }, num_samples: n } },
        ),
      ]),
    );
    expect(named(c, "bench").binary).toBe(true);
  });

  it("a result that does not say its direction is refused: it is never guessed", () => {
    const decoded = decodeDocument("eval.json", file([result({ metric_id: "accuracy" }, { score: 0.5 })]), "auto");
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain("does not say whether lower is better");
  });

  it("a score outside the file's own range is refused at its field", () => {
    const text = file([
      result({ metric_id: "accuracy", lower_is_better: false, min_score: 0, max_score: 1 }, { score: 1.2 }),
    ]);
    const decoded = decodeDocument("eval.json", text, "auto");
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain(
      'score 1.2 of "bench" is outside its own range [0, 1]',
    );
    expect(!decoded.ok && decoded.diagnostics[0]!.location.line).toBe(
      text.split("\n").findIndex((l) => l.includes("1.2")) + 1,
    );
  });

  it("a sample scored twice, or one without is_correct, is refused at its line", async () => {
    const line = (id: string, correct: unknown) =>
      JSON.stringify({
        schema_version: "0.3.0",
        evaluation_id: "x",
        model_id: "m",
        evaluation_name: "bench",
        sample_id: id,
        interaction_type: "single_turn",
        input: { raw: "q" },
        answer_attribution: [],
        evaluation: { score: 1, is_correct: correct },
      });
    const root = tempRepo({
      "twice.jsonl": `${line("a", true)}\n${line("a", false)}\n`,
      "no.jsonl": `${line("a", true)}\n${line("b", "yes")}\n`,
    });
    const twice = await decodeEvalFile(workingTreeFiles(root), "twice.jsonl", "auto");
    expect(!twice.ok && twice.diagnostics[0]).toMatchObject({
      location: { line: 2 },
      message: expect.stringContaining("appears twice"),
    });
    const no = await decodeEvalFile(workingTreeFiles(root), "no.jsonl", "auto");
    expect(!no.ok && no.diagnostics[0]).toMatchObject({ location: { line: 2 }, field: "evaluation.is_correct" });
  });
});
