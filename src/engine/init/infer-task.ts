import type { UseCaseFacts } from "../framework/facts.ts";
import type { Policy } from "../policy/schema.ts";
import type { TaskKind } from "../plan/schema.ts";

/**
 * The task a plan must declare when the answers left it open: what the other answers point to,
 * and knowledge when nothing does ("unsure -> start with RAG"). Chosen so the plan gets the same
 * recommendation the answers did.
 */
export function inferTask(facts: UseCaseFacts, policy: Policy): TaskKind {
  if (facts.task !== undefined) return facts.task;
  const fw = policy.framework;
  const knowledge =
    fw.rag_knowledge_change.includes(facts.knowledge_change) ||
    fw.rag_preferred_knowledge_change.includes(facts.knowledge_change) ||
    facts.citations_required;
  const behavior = fw.behavior_style_levels.includes(facts.style_requirements);
  if (knowledge && behavior) return "both";
  return behavior ? "behavior" : "knowledge";
}
