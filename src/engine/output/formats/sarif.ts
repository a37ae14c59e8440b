import { jsonDocument } from "../parts/escape.ts";
import { GATE_TITLES } from "../../gates/gate-result.ts";
import type { Level } from "../../policy/schema.ts";
import { GATE_IDS } from "../../plan/schema.ts";
import type { RunReport } from "../../run/run-report.ts";
import { isChecked } from "../input-errors.ts";

/** The framework's mismatch rules, as findings name them (framework.md section 4). */
const FINDING_RULES: Record<string, string> = {
  M1: "Fine-tuning for knowledge that changes, or that must be cited",
  M2: "RAG for a task that is only about behaviour",
  M3: "Cold start: fine-tuning with too few examples",
  M4: "Fine-tuning without an evaluation pipeline",
  M5: "An over-engineered hybrid: components without a measured need",
  latency: "Retrieval under a latency requirement shorter than its overhead",
};
const INPUT_RULE = "input-error";

type SarifLevel = "error" | "warning" | "note";
const sarifLevel = (level: Level | "none"): SarifLevel =>
  level === "error" ? "error" : level === "warning" ? "warning" : "note";

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
  }>;
  partialFingerprints: Record<string, string>;
}

/**
 * SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): one rule per gate, mismatch
 * rule and input errors, with stable ids; one result per blocking or warning finding, at the
 * plan's file, line and column.
 */
export function runSarif(run: RunReport): string {
  const rules = [
    ...GATE_IDS.map((id) => ({
      id,
      name: GATE_TITLES[id].replace(/[^A-Za-z0-9]+/g, ""),
      shortDescription: { text: GATE_TITLES[id] },
      properties: { tags: ["tunegate", "gate"] },
    })),
    ...Object.entries(FINDING_RULES).map(([id, text]) => ({
      id,
      name: `Mismatch${id}`,
      shortDescription: { text },
      properties: { tags: ["tunegate", "framework"] },
    })),
    {
      id: INPUT_RULE,
      name: "InputError",
      shortDescription: { text: "A plan, policy or eval file tunegate could not read: nothing was judged" },
      properties: { tags: ["tunegate", "input"] },
    },
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  const result = (
    ruleId: string,
    level: SarifLevel,
    text: string,
    at: { file: string; line: number; column: number },
  ): Result => ({
    ruleId,
    ruleIndex: index.get(ruleId) ?? index.get(INPUT_RULE)!,
    level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: at.file },
          region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) },
        },
      },
    ],
    // Stable across runs for the same plan, rule and field, so code scanning tracks one alert.
    partialFingerprints: { "tunegate/v1": `${at.file}|${ruleId}|${text.slice(0, 80)}` },
  });
  for (const plan of run.plans) {
    if (!isChecked(plan)) {
      for (const e of plan.input_errors)
        results.push(result(INPUT_RULE, "error", `${e.message}${e.hint === null ? "" : ` (hint: ${e.hint})`}`, e));
      continue;
    }
    const report = plan.report;
    for (const f of report.findings)
      results.push(
        result(
          f.rule in FINDING_RULES ? f.rule : INPUT_RULE,
          sarifLevel(f.level),
          `${report.plan.name}: ${f.message}. Fix: ${f.fix}`,
          f.location,
        ),
      );
    for (const g of report.gates) {
      if (g.level === "none") continue;
      // approach-fit only restates the mismatch findings, which are reported by rule above.
      if (g.id === "approach-fit" && report.findings.length > 0) continue;
      results.push(
        result(
          g.id,
          sarifLevel(g.level),
          `${report.plan.name}: ${g.title} ${g.outcome}: ${g.summary}${g.fix === null ? "" : `. Fix: ${g.fix}`}`,
          g.location,
        ),
      );
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "tunegate", version: run.tool_version, semanticVersion: run.tool_version, rules } },
        results,
      },
    ],
  };
  return jsonDocument(log);
}
