import { isAbsolute, resolve } from "node:path";
import { loadPriceTable, type PriceTable } from "../engine/cost/price-table.ts";
import { decide } from "../engine/decide.ts";
import { parseEvalResult, type EvalResult } from "../engine/evals/tunegate-format.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { resolveRepoPath } from "../engine/input/repo-path.ts";
import type { YamlSource } from "../engine/input/yaml-source.ts";
import { loadPolicy, type EffectivePolicy } from "../engine/policy/load.ts";
import { loadPlan } from "../engine/plan/load.ts";
import { buildReport, type Report } from "../engine/report/model.ts";
import { displayPath, MAX_CONFIG_BYTES, MAX_EVAL_BYTES, readFailure, readPackageFile, readRepoFile, type ReadResult } from "./files.ts";

export const SHIPPED_POLICY = "policies/default.yml";

/** Reads repository files: the working tree, or the tree at another commit. */
export type RepoReader = (repoRelative: string, maxBytes: number) => Promise<ReadResult>;

export function workingTree(root: string): RepoReader {
  return (path, maxBytes) => readRepoFile(root, path, maxBytes);
}

export interface CheckRequest {
  /** Repository root: every path the user gives must stay inside it. */
  root: string;
  /** Where repository files come from; the working tree unless the caller reads another commit. */
  read?: RepoReader;
  /** Plan path, relative to the root (or absolute inside it). */
  plan: string;
  /** Repository policy layered over the shipped one, relative to the root. */
  policy: string | undefined;
  today: string;
}

export type CheckOutcome = { ok: true; report: Report; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

const nowhere = (file: string) => ({ file, line: 1, column: 1 });

/** Reads everything a plan needs, then hands the texts to the pure core. */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const read = request.read ?? workingTree(request.root);
  const planPath = repoRelative(request.root, request.plan);
  const policy = await readPolicy(request.root, request.policy, read);
  if (!policy.ok) return policy;

  const planText = await read(planPath, MAX_CONFIG_BYTES);
  if (!planText.ok) return { ok: false, diagnostics: [readFailure(planText, nowhere(planPath), "")] };
  const loaded = loadPlan(planPath, planText.text);
  if (!loaded.ok) return loaded;

  const prices = await readPrices(request.root, policy.value, read);
  if (!prices.ok) return prices;

  const evals = loaded.value.plan.evals;
  const candidate = await readEval(read, planPath, loaded.value.source, "candidate", evals?.candidate);
  const baseline = await readEval(read, planPath, loaded.value.source, "baseline", evals?.baseline);
  const evalProblems = [candidate, baseline].flatMap((r) => (r.ok ? [] : r.diagnostics));
  if (evalProblems.length > 0) return { ok: false, diagnostics: evalProblems };

  const decision = decide({
    loaded: loaded.value,
    policy: policy.value,
    prices: prices.value,
    candidate: candidate.ok ? candidate.value : undefined,
    baseline: baseline.ok ? baseline.value : undefined,
    today: request.today,
  });
  if (!decision.ok) return decision;
  return { ok: true, report: buildReport(decision.value, loaded.value.source), source: loaded.value.source };
}

export async function readPolicy(root: string, repoPolicy: string | undefined, read: RepoReader = workingTree(root)): Promise<{ ok: true; value: EffectivePolicy } | { ok: false; diagnostics: Diagnostic[] }> {
  const shipped = await readPackageFile(SHIPPED_POLICY);
  if (!shipped.ok) return { ok: false, diagnostics: [readFailure(shipped, nowhere(SHIPPED_POLICY), "")] };
  const layers = [{ file: SHIPPED_POLICY, text: shipped.text }];
  if (repoPolicy !== undefined) {
    const path = repoRelative(root, repoPolicy);
    const text = await read(path, MAX_CONFIG_BYTES);
    if (!text.ok) return { ok: false, diagnostics: [readFailure(text, nowhere(path), "")] };
    layers.push({ file: path, text: text.text });
  }
  return loadPolicy(layers);
}

/** The shipped policy's price table lives in tunegate's package; a repository's, in the repository. */
export async function readPrices(root: string, policy: EffectivePolicy, read: RepoReader = workingTree(root)): Promise<{ ok: true; value: PriceTable } | { ok: false; diagnostics: Diagnostic[] }> {
  const file = policy.policy.pricing.file;
  const fromShipped = (policy.provenance.get("pricing.file") ?? SHIPPED_POLICY) === SHIPPED_POLICY;
  const text = fromShipped ? await readPackageFile(file) : await read(file, MAX_CONFIG_BYTES);
  if (!text.ok) return { ok: false, diagnostics: [readFailure(text, nowhere(policy.provenance.get("pricing.file") ?? SHIPPED_POLICY), "pricing.file")] };
  return loadPriceTable(file, text.text);
}

async function readEval(
  read: RepoReader,
  planPath: string,
  source: YamlSource,
  role: "candidate" | "baseline",
  written: string | undefined,
): Promise<{ ok: true; value: EvalResult | undefined } | { ok: false; diagnostics: Diagnostic[] }> {
  if (written === undefined) return { ok: true, value: undefined };
  const where = source.locate(["evals", role]);
  const field = `evals.${role}`;
  const resolved = resolveRepoPath(planPath, written);
  if (!resolved.ok) return { ok: false, diagnostics: [{ kind: "path-escape", message: `path "${written}" ${resolved.reason}`, location: where, field }] };
  const text = await read(resolved.path, MAX_EVAL_BYTES);
  if (!text.ok) return { ok: false, diagnostics: [readFailure(text, where, field)] };
  const parsed = parseEvalResult(resolved.path, text.text);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

function repoRelative(root: string, path: string): string {
  return isAbsolute(path) ? displayPath(root, path) : displayPath(root, resolve(root, path));
}
