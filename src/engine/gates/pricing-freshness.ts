import { sourceOf } from "../policy/load.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { daysBetween } from "../input/dates.ts";

export function pricingFreshnessGate(ctx: GateContext): GateResult {
  const id = "pricing-freshness" as const;
  const used = ctx.cost?.prices_used ?? [];
  if (used.length === 0) {
    return skipped({ id, path: ["cost"], summary: ctx.cost === undefined ? "no cost projection" : "no pinned prices used (the plan gives its own prices)" });
  }
  const maxAge = ctx.policy.policy.gates["pricing-freshness"].max_age_days;
  const aged = used.map((u) => ({ ...u, age: daysBetween(u.as_of, ctx.today) }));
  const oldest = aged.reduce((a, b) => (b.age > a.age ? b : a));
  const stale = aged.filter((u) => u.age > maxAge);
  const base = {
    id,
    path: oldest.path,
    measured: oldest.age,
    measured_display: `oldest ${oldest.age} days (${oldest.key}, as of ${oldest.as_of})`,
    threshold: { value: maxAge, display: `<= ${maxAge} days`, source: sourceOf(ctx.policy, "gates.pricing-freshness.max_age_days") },
    details: aged.map((u) => `${u.key}: as of ${u.as_of} (${u.age} days, ${u.source}, ${u.file})`),
  };
  if (stale.length > 0) {
    return judged({ ...base, path: stale[0]!.path, summary: `stale pinned prices: ${stale.map((s) => s.key).join(", ")}; re-check them against the current price list`, fix: "re-pin them: tunegate pricing pin" }, ctx.policy.policy.severities.pricing_stale);
  }
  return passed({ ...base, summary: `all ${used.length} pinned prices checked within ${maxAge} days` });
}
