import type { AlternativeCost } from "../cost/alternative.ts";
import type { CostEstimate } from "../cost/model.ts";
import type { BelowShipped } from "../cost/shipped-comparison.ts";
import type { EvalRun } from "../evals/model.ts";
import type { Finding } from "../framework/finding.ts";
import type { Recommendation } from "../framework/recommend.ts";
import type { EffectivePolicy } from "../policy/load.ts";
import type { FineTuneMethod, Plan } from "../plan/schema.ts";
import type { RulesOrigin } from "../rules/origin.ts";

/** Everything a gate may look at; gates are pure functions of it. */
export interface GateContext {
  plan: Plan;
  planFile: string;
  method: FineTuneMethod | undefined;
  policy: EffectivePolicy;
  recommendation: Recommendation;
  findings: Finding[];
  candidate: EvalRun | undefined;
  baseline: EvalRun | undefined;
  /** Eval results of the simpler alternative the customisation must beat (evals.alternative). */
  alternative?: EvalRun | undefined;
  cost: CostEstimate | undefined;
  /** What that alternative costs (cost.alternative, or derived from the plan's cost). */
  alternativeCost?: AlternativeCost | undefined;
  /** Rates the projection used that are well below the prices shipped with tunegate. */
  belowShipped?: BelowShipped[];
  /** Today as YYYY-MM-DD; the clock is an input so results are reproducible. */
  today: string;
  /** Where the rules came from: a plan threshold the base branch's value decides names that commit. */
  rules?: RulesOrigin | undefined;
}
