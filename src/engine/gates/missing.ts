import { sourceOf } from "../policy/load.ts";
import type { GateId } from "../plan/schema.ts";
import type { GateContext } from "./context.ts";
import { gateResult, type GateResult } from "./gate-result.ts";

/** A gate with no data is never a pass: it is `missing`, and counts as the policy says. */
export function missingData(
  ctx: GateContext,
  id: GateId,
  required: boolean,
  summary: string,
  path: PropertyKey[],
  fix: string,
  found: readonly string[] = [],
): GateResult {
  const severityKey = required ? "missing_required" : "missing_optional";
  const level = ctx.policy.policy.severities[severityKey];
  const why = required ? `required for approach ${ctx.plan.approach}` : "not required for this approach";
  const result = gateResult(
    {
      id,
      summary,
      path,
      fix,
      details: [
        ...found,
        `to fix: ${fix}`,
        `counts as ${level} (${why}; severities.${severityKey} in ${sourceOf(ctx.policy, `severities.${severityKey}`)})`,
      ],
    },
    "missing",
    level === "info" ? "none" : level,
  );
  return required ? { ...result, missingRequired: true } : result;
}
