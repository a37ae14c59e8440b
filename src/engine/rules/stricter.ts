import type { Policy } from "../policy/schema.ts";
import type { Plan, Waiver } from "../plan/schema.ts";
import type { LoosenedRule } from "./origin.ts";
import { waiverOrigin } from "../plan/waiver-origin.ts";

/**
 * The rules a pull request is judged by: the stricter of the base branch's and the pull request's,
 * rule by rule. The author of a change must not also lower the bar it is measured against; a
 * loosening is listed (base -> head) and applies only once merged through its own review.
 */
export interface StricterRules {
  plan: Plan;
  policy: Policy;
  loosened: LoosenedRule[];
}

type Direction = "higher" | "lower" | "severity" | "union";

/** Policy leaves with an order; every other leaf has none, so any change to it is a loosening. */
const POLICY_ORDER: Array<[RegExp, Direction]> = [
  [/^gates\.data-sufficiency\.(min|preferred)_examples\./, "higher"],
  [/^gates\.forgetting\.min_ratio$/, "higher"],
  [/^gates\.safety\.min_score$/, "higher"],
  [/^gates\.forgetting\.max_drop$/, "lower"],
  [/^gates\.task-quality\.max_drop_vs_baseline$/, "lower"],
  [/^gates\.pricing-freshness\.max_age_days$/, "lower"],
  [/^waivers\.max_days$/, "lower"],
  [/^audit\.drift_threshold$/, "lower"],
  [/^statistics\.alpha$/, "lower"],
  [/^audit\.(shutdown|announce)_horizon_days$/, "higher"],
  [/^severities\./, "severity"],
  [/^audit\.unverified$/, "severity"],
  [/\.required_for$/, "union"],
];

const SEVERITY_RANK: Record<string, number> = { info: 0, warning: 1, error: 2 };

/** A plan that is new in the pull request (`base.plan` undefined) keeps its own plan rules. */
export function stricterRules(
  base: { plan: Plan | undefined; policy: Policy },
  head: { plan: Plan; policy: Policy },
): StricterRules {
  const loosened: LoosenedRule[] = [];
  const policy = stricterPolicy(base.policy, head.policy, loosened);
  const plan = base.plan === undefined ? head.plan : stricterPlan(base.plan, head.plan, loosened);
  return { plan, policy, loosened };
}

function stricterPolicy(base: Policy, head: Policy, loosened: LoosenedRule[]): Policy {
  const out = structuredClone(head) as unknown as Record<string, unknown>;
  const walk = (b: unknown, h: unknown, path: string[], target: Record<string, unknown>) => {
    for (const key of new Set([...Object.keys(isObject(b) ? b : {}), ...Object.keys(isObject(h) ? h : {})])) {
      const bv = isObject(b) ? b[key] : undefined;
      const hv = isObject(h) ? h[key] : undefined;
      const here = [...path, key];
      if (isObject(bv) && isObject(hv)) {
        walk(bv, hv, here, target[key] as Record<string, unknown>);
        continue;
      }
      const rule = here.join(".");
      // Where an editor finds the schema, and the format's version, decide nothing; the floors
      // list is tunegate's own and is applied after this (floors.ts).
      if (rule === "$schema" || rule === "version" || rule === "floors") continue;
      const chosen = stricterPolicyValue(rule, bv, hv);
      if (chosen.loosened) loosened.push({ where: "policy", rule, base: display(bv), head: display(hv) });
      if (chosen.value === undefined) delete target[key];
      else target[key] = chosen.value;
    }
  };
  walk(base, head, [], out);
  return out as unknown as Policy;
}

/**
 * The stricter of two values of one policy rule (`base` a base branch's or a floor's), by the
 * rule's order; a rule with no order keeps `base` whenever `head` differs.
 */
export function stricterPolicyValue(rule: string, base: unknown, head: unknown): { value: unknown; loosened: boolean } {
  return stricterValue(POLICY_ORDER.find(([pattern]) => pattern.test(rule))?.[1], base, head);
}

/** The value that applies and whether the head's was looser (then it waits for the merge). */
function stricterValue(
  direction: Direction | undefined,
  base: unknown,
  head: unknown,
): { value: unknown; loosened: boolean } {
  if (same(base, head)) return { value: head, loosened: false };
  switch (direction) {
    case "higher":
      return typeof base === "number" && typeof head === "number" && head > base
        ? { value: head, loosened: false }
        : { value: base, loosened: true };
    case "lower":
      // null (for max_drop: refuse such metrics) is stricter than any number.
      if (base === null) return { value: base, loosened: true };
      return head === null || (typeof base === "number" && typeof head === "number" && head < base)
        ? { value: head, loosened: false }
        : { value: base, loosened: true };
    case "severity":
      return (SEVERITY_RANK[String(head)] ?? -1) > (SEVERITY_RANK[String(base)] ?? -1)
        ? { value: head, loosened: false }
        : { value: base, loosened: true };
    case "union": {
      const union = unionOf(base, head);
      return { value: union, loosened: union.length > (Array.isArray(head) ? head.length : 0) };
    }
    default:
      // No order (a method, a metric, a list of primaries): the base's applies until merged.
      return { value: base, loosened: true };
  }
}

function stricterPlan(base: Plan, head: Plan, loosened: LoosenedRule[]): Plan {
  const plan = structuredClone(head);
  const note = (rule: string, b: unknown, h: unknown, file?: string) =>
    loosened.push({ where: "plan", rule, ...(file === undefined ? {} : { file }), base: display(b), head: display(h) });

  // Thresholds with an order: a floor only rises, a ceiling only falls; removing one loosens it.
  const floor = (b: number | undefined, h: number | undefined, rule: string): number | undefined => {
    if (b === undefined || (h !== undefined && h >= b)) return h;
    note(rule, b, h);
    return b;
  };
  const ceiling = (b: number | undefined, h: number | undefined, rule: string): number | undefined => {
    if (b === undefined || (h !== undefined && h <= b)) return h;
    note(rule, b, h);
    return b;
  };

  const taskFloor = floor(base.evals?.task_floor, head.evals?.task_floor, "evals.task_floor");
  if (taskFloor !== undefined) plan.evals = { ...(plan.evals ?? { format: "auto" }), task_floor: taskFloor };
  const latency = ceiling(base.use_case.latency_p95_ms, head.use_case.latency_p95_ms, "use_case.latency_p95_ms");
  if (latency !== undefined) plan.use_case.latency_p95_ms = latency;
  const monthly = ceiling(base.budget?.monthly_usd, head.budget?.monthly_usd, "budget.monthly_usd");
  const oneTime = ceiling(base.budget?.one_time_usd, head.budget?.one_time_usd, "budget.one_time_usd");
  if (monthly !== undefined || oneTime !== undefined)
    plan.budget = {
      ...(monthly === undefined ? {} : { monthly_usd: monthly }),
      ...(oneTime === undefined ? {} : { one_time_usd: oneTime }),
    };

  // Selections: a benchmark or suite dropped from the pull request is still judged until merged.
  const baseSelected = new Set<string>();
  for (const list of ["general", "safety", "task"] as const) {
    const b = base.evals?.[list];
    const h = head.evals?.[list];
    for (const name of b ?? []) baseSelected.add(name);
    if (b === undefined || b.every((name) => h?.includes(name))) continue;
    note(`evals.${list}`, b, h);
    plan.evals = { ...(plan.evals ?? { format: "auto" }), [list]: unionOf(b, h) };
  }
  // Which metric, chance level or pooling a benchmark is judged by has no order: for a benchmark
  // the base already judged, a change is a loosening and the base's choice applies.
  for (const map of ["metrics", "chance"] as const) {
    const b: Record<string, unknown> = base.evals?.[map] ?? {};
    const h: Record<string, unknown> = head.evals?.[map] ?? {};
    const applied: Record<string, unknown> = { ...h };
    for (const name of new Set([...Object.keys(b), ...Object.keys(h)])) {
      if (same(b[name], h[name]) || !(name in b || baseSelected.has(name))) continue;
      note(`evals.${map}.${name}`, b[name], h[name]);
      if (name in b) applied[name] = b[name];
      else delete applied[name];
    }
    if (Object.keys(applied).length > 0 || plan.evals?.[map] !== undefined)
      plan.evals = { ...(plan.evals ?? { format: "auto" }), [map]: applied as never };
  }
  const pool = (p: Plan) => [...(p.evals?.pool ?? [])].sort();
  if (!same(pool(base), pool(head))) {
    note("evals.pool", base.evals?.pool, head.evals?.pool);
    plan.evals = { ...(plan.evals ?? { format: "auto" }), pool: base.evals?.pool };
    if (base.evals?.pool === undefined) delete plan.evals.pool;
  }

  plan.waivers = stricterWaivers(base.waivers, head.waivers, note);
  return plan;
}

/**
 * A waiver added or extended in the pull request is pending (the base's, if any, applies); one
 * removed or shortened applies at once.
 */
function stricterWaivers(
  base: readonly Waiver[],
  head: readonly Waiver[],
  note: (rule: string, b: unknown, h: unknown, file?: string) => void,
): Waiver[] {
  const applied: Waiver[] = [];
  for (const waiver of head) {
    const before = base.find((w) => w.gate === waiver.gate);
    // A waiver written in .tunegate/waivers.yml is named by that file, where the reviewer finds it.
    const file = waiverOrigin(waiver)?.file;
    if (before === undefined) note(`waivers.${waiver.gate}`, undefined, waiver, file);
    else if (waiver.expires > before.expires) {
      note(`waivers.${waiver.gate}`, before, waiver, file);
      applied.push(before);
    } else applied.push(waiver);
  }
  return applied;
}

function unionOf(base: unknown, head: unknown): unknown[] {
  const out = Array.isArray(base) ? [...(base as unknown[])] : [];
  for (const item of Array.isArray(head) ? (head as unknown[]) : [])
    if (!out.some((x) => same(x, item))) out.push(item);
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A rule's value as a reviewer reads it. */
export function display(value: unknown): string {
  if (value === undefined) return "none";
  if (isObject(value) && typeof value["gate"] === "string" && typeof value["expires"] === "string")
    return `waived until ${value["expires"]}`;
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map((v) => display(v)).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}
