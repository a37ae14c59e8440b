import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every file under dir, relative to the repository, with `/` separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** What `npm pack` would ship: what runs, not the bundles' source maps (nothing loads them), and each piece once. */
describe("the packed package", () => {
  const packed = () => {
    const run = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  };

  it("ships no source maps, and still the CLI, the Action, schemas and policies", () => {
    const files = packed();
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const needed of ["dist/cli/index.js", "dist/index.js", "action.yml", "policies/default.yml", "schemas/plan.schema.json"]) expect(files).toContain(needed);
  });

  it("ships no file twice: the Action and the CLI share one bundle", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of packed().filter((f) => f.startsWith("dist/"))) {
      const digest = createHash("sha256").update(readFileSync(file)).digest("hex");
      if (seen.has(digest)) twice.push(`${seen.get(digest)} = ${file}`);
      else seen.set(digest, file);
    }
    expect(twice).toEqual([]);
  });

  it("holds each module of any size in one chunk: only small ones are copied into the chunks that load them", () => {
    // The source maps name the modules each chunk holds. The Action's and the CLI's separate
    // bundles each held zod, yaml and most of the engine (2.4 MB of 3.7 MB held twice); webpack
    // still copies a module smaller than its 20 kB split size into each chunk that needs it
    // rather than load one more file.
    const holders = new Map<string, { bytes: number; maps: string[] }>();
    for (const map of filesUnder("dist").filter((f) => f.endsWith(".js.map"))) {
      const parsed = JSON.parse(readFileSync(map, "utf8")) as { sources: string[]; sourcesContent: string[] };
      parsed.sources.forEach((source, i) => holders.set(source, { bytes: parsed.sourcesContent[i]!.length, maps: [...(holders.get(source)?.maps ?? []), map] }));
    }
    const all = [...holders.values()].reduce((sum, h) => sum + h.bytes, 0);
    const copies = [...holders].filter(([, h]) => h.maps.length > 1);
    expect(all).toBeGreaterThan(1_000_000);
    expect(copies.filter(([, h]) => h.bytes >= 20_000).map(([source, h]) => `${source}: ${h.maps.join(", ")}`)).toEqual([]);
    expect(copies.reduce((sum, [, h]) => sum + h.bytes * (h.maps.length - 1), 0) / all).toBeLessThan(0.1);
  });
});
