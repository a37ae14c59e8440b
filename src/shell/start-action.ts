import { enableCompileCache } from "node:module";
import { z } from "zod";

/** Runs the Action; the entry point calls it once Node is new enough. */
export async function startAction(): Promise<void> {
  // As in the CLI: one parse per schema, so zod's JIT only costs time; the compile cache lets
  // later runs on the same runner skip V8's parse of the bundle.
  enableCompileCache();
  z.config({ jitless: true });
  const { runAction } = await import("./action/main.ts");
  await runAction();
}
