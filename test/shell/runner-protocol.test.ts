import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { annotation, getInput, setFailed, setOutput } from "../../src/shell/action/runner-protocol.ts";

// runner-protocol.ts reaches into @actions/core's files to skip its OIDC client at start-up;
// these tests hold it to the bytes @actions/core itself writes, so an upgrade that changes
// the protocol shows here rather than on a runner.

function captureStdout(run: () => void): string {
  let written = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written;
}

const hostileMessage = "line one\r\nline two % 100%\n::error::injected";
const hostileProperties = { title: "a: b, c\nd", file: "plans/x,y:z.yml", startLine: 3, startColumn: 7 };

describe("the runner protocol writes what @actions/core writes", () => {
  const savedEnv = { ...process.env };
  let directory = "";
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "tunegate-protocol-"));
    delete process.env["GITHUB_OUTPUT"];
  });
  afterEach(() => {
    process.env = { ...savedEnv };
    process.exitCode = undefined;
    rmSync(directory, { recursive: true, force: true });
  });

  for (const kind of ["notice", "warning", "error"] as const) {
    it(`${kind} annotations, with properties and hostile text`, () => {
      const ours = captureStdout(() => annotation(kind, hostileMessage, hostileProperties));
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test calls each of @actions/core's annotation functions by name
      const theirs = captureStdout(() => core[kind](hostileMessage, hostileProperties));
      expect(ours).toBe(theirs);
      expect(ours).toContain(`::${kind} `);
    });
  }

  it("setFailed: the same error command and exit code 1", () => {
    const ours = captureStdout(() => setFailed(hostileMessage));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    const theirs = captureStdout(() => core.setFailed(hostileMessage));
    expect(ours).toBe(theirs);
  });

  it("setOutput through GITHUB_OUTPUT: the same file content apart from the random delimiter", () => {
    const oursFile = join(directory, "ours");
    const theirsFile = join(directory, "theirs");
    writeFileSync(oursFile, "");
    writeFileSync(theirsFile, "");
    process.env["GITHUB_OUTPUT"] = oursFile;
    setOutput("verdict", "fail\nsecond line");
    process.env["GITHUB_OUTPUT"] = theirsFile;
    core.setOutput("verdict", "fail\nsecond line");
    const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, "DELIMITER");
    expect(normalise(readFileSync(oursFile, "utf8"))).toBe(normalise(readFileSync(theirsFile, "utf8")));
    expect(readFileSync(oursFile, "utf8")).toContain("second line");
  });

  it("setOutput without GITHUB_OUTPUT: the same legacy command", () => {
    const ours = captureStdout(() => setOutput("verdict", "pass"));
    const theirs = captureStdout(() => core.setOutput("verdict", "pass"));
    expect(ours).toBe(theirs);
  });

  it("getInput: the same name mapping and trimming", () => {
    process.env["INPUT_PLAN_FILE"] = "  tunegate.yml \n";
    process.env["INPUT_FAIL ON"] = "x";
    expect(getInput("plan file")).toBe(core.getInput("plan file"));
    expect(getInput("plan_file")).toBe(core.getInput("plan_file"));
    expect(getInput("absent")).toBe(core.getInput("absent"));
    expect(getInput("plan file")).toBe("tunegate.yml");
  });
});
