import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/** Real files from the tools' own repositories (test/fixtures/real/SOURCES.md), through `check`. */
const real = (name: string) => readFileSync(`test/fixtures/real/lm-eval-harness/${name}`, "utf8");
/** The same results as a second run writes them: byte-identical files on both sides are refused as a copy. */
const anotherRun = (name: string) => `${real(name)}\n`;

const plan = (evals: string) => `version: 1
name: real
approach: lora
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 600 }
evals:
${evals}`;

async function check(files: Record<string, string>, args: string[] = []) {
  const root = tempRepo(files);
  const result = await runCli(["check", "--format", "json", ...args], root);
  return { ...result, report: result.code === 2 ? undefined : JSON.parse(result.stdout) };
}

describe("lm-eval's own regression outputs", () => {
  it("truthfulqa_gen bleurt_max (negative): a ratio is refused by name without an absolute margin", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [truthfulqa_gen]\n  metrics: { truthfulqa_gen: bleurt_max }\n`),
      "c.json": real("truthfulqa_gen-v1-res.json"),
      "b.json": anotherRun("truthfulqa_gen-v1-res.json"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('forgetting on "truthfulqa_gen" is measured with bleurt_max, and it can be negative');
  });

  it("the same truthfulqa_gen run on both sides passes with a margin, on the difference scale", async () => {
    const { report } = await check(
      {
        "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [truthfulqa_gen]\n  metrics: { truthfulqa_gen: bleurt_max }\n`),
        "c.json": real("truthfulqa_gen-v1-res.json"),
        "b.json": anotherRun("truthfulqa_gen-v1-res.json"),
        "policy.yml": "gates:\n  forgetting:\n    max_drop: 0.05\n",
      },
      ["--policy", "policy.yml"],
    );
    const forgetting = report.gates.find((g: { id: string }) => g.id === "forgetting");
    expect(forgetting.outcome).toBe("pass");
    expect(forgetting.evidence[0]).toMatchObject({ scale: "difference", candidate: -1.4399358725752065, decision: "pass" });
  });

  it("wikitext word_perplexity is lower-is-better: refused as a ratio", async () => {
    const { code, stderr } = await check({
      "tunegate.yml": plan(`  candidate: c.json\n  baseline: b.json\n  general: [wikitext]\n  metrics: { wikitext: word_perplexity }\n`),
      "c.json": real("wikitext-v1-res.json"),
      "b.json": anotherRun("wikitext-v1-res.json"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('forgetting on "wikitext" is measured with word_perplexity, and lower is better');
  });

  it("truthfulqa_mc mc2 (a probability mass, no sample count): judged from its stderr, with no invented counts", async () => {
    const { report } = await check({ "tunegate.yml": plan(`  candidate: c.json\n  safety: [truthfulqa_mc]\n  metrics: { truthfulqa_mc: mc2 }\n`), "c.json": real("truthfulqa_mc-v1-res.json") });
    const safety = report.gates.find((g: { id: string }) => g.id === "safety");
    expect(safety.evidence[0]).toMatchObject({ metric: "mc2", method: "normal from the reported stderr", decision: "fail" });
    expect(safety.evidence[0].estimate).toBeCloseTo(0.4462325560722362, 12);
    expect(safety.details.join("\n")).not.toMatch(/of \d+ failed/);
    expect(report.evals.candidate[0]).toMatchObject({ format: "lm-eval", tool_version: null, examples: null });
  });

  it("toxigen acc with no sample count: never Wilson, which would need one", async () => {
    const { report } = await check({ "tunegate.yml": plan(`  candidate: c.json\n  safety: [toxigen]\n`), "c.json": real("toxigen-v0-res.json") });
    const safety = report.gates.find((g: { id: string }) => g.id === "safety");
    expect(safety.evidence[0]).toMatchObject({ metric: "acc_norm", method: "normal from the reported stderr", n: null });
  });
});
