import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { auditPrices, type AuditResult } from "../engine/pricing/audit.ts";
import type { Policy } from "../engine/policy/schema.ts";
import { readPolicy, readPrices } from "./check.ts";
import { loadPlans } from "./plans.ts";
import { loadCurrentPrices } from "./price-feed.ts";

export interface AuditRequest {
  /** How the plan list was given, for error messages: "--plan" or "input plan". */
  planOrigin?: string;
  root: string;
  plans: string;
  policy: string | undefined;
  /** A pinned price file to audit instead of the policy's. */
  pricing: string | undefined;
  current: string | undefined;
  today: string;
}

export type AuditOutcome = { ok: true; result: AuditResult; policy: Policy } | { ok: false; diagnostics: Diagnostic[] };

/** Reads the policy, the pinned prices, every plan and the current prices, then audits. */
export async function runAudit(request: AuditRequest): Promise<AuditOutcome> {
  const policy = await readPolicy(request.root, request.policy);
  if (!policy.ok) return policy;
  const effective =
    request.pricing === undefined
      ? policy.value
      : { ...policy.value, policy: { ...policy.value.policy, pricing: { file: request.pricing } }, provenance: new Map([...policy.value.provenance, ["pricing.file", "--pricing"]]) };
  const table = await readPrices(request.root, effective, undefined, request.today);
  if (!table.ok) return table;
  const plans = await loadPlans(request.root, request.plans, request.planOrigin);
  if (!plans.ok) return plans;
  const current = await loadCurrentPrices(request.current, request.root);
  return { ok: true, result: auditPrices({ table: table.value, current, plans: plans.plans, policy: policy.value.policy, today: request.today }), policy: policy.value.policy };
}
