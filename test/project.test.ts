import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import type { SourceFile } from "typescript/unstable/ast";
import { describe, expect, it } from "vitest";
import { jsonSchemaText, SCHEMA_NAMES } from "../src/engine/json-schemas.ts";
import { VERSION } from "../src/engine/version.ts";
import { impurities, moduleLevelEffects, parseSources } from "./helpers/source-syntax.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

// The entry module (src/index.ts) only exports start functions; the launchers that call them are
// written by scripts/build.sh, so no source file is exempt.
const ENTRY_POINTS: string[] = [];

/** One violation each, planted to prove the purity check sees it (the old regular expression saw none but the first). */
const PLANTED_IMPURITIES: Record<string, string> = {
  "a static node: import": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
  "a dynamic import of node:fs":
    'export async function read() {\n  const fs = await import("node:fs");\n  return fs;\n}\n',
  "a bare fs specifier": 'import { readFileSync } from "fs";\nexport const read = readFileSync;\n',
  "a bare child_process re-export": 'export { spawn } from "child_process";\n',
  "a require call": 'export function read(): unknown {\n  return require("yaml");\n}\n',
  "an @actions import": 'import * as core from "@actions/core";\nexport const output = core;\n',
  "an import of a computed module": "export async function load(name: string) {\n  return import(name);\n}\n",
  "process.env": "export function home(): string | undefined {\n  return process.env.HOME;\n}\n",
  "globalThis.fetch": 'export async function get() {\n  return globalThis["fetch"]("http://127.0.0.1/");\n}\n',
  fetch: 'export async function get() {\n  return fetch("http://127.0.0.1/");\n}\n',
};

/** One module-level effect each; the old check saw only the first. */
const PLANTED_EFFECTS: Record<string, string> = {
  "a top-level await": 'import { readFile } from "node:fs/promises";\nexport const text = await readFile("x");\n',
  "a top-level call": 'import { setOutput } from "@actions/core";\nsetOutput("verdict", "pass");\n',
  "a top-level assignment": "export let count = 0;\ncount = 1;\n",
  "a top-level new": 'new URL("http://127.0.0.1/");\nexport {};\n',
  "an assignment inside a declaration":
    "const registry: Record<string, number> = {};\nexport const first = (registry.a = 1);\n",
  "an I/O call inside a declaration": "export const home = process.cwd();\n",
  "a top-level if": "export const on = true;\nif (on) console.log(on);\n",
  "a class static block": "export class Registry {\n  static {\n    Registry.name;\n  }\n}\n",
};
const DECLARATIONS_THAT_BUILD_VALUES = [
  'import { z } from "zod";',
  'export const Verdict = z.enum(["pass", "fail"]);',
  'const NAMES = new Set(["a", "b"]);',
  "export function has(name: string): boolean {",
  "  let seen = 0;",
  "  seen += 1;",
  "  return NAMES.has(name) && seen > 0;",
  "}",
  "export class Counter {",
  "  count = 0;",
  "  add(): void {",
  "    this.count++;",
  "  }",
  "}",
  "",
].join("\n");

/** Every source file and every planted one, parsed once by TypeScript's parser for the whole file. */
let parsedSources: Map<string, SourceFile> | undefined;
function parsed(): Map<string, SourceFile> {
  if (parsedSources !== undefined) return parsedSources;
  const texts = new Map(sourceFiles("src").map((file) => [file, readFileSync(file, "utf8")]));
  for (const [name, text] of Object.entries(PLANTED_IMPURITIES)) texts.set(`planted/engine/${name}.ts`, text);
  for (const [name, text] of Object.entries(PLANTED_EFFECTS)) texts.set(`planted/effects/${name}.ts`, text);
  texts.set("planted/effects/declarations.ts", DECLARATIONS_THAT_BUILD_VALUES);
  parsedSources = parseSources(texts);
  return parsedSources;
}

/** Each engine file's imports of other engine files, type-only ones included. */
function engineImports(): Array<[string, string[]]> {
  return sourceFiles("src/engine").map((file) => {
    const text = readFileSync(file, "utf8");
    // `import("./x.ts")` too: the output registry loads its renderers lazily, and a lazy import
    // is still an edge; so is an inline type import (`import("./x.ts").T`), which closed a circle
    // this regular expression once missed.
    const relative = [...text.matchAll(/(?:(?:from|import)\s+|\bimport\s*\(\s*)"(\.[^"]+)"/g)].map((m) =>
      normalize(join(dirname(file), m[1]!)),
    );
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
  /^src\/engine\/output\/parts\//,
  /^src\/engine\/(run|attestation)\//,
  /^src\/engine\/output\/(?!parts\/)/,
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
      expect(readFileSync(`examples/${dir}/tunegate.yml`, "utf8").split("\n")[0]).toBe(
        "# yaml-language-server: $schema=../../schemas/plan.schema.json",
      );
    }
  });
});

describe("architecture", () => {
  it("keeps the engine pure: no node:* or bare built-ins, @actions/*, @octokit/*, shell, require, dynamic import or I/O globals", () => {
    for (const file of sourceFiles("src/engine")) {
      expect({ file, impure: impurities(file, parsed().get(file)!) }).toEqual({ file, impure: [] });
    }
  });
  it.each(Object.entries(PLANTED_IMPURITIES))("the purity check catches %s", (name) => {
    const file = `planted/engine/${name}.ts`;
    expect(impurities(file, parsed().get(file)!)).toHaveLength(1);
  });
  it("keeps the engine's layers in order: input, plan/policy, evals/cost/framework/stats/pricing, gates, decide, output/parts, run, output (formats and registry)", () => {
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
    for (const file of sourceFiles("src").filter((f) => !ENTRY_POINTS.includes(f))) {
      expect({ file, effects: moduleLevelEffects(file, parsed().get(file)!) }).toEqual({ file, effects: [] });
    }
  });
  it.each(Object.entries(PLANTED_EFFECTS))("the side-effect check catches %s", (name) => {
    const file = `planted/effects/${name}.ts`;
    expect(moduleLevelEffects(file, parsed().get(file)!)).toHaveLength(1);
  });
  it("the side-effect check allows declarations that build values", () => {
    const file = "planted/effects/declarations.ts";
    expect(moduleLevelEffects(file, parsed().get(file)!)).toEqual([]);
  });
});

describe("versions", () => {
  it("the CLI reports package.json's version", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
