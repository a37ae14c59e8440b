import { oneLine, terminalSafe } from "../../engine/output/parts/escape.ts";
import { VERSION } from "../../engine/version.ts";
import { outputGuard } from "../output-guard.ts";
import { UsageError } from "./flags.ts";
import { EXIT_INTERNAL, EXIT_USAGE, type CliIo } from "./io.ts";
import { COMMAND_USAGE, USAGE } from "./usage.ts";

// Each command is loaded when it runs: `--version`, help and usage errors load none of them,
// and `check` does not compile the audit's price feed or the JSON Schemas.
const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  init: async (args, io) => (await import("./init-command.ts")).initCommand(args, io),
  check: async (args, io) => (await import("./check-command.ts")).checkCommand(args, io),
  analyze: async (args, io) => (await import("./analyze-command.ts")).analyzeCommand(args, io),
  audit: async (args, io) => (await import("./audit-command.ts")).auditCommand(args, io),
  pricing: async (args, io) => (await import("./pricing-command.ts")).pricingCommand(args, io),
  schema: async (args, io) => (await import("./schema-command.ts")).schemaCommand(args, io),
  evals: async (args, io) => (await import("./evals-command.ts")).evalsCommand(args, io),
  verify: async (args, io) => (await import("./verify-command.ts")).verifyCommand(args, io),
};

/**
 * The CLI: argv in, exit code out. The one place a throw becomes an exit code: usage errors
 * exit 2 with the message, anything unexpected exits 70 without a stack trace.
 */
export async function main(argv: string[], unsafe: CliIo): Promise<number> {
  // Plan names, paths, reasons, suite names and flags reach both streams: show a terminal's
  // control characters instead of letting them recolour, retitle or overwrite the verdict.
  // Nor may either carry a credential a named file held (output-guard.ts).
  const guard = outputGuard();
  const io: CliIo = {
    ...unsafe,
    out: (text) => unsafe.out(guard(terminalSafe(text))),
    err: (text) => unsafe.err(guard(terminalSafe(text))),
  };
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const command = argv[0] !== undefined && argv[0] in COMMANDS ? argv[0] : undefined;
      io.err(
        `tunegate: ${oneLine(error.message)}\nRun "tunegate ${command === undefined ? "help" : `${command} --help`}" for usage.\n`,
      );
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `tunegate: internal error: ${oneLine(message)}\nThis is a bug in tunegate; set TUNEGATE_DEBUG=1 for details and please report it.\n`,
    );
    if ((io.env ?? process.env)["TUNEGATE_DEBUG"] === "1" && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h") {
    io.out(USAGE);
    return 0;
  }
  if (command === "help") return help(rest, io);
  if (command === "--version" || command === "-v") {
    io.out(`tunegate ${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (run === undefined) {
    const near = [...Object.keys(COMMANDS), "help"].find((c) => c.startsWith(command.slice(0, 2)));
    throw new UsageError(`unknown command "${command}"${near === undefined ? "" : `; did you mean "${near}"?`}`);
  }
  // Each command's own help, whatever else is on the line (`tunegate pricing pin --help` too).
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(COMMAND_USAGE[command]!);
    return 0;
  }
  return run(rest, io);
}

function help(args: string[], io: CliIo): number {
  const topic = args[0];
  if (topic === undefined) {
    io.out(USAGE);
    return 0;
  }
  const text = COMMAND_USAGE[topic];
  if (text === undefined)
    throw new UsageError(`no help on "${topic}"; commands: ${Object.keys(COMMAND_USAGE).join(", ")}`);
  io.out(text);
  return 0;
}
