import { forEachScore, type Benchmark, type EvalRun } from "../evals/model.ts";
import { metricRange } from "../evals/reading.ts";
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
export function evalReferenceProblems(
  plan: Plan,
  policy: EffectivePolicy,
  candidate: EvalRun | undefined,
  baseline: EvalRun | undefined,
): ReferenceProblems {
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
    problems.plan.push({
      path: ["evals", "pool", index],
      kind: "invalid-value",
      message: `evals.pool names "${shownName(name, suggestion)}", which is not in evals.general, evals.safety or evals.task${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
    });
  });

  // A suite run with several prompts or providers and no choice among them is an input problem
  // (which suite did the plan mean?), never a low score: the message lists the names it could use.
  for (const category of CATEGORIES) {
    (evals?.[category] ?? []).forEach((name, index) => {
      for (const run of runs) {
        const picked = pick(run, name, ctx);
        if (picked.ok || picked.why !== "ambiguous") continue;
        problems.plan.push({
          path: ["evals", category, index],
          kind: "invalid-value",
          message: picked.reason,
          hint: `name one suite in evals.${category}, or pool them with evals.pool`,
        });
        return;
      }
    });
  }

  // A floor is a score in [0, 1] that higher must clear: it cannot apply to a lower-is-better
  // metric (it would pass exactly when the metric is worst) nor to one on another scale.
  const floors: Array<[Category, number | undefined]> = [
    ["safety", policy.policy.gates.safety.min_score],
    ["task", evals?.task_floor],
  ];
  for (const [category, floor] of floors) {
    if (floor === undefined || candidate === undefined) continue;
    namesFor(ctx, category).forEach((name) => {
      const picked = pick(candidate, name, ctx);
      if (!picked.ok) return;
      const why = floorMismatch(picked.benchmark);
      if (why === null) return;
      const index = evals?.[category]?.indexOf(name) ?? -1;
      const setting = category === "safety" ? "gates.safety.min_score" : "evals.task_floor";
      problems.plan.push({
        path:
          index === -1
            ? category === "task"
              ? ["evals", "task_floor"]
              : ["evals", category]
            : ["evals", category, index],
        kind: "invalid-value",
        message: `"${name}" is measured with ${picked.benchmark.metric} (${picked.benchmark.value} in ${picked.benchmark.provenance.file}), and ${why}: the floor ${floor} (${setting}) cannot apply to it`,
        hint: "choose a 0-1, higher-is-better metric for it with evals.metrics, or judge it against the baseline instead",
      });
    });
  }

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

/** Why a 0-1 floor cannot judge this benchmark's metric, or null when it can. */
function floorMismatch(b: Benchmark): string | null {
  if (!b.higherIsBetter) return "lower is better (the tool says so)";
  // The reader's own scale (DeepEval, Ragas, garak, Every Eval Ever's min/max) comes first; the
  // metric's name decides only when the file does not say.
  const range = b.scale ?? metricRange(b.metric);
  if (range !== null && (range[0] !== 0 || range[1] !== 1))
    return `its scale is [${range[0]}, ${range[1]}], not [0, 1]`;
  if (b.value < 0 || b.value > 1) return "its value is outside [0, 1], so its scale is not the floor's";
  if (b.examples !== null) {
    let outside = false;
    forEachScore(b.examples, (v) => {
      if (v < 0 || v > 1) outside = true;
    });
    if (outside) return "its per-example scores leave [0, 1], so its scale is not the floor's";
  }
  return null;
}
