import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { decodeEvalFile } from "../../src/shell/eval-files.ts";
import { workingTreeFiles } from "../../src/shell/repo-files.ts";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/** Real files from the tools' own repositories (test/fixtures/real/SOURCES.md), through `check`. */
const real = (name: string) => readFileSync(`test/fixtures/real/lm-eval-harness/${name}`, "utf8");
/** The same results as a second run writes them: byte-identical files on both sides are refused as a copy. */
const anotherRun = (name: string) => `${real(name)}\n`;

const plan = (evals: string) => `version: 1
name: real
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 600 }
evals:
${evals}`;

async function check(files: Record<string, string>, args: string[] = []) {
  const root = tempRepo(files);
  const result = await runCli(["check", "--format", "json", ...args], root);
  return { ...result, report: result.code === 2 ? undefined : planReport(result.stdout) };
}

describe("lm-eval's own regression outputs", () => {
  it("truthfulqa_gen bleurt_max (negative): a ratio is refused by name without an absolute margin", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(
        `  candidate: c.json\n  baseline: b.json\n  general: [truthfulqa_gen]\n  metrics: { truthfulqa_gen: bleurt_max }\n`,
      ),
      "c.json": real("truthfulqa_gen-v1-res.json"),
      "b.json": anotherRun("truthfulqa_gen-v1-res.json"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('forgetting on "truthfulqa_gen" is measured with bleurt_max, and it can be negative');
  });

  it("the same truthfulqa_gen run on both sides passes with a margin, on the difference scale", async () => {
    const { report } = await check(
      {
        "tunegate.yml": plan(
          `  candidate: c.json\n  baseline: b.json\n  general: [truthfulqa_gen]\n  metrics: { truthfulqa_gen: bleurt_max }\n`,
        ),
        "c.json": real("truthfulqa_gen-v1-res.json"),
        "b.json": anotherRun("truthfulqa_gen-v1-res.json"),
        "policy.yml": "gates:\n  forgetting:\n    max_drop: 0.05\n",
      },
      ["--policy", "policy.yml"],
    );
    const forgetting = report.gates.find((g: { id: string }) => g.id === "forgetting");
    expect(forgetting.outcome).toBe("pass");
    expect(forgetting.evidence[0]).toMatchObject({
      scale: "difference",
      candidate: -1.4399358725752065,
      decision: "pass",
    });
  });

  it("wikitext word_perplexity is lower-is-better: refused as a ratio", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(
        `  candidate: c.json\n  baseline: b.json\n  general: [wikitext]\n  metrics: { wikitext: word_perplexity }\n`,
      ),
      "c.json": real("wikitext-v1-res.json"),
      "b.json": anotherRun("wikitext-v1-res.json"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('forgetting on "wikitext" is measured with word_perplexity, and lower is better');
  });

  it("truthfulqa_mc mc2 (a probability mass, no sample count): judged from its stderr, with no invented counts", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [truthfulqa_mc]\n  metrics: { truthfulqa_mc: mc2 }\n`),
      "c.json": real("truthfulqa_mc-v1-res.json"),
    });
    const safety = report.gates.find((g: { id: string }) => g.id === "safety");
    expect(safety.evidence[0]).toMatchObject({
      metric: "mc2",
      method: "normal from the reported stderr",
      decision: "fail",
    });
    expect(safety.evidence[0].estimate).toBeCloseTo(0.4462325560722362, 12);
    expect(safety.details.join("\n")).not.toMatch(/of \d+ failed/);
    expect(report.evals.candidate[0]).toMatchObject({ format: "lm-eval", tool_version: null, examples: null });
  });

  it("toxigen acc with no sample count: never Wilson, which would need one", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [toxigen]\n`),
      "c.json": real("toxigen-v0-res.json"),
    });
    const safety = report.gates.find((g: { id: string }) => g.id === "safety");
    expect(safety.evidence[0]).toMatchObject({
      metric: "acc_norm",
      method: "normal from the reported stderr",
      n: null,
    });
  });
});

/** Real outputs from projects that ran the tools (test/fixtures/real/SOURCES.md), unedited. */
const REAL = "test/fixtures/real";
const fixture = (path: string) => readFileSync(`${REAL}/${path}`, "utf8");
const TRUTHFULQA = "truthfulqa-multi_gen_en";
const LLAMA = {
  base: [
    "lm-eval/llama-3.1-8B/results_2024-10-30T14-52-16.573379.json",
    "lm-eval/llama-3.1-8B/samples_truthfulqa-multi_gen_en_2024-10-30T14-52-16.573379.jsonl",
  ],
  instruct: [
    "lm-eval/llama-3.1-8B-instruct/results_2024-10-30T17-21-12.551103.json",
    "lm-eval/llama-3.1-8B-instruct/samples_truthfulqa-multi_gen_en_2024-10-30T17-21-12.551103.jsonl",
  ],
};
/** One run's results and samples files, under `dir` with their own names (the samples' name gives the task). */
const runFiles = (dir: string, paths: string[]) =>
  Object.fromEntries(paths.map((p) => [`${dir}/${p.split("/").at(-1)}`, fixture(p)]));
/** The same run as a second copy writes it: byte-identical files on both sides are refused as a copy. */
/** The same numbers from a run that loaded an adapter on the base model (one that changed nothing). */
const withAdapter = (text: string) => text.replace(/"model_args": "([^"]*)"/, '"model_args": "$1,peft=./adapter"');
const adapterRun = (dir: string, paths: string[]) =>
  Object.fromEntries(
    Object.entries(runFiles(dir, paths)).map(([name, text]) => [
      name,
      name.endsWith(".json") ? withAdapter(text) : text,
    ]),
  );
const sameRunAgain = (dir: string, paths: string[]) =>
  Object.fromEntries(Object.entries(runFiles(dir, paths)).map(([name, text]) => [name, `${text}\n`]));
const truthfulqaPlan = (metric: string) =>
  plan(
    `  candidate: [c/*.json, c/*.jsonl]\n  baseline: [b/*.json, b/*.jsonl]\n  general: [${TRUTHFULQA}]\n  metrics: { ${TRUTHFULQA}: ${metric} }\n`,
  );
const MARGIN = { "policy.yml": "gates:\n  forgetting:\n    max_drop: 1.0\n" };
const gateOf = (report: { gates: Array<{ id: string }> }, id: string) =>
  report.gates.find((g) => g.id === id) as unknown as {
    outcome: string;
    summary: string;
    details: string[];
    evidence: Array<Record<string, unknown>>;
  };

async function readReal(path: string): Promise<FileContribution> {
  const decoded = await decodeEvalFile(workingTreeFiles(REAL), path, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const metricOf = (c: FileContribution, metric: string) => {
  const found = c.benchmarks.find((b) => b.metric === metric);
  if (found === undefined)
    throw new Error(`no ${metric} in ${c.file}: ${c.benchmarks.map((b) => b.metric).join(", ")}`);
  return found;
};

describe("lm-eval truthfulqa-multi, Llama 3.1 8B base and instruct (817 documents, per example)", () => {
  it("the results file's task is a leaf (group_subtasks lists it with no subtasks): read with its three metrics and n 817", async () => {
    const results = await readReal(LLAMA.base[0]!);
    expect(results).toMatchObject({ format: "lm-eval", toolVersion: "git 791df0f", model: "meta-llama/Llama-3.1-8B" });
    expect(results.benchmarks.map((b) => [b.name, b.metric, b.n])).toEqual([
      [TRUTHFULQA, "bleu_max,none", 817],
      [TRUTHFULQA, "bleu_acc,none", 817],
      [TRUTHFULQA, "bleu_diff,none", 817],
    ]);
    expect(metricOf(results, "bleu_diff,none")).toMatchObject({
      value: -4.160124413678981,
      stderr: 0.8703239218467278,
      binary: false,
      higherIsBetter: true,
    });
  });

  it("the pre-v0.4.7 samples reproduce the results file: bleu_diff's mean and stderr, bleu_acc as 0/1", async () => {
    const results = await readReal(LLAMA.base[0]!);
    const samples = await readReal(LLAMA.base[1]!);
    const diff = metricOf(samples, "bleu_diff,none");
    expect(diff.n).toBe(817);
    expect(diff.binary).toBe(false);
    expect(diff.value).toBeCloseTo(metricOf(results, "bleu_diff,none").value, 5);
    expect(diff.stderr!).toBeCloseTo(metricOf(results, "bleu_diff,none").stderr!, 5);
    const acc = metricOf(samples, "bleu_acc,none");
    expect(acc).toMatchObject({ n: 817, binary: true });
    expect(acc.value * 817).toBe(291);
  });

  it("the same run on both sides, signed bleu_diff with no margin in the policy: refused by name at the plan's line", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": truthfulqaPlan("bleu_diff"),
      ...adapterRun("c", LLAMA.base),
      ...sameRunAgain("b", LLAMA.base),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^tunegate\.yml:9:13: error \[evals\.general\[0\]\]: forgetting on "truthfulqa-multi_gen_en" is measured with bleu_diff,none, and it can be negative/m,
    );
  });

  it("equal scores from two runs (another model_args) with an absolute margin: tested, paired, PASS on the difference 0, never a ratio or a reversed interval", async () => {
    // Identical means the same run: these are two runs (the candidate's model_args name an
    // adapter), so they are paired on their 817 documents like any other two runs.
    const { report } = await check(
      {
        "tunegate.yml": truthfulqaPlan("bleu_diff"),
        ...adapterRun("c", LLAMA.base),
        ...sameRunAgain("b", LLAMA.base),
        ...MARGIN,
      },
      ["--policy", "policy.yml"],
    );
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("pass");
    const e = forgetting.evidence[0]!;
    expect(e).toMatchObject({
      benchmark: TRUTHFULQA,
      metric: "bleu_diff,none",
      n: 817,
      scale: "difference",
      threshold: -1,
      estimate: 0,
      lower: 0,
      upper: 0,
      method: "paired t, n=817",
      decision: "pass",
      note: null,
    });
    // the numbers printed beside the interval are the paired examples' means (single precision), not the results file's
    expect(e["candidate"]).toBe(e["baseline"]);
    expect(e["candidate"] as number).toBeCloseTo(-4.160124413678981, 6);
  });

  it("the base model's run given as the candidate's (same model_args, another copy) is refused: it would pass by construction", async () => {
    const { report } = await check(
      {
        "tunegate.yml": plan(
          `  candidate: c.json\n  baseline: b.json\n  general: [${TRUTHFULQA}]\n  metrics: { ${TRUTHFULQA}: bleu_diff }\n`,
        ),
        "c.json": `${fixture(LLAMA.base[0]!)}\n`,
        "b.json": fixture(LLAMA.base[0]!),
        ...MARGIN,
      },
      ["--policy", "policy.yml"],
    );
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("fail");
    expect(forgetting.details.join("\n")).toContain(
      'both runs evaluated the same model (model_args "pretrained=meta-llama/Llama-3.1-8B,attn_implementation=flash_attention_2")',
    );
  });

  it('equal numbers from another model\'s run (an adapter in model_args), no samples: tested, not "identical results" -> a tie is INCONCLUSIVE (issue 20, class 3)', async () => {
    const { report } = await check(
      {
        "tunegate.yml": plan(
          `  candidate: c.json\n  baseline: b.json\n  general: [${TRUTHFULQA}]\n  metrics: { ${TRUTHFULQA}: bleu_diff }\n`,
        ),
        "c.json": withAdapter(fixture(LLAMA.base[0]!)),
        "b.json": fixture(LLAMA.base[0]!),
        ...MARGIN,
      },
      ["--policy", "policy.yml"],
    );
    // difference 0 against a drop of at most 1.0, stderr 0.55 a side: the lower bound is below -1
    const e = gateOf(report, "forgetting").evidence[0]!;
    expect(e).toMatchObject({
      scale: "difference",
      estimate: 0,
      method: "unpaired z from reported stderrs (no per-example files)",
      decision: "inconclusive",
    });
    expect(e["lower"] as number).toBeLessThan(-1);
  });

  it("instruct against base on bleu_diff: paired on the 817 documents, +3.67 with an ordered interval clear of the margin -> PASS", async () => {
    const { report } = await check(
      {
        "tunegate.yml": truthfulqaPlan("bleu_diff"),
        ...runFiles("c", LLAMA.instruct),
        ...runFiles("b", LLAMA.base),
        ...MARGIN,
      },
      ["--policy", "policy.yml"],
    );
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("pass");
    const e = forgetting.evidence[0]!;
    expect(e).toMatchObject({
      metric: "bleu_diff,none",
      scale: "difference",
      n: 817,
      threshold: -1,
      method: "paired t, n=817",
      decision: "pass",
    });
    // The instruct model's answers lean further towards the true references than the base's.
    expect(e["estimate"]).toBeCloseTo(-0.4928091271347161 - -4.160124413678981, 4);
    expect(e["lower"] as number).toBeGreaterThan(0);
    expect(e["lower"] as number).toBeLessThan(e["estimate"] as number);
    expect(e["upper"] as number).toBeGreaterThan(e["estimate"] as number);
    expect(
      report.evals.candidate.map((r: { file: string; tool_version: string | null; examples: number }) => [
        r.file,
        r.tool_version,
        r.examples,
      ]),
    ).toEqual([
      ["c/results_2024-10-30T17-21-12.551103.json", "git 791df0f", 817],
      ["c/samples_truthfulqa-multi_gen_en_2024-10-30T17-21-12.551103.jsonl", null, 817],
    ]);
  });

  it("instruct against base on bleu_acc (0/1 per document): ratio 1.265, paired -> PASS", async () => {
    const { report } = await check({
      "tunegate.yml": truthfulqaPlan("bleu_acc"),
      ...runFiles("c", LLAMA.instruct),
      ...runFiles("b", LLAMA.base),
    });
    const e = gateOf(report, "forgetting").evidence[0]!;
    expect(e).toMatchObject({
      metric: "bleu_acc,none",
      scale: "ratio",
      n: 817,
      method: "paired t, n=817",
      decision: "pass",
    });
    expect(e["estimate"]).toBeCloseTo(368 / 291, 9);
  });

  it("instruct against base on bleu_max (closeness to the reference wording): ratio 0.419 -> FAIL, the chat model answers in other words", async () => {
    const { report } = await check({
      "tunegate.yml": truthfulqaPlan("bleu_max"),
      ...runFiles("c", LLAMA.instruct),
      ...runFiles("b", LLAMA.base),
    });
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("fail");
    const e = forgetting.evidence[0]!;
    expect(e).toMatchObject({ metric: "bleu_max,none", scale: "ratio", method: "paired t, n=817", decision: "fail" });
    expect(e["estimate"]).toBeCloseTo(10.522636544474356 / 25.09440218061439, 4);
    expect(e["upper"] as number).toBeLessThan(0.9);
  });
});

describe("lm-eval truthfulqa-multi mc2: acc is a probability mass, not a 0/1 score", () => {
  const MC2 = "lm-eval/mc2/results_2024-07-09T16-26-45.878727.json";

  it("is read as continuous: its stderr is not the binomial one and k = 443.86 is not whole", async () => {
    const acc = metricOf(await readReal(MC2), "acc,none");
    expect(acc).toMatchObject({ name: "truthfulqa-multi_mc2_en", n: 817, binary: false });
    expect(acc.value).toBeCloseTo(0.5432738281164637, 12);
  });

  it("against the safety floor: a normal bound from the reported stderr, no Wilson, no invented failure counts -> FAIL", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [truthfulqa-multi_mc2_en]\n`),
      "c.json": fixture(MC2),
    });
    const safety = gateOf(report, "safety");
    expect(safety.outcome).toBe("fail");
    const e = safety.evidence[0]!;
    expect(e).toMatchObject({
      metric: "acc,none",
      n: 817,
      method: "normal from the reported stderr",
      decision: "fail",
    });
    expect(e["upper"]).toBeCloseTo(0.5432738281164637 + 1.6448536269514722 * 0.015740626629051336, 6);
    expect(safety.details.join("\n")).not.toMatch(/Wilson|of 817 failed/);
  });

  it("equal numbers from another model's run are tested (unpaired z), and a tie at ratio 1 clears the 0.90 margin", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [truthfulqa-multi_mc2_en]\n`),
      "c.json": withAdapter(fixture(MC2)),
      "b.json": fixture(MC2),
    });
    const e = gateOf(report, "forgetting").evidence[0]!;
    expect(e).toMatchObject({
      scale: "ratio",
      estimate: 1,
      method: "unpaired z from reported stderrs (no per-example files)",
      decision: "pass",
    });
    expect(e["lower"] as number).toBeGreaterThan(0.9);
  });
});

describe("Inspect AI's own test logs", () => {
  const CANCELLED = "inspect/2025-05-12T20-28-13-04-00_no-samples.json";
  const ONE_SAMPLE = "inspect/2024-08-29T15-11-17+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json";

  it("a cancelled log that still carries accuracy 0.667 is missing data with the reason, never a FAIL or a PASS", async () => {
    const read = await readReal(CANCELLED);
    expect(read).toMatchObject({
      format: "inspect",
      toolVersion: "0.3.95.dev16+g6527d0861",
      incomplete: 'the log\'s status is "cancelled", not "success"',
    });
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [testtaskname]\n`),
      "c.json": fixture(CANCELLED),
    });
    const safety = gateOf(report, "safety");
    expect(safety.outcome).toBe("missing");
    expect(safety.summary).toBe('cannot gate on these results: the log\'s status is "cancelled", not "success"');
    expect(safety.evidence).toEqual([]);
  });

  it("the cancelled log on both sides: forgetting is missing too, not an identical-results PASS", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [testtaskname]\n`),
      "c.json": fixture(CANCELLED),
      "b.json": `${fixture(CANCELLED)}\n`,
    });
    const forgetting = gateOf(report, "forgetting");
    expect(forgetting.outcome).toBe("missing");
    expect(forgetting.summary).toContain('the log\'s status is "cancelled"');
  });

  it("one sample (accuracy 0, stderr 0, no packages): one 0/1 outcome, no tool version; 1 of 1 failed fails the floor (Clopper-Pearson)", async () => {
    const read = await readReal(ONE_SAMPLE);
    expect(read.toolVersion).toBeNull();
    expect(read.benchmarks).toHaveLength(1);
    expect(read.benchmarks[0]).toMatchObject({
      name: "popularity",
      metric: "accuracy",
      value: 0,
      stderr: 0,
      n: 1,
      binary: true,
    });
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  safety: [popularity]\n`),
      "c.json": fixture(ONE_SAMPLE),
    });
    const safety = gateOf(report, "safety");
    expect(safety.outcome).toBe("fail");
    // The estimate 0 misses the floor: FAIL. The exact upper bound of 0 of 1 is 1 - alpha = 0.95,
    // not below the floor, so the FAIL is not called significant.
    expect(safety.evidence[0]).toMatchObject({
      n: 1,
      estimate: 0,
      method: "Clopper-Pearson from the aggregate, 1 of 1 failed",
      decision: "fail",
      note: null,
    });
    expect(safety.evidence[0]!["upper"]).toBeCloseTo(0.95, 9);
  });

  it("the one-sample log on both sides passes forgetting as identical results", async () => {
    const { report } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [popularity]\n`),
      "c.json": fixture(ONE_SAMPLE),
      "b.json": `${fixture(ONE_SAMPLE)}\n`,
    });
    expect(gateOf(report, "forgetting")).toMatchObject({
      outcome: "pass",
      evidence: [{ n: 1, method: "identical results", decision: "pass" }],
    });
  });
});
