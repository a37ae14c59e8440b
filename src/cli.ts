#!/usr/bin/env node
import { unsupportedNodeMessage } from "./shell/node-version.ts";

// Only this check runs before the version is known to be new enough: everything else is loaded
// afterwards, so an older Node prints one line instead of failing inside the bundle.
const tooOld = unsupportedNodeMessage(process.versions.node);
if (tooOld !== undefined) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else {
  const { startCli } = await import("./shell/cli/start.ts");
  await startCli();
}
