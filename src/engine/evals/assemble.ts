import { exampleCount, forEachScore, type Benchmark, type EvalRun, type SourceFile } from "./model.ts";
import { metricRange, type FileContribution } from "./reading.ts";
import { nameSkeleton, showNonAscii } from "../input/lookalike.ts";

/** Two files that cannot both stand for one benchmark on one side; `message` says why, naming both. */
export interface Conflict {
  name: string;
  metric: string;
  files: [string, string];
  message: string;
}

export type Assembled = { ok: true; run: EvalRun } | { ok: false; conflicts: Conflict[] };

/**
 * Puts one side's files together: aggregates from results files, with the per-sample files'
 * examples attached to the same benchmark and metric (or standing alone when no results file
 * has it). Two files that both give one benchmark are a conflict, never "the first one wins":
 * a glob that matches an old good run beside a new bad one must not pass on the old one. Nor is
 * a results file combined with a samples file from another run: they must agree (see
 * `disagreement`), or the samples would silently replace what the results file says.
 */
export function assembleRun(contributions: readonly FileContribution[]): Assembled {
  const aggregates = new Map<string, Benchmark>();
  const sampled = new Map<string, Benchmark>();
  const conflicts: Conflict[] = contributions.flatMap(lookalikeNames);
  if (conflicts.length > 0) return { ok: false, conflicts };
  for (const c of contributions) {
    for (const b of c.benchmarks) {
      const key = `${b.name}\u0000${b.metric}`;
      const into = b.examples !== null && b.provenance.format === "lm-eval" ? sampled : aggregates;
      const earlier = into.get(key);
      if (earlier !== undefined) {
        const files: [string, string] = [earlier.provenance.file, b.provenance.file];
        conflicts.push({
          name: b.name,
          metric: b.metric,
          files,
          message: `two files give ${b.name} (${b.metric}): ${files[0]} and ${files[1]}; tunegate will not pick one of them silently`,
        });
        continue;
      }
      into.set(key, b);
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  const benchmarks = [...aggregates.values()];
  for (const [key, withExamples] of sampled) {
    const aggregate = aggregates.get(key);
    if (aggregate === undefined) benchmarks.push(withExamples);
    else if (aggregate.aggregation !== null && aggregate.aggregation !== "mean") {
      // The aggregate is not the mean of the per-sample values (perplexity is exp(-mean(ll))):
      // the samples measure something else, so the aggregate stands alone, judged from its stderr.
      continue;
    } else {
      const differs = disagreement(aggregate, withExamples);
      if (differs !== null) {
        conflicts.push(differs);
        continue;
      }
      const index = benchmarks.indexOf(aggregate);
      benchmarks[index] = {
        ...aggregate,
        examples: withExamples.examples,
        n: aggregate.n ?? withExamples.n,
        provenance: { ...aggregate.provenance, digest: withExamples.provenance.digest },
      };
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  const categories = contributions.map((c) => c.categories).filter((c) => c !== null);
  const latency = contributions.map((c) => c.latencyP95Ms).filter((l): l is number => l !== null);
  const byName = new Map<string, Benchmark[]>();
  for (const b of benchmarks) {
    for (const name of new Set([b.name, ...b.aliases])) {
      const list = byName.get(name) ?? [];
      list.push(b);
      byName.set(name, list);
    }
  }
  return {
    ok: true,
    run: {
      format: contributions[0]?.format ?? "tunegate",
      files: contributions.map((c) => c.file),
      sources: contributions.map(sourceOf),
      model: contributions.map((c) => c.model).find((m) => m !== null) ?? null,
      benchmarks,
      byName,
      latencyP95Ms: latency.length === 0 ? null : Math.max(...latency),
      ...latencyRows(contributions),
      categories:
        categories.length === 0
          ? null
          : {
              general: categories.flatMap((c) => c!.general),
              safety: categories.flatMap((c) => c!.safety),
              task: categories.flatMap((c) => c!.task),
            },
      incomplete: contributions.map((c) => c.incomplete).find((i) => i !== null) ?? null,
      noScores: contributions.flatMap((c) => (c.noScores === null ? [] : [`${c.file}: ${c.noScores}`])),
    },
  };
}

/**
 * Whether a results file's aggregate and a samples file's examples can be one run's: the same
 * number of examples, and, where the aggregate is the mean of the per-example scores (the task
 * config says "mean", or, with no config, a metric bounded to [0, 1]), the same mean up to the
 * rounding of single-precision storage. Null when they agree.
 */
function disagreement(aggregate: Benchmark, sampled: Benchmark): Conflict | null {
  const examples = sampled.examples!;
  const count = exampleCount(examples);
  const files: [string, string] = [aggregate.provenance.file, sampled.provenance.file];
  const conflict = (detail: string): Conflict => ({
    name: aggregate.name,
    metric: aggregate.metric,
    files,
    message: `${files[0]} and ${files[1]} disagree on ${aggregate.name} (${aggregate.metric}): ${detail}; they are not from the same run, and tunegate will not pick one of them silently`,
  });
  if (aggregate.n !== null && aggregate.n !== count)
    return conflict(`the results file counts ${aggregate.n} examples, the samples file has ${count}`);
  const range = metricRange(aggregate.metric);
  const isMean =
    aggregate.aggregation === "mean" ||
    (aggregate.aggregation === null && range !== null && range[0] === 0 && range[1] === 1);
  if (!isMean || count === 0) return null;
  let sum = 0;
  let magnitude = 0;
  forEachScore(examples, (v) => {
    sum += v;
    magnitude += Math.abs(v);
  });
  const mean = sum / count;
  // Scores are kept in single precision (relative error 6e-8 each); the tolerance is far above that.
  const tolerance = 1e-5 * Math.max(1, magnitude / count);
  if (Math.abs(mean - aggregate.value) <= tolerance) return null;
  return conflict(`the results file's mean is ${aggregate.value}, the samples' is ${mean}`);
}

/** A report lists this many names per file; `tunegate evals` lists them all. */
const MAX_NAMES_LISTED = 50;

/** What the report says was read from one file. */
function sourceOf(c: FileContribution): SourceFile {
  const largest = new Map<string, number>();
  for (const b of c.benchmarks)
    if (b.n !== null && !b.pooled && b.partOf === undefined)
      largest.set(b.name, Math.max(largest.get(b.name) ?? 0, b.n));
  const examples = c.examples ?? (largest.size === 0 ? null : [...largest.values()].reduce((a, b) => a + b, 0));
  const errored = new Map<string, number>();
  for (const b of c.benchmarks)
    if (!b.pooled && b.partOf === undefined) errored.set(b.name, Math.max(errored.get(b.name) ?? 0, b.errored));
  const names = [...new Set(c.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, MAX_NAMES_LISTED);
  return {
    file: c.file,
    format: c.format,
    tool_version: c.toolVersion,
    model: c.model,
    examples,
    errored: [...errored.values()].reduce((a, b) => a + b, 0),
    names,
    sha256: null,
  };
}

/** Metric preference when the plan names none: acc_norm, acc, exact match, then the tools' own. */
const PREFERRED = [
  /^acc_norm(,none)?$/,
  /^acc(,none)?$/,
  /^exact_match,/,
  /^exact_match$/,
  /^accuracy$/,
  /^pass_rate$/,
  /^resisted$/,
  /^mean$/,
  /^score$/,
];

/** lm-eval 0.4 names a metric with its filter ("acc,none"); 0.3 and other tools name it alone. */
export function sameMetricKey(metric: string): string {
  return metric.endsWith(",none") ? metric.slice(0, -",none".length) : metric;
}

export type Selection =
  | { ok: true; benchmark: Benchmark }
  /**
   * `absent`: no such name in the files (a typo, or a suite the run skipped); `no-data`: the name
   * is there but nothing was scored (all rows errored, zero examples), or no file holds any score.
   */
  | { ok: false; why: "absent" | "no-data" | "ambiguous" | "no-metric"; reason: string };

/**
 * The benchmark the plan means by `name`, under the metric it asked for (or the preferred one).
 * With a `counterpart` (the other side of a comparison) and no metric asked for, only metrics both
 * sides report are preferred, so the two sides are not judged on different metrics.
 */
export function selectBenchmark(
  run: EvalRun,
  name: string,
  metric: string | undefined,
  pooledAllowed: boolean,
  counterpart?: EvalRun,
): Selection {
  const named = run.byName.get(name) ?? [];
  if (named.length === 0) {
    if (run.benchmarks.length === 0 && run.noScores.length > 0)
      return { ok: false, why: "no-data", reason: `no scores: ${run.noScores.join("; ")}` };
    const available = [...new Set(run.benchmarks.filter((b) => !b.pooled).map((b) => b.name))].slice(0, 12);
    return {
      ok: false,
      why: "absent",
      reason: `"${name}" is not in ${run.files.join(", ")} (it has: ${available.join(", ") || "no benchmarks"})`,
    };
  }
  if (named.some((b) => b.pooled) && !pooledAllowed) {
    const parts = [
      ...new Set(
        run.benchmarks
          .filter(
            (b) =>
              !b.pooled &&
              b.provenance.file === named[0]!.provenance.file &&
              b.name.startsWith(name) &&
              /^[@#]/.test(b.name.slice(name.length)),
          )
          .map((b) => b.name),
      ),
    ];
    return {
      ok: false,
      why: "ambiguous",
      reason: `"${name}" was run with several providers or prompts in ${named[0]!.provenance.file}: name one (${parts.slice(0, 6).join(", ")}) or pool them with evals.pool: [${name}]`,
    };
  }
  let chosen: Benchmark | undefined;
  if (metric !== undefined) {
    chosen =
      named.find((b) => b.metric === metric) ??
      named.find((b) => b.metric === `${metric},none`) ??
      named.find((b) => b.metric.split(",")[0] === metric);
    if (chosen === undefined)
      return {
        ok: false,
        why: "no-metric",
        reason: `"${name}" has no metric "${metric}" (it has: ${named.map((b) => b.metric).join(", ")})`,
      };
  } else {
    const theirs = new Set((counterpart?.byName.get(name) ?? []).map((b) => sameMetricKey(b.metric)));
    const shared = named.filter((b) => theirs.has(sameMetricKey(b.metric)));
    const candidates = shared.length > 0 ? shared : named;
    for (const pattern of PREFERRED) {
      chosen = candidates.find((b) => pattern.test(b.metric));
      if (chosen !== undefined) break;
    }
    chosen ??= candidates[0]!;
  }
  if (chosen.n === 0) {
    const why =
      chosen.errored > 0
        ? `${chosen.errored} of ${chosen.errored} rows errored (provider errors): nothing was scored`
        : "0 examples were scored";
    return { ok: false, why: "no-data", reason: `"${name}" in ${chosen.provenance.file}: ${why}` };
  }
  return { ok: true, benchmark: chosen };
}

/**
 * Names in one file that read the same but are spelled differently ("xѕtest" with a Cyrillic ѕ
 * beside "xstest"): a plan naming one may be judged on a score written to look like the other, so
 * neither is judged. Names and metrics alike, each pair once.
 */
function lookalikeNames(contribution: FileContribution): Conflict[] {
  const bySkeleton = new Map<string, string>();
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  const names = contribution.benchmarks.flatMap((b) => [b.name, ...b.aliases, b.metric]);
  for (const name of names) {
    const skeleton = nameSkeleton(name);
    const earlier = bySkeleton.get(skeleton);
    if (earlier === undefined) bySkeleton.set(skeleton, name);
    // Letter case shows: "QA" beside "qa" is two names a reader tells apart.
    else if (earlier.toLowerCase() !== name.toLowerCase() && !seen.has(`${earlier}\u0000${name}`)) {
      seen.add(`${earlier}\u0000${name}`);
      conflicts.push({
        name,
        metric: "",
        files: [contribution.file, contribution.file],
        message: `${contribution.file} holds two names that look alike, "${showNonAscii(earlier)}" and "${showNonAscii(name)}": tunegate judges neither, since a plan naming one could be reading the other`,
      });
    }
  }
  return conflicts;
}

/** Every file's latency rows pooled and sorted, when each file that gave a latency gave rows. */
function latencyRows(contributions: readonly FileContribution[]): { latencyRowsMs?: Float64Array } {
  const timed = contributions.filter((c) => c.latencyP95Ms !== null);
  if (timed.length === 0 || timed.some((c) => c.latencyRowsMs === undefined)) return {};
  const rows = Float64Array.from(timed.flatMap((c) => [...c.latencyRowsMs!]));
  rows.sort();
  return { latencyRowsMs: rows };
}
