// Writes the JSON Schemas generated from the zod schemas; a test fails when the committed ones are stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemaText, SCHEMA_NAMES } from "../src/engine/json-schemas.ts";

mkdirSync("schemas", { recursive: true });
for (const name of SCHEMA_NAMES) writeFileSync(`schemas/${name}.schema.json`, jsonSchemaText(name));
