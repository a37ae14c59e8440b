import { SHIPPED_PRICES } from "../repo-settings.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { dateFlag, parseFlags, UsageError } from "./flags.ts";
import { EXIT_UNVERIFIED, type CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";

export async function pricingCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "pin") throw new UsageError(`pricing needs a subcommand: pin${sub === undefined ? "" : ` (got "${sub}")`}`);
  const { values } = parseFlags(rest, {
    plan: { type: "string", default: "**/tunegate.yml" },
    policy: { type: "string" },
    pricing: { type: "string" },
    data: { type: "string" },
    today: { type: "string" },
  });
  const today = dateFlag("today", values.today, io.today);
  const { pinPrices } = await import("../pricing-pin.ts");
  const policy = await policyFlag(values.policy, io);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const outcome = await pinPrices({ root: io.cwd, plans: values.plan, policy: policy.value, pricing: values.pricing, data: values.data, today });
  if (!outcome.ok) {
    if (outcome.reason !== undefined && outcome.diagnostics.length === 0) {
      io.err(`tunegate: ${outcome.reason}; nothing was written\n`);
      return EXIT_UNVERIFIED;
    }
    return reportDiagnostics(outcome.diagnostics, io);
  }
  const r = outcome.report;
  const copied = r.copied.length === 0 ? "" : `, copied ${r.copied.length} (${r.copied.join(", ")}) from the ${SHIPPED_PRICES}`;
  io.out(`${r.file}: pinned ${r.pinned.length} (${r.pinned.join(", ") || "none"}), confirmed ${r.unchanged.length}, kept ${r.kept.length} hand-pinned${copied}, from ${r.source}${r.data_as_of === null ? " (the data has no date: unchanged entries keep their as_of)" : `, as of ${r.data_as_of} (the data's date)`}\n`);
  for (const u of r.unknown) io.err(`tunegate: unknown model ${u.model}: ${u.reason}; pin it by hand (check: manual) or give its price in the plan\n`);
  return r.unknown.length > 0 ? 1 : 0;
}
