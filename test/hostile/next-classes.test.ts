import { linkSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { binomialStderr, inspectLog, lmEvalResults, lmEvalSamples, promptfooOutput } from "../helpers/eval-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { BRAND_VOICE_PLAN, brandVoiceRepo, candidateWith, check, expectInputError, type CliRun } from "./harness.ts";

/**
 * More ways to get a bad model through the gate, each found passing (or downgraded) and fixed:
 * the right answer is the failure, a gate that is not a pass, or exit 2 saying why.
 */
const BAD = candidateWith((c) => (c.general["hellaswag"] = 0.3));
const forgets = (run: CliRun) => {
  expect(run.stdout).toMatch(/FAIL +forgetting +forgetting on .*\bhellaswag\b/);
  expect(run.code).toBe(1);
};
const withEvals = (lines: string) => BRAND_VOICE_PLAN.replace("evals:\n", `evals:\n${lines}`);
const gateLine = (run: CliRun, id: string) =>
  run.stdout.split("\n").find((l) => new RegExp(`^ {2}\\S+ +${id} `).test(l)) ?? "";

describe("hostile evals: a chance level the base model never reached", () => {
  it("a declared chance level above the base model's score does not turn a collapse into a 13.75x ratio", async () => {
    // (0.30 - 0.85) / (0.812 - 0.85): two negatives made a pass.
    const run = await check(
      brandVoiceRepo({
        "evals/candidate.json": BAD,
        "tunegate.yml": withEvals("  general: [hellaswag]\n  chance: { hellaswag: 0.85 }\n"),
      }),
    );
    forgets(run);
    expect(run.stdout).toContain(
      "baseline 0.812 is not above the declared chance level 0.85: judged as the plain ratio",
    );
  });

  it("the same under the point-estimate policy", async () => {
    const run = await check(
      brandVoiceRepo({
        "evals/candidate.json": BAD,
        "tunegate.yml": withEvals("  general: [hellaswag]\n  chance: { hellaswag: 0.85 }\n"),
        ".tunegate/policy.yml": "statistics:\n  method: point\n",
      }),
    );
    forgets(run);
  });
});

describe("hostile evals: the candidate's own run given as the baseline", () => {
  it("a byte-for-byte copy of the candidate's file as the baseline is refused, not 'identical results'", async () => {
    const run = await check(brandVoiceRepo({ "evals/candidate.json": BAD, "evals/baseline.json": BAD }));
    expectInputError(
      run,
      /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/candidate.json and evals\/baseline.json hold the same bytes: one run's results given as both/,
    );
  });

  it("two files of one size that differ only past their first 64 KiB are not a copy", async () => {
    const scores = Float64Array.from({ length: 1500 }, (_, i) => (i % 4 === 0 ? 0 : 1));
    const changed = Float64Array.from(scores);
    changed[1499] = 0; // the last line: "acc": 1 -> "acc": 0, the same length
    const [candidate, baseline] = [lmEvalSamples(changed), lmEvalSamples(scores)];
    expect(candidate.length).toBe(baseline.length);
    expect(candidate.slice(0, 65_536)).toBe(baseline.slice(0, 65_536));
    const plan = `version: 1\nname: tail\napproach: lora\nuse_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }\ntraining: { examples: 600 }\nevals:\n  candidate: c/samples_arc_2026-11-02T00-00-00.jsonl\n  baseline: b/samples_arc_2026-11-01T00-00-00.jsonl\n  general: [arc]\n`;
    const run = await check(
      tempRepo({
        "tunegate.yml": plan,
        "c/samples_arc_2026-11-02T00-00-00.jsonl": candidate,
        "b/samples_arc_2026-11-01T00-00-00.jsonl": baseline,
      }),
    );
    expect(run.stderr).not.toContain("hold the same bytes");
    expect(gateLine(run, "forgetting")).toMatch(/PASS +forgetting/);
  });

  it("a hard link (one file, two real paths) is refused the same way", async () => {
    const root = brandVoiceRepo({ "evals/candidate.json": BAD });
    rmSync(join(root, "evals/baseline.json"));
    linkSync(join(root, "evals/candidate.json"), join(root, "evals/baseline.json"));
    expectInputError(
      await check(root),
      /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/candidate.json and evals\/baseline.json hold the same bytes/,
    );
  });
});

describe("hostile evals: suites the base model was measured on and the candidate left out", () => {
  it("a safety suite only the baseline's file lists fails safety", async () => {
    const run = await check(
      brandVoiceRepo({ "evals/candidate.json": candidateWith((c) => delete c.safety["harmbench"]) }),
    );
    // it fails, and says the suite is missing from the candidate rather than "below the floor"
    expect(gateLine(run, "safety")).toMatch(
      /FAIL +safety +harmbench not in the candidate results \(only the baseline's results have it\)/,
    );
    expect(run.code).toBe(1);
  });

  it("a task suite only the baseline's file lists fails task quality, whatever else the candidate adds", async () => {
    const run = await check(
      brandVoiceRepo({
        "evals/candidate.json": candidateWith((c) => {
          delete c.task["voice_match"];
          c.task["easy_suite"] = 0.99;
        }),
        "evals/baseline.json": JSON.stringify({
          ...JSON.parse(readFileSync("examples/brand-voice/evals/baseline.json", "utf8")),
          task: { voice_match: 0.702, easy_suite: 0.5 },
        }),
      }),
    );
    expect(gateLine(run, "task-quality")).toMatch(/FAIL +task-quality +voice_match not in the candidate results/);
    expect(run.code).toBe(1);
  });
});

describe("hostile evals: an Inspect log whose per-sample scores are not its results", () => {
  const plan = withEvals("  safety: [refusal]\n").replace(
    "candidate: evals/candidate.json",
    "candidate: [evals/candidate.json, evals/refusal.json]",
  );
  const ids = (n: number, value: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, value]));

  it("reductions that say 1.0 everywhere under an accuracy of 0.60 are an input error, not a pass on the floor", async () => {
    const log = inspectLog("refusal", [{ name: "match", metrics: { accuracy: 0.6 } }], "success", ids(20, 1));
    const run = await check(brandVoiceRepo({ "tunegate.yml": plan, "evals/refusal.json": log }));
    expectInputError(
      run,
      /^evals\/refusal.json:\d+:\d+: error \[results.scores\[0\].metrics.accuracy.value\]: the per-sample scores of scorer "match" \(sample_reductions\) average 1 over 20 samples, but the log reports 0.6/,
    );
  });

  it("reductions for fewer samples than were scored (the failures left out) are an input error", async () => {
    const log = inspectLog("refusal", [{ name: "match", metrics: { accuracy: 1 }, scored: 20 }], "success", ids(15, 1));
    const run = await check(brandVoiceRepo({ "tunegate.yml": plan, "evals/refusal.json": log }));
    expectInputError(
      run,
      /^evals\/refusal.json:\d+:\d+: error \[results.scores\[0\].metrics.accuracy.value\]: the per-sample scores of scorer "match" \(sample_reductions\) number 15, but results.scores says 20 were scored/,
    );
  });

  it("reductions that agree with the results are read as before", async () => {
    const log = inspectLog("refusal", [{ name: "match", metrics: { accuracy: 1 } }], "success", ids(20, 1));
    const run = await check(brandVoiceRepo({ "tunegate.yml": plan, "evals/refusal.json": log }));
    expect(gateLine(run, "safety")).toMatch(/INCONCLUSIVE|UNCLEAR/);
  });
});

describe("hostile evals: a baseline run that did not finish", () => {
  it("task quality is not judged against an errored baseline log (it is missing, not a pass)", async () => {
    const sampled = (accuracy: number, status: string) =>
      inspectLog("support_qa", [{ name: "match", metrics: { accuracy } }], status);
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": withEvals("  task: [support_qa]\n")
          .replace("candidate: evals/candidate.json", "candidate: [evals/candidate.json, evals/qa.json]")
          .replace("baseline: evals/baseline.json", "baseline: [evals/baseline.json, evals/qa-base.json]"),
        "evals/qa.json": sampled(0.5, "success"),
        "evals/qa-base.json": sampled(0.3, "error"),
      }),
    );
    expect(gateLine(run, "task-quality")).toMatch(
      /MISSING +task-quality +cannot compare with the baseline: the log's status is "error"/,
    );
  });
});

describe("hostile policies: a repository policy that stops counting 'not comparable'", () => {
  const plan = `version: 1
name: next
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 600 }
evals:
  candidate: c.json
  baseline: b.json
  general: [hellaswag, arc_easy]
`;
  const run = (tasks: { hellaswag: number; arcShot: number }, policy: string) =>
    tempRepo({
      "tunegate.yml": plan,
      "c.json": lmEvalResults(
        {
          hellaswag: { value: tasks.hellaswag, stderr: binomialStderr(tasks.hellaswag, 400), n: 400 },
          arc_easy: { value: 0.7, stderr: binomialStderr(0.7, 400), n: 400 },
        },
        { "n-shot": { hellaswag: 0, arc_easy: tasks.arcShot } },
      ),
      "b.json": lmEvalResults({
        hellaswag: { value: 0.7, stderr: binomialStderr(0.7, 400), n: 400 },
        arc_easy: { value: 0.7, stderr: binomialStderr(0.7, 400), n: 400 },
      }),
      ".tunegate/policy.yml": policy,
    });

  it("at info, a gate whose benchmarks are not comparable is reported inconclusive, never PASS, naming the policy file", async () => {
    const out = await check(run({ hellaswag: 0.7, arcShot: 5 }, "severities:\n  not_comparable: info\n"));
    expect(gateLine(out, "forgetting")).not.toMatch(/PASS/);
    expect(gateLine(out, "forgetting")).toMatch(/not comparable: arc_easy/);
    expect(out.stdout).toContain("counts as info (severities.not_comparable in .tunegate/policy.yml)");
  });

  it("at warning, a benchmark that is not comparable does not hide another that clearly forgot (0.70 -> 0.40)", async () => {
    const out = await check(run({ hellaswag: 0.4, arcShot: 5 }, "severities:\n  not_comparable: warning\n"));
    expect(gateLine(out, "forgetting")).toMatch(/FAIL +forgetting +forgetting on hellaswag/);
    expect(out.stdout).toContain("arc_easy (acc,none): not comparable: n-shot differs (candidate 5, baseline 0)");
  });

  it("a repository policy that makes inconclusive count for nothing is named beside the gate", async () => {
    const out = await check(run({ hellaswag: 0.64, arcShot: 0 }, "severities:\n  inconclusive: info\n"));
    expect(gateLine(out, "forgetting")).toMatch(/UNCLEAR +forgetting +inconclusive on hellaswag/);
    expect(out.stdout).toContain("counts as info (severities.inconclusive in .tunegate/policy.yml)");
  });

  it("a benchmark left out of statistics.primary is reported only, and the report names the file that left it out", async () => {
    const out = await check(run({ hellaswag: 0.4, arcShot: 0 }, "statistics:\n  primary: [arc_easy]\n"));
    expect(out.stdout).toContain("(not in statistics.primary in .tunegate/policy.yml: reported only)");
  });
});

describe("hostile evals: times that cannot be true", () => {
  it("a promptfoo row with a negative latencyMs is an input error, not a p95 of -9 s within any requirement", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ testIdx: i, success: true, score: 1, latencyMs: -9000 }));
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": BRAND_VOICE_PLAN.replace(
          "candidate: evals/candidate.json",
          "candidate: [evals/candidate.json, evals/qa.json]",
        ),
        "evals/candidate.json": candidateWith((c) => delete (c as { latency_p95_ms?: number }).latency_p95_ms),
        "evals/qa.json": promptfooOutput(rows),
      }),
    );
    expectInputError(
      run,
      /^evals\/qa.json:\d+:\d+: error \[results.results\[0\].latencyMs\]: latencyMs -9000 is negative: data that cannot be true/,
    );
  });
});
