import fc from "fast-check";
import { globSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { loadPlan } from "../../src/engine/plan/load.ts";
import { compiledPlanParser, PLAN_INVALID } from "../../src/engine/plan/plan-parser.generated.ts";
import { planSchema } from "../../src/engine/plan/schema.ts";
import { PLAN_PARSER_MODULE, planParserModule } from "../../scripts/plan-parser.ts";

// Every plan the project ships or tests with: the compiled parser's fast path is taken on these.
const PLAN_FILES = globSync(["examples/*/tunegate.yml", "test/fixtures/**/tunegate.yml"]).sort();

function planData(file: string): Record<string, unknown> {
  return parseDocument(readFileSync(file, "utf8")).toJS() as Record<string, unknown>;
}

/**
 * What zod's runtime and the compiled parser make of one input. The compiled parser may only
 * succeed where zod succeeds, with the same value (key order included, as reports serialise it);
 * anything it refuses goes back to zod, so a refusal of a valid plan would only cost time, and the
 * third expectation pins that too. Returns whether the compiled parser accepted the input.
 */
function expectSameAsZod(input: unknown): boolean {
  const runtime = planSchema.safeParse(input);
  const compiled: unknown = compiledPlanParser(input);
  // vitest's expect is called only where a cheap check finds a difference, to report it: the
  // tests below make tens of thousands of comparisons, and building each assertion cost more
  // than the parsing.
  if (!runtime.success && compiled !== PLAN_INVALID)
    expect(compiled, JSON.stringify(runtime.error.issues[0])).toBe(PLAN_INVALID);
  if (compiled !== PLAN_INVALID && JSON.stringify(compiled) !== JSON.stringify(runtime.data))
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(runtime.data));
  if (runtime.success && !isDeepStrictEqual(compiled, runtime.data)) expect(compiled).toStrictEqual(runtime.data);
  return compiled !== PLAN_INVALID;
}

// Each bound the schema sets and one past it, and what YAML or a hostile writer puts in a field:
// non-finite and huge numbers, -0, padded or empty strings, impossible dates, the wrong shape.
const EDGE_VALUES: unknown[] = [
  ...[
    0,
    1,
    100,
    101,
    200,
    201,
    1000,
    1001,
    10_000,
    10_001,
    100_000,
    100_001,
    3_600_000,
    3_600_001,
    10_000_000,
    10_000_001,
    1e9,
    1e9 + 1,
    1e12,
    1e12 + 1,
    0.99,
    0.995,
  ],
  ...[
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    2 ** 53,
    0.5,
    -1,
    " ",
    "  padded  ",
    "",
    "x".repeat(1001),
    "2026-02-30",
    "2026-02-28",
    "lora",
    "none",
    "approach-fit",
    [],
    [""],
    {},
    null,
    undefined,
    true,
  ],
];
const fieldValue = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_VALUES), weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

// Keys the schema knows, so edits land on real fields as well as on unknown ones.
const KNOWN_KEYS = [
  "version",
  "name",
  "approach",
  "fine_tune_method",
  "use_case",
  "task",
  "knowledge_change",
  "citations_required",
  "style_requirements",
  "latency_p95_ms",
  "monthly_queries",
  "training",
  "examples",
  "readiness",
  "enough_examples",
  "architecture",
  "components",
  "evidence",
  "cost",
  "llm",
  "embedding",
  "vector_db",
  "fine_tune",
  "hosting",
  "other",
  "provider",
  "model",
  "usd_per_mtok",
  "monthly_usd",
  "one_time_usd",
  "input_tokens",
  "output_tokens",
  "tokens_per_query",
  "calls_per_query",
  "training_tokens",
  "epochs",
  "budget",
  "evals",
  "format",
  "candidate",
  "baseline",
  "general",
  "safety",
  "metrics",
  "chance",
  "pool",
  "task_floor",
  "waivers",
  "gate",
  "reason",
  "owner",
  "expires",
  "note",
  "$schema",
  "typo_key",
  "0",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
];

type Edit = { path: string[]; value: unknown; remove: boolean };

/** Every path in a plan, containers and leaves, so most edits land on a field the plan has. */
function pathsIn(node: unknown, prefix: string[] = []): string[][] {
  if (node === null || typeof node !== "object") return [prefix];
  const inner = Object.entries(node).flatMap(([key, value]) => pathsIn(value, [...prefix, key]));
  return prefix.length === 0 ? inner : [prefix, ...inner];
}

function editOf(paths: string[][]): fc.Arbitrary<Edit> {
  const randomPath = fc.array(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 4 })), {
    minLength: 1,
    maxLength: 4,
  });
  const existingPath = fc.constantFrom(...paths);
  const extendedPath = fc.tuple(existingPath, fc.constantFrom(...KNOWN_KEYS)).map(([path, extra]) => [...path, extra]);
  const path = fc.oneof(
    { arbitrary: existingPath, weight: 3 },
    { arbitrary: extendedPath, weight: 1 },
    { arbitrary: randomPath, weight: 1 },
  );
  return fc.record({ path, value: fieldValue, remove: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) });
}

/**
 * Applies an edit where the path exists as far as it goes; a missing step creates a mapping.
 * Only own properties are walked and written (as own data properties, as YAML's toJS writes
 * them), so a key such as `constructor` or `__proto__` edits the plan, never a prototype.
 */
function applyEdit(root: Record<string, unknown>, { path, value, remove }: Edit): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node) && !Number.isInteger(Number(key))) return;
    if (!Object.hasOwn(node, key)) setOwn(node, key, {});
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node !== "object") return;
  const last = path.at(-1) as string;
  if (remove) delete (node as Record<string, unknown>)[last];
  else setOwn(node, last, value);
}

function setOwn(node: object, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

describe("the plan schema compiled at build time (plan-parser.generated.ts)", () => {
  it(`${PLAN_PARSER_MODULE} is up to date with src/engine/plan/schema.ts (npm run build regenerates it)`, () => {
    expect(readFileSync(PLAN_PARSER_MODULE, "utf8")).toBe(planParserModule());
  });

  it("parses every example and fixture plan exactly as zod does", () => {
    expect(PLAN_FILES.length).toBeGreaterThan(10);
    for (const file of PLAN_FILES) {
      const data = planData(file);
      const compiled: unknown = compiledPlanParser(data);
      expect(compiled, file).not.toBe(PLAN_INVALID);
      expectSameAsZod(data);
    }
  });

  it("never accepts what zod refuses, and gives zod's value where both accept (edited plans)", () => {
    const bases = PLAN_FILES.map(planData);
    const planAndEdits = fc
      .nat({ max: bases.length - 1 })
      .chain((which) =>
        fc.tuple(fc.constant(which), fc.array(editOf(pathsIn(bases[which])), { minLength: 1, maxLength: 3 })),
      );
    let accepted = 0;
    fc.assert(
      fc.property(planAndEdits, ([which, edits]) => {
        const input = structuredClone(bases[which]) as Record<string, unknown>;
        for (const change of edits) applyEdit(input, change);
        if (expectSameAsZod(input)) accepted += 1;
      }),
      { numRuns: 4000 },
    );
    // Both sides of the line are exercised: some edited plans still pass, most do not.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(3800);
  });

  it("agrees with zod on every field of every plan set to each edge value, or removed", () => {
    let checked = 0;
    for (const file of PLAN_FILES) {
      const base = planData(file);
      for (const path of pathsIn(base)) {
        for (const value of EDGE_VALUES) {
          const input = structuredClone(base);
          applyEdit(input, { path, value, remove: false });
          expectSameAsZod(input);
          checked += 1;
        }
        const input = structuredClone(base);
        applyEdit(input, { path, value: undefined, remove: true });
        expectSameAsZod(input);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("never accepts what zod refuses on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expectSameAsZod(input);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves every error to zod: loadPlan still names the field, line and column", () => {
    const result = loadPlan(
      "tunegate.yml",
      "version: 1\nname: '   '\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 10 }\n",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({
      field: "name",
      location: { file: "tunegate.yml", line: 2, column: 7 },
    });
  });
});
