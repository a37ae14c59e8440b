import { SaxesParser } from "saxes";
import type { Benchmark, Provenance } from "../model.ts";
import { identityKey } from "../identity-key.ts";
import { MAX_NAMES_PER_FILE, nameTooLong, tooManyNames } from "../name-cap.ts";
import { formatCount } from "../../input/count-text.ts";
import { benchmark, type ChunkReader, type EvalProblem, type ReadResult, type StreamFormat } from "../reading.ts";

/**
 * JUnit XML as pytest `--junitxml`, Maven Surefire, Jest and most runners write it: per suite (and
 * per test class) the pass rate of its test cases. A failure scores 0, a pass 1; an error is a
 * third state, counted and never scored, and a skip (pytest's skip and xfail) is neither scored
 * nor an error. A case that passed only on a rerun (Surefire's flakyFailure/flakyError) is scored
 * by its final outcome and counted as flaky.
 *
 * Parsed by saxes, a streaming parser that expands no entities but the five predefined ones and
 * character references, and fetches nothing; a DOCTYPE (where entity bombs and external entities
 * live, and which no runner writes) is refused outright. The text is fed in chunks, and only the
 * score of each case is kept, so a file's size never decides memory.
 */
export const junitXml: StreamFormat = {
  kind: "stream",
  name: "junit",
  detect: (start) => /^\s*</.test(start) && /<testsuites?[\s>/]/.test(start),
  start: (file) => junitReader(file),
};

/**
 * Suite properties that name the model under test (pytest `record_testsuite_property`). Case
 * properties (`record_property`) are not read as scores: they do not say which way is better.
 */
const MODEL_PROPERTIES = new Set(["model", "model_name", "model_id"]);

/**
 * The most text saxes may hold at once: it keeps an attribute value, a comment, a CDATA section or
 * a processing instruction whole until it ends (tunegate reads none of them), so without a cap a
 * 300 MB CDATA section of test output took 490 MB of memory, and a larger one all there is. Text
 * between elements is not held (no handler asks for it), so long logs outside CDATA cost nothing.
 * 64 Mi characters, the most tunegate reads of any whole eval file.
 */
export const MAX_HELD_XML_CHARS = 64 * 1024 * 1024;

/** What saxes holds of the construct it is in (its private buffer; junit-xml.test.ts pins it). */
function heldChars(parser: SaxesParser): number {
  return (parser as unknown as { text: string }).text.length;
}

/** Deeper than any runner nests suites; past it the file is refused rather than walked. */
const MAX_DEPTH = 64;

type Outcome = "pass" | "failure" | "error" | "skipped";
type CaseResult = { outcome: Outcome; flaky: boolean };

/** Worst first: a recorded failure decides a case, then an error, then a pass over a skip. */
const RANK: Record<Outcome, number> = { failure: 3, error: 2, pass: 1, skipped: 0 };

/** The reader; `maxHeldChars` and `maxNames` are lowered only by tests, to show the caps cheaply. */
export function junitReader(
  file: string,
  maxHeldChars = MAX_HELD_XML_CHARS,
  maxNames = MAX_NAMES_PER_FILE,
): ChunkReader {
  const parser = new SaxesParser({ position: true });
  const suites = new Map<string, Map<string, CaseResult>>();
  const classes = new Map<string, Map<string, CaseResult>>();
  const fallbackName = (file.split("/").at(-1) ?? file).replace(/\.xml$/i, "");
  const suiteStack: string[] = [];
  let depth = 0;
  let sawSuite = false;
  let current: {
    key: string;
    className: string;
    depth: number;
    failure: boolean;
    error: boolean;
    skipped: boolean;
    flaky: boolean;
  } | null = null;
  let problem: EvalProblem | null = null;
  let model: string | null = null;
  const stop = (message: string, line = parser.line, hint?: string) => {
    // A problem on the first line is shown where the plan names the file: the message names it.
    problem ??= {
      path: [],
      line,
      message: line === 1 ? `${file}: ${message}` : message,
      ...(hint === undefined ? {} : { hint }),
    };
  };

  const tooMany = () => {
    const { message, hint } = tooManyNames("test suites and classes", maxNames, parser.line);
    stop(message, parser.line, hint);
  };

  let closing = false;
  parser.on("error", (error) => {
    const message = error.message.replace(/^\d+:\d+: /, "");
    const unclosed = /^unclosed tag: (.*)$/.exec(message);
    if (closing && unclosed !== null)
      stop(
        `not well-formed XML: the file ends inside <${unclosed[1]}>; it was cut short`,
        parser.line,
        "write the report again: the run or its upload stopped before it finished",
      );
    else stop(`not well-formed XML: ${message}`);
  });
  // Reported where the DOCTYPE starts (the parser is at its end).
  parser.on("doctype", (doctype) =>
    stop(
      "the XML declares a DOCTYPE; no test runner writes one, and tunegate expands no entities",
      parser.line - (doctype.match(/\n/g)?.length ?? 0),
      "remove the DOCTYPE: JUnit XML needs none",
    ),
  );
  parser.on("opentag", (tag) => {
    if (problem !== null) return;
    depth++;
    if (depth > MAX_DEPTH)
      return stop(`the XML nests more than ${MAX_DEPTH} elements deep; no test runner's output does`);
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === "testsuite") {
      sawSuite = true;
      const name = attributes["name"] || fallbackName;
      const long = nameTooLong("the test suite's name", name, parser.line, []);
      if (long !== null) return stop(long.message);
      suiteStack.push(name);
      // A suite of no cases is still named: selected, it is missing data, never "absent".
      if (!suites.has(name)) {
        if (suites.size + classes.size >= maxNames) return tooMany();
        suites.set(name, new Map());
      }
    } else if (tag.name === "testcase") {
      const name = attributes["name"] ?? "";
      if (name === "")
        return stop("a <testcase> has no name attribute: its result cannot be paired with the other run");
      const className = attributes["classname"] ?? "";
      const long = nameTooLong("the test class's name", className, parser.line, []);
      if (long !== null) return stop(long.message);
      current = {
        // A parametrised test's name can be long: kept as a length and a hash past 1,024 characters.
        key: identityKey(className === "" ? name : `${className}::${name}`),
        className,
        depth,
        failure: false,
        error: false,
        skipped: false,
        flaky: false,
      };
    } else if (
      tag.name === "property" &&
      current === null &&
      model === null &&
      MODEL_PROPERTIES.has(attributes["name"] ?? "") &&
      (attributes["value"] ?? "") !== ""
    ) {
      // pytest's record_testsuite_property("model", ...): the one place a JUnit file can say what it tested.
      model = attributes["value"]!;
    } else if (current !== null && depth === current.depth + 1) {
      if (tag.name === "failure") current.failure = true;
      else if (tag.name === "error") current.error = true;
      else if (tag.name === "skipped") current.skipped = true;
      else if (tag.name === "flakyFailure" || tag.name === "flakyError") current.flaky = true;
    }
  });
  parser.on("closetag", (tag) => {
    if (problem !== null) return;
    depth--;
    if (tag.name === "testsuite") suiteStack.pop();
    else if (tag.name === "testcase" && current !== null) {
      const outcome: Outcome = current.failure
        ? "failure"
        : current.error
          ? "error"
          : current.skipped
            ? "skipped"
            : "pass";
      const result = { outcome, flaky: outcome === "pass" && current.flaky };
      merge(suites, suiteStack.at(-1) ?? fallbackName, current.key, result);
      // Each test class is a benchmark of its own, as each suite is.
      if (current.className !== "" && !classes.has(current.className) && suites.size + classes.size >= maxNames)
        return tooMany();
      if (current.className !== "") merge(classes, current.className, current.key, result);
      current = null;
    }
  });

  return {
    write(chunk) {
      if (problem === null) parser.write(chunk);
      if (problem === null && heldChars(parser) > maxHeldChars)
        stop(
          `an attribute value, comment, CDATA section or processing instruction runs past ${formatCount(maxHeldChars / 1024 / 1024)} Mi characters by this line; tunegate reads no text from JUnit XML, but the parser would hold it whole`,
          parser.line,
          "write the test output to a file of its own instead of into the report (pytest: junit_logging=no; Surefire: redirectTestOutputToFile)",
        );
      return problem;
    },
    finish(): ReadResult {
      closing = true;
      if (problem === null) parser.close();
      if (problem !== null) return { ok: false, problems: [problem] };
      if (!sawSuite)
        return {
          ok: false,
          problems: [{ path: [], line: 1, message: "the XML has no <testsuite> element: not JUnit XML" }],
        };
      return { ok: true, contribution: contributionOf(file, suites, classes, model) };
    },
  };
}

function contributionOf(
  file: string,
  suites: ReadonlyMap<string, ReadonlyMap<string, CaseResult>>,
  classes: ReadonlyMap<string, ReadonlyMap<string, CaseResult>>,
  model: string | null,
) {
  const provenance: Provenance = {
    format: "junit",
    file,
    model,
    modelArgs: null,
    version: null,
    limit: null,
    nShot: null,
    digest: null,
  };
  const benchmarks = [...suites].map(([name, cases]) => passRate(name, cases, provenance));
  const scored = benchmarks.reduce((sum, b) => sum + (b.n ?? 0), 0);
  // A test class is selectable too, unless a suite already has its name.
  for (const [name, cases] of classes)
    if (!suites.has(name)) benchmarks.push({ ...passRate(name, cases, provenance), partOf: "its test suite" });
  const cases = [...suites.values()].reduce((sum, c) => sum + c.size, 0);
  return {
    file,
    format: "junit" as const,
    toolVersion: null,
    model,
    benchmarks,
    latencyP95Ms: null,
    categories: null,
    incomplete: null,
    noScores:
      cases === 0
        ? "the file has no test cases"
        : scored === 0
          ? `none of its ${cases} test cases was scored (all errored or skipped)`
          : null,
  };
}

/** One test case written twice (pytest writes a teardown error as a second <testcase>) is one case, judged by its worst record. */
function merge(into: Map<string, Map<string, CaseResult>>, group: string, key: string, result: CaseResult): void {
  const cases = into.get(group) ?? new Map<string, CaseResult>();
  const earlier = cases.get(key);
  cases.set(key, earlier === undefined || RANK[result.outcome] > RANK[earlier.outcome] ? result : earlier);
  into.set(group, cases);
}

function passRate(name: string, cases: ReadonlyMap<string, CaseResult>, provenance: Provenance): Benchmark {
  const scores = new Map<string, number>();
  let errored = 0;
  let skipped = 0;
  let flaky = 0;
  let passed = 0;
  for (const [key, c] of cases) {
    if (c.outcome === "error") errored++;
    else if (c.outcome === "skipped") skipped++;
    else {
      scores.set(key, c.outcome === "pass" ? 1 : 0);
      if (c.outcome === "pass") passed++;
    }
    if (c.flaky) flaky++;
  }
  return benchmark({
    name,
    metric: "pass_rate",
    value: scores.size === 0 ? 0 : passed / scores.size,
    n: scores.size,
    binary: true,
    scale: [0, 1],
    errored,
    skipped,
    flaky,
    examples: { kind: "keyed", scores },
    provenance,
  });
}
