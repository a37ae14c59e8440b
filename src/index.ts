import { enableCompileCache } from "node:module";
import { unsupportedNodeMessage } from "./shell/node-version.ts";

// The one module the build bundles (scripts/build.sh): the Action and the CLI share every chunk,
// so the package ships each piece once. Two launchers written by the build call these functions:
// dist/index.js (action.yml's main) and dist/cli/index.js (package.json's bin). Only the version
// check is loaded before Node is known to be new enough: everything else comes in through
// dynamic imports, so an older Node prints one line instead of failing inside the bundle, and
// each start loads only its own side.

/** Starts the Action. The runner starts it on its own Node 24 (action.yml: node24). */
export async function runActionEntry(): Promise<void> {
  // A self-hosted runner or a hand-run bundle on an older Node gets one line and a failed step.
  const tooOld = unsupportedNodeMessage(process.versions.node);
  if (tooOld !== undefined) {
    process.stdout.write(`::error::${tooOld}\n`);
    process.exitCode = 2;
    return;
  }
  const { startAction } = await import("./shell/start-action.ts");
  await startAction();
}

/** Starts the CLI on the process's arguments. */
export async function runCliEntry(): Promise<void> {
  const tooOld = unsupportedNodeMessage(process.versions.node);
  if (tooOld !== undefined) {
    process.stderr.write(`${tooOld}\n`);
    process.exitCode = 2;
    return;
  }
  // The compile cache lets a later run skip V8's parse of the bundle. Enabled here, before any
  // chunk is loaded, so every chunk is cached (enabled later, the first chunks never were).
  enableCompileCache();
  const { startCli } = await import("./shell/cli/start.ts");
  await startCli();
}
