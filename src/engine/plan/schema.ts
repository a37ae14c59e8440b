import { z } from "zod";
import { DECLARED_EVAL_FORMATS } from "../input/eval-format-names.ts";
import { GATE_IDS } from "../input/gate-ids.ts";

/** Gate ids are a public contract: outputs, waivers and policies all name them (input/gate-ids.ts). */
export { GATE_IDS } from "../input/gate-ids.ts";
export const gateIdSchema = z.enum(GATE_IDS);
export type GateId = z.infer<typeof gateIdSchema>;

export const APPROACHES = ["prompt", "rag", "lora", "qlora", "full-fine-tune", "hybrid"] as const;
export const approachSchema = z.enum(APPROACHES);
export type Approach = z.infer<typeof approachSchema>;

export const fineTuneMethodSchema = z.enum(["lora", "qlora", "full-fine-tune"]);
export type FineTuneMethod = z.infer<typeof fineTuneMethodSchema>;

export const taskKindSchema = z.enum(["knowledge", "behavior", "both", "none"]);
export const knowledgeChangeSchema = z.enum(["daily", "weekly", "monthly", "yearly", "static"]);
export const styleRequirementSchema = z.enum(["none", "low", "medium", "high"]);
export type TaskKind = z.infer<typeof taskKindSchema>;
export type KnowledgeChange = z.infer<typeof knowledgeChangeSchema>;
export type StyleRequirement = z.infer<typeof styleRequirementSchema>;

/** `evals.format`: "auto" or one of the format names (input/eval-format-names.ts). */
export const EVAL_FORMATS = DECLARED_EVAL_FORMATS;

/** The plan's eval paths as a list, whichever form it wrote them in. */
export function evalPaths(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === "string" ? [value] : value;
}

/**
 * The plan schema, built on first use: a plan that passes the compiled fast path
 * (plan-parser.generated.ts) never builds it, and only a plan with an error pays for the hundreds of
 * zod instances it takes to say where the error is.
 */
export const planSchema = z.lazy(buildPlanSchema);

function buildPlanSchema() {
  // Bounds reject typos (an extra three zeros) and hostile values, not plausible plans.
  const usd = z.number().min(0).max(1e9).describe("US dollars");
  const usdPerMillionTokens = z.number().min(0).max(10_000).describe("US dollars per 1M tokens");
  const tokensPerCall = z.number().int().min(0).max(10_000_000);
  const modelRef = z.string().min(1).max(200);

  const useCaseSchema = z.strictObject({
    task: taskKindSchema.describe("Q3: is the feature about knowledge, behaviour, both, or neither?"),
    knowledge_change: knowledgeChangeSchema.describe("Q1: how often the knowledge the feature needs changes"),
    citations_required: z.boolean().describe("Q2: must answers cite sources or leave an audit trail?"),
    style_requirements: styleRequirementSchema.default("none").describe("How much the voice, tone or format matters"),
    latency_p95_ms: z
      .number()
      .positive()
      .max(3_600_000)
      .optional()
      .describe("Q5: required p95 latency in milliseconds"),
    monthly_queries: z
      .number()
      .int()
      .min(1)
      .max(1e12)
      .describe(
        "Expected queries per month (at least 1: with none, every per-query cost is $0 and the budget is never tested)",
      ),
  });

  const readinessSchema = z.strictObject({
    enough_examples: z.boolean().optional().describe(">= 100 high-quality examples (500+ preferred)"),
    knowledge_static: z.boolean().optional().describe("knowledge static for 6+ months"),
    behavior_change_needed: z.boolean().optional().describe("a behavioural change is needed"),
    tried_rag_few_shot: z.boolean().optional().describe("RAG + few-shot tried first"),
    eval_pipeline_ready: z.boolean().optional().describe("evaluation pipeline ready"),
    iteration_time: z.boolean().optional().describe("time for 3-5 training iterations"),
    maintenance_plan: z.boolean().optional().describe("a maintenance plan for when base models improve"),
    forgetting_tested: z.boolean().optional().describe("tested for catastrophic forgetting"),
    latency_justifies: z.boolean().optional().describe("latency critical enough to justify removing retrieval"),
    beats_prompting: z.boolean().optional().describe("a reason why fine-tuning beats prompting here"),
  });

  const flatCost = {
    monthly_usd: usd.optional().describe("flat monthly cost instead of usage x price"),
    one_time_usd: usd.optional().describe("flat one-time cost"),
  };
  const pricedModel = {
    provider: z.string().min(1).max(100).optional(),
    model: modelRef.optional(),
    usd_per_mtok: usdPerMillionTokens.optional().describe("blended price for every token, overriding the pinned table"),
  };

  const llmCostSchema = z.strictObject({
    ...pricedModel,
    ...flatCost,
    input_tokens: tokensPerCall.optional().describe("input tokens per call"),
    output_tokens: tokensPerCall.optional().describe("output tokens per call"),
    tokens_per_query: tokensPerCall
      .optional()
      .describe(
        "every token of a query (all its calls), priced at the blended usd_per_mtok; instead of input_tokens/output_tokens",
      ),
    calls_per_query: z.number().int().min(1).max(1000).default(1),
    input_usd_per_mtok: usdPerMillionTokens.optional(),
    output_usd_per_mtok: usdPerMillionTokens.optional(),
    fine_tuned: z
      .boolean()
      .optional()
      .describe(
        "the model served is a fine-tune of provider/model: priced from the plan's own rates or the pinned <provider>-ft/<model> entry, never the base model's; with neither, the cost-budget gate is missing",
      ),
  });
  const embeddingCostSchema = z.strictObject({
    ...pricedModel,
    ...flatCost,
    tokens_per_query: tokensPerCall.optional().describe("tokens embedded per query"),
  });
  const flatCostSchema = z.strictObject({ ...flatCost, note: z.string().max(500).optional() });
  const fineTuneCostSchema = z.strictObject({
    ...pricedModel,
    ...flatCost,
    training_tokens: z.number().int().min(0).max(1e12).optional().describe("tokens in the training file"),
    epochs: z.number().int().min(1).max(100).default(1),
  });
  const otherCostSchema = z.strictObject({ name: z.string().min(1).max(100), ...flatCost });

  const costParts = {
    llm: llmCostSchema.optional(),
    embedding: embeddingCostSchema.optional(),
    vector_db: flatCostSchema.optional(),
    fine_tune: fineTuneCostSchema.optional(),
    hosting: flatCostSchema.optional(),
    other: z.array(otherCostSchema).max(100).optional(),
  };
  const costSchema = z.strictObject({
    ...costParts,
    alternative: z
      .strictObject(costParts)
      .optional()
      .describe(
        "what the simpler alternative (evals.alternative) costs, in the same items; without it, the plan's cost without what only the customisation needs",
      ),
  });

  const repoPath = z.string().min(1).max(1000);

  const evalFiles = z.union([repoPath, z.array(repoPath).min(1).max(100)]);
  const benchmarkName = z.string().min(1).max(200);

  const evalsSchema = z.strictObject({
    format: z
      .enum(EVAL_FORMATS)
      .default("auto")
      .describe("how to read the eval files; auto detects each file from its content"),
    candidate: evalFiles
      .optional()
      .describe("eval results of the customised model: a path, a glob or a list, relative to the plan file"),
    baseline: evalFiles
      .optional()
      .describe("eval results of the base model: a path, a glob or a list, relative to the plan file"),
    alternative: evalFiles
      .optional()
      .describe(
        "eval results of the simpler alternative the customisation must beat (the base model prompted with few-shot examples, the RAG-only system, the model without retrieval): a path, a glob or a list, relative to the plan file",
      ),
    general: z.array(benchmarkName).max(200).optional().describe("benchmarks that measure forgetting"),
    safety: z.array(benchmarkName).max(200).optional().describe("suites for the safety gate"),
    task: z.array(benchmarkName).max(200).optional().describe("suites for the task-quality gate"),
    metrics: z
      .record(benchmarkName, z.string().min(1).max(200))
      .optional()
      .describe("metric per benchmark, e.g. { hellaswag: acc_norm } or exact_match,flexible-extract"),
    chance: z
      .record(benchmarkName, z.number().min(0).max(0.99))
      .optional()
      .describe("chance level per multiple-choice benchmark (1/choices), to judge forgetting above chance"),
    pool: z
      .array(benchmarkName)
      .max(200)
      .optional()
      .describe("promptfoo suites run with several providers or prompts whose rows are judged together"),
    task_floor: z.number().min(0).max(1).optional().describe("minimum task-quality score"),
  });

  // A model as the eval tools name it: a hub id or a provider's model, with the adapter the
  // candidate loads (lm-eval's peft=) and the revision pinned, when there are ones.
  const declaredModel = z.union([
    modelRef,
    z.strictObject({
      name: modelRef.describe(
        "the model's name as the eval tool records it: lm-eval's pretrained=, Inspect's model, promptfoo's provider id or label",
      ),
      adapter: modelRef.optional().describe("the adapter loaded on it (lm-eval's peft=)"),
      revision: z.string().min(1).max(200).optional().describe("the revision loaded (lm-eval's revision=)"),
    }),
  ]);
  const artifactSchema = z.union([
    repoPath.describe("a file in the repository, hashed with sha256"),
    z.strictObject({
      name: z.string().min(1).max(200),
      digest: z
        .string()
        .regex(/^sha256:[0-9a-f]{64}$/, "write sha256: and 64 lowercase hex digits")
        .describe("sha256:<64 hex> of a file kept elsewhere"),
    }),
  ]);
  const modelsSchema = z.strictObject({
    base: declaredModel
      .optional()
      .describe("the model the candidate was customised from: what the baseline's eval runs must load"),
    candidate: declaredModel.optional().describe("the customised model as the candidate's eval runs load it"),
    artifacts: z
      .array(artifactSchema)
      .min(1)
      .max(100)
      .optional()
      .describe("what a deploy ships: repository paths or { name, digest }"),
  });

  const waiverSchema = z.strictObject({
    gate: gateIdSchema,
    reason: z.string().trim().min(1).max(1000),
    owner: z.string().trim().min(1).max(200),
    expires: z.iso.date().describe("YYYY-MM-DD; the waiver stops applying after this day"),
  });

  return z
    .strictObject({
      $schema: z.string().optional(),
      version: z.literal(1),
      name: z.string().trim().min(1).max(100),
      approach: approachSchema,
      fine_tune_method: fineTuneMethodSchema.optional().describe("hybrid only: how the behaviour part is fine-tuned"),
      use_case: useCaseSchema,
      training: z.strictObject({ examples: z.number().int().min(0).max(1e9) }).optional(),
      readiness: readinessSchema.optional(),
      architecture: z
        .strictObject({
          components: z.array(z.string().min(1).max(100)).max(50).default([]),
          evidence: z
            .string()
            .min(1)
            .max(1000)
            .optional()
            .describe("where the measured need for these components is shown"),
        })
        .optional(),
      cost: costSchema.optional(),
      budget: z.strictObject({ monthly_usd: usd.optional(), one_time_usd: usd.optional() }).optional(),
      evals: evalsSchema.optional(),
      models: modelsSchema
        .optional()
        .describe("which models the evals must have measured, and the artifacts a deploy ships"),
      waivers: z.array(waiverSchema).max(100).default([]),
    })
    .describe("A tunegate plan: what an LLM feature must do and how it is customised");
}

export type Plan = z.infer<typeof planSchema>;
export type Readiness = NonNullable<Plan["readiness"]>;
export type CostPlan = NonNullable<Plan["cost"]>;
/** The items of a cost block, without the alternative's own block. */
export type CostParts = Omit<CostPlan, "alternative">;
export type EvalsPlan = NonNullable<Plan["evals"]>;
export type Waiver = Plan["waivers"][number];
export type ModelsPlan = NonNullable<Plan["models"]>;
export type DeclaredModel = NonNullable<ModelsPlan["base"]>;
