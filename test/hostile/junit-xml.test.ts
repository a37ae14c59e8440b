import { createServer } from "node:net";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { junitReader, junitXml, MAX_HELD_XML_CHARS } from "../../src/engine/evals/formats/junit.ts";
import type { ChunkReader } from "../../src/engine/evals/reading.ts";
import { MINIMAL_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { check, expectInputError } from "./harness.ts";

/** Hostile JUnit XML: entity bombs and external entities are refused before any parsing, never expanded or fetched. */
const plan = `${MINIMAL_PLAN}evals:\n  candidate: evals/junit.xml\n  task: [safety]\n  task_floor: 0.5\n`;
const repo = (xml: string) => tempRepo({ "tunegate.yml": plan, "evals/junit.xml": xml });
const suite = (cases: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="safety">${cases}</testsuite></testsuites>\n`;

describe("hostile JUnit XML", () => {
  it("a billion-laughs DOCTYPE is refused at its line, not expanded", async () => {
    const lol = [
      '<!ENTITY lol0 "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`),
    ].join("\n");
    const run = await check(
      repo(
        `<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n${lol}\n]>\n<testsuites><testsuite name="&lol9;"><testcase name="a"/></testsuite></testsuites>\n`,
      ),
    );
    expectInputError(
      run,
      /evals\/junit\.xml:2:1: error: .*declares a DOCTYPE; no test runner writes one, and tunegate expands no entities/,
    );
  });

  it("an external entity is never fetched: a listening loopback server sees no connection", async () => {
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const run = await check(
        repo(
          `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:${port}/x">]>\n<testsuites><testsuite name="&xxe;"><testcase name="a"/></testsuite></testsuites>\n`,
        ),
      );
      expectInputError(run, /evals\/junit\.xml:2:1: error: .*declares a DOCTYPE/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(connections).toBe(0);
  });

  it("an entity no runner writes is refused at its line, never looked up", async () => {
    const run = await check(repo(suite(`\n<testcase classname="c" name="&foo; one"/>`)));
    expectInputError(run, /evals\/junit\.xml:3:1: error: not well-formed XML: undefined entity/);
  });

  it("elements nested deeper than any runner writes are refused, with no stack overflow", async () => {
    const deep = `${'<testsuite name="s">'.repeat(5000)}${"</testsuite>".repeat(5000)}`;
    const run = await check(repo(`<testsuites>\n${deep}</testsuites>\n`));
    expectInputError(run, /evals\/junit\.xml:2:1: error: the XML nests more than 64 elements deep/);
  });

  it("malformed XML is placed at its line", async () => {
    const run = await check(
      repo(
        `<?xml version="1.0"?>\n<testsuites>\n<testsuite name="safety">\n<testcase name="a"></testsuite>\n</testsuites>\n`,
      ),
    );
    expectInputError(run, /evals\/junit\.xml:4:1: error: .*not well-formed XML/);
  });

  it("a file of 50,000 test cases is read, and its pass rate judged", async () => {
    const cases = Array.from(
      { length: 50_000 },
      (_, i) => `<testcase classname="c" name="t${i}"${i % 10 === 0 ? "><failure/></testcase>" : "/>"}`,
    ).join("\n");
    const run = await check(repo(suite(cases)), "--format", "json");
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout).plans[0].report as {
      evals: { candidate: Array<{ format: string; examples: number }> };
      gates: Array<{ id: string; details: string[] }>;
    };
    // Each case counted once, though it is in its suite and in its test class.
    expect(report.evals.candidate[0]).toMatchObject({ format: "junit", examples: 50_000 });
    expect(report.gates.find((g) => g.id === "task-quality")!.details[0]).toMatch(
      /^safety \(pass_rate\): 0\.900 .*n=50000, Clopper-Pearson, 5000 of 50000 failed/,
    );
  });

  it("check --format junit on a plan it cannot read prints the input error as a JUnit <error>, and exits 2", async () => {
    const run = await check(repo(`<!DOCTYPE x>\n<testsuites/>\n`), "--format", "junit");
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="tunegate" tests="1" failures="0" errors="1">/,
    );
    // On the file's first line, the problem is placed where the plan names the file, and names it.
    expect(run.stdout).toContain('<error message="tunegate.yml:10:14: evals/junit.xml: the XML declares a DOCTYPE');
    expect(run.stderr).toMatch(
      /tunegate\.yml:10:14: error \[evals\.candidate\]: evals\/junit\.xml: the XML declares a DOCTYPE/,
    );
  });
});

describe("hostile JUnit XML: what the parser holds whole is capped", () => {
  const megabyte = `${"x".repeat(1023)}\n`.repeat(1024);
  /** Feeds a reader as the shell does, a line batch at a time, and returns where it stopped. */
  function feed(reader: ChunkReader, open: string, close: string, megabytes: number) {
    let problem = reader.write(`<testsuites><testsuite name="safety"><testcase name="a"/>${open}`);
    let written = 0;
    for (let i = 0; i < megabytes && problem === null; i++, written++) problem = reader.write(megabyte);
    if (problem === null) problem = reader.write(`${close}</testsuite></testsuites>\n`);
    return { problem, written, finished: problem === null ? reader.finish() : null };
  }

  it("a CDATA section of test output past 64 Mi characters (Surefire writes output as CDATA) is refused once it passes the cap", () => {
    const { problem, written } = feed(
      junitXml.start("evals/junit.xml"),
      "<system-out><![CDATA[",
      "]]></system-out>",
      80,
    );
    expect(problem?.message).toMatch(/runs past 64 Mi characters by this line/);
    expect(problem?.hint).toMatch(/redirectTestOutputToFile/);
    // Stopped within a megabyte of the cap, not after reading (and holding) the rest.
    expect(written).toBe(MAX_HELD_XML_CHARS / (1024 * 1024) + 1);
  });

  it.each([
    ["a comment", "<!--", "-->"],
    ["a processing instruction", "<?note ", "?>"],
    ["an attribute value", '<testcase name="b"><failure message="', '"/></testcase>'],
  ])("%s is held to the same cap (a cap of 2 Mi characters here)", (_, open, close) => {
    const { problem, written } = feed(junitReader("evals/junit.xml", 2 * 1024 * 1024), open, close, 10);
    expect(problem?.message).toMatch(/runs past 2 Mi characters by this line/);
    expect(written).toBe(3);
  });

  it("long test output outside CDATA is not held: a cap of 2 Mi characters reads 10 Mi of it", () => {
    const { problem, finished } = feed(
      junitReader("evals/junit.xml", 2 * 1024 * 1024),
      '<testcase name="b"><system-out>',
      "</system-out></testcase>",
      10,
    );
    expect(problem).toBeNull();
    expect(finished?.ok).toBe(true);
  });

  it("the parser's held text is where the cap reads it (saxes 6 keeps it in .text)", () => {
    const parser = new SaxesParser();
    parser.write("<a><![CDATA[12345");
    expect((parser as unknown as { text: string }).text).toBe("12345");
  });
});
