import { terminalSafe, userText } from "../../engine/output/parts/escape.ts";
import { writeJobSummary } from "../github/job-summary.ts";
import { outputGuard } from "../output-guard.ts";
import { runnerLog, type ActionLog, type AnnotationProperties } from "./log.ts";
import { addMask, getInput, setOutput } from "./runner-protocol.ts";
import { limitsFromEnvironment } from "../github/limits.ts";
import type { GitHubLimits, GitHubPort } from "../github/session.ts";
import type { RepositoryPort } from "../repository.ts";
import { gitRepository } from "../git-repository.ts";

/**
 * Everything the Action reads from and writes to its runner, passed in: the runner's own
 * implementation below, or an in-memory one in tests, so the Action's behaviour is tested in
 * process without spawning the bundle.
 */
export interface ActionPorts {
  /** GITHUB_* and RUNNER_*: the run's context. Nothing else is read from it. */
  env: NodeJS.ProcessEnv;
  /** An input as the workflow gave it; '' when not given. */
  input(name: string): string;
  output(name: string, value: string): void;
  /** Appends markdown to the job summary; past the size limit, the short form instead. */
  summary(markdown: string, short: () => string): Promise<void>;
  log: ActionLog;
  /** Today as YYYY-MM-DD (the runner's clock). */
  today(): string;
  /**
   * The evaluation date the run is pinned to, as given (TUNEGATE_TODAY on the runner; checked
   * by the Action), or undefined: today.
   */
  pinnedDay: string | undefined;
  /** Registers a credential with the runner as a secret, so the runner masks it in the log. */
  registerSecret(value: string): void;
  /** GitHub, as a token: the pull-request comments and the audit's tracking issue. */
  github: GitHubPort;
  /** The repository's history at a workspace: the checked-out commit, the base commit's files. */
  repository: RepositoryPort;
}

/**
 * The ports with every text that leaves through them guarded (output-guard.ts): the log,
 * outputs and the job summary never carry a credential, whatever a plan, policy or eval file
 * named. Each credential found is registered with the runner first.
 */
export function guardedPorts(ports: ActionPorts): ActionPorts {
  const masked = outputGuard((secret) => ports.registerSecret(secret));
  // The log is plain text a person reads: control and invisible characters are shown, not obeyed.
  const guard = (text: string) => masked(userText(text));
  const log = ports.log;
  return {
    ...ports,
    output: (name, value) => ports.output(name, masked(userText(value))),
    // Markdown keeps the zero-width spaces tunegate put in to stop links (terminalSafe leaves them).
    summary: (markdown, short) => ports.summary(masked(terminalSafe(markdown)), () => masked(terminalSafe(short()))),
    log: {
      info: (text) => log.info(guard(text)),
      notice: (message) => log.notice(guard(message)),
      warning: (message, properties) => log.warning(guard(message), guardProperties(properties, guard)),
      error: (message, properties) => log.error(guard(message), guardProperties(properties, guard)),
      fail: (message) => log.fail(guard(message)),
    },
  };
}

function guardProperties(
  properties: AnnotationProperties | undefined,
  guard: (text: string) => string,
): AnnotationProperties | undefined {
  if (properties === undefined) return undefined;
  return {
    ...properties,
    ...(properties.title === undefined ? {} : { title: guard(properties.title) }),
    ...(properties.file === undefined ? {} : { file: guard(properties.file) }),
  };
}

/**
 * The runner's ports: @actions/core's protocol for inputs, outputs and the log; the step summary
 * file; Octokit; git. The one place the TUNEGATE_* variables are read (see knobsFromEnvironment).
 */
export function runnerPorts(env: NodeJS.ProcessEnv = process.env): ActionPorts {
  const knobs = knobsFromEnvironment(env);
  return {
    env,
    input: (name) => getInput(name, env),
    output: (name, value) => setOutput(name, value, env),
    summary: async (markdown, short) => {
      await writeJobSummary(env["GITHUB_STEP_SUMMARY"], markdown, short);
    },
    log: runnerLog(),
    today: () => new Date().toISOString().slice(0, 10),
    pinnedDay: knobs.pinnedDay,
    registerSecret: (value) => addMask(value),
    github: async (connection) =>
      (await import("../github/client.ts")).openOctokitSession(connection, knobs.githubLimits),
    repository: gitRepository,
  };
}

/**
 * The knobs the runner's environment may set: TUNEGATE_TODAY pins the evaluation date (for
 * reproducible runs); TUNEGATE_GITHUB_BUDGET_MS, TUNEGATE_GITHUB_TIMEOUT_MS and
 * TUNEGATE_RETRY_BASE_MS shorten GitHub's limits (limits.ts) for the bundle's end-to-end tests.
 */
export function knobsFromEnvironment(env: NodeJS.ProcessEnv): {
  pinnedDay: string | undefined;
  githubLimits: GitHubLimits;
} {
  return { pinnedDay: env["TUNEGATE_TODAY"], githubLimits: limitsFromEnvironment(env) };
}
