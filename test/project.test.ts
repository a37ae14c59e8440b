import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaText, SCHEMA_NAMES } from "../src/engine/json-schemas.ts";
import { VERSION } from "../src/engine/version.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Each engine file's imports of other engine files, type-only ones included. */
function engineImports(): Array<[string, string[]]> {
  return sourceFiles("src/engine").map((file) => {
    const text = readFileSync(file, "utf8");
    const relative = [...text.matchAll(/(?:from|import)\s+"(\.[^"]+)"/g)].map((m) => normalize(join(dirname(file), m[1]!)));
    return [file, relative.filter((target) => target.startsWith("src/engine/"))];
  });
}

/** The engine's layers, lowest first; a file may import its own layer and those below. */
const LAYERS: RegExp[] = [
  /^src\/engine\/input\/|^src\/engine\/version\.ts$/,
  /^src\/engine\/(plan|policy|rules)\//,
  /^src\/engine\/(evals|cost|framework|stats|pricing)\//,
  /^src\/engine\/gates\//,
  /^src\/engine\/(decide|analyze)\.ts$|^src\/engine\/init\//,
  /^src\/engine\/report\//,
  /^src\/engine\/(run|attestation)\//,
  /^src\/engine\/render\//,
  /^src\/engine\/json-schemas\.ts$/,
];
function layerOf(file: string): number {
  const layer = LAYERS.findIndex((pattern) => pattern.test(file));
  if (layer === -1) throw new Error(`${file} is in no engine layer: add its folder to LAYERS`);
  return layer;
}

describe("generated JSON Schemas", () => {
  for (const name of SCHEMA_NAMES) {
    it(`schemas/${name}.schema.json is up to date (npm run build regenerates it)`, () => {
      expect(readFileSync(`schemas/${name}.schema.json`, "utf8")).toBe(jsonSchemaText(name));
    });
  }
  it("example plans point editors at the plan schema", () => {
    for (const dir of readdirSync("examples").filter((d) => d !== "workflows")) {
      expect(readFileSync(`examples/${dir}/tunegate.yml`, "utf8").split("\n")[0]).toBe("# yaml-language-server: $schema=../../schemas/plan.schema.json");
    }
  });
});

describe("architecture", () => {
  it("keeps the engine pure: no node:*, @actions/*, @octokit/* or shell imports", () => {
    for (const file of sourceFiles("src/engine")) {
      const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      const impure = imports.filter((i) => i.startsWith("node:") || i.startsWith("@actions/") || i.startsWith("@octokit/") || i.includes("/shell/"));
      expect({ file, impure }).toEqual({ file, impure: [] });
    }
  });
  it("keeps the engine's layers in order: input, plan/policy, evals/cost/framework/stats/pricing, gates, decide, report, run, render", () => {
    for (const [file, imports] of engineImports()) {
      const upward = imports.filter((target) => layerOf(target) > layerOf(file));
      expect({ file, upward }).toEqual({ file, upward: [] });
    }
  });
  it("has no import cycle in the engine", () => {
    const graph = new Map(engineImports());
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[][] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file]);
        return;
      }
      state.set(file, "visiting");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
  it("has no module-level side effects outside the entry points", () => {
    for (const file of sourceFiles("src").filter((f) => !["src/index.ts", "src/cli.ts"].includes(f))) {
      expect({ file, topLevelAwait: /^await /m.test(readFileSync(file, "utf8")) }).toEqual({ file, topLevelAwait: false });
    }
  });
});

describe("versions", () => {
  it("the CLI reports package.json's version", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
