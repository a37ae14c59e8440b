/**
 * The name of every JSON Schema tunegate publishes (schemas/<name>.schema.json, `tunegate schema
 * <name>`): the one home of these names. json-schemas.ts maps each to its zod schema; the CLI's
 * usage derives its list from here, so printing the help loads none of the schemas.
 */
export const SCHEMA_NAMES = [
  "plan",
  "policy",
  "waivers",
  "pricing",
  "eval",
  "eval-listing",
  "report",
  "run-report",
  "audit",
  "audit-run-report",
  "analysis",
  "attestation",
] as const;

export type SchemaName = (typeof SCHEMA_NAMES)[number];
