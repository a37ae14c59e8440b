import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** What `npm pack` would ship: what runs, not the bundles' source maps (nothing loads them). */
describe("the packed package", () => {
  it("ships no source maps, and still the CLI, the Action, schemas and policies", () => {
    const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8", timeout: 120_000 });
    expect(packed.status, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const needed of ["dist/cli/index.js", "dist/index.js", "action.yml", "policies/default.yml", "schemas/plan.schema.json"]) expect(files).toContain(needed);
  });
});
