import { readdir, readFile, realpath, unlink } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { analyze, estimateCostPlan, type Analysis, type EstimateOverrides } from "../engine/analyze.ts";
import { layerPriceTables, loadPriceTable, type PriceTable } from "../engine/cost/price-table.ts";
import type { UseCaseFacts } from "../engine/framework/facts.ts";
import { recommend } from "../engine/framework/recommend.ts";
import { inferTask } from "../engine/init/infer-task.ts";
import { initPlanText } from "../engine/init/plan-text.ts";
import { addPlanToWorkflow, initWorkflowText } from "../engine/init/workflow-text.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { loadPlan } from "../engine/plan/load.ts";
import { pinPrices, type PinReport } from "../engine/pricing/pin.ts";
import { modelsPricedFromTable, withPublishedPrices } from "../engine/pricing/plan-models.ts";
import { VERSION } from "../engine/version.ts";
import { packageRoot } from "./files.ts";
import { loadCurrentPrices } from "./price-feed.ts";
import { pinnedTableHeader } from "./pricing-pin.ts";
import { readPolicy, readShippedPrices, REPO_PRICING, type PolicySpec } from "./repo-settings.ts";
import { checkWritable, writeRepoFile, type WriteMode } from "./safe-write.ts";

export const INIT_PLAN = "tunegate.yml";
export const INIT_WORKFLOW = ".github/workflows/tunegate.yml";

export interface InitRequest {
  /** The git work tree's root: the workflow and the pinned prices live there. */
  root: string;
  /** The folder init was run in, relative to the root ("" at the root): the plan goes there. */
  here?: string;
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
  /** `create` for a new file; `replace` when init extends one (the workflow, the pinned prices). */
  mode: WriteMode;
  /** The text it replaces, to put back when a later write of the same run fails. */
  previous?: string;
  /** Why it cannot be written (it exists, or a link or folder is in the way); empty when it can. */
  refusals: Diagnostic[];
}

export type InitOutcome =
  | { ok: true; files: InitFile[]; analysis: Analysis; pinned: PinReport }
  | { ok: false; diagnostics: Diagnostic[] };

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
  // A plan init writes prices the fine-tune it would serve, never its base model (cost/model.ts).
  const estimate = { fineTunedServing: true, prices: shipped.value };
  const costPlan = estimateCostPlan(recommendation, request.facts, policy.value, request.overrides, estimate);

  const bundled = await loadCurrentPrices("bundled", request.root);
  if (!bundled.ok) throw new Error(bundled.reason);
  // A second plan in the same repository adds its models to the pinned prices already there.
  const existingPrices = await readExisting(request.root, REPO_PRICING);
  const pinned = pinPrices({
    file: REPO_PRICING,
    existing: existingPrices,
    header: pinnedTableHeader(await schemaRef(request.root, ".tunegate", "pricing")),
    wanted: withPublishedPrices(modelsPricedFromTable({ cost: costPlan }), [
      shipped.value,
      repositoryTable(existingPrices),
    ]),
    current: bundled,
    shipped: shipped.value,
    today: request.today,
  });
  if (!pinned.ok) return pinned;
  if (pinned.report.unknown.length > 0)
    return { ok: false, diagnostics: pinned.report.unknown.map((u) => unknownModel(u, request.overrides)) };
  const table = loadPriceTable(REPO_PRICING, pinned.text);
  const here = request.here ?? "";
  const planPath = here === "" ? INIT_PLAN : `${here}/${INIT_PLAN}`;
  if (!table.ok) return table;
  const analysis = analyze(
    request.facts,
    policy.value,
    layerPriceTables(table.value, shipped.value, REPO_PRICING),
    request.overrides,
    request.budgetMonthlyUsd,
    { ...estimate, today: request.today },
  );
  if (!analysis.ok)
    return {
      ok: false,
      diagnostics: analysis.problems.map((p) => ({
        kind: p.kind,
        message: p.message,
        location: { file: "tunegate init", line: 1, column: 1 },
        field: "",
        ...(p.hint === undefined ? {} : { hint: p.hint }),
      })),
    };

  const task = inferTask(request.facts, policy.value.policy);
  const planText = initPlanText({
    name: request.name ?? defaultName(join(request.root, here)),
    analysis: analysis.value,
    task,
    inferred: request.facts.task === undefined,
    schemaRef: await schemaRef(request.root, here === "" ? "." : here, "plan"),
    version: VERSION,
    today: request.today,
  });
  // What init writes must be a plan tunegate accepts, with the recommendation it was written for.
  const reloaded = loadPlan(planPath, planText);
  if (!reloaded.ok)
    throw new Error(
      `tunegate init wrote a plan it cannot read: ${reloaded.diagnostics.map((d) => d.message).join("; ")}`,
    );
  const workflow = await workflowFile(request.root, planPath, request.policyFlag);
  const files: Array<Omit<InitFile, "refusals"> & { refusal?: Diagnostic }> = [
    { path: planPath, text: planText, mode: "create" },
    ...workflow,
    existingPrices === undefined
      ? { path: REPO_PRICING, text: pinned.text, mode: "create" }
      : { path: REPO_PRICING, text: pinned.text, mode: "replace", previous: existingPrices },
  ];
  const checked: InitFile[] = [];
  for (const { refusal, ...file } of files) {
    if (file.mode === "replace" && file.text === file.previous) continue; // nothing to add
    const writable = await checkWritable(request.root, file.path, file.mode);
    checked.push({
      ...file,
      refusals: [...(refusal === undefined ? [] : [refusal]), ...(writable.ok ? [] : writable.diagnostics)],
    });
  }
  return { ok: true, files: checked, analysis: analysis.value, pinned: pinned.report };
}

/**
 * Writes the files, or none of them: every target is checked first, and if a later write fails
 * the earlier ones of this run are removed again.
 */
export async function writeInit(
  root: string,
  files: readonly InitFile[],
): Promise<{ ok: true } | { ok: false; diagnostics: Diagnostic[] }> {
  const refusals: Diagnostic[] = [];
  for (const file of files) {
    const writable = await checkWritable(root, file.path, file.mode);
    if (!writable.ok) refusals.push(...writable.diagnostics);
  }
  if (refusals.length > 0) return { ok: false, diagnostics: refusals };
  const written: InitFile[] = [];
  for (const file of files) {
    const result = await writeRepoFile(root, file.path, file.text, file.mode);
    if (!result.ok) {
      for (const done of written) {
        if (done.previous === undefined) await unlink(join(root, done.path)).catch(() => undefined);
        else await writeRepoFile(root, done.path, done.previous, "replace").catch(() => undefined);
      }
      return result;
    }
    written.push(file);
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

/** A file's text when it exists (undefined when it does not). */
async function readExisting(root: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(join(root, path), "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The workflow at the work tree's root, the only place GitHub reads workflows: a new one, or
 * the repository's existing tunegate workflow with this plan added to its plan input.
 */
async function workflowFile(
  root: string,
  planPath: string,
  policyFlag: string | undefined,
): Promise<Array<Omit<InitFile, "refusals"> & { refusal?: Diagnostic }>> {
  const folder = join(root, ".github", "workflows");
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
  for (const name of [
    ...names.filter((n) => `.github/workflows/${n}` === INIT_WORKFLOW),
    ...names.filter((n) => `.github/workflows/${n}` !== INIT_WORKFLOW),
  ]) {
    const path = `.github/workflows/${name}`;
    const text = await readExisting(root, path);
    if (text === undefined || !/uses:\s*tunegate\/tunegate@/.test(text)) continue;
    const edit = addPlanToWorkflow(text, planPath);
    if (edit.ok) return edit.changed ? [{ path, text: edit.text, mode: "replace", previous: text }] : [];
    return [
      {
        path,
        text,
        mode: "replace",
        previous: text,
        refusal: {
          kind: "invalid-value",
          message: `${path} runs tunegate, but init cannot add ${planPath} to it: ${edit.reason}`,
          location: { file: path, line: 1, column: 1 },
          field: "plan",
          hint: `add ${planPath} to the plan input of its tunegate step (paths separated by commas), or give it a plan: line`,
        },
      },
    ];
  }
  return [
    {
      path: INIT_WORKFLOW,
      text: initWorkflowText({ plan: planPath, policy: policyFlag, version: VERSION }),
      mode: "create",
    },
  ];
}

/** The repository folder's name, as a plan name may be written. */
function defaultName(root: string): string {
  const name = basename(root)
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
  return name === "" ? "my-llm-feature" : name;
}

function unknownModel(unknown: { model: string; reason: string }, overrides: EstimateOverrides): Diagnostic {
  const flag =
    overrides.llm !== undefined && unknown.model === `${overrides.llm.provider}/${overrides.llm.model}`
      ? "--llm"
      : overrides.embedding !== undefined &&
          unknown.model === `${overrides.embedding.provider}/${overrides.embedding.model}`
        ? "--embedding"
        : "policy estimate";
  return {
    kind: "unknown-model",
    message: `unknown model ${unknown.model}: ${unknown.reason}, and tunegate ships no price for it`,
    location: { file: flag, line: 1, column: 1 },
    field: "",
    hint:
      flag === "--embedding"
        ? "give --embedding-usd-per-mtok, or name a model the price data knows"
        : "give --llm-usd-per-mtok, or name a model the price data knows",
  };
}

/** The repository's pinned prices already there, when they read as a table. */
function repositoryTable(text: string | undefined): PriceTable | undefined {
  const table = text === undefined ? undefined : loadPriceTable(REPO_PRICING, text);
  return table?.ok === true ? table.value : undefined;
}
