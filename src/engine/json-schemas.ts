import { z } from "zod";
import { priceTableSchema } from "./cost/price-table.ts";
import { evalResultSchema } from "./evals/tunegate-format.ts";
import { policyFileSchema } from "./policy/schema.ts";
import { planSchema } from "./plan/schema.ts";
import { waiversFileSchema } from "./rules/waivers-file.ts";
import { auditResultSchema } from "./pricing/audit.ts";
import { analysisReportSchema } from "./output/parts/analysis.ts";
import { reportSchema } from "./output/parts/model.ts";
import { evalListingSchema } from "./output/parts/eval-listing.ts";
import { runReportSchema } from "./run/run-report.ts";
import { auditRunReportSchema } from "./run/audit-run-report.ts";
import { verdictPredicateSchema } from "./attestation/statement.ts";
import type { SchemaName } from "./input/schema-names.ts";

export { SCHEMA_NAMES, type SchemaName } from "./input/schema-names.ts";

const SCHEMAS: Record<SchemaName, { schema: z.ZodType; io: "input" | "output" }> = {
  // Files people write are described as input (defaults make fields optional); the report as output.
  plan: { schema: planSchema, io: "input" },
  policy: { schema: policyFileSchema, io: "input" },
  // .tunegate/waivers.yml, read beside the plan.
  waivers: { schema: waiversFileSchema, io: "input" },
  pricing: { schema: priceTableSchema, io: "input" },
  eval: { schema: evalResultSchema, io: "input" },
  // What `tunegate evals --format json` prints: each file's format, model and names.
  "eval-listing": { schema: evalListingSchema, io: "output" },
  report: { schema: reportSchema, io: "output" },
  "run-report": { schema: runReportSchema, io: "output" },
  audit: { schema: auditResultSchema, io: "output" },
  // What `tunegate audit --format json` prints and the audit's report-json holds: the result above, decided.
  "audit-run-report": { schema: auditRunReportSchema, io: "output" },
  analysis: { schema: analysisReportSchema, io: "output" },
  // The predicate of the in-toto statement `tunegate check --attestation` writes.
  attestation: { schema: verdictPredicateSchema, io: "output" },
};

/** JSON Schema generated from the zod schema, so editors and the code can never disagree. */
export function jsonSchemaText(name: SchemaName): string {
  const { schema, io } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io, target: "draft-2020-12" });
  return `${JSON.stringify({ ...json, $id: `https://tunegate.dev/schemas/${name}.schema.json`, title: `tunegate ${name}` }, null, 2)}\n`;
}
