import { describe, expect, it } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import {
  binomialStderr,
  inspectLog,
  lmEvalResults,
  lmEvalSamples,
  promptfooOutput,
  type PromptfooRow,
} from "../helpers/eval-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * One test per class of wrong conclusion found on real eval files (issue: verdicts you can trust
 * on real eval data). Each runs the whole `check` pipeline on files in the tools' own shapes.
 */

const plan = (evals: string, approach = "lora", latency = 3000) => `version: 1
name: trust
approach: ${approach}
use_case: { task: behavior, knowledge_change: static, citations_required: false, style_requirements: high, latency_p95_ms: ${latency}, monthly_queries: 10000 }
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
    summary: string;
    details: string[];
    evidence: Array<Record<string, unknown>>;
    measured: unknown;
  };

describe("1. Holm-Bonferroni never hides clear forgetting", () => {
  // 0/1 scores on 2,000 examples: the base at 0.70, the candidate at 0.55 (ratio 0.786).
  const n = 2000;
  const scores = (p: number) => Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n < p * n ? 1 : 0));
  const base = scores(0.7);
  const forgot = scores(0.55);
  const files = (holdingUp: number) => {
    const out: Record<string, string> = {
      "b/samples_forgot_2026-11-01T00-00-00.jsonl": lmEvalSamples(base),
      "c/samples_forgot_2026-11-02T00-00-00.jsonl": lmEvalSamples(forgot),
    };
    for (let k = 0; k < holdingUp; k++) {
      out[`b/samples_held${k}_2026-11-01T00-00-00.jsonl`] = lmEvalSamples(base);
      // Slightly better than the base (not identical, so each has a test of its own for Holm).
      out[`c/samples_held${k}_2026-11-02T00-00-00.jsonl`] = lmEvalSamples(scores(0.72));
    }
    const names = ["forgot", ...Array.from({ length: holdingUp }, (_, k) => `held${k}`)];
    out["tunegate.yml"] = plan(`  candidate: c/*.jsonl\n  baseline: b/*.jsonl\n  general: [${names.join(", ")}]\n`);
    return out;
  };

  it("a benchmark at ratio 0.786 fails alone", async () => {
    const { report } = await check(files(0));
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("fail");
    expect(forgetting.evidence[0]).toMatchObject({ benchmark: "forgot", decision: "fail" });
    expect(forgetting.evidence[0]!["estimate"]).toBeCloseTo(0.55 / 0.7, 3);
  });

  it("and still fails with five benchmarks that hold up listed beside it", async () => {
    const { report } = await check(files(5));
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("fail");
    expect(forgetting.evidence.find((e) => e["benchmark"] === "forgot")).toMatchObject({ decision: "fail" });
    expect(forgetting.details.join("\n")).not.toContain("not significant after Holm");
  });
});

describe("2. provider errors are a third state, never a score or a latency", () => {
  const errored = (count: number): PromptfooRow[] =>
    Array.from({ length: count }, (_, i) => ({
      testIdx: i,
      success: false,
      score: 0,
      failureReason: 2,
      error: "Request failed: 503",
      latencyMs: 0,
    }));

  it("16 of 16 rows errored: task quality and latency are missing, not a pass at p95 0 ms", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  task: [support_qa]\n`, "rag"),
      "c.json": promptfooOutput(errored(16)),
      "b.json": promptfooOutput(Array.from({ length: 16 }, (_, i) => ({ testIdx: i, success: true, latencyMs: 900 }))),
    });
    const task = gateOf(report, "task-quality");
    expect(task.outcome).toBe("missing");
    expect(task.details.join("\n")).toContain("16 of 16 rows errored");
    expect(gateOf(report, "latency").outcome).toBe("missing");
    expect(JSON.stringify(task)).not.toContain("Infinity");
    expect(report.evals.candidate[0]).toMatchObject({ format: "promptfoo", tool_version: "0.120.1", errored: 16 });
  });

  it("errored rows are left out of the pass rate and the p95, and counted beside them", async () => {
    const rows: PromptfooRow[] = [
      ...Array.from({ length: 30 }, (_, i) => ({ testIdx: i, success: true, latencyMs: 4000 })),
      ...errored(10).map((r, i) => ({ ...r, testIdx: 30 + i })),
    ];
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa]\n  task_floor: 0.8\n`, "rag", 5000),
      "c.json": promptfooOutput(rows),
    });
    const task = gateOf(report, "task-quality");
    expect(task.evidence[0]).toMatchObject({ candidate: 1, n: 30 });
    expect(task.details[0]).toContain("10 more rows errored and were not scored");
    expect(gateOf(report, "latency").measured).toBe(4000);
  });

  it("the grader's reason in `error` (failureReason 1) is a failed test, not a provider error", async () => {
    const rows: PromptfooRow[] = Array.from({ length: 30 }, (_, i) => ({
      testIdx: i,
      success: i < 20,
      failureReason: i < 20 ? 0 : 1,
      error: i < 20 ? undefined : "Expected output to contain 'refund'",
    }));
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa]\n  task_floor: 0.8\n`, "rag"),
      "c.json": promptfooOutput(rows),
    });
    expect(gateOf(report, "task-quality").evidence[0]).toMatchObject({ n: 30, candidate: 20 / 30 });
    expect(report.evals.candidate[0].errored).toBe(0);
  });
});

describe("3. a metric's kind comes from its values, not its name", () => {
  it("truthfulqa_mc2 `acc` (a probability mass) gets no invented failure counts and no Wilson interval", async () => {
    // mc2's stderr is smaller than the binomial one for the same mean: it is not a 0/1 score.
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [truthfulqa_mc2]\n`),
      "c.json": lmEvalResults({ truthfulqa_mc2: { value: 0.4062, stderr: 0.0141, n: 817 } }),
    });
    const safety = gateOf(report, "safety");
    expect(safety.evidence[0]!["method"]).toBe("normal from the reported stderr");
    expect(safety.details.join("\n")).not.toMatch(/\d+ of 817 failed/);
  });

  it("an aggregate whose stderr is exactly binomial is judged as 0/1 (Clopper-Pearson, with counts)", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [toxigen]\n`),
      "c.json": lmEvalResults({ toxigen: { value: 0.98, stderr: binomialStderr(0.98, 500), n: 500 } }),
    });
    expect(gateOf(report, "safety").evidence[0]!["method"]).toBe(
      "Clopper-Pearson from the aggregate, 10 of 500 failed",
    );
  });
});

describe("4. signed and lower-is-better metrics never go through a ratio", () => {
  // The same numbers as another run would write them: byte-identical files on both sides are refused as a copy.
  const baseRun = (text: string) => `${text}\n`;
  const bleu = (value: number) =>
    lmEvalResults({ truthfulqa_gen: { metric: "bleu_diff", value, stderr: 0.55, n: 817 } });
  const files = (c: number, b: number) => ({
    "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [truthfulqa_gen]\n`),
    "c.json": bleu(c),
    "b.json": baseRun(bleu(b)),
  });

  it("without an absolute margin in the policy, the metric is refused by name (exit 2)", async () => {
    const { code, stderr } = await check(files(-0.307, -0.307));
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /tunegate\.yml:\d+:\d+: error \[evals\.general\[0\]\]: forgetting on "truthfulqa_gen" is measured with bleu_diff,none, and it can be negative/,
    );
    expect(stderr).toContain("gates.forgetting.max_drop");
  });

  it("equal numbers from two runs are tested, not waved through as the same measurement; no interval is printed reversed", async () => {
    // Two runs that tie (-0.307 each, stderr 0.55 over 817) are two measurements: the difference
    // 0 against a drop of at most 1.0 has a lower bound of 1 - 1.645 x 0.78 < 0, so nothing is shown.
    const { report } = await check(files(-0.307, -0.307), "gates:\n  forgetting:\n    max_drop: 1.0\n");
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("inconclusive");
    const e = forgetting.evidence[0]!;
    expect(e).toMatchObject({ scale: "difference", decision: "inconclusive", estimate: 0 });
    expect(e["method"]).not.toBe("identical results");
    expect(e["lower"] as number).toBeLessThanOrEqual(0);
    expect(e["upper"] as number).toBeGreaterThanOrEqual(0);
  });

  it("a drop beyond the margin fails; its interval is ordered", async () => {
    const { report } = await check(files(-4.5, -0.3), "gates:\n  forgetting:\n    max_drop: 1.0\n");
    const e = gateOf(report, "forgetting").evidence[0]!;
    expect(e).toMatchObject({ scale: "difference", decision: "fail", threshold: -1 });
    expect(e["lower"] as number).toBeLessThanOrEqual(e["upper"] as number);
    expect(e["estimate"]).toBeCloseTo(-4.2, 6);
  });

  it("perplexity (lower is better): a rise beyond the margin fails", async () => {
    const ppl = (value: number) =>
      lmEvalResults({ wikitext: { metric: "word_perplexity", value, n: 62, higherIsBetter: false } });
    const { report } = await check(
      {
        "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [wikitext]\n`),
        "c.json": ppl(19.5),
        "b.json": ppl(16.2),
      },
      "gates:\n  forgetting:\n    max_drop: 2\n",
    );
    expect(gateOf(report, "forgetting").evidence[0]).toMatchObject({ scale: "difference", decision: "fail" });
  });

  it("the overall ratio is taken above chance, as each benchmark's is", async () => {
    const mc = (value: number) => lmEvalResults({ arc: { value, n: 1000 }, piqa: { value: 0.8, n: 1000 } });
    // Above the 0.25 chance level arc keeps (0.40 - 0.25) / (0.50 - 0.25) = 0.6 of the base.
    const { report } = await check({
      "tunegate.yml": plan(
        `  candidate: c.json\n  baseline: b.json\n  general: [arc, piqa]\n  chance: { arc: 0.25, piqa: 0.5 }\n`,
      ),
      "c.json": mc(0.4),
      "b.json": mc(0.5),
    });
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.evidence.find((e) => e["benchmark"] === "arc")!["estimate"]).toBeCloseTo(0.6, 6);
    // overall above chance: (0.15 + 0.30) / (0.25 + 0.30) = 0.818
    expect(forgetting.details.join("\n")).toMatch(/overall \(mean of 2\): ratio 0\.818/);
  });
});

describe("4b. a base model that scores 0 has nothing to forget, and no ratio", () => {
  const results = (value: number) => lmEvalResults({ arc: { value, stderr: binomialStderr(value, 400), n: 400 } });
  const files = (c: number, b: number) => ({
    "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [arc]\n`),
    "c.json": results(c),
    "b.json": `${results(b)}\n`,
  });

  it("a candidate above a base at 0 passes on the difference, with numbers JSON can carry", async () => {
    const { report } = await check(files(0.3, 0));
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("pass");
    expect(forgetting.evidence[0]).toMatchObject({
      scale: "difference",
      estimate: 0.3,
      threshold: 0,
      decision: "pass",
    });
  });
});

describe("5. every gate that compares with a baseline checks comparability", () => {
  it("a task suite run with --limit 20 is not compared with the full 817-example run", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  task: [truthfulqa_gen]\n`, "rag"),
      "c.json": lmEvalResults({
        truthfulqa_gen: { metric: "exact_match", value: 0.6, stderr: binomialStderr(0.6, 20), n: 20, original: 817 },
      }),
      "b.json": lmEvalResults({
        truthfulqa_gen: { metric: "exact_match", value: 0.5, stderr: binomialStderr(0.5, 817), n: 817 },
      }),
    });
    const task = gateOf(report, "task-quality");
    expect(task.outcome).toBe("fail");
    expect(task.summary).toContain("not comparable");
    expect(task.details.join("\n")).toContain("limit differs (candidate 20, baseline none)");
  });

  describe("both sides are judged on the same metric", () => {
    const n = 2000;
    /** hellaswag with acc and, unless dropped, acc_norm (lm-eval reports both; tunegate prefers acc_norm). */
    const results = (acc: number, accNorm: number | null) => {
      const file = JSON.parse(lmEvalResults({ hellaswag: { value: acc, stderr: binomialStderr(acc, n), n } })) as {
        results: Record<string, Record<string, unknown>>;
      };
      if (accNorm !== null)
        Object.assign(file.results["hellaswag"]!, {
          "acc_norm,none": accNorm,
          "acc_norm_stderr,none": binomialStderr(accNorm, n),
        });
      return JSON.stringify(file);
    };
    const run = (candidate: string, baseline: string) =>
      check({
        "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [hellaswag]\n`),
        "c.json": candidate,
        "b.json": baseline,
      });

    it("a baseline stripped of acc_norm is compared on acc, not with the candidate's acc_norm", async () => {
      // The candidate forgot (acc 0.45 against 0.60); its acc_norm (0.62) beside the baseline's acc would pass.
      const forgetting = gateOf((await run(results(0.45, 0.62), results(0.6, null))).report, "forgetting");
      expect(forgetting.outcome).toBe("fail");
      expect(forgetting.evidence[0]).toMatchObject({ metric: "acc,none", decision: "fail" });
      expect(forgetting.evidence[0]!["estimate"]).toBeCloseTo(0.75, 3);
    });

    it("sides with no metric in common are not compared", async () => {
      const candidateNormOnly = JSON.stringify({
        ...JSON.parse(results(0.45, 0.62)),
        results: {
          hellaswag: { alias: "hellaswag", "acc_norm,none": 0.62, "acc_norm_stderr,none": binomialStderr(0.62, n) },
        },
      });
      const forgetting = gateOf((await run(candidateNormOnly, results(0.6, null))).report, "forgetting");
      expect(forgetting.outcome).not.toBe("pass");
      expect(forgetting.details.join("\n")).toContain(
        "the metric differs (candidate acc_norm,none, baseline acc,none)",
      );
    });
  });

  describe("samples files are compared only when they hold the same documents (doc and target hashes per id)", () => {
    const n = 400;
    const samples = (hashOf: (id: number) => string, order: "up" | "down" = "up") => {
      const ids = Array.from({ length: n }, (_, i) => (order === "up" ? i : n - 1 - i));
      return (
        ids
          .map((id) =>
            JSON.stringify({
              doc_id: id,
              doc: { q: `q${id}` },
              filter: "none",
              metrics: ["acc"],
              doc_hash: hashOf(id),
              target_hash: hashOf(id).replace(/^\D+/, "t"),
              acc: id % 4 === 0 ? 0 : 1,
            }),
          )
          .join("\n") + "\n"
      );
    };
    const run = (candidate: string) =>
      check({
        "tunegate.yml": plan(
          `  candidate: c/samples_arc_2026-11-02T00-00-00.jsonl\n  baseline: b/samples_arc_2026-11-01T00-00-00.jsonl\n  general: [arc]\n`,
        ),
        "b/samples_arc_2026-11-01T00-00-00.jsonl": samples((id) => `d${id}`),
        "c/samples_arc_2026-11-02T00-00-00.jsonl": candidate,
      });

    it("the same documents in another line order are paired and compared", async () => {
      const forgetting = gateOf((await run(samples((id) => `d${id}`, "down"))).report, "forgetting");
      expect(forgetting.outcome).toBe("pass");
      expect(forgetting.summary).not.toContain("not comparable");
    });

    it("another dataset revision under the same ids is not compared", async () => {
      const forgetting = gateOf((await run(samples((id) => `revised${id}`))).report, "forgetting");
      expect(forgetting.outcome).not.toBe("pass");
      expect(forgetting.details.join("\n")).toContain("the documents differ");
    });

    it("the same documents under other ids are not compared either", async () => {
      const forgetting = gateOf((await run(samples((id) => `d${(id + 1) % n}`))).report, "forgetting");
      expect(forgetting.outcome).not.toBe("pass");
      expect(forgetting.details.join("\n")).toContain("the documents differ");
    });
  });
});

describe("6. red-team timings are not product latency", () => {
  it("iterative jailbreak rounds of 58 s do not fail a 5 s requirement; the product's rows decide", async () => {
    const redTeam: PromptfooRow[] = Array.from({ length: 10 }, (_, i) => ({
      testIdx: 100 + i,
      success: true,
      latencyMs: 42_000 + i * 1600,
      pluginId: "harmful:hate",
    }));
    const product: PromptfooRow[] = Array.from({ length: 60 }, (_, i) => ({
      testIdx: i,
      success: true,
      latencyMs: 1200,
    }));
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: [c.json, r.json]\n  task: [support_qa]\n  task_floor: 0.5\n`, "rag", 5000),
      "c.json": promptfooOutput(product),
      "r.json": promptfooOutput(redTeam, "red team"),
    });
    expect(gateOf(report, "latency")).toMatchObject({ outcome: "pass", measured: 1200 });
  });

  it("nor are cached responses (latencyMs 0)", async () => {
    const rows: PromptfooRow[] = Array.from({ length: 20 }, (_, i) => ({
      testIdx: i,
      success: true,
      latencyMs: i < 15 ? 0 : 6000,
      cached: i < 15,
    }));
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa]\n  task_floor: 0.5\n`, "rag", 5000),
      "c.json": promptfooOutput(rows),
    });
    expect(gateOf(report, "latency")).toMatchObject({ outcome: "fail", measured: 6000 });
  });
});

describe("Inspect logs: limits as ranges, and one score per sample", () => {
  const samples = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i}`, i < 15 ? 1 : 0]));
  const log = (config: Record<string, unknown>) => {
    const parsed = JSON.parse(
      inspectLog("popularity", [{ name: "match", metrics: { accuracy: 0.75 } }], "success", samples),
    ) as { eval: { config: Record<string, unknown> } };
    parsed.eval.config = config;
    return JSON.stringify(parsed);
  };
  const files = (c: string, b: string) => ({
    "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  task: [popularity]\n`, "rag"),
    "c.json": c,
    "b.json": b,
  });

  it("a run over samples 0-20 is not compared with one over samples 20-40", async () => {
    const { report } = await check(files(log({ limit: [0, 20] }), log({ limit: [20, 40] })));
    const task = gateOf(report, "task-quality");
    expect(task.outcome).not.toBe("pass");
    expect(task.details.join("\n")).toContain("limit differs (candidate 0-20, baseline 20-40)");
  });

  it("a sample listed twice in a scorer's reductions is an input error naming it", async () => {
    const parsed = JSON.parse(log({})) as {
      reductions: Array<{ samples: Array<{ sample_id: string; value: number }> }>;
    };
    parsed.reductions[0]!.samples.push({ sample_id: "s3", value: 1 });
    const { code, stderr } = await check(files(JSON.stringify(parsed), log({})));
    expect(code).toBe(2);
    expect(stderr).toContain(`sample "s3" appears twice in the reductions of scorer "match"`);
  });
});

describe("7. a log with no scores is missing data, with the reason", () => {
  it("an Inspect log that ran no scorer", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [popularity]\n  task_floor: 0.8\n`, "rag"),
      "c.json": inspectLog("popularity", []),
    });
    const task = gateOf(report, "task-quality");
    expect(task.outcome).toBe("missing");
    expect(task.details.join("\n")).toContain("the Inspect log has no scores (its task ran no scorer)");
  });
});

describe("8. data that cannot be true is an input error, and n = 0 is missing", () => {
  it("lm-eval acc 5.0: located in the file", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [hellaswag]\n`),
      "c.json": lmEvalResults({ hellaswag: { value: 5.0, n: 100 } }),
      "b.json": lmEvalResults({ hellaswag: { value: 0.5, n: 100 } }),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^c\.json:\d+:\d+: error \[results\.hellaswag\.acc,none\]: value 5 of metric "acc" is outside its range \[0, 1\]/m,
    );
  });

  it("Inspect accuracy 7.0", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [xstest]\n`),
      "c.json": inspectLog("xstest", [{ name: "match", metrics: { accuracy: 7.0 } }]),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /c\.json:\d+:\d+: error \[results\.scores\[0\]\.metrics\.accuracy\.value\]: value 7 of metric "accuracy" is outside its range/,
    );
  });

  it("lm-eval effective: 0 samples with acc 1.0 is missing, not a pass on the point estimate", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [toxigen]\n`),
      "c.json": lmEvalResults({ toxigen: { value: 1.0, n: 0, original: 940 } }),
    });
    expect(gateOf(report, "safety").outcome).toBe("missing");
  });

  // Every count the readers take for a sample size: at the line that holds it, never a "PASS on n=-3".
  const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

  it("Inspect scored_samples -3 with accuracy 1: a located error, not a point-estimate pass", async () => {
    const log = inspectLog("xstest", [{ name: "match", metrics: { accuracy: 1 }, scored: -3 }]);
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [xstest]\n`),
      "c.json": log,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`c.json:${lineOf(log, '"scored_samples": -3')}:`);
    expect(stderr).toMatch(
      /error \[results\.scores\[0\]\.scored_samples\]: scored_samples -3 is not a number of examples \(a whole number >= 0\)/,
    );
  });

  it("Inspect completed_samples 2.5 (when no scorer reports its own count)", async () => {
    const log = JSON.parse(inspectLog("xstest", [{ name: "match", metrics: { accuracy: 1 } }]));
    delete log.results.scores[0].scored_samples;
    log.results.completed_samples = 2.5;
    const text = JSON.stringify(log, null, 2);
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [xstest]\n`),
      "c.json": text,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`c.json:${lineOf(text, '"completed_samples": 2.5')}:`);
    expect(stderr).toContain("[results.completed_samples]: completed_samples 2.5 is not a number of examples");
  });

  it.each([
    [
      "n-samples effective",
      (r: { "n-samples": Record<string, Record<string, unknown>> }) =>
        void (r["n-samples"]["toxigen"]!["effective"] = -3),
      "[n-samples.toxigen.effective]: effective -3",
    ],
    [
      "n-samples original",
      (r: { "n-samples": Record<string, Record<string, unknown>> }) =>
        void (r["n-samples"]["toxigen"]!["original"] = "940"),
      '[n-samples.toxigen.original]: original "940"',
    ],
    [
      "a v0.3 sample_len",
      (r: { results: Record<string, Record<string, unknown>>; "n-samples"?: unknown }) => {
        delete r["n-samples"];
        r.results["toxigen"]!["sample_len"] = 12.5;
      },
      "[results.toxigen.sample_len]: sample_len 12.5",
    ],
    [
      "a group's per-metric sample_count",
      (r: { results: Record<string, Record<string, unknown>> }) =>
        void (r.results["toxigen"]!["sample_count"] = { "acc,none": -40 }),
      "sample_count.acc,none]: acc,none -40",
    ],
  ])("lm-eval %s that is no count of examples", async (_, spoil, expected) => {
    const results = JSON.parse(lmEvalResults({ toxigen: { value: 1.0, n: 940 } }));
    spoil(results);
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [toxigen]\n`),
      "c.json": JSON.stringify(results, null, 2),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^c\.json:\d+:\d+: error /m);
    expect(stderr).toContain(`${expected} is not a number of examples (a whole number >= 0)`);
  });

  it("promptfoo success: false with score 100", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa]\n  task_floor: 0.8\n`, "rag"),
      "c.json": promptfooOutput([{ testIdx: 0, success: false, score: 100 }]),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /c\.json:\d+:\d+: error \[results\.results\[0\]\.score\]: score 100 is outside promptfoo's range \[0, 1\]/,
    );
  });
});

describe("9. two files giving one suite is an input error, never first-wins", () => {
  it("a glob matching an old good run and a new bad one", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: runs/*.json\n  safety: [xstest]\n`),
      "runs/2026-10-01.json": lmEvalResults({ xstest: { value: 0.99, stderr: binomialStderr(0.99, 450), n: 450 } }),
      "runs/2026-11-01.json": lmEvalResults({ xstest: { value: 0.71, stderr: binomialStderr(0.71, 450), n: 450 } }),
    });
    expect(code).toBe(2);
    expect(stderr).toContain("two files give xstest (acc,none): runs/2026-10-01.json and runs/2026-11-01.json");
  });
});

describe("9b. a results file and a samples file from different runs are never combined", () => {
  const results = (value: number, n: number, extra: Record<string, unknown> = {}) =>
    lmEvalResults({ toxigen: { value, stderr: binomialStderr(value, n), n } }, extra);
  const samples = (scores: number[]) => lmEvalSamples(scores);
  const SAMPLES = "run/samples_toxigen_2026-11-02T00-00-00.000000.jsonl";
  const files = (resultsText: string, samplesText: string) => ({
    "tunegate.yml": plan(`  candidate: run/*\n  safety: [toxigen]\n`),
    "run/results_2026-11-01T00-00-00.000000.json": resultsText,
    [SAMPLES]: samplesText,
  });

  it("acc 0.9 over 10 beside 4 samples of another run: an input error naming both files", async () => {
    const { code, stderr } = await check(files(results(0.9, 10), samples([1, 1, 1, 1])));
    expect(code).toBe(2);
    expect(stderr).toContain(
      `run/results_2026-11-01T00-00-00.000000.json and ${SAMPLES} disagree on toxigen (acc,none): the results file counts 10 examples, the samples file has 4; they are not from the same run`,
    );
  });

  it("the same count with another mean: an input error", async () => {
    const { code, stderr } = await check(files(results(0.9, 10), samples([1, 1, 1, 1, 1, 0, 0, 0, 0, 0])));
    expect(code).toBe(2);
    expect(stderr).toContain("disagree on toxigen (acc,none): the results file's mean is 0.9, the samples' is 0.5");
  });

  it("a signed metric whose task config says its aggregation is the mean is checked too", async () => {
    const config = {
      configs: {
        truthfulqa_gen: { metric_list: [{ metric: "bleu_diff", aggregation: "mean", higher_is_better: true }] },
      },
    };
    const resultsText = lmEvalResults(
      { truthfulqa_gen: { metric: "bleu_diff", value: -0.3, stderr: 0.5, n: 4 } },
      config,
    );
    const { code, stderr } = await check({
      "tunegate.yml": plan(
        `  candidate: run/*\n  safety: [truthfulqa_gen]\n  metrics: { truthfulqa_gen: bleu_diff }\n`,
      ),
      "run/results_2026-11-01T00-00-00.000000.json": resultsText,
      "run/samples_truthfulqa_gen_2026-11-02T00-00-00.000000.jsonl": lmEvalSamples([-4, 2, 1.5, -3], "bleu_diff"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      "disagree on truthfulqa_gen (bleu_diff,none): the results file's mean is -0.3, the samples' is -0.875",
    );
  });

  it("files of one run agree and are combined: the samples' examples, the results file's numbers", async () => {
    const scores = [1, 1, 1, 1, 1, 1, 1, 1, 1, 0];
    const { code, report } = await check(files(results(0.9, 10), samples(scores)));
    expect(code).not.toBe(2);
    expect(gateOf(report, "safety").evidence[0]).toMatchObject({
      n: 10,
      estimate: 0.9,
      method: "Clopper-Pearson, 1 of 10 failed",
    });
  });
});

describe("a spread that was not measured concludes nothing", () => {
  const files = (c: string, b: string, general = "qa") => ({
    "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [${general}]\n`),
    "c.json": c,
    "b.json": b,
  });

  it("one example a side with Inspect's stderr of 0: the labelled point estimate, not a certain z test", async () => {
    const log = (accuracy: number) =>
      inspectLog("qa", [{ name: "match", metrics: { accuracy, stderr: 0 }, scored: 1 }]);
    const { report } = await check(files(log(0), log(1)));
    expect(gateOf(report, "forgetting").evidence[0]).toMatchObject({
      method: "point estimate",
      decision: "fail",
      lower: null,
      upper: null,
      note: "the candidate has 1 example: no spread was measured, so it is judged on the point estimate",
    });
  });

  it("a reported stderr of 0 over many examples: the point estimate too", async () => {
    const c = lmEvalResults({ arc: { value: 0.7, stderr: 0, n: 400 } });
    const b = lmEvalResults({ arc: { value: 0.8, stderr: binomialStderr(0.8, 400), n: 400 } });
    const { report } = await check(files(c, b, "arc"));
    const e = gateOf(report, "forgetting").evidence[0]!;
    expect(e).toMatchObject({
      method: "point estimate",
      decision: "fail",
      note: "the candidate's standard error is 0: no spread was measured, so it is judged on the point estimate",
    });
    expect(e["estimate"]).toBeCloseTo(0.875, 9);
  });

  it("one Inspect example scored 1 (stderr 0) does not certify a 0.95 safety floor: 1 of 1 by Clopper-Pearson, inconclusive", async () => {
    // Was a PASS on the point estimate 1.0, though 51 clean examples do not certify 0.95.
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [xstest]\n`),
      "c.json": inspectLog("xstest", [{ name: "match", metrics: { accuracy: 1, stderr: 0 }, scored: 1 }]),
    });
    const safety = gateOf(report, "safety");
    expect(safety.outcome).toBe("inconclusive");
    expect(safety.evidence[0]).toMatchObject({
      n: 1,
      method: "Clopper-Pearson from the aggregate, 0 of 1 failed",
      decision: "inconclusive",
      note: "no failures in 1: at least 59 clean examples in all would show >= 0.95",
    });
    // the exact bound of 1 of 1 is alpha itself
    expect(safety.evidence[0]!["lower"]).toBeCloseTo(0.05, 9);
  });

  it('a floor judged on the point estimate says why, never "no sample size" beside a stated n', async () => {
    const floorOf = async (c: string) =>
      gateOf(
        (await check({ "tunegate.yml": plan(`  candidate: c.json\n  safety: [mc]\n`), "c.json": c })).report,
        "safety",
      ).evidence[0]!;
    expect(
      await floorOf(inspectLog("mc", [{ name: "model_graded", metrics: { accuracy: 0.5, stderr: 0 }, scored: 1 }])),
    ).toMatchObject({
      n: 1,
      method: "point estimate",
      decision: "fail",
      note: "the candidate has 1 example: no spread was measured: the score itself is below the floor",
    });
    // above the floor with no bound: unproven, never a pass
    expect(await floorOf(lmEvalResults({ mc: { metric: "mc2", value: 0.97, stderr: 0, n: 400 } }))).toMatchObject({
      n: 400,
      method: "point estimate",
      decision: "inconclusive",
      note: "the candidate's standard error is 0: no spread was measured: no bound shows the floor, so it is unproven",
    });
    expect(await floorOf(lmEvalResults({ mc: { metric: "mc2", value: 0.97, n: 400 } }))).toMatchObject({
      n: 400,
      method: "point estimate",
      decision: "inconclusive",
      note: "no standard error or per-example results: no bound shows the floor, so it is unproven",
    });
  });

  it("the same holds for task quality against its baseline", async () => {
    const c = lmEvalResults({ support: { value: 0.9, stderr: 0.01, n: 400 } });
    const b = lmEvalResults({ support: { value: 0.85, stderr: 0, n: 400 } });
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  task: [support]\n`, "rag"),
      "c.json": c,
      "b.json": b,
    });
    expect(gateOf(report, "task-quality").evidence[0]).toMatchObject({
      method: "point estimate",
      decision: "inconclusive",
      note: "the baseline's standard error is 0: no spread was measured, so it is judged on the point estimate: no bound shows the margin, so it is unproven",
    });
  });
});

describe("10. the floor's normal bound uses the policy's alpha", () => {
  it("a stricter alpha widens the interval: pass at 0.05, inconclusive at 0.001", async () => {
    const files = {
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [mc_safety]\n`),
      "c.json": lmEvalResults({ mc_safety: { value: 0.975, stderr: 0.01, n: 400 } }),
    };
    expect(gateOf((await check(files)).report, "safety").outcome).toBe("pass");
    expect(gateOf((await check(files, "statistics:\n  alpha: 0.001\n")).report, "safety").outcome).toBe("inconclusive");
  });
});

describe("reader gaps", () => {
  it("promptfoo's Node API summary ({version, results[], stats}) is read", async () => {
    const wrapped = JSON.parse(
      promptfooOutput(Array.from({ length: 12 }, (_, i) => ({ testIdx: i, success: i !== 0 }))),
    );
    const summary = JSON.stringify({ ...wrapped.results, version: 2, table: { head: {}, body: [] } });
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [c]\n  task_floor: 0.5\n`, "rag"),
      "c.json": summary,
    });
    expect(gateOf(report, "task-quality").evidence[0]).toMatchObject({ benchmark: "c", n: 12 });
  });

  it("the summary as users write it out: no testIdx (rows keyed by their vars), an empty provider label, version 3 with prompts", async () => {
    const summary = {
      version: 3,
      timestamp: "2026-11-20T10:00:00Z",
      results: Array.from({ length: 10 }, (_, i) => ({
        prompt: { raw: "Q: {{q}}", label: "Q: {{q}}" },
        vars: { q: `q${i}` },
        response: { output: "a" },
        success: i !== 0,
        score: i !== 0 ? 1 : 0,
        latencyMs: 500,
        provider: { id: "openai:gpt-5", label: "" },
      })),
      stats: { successes: 9, failures: 1, errors: 0, tokenUsage: {} },
      prompts: [{ raw: "Q: {{q}}", label: "Q: {{q}}", provider: "openai:gpt-5" }],
    };
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: summary.json\n  task: [summary]\n  task_floor: 0.5\n`, "rag"),
      "summary.json": JSON.stringify(summary),
    });
    expect(gateOf(report, "task-quality").evidence[0]).toMatchObject({
      benchmark: "summary",
      n: 10,
      estimate: 0.9,
      method: "Clopper-Pearson, 1 of 10 failed",
      decision: "pass",
    });
    expect(report.evals.candidate[0]).toMatchObject({
      format: "promptfoo",
      tool_version: null,
      model: "openai:gpt-5",
      examples: 10,
    });
  });

  it("providers are named by id or label; several without a name are refused; evals.pool pools them", async () => {
    const rows: PromptfooRow[] = [
      ...Array.from({ length: 10 }, (_, i) => ({
        testIdx: i,
        success: true,
        provider: "http://127.0.0.1:3000/api/chat",
        label: "tuned",
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        testIdx: i,
        success: i < 5,
        provider: "openai:gpt-4.1-mini",
        label: "base",
      })),
    ];
    const byLabel = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa@tuned]\n  task_floor: 0.9\n`, "rag"),
      "c.json": promptfooOutput(rows),
    });
    expect(gateOf(byLabel.report, "task-quality").evidence[0]).toMatchObject({ candidate: 1, n: 10 });
    // several providers and no suite chosen: an input problem listing the names, never "task quality too low"
    const plain = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa]\n  task_floor: 0.9\n`, "rag"),
      "c.json": promptfooOutput(rows),
    });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(
      /tunegate\.yml:\d+:\d+: error \[evals\.task\[0\]\]: .*name one \(support_qa@http:\/\/127\.0\.0\.1:3000\/api\/chat, support_qa@openai:gpt-4\.1-mini\) or pool them with evals\.pool: \[support_qa\]/,
    );
    expect(plain.stderr).not.toContain("too low");
    const pooled = await check({
      "tunegate.yml": plan(
        `  candidate: c.json\n  task: [support_qa]\n  pool: [support_qa]\n  task_floor: 0.9\n`,
        "rag",
      ),
      "c.json": promptfooOutput(rows),
    });
    expect(gateOf(pooled.report, "task-quality").evidence[0]).toMatchObject({ candidate: 0.75, n: 20 });
  });

  it("an A/B of two prompts in one file is two suites", async () => {
    const rows: PromptfooRow[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ testIdx: i, success: true, prompt: "concise" })),
      ...Array.from({ length: 10 }, (_, i) => ({ testIdx: i, success: i < 3, prompt: "verbose" })),
    ];
    const { report } = await check({
      "tunegate.yml": plan(
        `  candidate: c.json\n  task: ["support_qa#concise", "support_qa#verbose"]\n  task_floor: 0.8\n`,
        "rag",
      ),
      "c.json": promptfooOutput(rows),
    });
    const task = gateOf(report, "task-quality");
    expect(task.evidence.map((e) => [e["benchmark"], e["candidate"]])).toEqual([
      ["support_qa#concise", 1],
      ["support_qa#verbose", 0.3],
    ]);
  });

  describe("two providers and two prompts in one file", () => {
    const rows: PromptfooRow[] = [];
    for (let test = 0; test < 8; test++) {
      rows.push({
        testIdx: test,
        provider: "http://127.0.0.1:3000/api/chat",
        label: "tuned",
        prompt: "v1",
        success: true,
      });
      rows.push({
        testIdx: test,
        provider: "http://127.0.0.1:3000/api/chat",
        label: "tuned",
        prompt: "v2",
        success: test % 2 === 0,
      });
      rows.push({ testIdx: test, provider: "openai:gpt-4.1-mini", label: "base", prompt: "v1", success: test !== 0 });
      rows.push({ testIdx: test, provider: "openai:gpt-4.1-mini", label: "base", prompt: "v2", success: test !== 0 });
    }
    const files = (evals: string) => ({
      "tunegate.yml": plan(`  candidate: c.json\n${evals}  task_floor: 0.8\n`, "rag"),
      "c.json": promptfooOutput(rows),
    });

    it("suite@provider#prompt names one cell, by the provider's label or its id", async () => {
      const { report } = await check(
        files('  task: ["support_qa@tuned#v1", "support_qa@tuned#v2", "support_qa@openai:gpt-4.1-mini#v1"]\n'),
      );
      const task = gateOf(report, "task-quality");
      expect(task.outcome).toBe("fail");
      expect(task.evidence.map((e) => [e["benchmark"], e["n"], e["candidate"], e["decision"]])).toEqual([
        ["support_qa@openai:gpt-4.1-mini#v1", 8, 7 / 8, "inconclusive"],
        ["support_qa@http://127.0.0.1:3000/api/chat#v1", 8, 1, "inconclusive"],
        ["support_qa@http://127.0.0.1:3000/api/chat#v2", 8, 0.5, "fail"],
      ]);
      expect(report.evals.candidate[0]).toMatchObject({ model: null, examples: 32 });
    });

    it("a provider without its prompt, or the bare suite, is not guessed: the plan is told the names or evals.pool", async () => {
      const partial = await check(files('  task: ["support_qa@tuned"]\n'));
      expect(partial.code).toBe(2);
      expect(partial.stderr).toContain(
        '"support_qa@tuned" matches no benchmark or suite in the eval files; did you mean "support_qa@tuned#v1"?',
      );
      const bare = await check(files("  task: [support_qa]\n"));
      expect(bare.code).toBe(2);
      expect(bare.stderr).toContain(
        "name one (support_qa@http://127.0.0.1:3000/api/chat#v1, support_qa@http://127.0.0.1:3000/api/chat#v2, support_qa@openai:gpt-4.1-mini#v1, support_qa@openai:gpt-4.1-mini#v2) or pool them with evals.pool: [support_qa]",
      );
    });

    it("evals.pool judges every provider and prompt together: 26 of 32 rows", async () => {
      const { report } = await check(files("  task: [support_qa]\n  pool: [support_qa]\n"));
      expect(gateOf(report, "task-quality").evidence[0]).toMatchObject({
        benchmark: "support_qa",
        n: 32,
        candidate: 26 / 32,
        method: "Clopper-Pearson, 6 of 32 failed",
        decision: "inconclusive",
      });
    });
  });

  it("the text report's list of files says 1 example, not 1 examples", async () => {
    const root = tempRepo({
      "tunegate.yml": plan(`  candidate: c.json\n  task: [support_qa]\n  task_floor: 0.5\n`, "rag"),
      "c.json": promptfooOutput([{ testIdx: 0, success: true }]),
    });
    const { stdout } = await runCli(["check", "--format", "text"], root);
    expect(stdout).toMatch(
      / {2}candidate c\.json: promptfoo 0\.120\.1, model openai:gpt-4\.1-mini, 1 example, sha256 [0-9a-f]{64}\n/,
    );
  });
});
