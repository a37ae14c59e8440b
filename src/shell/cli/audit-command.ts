import { dateFlag, oneOf, parseFlags } from "./flags.ts";
import { FORMATS } from "./check-command.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { EXIT_UNVERIFIED, type CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";

/** Exit codes: 0 nothing needs action, 1 something does, 2 bad input, 3 prices could not be verified. */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string", default: "**/tunegate.yml" },
    pricing: { type: "string" },
    policy: { type: "string" },
    current: { type: "string" },
    format: { type: "string" },
    today: { type: "string" },
  });
  const format = oneOf("format", values.format, FORMATS, "text");
  const today = dateFlag("today", values.today, io.today);
  // The price data is megabytes of JavaScript; only the commands that need it load it.
  const [{ runAudit }, { auditJson, auditMarkdown, auditText }] = await Promise.all([import("../audit-run.ts"), import("../../engine/report/audit-report.ts")]);
  const policy = await policyFlag(values.policy, io);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const outcome = await runAudit({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, current: values.current, today });
  if (!outcome.ok) return reportDiagnostics(outcome.diagnostics, io);
  io.out(format === "json" ? auditJson(outcome.result) : format === "markdown" ? auditMarkdown(outcome.result) : auditText(outcome.result));
  if (!outcome.result.verified) return EXIT_UNVERIFIED;
  return outcome.result.needs_action ? 1 : 0;
}
