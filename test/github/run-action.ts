import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inject } from "vitest";
import { knobsFromEnvironment } from "../../src/shell/action/ports.ts";
import { openOctokitSession } from "../../src/shell/github/client.ts";
import type { GitHubLimits } from "../../src/shell/github/session.ts";
import { gitRepository } from "../../src/shell/git-repository.ts";
import type { RepositoryReader } from "../../src/shell/repository.ts";
import { commitIdOf, memoryRepository } from "../helpers/memory-repository.ts";
import type { FakeGitHub } from "./fake-github.ts";

/**
 * Commits of the test repositories are dated before the day every test judges as of (2026-11-24):
 * the Action refuses an evaluation date earlier than the commit it judges.
 */
const COMMIT_DATES = { GIT_AUTHOR_DATE: "2026-11-20T12:00:00Z", GIT_COMMITTER_DATE: "2026-11-20T12:00:00Z" };

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The file the report-json output named, read before the runner's temp folder goes. */
  reportJson: string | undefined;
  /** The file the sarif-file output named, likewise. */
  sarif: string | undefined;
  /** The file the attestation-file output named, likewise. */
  attestation?: string | undefined;
}

export interface RunOptions {
  apiUrl: string;
  repo: string;
  workspace: string;
  event: string;
  payload: unknown;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** The bundle to run; this checkout's dist/index.js by default (an installed package's, say). */
  entry?: string;
  /**
   * In process only: GitHub in memory, the Action's GitHub port answering from this fake with no
   * socket; without it, Octokit over HTTP to `apiUrl`.
   */
  github?: FakeGitHub;
  /** In process only: GitHub's limits, over the runner's defaults (the TUNEGATE_* knobs of `env` are read as the runner reads them). */
  limits?: Partial<GitHubLimits>;
  /** In process only: the runner's clock, YYYY-MM-DD; the pinned day by default. */
  today?: string;
  /** In process only: the evaluation date the run is pinned to, as given (the runner's TUNEGATE_TODAY; 2026-11-24 by default). */
  pinnedDay?: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks, as the runner does. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (m === null) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join("\n");
  }
  return outputs;
}

/** The runner's files and variables for one run; removed by the caller. */
function runnerSetup(options: RunOptions): {
  runner: string;
  env: Record<string, string>;
  outputPath: string;
  summaryPath: string;
} {
  const runner = mkdtempSync(join(tmpdir(), "tunegate-runner-"));
  const eventPath = join(runner, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputPath = join(runner, "output");
  const summaryPath = join(runner, "summary.md");
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  mkdirSync(join(runner, "temp"));
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    HOME: process.env["HOME"] ?? runner,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repo,
    GITHUB_SHA: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
    GITHUB_REF: "refs/pull/2/merge",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: join(runner, "temp"),
    TUNEGATE_TODAY: "2026-11-24",
    TUNEGATE_RETRY_BASE_MS: "20",
    ...options.env,
  };
  return { runner, env, outputPath, summaryPath };
}

function collect(
  code: number | null,
  stdout: string,
  stderr: string,
  outputs: Record<string, string>,
  summaryPath: string,
): ActionRun {
  const read = (path: string | undefined) =>
    path === undefined || !existsSync(path) ? undefined : readFileSync(path, "utf8");
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, "utf8"),
    reportJson: read(outputs["report-json"]),
    sarif: read(outputs["sarif-file"]),
    attestation: read(outputs["attestation-file"]),
  };
}

/**
 * Runs the committed dist/index.js exactly as the runner does: INPUT_* variables, event file,
 * output files. Asynchronous, because the fake API answers from this same process. For what only
 * the bundle can show (its start, @actions/core's own command writing); the rest runs in process.
 */
export async function runBundledAction(options: RunOptions): Promise<ActionRun> {
  const { runner, env, outputPath, summaryPath } = runnerSetup(options);
  try {
    for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const child = spawn(process.execPath, [options.entry ?? join(process.cwd(), "dist/index.js")], {
      cwd: options.workspace,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    clearTimeout(timer);
    return collect(code, stdout, stderr, parseOutputs(readFileSync(outputPath, "utf8")), summaryPath);
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

/**
 * Runs the Action from src/ in this process through its ports: inputs from a map, outputs and
 * the log collected, the job summary written to a file as the runner's is. The log is written as
 * @actions/core writes workflow commands, so tests read it as they would the runner's.
 */
export async function runActionInProcess(options: RunOptions): Promise<ActionRun> {
  const { runner, env, summaryPath } = runnerSetup(options);
  try {
    const [{ runAction }, { shieldCommands }, { writeJobSummary }] = await Promise.all([
      import("../../src/shell/action/main.ts"),
      import("../../src/shell/action/log.ts"),
      import("../../src/shell/github/job-summary.ts"),
    ]);
    let stdout = "";
    let failed = false;
    const outputs: Record<string, string> = {};
    const command = (name: string, message: string, properties: AnnotationProperties = {}) => {
      const props = [
        ["title", properties.title],
        ["file", properties.file],
        ["line", properties.startLine],
        ["col", properties.startColumn],
      ].filter(([, v]) => v !== undefined);
      const rendered = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
      stdout += `::${name}${rendered === "" ? "" : ` ${rendered}`}::${escapeData(message)}\n`;
    };
    const knobs = knobsFromEnvironment(env);
    const limits = { ...knobs.githubLimits, ...options.limits };
    const fake = options.github;
    await runAction({
      env,
      pinnedDay: options.pinnedDay ?? knobs.pinnedDay,
      github: async (connection) => openOctokitSession(connection, limits, fake?.fetch),
      repository: repositoryOf,
      input: (name) => (options.inputs[name] ?? "").trim(),
      output: (name, value) => void (outputs[name] = value),
      summary: async (markdown, short) => void (await writeJobSummary(summaryPath, markdown, short)),
      log: {
        info: (text) => void (stdout += `${shieldCommands(text)}\n`),
        notice: (message) => command("notice", message),
        warning: (message, properties) => command("warning", message, properties),
        error: (message, properties) => command("error", message, properties),
        fail: (message) => {
          failed = true;
          command("error", message);
        },
      },
      today: () => options.today ?? options.pinnedDay ?? knobs.pinnedDay ?? "2026-11-24",
      registerSecret: (value) => void (stdout += `::add-mask::${escapeData(value)}\n`),
    });
    return collect(failed ? 1 : 0, stdout, "", outputs, summaryPath);
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** As @actions/core escapes a command's message and its properties. */
const escapeData = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** The histories of workspaces made by memoryWorkspace, by their folder: their repository port answers from memory. */
const memoryHistories = new Map<string, RepositoryReader>();

/** The repository port for a workspace: its history in memory (memoryWorkspace), or git's. */
export function repositoryOf(root: string): RepositoryReader {
  return memoryHistories.get(root) ?? gitRepository(root);
}

export interface MemoryWorkspaceOptions {
  /** The commit the working tree has checked out: the head (the default), the base, or none (no clone). */
  checkedOut?: "head" | "base" | "none";
}

/**
 * A pull request's checkout without git: the head's files in a folder (what the Action reads
 * from the working tree) and the base and head commits in memory (what it reads through its
 * repository port), for runs in process. Commits are made on 2026-11-20, as gitWorkspace's are.
 */
export function memoryWorkspace(
  base: Record<string, string>,
  head: Record<string, string | null>,
  options: MemoryWorkspaceOptions = {},
): { root: string; baseSha: string; headSha: string } {
  const root = mkdtempSync(join(tmpdir(), "tunegate-ws-"));
  const headFiles: Record<string, string> = { ...base };
  for (const [path, text] of Object.entries(head)) {
    if (text === null) delete headFiles[path];
    else headFiles[path] = text;
  }
  // The working tree holds the commit checked out (the head's files unless it is the base).
  for (const [path, text] of Object.entries(options.checkedOut === "base" ? base : headFiles)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const baseSha = commitIdOf(base);
  const headSha = commitIdOf(head, baseSha);
  const checkedOut = options.checkedOut === "none" ? undefined : options.checkedOut === "base" ? baseSha : headSha;
  memoryHistories.set(
    root,
    memoryRepository({ commits: { [baseSha]: base, [headSha]: headFiles }, checkedOut, commitDay: "2026-11-20" }),
  );
  return { root, baseSha, headSha };
}

/** Repositories already built, by their files: commits have fixed dates, so the same files give the same commits. */
const builtWorkspaces = new Map<string, { root: string; baseSha: string; headSha: string }>();

/**
 * A git repository with a base commit and a head commit, as a PR checkout with history has. Each
 * call gets its own copy; the repository is built with git (seven processes) once per distinct
 * pair of file sets and copied after that, which is most of the suite's git processes saved.
 */
export function gitWorkspace(
  base: Record<string, string>,
  head: Record<string, string | null>,
): { root: string; baseSha: string; headSha: string } {
  const key = JSON.stringify([base, head]);
  let built = builtWorkspaces.get(key);
  if (built === undefined) {
    built = buildGitWorkspace(base, head);
    builtWorkspaces.set(key, built);
  }
  const root = mkdtempSync(join(tmpdir(), "tunegate-ws-"));
  cpSync(built.root, root, { recursive: true, verbatimSymlinks: true });
  return { ...built, root };
}

function buildGitWorkspace(
  base: Record<string, string>,
  head: Record<string, string | null>,
): { root: string; baseSha: string; headSha: string } {
  const root = mkdtempSync(join(inject("suiteScratch"), "ws-template-"));
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      ["-C", root, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args],
      { encoding: "utf8", env: { ...process.env, ...COMMIT_DATES } },
    ).trim();
  git("init", "-q", "-b", "main");
  const write = (files: Record<string, string | null>) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) rmSync(join(root, path), { force: true });
      else {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    }
  };
  write(base);
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", "base");
  const baseSha = git("rev-parse", "HEAD");
  write(head);
  git("add", "-A");
  git("commit", "-q", "--allow-empty", "-m", "head");
  return { root, baseSha, headSha: git("rev-parse", "HEAD") };
}

export function pullRequestPayload(
  overrides: { number?: number; baseSha?: string; headSha?: string; updatedAt?: string; fork?: boolean } = {},
): Record<string, unknown> {
  const payload = JSON.parse(readFileSync("test/fixtures/events/pull_request.synchronize.json", "utf8"));
  const pr = payload.pull_request;
  if (overrides.number !== undefined) {
    pr.number = overrides.number;
    payload.number = overrides.number;
  }
  if (overrides.baseSha !== undefined) pr.base.sha = overrides.baseSha;
  if (overrides.headSha !== undefined) pr.head.sha = overrides.headSha;
  if (overrides.updatedAt !== undefined) pr.updated_at = overrides.updatedAt;
  if (overrides.fork === true) {
    pr.head.repo = {
      ...pr.head.repo,
      full_name: "forker/Hello-World",
      owner: { ...pr.head.repo.owner, login: "forker" },
    };
  }
  return payload;
}
