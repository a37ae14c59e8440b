#!/usr/bin/env node
import { enableCompileCache } from "node:module";
import { unsupportedNodeMessage } from "./shell/node-version.ts";

// Only this check runs before the version is known to be new enough: everything else is loaded
// afterwards, so an older Node prints one line instead of failing inside the bundle.
const tooOld = unsupportedNodeMessage(process.versions.node);
if (tooOld !== undefined) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else {
  // The compile cache lets a later run skip V8's parse of the bundle. Enabled here, before any
  // chunk is loaded, so every chunk is cached (enabled later, the first chunks never were).
  enableCompileCache();
  const { startCli } = await import("./shell/cli/start.ts");
  await startCli();
}
