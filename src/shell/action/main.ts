import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { exitCodeFor, type FailOn, type Verdict } from "../../engine/gates/verdict.ts";
import { commentBody, commentMarker, type CommentState } from "../../engine/report/comment-body.ts";
import { renderMarkdown } from "../../engine/report/markdown.ts";
import { capAnnotations, diagnosticAnnotations, reportAnnotations, type Annotation } from "../github/annotations.ts";
import type { AuthorCheck } from "../github/comment-author.ts";
import { writeJobSummary } from "../github/job-summary.ts";
import { readRunContext, runUrl, type RunContext } from "../github/run-context.ts";
import { expandPlanPaths } from "../plan-paths.ts";
import { InputError, readActionInputs, type ActionInputs } from "./inputs.ts";
import { runAuditMode } from "./audit-mode.ts";
import { resolvePolicyInput } from "./policy-input.ts";
import { baseAvailable, inputErrorMarkdown, runPlan, type PlanRun } from "./plan-run.ts";

/**
 * The Action. The one place a throw becomes a failed step: whatever happens, the step fails
 * closed (verdict fail, deploy-allowed false) with a message instead of a stack trace.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await act(env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    setOutputsSafely({ verdict: "fail", "deploy-allowed": "false", "failed-gates": "[]" });
    if (error instanceof InputError) core.setFailed(`tunegate: ${message}`);
    else core.setFailed(`tunegate failed unexpectedly, so nothing may deploy: ${message}. This is a bug in tunegate; please report it.`);
  }
}

async function act(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readActionInputs((name) => core.getInput(name));
  const ctx = await readRunContext(env);
  const mode = inputs.mode === "auto" ? (ctx.eventName === "schedule" ? "audit" : "check") : inputs.mode;
  const today = env["TUNEGATE_TODAY"] ?? new Date().toISOString().slice(0, 10);
  if (mode === "audit") {
    await runAuditMode(env, ctx, inputs, today);
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

  const sections = runs.map((r) => (r.ok ? `${renderMarkdown(r.report)}${r.changeNote === "" ? "" : `\n${r.changeNote}\n`}` : inputErrorMarkdown(r.file, r.diagnostics)));
  await writeJobSummary(env["GITHUB_STEP_SUMMARY"], `${sections.join("\n---\n\n")}\n`, () => shortSummary(runs, reportPath));

  await comment(env, ctx, inputs, runs, verdict);
  annotate(runs);

  setOutputsSafely({
    verdict,
    "deploy-allowed": String(deployAllowed(verdict, failOn)),
    recommendation: reports.length === 1 ? reports[0]!.recommendation.approach : JSON.stringify(Object.fromEntries(reports.map((r) => [r.plan.file, r.recommendation.approach]))),
    "monthly-cost-usd": reports.some((r) => r.cost !== null) ? reports.reduce((sum, r) => sum + (r.cost?.monthly_usd ?? 0), 0).toFixed(2) : "",
    "failed-gates": JSON.stringify([...new Set(reports.flatMap((r) => r.gates.filter((g) => g.level === "error").map((g) => g.id)))]),
    "report-json": reportPath,
  });

  core.info(runs.map((r) => (r.ok ? `${r.report.verdict.toUpperCase()} ${r.report.headline}` : `INPUT ERROR ${r.file}: ${r.diagnostics.length} problem(s)`)).join("\n"));
  const unreadable = runs.filter((r) => !r.ok);
  if (runs.length === 0) core.setFailed("tunegate: the plan input matched no plan file");
  // Bad input is never a pass, whatever fail-on says: nothing was judged.
  else if (unreadable.length > 0) core.setFailed(`tunegate: ${unreadable.map((r) => r.file).join(", ")} could not be checked; see the annotations`);
  else if (exitCodeFor(verdict, failOn) === 1) core.setFailed(`tunegate: verdict ${verdict} (fail-on: ${failOn}); see the job summary for every finding`);
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
  const lines = runs.map((r) => (r.ok ? `- ${r.report.verdict.toUpperCase()}: ${r.report.headline}` : `- INPUT ERROR: ${r.file} (${r.diagnostics.length} problems)`));
  return `### tunegate\n\nThe full report is larger than a job summary may be; it is in \`${reportPath}\` (upload it as an artifact to keep it).\n\n${lines.join("\n")}\n`;
}

async function comment(env: NodeJS.ProcessEnv, ctx: RunContext, inputs: ActionInputs, runs: readonly PlanRun[], verdict: Verdict): Promise<void> {
  const mode = inputs.comment;
  if (mode === "never") return;
  const pr = ctx.pullRequest;
  if (pr === undefined) {
    if (mode !== "auto") core.notice(`tunegate: comment: ${mode}, but the ${ctx.eventName} event has no pull request to comment on; the report is in the job summary`);
    return;
  }
  if (pr.isFork && ctx.eventName === "pull_request") {
    core.notice(
      "tunegate: this pull request comes from a fork, so its token is read-only and no comment is posted. The report is in the job summary and the report-json output. To comment on fork pull requests, upload the report as an artifact and post it from a workflow_run workflow (see the README).",
    );
    return;
  }
  const token = inputs["github-token"];
  if (token === "") {
    core.warning("tunegate: no github-token, so no pull-request comment; pass github-token: ${{ github.token }} with pull-requests: write");
    return;
  }
  // Octokit and its HTTP stack are most of the bundle; runs that post nothing never load them.
  const [{ createClient }, { authorCheckFor }, { upsertStickyComment }] = await Promise.all([import("../github/client.ts"), import("../github/comment-author.ts"), import("../github/sticky-comment.ts")]);
  const client = createClient({ token, baseUrl: ctx.apiUrl, log: (m) => core.info(m), retryBaseMs: Number(env["TUNEGATE_RETRY_BASE_MS"] ?? 1000) });
  const state: CommentState = { sha: pr.headSha, at: pr.updatedAt };
  const summaryUrl = runUrl(ctx);
  let isOurs: AuthorCheck;
  try {
    isOurs = await authorCheckFor(token, client);
  } catch (error) {
    commentFailed(error);
    return;
  }
  for (const run of runs) {
    const file = run.ok ? run.report.plan.file : run.file;
    const marker = commentMarker(inputs["comment-key"], file);
    const body = run.ok ? commentBody({ report: run.report, key: inputs["comment-key"], state, change: run.changeNote, summaryUrl }) : `${inputErrorMarkdown(run.file, run.diagnostics)}\n${marker}\n`;
    const failing = !run.ok || run.report.verdict === "fail";
    try {
      const result = await upsertStickyComment(client, { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number }, { marker, body, ours: state, createIfAbsent: mode !== "on-failure" || failing || verdict === "fail", isOurs });
      if (result.action === "skipped-newer") core.info(`tunegate: comment for ${file} left as is: it was written for a newer commit (${result.newer.sha.slice(0, 7)})`);
      else if (result.action !== "skipped-absent") core.info(`tunegate: comment for ${file} ${result.action}: ${result.url}`);
    } catch (error) {
      commentFailed(error);
      return;
    }
  }
}

/** A comment that cannot be written is a warning with the fix; it never changes the verdict. */
function commentFailed(error: unknown): void {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403) {
    core.warning(
      `tunegate could not write the pull-request comment (403: ${message}). Give the workflow "permissions: pull-requests: write". A pull request from a fork gets a read-only token: post from a workflow_run workflow instead (see the README). The verdict is unaffected.`,
    );
  } else if (status === 404) {
    core.warning(`tunegate could not find the pull request to comment on (404: ${message}); check github-token's access to this repository. The verdict is unaffected.`);
  } else {
    core.warning(`tunegate could not write the pull-request comment (${status ?? "network"}: ${message}). The verdict is unaffected; the report is in the job summary.`);
  }
}

function annotate(runs: readonly PlanRun[]): void {
  const all: Annotation[] = runs.flatMap((r) => (r.ok ? reportAnnotations(r.report) : diagnosticAnnotations(r.diagnostics)));
  const { shown, omitted } = capAnnotations(all);
  for (const a of shown) {
    const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === "error") core.error(a.message, properties);
    else core.warning(a.message, properties);
  }
  if (omitted.error + omitted.warning > 0) {
    core.info(`tunegate: ${omitted.error} error and ${omitted.warning} warning annotations were left out (GitHub shows 10 of each per step); every finding is in the job summary`);
  }
}

function setOutputsSafely(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) {
    try {
      core.setOutput(name, value);
    } catch (error) {
      core.warning(`tunegate could not set output ${name}: ${(error as Error).message}`);
    }
  }
}

