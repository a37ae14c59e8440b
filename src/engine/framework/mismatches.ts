import type { Policy } from "../policy/schema.ts";
import { describeApproach, fineTuneMethodOf } from "../plan/approach.ts";
import type { FineTuneMethod, Plan } from "../plan/schema.ts";
import { formatMs, type Recommendation } from "./recommend.ts";
import type { Finding } from "./finding.ts";

const OVER_ENGINEERING_COMPONENTS = /rout|rerank|cascade|query[-_ ]?expansion|ensemble|multi[-_ ]?model/i;

/**
 * Section 4 of the framework: where the declared approach contradicts it. Fixes that name an
 * approach name the one the recommendation gives, so a report never says two different things.
 */
function named(recommendation: Recommendation): string {
  return describeApproach({
    approach: recommendation.approach,
    fine_tune_method: recommendation.fine_tune_method ?? null,
  });
}

/** M3's fix: what the recommendation says can be done with the examples there are. */
function coldStartFix(recommendation: Recommendation, method: FineTuneMethod, minimum: number, policy: Policy): string {
  const recommended = fineTuneMethodOf({
    approach: recommendation.approach,
    fine_tune_method: recommendation.fine_tune_method,
  });
  const collect = `collect ${minimum}+ curated examples for ${method}`;
  if (recommended !== undefined && policy.gates["data-sufficiency"].min_examples[recommended] < minimum) {
    return `use ${named(recommendation)}, as the framework recommends: the examples suffice for it; or ${collect}`;
  }
  return `use ${named(recommendation)} (with few-shot examples), as the framework recommends, until you ${collect}`;
}

export function findMismatches(plan: Plan, policy: Policy, recommendation: Recommendation): Finding[] {
  const findings: Finding[] = [];
  const sev = policy.severities;
  const fw = policy.framework;
  const method = fineTuneMethodOf(plan);
  const pureFineTune = method !== undefined && plan.approach !== "hybrid";
  const useCase = plan.use_case;

  if (pureFineTune) {
    const changing =
      fw.rag_knowledge_change.includes(useCase.knowledge_change) ||
      fw.rag_preferred_knowledge_change.includes(useCase.knowledge_change);
    if (changing) {
      findings.push({
        rule: "M1",
        level: sev.M1,
        message: `fine-tuning for knowledge that changes ${useCase.knowledge_change}: every change needs a retraining run`,
        fix: "use rag for the changing knowledge (or hybrid to keep a fine-tuned voice)",
        path: ["approach"],
      });
    }
    if (useCase.citations_required) {
      findings.push({
        rule: "M1",
        level: sev.M1,
        message: "citations are required, but a fine-tuned model cannot say where it learned a fact",
        fix: "retrieve the sources (rag or hybrid) so answers can cite them",
        path: ["use_case", "citations_required"],
      });
    }
  }

  if (plan.approach === "rag" && useCase.task === "behavior") {
    findings.push({
      rule: "M2",
      level: sev.M2,
      message: "RAG for a behaviour-only task: retrieval adds facts, not style, tone or format",
      fix:
        recommendation.approach === "rag"
          ? "keep retrieval for the facts, and add few-shot examples for the behaviour"
          : `use ${named(recommendation)}, as the framework recommends: retrieval adds facts, not behaviour`,
      path: ["approach"],
    });
  }

  if (method !== undefined) {
    const minimum = policy.gates["data-sufficiency"].min_examples[method];
    const examples = plan.training?.examples;
    if (examples === undefined || examples < minimum) {
      findings.push({
        rule: "M3",
        level: sev.M3,
        message:
          examples === undefined
            ? `cold start: the plan fine-tunes (${method}) but declares no training examples`
            : `cold start: ${method} needs at least ${minimum} curated examples, the plan has ${examples} (short by ${minimum - examples})`,
        fix: coldStartFix(recommendation, method, minimum, policy),
        path: examples === undefined ? ["approach"] : ["training", "examples"],
      });
    }
    if (plan.evals?.candidate === undefined) {
      findings.push({
        rule: "M4",
        level: sev.M4,
        message: "no evaluation pipeline: the plan fine-tunes but declares no eval results",
        fix: "declare evals.candidate and evals.baseline (base-model results) so forgetting and safety can be gated",
        path: plan.evals === undefined ? ["approach"] : ["evals"],
      });
    }
  }

  if (plan.approach === "hybrid" && plan.architecture !== undefined && plan.architecture.evidence === undefined) {
    const heavy = plan.architecture.components.filter((c) => OVER_ENGINEERING_COMPONENTS.test(c));
    if (heavy.length > fw.max_components_without_evidence) {
      findings.push({
        rule: "M5",
        level: sev.M5,
        message: `over-engineered hybrid: ${heavy.join(", ")} declared without evidence of a measured need`,
        fix: "start with one model and plain retrieval; add components when an eval shows the need (set architecture.evidence)",
        path: ["architecture", "components"],
      });
    }
  }

  const usesRetrieval = plan.approach === "rag" || plan.approach === "hybrid";
  const latency = useCase.latency_p95_ms;
  if (usesRetrieval && latency !== undefined && latency < fw.retrieval_overhead_ms) {
    findings.push({
      rule: "latency",
      level: sev.latency,
      message: `p95 requirement ${formatMs(latency)} is below retrieval's own overhead (~${formatMs(fw.retrieval_overhead_ms)}: embed, search, fetch)`,
      fix: "relax the latency requirement, cache retrieval, or fine-tune to remove the retrieval hop",
      path: ["use_case", "latency_p95_ms"],
    });
  }
  return findings;
}
