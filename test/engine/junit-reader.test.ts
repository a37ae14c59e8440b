import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/engine/evals/decode.ts";
import { exampleScores, type Benchmark } from "../../src/engine/evals/model.ts";
import type { FileContribution } from "../../src/engine/evals/reading.ts";

/** Real JUnit XML kept under test/fixtures/real/junit (SOURCES.md): pytest, Jest and hand-made edge cases of a JUnit consumer's test suite. */
const real = (name: string) => readFileSync(`test/fixtures/real/junit/${name}`, "utf8");

function read(name: string, text = real(name)): FileContribution {
  const decoded = decodeDocument(name, text, "auto");
  if (!decoded.ok) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
  return decoded.contribution;
}
const named = (c: FileContribution, name: string): Benchmark => c.benchmarks.find((b) => b.name === name)!;

describe("JUnit XML reader, on real files", () => {
  it("pytest --junitxml: a failure scores 0, a skip is neither scored nor an error, per suite and per test class", () => {
    const c = read("pytest-junit.fail.xml");
    expect(c.format).toBe("junit");
    const suite = named(c, "pytest");
    expect(suite).toMatchObject({
      metric: "pass_rate",
      n: 4,
      value: 0.75,
      errored: 0,
      skipped: 1,
      binary: true,
      higherIsBetter: true,
      scale: [0, 1],
    });
    expect(exampleScores(suite.examples!)).toEqual(Float64Array.from([1, 1, 0, 1]));
    // The class is selectable by its name too.
    expect(named(c, "test.test_spark.SparkTests")).toMatchObject({ n: 4, value: 0.75 });
  });

  it("a pytest run of 35 cases with 2 skips: 33 scored, all passed", () => {
    const c = read("pytest-junit.spark.integration.1.xml");
    expect(named(c, "pytest")).toMatchObject({ n: 33, value: 1, skipped: 2, errored: 0 });
    expect(named(c, "test.test_spark_torch.SparkTorchTests")).toMatchObject({ n: 17, skipped: 1 });
  });

  it("a case with a failure, an error and a skip is a failure; an error alone is never a score", () => {
    const c = read("junit.multiresult.xml");
    // "errors" has failure+error+skip (0), "fails" failure+skip (0), "skipped" a skip, "succeeds" a pass.
    expect(named(c, "test suite")).toMatchObject({ n: 3, value: 1 / 3, skipped: 1, errored: 0 });
    const minimal = read("minimal-attributes.xml");
    // No suite name: the file's name stands in.
    expect(named(minimal, "minimal-attributes")).toMatchObject({ n: 2, value: 0.5, errored: 1, skipped: 1 });
  });

  it("entities in names are decoded once, so the names pair with the other run", () => {
    const c = read("with-xml-entities.xml");
    const keys = [
      ...(named(c, "with-xml-entities").examples as { kind: "keyed"; scores: Map<string, number> }).scores.keys(),
    ];
    expect(keys).toEqual([`Test with 'apostrophe' in the test name`]);
    expect(named(c, "with-xml-entities")).toMatchObject({ errored: 1, skipped: 2 });
  });

  it("nested suites are each a benchmark; Jest's output reads too", () => {
    const c = read("testsuite-in-testsuite.xml");
    expect(named(c, "Project Test Suite")).toMatchObject({ n: 1, value: 1 });
    expect(named(c, "TestSuite2.1")).toMatchObject({ n: 1 });
    expect(named(c, "TestSuite2")).toMatchObject({ n: 1 });
    expect(read("jest-jest-junit.xml").benchmarks.length).toBeGreaterThan(0);
  });

  it("a suite of no cases holds no scores: missing, never a pass", () => {
    const c = read("no-cases.xml");
    expect(c.noScores).toBe("the file has no test cases");
    expect(named(c, "pytest")).toMatchObject({ n: 0 });
  });

  it("a truncated file is refused at the line where the XML breaks", () => {
    const decoded = decodeDocument("corrupt-xml.xml", real("pytest-corrupt-xml.xml"), "auto");
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.diagnostics[0]!.message).toBe(
      "not well-formed XML: the file ends inside <skipped>; it was cut short",
    );
    expect(decoded.diagnostics[0]!.location.line).toBe(11);
  });

  it("the declared format must match", () => {
    const decoded = decodeDocument("j.xml", real("pytest-junit.fail.xml"), "promptfoo");
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toBe(
      "j.xml looks like junit output, but the plan says evals.format: promptfoo",
    );
  });
});

describe("JUnit XML reader, on shapes no real file had", () => {
  const xml = (cases: string) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n<testsuite name="safety">\n${cases}\n</testsuite>\n</testsuites>\n`;

  it("Surefire's flakyFailure: the case passed on a rerun, scored 1 and counted flaky; rerunFailure beside a failure stays a failure", () => {
    const c = read(
      "f.xml",
      xml(
        `<testcase classname="c" name="a"><flakyFailure message="first try"/></testcase>\n<testcase classname="c" name="b"><failure message="no"/><rerunFailure message="again"/></testcase>`,
      ),
    );
    expect(named(c, "safety")).toMatchObject({ n: 2, value: 0.5, flaky: 1 });
  });

  it("pytest writes a teardown error as a second <testcase> of one name: one case, errored, never scored twice", () => {
    const c = read(
      "f.xml",
      xml(
        `<testcase classname="c" name="a"/>\n<testcase classname="c" name="a"><error message="teardown"/></testcase>\n<testcase classname="c" name="b"/>`,
      ),
    );
    expect(named(c, "safety")).toMatchObject({ n: 1, value: 1, errored: 1 });
  });

  it("a <testcase> without a name is refused at its line", () => {
    const decoded = decodeDocument(
      "f.xml",
      xml(`<testcase classname="c" name="a"/>\n<testcase classname="c"/>`),
      "auto",
    );
    expect(!decoded.ok && decoded.diagnostics[0]!.location.line).toBe(5);
    expect(!decoded.ok && decoded.diagnostics[0]!.message).toContain("has no name");
  });

  it("pytest's record_testsuite_property('model', ...) names the model; a case's record_property is not a score", () => {
    const c = read(
      "f.xml",
      `<testsuites><testsuite name="safety"><properties><property name="model" value="acme/support-bot-v2"/></properties><testcase classname="c" name="a"><properties><property name="faithfulness" value="0.2"/></properties></testcase></testsuite></testsuites>`,
    );
    expect(c.model).toBe("acme/support-bot-v2");
    expect(c.benchmarks.map((b) => b.metric)).toEqual(["pass_rate", "pass_rate"]);
    expect(named(c, "safety")).toMatchObject({ n: 1, value: 1 });
  });

  it("the order of the cases does not change any benchmark", () => {
    const cases = ["a", "b", "c", "d"].map(
      (n, i) => `<testcase classname="c" name="${n}">${i % 2 === 0 ? '<failure message="x"/>' : ""}</testcase>`,
    );
    const forward = read("f.xml", xml(cases.join("\n")));
    const backward = read("f.xml", xml([...cases].reverse().join("\n")));
    expect(named(backward, "safety").value).toBe(named(forward, "safety").value);
    expect(named(backward, "safety").n).toBe(named(forward, "safety").n);
  });
});
