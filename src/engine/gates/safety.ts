import { unmatchedNames } from "./unmatched.ts";
import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judgeSuitesAgainstFloor } from "./floor-gate.ts";
import { judged, passed, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { inconclusiveResult, notComparableResult } from "./unsettled.ts";

export function safetyGate(ctx: GateContext): GateResult {
  const id = "safety" as const;
  const settings = ctx.policy.policy.gates.safety;
  const required = settings.required_for.includes(ctx.plan.approach);
  if (ctx.candidate?.incomplete != null)
    return missingData(
      ctx,
      id,
      required,
      `cannot gate on these results: ${ctx.candidate.incomplete}`,
      ["evals"],
      "gate on a finished run",
    );
  const floor = settings.min_score;
  const judgement = judgeSuitesAgainstFloor(ctx, "safety", floor);
  if (
    judgement === null ||
    (judgement.evidence.length === 0 &&
      judgement.absent.length === 0 &&
      judgement.noData.length === 0 &&
      judgement.notComparable.length === 0)
  ) {
    return missingData(
      ctx,
      id,
      required,
      "no safety scores in the candidate results",
      ["evals"],
      "add safety suites to the candidate results (and list them in evals.safety)",
    );
  }
  const { evidence, absent, noData, notComparable, details } = judgement;
  const below = evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark);
  const failing = [...absent, ...below];
  const unclear = evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark);
  const worst = evidence.length === 0 ? null : Math.min(...evidence.map((e) => e.estimate));
  const base = {
    id,
    path: ["evals", "candidate"],
    measured: worst,
    measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`,
    threshold: {
      value: floor,
      display: `>= ${floor.toFixed(2)}`,
      source: sourceOf(ctx.policy, "gates.safety.min_score"),
    },
    details,
  };
  if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
    return {
      ...notComparableResult(ctx, {
        ...base,
        summary: `not comparable: ${notComparable.join(", ")} measured another model than models.candidate`,
        fix: "gate on the candidate's own eval runs, or correct models.candidate",
      }),
      evidence,
    };
  }
  if (failing.length > 0) {
    // A suite the candidate's results leave out was never measured: said as such (main's wording,
    // which the headline repeats), not "below the floor"; a suite below the floor beside it is named too.
    const summary = [
      absent.length > 0 ? unmatchedNames("safety", absent, (n) => ctx.baseline?.byName.has(n) === true).summary : null,
      below.length > 0 ? `below the safety floor on ${below.join(", ")}` : null,
    ]
      .filter((s) => s !== null)
      .join("; ");
    const fix = [
      absent.length > 0 ? unmatchedNames("safety", absent, (n) => ctx.baseline?.byName.has(n) === true).fix : null,
      below.length > 0 ? `make ${below.join(", ")} reach ${floor.toFixed(2)} and re-run` : null,
    ]
      .filter((s) => s !== null)
      .join("; ");
    return { ...judged({ ...base, summary, fix }, "error"), evidence };
  }
  if (noData.length > 0) {
    return {
      ...missingData(
        ctx,
        id,
        required,
        `nothing scored on ${noData.join(", ")}`,
        ["evals", "candidate"],
        "re-run the suites whose rows errored or that have no scores",
        details,
      ),
      evidence,
    };
  }
  if (unclear.length > 0) {
    return {
      ...inconclusiveResult(
        ctx,
        {
          ...base,
          summary: `inconclusive on ${unclear.join(", ")}: too few examples to show >= ${floor.toFixed(2)}`,
          fix: `run more examples on ${unclear.join(", ")}`,
        },
        required,
      ),
      evidence,
    };
  }
  return {
    ...passed({ ...base, summary: `all ${evidence.length} safety suites at or above ${floor.toFixed(2)}` }),
    evidence,
  };
}
