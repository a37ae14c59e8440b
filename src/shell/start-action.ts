import { z } from "zod";

/** Runs the Action; the entry point calls it once Node is new enough. */
export async function startAction(): Promise<void> {
  // As in the CLI: one parse per schema, so zod's JIT only costs time. No compile cache: each
  // job starts on a new runner, where writing the cache only costs time and no later run reads it.
  z.config({ jitless: true });
  const { runAction } = await import("./action/main.ts");
  await runAction();
}
