import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

type Step = { name?: string; run?: string; uses?: string };
const workflow = parse(readFileSync(".github/workflows/release.yml", "utf8")) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: { release: { permissions: Record<string, string>; steps: Step[] } };
};
const steps = workflow.jobs.release.steps;
const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;

/**
 * A step's script run by bash with `git` replaced by an echo, as the runner runs a `run:` step
 * (`bash --noprofile --norc -eo pipefail`). Without --norc, bash read ~/.bashrc here: Node gives a
 * child's stdin as a socket, which bash takes for a remote shell, and this machine's .bashrc cost
 * half a second a step.
 */
function runStep(name: string, env: Record<string, string>) {
  const script = steps.find((s) => s.name === name)?.run;
  if (script === undefined) throw new Error(`no step "${name}"`);
  return spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", `git() { echo "git $*"; }\n${script}`], {
    env: { PATH: process.env["PATH"] ?? "", ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe(".github/workflows/release.yml", () => {
  it("runs on version tags only", () => {
    expect(workflow.on).toEqual({ push: { tags: ["v[0-9]+.[0-9]+.[0-9]+"] } });
  });

  it("builds, checks the committed dist/, tests, then publishes with provenance, in that order", () => {
    const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? ""));
    const build = at(/^npm run build$/);
    const distCheck = at(/git status --porcelain -- dist schemas/);
    const test = at(/^npm test$/);
    const publish = at(/^npm publish --provenance/);
    const move = at(/git push -f origin "refs\/tags\/\$major"/);
    expect([build, distCheck, test, publish, move].every((i) => i >= 0)).toBe(true);
    expect(build < distCheck && distCheck < test && test < publish && publish < move).toBe(true);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.release.permissions).toEqual({ contents: "write", "id-token": "write" });
  });

  it("refuses a tag that is not package.json's version", () => {
    expect(runStep("The tag is package.json's version", { GITHUB_REF_NAME: `v${version}` }).status).toBe(0);
    const wrong = runStep("The tag is package.json's version", { GITHUB_REF_NAME: "v99.0.0" });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain("::error::tag v99.0.0 does not match package.json version");
  });

  it("moves the major tag (v0 for 0.x.y) to the released commit", () => {
    const moved = runStep("Move the major tag", { GITHUB_REF_NAME: "v0.1.0", GITHUB_SHA: "abc123" });
    expect(moved.stdout).toBe("git tag -f v0 abc123\ngit push -f origin refs/tags/v0\n");
    expect(runStep("Move the major tag", { GITHUB_REF_NAME: "v2.3.4", GITHUB_SHA: "def" }).stdout).toContain(
      "git tag -f v2 def",
    );
  });
});
