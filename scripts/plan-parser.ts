// The plan schema compiled at build time, by zod's own compiler, into a module of plain JavaScript
// (src/engine/plan/plan-parser.generated.ts): a valid plan is then parsed without building the
// schema's hundreds of zod instances or running zod's parser cold, and a plan the compiled code
// refuses falls back to zod, which says where the error is. A test fails when the committed module
// is stale; src/engine/plan/schema.ts stays the source of truth.
import { isDeepStrictEqual } from "node:util";
import { util, compileFn, INVALID } from "zod/v4/core";
import { planSchema } from "../src/engine/plan/schema.ts";

export const PLAN_PARSER_MODULE = "src/engine/plan/plan-parser.generated.ts";

/** One function zod's compiler made: the factory's parameters and body, and the values it was called with. */
interface Compiled {
  names: string[];
  body: string;
  values: unknown[];
}

/**
 * Runs zod's compiler on the plan schema and records every function it generates. zod keeps no
 * source for its constants (sets, regexes, helpers, default getters), so they are captured where
 * it hands them to `new Function`, and written back below as source.
 */
function compilePlanSchema(): { root: Function; compiled: Map<Function, Compiled> } {
  const compiled = new Map<Function, Compiled>();
  const RealFunction = globalThis.Function;
  // A function expression, not an arrow: zod calls it with `new`, as it would call Function.
  const recording = function (...args: string[]) {
    const factory = RealFunction(...args) as (...values: unknown[]) => Function;
    return (...values: unknown[]) => {
      const made = factory(...values);
      compiled.set(made, { names: args.slice(0, -1), body: args.at(-1) ?? "", values });
      return made;
    };
  };
  globalThis.Function = recording as unknown as FunctionConstructor;
  try {
    // A part of the schema zod's compiler cannot model either throws here or becomes a call back into
    // the zod runtime with a schema as a constant, which constantSource refuses: a build error.
    const root = compileFn(planSchema.unwrap() as Parameters<typeof compileFn>[0]);
    return { root, compiled };
  } finally {
    globalThis.Function = RealFunction;
  }
}

// Functions whose whole behaviour is their own text: zod's trim check.
const SELF_CONTAINED = new Set(["(input) => input.trim()"]);

function constantSource(value: unknown, compiled: Map<Function, Compiled>, where: string): string {
  if (value === INVALID) return "INVALID";
  if (value instanceof Set) {
    const members = [...value];
    if (!members.every((m) => typeof m === "string" || typeof m === "number" || typeof m === "boolean"))
      throw new Error(`${where}: a set of non-primitive values`);
    return `new Set(${JSON.stringify(members)})`;
  }
  if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (typeof value !== "function") {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) return JSON.stringify(value);
    throw new Error(`${where}: cannot carry a ${typeof value} into the bundle`);
  }
  const made = compiled.get(value);
  if (made !== undefined) return factorySource(made, compiled, where);
  const helper = Object.entries(util).find(([, fn]) => fn === value);
  if (helper !== undefined) return `util.${helper[0]}`;
  if (value === Object.prototype.propertyIsEnumerable) return "Object.prototype.propertyIsEnumerable";
  const text = value.toString();
  if (SELF_CONTAINED.has(text)) return text;
  if (text === "() => schema._zod.def.defaultValue") {
    // A default value, written as a literal; the compiled code clones it per parse as zod does.
    const fallback: unknown = (value as () => unknown)();
    const json = JSON.stringify(fallback);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), fallback))
      throw new Error(`${where}: a default that does not survive JSON`);
    return `() => (${json})`;
  }
  throw new Error(`${where}: zod's compiler used a function the build cannot write as source: ${text.slice(0, 80)}`);
}

// zod's factories return `(input) => {...}`. Written as a parenthesised function expression
// instead, V8 compiles the parser with its module rather than on the first call, so the CLI's
// compile cache holds it and a run does not compile 50 KB of parser again.
const ARROW_PARSER = /^return \(input\) => \{\n([\s\S]*)\n\}$/;

function factorySource(made: Compiled, compiled: Map<Function, Compiled>, where: string): string {
  const args = made.values.map((value, i) => constantSource(value, compiled, `${where} > ${made.names[i] ?? "?"}`));
  const parser = ARROW_PARSER.exec(made.body);
  if (parser === null) throw new Error(`${where}: zod's compiler returned a factory of an unexpected shape`);
  return `((${made.names.join(", ")}) => {\nreturn (function (input) {\n${parser[1]}\n});\n})(${args.join(", ")})`;
}

/** The generated module's text. */
export function planParserModule(): string {
  const { root, compiled } = compilePlanSchema();
  const made = compiled.get(root);
  if (made === undefined) throw new Error("zod's compiler did not generate the plan parser");
  return [
    "// Generated by scripts/plan-parser.ts from src/engine/plan/schema.ts with zod's compiler; do not edit.",
    "// `npm run build` regenerates it. Plain JavaScript: the compiled code is zod's, not typed here.",
    "// @ts-nocheck",
    'import { util } from "zod/v4/core";',
    "",
    'const INVALID = Symbol.for("zod.compile.invalid");',
    "",
    "/** The plan, parsed as planSchema would parse it, or PLAN_INVALID: then planSchema says why. */",
    `export const compiledPlanParser = ${factorySource(made, compiled, "plan")};`,
    "",
    "export const PLAN_INVALID = INVALID;",
    "",
  ].join("\n");
}
