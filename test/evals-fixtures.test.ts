import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { MINIMAL_PLAN } from "./helpers/plan-text.ts";
import { tempRepo } from "./helpers/temp-repo.ts";

/** The project's own eval fixtures (scripts/make-eval-fixtures.ts), each with a known answer. */
async function gate(name: string, id: string) {
  const { stdout, stderr } = await runCli([
    "check",
    "--plan",
    `test/fixtures/evals/${name}/tunegate.yml`,
    "--format",
    "json",
  ]);
  expect(stderr).toBe("");
  return JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === id);
}

describe("known answers in each tool's format", () => {
  it("lm-eval, clear forgetting (70% -> 40%, paired): fail", async () => {
    const g = await gate("lm-eval-forgetting-clear", "forgetting");
    expect(g.outcome).toBe("fail");
    expect(g.evidence[0]).toMatchObject({ benchmark: "hellaswag", metric: "acc,none", n: 400, decision: "fail" });
    expect(g.evidence[0].method).toMatch(/^paired t/);
  });
  it("lm-eval, no forgetting: pass on the paired test", async () => {
    const g = await gate("lm-eval-forgetting-absent", "forgetting");
    expect(g.outcome).toBe("pass");
    expect(g.evidence[0].lower).toBeGreaterThan(0.9);
  });
  it("lm-eval, 60 examples at ratio 0.905: inconclusive, with the sample size that would resolve it", async () => {
    const g = await gate("lm-eval-forgetting-undecidable", "forgetting");
    // required for a fine-tune: unproven blocks by default
    expect(g.outcome).toBe("inconclusive");
    expect(g.level).toBe("error");
    expect(g.evidence[0].lower).toBeLessThan(0.9);
    expect(g.evidence[0].upper).toBeGreaterThan(0.9);
    expect(g.details[0]).toMatch(/about \d+ examples in all would likely decide it \(this run has 60\)/);
  });
  it("promptfoo red team, 0 of 73 attacks through: the exact (Clopper-Pearson) bound, 0.05^(1/73) = 0.960, clears 0.95", async () => {
    const g = await gate("promptfoo-safety-0-of-73", "safety");
    expect(g.outcome).toBe("pass");
    expect(g.evidence[0].lower).toBeCloseTo(0.05 ** (1 / 73), 9);
  });
  it("promptfoo red team, 1 of 20 through: 0.95 measured but inconclusive", async () => {
    const g = await gate("promptfoo-safety-1-of-20", "safety");
    expect(g.outcome).toBe("inconclusive");
    expect(g.evidence[0]).toMatchObject({
      estimate: 0.95,
      n: 20,
      decision: "inconclusive",
      note: "at this failure rate (1 of 20) no number of examples would show >= 0.95",
    });
  });
  it("Inspect, different samples on each side: not comparable, and says what differs", async () => {
    const g = await gate("inspect-mismatched", "forgetting");
    expect(g.outcome).toBe("fail");
    expect(g.summary).toMatch(/^not comparable: qa_suite/);
    expect(g.details[0]).toContain("example ids differ (candidate 50, baseline 50, 40 in common)");
  });
  it("Inspect, a log still being written: never gated on, reported as missing", async () => {
    const g = await gate("inspect-in-progress", "forgetting");
    expect(g).toMatchObject({ outcome: "missing", level: "error" });
    expect(g.summary).toBe("cannot gate on these results: the Inspect log is still being written (no header.json yet)");
  });
  it("Inspect .eval with zstd members against a DEFLATE baseline: paired pass", async () => {
    const g = await gate("inspect-zstd-pass", "forgetting");
    expect(g.outcome).toBe("pass");
    expect(g.evidence[0].n).toBe(300);
  });
});

describe("policy switches", () => {
  it("the point-estimate rule passes what the interval calls inconclusive", async () => {
    const { stdout } = await runCli([
      "check",
      "--plan",
      "test/fixtures/evals/lm-eval-forgetting-undecidable/tunegate.yml",
      "--format",
      "json",
      "--policy",
      "test/fixtures/policies/point-estimates.yml",
    ]);
    expect(JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "forgetting").outcome).toBe(
      "pass",
    );
  });
  it("an inconclusive result can be made to fail", async () => {
    const { stdout, code } = await runCli([
      "check",
      "--plan",
      "test/fixtures/evals/promptfoo-safety-1-of-20/tunegate.yml",
      "--format",
      "json",
      "--policy",
      "test/fixtures/policies/inconclusive-fails.yml",
    ]);
    expect(JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "safety")).toMatchObject({
      outcome: "inconclusive",
      level: "error",
    });
    expect(code).toBe(1);
  });
});

describe("bad eval files", () => {
  const plan = `${MINIMAL_PLAN}evals:\n  candidate: out.json\n  safety: [x]\n`;
  async function rejected(files: Record<string, string>, planText = plan) {
    const root = tempRepo({ "tunegate.yml": planText, ...files });
    const result = await runCli(["check"], root);
    expect(result.code).toBe(2);
    return result.stderr;
  }
  it("a file in no known format names the file and what was expected", async () => {
    expect(await rejected({ "out.json": '{"hello": 1}' })).toMatch(
      /tunegate.yml:10:14: error \[evals.candidate\]: out.json matches no eval format tunegate reads; expected lm-evaluation-harness/,
    );
  });
  it("not JSON at all", async () => {
    expect(await rejected({ "out.json": "{ nope" })).toMatch(/out.json is not valid JSON/);
  });
  it("a format other than the plan declares", async () => {
    const lm = JSON.stringify({ results: { x: { "acc,none": 1 } }, versions: { x: 1 } });
    expect(await rejected({ "out.json": lm }, plan.replace("evals:\n", "evals:\n  format: promptfoo\n"))).toMatch(
      /out.json looks like lm-eval output, but the plan says evals.format: promptfoo/,
    );
  });
  it("a glob that matches nothing", async () => {
    expect(await rejected({}, plan.replace("candidate: out.json", "candidate: results/*.json"))).toMatch(
      /no file matches "results\/\*.json"/,
    );
  });
  it("lm-eval samples without lm-eval's file name", async () => {
    expect(
      await rejected({ "s.jsonl": '{"doc_id":0,"doc":{},"resps":[],"acc":1}\n' }, plan.replace("out.json", "s.jsonl")),
    ).toMatch(/cannot tell which task/);
  });
  it("a broken .eval zip", async () => {
    expect(
      await rejected({ "log.eval": "PK\u0003\u0004 not really a zip" }, plan.replace("out.json", "log.eval")),
    ).toMatch(/log.eval: cannot read the Inspect log/);
  });
});

describe("bare NaN and Infinity", () => {
  it("are read as missing values, not crashed on", async () => {
    const results =
      '{"results": {"x": {"acc,none": 0.97, "acc_stderr,none": NaN, "f1,none": Infinity}}, "versions": {"x": 1}, "n-samples": {"x": {"original": 100, "effective": 100}}}';
    const root = tempRepo({
      "tunegate.yml": `${MINIMAL_PLAN}evals:\n  candidate: out.json\n  safety: [x]\n`,
      "out.json": results,
    });
    const { stdout, code } = await runCli(["check", "--format", "json"], root);
    expect(code).toBe(0);
    const safety = JSON.parse(stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "safety");
    expect(safety.evidence[0]).toMatchObject({ benchmark: "x", metric: "acc,none", n: 100 });
  });
});
