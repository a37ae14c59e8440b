import { spawnSync } from "node:child_process";

/** Median wall time in milliseconds of running a command `runs` times (after two warm-ups). */
export function medianRunMs(command: string, args: string[], runs: number, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: "ignore", env, cwd });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status === null || result.error !== undefined) throw new Error(`${command} ${args.join(" ")} did not run: ${result.error?.message ?? result.signal}`);
    if (i >= 2) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}
