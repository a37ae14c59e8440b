import type { EvalRun } from "../evals/model.ts";
import { closestName } from "../input/did-you-mean.ts";
import type { Diagnostic } from "../input/diagnostic.ts";
import type { FieldProblem } from "../input/field-problem.ts";
import { shownName } from "../input/lookalike.ts";
import type { EffectivePolicy } from "../policy/load.ts";
import type { Plan } from "../plan/schema.ts";
import { forgettingScale } from "./eval-judgement.ts";
import { namesFor, pick, type Category } from "./eval-selection.ts";

export interface ReferenceProblems {
  /** Problems in the plan, placed by field path. */
  plan: FieldProblem[];
  /** Problems in the policy, already located in the file that set the value. */
  policy: Diagnostic[];
}

const CATEGORIES: Category[] = ["general", "safety", "task"];

/**
 * The plan's benchmark and suite names are checked against what the eval files hold, with "did
 * you mean", and `evals.pool` against the plan's own names (plan-references.ts checks
 * `evals.metrics`, `evals.chance` and `statistics.primary`). Metrics a ratio cannot judge are
 * refused here too, naming the metric, unless the policy sets a drop.
 */
export function evalReferenceProblems(plan: Plan, policy: EffectivePolicy, candidate: EvalRun | undefined, baseline: EvalRun | undefined): ReferenceProblems {
  const problems: ReferenceProblems = { plan: [], policy: [] };
  const runs = [candidate, baseline].filter((r): r is EvalRun => r !== undefined);
  const known = [...new Set(runs.flatMap((r) => [...r.byName.keys()]))];
  const isKnown = new Set(known);
  const anyScores = runs.some((r) => r.benchmarks.length > 0);
  const ctx = { plan, candidate, baseline };
  const evals = plan.evals;

  if (anyScores) {
    for (const category of CATEGORIES) {
      (evals?.[category] ?? []).forEach((name, index) => {
        if (isKnown.has(name)) return;
        const suggestion = closestName(name, known);
        problems.plan.push({
          path: ["evals", category, index],
          kind: "invalid-value",
          message: `"${shownName(name, suggestion)}" matches no benchmark or suite in the eval files${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
          hint: `the eval files have: ${known.slice(0, 20).join(", ")}${known.length > 20 ? ", ..." : ""}`,
        });
      });
    }
  }
  const declared = [...new Set(CATEGORIES.flatMap((c) => namesFor(ctx, c)))];
  const isDeclared = new Set(declared);
  (evals?.pool ?? []).forEach((name, index) => {
    if (isDeclared.has(name)) return;
    const suggestion = closestName(name, declared);
    problems.plan.push({ path: ["evals", "pool", index], kind: "invalid-value", message: `evals.pool names "${shownName(name, suggestion)}", which is not in evals.general, evals.safety or evals.task${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}` });
  });

  const general = namesFor(ctx, "general");

  // A metric a ratio cannot judge, with no absolute margin to judge it by, is refused by name.
  const maxDrop = policy.policy.gates.forgetting.max_drop ?? null;
  if (candidate !== undefined && baseline !== undefined && maxDrop === null) {
    general.forEach((name) => {
      const c = pick(candidate, name, ctx, baseline);
      const b = pick(baseline, name, ctx, candidate);
      if (!c.ok || !b.ok || forgettingScale(c.benchmark, b.benchmark, null) !== null) return;
      const index = evals?.general?.indexOf(name) ?? -1;
      const why = !c.benchmark.higherIsBetter ? "lower is better" : "it can be negative";
      problems.plan.push({
        path: index === -1 ? ["evals", "general"] : ["evals", "general", index],
        kind: "invalid-value",
        message: `forgetting on "${name}" is measured with ${c.benchmark.metric}, and ${why}: a ratio to the base model means nothing for it`,
        hint: "set gates.forgetting.max_drop in your policy (the largest drop allowed, in the metric's units), or choose another metric with evals.metrics",
      });
    });
  }
  return problems;
}
