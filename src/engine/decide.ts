import { selfHostCrossover, type Crossover } from "./cost/crossover.ts";
import { estimateAlternativeCost, type AlternativeCost } from "./cost/alternative.ts";
import { estimateCost, type CostEstimate } from "./cost/model.ts";
import { ratesBelowShipped } from "./cost/shipped-comparison.ts";
import type { PriceTable } from "./cost/price-table.ts";
import type { EvalRun, SourceFile } from "./evals/model.ts";
import type { UseCaseFacts } from "./framework/facts.ts";
import type { Finding } from "./framework/finding.ts";
import { findMismatches } from "./framework/mismatches.ts";
import { recommend, type Recommendation } from "./framework/recommend.ts";
import { approachFitGate } from "./gates/approach-fit.ts";
import type { GateContext } from "./gates/context.ts";
import { costBudgetGate } from "./gates/cost-budget.ts";
import { customisationValueGate } from "./gates/customisation-value.ts";
import { dataSufficiencyGate } from "./gates/data-sufficiency.ts";
import { evalReferenceProblems } from "./gates/eval-references.ts";
import { forgettingGate } from "./gates/forgetting.ts";
import type { GateResult } from "./gates/gate-result.ts";
import { latencyGate } from "./gates/latency.ts";
import { pricingFreshnessGate } from "./gates/pricing-freshness.ts";
import { readinessGate } from "./gates/readiness.ts";
import { safetyGate } from "./gates/safety.ts";
import { taskQualityGate } from "./gates/task-quality.ts";
import { verdictOf, type Verdict } from "./gates/verdict.ts";
import { applyWaivers } from "./gates/waivers.ts";
import { capDiagnostics, type Parsed } from "./input/diagnostic.ts";
import { locateProblems } from "./input/field-problem.ts";
import type { EffectivePolicy } from "./policy/load.ts";
import { fineTuneMethodOf } from "./plan/approach.ts";
import type { LoadedPlan } from "./plan/load.ts";
import type { Plan } from "./plan/schema.ts";
import { OWN_RULES, type RulesOrigin } from "./rules/origin.ts";
import { referenceProblems } from "./gates/plan-references.ts";

export interface Decision {
  plan: Plan;
  planFile: string;
  recommendation: Recommendation;
  findings: Finding[];
  gates: GateResult[];
  verdict: Verdict;
  cost: CostEstimate | undefined;
  /** What the simpler alternative costs, when the plan has a cost block. */
  alternativeCost?: AlternativeCost | undefined;
  /** For plans that fine-tune or could: when self-hosting beats paying per token. */
  crossover: Crossover | undefined;
  policyFiles: string[];
  pricingFile: string;
  today: string;
  /** What was read on each side: file, format, tool version, model, examples. */
  evalSources: { candidate: SourceFile[] | null; baseline: SourceFile[] | null; alternative?: SourceFile[] | null };
  /** Where the rules came from (the base branch in a pull request) and what the pull request loosens. */
  rules: RulesOrigin;
}

export interface DecideInput {
  loaded: LoadedPlan;
  policy: EffectivePolicy;
  prices: PriceTable;
  candidate: EvalRun | undefined;
  baseline: EvalRun | undefined;
  /** Eval results of the simpler alternative (evals.alternative), if the plan names them. */
  alternative?: EvalRun | undefined;
  today: string;
  /** Set when `loaded.plan` and `policy` are already the stricter of the base's and the head's. */
  rules?: RulesOrigin;
}

/** Gates in the order a reviewer reads them: is this the right approach, then is it safe to ship. */
const GATES = [
  approachFitGate,
  dataSufficiencyGate,
  readinessGate,
  forgettingGate,
  safetyGate,
  taskQualityGate,
  customisationValueGate,
  latencyGate,
  costBudgetGate,
  pricingFreshnessGate,
];

/** Plan, policy, prices, eval results and today's date in; the explained decision out. */
export function decide(input: DecideInput): Parsed<Decision> {
  const { plan, source } = input.loaded;
  const policy = input.policy.policy;
  let cost: CostEstimate | undefined;
  if (plan.cost !== undefined) {
    const estimate = estimateCost(plan.cost, plan.use_case.monthly_queries, input.prices);
    if (!estimate.ok) return { ok: false, diagnostics: locateProblems(estimate.problems, source) };
    cost = estimate.value;
  }
  let alternativeCost: AlternativeCost | undefined;
  if (plan.cost !== undefined && plan.approach !== "prompt") {
    const estimate = estimateAlternativeCost(plan.cost, plan.approach, plan.use_case.monthly_queries, input.prices);
    if (!estimate.ok) return { ok: false, diagnostics: locateProblems(estimate.problems, source) };
    alternativeCost = estimate.value;
  }
  const evalReferences = evalReferenceProblems(plan, input.policy, input.candidate, input.baseline);
  if (evalReferences.plan.length + evalReferences.policy.length > 0) {
    return { ok: false, diagnostics: [...locateProblems(evalReferences.plan, source), ...evalReferences.policy] };
  }
  const recommendation = recommend(factsOf(plan), policy);
  const findings = findMismatches(plan, policy, recommendation);
  const ctx: GateContext = {
    plan,
    planFile: source.file,
    method: fineTuneMethodOf(plan),
    policy: input.policy,
    recommendation,
    findings,
    candidate: input.candidate,
    baseline: input.baseline,
    alternative: input.alternative,
    cost,
    alternativeCost,
    belowShipped: cost === undefined ? [] : ratesBelowShipped(cost, input.prices, policy.audit.drift_threshold),
    today: input.today,
    rules: input.rules,
  };
  const references = referenceProblems(ctx);
  if (references.total.plan + references.total.policy > 0) {
    return {
      ok: false,
      diagnostics: [
        ...capDiagnostics(locateProblems(references.plan, source), references.total.plan),
        ...capDiagnostics(locateProblems(references.policy, input.policy), references.total.policy),
      ],
    };
  }
  const gates = applyWaivers(
    GATES.map((gate) => gate(ctx)),
    plan.waivers,
    input.policy,
    input.today,
  );
  return {
    ok: true,
    value: {
      plan,
      planFile: source.file,
      recommendation,
      findings,
      gates,
      verdict: verdictOf(gates),
      cost,
      alternativeCost,
      crossover:
        cost !== undefined &&
        (fineTuneMethodOf(plan) !== undefined ||
          fineTuneMethodOf({ approach: recommendation.approach, fine_tune_method: recommendation.fine_tune_method }) !==
            undefined)
          ? selfHostCrossover(cost, input.prices, policy.sensitivity, plan.cost?.llm)
          : undefined,
      policyFiles: input.policy.files,
      pricingFile: input.prices.file,
      today: input.today,
      evalSources: {
        candidate: input.candidate?.sources ?? null,
        baseline: input.baseline?.sources ?? null,
        alternative: input.alternative?.sources ?? null,
      },
      rules: input.rules ?? OWN_RULES,
    },
  };
}

export function factsOf(plan: Plan): UseCaseFacts {
  return {
    task: plan.use_case.task,
    knowledge_change: plan.use_case.knowledge_change,
    citations_required: plan.use_case.citations_required,
    style_requirements: plan.use_case.style_requirements,
    latency_p95_ms: plan.use_case.latency_p95_ms,
    monthly_queries: plan.use_case.monthly_queries,
    examples: plan.training?.examples,
  };
}
