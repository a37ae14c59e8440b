import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/engine/gates/verdict.ts";
import { decideFrom, gate } from "../helpers/decide.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";

const waiver = (gateId: string, expires: string) =>
  `waivers:\n  - gate: ${gateId}\n    reason: "suite being rebuilt"\n    owner: "@ml-platform"\n    expires: ${expires}\n`;

describe("waivers", () => {
  it("waive a missing gate with reason, owner and days left", () => {
    const { report } = decideFrom(MINIMAL_PLAN + waiver("safety", "2026-12-31"));
    const g = gate(report, "safety");
    expect(g).toMatchObject({ outcome: "waived", level: "none", waiver: { owner: "@ml-platform", days_left: 37 } });
    expect(g.details[0]).toMatch(/^without the waiver: missing/);
  });
  it("fail the gate once expired", () => {
    const g = gate(decideFrom(MINIMAL_PLAN + waiver("safety", "2026-11-01")).report, "safety");
    expect(g).toMatchObject({ outcome: "fail", level: "error" });
    expect(g.summary).toContain("expired on 2026-11-01 (23 days ago");
    expect(g.location.line).toBe(13);
  });
  it("still apply on their expiry day", () => {
    expect(gate(decideFrom(MINIMAL_PLAN + waiver("safety", "2026-11-24")).report, "safety").outcome).toBe("waived");
  });
  it("do not waive past the policy's waivers.max_days (90): 9999-12-31 is no deadline", () => {
    const g = gate(decideFrom(MINIMAL_PLAN + waiver("safety", "9999-12-31")).report, "safety");
    expect(g).toMatchObject({ outcome: "fail", level: "error" });
    expect(g.summary).toMatch(
      /^waiver runs 2,912,115 days, until 9999-12-31: the policy allows at most 90 \(waivers\.max_days in [^)]+\), so it does not waive$/,
    );
    expect(g.fix).toBe("set waivers[0].expires to 2027-02-22 or earlier");
    expect(g.location.line).toBe(13);
  });
  it("still waive on the last day the policy allows", () => {
    expect(gate(decideFrom(MINIMAL_PLAN + waiver("safety", "2027-02-22")).report, "safety").outcome).toBe("waived");
    expect(gate(decideFrom(MINIMAL_PLAN + waiver("safety", "2027-02-23")).report, "safety").outcome).toBe("fail");
  });
  it("warn when they match nothing", () => {
    const g = gate(decideFrom(MINIMAL_PLAN + waiver("data-sufficiency", "2026-12-31")).report, "data-sufficiency");
    expect(g.outcome).toBe("warn");
    expect(g.summary).toMatch(/waiver matches nothing/);
  });
});

describe("waivers and missing evidence", () => {
  const LORA = MINIMAL_PLAN.replace("approach: rag", "approach: lora");
  it("never excuse a required gate with no evidence at all, by default, and say why", () => {
    const { report, decision } = decideFrom(LORA + waiver("safety", "2026-12-31"));
    const g = gate(report, "safety");
    expect(g).toMatchObject({ outcome: "missing", level: "error" });
    expect(g.summary).toMatch(/waivers\[0\] cannot waive it: the gate is required and has no evidence$/);
    expect(g.details.at(-1)).toMatch(
      /^waivers\[0\] does not apply: missing evidence for a required gate is not waivable \(waivers\.allow_missing_required is false in /,
    );
    expect(decision.verdict).toBe("fail");
  });
  it("excuse it when the policy allows, and the report names the policy", () => {
    const g = gate(
      decideFrom(LORA + waiver("safety", "2026-12-31"), { policy: "waivers:\n  allow_missing_required: true\n" })
        .report,
      "safety",
    );
    expect(g.outcome).toBe("waived");
    expect(g.details.at(-1)).toMatch(/^waived without evidence, as waivers\.allow_missing_required in .+ allows$/);
  });
  it("still excuse a gate with evidence that falls short, and an optional gate with none", () => {
    expect(gate(decideFrom(MINIMAL_PLAN + waiver("safety", "2026-12-31")).report, "safety").outcome).toBe("waived");
    const lowSafety = decideFrom(LORA + waiver("safety", "2026-12-31"), {
      candidate: { safety: { xstest: 0.5 }, general: { mmlu: 0.6 }, task: { qa: 0.9 } },
    });
    expect(gate(lowSafety.report, "safety").outcome).toBe("waived");
  });
  it("are counted in the headline: a pass with a waived gate never reads 'all gates pass'", () => {
    const { report } = decideFrom(MINIMAL_PLAN + waiver("safety", "2026-12-31"));
    expect(report.headline).toContain("1 waived (safety)");
    expect(report.headline).not.toMatch(/all gates pass/);
  });
});

describe("verdict", () => {
  it("is the worst level across gates", () => {
    const warnOnly = decideFrom(MINIMAL_PLAN).decision;
    expect(warnOnly.verdict).toBe("warn"); // safety, task quality and cost are missing (optional for RAG)
    const failing = decideFrom(MINIMAL_PLAN.replace("approach: rag", "approach: lora")).decision;
    expect(failing.verdict).toBe("fail");
  });
  it("never passes a gate with no data", () => {
    const { report } = decideFrom(MINIMAL_PLAN);
    expect(report.gates.filter((g) => g.outcome === "missing").map((g) => g.id)).toEqual([
      "safety",
      "task-quality",
      "customisation-value",
      "cost-budget",
    ]);
  });
});

describe("exitCodeFor", () => {
  it.each([
    ["pass", "error", 0],
    ["warn", "error", 0],
    ["fail", "error", 1],
    ["pass", "warning", 0],
    ["warn", "warning", 1],
    ["fail", "warning", 1],
    ["fail", "never", 0],
    ["warn", "never", 0],
  ] as const)("%s with --fail-on %s exits %i", (verdict, failOn, code) => {
    expect(exitCodeFor(verdict, failOn)).toBe(code);
  });
});
