import { checkOutput, formatsOf } from "../../engine/output/registry.ts";
import { buildRunReport, type PlanOutcome } from "../../engine/run/run-report.ts";
import { VERSION } from "../../engine/version.ts";
import { evaluationDateNote } from "../../engine/input/dates.ts";
import { runCheck } from "../check.ts";
import { mapInOrder, PLAN_CONCURRENCY } from "../in-order.ts";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expandPlanPaths, planEntries } from "../plan-paths.ts";
import { findWorkTree, fromHere, type WorkTree } from "../work-tree.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { FAIL_ON_VALUES } from "../../engine/input/severities.ts";
import { dateFlag, oneOf, parseFlags, UsageError } from "./flags.ts";
import type { RulesRequest } from "../base-rules.ts";
import type { CliIo } from "./io.ts";
import { policyFlag } from "./policy-flag.ts";
import type { YamlSource } from "../../engine/input/yaml-source.ts";
import type { RunReport } from "../../engine/run/run-report.ts";
import { attestationFor } from "../attestation.ts";
import { EXIT_USAGE } from "./io.ts";

/** `--plan` names one plan unless it holds a glob or a list: then every match is checked. */
const SEVERAL = /[*?[\]{},\n]/;

/**
 * Reads the plans, lets the engine decide the run, renders it in the format asked for. Input
 * problems go to stderr, located; the rendered reports to stdout. Nothing is decided here.
 */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    plan: { type: "string" },
    policy: { type: "string" },
    pricing: { type: "string" },
    format: { type: "string" },
    "fail-on": { type: "string" },
    today: { type: "string" },
    attestation: { type: "string" },
    base: { type: "string" },
    "rules-from": { type: "string" },
  });
  const format = oneOf("format", values.format, formatsOf("check"), "text");
  const failOn = oneOf("fail-on", values["fail-on"], FAIL_ON_VALUES, "error");
  const today = dateFlag("today", values.today, io.today);
  // The repository is the git work tree: paths are typed relative to the folder run in and
  // resolved against the root, as the Action resolves them, so reports name the same files.
  const tree = findWorkTree(io.cwd);
  const policy = await policyFlag(values.policy, io, tree);
  if (!policy.ok) return reportDiagnostics(policy.diagnostics, io);
  const planInput = values.plan ?? "tunegate.yml";
  const pricing = values.pricing === undefined ? undefined : fromHere(tree, values.pricing);

  const rulesFrom = oneOf("rules-from", values["rules-from"], ["base", "head"] as const, "base");
  const rules = await baseRules(tree.root, values.base, rulesFrom, values.plan);
  const several = SEVERAL.test(planInput);
  const expanded = several
    ? await expandPlanPaths(
        tree.root,
        planEntries(planInput)
          .map((entry) => fromHere(tree, entry))
          .join("\n"),
        "--plan",
      )
    : { paths: [values.plan === undefined ? defaultPlan(io.cwd, tree) : fromHere(tree, planInput)], diagnostics: [] };
  const sources = new Map<string, YamlSource>();
  const outcomes: PlanOutcome[] = await mapInOrder(
    expanded.paths,
    PLAN_CONCURRENCY,
    async (file): Promise<PlanOutcome> => {
      const outcome = await runCheck({ root: tree.root, plan: file, policy: policy.value, pricing, today, rules });
      if (outcome.ok) sources.set(outcome.report.plan.file, outcome.source);
      return outcome.ok
        ? { file, ok: true, report: outcome.report, change: undefined }
        : { file, ok: false, diagnostics: outcome.diagnostics };
    },
  );
  if (expanded.diagnostics.length > 0) outcomes.push({ file: "--plan", ok: false, diagnostics: expanded.diagnostics });
  const run = buildRunReport(outcomes, failOn, VERSION);

  // Which plans the format shows is the engine's call (output/registry.ts): input problems always
  // go to stderr, located; formats that carry them (JSON, SARIF, JUnit) have them too.
  const unreadable = outcomes.flatMap((o) => (o.ok ? [] : o.diagnostics));
  const text = await checkOutput(run, format);
  if (text !== "") io.out(text);
  if (unreadable.length > 0) reportDiagnostics(unreadable, io);
  const dateNote = evaluationDateNote(today, io.today, "--today");
  if (dateNote !== null) io.err(`tunegate: note: ${dateNote}\n`);
  if (values.attestation !== undefined && unreadable.length === 0) {
    const written = await writeAttestationFile(io, tree.root, values.attestation, run, sources);
    if (written !== 0) return written;
  }
  return run.exit_code;
}

/** Without --plan: the folder's own tunegate.yml, else the repository root's (relative to the root). */
function defaultPlan(cwd: string, tree: WorkTree): string {
  return existsSync(join(cwd, "tunegate.yml")) ? fromHere(tree, "tunegate.yml") : "tunegate.yml";
}

/** The statement for the run's declared artifacts, written where --attestation says; 0 when all went well. */
async function writeAttestationFile(
  io: CliIo,
  root: string,
  target: string,
  run: RunReport,
  sources: ReadonlyMap<string, YamlSource>,
): Promise<number> {
  const statement = await attestationFor(
    root,
    run,
    (file) => sources.get(file)?.locate(["models", "artifacts"]) ?? { file, line: 1, column: 1 },
  );
  if (!statement.ok) return reportDiagnostics(statement.diagnostics, io);
  if (statement.text === null) {
    io.err(`tunegate: ${statement.note}\n`);
    return 0;
  }
  try {
    const { writeFile } = await import("node:fs/promises");
    const { resolve } = await import("node:path");
    await writeFile(resolve(io.cwd, target), statement.text);
  } catch (error) {
    io.err(
      `tunegate: cannot write the attestation to ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return EXIT_USAGE;
  }
  io.err(`tunegate: wrote ${target}: ${statement.note}\n`);
  return 0;
}

/**
 * `--base REF`: judge the working tree as a pull request on REF would be, by the stricter of
 * REF's rules and its own. A REF git cannot resolve is a usage error, never a silent head-only run.
 */
async function baseRules(
  cwd: string,
  ref: string | undefined,
  rulesFrom: "base" | "head",
  planInput: string | undefined,
): Promise<RulesRequest | undefined> {
  if (ref === undefined) {
    if (rulesFrom === "head")
      throw new UsageError("--rules-from head needs --base REF: without a base, the plan's own rules judge it anyway");
    return undefined;
  }
  const { gitText } = await import("../git-command.ts");
  let sha: string;
  try {
    if ((await gitText(["-C", cwd, "rev-parse", "--show-prefix"])).trim() !== "")
      throw new UsageError("--base needs the repository's root as the working directory");
    sha = (await gitText(["-C", cwd, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `--base ${ref} is not a commit git can find here (a shallow clone? fetch it, or fetch-depth: 0)`,
    );
  }
  if (rulesFrom === "head") return { from: "head", sha };
  const { gitRevisionFiles } = await import("../repo-files.ts");
  return { from: "base", sha, files: gitRevisionFiles(cwd, sha), ...(planInput === undefined ? {} : { planInput }) };
}
