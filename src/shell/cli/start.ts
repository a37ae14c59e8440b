import { z } from "zod";

/** Runs the CLI on the process's arguments and streams; the entry point calls it once Node is new enough. */
export async function startCli(): Promise<void> {
  // A CLI run parses each schema once: zod's JIT would compile code it never reuses.
  z.config({ jitless: true });
  const { main } = await import("./main.ts");
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: new Date().toISOString().slice(0, 10),
  });
}
