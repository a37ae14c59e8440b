import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { decodeEvalFile } from "../../src/shell/eval-files.ts";
import { workingTreeFiles } from "../../src/shell/repo-files.ts";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * Real output files from the eval tools, kept outside the project in ../shared (see its
 * SOURCES.md). Each case reads the file through the same pipeline `check` uses (detection by
 * content, the format's reader) and checks a value the file must yield. Skipped, visibly,
 * without them.
 */
const DIR = "../shared/fixtures/eval-formats";
const present = existsSync(DIR);
if (!present) console.warn(`conformance suite SKIPPED: ${DIR} is not beside this checkout`);

async function read(file: string): Promise<FileContribution> {
  const decoded = await decodeEvalFile(workingTreeFiles(DIR), file, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const bench = (list: Benchmark[], name: string, metric: string) => {
  const found = list.find((b) => b.name === name && b.metric === metric);
  if (found === undefined)
    throw new Error(`no ${name} ${metric} in ${list.map((b) => `${b.name}:${b.metric}`).join(", ")}`);
  return found;
};
const benchmarks = async (file: string) => (await read(file)).benchmarks;

describe.skipIf(!present)("lm-evaluation-harness", () => {
  it("mid-2024 results: asdiv acc 0.92 with its stderr, limit 50, 0/1 known from the binomial stderr", async () => {
    const file = await read("lm-eval-harness/results_2024-08-21T03-44-09.494230.json");
    expect(file.format).toBe("lm-eval");
    const asdiv = bench(file.benchmarks, "asdiv", "acc,none");
    expect(asdiv).toMatchObject({ value: 0.92, n: 50, binary: true });
    expect(asdiv.stderr).toBeCloseTo(0.0387561713321444, 12);
    expect(asdiv.provenance.limit).toBe(50);
  });

  it("reproduces the reported acc_stderr from the pre-v0.4.7 samples file (46 of 50)", async () => {
    const asdiv = bench(
      await benchmarks("lm-eval-harness/samples_asdiv_2024-08-21T03-44-09.494230.jsonl"),
      "asdiv",
      "acc,none",
    );
    expect(asdiv.n).toBe(50);
    expect(asdiv.value).toBe(0.92);
    expect(asdiv.stderr).toBeCloseTo(0.038756, 6);
  });

  it("newest results: groups kept by name, 'N/A' stderr read as none, the limit seen", async () => {
    const list = await benchmarks("lm-eval-harness/results_2026-07-08T18-15-33.115417.json");
    const belief = bench(list, "negotiationtom_belief", "acc,none");
    expect(belief.value).toBeCloseTo(0.45, 10);
    expect(belief.stderr).toBeCloseTo(0.114133, 5);
    expect(belief.provenance.limit).toBe(20);
    expect(list.filter((b) => b.metric.startsWith("micro_f1")).every((b) => b.stderr === null)).toBe(true);
    expect(list.some((b) => b.name === "negotiationtom")).toBe(true);
  });

  it("lm-eval 0.4.13 group row: each metric's count is its own sample_count (acc over 40), not sample_len 60; its subtasks' n-shot are seen through it (issue 20, class 4)", async () => {
    const list = await benchmarks("lm-eval-harness/results_2026-07-08T18-15-33.115417.json");
    expect(bench(list, "negotiationtom", "acc,none").n).toBe(40);
    expect(bench(list, "negotiationtom", "exact_match,none").n).toBe(20);
    expect(bench(list, "negotiationtom", "acc,none").provenance.subtasks).toEqual({
      negotiationtom_belief: "0",
      negotiationtom_desire: "0",
      negotiationtom_intention: "0",
    });
    expect(bench(list, "negotiationtom_belief", "acc,none").provenance.subtasks).toBeUndefined();
  });

  it("newest samples: belief reproduces 0.45 and its stderr; corpus metrics (lists) are skipped", async () => {
    const belief = bench(
      await benchmarks("lm-eval-harness/samples_negotiationtom_belief_2026-07-08T18-15-33.115417.jsonl"),
      "negotiationtom_belief",
      "acc,none",
    );
    expect(belief.value).toBeCloseTo(0.45, 10);
    expect(belief.stderr).toBeCloseTo(0.114133, 5);
    expect(belief.provenance.digest).toMatch(/^docs:20:/);
    const intention = await benchmarks(
      "lm-eval-harness/samples_negotiationtom_intention_2026-07-08T18-15-33.115417.jsonl",
    );
    expect(intention.map((b) => b.metric.split(",")[0])).not.toContain("micro_f1");
    expect(intention.some((b) => b.metric.startsWith("exact_match"))).toBe(true);
  });

  it("legacy v0.3 results with bare keys", async () => {
    const arc = bench(await benchmarks("lm-eval-harness/legacy_arc_challenge-v2.0-res.json"), "arc_challenge", "acc");
    expect(arc.stderr).not.toBeNull();
  });

  it("the gemma-2-2b base/instruct pair: LAMBADA ratio 0.919 with a lower bound below 0.90, so forgetting is inconclusive", async () => {
    const root = tempRepo({
      "evals/base.json": readFileSync(
        `${DIR}/lm-eval-harness/baseline_gemma-2-2b_results_2025-03-03T20-58-19.132054.json`,
        "utf8",
      ),
      "evals/it.json": readFileSync(
        `${DIR}/lm-eval-harness/candidate_gemma-2-2b-it_results_2025-03-02T04-43-48.956379.json`,
        "utf8",
      ),
      "tunegate.yml": `version: 1
name: gemma-it
approach: full-fine-tune
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 5000 }
evals:
  candidate: evals/it.json
  baseline: evals/base.json
  general: [lambada_openai, hellaswag, mmlu, sciq]
  metrics: { lambada_openai: acc, hellaswag: acc_norm, mmlu: acc, sciq: acc_norm }
`,
    });
    const { stdout } = await runCli(["check", "--format", "json"], root);
    const forgetting = JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "forgetting");
    expect(forgetting.outcome).toBe("inconclusive");
    const byName = Object.fromEntries(forgetting.evidence.map((e: { benchmark: string }) => [e.benchmark, e]));
    expect(byName.lambada_openai.estimate).toBeCloseTo(0.9185, 3);
    expect(byName.lambada_openai.lower).toBeLessThan(0.9);
    expect(byName.lambada_openai.decision).toBe("inconclusive");
    expect(byName.lambada_openai.n).toBe(5153);
    expect(byName.hellaswag.decision).toBe("pass");
    expect(byName.mmlu.estimate).toBeCloseTo(1.147, 2);
    expect(byName.mmlu.decision).toBe("pass");
    expect(byName.sciq.estimate).toBeCloseTo(0.965, 2);
    expect(byName.sciq.decision).toBe("pass");
    expect(forgetting.summary).toContain("inconclusive on lambada_openai");
  });
});

describe.skipIf(!present)("promptfoo", () => {
  it("V3 with metadata: means from the rows, not the summed prompt metrics; two providers, two benchmarks", async () => {
    const file = await read("promptfoo/sample-export_v0.118.10.json");
    expect(file.toolVersion).toBe("0.118.10");
    const gpt5 = file.benchmarks.find((b) => b.name.endsWith("@openai:gpt-5") && b.metric === "score")!;
    expect(gpt5.value).toBeCloseTo((0.5 + 0.6666666666666666) / 2, 10);
    expect(file.benchmarks.find((b) => b.name.endsWith("@openai:gpt-5") && b.metric === "pass_rate")!.value).toBe(0);
  });
  it("V3 unsorted rows pair by test and prompt", async () => {
    const file = await read("promptfoo/simple-cli_output_v3.json");
    expect(file.format).toBe("promptfoo");
    // Two prompts (an A/B in one file) are two benchmarks, paired within each by test; pooled, they are one.
    const perPrompt = file.benchmarks.filter((x) => x.metric === "pass_rate" && !x.pooled);
    expect(perPrompt.map((b) => [b.name, b.n, b.value])).toEqual([
      ["simple_test#prompt-1", 4, 1],
      ["simple_test#prompt-2", 4, 1],
    ]);
    expect(file.benchmarks.find((x) => x.metric === "pass_rate" && x.pooled)).toMatchObject({
      name: "simple_test",
      n: 8,
      value: 1,
    });
  });
  it("red team: success means the target resisted; 2 of 6 attacks got through, both self-harm", async () => {
    const list = await benchmarks("promptfoo/redteam_output_promptfoo-action.json");
    expect(bench(list, "redteam", "resisted").value).toBeCloseTo(4 / 6, 10);
    expect(bench(list, "redteam", "resisted").errored).toBe(0); // their "error" text is the grader's reason, not a provider error
    expect(bench(list, "harmful:self-harm", "resisted").value).toBeCloseTo(1 / 3, 10);
    expect(bench(list, "harmful:hate", "resisted").value).toBe(1);
  });
  it("V2 and V1 are read", async () => {
    for (const file of ["promptfoo/replicate-llama4-scout_output_v2.json", "promptfoo/multishot_output_v1.json"]) {
      const contribution = await read(file);
      expect(contribution.format).toBe("promptfoo");
      expect(contribution.benchmarks.length).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!present)("Inspect AI", () => {
  it(".eval (DEFLATE): accuracy 0.8 and its stderr reproduced from the reductions", async () => {
    const log = await read("inspect-ai/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval");
    const b = bench(log.benchmarks, "popularity", "accuracy");
    expect(b.value).toBe(0.8);
    expect(b.stderr).toBeCloseTo(0.13333, 5);
    expect(b.examples?.kind).toBe("keyed");
    const values = [...(b.examples as { scores: Map<string, number> }).scores.values()];
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    expect(
      Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1) / values.length),
    ).toBeCloseTo(0.13333, 5);
    expect(log.incomplete).toBeNull();
  });
  it("epochs are reduced per sample: sample 1 is 0.5", async () => {
    const b = (await benchmarks("inspect-ai/log_streaming_epochs2.eval"))[0]!;
    expect((b.examples as { scores: Map<string, number> }).scores.get("1")).toBe(0.5);
  });
  it("the 0.3.154 .eval and the .json logs are read", async () => {
    expect((await benchmarks("inspect-ai/mmlu-summary-choices.eval")).length).toBeGreaterThan(0);
    for (const file of [
      "inspect-ai/2025-05-12T20-28-26-04-00_security-guide.json",
      "inspect-ai/log_formats_v0.3.41.json",
    ]) {
      const log = await read(file);
      expect(log.format).toBe("inspect");
      expect(log.benchmarks.length).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!present)("OpenAI evals", () => {
  it("is recognised and named as not read yet", async () => {
    const decoded = await decodeEvalFile(
      workingTreeFiles(DIR),
      "openai-evals/record_test-match_2023-04-17.jsonl",
      "auto",
    );
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain(
      "openai-evals output, which tunegate does not read yet",
    );
  });
});
