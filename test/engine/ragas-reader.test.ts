import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvParser, MAX_CSV_RECORD_CHARS, ragasCsv } from "../../src/engine/evals/formats/ragas.ts";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import type { Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";
import { decodeEvalFile } from "../../src/shell/eval-files.ts";
import { workingTreeFiles } from "../../src/shell/repo-files.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/** A real ragas_results.json (test/fixtures/real/SOURCES.md): Ragas 0.2+ records dumped with json.dump, bare NaN where a metric failed. */
const veritas = readFileSync("test/fixtures/real/ragas/veritasrag-408369e-ragas_results.json", "utf8");

function read(text: string, file = "ragas_results.json"): FileContribution {
  const decoded = decodeDocument(file, text, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const named = (c: FileContribution, name: string): Benchmark => c.benchmarks.find((b) => b.name === name)!;

describe("Ragas reader, on a real file", () => {
  it("per metric, the mean over the samples it scored; NaN (the judge failed) is errored, never a score", () => {
    const c = read(veritas);
    expect(c.format).toBe("ragas");
    expect(named(c, "answer_relevancy")).toMatchObject({
      metric: "score",
      n: 6,
      errored: 19,
      higherIsBetter: true,
      scale: [0, 1],
      aggregation: "mean",
    });
    expect(named(c, "answer_relevancy").value).toBeCloseTo(0.9406241900460528, 12);
    expect(named(c, "context_recall")).toMatchObject({ n: 6, errored: 19, binary: true });
    // Faithfulness failed on all 25 samples (the judge's provider refused n=3): no data, never 0.
    expect(named(c, "faithfulness")).toMatchObject({ n: 0, errored: 25 });
    expect(c.noScores).toBeNull();
  });

  it("samples pair across runs by their question, not their position", () => {
    const rows = JSON.parse(veritas.replace(/\bNaN\b/g, "null")) as Array<Record<string, unknown>>;
    const forward = named(read(JSON.stringify(rows)), "answer_relevancy");
    const backward = named(read(JSON.stringify([...rows].reverse())), "answer_relevancy");
    expect(backward.value).toBeCloseTo(forward.value, 12);
    const keys = (b: Benchmark) =>
      [...(b.examples as { kind: "keyed"; scores: Map<string, number> }).scores.entries()].sort();
    expect(keys(backward)).toEqual(keys(forward));
  });
});

describe("Ragas reader, on shapes built from Ragas's source", () => {
  const sample = (question: string, scores: Record<string, number | null>) => ({
    user_input: question,
    retrieved_contexts: ["c"],
    response: "r",
    reference: "ref",
    ...scores,
  });

  it("Ragas 0.1 columns (question, contexts, answer, ground_truth) read the same", () => {
    const c = read(
      JSON.stringify([
        { question: "q1", contexts: ["c"], answer: "a", ground_truth: "g", faithfulness: 0.5, context_precision: 1 },
      ]),
    );
    expect(named(c, "faithfulness")).toMatchObject({ n: 1, value: 0.5 });
    expect(named(c, "context_precision")).toMatchObject({ n: 1, value: 1 });
  });

  it("noise_sensitivity is lower-is-better; a rubric score (1-5) has no [0, 1] scale", () => {
    const c = read(JSON.stringify([sample("q1", { "noise_sensitivity(mode=relevant)": 0.2, rubrics_score: 4 })]));
    expect(named(c, "noise_sensitivity(mode=relevant)")).toMatchObject({ higherIsBetter: false, scale: [0, 1] });
    expect(named(c, "rubrics_score")).toMatchObject({ higherIsBetter: true, scale: null, value: 4 });
  });

  it("a score of one of Ragas's own metrics outside [0, 1] is refused at its field", () => {
    const text = JSON.stringify([sample("q1", { faithfulness: 0.9 }), sample("q2", { faithfulness: 1.7 })], null, 2);
    const decoded = decodeDocument("ragas_results.json", text, "auto");
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain(
      'score 1.7 of metric "faithfulness" is outside Ragas\'s range [0, 1]',
    );
    expect(!decoded.ok && decoded.diagnostics[0]!.location.line).toBe(
      text.split("\n").findIndex((l) => l.includes("1.7")) + 1,
    );
  });

  it("a question asked twice is two samples", () => {
    const c = read(JSON.stringify([sample("q", { faithfulness: 1 }), sample("q", { faithfulness: 0 })]));
    expect(named(c, "faithfulness")).toMatchObject({ n: 2, value: 0.5 });
  });

  it("to_json(orient='records', lines=True): the records as JSON lines, a bad line placed at its line", async () => {
    const lines = [sample("q1", { faithfulness: 1 }), sample("q2", { faithfulness: null })]
      .map((r) => JSON.stringify(r))
      .join("\n");
    const root = tempRepo({
      "ok.jsonl": `${lines}\n`,
      "bad.jsonl": `${lines}\n${JSON.stringify(sample("q3", { faithfulness: -0.5 }))}\n`,
    });
    const ok = await decodeEvalFile(workingTreeFiles(root), "ok.jsonl", "auto");
    expect(ok.ok && named(ok.contribution, "faithfulness")).toMatchObject({ n: 1, errored: 1, value: 1 });
    const bad = await decodeEvalFile(workingTreeFiles(root), "bad.jsonl", "auto");
    expect(!bad.ok && bad.diagnostics[0]!.location.line).toBe(3);
  });
});

describe("Ragas reader, CSV (to_pandas().to_csv())", () => {
  /** The real VeritasRAG records written as pandas' to_csv writes them: the index first, NaN empty, lists as Python text, quotes doubled. */
  function asPandasCsv(rows: Array<Record<string, unknown>>): string {
    const columns = Object.keys(rows[0]!);
    const cell = (v: unknown) => {
      const text = v === null ? "" : Array.isArray(v) ? `[${v.map((x) => `'${String(x)}'`).join(", ")}]` : String(v);
      return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    return `${["", ...columns].join(",")}\n${rows.map((r, i) => [String(i), ...columns.map((c) => cell(r[c]))].join(",")).join("\n")}\n`;
  }
  const rows = JSON.parse(veritas.replace(/\bNaN\b/g, "null")) as Array<Record<string, unknown>>;

  it("reads the same scores, errors and sample keys as the JSON records, the index column not a metric", async () => {
    const root = tempRepo({ "ragas_results.csv": asPandasCsv(rows) });
    const decoded = await decodeEvalFile(workingTreeFiles(root), "ragas_results.csv", "auto");
    if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => `${d.location.line}: ${d.message}`).join("; "));
    const fromJson = read(veritas);
    for (const metric of ["faithfulness", "answer_relevancy", "context_recall", "answer_correctness"]) {
      const csv = named(decoded.contribution, metric);
      expect([csv.n, csv.errored, csv.value]).toEqual([
        named(fromJson, metric).n,
        named(fromJson, metric).errored,
        named(fromJson, metric).value,
      ]);
    }
    expect(decoded.contribution.benchmarks.map((b) => b.name).sort()).toEqual([
      "answer_correctness",
      "answer_relevancy",
      "context_recall",
      "faithfulness",
    ]);
  });

  it("a row with a field too many, or a quoted field never closed, is placed at its line", async () => {
    const root = tempRepo({
      "extra.csv": `,user_input,response,faithfulness\n0,q1,r,0.5\n1,q2,"a, b",0.5,9\n`,
      "open.csv": `,user_input,response,faithfulness\n0,q1,r,0.5\n1,q2,"never closed\n,0.5\n`,
    });
    const extra = await decodeEvalFile(workingTreeFiles(root), "extra.csv", "auto");
    expect(!extra.ok && extra.diagnostics[0]).toMatchObject({
      location: { line: 3 },
      message: expect.stringContaining("this row has 5 fields, the header 4"),
    });
    const open = await decodeEvalFile(workingTreeFiles(root), "open.csv", "auto");
    expect(!open.ok && open.diagnostics[0]).toMatchObject({
      location: { line: 3 },
      message: expect.stringContaining("never closed"),
    });
  });
});

describe("the CSV parser", () => {
  /** A field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or is empty. */
  const written = (field: string) => (/[",\n\r]|^$/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  const field = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r", "é", "😀"), maxLength: 12 });

  it("reads every record and the line it starts on, however the text is cut into pieces", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (records, cuts) => {
          const rows = records.map((r) => r.map(written).join(","));
          const text = `${rows.join("\n")}\n`;
          const read: Array<{ fields: string[]; line: number }> = [];
          const parser = csvParser((fields, line) => read.push({ fields, line }));
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          let from = 0;
          for (const cut of [...at, text.length]) {
            parser.write(text.slice(from, cut));
            from = cut;
          }
          expect(parser.end()).toBeNull();
          let line = 1;
          const expected = records.map((fields, i) => {
            const row = { fields, line };
            line += rows[i]!.split("\n").length;
            return row;
          });
          expect(read).toEqual(expected);
        },
      ),
    );
  });

  it("a quoted field never closed stops the read where its record passes 16 Mi characters, at the line it opened on", () => {
    const reader = ragasCsv.start("ragas_results.csv");
    let problem = reader.write(',user_input,response,faithfulness\n0,q1,r,0.5\n1,q2,"never closed\n');
    const megabyte = `${"x".repeat(1023)}\n`.repeat(1024);
    let written = 0;
    for (; written < 40 && problem === null; written++) problem = reader.write(megabyte);
    expect(problem).toMatchObject({ line: 3, message: expect.stringContaining("runs past 16 Mi characters") });
    expect(written).toBe(MAX_CSV_RECORD_CHARS / (1024 * 1024));
  });
});
