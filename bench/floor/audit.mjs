// The floor under `tunegate audit` on this stack: the check's floor for every plan, plus
// genai-prices (its bundled data is evaluated on import) and one price lookup.
import { enableCompileCache } from "node:module";
import { readFileSync } from "node:fs";

enableCompileCache();
const { parseDocument } = await import("yaml");
const { z } = await import("zod");
const { calcPrice } = await import("@pydantic/genai-prices");
z.config({ jitless: true });
const plan = z.looseObject({ version: z.literal(1), name: z.string() });
let valid = 0;
for (const file of process.argv.slice(2)) if (plan.safeParse(parseDocument(readFileSync(file, "utf8")).toJS()).success) valid++;
const price = calcPrice({ input_tokens: 1000, output_tokens: 100 }, "gpt-4o-mini", { providerId: "openai" });
process.exitCode = valid === process.argv.length - 2 && price !== null ? 0 : 3;
