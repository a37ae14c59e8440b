import { decide } from "../engine/decide.ts";
import { canonicalJson } from "../engine/input/canonical-json.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import type { YamlSource } from "../engine/input/yaml-source.ts";
import { loadPlan } from "../engine/plan/load.ts";
import { buildReport, type Report } from "../engine/output/parts/model.ts";
import { evalPaths } from "../engine/plan/schema.ts";
import { applyBaseRules, type RulesRequest } from "./base-rules.ts";
import { taskFromSamplesFile } from "../engine/evals/formats/lm-eval-samples.ts";
import { readEvalSide } from "./eval-files.ts";
import { MAX_CONFIG_BYTES, readFailure } from "./files.ts";
import { workingTreeFiles, type RepoFiles } from "./repo-files.ts";
import { readPolicy, readPrices, repoRelative, type PolicySpec } from "./repo-settings.ts";
import { withWaiversBeside } from "./waivers-beside.ts";

export interface CheckRequest {
  /** Repository root: every path the user gives must stay inside it. */
  root: string;
  /** Where repository files come from; the working tree unless the caller reads another commit. */
  files?: RepoFiles;
  /** Plan path, relative to the root (or absolute inside it). */
  plan: string;
  /** Repository policy layered over the shipped one: a path relative to the root, or fetched text. */
  policy: PolicySpec;
  /** The repository's pinned prices, when not the policy's or .tunegate/pricing.yml. */
  pricing?: string | undefined;
  today: string;
  /** In a pull request: the base commit whose rules bound the pull request's (see base-rules.ts). */
  rules?: RulesRequest | undefined;
}

export type CheckOutcome = { ok: true; report: Report; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

const nowhere = (file: string) => ({ file, line: 1, column: 1 });

/** Reads everything a plan needs, then hands the texts to the pure core. */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const files = request.files ?? workingTreeFiles(request.root);
  const read = (path: string, max: number) => files.read(path, max);
  const planPath = repoRelative(request.root, request.plan);
  const headPolicy = await readPolicy(request.root, request.policy, read);
  if (!headPolicy.ok) return headPolicy;

  const planText = await read(planPath, MAX_CONFIG_BYTES);
  if (!planText.ok) return { ok: false, diagnostics: [readFailure(planText, nowhere(planPath), "")] };
  const headPlan = loadPlan(planPath, planText.text);
  if (!headPlan.ok) return headPlan;
  const waivers = await withWaiversBeside(read, planPath, headPlan.value.plan);
  if (!waivers.ok) return waivers;
  // Every rule below (prices' file included) is the stricter of the base branch's and the head's.
  const bound = await applyBaseRules(request.rules, request.root, request.policy, planPath, {
    loaded: { ...headPlan.value, plan: waivers.value.plan },
    policy: headPolicy.value,
  });
  const policy = { ok: true as const, value: bound.policy };
  const loaded = { ok: true as const, value: bound.loaded };

  const prices = await readPrices(request.root, policy.value, read, request.pricing, request.today);
  if (!prices.ok) return prices;

  const evals = loaded.value.plan.evals;
  const format = evals?.format ?? "auto";
  const candidate = await readEvalSide(
    files,
    planPath,
    loaded.value.source,
    "candidate",
    evalPaths(evals?.candidate),
    format,
  );
  const baseline = await readEvalSide(
    files,
    planPath,
    loaded.value.source,
    "baseline",
    evalPaths(evals?.baseline),
    format,
  );
  const alternative = await readEvalSide(
    files,
    planPath,
    loaded.value.source,
    "alternative",
    evalPaths(evals?.alternative),
    format,
  );
  const evalProblems = [candidate, baseline, alternative].flatMap((r) => (r.ok ? [] : r.diagnostics));
  if (evalProblems.length > 0) return { ok: false, diagnostics: evalProblems };
  const shared = sharedEvalFiles(candidate, baseline);
  const copies = shared.length > 0 ? [] : await copiedEvalFiles(files, candidate, baseline);
  if (copies.length > 0) {
    return {
      ok: false,
      diagnostics: copies.map(([c, b]) => ({
        kind: "invalid-value",
        message: `${c} and ${b} hold the same bytes: one run's results given as both the candidate's and the baseline's (a copy or a hard link), so the base model would be judged as the customised model`,
        location: loaded.value.source.locate(["evals", "candidate"]),
        field: "evals.candidate",
        hint: "point evals.baseline at the base model's own run: a results file or log records its run (lm-eval's date, promptfoo's evalId, Inspect's eval id), so two runs never write the same one",
      })),
    };
  }
  if (shared.length > 0) {
    return {
      ok: false,
      diagnostics: shared.map((file) => ({
        kind: "invalid-value",
        message: `${file} is both a candidate and a baseline file: the base model's results would be judged as the customised model's`,
        location: loaded.value.source.locate(["evals", "candidate"]),
        field: "evals.candidate",
        hint: "make evals.candidate and evals.baseline name different files (a glob on one side often matches the other's, or a link points at it)",
      })),
    };
  }

  // The evidence a verdict rests on, by digest: every file read, on both sides.
  for (const side of [candidate, baseline]) {
    if (side.ok && side.run !== undefined)
      side.run.sources = await Promise.all(
        side.run.sources.map(async (s) => ({ ...s, sha256: await files.sha256(s.file) })),
      );
  }

  const decision = decide({
    loaded: loaded.value,
    policy: policy.value,
    prices: prices.value,
    candidate: candidate.ok ? candidate.run : undefined,
    baseline: baseline.ok ? baseline.run : undefined,
    alternative: alternative.ok ? alternative.run : undefined,
    today: request.today,
    rules: {
      ...bound.rules,
      ...(await appliedDigests(bound.loaded.plan, bound.policy.policy)),
      ...(waivers.value.file === undefined
        ? {}
        : { waivers_file: { file: waivers.value.file, sha256: await files.sha256(waivers.value.file) } }),
    },
  });
  if (!decision.ok) return decision;
  return { ok: true, report: buildReport(decision.value, loaded.value.source), source: loaded.value.source };
}

/** sha256 of the plan and the policy as applied, for attestations; node:crypto loads on first use. */
async function appliedDigests(plan: unknown, policy: unknown): Promise<{ plan_sha256: string; policy_sha256: string }> {
  const { createHash } = await import("node:crypto");
  const digest = (value: unknown) => createHash("sha256").update(canonicalJson(value)).digest("hex");
  return { plan_sha256: digest(plan), policy_sha256: digest(policy) };
}

/**
 * Files read on both sides, by their real paths: a glob such as `evals/*.json` for the candidate
 * also matched baseline.json (which sorts first), so forgetting compared the base model with itself.
 */
function sharedEvalFiles(
  candidate: Awaited<ReturnType<typeof readEvalSide>>,
  baseline: Awaited<ReturnType<typeof readEvalSide>>,
): string[] {
  if (!candidate.ok || !baseline.ok) return [];
  const base = new Set(baseline.realFiles);
  return candidate.realFiles.filter((file) => base.has(file));
}

/**
 * Candidate and baseline files with the same content (a copy or hard link has no second real
 * path): the base model's results judged against themselves pass every comparison as "identical".
 * Only files that record their run are judged so: lm-eval's per-sample files hold no timestamp,
 * and two genuine reruns of a deterministic model write them byte for byte the same; their
 * results files (stamped with the run's date) tell the runs apart. Only files with equal
 * fingerprints are compared, up to their first difference.
 */
async function copiedEvalFiles(
  files: RepoFiles,
  candidate: Awaited<ReturnType<typeof readEvalSide>>,
  baseline: Awaited<ReturnType<typeof readEvalSide>>,
): Promise<Array<[string, string]>> {
  if (!candidate.ok || !baseline.ok) return [];
  // Bucketed by fingerprint (size and first chunk), so thousands of files are not compared
  // pairwise; only a pair that agrees on it is read to the end.
  const byFingerprint = new Map<string, string[]>();
  const recordsItsRun = (file: string) => taskFromSamplesFile(file) === null;
  for (const file of baseline.realFiles.filter(recordsItsRun)) {
    const fingerprint = await files.fingerprint(file);
    if (fingerprint === null) continue;
    const bucket = byFingerprint.get(fingerprint);
    if (bucket === undefined) byFingerprint.set(fingerprint, [file]);
    else bucket.push(file);
  }
  const copies: Array<[string, string]> = [];
  for (const file of candidate.realFiles.filter(recordsItsRun)) {
    const fingerprint = await files.fingerprint(file);
    for (const other of fingerprint === null ? [] : (byFingerprint.get(fingerprint) ?? []))
      if (await files.sameContent(file, other)) copies.push([file, other]);
  }
  return copies;
}
