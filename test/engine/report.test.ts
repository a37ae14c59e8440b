import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { escapeCell } from "../../src/engine/report/escape.ts";
import { renderJson } from "../../src/engine/report/json.ts";
import { renderMarkdown } from "../../src/engine/report/markdown.ts";
import { reportSchema } from "../../src/engine/report/model.ts";
import { renderText } from "../../src/engine/report/text.ts";
import { runCli } from "../helpers/cli.ts";
import { decideFrom } from "../helpers/decide.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";

/** Golden files are rewritten with UPDATE_GOLDEN=1, then reviewed in the diff like code. */
function matchesGolden(name: string, actual: string) {
  const path = `test/golden/${name}`;
  if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("renderers: golden output for the examples", () => {
  for (const example of ["support-bot", "faq-full-finetune"]) {
    for (const [format, extension] of [["text", "txt"], ["markdown", "md"], ["json", "json"]] as const) {
      it(`${example} as ${format}`, async () => {
        const { stdout } = await runCli(["check", "--plan", `examples/${example}/tunegate.yml`, "--format", format]);
        matchesGolden(`${example}.${extension}`, stdout);
      });
    }
  }
});

describe("the comment's alert", () => {
  it("for warnings, says they block only under fail-on: warning (the report does not know the run's fail-on)", () => {
    const { report } = decideFrom(MINIMAL_PLAN);
    expect(report.verdict).toBe("warn");
    const alert = renderMarkdown(report).split("\n").find((line) => line.startsWith("> **"));
    expect(alert).toMatch(/^> \*\*Passes with 3 warnings\*\*: `safety`, `task-quality`, `cost-budget`; they block the deploy only under `fail-on: warning`\./);
    expect(renderMarkdown(report)).not.toContain("Deploy allowed");
  });
});

describe("report model", () => {
  it("conforms to its published schema", async () => {
    const { stdout } = await runCli(["check", "--plan", "examples/faq-full-finetune/tunegate.yml", "--format", "json"]);
    expect(reportSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it("is deterministic: the same inputs give the same bytes", () => {
    const a = decideFrom(MINIMAL_PLAN).report;
    const b = decideFrom(MINIMAL_PLAN).report;
    expect(renderMarkdown(a)).toBe(renderMarkdown(b));
    expect(renderJson(a)).toBe(renderJson(b));
  });
});

describe("escaping plan text in markdown", () => {
  it("keeps pipes, newlines and HTML from breaking a table cell", () => {
    expect(escapeCell("a|b\nc<script>")).toBe("a\\|b c&lt;script&gt;");
  });
  it("defuses @mentions", () => {
    expect(escapeCell("owner @ml-platform")).not.toContain("@m");
  });
  it("applies to what a plan can inject", () => {
    const hostile = MINIMAL_PLAN.replace("name: test-plan", 'name: "x | y <img src=x> @everyone"') + 'waivers:\n  - gate: safety\n    reason: "a\\n| b |"\n    owner: "@security-team"\n    expires: 2026-12-31\n';
    const markdown = renderMarkdown(decideFrom(hostile).report);
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toMatch(/@everyone|@security-team/);
    const tableRows = markdown.split("\n").filter((line) => line.startsWith("| Safety"));
    expect(tableRows).toHaveLength(1);
    // six columns: seven unescaped pipes, so eight pieces; an injected pipe would add one
    expect(tableRows[0]!.replaceAll("\\|", "").split("|").length).toBe(8);
  });
});

describe("plain text", () => {
  it("shows where a failing gate points in the plan", () => {
    const text = renderText(decideFrom(MINIMAL_PLAN.replace("approach: rag", "approach: lora")).report);
    expect(text).toMatch(/MISSING\s+forgetting/);
    expect(text).toContain("at tunegate.yml:");
  });
});
