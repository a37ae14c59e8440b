import { FAIL_ON_VALUES } from "../../engine/input/severities.ts";
import { dateFlag, oneOf, parseFlags } from "./flags.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { formatsOf } from "../../engine/output/registry.ts";
import { VERSION } from "../../engine/version.ts";
import type { CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";

/**
 * Exit codes: 0 nothing needs action, 1 something does (with the default --fail-on warning; with
 * error, only what needs action now), 2 bad input, 3 prices could not be verified. The verdict is
 * the engine's, the same the Action's audit mode reports.
 */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string", default: "**/tunegate.yml" },
    pricing: { type: "string" },
    policy: { type: "string" },
    current: { type: "string" },
    format: { type: "string" },
    "fail-on": { type: "string" },
    today: { type: "string" },
  });
  const format = oneOf("format", values.format, formatsOf("audit"), "text");
  const failOn = oneOf("fail-on", values["fail-on"], FAIL_ON_VALUES, "warning");
  const today = dateFlag("today", values.today, io.today);
  // The price data is megabytes of JavaScript; only the commands that need it load it.
  const [{ runAudit }, { renderOutput }, { buildAuditRunReport }] = await Promise.all([import("../audit-run.ts"), import("../../engine/output/registry.ts"), import("../../engine/run/audit-run-report.ts")]);
  const policy = await policyFlag(values.policy, io);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const outcome = await runAudit({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, current: values.current, today });
  if (!outcome.ok) return reportDiagnostics(outcome.diagnostics, io);
  const run = buildAuditRunReport(outcome.result, outcome.policy.audit.unverified, failOn, VERSION);
  io.out(await renderOutput("audit", format, run));
  return run.exit_code;
}
