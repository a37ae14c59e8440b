import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { gateResult, outcomeForLevel, type GateResult } from "./gate-result.ts";

type Base = Parameters<typeof gateResult>[0];

/**
 * Gate results that data cannot settle, weighed by a policy severity. The report names the file
 * that set the severity, so a policy that makes such a result count for nothing is seen.
 */
function weighed(
  ctx: Pick<GateContext, "policy">,
  severity: "inconclusive" | "inconclusive_optional" | "not_comparable",
  base: Base,
): { base: Base; level: "error" | "warning" | "info" } {
  const level = ctx.policy.policy.severities[severity];
  const counts = `counts as ${level} (severities.${severity} in ${sourceOf(ctx.policy, `severities.${severity}`)})`;
  return { base: { ...base, details: [...(base.details ?? []), counts] }, level };
}

/**
 * The data cannot tell whether the gate holds: nothing proves it, so on a gate the approach
 * requires it counts as severities.inconclusive says (error, blocking, by default), on any other
 * as severities.inconclusive_optional says. The details name the key and the file that set it.
 */
export function inconclusiveResult(ctx: Pick<GateContext, "policy">, base: Base, required: boolean): GateResult {
  const { base: withSource, level } = weighed(ctx, required ? "inconclusive" : "inconclusive_optional", base);
  return gateResult(withSource, "inconclusive", level === "info" ? "none" : level);
}

/**
 * Candidate and baseline measured different examples or settings: the comparison has no valid
 * data, so it is never a pass. At `info` it is reported as inconclusive and counts for nothing.
 */
export function notComparableResult(ctx: Pick<GateContext, "policy">, base: Base): GateResult {
  const { base: withSource, level } = weighed(ctx, "not_comparable", base);
  if (level === "info") return gateResult(withSource, "inconclusive", "none");
  return gateResult(withSource, outcomeForLevel(level), level);
}
