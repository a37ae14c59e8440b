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
import { runUrl, type RunContext } from "../github/run-context.ts";
import type { ActionInputs } from "./inputs.ts";
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

export async function runAuditMode(env: NodeJS.ProcessEnv, ctx: RunContext, inputs: ActionInputs, today: string): Promise<void> {
  const policy = await resolvePolicyInput(inputs, ctx);
  const outcome = policy.ok
    ? await runAudit({ planOrigin: "input plan", root: ctx.workspace, plans: inputs.plan, policy: policy.value, pricing: inputs.pricing, current: inputs["current-prices"], today })
    : policy;
  if (!outcome.ok) {
    await writeJobSummary(env["GITHUB_STEP_SUMMARY"], inputErrorMarkdown("pricing audit", outcome.diagnostics), () => "");
    for (const a of capAnnotations(diagnosticAnnotations(outcome.diagnostics)).shown) core.error(a.message, { title: a.title, file: a.file, startLine: a.line, startColumn: a.column });
    core.setOutput("drift-found", "false");
    core.setOutput("plans-over-budget", "[]");
    core.setFailed(`tunegate: the pricing audit could not read its inputs (${outcome.diagnostics.length} problem(s)); see the annotations`);
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

  const token = inputs["github-token"];
  if (inputs.comment !== "never" && token !== "") {
    const [{ createClient }, { authorCheckFor }, { syncTrackingIssue }] = await Promise.all([import("../github/client.ts"), import("../github/comment-author.ts"), import("../github/tracking-issue.ts")]);
    const client = createClient({ token, baseUrl: ctx.apiUrl, log: (m) => core.info(m), retryBaseMs: Number(env["TUNEGATE_RETRY_BASE_MS"] ?? 1000) });
    try {
      const synced = await syncTrackingIssue(client, {
        owner: ctx.owner,
        repo: ctx.repo,
        marker: `<!-- tunegate:audit key=${JSON.stringify(inputs["comment-key"])} -->`,
        title: "tunegate: pinned LLM prices need attention",
        body: `${markdown}\n<sub>From [this run](${runUrl(ctx)}). tunegate updates this issue on every audit and closes it when everything is back in line.</sub>\n\n<!-- tunegate:audit key=${JSON.stringify(inputs["comment-key"])} -->\n`,
        needsAction: result.needs_action || !result.verified,
        closingComment: `All pinned prices match the current ones and every plan is within budget (audit of ${result.today}). Closing.`,
        isOurs: await authorCheckFor(token, client),
      });
      if (synced.action !== "none") core.info(`tunegate: tracking issue #${synced.number} ${synced.action}: ${synced.url}`);
    } catch (error) {
      const status = (error as { status?: number }).status;
      core.warning(`tunegate could not update the audit's tracking issue (${status ?? "network"}: ${(error as Error).message}). Give the workflow "permissions: issues: write". The audit result is unaffected; it is in the job summary.`);
    }
  }

  core.setOutput("verdict", verdict);
  core.setOutput("drift-found", String(result.drift.length > 0));
  core.setOutput("plans-over-budget", JSON.stringify(result.plans_over_budget));
  core.setOutput("report-json", reportPath);
  core.info(`tunegate pricing audit: ${verdict}${result.verified ? "" : ` (could not verify: ${result.unverified_reason})`}`);
  if (!result.verified && unverified === "error") core.setFailed(`tunegate: could not verify current prices (${result.unverified_reason}); the pinned prices were kept`);
  else if (exitCodeFor(verdict, inputs["fail-on"]) === 1) core.setFailed(`tunegate: the pricing audit found something to act on (verdict ${verdict}); see the job summary`);
}
