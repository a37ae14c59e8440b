import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectJsonFormat, detectJsonLineFormat } from "../../src/engine/evals/detect.ts";
import { readInspect } from "../../src/engine/evals/inspect.ts";
import { parseLenientJson } from "../../src/engine/evals/lenient-json.ts";
import { LmEvalSamples, readLmEvalResults, taskFromSamplesFile } from "../../src/engine/evals/lm-eval.ts";
import type { Benchmark } from "../../src/engine/evals/model.ts";
import { readPromptfoo } from "../../src/engine/evals/promptfoo.ts";
import { zipMembers } from "../../src/shell/zip.ts";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * Real output files from the eval tools, kept outside the project in ../shared (see its
 * SOURCES.md). Each case checks a value the file must yield. Skipped, visibly, without them.
 */
const DIR = "../shared/fixtures/eval-formats";
const present = existsSync(DIR);
if (!present) console.warn(`conformance suite SKIPPED: ${DIR} is not beside this checkout`);

const json = (file: string) => parseLenientJson(readFileSync(`${DIR}/${file}`, "utf8")) as Record<string, unknown>;
const bench = (list: Benchmark[], name: string, metric: string) => {
  const found = list.find((b) => b.name === name && b.metric === metric);
  if (found === undefined) throw new Error(`no ${name} ${metric} in ${list.map((b) => `${b.name}:${b.metric}`).join(", ")}`);
  return found;
};
function samples(file: string): Benchmark[] {
  const task = taskFromSamplesFile(file)!;
  const acc = new LmEvalSamples(file, task);
  for (const line of readFileSync(`${DIR}/${file}`, "utf8").split("\n")) if (line.trim() !== "") acc.add(parseLenientJson(line) as Record<string, unknown>);
  return acc.benchmarks(null);
}
function inspectEval(file: string) {
  const members = zipMembers(readFileSync(`${DIR}/${file}`));
  const header = members.find((m) => m.name === "header.json");
  const reductions = members.find((m) => m.name === "reductions.json");
  return readInspect(file, JSON.parse(header!.read(1e8).toString()), reductions === undefined ? undefined : JSON.parse(reductions.read(1e8).toString()));
}

describe.skipIf(!present)("lm-evaluation-harness", () => {
  it("mid-2024 results: asdiv acc 0.92 with its stderr, limit 50", () => {
    const data = json("lm-eval-harness/results_2024-08-21T03-44-09.494230.json");
    expect(detectJsonFormat(data)).toBe("lm-eval");
    const asdiv = bench(readLmEvalResults("r", data), "asdiv", "acc,none");
    expect(asdiv).toMatchObject({ value: 0.92, n: 50, binary: true });
    expect(asdiv.stderr).toBeCloseTo(0.0387561713321444, 12);
    expect(asdiv.provenance.limit).toBe(50);
  });

  it("reproduces the reported acc_stderr from the pre-v0.4.7 samples file (46 of 50)", () => {
    const asdiv = bench(samples("lm-eval-harness/samples_asdiv_2024-08-21T03-44-09.494230.jsonl"), "asdiv", "acc,none");
    expect(asdiv.n).toBe(50);
    expect(asdiv.value).toBe(0.92);
    expect(asdiv.stderr).toBeCloseTo(0.038756, 6);
  });

  it("newest results: groups kept by name, 'N/A' stderr read as none, the limit seen", () => {
    const list = readLmEvalResults("r", json("lm-eval-harness/results_2026-07-08T18-15-33.115417.json"));
    const belief = bench(list, "negotiationtom_belief", "acc,none");
    expect(belief.value).toBeCloseTo(0.45, 10);
    expect(belief.stderr).toBeCloseTo(0.114133, 5);
    expect(belief.provenance.limit).toBe(20);
    expect(list.filter((b) => b.metric.startsWith("micro_f1")).every((b) => b.stderr === null)).toBe(true);
    expect(list.some((b) => b.name === "negotiationtom")).toBe(true);
  });

  it("newest samples: belief reproduces 0.45 and its stderr; corpus metrics (lists) are skipped", () => {
    const belief = bench(samples("lm-eval-harness/samples_negotiationtom_belief_2026-07-08T18-15-33.115417.jsonl"), "negotiationtom_belief", "acc,none");
    expect(belief.value).toBeCloseTo(0.45, 10);
    expect(belief.stderr).toBeCloseTo(0.114133, 5);
    expect(belief.provenance.digest).toMatch(/^docs:20:/);
    const intention = samples("lm-eval-harness/samples_negotiationtom_intention_2026-07-08T18-15-33.115417.jsonl");
    expect(intention.map((b) => b.metric.split(",")[0])).not.toContain("micro_f1");
    expect(intention.some((b) => b.metric.startsWith("exact_match"))).toBe(true);
  });

  it("legacy v0.3 results with bare keys", () => {
    const arc = bench(readLmEvalResults("r", json("lm-eval-harness/legacy_arc_challenge-v2.0-res.json")), "arc_challenge", "acc");
    expect(arc.stderr).not.toBeNull();
  });

  it("the gemma-2-2b base/instruct pair: LAMBADA ratio 0.919 with a lower bound below 0.90, so forgetting is inconclusive", async () => {
    const root = tempRepo({
      "evals/base.json": readFileSync(`${DIR}/lm-eval-harness/baseline_gemma-2-2b_results_2025-03-03T20-58-19.132054.json`, "utf8"),
      "evals/it.json": readFileSync(`${DIR}/lm-eval-harness/candidate_gemma-2-2b-it_results_2025-03-02T04-43-48.956379.json`, "utf8"),
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
    const forgetting = JSON.parse(stdout).gates.find((g: { id: string }) => g.id === "forgetting");
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
  it("V3 with metadata: means from the rows, not the summed prompt metrics; two providers, two benchmarks", () => {
    const read = readPromptfoo("p", json("promptfoo/sample-export_v0.118.10.json"));
    const gpt5 = read.benchmarks.find((b) => b.name.endsWith("@openai:gpt-5") && b.metric === "score")!;
    expect(gpt5.value).toBeCloseTo((0.5 + 0.6666666666666666) / 2, 10);
    expect(read.benchmarks.find((b) => b.name.endsWith("@openai:gpt-5") && b.metric === "pass_rate")!.value).toBe(0);
  });
  it("V3 unsorted rows pair by test and prompt", () => {
    const data = json("promptfoo/simple-cli_output_v3.json");
    expect(detectJsonFormat(data)).toBe("promptfoo");
    const b = readPromptfoo("p", data).benchmarks.find((x) => x.metric === "pass_rate")!;
    expect(b.n).toBe(8);
    expect(b.value).toBe(1);
  });
  it("red team: success means the target resisted; 2 of 6 attacks got through, both self-harm", () => {
    const list = readPromptfoo("p", json("promptfoo/redteam_output_promptfoo-action.json")).benchmarks;
    expect(bench(list, "redteam", "resisted").value).toBeCloseTo(4 / 6, 10);
    expect(bench(list, "harmful:self-harm", "resisted").value).toBeCloseTo(1 / 3, 10);
    expect(bench(list, "harmful:hate", "resisted").value).toBe(1);
  });
  it("V2 and V1 are read", () => {
    for (const file of ["promptfoo/replicate-llama4-scout_output_v2.json", "promptfoo/multishot_output_v1.json"]) {
      const data = json(file);
      expect(detectJsonFormat(data)).toBe("promptfoo");
      expect(readPromptfoo(file, data).benchmarks.length).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!present)("Inspect AI", () => {
  it(".eval (DEFLATE): accuracy 0.8 and its stderr reproduced from the reductions", () => {
    const read = inspectEval("inspect-ai/2025-02-11T15-18-04-05-00_popularity_mj7khqpMM4GBCfVQozKgzB.eval");
    const b = bench(read.benchmarks, "popularity", "accuracy");
    expect(b.value).toBe(0.8);
    expect(b.stderr).toBeCloseTo(0.13333, 5);
    expect(b.examples?.kind).toBe("keyed");
    const values = [...(b.examples as { scores: Map<string, number> }).scores.values()];
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    expect(Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1) / values.length)).toBeCloseTo(0.13333, 5);
    expect(read.incomplete).toBeNull();
  });
  it("epochs are reduced per sample: sample 1 is 0.5", () => {
    const b = inspectEval("inspect-ai/log_streaming_epochs2.eval").benchmarks[0]!;
    expect((b.examples as { scores: Map<string, number> }).scores.get("1")).toBe(0.5);
  });
  it("the 0.3.154 .eval and the .json logs are read", () => {
    expect(inspectEval("inspect-ai/mmlu-summary-choices.eval").benchmarks.length).toBeGreaterThan(0);
    for (const file of ["inspect-ai/2025-05-12T20-28-26-04-00_security-guide.json", "inspect-ai/log_formats_v0.3.41.json"]) {
      const data = json(file);
      expect(detectJsonFormat(data)).toBe("inspect");
      expect(readInspect(file, data, data["reductions"]).benchmarks.length).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!present)("OpenAI evals", () => {
  it("is recognised and named as not read yet", () => {
    const first = readFileSync(`${DIR}/openai-evals/record_test-match_2023-04-17.jsonl`, "utf8").split("\n")[0]!;
    expect(detectJsonLineFormat(JSON.parse(first))).toBe("openai-evals");
  });
});
