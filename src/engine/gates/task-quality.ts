import { unmatchedNames } from "./unmatched.ts";
import { sourceOf } from "../policy/load.ts";
import { planThresholdSource } from "../rules/origin.ts";
import type { GateContext } from "./context.ts";
import { comparabilityProblem, formatEstimate, judgeForgetting, type Evidence } from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";
import { judgeSuitesAgainstFloor } from "./floor-gate.ts";
import { judged, passed, type GateResult, type Threshold } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { modelIdentityProblem } from "./model-identity.ts";
import { inconclusiveResult, notComparableResult } from "./unsettled.ts";
import { formatCount } from "../input/count-text.ts";

export function taskQualityGate(ctx: GateContext): GateResult {
  const id = "task-quality" as const;
  const floor = ctx.plan.evals?.task_floor;
  const names = namesFor(ctx, "task");
  if (ctx.candidate === undefined || names.length === 0) {
    return missingData(
      ctx,
      id,
      false,
      "no task scores in the candidate results",
      ["evals"],
      "add task suites to the candidate results (and list them in evals.task)",
    );
  }
  if (ctx.candidate.incomplete !== null)
    return missingData(
      ctx,
      id,
      false,
      `cannot gate on these results: ${ctx.candidate.incomplete}`,
      ["evals"],
      "gate on a finished run",
    );
  const maxDrop = ctx.policy.policy.gates["task-quality"].max_drop_vs_baseline;
  const stats = ctx.policy.policy.statistics;
  const details: string[] = [];
  const evidence: Evidence[] = [];
  const failing: string[] = [];
  const unclear: string[] = [];
  const noData: string[] = [];
  const notComparable: string[] = [];
  /** Suites the candidate's floor could not judge: another model than models.candidate ran them. */
  const otherModel: string[] = [];
  // Suites the candidate's results leave out (failing, said as such) and suites the baseline never ran (missing).
  const left: string[] = [];
  const noBaseline: string[] = [];
  if (floor !== undefined) {
    const j = judgeSuitesAgainstFloor(ctx, "task", floor)!;
    details.push(...j.details);
    evidence.push(...j.evidence);
    left.push(...j.absent);
    failing.push(...j.absent, ...j.evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark));
    unclear.push(...j.evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark));
    noData.push(...j.noData);
    notComparable.push(...j.notComparable);
    otherModel.push(...j.notComparable);
  }
  let compared = 0;
  // An in-progress or failed baseline run is no bar to clear: "not below the baseline" has no data.
  const baselineIncomplete = ctx.baseline?.incomplete ?? null;
  if (baselineIncomplete !== null)
    details.push(`vs baseline: cannot gate on the baseline's results: ${baselineIncomplete}`);
  if (ctx.baseline !== undefined && baselineIncomplete === null) {
    for (const name of [...names].sort()) {
      const c = pick(ctx.candidate, name, ctx, ctx.baseline);
      const b = pick(ctx.baseline, name, ctx, ctx.candidate);
      if (!c.ok || !b.ok) {
        if (floor === undefined) {
          if ((!c.ok && c.why === "no-data") || (!b.ok && b.why === "no-data")) noData.push(name);
          else if (c.ok) noBaseline.push(name);
          else {
            left.push(name);
            failing.push(name);
          }
          details.push(
            `${name} vs baseline: ${!c.ok ? `candidate: ${c.reason}` : `baseline: ${(b as { reason: string }).reason}`}`,
          );
        }
        continue;
      }
      // The same comparability rules as forgetting: a run on 20 examples says nothing about 817.
      const problem =
        modelIdentityProblem(ctx.plan, c.benchmark, b.benchmark) ?? comparabilityProblem(c.benchmark, b.benchmark);
      if (problem !== null) {
        notComparable.push(name);
        details.push(`${name} vs baseline: not comparable: ${problem}`);
        continue;
      }
      compared++;
      // "Not below the baseline" (beyond the allowed drop) is proved like any margin: PASS when
      // the lower bound clears it, FAIL when the estimate misses it, else INCONCLUSIVE.
      const result = judgeForgetting(c.benchmark, b.benchmark, {
        ratio: 1,
        maxDrop,
        chance: 0,
        stats,
        scale: "difference",
      });
      const e = result.evidence;
      const decision = e.decision;
      evidence.push(e);
      if (decision === "fail") failing.push(name);
      if (decision === "inconclusive") unclear.push(name);
      const needed =
        decision === "inconclusive" && result.needed !== null
          ? `; about ${formatCount(result.needed)} examples in all would likely decide it`
          : "";
      details.push(
        `${name} vs baseline: ${e.candidate.toFixed(3)} vs ${e.baseline!.toFixed(3)}${maxDrop > 0 ? ` (drop allowed ${maxDrop})` : ""}, ${e.method}, difference ${formatEstimate(e)}${e.note === null ? "" : ` (${e.note})`} -> ${decision.toUpperCase()}${needed}`,
      );
    }
  }
  if (
    floor === undefined &&
    baselineIncomplete === null &&
    compared === 0 &&
    notComparable.length === 0 &&
    failing.length === 0 &&
    noData.length === 0 &&
    noBaseline.length === 0
  ) {
    return missingData(
      ctx,
      id,
      false,
      "task scores exist but there is nothing to judge them against",
      ["evals"],
      "declare evals.task_floor, or baseline results for the same task suites",
    );
  }
  const scores = names.flatMap((n) => {
    const picked = pick(ctx.candidate!, n, ctx);
    return picked.ok ? [picked.benchmark.value] : [];
  });
  const worst = scores.length === 0 ? null : Math.min(...scores);
  const threshold: Threshold =
    floor !== undefined
      ? {
          value: floor,
          display: `>= ${floor.toFixed(2)}${compared > 0 ? " and not below baseline" : ""}`,
          source: `${planThresholdSource(ctx.rules, "plan (evals.task_floor)", "evals.task_floor")}${compared > 0 ? ` + ${sourceOf(ctx.policy, "gates.task-quality.max_drop_vs_baseline")}` : ""}`,
        }
      : {
          value: null,
          display: maxDrop > 0 ? `baseline - ${maxDrop}` : "not below baseline",
          source: sourceOf(ctx.policy, "gates.task-quality.max_drop_vs_baseline"),
        };
  const base = {
    id,
    path: floor !== undefined ? ["evals", "task_floor"] : ["evals", "candidate"],
    measured: worst,
    measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`,
    threshold,
    details,
  };
  const unique = (xs: string[]) => [...new Set(xs)];
  // A suite that clearly fails fails the gate whatever the policy makes of another that is not comparable.
  if (otherModel.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
    return {
      ...notComparableResult(ctx, {
        ...base,
        summary: `not comparable: ${unique(otherModel).join(", ")} measured another model than models.candidate`,
        fix: "gate on the candidate's own eval runs, or correct models.candidate",
      }),
      evidence,
    };
  }
  if (notComparable.length > 0 && (failing.length === 0 || ctx.policy.policy.severities.not_comparable === "error")) {
    return {
      ...notComparableResult(ctx, {
        ...base,
        summary: `not comparable with the baseline: ${unique(notComparable).join(", ")} measured different examples or settings`,
        fix: "run candidate and baseline on the same examples and settings",
      }),
      evidence,
    };
  }
  if (failing.length > 0) {
    // A suite the candidate's results leave out is named for what it is (main's wording, which the
    // headline repeats), beside any suite that is genuinely too low.
    const low = unique(failing).filter((n) => !left.includes(n));
    const unmatched =
      left.length > 0 ? unmatchedNames("task", unique(left), (n) => ctx.baseline?.byName.has(n) === true) : null;
    const summary = [unmatched?.summary ?? null, low.length > 0 ? `task quality too low on ${low.join(", ")}` : null]
      .filter((s) => s !== null)
      .join("; ");
    const fix = [unmatched?.fix ?? null, low.length > 0 ? `improve ${low.join(", ")} and re-run` : null]
      .filter((s) => s !== null)
      .join("; ");
    return { ...judged({ ...base, summary, fix }, "error"), evidence };
  }
  if (noBaseline.length > 0)
    return {
      ...missingData(
        ctx,
        id,
        false,
        `no baseline for ${unique(noBaseline).join(", ")}: the baseline's results do not have ${noBaseline.length === 1 ? "it" : "them"}`,
        ["evals", "baseline"],
        `run ${unique(noBaseline).join(", ")} on the baseline too`,
        details,
      ),
      evidence,
    };
  if (baselineIncomplete !== null)
    return {
      ...missingData(
        ctx,
        id,
        false,
        `cannot compare with the baseline: ${baselineIncomplete}`,
        ["evals", "baseline"],
        "gate on a finished baseline run",
        details,
      ),
      evidence,
    };
  if (noData.length > 0)
    return {
      ...missingData(
        ctx,
        id,
        false,
        `nothing scored on ${unique(noData).join(", ")}`,
        ["evals", "candidate"],
        "re-run the suites whose rows errored or that have no scores",
        details,
      ),
      evidence,
    };
  if (unclear.length > 0) {
    return {
      ...inconclusiveResult(
        ctx,
        {
          ...base,
          summary: `inconclusive on ${unique(unclear).join(", ")}`,
          fix: `run more examples on ${unique(unclear).join(", ")}`,
        },
        false,
      ),
      evidence,
    };
  }
  return { ...passed({ ...base, summary: `all ${names.length} task suites meet the bar` }), evidence };
}
