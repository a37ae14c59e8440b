import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/engine/gates/verdict.ts";
import { decideFrom, gate } from "../helpers/decide.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";

const waiver = (gateId: string, expires: string) => `waivers:\n  - gate: ${gateId}\n    reason: "suite being rebuilt"\n    owner: "@ml-platform"\n    expires: ${expires}\n`;

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
    expect(g.summary).toMatch(/^waiver runs 2,912,115 days, until 9999-12-31: the policy allows at most 90 \(waivers\.max_days in [^)]+\), so it does not waive$/);
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

describe("verdict", () => {
  it("is the worst level across gates", () => {
    const warnOnly = decideFrom(MINIMAL_PLAN).decision;
    expect(warnOnly.verdict).toBe("warn"); // safety, task quality and cost are missing (optional for RAG)
    const failing = decideFrom(MINIMAL_PLAN.replace("approach: rag", "approach: lora")).decision;
    expect(failing.verdict).toBe("fail");
  });
  it("never passes a gate with no data", () => {
    const { report } = decideFrom(MINIMAL_PLAN);
    expect(report.gates.filter((g) => g.outcome === "missing").map((g) => g.id)).toEqual(["safety", "task-quality", "customisation-value", "cost-budget"]);
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
