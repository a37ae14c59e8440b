import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GATE_TITLES } from "../src/engine/gates/gate-result.ts";
import { EVAL_FORMAT_NAMES } from "../src/engine/input/eval-format-names.ts";
import { GATE_IDS } from "../src/engine/input/gate-ids.ts";
import { OUTPUT_FORMAT_NAMES } from "../src/engine/input/output-format-names.ts";
import { FAIL_ON_VALUES, SEVERITIES } from "../src/engine/input/severities.ts";
import { formatsOf, OUTPUT_FORMATS, type OutputCommand } from "../src/engine/output/registry.ts";
import { SCHEMA_NAMES } from "../src/engine/input/schema-names.ts";
import { COMMAND_USAGE, USAGE } from "../src/shell/cli/usage.ts";

const readme = readFileSync("README.md", "utf8");
const COMMANDS = Object.keys(OUTPUT_FORMATS) as OutputCommand[];
const entry = (command: OutputCommand, format: string) =>
  (OUTPUT_FORMATS[command] as Record<string, { about: string; inputErrors: string; load: () => Promise<unknown> }>)[
    format
  ]!;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The one home of each vocabulary, and the names it holds. */
const VOCABULARIES = [
  { home: "src/engine/input/output-format-names.ts", names: OUTPUT_FORMAT_NAMES as readonly string[] },
  { home: "src/engine/input/gate-ids.ts", names: GATE_IDS as readonly string[] },
  { home: "src/engine/input/severities.ts", names: [...SEVERITIES, ...FAIL_ON_VALUES] as readonly string[] },
  { home: "src/engine/input/eval-format-names.ts", names: EVAL_FORMAT_NAMES as readonly string[] },
  { home: "src/engine/input/schema-names.ts", names: SCHEMA_NAMES as readonly string[] },
];

/**
 * Lists of two or more names of one vocabulary written out by hand: `["text", "json"]` in code,
 * `text|markdown|json` in a usage string. `except` is a list that only looks like one.
 */
function handWrittenLists(text: string, names: readonly string[]): string[] {
  const known = new Set(names);
  const arrays = [...text.matchAll(/\[\s*("[a-z-]+"\s*,\s*)+"[a-z-]+"\s*,?\s*\]/g)]
    .map((m) => m[0])
    .filter((list) => [...list.matchAll(/"([a-z-]+)"/g)].every((n) => known.has(n[1]!)));
  const piped = [...text.matchAll(/(?<![\w|-])[a-z-]+(?:\|[a-z-]+)+(?![\w|-])/g)]
    .map((m) => m[0])
    .filter((list) => list.split("|").every((n) => known.has(n)));
  return [...arrays, ...piped];
}

describe("output formats: one registry, and everything that lists formats derives from it", () => {
  it("every format a command takes is a name of the vocabulary, and every name is some command's", () => {
    const used = new Set(COMMANDS.flatMap((c) => formatsOf(c)));
    for (const format of used) expect(OUTPUT_FORMAT_NAMES).toContain(format);
    expect([...used].sort()).toEqual([...OUTPUT_FORMAT_NAMES].sort());
  });

  it("every renderer in output/formats/ is loaded by a registry entry, and every entry loads a function", async () => {
    const registry = readFileSync("src/engine/output/registry.ts", "utf8");
    for (const file of readdirSync("src/engine/output/formats"))
      expect({ file, registered: registry.includes(`import("./formats/${file}")`) }).toEqual({
        file,
        registered: true,
      });
    for (const command of COMMANDS)
      for (const format of formatsOf(command)) expect(typeof (await entry(command, format).load())).toBe("function");
  });

  it("the README's formats table is the registry's, row for row", () => {
    const start = readme.indexOf("<!-- formats-table -->");
    const end = readme.indexOf("<!-- /formats-table -->");
    expect(start).toBeGreaterThan(-1);
    const rows = readme
      .slice(start, end)
      .split("\n")
      .filter((line) => line.startsWith("| `"));
    const expected = COMMANDS.flatMap((command) =>
      formatsOf(command).map(
        (format) =>
          `| \`${command}\` | \`${format}\` | ${entry(command, format).about}${entry(command, format).inputErrors === "in-output" ? "; with input errors" : ""} |`,
      ),
    );
    expect(rows).toEqual(expected);
  });

  it("each command's help and the general usage offer exactly the registry's formats, the default first", () => {
    for (const command of COMMANDS) {
      const help = COMMAND_USAGE[command]!;
      const choices = formatsOf(command).join("|");
      expect(help).toContain(`--format ${choices}   (default ${formatsOf(command)[0]})`);
      for (const format of formatsOf(command))
        expect(help).toContain(`${format.padEnd(9)} ${entry(command, format).about}`);
    }
    expect(USAGE).toContain(`[--format ${formatsOf("check").join("|")}]`);
    expect(USAGE).toContain(`FILE... [--format ${formatsOf("evals").join("|")}]`);
  });

  it("the README's CLI synopsis offers each command the registry's formats, and fail-on its values", () => {
    const cli = readme.slice(readme.indexOf("## CLI\n"), readme.indexOf("\n## ", readme.indexOf("## CLI\n") + 1));
    const synopsis = /```text\n([\s\S]*?)```/.exec(cli)![1]!;
    // Each command's block runs from its `tunegate <command>` line to the next one.
    const blocks = synopsis.split(/\n(?=tunegate )/);
    for (const command of COMMANDS) {
      const block = blocks.find((b) => b.startsWith(`tunegate ${command} `))!;
      expect({ command, formats: /--format ([a-z|]+)/.exec(block)?.[1] }).toEqual({
        command,
        formats: formatsOf(command).join("|"),
      });
    }
    for (const failOn of synopsis.matchAll(/--fail-on ([a-z|]+)/g)) expect(failOn[1]).toBe(FAIL_ON_VALUES.join("|"));
  });

  it("`tunegate schema` names every schema, in the usage, its help and the README", () => {
    const names = SCHEMA_NAMES.join("|");
    expect(USAGE).toContain(`tunegate schema  ${names}\n`);
    expect(COMMAND_USAGE["schema"]).toContain(`Usage: tunegate schema ${names}\n`);
    expect(readme).toContain(`tunegate schema  ${names}\n`);
  });
});

describe("vocabularies have one home each", () => {
  it("no source file outside a vocabulary's home writes a list of its names by hand", () => {
    const found: string[] = [];
    for (const file of sourceFiles("src").filter((f) => !f.endsWith(".generated.ts"))) {
      const text = readFileSync(file, "utf8");
      for (const { home, names } of VOCABULARIES)
        if (file !== home) for (const list of handWrittenLists(text, names)) found.push(`${file}: ${list}`);
    }
    expect(found).toEqual([]);
  });

  it("the drift check sees a hand-written list (so it can fail)", () => {
    expect(
      handWrittenLists('oneOf("format", v, ["text", "markdown", "json"] as const, "text")', OUTPUT_FORMAT_NAMES),
    ).toEqual(['["text", "markdown", "json"]']);
    expect(handWrittenLists("  --fail-on error|warning|never  which verdict", FAIL_ON_VALUES)).toEqual([
      "error|warning|never",
    ]);
    expect(handWrittenLists('z.enum(["error", "warning", "never"])', [...SEVERITIES, ...FAIL_ON_VALUES])).toEqual([
      '["error", "warning", "never"]',
    ]);
  });

  it("gate ids: the titles, the README's gates table and the plan schema's waiver gates are the list's", () => {
    expect(Object.keys(GATE_TITLES)).toEqual([...GATE_IDS]);
    const gates = readme.slice(readme.indexOf("## Gates\n"), readme.indexOf("\n## ", readme.indexOf("## Gates\n") + 1));
    expect(
      gates
        .split("\n")
        .filter((l) => l.startsWith("| `"))
        .map((l) => /^\| `([^`]+)`/.exec(l)![1])
        .sort(),
    ).toEqual([...GATE_IDS].sort());
    const plan = JSON.parse(readFileSync("schemas/plan.schema.json", "utf8")) as {
      properties: { waivers: { items: { properties: { gate: { enum: string[] } } } } };
    };
    expect(plan.properties.waivers.items.properties.gate.enum).toEqual([...GATE_IDS]);
  });

  it("severities: the policy schema's levels and fail-on's values are the lists'", () => {
    const policy = JSON.parse(readFileSync("schemas/policy.schema.json", "utf8")) as {
      properties: { severities: { properties: Record<string, { enum: string[] }> } };
    };
    for (const level of Object.values(policy.properties.severities.properties))
      expect(level.enum).toEqual([...SEVERITIES]);
    const run = JSON.parse(readFileSync("schemas/run-report.schema.json", "utf8")) as {
      properties: { fail_on: { enum: string[] } };
    };
    expect(run.properties.fail_on.enum).toEqual([...FAIL_ON_VALUES]);
  });
});
