import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { UseCaseFacts } from "../../src/engine/framework/facts.ts";
import { recommend } from "../../src/engine/framework/recommend.ts";
import { shippedPolicy } from "../helpers/engine.ts";

const policy = shippedPolicy().policy;
const facts = (over: Partial<UseCaseFacts>): UseCaseFacts => ({
  task: undefined,
  knowledge_change: "static",
  citations_required: false,
  style_requirements: "none",
  latency_p95_ms: undefined,
  monthly_queries: 100_000,
  examples: undefined,
  ...over,
});

describe("recommend: framework.md section 3's worked cases", () => {
  const cases: Array<[string, Partial<UseCaseFacts>, string]> = [
    ["e-commerce product search", { task: "knowledge", knowledge_change: "daily" }, "rag"],
    [
      "code review assistant in the company's style",
      { task: "both", knowledge_change: "monthly", style_requirements: "high", examples: 800 },
      "hybrid",
    ],
    ["medical symptom checker", { task: "knowledge", knowledge_change: "weekly", citations_required: true }, "rag"],
    ["social media copywriter in brand voice", { task: "behavior", style_requirements: "high", examples: 500 }, "lora"],
    [
      "SaaS support bot with 50 examples",
      {
        task: "both",
        knowledge_change: "weekly",
        citations_required: true,
        style_requirements: "medium",
        examples: 50,
      },
      "rag",
    ],
    ["brand-voice generator", { task: "behavior", knowledge_change: "static", examples: 500 }, "lora"],
    [
      "legal research assistant",
      { task: "both", knowledge_change: "daily", citations_required: true, style_requirements: "high", examples: 3000 },
      "hybrid",
    ],
  ];
  it.each(cases)("%s", (_name, over, expected) => {
    expect(recommend(facts(over), policy).approach).toBe(expected);
  });

  it("IT helpdesk (internal systems, some style) gives hybrid or rag", () => {
    const approach = recommend(
      facts({ task: "both", knowledge_change: "weekly", style_requirements: "medium", examples: 150 }),
      policy,
    ).approach;
    expect(["hybrid", "rag"]).toContain(approach);
  });
});

describe("recommend: the seed's example", () => {
  const seed = facts({
    knowledge_change: "weekly",
    citations_required: true,
    style_requirements: "high",
    examples: 200,
    latency_p95_ms: 2000,
  });
  const result = recommend(seed, policy);

  it("is hybrid RAG + LoRA", () => {
    expect(result.approach).toBe("hybrid");
    expect(result.fine_tune_method).toBe("lora");
  });

  it("gives the seed's four reasons, each naming its rule", () => {
    const byRule = (rule: string) =>
      result.reasons
        .filter((r) => r.rule === rule)
        .map((r) => r.message)
        .join(" | ");
    expect(byRule("Q1")).toMatch(/weekly -> RAG/);
    expect(byRule("Q2")).toMatch(/citations required -> RAG/);
    expect(byRule("Q3")).toMatch(/high style requirements -> fine-tune for voice/);
    expect(byRule("Q4")).toMatch(/200 examples suffice for LoRA/);
  });
});

describe("recommend: edges", () => {
  it("recommends prompting when nothing needs knowledge or behaviour", () => {
    expect(recommend(facts({ task: "none" }), policy).approach).toBe("prompt");
  });
  it("starts with RAG when unsure", () => {
    const r = recommend(facts({}), policy);
    expect(r.approach).toBe("rag");
    expect(r.reasons.at(-1)?.rule).toBe("default");
  });
  it("vetoes fine-tuning below 100 examples even for pure behaviour", () => {
    expect(recommend(facts({ task: "behavior", examples: 99 }), policy).approach).toBe("prompt");
    expect(recommend(facts({ task: "behavior", examples: 100 }), policy).approach).toBe("lora");
  });
  it("flags a strict latency under Q5", () => {
    const r = recommend(facts({ task: "knowledge", latency_p95_ms: 80 }), policy);
    expect(r.reasons.find((x) => x.rule === "Q5")?.message).toMatch(/strict/);
  });
  it("follows a policy that moves the example minimum", () => {
    const strict = shippedPolicy(
      "gates:\n  data-sufficiency:\n    min_examples: { lora: 300, qlora: 300, full-fine-tune: 2000 }\n",
    ).policy;
    expect(recommend(facts({ task: "behavior", examples: 200 }), strict).approach).toBe("prompt");
  });
});

describe("recommend: the framework's answers (issue: adopt)", () => {
  it("Q5 decides for fine-tuning: static knowledge, no citations, a strict p95 and enough examples", () => {
    const r = recommend(facts({ latency_p95_ms: 80, examples: 200 }), policy);
    expect(r.approach).toBe("lora");
    expect(r.reasons.at(-1)).toEqual({
      rule: "Q5",
      message:
        "a strict p95 with stable knowledge and no citations -> fine-tune (LoRA) instead of retrieving at query time",
    });
    expect(
      recommend(facts({ task: "knowledge", knowledge_change: "yearly", latency_p95_ms: 50, examples: 300 }), policy)
        .approach,
    ).toBe("lora");
    expect(recommend(facts({ task: "both", latency_p95_ms: 50, examples: 3000 }), policy).approach).toBe("lora");
  });

  it("Q5 does not override what comes before it: changing knowledge, citations, too few examples", () => {
    expect(recommend(facts({ knowledge_change: "weekly", latency_p95_ms: 80, examples: 200 }), policy).approach).toBe(
      "rag",
    );
    expect(recommend(facts({ citations_required: true, latency_p95_ms: 80, examples: 200 }), policy).approach).toBe(
      "rag",
    );
    expect(recommend(facts({ latency_p95_ms: 80, examples: 50 }), policy).approach).toBe("rag");
    expect(recommend(facts({ task: "none", latency_p95_ms: 80, examples: 500 }), policy).approach).toBe("prompt");
  });

  it("--task behavior never gives the reason 'knowledge and behaviour both needed'", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("daily", "weekly", "monthly", "yearly", "static"),
        fc.boolean(),
        fc.constantFrom("none", "low", "medium", "high"),
        fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
        (knowledge_change, citations_required, style_requirements, examples, latency_p95_ms) => {
          const r = recommend(
            facts({
              task: "behavior",
              knowledge_change,
              citations_required,
              style_requirements,
              examples,
              latency_p95_ms,
            }),
            policy,
          );
          expect(r.reasons.map((x) => x.message).join(" | ")).not.toContain("knowledge and behaviour both needed");
        },
      ),
    );
    const weekly = recommend(facts({ task: "behavior", knowledge_change: "weekly", examples: 300 }), policy);
    expect(weekly.approach).toBe("hybrid");
    expect(weekly.reasons.at(-1)?.message).toBe(
      "the task is behaviour (fine-tuning), and knowledge changes weekly (retrieval), enough examples -> hybrid (RAG + LoRA)",
    );
  });

  it("100-499 examples give the 'quality may be limited' reason; 500 do not", () => {
    const q4 = (examples: number) =>
      recommend(facts({ task: "behavior", examples }), policy).reasons.find((r) => r.rule === "Q4")!.message;
    expect(q4(100)).toBe("100 examples suffice for LoRA/QLoRA, but quality may be limited (500+ preferred)");
    expect(q4(499)).toContain("quality may be limited");
    expect(q4(500)).toBe("500 examples suffice for LoRA/QLoRA");
  });
});
