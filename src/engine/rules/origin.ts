import { z } from "zod";

/** One rule the pull request loosens: listed for the reviewer, applied only once merged. */
export const loosenedRuleSchema = z.lazy(() =>
  z.object({
    where: z
      .enum(["plan", "policy", "input"])
      .describe(
        "plan: a threshold, selection or waiver in the plan; policy: a policy value; input: the Action's rules-from",
      ),
    rule: z.string().describe("the rule's path, e.g. evals.task_floor or gates.safety.min_score"),
    file: z
      .string()
      .optional()
      .describe("set when the rule is written in a file of its own beside the plan: .tunegate/waivers.yml"),
    base: z.string().describe("the value that applies: the base branch's, or the floor's"),
    head: z
      .string()
      .describe(
        "the pull request's value, which applies after merge; below a floor, the checked files' value, which never applies",
      ),
    floor: z
      .string()
      .optional()
      .describe(
        'set when a floor holds the rule: "organisation policy OWNER/REPO/PATH@REF" or "tunegate default floor"; a repository can only tighten it, so its own value never applies',
      ),
  }),
);
export type LoosenedRule = z.infer<typeof loosenedRuleSchema>;

/** Where the rules that judged a plan came from, and what the pull request would loosen. */
export const rulesOriginSchema = z.lazy(() =>
  z
    .object({
      from: z
        .enum(["base", "head"])
        .describe(
          "base: the stricter of the base branch's and the pull request's rules; head: the checked-out files' own (no pull request, rules-from: head, or the base could not be read)",
        ),
      base_sha: z.string().nullable().describe("the base commit the rules were read at; null when none was"),
      loosened: z
        .array(loosenedRuleSchema)
        .describe("rules the pull request loosens: the base's value applies until the change is merged"),
      warnings: z.array(z.string()).describe("why the base's rules could not be read, with the fix"),
      base_plan: z
        .enum(["same-path", "moved", "new"])
        .nullable()
        .optional()
        .describe(
          "in a pull request judged by the base's rules: same-path, the plan at this path at the base; moved, a plan of the same name at another path there (base_plan_file), whose rules apply; new, no plan of this name at the base, so its own thresholds judge it and only the floors hold them",
        ),
      base_plan_file: z
        .string()
        .nullable()
        .optional()
        .describe("the base's plan file whose rules applied, when it is at another path (base_plan: moved)"),
      plan_sha256: z
        .string()
        .nullable()
        .describe("sha256 of the plan as applied (canonical JSON, after the base's rules); what an attestation names"),
      policy_sha256: z
        .string()
        .nullable()
        .describe(
          "sha256 of the policy as applied (canonical JSON, after the base's rules); what `tunegate verify --policy-digest` checks",
        ),
      waivers_file: z
        .object({ file: z.string(), sha256: z.string().nullable() })
        .optional()
        .describe(
          "the .tunegate/waivers.yml read beside the plan, by its bytes' sha256; absent when the plan's folder has none",
        ),
    })
    .describe("who set the bar: the rules of a pull request come from its base branch"),
);
export type RulesOrigin = z.infer<typeof rulesOriginSchema>;

/** A run with no base to compare with (a push, the CLI without --base): the files' own rules. */
export const OWN_RULES: RulesOrigin = {
  from: "head",
  base_sha: null,
  loosened: [],
  warnings: [],
  plan_sha256: null,
  policy_sha256: null,
};

/** rules-from: head in a pull request: every rule is the pull request's, which is itself a loosening. */
export function headRulesInPullRequest(baseSha: string): RulesOrigin {
  return {
    ...OWN_RULES,
    loosened: [
      {
        where: "input",
        rule: "rules-from",
        base: "base",
        head: `head (the pull request's own rules; base ${baseSha.slice(0, 7)} not consulted)`,
      },
    ],
  };
}

/**
 * How a report names where a plan threshold came from: the plan, unless the pull request loosened
 * one of `rules` and the base commit's value judged, e.g. "plan (budget) at base branch 1a2b3c4".
 */
export function planThresholdSource(rules: RulesOrigin | undefined, label: string, ...planRules: string[]): string {
  const fromBase =
    rules?.base_sha != null &&
    rules.loosened.some((r) => r.where === "plan" && r.floor === undefined && planRules.includes(r.rule));
  return fromBase ? `${label} at base branch ${rules!.base_sha!.slice(0, 7)}` : label;
}
