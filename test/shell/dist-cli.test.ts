import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/** The committed bundle, run as users run it: a separate Node process. */
function tunegate(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [`${process.cwd()}/dist/cli/index.js`, ...args], {
    cwd,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dist/cli/index.js", () => {
  it("checks the seed example and exits 0", () => {
    const { code, stdout } = tunegate(["check", "--plan", "examples/support-bot/tunegate.yml"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^tunegate WARN: support-bot: passes with 1 warning \(customisation-value\)/);
    expect(stdout).toContain("Cost: $500.20/month + $30.00 one-time");
  });
  it("exits 1 on a failing plan", () => {
    expect(tunegate(["check", "--plan", "examples/faq-full-finetune/tunegate.yml"]).code).toBe(1);
  });
  it("exits 2 on bad input, without a stack trace", () => {
    const root = tempRepo({ "tunegate.yml": MINIMAL_PLAN.replace("version: 1", "version: 2") });
    const { code, stderr } = tunegate(["check"], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tunegate.yml:1:10: error \[version\]: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  it("prints its version and usage", () => {
    expect(tunegate(["--version"]).stdout).toMatch(/^tunegate \d+\.\d+\.\d+/);
    expect(tunegate(["help"]).stdout).toContain("tunegate check");
  });
});
