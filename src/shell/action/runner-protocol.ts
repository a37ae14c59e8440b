// @actions/core's own protocol modules, imported by path: its package entry also loads the OIDC
// client, and with it @actions/http-client and undici, hundreds of kilobytes that V8 would parse
// on every run for a token tunegate never asks for. These files are the same code core.info,
// core.warning and core.setOutput call (a test compares the bytes), pinned by the lockfile.
import { issueCommand } from "../../../node_modules/@actions/core/lib/command.js";
import { issueFileCommand, prepareKeyValueMessage } from "../../../node_modules/@actions/core/lib/file-command.js";
import { toCommandProperties, toCommandValue } from "../../../node_modules/@actions/core/lib/utils.js";

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** core.getInput: INPUT_<NAME> with spaces as underscores, trimmed, '' when absent. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** core.setOutput: a key-value block appended to GITHUB_OUTPUT, or the legacy command without it. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  if ((env["GITHUB_OUTPUT"] ?? "") !== "") {
    issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write("\n");
  issueCommand("set-output", { name }, toCommandValue(value));
}

export function annotation(
  kind: "notice" | "warning" | "error",
  message: string,
  properties: AnnotationProperties = {},
): void {
  issueCommand(kind, toCommandProperties(properties), message);
}

export function info(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** core.setSecret: the runner masks the value wherever it appears in the log from now on. */
export function addMask(value: string): void {
  issueCommand("add-mask", {}, value);
}

/** core.setFailed: the step fails with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotation("error", message);
}
