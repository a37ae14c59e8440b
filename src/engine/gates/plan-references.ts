import { closestName } from "../input/did-you-mean.ts";
import type { FieldProblem } from "../input/field-problem.ts";
import { MAX_DIAGNOSTICS_PER_FILE } from "../input/diagnostic.ts";
import { shownName } from "../input/lookalike.ts";
import type { GateContext } from "./context.ts";
import { namesFor } from "./eval-selection.ts";

/** Names written in the plan and in the policy that match nothing they are meant to name. */
export interface ReferenceProblems {
  plan: FieldProblem[];
  policy: FieldProblem[];
  /** How many there are in all; only the first few per file are explained. */
  total: { plan: number; policy: number };
}

/**
 * A name that refers to nothing is not harmless: `statistics.primary: [hellaswg]` left hellaswag
 * outside the primary set, so its clear forgetting failure became a warning; an `evals.metrics`
 * or `evals.chance` entry under a misspelt name silently judges the benchmark by another metric
 * or against zero. Every such name must match a benchmark or suite of this plan.
 */
export function referenceProblems(ctx: GateContext): ReferenceProblems {
  const general = namesFor(ctx, "general");
  const declared = [...new Set([...general, ...namesFor(ctx, "safety"), ...namesFor(ctx, "task")])];
  const isGeneral = new Set(general);
  const isDeclared = new Set(declared);
  const plan: Unmatched[] = [];
  const policy: Unmatched[] = [];
  const evals = ctx.plan.evals;
  for (const name of Object.keys(evals?.metrics ?? {})) {
    if (!isDeclared.has(name))
      plan.push({
        path: ["evals", "metrics", name],
        name,
        candidates: declared,
        what: "evals.metrics",
        among: "benchmarks and suites of this plan",
      });
  }
  for (const name of Object.keys(evals?.chance ?? {})) {
    if (isGeneral.has(name)) continue;
    const elsewhere = isDeclared.has(name)
      ? `; chance only applies to general benchmarks (the forgetting gate), and "${name}" is a safety or task suite`
      : "";
    plan.push({
      path: ["evals", "chance", name],
      name,
      candidates: general,
      what: "evals.chance",
      among: "general benchmarks of this plan",
      elsewhere,
    });
  }
  // Without general benchmarks the forgetting gate judges nothing, so the primary set selects nothing.
  if (general.length > 0) {
    ctx.policy.policy.statistics.primary.forEach((name, index) => {
      if (!isGeneral.has(name)) {
        policy.push({
          path: ["statistics", "primary", index],
          name,
          candidates: general,
          what: "statistics.primary",
          among: `general benchmarks of ${ctx.planFile}`,
          hint: "a benchmark outside the primary set cannot fail the forgetting gate, so a name that matches nothing turns a real failure into a warning",
        });
      }
    });
  }
  return { plan: explain(plan), policy: explain(policy), total: { plan: plan.length, policy: policy.length } };
}

interface Unmatched {
  path: PropertyKey[];
  name: string;
  candidates: readonly string[];
  what: string;
  among: string;
  elsewhere?: string;
  hint?: string;
}

const LISTED_NAMES = 12;

/** Did-you-mean for the first problems only: their number is bounded by the file, not by us. */
function explain(unmatched: readonly Unmatched[]): FieldProblem[] {
  return unmatched.slice(0, MAX_DIAGNOSTICS_PER_FILE).map((u) => {
    const near = closestName(u.name, u.candidates);
    const listed =
      u.candidates.length === 0
        ? "none"
        : `${u.candidates.slice(0, LISTED_NAMES).join(", ")}${u.candidates.length > LISTED_NAMES ? `, and ${u.candidates.length - LISTED_NAMES} more` : ""}`;
    return {
      path: u.path,
      atKey: typeof u.path.at(-1) === "string",
      kind: "unknown-key",
      message: `${u.what} names "${shownName(u.name, near)}", which is none of the ${u.among}${u.elsewhere ?? ""}${near === undefined ? "" : `; did you mean "${near}"?`}`,
      hint: `${u.hint === undefined ? "" : `${u.hint}; `}the ${u.among}: ${listed}`,
    };
  });
}
