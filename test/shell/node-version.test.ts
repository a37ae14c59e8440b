import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { unsupportedNodeMessage } from "../../src/shell/node-version.ts";

/**
 * Node binaries on PATH outside node_modules (the system's own), with their major version. One
 * binary reached through two PATH entries (/bin is often a link to /usr/bin) is run once: a second
 * run of the same file shows nothing new and cost three more process starts.
 */
function systemNodes(): Array<{ path: string; version: string }> {
  const found = new Map<string, string>();
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    if (dir === "" || dir.includes("node_modules")) continue;
    let path: string;
    try {
      accessSync(join(dir, "node"), constants.X_OK);
      path = realpathSync(join(dir, "node"));
    } catch {
      continue;
    }
    if (found.has(path)) continue;
    const version = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout.trim();
    if (/^v\d+\./.test(version)) found.set(path, version);
  }
  return [...found].map(([path, version]) => ({ path, version }));
}

const tooOld = (version: string) => unsupportedNodeMessage(version) !== undefined;
const olderNodes = systemNodes().filter((n) => tooOld(n.version));
/** A Node 22 binary to run the built CLI with (NODE22=/path/to/node); CI images carry one. */
const node22 = process.env["NODE22"];

describe("the Node version check", () => {
  it("accepts the Node 22 LTS line from 22.15 and 24 and later, and names the version it found otherwise", () => {
    expect(unsupportedNodeMessage("24.0.0")).toBeUndefined();
    expect(unsupportedNodeMessage("26.1.0")).toBeUndefined();
    expect(unsupportedNodeMessage("22.15.0")).toBeUndefined();
    expect(unsupportedNodeMessage("v22.23.3")).toBeUndefined();
    expect(unsupportedNodeMessage("22.14.0")).toBe("tunegate needs Node.js 22.15 or newer (found v22.14.0)");
    expect(unsupportedNodeMessage("20.20.2")).toBe("tunegate needs Node.js 22.15 or newer (found v20.20.2)");
    expect(unsupportedNodeMessage("v18.0.0")).toBe("tunegate needs Node.js 22.15 or newer (found v18.0.0)");
    expect(unsupportedNodeMessage("garbage")).toBe("tunegate needs Node.js 22.15 or newer (found vgarbage)");
  });

  it("package.json's engines says the same", () => {
    expect(JSON.parse(readFileSync("package.json", "utf8")).engines).toEqual({ node: "^22.15.0 || >=24" });
  });

  // The built CLI on Node 22: a check, and an Inspect .eval log with zstd members (node:zlib's
  // zstd arrived in 22.15). Runs where NODE22 names a Node 22 binary.
  it.skipIf(node22 === undefined)("the built CLI runs on Node 22", () => {
    const version = spawnSync(node22!, ["--version"], { encoding: "utf8" }).stdout.trim();
    expect(version).toMatch(/^v22\./);
    const check = spawnSync(node22!, ["dist/cli/index.js", "check", "--plan", "examples/support-bot/tunegate.yml"], {
      encoding: "utf8",
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: "" });
    // the same report, byte for byte, as under this Node (24), for a plan read from zstd members
    const args = [
      "dist/cli/index.js",
      "check",
      "--plan",
      "test/fixtures/evals/inspect-zstd-pass/tunegate.yml",
      "--format",
      "json",
      "--today",
      "2026-11-24",
    ];
    const on22 = spawnSync(node22!, args, { encoding: "utf8" });
    const here = spawnSync(process.execPath, args, { encoding: "utf8" });
    expect(on22.stderr).toBe("");
    expect(JSON.parse(on22.stdout).plans[0].report.evals.candidate[0].format).toBe("inspect");
    expect({ status: on22.status, stdout: on22.stdout }).toEqual({ status: here.status, stdout: here.stdout });
  });

  // The real thing: the built bundles under the system's own older Node, which is what
  // crashed before. Skipped only on a machine that has no older Node on PATH.
  it.skipIf(olderNodes.length === 0)("the built CLI and Action print one line and exit 2 under an older Node", () => {
    for (const node of olderNodes) {
      for (const args of [["--version"], ["check", "--plan", "examples/support-bot/tunegate.yml"]]) {
        const cli = spawnSync(node.path, ["dist/cli/index.js", ...args], { encoding: "utf8" });
        expect({ node: node.path, status: cli.status, stdout: cli.stdout, stderr: cli.stderr }).toEqual({
          node: node.path,
          status: 2,
          stdout: "",
          stderr: `tunegate needs Node.js 22.15 or newer (found ${node.version})\n`,
        });
      }
      const action = spawnSync(node.path, ["dist/index.js"], {
        encoding: "utf8",
        env: { PATH: process.env["PATH"] ?? "" },
      });
      expect({ status: action.status, stdout: action.stdout, stderr: action.stderr }).toEqual({
        status: 2,
        stdout: `::error::tunegate needs Node.js 22.15 or newer (found ${node.version})\n`,
        stderr: "",
      });
    }
  });
});
