import { z } from "zod";
import { estimateCost } from "../cost/model.ts";
import type { PinnedPrice, PriceTable } from "../cost/price-table.ts";
import { daysBetween } from "../input/dates.ts";
import type { Policy } from "../policy/schema.ts";
import type { Plan } from "../plan/schema.ts";
import { PRICE_FIELDS, type CurrentPrices } from "./price-source.ts";

export type { CurrentPrices } from "./price-source.ts";

export interface AuditInput {
  table: PriceTable;
  current: CurrentPrices;
  plans: ReadonlyArray<{ file: string; plan: Plan }>;
  policy: Policy;
  today: string;
}

const priceFieldSchema = z.enum(PRICE_FIELDS);

/** What the scheduled audit found; `tunegate audit --format json` and the Action's report-json write it. */
export const auditResultSchema = z.lazy(() =>
  z
    .object({
      verified: z.boolean().describe("false when current prices could not be fetched or parsed; the pins were kept"),
      pinned_prices: z.string().describe("the pinned table audited, as reports name it"),
      source: z.string(),
      unverified_reason: z.string().nullable(),
      drift: z.array(
        z.object({
          model: z.string(),
          price: priceFieldSchema,
          pinned: z.number(),
          current: z.number(),
          change_pct: z.number(),
        }),
      ),
      stale: z.array(z.object({ model: z.string(), as_of: z.string(), age_days: z.number() })),
      shutdowns: z.array(z.object({ model: z.string(), date: z.string(), days_left: z.number(), what: z.string() })),
      missing: z.array(z.object({ model: z.string(), reason: z.string() })),
      announced: z.array(
        z.object({
          model: z.string(),
          price: priceFieldSchema,
          current: z.number(),
          future: z.number(),
          date: z.string(),
        }),
      ),
      unverifiable: z.array(z.string()),
      plans: z.array(
        z.object({
          plan: z.string(),
          name: z.string(),
          budget_usd: z.number().nullable(),
          pinned: z.number().nullable(),
          current: z.number().nullable(),
          announced: z.number().nullable(),
          error: z.string().nullable(),
        }),
      ),
      plans_over_budget: z.array(
        z.object({
          plan: z.string(),
          monthly_usd: z.number(),
          budget_usd: z.number(),
          at: z.enum(["pinned", "current", "announced"]),
        }),
      ),
      needs_action: z.boolean(),
      today: z.string(),
    })
    .describe("tunegate pricing audit"),
);
export type AuditResult = z.infer<typeof auditResultSchema>;
export type Drift = AuditResult["drift"][number];

const DAY = 86_400_000;

/**
 * The part of a layered table a repository's audit covers: every entry it pins itself, and the
 * shipped entries its plans use. A single (unlayered) table is audited whole.
 */
export function pricesToAudit(table: PriceTable, usedKeys: readonly string[]): PriceTable {
  const origins = table.origins;
  if (origins === undefined) return table;
  const used = new Set(usedKeys);
  const prices = Object.fromEntries(
    Object.entries(table.prices).filter(([key]) => used.has(key) || origins[key] === table.pinTarget),
  );
  return { ...table, prices };
}

/**
 * Compares every pinned price with the feed's current and announced ones, ages what cannot be
 * compared, flags shutdowns, and re-costs every plan at pinned, current and announced prices.
 */
export function auditPrices(input: AuditInput): AuditResult {
  const { table, current, policy, today } = input;
  const settings = policy.audit;
  const now = new Date(`${today}T12:00:00Z`);
  const horizon = new Date(now.getTime() + settings.announce_horizon_days * DAY);
  const maxAge = policy.gates["pricing-freshness"].max_age_days;
  const result: AuditResult = {
    verified: current.ok,
    pinned_prices: table.file,
    source: current.source,
    unverified_reason: current.ok ? null : current.reason,
    drift: [],
    stale: [],
    shutdowns: [],
    missing: [],
    announced: [],
    unverifiable: [],
    plans: [],
    plans_over_budget: [],
    needs_action: false,
    today,
  };
  const currentTable: Record<string, PinnedPrice> = { ...table.prices };
  const announcedTable: Record<string, PinnedPrice> = { ...table.prices };

  for (const [key, entry] of Object.entries(table.prices).sort(([a], [b]) => a.localeCompare(b))) {
    const age = daysBetween(entry.as_of, today);
    if (age > maxAge) result.stale.push({ model: key, as_of: entry.as_of, age_days: age });
    for (const [what, date] of [
      ["shutdown", entry.shutdown_date],
      ["new fine-tuning jobs end", entry.available_until?.new_jobs],
      ["inference ends", entry.available_until?.inference],
    ] as const) {
      if (date === undefined || (what === "inference ends" && date === entry.shutdown_date)) continue;
      const left = daysBetween(today, date);
      if (left <= settings.shutdown_horizon_days) result.shutdowns.push({ model: key, date, days_left: left, what });
    }
    // A repository entry without a check of its own is still compared through the shipped entry it
    // replaces: otherwise pinning a shipped model at $0 without `check` escaped the audit. Only an
    // explicit `check: manual` (shown as pinned by hand) is aged and not compared.
    const check = entry.check ?? table.shipped?.prices[key]?.check;
    if (check === undefined || check === "manual") {
      result.unverifiable.push(key);
      continue;
    }
    if (!current.ok) continue;
    // An entry checked against another kind of source cannot be compared with this feed's answer.
    if (check.source !== current.feed.kind) {
      result.missing.push({
        model: key,
        reason: `it is checked against ${check.source}, not the ${current.feed.kind} prices audited`,
      });
      continue;
    }
    const now_ = current.feed.quote(check.provider, check.model, now);
    if (!now_.ok) {
      result.missing.push({
        model: key,
        reason:
          now_.reason === "fuzzy"
            ? `the feed only matches it fuzzily (as ${now_.matched}): a different model`
            : now_.reason === "no-provider"
              ? `provider ${check.provider} is not in the feed`
              : "the model is no longer in the feed",
      });
      continue;
    }
    currentTable[key] = { ...entry, ...now_.prices };
    for (const field of PRICE_FIELDS) {
      const pinned = entry[field];
      const latest = now_.prices[field];
      if (pinned === undefined || latest === undefined) continue;
      const change = pinned === 0 ? (latest === 0 ? 0 : Infinity) : (latest - pinned) / pinned;
      if (Math.abs(change) > settings.drift_threshold)
        result.drift.push({
          model: key,
          price: field,
          pinned,
          current: latest,
          change_pct: Math.round(change * 1000) / 10,
        });
    }
    const future = current.feed.quote(check.provider, check.model, horizon);
    if (future.ok) {
      announcedTable[key] = { ...entry, ...future.prices };
      const dates = now_.announced(now, horizon);
      for (const field of PRICE_FIELDS) {
        const a = now_.prices[field];
        const b = future.prices[field];
        if (a !== undefined && b !== undefined && a !== b)
          result.announced.push({
            model: key,
            price: field,
            current: a,
            future: b,
            date: dates[0] ?? horizon.toISOString().slice(0, 10),
          });
      }
    }
  }

  for (const { file, plan } of input.plans) {
    const budget = plan.budget?.monthly_usd ?? null;
    const cost = (prices: Record<string, PinnedPrice>) => {
      if (plan.cost === undefined) return { value: null, error: null };
      const estimate = estimateCost(plan.cost, plan.use_case.monthly_queries, { ...table, prices });
      if (!estimate.ok) return { value: null, error: estimate.problems.map((p) => p.message).join("; ") };
      // A cost with no price (a fine-tune's serving) leaves the total incomplete: no figure, never within budget.
      if (estimate.value.unpriced.length > 0)
        return { value: null, error: estimate.value.unpriced.map((u) => u.summary).join("; ") };
      return { value: estimate.value.monthly_usd, error: null };
    };
    const pinned = cost(table.prices);
    const atCurrent = current.ok ? cost(currentTable) : { value: null, error: null };
    const atAnnounced = current.ok ? cost(announcedTable) : { value: null, error: null };
    result.plans.push({
      plan: file,
      name: plan.name,
      budget_usd: budget,
      pinned: pinned.value,
      current: atCurrent.value,
      announced: atAnnounced.value,
      error: pinned.error,
    });
    if (budget === null) continue;
    for (const [at, value] of [
      ["pinned", pinned.value],
      ["current", atCurrent.value],
      ["announced", atAnnounced.value],
    ] as const) {
      if (value !== null && value > budget)
        result.plans_over_budget.push({ plan: file, monthly_usd: value, budget_usd: budget, at });
    }
  }
  // A plan the audit could not cost (an unpriced fine-tune's serving, an unknown model) has a
  // budget nobody is watching: that needs someone's attention, as drift does.
  result.needs_action =
    result.drift.length +
      result.missing.length +
      result.plans_over_budget.length +
      result.shutdowns.length +
      result.announced.length +
      result.stale.length +
      result.plans.filter((p) => p.error !== null).length >
    0;
  return result;
}

/**
 * What an audit that found nothing to act on can say about budgets: only the plans that have a
 * monthly budget are within one; a plan without a budget is named as such, never "within budget".
 */
export function budgetStanding(result: Pick<AuditResult, "plans">): string {
  const uncosted = result.plans.filter((p) => p.error !== null).length;
  if (uncosted > 0) {
    const rest = budgetStanding({ plans: result.plans.filter((p) => p.error === null) });
    const cannot = `${uncosted === 1 ? "1 plan" : `${uncosted} plans`} could not be costed (see ${uncosted === 1 ? "its line" : "their lines"})`;
    return rest === "no plan to cost" ? cannot : `${rest}; ${cannot}`;
  }
  const budgeted = result.plans.filter((p) => p.budget_usd !== null);
  const without = result.plans.length - budgeted.length;
  if (result.plans.length === 0) return "no plan to cost";
  if (without === 0)
    return budgeted.length === 1 ? "the plan is within its budget" : `all ${budgeted.length} plans are within budget`;
  const none = `${without === result.plans.length && without === 1 ? "the plan has" : `${without} plan${without === 1 ? " has" : "s have"}`} no monthly budget to compare`;
  return budgeted.length === 0
    ? none
    : `${budgeted.length} plan${budgeted.length === 1 ? " is" : "s are"} within budget; ${none}`;
}
