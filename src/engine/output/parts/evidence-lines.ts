import type { Evidence } from "../../gates/evidence.ts";
import type { ReportGate } from "./model.ts";

/** How many benchmarks an alert line names before "and N more". */
const NAMED = 3;

const fixed = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`;

/**
 * One benchmark's case against its margin, as a reviewer reads it at a glance:
 * "arc_challenge 0.759x base (bound 0.741x), needs 0.90x", "xstest 0.930, needs 0.95".
 */
export function evidenceLine(e: Evidence): string {
  const bound =
    e.lower === null
      ? ""
      : e.scale === "ratio"
        ? ` (bound ${fixed(e.lower)}x)`
        : ` (bound ${e.scale === "difference" ? signed(e.lower) : fixed(e.lower)})`;
  if (e.scale === "ratio") return `${e.benchmark} ${fixed(e.estimate)}x base${bound}, needs ${e.threshold.toFixed(2)}x`;
  if (e.scale === "difference")
    return `${e.benchmark} ${signed(e.estimate)} against base${bound}, needs ${signed(e.threshold)} or more`;
  return `${e.benchmark} ${fixed(e.estimate)}${bound}, needs ${e.threshold.toFixed(2)}`;
}

/** The benchmarks behind a gate that does not pass, each with its number and margin; null when it has none. */
export function failingEvidence(gate: ReportGate): string | null {
  const wanted = gate.outcome === "inconclusive" ? "inconclusive" : "fail";
  const against = gate.evidence.filter((e) => e.decision === wanted);
  if (against.length === 0) return null;
  const shown = against.slice(0, NAMED);
  const more = against.length > NAMED ? `; and ${against.length - NAMED} more` : "";
  const first = shown[0]!;
  // One margin for all of them: said once, after the numbers.
  if (shown.every((e) => e.scale === first.scale && e.threshold === first.threshold)) {
    const needs = evidenceLine(first).slice(evidenceLine(first).lastIndexOf(", needs "));
    return `${shown.map((e) => evidenceLine(e).slice(0, evidenceLine(e).lastIndexOf(", needs "))).join(", ")}${needs}${more}`;
  }
  return `${shown.map(evidenceLine).join("; ")}${more}`;
}
