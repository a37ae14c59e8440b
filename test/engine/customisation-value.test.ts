import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/engine/output/parts/markdown.ts";
import { planReport, runCli } from "../helpers/cli.ts";
import { decideFrom, gate } from "../helpers/decide.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/**
 * customisation-value on real eval pairs where an instruction-tuned model (the customisation) is
 * measured beside its own base model prompted (the simpler alternative):
 * - Llama 3.1 8B Instruct against Llama 3.1 8B prompted 6-shot, truthfulqa-multi gen, 817
 *   documents with per-example samples (test/fixtures/real/SOURCES.md);
 * - gemma-2-2b-it against gemma-2-2b prompted 0-shot, lm-eval aggregates with stderrs
 *   (/work/shared/fixtures/eval-formats/SOURCES.md, read in place).
 */
const REAL = "test/fixtures/real";
const SHARED = "/work/shared/fixtures/eval-formats/lm-eval-harness";
const fixture = (path: string) => readFileSync(path, "utf8");
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
const GEMMA = {
  base: `${SHARED}/baseline_gemma-2-2b_results_2025-03-03T20-58-19.132054.json`,
  it: `${SHARED}/candidate_gemma-2-2b-it_results_2025-03-02T04-43-48.956379.json`,
};
const runFiles = (dir: string, paths: string[]) =>
  Object.fromEntries(paths.map((p) => [`${dir}/${p.split("/").at(-1)}`, fixture(`${REAL}/${p}`)]));

const plan = (evals: string, extra = "") => `version: 1
name: real
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 100000 }
training: { examples: 600 }
${extra}evals:
${evals}`;
const truthfulqa = (metric: string) =>
  `  candidate: [c/*.json, c/*.jsonl]\n  alternative: [a/*.json, a/*.jsonl]\n  task: [${TRUTHFULQA}]\n  metrics: { ${TRUTHFULQA}: ${metric} }\n`;
const COST = `cost:
  llm: { tokens_per_query: 1000, usd_per_mtok: 2.5 }
  fine_tune: { training_tokens: 2000000, epochs: 3, usd_per_mtok: 5 }
  hosting: { monthly_usd: 250 }
`;

type Gate = {
  id: string;
  outcome: string;
  summary: string;
  details: string[];
  evidence: Array<Record<string, unknown>>;
};
async function check(files: Record<string, string>, args: string[] = []) {
  const root = tempRepo(files);
  const result = await runCli(["check", "--format", "json", ...args], root);
  if (result.code === 2) throw new Error(result.stderr);
  const report = planReport(result.stdout);
  return { report, gateOf: (id: string) => report.gates.find((g: Gate) => g.id === id) as Gate };
}

describe("customisation-value on real pairs: a tuned model against its base model prompted", () => {
  it("beats: Llama 3.1 8B Instruct over the 6-shot base on bleu_acc, paired on 817 documents, +9.4 points clear of 0.02 -> PASS, with its cost per point", async () => {
    const { report, gateOf } = await check({
      "tunegate.yml": plan(truthfulqa("bleu_acc"), COST),
      ...runFiles("c", LLAMA.instruct),
      ...runFiles("a", LLAMA.base),
    });
    const g = gateOf("customisation-value");
    expect(g.outcome).toBe("pass");
    const e = g.evidence[0]!;
    expect(e).toMatchObject({
      benchmark: TRUTHFULQA,
      metric: "bleu_acc,none",
      scale: "difference",
      threshold: 0.02,
      method: "paired t, n=817",
      decision: "pass",
    });
    expect(e["estimate"]).toBeCloseTo((368 - 291) / 817, 12);
    expect(e["lower"] as number).toBeGreaterThan(0.02);
    // The derived alternative drops the fine-tune and its hosting: $250.00 + $30.00 one-time more.
    expect(report.customisation_value.cost).toEqual({
      candidate_monthly_usd: 500,
      candidate_one_time_usd: 30,
      alternative_monthly_usd: 250,
      alternative_one_time_usd: 0,
      alternative_source: "the plan's cost without cost.fine_tune and cost.hosting",
    });
    const suite = report.customisation_value.suites[0];
    expect(suite.gain_points).toBeCloseTo(9.42, 2);
    expect(suite.usd_per_point_monthly).toBeCloseTo(250 / ((100 * 77) / 817), 9);
    expect(g.details[0]).toMatch(
      /^truthfulqa-multi_gen_en: candidate 0\.450 vs alternative 0\.356: \+9\.4 points on truthfulqa-multi_gen_en \[\+\d\.\d, \+\d+\.\d\] for \+\$250\.00\/month \(\$26\.53\/month per point\), needs > 0\.02/,
    );
  });

  it("loses: the same pair on bleu_max (closeness to the reference wording), 10.5 against 25.1 -> FAIL, and a beats_prompting yes fails readiness with both numbers", async () => {
    const readiness =
      "readiness: { enough_examples: true, knowledge_static: true, behavior_change_needed: true, tried_rag_few_shot: true, eval_pipeline_ready: true, iteration_time: true, maintenance_plan: true, forgetting_tested: true, latency_justifies: true, beats_prompting: true }\n";
    const { report, gateOf } = await check({
      "tunegate.yml": plan(truthfulqa("bleu_max"), readiness),
      ...runFiles("c", LLAMA.instruct),
      ...runFiles("a", LLAMA.base),
    });
    const g = gateOf("customisation-value");
    expect(g.outcome).toBe("fail");
    expect(g.evidence[0]).toMatchObject({ metric: "bleu_max,none", method: "paired t, n=817", decision: "fail" });
    expect(g.evidence[0]!["estimate"]).toBeCloseTo(10.522636544474356 - 25.09440218061439, 4);
    const r = gateOf("readiness");
    expect(r.outcome).toBe("fail");
    expect(r.summary).toContain(
      "beats_prompting is yes, but the candidate does not beat the simpler alternative: truthfulqa-multi_gen_en candidate 10.523 vs alternative 25.094",
    );
    expect(report.verdict).toBe("fail");
  });

  it("ties: gemma-2-2b-it against gemma-2-2b prompted on winogrande (0.699 vs 0.687, unpaired from stderrs): inconclusive at min_gain 0 with the examples needed, FAIL at 0.02", async () => {
    const files = {
      "tunegate.yml": plan("  candidate: c.json\n  alternative: a.json\n  task: [winogrande]\n"),
      "c.json": fixture(GEMMA.it),
      "a.json": fixture(GEMMA.base),
    };
    const atZero = await check({ ...files, "policy.yml": "gates:\n  customisation_value:\n    min_gain: 0\n" }, [
      "--policy",
      "policy.yml",
    ]);
    const g = atZero.gateOf("customisation-value");
    expect(g.outcome).toBe("inconclusive");
    expect(g.evidence[0]).toMatchObject({
      metric: "acc,none",
      method: "unpaired z from reported stderrs (no per-example files)",
      decision: "inconclusive",
      threshold: 0,
    });
    expect(g.evidence[0]!["estimate"]).toBeCloseTo(0.6992896606156275 - 0.6874506708760852, 12);
    expect(g.details[0]).toMatch(/about [\d,]+ examples in all would likely show it/);
    const atDefault = await check(files);
    expect(atDefault.gateOf("customisation-value").outcome).toBe("fail");
  });

  it("several suites of the gemma pair at once: each is its own question (sst2 +22.7 points passes; lambada_openai -5.7 fails the gate)", async () => {
    const { gateOf } = await check({
      "tunegate.yml": plan("  candidate: c.json\n  alternative: a.json\n  task: [sst2, lambada_openai]\n"),
      "c.json": fixture(GEMMA.it),
      "a.json": fixture(GEMMA.base),
    });
    const g = gateOf("customisation-value");
    expect(g.outcome).toBe("fail");
    expect(g.summary).toBe("the customisation does not beat the simpler alternative by 0.02 on lambada_openai");
    expect(Object.fromEntries(g.evidence.map((e) => [e["benchmark"], e["decision"]]))).toEqual({
      lambada_openai: "fail",
      sst2: "pass",
    });
  });
});

const HYBRID = `version: 1
name: support-bot
approach: hybrid
use_case: { task: both, knowledge_change: weekly, citations_required: true, style_requirements: high, monthly_queries: 100000 }
training: { examples: 600 }
readiness: { enough_examples: true, behavior_change_needed: true, tried_rag_few_shot: true, eval_pipeline_ready: true, iteration_time: true, maintenance_plan: true, forgetting_tested: true, beats_prompting: true }
evals: { task: [support_qa] }
`;

describe("customisation-value without per-example data or an alternative", () => {
  it("is missing without evals.alternative, naming the alternative to measure for the approach, and readiness says declared, not measured", () => {
    const { report } = decideFrom(HYBRID, { candidate: { task: { support_qa: 0.893 } } });
    const g = gate(report, "customisation-value");
    expect(g.outcome).toBe("missing");
    expect(g.fix).toBe(
      "add evals.alternative: eval results of the RAG-only system (the base model with retrieval and few-shot prompts) on the same task suites, see tunegate framework, section 9 (https://github.com/tunegate/tunegate/blob/v0.1.0/docs/framework.md#9-start-simple-did-the-customisation-buy-anything)",
    );
    expect(gate(report, "readiness").details).toEqual([
      "beats_prompting: yes declared, not measured (no evals.alternative)",
      "tried_rag_few_shot: yes declared, not measured (no evals.alternative)",
    ]);
    // Missing, never a pass; it counts for nothing in the shipped policy, as much as a policy says otherwise.
    expect(g.level).toBe("none");
    expect(g.details.at(-1)).toBe("counts as info (severities.alternative_unmeasured in policies/default.yml)");
    const strict = decideFrom(HYBRID, {
      candidate: { task: { support_qa: 0.893 } },
      policy: "severities:\n  alternative_unmeasured: error\n",
    }).report;
    expect(gate(strict, "customisation-value")).toMatchObject({ outcome: "missing", level: "error" });
    expect(strict.verdict).toBe("fail");
  });

  it("is skipped for prompting, which has nothing cheaper to beat", () => {
    const { report } = decideFrom(
      `version: 1\nname: p\napproach: prompt\nuse_case: { task: none, knowledge_change: static, citations_required: false, monthly_queries: 10 }\n`,
    );
    expect(gate(report, "customisation-value").outcome).toBe("skipped");
  });
});

describe("readiness judged from the alternative's results", () => {
  it("a hybrid whose LoRA scores below RAG alone: beats_prompting yes fails readiness with both scores; tried_rag_few_shot no is measured yes", () => {
    const plan = HYBRID.replace("tried_rag_few_shot: true", "tried_rag_few_shot: false");
    const { report } = decideFrom(plan, {
      candidate: { task: { support_qa: 0.84 } },
      alternative: { task: { support_qa: 0.861 } },
    });
    const readiness = gate(report, "readiness");
    expect(readiness).toMatchObject({ outcome: "fail", level: "error", measured_display: "7/8 yes" }); // beats_prompting measured no, tried_rag_few_shot measured yes
    expect(readiness.summary).toBe(
      "the eval results contradict a readiness answer: beats_prompting is yes, but the candidate does not beat the simpler alternative: support_qa candidate 0.840 vs alternative 0.861",
    );
    expect(readiness.details).toContain(
      "tried_rag_few_shot: measured yes: the RAG alternative's results are in evals.alternative",
    );
  });

  it("a LoRA whose alternative is the prompted base model: tried_rag_few_shot stays declared, beats_prompting is measured", () => {
    const lora = HYBRID.replace("approach: hybrid", "approach: lora").replace(
      "knowledge_change: weekly, citations_required: true",
      "knowledge_change: static, citations_required: false",
    );
    const { report } = decideFrom(lora, {
      candidate: { task: { support_qa: 0.9 } },
      alternative: { task: { support_qa: 0.8 } },
    });
    const readiness = gate(report, "readiness");
    expect(readiness.details).toContain(
      "beats_prompting: measured yes: support_qa candidate 0.900 vs alternative 0.800",
    );
    expect(readiness.details.some((d) => d.startsWith("tried_rag_few_shot: measured"))).toBe(false);
  });
});

describe("cost.alternative", () => {
  it("prices the alternative from its own block when the plan gives one", () => {
    const { decision } = decideFrom(
      `version: 1
name: ft
approach: full-fine-tune
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000000 }
training: { examples: 5000 }
cost:
  llm: { tokens_per_query: 1000, usd_per_mtok: 12 }
  fine_tune: { training_tokens: 10000000, usd_per_mtok: 25 }
  alternative:
    llm: { tokens_per_query: 1000, usd_per_mtok: 2.5 }
    embedding: { tokens_per_query: 100, usd_per_mtok: 0.02 }
    vector_db: { monthly_usd: 70 }
`,
    );
    // framework.md section 7: fine-tuned only $12,000/month + $250 against RAG only $2,572/month.
    expect(decision.cost).toMatchObject({ monthly_usd: 12000, one_time_usd: 250 });
    expect(decision.alternativeCost).toMatchObject({
      source: "cost.alternative",
      estimate: { monthly_usd: 2572, one_time_usd: 0 },
    });
  });

  it("places a problem in the alternative's block under cost.alternative", () => {
    const text = `version: 1
name: ft
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
cost:
  llm: { tokens_per_query: 1000, usd_per_mtok: 2.5 }
  alternative:
    llm: { input_tokens: 100, usd_per_mtok: 2.5 }
`;
    expect(() => decideFrom(text)).toThrow(/output tokens per call/);
  });
});

describe("the comment shows quality against cost for the candidate and the alternative", () => {
  it("in a four-column table: the alternative, the candidate, and what the customisation buys", () => {
    const { report } = decideFrom(
      `${HYBRID}cost:\n  llm: { tokens_per_query: 1000, usd_per_mtok: 2.5 }\n  fine_tune: { training_tokens: 2000000, epochs: 3, usd_per_mtok: 5 }\n  hosting: { monthly_usd: 250 }\n`,
      {
        candidate: { task: { support_qa: 0.893 } },
        alternative: { task: { support_qa: 0.832 } },
      },
    );
    const markdown = renderMarkdown(report);
    const start = markdown.indexOf("**Customisation value: quality against cost**");
    expect(start).toBeGreaterThan(-1);
    const table = markdown.slice(start).split("\n\n")[1]!.split("\n");
    expect(table).toEqual([
      "| | Task quality | Monthly | One-time |",
      "| :- | :- | -: | -: |",
      "| Simpler alternative | support_qa 0.832 | $250.00 | $0.00 |",
      "| Candidate: hybrid (RAG + LoRA) | support_qa 0.893 | $500.00 | $30.00 |",
      "| **The customisation buys** | +6.1 points on support_qa | **+$250.00** | +$30.00 |",
    ]);
    // Point estimates alone show no gain: the gate is inconclusive, never a pass.
    expect(gate(report, "customisation-value").outcome).toBe("inconclusive");
  });
});

describe("init and analyze name the alternative to measure for the recommended approach", () => {
  const SEED = [
    "--knowledge-changes",
    "weekly",
    "--needs-citations",
    "true",
    "--style-requirements",
    "high",
    "--training-data",
    "200 examples",
    "--latency-requirement",
    "2s",
    "--monthly-queries",
    "100000",
  ];

  it("analyze, for the seed's hybrid: the RAG-only system, in text, markdown and JSON", async () => {
    const text = await runCli(["analyze", ...SEED]);
    expect(text.stdout).toContain(
      "Measure the alternative it must beat: the RAG-only system (the base model with retrieval and few-shot prompts), on the same task suites (evals.alternative).",
    );
    const markdown = await runCli(["analyze", ...SEED, "--format", "markdown"]);
    expect(markdown.stdout).toContain("Measure the alternative it must beat: the RAG-only system");
    const json = JSON.parse((await runCli(["analyze", ...SEED, "--format", "json"])).stdout);
    expect(json.recommendation).toMatchObject({
      approach: "hybrid",
      alternative: "the RAG-only system (the base model with retrieval and few-shot prompts)",
    });
  });

  it("analyze for RAG: the model without retrieval", async () => {
    const json = JSON.parse(
      (
        await runCli([
          "analyze",
          "--knowledge-changes",
          "weekly",
          "--needs-citations",
          "true",
          "--monthly-queries",
          "1000",
          "--format",
          "json",
        ])
      ).stdout,
    );
    expect(json.recommendation).toMatchObject({ approach: "rag", alternative: "the same model without retrieval" });
  });

  it("init writes the evals.alternative placeholder with what to measure", async () => {
    const root = tempRepo({});
    expect((await runCli(["init", ...SEED], root, "2026-11-28")).code).toBe(0);
    expect(readFileSync(`${root}/tunegate.yml`, "utf8")).toContain(
      "#   alternative: evals/alternative.json   # the RAG-only system (the base model with retrieval and few-shot prompts): what the customisation must beat (customisation-value gate)",
    );
  });
});

describe("input errors in the alternative are placed where the plan writes them", () => {
  const PLAN = `version: 1
name: ft
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 600 }
cost:
  llm: { tokens_per_query: 1000, usd_per_mtok: 2.5 }
  alternative:
    llm: { input_tokens: 100, usd_per_mtok: 2.5 }
evals:
  candidate: c.json
  alternative: missing/*.json
`;
  const C = '{ "model": "m", "task": { "q": 0.5 } }';

  it("an evals.alternative glob that matches nothing: exit 2 at its line, naming the field", async () => {
    const root = tempRepo({
      "tunegate.yml": PLAN.replace("    llm: { input_tokens: 100,", "    llm: { tokens_per_query: 100,"),
      "c.json": C,
    });
    const { code, stderr } = await runCli(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toContain('tunegate.yml:12:16: error [evals.alternative]: no file matches "missing/*.json"');
  });

  it("an incomplete cost.alternative item: exit 2 at its line, under cost.alternative", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN.replace("missing/*.json", "c.json"), "c.json": C });
    const { code, stderr } = await runCli(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "tunegate.yml:9:10: error [cost.alternative.llm.output_tokens]: required to price this item: output tokens per call",
    );
  });
});
