import { formatDiagnostic, type Diagnostic } from "../../engine/input/diagnostic.ts";
import { analyze } from "../../engine/analyze.ts";
import { jsonSchemaText, SCHEMA_NAMES } from "../../engine/json-schemas.ts";
import { knowledgeChangeSchema, styleRequirementSchema, taskKindSchema } from "../../engine/plan/schema.ts";
import { analysisJson, analysisMarkdown, analysisText } from "../../engine/report/analysis.ts";
import { renderJson } from "../../engine/report/json.ts";
import { renderMarkdown } from "../../engine/report/markdown.ts";
import { renderText } from "../../engine/report/text.ts";
import { exitCodeFor } from "../../engine/gates/verdict.ts";
import { runCheck } from "../check.ts";
import { resolvePolicySpec } from "../remote-policy.ts";
import { readPolicy, readPrices, SHIPPED_PRICES } from "../repo-settings.ts";
import { booleanFlag, dateFlag, durationFlag, examplesFlag, modelFlag, numberFlag, oneOf, parseFlags, requiredOneOf, UsageError } from "./flags.ts";
import { EXIT_INTERNAL, EXIT_UNVERIFIED, EXIT_USAGE, type CliIo } from "./io.ts";
import { USAGE } from "./usage.ts";
import { VERSION } from "../version.ts";

const FORMATS = ["text", "markdown", "json"] as const;
const COMMANDS = ["check", "analyze", "audit", "pricing", "schema", "help"];

/**
 * The CLI: argv in, exit code out. The one place a throw becomes an exit code: usage errors
 * exit 2 with the message, anything unexpected exits 70 without a stack trace.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tunegate: ${error.message}\nRun "tunegate help" for usage.\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`tunegate: internal error: ${message}\nThis is a bug in tunegate; set TUNEGATE_DEBUG=1 for details and please report it.\n`);
    if (process.env["TUNEGATE_DEBUG"] === "1" && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    io.out(USAGE);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.out(`tunegate ${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case "check":
      return check(rest, io);
    case "analyze":
      return analyzeCommand(rest, io);
    case "audit":
      return auditCommand(rest, io);
    case "pricing":
      return pricingCommand(rest, io);
    case "schema":
      return schema(rest, io);
    default: {
      const near = COMMANDS.find((c) => c.startsWith(command.slice(0, 2)));
      throw new UsageError(`unknown command "${command}"${near === undefined ? "" : `; did you mean "${near}"?`}`);
    }
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string", default: "tunegate.yml" },
    policy: { type: "string" },
    pricing: { type: "string" },
    format: { type: "string" },
    "fail-on": { type: "string" },
    today: { type: "string" },
    help: { type: "boolean" },
  });
  if (values.help === true) {
    io.out(USAGE);
    return 0;
  }
  const format = oneOf("format", values.format, FORMATS, "text");
  const failOn = oneOf("fail-on", values["fail-on"], ["error", "warning", "never"] as const, "error");
  const today = dateFlag("today", values.today, io.today);
  const policySpec = await policyOf(values.policy, io);
  if (!policySpec.ok) return reportDiagnostics(policySpec.diagnostics, io);
  const outcome = await runCheck({ root: io.cwd, plan: values.plan, policy: policySpec.value, pricing: values.pricing, today });
  if (!outcome.ok) return reportDiagnostics(outcome.diagnostics, io);
  const render = format === "json" ? renderJson : format === "markdown" ? renderMarkdown : renderText;
  io.out(render(outcome.report));
  return exitCodeFor(outcome.report.verdict, failOn);
}

async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    "knowledge-changes": { type: "string" },
    "needs-citations": { type: "string" },
    "style-requirements": { type: "string" },
    "training-data": { type: "string" },
    "latency-requirement": { type: "string" },
    "monthly-queries": { type: "string" },
    task: { type: "string" },
    llm: { type: "string" },
    "input-tokens": { type: "string" },
    "output-tokens": { type: "string" },
    embedding: { type: "string" },
    "embedding-tokens": { type: "string" },
    "vector-db-usd": { type: "string" },
    "hosting-usd": { type: "string" },
    "budget-usd": { type: "string" },
    policy: { type: "string" },
    pricing: { type: "string" },
    format: { type: "string" },
  });
  const format = oneOf("format", values.format, FORMATS, "text");
  const monthlyQueries = numberFlag("monthly-queries", values["monthly-queries"]);
  if (monthlyQueries === undefined) throw new UsageError("--monthly-queries is required (e.g. 100000)");
  const facts = {
    task: values.task === undefined ? undefined : requiredOneOf("task", values.task, taskKindSchema.options),
    knowledge_change: requiredOneOf("knowledge-changes", values["knowledge-changes"], knowledgeChangeSchema.options),
    citations_required: booleanFlag("needs-citations", values["needs-citations"]),
    style_requirements: oneOf("style-requirements", values["style-requirements"], styleRequirementSchema.options, "none"),
    latency_p95_ms: durationFlag(values["latency-requirement"]),
    monthly_queries: Math.round(monthlyQueries),
    examples: examplesFlag(values["training-data"]),
  };
  const overrides = {
    ...optional("llm", modelFlag("llm", values.llm)),
    ...optional("input_tokens", numberFlag("input-tokens", values["input-tokens"], 1e7)),
    ...optional("output_tokens", numberFlag("output-tokens", values["output-tokens"], 1e7)),
    ...optional("embedding", modelFlag("embedding", values.embedding)),
    ...optional("embedding_tokens", numberFlag("embedding-tokens", values["embedding-tokens"], 1e7)),
    ...optional("vector_db_monthly_usd", numberFlag("vector-db-usd", values["vector-db-usd"], 1e9)),
    ...optional("hosting_monthly_usd", numberFlag("hosting-usd", values["hosting-usd"], 1e9)),
  };
  const policySpec = await policyOf(values.policy, io);
  if (!policySpec.ok) return reportDiagnostics(policySpec.diagnostics, io);
  const policy = await readPolicy(io.cwd, policySpec.value);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const prices = await readPrices(io.cwd, policy.value, undefined, values.pricing);
  if (!prices.ok) return reportDiagnostics(prices.diagnostics, io);
  const result = analyze(facts, policy.value.policy, prices.value, overrides, numberFlag("budget-usd", values["budget-usd"], 1e9));
  if (!result.ok) {
    // The priced items came from flags or the policy's estimate block, not a file the user wrote.
    throw new UsageError(result.problems.map((p) => `${p.message}${p.hint === undefined ? "" : ` (${p.hint})`}`).join("; "));
  }
  io.out(format === "json" ? analysisJson(result.value) : format === "markdown" ? analysisMarkdown(result.value) : analysisText(result.value));
  return 0;
}

/** Exit codes: 0 nothing needs action, 1 something does, 2 bad input, 3 prices could not be verified. */
async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string", default: "**/tunegate.yml" },
    pricing: { type: "string" },
    policy: { type: "string" },
    current: { type: "string" },
    format: { type: "string" },
    today: { type: "string" },
  });
  const format = oneOf("format", values.format, FORMATS, "text");
  // The price data is megabytes of JavaScript; only the commands that need it load it.
  const [{ runAudit }, { auditJson, auditMarkdown, auditText }] = await Promise.all([import("../audit-run.ts"), import("../../engine/report/audit-report.ts")]);
  const policySpec = await policyOf(values.policy, io);
  if (!policySpec.ok) return reportDiagnostics(policySpec.diagnostics, io);
  const outcome = await runAudit({ root: io.cwd, plans: values.plan, policy: policySpec.value, pricing: values.pricing, current: values.current, today: dateFlag("today", values.today, io.today) });
  if (!outcome.ok) return reportDiagnostics(outcome.diagnostics, io);
  io.out(format === "json" ? auditJson(outcome.result) : format === "markdown" ? auditMarkdown(outcome.result) : auditText(outcome.result));
  if (!outcome.result.verified) return EXIT_UNVERIFIED;
  return outcome.result.needs_action ? 1 : 0;
}

async function pricingCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "pin") throw new UsageError(`pricing needs a subcommand: pin${sub === undefined ? "" : ` (got "${sub}")`}`);
  const { values } = parseFlags(rest, {
    plan: { type: "string", default: "**/tunegate.yml" },
    policy: { type: "string" },
    pricing: { type: "string" },
    data: { type: "string" },
    today: { type: "string" },
  });
  const { pinPrices } = await import("../pricing-pin.ts");
  const policySpec = await policyOf(values.policy, io);
  if (!policySpec.ok) return reportDiagnostics(policySpec.diagnostics, io);
  const outcome = await pinPrices({ root: io.cwd, plans: values.plan, policy: policySpec.value, pricing: values.pricing, data: values.data, today: dateFlag("today", values.today, io.today) });
  if (!outcome.ok) {
    if (outcome.reason !== undefined && outcome.diagnostics.length === 0) {
      io.err(`tunegate: ${outcome.reason}; nothing was written\n`);
      return EXIT_UNVERIFIED;
    }
    return reportDiagnostics(outcome.diagnostics, io);
  }
  const r = outcome.report;
  const copied = r.copied.length === 0 ? "" : `, copied ${r.copied.length} (${r.copied.join(", ")}) from the ${SHIPPED_PRICES}`;
  io.out(`${r.file}: pinned ${r.pinned.length} (${r.pinned.join(", ") || "none"}), confirmed ${r.unchanged.length}, kept ${r.kept.length} hand-pinned${copied}, from ${r.source}\n`);
  for (const u of r.unknown) io.err(`tunegate: unknown model ${u.model}: ${u.reason}; pin it by hand (check: manual) or give its price in the plan\n`);
  return r.unknown.length > 0 ? 1 : 0;
}

function schema(args: string[], io: CliIo): number {
  const { positionals } = parseFlags(args, {}, 1);
  const name = positionals[0];
  if (name === undefined) throw new UsageError(`schema needs a name: ${SCHEMA_NAMES.join(" | ")}`);
  io.out(jsonSchemaText(requiredOneOf("schema name", name, SCHEMA_NAMES)));
  return 0;
}

/** `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN / GH_TOKEN. */
function policyOf(spec: string | undefined, io: CliIo) {
  const env = io.env ?? process.env;
  return resolvePolicySpec(spec, io.cwd, { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com", token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "", origin: "--policy" });
}

function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): number {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
  io.err(`tunegate: ${diagnostics.length} input problem${diagnostics.length === 1 ? "" : "s"}; nothing was checked.\n`);
  return EXIT_USAGE;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

