#!/usr/bin/env node
import { enableCompileCache } from "node:module";
import { z } from "zod";

// A CLI run parses each schema once: zod's JIT would compile code it never reuses, and the
// compile cache lets later runs skip V8's parse of the bundle.
enableCompileCache();
z.config({ jitless: true });
const { main } = await import("./shell/cli/main.ts");

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  today: new Date().toISOString().slice(0, 10),
});
