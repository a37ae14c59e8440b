import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestStderr, stderrProblem, STDERR_TOLERANCE } from "../../src/engine/evals/plausible-stderr.ts";
import { runCli } from "../helpers/cli.ts";
import { binomialStderr, inspectLog, lmEvalResults } from "../helpers/eval-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * Issue 19, class 3: evidence that cannot be true. A reported standard error far above what its
 * value and n allow made a collapse "inconclusive" (WARN, exit 0, deploy allowed); it is an input
 * error at the standard error's own line and column.
 */

const plan = (evals: string) => `version: 1
name: trust
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, style_requirements: high, latency_p95_ms: 3000, monthly_queries: 10000 }
training: { examples: 600 }
evals:
${evals}`;

const N = 1000;
const collapse = (candidateStderr: number) => ({
  "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [arc]\n`),
  "c.json": lmEvalResults({ arc: { value: 0, stderr: candidateStderr, n: N } }),
  "b.json": lmEvalResults({ arc: { value: 0.6, stderr: binomialStderr(0.6, N), n: N } }),
});

/** Line and 1-based column of the value of the first `"key": value` in the text, as an editor shows them. */
function whereValue(text: string, key: string): string {
  const offset = text.indexOf(`${JSON.stringify(key)}: `) + JSON.stringify(key).length + 2;
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe("class 3: a standard error that cannot be true for its value and n", () => {
  it("the collapse from 0.60 to 0.00 as written (stderr 0) fails the forgetting gate", async () => {
    const run = await runCli(["check"], tempRepo(collapse(0)));
    expect(run.stdout).toMatch(/FAIL +forgetting/);
    expect(run.code).toBe(1);
  });

  for (const stderr of [0.5, 1e300, 0.01]) {
    it(`acc_stderr ${stderr} at n = ${N} on a value of 0.00 is an input error at its line, not "inconclusive"`, async () => {
      const files = collapse(stderr);
      const run = await runCli(["check"], tempRepo(files));
      expect(run.stderr).toMatch(
        new RegExp(
          `^c\\.json:${whereValue(files["c.json"], "acc_stderr,none")}: error \\[results\\.arc\\.acc_stderr,none\\]: standard error ${String(stderr).replace("+", "\\+")} of metric "acc,none" cannot be true for a value of 0 over 1000 examples`,
          "m",
        ),
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
    });
  }

  it("an inflated baseline standard error (0.6 with stderr 0.5) is refused the same way", async () => {
    const files = { ...collapse(0), "b.json": lmEvalResults({ arc: { value: 0.6, stderr: 0.5, n: N } }) };
    const run = await runCli(["check"], tempRepo(files));
    expect(run.stderr).toMatch(
      /^b\.json:\d+:\d+: error .*standard error 0\.5 of metric "acc,none" cannot be true for a value of 0\.6 over 1000 examples: values in \[0, 1\] with that mean have a standard error of at most 0\.0155/m,
    );
    expect(run.code).toBe(2);
  });

  it("an Inspect log's accuracy with an impossible stderr is located at metrics.stderr.value", async () => {
    const log = inspectLog("arc", [{ name: "match", metrics: { accuracy: 0.1, stderr: 0.45 } }]);
    const run = await runCli(
      ["check"],
      tempRepo({ "tunegate.yml": plan(`  candidate: c.json\n  general: [arc]\n`), "c.json": log }),
    );
    expect(run.stderr).toMatch(
      /^c\.json:\d+:\d+: error \[results\.scores\[0\]\.metrics\.stderr\.value\]: standard error 0\.45 of metric "accuracy" cannot be true for a value of 0\.1 over 20 examples/m,
    );
    expect(run.code).toBe(2);
  });

  it("the binomial standard error lm-eval and Inspect report for 0/1 scores is never refused, at any p and n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const p = k / n;
        expect(stderrProblem(["se"], "acc,none", p, binomialStderr(p, n), n)).toBeNull();
        expect(stderrProblem(["se"], "exact_match,strict-match", p, binomialStderr(p, n), n)).toBeNull();
      }),
    );
  });

  it("any mean of n values in [0, 1] stays within the bound: the sample standard error of random scores", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 200 }), (scores) => {
        const n = scores.length;
        const mean = scores.reduce((a, b) => a + b, 0) / n;
        const variance = scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
        expect(Math.sqrt(variance / n)).toBeLessThanOrEqual(largestStderr(mean, [0, 1], n) * (1 + 1e-9) + 1e-12);
      }),
    );
  });

  it("past the tolerance it is refused; metrics with no range (perplexity) are checked for sign only; corpus-level f1 is bounded by its range alone", () => {
    const bound = largestStderr(0.6, [0, 1], N);
    expect(stderrProblem(["se"], "acc", 0.6, bound * STDERR_TOLERANCE * 0.99, N)).toBeNull();
    expect(stderrProblem(["se"], "acc", 0.6, bound * STDERR_TOLERANCE * 1.01, N)).not.toBeNull();
    expect(stderrProblem(["se"], "word_perplexity", 12.5, 1e6, N)).toBeNull();
    expect(stderrProblem(["se"], "word_perplexity", 12.5, -1, N)?.message).toMatch(/negative/);
    // f1 over a set with few positives spreads far more than a mean over all n examples would.
    expect(stderrProblem(["se"], "f1,none", 0.5, 0.2, N)).toBeNull();
    expect(stderrProblem(["se"], "f1,none", 0.5, 0.9, N)).not.toBeNull();
    expect(stderrProblem(["se"], "acc", 0.6, 0.3, null)).toBeNull();
    expect(stderrProblem(["se"], "acc", 0.6, 0.8, null)).not.toBeNull();
  });
});
