import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { gateResult, outcomeForLevel, type GateResult } from "./gate-result.ts";

type Base = Parameters<typeof gateResult>[0];

/**
 * Candidate and baseline measured different examples or settings: the comparison has no valid
 * data, so it is never a pass. `severities.not_comparable` decides how it counts; at `info` it is
 * reported as inconclusive and counts for nothing, and the report names the file that said so.
 */
export function notComparableResult(ctx: Pick<GateContext, "policy">, base: Base): GateResult {
  const level = ctx.policy.policy.severities.not_comparable;
  const counts = `counts as ${level} (severities.not_comparable in ${sourceOf(ctx.policy, "severities.not_comparable")})`;
  const withSource = { ...base, details: [...(base.details ?? []), counts] };
  if (level === "info") return gateResult(withSource, "inconclusive", "none");
  return gateResult(withSource, outcomeForLevel(level), level);
}
