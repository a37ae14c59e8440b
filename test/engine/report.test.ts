import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { escapeCell } from "../../src/engine/output/parts/escape.ts";
import { renderJson } from "../../src/engine/output/parts/json.ts";
import { renderMarkdown } from "../../src/engine/output/parts/markdown.ts";
import { reportSchema } from "../../src/engine/output/parts/model.ts";
import { renderText } from "../../src/engine/output/parts/text.ts";
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
    for (const [format, extension] of [
      ["text", "txt"],
      ["markdown", "md"],
      ["json", "json"],
    ] as const) {
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
    const alert = renderMarkdown(report)
      .split("\n")
      .filter((line) => line.startsWith("> "))
      .slice(1);
    expect(alert[0]).toBe("> **Passes with 3 warnings**; they block the deploy only under `fail-on: warning`:");
    expect(alert.slice(1, 4).map((line) => line.slice(0, 18))).toEqual([
      "> - `safety`: miss",
      "> - `task-quality`",
      "> - `cost-budget`:",
    ]);
    expect(renderMarkdown(report)).not.toContain("Deploy allowed");
  });
});

describe("report model", () => {
  it("conforms to its published schema", async () => {
    const { stdout } = await runCli(["check", "--plan", "examples/faq-full-finetune/tunegate.yml", "--format", "json"]);
    expect(reportSchema.safeParse(JSON.parse(stdout).plans[0].report).success).toBe(true);
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
    const hostile =
      MINIMAL_PLAN.replace("name: test-plan", 'name: "x | y <img src=x> @everyone"') +
      'waivers:\n  - gate: safety\n    reason: "a\\n| b |"\n    owner: "@security-team"\n    expires: 2026-12-31\n';
    const markdown = renderMarkdown(decideFrom(hostile).report);
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toMatch(/@everyone|@security-team/);
    const tableRows = markdown.split("\n").filter((line) => line.startsWith("| Safety"));
    expect(tableRows).toHaveLength(1);
    // four columns: five unescaped pipes, so six pieces; an injected pipe would add one
    expect(tableRows[0]!.replaceAll("\\|", "").split("|").length).toBe(6);
  });
});

describe("the comment a reviewer reads", () => {
  it("links tunegate's own framework references and never what a plan wrote", () => {
    const { report } = decideFrom(
      MINIMAL_PLAN.replace("name: test-plan", 'name: "see tunegate framework, section 6 (https://evil.example/x)"'),
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      "[tunegate framework, section 4](https://github.com/tunegate/tunegate/blob/v0.1.0/docs/framework.md#4-mismatches-when-a-plan-contradicts-the-framework)",
    );
    // no zero-width space inside any of tunegate's own addresses
    expect(markdown).not.toMatch(/https:\u200b\/\/github\.com\/tunegate/);
    expect(markdown).not.toContain("](https://evil");
  });
  it("puts what the pull request changed right under the verdict, before the gate table", () => {
    const { report } = decideFrom(MINIMAL_PLAN);
    const markdown = renderMarkdown(report, {
      change: "**Changes against `main`**\n- newly failing: `safety`",
      failOn: "never",
    });
    expect(markdown.indexOf("**Changes against")).toBeLessThan(markdown.indexOf("| Gate |"));
    expect(markdown.indexOf("**Changes against")).toBeLessThan(markdown.indexOf("<details>"));
    expect(markdown).toContain("**Report-only** (`fail-on: never`)");
    expect(renderMarkdown(report, { failOn: "error" })).toContain("**Enforcing** (`fail-on: error`)");
  });
  it("collapses passing gates into one line that opens to their table", () => {
    const { report } = decideFrom(MINIMAL_PLAN);
    const passing = report.gates.filter((g) => g.outcome === "pass").length;
    expect(passing).toBeGreaterThan(0);
    expect(renderMarkdown(report)).toMatch(new RegExp(`<details><summary>✅ ${passing} gates? pass`));
  });
  it("a first check without evals says what is missing, not that the recommended approach failed", () => {
    const plan =
      "version: 1\nname: voice\napproach: lora\nuse_case:\n  task: behavior\n  knowledge_change: static\n  citations_required: false\n  style_requirements: high\n  monthly_queries: 1000\ntraining:\n  examples: 600\n";
    const { report } = decideFrom(plan);
    expect(report.recommendation.approach).toBe("lora");
    expect(report.findings.map((f) => f.rule)).toContain("M4");
    expect(report.gates.find((g) => g.id === "approach-fit")?.outcome).not.toBe("fail");
    expect(report.headline).toMatch(/without evidence \(.*forgetting.*safety/);
    expect(report.headline).not.toMatch(/failed/);
  });
});

describe("a name that matches nothing", () => {
  const plan = `${MINIMAL_PLAN}evals:\n  candidate: evals/candidate.json\n  baseline: evals/baseline.json\n  task: [support_qa]\n  safety: [xstest]\n  task_floor: 0.8\n`;
  it("says so in the headline and the fix, for task and safety suites", () => {
    const { report } = decideFrom(plan, {
      candidate: { safety: { xstest: 0.99 }, task: { supportqa: 0.9 } },
      baseline: { safety: { xstest: 0.99 }, task: { support_qa: 0.9 } },
    });
    const task = report.gates.find((g) => g.id === "task-quality")!;
    expect(task.summary).toBe("support_qa not in the candidate results (only the baseline's results have it)");
    expect(task.fix).toContain("`tunegate evals FILE` lists them");
    expect(task.fix).not.toMatch(/^improve/);
    expect(report.headline).toBe(
      "test-plan: blocked, 1 gate failed (task-quality: support_qa not in the candidate results)",
    );
    const safety = decideFrom(plan, {
      candidate: { safety: { xs_test: 0.99 }, task: { support_qa: 0.9 } },
      baseline: { safety: { xstest: 0.99 }, task: { support_qa: 0.9 } },
    }).report;
    expect(safety.gates.find((g) => g.id === "safety")!.summary).toMatch(/^xstest not in the candidate results/);
  });
});

describe("plain text", () => {
  it("prints each fix once", () => {
    const { report } = decideFrom(MINIMAL_PLAN);
    // the "first:" line names the first fix once more, by design; the gate list says each once
    const text = renderText(report).split("\nGates\n")[1]!;
    for (const g of report.gates.filter((g) => g.fix !== null)) expect(text.split(g.fix!).length - 1, g.id).toBe(1);
  });
  it("shows where a failing gate points in the plan", () => {
    const text = renderText(decideFrom(MINIMAL_PLAN.replace("approach: rag", "approach: lora")).report);
    expect(text).toMatch(/MISSING\s+forgetting/);
    expect(text).toContain("at tunegate.yml:");
  });
});
