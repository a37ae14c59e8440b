import { sourceOf, type EffectivePolicy } from "../engine/policy/load.ts";
import { loadPlan, type LoadedPlan } from "../engine/plan/load.ts";
import { headRulesInPullRequest, OWN_RULES, type LoosenedRule, type RulesOrigin } from "../engine/rules/origin.ts";
import { applyFloors } from "../engine/rules/floors.ts";
import { stricterRules } from "../engine/rules/stricter.ts";
import { MAX_CONFIG_BYTES } from "./files.ts";
import type { RepoFiles } from "./repo-files.ts";
import { withWaiversBeside } from "./waivers-beside.ts";
import { planEntries } from "./plan-paths.ts";
import { readPolicy, type PolicySpec } from "./repo-settings.ts";

/**
 * Where a pull request's rules come from: `base` (the default) reads the plan and policy at the
 * base commit, whose files the pull request cannot change; `files` is undefined when that commit
 * is not in the clone.
 */
export type RulesRequest =
  | { from: "base"; sha: string; files: RepoFiles | undefined; planInput?: string }
  | { from: "head"; sha: string };

/**
 * Where a plan that is not at its path at the base may have been: the conventional names and the
 * plan input's own globs. Moving a plan must not make it "new" and free of the base's rules.
 */
const PLAN_NAMES = ["**/tunegate.yml", "**/tunegate.yaml"];

export const SHALLOW_FIX = "check out with actions/checkout and fetch-depth: 0 so the base commit is in the clone";

/**
 * The plan and policy a pull request is judged by, and the rules section that says so. Anything
 * that stops the base's rules from being read is a warning with its fix, never a silent pass:
 * the pull request's own rules judge it and the report says they did.
 */
export async function applyBaseRules(
  request: RulesRequest | undefined,
  root: string,
  spec: PolicySpec,
  planPath: string,
  head: { loaded: LoadedPlan; policy: EffectivePolicy },
): Promise<{ loaded: LoadedPlan; policy: EffectivePolicy; rules: RulesOrigin }> {
  // The floors hold on each side before the two are compared, so a value below a floor is listed
  // once, as held by the floor (it never applies), not as a loosening that would apply after merge.
  const floored = withFloors(head.policy);
  const bound = await stricterOfBase(request, root, spec, planPath, { loaded: head.loaded, policy: floored.policy });
  return { ...bound, rules: { ...bound.rules, loosened: [...bound.rules.loosened, ...floored.held] } };
}

async function stricterOfBase(
  request: RulesRequest | undefined,
  root: string,
  spec: PolicySpec,
  planPath: string,
  head: { loaded: LoadedPlan; policy: EffectivePolicy },
): Promise<{ loaded: LoadedPlan; policy: EffectivePolicy; rules: RulesOrigin }> {
  const own = { ...head, rules: OWN_RULES };
  if (request === undefined) return own;
  if (request.from === "head") return { ...head, rules: headRulesInPullRequest(request.sha) };
  const warn = (why: string) => ({
    ...head,
    rules: {
      ...OWN_RULES,
      warnings: [
        `the base branch's rules could not be read (${why}), so this pull request was judged by its own rules, which it may have loosened`,
      ],
    },
  });
  if (request.sha === "") return warn("the pull request event names no base commit");
  if (request.files === undefined)
    return warn(`commit ${request.sha.slice(0, 7)} is not in the clone, as in a shallow checkout; ${SHALLOW_FIX}`);
  const files = request.files;
  const basePolicy = await readPolicy(root, spec, (path, max) => files.read(path, max));
  if (!basePolicy.ok)
    return warn(
      `the policy at ${request.sha.slice(0, 7)} does not load: ${basePolicy.diagnostics[0]?.message ?? "unknown error"}`,
    );
  const planText = await files.read(planPath, MAX_CONFIG_BYTES);
  let found: { path: string; loaded: LoadedPlan } | undefined;
  if (planText.ok) {
    const loaded = loadPlan(planPath, planText.text);
    if (!loaded.ok)
      return warn(
        `the plan at ${request.sha.slice(0, 7)} does not load: ${loaded.diagnostics[0]?.message ?? "unknown error"}`,
      );
    found = { path: planPath, loaded: loaded.value };
  } else if (planText.kind !== "file-missing")
    return warn(`${planPath} at ${request.sha.slice(0, 7)}: ${planText.message}`);
  const moved =
    found === undefined
      ? await samePlanElsewhere(files, head.loaded.plan.name, planPath, request.planInput)
      : undefined;
  const basePlanOrigin: { base_plan: "same-path" | "moved" | "new"; base_plan_file: string | null } =
    found !== undefined
      ? { base_plan: "same-path", base_plan_file: null }
      : moved !== undefined
        ? { base_plan: "moved", base_plan_file: moved.path }
        : { base_plan: "new", base_plan_file: null };
  found ??= moved;
  let basePlan: LoadedPlan | undefined;
  if (found !== undefined) {
    // The base's waivers file counts as the base's waivers: one added or extended there is pending.
    const waivers = await withWaiversBeside((path, max) => files.read(path, max), found.path, found.loaded.plan);
    if (!waivers.ok)
      return warn(
        `the waivers at ${request.sha.slice(0, 7)} do not load: ${waivers.diagnostics[0]?.message ?? "unknown error"}`,
      );
    basePlan = { ...found.loaded, plan: waivers.value.plan };
  }
  const baseFloored = withFloors(basePolicy.value).policy;
  const stricter = stricterRules(
    { plan: basePlan?.plan, policy: baseFloored.policy },
    { plan: head.loaded.plan, policy: head.policy.policy },
  );
  // A threshold the base's value decides names the base commit as its source, not the head's file.
  const provenance = new Map(head.policy.provenance);
  for (const r of stricter.loosened)
    if (r.where === "policy")
      provenance.set(r.rule, `base branch ${request.sha.slice(0, 7)} (${sourceOf(baseFloored, r.rule)})`);
  return {
    loaded: { ...head.loaded, plan: stricter.plan },
    policy: { ...head.policy, policy: stricter.policy, provenance },
    rules: { ...OWN_RULES, from: "base", base_sha: request.sha, loosened: stricter.loosened, ...basePlanOrigin },
  };
}

/**
 * The base's plan of the same name at another path: the plan this pull request moved (or copied).
 * Only a plan that loads counts; the first by path wins, so the choice is the same on every run.
 */
async function samePlanElsewhere(
  files: RepoFiles,
  name: string,
  planPath: string,
  planInput: string | undefined,
): Promise<{ path: string; loaded: LoadedPlan } | undefined> {
  const patterns = [...PLAN_NAMES, ...planEntries(planInput ?? "")];
  const paths = new Set<string>();
  for (const pattern of patterns)
    for (const path of await files.glob(pattern.replace(/^\.\//, ""))) if (path !== planPath) paths.add(path);
  for (const path of [...paths].sort()) {
    const text = await files.read(path, MAX_CONFIG_BYTES);
    if (!text.ok) continue;
    const loaded = loadPlan(path, text.text);
    if (loaded.ok && loaded.value.plan.name === name) return { path, loaded: loaded.value };
  }
  return undefined;
}

/**
 * The floors hold whatever the files give, for a new plan and an existing one alike: a rule
 * below one is listed with the floor's source, which also becomes the threshold's source.
 */
function withFloors(policy: EffectivePolicy): { policy: EffectivePolicy; held: LoosenedRule[] } {
  const floored = applyFloors(policy.policy, policy.floors);
  const provenance = new Map(policy.provenance);
  for (const r of floored.held) provenance.set(r.rule, r.floor!);
  return { policy: { ...policy, policy: floored.policy, provenance }, held: floored.held };
}
