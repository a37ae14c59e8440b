import type { Approach, FineTuneMethod, Plan } from "./schema.ts";

/** A hybrid that does not say how it fine-tunes fine-tunes with LoRA: the one place this is decided. */
export const HYBRID_DEFAULT_METHOD: FineTuneMethod = "lora";

const METHOD_NAMES: Record<FineTuneMethod, string> = {
  lora: "LoRA",
  qlora: "QLoRA",
  "full-fine-tune": "full fine-tune",
};

/** The fine-tuning method a plan actually uses, or undefined when it does not fine-tune. */
export function fineTuneMethodOf(plan: Pick<Plan, "approach" | "fine_tune_method">): FineTuneMethod | undefined {
  switch (plan.approach) {
    case "lora":
    case "qlora":
    case "full-fine-tune":
      return plan.approach;
    case "hybrid":
      return plan.fine_tune_method ?? HYBRID_DEFAULT_METHOD;
    default:
      return undefined;
  }
}

/** "rag", "lora", "hybrid (RAG + LoRA)": an approach as reports name it. */
export function describeApproach(rec: { approach: Approach | string; fine_tune_method: string | null }): string {
  if (rec.approach !== "hybrid") return rec.approach;
  const method = (rec.fine_tune_method ?? HYBRID_DEFAULT_METHOD) as FineTuneMethod;
  return `hybrid (RAG + ${METHOD_NAMES[method] ?? method})`;
}
