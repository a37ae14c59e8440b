import { jsonSchemaText, SCHEMA_NAMES } from "../../engine/json-schemas.ts";
import { parseFlags, requiredOneOf, UsageError } from "./flags.ts";
import type { CliIo } from "./io.ts";

/** `tunegate schema <name>`: the JSON Schema of one file tunegate reads or writes. */
export function schemaCommand(args: string[], io: CliIo): number {
  const { positionals } = parseFlags(args, {}, 1);
  const name = positionals[0];
  if (name === undefined) throw new UsageError(`schema needs a name: ${SCHEMA_NAMES.join(" | ")}`);
  io.out(jsonSchemaText(requiredOneOf("schema name", name, SCHEMA_NAMES)));
  return 0;
}
