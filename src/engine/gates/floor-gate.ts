import type { GateContext } from "./context.ts";
import { formatEstimate, judgeFloor, type Evidence } from "./eval-judgement.ts";
import { namesFor, pick, type Category } from "./eval-selection.ts";

export interface FloorJudgement {
  evidence: Evidence[];
  unusable: string[];
  details: string[];
}

/** Every suite of a category against a floor; what the safety and task-quality gates share. */
export function judgeSuitesAgainstFloor(ctx: GateContext, category: Category, floor: number): FloorJudgement | null {
  const run = ctx.candidate;
  const names = namesFor(ctx, category);
  if (run === undefined || names.length === 0) return null;
  const evidence: Evidence[] = [];
  const unusable: string[] = [];
  const details: string[] = [];
  for (const name of [...names].sort()) {
    const picked = pick(run, name, ctx);
    if (!picked.ok) {
      unusable.push(name);
      details.push(`${name}: ${picked.reason}`);
      continue;
    }
    const e = judgeFloor(picked.benchmark, floor, ctx.policy.policy.statistics);
    evidence.push(e);
    details.push(`${name} (${e.metric}): ${formatEstimate(e)}, n=${e.n ?? "?"}, ${e.method}${e.note === null ? "" : ` (${e.note})`} vs floor ${floor} -> ${e.decision.toUpperCase()}`);
  }
  return { evidence, unusable, details };
}
