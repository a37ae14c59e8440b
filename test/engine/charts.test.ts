import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mermaid } from "mermaid";
import { costChart, mermaidLabel } from "../../src/engine/output/parts/charts.ts";
import { failingEvidence } from "../../src/engine/output/parts/evidence-lines.ts";
import { forestPlot } from "../../src/engine/output/parts/forest-plot.ts";
import type { ReportGate } from "../../src/engine/output/parts/model.ts";

/**
 * Mermaid's own parser decides whether a chart is valid: GitHub renders with Mermaid. Mermaid
 * needs a DOM, given here for this file only by happy-dom's window on globalThis: a
 * `@vitest-environment` comment made vitest start fresh workers for the file and for the rest of
 * the suite, each importing the module graph again.
 */
let mermaid: Mermaid;
const DOM_GLOBALS = ["window", "document", "navigator", "Element", "HTMLElement", "Node", "DOMParser"] as const;
const saved = new Map<string, PropertyDescriptor | undefined>();
let closeWindow: (() => Promise<void>) | undefined;
beforeAll(async () => {
  const { Window } = await import("happy-dom");
  const window = new Window();
  closeWindow = () => window.happyDOM.close();
  for (const name of DOM_GLOBALS) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
  }
  mermaid = (await import("mermaid")).default;
});
afterAll(async () => {
  for (const [name, descriptor] of saved) {
    if (descriptor === undefined) delete (globalThis as Record<string, unknown>)[name];
    else Object.defineProperty(globalThis, name, descriptor);
  }
  await closeWindow?.();
});
const blocks = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

const evidence = (
  benchmark: string,
  estimate: number,
  lower: number | null,
  scale: "ratio" | "score" = "ratio",
  threshold = 0.9,
  decision: "pass" | "fail" | "inconclusive" = "pass",
) => ({
  benchmark,
  metric: "acc,none",
  n: 100,
  candidate: estimate,
  baseline: 1,
  scale,
  threshold,
  estimate,
  lower,
  upper: lower === null ? null : estimate + (estimate - lower),
  method: "paired t",
  decision,
  note: null,
});
const gate = (list: ReturnType<typeof evidence>[], outcome = "fail") =>
  ({ id: "forgetting", outcome, evidence: list }) as unknown as ReportGate;

describe("charts", () => {
  it("every Mermaid chart in the golden comments parses", async () => {
    const found = ["support-bot", "faq-full-finetune"].flatMap((name) =>
      blocks(readFileSync(`test/golden/${name}.md`, "utf8")),
    );
    for (const chart of found) await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: "pie" });
  });

  it("the forest plot puts each benchmark's estimate and interval against the margin, worst first", () => {
    const plot = forestPlot(
      "t",
      [evidence("hellaswag", 1.01, 0.95), evidence("arc_challenge", 0.759, 0.72, "ratio", 0.9, "fail")],
      "candidate / base",
    )!;
    const rows = plot.split("\n").filter((l) => /^(hellaswag|arc_challenge) /.test(l));
    expect(rows[0]).toMatch(/^arc_challenge/);
    expect(rows[0]).toContain("0.759 [0.720, 0.798] FAIL");
    const marginColumn = (row: string) => [...row].findIndex((c) => c === "┆" || c === "┼");
    const dot = (row: string) => [...row].indexOf("●");
    // arc_challenge's estimate sits left of the margin, hellaswag's right of it, on one scale
    expect(dot(rows[0]!)).toBeLessThan(marginColumn(rows[0]!));
    expect(dot(rows[1]!)).toBeGreaterThan(marginColumn(rows[1]!));
    expect(marginColumn(rows[0]!)).toBe(marginColumn(rows[1]!));
    expect(plot).toContain("┆ needs 0.90");
    // no line is drawn across benchmarks, and no extra "needs" bar
    expect(plot).not.toContain("line [");
    expect(plot).not.toContain("bar [");
  });

  it("names from eval files cannot end the code block or steer the terminal", () => {
    const plot = forestPlot(
      "t",
      ["```\n@everyone", "a\u202eb", "x".repeat(80)].map((name) => evidence(name, 0.95, null)),
      "score",
    )!;
    expect(plot.match(/```/g)).toHaveLength(2);
    expect(plot).not.toContain("\u202e");
    for (const line of plot.split("\n")) expect(line.length).toBeLessThanOrEqual(90);
  });

  it("the alert's evidence names the benchmark, its number and the margin", () => {
    expect(
      failingEvidence(
        gate([evidence("arc_challenge", 0.759, null, "ratio", 0.9, "fail"), evidence("hellaswag", 1, null)]),
      ),
    ).toBe("arc_challenge 0.759x base, needs 0.90x");
    expect(
      failingEvidence(
        gate([
          evidence("xstest", 0.93, 0.9, "score", 0.95, "fail"),
          evidence("harmbench", 0.8, null, "score", 0.9, "fail"),
        ]),
      ),
    ).toBe("xstest 0.930 (bound 0.900), needs 0.95; harmbench 0.800, needs 0.90");
    expect(
      failingEvidence(
        gate([evidence("a", 0.8, null, "ratio", 0.9, "fail"), evidence("b", 0.7, null, "ratio", 0.9, "fail")]),
      ),
    ).toBe("a 0.800x base, b 0.700x base, needs 0.90x");
    expect(failingEvidence(gate([evidence("a", 0.8, null)]))).toBeNull();
  });

  it("cost is a pie of the monthly line items", async () => {
    const chart = costChart({
      monthly_usd: 620.2,
      one_time_usd: 30,
      per_query_usd: 0.0062,
      monthly_queries: 100000,
      budget: null,
      break_even_monthly_queries: null,
      self_host_crossover: null,
      items: [
        {
          id: "llm",
          label: 'LLM (openai/gpt-5) "quoted"',
          period: "monthly",
          usd: 550.2,
          assumption: "",
          price_source: "",
        },
        { id: "vector_db", label: "vector DB", period: "monthly", usd: 70, assumption: "", price_source: "" },
        { id: "fine_tune", label: "fine-tune", period: "one_time", usd: 30, assumption: "", price_source: "" },
      ],
    })!;
    expect(chart.mermaid).toContain('"vector DB" : 70');
    expect(chart.mermaid).not.toContain("fine-tune");
    await expect(mermaid.parse(chart.mermaid)).resolves.toMatchObject({ diagramType: "pie" });
    expect(mermaidLabel('x] bar [9 "q"')).toBe('"x bar 9 q"');
  });

  it("no plot where there is nothing to draw", () => {
    expect(forestPlot("t", [], "score")).toBeNull();
  });
});
