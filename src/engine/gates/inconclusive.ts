import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { gateResult, type GateResult } from "./gate-result.ts";

type Base = Parameters<typeof gateResult>[0];

/**
 * The data cannot tell whether the gate holds. `severities.inconclusive` decides how that counts,
 * and the report names the file that set it, so a policy that makes it count for nothing is seen.
 */
export function inconclusiveResult(ctx: Pick<GateContext, "policy">, base: Base): GateResult {
  const level = ctx.policy.policy.severities.inconclusive;
  const counts = `counts as ${level} (severities.inconclusive in ${sourceOf(ctx.policy, "severities.inconclusive")})`;
  return gateResult({ ...base, details: [...(base.details ?? []), counts] }, "inconclusive", level === "info" ? "none" : level);
}
