import { FAIL_ON_VALUES } from "../../engine/input/severities.ts";
import { dateFlag, oneOf, parseFlags } from "./flags.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { formatsOf } from "../../engine/output/registry.ts";
import { VERSION } from "../../engine/version.ts";
import type { CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";
import { findWorkTree, fromHere, plansFromHere, type WorkTree } from "../work-tree.ts";

/**
 * Exit codes: 0 nothing needs action, 1 something does (with the default --fail-on warning; with
 * error, only what needs action now), 2 bad input, 3 prices could not be verified. The verdict is
 * the engine's, the same the Action's audit mode reports.
 */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string" },
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
  const [{ runAudit }, { renderOutput }, { buildAuditRunReport }] = await Promise.all([
    import("../audit-run.ts"),
    import("../../engine/output/registry.ts"),
    import("../../engine/run/audit-run-report.ts"),
  ]);
  // The repository is the git work tree, as for check: typed paths are relative to the folder run
  // in; without --plan, every plan in the repository is audited, wherever it is run from.
  const tree = findWorkTree(io.cwd);
  const policy = await policyFlag(values.policy, io, tree);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const plans = values.plan === undefined ? ALL_PLANS : plansFromHere(tree, values.plan);
  const pricing = values.pricing === undefined ? undefined : fromHere(tree, values.pricing);
  const outcome = await runAudit({
    root: tree.root,
    plans,
    policy: policy.value,
    pricing,
    current: currentFlag(tree, values.current),
    today,
  });
  if (!outcome.ok) return reportDiagnostics(outcome.diagnostics, io);
  const run = buildAuditRunReport(outcome.result, outcome.policy.audit.unverified, failOn, VERSION);
  io.out(await renderOutput("audit", format, run));
  return run.exit_code;
}

/** Without --plan, the audit covers every plan in the repository (the work tree's root). */
const ALL_PLANS = "**/tunegate.yml";

/** `--current`: "bundled" and a URL stay as they are; a file typed here is read from the root. */
function currentFlag(tree: WorkTree, current: string | undefined): string | undefined {
  if (current === undefined || current === "bundled" || /^https?:\/\//.test(current)) return current;
  return fromHere(tree, current);
}
