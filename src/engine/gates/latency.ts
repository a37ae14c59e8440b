import { formatMs } from "../framework/recommend.ts";
import { quantileUpperBound, rowsForAnyBound, rowsToBoundUnder } from "../stats/quantile-bound.ts";
import { planThresholdSource } from "../rules/origin.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { inconclusiveResult } from "./unsettled.ts";
import { formatCount } from "../input/count-text.ts";

/**
 * The measured p95 must stay within the plan's requirement. PASS needs proof: the
 * distribution-free upper confidence bound on the p95 (an order statistic of the rows) within the
 * limit. The point p95 over the limit FAILs; anything between, or a p95 given as one number with
 * no rows to bound it, is INCONCLUSIVE, with how many rows would likely decide it.
 */
export function latencyGate(ctx: GateContext): GateResult {
  const id = "latency" as const;
  const required = ctx.plan.use_case.latency_p95_ms;
  if (required === undefined)
    return skipped({ id, path: ["use_case"], summary: "no latency requirement declared (use_case.latency_p95_ms)" });
  const measured = ctx.candidate?.latencyP95Ms ?? undefined;
  if (measured === undefined) {
    return missingData(
      ctx,
      id,
      false,
      `p95 must be <= ${formatMs(required)}, but no measured latency`,
      ["use_case", "latency_p95_ms"],
      "add latency_p95_ms to the candidate eval results",
    );
  }
  const stats = ctx.policy.policy.statistics;
  const rows = ctx.candidate?.latencyRowsMs;
  const bound = rows === undefined || rows.length === 0 ? null : quantileUpperBound(rows, 0.95, stats.alpha);
  const confidence = `${Math.round((1 - stats.alpha) * 1000) / 10}%`;
  const details =
    bound === null
      ? ["the p95 was given as one number, with no rows: no bound can be drawn from it"]
      : [
          `p95 ${formatMs(bound.estimate)} over ${bound.n} rows; ${bound.upper === null ? `no upper bound exists with ${bound.n} rows (it takes ${rowsForAnyBound(0.95, stats.alpha)})` : `one-sided ${confidence} upper bound ${formatMs(bound.upper)} (row ${bound.rank} of ${bound.n} in order)`}`,
        ];
  const base = {
    id,
    path: ["use_case", "latency_p95_ms"],
    measured,
    measured_display: `p95 ${formatMs(measured)}${bound?.upper != null ? ` (bound ${formatMs(bound.upper)})` : ""}`,
    threshold: {
      value: required,
      display: `<= ${formatMs(required)}`,
      source: planThresholdSource(ctx.rules, "plan (use_case.latency_p95_ms)", "use_case.latency_p95_ms"),
    },
    details,
  };
  if (measured > required)
    return judged(
      {
        ...base,
        summary: `p95 ${formatMs(measured)} exceeds the ${formatMs(required)} requirement by ${formatMs(measured - required)}`,
        fix: `cut p95 latency by ${formatMs(measured - required)}`,
      },
      "error",
    );
  if (stats.method === "point")
    return passed({
      ...base,
      summary: `p95 ${formatMs(measured)} within ${formatMs(required)} (policy: point-estimate rule)`,
    });
  if (bound !== null && bound.upper !== null && bound.upper <= required)
    return passed({
      ...base,
      summary: `p95 ${formatMs(measured)} within ${formatMs(required)}, and its ${confidence} upper bound ${formatMs(bound.upper)} too`,
    });
  if (bound === null) {
    return inconclusiveResult(
      ctx,
      {
        ...base,
        summary: `p95 ${formatMs(measured)} is within ${formatMs(required)}, but a single number proves nothing`,
        fix: `give the latency rows (promptfoo rows, or latency_ms in tunegate's format): at least ${rowsForAnyBound(0.95, stats.alpha)} of them`,
      },
      false,
    );
  }
  const needed = bound.upper === null ? null : rowsToBoundUnder(rows!, 0.95, stats.alpha, required);
  const more =
    bound.upper === null
      ? `at least ${rowsForAnyBound(0.95, stats.alpha)} rows in all (this run has ${bound.n}; fewer cannot bound a p95)`
      : needed === null
        ? "more rows"
        : `about ${formatCount(needed)} rows in all (this run has ${bound.n})`;
  return inconclusiveResult(
    ctx,
    {
      ...base,
      summary: `p95 ${formatMs(measured)} is within ${formatMs(required)}, but ${bound.upper === null ? `${bound.n} rows cannot bound it` : `its upper bound ${formatMs(bound.upper)} is not`}`,
      fix: `measure ${more} to show the p95 within ${formatMs(required)}`,
    },
    false,
  );
}
