import { describe, expect, it } from "vitest";
import { budgetStanding } from "../../src/engine/pricing/audit.ts";
import { decideAudit } from "../../src/engine/run/audit-decision.ts";

const plan = (budget: number | null) => ({
  plan: "tunegate.yml",
  name: "p",
  budget_usd: budget,
  pinned: 100,
  current: 100,
  announced: 100,
  error: null,
});

describe("the audit's word on budgets", () => {
  it("never calls a plan without a budget within budget", () => {
    expect(budgetStanding({ plans: [plan(null)] })).toBe("the plan has no monthly budget to compare");
    expect(budgetStanding({ plans: [plan(500), plan(null)] })).toBe(
      "1 plan is within budget; 1 plan has no monthly budget to compare",
    );
    expect(budgetStanding({ plans: [plan(500), plan(600)] })).toBe("all 2 plans are within budget");
    expect(budgetStanding({ plans: [] })).toBe("no plan to cost");
  });
  it("never calls a plan it could not cost within budget (a fine-tune's serving with no price)", () => {
    const uncosted = {
      ...plan(500),
      pinned: null,
      current: null,
      announced: null,
      error: "serving the fine-tuned anthropic/claude-haiku-4-5 has no price",
    };
    expect(budgetStanding({ plans: [uncosted] })).toBe("1 plan could not be costed (see its line)");
    expect(budgetStanding({ plans: [plan(500), uncosted, uncosted] })).toBe(
      "the plan is within its budget; 2 plans could not be costed (see their lines)",
    );
  });
  it("the passing audit's summary says it too", () => {
    const result = {
      verified: true,
      drift: [],
      missing: [],
      plans_over_budget: [],
      shutdowns: [],
      announced: [],
      stale: [],
      needs_action: false,
      plans: [plan(null)],
    };
    const decision = decideAudit(result as unknown as Parameters<typeof decideAudit>[0], "error", "warning");
    expect(decision.summary).toBe("pinned prices match the current ones; the plan has no monthly budget to compare");
    expect(decision.summary).not.toContain("within budget");
  });
});
