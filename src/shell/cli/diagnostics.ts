import { formatDiagnostic, type Diagnostic } from "../../engine/input/diagnostic.ts";
import { EXIT_USAGE, type CliIo } from "./io.ts";

/** Input problems to stderr, each at its file:line:col, and exit 2: nothing was checked. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): number {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
  io.err(`tunegate: ${diagnostics.length} input problem${diagnostics.length === 1 ? "" : "s"}; nothing was checked.\n`);
  return EXIT_USAGE;
}
