import { z } from "zod";
import { formatUsd } from "../../cost/money.ts";
import { codeSpan } from "./escape.ts";
import type { Report } from "./model.ts";

/** What a pull request changed in a plan, judged by comparing the base branch's report with the head's. */
export const planChangeSchema = z.lazy(() =>
  z.object({
    status: z
      .enum(["new", "changed", "unchanged", "not-compared"])
      .describe(
        "`new` when the plan does not exist on the base branch; `not-compared` when the base could not be checked",
      ),
    base_ref: z.string(),
    /** Why the plan was not compared with its base, when it was not. */
    reason: z.string().nullable(),
    approach: z.object({ from: z.string(), to: z.string() }).nullable(),
    budget: z.object({ from: z.string(), to: z.string() }).nullable(),
    newly_failing: z.array(z.string()),
    fixed: z.array(z.string()),
    monthly_cost: z
      .object({ from: z.number(), to: z.number(), delta: z.number(), percent: z.number().nullable() })
      .nullable(),
  }),
);
export type PlanChange = z.infer<typeof planChangeSchema>;

const BLOCKING = (g: Report["gates"][number]) => g.level === "error";

/** A plan that could not be compared with its base branch, and why. */
export function notCompared(baseRef: string, reason: string): PlanChange {
  return {
    status: "not-compared",
    base_ref: baseRef,
    reason,
    approach: null,
    budget: null,
    newly_failing: [],
    fixed: [],
    monthly_cost: null,
  };
}

export function comparePlans(base: Report | null, head: Report, baseRef: string): PlanChange {
  if (base === null)
    return {
      status: "new",
      base_ref: baseRef,
      reason: null,
      approach: null,
      budget: null,
      newly_failing: head.gates.filter(BLOCKING).map((g) => g.id),
      fixed: [],
      monthly_cost: null,
    };
  const baseFailing = new Set(base.gates.filter(BLOCKING).map((g) => g.id));
  const headFailing = new Set(head.gates.filter(BLOCKING).map((g) => g.id));
  const approachOf = (r: Report) =>
    r.plan.fine_tune_method === null ? r.plan.approach : `${r.plan.approach} (${r.plan.fine_tune_method})`;
  const budgetOf = (r: Report) => {
    const b = r.cost?.budget;
    if (b === null || b === undefined) return "none";
    return [
      b.monthly_usd === null ? null : `${formatUsd(b.monthly_usd)}/month`,
      b.one_time_usd === null ? null : `${formatUsd(b.one_time_usd)} one-time`,
    ]
      .filter((x) => x !== null)
      .join(" + ");
  };
  const from = base.cost?.monthly_usd;
  const to = head.cost?.monthly_usd;
  const monthly =
    from === undefined || to === undefined || from === to
      ? null
      : {
          from,
          to,
          delta: Math.round((to - from) * 100) / 100,
          percent: from === 0 ? null : Math.round(((to - from) / from) * 1000) / 10,
        };
  const change: PlanChange = {
    status: "changed",
    base_ref: baseRef,
    reason: null,
    approach: approachOf(base) === approachOf(head) ? null : { from: approachOf(base), to: approachOf(head) },
    budget: budgetOf(base) === budgetOf(head) ? null : { from: budgetOf(base), to: budgetOf(head) },
    newly_failing: [...headFailing].filter((id) => !baseFailing.has(id)),
    fixed: [...baseFailing].filter((id) => !headFailing.has(id)),
    monthly_cost: monthly,
  };
  const changed =
    change.approach !== null ||
    change.budget !== null ||
    change.newly_failing.length > 0 ||
    change.fixed.length > 0 ||
    change.monthly_cost !== null;
  return changed ? change : { ...change, status: "unchanged" };
}

/** Markdown lines for the comment; empty when nothing relevant changed. */
export function renderPlanChange(change: PlanChange): string {
  const baseRef = change.base_ref;
  if (change.status === "unchanged") return "";
  // The reason is tunegate's own sentence, with code spans meant as such.
  if (change.status === "not-compared")
    return `<sub>No comparison with ${codeSpan(baseRef)}: ${change.reason ?? ""}.</sub>`;
  if (change.status === "new") {
    return `**New plan in this pull request** (not on ${codeSpan(baseRef)})${change.newly_failing.length > 0 ? `; failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}` : ""}.`;
  }
  const lines = [`**Changes against ${codeSpan(baseRef)}**`];
  if (change.approach !== null) lines.push(`- approach: ${change.approach.from} → **${change.approach.to}**`);
  if (change.budget !== null) lines.push(`- budget: ${change.budget.from} → **${change.budget.to}**`);
  if (change.monthly_cost !== null) {
    const c = change.monthly_cost;
    const sign = c.delta > 0 ? "+" : "";
    lines.push(
      `- projected monthly cost: ${formatUsd(c.from)} → **${formatUsd(c.to)}** (${sign}${formatUsd(c.delta)}${c.percent === null ? "" : `, ${sign}${c.percent}%`})`,
    );
  }
  if (change.newly_failing.length > 0)
    lines.push(`- newly failing: ${change.newly_failing.map((g) => `\`${g}\``).join(", ")}`);
  if (change.fixed.length > 0) lines.push(`- fixed: ${change.fixed.map((g) => `\`${g}\``).join(", ")}`);
  return lines.join("\n");
}
