import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { check, expectInputError } from "./harness.ts";

/**
 * Hostile input for the readers of issue 24 (JUnit XML has its own file): malformed rows placed at
 * file:line, JSON tricks refused, and big JSON-lines files read in a stream. Through the CLI: exit
 * 2, nothing on stdout, no stack trace.
 */
const plan = (file: string, suite: string) =>
  `${MINIMAL_PLAN}evals:\n  candidate: evals/${file}\n  task: [${JSON.stringify(suite)}]\n  task_floor: 0.5\n`;
const run = (file: string, suite: string, text: string, ...flags: string[]) =>
  check(tempRepo({ "tunegate.yml": plan(file, suite), [`evals/${file}`]: text }), ...flags);

const setup =
  '{"entry_type": "start_run setup", "_config.version": "0.13.3", "plugins.target_type": "openai", "plugins.target_name": "m"}';
const garakEval = (probe: string, passed: number, total: number) =>
  JSON.stringify({
    entry_type: "eval",
    probe,
    detector: "d.D",
    passed,
    fails: total - passed,
    nones: 0,
    total_evaluated: total,
  });
const ragasRow = (q: string, faithfulness: number | string) =>
  `{"user_input": ${JSON.stringify(q)}, "response": "r", "faithfulness": ${faithfulness}}`;
const deepevalRun = (score: number) =>
  `{"testRunData": {"testCases": [{"name": "t0", "input": "q", "success": true, "metricsData": [{"name": "Faithfulness", "threshold": 0.5, "success": true, "score": ${score}}]}], "conversationalTestCases": [], "metricsScores": []}}`;

describe("hostile input, new formats", () => {
  it("garak: a line that is not JSON, in a report, is placed at its line", async () => {
    const r = await run(
      "scan.report.jsonl",
      "p.P",
      `${setup}\n${garakEval("p.P", 1, 2)}\n{"entry_type": "eval", "probe": \n{"entry_type": "completion"}\n`,
    );
    expectInputError(r, /evals\/scan\.report\.jsonl:3:1: error: not a JSON object/);
  });

  // npm run bench (hostile) reads a report of 300,000 such lines and prints its memory.
  it("garak: 30,000 attempt lines are streamed past, and the scan's eval judged", async () => {
    const attempt =
      '{"entry_type": "attempt", "status": 2, "probe_classname": "p.P", "detector_results": {"d.D": [0.0]}, "outputs": [{"text": "no"}]}';
    const text = `${setup}\n${`${attempt}\n`.repeat(30_000)}${garakEval("p.P", 9, 10)}\n{"entry_type": "completion"}\n`;
    const r = await run("scan.report.jsonl", "p.P", text, "--format", "json");
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout).plans[0].report as { gates: Array<{ id: string; details: string[] }> };
    expect(report.gates.find((g) => g.id === "task-quality")!.details[0]).toMatch(/^p\.P \(resisted\): 0\.900/);
  });

  it("Ragas: a score outside [0, 1] in a JSON-lines file is placed at its line", async () => {
    const r = await run("ragas.jsonl", "faithfulness", `${ragasRow("q1", 0.5)}\n${ragasRow("q2", 3)}\n`);
    expectInputError(
      r,
      /evals\/ragas\.jsonl:2:1: error \[faithfulness\]: score 3 of metric "faithfulness" is outside Ragas's range \[0, 1\]/,
    );
  });

  it("Ragas: a metric that failed on every sample is missing data, never a pass", async () => {
    const r = await run(
      "ragas_results.json",
      "faithfulness",
      `[${ragasRow("q1", "NaN")}, ${ragasRow("q2", "NaN")}]`,
      "--format",
      "json",
    );
    const report = JSON.parse(r.stdout).plans[0].report as { gates: Array<{ id: string; outcome: string }> };
    expect(report.gates.find((g) => g.id === "task-quality")!.outcome).not.toBe("pass");
  });

  it("DeepEval: a key written twice is refused at its line, so the score a reviewer reads is the one judged", async () => {
    const text = deepevalRun(0.9).replace('"score": 0.9', '"score": 0.9, "score": 0.1');
    const r = await run("latest_test_run.json", "Faithfulness", text);
    expectInputError(r, /evals\/latest_test_run\.json:1:\d+: error: the key "score" appears twice in one object/);
  });

  it("Every Eval Ever: a sample line without its correctness is placed at its line", async () => {
    const line = (id: string, correct: string) =>
      `{"schema_version": "0.3.0", "evaluation_id": "x", "model_id": "m", "evaluation_name": "bench", "sample_id": "${id}", "evaluation": {"score": 1, "is_correct": ${correct}}}`;
    const r = await run("eval_samples.jsonl", "bench", `${line("a", "true")}\n${line("b", "null")}\n`);
    expectInputError(
      r,
      /evals\/eval_samples\.jsonl:2:1: error \[evaluation\.is_correct\]: a sample needs evaluation_name, sample_id and evaluation\.is_correct/,
    );
  });

  it("lighteval: a negative count is placed at its field", async () => {
    const text = JSON.stringify(
      {
        config_general: { model_name: "m" },
        results: { "l|t|0": { acc: 0.5 } },
        versions: {},
        summary_tasks: { "l|t|0": { truncated: 0, non_truncated: -4 } },
      },
      null,
      2,
    );
    const r = await run("results_x.json", "t", text);
    expectInputError(
      r,
      /evals\/results_x\.json:\d+:\d+: error \[summary_tasks\.l\|t\|0\.non_truncated\]: non_truncated -4 is not a number of examples/,
    );
  });
});
