import { describe, expect, it } from "vitest";
import { deepevalRun } from "../../src/engine/evals/formats/deepeval.ts";
import { everyEvalEverSamples } from "../../src/engine/evals/formats/every-eval-ever.ts";
import { garakReport } from "../../src/engine/evals/formats/garak.ts";
import { inspectJson } from "../../src/engine/evals/formats/inspect.ts";
import { lightevalResults } from "../../src/engine/evals/formats/lighteval.ts";
import { lmEvalResults } from "../../src/engine/evals/formats/lm-eval-results.ts";
import { junitReader, MAX_HELD_XML_CHARS } from "../../src/engine/evals/formats/junit.ts";
import {
  lmEvalSamples,
  MAX_SCORE_SERIES,
  MAX_UNLABELLED_REPEATS,
} from "../../src/engine/evals/formats/lm-eval-samples.ts";
import { promptfooDocument, promptfooRows } from "../../src/engine/evals/formats/promptfoo.ts";
import { ragasLines } from "../../src/engine/evals/formats/ragas.ts";
import { identityKey, MAX_KEPT_ID_CHARS } from "../../src/engine/evals/identity-key.ts";
import { MAX_NAME_CHARS } from "../../src/engine/evals/name-cap.ts";
import type { Benchmark } from "../../src/engine/evals/model.ts";
import {
  benchmark,
  type EvalProblem,
  type Json,
  type LineReader,
  type ReadResult,
} from "../../src/engine/evals/reading.ts";
import { withinNameCap } from "../../src/engine/evals/decode.ts";
import { inspectLog } from "../helpers/eval-files.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { check, expectInputError } from "./harness.ts";

/**
 * A streamed eval file has no size limit, so what a reader keeps per new name or per line must
 * be bounded by what the gate needs. Each cap is shown at a small injected limit (the readers'
 * own defaults are asserted where they are cheap to reach); each failed on the code before it.
 */

/** Feeds lines to a reader until one is refused: that problem, or null. */
function feed(reader: LineReader | EvalProblem, lines: readonly Json[]): EvalProblem | null {
  if (!("add" in reader)) throw new Error(reader.message);
  for (const [i, line] of lines.entries()) {
    const problem = reader.add(line, i + 1);
    if (problem !== null) return problem;
  }
  return null;
}

/** A read file's result naming these benchmarks (alternating two metrics). */
const contribution = (names: readonly string[]): ReadResult => ({
  ok: true,
  contribution: {
    file: "evals/x.json",
    format: "every-eval-ever",
    toolVersion: null,
    model: null,
    benchmarks: names.map((name, i) =>
      benchmark({
        name,
        metric: i % 2 === 0 ? "acc" : "f1",
        value: 0.5,
        provenance: {
          format: "every-eval-ever",
          file: "evals/x.json",
          model: null,
          modelArgs: null,
          version: null,
          limit: null,
          nShot: null,
          digest: null,
        },
      }),
    ),
    latencyP95Ms: null,
    categories: null,
    incomplete: null,
    noScores: null,
  },
});

const SAMPLES = "evals/samples_arc_easy_2024-05-01T00-00-00.000000.jsonl";

describe("lm-eval samples: what a line can make the reader keep", () => {
  it(`a doc_id repeated unlabelled more than ${MAX_UNLABELLED_REPEATS} times is refused at that line, not matched against every earlier repeat`, () => {
    // The old reader made a series per repeat and matched each line against all of them: 60,000
    // such lines took 22 s, a million hours.
    const lines = Array.from({ length: MAX_UNLABELLED_REPEATS + 5 }, () => ({ doc_id: 0, resps: [], acc: 1 }));
    const problem = feed(lmEvalSamples.start(SAMPLES), lines);
    expect(problem).toMatchObject({ line: MAX_UNLABELLED_REPEATS + 1, path: ["doc_id"] });
    expect(problem?.message).toMatch(/doc_id appears more than 64 times for acc with no filter named/);
  });

  it("a few unlabelled repeats (pre-v0.4.7 filters) still read as before", () => {
    const reader = lmEvalSamples.start(SAMPLES) as LineReader;
    for (let id = 0; id < 3; id++)
      for (let filter = 0; filter < 3; filter++) expect(reader.add({ doc_id: id, resps: [], acc: 1 }, 1)).toBeNull();
    const read = reader.finish();
    expect(read.ok && read.contribution.benchmarks.map((b) => `${b.metric}:${b.n}`)).toEqual([
      "acc,none:3",
      "acc,#1:3",
      "acc,#2:3",
    ]);
  });

  it(`more than ${MAX_SCORE_SERIES} metric and filter pairs are refused at the line that names one more`, () => {
    // Each pair is a dense store that may grow to 64 KiB: 300,000 such lines took 2.9 GB.
    const lines = Array.from({ length: MAX_SCORE_SERIES + 10 }, (_, i) => ({
      doc_id: i,
      resps: [],
      filter: `f${i}`,
      acc: 1,
    }));
    const problem = feed(lmEvalSamples.start(SAMPLES), lines);
    expect(problem).toMatchObject({ line: MAX_SCORE_SERIES + 1, path: ["filter"] });
    expect(problem?.message).toMatch(/names more than 1,024 metric and filter pairs/);
  });
});

describe("one name per line: garak probes, Every Eval Ever evaluations, promptfoo prompts, JUnit classes", () => {
  it("garak: an eval entry past the cap on probe and detector pairs is refused at its line", () => {
    const lines = [
      { entry_type: "init", garak_version: "0.13.3" },
      ...Array.from({ length: 5 }, (_, i) => ({
        entry_type: "eval",
        probe: `p${i}`,
        detector: "d",
        passed: 1,
        total: 1,
      })),
    ];
    const problem = feed(garakReport.start("evals/x.report.jsonl", 3), lines);
    expect(problem).toMatchObject({ line: 5, path: ["probe"] });
    expect(problem?.message).toMatch(/names more than 3 probe and detector pairs/);
  });

  it("Every Eval Ever samples: an evaluation past the cap is refused at its line; more samples of a known one are not", () => {
    const sample = (name: string, id: string) => ({
      schema_version: "0.2",
      sample_id: id,
      evaluation_name: name,
      evaluation: { is_correct: true },
    });
    const lines = [sample("a", "1"), sample("b", "1"), sample("a", "2"), sample("c", "1"), sample("b", "2")];
    expect(feed(everyEvalEverSamples.start("evals/x_samples.jsonl", 3), lines)).toBeNull();
    const problem = feed(everyEvalEverSamples.start("evals/x_samples.jsonl", 2), lines);
    expect(problem).toMatchObject({ line: 4, path: ["evaluation_name"] });
    expect(problem?.message).toMatch(/names more than 2 evaluations/);
  });

  const row = (testIdx: number | undefined, prompt: string, vars: Json = {}) => ({
    evalId: "eval-1",
    ...(testIdx === undefined ? {} : { testIdx }),
    vars,
    prompt: { label: prompt, raw: prompt },
    provider: { id: "openai:gpt-4.1-mini" },
    success: true,
    score: 1,
  });

  it("promptfoo rows: a prompt past the cap is refused at its line", () => {
    const lines = [row(0, "a"), row(1, "b"), row(2, "a"), row(3, "c")];
    const problem = feed(promptfooRows.start("evals/out.jsonl", 2), lines);
    expect(problem).toMatchObject({ line: 4, path: ["prompt"] });
    expect(problem?.message).toMatch(/names more than 2 prompts/);
  });

  it("promptfoo rows without testIdx pair by their vars, and long vars are not kept whole", () => {
    const context = "retrieved passage ".repeat(1000);
    const reader = promptfooRows.start("evals/out.jsonl");
    const problem = feed(reader, [
      row(0, "p"),
      row(undefined, "p", { context }),
      row(undefined, "p", { context: "x" }),
    ]);
    expect(problem).toBeNull();
    const read = reader.finish();
    if (!read.ok) throw new Error(read.problems[0]!.message);
    const examples = read.contribution.benchmarks.find((b) => b.metric === "pass_rate")!.examples!;
    if (examples.kind !== "keyed") throw new Error(examples.kind);
    const keys = [...examples.scores.keys()];
    expect(keys).toHaveLength(3);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(300);
    expect(keys).toContain('v{"context":"x"}');
  });

  it("promptfoo: thousands of prompts are grouped in one pass, each its own benchmark in file order", () => {
    const reader = promptfooRows.start("evals/out.jsonl");
    expect(feed(reader, [row(0, "first"), row(1, "second"), row(2, "first")])).toBeNull();
    const read = reader.finish();
    if (!read.ok) throw new Error(read.problems[0]!.message);
    expect(read.contribution.benchmarks.map((b) => `${b.name} ${b.metric} ${b.n}`)).toEqual([
      "out#first pass_rate 2",
      "out#first score 2",
      "out#second pass_rate 1",
      "out#second score 1",
      "out pass_rate 3",
      "out score 3",
    ]);
  });

  it("JUnit XML: a test suite or class past the cap is refused at its line", () => {
    const xml = [
      "<testsuites>",
      '<testsuite name="s1"><testcase classname="c1" name="t"/></testsuite>',
      '<testsuite name="s2"><testcase classname="c2" name="t"/></testsuite>',
      "</testsuites>",
    ].join("\n");
    const read = (maxNames: number) => {
      const reader = junitReader("evals/junit.xml", MAX_HELD_XML_CHARS, maxNames);
      return reader.write(xml) ?? (reader.finish().ok ? null : "failed");
    };
    expect(read(4)).toBeNull();
    expect(read(3)).toMatchObject({
      line: 3,
      message: expect.stringMatching(/names more than 3 test suites and classes/),
    });
  });
});

describe("every format, read whole", () => {
  it("a file naming more benchmarks than the cap is refused, naming the file; metrics of one name count once", () => {
    expect(withinNameCap("evals/x.json", contribution(["a", "a", "b", "c"]), 3).ok).toBe(true);
    const refused = withinNameCap("evals/x.json", contribution(["a", "b", "c", "d"]), 3);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0]!.message).toMatch(
      /^evals\/x\.json: the file names more than 3 benchmarks, the most tunegate reads from one eval file/,
    );
  });
});

describe("long sample and test ids are kept as a length and a hash", () => {
  const long = (tail: string) => `${"q".repeat(MAX_KEPT_ID_CHARS * 2)}${tail}`;
  const keysOf = (read: ReadResult, metric?: string) => {
    if (!read.ok) throw new Error(read.problems[0]!.message);
    const b = read.contribution.benchmarks.find((x) => metric === undefined || x.metric === metric)!;
    if (b.examples?.kind !== "keyed") throw new Error(String(b.examples?.kind));
    return [...b.examples.scores.keys()];
  };

  it("identityKey: short ids unchanged; long ones short, equal for equal ids, apart for ids of one length", () => {
    expect(identityKey("sample-1")).toBe("sample-1");
    expect(identityKey(long("a"))).toBe(identityKey(long("a")));
    expect(identityKey(long("a"))).not.toBe(identityKey(long("b")));
    expect(identityKey(long("a")).length).toBeLessThan(40);
  });

  it("Every Eval Ever samples: long sample ids are held short, and one given twice is still refused", () => {
    const sample = (id: string) => ({
      schema_version: "0.2",
      sample_id: id,
      evaluation_name: "e",
      evaluation: { is_correct: true },
    });
    const reader = everyEvalEverSamples.start("evals/x_samples.jsonl");
    expect(feed(reader, [sample(long("a")), sample(long("b"))])).toBeNull();
    expect(Math.max(...keysOf(reader.finish()).map((k) => k.length))).toBeLessThan(40);
    const twice = feed(everyEvalEverSamples.start("evals/x_samples.jsonl"), [sample(long("a")), sample(long("a"))]);
    expect(twice).toMatchObject({ line: 2, path: ["sample_id"] });
  });

  it("JUnit XML: a long parametrised test name is held short", () => {
    const reader = junitReader("evals/junit.xml");
    const xml = `<testsuite name="s"><testcase classname="c" name="${long("a")}"/><testcase classname="c" name="${long("b")}"/></testsuite>`;
    expect(reader.write(xml)).toBeNull();
    const keys = keysOf(reader.finish());
    expect(keys).toHaveLength(2);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(40);
  });

  it("Inspect reductions: long sample ids are held short, and one given twice is refused without quoting it whole", () => {
    const samples = Object.fromEntries(["a", "b", "c", "d"].map((tail, i) => [long(tail), i % 2]));
    const read = inspectJson.read(
      "evals/log.json",
      JSON.parse(inspectLog("t", [{ name: "match", metrics: { accuracy: 0.5 }, scored: 4 }], "success", samples)),
    );
    const keys = keysOf(read);
    expect(keys).toHaveLength(4);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(40);
    const twice = JSON.parse(inspectLog("t", [{ name: "match", metrics: { accuracy: 1 }, scored: 2 }], "success", {}));
    twice.reductions = [{ scorer: "match", samples: [1, 1].map((value) => ({ sample_id: long("a"), value })) }];
    const refused = inspectJson.read("evals/log.json", twice);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0]!.message).toMatch(
      /^sample "q{40}"… \(2,049 characters\) appears twice in the reductions of scorer "match"/,
    );
  });

  it("DeepEval: long test case names are held short, and a repeated one is still its own case", () => {
    const testCase = (name: string, score: number) => ({
      name,
      input: "q",
      success: score >= 0.5,
      metricsData: [{ name: "Faithfulness", threshold: 0.5, success: score >= 0.5, score }],
    });
    const read = deepevalRun.read("evals/run.json", {
      testRunData: {
        testCases: [testCase(long("a"), 1), testCase(long("b"), 0), testCase(long("a"), 0.8)],
        conversationalTestCases: [],
        metricsScores: [],
      },
    });
    const keys = keysOf(read);
    expect(keys).toHaveLength(3);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(40);
  });

  it("Ragas records: a long question is held short", () => {
    const reader = ragasLines.start("evals/ragas.jsonl") as LineReader;
    expect(
      feed(reader, [
        { user_input: long("a"), faithfulness: 1 },
        { user_input: long("b"), faithfulness: 0 },
      ]),
    ).toBeNull();
    const keys = keysOf(reader.finish());
    expect(keys).toHaveLength(2);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(40);
  });
});

describe("Ragas: each metric column is a benchmark", () => {
  it("a record naming a metric column past the cap is refused at its line and column", () => {
    const reader = ragasLines.start("evals/ragas.jsonl", 2);
    const problem = feed(reader, [
      { user_input: "a", faithfulness: 1, answer_relevancy: 0.5 },
      { user_input: "b", faithfulness: 1, context_recall: 0.5 },
    ]);
    expect(problem).toMatchObject({ line: 2, path: ["context_recall"] });
    expect(problem?.message).toMatch(/names more than 2 metric columns/);
  });
});

describe(`names longer than ${MAX_NAME_CHARS} characters are refused at their line`, () => {
  const long = "n".repeat(MAX_NAME_CHARS + 1);

  it("lm-eval samples: a filter or a metric", () => {
    const filter = feed(lmEvalSamples.start(SAMPLES), [
      { doc_id: 0, resps: [], filter: "none", acc: 1 },
      { doc_id: 1, resps: [], filter: long, acc: 1 },
    ]);
    expect(filter).toMatchObject({ line: 2, path: ["filter"] });
    expect(filter?.message).toMatch(/the filter "n+…" is 1,025 characters long, more than the 1,024 tunegate reads/);
    const metric = feed(lmEvalSamples.start(SAMPLES), [{ doc_id: 0, resps: [], [long]: 1 }]);
    expect(metric).toMatchObject({ line: 1 });
    expect(metric?.message).toMatch(/the metric "n+…" is 1,025 characters long/);
    expect(feed(lmEvalSamples.start(SAMPLES), [{ doc_id: 0, resps: [], [long.slice(1)]: 1 }])).toBeNull();
  });

  it("garak: a probe or a detector", () => {
    const entry = (probe: string, detector: string) => ({ entry_type: "eval", probe, detector, passed: 1, total: 1 });
    const init = { entry_type: "init", garak_version: "0.13.3" };
    expect(feed(garakReport.start("evals/x.report.jsonl"), [init, entry(long, "d")])).toMatchObject({
      line: 2,
      path: ["probe"],
    });
    expect(feed(garakReport.start("evals/x.report.jsonl"), [init, entry("p", long)])).toMatchObject({
      line: 2,
      path: ["detector"],
    });
  });

  it("JUnit XML: a suite's or a class's name", () => {
    const read = (xml: string) => junitReader("evals/junit.xml").write(xml);
    expect(read(`<testsuites>\n<testsuite name="${long}"><testcase name="t"/></testsuite></testsuites>`)).toMatchObject(
      {
        line: 2,
        message: expect.stringMatching(/the test suite's name "n+…" is 1,025 characters long/),
      },
    );
    expect(
      read(`<testsuites>\n<testsuite name="s">\n<testcase classname="${long}" name="t"/></testsuite></testsuites>`),
    ).toMatchObject({
      line: 3,
      message: expect.stringMatching(/the test class's name "n+…" is 1,025 characters long/),
    });
  });

  it("promptfoo's document: a provider id, before rows are grouped by it", () => {
    const row = (id: string) => ({ provider: { id }, prompt: { raw: "x" }, vars: {}, success: true, score: 1 });
    const read = promptfooDocument.read("evals/out.json", {
      evalId: "e",
      results: { version: 3, results: [row("ok"), row(long), row(long)] },
    });
    // Each row's problem is listed, as the document's other row problems are.
    expect(!read.ok && read.problems.map((p) => p.path)).toEqual([
      ["results", "results", 1, "provider", "id"],
      ["results", "results", 2, "provider", "id"],
    ]);
  });

  it("promptfoo's document: a description too long to name the suite names it by the file instead", () => {
    const doc = (description: string) => ({
      evalId: "e",
      config: { description },
      results: {
        version: 3,
        results: [{ provider: { id: "p" }, prompt: { raw: "x" }, vars: {}, success: true, score: 1 }],
      },
    });
    // Each suite is a benchmark per metric (pass rate, score): its names, once each.
    const names = (read: ReadResult) =>
      read.ok ? [...new Set(read.contribution.benchmarks.map((b) => b.name))] : read.problems;
    expect(names(promptfooDocument.read("evals/support.json", doc("Support QA")))).toEqual(["support_qa"]);
    expect(names(promptfooDocument.read("evals/support.json", doc("a".repeat(512))))).toEqual(["a".repeat(512)]);
    expect(names(promptfooDocument.read("evals/support.json", doc("a".repeat(513))))).toEqual(["support"]);
  });

  it("promptfoo rows: a provider id", () => {
    const problem = feed(promptfooRows.start("evals/out.jsonl"), [
      { evalId: "e", testIdx: 0, vars: {}, prompt: { label: "p" }, provider: { id: long }, success: true, score: 1 },
    ]);
    expect(problem).toMatchObject({ line: 1, path: ["provider", "id"] });
  });

  it("lm-eval results: a group's subtask, before any is looked up", () => {
    const read = lmEvalResults.read("evals/results.json", {
      results: { g: { "acc,none": 0.5 } },
      versions: { g: 1 },
      group_subtasks: { g: ["a", long, long] },
    });
    expect(read).toMatchObject({
      ok: false,
      problems: [
        { path: ["group_subtasks", "g", 1], message: expect.stringMatching(/^the subtask "n{40}…" is 1,025/) },
      ],
    });
  });

  it("lighteval: a metric_name in a task's config, before it keys the directions", () => {
    const task = "lighteval|arc|0";
    const read = lightevalResults.read("evals/results.json", {
      config_general: { model_name: "m" },
      results: { [task]: { acc: 0.5 } },
      config_tasks: { [task]: { metrics: [{ metric_name: "acc", higher_is_better: true }, { metric_name: long }] } },
      summary_tasks: { [task]: { truncated: 0, non_truncated: 100 } },
    });
    expect(read).toMatchObject({
      ok: false,
      problems: [{ path: ["config_tasks", task, "metrics", 1, "metric_name"] }],
    });
  });

  it("DeepEval: a metric's name, before it keys anything", () => {
    const metric = (name: string) => ({ name, threshold: 0.5, success: true, score: 0.9 });
    const read = deepevalRun.read("evals/run.json", {
      testRunData: {
        testCases: [{ name: "t", input: "q", success: true, metricsData: [metric("ok"), metric(long), metric(long)] }],
        conversationalTestCases: [],
        metricsScores: [],
      },
    });
    expect(read).toMatchObject({
      ok: false,
      problems: [{ path: ["testRunData", "testCases", 0, "metricsData", 1, "name"] }],
    });
    expect(!read.ok && read.problems).toHaveLength(1);
  });

  it("Inspect: a scorer's name in the reductions", () => {
    const log = JSON.parse(inspectLog("t", [{ name: "match", metrics: { accuracy: 1 }, scored: 1 }], "success", {}));
    log.reductions = [{ scorer: long, samples: [{ sample_id: "1", value: 1 }] }];
    expect(inspectJson.read("evals/log.json", log)).toMatchObject({
      ok: false,
      problems: [
        { path: ["reductions", 0, "scorer"], message: expect.stringMatching(/^the scorer "n{40}…" is 1,025/) },
      ],
    });
  });

  it("Every Eval Ever samples: an evaluation_name", () => {
    const problem = feed(everyEvalEverSamples.start("evals/x_samples.jsonl"), [
      { schema_version: "0.2", sample_id: "1", evaluation_name: long, evaluation: { is_correct: true } },
    ]);
    expect(problem).toMatchObject({ line: 1, path: ["evaluation_name"] });
  });
});

describe(`names longer than ${MAX_NAME_CHARS} characters in a whole document are refused where they are written`, () => {
  const long = "t".repeat(100_000);
  const plan = (candidate: string) =>
    `${MINIMAL_PLAN}evals:\n  candidate: ${candidate}\n  task: [arc]\n  task_floor: 0.5\n`;

  it("lm-eval results: a task name of 5,000 characters, at its line and column, not printed whole in any report", async () => {
    // The name opens line 3 (after `{` and `"results": {`), at column 5, behind its quote. (A
    // key past 16,383 characters is refused before JSON.parse: object-bombs.test.ts.)
    const task = "t".repeat(5_000);
    const results = `{\n  "results": {\n    "${task}": {"acc,none": 0.7, "acc_stderr,none": 0.01},\n    "arc": {"acc,none": 0.7, "acc_stderr,none": 0.01}\n  },\n  "versions": {"${task}": 1, "arc": 1},\n  "n-samples": {"arc": {"effective": 1000, "original": 1000}},\n  "config": {"model": "hf", "model_args": "pretrained=x"}\n}\n`;
    const run = await check(tempRepo({ "tunegate.yml": plan("evals/results.json"), "evals/results.json": results }));
    expectInputError(
      run,
      /^evals\/results\.json:3:6: error: the benchmark "t{40}…" is 5,000 characters long, more than the 1,024 tunegate reads in a name; no eval tool writes one that long/,
    );
    expect(run.stderr.length).toBeLessThan(2_000);
  });

  it("a Ragas CSV whose metric column is named past the cap", async () => {
    const csv = `user_input,response,${long}\nq1,r,0.9\n`;
    const run = await check(
      tempRepo({ "tunegate.yml": plan("evals/ragas_results.csv"), "evals/ragas_results.csv": csv }),
    );
    // A stream's reader keeps no text to search, so the file as a whole is named, at the plan.
    expectInputError(
      run,
      /^tunegate\.yml:10:14: error \[evals\.candidate\]: evals\/ragas_results\.csv: the benchmark "t{40}…" is 100,000 characters long/,
    );
    expect(run.stderr.length).toBeLessThan(2_000);
  });

  it("a name at the cap is read, one past it is refused, be it the benchmark's, its metric's or another name", () => {
    expect(withinNameCap("evals/x.json", contribution(["a".repeat(MAX_NAME_CHARS)])).ok).toBe(true);
    expect(withinNameCap("evals/x.json", contribution(["a".repeat(MAX_NAME_CHARS + 1)]))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/^the benchmark "a{40}…" is 1,025 characters long/) }],
    });
    const read = contribution(["a"]);
    if (!read.ok) throw new Error("unreachable");
    const [only] = read.contribution.benchmarks;
    const changes: Array<[Benchmark, string]> = [
      [{ ...only!, metric: "m".repeat(MAX_NAME_CHARS + 1) }, "the metric"],
      [{ ...only!, aliases: ["ok", "m".repeat(MAX_NAME_CHARS + 1)] }, "the benchmark's other name"],
    ];
    for (const [changed, what] of changes)
      expect(
        withinNameCap("evals/x.json", { ok: true, contribution: { ...read.contribution, benchmarks: [changed] } }),
      ).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining(`${what} "m`) }] });
  });
});

describe("Ragas: scores held", () => {
  it("a record that takes the file past the cap on scores held is refused at its line", () => {
    const row = (q: string) => ({ user_input: q, faithfulness: 1, answer_relevancy: 0.5 });
    expect(feed(ragasLines.start("evals/ragas.jsonl", 10, 4), [row("a"), row("b")])).toBeNull();
    const problem = feed(ragasLines.start("evals/ragas.jsonl", 10, 4), [row("a"), row("b"), row("c")]);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toMatch(/holds more than 4 scores \(samples times metric columns\) by this record/);
  });
});
