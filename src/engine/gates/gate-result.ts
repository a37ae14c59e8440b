import type { Level } from "../policy/schema.ts";
import type { GateId } from "../plan/schema.ts";
import type { Evidence } from "./eval-judgement.ts";

/**
 * The closed set of gate outcomes. `skipped` means the gate does not apply to this approach;
 * `inconclusive` that the data cannot tell (the policy says whether that warns or fails).
 */
export type Outcome = "pass" | "warn" | "fail" | "waived" | "missing" | "skipped" | "inconclusive";

export interface Threshold {
  value: number | string | null;
  display: string;
  /** Where the threshold came from: the policy file, the plan, or the framework. */
  source: string;
}

export interface WaiverNote {
  reason: string;
  owner: string;
  expires: string;
  days_left: number;
}

export interface GateResult {
  id: GateId;
  title: string;
  outcome: Outcome;
  /** How the outcome counts towards the verdict; `none` for pass, skipped and waived. */
  level: Level | "none";
  summary: string;
  /** What to do about it, in a few words; null when nothing needs doing. */
  fix: string | null;
  measured: number | string | null;
  measured_display: string;
  threshold: Threshold | null;
  details: string[];
  /** Plan field this gate is about, for annotations. */
  path: PropertyKey[];
  waiver?: WaiverNote;
  /** Per-benchmark numbers behind an eval gate's decision. */
  evidence?: Evidence[];
}

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
};

/** A finding's level decides the outcome: errors fail, warnings warn, info is a pass with a note. */
export function outcomeForLevel(level: Level): Outcome {
  return level === "error" ? "fail" : level === "warning" ? "warn" : "pass";
}

type Base = Pick<GateResult, "id" | "summary" | "path"> & Partial<Pick<GateResult, "details" | "measured" | "measured_display" | "threshold" | "fix">>;

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
