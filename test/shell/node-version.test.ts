import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { unsupportedNodeMessage } from "../../src/shell/node-version.ts";

/** Node binaries on PATH outside node_modules (the system's own), with their major version. */
function systemNodes(): Array<{ path: string; version: string }> {
  const found = new Map<string, string>();
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    if (dir === "" || dir.includes("node_modules")) continue;
    const path = join(dir, "node");
    try {
      accessSync(path, constants.X_OK);
    } catch {
      continue;
    }
    const version = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout.trim();
    if (/^v\d+\./.test(version)) found.set(path, version);
  }
  return [...found].map(([path, version]) => ({ path, version }));
}

const olderNodes = systemNodes().filter((n) => Number(n.version.slice(1).split(".")[0]) < 24);

describe("the Node version check", () => {
  it("accepts 24 and later and names the version it found otherwise", () => {
    expect(unsupportedNodeMessage("24.0.0")).toBeUndefined();
    expect(unsupportedNodeMessage("26.1.0")).toBeUndefined();
    expect(unsupportedNodeMessage("20.20.2")).toBe("tunegate needs Node.js 24 or newer (found v20.20.2)");
    expect(unsupportedNodeMessage("v18.0.0")).toBe("tunegate needs Node.js 24 or newer (found v18.0.0)");
    expect(unsupportedNodeMessage("garbage")).toBe("tunegate needs Node.js 24 or newer (found vgarbage)");
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
          stderr: `tunegate needs Node.js 24 or newer (found ${node.version})\n`,
        });
      }
      const action = spawnSync(node.path, ["dist/index.js"], { encoding: "utf8", env: { PATH: process.env["PATH"] ?? "" } });
      expect({ status: action.status, stdout: action.stdout, stderr: action.stderr }).toEqual({ status: 2, stdout: `::error::tunegate needs Node.js 24 or newer (found ${node.version})\n`, stderr: "" });
    }
  });
});
