import { z } from "zod";
import { approachSchema, knowledgeChangeSchema, styleRequirementSchema } from "../plan/schema.ts";

import { SEVERITIES as LEVELS } from "../input/severities.ts";
/** How much a finding counts: error blocks (fail), warning warns, info is only shown. */
export type Level = (typeof LEVELS)[number];

/**
 * The whole policy. Built on first use: a run whose repository has no policy of its own uses the
 * shipped policy as validated at build time and never needs it.
 */
export const policySchema = z.lazy(() => {
  const levelSchema = z.enum(LEVELS);
  const ratio = z.number().min(0).max(1);
  const count = z.number().int().min(0).max(1e9);
  const milliseconds = z.number().min(0).max(3_600_000);
  const exampleMinimumsSchema = z.strictObject({ lora: count, qlora: count, "full-fine-tune": count });
  return z
    .strictObject({
      $schema: z.string().optional(),
      version: z.literal(1),
      floors: z
        .array(z.string().min(1).max(200))
        .max(100)
        .optional()
        .describe(
          "tunegate's own policy only: the rules (dotted paths, a block naming every rule under it) whose shipped values are a minimum a repository can only tighten. A repository's or organisation's policy may not set it; an organisation policy (OWNER/REPO/PATH@REF) is a floor as a whole",
        ),
      framework: z
        .strictObject({
          rag_knowledge_change: z.array(knowledgeChangeSchema).describe("Q1: change rates that call for RAG"),
          rag_preferred_knowledge_change: z
            .array(knowledgeChangeSchema)
            .describe("Q1: change rates where RAG is preferred"),
          behavior_style_levels: z
            .array(styleRequirementSchema)
            .describe("style requirements strong enough to be a behaviour need"),
          strict_latency_ms: milliseconds.describe(
            "Q5: below this p95, retrieval's hop matters (consider fine-tuning)",
          ),
          rag_latency_ok_ms: milliseconds.describe("Q5: at or above this p95, RAG's hop is comfortably fine"),
          full_fine_tune_examples: count.describe("Q4: more examples than this make full fine-tuning possible"),
          retrieval_overhead_ms: milliseconds.describe("latency rule: what retrieval adds (embed + search + fetch)"),
          max_components_without_evidence: count.describe(
            "M5: routing/reranking/cascade components allowed without measured need",
          ),
        })
        .describe("Inputs to the decision framework (docs/framework.md sections 2 and 4)"),
      severities: z
        .strictObject({
          M1: levelSchema,
          M2: levelSchema,
          M3: levelSchema,
          M4: levelSchema,
          M5: levelSchema,
          latency: levelSchema,
          readiness: levelSchema,
          quality_limited: levelSchema.describe("data-sufficiency: enough examples to start, fewer than preferred"),
          missing_required: levelSchema.describe("a gate the approach requires has no data"),
          missing_optional: levelSchema.describe("any other gate with no data"),
          waiver_expired: levelSchema,
          waiver_unused: levelSchema,
          waiver_too_long: levelSchema.describe("a waiver that runs past waivers.max_days from the day of the check"),
          pricing_stale: levelSchema,
          model_shutdown: levelSchema.describe(
            "a model the plan prices shuts down within audit.shutdown_horizon_days, or already has",
          ),
          price_below_shipped: levelSchema.describe(
            "cost-budget: a price the projection uses is more than audit.drift_threshold below the one shipped with tunegate for that model",
          ),
          inconclusive: levelSchema.describe(
            "a gate the approach requires whose estimate holds but whose bound does not clear the threshold: unproven, so it blocks by default",
          ),
          inconclusive_optional: levelSchema.describe(
            "the same on a gate the approach does not require (task-quality, and the others where not required)",
          ),
          not_comparable: levelSchema.describe("candidate and baseline measured different examples or settings"),
          alternative_unmeasured: levelSchema.describe(
            "customisation-value: the plan gives no evals.alternative, so nothing shows the customisation beats the simpler approach (reported as missing either way)",
          ),
        })
        .describe("How much each rule counts"),
      gates: z.strictObject({
        "data-sufficiency": z.strictObject({
          min_examples: exampleMinimumsSchema.describe("fewer examples than this fail (and trigger M3)"),
          preferred_examples: exampleMinimumsSchema.describe("fewer than this passes with a quality warning"),
        }),
        forgetting: z.strictObject({
          min_ratio: ratio.describe("candidate general score / base model's, per benchmark and overall"),
          max_drop: z
            .number()
            .min(0)
            .nullable()
            .default(null)
            .describe(
              "for metrics a ratio cannot judge (signed, or lower is better): the largest drop allowed, in the metric's units; null refuses such metrics",
            ),
          required_for: z.array(approachSchema),
        }),
        safety: z.strictObject({ min_score: ratio, required_for: z.array(approachSchema) }),
        "task-quality": z.strictObject({
          max_drop_vs_baseline: ratio.describe("how far the candidate's task score may fall below the baseline's"),
        }),
        customisation_value: z
          .strictObject({
            min_gain: z
              .number()
              .min(0)
              .max(1e6)
              .describe(
                "how much better than the simpler alternative (evals.alternative) the candidate must be on each task suite, in the metric's own units (0.02 is two points on a 0-1 score)",
              ),
          })
          .describe("customisation-value: did the customisation beat the cheaper approach it replaces?"),
        "pricing-freshness": z.strictObject({
          max_age_days: z.number().int().min(1).max(3650).describe("oldest allowed as_of of a pinned price"),
        }),
      }),
      waivers: z
        .strictObject({
          max_days: z
            .number()
            .int()
            .min(1)
            .max(3650)
            .describe("the longest a waiver may run, counted from the day of the check"),
          allow_missing_required: z
            .boolean()
            .describe("whether a waiver may excuse a required gate that has no evidence at all (false: it may not)"),
        })
        .describe("Limits on the plan's waivers: a waiver is a deadline, not a permanent exemption"),
      statistics: z
        .strictObject({
          method: z
            .enum(["interval", "point"])
            .describe("interval: judge with confidence bounds; point: the plain point-estimate rule"),
          alpha: z.number().gt(0).lt(0.5).describe("one-sided error level of every bound"),
          multiplicity: z
            .enum(["none"])
            .describe(
              "none: a release gate's PASS is an intersection-union claim, each benchmark shown at alpha on its own; no correction (Holm was removed: it let passing benchmarks turn a FAIL into a pass)",
            ),
          primary: z
            .array(z.string().min(1))
            .describe("if not empty, only these benchmarks can fail the forgetting gate; the rest are reported"),
          power: z
            .number()
            .gt(0)
            .lt(1)
            .describe("power used to say how many examples would resolve an inconclusive result"),
        })
        .describe(
          "How eval results are judged: one-sided confidence bounds per benchmark (PASS when the bound clears, FAIL when the estimate misses), the power behind 'N more examples would likely decide it'",
        ),
      audit: z
        .strictObject({
          drift_threshold: z.number().min(0).max(10).describe("relative change of a pinned price that needs action"),
          shutdown_horizon_days: z.number().int().min(0).max(3650).describe("warn about model shutdowns this close"),
          announce_horizon_days: z
            .number()
            .int()
            .min(0)
            .max(3650)
            .describe("look this far ahead for announced price changes"),
          unverified: levelSchema.describe(
            "when current prices cannot be fetched or parsed: error fails the audit, warning warns",
          ),
        })
        .describe("The scheduled pricing-drift audit"),
      sensitivity: z
        .strictObject({
          self_host_price: z
            .string()
            .min(1)
            .describe("pinned per_hour entry that prices self-hosting a fine-tuned model"),
          hours_per_month: z.number().min(1).max(744),
          replicas: z.number().int().min(1).max(1000),
        })
        .describe("Inputs to the self-hosting crossover in every cost report"),
      estimate: z
        .strictObject({
          llm: z.strictObject({
            provider: z.string().min(1),
            model: z.string().min(1),
            input_tokens: count,
            output_tokens: count,
          }),
          embedding: z.strictObject({ provider: z.string().min(1), model: z.string().min(1), tokens_per_query: count }),
          vector_db_monthly_usd: z.number().min(0),
          fine_tune_tokens_per_example: count,
          fine_tune_epochs: z.number().int().min(1).max(100),
          fine_tune_usd_per_mtok: z.number().min(0),
          full_fine_tune_inference_multiplier: z
            .number()
            .min(1)
            .max(100)
            .describe("fine-tuned inference costs this many times the base price"),
        })
        .describe("Assumptions `tunegate analyze` prices a recommendation with; its flags override them"),
      pricing: z
        .strictObject({
          file: z
            .string()
            .min(1)
            .max(1000)
            .optional()
            .describe(
              "the repository's pinned price table, relative to the repository root (default .tunegate/pricing.yml); its entries win over the prices shipped with tunegate",
            ),
        })
        .default({})
        .describe("Where the repository's pinned prices live"),
    })
    .describe("A tunegate policy: every threshold and severity the gates use");
});

export type Policy = z.infer<typeof policySchema>;

/**
 * What a policy *file* may hold: any part of the policy, down to a single threshold, layered over
 * the policy shipped with tunegate. The merged result is checked against policySchema; this
 * schema is the one published for editors, so a valid override is never flagged. Built on first
 * use: it copies the whole policy schema, and only `tunegate schema` and the build need it.
 */
export const policyFileSchema = z.lazy(() =>
  partialDeep(policySchema).describe(
    "A tunegate policy file: a partial override layered over the policy shipped with tunegate. Every key is optional; write only what you change.",
  ),
);

/** Every object in the schema made optional at every level; leaves, lists and maps stay whole. */
function partialDeep(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodLazy) return partialDeep(schema.unwrap() as z.ZodType);
  const inner =
    schema instanceof z.ZodDefault || schema instanceof z.ZodOptional ? (schema.def.innerType as z.ZodType) : schema;
  if (!(inner instanceof z.ZodObject)) return schema;
  const shape = Object.fromEntries(
    Object.entries(inner.shape as Record<string, z.ZodType>).map(([key, child]) => {
      const partial = partialDeep(child).optional();
      return [key, child.description === undefined ? partial : partial.describe(child.description)];
    }),
  );
  const object = z.strictObject(shape);
  return inner.description === undefined ? object : object.describe(inner.description);
}
