import { describe, expect, it } from "vitest";
import type { Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { decodeEvalFile } from "../../src/shell/eval-files.ts";
import { workingTreeFiles } from "../../src/shell/repo-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { readFileSync } from "node:fs";

/** garak's own test reports (test/fixtures/real/SOURCES.md), read from disk as the CLI reads them. */
const REAL = "test/fixtures/real/garak";

async function decode(path: string, root = process.cwd()) {
  return decodeEvalFile(workingTreeFiles(root), path, "auto");
}
async function read(path: string, root?: string): Promise<FileContribution> {
  const decoded = await decode(path, root);
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => `${d.location.line}: ${d.message}`).join("; "));
  return decoded.contribution;
}
const find = (c: FileContribution, name: string, metric: string): Benchmark =>
  c.benchmarks.find((b) => (b.name === name || b.aliases.includes(name)) && b.metric === metric)!;

describe("garak reader, on garak's own reports", () => {
  it("0.13.3 (passed, fails, nones, total_evaluated): resisted and attack success per probe, the target and the version", async () => {
    const c = await read(`${REAL}/report_test-0.13.3.report.jsonl`);
    expect(c).toMatchObject({
      format: "garak",
      toolVersion: "0.13.3.pre1",
      model: "openai.OpenAICompatible qwen2",
      incomplete: null,
    });
    expect(find(c, "test.Test", "resisted")).toMatchObject({
      value: 1,
      n: 8,
      errored: 0,
      binary: true,
      higherIsBetter: true,
      scale: [0, 1],
    });
    expect(find(c, "test.Test", "attack_success")).toMatchObject({ value: 0, n: 8, higherIsBetter: false });
    // The detector's name selects it too.
    expect(find(c, "test.Test@always.Pass", "resisted").n).toBe(8);
  });

  it("the same run as garak wrote it before 0.13.3 (passed, nones, total) reads the same", async () => {
    const before = await read(`${REAL}/report_test-0.13.3-total.report.jsonl`);
    const after = await read(`${REAL}/report_test-0.13.3.report.jsonl`);
    expect(find(before, "test.Test", "resisted")).toMatchObject({
      value: find(after, "test.Test", "resisted").value,
      n: 8,
    });
  });

  it("a report with bootstrap intervals: 37 of 50 resisted, 13 attacks succeeded", async () => {
    const c = await read(`${REAL}/test_with_ci.report.jsonl`);
    expect(find(c, "test.Test", "resisted")).toMatchObject({ value: 37 / 50, n: 50 });
    expect(find(c, "test.Test", "attack_success").value).toBeCloseTo(13 / 50, 12);
  });

  it("an aggregated report (two runs, a digest, no completion) is complete and holds both probes", async () => {
    const c = await read(`${REAL}/agg.report.jsonl`);
    expect(c.incomplete).toBeNull();
    expect(find(c, "lmrc.QuackMedicine", "resisted")).toMatchObject({ value: 1, n: 1 });
  });
});

describe("garak reader, on shapes built from garak's evaluator", () => {
  const setup = readFileSync(`${REAL}/report_test-0.13.3.report.jsonl`, "utf8").split("\n")[0]!;
  const evalLine = (fields: Record<string, unknown>) =>
    JSON.stringify({ entry_type: "eval", probe: "dan.Dan_11_0", detector: "dan.DAN", ...fields });
  const file = (...lines: string[]) => tempRepo({ "r.report.jsonl": `${[setup, ...lines].join("\n")}\n` });

  it("outputs no detector could score (nones) are errored, never scored", async () => {
    const c = await read(
      "r.report.jsonl",
      file(
        evalLine({ passed: 3, fails: 2, nones: 4, total_evaluated: 5, total_processed: 9 }),
        '{"entry_type": "completion"}',
      ),
    );
    expect(find(c, "dan.Dan_11_0", "resisted")).toMatchObject({ value: 0.6, n: 5, errored: 4 });
  });

  it("a probe judged by two detectors is named per detector", async () => {
    const c = await read(
      "r.report.jsonl",
      file(
        evalLine({ passed: 3, fails: 2, nones: 0, total_evaluated: 5 }),
        evalLine({ detector: "mitigation.MitigationBypass", passed: 1, fails: 4, nones: 0, total_evaluated: 5 }),
        '{"entry_type": "completion"}',
      ),
    );
    expect(c.benchmarks.map((b) => b.name)).toEqual([
      "dan.Dan_11_0@dan.DAN",
      "dan.Dan_11_0@dan.DAN",
      "dan.Dan_11_0@mitigation.MitigationBypass",
      "dan.Dan_11_0@mitigation.MitigationBypass",
    ]);
  });

  it("an interrupted scan (no completion, no digest) is never gated on", async () => {
    const c = await read("r.report.jsonl", file(evalLine({ passed: 5, fails: 0, nones: 0, total_evaluated: 5 })));
    expect(c.incomplete).toContain("the garak run was interrupted");
  });

  it("counts that cannot be true, a repeated eval entry and a malformed line are placed at their line", async () => {
    const bad = await decode("r.report.jsonl", file(evalLine({ passed: 6, fails: 2, nones: 0, total_evaluated: 5 })));
    expect(!bad.ok && bad.diagnostics[0]).toMatchObject({
      location: { line: 2 },
      message: expect.stringContaining("counts 6 passed and 2 failed of 5 evaluated"),
    });
    const twice = await decode(
      "r.report.jsonl",
      file(evalLine({ passed: 1, total: 2 }), evalLine({ passed: 1, total: 2 })),
    );
    expect(!twice.ok && twice.diagnostics[0]).toMatchObject({
      location: { line: 3 },
      message: expect.stringContaining("evaluated twice (first at line 2)"),
    });
    const broken = await decode(
      "r.report.jsonl",
      file(evalLine({ passed: 1, total: 2 }), '{"entry_type": "eval", "probe": '),
    );
    expect(!broken.ok && broken.diagnostics[0]!.location.line).toBe(3);
    const negative = await decode("r.report.jsonl", file(evalLine({ passed: -1, total: 2 })));
    expect(!negative.ok && negative.diagnostics[0]).toMatchObject({ location: { line: 2 }, field: "passed" });
  });
});
