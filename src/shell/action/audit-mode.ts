import { join } from "node:path";
import { budgetStanding } from "../../engine/pricing/audit.ts";
import { inputErrorMarkdown } from "../../engine/output/formats/markdown.ts";
import { capAnnotations, inputErrorAnnotations } from "../../engine/output/annotations.ts";
import { renderOutput } from "../../engine/output/registry.ts";
import { auditRunLog } from "../../engine/output/audit-log-lines.ts";
import { AUDIT_INPUT_ERROR_OUTPUTS } from "../../engine/run/audit-decision.ts";
import { buildAuditRunReport, type AuditRunReport } from "../../engine/run/audit-run-report.ts";
import { inputErrorsOf } from "../../engine/run/run-report.ts";
import { VERSION } from "../../engine/version.ts";
import { runAudit } from "../audit-run.ts";
import { classifyFailure } from "../github/failure.ts";
import { runUrl, type RunContext } from "../github/run-context.ts";
import type { ActionInputs } from "./inputs.ts";
import type { ActionPorts } from "./ports.ts";
import { resolvePolicyInput } from "./policy-input.ts";
import { writeFreshFiles } from "./run-files.ts";

/** The scheduled audit: the engine's verdict under the policy, the report, then the tracking issue. */
export async function runAuditMode(
  ports: ActionPorts,
  ctx: RunContext,
  inputs: ActionInputs,
  today: string,
): Promise<void> {
  const { log } = ports;
  const policy = await resolvePolicyInput(inputs, ctx);
  const outcome = policy.ok
    ? await runAudit({
        planOrigin: "input plan",
        root: ctx.workspace,
        plans: inputs.plan,
        policy: policy.value,
        pricing: inputs.pricing,
        current: inputs["current-prices"],
        today,
      })
    : policy;
  if (!outcome.ok) {
    const inputErrors = inputErrorsOf(outcome.diagnostics);
    await ports.summary(inputErrorMarkdown({ file: "pricing audit", input_errors: inputErrors }), () => "");
    for (const a of capAnnotations(inputErrorAnnotations(inputErrors)).shown)
      log.error(a.message, { title: a.title, file: a.file, startLine: a.line, startColumn: a.column });
    for (const [name, value] of Object.entries(AUDIT_INPUT_ERROR_OUTPUTS)) ports.output(name, value);
    log.fail(
      `tunegate: the pricing audit could not read its inputs (${outcome.diagnostics.length} problem(s)); see the annotations`,
    );
    return;
  }
  const result = outcome.result;
  // The same decision as `tunegate audit`'s: the engine's, under the policy and fail-on.
  const run = buildAuditRunReport(result, outcome.policy.audit.unverified, inputs["fail-on"], VERSION);
  const markdown = await renderOutput("audit", "markdown", run);
  await ports.summary(markdown, () => markdown.slice(0, 60_000));
  const dir = ctx.runnerTemp === "" ? join(ctx.workspace, ".tunegate") : ctx.runnerTemp;
  const [reportPath] = await writeFreshFiles(dir, inputs["comment-key"], [
    { stem: "tunegate-audit", ext: "json", text: await renderOutput("audit", "json", run) },
  ]);

  // The verdict and outputs come before any GitHub API call (see main.ts).
  for (const [name, value] of Object.entries(run.outputs)) ports.output(name, value);
  ports.output("report-json", reportPath!);
  const lines = auditRunLog(run);
  log.info(lines.summary);
  if (lines.failure !== null) log.fail(lines.failure);

  const token = inputs["github-token"];
  if (inputs.comment === "never" || token === "") return;
  try {
    await syncIssue(ports, ctx, inputs, run, markdown, token);
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
    log.warning(
      `tunegate could not update the audit's tracking issue (${why}).${advice} The audit result is unaffected; it is in the job summary.`,
    );
  }
}

async function syncIssue(
  ports: ActionPorts,
  ctx: RunContext,
  inputs: ActionInputs,
  run: AuditRunReport,
  markdown: string,
  token: string,
): Promise<void> {
  const result = run.audit;
  const log = ports.log;
  const { syncTrackingIssue } = await import("../github/tracking-issue.ts");
  const info = (m: string) => log.info(m);
  const github = await ports.github({ token, apiUrl: ctx.apiUrl, log: info });
  const marker = `<!-- tunegate:audit key=${JSON.stringify(inputs["comment-key"])} -->`;
  const synced = await github.within(
    syncTrackingIssue(
      github.api,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        marker,
        title: "tunegate: pinned LLM prices need attention",
        body: `${markdown}\n<sub>From [this run](${runUrl(ctx)}). tunegate updates this issue on every audit and closes it when everything is back in line.</sub>\n\n${marker}\n`,
        needsAction: run.needs_action,
        closingComment: `All pinned prices match the current ones; ${budgetStanding(result)} (audit of ${result.today}). Closing.`,
      },
      info,
    ),
  );
  if (synced.action === "skipped-unsearched") {
    log.warning(
      `tunegate read ${synced.pages * 100} open issues (${synced.pages} pages, its limit) without finding its tracking issue, so it opens none rather than risk a duplicate. The audit result is in the job summary.`,
    );
  } else if (synced.action !== "none")
    log.info(`tunegate: tracking issue #${synced.number} ${synced.action}: ${synced.url}`);
}
