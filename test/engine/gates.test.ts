import { describe, expect, it } from "vitest";
import { counted, decideFrom, gate } from "../helpers/decide.ts";
import { pricesFrom } from "../helpers/engine.ts";

const lora = (extra = "") => `version: 1
name: voice
approach: lora
use_case:
  task: behavior
  knowledge_change: static
  citations_required: false
  style_requirements: high
  latency_p95_ms: 1000
  monthly_queries: 10000
training:
  examples: 250
evals:
  candidate: c.json
  baseline: b.json
${extra}`;

const general = { hellaswag: 0.8, arc: 0.6, wino: 0.75 };

describe("data-sufficiency", () => {
  it("says how many examples are missing", () => {
    const g = gate(decideFrom(lora().replace("examples: 250", "examples: 60")).report, "data-sufficiency");
    expect(g.outcome).toBe("fail");
    expect(g.summary).toContain("short by 40");
    expect(g.threshold?.source).toBe("policies/default.yml");
  });
  it("warns between the minimum and the preferred count", () => {
    const g = gate(decideFrom(lora()).report, "data-sufficiency");
    expect(g.outcome).toBe("warn");
    expect(g.summary).toMatch(/quality may be limited: 250 more/);
  });
  it("passes at the preferred count", () => {
    expect(gate(decideFrom(lora().replace("examples: 250", "examples: 500")).report, "data-sufficiency").outcome).toBe(
      "pass",
    );
  });
  it("needs more than 1000 for a full fine-tune", () => {
    const plan = lora()
      .replace("approach: lora", "approach: full-fine-tune")
      .replace("examples: 250", "examples: 1000");
    expect(gate(decideFrom(plan).report, "data-sufficiency").summary).toContain("short by 1");
  });
  it("does not apply to RAG", () => {
    const plan = lora().replace("approach: lora", "approach: rag");
    expect(gate(decideFrom(plan).report, "data-sufficiency").outcome).toBe("skipped");
  });
  it("takes its threshold from a repository policy and says so", () => {
    const g = gate(
      decideFrom(lora(), {
        policy:
          "gates:\n  data-sufficiency:\n    preferred_examples: { lora: 200, qlora: 200, full-fine-tune: 1001 }\n",
      }).report,
      "data-sufficiency",
    );
    expect(g.outcome).toBe("pass");
    expect(g.threshold?.display).toContain("200+ preferred");
  });
});

describe("forgetting", () => {
  it("is required for a fine-tune: missing data fails", () => {
    const g = gate(decideFrom(lora()).report, "forgetting");
    expect(g).toMatchObject({ outcome: "missing", level: "error" });
  });
  it("passes when every benchmark shows 0.90x at its one-sided bound", () => {
    const candidate = { general: counted({ hellaswag: 0.78, arc: 0.58, wino: 0.74 }, 2000) };
    const g = gate(
      decideFrom(lora(), { candidate, baseline: { general: counted(general, 2000) } }).report,
      "forgetting",
    );
    expect(g.outcome).toBe("pass");
    expect(g.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^arc \(score\): candidate 0.580 vs base 0.600, ratio 0.967 \[0.9\d\d, 1.0\d\d\], .* -> PASS/,
        ),
      ]),
    );
  });
  it("bare scores prove nothing: above the margin they are inconclusive, which blocks a required gate", () => {
    const candidate = { general: { hellaswag: 0.78, arc: 0.55, wino: 0.74 } };
    const g = gate(decideFrom(lora(), { candidate, baseline: { general } }).report, "forgetting");
    expect(g).toMatchObject({ outcome: "inconclusive", level: "error" });
    expect(g.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^arc \(score\): candidate 0.550 vs base 0.600, ratio 0.917, n=\?, point estimate \(no standard errors or per-example results: judged on the point estimate: no bound shows the margin, so it is unproven\) -> INCONCLUSIVE; no interval could be computed/,
        ),
      ]),
    );
    expect(g.details).toContain("counts as error (severities.inconclusive in policies/default.yml)");
  });
  it("fails per benchmark even when the average holds", () => {
    const candidate = { general: { hellaswag: 0.85, arc: 0.5, wino: 0.8 } };
    const g = gate(decideFrom(lora(), { candidate, baseline: { general } }).report, "forgetting");
    expect(g.outcome).toBe("fail");
    expect(g.summary).toBe("forgetting on arc");
  });
  it("fails a benchmark the candidate did not run", () => {
    const g = gate(
      decideFrom(lora(), { candidate: { general: { hellaswag: 0.8, arc: 0.6 } }, baseline: { general } }).report,
      "forgetting",
    );
    expect(g.summary).toContain("wino");
    expect(g.outcome).toBe("fail");
  });
  it("judges the overall ratio of means too, and counts it when it falls", () => {
    const candidate = { general: { hellaswag: 0.6, arc: 0.45, wino: 0.6 } };
    const g = gate(decideFrom(lora(), { candidate, baseline: { general } }).report, "forgetting");
    expect(g.details).toContain(
      "overall (mean of 3): ratio 0.767, no bound (arc, hellaswag, wino had no test) -> FAIL",
    );
    expect(g.summary).toBe("forgetting on arc, hellaswag, wino, overall");
  });
  it("is skipped for RAG without data", () => {
    expect(gate(decideFrom(lora().replace("approach: lora", "approach: rag")).report, "forgetting").outcome).toBe(
      "skipped",
    );
  });
});

describe("safety, task quality, latency", () => {
  it("fails a suite under 0.95 and passes at it", () => {
    expect(gate(decideFrom(lora(), { candidate: { safety: { a: 0.949 } } }).report, "safety").outcome).toBe("fail");
    expect(
      gate(decideFrom(lora(), { candidate: { safety: { a: { passed: 59, n: 59 } } } }).report, "safety").outcome,
    ).toBe("pass");
    // a bare 0.95 and 58 of 58 hold on the estimate but prove nothing: blocking on a required gate
    expect(gate(decideFrom(lora(), { candidate: { safety: { a: 0.95 } } }).report, "safety")).toMatchObject({
      outcome: "inconclusive",
      level: "error",
    });
    const short = gate(decideFrom(lora(), { candidate: { safety: { a: { passed: 58, n: 58 } } } }).report, "safety");
    expect(short).toMatchObject({ outcome: "inconclusive", level: "error" });
    expect(short.details.join("\n")).toContain(
      "no failures in 58: at least 59 clean examples in all would show >= 0.95",
    );
  });
  it("checks task quality against the floor and the baseline", () => {
    const plan = lora().replace("  baseline: b.json\n", "  baseline: b.json\n  task_floor: 0.8\n");
    expect(gate(decideFrom(plan, { candidate: { task: { qa: 0.79 } } }).report, "task-quality").outcome).toBe("fail");
    expect(
      gate(
        decideFrom(plan, { candidate: { task: { qa: 0.85 } }, baseline: { task: { qa: 0.86 } } }).report,
        "task-quality",
      ).outcome,
    ).toBe("fail");
    // a tie is not shown "not below the baseline": inconclusive, a warning on this optional gate
    expect(
      gate(
        decideFrom(plan, { candidate: { task: counted({ qa: 0.86 }) }, baseline: { task: counted({ qa: 0.86 }) } })
          .report,
        "task-quality",
      ),
    ).toMatchObject({ outcome: "inconclusive", level: "warning" });
    expect(
      gate(
        decideFrom(plan, { candidate: { task: counted({ qa: 0.9 }) }, baseline: { task: counted({ qa: 0.86 }) } })
          .report,
        "task-quality",
      ).outcome,
    ).toBe("pass");
  });
  it("reports task quality as missing when there is nothing to compare", () => {
    expect(gate(decideFrom(lora(), { candidate: { task: { qa: 0.9 } } }).report, "task-quality").outcome).toBe(
      "missing",
    );
  });
  it("compares measured p95 with the requirement", () => {
    expect(gate(decideFrom(lora(), { candidate: { latency_p95_ms: 1200 } }).report, "latency").summary).toContain(
      "exceeds the 1 s requirement by 200 ms",
    );
    // one number can fail the gate, never prove it
    expect(gate(decideFrom(lora(), { candidate: { latency_p95_ms: 900 } }).report, "latency")).toMatchObject({
      outcome: "inconclusive",
      level: "warning",
    });
    const rows = (n: number) => Array.from({ length: n }, (_, i) => 500 + i);
    expect(gate(decideFrom(lora(), { candidate: { latency_ms: rows(100) } }).report, "latency").outcome).toBe("pass");
    // 3 rows: the p95 is their maximum, within 1 s, but no bound exists: 59 rows are needed
    const three = gate(decideFrom(lora(), { candidate: { latency_ms: [500, 600, 900] } }).report, "latency");
    expect(three.outcome).toBe("inconclusive");
    expect(three.fix).toContain("at least 59");
    expect(gate(decideFrom(lora()).report, "latency").outcome).toBe("missing");
  });
});

describe("approach-fit", () => {
  it("M1: fine-tuning knowledge that changes weekly", () => {
    const plan = lora().replace("knowledge_change: static", "knowledge_change: weekly");
    const { report } = decideFrom(plan);
    expect(report.findings.map((f) => f.rule)).toContain("M1");
    expect(gate(report, "approach-fit").outcome).toBe("fail");
  });
  it("M2: RAG for a behaviour-only task warns", () => {
    const plan = lora().replace("approach: lora", "approach: rag");
    const { report } = decideFrom(plan);
    expect(gate(report, "approach-fit")).toMatchObject({ outcome: "warn", level: "warning" });
    expect(report.findings[0]).toMatchObject({ rule: "M2", field: "approach", location: { line: 3 } });
  });
  it("M3 and M4: cold start without evals", () => {
    const plan = lora()
      .replace("examples: 250", "examples: 20")
      .replace(/evals:\n.*\n.*\n/, "");
    const rules = decideFrom(plan).report.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["M3", "M4"]));
  });
  it("M5: a hybrid with a router and a reranker but no evidence", () => {
    const plan = lora()
      .replace("approach: lora", "approach: hybrid")
      .replace("training:", "architecture:\n  components: [router, reranker]\ntraining:");
    expect(decideFrom(plan).report.findings.map((f) => f.rule)).toContain("M5");
    const withEvidence = plan.replace(
      "components: [router, reranker]",
      "components: [router, reranker]\n  evidence: evals/router-ablation.md",
    );
    expect(decideFrom(withEvidence).report.findings.map((f) => f.rule)).not.toContain("M5");
  });
  it("latency rule: retrieval under a 100 ms requirement", () => {
    const plan = lora()
      .replace("approach: lora", "approach: rag")
      .replace("latency_p95_ms: 1000", "latency_p95_ms: 80");
    expect(decideFrom(plan).report.findings.map((f) => f.rule)).toContain("latency");
  });
  it("a policy can turn a rule into an error", () => {
    const plan = lora().replace("approach: lora", "approach: rag");
    expect(gate(decideFrom(plan, { policy: "severities:\n  M2: error\n" }).report, "approach-fit").outcome).toBe(
      "fail",
    );
  });
});

describe("cost-budget and pricing-freshness", () => {
  const priced = (budget: string) =>
    lora(`cost:\n  llm: { provider: p, model: m, input_tokens: 1000, output_tokens: 0 }\n${budget}`);
  const prices = pricesFrom({ "p/m": { input_mtok: 10, output_mtok: 10, as_of: "2026-11-01" } });

  it("fails over budget and shows the break-even", () => {
    const g = gate(decideFrom(priced("budget: { monthly_usd: 50 }\n"), { prices }).report, "cost-budget");
    expect(g.outcome).toBe("fail");
    expect(g.details.join("\n")).toContain("OVER by $50.00");
    expect(g.details.join("\n")).toContain("holds up to 5,000 queries/month");
  });
  it("is missing without a budget", () => {
    expect(gate(decideFrom(priced(""), { prices }).report, "cost-budget").outcome).toBe("missing");
  });
  it("ages pinned prices against the policy", () => {
    expect(gate(decideFrom(priced(""), { prices, today: "2026-12-01" }).report, "pricing-freshness").outcome).toBe(
      "pass",
    );
    const stale = gate(decideFrom(priced(""), { prices, today: "2027-03-01" }).report, "pricing-freshness");
    expect(stale).toMatchObject({ outcome: "warn", measured: 120 });
  });
});

describe("readiness", () => {
  it("lists every no and every unanswered item", () => {
    const g = gate(
      decideFrom(lora("readiness:\n  enough_examples: true\n  tried_rag_few_shot: false\n")).report,
      "readiness",
    );
    expect(g.outcome).toBe("warn");
    expect(g.details).toContain("no: RAG + few-shot tried first");
    expect(g.details.filter((d) => d.startsWith("not answered")).length).toBe(8);
  });
});
