import type { KnowledgeChange, StyleRequirement, TaskKind } from "../plan/schema.ts";

/** What the five questions are asked of: a plan's use case, or the `analyze` command's flags. */
export interface UseCaseFacts {
  /** Undefined when the caller did not say; the other answers then decide. */
  task: TaskKind | undefined;
  knowledge_change: KnowledgeChange;
  citations_required: boolean;
  style_requirements: StyleRequirement;
  latency_p95_ms: number | undefined;
  monthly_queries: number;
  examples: number | undefined;
}

/** The rules a reason can name, so a reader can check it against docs/framework.md. */
export type RuleId =
  | "Q1"
  | "Q2"
  | "Q3"
  | "Q4"
  | "Q5"
  | "M1"
  | "M2"
  | "M3"
  | "M4"
  | "M5"
  | "latency"
  | "readiness"
  | "default";

export interface Reason {
  rule: RuleId;
  message: string;
}
