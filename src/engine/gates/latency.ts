import { formatMs } from "../framework/recommend.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function latencyGate(ctx: GateContext): GateResult {
  const id = "latency" as const;
  const required = ctx.plan.use_case.latency_p95_ms;
  if (required === undefined) return skipped({ id, path: ["use_case"], summary: "no latency requirement declared (use_case.latency_p95_ms)" });
  const measured = ctx.candidate?.latencyP95Ms ?? undefined;
  if (measured === undefined) {
    return missingData(ctx, id, false, `p95 must be <= ${formatMs(required)}, but no measured latency`, ["use_case", "latency_p95_ms"], "add latency_p95_ms to the candidate eval results");
  }
  const base = {
    id,
    path: ["use_case", "latency_p95_ms"],
    measured,
    measured_display: `p95 ${formatMs(measured)}`,
    threshold: { value: required, display: `<= ${formatMs(required)}`, source: "plan (use_case.latency_p95_ms)" },
  };
  if (measured > required) return judged({ ...base, summary: `p95 ${formatMs(measured)} exceeds the ${formatMs(required)} requirement by ${formatMs(measured - required)}`, fix: `cut p95 latency by ${formatMs(measured - required)}` }, "error");
  return passed({ ...base, summary: `p95 ${formatMs(measured)} within ${formatMs(required)}` });
}
