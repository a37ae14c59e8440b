import { main } from "../../src/shell/cli/main.ts";

/** Runs the CLI in-process against a folder, capturing what it prints. */
export async function runCli(args: string[], cwd = process.cwd(), today = "2026-11-24") {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd, today });
  return { code, stdout, stderr };
}

/**
 * The one plan's report in what `check --format json` printed: the run report (one plan or many),
 * whose `plans[0].report` is that plan's report (schemas/report.schema.json).
 */
export function planReport(stdout: string) {
  const run = JSON.parse(stdout) as { plans: Array<{ report?: unknown }> };
  if (run.plans.length !== 1 || run.plans[0]!.report === undefined)
    throw new Error(
      `expected one checked plan in the run report, got ${JSON.stringify(run.plans.map((p) => Object.keys(p)))}`,
    );
  // biome-ignore lint/suspicious/noExplicitAny: tests read the report's fields freely
  return run.plans[0]!.report as any;
}
