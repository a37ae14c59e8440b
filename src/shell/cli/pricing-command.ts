import { SHIPPED_PRICES } from "../repo-settings.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { dateFlag, parseFlags, UsageError } from "./flags.ts";
import { EXIT_UNVERIFIED, type CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";
import { findWorkTree, fromHere, plansFromHere } from "../work-tree.ts";

export async function pricingCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "pin")
    throw new UsageError(`pricing needs a subcommand: pin${sub === undefined ? "" : ` (got "${sub}")`}`);
  const { values } = parseFlags(rest, {
    plan: { type: "string" },
    policy: { type: "string" },
    pricing: { type: "string" },
    data: { type: "string" },
    today: { type: "string" },
  });
  const today = dateFlag("today", values.today, io.today);
  const { pinPrices } = await import("../pricing-pin.ts");
  // As for check and audit: the repository is the git work tree, paths are typed from here, and
  // without --plan every plan in the repository is pinned into the one price file at the root.
  const tree = findWorkTree(io.cwd);
  const policy = await policyFlag(values.policy, io, tree);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const plans = values.plan === undefined ? "**/tunegate.yml" : plansFromHere(tree, values.plan);
  const data =
    values.data === undefined || values.data === "bundled" || /^https?:\/\//.test(values.data)
      ? values.data
      : fromHere(tree, values.data);
  const pricing = values.pricing === undefined ? undefined : fromHere(tree, values.pricing);
  const outcome = await pinPrices({ root: tree.root, plans, policy: policy.value, pricing, data, today });
  if (!outcome.ok) {
    if (outcome.reason !== undefined && outcome.diagnostics.length === 0) {
      io.err(`tunegate: ${outcome.reason}; nothing was written\n`);
      return EXIT_UNVERIFIED;
    }
    return reportDiagnostics(outcome.diagnostics, io);
  }
  const r = outcome.report;
  const copied =
    r.copied.length === 0 ? "" : `, copied ${r.copied.length} (${r.copied.join(", ")}) from the ${SHIPPED_PRICES}`;
  io.out(
    `${r.file}: pinned ${r.pinned.length} (${r.pinned.join(", ") || "none"}), confirmed ${r.unchanged.length}, kept ${r.kept.length} hand-pinned${copied}, from ${r.source}${r.data_as_of === null ? " (the data has no date: unchanged entries keep their as_of)" : `, as of ${r.data_as_of} (the data's date)`}\n`,
  );
  for (const u of r.unknown)
    io.err(
      `tunegate: unknown model ${u.model}: ${u.reason}; pin it by hand (check: manual) or give its price in the plan\n`,
    );
  return r.unknown.length > 0 ? 1 : 0;
}
