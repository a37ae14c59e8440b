/**
 * The workflow commands a GitHub runner would carry out from a step's output, following
 * actions/runner's ActionCommandManager.TryProcessCommand and ActionCommand.TryParseV2/TryParse:
 * lines end at \n, \r\n or a bare \r; `::name props::data` counts once .NET's TrimStart has
 * removed leading white space; otherwise `##[name props]data` counts anywhere in the line;
 * `stop-commands` pauses everything until `::<token>::`. Only names the runner registers count.
 */
export interface RunnerCommand {
  name: string;
  /** The command text before the data (name and properties), escaped as written. */
  head: string;
  data: string;
}

const REGISTERED = new Set([
  "stop-commands",
  "error",
  "warning",
  "notice",
  "debug",
  "group",
  "endgroup",
  "add-mask",
  "set-output",
  "save-state",
  "set-env",
  "add-path",
  "echo",
  "add-matcher",
  "remove-matcher",
]);

// Char.IsWhiteSpace: more than JavaScript's \s (U+0085 NEL), less (not U+FEFF).
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function unescapeData(text: string): string {
  return text.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%25", "%");
}

function parse(line: string, registered: Set<string>): RunnerCommand | undefined {
  const trimmed = line.replace(DOTNET_LEADING_SPACE, "");
  if (trimmed.startsWith("::")) {
    const end = trimmed.indexOf("::", 2);
    if (end >= 0) {
      const head = trimmed.slice(2, end);
      const name = head.split(" ")[0]!;
      if (registered.has(name.toLowerCase())) return { name, head, data: unescapeData(trimmed.slice(end + 2)) };
    }
  }
  const start = line.indexOf("##[");
  if (start < 0) return undefined;
  const close = line.indexOf("]", start);
  if (close < 0) return undefined;
  const head = line.slice(start + 3, close);
  const name = head.split(" ")[0]!;
  return registered.has(name.toLowerCase()) ? { name, head, data: unescapeData(line.slice(close + 1)) } : undefined;
}

export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parse(line, registered);
    if (command === undefined) continue;
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    if (command.name.toLowerCase() === "stop-commands") {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
      continue;
    }
    commands.push(command);
  }
  return commands;
}
