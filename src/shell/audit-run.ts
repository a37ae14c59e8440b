import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { auditPrices, pricesToAudit, type AuditResult } from "../engine/pricing/audit.ts";
import { modelsOfPlans } from "../engine/pricing/plan-models.ts";
import type { Policy } from "../engine/policy/schema.ts";
import { readPolicy, readPrices, type PolicySpec } from "./repo-settings.ts";
import { loadPlans } from "./plans.ts";
import { loadCurrentPrices } from "./price-feed.ts";

export interface AuditRequest {
  /** How the plan list was given, for error messages: "--plan" or "input plan". */
  planOrigin?: string;
  root: string;
  plans: string;
  policy: PolicySpec;
  /** The repository's pinned price file, when not the policy's or .tunegate/pricing.yml. */
  pricing: string | undefined;
  current: string | undefined;
  today: string;
}

export type AuditOutcome = { ok: true; result: AuditResult; policy: Policy } | { ok: false; diagnostics: Diagnostic[] };

/** Reads the policy, the pinned prices, every plan and the current prices, then audits. */
export async function runAudit(request: AuditRequest): Promise<AuditOutcome> {
  const policy = await readPolicy(request.root, request.policy);
  if (!policy.ok) return policy;
  const table = await readPrices(request.root, policy.value, undefined, request.pricing, request.today);
  if (!table.ok) return table;
  const plans = await loadPlans(request.root, request.plans, request.planOrigin);
  if (!plans.ok) return plans;
  const current = await loadCurrentPrices(request.current, request.root);
  // The repository answers for its own pins and for the shipped prices its plans use, not for
  // every model tunegate ships a price for.
  const audited = pricesToAudit(
    table.value,
    modelsOfPlans(plans.plans).map((m) => m.key),
  );
  return {
    ok: true,
    result: auditPrices({
      table: audited,
      current,
      plans: plans.plans,
      policy: policy.value.policy,
      today: request.today,
    }),
    policy: policy.value.policy,
  };
}
