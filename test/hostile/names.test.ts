import { describe, expect, it } from "vitest";
import { GATED_RAG_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { BRAND_VOICE_PLAN, brandVoiceRepo, candidateWith, check, expectInputError } from "./harness.ts";

/** hellaswag drops from 0.812 to 0.3: a clear forgetting failure, whatever the statistics. */
const forgetting = { "evals/candidate.json": candidateWith((c) => (c.general["hellaswag"] = 0.3)) };
const withEvals = (lines: string) => BRAND_VOICE_PLAN.replace("evals:\n", `evals:\n${lines}`);

describe("hostile names: a name that refers to nothing is an error, never a quieter gate", () => {
  it("the forgetting failure fails with a correct primary set", async () => {
    const run = await check(
      brandVoiceRepo({ ...forgetting, "ai-policy.yml": "statistics:\n  primary: [hellaswag, mmlu]\n" }),
      "--policy",
      "ai-policy.yml",
    );
    expect(run.stdout).toMatch(/FAIL +forgetting +forgetting on hellaswag/);
    expect(run.code).toBe(1);
  });

  it("a name that only looks like the real one (a Cyrillic а) is spelled out, so the message makes sense", async () => {
    const run = await check(
      brandVoiceRepo({
        ...forgetting,
        "ai-policy.yml": "version: 1\nstatistics:\n  primary: [mmlu, hellasw\u0430g]\n",
      }),
      "--policy",
      "ai-policy.yml",
    );
    expectInputError(
      run,
      /statistics.primary names "hellasw\\u\{430\}g", which is none of the general benchmarks of tunegate.yml; did you mean "hellaswag"\?/,
    );
  });

  it("statistics.primary: [hellaswg] (a typo) is located in the policy, with did-you-mean", async () => {
    const run = await check(
      brandVoiceRepo({ ...forgetting, "ai-policy.yml": "version: 1\nstatistics:\n  primary: [mmlu, hellaswg]\n" }),
      "--policy",
      "ai-policy.yml",
    );
    expectInputError(
      run,
      /^ai-policy.yml:3:19: error \[statistics.primary\[1\]\]: statistics.primary names "hellaswg", which is none of the general benchmarks of tunegate.yml; did you mean "hellaswag"\?\n  hint: a benchmark outside the primary set cannot fail/,
    );
  });

  it("statistics.primary in block style, and a name far from every benchmark", async () => {
    const run = await check(
      brandVoiceRepo({ ...forgetting, "ai-policy.yml": "statistics:\n  primary:\n    - truthfulqa\n" }),
      "--policy",
      "ai-policy.yml",
    );
    expectInputError(
      run,
      /^ai-policy.yml:3:7: error \[statistics.primary\[0\]\]: statistics.primary names "truthfulqa", which is none of the general benchmarks of tunegate.yml\n  hint: .*: hellaswag, arc_challenge, winogrande, mmlu\n/,
    );
  });

  it("evals.metrics keys must name a benchmark or suite of the plan", async () => {
    const run = await check(
      brandVoiceRepo({ ...forgetting, "tunegate.yml": withEvals("  metrics: { hellaswg: score }\n") }),
    );
    expectInputError(
      run,
      /^tunegate.yml:31:14: error \[evals.metrics.hellaswg\]: evals.metrics names "hellaswg", which is none of the benchmarks and suites of this plan; did you mean "hellaswag"\?/,
    );
  });

  it("evals.chance keys must name a general benchmark", async () => {
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": withEvals("  chance: { hellaswg: 0.25 }\n") })),
      /^tunegate.yml:31:13: error \[evals.chance.hellaswg\]: evals.chance names "hellaswg", which is none of the general benchmarks of this plan; did you mean "hellaswag"\?/,
    );
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": withEvals("  chance: { xstest: 0.5 }\n") })),
      /^tunegate.yml:31:13: error \[evals.chance.xstest\]: .*chance only applies to general benchmarks \(the forgetting gate\), and "xstest" is a safety or task suite/,
    );
  });

  it("names declared in evals.general are what the references are checked against", async () => {
    const plan = withEvals("  general: [hellaswag, mmlu]\n  metrics: { winogrande: score }\n");
    expectInputError(
      await check(brandVoiceRepo({ "tunegate.yml": plan })),
      /^tunegate.yml:32:14: error \[evals.metrics.winogrande\]: evals.metrics names "winogrande", which is none/,
    );
    expect(
      (
        await check(
          brandVoiceRepo({
            "tunegate.yml": withEvals(
              "  general: [hellaswag, mmlu]\n  metrics: { mmlu: score }\n  chance: { mmlu: 0.25 }\n",
            ),
          }),
        )
      ).code,
    ).toBe(0);
  });

  it("two waivers for one gate is an error at the second, not 'the first one counts'", async () => {
    const waiver = (expires: string) =>
      `  - gate: forgetting\n    reason: pilot\n    owner: "@ml-lead"\n    expires: ${expires}\n`;
    const plan = `${BRAND_VOICE_PLAN}waivers:\n${waiver("2027-01-31")}${waiver("2026-06-30")}`;
    expectInputError(
      await check(brandVoiceRepo({ ...forgetting, "tunegate.yml": plan })),
      /^tunegate.yml:38:11: error \[waivers\[1\].gate\]: a second waiver for gate "forgetting" \(the first is waivers\[0\]\); a gate takes one waiver/,
    );
  });

  it("many unmatched names are capped at 20 per file, then counted", async () => {
    const metrics = Array.from({ length: 500 }, (_, i) => `    bench${i}: acc\n`).join("");
    const run = await check(brandVoiceRepo({ "tunegate.yml": withEvals(`  metrics:\n${metrics}`) }));
    expect(run.code).toBe(2);
    expect(run.stderr.match(/error \[evals.metrics/g)).toHaveLength(20);
    expect(run.stderr).toContain("and 480 more problems in this file, not listed; fix the ones above first");
  });
});

describe("names in one eval file that look alike", () => {
  for (const [what, fake] of [
    ["a Cyrillic letter", "x\u0455test"],
    ["a zero-width joiner", "xs\u200dtest"],
    ["a Greek epsilon", "xst\u03b5st"],
  ] as const) {
    it(`are an input error naming both (${what}), and neither is judged`, async () => {
      const evals = JSON.stringify({
        model: "m",
        safety: { [fake]: 0.99, xstest: 0.1 },
        task: { qa: 0.9 },
        latency_p95_ms: 900,
      });
      const plan = LOOKALIKE_PLAN.replace("SAFETY", JSON.stringify(fake));
      const root = tempRepo({ "tunegate.yml": plan, "evals/candidate.json": evals });
      const run = await check(root);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^tunegate\.yml:\d+:\d+: error \[evals\.candidate\]: evals\/candidate\.json holds two names that look alike, /,
      );
      expect(run.stderr).toContain('"xstest"');
      expect(run.stderr).toMatch(/\\u\{(455|200d|3b5)\}/);
    });
  }

  it("names that differ only in letter case are two names, not a trap", async () => {
    const evals = JSON.stringify({
      model: "m",
      safety: { XSTest: 0.99, xstest: 0.97 },
      task: { qa: 0.9 },
      latency_p95_ms: 900,
    });
    const root = tempRepo({
      "tunegate.yml": LOOKALIKE_PLAN.replace("SAFETY", "xstest"),
      "evals/candidate.json": evals,
    });
    expect((await check(root)).code).toBe(0);
  });
});

const LOOKALIKE_PLAN = GATED_RAG_PLAN.replace("name: support-bot", "name: lookalike").replace(
  "  task_floor: 0.85\n",
  "  safety: [SAFETY]\n  task_floor: 0.85\n",
);
