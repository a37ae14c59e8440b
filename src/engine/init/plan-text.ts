import { stringify } from "yaml";
import type { Analysis } from "../analyze.ts";
import { formatUsd } from "../cost/money.ts";
import { alternativeFor } from "../framework/alternative.ts";
import { frameworkDocUrl } from "../framework/doc-link.ts";
import { READINESS_ITEMS } from "../framework/readiness.ts";
import type { TaskKind } from "../plan/schema.ts";
import { describeApproach } from "../plan/approach.ts";

export interface PlanTextInput {
  name: string;
  analysis: Analysis;
  /** The task written into the plan; `inferred` when the answers did not give one. */
  task: TaskKind;
  inferred: boolean;
  /** What the `$schema` header points at: the installed package's plan schema. */
  schemaRef: string;
  version: string;
  today: string;
}

/**
 * The tunegate.yml `tunegate init` writes: the answers, the recommended approach with its
 * reasons, the cost block the estimate priced, and commented placeholders for what only the team
 * knows (budget, eval results, waivers, and the readiness checklist when it fine-tunes).
 */
export function initPlanText(input: PlanTextInput): string {
  const { analysis } = input;
  const facts = analysis.facts;
  const rec = analysis.recommendation;
  const lines: string[] = [
    `# yaml-language-server: $schema=${input.schemaRef}`,
    `# tunegate plan, written by \`tunegate init\` (tunegate ${input.version}) on ${input.today} from your answers.`,
    "# Check it with `npx tunegate check`; the commented blocks at the end are what tunegate cannot know.",
    `# The rules behind every check: ${frameworkDocUrl()}`,
    "version: 1",
    `name: ${scalar(input.name)}`,
    `# The framework recommends ${describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}, because:`,
    ...rec.reasons.map((r) => `# * ${r.rule}: ${r.message}`),
    `approach: ${rec.approach}`,
  ];
  if (rec.approach === "hybrid") lines.push(`fine_tune_method: ${rec.fine_tune_method ?? "lora"}`);
  lines.push(
    "use_case:",
    `  task: ${input.task}${input.inferred ? "   # Q3, inferred from your answers: knowledge | behavior | both | none" : "   # Q3"}`,
    `  knowledge_change: ${facts.knowledge_change}   # Q1`,
    `  citations_required: ${facts.citations_required}   # Q2`,
    `  style_requirements: ${facts.style_requirements}`,
  );
  if (facts.latency_p95_ms !== undefined) lines.push(`  latency_p95_ms: ${facts.latency_p95_ms}   # Q5`);
  lines.push(`  monthly_queries: ${facts.monthly_queries}`);
  if (facts.examples !== undefined)
    lines.push("training:", `  examples: ${facts.examples}   # Q4: curated examples for fine-tuning`);
  const fineTunes = rec.approach !== "rag" && rec.approach !== "prompt";
  if (fineTunes) {
    lines.push("# readiness:   # before fine-tuning: answer true or false to each (docs/framework.md section 6)");
    for (const [key, label] of READINESS_ITEMS) lines.push(`#   ${key}: false   # ${label}`);
  }
  lines.push("cost:   # priced from the policy's estimate assumptions; replace them with your own numbers");
  for (const [key, value] of Object.entries(analysis.costPlan)) {
    if (value === undefined) continue;
    const { calls_per_query: calls, ...rest } = value as Record<string, unknown>;
    const item = calls === 1 || calls === undefined ? rest : { ...rest, calls_per_query: calls };
    lines.push(
      `  ${key}: ${flow(item)}${key === "llm" ? "   # tokens per call" : key === "fine_tune" ? "   # one-time" : ""}`,
    );
    if (key === "llm") lines.push(...servingLines(analysis));
  }
  // A model the plan would build on that will not stay available: said here, before a team trains on it.
  for (const ending of analysis.endings)
    lines.push(
      `  # ${ending.sentence}: tunegate check warns (pricing-freshness) until the plan moves to a model that stays available`,
    );
  const cost = analysis.cost;
  const alternative = alternativeFor(rec.approach);
  lines.push(
    "# budget:   # the cost-budget gate: the projected cost must stay within it",
    `#   monthly_usd: ${Math.ceil(cost.monthly_usd)}   # your limit; the cost block above comes to ${formatUsd(cost.monthly_usd)}/month${cost.unpriced.length > 0 ? " before serving the fine-tuned model" : ""}`,
    ...(cost.one_time_usd > 0
      ? [`#   one_time_usd: ${Math.ceil(cost.one_time_usd)}   # and ${formatUsd(cost.one_time_usd)} one-time`]
      : []),
    "# evals:   # where your eval tools write results, relative to this file",
    "#   candidate: evals/candidate.json   # the customised system: lm-evaluation-harness, promptfoo, Inspect or tunegate JSON",
    ...(fineTunes ? ["#   baseline: evals/baseline.json     # the base model, for the forgetting gate"] : []),
    ...(alternative === null
      ? []
      : [
          `#   alternative: evals/alternative.json   # ${alternative}: what the customisation must beat (customisation-value gate)`,
        ]),
    "#   task_floor: 0.85                  # the lowest task score you accept",
    "# waivers:   # a gate you accept failing for now: which, why, who, until when",
    "#   - gate: safety",
    '#     reason: "red-team suite being rebuilt"',
    '#     owner: "@your-team"',
    `#     expires: ${addDays(input.today, 30)}`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * What serving the fine-tuned model costs, under the llm line: the published fine-tuned price
 * the estimate used (its source and date), or, with none in the price data, where to get one.
 * Never a number tunegate does not have.
 */
function servingLines(analysis: Analysis): string[] {
  const llm = analysis.costPlan.llm;
  if (llm?.fine_tuned !== true) return [];
  const unpriced = analysis.cost.unpriced.find((u) => u.id === "llm");
  if (unpriced !== undefined) {
    return [
      `  # serving the fine-tune: no price yet. ${llm.provider}/${llm.model} fine-tuned is served by ${llm.provider} at its own per-token price,`,
      "  # which is not in the price data tunegate ships; the cost-budget gate is missing until the plan has it.",
      `  # To fix: ${unpriced.fix}.`,
    ];
  }
  const item = analysis.cost.items.find((i) => i.id === "llm");
  return item === undefined ? [] : [`  # serving the fine-tune: ${item.assumption}, priced from ${item.price_source}`];
}

/** A YAML scalar as the yaml library would write it (quoted only when it must be). */
function scalar(value: string | number | boolean): string {
  return stringify(value).trimEnd();
}

function flow(item: Record<string, unknown>): string {
  const parts = Object.entries(item)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${scalar(v as string | number | boolean)}`);
  return `{ ${parts.join(", ")} }`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
