import type { Diagnostic } from "../../engine/input/diagnostic.ts";
import { exitCodeFor, type Verdict } from "../../engine/gates/verdict.ts";
import { renderJson } from "../../engine/report/json.ts";
import { renderMarkdown } from "../../engine/report/markdown.ts";
import type { Report } from "../../engine/report/model.ts";
import { renderText } from "../../engine/report/text.ts";
import { runCheck } from "../check.ts";
import { expandPlanPaths } from "../plan-paths.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { dateFlag, oneOf, parseFlags } from "./flags.ts";
import { EXIT_USAGE, type CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";

export const FORMATS = ["text", "markdown", "json"] as const;

/** `--plan` names one plan unless it holds a glob or a list: then every match is checked. */
const SEVERAL = /[*?[\]{},\n]/;

type Checked = { file: string; ok: true; report: Report } | { file: string; ok: false; diagnostics: Diagnostic[] };

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string", default: "tunegate.yml" },
    policy: { type: "string" },
    pricing: { type: "string" },
    format: { type: "string" },
    "fail-on": { type: "string" },
    today: { type: "string" },
  });
  const format = oneOf("format", values.format, FORMATS, "text");
  const failOn = oneOf("fail-on", values["fail-on"], ["error", "warning", "never"] as const, "error");
  const today = dateFlag("today", values.today, io.today);
  const policy = await policyFlag(values.policy, io);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const check = (plan: string) => runCheck({ root: io.cwd, plan, policy: policy.value, pricing: values.pricing, today });

  if (!SEVERAL.test(values.plan)) {
    const outcome = await check(values.plan);
    if (!outcome.ok) return reportDiagnostics(outcome.diagnostics, io);
    io.out(format === "json" ? renderJson(outcome.report) : format === "markdown" ? renderMarkdown(outcome.report) : renderText(outcome.report));
    return exitCodeFor(outcome.report.verdict, failOn);
  }

  const expanded = await expandPlanPaths(io.cwd, values.plan, "--plan");
  const results: Checked[] = [];
  for (const file of expanded.paths) {
    const outcome = await check(file);
    results.push(outcome.ok ? { file, ok: true, report: outcome.report } : { file, ok: false, diagnostics: outcome.diagnostics });
  }
  if (expanded.diagnostics.length > 0) results.push({ file: "--plan", ok: false, diagnostics: expanded.diagnostics });
  const reports = results.flatMap((r) => (r.ok ? [r.report] : []));
  const verdict = worstVerdict(reports);
  if (format === "json") {
    const plans = results.map((r) => (r.ok ? { file: r.file, report: r.report } : { file: r.file, input_errors: r.diagnostics.map((d) => ({ ...d.location, field: d.field, kind: d.kind, message: d.message, hint: d.hint ?? null })) }));
    io.out(`${JSON.stringify({ schema_version: 1, verdict: results.some((r) => !r.ok) ? "fail" : verdict, plans }, null, 2)}\n`);
  } else if (reports.length > 0) {
    io.out(reports.map(format === "markdown" ? renderMarkdown : renderText).join(format === "markdown" ? "\n---\n\n" : "\n"));
  }
  const unreadable = results.filter((r) => !r.ok);
  if (unreadable.length > 0) {
    reportDiagnostics(unreadable.flatMap((r) => r.diagnostics), io);
    return EXIT_USAGE;
  }
  if (format === "text" && reports.length > 1) io.out(`\ntunegate: ${reports.length} plans, verdict ${verdict}\n`);
  return exitCodeFor(verdict, failOn);
}

function worstVerdict(reports: readonly Report[]): Verdict {
  if (reports.some((r) => r.verdict === "fail")) return "fail";
  return reports.some((r) => r.verdict === "warn") ? "warn" : "pass";
}
