import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { actionInputsSchema } from "../src/shell/action/inputs.ts";
import { exactFloorNote } from "../src/engine/gates/eval-judgement.ts";
import { clopperPearson } from "../src/engine/stats/intervals.ts";

const readme = readFileSync("README.md", "utf8");
const action = parse(readFileSync("action.yml", "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

function tableRows(marker: string): string[][] {
  const start = readme.indexOf(`<!-- ${marker} -->`);
  const end = readme.indexOf(`<!-- /${marker} -->`);
  expect(start).toBeGreaterThan(-1);
  return readme
    .slice(start, end)
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| /, "").replace(/ \|$/, "")));
}

describe("README documents action.yml", () => {
  it("lists every input, and only those, in action.yml's order", () => {
    expect(tableRows("inputs-table").map((r) => r[0]!.replaceAll("`", ""))).toEqual(Object.keys(action.inputs));
  });
  it("gives each input the default the code applies", () => {
    const defaults = actionInputsSchema.parse({});
    for (const [name, documented] of tableRows("inputs-table").map(
      (r) => [r[0]!.replaceAll("`", ""), r[1]!] as const,
    )) {
      const yamlDefault = action.inputs[name]?.default;
      const codeDefault = (defaults as Record<string, unknown>)[name];
      const expected =
        yamlDefault ?? (codeDefault === undefined ? "(none)" : codeDefault === "" ? "(empty)" : String(codeDefault));
      expect({ name, documented: documented.replaceAll("`", "") }).toEqual({ name, documented: expected });
    }
  });
  it("lists every output, and only those", () => {
    expect(tableRows("outputs-table").map((r) => r[0]!.replaceAll("`", ""))).toEqual(Object.keys(action.outputs));
  });
  it("runs the committed bundle on node24 and sets no threshold as an input", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(Object.keys(action.inputs).filter((n) => /min|max|threshold|ratio|score|budget/.test(n))).toEqual([]);
  });
});

describe("README's statistics are the code's", () => {
  it("the number of clean examples that certify 0.95 is the one the exact (Clopper-Pearson) bound gives", () => {
    const stated = Number(/<!-- clean-examples -->(\d+)<!-- \/clean-examples -->/.exec(readme)![1]);
    expect(clopperPearson(stated, stated, 0.05).lower).toBeGreaterThanOrEqual(0.95);
    expect(clopperPearson(stated - 1, stated - 1, 0.05).lower).toBeLessThan(0.95);
    expect(exactFloorNote(0, 20, 0.95, 0.05)).toContain(`at least ${stated} clean examples in all`);
  });
  it("1 failure in 20 can never certify 0.95", () => {
    expect(readme).toContain("a suite with 1 failure in 20 fails 5% of the time and can never show 0.95");
    expect(exactFloorNote(1, 20, 0.95, 0.05)).toBe(
      "at this failure rate (1 of 20) no number of examples would show >= 0.95",
    );
  });
});

describe("README: install and first steps", () => {
  const section = (title: string) => {
    const start = readme.indexOf(`## ${title}\n`);
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf("\n## ", start + 1);
    return readme.slice(start, end === -1 ? undefined : end);
  };

  it("Install says how to get the CLI from npm and the Action with uses:, and what each needs", () => {
    const install = section("Install");
    expect(install).toContain("npm install --save-dev tunegate");
    expect(install).toContain("npx tunegate --version");
    expect(install).toContain("Node.js 22.15 or newer");
    expect(install).toContain("tunegate needs Node.js 22.15 or newer (found vX)");
    expect(install).toContain("uses: tunegate/tunegate@v0");
    expect(install).toContain("actions/checkout");
    expect(install).toMatch(/permissions/);
  });

  it("the quick start is two commands, and the cost it promises is what the first one prints", async () => {
    const quick = section("Quick start (this repository)");
    const commands = /```sh\n([\s\S]*?)```/.exec(quick)![1]!.trim().split("\n");
    expect(commands).toEqual([
      "npm ci && npm run tunegate -- check --plan examples/support-bot/tunegate.yml",
      "npm test",
    ]);
    const promised = /projects (\$[\d,.]+)\/month/.exec(quick)![1]!;
    const { runCli } = await import("./helpers/cli.ts");
    const { code, stdout } = await runCli(["check", "--plan", "examples/support-bot/tunegate.yml"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Cost: ${promised}/month`);
  });

  it("the init example in 'Start in your repository' runs as written", async () => {
    const start = section("Start in your repository");
    // The first command, its continuation lines joined.
    const full = /```sh\n([\s\S]*?)```/
      .exec(start)![1]!
      .replace(/\\\n\s*/g, "")
      .split("\n")[0]!;
    expect(full.startsWith("npx tunegate init ")).toBe(true);
    const args = [...full.replace("npx tunegate ", "").matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const { runCli } = await import("./helpers/cli.ts");
    const { tempRepo } = await import("./helpers/temp-repo.ts");
    const root = tempRepo({});
    const init = await runCli([...args, "--today", "2026-11-28"], root, "2026-11-28");
    expect({ code: init.code, stderr: init.stderr }).toEqual({ code: 0, stderr: "" });
    expect([0, 1]).toContain((await runCli(["check"], root, "2026-11-28")).code);
  });
});
