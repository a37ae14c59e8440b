import { randomUUID } from "node:crypto";
import { annotation, info, setFailed, type AnnotationProperties } from "./runner-protocol.ts";

export type { AnnotationProperties } from "./runner-protocol.ts";

/**
 * Everything the Action writes to the job log. Text in it may come from plans, policies, eval
 * files or GitHub's answers; none of it may become a workflow command.
 */
export interface ActionLog {
  info(text: string): void;
  notice(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Fails the step with this message (an error annotation). */
  fail(message: string): void;
}

/**
 * The runner reads a workflow command from a line that starts with `::name` once leading
 * whitespace is trimmed, or from `##[name]` anywhere in a line (actions/runner, ActionCommand.cs
 * TryParseV2 and TryParse), and splits lines at \n and at a bare \r. Text without `::` and
 * `##[` cannot hold either form and is written as is.
 */
const COMMAND_LIKE = /::|##\[/;

/**
 * Wraps text that could hold a workflow command in `stop-commands` with a fresh random token,
 * GitHub's own way to print untrusted text: between the two lines the runner runs no command,
 * whatever the text says, and only the unguessable token resumes.
 */
export function shieldCommands(text: string, newToken: () => string = randomUUID): string {
  if (!COMMAND_LIKE.test(text)) return text;
  let token = newToken();
  while (text.includes(token)) token = newToken();
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/**
 * The runner's log through @actions/core's command writer (runner-protocol.ts). Plain lines are shielded (above); annotation and
 * failure messages and their properties are one line each, because @actions/core escapes \r,
 * \n and % in messages and also : and , in properties, so the command is always ours.
 */
export function runnerLog(): ActionLog {
  return {
    info: (text) => info(shieldCommands(text)),
    notice: (message) => annotation("notice", message),
    warning: (message, properties) => annotation("warning", message, properties),
    error: (message, properties) => annotation("error", message, properties),
    fail: (message) => setFailed(message),
  };
}
