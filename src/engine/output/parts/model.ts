import { z } from "zod";
import { breakEvenMonthlyQueries } from "../../cost/model.ts";
import type { Decision } from "../../decide.ts";
import { formatFieldPath } from "../../input/diagnostic.ts";
import { resolveRepoPath } from "../../input/repo-path.ts";
import type { YamlSource } from "../../input/yaml-source.ts";
import { sourceFileSchema } from "../../evals/model.ts";
import { evidenceSchema } from "../../gates/evidence.ts";
import { gateFindingFields, waiverNoteSchema } from "../../gates/gate-result.ts";
import { NOT_IN_CANDIDATE } from "../../gates/unmatched.ts";
import { verdictSchema } from "../../gates/verdict.ts";
import { fineTuneMethodOf } from "../../plan/approach.ts";
import { APPROACHES } from "../../plan/schema.ts";
import { customisationValueOf, customisationValueSchema } from "./customisation-value.ts";
import { rulesOriginSchema } from "../../rules/origin.ts";

const location = z.lazy(() => z.object({ file: z.string(), line: z.number().int(), column: z.number().int() }));
const level = z.enum(["error", "warning", "info", "none"]);

/** The JSON report is a public contract; this schema documents it and `tunegate schema report` prints it. */
export const reportSchema = z.lazy(() =>
  z
    .object({
      schema_version: z.literal(1),
      tool: z.literal("tunegate"),
      plan: z.object({
        name: z.string(),
        file: z.string(),
        approach: z.enum(APPROACHES),
        fine_tune_method: z.string().nullable(),
        artifacts: z
          .array(z.object({ name: z.string(), path: z.string().nullable(), digest: z.string().nullable() }))
          .describe(
            "what a deploy ships (models.artifacts): a repository path (relative to the root) to hash, or a name with its sha256: digest",
          ),
      }),
      verdict: verdictSchema,
      headline: z.string(),
      recommendation: z.object({
        approach: z.enum(APPROACHES),
        fine_tune_method: z.string().nullable(),
        matches_plan: z.boolean(),
        reasons: z.array(z.object({ rule: z.string(), message: z.string() })),
      }),
      findings: z.array(
        z.object({ rule: z.string(), level, message: z.string(), fix: z.string(), field: z.string(), location }),
      ),
      gates: z.array(
        z.object({
          ...gateFindingFields(),
          field: z.string(),
          location,
          waiver: waiverNoteSchema.nullable(),
          evidence: z
            .array(evidenceSchema)
            .describe("per-benchmark numbers behind an eval gate's decision; empty for other gates"),
        }),
      ),
      cost: z
        .object({
          monthly_usd: z.number(),
          one_time_usd: z.number(),
          per_query_usd: z.number(),
          monthly_queries: z.number(),
          budget: z.object({ monthly_usd: z.number().nullable(), one_time_usd: z.number().nullable() }).nullable(),
          break_even_monthly_queries: z
            .number()
            .nullable()
            .describe("the most queries a month the monthly budget covers"),
          self_host_crossover: z
            .object({
              monthly_queries: z.number().nullable(),
              self_host_monthly_usd: z.number().nullable(),
              api_per_query_usd: z.number(),
              assumption: z.string(),
            })
            .nullable()
            .describe(
              "for plans that fine-tune or could: the monthly volume above which self-hosting beats paying per token; null queries when never",
            ),
          items: z.array(
            z.object({
              id: z.string(),
              label: z.string(),
              period: z.enum(["monthly", "one_time"]),
              usd: z.number(),
              assumption: z.string(),
              price_source: z.string(),
            }),
          ),
          unpriced: z
            .array(z.object({ id: z.string(), label: z.string(), summary: z.string(), fix: z.string() }))
            .optional()
            .describe(
              "costs the plan has but no price for (serving a fine-tune whose price is not published): left out of the totals above, never counted as $0; absent when every item is priced",
            ),
        })
        .nullable(),
      customisation_value: customisationValueSchema
        .nullable()
        .describe(
          "quality against cost beside the simpler alternative (evals.alternative); null when no task suite was judged against it",
        ),
      evals: z
        .object({
          candidate: z.array(sourceFileSchema).nullable(),
          baseline: z.array(sourceFileSchema).nullable(),
          alternative: z.array(sourceFileSchema).nullable(),
        })
        .describe("what was read on each side, file by file; null for a side the plan does not name"),
      policy: z.object({ files: z.array(z.string()), pricing_file: z.string() }),
      rules: rulesOriginSchema,
      evaluated_on: z.string(),
    })
    .describe("tunegate report"),
);

export type Report = z.infer<typeof reportSchema>;
export type ReportGate = Report["gates"][number];

/** Decision in, the one report model every renderer reads out. */
export function buildReport(decision: Decision, source: YamlSource): Report {
  const { plan, recommendation, cost } = decision;
  const failing = decision.gates.filter((g) => g.level === "error");
  const warning = decision.gates.filter((g) => g.level === "warning");
  const budget = plan.budget;
  return {
    schema_version: 1,
    tool: "tunegate",
    plan: {
      name: plan.name,
      file: decision.planFile,
      approach: plan.approach,
      fine_tune_method: plan.approach === "hybrid" ? (fineTuneMethodOf(plan) ?? null) : null,
      artifacts: (plan.models?.artifacts ?? []).map((a) => {
        if (typeof a !== "string") return { name: a.name, path: null, digest: a.digest };
        const resolved = resolveRepoPath(decision.planFile, a);
        return { name: a, path: resolved.ok ? resolved.path : null, digest: null };
      }),
    },
    verdict: decision.verdict,
    headline: headline(
      plan.name,
      decision.verdict,
      failing,
      warning.map((g) => g.id),
      decision.gates.filter((g) => g.outcome === "waived").map((g) => g.id),
    ),
    recommendation: {
      approach: recommendation.approach,
      fine_tune_method: recommendation.fine_tune_method ?? null,
      matches_plan: recommendation.approach === plan.approach,
      reasons: recommendation.reasons.map((r) => ({ rule: r.rule, message: r.message })),
    },
    findings: decision.findings.map((f) => ({
      rule: f.rule,
      level: f.level,
      message: f.message,
      fix: f.fix,
      field: formatFieldPath(f.path),
      location: source.locate(f.path),
    })),
    gates: decision.gates.map((g) => ({
      id: g.id,
      title: g.title,
      outcome: g.outcome,
      level: g.level,
      summary: g.summary,
      fix: g.fix,
      measured: g.measured,
      measured_display: g.measured_display,
      threshold: g.threshold,
      details: g.details,
      field: formatFieldPath(g.path),
      location: g.location ?? source.locate(g.path),
      waiver: g.waiver ?? null,
      evidence: g.evidence ?? [],
    })),
    cost:
      cost === undefined
        ? null
        : {
            monthly_usd: cost.monthly_usd,
            one_time_usd: cost.one_time_usd,
            per_query_usd: cost.per_query_usd,
            monthly_queries: plan.use_case.monthly_queries,
            budget:
              budget === undefined
                ? null
                : { monthly_usd: budget.monthly_usd ?? null, one_time_usd: budget.one_time_usd ?? null },
            break_even_monthly_queries:
              budget?.monthly_usd === undefined ? null : breakEvenMonthlyQueries(cost, budget.monthly_usd),
            self_host_crossover: decision.crossover ?? null,
            items: cost.items.map((i) => ({
              id: i.id,
              label: i.label,
              period: i.period,
              usd: i.usd,
              assumption: i.assumption,
              price_source: i.price_source,
            })),
            ...(cost.unpriced.length === 0
              ? {}
              : { unpriced: cost.unpriced.map((u) => ({ id: u.id, label: u.label, summary: u.summary, fix: u.fix })) }),
          },
    customisation_value: customisationValueOf(decision),
    evals: {
      candidate: decision.evalSources.candidate,
      baseline: decision.evalSources.baseline,
      alternative: decision.evalSources.alternative ?? null,
    },
    policy: { files: decision.policyFiles, pricing_file: decision.pricingFile },
    rules: decision.rules,
    evaluated_on: decision.today,
  };
}

/** The verdict in a line; waived gates are always counted, so "all gates pass" never hides one. */
function headline(
  name: string,
  verdict: Report["verdict"],
  blocking: ReadonlyArray<{ id: string; outcome: string; summary: string }>,
  warnings: string[],
  waived: string[],
): string {
  const excused = waived.length === 0 ? "" : `; ${waived.length} waived (${waived.join(", ")})`;
  if (verdict === "fail") {
    // Missing evidence is not a failed measurement: a new plan's first run says what is missing.
    // A listed name the candidate's results lack is said in the headline, not left to the table.
    const failed = blocking
      .filter((g) => g.outcome !== "missing")
      .map((g) => (g.summary.includes(NOT_IN_CANDIDATE) ? `${g.id}: ${g.summary.split(" (")[0]}` : g.id));
    const missing = blocking.filter((g) => g.outcome === "missing").map((g) => g.id);
    const parts = [
      failed.length === 0 ? "" : `${failed.length} gate${failed.length === 1 ? "" : "s"} failed (${failed.join(", ")})`,
      missing.length === 0
        ? ""
        : `${missing.length}${failed.length === 0 ? ` gate${missing.length === 1 ? "" : "s"}` : ""} without evidence (${missing.join(", ")})`,
    ].filter((p) => p !== "");
    return `${name}: blocked, ${parts.join(", ")}${excused}`;
  }
  if (verdict === "warn")
    return `${name}: passes with ${warnings.length} warning${warnings.length === 1 ? "" : "s"} (${warnings.join(", ")})${excused}`;
  return waived.length === 0
    ? `${name}: all gates pass`
    : `${name}: passes with ${waived.length} gate${waived.length === 1 ? "" : "s"} waived (${waived.join(", ")})`;
}
