import { execFileSync } from "node:child_process";
import { closeSync, constants, openSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { openRegularFile } from "../../src/shell/files.ts";
import {
  BRAND_VOICE_PLAN,
  brandVoiceRepo,
  check as checkInProcess,
  expectInputError,
  TODAY,
  tunegate as tunegateInProcess,
  tunegateBundle,
  type CliRun,
} from "./harness.ts";

/**
 * open() on a FIFO blocks until a writer comes, and a device never ends: each of these used to
 * hang tunegate for ever. The FIFO cases run in this process, with a net: a read that has not
 * finished within a generous ceiling (a hang, not a speed limit) gets every FIFO of the case
 * opened for writing, which releases a thread stuck in open(), and the case fails. The devices
 * (/dev/zero) stay in a spawned CLI with its own ceiling: a read that never ends would fill this
 * process's memory, not just block a thread.
 */
const fifos: string[] = [];
const fifo = (root: string, path: string) => {
  execFileSync("mkfifo", [join(root, path)]);
  fifos.push(join(root, path));
};
const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
  // A case that failed on the test's own timeout leaves no thread stuck behind it either.
  releaseFifoReaders();
  fifos.splice(0);
});

/** Opening a FIFO's write end without blocking lets a reader stuck in open() go on (to end of file). */
function releaseFifoReaders(): void {
  for (const path of fifos) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: no reader has it open, so none is stuck on it.
    }
  }
}

/** Far above what a FIFO case takes on a loaded machine (under 2 s), and three fit in the test timeout. */
const HANG_CEILING_MS = 15_000;

async function finishing(run: Promise<CliRun>, what: string): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), HANG_CEILING_MS)));
  const result = await Promise.race([run, hung]);
  clearTimeout(timer);
  if (result !== "hung") return result;
  releaseFifoReaders();
  await run.catch(() => undefined);
  throw new Error(`tunegate ${what} did not finish: it blocked on a FIFO`);
}

const check = (root: string, ...extra: string[]) =>
  finishing(checkInProcess(root, ...extra), `check ${extra.join(" ")}`);
const tunegate = (args: readonly string[], root: string) => finishing(tunegateInProcess(args, root), args.join(" "));

describe.skipIf(process.platform === "win32")("hostile files: only regular files are read", () => {
  it("a plan that is a FIFO", async () => {
    const root = brandVoiceRepo();
    rmSync(join(root, "tunegate.yml"));
    fifo(root, "tunegate.yml");
    expectInputError(
      await check(root),
      /^tunegate.yml:1:1: error: tunegate.yml is a FIFO \(named pipe\); tunegate reads only regular files/,
    );
  });

  it("a repository policy and a repository price table that are FIFOs", async () => {
    const root = brandVoiceRepo({ "ai-policy.yml": "pricing:\n  file: prices.yml\n" });
    fifo(root, "other-policy.yml");
    expectInputError(
      await check(root, "--policy", "other-policy.yml"),
      /^other-policy.yml:1:1: error: other-policy.yml is a FIFO/,
    );
    fifo(root, "prices.yml");
    expectInputError(
      await check(root, "--policy", "ai-policy.yml"),
      /^ai-policy.yml:1:1: error \[pricing.file\]: prices.yml is a FIFO/,
    );
  });

  it("eval files that are FIFOs: JSON, streamed JSONL, and one matched by a glob", async () => {
    const json = brandVoiceRepo();
    rmSync(join(json, "evals/candidate.json"));
    fifo(json, "evals/candidate.json");
    expectInputError(
      await check(json),
      /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/candidate.json is a FIFO/,
    );

    const jsonl = brandVoiceRepo({
      "tunegate.yml": BRAND_VOICE_PLAN.replace(
        "evals/candidate.json",
        "evals/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl",
      ),
    });
    fifo(jsonl, "evals/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl");
    expectInputError(
      await check(jsonl),
      /^tunegate.yml:31:14: error \[evals.candidate\]: cannot read evals\/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl: evals\/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl is a FIFO/,
    );

    const globbed = brandVoiceRepo({
      "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/candidate.json", "evals/c*.json"),
    });
    fifo(globbed, "evals/c-extra.json");
    expectInputError(
      await check(globbed),
      /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/c-extra.json is a FIFO/,
    );
  });

  it("a socket and a directory where an eval file should be", async () => {
    const root = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/baseline.json", "evals/sock.json") });
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(join(root, "evals/sock.json"), resolve));
    expectInputError(
      await check(root),
      /^tunegate.yml:32:13: error \[evals.baseline\]: evals\/sock.json is a socket; tunegate reads only regular files/,
    );
    const dir = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/baseline.json", "evals") });
    expectInputError(
      await check(dir),
      /^tunegate.yml:32:13: error \[evals.baseline\]: evals is a directory; tunegate reads only regular files/,
    );
  });

  it("a price feed given as a FIFO or a device, to audit and to pricing pin", async () => {
    const root = brandVoiceRepo();
    fifo(root, "feed.json");
    for (const args of [
      ["audit", "--current", "feed.json"],
      ["audit", "--current", "/dev/zero"],
      ["pricing", "pin", "--data", "feed.json"],
      ["pricing", "pin", "--data", "/dev/zero"],
    ]) {
      const withToday = [...args, "--today", TODAY];
      const run = args.includes("/dev/zero") ? tunegateBundle(withToday, root) : await tunegate(withToday, root);
      expect(run.stderr + run.stdout).toMatch(
        /(feed\.json is a FIFO \(named pipe\)|\/dev\/zero is a character device); tunegate reads only regular files/,
      );
      expect(run.code).toBe(3);
    }
  });

  it("openRegularFile names what a path is instead of opening it", async () => {
    expect(await openRegularFile("/dev/zero", "/dev/zero")).toMatchObject({
      ok: false,
      message: "/dev/zero is a character device; tunegate reads only regular files",
    });
    expect(await openRegularFile("/dev/null", "x")).toMatchObject({
      ok: false,
      message: "x is a character device; tunegate reads only regular files",
    });
    const opened = await openRegularFile("package.json", "package.json");
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.handle.close();
  });
});
