import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { tempRepo } from "../helpers/temp-repo.ts";

/** The day every hostile run is judged on, so waivers and price ages do not move. */
export const TODAY = "2026-11-24";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The committed bundle, spawned as a user runs it, for what only a separate process shows (a
 * FIFO that would block a thread, a file-descriptor limit). The timeout is a ceiling for a hang,
 * not a speed assertion: a killed run fails the test.
 */
export function tunegateBundle(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [`${process.cwd()}/dist/cli/index.js`, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TUNEGATE_DEBUG: "", ...env },
  });
  if (result.error !== undefined) throw new Error(`tunegate ${args.join(" ")} did not finish: ${result.error.message}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function checkBundle(cwd: string, ...extra: string[]): CliRun {
  return tunegateBundle(["check", "--today", TODAY, ...extra], cwd);
}

/**
 * The CLI in this process, through the same main() the bundle runs, with its streams captured:
 * what every other hostile case needs, at a fraction of a process start each.
 */
export async function tunegate(args: readonly string[], cwd: string): Promise<CliRun> {
  const { main } = await import("../../src/shell/cli/main.ts");
  let stdout = "";
  let stderr = "";
  const code = await main([...args], {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    cwd,
    today: TODAY,
    env: { ...process.env, TUNEGATE_DEBUG: "" },
  });
  return { code, stdout, stderr };
}

export function check(cwd: string, ...extra: string[]): Promise<CliRun> {
  return tunegate(["check", "--today", TODAY, ...extra], cwd);
}

/** Exit 2, nothing on stdout, no stack trace, and the first line placed at file:line:col. */
export function expectInputError(run: CliRun, located: RegExp): void {
  expect(run.stderr).toMatch(located);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(/\n\s+at |Maximum call stack|internal error/);
}

/**
 * examples/brand-voice (a LoRA plan whose every gate passes) in a throwaway repository, with
 * files replaced or added: each hostile case starts from a plan tunegate passes.
 */
export function brandVoiceRepo(files: Record<string, string | Buffer> = {}): string {
  return tempRepo({
    "tunegate.yml": BRAND_VOICE_PLAN,
    "evals/candidate.json": readFileSync("examples/brand-voice/evals/candidate.json", "utf8"),
    "evals/baseline.json": readFileSync("examples/brand-voice/evals/baseline.json", "utf8"),
    ...files,
  });
}

export const BRAND_VOICE_PLAN = readFileSync("examples/brand-voice/tunegate.yml", "utf8");

/** The brand-voice candidate with its scores changed. */
export function candidateWith(
  change: (c: {
    model: string;
    general: Record<string, number>;
    safety: Record<string, number>;
    task: Record<string, number>;
  }) => void,
): string {
  const candidate = JSON.parse(readFileSync("examples/brand-voice/evals/candidate.json", "utf8"));
  change(candidate);
  return JSON.stringify(candidate, null, 2);
}
