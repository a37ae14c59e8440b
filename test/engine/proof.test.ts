import { describe, expect, it } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import {
  binomialStderr,
  lmEvalResults,
  lmEvalSamples,
  promptfooOutput,
  type PromptfooRow,
} from "../helpers/eval-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * Issue 20: a PASS is a proof. One test (or more) per class of the issue that the other suites do
 * not already cover, each through the whole `check` pipeline on files in the tools' own shapes.
 */

const plan = (evals: string, approach = "lora") => `version: 1
name: proof
approach: ${approach}
use_case: { task: behavior, knowledge_change: static, citations_required: false, style_requirements: high, monthly_queries: 10000 }
training: { examples: 600 }
evals:
${evals}`;

async function check(files: Record<string, string>, policy?: string) {
  const root = tempRepo({ ...files, ...(policy === undefined ? {} : { "policy.yml": policy }) });
  const result = await runCli(
    ["check", "--format", "json", ...(policy === undefined ? [] : ["--policy", "policy.yml"])],
    root,
  );
  return { ...result, report: result.code === 2 ? undefined : planReport(result.stdout) };
}
const gateOf = (report: { gates: Array<{ id: string }> }, id: string) =>
  report.gates.find((g) => g.id === id) as unknown as {
    outcome: string;
    level: string;
    summary: string;
    details: string[];
    evidence: Array<Record<string, unknown>>;
  };

describe("class 1: not shown non-inferior is not deployed", () => {
  it("ratio 0.829 against a 0.90 margin on 100 paired examples FAILs and exits 1 (was inconclusive, exit 0)", async () => {
    const base = Float64Array.from({ length: 100 }, (_, i) => (i < 70 ? 1 : 0));
    const cand = Float64Array.from({ length: 100 }, (_, i) => (i < 58 ? 1 : 0));
    const { code, report } = await check({
      "tunegate.yml": plan("  candidate: c/*.jsonl\n  baseline: b/*.jsonl\n  general: [arc]\n"),
      "b/samples_arc_2026-11-01T00-00-00.jsonl": lmEvalSamples(base),
      "c/samples_arc_2026-11-02T00-00-00.jsonl": lmEvalSamples(cand),
    });
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.evidence[0]).toMatchObject({ decision: "fail", n: 100 });
    expect(forgetting.evidence[0]!["estimate"] as number).toBeCloseTo(58 / 70, 9);
    expect(forgetting.evidence[0]!["upper"] as number).toBeGreaterThan(0.9);
    expect(forgetting.outcome).toBe("fail");
    expect(code).toBe(1);
  });

  it("inconclusive blocks a required gate by default; a policy may relax it, and the report names the relaxation", async () => {
    // 0.905 vs a 0.90 margin on 60 examples: the estimate holds, the bound does not
    const safe = { value: 0.99, stderr: binomialStderr(0.99, 2000), n: 2000 };
    const files = {
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  general: [arc]\n  safety: [xstest]\n"),
      "c.json": lmEvalResults({ arc: { value: 0.6335, stderr: binomialStderr(0.6335, 600), n: 600 }, xstest: safe }),
      "b.json": lmEvalResults({ arc: { value: 0.7, stderr: binomialStderr(0.7, 600), n: 600 }, xstest: safe }),
    };
    const strict = await check(files);
    expect(gateOf(strict.report, "forgetting")).toMatchObject({ outcome: "inconclusive", level: "error" });
    expect(strict.code).toBe(1);
    const relaxed = await check(files, "severities:\n  inconclusive: warning\n");
    const g = gateOf(relaxed.report, "forgetting");
    expect(g).toMatchObject({ outcome: "inconclusive", level: "warning" });
    expect(g.details).toContain("counts as warning (severities.inconclusive in policy.yml)");
    expect(relaxed.code).toBe(0);
  });
});

describe("class 2: more benchmarks never weaken the gate", () => {
  it("ratio 0.928 [0.910, 0.946] vs 0.95 fails alone and still fails beside nine that pass; multiplicity: holm is refused", async () => {
    // The benchmark that fails has 5,000 examples (its interval is the title's); the nine that
    // pass need fewer to pass clearly: 1,000 each.
    const scores = (p: number, n = 5000) =>
      Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n < p * n ? 1 : 0));
    const files = (others: number) => {
      const out: Record<string, string> = {
        "b/samples_hit_2026-11-01T00-00-00.jsonl": lmEvalSamples(scores(0.7)),
        "c/samples_hit_2026-11-02T00-00-00.jsonl": lmEvalSamples(scores(0.65)),
      };
      for (let k = 0; k < others; k++) {
        out[`b/samples_ok${k}_2026-11-01T00-00-00.jsonl`] = lmEvalSamples(scores(0.7, 1000));
        out[`c/samples_ok${k}_2026-11-02T00-00-00.jsonl`] = lmEvalSamples(scores(0.72, 1000));
      }
      const names = ["hit", ...Array.from({ length: others }, (_, k) => `ok${k}`)];
      return {
        ...out,
        "tunegate.yml": plan(`  candidate: c/*.jsonl\n  baseline: b/*.jsonl\n  general: [${names.join(", ")}]\n`),
      };
    };
    const policy = "gates:\n  forgetting:\n    min_ratio: 0.95\n";
    for (const others of [0, 9]) {
      const { code, report } = await check(files(others), policy);
      const hit = gateOf(report, "forgetting").evidence.find((e) => e["benchmark"] === "hit")!;
      expect(hit["estimate"] as number).toBeCloseTo(0.65 / 0.7, 3);
      expect(hit["upper"] as number).toBeLessThan(0.95);
      expect(hit).toMatchObject({ decision: "fail", note: "significant: the upper bound misses the margin too" });
      const theNine = gateOf(report, "forgetting").evidence.filter((e) => e["benchmark"] !== "hit");
      expect(theNine.map((e) => e["decision"])).toEqual(Array.from({ length: others }, () => "pass"));
      expect(code).toBe(1);
    }
    const holm = await check(files(1), `${policy}statistics:\n  multiplicity: holm\n`);
    expect(holm.code).toBe(2);
    expect(holm.stderr).toMatch(/policy\.yml:\d+:\d+: .*statistics\.multiplicity/);
  });
});

describe("class 4: a group row hides its subtasks' settings", () => {
  const group = (shots: Record<string, number>, value: number) =>
    lmEvalResults(
      {
        mmlu: { value, stderr: binomialStderr(value, 2000), n: 2000 },
        mmlu_stem: { value, stderr: binomialStderr(value, 1000), n: 1000 },
        mmlu_humanities: { value, stderr: binomialStderr(value, 1000), n: 1000 },
      },
      {
        group_subtasks: { mmlu: ["mmlu_stem", "mmlu_humanities"], mmlu_stem: [], mmlu_humanities: [] },
        "n-shot": { mmlu: 0, ...shots },
      },
    );
  it("subtasks run 5-shot on one side and 0-shot on the other: the group row is not comparable, and says which", async () => {
    const { report } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  general: [mmlu]\n"),
      "c.json": group({ mmlu_stem: 5, mmlu_humanities: 5 }, 0.66),
      "b.json": group({ mmlu_stem: 0, mmlu_humanities: 0 }, 0.25),
    });
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("fail");
    expect(forgetting.summary).toContain("not comparable: mmlu");
    expect(forgetting.details.join("\n")).toContain(
      "n-shot differs on 2 subtasks of the group (mmlu_humanities: candidate 5, baseline 0; mmlu_stem: candidate 5, baseline 0)",
    );
  });
  it("lm-eval 0.4.9+ group rows: the example count is the metric's own sample_count, not sample_len", async () => {
    const text = JSON.parse(lmEvalResults({ tom: { value: 0.525, stderr: 0.08, n: 40 } }));
    text.results.tom = {
      alias: "tom",
      sample_len: 60,
      "acc,none": 0.525,
      "acc_stderr,none": 0.08,
      "exact_match,none": 0.2,
      "exact_match_stderr,none": 0.09,
      sample_count: { "acc,none": 40, "exact_match,none": 20 },
    };
    delete text["n-samples"].tom;
    const { report } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  safety: [tom]\n  metrics: { tom: acc }\n"),
      "c.json": JSON.stringify(text),
    });
    expect(gateOf(report, "safety").evidence[0]).toMatchObject({ n: 40 });
  });
});

describe("class 5: a floor that cannot apply to a metric is refused, naming it", () => {
  it("a lower-is-better metric (the tool says so) against the safety floor: exit 2 at the plan's line", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  safety: [toxicity]\n"),
      "c.json": lmEvalResults({
        toxicity: { metric: "score", value: 0.1, stderr: 0.01, n: 500, higherIsBetter: false },
      }),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /tunegate\.yml:\d+:\d+: error \[evals\.safety\[0\]\]: "toxicity" is measured with score,none .* and lower is better \(the tool says so\): the floor 0\.95 \(gates\.safety\.min_score\) cannot apply to it/,
    );
  });
  it("a judge score of 36 on a 0-100 scale, or word_perplexity 8.9, against a 0.8 task floor: exit 2", async () => {
    const judge = await check({
      "tunegate.yml": plan("  candidate: c.json\n  task: [judge]\n  task_floor: 0.8\n", "rag"),
      "c.json": lmEvalResults({ judge: { metric: "llm_judge", value: 36, stderr: 1.2, n: 200 } }),
    });
    expect(judge.code).toBe(2);
    expect(judge.stderr).toContain(
      '"judge" is measured with llm_judge,none (36 in c.json), and its value is outside [0, 1], so its scale is not the floor\'s: the floor 0.8 (evals.task_floor) cannot apply to it',
    );
    const ppl = await check({
      "tunegate.yml": plan("  candidate: c.json\n  task: [wikitext]\n  task_floor: 0.8\n", "rag"),
      "c.json": lmEvalResults({
        wikitext: { metric: "word_perplexity", value: 8.9, stderr: 0.2, n: 62, higherIsBetter: false },
      }),
    });
    expect(ppl.code).toBe(2);
    expect(ppl.stderr).toContain("lower is better");
  });

  it("the reader's own scale decides where the file gives one: a 0.9 on an Every Eval Ever 0-10 scale is refused for a 0.8 floor, and its lower_is_better too", async () => {
    const eee = (config: Record<string, unknown>, score: number) =>
      JSON.stringify({
        schema_version: "0.3.0",
        evaluation_id: "x",
        retrieved_timestamp: "1",
        source_metadata: {},
        eval_library: { name: "lm_eval", version: "0.4.9" },
        model_info: { name: "m", id: "org/m" },
        evaluation_results: [
          {
            evaluation_name: "judge",
            source_data: { dataset_name: "d", source_type: "url", url: ["u"] },
            metric_config: config,
            score_details: { score, uncertainty: { standard_error: { value: 0.01 }, num_samples: 400 } },
          },
        ],
      });
    const scaled = await check({
      "tunegate.yml": plan("  candidate: c.json\n  task: [judge]\n  task_floor: 0.8\n", "rag"),
      "c.json": eee({ metric_id: "rating", lower_is_better: false, min_score: 0, max_score: 10 }, 0.9),
    });
    expect(scaled.code).toBe(2);
    expect(scaled.stderr).toContain(
      '"judge" is measured with rating (0.9 in c.json), and its scale is [0, 10], not [0, 1]: the floor 0.8 (evals.task_floor) cannot apply to it',
    );
    const lower = await check({
      "tunegate.yml": plan("  candidate: c.json\n  task: [judge]\n  task_floor: 0.8\n", "rag"),
      "c.json": eee({ metric_id: "rating", lower_is_better: true, min_score: 0, max_score: 1 }, 0.9),
    });
    expect(lower.code).toBe(2);
    expect(lower.stderr).toContain("lower is better (the tool says so)");
  });
});

describe("class 6: per-sample values that are not the aggregate's metric", () => {
  it("a loglikelihood task's per-sample perplexity (a log-likelihood) is never paired on: the results file's perplexity is judged alone", async () => {
    // The results file says perplexity went from 2.8 to 21.0 (lower is better); the samples hold
    // log-likelihoods, higher is better, that would have passed when paired with the wrong direction.
    const config = {
      configs: {
        lambada: { metric_list: [{ metric: "perplexity", aggregation: "perplexity", higher_is_better: false }] },
      },
    };
    const results = (value: number) =>
      lmEvalResults(
        { lambada: { metric: "perplexity", value, stderr: 0.1 * value, n: 50, higherIsBetter: false } },
        config,
      );
    const ll = (shift: number) => Array.from({ length: 50 }, (_, i) => -1 - (i % 5) * 0.1 + shift);
    const { report } = await check(
      {
        "tunegate.yml": plan(
          "  candidate: c/*\n  baseline: b/*\n  general: [lambada]\n  metrics: { lambada: perplexity }\n",
        ),
        "b/results_2026-11-01T00-00-00.000000.json": results(2.8),
        "b/samples_lambada_2026-11-01T00-00-00.000000.jsonl": lmEvalSamples(ll(0), "perplexity"),
        "c/results_2026-11-02T00-00-00.000000.json": results(21.0),
        "c/samples_lambada_2026-11-02T00-00-00.000000.jsonl": lmEvalSamples(ll(0.5), "perplexity"),
      },
      "gates:\n  forgetting:\n    max_drop: 1.0\n",
    );
    const e = gateOf(report, "forgetting").evidence[0]!;
    expect(e).toMatchObject({
      candidate: 21,
      baseline: 2.8,
      method: "unpaired z from reported stderrs (no per-example files)",
      decision: "fail",
    });
    expect(e["lower"] as number).toBeLessThanOrEqual(e["estimate"] as number);
    expect(e["estimate"] as number).toBeLessThanOrEqual(e["upper"] as number);
  });
});

describe("class 9: outcomes named for what they are", () => {
  it("a benchmark the baseline never ran is missing its baseline, with the reason, not 'forgetting on sciq'", async () => {
    const { report } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  general: [arc, sciq]\n"),
      "c.json": lmEvalResults({
        arc: { value: 0.7, stderr: binomialStderr(0.7, 1000), n: 1000 },
        sciq: { value: 0.9, stderr: binomialStderr(0.9, 1000), n: 1000 },
      }),
      "b.json": lmEvalResults({ arc: { value: 0.7, stderr: binomialStderr(0.7, 1000), n: 1000 } }),
    });
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting).toMatchObject({ outcome: "missing", level: "error" });
    expect(forgetting.summary).toBe(
      "no baseline for sciq: the base model's results do not have it, so forgetting cannot be measured",
    );
    expect(forgetting.summary).not.toContain("forgetting on");
  });

  it("a task suite the baseline never ran is missing its baseline; one the candidate left out fails, said as such (not 'task quality too low')", async () => {
    const row = { value: 0.9, stderr: binomialStderr(0.9, 500), n: 500 };
    const noBase = await check({
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  task: [qa]\n", "rag"),
      "c.json": lmEvalResults({ qa: row }),
      "b.json": lmEvalResults({ other: row }),
    });
    expect(gateOf(noBase.report, "task-quality")).toMatchObject({
      outcome: "missing",
      summary: "no baseline for qa: the baseline's results do not have it",
    });
    const left = await check({
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  task: [qa]\n", "rag"),
      "c.json": lmEvalResults({ other: row }),
      "b.json": lmEvalResults({ qa: row }),
    });
    expect(gateOf(left.report, "task-quality")).toMatchObject({
      outcome: "fail",
      summary: "qa not in the candidate results (only the baseline's results have it)",
    });
  });

  it("two genuine reruns whose samples files are byte-identical are not refused as a copy: their results files tell the runs apart", async () => {
    const scores = Float64Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0 : 1));
    const results = (date: number, model: string) =>
      lmEvalResults(
        { arc: { value: 0.75, stderr: binomialStderr(0.75, 200), n: 200 } },
        { date, config: { model: "hf", model_args: model } },
      );
    const { code, stderr, report } = await check({
      "tunegate.yml": plan("  candidate: c/*\n  baseline: b/*\n  general: [arc]\n"),
      "b/results_2026-11-01T00-00-00.000000.json": results(1_793_000_000, "pretrained=base"),
      "b/samples_arc_2026-11-01T00-00-00.000000.jsonl": lmEvalSamples(scores),
      "c/results_2026-11-02T00-00-00.000000.json": results(1_793_090_000, "pretrained=base,peft=adapter"),
      "c/samples_arc_2026-11-02T00-00-00.000000.jsonl": lmEvalSamples(scores),
    });
    expect(stderr).not.toContain("hold the same bytes");
    expect(code).not.toBe(2);
    expect(gateOf(report, "forgetting").evidence[0]).toMatchObject({ method: "paired t, n=200", decision: "pass" });
  });

  it("promptfoo rows pair only with a row that ran the same test: the same index with other vars is not the same example", async () => {
    const rows = (n: number): PromptfooRow[] =>
      Array.from({ length: n }, (_, i) => ({ testIdx: i, success: i % 5 !== 0 }));
    const shifted = JSON.parse(promptfooOutput(rows(40)));
    for (const r of shifted.results.results) r.vars = { q: `another question ${r.testIdx}` };
    const { report } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  task: [support_qa]\n", "rag"),
      "c.json": promptfooOutput(rows(40)),
      "b.json": JSON.stringify(shifted),
    });
    const task = gateOf(report, "task-quality");
    expect(task.summary).toContain("not comparable with the baseline: support_qa");
    expect(task.details.join("\n")).toContain("example ids differ (candidate 40, baseline 40, 0 in common)");
  });
});

describe("class 10: the overall line", () => {
  it("a group and its own subtask are not independent: their standard errors are added", async () => {
    const row = (value: number, n: number) => ({ value, stderr: binomialStderr(value, n), n });
    const side = (v: number) =>
      lmEvalResults(
        { mmlu: row(v, 2000), mmlu_stem: row(v, 1000), mmlu_humanities: row(v, 1000) },
        { group_subtasks: { mmlu: ["mmlu_stem", "mmlu_humanities"] } },
      );
    const { report } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  baseline: b.json\n  general: [mmlu, mmlu_stem]\n"),
      "c.json": side(0.62),
      "b.json": side(0.65),
    });
    const overall = gateOf(report, "forgetting").details.find((d) => d.startsWith("overall"))!;
    expect(overall).toContain("nested benchmarks share examples, so their standard errors are added");
  });
});
