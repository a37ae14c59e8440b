import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaText, SCHEMA_NAMES } from "../src/engine/json-schemas.ts";
import { VERSION } from "../src/engine/version.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
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
