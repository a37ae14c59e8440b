import { SEVERITIES } from "../input/severities.ts";
import type { Level } from "../policy/schema.ts";
import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { daysBetween } from "../input/dates.ts";
import { priceEndings } from "../cost/lifecycle.ts";

/**
 * The pinned prices a projection used: none older than the policy allows, and no model that
 * shuts down (or stops taking fine-tuning jobs) within the audit's horizon or already has.
 */
export function pricingFreshnessGate(ctx: GateContext): GateResult {
  const id = "pricing-freshness" as const;
  const used = ctx.cost?.prices_used ?? [];
  if (used.length === 0) {
    return skipped({
      id,
      path: ["cost"],
      summary: ctx.cost === undefined ? "no cost projection" : "no pinned prices used (the plan gives its own prices)",
    });
  }
  const policy = ctx.policy.policy;
  const maxAge = policy.gates["pricing-freshness"].max_age_days;
  const horizon = policy.audit.shutdown_horizon_days;
  const aged = used.map((u) => ({ ...u, age: daysBetween(u.as_of, ctx.today) }));
  const oldest = aged.reduce((a, b) => (b.age > a.age ? b : a));
  const stale = aged.filter((u) => u.age > maxAge);
  const ending = priceEndings(used, ctx.today).filter((e) => e.daysLeft <= horizon);
  const base = {
    id,
    path: oldest.path,
    measured: oldest.age,
    measured_display: `oldest ${oldest.age} days (${oldest.key}, as of ${oldest.as_of})`,
    threshold: {
      value: maxAge,
      display: `<= ${maxAge} days old, no shutdown within ${horizon} days`,
      source: sourceOf(ctx.policy, "gates.pricing-freshness.max_age_days"),
    },
    details: [
      ...ending.map((e) => e.sentence),
      ...aged.map((u) => `${u.key}: as of ${u.as_of} (${u.age} days, ${u.source}, ${u.file})`),
    ],
  };
  const problems: Array<{ level: Level; path: PropertyKey[]; summary: string; fix: string }> = [];
  if (ending.length > 0) {
    problems.push({
      level: policy.severities.model_shutdown,
      path: ending[0]!.path,
      summary: `${ending.map((e) => e.sentence).join("; ")}: move the plan to a model that stays available`,
      fix: "move the plan to a model that stays available",
    });
  }
  if (stale.length > 0) {
    problems.push({
      level: policy.severities.pricing_stale,
      path: stale[0]!.path,
      summary: `stale pinned prices: ${stale.map((s) => s.key).join(", ")}; re-check them against the current price list`,
      fix: "re-pin them: tunegate pricing pin",
    });
  }
  if (problems.length > 0) {
    const worst = SEVERITIES.find((level) => problems.some((p) => p.level === level))!;
    const first = problems.find((p) => p.level === worst)!;
    return judged(
      { ...base, path: first.path, summary: problems.map((p) => p.summary).join("; "), fix: first.fix },
      worst,
    );
  }
  return passed({
    ...base,
    summary: `all ${used.length} pinned prices checked within ${maxAge} days, no model shutting down within ${horizon} days`,
  });
}
