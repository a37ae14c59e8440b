import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { auditPrices, type AuditResult } from "../engine/pricing/audit.ts";
import { loadPlan } from "../engine/plan/load.ts";
import type { Plan } from "../engine/plan/schema.ts";
import { readPolicy, readPrices } from "./check.ts";
import { MAX_CONFIG_BYTES, readFailure, readRepoFile } from "./files.ts";
import { expandPlanPaths } from "./plan-paths.ts";
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

export type AuditOutcome = { ok: true; result: AuditResult } | { ok: false; diagnostics: Diagnostic[] };

/** Reads the policy, the pinned prices, every plan and the current prices, then audits. */
export async function runAudit(request: AuditRequest): Promise<AuditOutcome> {
  const policy = await readPolicy(request.root, request.policy);
  if (!policy.ok) return policy;
  const effective =
    request.pricing === undefined
      ? policy.value
      : { ...policy.value, policy: { ...policy.value.policy, pricing: { file: request.pricing } }, provenance: new Map([...policy.value.provenance, ["pricing.file", "--pricing"]]) };
  const table = await readPrices(request.root, effective);
  if (!table.ok) return table;
  const expanded = await expandPlanPaths(request.root, request.plans, request.planOrigin);
  const diagnostics: Diagnostic[] = [...expanded.diagnostics];
  const plans: Array<{ file: string; plan: Plan }> = [];
  // Read concurrently: with many plans the audit otherwise spends most of its time waiting on I/O.
  const texts = await Promise.all(expanded.paths.map((file) => readRepoFile(request.root, file, MAX_CONFIG_BYTES)));
  for (const [index, file] of expanded.paths.entries()) {
    const text = texts[index]!;
    if (!text.ok) {
      diagnostics.push(readFailure(text, { file, line: 1, column: 1 }, ""));
      continue;
    }
    const loaded = loadPlan(file, text.text);
    if (!loaded.ok) diagnostics.push(...loaded.diagnostics);
    else plans.push({ file, plan: loaded.value.plan });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const current = await loadCurrentPrices(request.current, request.root);
  return { ok: true, result: auditPrices({ table: table.value, current, plans, policy: policy.value.policy, today: request.today }) };
}
