// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Mermaid } from "mermaid";
import { costChart, floorChart, forgettingChart, mermaidLabel } from "../../src/engine/report/charts.ts";
import type { ReportGate } from "../../src/engine/report/model.ts";

/** Mermaid's own parser decides whether a chart is valid: GitHub renders with Mermaid. */
let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = (await import("mermaid")).default;
});
const blocks = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

const evidence = (benchmark: string, estimate: number, lower: number | null, scale: "ratio" | "score" = "ratio", threshold = 0.9) => ({
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
  decision: "pass" as const,
  note: null,
});
const gate = (list: ReturnType<typeof evidence>[]) => ({ id: "forgetting", evidence: list }) as unknown as ReportGate;

describe("Mermaid charts", () => {
  it("every chart in the golden comments parses", async () => {
    const found = ["support-bot", "faq-full-finetune"].flatMap((name) => blocks(readFileSync(`test/golden/${name}.md`, "utf8")));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const chart of found) await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: expect.stringMatching(/xychart|pie/) });
  });

  it("the forgetting chart draws each benchmark's ratio, its lower bound and the margin", async () => {
    const chart = forgettingChart(gate([evidence("hellaswag", 0.786, 0.76), evidence("arc_challenge", 1.01, 0.95)]))!;
    expect(chart.mermaid).toContain('x-axis ["hellaswag", "arc_challenge", "needs ≥ 0.90"]');
    expect(chart.mermaid).toContain("bar [0.786, 1.01, 0.9]");
    expect(chart.mermaid).toContain("line [0.76, 0.95, 0.9]");
    expect(chart.mermaid).toContain("line [0.9, 0.9, 0.9]");
    await expect(mermaid.parse(chart.mermaid)).resolves.toMatchObject({ diagramType: "xychart" });
  });

  it("names from eval files cannot break or inject into a chart", async () => {
    const hostile = ['say "hi"', "a\nb", "%%{init: {'theme':'dark'}}%%", "x] bar [9", "harmful:self-harm", "`code`", "#1", "é🙂"];
    const chart = forgettingChart(gate(hostile.map((name, i) => evidence(name, 0.9 + i / 100, null))))!;
    await expect(mermaid.parse(chart.mermaid)).resolves.toMatchObject({ diagramType: "xychart" });
    // the init directive, the chart type, title, two axes, bars and the margin line: nothing injected
    expect(chart.mermaid.split("\n")).toHaveLength(7);
    expect(chart.mermaid.split("\n").slice(1).join("\n")).not.toContain("%%");
    expect(mermaidLabel('x] bar [9 "q"')).toBe('"x bar 9 q"');
    const floors = floorChart(gate(hostile.map((name) => evidence(name, 0.97, 0.93, "score", 0.95))), 'Safety "suites"\n')!;
    await expect(mermaid.parse(floors.mermaid)).resolves.toMatchObject({ diagramType: "xychart" });
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
        { id: "llm", label: 'LLM (openai/gpt-5) "quoted"', period: "monthly", usd: 550.2, assumption: "", price_source: "" },
        { id: "vector_db", label: "vector DB", period: "monthly", usd: 70, assumption: "", price_source: "" },
        { id: "fine_tune", label: "fine-tune", period: "one_time", usd: 30, assumption: "", price_source: "" },
      ],
    })!;
    expect(chart.mermaid).toContain('"vector DB" : 70');
    expect(chart.mermaid).not.toContain("fine-tune");
    await expect(mermaid.parse(chart.mermaid)).resolves.toMatchObject({ diagramType: "pie" });
  });

  it("no chart where there is nothing to draw", () => {
    expect(forgettingChart(gate([]))).toBeNull();
  });
});
