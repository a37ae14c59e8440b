import { identityOf } from "../evals/identity.ts";
import type { ModelIdentity } from "../evals/model.ts";
import type { Benchmark } from "../evals/model.ts";
import type { DeclaredModel, Plan } from "../plan/schema.ts";

/**
 * Forgetting is about the customised model against the model it was customised from. A run of
 * another model (Llama-3.1-8B-Instruct, no adapter, against a Llama-3-8B-Instruct baseline) is
 * not that comparison: each run's identity must match the plan's `models` and, when the candidate
 * loads an adapter, the model it loads it on must be the baseline's.
 */
export function modelIdentityProblem(
  plan: Pick<Plan, "models">,
  candidate: Benchmark,
  baseline: Benchmark | null,
): string | null {
  const c = identityOf(candidate.provenance);
  const b = baseline === null ? null : identityOf(baseline.provenance);
  const declared = plan.models;
  const problem =
    sideProblem("candidate", "models.candidate", declared?.candidate, c) ??
    (baseline === null ? null : sideProblem("baseline", "models.base", declared?.base, b));
  if (problem !== null) return problem;
  // Declared on both sides, the declaration says which names are one model (a local path and a
  // hub id can be); undeclared, an adapter must sit on the very model the baseline ran.
  const declaredBoth = declared?.base !== undefined && declared.candidate !== undefined;
  if (!declaredBoth && c !== null && b !== null && c.adapter !== null && !c.names.some((n) => matches(n, b.names))) {
    return `the candidate loads adapter ${c.adapter} on ${c.names.join(" / ")}, but the baseline evaluated ${b.names.join(" / ")}: the adapter's base model must be the baseline (if both name one model, declare models.base and models.candidate)`;
  }
  return null;
}

function sideProblem(
  side: "candidate" | "baseline",
  field: string,
  declared: DeclaredModel | undefined,
  run: ModelIdentity | null,
): string | null {
  if (declared === undefined) return null;
  const want = typeof declared === "string" ? { name: declared } : declared;
  if (run === null)
    return `the ${side}'s run does not record which model it evaluated, so it cannot be checked against ${field} (${want.name})`;
  if (!matches(want.name, run.names))
    return `the ${side}'s run evaluated ${run.names.join(" / ")}, not ${field} ${want.name}`;
  const adapter = want.adapter ?? null;
  if (adapter !== run.adapter && !(adapter !== null && run.adapter !== null && matches(adapter, [run.adapter]))) {
    return `the ${side}'s run loaded ${run.adapter === null ? "no adapter" : `adapter ${run.adapter}`}, but ${field} declares ${adapter === null ? "none" : `adapter ${adapter}`}`;
  }
  if (want.revision !== undefined && run.revision !== null && run.revision !== want.revision)
    return `the ${side}'s run loaded revision ${run.revision}, but ${field} declares ${want.revision}`;
  return null;
}

/** A declared name matches a recorded one as written or behind a provider's prefix ("hf/org/model", "openai/gpt-4o", promptfoo's "openai:gpt-5"). */
function matches(declared: string, names: readonly string[]): boolean {
  const want = declared.toLowerCase();
  return names.some((n) => {
    const name = n.toLowerCase();
    return name === want || name.endsWith(`/${want}`) || name.endsWith(`:${want}`) || want.endsWith(`/${name}`);
  });
}
