import type { Readiness } from "../plan/schema.ts";

/** docs/framework.md section 6, in its order, with the wording a reviewer reads. */
export const READINESS_ITEMS: ReadonlyArray<[keyof Readiness, string]> = [
  ["enough_examples", ">= 100 high-quality examples (500+ preferred)"],
  ["knowledge_static", "knowledge static for 6+ months"],
  ["behavior_change_needed", "a behavioural change is needed"],
  ["tried_rag_few_shot", "RAG + few-shot tried first"],
  ["eval_pipeline_ready", "evaluation pipeline ready"],
  ["iteration_time", "time for 3-5 training iterations"],
  ["maintenance_plan", "a maintenance plan for when base models improve"],
  ["forgetting_tested", "tested for catastrophic forgetting"],
  ["latency_justifies", "latency critical enough to justify removing retrieval"],
  ["beats_prompting", "a reason why fine-tuning beats prompting here"],
];

export interface ReadinessAnswers {
  no: string[];
  unanswered: string[];
  yes: number;
}

/**
 * Items about replacing retrieval with fine-tuned knowledge; a hybrid keeps retrieval, so for it
 * they do not apply.
 */
const RETRIEVAL_REPLACEMENT_ITEMS: ReadonlySet<keyof Readiness> = new Set(["knowledge_static", "latency_justifies"]);

export function applicableReadinessItems(keepsRetrieval: boolean): ReadonlyArray<[keyof Readiness, string]> {
  return keepsRetrieval ? READINESS_ITEMS.filter(([key]) => !RETRIEVAL_REPLACEMENT_ITEMS.has(key)) : READINESS_ITEMS;
}

export function answerReadiness(readiness: Readiness, keepsRetrieval: boolean): ReadinessAnswers {
  const no: string[] = [];
  const unanswered: string[] = [];
  let yes = 0;
  for (const [key, label] of applicableReadinessItems(keepsRetrieval)) {
    const answer = readiness[key];
    if (answer === true) yes++;
    else if (answer === false) no.push(label);
    else unanswered.push(label);
  }
  return { no, unanswered, yes };
}
