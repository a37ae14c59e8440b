// The floor under `tunegate check` on this stack: Node with the compile cache on (as the CLI),
// yaml and zod loaded, one plan parsed and validated. No gate, report or renderer.
import { enableCompileCache } from "node:module";
import { readFileSync } from "node:fs";

enableCompileCache();
const { parseDocument } = await import("yaml");
const { z } = await import("zod");
z.config({ jitless: true });
const plan = z.looseObject({ version: z.literal(1), name: z.string() });
const parsed = plan.safeParse(parseDocument(readFileSync(process.argv[2], "utf8")).toJS());
process.exitCode = parsed.success ? 0 : 3;
