import type { EstimateOverrides } from "../../engine/analyze.ts";
import type { UseCaseFacts } from "../../engine/framework/facts.ts";
import { knowledgeChangeSchema, styleRequirementSchema, taskKindSchema } from "../../engine/plan/schema.ts";
import {
  booleanFlag,
  durationFlag,
  examplesFlag,
  modelFlag,
  numberFlag,
  oneOf,
  requiredOneOf,
  UsageError,
} from "./flags.ts";

/** The answers and cost flags `analyze` and `init` share. */
export const ANALYSIS_OPTIONS = {
  "knowledge-changes": { type: "string" },
  "needs-citations": { type: "string" },
  "style-requirements": { type: "string" },
  "training-data": { type: "string" },
  "latency-requirement": { type: "string" },
  "monthly-queries": { type: "string" },
  task: { type: "string" },
  llm: { type: "string" },
  "input-tokens": { type: "string" },
  "output-tokens": { type: "string" },
  "llm-usd-per-mtok": { type: "string" },
  embedding: { type: "string" },
  "embedding-tokens": { type: "string" },
  "embedding-usd-per-mtok": { type: "string" },
  "vector-db-usd": { type: "string" },
  "hosting-usd": { type: "string" },
  "budget-usd": { type: "string" },
  policy: { type: "string" },
  pricing: { type: "string" },
} as const;

/** The answers without a default, each with an example of what it takes. */
const REQUIRED_ANSWERS = [
  ["knowledge-changes", "(daily | weekly | monthly | yearly | static)"],
  ["needs-citations", "(true | false)"],
  ["monthly-queries", "(e.g. 100000)"],
] as const satisfies ReadonlyArray<readonly [keyof typeof ANALYSIS_OPTIONS, string]>;

type Values = { [K in keyof typeof ANALYSIS_OPTIONS]?: string | undefined };

export interface AnalysisInputs {
  facts: UseCaseFacts;
  overrides: EstimateOverrides;
  budgetMonthlyUsd: number | undefined;
}

/** The five answers and the cost overrides, each checked with a message naming its flag. */
export function analysisInputs(values: Values): AnalysisInputs {
  // Every answer a user must give, named in one run rather than one missing flag per run.
  const missing = REQUIRED_ANSWERS.filter(([flag]) => values[flag] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `${missing.length === 1 ? "this answer is" : `these ${missing.length} answers are`} required: ${missing.map(([flag, example]) => `--${flag} ${example}`).join(", ")}`,
    );
  }
  const monthlyQueries = numberFlag("monthly-queries", values["monthly-queries"]);
  if (monthlyQueries === undefined) throw new UsageError("--monthly-queries is required (e.g. 100000)");
  if (Math.round(monthlyQueries) < 1)
    throw new UsageError("--monthly-queries must be at least 1: with none, every per-query cost is $0");
  const facts: UseCaseFacts = {
    task: values.task === undefined ? undefined : requiredOneOf("task", values.task, taskKindSchema.options),
    knowledge_change: requiredOneOf("knowledge-changes", values["knowledge-changes"], knowledgeChangeSchema.options),
    citations_required: booleanFlag("needs-citations", values["needs-citations"]),
    style_requirements: oneOf(
      "style-requirements",
      values["style-requirements"],
      styleRequirementSchema.options,
      "none",
    ),
    latency_p95_ms: durationFlag(values["latency-requirement"]),
    monthly_queries: Math.round(monthlyQueries),
    examples: examplesFlag(values["training-data"]),
  };
  const overrides: EstimateOverrides = {
    ...optional("llm", modelFlag("llm", values.llm)),
    ...optional("input_tokens", numberFlag("input-tokens", values["input-tokens"], 1e7)),
    ...optional("output_tokens", numberFlag("output-tokens", values["output-tokens"], 1e7)),
    ...optional("llm_usd_per_mtok", numberFlag("llm-usd-per-mtok", values["llm-usd-per-mtok"], 10_000)),
    ...optional("embedding", modelFlag("embedding", values.embedding)),
    ...optional("embedding_tokens", numberFlag("embedding-tokens", values["embedding-tokens"], 1e7)),
    ...optional(
      "embedding_usd_per_mtok",
      numberFlag("embedding-usd-per-mtok", values["embedding-usd-per-mtok"], 10_000),
    ),
    ...optional("vector_db_monthly_usd", numberFlag("vector-db-usd", values["vector-db-usd"], 1e9)),
    ...optional("hosting_monthly_usd", numberFlag("hosting-usd", values["hosting-usd"], 1e9)),
  };
  return { facts, overrides, budgetMonthlyUsd: numberFlag("budget-usd", values["budget-usd"], 1e9) };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
