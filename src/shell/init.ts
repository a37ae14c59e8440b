import { realpath, unlink } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { analyze, estimateCostPlan, type Analysis, type EstimateOverrides } from "../engine/analyze.ts";
import { layerPriceTables, loadPriceTable } from "../engine/cost/price-table.ts";
import type { UseCaseFacts } from "../engine/framework/facts.ts";
import { recommend } from "../engine/framework/recommend.ts";
import { inferTask } from "../engine/init/infer-task.ts";
import { initPlanText } from "../engine/init/plan-text.ts";
import { initWorkflowText } from "../engine/init/workflow-text.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { loadPlan } from "../engine/plan/load.ts";
import { pinPrices, type PinReport } from "../engine/pricing/pin.ts";
import { modelsPricedFromTable } from "../engine/pricing/plan-models.ts";
import { VERSION } from "../engine/version.ts";
import { packageRoot } from "./files.ts";
import { loadCurrentPrices } from "./price-feed.ts";
import { pinnedTableHeader } from "./pricing-pin.ts";
import { readPolicy, readShippedPrices, REPO_PRICING, type PolicySpec } from "./repo-settings.ts";
import { checkWritable, writeRepoFile } from "./safe-write.ts";

export const INIT_PLAN = "tunegate.yml";
export const INIT_WORKFLOW = ".github/workflows/tunegate.yml";

export interface InitRequest {
  root: string;
  facts: UseCaseFacts;
  overrides: EstimateOverrides;
  budgetMonthlyUsd: number | undefined;
  name: string | undefined;
  /** As given on the command line, for the workflow; resolved for the estimate. */
  policyFlag: string | undefined;
  policy: PolicySpec;
  today: string;
}

export interface InitFile {
  path: string;
  text: string;
  /** Why it cannot be written (it exists, or a link or folder is in the way); empty when it can. */
  refusals: Diagnostic[];
}

export type InitOutcome = { ok: true; files: InitFile[]; analysis: Analysis; pinned: PinReport } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Everything `tunegate init` would write, computed without writing: the plan from analyze's
 * answers, the workflow, and the repository's pinned prices for every model the plan uses
 * (from the price data tunegate bundles, or copied from its shipped table).
 */
export async function composeInit(request: InitRequest): Promise<InitOutcome> {
  const policy = await readPolicy(request.root, request.policy);
  if (!policy.ok) return policy;
  const shipped = await readShippedPrices();
  if (!shipped.ok) return shipped;
  const recommendation = recommend(request.facts, policy.value.policy);
  const costPlan = estimateCostPlan(recommendation, request.facts, policy.value, request.overrides);

  const bundled = await loadCurrentPrices("bundled", request.root);
  if (!bundled.ok) throw new Error(bundled.reason);
  const pinned = pinPrices({
    file: REPO_PRICING,
    existing: undefined,
    header: pinnedTableHeader(await schemaRef(request.root, ".tunegate", "pricing")),
    wanted: modelsPricedFromTable({ cost: costPlan }),
    current: bundled,
    shipped: shipped.value,
    today: request.today,
  });
  if (!pinned.ok) return pinned;
  if (pinned.report.unknown.length > 0) return { ok: false, diagnostics: pinned.report.unknown.map((u) => unknownModel(u, request.overrides)) };
  const table = loadPriceTable(REPO_PRICING, pinned.text);
  if (!table.ok) return table;
  const analysis = analyze(request.facts, policy.value, layerPriceTables(table.value, shipped.value, REPO_PRICING), request.overrides, request.budgetMonthlyUsd);
  if (!analysis.ok) return { ok: false, diagnostics: analysis.problems.map((p) => ({ kind: p.kind, message: p.message, location: { file: "tunegate init", line: 1, column: 1 }, field: "", ...(p.hint === undefined ? {} : { hint: p.hint }) })) };

  const task = inferTask(request.facts, policy.value.policy);
  const planText = initPlanText({
    name: request.name ?? defaultName(request.root),
    analysis: analysis.value,
    task,
    inferred: request.facts.task === undefined,
    schemaRef: await schemaRef(request.root, ".", "plan"),
    version: VERSION,
    today: request.today,
  });
  // What init writes must be a plan tunegate accepts, with the recommendation it was written for.
  const reloaded = loadPlan(INIT_PLAN, planText);
  if (!reloaded.ok) throw new Error(`tunegate init wrote a plan it cannot read: ${reloaded.diagnostics.map((d) => d.message).join("; ")}`);
  const files = [
    { path: INIT_PLAN, text: planText },
    { path: INIT_WORKFLOW, text: initWorkflowText({ plan: INIT_PLAN, policy: request.policyFlag, version: VERSION }) },
    { path: REPO_PRICING, text: pinned.text },
  ];
  const checked: InitFile[] = [];
  for (const file of files) {
    const writable = await checkWritable(request.root, file.path, "create");
    checked.push({ ...file, refusals: writable.ok ? [] : writable.diagnostics });
  }
  return { ok: true, files: checked, analysis: analysis.value, pinned: pinned.report };
}

/**
 * Writes the files, or none of them: every target is checked first, and if a later write fails
 * the earlier ones of this run are removed again.
 */
export async function writeInit(root: string, files: readonly InitFile[]): Promise<{ ok: true } | { ok: false; diagnostics: Diagnostic[] }> {
  const refusals: Diagnostic[] = [];
  for (const file of files) {
    const writable = await checkWritable(root, file.path, "create");
    if (!writable.ok) refusals.push(...writable.diagnostics);
  }
  if (refusals.length > 0) return { ok: false, diagnostics: refusals };
  const written: string[] = [];
  for (const file of files) {
    const result = await writeRepoFile(root, file.path, file.text, "create");
    if (!result.ok) {
      for (const path of written) await unlink(join(root, path)).catch(() => undefined);
      return result;
    }
    written.push(file.path);
  }
  return { ok: true };
}

/**
 * The `$schema` reference for a file in `folder`: a relative path to the installed package's
 * schema when the package sits inside the repository (node_modules), else the schema at this
 * version's release tag.
 */
async function schemaRef(root: string, folder: string, name: "plan" | "pricing"): Promise<string> {
  const schema = join(packageRoot(), "schemas", `${name}.schema.json`);
  const [realRoot, realSchema] = await Promise.all([realpath(root), realpath(schema).catch(() => schema)]);
  if (realSchema.startsWith(realRoot + sep)) return relative(join(realRoot, folder), realSchema).split(sep).join("/");
  return `https://raw.githubusercontent.com/tunegate/tunegate/v${VERSION}/schemas/${name}.schema.json`;
}

/** The repository folder's name, as a plan name may be written. */
function defaultName(root: string): string {
  const name = basename(root).replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
  return name === "" ? "my-llm-feature" : name;
}

function unknownModel(unknown: { model: string; reason: string }, overrides: EstimateOverrides): Diagnostic {
  const flag = overrides.llm !== undefined && unknown.model === `${overrides.llm.provider}/${overrides.llm.model}` ? "--llm" : overrides.embedding !== undefined && unknown.model === `${overrides.embedding.provider}/${overrides.embedding.model}` ? "--embedding" : "policy estimate";
  return {
    kind: "unknown-model",
    message: `unknown model ${unknown.model}: ${unknown.reason}, and tunegate ships no price for it`,
    location: { file: flag, line: 1, column: 1 },
    field: "",
    hint: flag === "--embedding" ? "give --embedding-usd-per-mtok, or name a model the price data knows" : "give --llm-usd-per-mtok, or name a model the price data knows",
  };
}
