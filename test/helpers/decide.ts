import type { PriceTable } from "../../src/engine/cost/price-table.ts";
import { decide, type Decision } from "../../src/engine/decide.ts";
import { assembleRun } from "../../src/engine/evals/assemble.ts";
import { fromTunegate } from "../../src/engine/evals/formats/tunegate.ts";
import type { EvalRun } from "../../src/engine/evals/model.ts";
import { evalResultSchema } from "../../src/engine/evals/tunegate-format.ts";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { buildReport, type Report } from "../../src/engine/output/parts/model.ts";
import { shippedPolicy, shippedPrices } from "./engine.ts";

/** A bare score, 0/1 outcomes as passed of n, or a mean with its stderr over n (tunegate's format). */
export type EntryInput = number | { passed: number; n: number } | { score: number; stderr: number; n: number };
type EvalInput = {
  model?: string;
  general?: Record<string, EntryInput>;
  safety?: Record<string, EntryInput>;
  task?: Record<string, EntryInput>;
  latency_p95_ms?: number;
  latency_ms?: number[];
};

/** Scores as 0/1 outcomes over n examples each: what a bound can be drawn from. */
export function counted(scores: Record<string, number>, n = 1000): Record<string, EntryInput> {
  return Object.fromEntries(Object.entries(scores).map(([name, s]) => [name, { passed: Math.round(s * n), n }]));
}

export interface DecideOptions {
  candidate?: EvalInput;
  baseline?: EvalInput;
  alternative?: EvalInput;
  policy?: string;
  prices?: PriceTable;
  today?: string;
}

function evalResult(input: EvalInput | undefined, file: string): EvalRun | undefined {
  if (input === undefined) return undefined;
  const assembled = assembleRun([fromTunegate(file, evalResultSchema.parse({ model: "m", ...input }))]);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.conflicts));
  return assembled.run;
}

/** Plan text through the real loader and decide(); throws when the plan is rejected. */
export function decideFrom(planText: string, options: DecideOptions = {}): { decision: Decision; report: Report } {
  const loaded = loadPlan("tunegate.yml", planText);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("; "));
  const result = decide({
    loaded: loaded.value,
    policy: shippedPolicy(options.policy),
    prices: options.prices ?? shippedPrices(),
    candidate: evalResult(options.candidate, "evals/candidate.json"),
    baseline: evalResult(options.baseline, "evals/baseline.json"),
    alternative: evalResult(options.alternative, "evals/alternative.json"),
    today: options.today ?? "2026-11-24",
  });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
  return { decision: result.value, report: buildReport(result.value, loaded.value.source) };
}

export function gate(report: Report, id: string) {
  const found = report.gates.find((g) => g.id === id);
  if (found === undefined) throw new Error(`no gate ${id}`);
  return found;
}
