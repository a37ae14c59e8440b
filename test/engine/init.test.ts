import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/engine/analyze.ts";
import type { UseCaseFacts } from "../../src/engine/framework/facts.ts";
import { recommend } from "../../src/engine/framework/recommend.ts";
import { inferTask } from "../../src/engine/init/infer-task.ts";
import { initPlanText } from "../../src/engine/init/plan-text.ts";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { factsOf } from "../../src/engine/decide.ts";
import { shippedPolicy, shippedPrices } from "../helpers/engine.ts";

const policy = shippedPolicy();
const answers: fc.Arbitrary<UseCaseFacts> = fc.record({
  task: fc.option(fc.constantFrom("knowledge", "behavior", "both", "none" as const), { nil: undefined }),
  knowledge_change: fc.constantFrom("daily", "weekly", "monthly", "yearly", "static" as const),
  citations_required: fc.boolean(),
  style_requirements: fc.constantFrom("none", "low", "medium", "high" as const),
  latency_p95_ms: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
  monthly_queries: fc.integer({ min: 1, max: 10_000_000 }),
  examples: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
});

describe("init's plan", () => {
  it("gets the recommendation its answers got, whatever the answers (the task is inferred to agree)", () => {
    fc.assert(
      fc.property(answers, (facts) => {
        const fromAnswers = recommend(facts, policy.policy);
        const analysis = analyze(facts, policy, shippedPrices(), {}, undefined);
        if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems));
        const text = initPlanText({
          name: "x",
          analysis: analysis.value,
          task: inferTask(facts, policy.policy),
          inferred: facts.task === undefined,
          schemaRef: "s.json",
          version: "0.0.0",
          today: "2026-11-28",
        });
        const plan = loadPlan("tunegate.yml", text);
        if (!plan.ok) throw new Error(`${text}\n${JSON.stringify(plan.diagnostics)}`);
        expect(plan.value.plan.approach).toBe(fromAnswers.approach);
        const fromPlan = recommend(factsOf(plan.value.plan), policy.policy);
        expect([fromPlan.approach, fromPlan.fine_tune_method]).toEqual([
          fromAnswers.approach,
          fromAnswers.fine_tune_method,
        ]);
      }),
      { numRuns: 400 },
    );
  });
});
