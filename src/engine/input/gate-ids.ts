/**
 * Every gate's id, in the order reports list them: the one home of these names, a public
 * contract (outputs, waivers, policies and SARIF rules all name them). The plan's schema, the
 * run report's `failed_gates`, the gate titles and the SARIF rules derive from this list; a test
 * fails when a hand-written list drifts from it. Lowest layer, so the plan schema can use it.
 */
export const GATE_IDS = [
  "approach-fit",
  "data-sufficiency",
  "forgetting",
  "safety",
  "task-quality",
  "latency",
  "cost-budget",
  "pricing-freshness",
  "readiness",
  "customisation-value",
] as const;

export type GateId = (typeof GATE_IDS)[number];
