import type { Policy } from "../policy/schema.ts";
import type { Approach, FineTuneMethod } from "../plan/schema.ts";
import { formatCount } from "../cost/money.ts";
import type { Reason, UseCaseFacts } from "./facts.ts";

export interface Recommendation {
  approach: Approach;
  fine_tune_method?: FineTuneMethod;
  reasons: Reason[];
}

/**
 * The five questions of the framework (docs/framework.md section 2), answered in its order:
 * knowledge needs pull to RAG, behaviour needs to fine-tuning, too few examples veto
 * fine-tuning, a strict latency with stable knowledge and no citations pulls to fine-tuning,
 * and nothing to customise means prompting. Every reason names the question that produced it.
 */
export function recommend(facts: UseCaseFacts, policy: Policy): Recommendation {
  const fw = policy.framework;
  const minExamples = policy.gates["data-sufficiency"].min_examples.lora;
  const preferredExamples = policy.gates["data-sufficiency"].preferred_examples.lora;
  const reasons: Reason[] = [];

  const fastChange = fw.rag_knowledge_change.includes(facts.knowledge_change);
  const preferredChange = fw.rag_preferred_knowledge_change.includes(facts.knowledge_change);
  if (fastChange)
    reasons.push({
      rule: "Q1",
      message: `knowledge changes ${facts.knowledge_change} -> RAG (retraining cannot keep up)`,
    });
  else if (preferredChange)
    reasons.push({ rule: "Q1", message: `knowledge changes ${facts.knowledge_change} -> RAG preferred` });
  else
    reasons.push({
      rule: "Q1",
      message: `knowledge is ${facts.knowledge_change === "static" ? "static" : `updated ${facts.knowledge_change}`} -> either RAG or fine-tuning works`,
    });

  if (facts.citations_required)
    reasons.push({
      rule: "Q2",
      message: "citations required -> RAG (a fine-tuned model cannot say where it learned a fact)",
    });
  else reasons.push({ rule: "Q2", message: "no citations required -> no pull either way" });

  const styleIsBehavior = fw.behavior_style_levels.includes(facts.style_requirements);
  if (facts.task !== undefined) {
    const pull = { knowledge: "RAG", behavior: "fine-tuning", both: "hybrid", none: "no customisation" }[facts.task];
    reasons.push({
      rule: "Q3",
      message: `the task is ${facts.task === "none" ? "neither knowledge nor behaviour" : facts.task} -> ${pull}`,
    });
  }
  if (styleIsBehavior)
    reasons.push({
      rule: "Q3",
      message: `${facts.style_requirements} style requirements -> fine-tune for voice (behaviour)`,
    });

  const examples = facts.examples;
  const canFineTune = examples !== undefined && examples >= minExamples;
  if (examples === undefined)
    reasons.push({ rule: "Q4", message: "no curated training examples declared -> no fine-tuning yet" });
  else if (examples < minExamples) {
    reasons.push({
      rule: "Q4",
      message: `${formatCount(examples)} examples is fewer than ${minExamples} -> do not fine-tune (RAG + few-shot)`,
    });
  } else if (examples < preferredExamples) {
    reasons.push({
      rule: "Q4",
      message: `${formatCount(examples)} examples suffice for LoRA/QLoRA, but quality may be limited (${formatCount(preferredExamples)}+ preferred)`,
    });
  } else if (examples <= fw.full_fine_tune_examples) {
    reasons.push({ rule: "Q4", message: `${formatCount(examples)} examples suffice for LoRA/QLoRA` });
  } else {
    reasons.push({
      rule: "Q4",
      message: `${formatCount(examples)} examples: full fine-tuning is possible, LoRA still forgets less`,
    });
  }

  const latency = facts.latency_p95_ms;
  const strictLatency = latency !== undefined && latency < fw.strict_latency_ms;
  if (latency !== undefined) {
    if (strictLatency) {
      reasons.push({
        rule: "Q5",
        message: `p95 ${formatMs(latency)} is strict (< ${formatMs(fw.strict_latency_ms)}) -> consider fine-tuning to remove the retrieval hop`,
      });
    } else if (latency <= fw.rag_latency_ok_ms) {
      reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} leaves room for retrieval -> RAG is fine` });
    } else reasons.push({ rule: "Q5", message: `p95 ${formatMs(latency)} is loose -> either` });
  }

  // What pulls towards retrieval and towards fine-tuning, in words a reader can check.
  const knowledgeWhy = [
    ...(facts.task === "knowledge" ? ["the task needs knowledge"] : []),
    ...(fastChange || preferredChange ? [`knowledge changes ${facts.knowledge_change}`] : []),
    ...(facts.citations_required ? ["citations are required"] : []),
  ];
  const behaviorWhy = [
    ...(facts.task === "behavior" ? ["the task is behaviour"] : []),
    ...(styleIsBehavior ? [`${facts.style_requirements} style requirements`] : []),
  ];
  const knowledgeNeed = facts.task === "both" || knowledgeWhy.length > 0;
  const behaviorNeed = facts.task === "both" || behaviorWhy.length > 0;
  const hybrid: Recommendation = { approach: "hybrid", fine_tune_method: "lora", reasons };

  // Step 5 of the 30-second decision: nothing forces retrieval (stable knowledge, no citations)
  // and a strict p95 cannot afford its hop, so the knowledge and behaviour go into a fine-tune.
  if (
    strictLatency &&
    canFineTune &&
    !fastChange &&
    !preferredChange &&
    !facts.citations_required &&
    facts.task !== "none"
  ) {
    return {
      approach: "lora",
      reasons: [
        ...reasons,
        {
          rule: "Q5",
          message: `a strict p95 with stable knowledge and no citations -> fine-tune (LoRA) instead of retrieving at query time`,
        },
      ],
    };
  }
  if (knowledgeNeed && behaviorNeed) {
    if (!canFineTune)
      return {
        approach: "rag",
        reasons: [
          ...reasons,
          { rule: "Q4", message: "behaviour wanted but too few examples -> RAG with few-shot examples for style" },
        ],
      };
    const why =
      facts.task === "both" || facts.task === undefined
        ? "knowledge and behaviour both needed"
        : `${join(behaviorWhy)} (fine-tuning), and ${join(knowledgeWhy)} (retrieval)`;
    return {
      ...hybrid,
      reasons: [...reasons, { rule: "Q3", message: `${why}, enough examples -> hybrid (RAG + LoRA)` }],
    };
  }
  if (knowledgeNeed) return { approach: "rag", reasons };
  if (behaviorNeed) {
    if (canFineTune)
      return {
        approach: "lora",
        reasons: [...reasons, { rule: "Q3", message: "behaviour is the point and the knowledge is stable -> LoRA" }],
      };
    return {
      approach: "prompt",
      reasons: [
        ...reasons,
        { rule: "Q4", message: "behaviour wanted but too few examples -> few-shot prompting until the data exists" },
      ],
    };
  }
  if (facts.task === undefined) {
    return {
      approach: "rag",
      reasons: [...reasons, { rule: "default", message: "unsure -> start with RAG, the safe default" }],
    };
  }
  return {
    approach: "prompt",
    reasons: [
      ...reasons,
      {
        rule: "Q3",
        message:
          "nothing needs new knowledge or new behaviour -> do you need to customise at all? Start with prompting",
      },
    ],
  };
}

function join(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
