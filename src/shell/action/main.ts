/** Placeholder until the Action lands: fail loudly rather than pass silently. */
export async function runAction(): Promise<void> {
  process.stdout.write("::error::the tunegate Action is not implemented yet; use the CLI (tunegate check)\n");
  process.exitCode = 1;
}
