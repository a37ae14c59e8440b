import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isCalendarDate } from "../../engine/input/dates.ts";
import { exitCodeFor, type FailOn, type Verdict } from "../../engine/gates/verdict.ts";
import { commentBody, commentMarker, type CommentState } from "../../engine/report/comment-body.ts";
import { escapeInline } from "../../engine/report/escape.ts";
import { renderMarkdown } from "../../engine/report/markdown.ts";
import { renderPlanChange } from "../../engine/report/plan-change.ts";
import { capAnnotations, diagnosticAnnotations, reportAnnotations, type Annotation } from "../github/annotations.ts";
import { classifyFailure } from "../github/failure.ts";
import { writeJobSummary } from "../github/job-summary.ts";
import { readRunContext, runUrl, type RunContext } from "../github/run-context.ts";
import { expandPlanPaths } from "../plan-paths.ts";
import { InputError, readActionInputs, type ActionInputs } from "./inputs.ts";
import { runAuditMode } from "./audit-mode.ts";
import { runnerLog, type ActionLog } from "./log.ts";
import { resolvePolicyInput } from "./policy-input.ts";
import { baseAvailable, inputErrorMarkdown, runPlan, type PlanRun } from "./plan-run.ts";

/**
 * The Action. The one place a throw becomes a failed step: whatever happens, the step fails
 * closed (verdict fail, deploy-allowed false) with a message instead of a stack trace.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env, log: ActionLog = runnerLog()): Promise<void> {
  try {
    await act(env, log);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    setOutputsSafely({ verdict: "fail", "deploy-allowed": "false", "failed-gates": "[]" }, log);
    if (error instanceof InputError) log.fail(`tunegate: ${message}`);
    else log.fail(`tunegate failed unexpectedly, so nothing may deploy: ${message}. This is a bug in tunegate; please report it.`);
  }
}

async function act(env: NodeJS.ProcessEnv, log: ActionLog): Promise<void> {
  const inputs = readActionInputs((name) => core.getInput(name));
  const ctx = await readRunContext(env);
  const mode = inputs.mode === "auto" ? (ctx.eventName === "schedule" ? "audit" : "check") : inputs.mode;
  const today = evaluationDate(env["TUNEGATE_TODAY"]);
  if (mode === "audit") {
    await runAuditMode(env, ctx, inputs, today, log);
    return;
  }
  const expanded = await expandPlanPaths(ctx.workspace, inputs.plan, "input plan");
  const policy = await resolvePolicyInput(inputs, ctx);
  const options = { root: ctx.workspace, policy: policy.ok ? policy.value : undefined, pricing: inputs.pricing, today, pullRequest: ctx.pullRequest, baseAvailable: await baseAvailable(ctx.workspace, ctx.pullRequest) };
  const runs: PlanRun[] = [];
  if (!policy.ok) runs.push({ file: "policy input", ok: false, diagnostics: policy.diagnostics });
  else for (const file of expanded.paths) runs.push(await runPlan(file, options));
  if (expanded.diagnostics.length > 0) runs.push({ file: "plan input", ok: false, diagnostics: expanded.diagnostics });

  const verdict = overallVerdict(runs);
  const failOn = inputs["fail-on"];
  const reports = runs.flatMap((r) => (r.ok ? [r.report] : []));
  const reportPath = await writeReportJson(ctx, inputs, verdict, failOn, runs);

  const noteOf = (r: Extract<PlanRun, { ok: true }>) => (r.change === undefined ? "" : renderPlanChange(r.change));
  const sections = runs.map((r) => (r.ok ? `${renderMarkdown(r.report)}${noteOf(r) === "" ? "" : `\n${noteOf(r)}\n`}` : inputErrorMarkdown(r.file, r.diagnostics)));
  await writeJobSummary(env["GITHUB_STEP_SUMMARY"], `${sections.join("\n---\n\n")}\n`, () => shortSummary(runs, reportPath));

  // Everything the step decides and shows is written before any GitHub API call, so an API that
  // hangs or refuses can delay the comment, never the verdict.
  annotate(runs, log);
  setOutputsSafely(
    {
    verdict,
    "deploy-allowed": String(deployAllowed(verdict, failOn)),
    recommendation: reports.length === 1 ? reports[0]!.recommendation.approach : JSON.stringify(Object.fromEntries(reports.map((r) => [r.plan.file, r.recommendation.approach]))),
    "monthly-cost-usd": reports.some((r) => r.cost !== null) ? reports.reduce((sum, r) => sum + (r.cost?.monthly_usd ?? 0), 0).toFixed(2) : "",
    "failed-gates": JSON.stringify([...new Set(reports.flatMap((r) => r.gates.filter((g) => g.level === "error").map((g) => g.id)))]),
    "report-json": reportPath,
    },
    log,
  );

  log.info(runs.map((r) => (r.ok ? `${r.report.verdict.toUpperCase()} ${r.report.headline}` : `INPUT ERROR ${r.file}: ${r.diagnostics.length} problem(s)`)).join("\n"));
  const unreadable = runs.filter((r) => !r.ok);
  if (runs.length === 0) log.fail("tunegate: the plan input matched no plan file");
  // Bad input is never a pass, whatever fail-on says: nothing was judged.
  else if (unreadable.length > 0) log.fail(`tunegate: ${unreadable.map((r) => r.file).join(", ")} could not be checked; see the annotations`);
  else if (exitCodeFor(verdict, failOn) === 1) log.fail(`tunegate: verdict ${verdict} (fail-on: ${failOn}); see the job summary for every finding`);

  try {
    await comment(env, ctx, inputs, runs, verdict, log);
  } catch (error) {
    commentFailed(error, log);
  }
}

/** TUNEGATE_TODAY pins the date (for reproducible runs); set but not a real day, nothing is judged. */
function evaluationDate(pinned: string | undefined): string {
  if (pinned === undefined) return new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(pinned)) throw new InputError(`TUNEGATE_TODAY must be a calendar date YYYY-MM-DD, got ${JSON.stringify(pinned)}; unset it to use today's date`);
  return pinned;
}

function overallVerdict(runs: readonly PlanRun[]): Verdict {
  if (runs.length === 0 || runs.some((r) => !r.ok || r.report.verdict === "fail")) return "fail";
  return runs.some((r) => r.ok && r.report.verdict === "warn") ? "warn" : "pass";
}

/** `fail-on: never` keeps the job green, but a failing verdict still keeps deploys out. */
export function deployAllowed(verdict: Verdict, failOn: FailOn): boolean {
  return exitCodeFor(verdict, failOn === "never" ? "error" : failOn) === 0;
}

async function writeReportJson(ctx: RunContext, inputs: ActionInputs, verdict: Verdict, failOn: FailOn, runs: readonly PlanRun[]): Promise<string> {
  const dir = ctx.runnerTemp === "" ? join(ctx.workspace, ".tunegate") : ctx.runnerTemp;
  await mkdir(dir, { recursive: true });
  const key = inputs["comment-key"].replace(/[^A-Za-z0-9._-]/g, "_");
  const path = join(dir, `tunegate-report${key === "" ? "" : `-${key}`}.json`);
  const json = {
    schema_version: 1,
    verdict,
    deploy_allowed: deployAllowed(verdict, failOn),
    plans: runs.map((r) =>
      r.ok
        ? { file: r.file, report: r.report, change: r.change ?? null }
        : { file: r.file, input_errors: r.diagnostics.map((d) => ({ ...d.location, field: d.field, kind: d.kind, message: d.message, hint: d.hint ?? null })) },
    ),
  };
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
  return path;
}

function shortSummary(runs: readonly PlanRun[], reportPath: string): string {
  const lines = runs.map((r) => (r.ok ? `- ${r.report.verdict.toUpperCase()}: ${escapeInline(r.report.headline)}` : `- INPUT ERROR: ${escapeInline(r.file)} (${r.diagnostics.length} problems)`));
  return `### tunegate\n\nThe full report is larger than a job summary may be; it is in \`${reportPath}\` (upload it as an artifact to keep it).\n\n${lines.join("\n")}\n`;
}

async function comment(env: NodeJS.ProcessEnv, ctx: RunContext, inputs: ActionInputs, runs: readonly PlanRun[], verdict: Verdict, log: ActionLog): Promise<void> {
  const mode = inputs.comment;
  if (mode === "never") return;
  const pr = ctx.pullRequest;
  if (pr === undefined) {
    if (mode !== "auto") log.notice(`tunegate: comment: ${mode}, but the ${ctx.eventName} event has no pull request to comment on; the report is in the job summary`);
    return;
  }
  if (pr.isFork && ctx.eventName === "pull_request") {
    log.notice(
      "tunegate: this pull request comes from a fork, so its token is read-only and no comment is posted. The report is in the job summary and the report-json output. To comment on fork pull requests, upload the report as an artifact and post it from a workflow_run workflow (see the README).",
    );
    return;
  }
  const token = inputs["github-token"];
  if (token === "") {
    log.warning("tunegate: no github-token, so no pull-request comment; pass github-token: ${{ github.token }} with pull-requests: write");
    return;
  }
  // Octokit and its HTTP stack are most of the bundle; runs that post nothing never load them.
  const [{ clientLimits, createClient }, { syncStickyComments }, { withinBudget }] = await Promise.all([
    import("../github/client.ts"),
    import("../github/sticky-comment.ts"),
    import("../github/request-policy.ts"),
  ]);
  const limits = clientLimits(env);
  const info = (m: string) => log.info(m);
  const client = createClient({ token, baseUrl: ctx.apiUrl, log: info, ...limits });
  const state: CommentState = { sha: pr.headSha, at: pr.updatedAt };
  const summaryUrl = runUrl(ctx);
  const plans = runs.map((run) => {
    const file = run.ok ? run.report.plan.file : run.file;
    const marker = commentMarker(inputs["comment-key"], file);
    const body = run.ok ? commentBody({ report: run.report, key: inputs["comment-key"], state, change: run.change === undefined ? "" : renderPlanChange(run.change), summaryUrl }) : `${inputErrorMarkdown(run.file, run.diagnostics)}\n${marker}\n`;
    const failing = !run.ok || run.report.verdict === "fail";
    return { file, marker, body, createIfAbsent: mode !== "on-failure" || failing || verdict === "fail" };
  });
  const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
  await withinBudget(
    limits.budget,
    syncStickyComments(
      client,
      target,
      plans,
      state,
      (plan, result) => {
        const file = plans.find((p) => p.marker === plan.marker)!.file;
        if (result.action === "skipped-newer") log.info(`tunegate: comment for ${file} left as is: it was written for a newer commit (${result.newer.sha.slice(0, 7)})`);
        else if (result.action === "skipped-unsearched") {
          log.warning(
            `tunegate read ${result.pages * 100} comments on this pull request (${result.pages} pages, its limit) without finding its comment for ${file}, so it posts none rather than risk a duplicate. The verdict is unaffected; the report is in the job summary.`,
          );
        } else if (result.action !== "skipped-absent") log.info(`tunegate: comment for ${file} ${result.action}: ${result.url}`);
      },
      info,
    ),
  );
}

/** A comment that cannot be written is a warning with the fix; it never changes the verdict. */
function commentFailed(error: unknown, log: ActionLog): void {
  const failure = classifyFailure(error);
  const why = `${failure.status ?? failure.kind}: ${failure.message}`;
  const unaffected = "The verdict is unaffected; the report is in the job summary.";
  if (failure.kind === "forbidden") {
    log.warning(
      `tunegate could not write the pull-request comment (${why}). Give the workflow "permissions: pull-requests: write". A pull request from a fork gets a read-only token: post from a workflow_run workflow instead (see the README). ${unaffected}`,
    );
  } else if (failure.kind === "not-found") {
    log.warning(`tunegate could not find the pull request to comment on (${why}); check github-token's access to this repository. ${unaffected}`);
  } else if (failure.kind === "rate-limited") {
    log.warning(`tunegate skipped the pull-request comment: GitHub's API is rate-limited (${failure.message}). The next run writes it. ${unaffected}`);
  } else if (failure.kind === "budget") {
    log.warning(`tunegate could not write the pull-request comment: GitHub's API did not finish within the time allowed, so it stopped waiting. ${unaffected}`);
  } else {
    log.warning(`tunegate could not write the pull-request comment (${why}). ${unaffected}`);
  }
}

function annotate(runs: readonly PlanRun[], log: ActionLog): void {
  const all: Annotation[] = runs.flatMap((r) => (r.ok ? reportAnnotations(r.report) : diagnosticAnnotations(r.diagnostics)));
  const { shown, omitted } = capAnnotations(all);
  for (const a of shown) {
    const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === "error") log.error(a.message, properties);
    else log.warning(a.message, properties);
  }
  if (omitted.error + omitted.warning > 0) {
    log.info(`tunegate: ${omitted.error} error and ${omitted.warning} warning annotations were left out (GitHub shows 10 of each per step); every finding is in the job summary`);
  }
}

function setOutputsSafely(outputs: Record<string, string>, log: ActionLog): void {
  for (const [name, value] of Object.entries(outputs)) {
    try {
      core.setOutput(name, value);
    } catch (error) {
      log.warning(`tunegate could not set output ${name}: ${(error as Error).message}`);
    }
  }
}

