import { comparePlans, notCompared } from "../../engine/output/parts/plan-change.ts";
import type { PlanOutcome } from "../../engine/run/run-report.ts";
import { runCheck } from "../check.ts";
import type { PolicySpec } from "../repo-settings.ts";
import type { Diagnostic } from "../../engine/input/diagnostic.ts";
import type { RepositoryReader } from "../repository.ts";
import type { RulesRequest } from "../base-rules.ts";
import type { PullRequestInfo, RunContext } from "../github/run-context.ts";

export type PlanRun = PlanOutcome;

export interface PlanRunOptions {
  root: string;
  /** The base commit's files come from here. */
  repository: RepositoryReader;
  policy: PolicySpec;
  pricing: string | undefined;
  today: string;
  pullRequest: PullRequestInfo | undefined;
  /** Whether the base commit is in the clone; computed once per run. */
  baseAvailable: boolean;
  /** The Action's rules-from: base (default) judges a pull request by the stricter of its base's rules and its own. */
  rulesFrom?: "base" | "head";
  /** The Action's plan input: where at the base a moved plan may have been (base-rules.ts). */
  planInput?: string;
}

export async function baseAvailable(
  repository: RepositoryReader,
  pullRequest: PullRequestInfo | undefined,
): Promise<boolean> {
  return pullRequest !== undefined && pullRequest.baseSha !== "" && (await repository.hasCommit(pullRequest.baseSha));
}

/**
 * On a pull-request event, whether the working tree holds the base branch instead of the pull
 * request: `pull_request_target` runs with GITHUB_SHA at the base branch's last commit, which is
 * what `actions/checkout` checks out unless told otherwise. The plans there are not the pull
 * request's, so judging them would pass (and comment "checked at" the head commit) whatever the
 * pull request changed. Unknown (no readable clone) is not a problem.
 */
export async function baseCheckedOut(ctx: RunContext, repository: RepositoryReader): Promise<Diagnostic | undefined> {
  const pr = ctx.pullRequest;
  if (pr === undefined) return undefined;
  const head = await repository.checkedOutCommit();
  if (head === undefined || head === pr.headSha) return undefined;
  const isBase = head === pr.baseSha || (ctx.eventName === "pull_request_target" && head === ctx.sha);
  if (!isBase) return undefined;
  return {
    kind: "usage",
    message: `the workspace has the base branch checked out (commit ${head.slice(0, 7)}), not pull request #${pr.number}: its plans are not the pull request's, so none was judged`,
    location: { file: "checkout", line: 1, column: 1 },
    field: "",
    hint: "check out the pull request before tunegate: actions/checkout with ref: ${{ github.event.pull_request.head.sha }} (on pull_request_target, run none of its code in that job)",
  };
}

/** Checks one plan and, on a pull request, the same plan at the base commit for the diff. */
export async function runPlan(file: string, options: PlanRunOptions): Promise<PlanRun> {
  const pr = options.pullRequest;
  const rules: RulesRequest | undefined =
    pr === undefined
      ? undefined
      : options.rulesFrom === "head"
        ? { from: "head", sha: pr.baseSha }
        : {
            from: "base",
            sha: pr.baseSha,
            files: options.baseAvailable ? options.repository.filesAt(pr.baseSha) : undefined,
            ...(options.planInput === undefined ? {} : { planInput: options.planInput }),
          };
  const head = await runCheck({
    root: options.root,
    plan: file,
    policy: options.policy,
    pricing: options.pricing,
    today: options.today,
    rules,
  });
  if (!head.ok) return { file, ok: false, diagnostics: head.diagnostics };
  if (pr === undefined) return { file, ok: true, report: head.report, change: undefined };
  if (!options.baseAvailable) {
    return {
      file,
      ok: true,
      report: head.report,
      change: notCompared(pr.baseRef, "its commit is not in the clone (use `actions/checkout` with `fetch-depth: 0`)"),
    };
  }
  const files = options.repository.filesAt(pr.baseSha);
  const existsAtBase = (await files.read(head.report.plan.file, 1024 * 1024)).ok;
  if (!existsAtBase)
    return { file, ok: true, report: head.report, change: comparePlans(null, head.report, pr.baseRef) };
  const base = await runCheck({
    root: options.root,
    plan: file,
    policy: options.policy,
    pricing: options.pricing,
    today: options.today,
    files,
  });
  if (!base.ok)
    return {
      file,
      ok: true,
      report: head.report,
      change: notCompared(pr.baseRef, "the plan there does not check cleanly"),
    };
  return { file, ok: true, report: head.report, change: comparePlans(base.report, head.report, pr.baseRef) };
}
