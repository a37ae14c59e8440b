import { formatDiagnostic, type Diagnostic } from "../../engine/input/diagnostic.ts";
import { EXIT_USAGE, type CliIo } from "./io.ts";

/** Input problems to stderr, each at its file:line:col, and exit 2: nothing was checked. */
/** A file of thousands of problems is not read by anyone past the first hundred. */
const MAX_PRINTED_DIAGNOSTICS = 100;

export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): number {
  for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS)) io.err(`${formatDiagnostic(d)}\n`);
  const more = diagnostics.length - MAX_PRINTED_DIAGNOSTICS;
  if (more > 0) io.err(`tunegate: and ${more} more problems, not listed\n`);
  io.err(`tunegate: ${diagnostics.length} input problem${diagnostics.length === 1 ? "" : "s"}; nothing was checked.\n`);
  return EXIT_USAGE;
}
