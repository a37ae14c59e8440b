import { main } from "../../src/shell/cli/main.ts";

/** Runs the CLI in-process against a folder, capturing what it prints. */
export async function runCli(args: string[], cwd = process.cwd(), today = "2026-11-24") {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd, today });
  return { code, stdout, stderr };
}
