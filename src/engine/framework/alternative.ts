import type { Approach } from "../plan/schema.ts";

/**
 * The simpler approach a customisation must beat, as a plan measures it in evals.alternative
 * ("start simple": docs/framework.md section 9). Null for prompting, the simplest approach.
 */
export function alternativeFor(approach: Approach): string | null {
  switch (approach) {
    case "prompt":
      return null;
    case "rag":
      return "the same model without retrieval";
    case "hybrid":
      return "the RAG-only system (the base model with retrieval and few-shot prompts)";
    default:
      return "the base model prompted with few-shot examples";
  }
}
