import type { GateContext } from "./context.ts";
import { formatEstimate, judgeFloor, type Evidence } from "./eval-judgement.ts";
import { modelIdentityProblem } from "./model-identity.ts";
import { namesFor, pick, type Category } from "./eval-selection.ts";

export interface FloorJudgement {
  evidence: Evidence[];
  /** Suites the plan names that the candidate's files do not have: failing, the candidate skipped them. */
  absent: string[];
  /** Suites with nothing scored (every row errored, zero examples, a log without scores): missing data. */
  noData: string[];
  /** Suites measured on another model than the plan's models.candidate: not this candidate's scores. */
  notComparable: string[];
  details: string[];
}

/** Every suite of a category against a floor; what the safety and task-quality gates share. */
export function judgeSuitesAgainstFloor(ctx: GateContext, category: Category, floor: number): FloorJudgement | null {
  const run = ctx.candidate;
  const names = namesFor(ctx, category);
  if (run === undefined || names.length === 0) return null;
  const judgement: FloorJudgement = { evidence: [], absent: [], noData: [], notComparable: [], details: [] };
  for (const name of [...names].sort()) {
    const picked = pick(run, name, ctx);
    if (!picked.ok) {
      (picked.why === "no-data" ? judgement.noData : judgement.absent).push(name);
      judgement.details.push(`${name}: ${picked.reason}`);
      continue;
    }
    const otherModel = modelIdentityProblem(ctx.plan, picked.benchmark, null);
    if (otherModel !== null) {
      judgement.notComparable.push(name);
      judgement.details.push(`${name}: not comparable: ${otherModel}`);
      continue;
    }
    const e = judgeFloor(picked.benchmark, floor, ctx.policy.policy.statistics);
    judgement.evidence.push(e);
    const errored =
      picked.benchmark.errored > 0 ? `, ${picked.benchmark.errored} more rows errored and were not scored` : "";
    judgement.details.push(
      `${name} (${e.metric}): ${formatEstimate(e)}, n=${e.n ?? "?"}${errored}, ${e.method}${e.note === null ? "" : ` (${e.note})`} vs floor ${floor} -> ${e.decision.toUpperCase()}`,
    );
  }
  return judgement;
}
