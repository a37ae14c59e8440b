import { join } from "node:path";
import { evaluationDateNote, isCalendarDate } from "../../engine/input/dates.ts";
import { runShortSummary } from "../../engine/output/formats/markdown.ts";
import type { CommentState } from "../../engine/output/parts/comment-body.ts";
import { renderOutput } from "../../engine/output/registry.ts";
import { runAnnotations } from "../../engine/output/annotations.ts";
import { runLog } from "../../engine/output/log-lines.ts";
import { runComments } from "../../engine/output/pull-request-comments.ts";
import { buildRunReport, type PlanOutcome, type RunReport } from "../../engine/run/run-report.ts";
import { actionMode } from "../../engine/run/action-decisions.ts";
import { VERSION } from "../../engine/version.ts";
import { classifyFailure } from "../github/failure.ts";
import {
  EventPayloadError,
  readRunContext,
  runUrl,
  type PullRequestInfo,
  type RunContext,
} from "../github/run-context.ts";
import { mapInOrder, PLAN_CONCURRENCY } from "../in-order.ts";
import { expandPlanPaths, plansGoneSince } from "../plan-paths.ts";
import { InputError, readActionInputs, type ActionInputs } from "./inputs.ts";
import type { ActionLog } from "./log.ts";
import { guardedPorts, runnerPorts, type ActionPorts } from "./ports.ts";
import type { RepositoryReader } from "../repository.ts";
import { writeFreshFiles } from "./run-files.ts";
import { resolvePolicyInput } from "./policy-input.ts";
import { attestationFor } from "../attestation.ts";
import { baseAvailable, baseCheckedOut, runPlan } from "./plan-run.ts";

/**
 * The Action. The one place a throw becomes a failed step: whatever happens, the step fails
 * closed (verdict fail, deploy-allowed false) with a message instead of a stack trace.
 */
export async function runAction(runner: ActionPorts = runnerPorts()): Promise<void> {
  const ports = guardedPorts(runner);
  const log = ports.log;
  try {
    await act(ports);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    setOutputsSafely({ verdict: "fail", "deploy-allowed": "false", "failed-gates": "[]" }, ports);
    if (error instanceof InputError || error instanceof EventPayloadError) log.fail(`tunegate: ${message}`);
    else
      log.fail(
        `tunegate failed unexpectedly, so nothing may deploy: ${message}. This is a bug in tunegate; please report it.`,
      );
  }
}

async function act(ports: ActionPorts): Promise<void> {
  const { env, log } = ports;
  const inputs = readActionInputs((name) => ports.input(name));
  const ctx = await readRunContext(env);
  const mode = actionMode(inputs.mode, ctx.eventName);
  const repository = ports.repository(ctx.workspace);
  const today = evaluationDate(ports.pinnedDay, ports);
  await checkEvaluationDate(today, ports, repository);
  if (mode === "audit") {
    // The price data is megabytes of JavaScript: a check run never loads it.
    const { runAuditMode } = await import("./audit-mode.ts");
    await runAuditMode(ports, ctx, inputs, today);
    return;
  }
  const expanded = await expandPlanPaths(ctx.workspace, inputs.plan, "input plan");
  const policy = await resolvePolicyInput(inputs, ctx);
  const options = {
    root: ctx.workspace,
    repository,
    policy: policy.ok ? policy.value : undefined,
    pricing: inputs.pricing,
    today,
    pullRequest: ctx.pullRequest,
    baseAvailable: await baseAvailable(repository, ctx.pullRequest),
    rulesFrom: inputs["rules-from"],
    planInput: inputs.plan,
  };
  const runs: PlanOutcome[] = [];
  const wrongCheckout = await baseCheckedOut(ctx, repository);
  if (wrongCheckout !== undefined) runs.push({ file: "checkout", ok: false, diagnostics: [wrongCheckout] });
  else if (!policy.ok) runs.push({ file: "policy input", ok: false, diagnostics: policy.diagnostics });
  else runs.push(...(await mapInOrder(expanded.paths, PLAN_CONCURRENCY, (file) => runPlan(file, options))));
  if (expanded.diagnostics.length > 0) runs.push({ file: "plan input", ok: false, diagnostics: expanded.diagnostics });

  const removed =
    options.baseAvailable && ctx.pullRequest !== undefined
      ? await plansGoneSince(repository.filesAt(ctx.pullRequest.baseSha), inputs.plan, expanded.paths)
      : [];

  // The engine decides the run; everything below only shows and delivers it.
  const run = buildRunReport(runs, inputs["fail-on"], VERSION, removed);
  const files = await writeRunFiles(ctx, inputs, run, log);
  await ports.summary(`${await renderOutput("check", "markdown", run)}\n`, () =>
    runShortSummary(run, files.reportJson),
  );

  // Everything the step decides and shows is written before any GitHub API call, so an API that
  // hangs or refuses can delay the comment, never the verdict. All of it comes from the run report.
  annotate(run, log);
  const lines = runLog(run);
  for (const w of lines.warnings) log.warning(w.message, { title: w.title });
  setOutputsSafely(
    {
      ...run.outputs,
      "report-json": files.reportJson,
      "sarif-file": files.sarif,
      "attestation-file": files.attestation ?? "",
    },
    ports,
  );

  log.info(lines.summary);
  if (lines.failure !== null) log.fail(lines.failure);

  try {
    await comment(ports, ctx, inputs, run);
  } catch (error) {
    commentFailed(error, log);
  }
}

/** TUNEGATE_TODAY pins the date (for reproducible runs); set but not a real day, nothing is judged. */
function evaluationDate(pinned: string | undefined, ports: ActionPorts): string {
  if (pinned === undefined) return ports.today();
  if (!isCalendarDate(pinned))
    throw new InputError(
      `TUNEGATE_TODAY must be a calendar date YYYY-MM-DD, got ${JSON.stringify(pinned)}; unset it to use today's date`,
    );
  return pinned;
}

/**
 * A date other than the runner's is named in the log; one before the judged commit was made is
 * refused: it would revive waivers that had expired by then and make stale prices fresh.
 */
async function checkEvaluationDate(today: string, ports: ActionPorts, repository: RepositoryReader): Promise<void> {
  const note = evaluationDateNote(today, ports.today(), "TUNEGATE_TODAY");
  if (note === null) return;
  const committed = await repository.checkedOutCommitDay();
  if (committed !== undefined && today < committed) {
    throw new InputError(
      `TUNEGATE_TODAY is ${today}, before ${committed}, the day the commit being judged was made: a past date would revive expired waivers and make stale prices look fresh; unset TUNEGATE_TODAY`,
    );
  }
  ports.log.warning(`tunegate ${note}`, { title: "tunegate: evaluation date" });
}

/**
 * The run report as JSON and as SARIF, in the runner's temp folder, for artifacts and code
 * scanning; and, when the plans declare the artifacts a deploy ships, the in-toto statement
 * for actions/attest to sign.
 */
async function writeRunFiles(
  ctx: RunContext,
  inputs: ActionInputs,
  run: RunReport,
  log: ActionLog,
): Promise<{ reportJson: string; sarif: string; attestation: string | undefined }> {
  const dir = ctx.runnerTemp === "" ? join(ctx.workspace, ".tunegate") : ctx.runnerTemp;
  const judged = run.plans.some((p) => "report" in p);
  const statement = judged ? await attestationFor(ctx.workspace, run) : undefined;
  if (statement !== undefined && !statement.ok)
    for (const d of statement.diagnostics)
      log.warning(`${d.message}; no attestation written`, {
        title: "tunegate: attestation",
        file: d.location.file,
        startLine: d.location.line,
      });
  else if (statement !== undefined && statement.text === null) log.info(`tunegate: ${statement.note}`);
  const text = statement?.ok === true ? statement.text : null;
  const [reportJson, sarif, attestation] = await writeFreshFiles(dir, inputs["comment-key"], [
    { stem: "tunegate-report", ext: "json", text: await renderOutput("check", "json", run) },
    { stem: "tunegate-results", ext: "sarif", text: await renderOutput("check", "sarif", run) },
    ...(text === null ? [] : [{ stem: "tunegate-attestation", ext: "json", text }]),
  ]);
  return { reportJson: reportJson!, sarif: sarif!, attestation };
}

async function comment(ports: ActionPorts, ctx: RunContext, inputs: ActionInputs, run: RunReport): Promise<void> {
  const log = ports.log;
  const mode = inputs.comment;
  if (mode === "never") return;
  const pr = ctx.pullRequest;
  if (pr === undefined) {
    if (mode !== "auto")
      log.notice(
        `tunegate: comment: ${mode}, but the ${ctx.eventName} event has no pull request to comment on; the report is in the job summary`,
      );
    return;
  }
  if (pr.isFork && ctx.eventName === "pull_request") {
    log.notice(
      "tunegate: this pull request comes from a fork, so its token is read-only and no comment is posted. The verdict is this check's result; the report is in the job summary and the report-json output. To comment on fork pull requests, run tunegate on pull_request_target (see the README's section on forks).",
    );
    return;
  }
  const token = inputs["github-token"];
  if (token === "") {
    log.warning(
      "tunegate: no github-token, so no pull-request comment; pass github-token: ${{ github.token }} with pull-requests: write",
    );
    return;
  }
  // Octokit and its HTTP stack are most of the bundle; runs that post nothing never load them.
  const { syncStickyComments } = await import("../github/sticky-comment.ts");
  const info = (m: string) => log.info(m);
  const github = await ports.github({ token, apiUrl: ctx.apiUrl, log: info });
  const state = commentState(pr, ctx.runId);
  const summaryUrl = runUrl(ctx);
  // Many plans: one comment for the run; the per-plan comments of earlier runs are retired, and
  // the other way round (the engine's call, from the run report).
  const {
    comments: plans,
    retire,
    oneForAll,
  } = runComments(run, { key: inputs["comment-key"], comment: mode, state, summaryUrl });
  const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number };
  await github
    .within(
      syncStickyComments(
        github.api,
        target,
        plans,
        state,
        (plan, result) => {
          const file = plans.find((p) => p.marker === plan.marker)!.file;
          if ("removed" in result && result.removed > 0)
            log.info(`tunegate: deleted ${result.removed} outdated or duplicate comment(s) for ${file}`);
          if (result.action === "skipped-newer")
            log.info(
              `tunegate: comment for ${file} left as is: it was written for a newer commit (${result.newer.sha.slice(0, 7)})`,
            );
          else if (result.action === "superseded")
            log.info(
              `tunegate: comment for ${file} replaced by a newer run's (commit ${result.newer?.sha.slice(0, 7) ?? "unknown"}): ${result.url}`,
            );
          else if (result.action === "skipped-unsearched") {
            log.warning(
              `tunegate read ${result.pages * 100} comments on this pull request (${result.pages} pages, its limit) without finding its comment for ${file}, so it posts none rather than risk a duplicate. The verdict is unaffected; the report is in the job summary.`,
            );
          } else if (result.action !== "skipped-absent")
            log.info(`tunegate: comment for ${file} ${result.action}: ${result.url}`);
        },
        info,
        retire,
        inputs["comment-key"],
      ),
    )
    .then((retired) => {
      if (retired > 0)
        log.info(
          `tunegate: deleted ${retired} comment(s) from earlier runs that ${oneForAll ? "commented per plan" : "commented once for all plans"}`,
        );
    });
}

/**
 * The run's place among the runs on its pull request (see CommentState). A run whose event names
 * no head commit or no time cannot be ordered against the others: it edits the comment in place
 * (and marks none as newer) rather than leave an older verdict standing.
 */
function commentState(pr: PullRequestInfo, runId: string): CommentState | undefined {
  if (!/^[0-9a-f]{7,64}$/.test(pr.headSha) || Number.isNaN(Date.parse(pr.updatedAt)) || /\s/.test(pr.updatedAt))
    return undefined;
  return /^\d{1,15}$/.test(runId)
    ? { sha: pr.headSha, at: pr.updatedAt, run: Number(runId) }
    : { sha: pr.headSha, at: pr.updatedAt };
}

/** A comment that cannot be written is a warning with the fix; it never changes the verdict. */
function commentFailed(error: unknown, log: ActionLog): void {
  const failure = classifyFailure(error);
  const why = `${failure.status ?? failure.kind}: ${failure.message}`;
  const unaffected = "The verdict is unaffected; the report is in the job summary.";
  if (failure.kind === "forbidden") {
    log.warning(
      `tunegate could not write the pull-request comment (${why}). Give the workflow "permissions: pull-requests: write". A pull request from a fork gets a read-only token: run tunegate on pull_request_target to comment (see the README's section on forks). ${unaffected}`,
    );
  } else if (failure.kind === "not-found") {
    log.warning(
      `tunegate could not find the pull request to comment on (${why}); check github-token's access to this repository. ${unaffected}`,
    );
  } else if (failure.kind === "rate-limited") {
    log.warning(
      `tunegate skipped the pull-request comment: GitHub's API is rate-limited (${failure.message}). The next run writes it. ${unaffected}`,
    );
  } else if (failure.kind === "budget") {
    log.warning(
      `tunegate could not write the pull-request comment: GitHub's API did not finish within the time allowed, so it stopped waiting. ${unaffected}`,
    );
  } else {
    log.warning(`tunegate could not write the pull-request comment (${why}). ${unaffected}`);
  }
}

function annotate(run: RunReport, log: ActionLog): void {
  const { shown, leftOut } = runAnnotations(run);
  for (const a of shown) {
    const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === "error") log.error(a.message, properties);
    else log.warning(a.message, properties);
  }
  if (leftOut !== null) log.info(leftOut);
}

function setOutputsSafely(outputs: Record<string, string>, ports: ActionPorts): void {
  for (const [name, value] of Object.entries(outputs)) {
    try {
      ports.output(name, value);
    } catch (error) {
      ports.log.warning(`tunegate could not set output ${name}: ${(error as Error).message}`);
    }
  }
}
