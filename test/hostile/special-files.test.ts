import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { openRegularFile } from "../../src/shell/files.ts";
import { BRAND_VOICE_PLAN, brandVoiceRepo, checkBundle as check, expectInputError, TODAY, tunegateBundle as tunegate } from "./harness.ts";

/**
 * open() on a FIFO blocks until a writer comes, and a device never ends: each of these used to
 * hang tunegate for ever. The spawned CLI has a generous timeout, so a hang fails the test.
 */
const fifo = (root: string, path: string) => execFileSync("mkfifo", [join(root, path)]);
const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe.skipIf(process.platform === "win32")("hostile files: only regular files are read", () => {
  it("a plan that is a FIFO", () => {
    const root = brandVoiceRepo();
    execFileSync("rm", [join(root, "tunegate.yml")]);
    fifo(root, "tunegate.yml");
    expectInputError(check(root), /^tunegate.yml:1:1: error: tunegate.yml is a FIFO \(named pipe\); tunegate reads only regular files/);
  });

  it("a repository policy and a repository price table that are FIFOs", () => {
    const root = brandVoiceRepo({ "ai-policy.yml": "pricing:\n  file: prices.yml\n" });
    fifo(root, "other-policy.yml");
    expectInputError(check(root, "--policy", "other-policy.yml"), /^other-policy.yml:1:1: error: other-policy.yml is a FIFO/);
    fifo(root, "prices.yml");
    expectInputError(check(root, "--policy", "ai-policy.yml"), /^ai-policy.yml:1:1: error \[pricing.file\]: prices.yml is a FIFO/);
  });

  it("eval files that are FIFOs: JSON, streamed JSONL, and one matched by a glob", () => {
    const json = brandVoiceRepo();
    execFileSync("rm", [join(json, "evals/candidate.json")]);
    fifo(json, "evals/candidate.json");
    expectInputError(check(json), /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/candidate.json is a FIFO/);

    const jsonl = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/candidate.json", "evals/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl") });
    fifo(jsonl, "evals/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl");
    expectInputError(check(jsonl), /^tunegate.yml:31:14: error \[evals.candidate\]: cannot read evals\/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl: evals\/samples_hellaswag_2026-11-24T00-00-00.000000.jsonl is a FIFO/);

    const globbed = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/candidate.json", "evals/c*.json") });
    fifo(globbed, "evals/c-extra.json");
    expectInputError(check(globbed), /^tunegate.yml:31:14: error \[evals.candidate\]: evals\/c-extra.json is a FIFO/);
  });

  it("a socket and a directory where an eval file should be", async () => {
    const root = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/baseline.json", "evals/sock.json") });
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(join(root, "evals/sock.json"), resolve));
    expectInputError(check(root), /^tunegate.yml:32:13: error \[evals.baseline\]: evals\/sock.json is a socket; tunegate reads only regular files/);
    const dir = brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace("evals/baseline.json", "evals") });
    expectInputError(check(dir), /^tunegate.yml:32:13: error \[evals.baseline\]: evals is a directory; tunegate reads only regular files/);
  });

  it("a price feed given as a FIFO or a device, to audit and to pricing pin", () => {
    const root = brandVoiceRepo();
    fifo(root, "feed.json");
    for (const args of [["audit", "--current", "feed.json"], ["audit", "--current", "/dev/zero"], ["pricing", "pin", "--data", "feed.json"], ["pricing", "pin", "--data", "/dev/zero"]]) {
      const run = tunegate([...args, "--today", TODAY], root);
      expect(run.stderr + run.stdout).toMatch(/(feed\.json is a FIFO \(named pipe\)|\/dev\/zero is a character device); tunegate reads only regular files/);
      expect(run.code).toBe(3);
    }
  });

  it("openRegularFile names what a path is instead of opening it", async () => {
    expect(await openRegularFile("/dev/zero", "/dev/zero")).toMatchObject({ ok: false, message: "/dev/zero is a character device; tunegate reads only regular files" });
    expect(await openRegularFile("/dev/null", "x")).toMatchObject({ ok: false, message: "x is a character device; tunegate reads only regular files" });
    const opened = await openRegularFile("package.json", "package.json");
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.handle.close();
  });
});
