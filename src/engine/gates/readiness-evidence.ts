import type { Readiness } from "../plan/schema.ts";
import type { GateContext } from "./context.ts";
import { comparabilityProblem } from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";

/** Readiness answers the alternative's eval results settle, and what they showed. */
export interface MeasuredReadiness {
  /** Answers as measured; they replace the declared ones. */
  answers: Partial<Pick<Readiness, "beats_prompting" | "tried_rag_few_shot">>;
  /** One line per measurable item: what was measured, or that a "yes" was declared, not measured. */
  details: string[];
  /** "yes" answers the data contradicts, each with both numbers. */
  contradicted: string[];
}

/**
 * An alternative is RAG when the plan is a hybrid (its alternative is the RAG-only system) or
 * when the alternative's own cost has retrieval in it.
 */
export function alternativeIsRag(ctx: Pick<GateContext, "plan">): boolean {
  const cost = ctx.plan.cost?.alternative;
  return ctx.plan.approach === "hybrid" || cost?.embedding !== undefined || cost?.vector_db !== undefined;
}

/**
 * The two readiness answers eval results can settle, judged from evals.alternative instead of
 * taken on trust: `beats_prompting` is yes when the candidate scores above the alternative on
 * every task suite both measured; `tried_rag_few_shot` is yes when a RAG alternative was measured.
 * The point estimates decide here: whether the margin is worth the cost is customisation-value's
 * question, and readiness only asks whether the declared answer is true.
 */
export function measureReadiness(ctx: GateContext): MeasuredReadiness {
  const declared = ctx.plan.readiness ?? {};
  const rag = alternativeIsRag(ctx);
  const result: MeasuredReadiness = { answers: {}, details: [], contradicted: [] };
  const alternative = ctx.alternative;
  const compared: Array<{ name: string; candidate: number; alternative: number; gain: number }> = [];
  if (
    alternative !== undefined &&
    ctx.candidate !== undefined &&
    ctx.candidate.incomplete === null &&
    alternative.incomplete === null
  ) {
    for (const name of [...namesFor(ctx, "task")].sort()) {
      const c = pick(ctx.candidate, name, ctx, alternative);
      const a = pick(alternative, name, ctx, ctx.candidate);
      if (!c.ok || !a.ok || comparabilityProblem(c.benchmark, a.benchmark) !== null) continue;
      const sign = c.benchmark.higherIsBetter ? 1 : -1;
      compared.push({
        name,
        candidate: c.benchmark.value,
        alternative: a.benchmark.value,
        gain: sign * (c.benchmark.value - a.benchmark.value),
      });
    }
  }
  const scores = (xs: typeof compared) =>
    xs
      .map((x) => `${x.name} candidate ${x.candidate.toFixed(3)} vs alternative ${x.alternative.toFixed(3)}`)
      .join(", ");
  if (compared.length === 0) {
    const why =
      alternative === undefined
        ? "no evals.alternative"
        : "the alternative and the candidate share no comparable task suite";
    if (declared.beats_prompting === true) result.details.push(`beats_prompting: yes declared, not measured (${why})`);
    if (declared.tried_rag_few_shot === true && (rag || alternative === undefined))
      result.details.push(`tried_rag_few_shot: yes declared, not measured (${why})`);
    return result;
  }
  const losing = compared.filter((x) => !(x.gain > 0));
  result.answers.beats_prompting = losing.length === 0;
  if (losing.length === 0) result.details.push(`beats_prompting: measured yes: ${scores(compared)}`);
  else if (declared.beats_prompting === true)
    result.contradicted.push(
      `beats_prompting is yes, but the candidate does not beat the simpler alternative: ${scores(losing)}`,
    );
  else result.details.push(`beats_prompting: measured no: ${scores(losing)}`);
  if (rag) {
    result.answers.tried_rag_few_shot = true;
    result.details.push("tried_rag_few_shot: measured yes: the RAG alternative's results are in evals.alternative");
  }
  return result;
}
