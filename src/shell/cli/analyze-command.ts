import { analyze } from "../../engine/analyze.ts";
import { formatsOf, renderOutput } from "../../engine/output/registry.ts";
import { readPolicy, readPrices } from "../repo-settings.ts";
import { ANALYSIS_OPTIONS, analysisInputs } from "./analysis-flags.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { oneOf, parseFlags, UsageError } from "./flags.ts";
import type { CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";

export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { ...ANALYSIS_OPTIONS, format: { type: "string" } });
  const format = oneOf("format", values.format, formatsOf("analyze"), "text");
  const { facts, overrides, budgetMonthlyUsd } = analysisInputs(values);
  const policySpec = await policyFlag(values.policy, io);
  if (!policySpec.ok) return reportDiagnostics(policySpec.diagnostics, io);
  const policy = await readPolicy(io.cwd, policySpec.value);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const prices = await readPrices(io.cwd, policy.value, undefined, values.pricing);
  if (!prices.ok) return reportDiagnostics(prices.diagnostics, io);
  const result = analyze(facts, policy.value, prices.value, overrides, budgetMonthlyUsd, {
    fineTunedServing: true,
    today: io.today,
  });
  if (!result.ok) {
    // The priced items came from flags or the policy's estimate block, not a file the user wrote.
    throw new UsageError(
      result.problems.map((p) => `${p.message}${p.hint === undefined ? "" : ` (${p.hint})`}`).join("; "),
    );
  }
  io.out(await renderOutput("analyze", format, result.value));
  return 0;
}
