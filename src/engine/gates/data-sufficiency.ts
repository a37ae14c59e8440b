import { formatCount } from "../cost/money.ts";
import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function dataSufficiencyGate(ctx: GateContext): GateResult {
  const id = "data-sufficiency" as const;
  const method = ctx.method;
  if (method === undefined)
    return skipped({
      id,
      path: ["approach"],
      summary: `${ctx.plan.approach} does not fine-tune: no training data needed`,
    });
  const examples = ctx.plan.training?.examples;
  if (examples === undefined) {
    return missingData(
      ctx,
      id,
      true,
      `${method} needs curated training examples; none declared`,
      ["approach"],
      "declare training.examples",
    );
  }
  const settings = ctx.policy.policy.gates["data-sufficiency"];
  const minimum = settings.min_examples[method];
  const preferred = settings.preferred_examples[method];
  const base = {
    id,
    path: ["training", "examples"],
    measured: examples,
    measured_display: `${formatCount(examples)} examples`,
    threshold: {
      value: minimum,
      display: `>= ${formatCount(minimum)} (${formatCount(preferred)}+ preferred)`,
      source: sourceOf(ctx.policy, `gates.data-sufficiency.min_examples.${method}`),
    },
  };
  if (examples < minimum) {
    return judged(
      {
        ...base,
        summary: `${method} needs at least ${formatCount(minimum)} examples; the plan has ${formatCount(examples)}, short by ${formatCount(minimum - examples)}`,
        fix: `curate ${formatCount(minimum - examples)} more examples, or start with RAG and prompting`,
      },
      "error",
    );
  }
  if (examples < preferred) {
    return judged(
      {
        ...base,
        summary: `enough to start, but quality may be limited: ${formatCount(preferred - examples)} more examples reach the preferred ${formatCount(preferred)}`,
        fix: `curate ${formatCount(preferred - examples)} more examples`,
      },
      ctx.policy.policy.severities.quality_limited,
    );
  }
  return passed({
    ...base,
    summary: `${formatCount(examples)} examples meet ${method}'s preferred ${formatCount(preferred)}`,
  });
}
