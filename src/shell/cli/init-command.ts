import { formatUsd } from "../../engine/cost/money.ts";
import { describeApproach } from "../../engine/plan/approach.ts";
import { composeInit, writeInit } from "../init.ts";
import { ANALYSIS_OPTIONS, analysisInputs } from "./analysis-flags.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { dateFlag, parseFlags } from "./flags.ts";
import { EXIT_USAGE, type CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";
import { findWorkTree, fromHere } from "../work-tree.ts";
import { formatDiagnostic } from "../../engine/input/diagnostic.ts";

// init writes .tunegate/pricing.yml itself, so it takes analyze's answers without --pricing.
const { pricing: _pricing, ...ANSWERS } = ANALYSIS_OPTIONS;

/** `tunegate init`: what a repository needs to start, from analyze's answers; never overwrites. */
export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    ...ANSWERS,
    name: { type: "string" },
    print: { type: "boolean" },
    today: { type: "string" },
  });
  const { facts, overrides, budgetMonthlyUsd } = analysisInputs(values);
  const today = dateFlag("today", values.today, io.today);
  // The plan goes in the folder run in; the workflow and pinned prices at the git work tree's root.
  const tree = findWorkTree(io.cwd);
  const policy = await policyFlag(values.policy, io, tree);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const composed = await composeInit({
    root: tree.root,
    here: tree.here,
    facts,
    overrides,
    budgetMonthlyUsd,
    name: values.name?.trim() || undefined,
    policyFlag: values.policy === undefined ? undefined : fromHere(tree, values.policy),
    policy: policy.value,
    today,
  });
  if (!composed.ok) return reportDiagnostics(composed.diagnostics, io);
  const { files, analysis } = composed;

  if (values.print === true) {
    io.out(files.map((f) => `==> ${f.path} <==\n${f.text}`).join("\n"));
    for (const f of files) for (const d of f.refusals) io.err(`${formatDiagnostic(d)}\n`);
    // What init would refuse to write, --print refuses too: a script sees the same answer.
    return files.some((f) => f.refusals.length > 0) ? EXIT_USAGE : 0;
  }
  const refused = files.flatMap((f) => f.refusals);
  if (refused.length > 0) {
    for (const d of refused) io.err(`${formatDiagnostic(d)}\n`);
    io.err(`tunegate init: nothing was written. "tunegate init --print" shows what it would write.\n`);
    return EXIT_USAGE;
  }
  const written = await writeInit(tree.root, files);
  if (!written.ok) return reportDiagnostics(written.diagnostics, io);
  const rec = analysis.recommendation;
  const pinned = [...composed.pinned.pinned, ...composed.pinned.unchanged, ...composed.pinned.copied];
  io.out(
    [
      `tunegate init: the framework recommends ${describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null })}; the estimate comes to ${formatUsd(analysis.cost.monthly_usd)}/month + ${formatUsd(analysis.cost.one_time_usd)} one-time${analysis.cost.unpriced.length > 0 ? `, before serving the fine-tuned model: ${analysis.costPlan.llm?.provider}/${analysis.costPlan.llm?.model} fine-tuned has no published price in tunegate's price data (tunegate.yml says where to get it; until then the cost-budget gate is missing)` : ""}`,
      ...files.map(
        (f) =>
          `${f.mode === "create" ? "wrote" : "updated"} ${f.path}${f.path.endsWith("pricing.yml") ? ` (${pinned.length === 0 ? "no model to pin" : `pinned ${pinned.join(", ")}`})` : f.mode === "replace" && f.path.startsWith(".github/") ? ` (added ${files[0]!.path} to its plan input)` : ""}`,
      ),
      `next: fill in the commented blocks at the end of ${files[0]!.path} (budget, evals), then run: npx tunegate check`,
      ...(files.some((f) => f.mode === "create" && f.path.startsWith(".github/"))
        ? [
            "the workflow starts report-only (fail-on: never): pull requests get the comment, the check stays green; delete that line to enforce",
          ]
        : []),
      "",
    ].join("\n"),
  );
  return 0;
}
