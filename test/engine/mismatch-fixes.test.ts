import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeApproach } from "../../src/engine/plan/approach.ts";
import { decideFrom } from "../helpers/decide.ts";

function plan(o: {
  approach: string;
  method?: string;
  task: string;
  change: string;
  citations: boolean;
  style: string;
  examples: number;
}): string {
  return `version: 1
name: p
approach: ${o.approach}
${o.method === undefined ? "" : `fine_tune_method: ${o.method}\n`}use_case:
  task: ${o.task}
  knowledge_change: ${o.change}
  citations_required: ${o.citations}
  style_requirements: ${o.style}
  monthly_queries: 1000
training:
  examples: ${o.examples}
evals:
  candidate: evals/candidate.json
`;
}

describe("a mismatch's fix agrees with the recommendation in the same report", () => {
  it("M3 on a full fine-tune with 500 examples offers the LoRA the report recommends, not rag", () => {
    const { report } = decideFrom(
      plan({
        approach: "full-fine-tune",
        task: "behavior",
        change: "static",
        citations: false,
        style: "high",
        examples: 500,
      }),
      { candidate: { safety: { s: 1 } } },
    );
    expect(report.recommendation.approach).toBe("lora");
    const m3 = report.findings.find((f) => f.rule === "M3")!;
    expect(m3.fix).toBe(
      "use lora, as the framework recommends: the examples suffice for it; or collect 1001+ curated examples for full-fine-tune",
    );
  });

  it("M3 with too few examples for any fine-tune offers what the report recommends meanwhile", () => {
    const { report } = decideFrom(
      plan({ approach: "lora", task: "behavior", change: "static", citations: false, style: "high", examples: 40 }),
      { candidate: { safety: { s: 1 } } },
    );
    expect(report.recommendation.approach).toBe("prompt");
    expect(report.findings.find((f) => f.rule === "M3")!.fix).toBe(
      "use prompt (with few-shot examples), as the framework recommends, until you collect 100+ curated examples for lora",
    );
  });

  it("for every plan, an M2 or M3 fix that names an approach names the recommended one", () => {
    fc.assert(
      fc.property(
        fc.record({
          approach: fc.constantFrom("rag", "lora", "qlora", "full-fine-tune", "hybrid"),
          method: fc.option(fc.constantFrom("lora", "qlora", "full-fine-tune"), { nil: undefined }),
          task: fc.constantFrom("knowledge", "behavior", "both", "none"),
          change: fc.constantFrom("daily", "weekly", "monthly", "yearly", "static"),
          citations: fc.boolean(),
          style: fc.constantFrom("none", "low", "medium", "high"),
          examples: fc.integer({ min: 0, max: 3000 }),
        }),
        (o) => {
          const { report } = decideFrom(plan({ ...o, method: o.approach === "hybrid" ? o.method : undefined }), {
            candidate: { safety: { s: 1 } },
          });
          const recommended = describeApproach(report.recommendation);
          for (const finding of report.findings.filter((f) => f.rule === "M2" || f.rule === "M3")) {
            if (/\buse\b/.test(finding.fix) && report.recommendation.approach !== "rag")
              expect(finding.fix).toContain(`use ${recommended}`);
            if (finding.rule === "M3" && report.recommendation.approach === "rag")
              expect(finding.fix).toContain("use rag");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
