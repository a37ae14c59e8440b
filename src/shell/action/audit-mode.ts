import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { exitCodeFor, type Verdict } from "../../engine/gates/verdict.ts";
import type { AuditResult } from "../../engine/pricing/audit.ts";
import type { Level } from "../../engine/policy/schema.ts";
import { auditMarkdown } from "../../engine/report/audit-report.ts";
import { runAudit } from "../audit-run.ts";
import { capAnnotations, diagnosticAnnotations } from "../github/annotations.ts";
import { writeJobSummary } from "../github/job-summary.ts";
import { classifyFailure } from "../github/failure.ts";
import { runUrl, type RunContext } from "../github/run-context.ts";
import type { ActionInputs } from "./inputs.ts";
import type { ActionLog } from "./log.ts";
import { inputErrorMarkdown } from "./plan-run.ts";
import { resolvePolicyInput } from "./policy-input.ts";

/**
 * What the audit found, as a verdict: prices that moved, plans over budget at today's prices,
 * models past shutdown or gone from the feed need action now (fail); stale pins, announced
 * changes and near shutdowns warn; unverifiable prices count as the policy says.
 */
export function auditVerdict(result: AuditResult, unverified: Level): Verdict {
  if (!result.verified) return unverified === "error" ? "fail" : unverified === "warning" ? "warn" : "pass";
  const now =
    result.drift.length > 0 || result.missing.length > 0 || result.plans_over_budget.some((p) => p.at !== "announced") || result.shutdowns.some((s) => s.days_left < 0);
  if (now) return "fail";
  return result.needs_action ? "warn" : "pass";
}

export async function runAuditMode(env: NodeJS.ProcessEnv, ctx: RunContext, inputs: ActionInputs, today: string, log: ActionLog): Promise<void> {
  const policy = await resolvePolicyInput(inputs, ctx);
  const outcome = policy.ok
    ? await runAudit({ planOrigin: "input plan", root: ctx.workspace, plans: inputs.plan, policy: policy.value, pricing: inputs.pricing, current: inputs["current-prices"], today })
    : policy;
  if (!outcome.ok) {
    await writeJobSummary(env["GITHUB_STEP_SUMMARY"], inputErrorMarkdown("pricing audit", outcome.diagnostics), () => "");
    for (const a of capAnnotations(diagnosticAnnotations(outcome.diagnostics)).shown) log.error(a.message, { title: a.title, file: a.file, startLine: a.line, startColumn: a.column });
    core.setOutput("verdict", "fail");
    core.setOutput("drift-found", "false");
    core.setOutput("plans-over-budget", "[]");
    log.fail(`tunegate: the pricing audit could not read its inputs (${outcome.diagnostics.length} problem(s)); see the annotations`);
    return;
  }
  const result = outcome.result;
  const unverified = outcome.policy.audit.unverified;
  const verdict = auditVerdict(result, unverified);
  const markdown = auditMarkdown(result);
  await writeJobSummary(env["GITHUB_STEP_SUMMARY"], markdown, () => markdown.slice(0, 60_000));
  const dir = ctx.runnerTemp === "" ? join(ctx.workspace, ".tunegate") : ctx.runnerTemp;
  await mkdir(dir, { recursive: true });
  const reportPath = join(dir, `tunegate-audit${inputs["comment-key"] === "" ? "" : `-${inputs["comment-key"].replace(/[^A-Za-z0-9._-]/g, "_")}`}.json`);
  await writeFile(reportPath, `${JSON.stringify(result, null, 2)}\n`);

  // The verdict and outputs come before any GitHub API call (see main.ts).
  core.setOutput("verdict", verdict);
  core.setOutput("drift-found", String(result.drift.length > 0));
  core.setOutput("plans-over-budget", JSON.stringify(result.plans_over_budget));
  core.setOutput("report-json", reportPath);
  log.info(`tunegate pricing audit: ${verdict}${result.verified ? "" : ` (could not verify: ${result.unverified_reason})`}`);
  if (!result.verified && unverified === "error") log.fail(`tunegate: could not verify current prices (${result.unverified_reason}); the pinned prices were kept`);
  else if (exitCodeFor(verdict, inputs["fail-on"]) === 1) log.fail(`tunegate: the pricing audit found something to act on (verdict ${verdict}); see the job summary`);

  const token = inputs["github-token"];
  if (inputs.comment === "never" || token === "") return;
  try {
    await syncIssue(env, ctx, inputs, result, markdown, token, log);
  } catch (error) {
    const failure = classifyFailure(error);
    const why = `${failure.status ?? failure.kind}: ${failure.message}`;
    const advice =
      failure.kind === "forbidden"
        ? ' Give the workflow "permissions: issues: write".'
        : failure.kind === "rate-limited"
          ? " GitHub's API is rate-limited; the next audit updates it."
          : failure.kind === "budget"
            ? " GitHub's API did not finish within the time allowed."
            : "";
    log.warning(`tunegate could not update the audit's tracking issue (${why}).${advice} The audit result is unaffected; it is in the job summary.`);
  }
}

async function syncIssue(env: NodeJS.ProcessEnv, ctx: RunContext, inputs: ActionInputs, result: AuditResult, markdown: string, token: string, log: ActionLog): Promise<void> {
  const [{ clientLimits, createClient }, { syncTrackingIssue }, { withinBudget }] = await Promise.all([
    import("../github/client.ts"),
    import("../github/tracking-issue.ts"),
    import("../github/request-policy.ts"),
  ]);
  const limits = clientLimits(env);
  const info = (m: string) => log.info(m);
  const client = createClient({ token, baseUrl: ctx.apiUrl, log: info, ...limits });
  const marker = `<!-- tunegate:audit key=${JSON.stringify(inputs["comment-key"])} -->`;
  const synced = await withinBudget(
    limits.budget,
    syncTrackingIssue(
      client,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        marker,
        title: "tunegate: pinned LLM prices need attention",
        body: `${markdown}\n<sub>From [this run](${runUrl(ctx)}). tunegate updates this issue on every audit and closes it when everything is back in line.</sub>\n\n${marker}\n`,
        needsAction: result.needs_action || !result.verified,
        closingComment: `All pinned prices match the current ones and every plan is within budget (audit of ${result.today}). Closing.`,
      },
      info,
    ),
  );
  if (synced.action === "skipped-unsearched") {
    log.warning(`tunegate read ${synced.pages * 100} open issues (${synced.pages} pages, its limit) without finding its tracking issue, so it opens none rather than risk a duplicate. The audit result is in the job summary.`);
  } else if (synced.action !== "none") log.info(`tunegate: tracking issue #${synced.number} ${synced.action}: ${synced.url}`);
}
