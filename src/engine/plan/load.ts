import type { Parsed } from "../input/diagnostic.ts";
import { locateProblems, type FieldProblem } from "../input/field-problem.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { parseYamlMapping, type YamlSource } from "../input/yaml-source.ts";
import { fineTuneMethodOf } from "./approach.ts";
import { compiledPlanParser, PLAN_INVALID } from "./plan-parser.generated.ts";
import { planSchema, type Plan } from "./schema.ts";

export interface LoadedPlan {
  plan: Plan;
  source: YamlSource;
}

/** Plan text in, a validated plan (with its source positions) or located diagnostics out. */
export function loadPlan(file: string, text: string): Parsed<LoadedPlan> {
  const parsed = parseYamlMapping(
    file,
    text,
    "a plan must be a YAML mapping with version, name, approach and use_case",
  );
  if (!parsed.ok) return parsed;
  const source = parsed.value;
  // The fast path is planSchema compiled at build time by zod's own compiler; whatever it refuses,
  // planSchema parses again, so every error still comes from zod with its place in the file.
  const compiled: unknown = compiledPlanParser(source.data);
  const result =
    compiled !== PLAN_INVALID ? { success: true as const, data: compiled as Plan } : planSchema.safeParse(source.data);
  if (!result.success) return { ok: false, diagnostics: schemaDiagnostics(result.error.issues, source, planSchema) };
  const problems = crossFieldProblems(result.data);
  if (problems.length > 0) return { ok: false, diagnostics: locateProblems(problems, source) };
  return { ok: true, value: { plan: result.data, source } };
}

function crossFieldProblems(plan: Plan): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (plan.fine_tune_method !== undefined && plan.approach !== "hybrid") {
    problems.push({
      path: ["fine_tune_method"],
      kind: "invalid-value",
      message: `fine_tune_method applies only to approach "hybrid"; approach "${plan.approach}" already says how it is customised`,
      hint: "remove fine_tune_method, or set approach: hybrid",
    });
  }
  if (plan.cost?.fine_tune !== undefined && fineTuneMethodOf(plan) === undefined) {
    // A plan that pays for training but declares an approach that does not train would skip the
    // gates a fine-tune must pass (forgetting, safety, training data, readiness).
    problems.push({
      path: ["cost", "fine_tune"],
      kind: "invalid-value",
      message: `cost.fine_tune prices a training run, but approach "${plan.approach}" does not fine-tune`,
      hint: "declare the approach that trains (lora, qlora, full-fine-tune or hybrid) so its gates apply, or remove cost.fine_tune",
    });
  }
  const budget = plan.budget;
  if (budget !== undefined && budget.monthly_usd === undefined && budget.one_time_usd === undefined) {
    problems.push({
      path: ["budget"],
      kind: "invalid-value",
      message: "budget needs monthly_usd, one_time_usd or both",
    });
  }
  const firstWaiver = new Map<string, number>();
  plan.waivers.forEach((waiver, index) => {
    const first = firstWaiver.get(waiver.gate);
    if (first === undefined) firstWaiver.set(waiver.gate, index);
    else {
      problems.push({
        path: ["waivers", index, "gate"],
        kind: "invalid-value",
        message: `a second waiver for gate "${waiver.gate}" (the first is waivers[${first}]); a gate takes one waiver`,
        hint: "merge them into one waiver with one owner, reason and expiry",
      });
    }
  });
  return problems;
}
