import { describe, expect, it } from "vitest";
import { auditResultSchema, type AuditResult } from "../../src/engine/pricing/audit.ts";
import { actionMode, createsComment } from "../../src/engine/run/action-decisions.ts";
import {
  AUDIT_INPUT_ERROR_OUTPUTS,
  auditOutputs,
  decideAudit,
  trackingIssueNeedsAction,
} from "../../src/engine/run/audit-decision.ts";

// The Action's decisions, made by the engine and tested here without I/O: the shell only writes
// what these return (test/github/ covers that it does, end to end).

const CLEAN: AuditResult = auditResultSchema.parse({
  verified: true,
  pinned_prices: "policies/pricing.yml",
  source: "genai-prices",
  unverified_reason: null,
  drift: [],
  stale: [],
  shutdowns: [],
  missing: [],
  announced: [],
  unverifiable: [],
  plans: [],
  plans_over_budget: [],
  needs_action: false,
  today: "2026-12-06",
});

describe("mode", () => {
  it.each([
    ["auto", "schedule", "audit"],
    ["auto", "pull_request", "check"],
    ["auto", "push", "check"],
    ["auto", "workflow_dispatch", "check"],
    ["check", "schedule", "check"],
    ["audit", "pull_request", "audit"],
  ] as const)("mode %s on a %s event runs %s", (mode, event, expected) => {
    expect(actionMode(mode, event)).toBe(expected);
  });
});

describe("whether a comment is created", () => {
  it.each([
    ["auto", "pass", false, true],
    ["always", "pass", false, true],
    ["on-failure", "pass", false, false],
    ["on-failure", "warn", false, false],
    ["on-failure", "fail", false, true],
    ["on-failure", "pass", true, true],
    ["on-failure", "fail", true, true],
  ] as const)("comment: %s, run %s, plan failed %s: created %s", (comment, verdict, planFailed, expected) => {
    expect(createsComment(comment, verdict, planFailed)).toBe(expected);
  });
  it("a run-level comment under on-failure is created only for a failing run", () => {
    expect([
      createsComment("on-failure", "pass"),
      createsComment("on-failure", "warn"),
      createsComment("on-failure", "fail"),
    ]).toEqual([false, false, true]);
  });
});

describe("the audit's outputs", () => {
  it("a clean audit passes, finds no drift and allows no deploy", () => {
    expect(auditOutputs(CLEAN, decideAudit(CLEAN, "warning", "warning"))).toEqual({
      verdict: "pass",
      "deploy-allowed": "false",
      "drift-found": "false",
      "plans-over-budget": "[]",
    });
  });
  it("drift and plans over budget are reported, and a failing audit still allows no deploy", () => {
    const result: AuditResult = {
      ...CLEAN,
      drift: [{ model: "openai:gpt-4o", price: "input_mtok", pinned: 2.5, current: 3, change_pct: 20 }],
      plans_over_budget: [{ plan: "tunegate.yml", monthly_usd: 1200, budget_usd: 1000, at: "current" }],
      needs_action: true,
    };
    expect(auditOutputs(result, decideAudit(result, "warning", "warning"))).toEqual({
      verdict: "fail",
      "deploy-allowed": "false",
      "drift-found": "true",
      "plans-over-budget": '[{"plan":"tunegate.yml","monthly_usd":1200,"budget_usd":1000,"at":"current"}]',
    });
  });
  it("an audit that could not read its inputs fails and found nothing", () => {
    expect(AUDIT_INPUT_ERROR_OUTPUTS).toEqual({ verdict: "fail", "drift-found": "false", "plans-over-budget": "[]" });
  });
});

describe("the tracking issue", () => {
  it("is needed when something needs action or prices could not be verified, and not otherwise", () => {
    expect(trackingIssueNeedsAction(CLEAN)).toBe(false);
    expect(trackingIssueNeedsAction({ ...CLEAN, needs_action: true })).toBe(true);
    expect(trackingIssueNeedsAction({ ...CLEAN, verified: false, unverified_reason: "the feed did not answer" })).toBe(
      true,
    );
  });
});
