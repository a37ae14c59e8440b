import type { SourceLocation } from "../input/diagnostic.ts";
import { z } from "zod";
import type { Level } from "../policy/schema.ts";
import { gateIdSchema, type GateId } from "../plan/schema.ts";
import type { Evidence } from "./evidence.ts";

/**
 * The closed set of gate outcomes. `skipped` means the gate does not apply to this approach;
 * `inconclusive` that the data cannot tell (the policy says whether that warns or fails).
 */
export const outcomeSchema = z.enum(["pass", "warn", "fail", "waived", "missing", "skipped", "inconclusive"]);
export type Outcome = z.infer<typeof outcomeSchema>;

/** How an outcome counts towards the verdict; `none` for pass, skipped and waived. */
export const countsAsSchema = z.enum(["error", "warning", "info", "none"]);

export const thresholdSchema = z.lazy(() =>
  z.object({
    value: z.union([z.number(), z.string(), z.null()]),
    display: z.string(),
    /** Where the threshold came from: the policy file, the plan, or the framework. */
    source: z.string(),
  }),
);
export type Threshold = z.infer<typeof thresholdSchema>;

export const waiverNoteSchema = z.lazy(() =>
  z.object({ reason: z.string(), owner: z.string(), expires: z.string(), days_left: z.number().int() }),
);
export type WaiverNote = z.infer<typeof waiverNoteSchema>;

/** The fields of a gate's result; the JSON report adds where in the plan the gate points. */
export const gateFindingFields = () => ({
  id: gateIdSchema,
  title: z.string(),
  outcome: outcomeSchema,
  level: countsAsSchema,
  summary: z.string(),
  fix: z
    .string()
    .nullable()
    .describe("what to do about a gate that fails, warns, is missing or inconclusive, in a few words"),
  measured: z.union([z.number(), z.string(), z.null()]),
  measured_display: z.string(),
  threshold: thresholdSchema.nullable(),
  details: z.array(z.string()),
});

/**
 * A gate's result as every report shows it; `GateResult` adds where in the plan it points. Built
 * on first use, as every output schema is: a run that writes no JSON Schema never needs them.
 */
export const gateFindingSchema = z.lazy(() => z.object(gateFindingFields()));

export type GateResult = z.infer<typeof gateFindingSchema> & {
  /** Plan field this gate is about, for annotations. */
  path: PropertyKey[];
  /** Where to point instead of the plan's `path`: a waiver written in the waivers file. */
  location?: SourceLocation;
  waiver?: WaiverNote;
  /** Per-benchmark numbers behind an eval gate's decision. */
  evidence?: Evidence[];
  /** Set on a `missing` result of a gate the approach requires: no waiver excuses it by default. */
  missingRequired?: true;
};

export const GATE_TITLES: Record<GateId, string> = {
  "approach-fit": "Approach fit",
  "data-sufficiency": "Training data",
  forgetting: "Catastrophic forgetting",
  safety: "Safety",
  "task-quality": "Task quality",
  latency: "Latency",
  "cost-budget": "Cost budget",
  "pricing-freshness": "Pricing freshness",
  readiness: "Fine-tuning readiness",
  "customisation-value": "Customisation value",
};

/** A finding's level decides the outcome: errors fail, warnings warn, info is a pass with a note. */
export function outcomeForLevel(level: Level): Outcome {
  return level === "error" ? "fail" : level === "warning" ? "warn" : "pass";
}

type Base = Pick<GateResult, "id" | "summary" | "path"> &
  Partial<Pick<GateResult, "details" | "measured" | "measured_display" | "threshold" | "fix">>;

export function gateResult(base: Base, outcome: Outcome, level: Level | "none"): GateResult {
  return {
    id: base.id,
    title: GATE_TITLES[base.id],
    outcome,
    level,
    summary: base.summary,
    fix: outcome === "pass" || outcome === "skipped" || outcome === "waived" ? null : (base.fix ?? null),
    measured: base.measured ?? null,
    measured_display: base.measured_display ?? "—",
    threshold: base.threshold ?? null,
    details: base.details ?? [],
    path: base.path,
  };
}

export function passed(base: Base): GateResult {
  return gateResult(base, "pass", "none");
}

export function skipped(base: Base): GateResult {
  return gateResult(base, "skipped", "none");
}

export function judged(base: Base, level: Level): GateResult {
  const outcome = outcomeForLevel(level);
  return gateResult(base, outcome, outcome === "pass" ? "none" : level);
}
