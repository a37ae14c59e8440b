import { writeJobSummary } from "../github/job-summary.ts";
import { runnerLog, type ActionLog } from "./log.ts";
import { getInput, setOutput } from "./runner-protocol.ts";

/**
 * Everything the Action reads from and writes to its runner, passed in: the runner's own
 * implementation below, or an in-memory one in tests, so the Action's behaviour is tested in
 * process without spawning the bundle.
 */
export interface ActionPorts {
  /** GITHUB_* (the run's context) and TUNEGATE_* (test knobs). */
  env: NodeJS.ProcessEnv;
  /** An input as the workflow gave it; '' when not given. */
  input(name: string): string;
  output(name: string, value: string): void;
  /** Appends markdown to the job summary; past the size limit, the short form instead. */
  summary(markdown: string, short: () => string): Promise<void>;
  log: ActionLog;
  /** Today as YYYY-MM-DD (the runner's clock), when TUNEGATE_TODAY does not set it. */
  today(): string;
}

/** The runner's ports: @actions/core's protocol for inputs, outputs and the log; the step summary file. */
export function runnerPorts(env: NodeJS.ProcessEnv = process.env): ActionPorts {
  return {
    env,
    input: (name) => getInput(name, env),
    output: (name, value) => setOutput(name, value, env),
    summary: async (markdown, short) => {
      await writeJobSummary(env["GITHUB_STEP_SUMMARY"], markdown, short);
    },
    log: runnerLog(),
    today: () => new Date().toISOString().slice(0, 10),
  };
}
