import { unsupportedNodeMessage } from "./shell/node-version.ts";

// The runner starts the Action on its own Node 24 (action.yml: node24); a self-hosted runner or a
// hand-run bundle on an older Node gets one line and a failed step instead of a crash.
const tooOld = unsupportedNodeMessage(process.versions.node);
if (tooOld !== undefined) {
  process.stdout.write(`::error::${tooOld}\n`);
  process.exitCode = 2;
} else {
  const { startAction } = await import("./shell/start-action.ts");
  await startAction();
}
