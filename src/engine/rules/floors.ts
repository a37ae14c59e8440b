import { valueAt, type PolicyFloor } from "../policy/load.ts";
import type { Policy } from "../policy/schema.ts";
import type { LoosenedRule } from "./origin.ts";
import { display, stricterPolicyValue } from "./stricter.ts";

/**
 * The policy a plan is judged by once the floors hold: rule by rule, the stricter of the floors
 * (the shipped policy's marked rules, an organisation policy's every rule) and what the
 * repository's files give, new plan or not. A rule the repository set below a floor is listed
 * with the floor's source; it never applies, since no review in the repository can lower it.
 */
export function applyFloors(policy: Policy, floors: readonly PolicyFloor[]): { policy: Policy; held: LoosenedRule[] } {
  const { floors: _marks, ...rest } = structuredClone(policy);
  const applied = rest as Record<string, unknown>;
  const byRule = new Map<string, Array<{ source: string; value: unknown }>>();
  for (const floor of floors)
    for (const [rule, value] of floor.values)
      byRule.set(rule, [...(byRule.get(rule) ?? []), { source: floor.source, value }]);
  const held: LoosenedRule[] = [];
  for (const [rule, candidates] of byRule) {
    const path = rule.split(".");
    const own = valueAt(applied, path);
    let value = own;
    let heldBy: string | undefined;
    for (const candidate of candidates) {
      const chosen = stricterPolicyValue(rule, candidate.value, value);
      if (!chosen.loosened) continue;
      value = chosen.value;
      heldBy = candidate.source;
    }
    if (heldBy === undefined) continue;
    setAt(applied, path, value);
    held.push({ where: "policy", rule, base: display(value), head: display(own), floor: heldBy });
  }
  return { policy: applied as unknown as Policy, held };
}

function setAt(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = data;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}
