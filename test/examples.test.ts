import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";

/** Every example plan, the verdict it must give and the approach the framework must recommend. */
const EXPECTED: Record<string, { verdict: string; recommends: string; failing?: string[] }> = {
  "support-bot": { verdict: "warn", recommends: "hybrid" }, // its LoRA's gain over RAG alone is a point estimate: customisation-value is inconclusive
  "product-search": { verdict: "pass", recommends: "rag" },
  "medical-symptom-checker": { verdict: "pass", recommends: "rag" },
  "brand-voice": { verdict: "pass", recommends: "lora" },
  "code-review-assistant": { verdict: "pass", recommends: "hybrid" },
  "it-helpdesk": { verdict: "pass", recommends: "rag" },
  "saas-support-bot": { verdict: "pass", recommends: "rag" },
  "legal-research": { verdict: "pass", recommends: "hybrid" },
  "faq-full-finetune": {
    verdict: "fail",
    recommends: "rag",
    failing: ["approach-fit", "data-sufficiency", "forgetting", "safety", "cost-budget"],
  },
};

describe("examples/", () => {
  const folders = readdirSync("examples", { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "workflows")
    .map((d) => d.name);

  it("has an expectation for every example folder", () => {
    expect(folders.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`${name} gives ${EXPECTED[name]!.verdict}`, async () => {
      const { stdout, stderr, code } = await runCli([
        "check",
        "--plan",
        `examples/${name}/tunegate.yml`,
        "--format",
        "json",
      ]);
      expect(stderr).toBe("");
      const report = JSON.parse(stdout).plans[0].report;
      expect(report.verdict).toBe(EXPECTED[name]!.verdict);
      expect(report.recommendation.approach).toBe(EXPECTED[name]!.recommends);
      expect(code).toBe(report.verdict === "fail" ? 1 : 0);
      if (EXPECTED[name]!.failing !== undefined) {
        expect(
          report.gates.filter((g: { outcome: string }) => g.outcome === "fail").map((g: { id: string }) => g.id),
        ).toEqual(EXPECTED[name]!.failing);
      }
    });
  }
});
