import { MAX_JSON_NESTING, nestsDeeperThan } from "../../input/json-nesting.ts";
import type { Benchmark, Provenance } from "../model.ts";
import { fnv1aHex } from "../../input/fnv1a.ts";
import { identityKey } from "../identity-key.ts";
import { MAX_NAMES_PER_FILE, nameTooLong, tooManyNames } from "../name-cap.ts";
import { unique } from "../identity.ts";
import {
  benchmark,
  isObject,
  p95,
  type DocumentFormat,
  type EvalProblem,
  type FileContribution,
  type Json,
  type LineReader,
  type LinesFormat,
} from "../reading.ts";

/** promptfoo's ResultFailureReason: 0 none, 1 an assertion failed, 2 the provider errored. */
const FAILURE_REASON_ERROR = 2;

interface Row {
  /** Identifies the test across files: testIdx, or the vars for shapes without it. */
  test: string;
  prompt: string;
  providerId: string;
  providerLabel: string | null;
  plugin: string | null;
  errored: boolean;
  success: number;
  score: number | null;
  /** Product latency: null for red-team rounds, errors and cached responses. */
  latencyMs: number | null;
}

/**
 * promptfoo results in every shape it writes: `eval -o out.json` (V3 and V2 wrapped in an
 * OutputFile, the 2023 V1 without one), the Node API's summary (`{version, results[], stats}`)
 * and `-o out.jsonl` rows. Aggregates are derived from the rows (the file's own `metrics.score`
 * is a sum, not a mean); repeats are averaged per test; provider errors are a third state,
 * counted and never scored.
 */
export const promptfooDocument: DocumentFormat = {
  kind: "document",
  name: "promptfoo",
  detect(data) {
    if (typeof data["evalId"] === "string" && isObject(data["results"])) return true;
    if (isObject(data["results"]) && (data["results"] as Json)["version"] === 2) return true;
    // V1 files and the Node API's summary: no wrapper, the rows at the top.
    return (
      (data["version"] === 1 || data["version"] === 2 || data["version"] === 3) &&
      Array.isArray(data["results"]) &&
      ("table" in data || "stats" in data)
    );
  },
  read(file, data) {
    const wrapped = isObject(data["results"]);
    const summary = wrapped ? (data["results"] as Json) : data;
    const raw = Array.isArray(summary["results"]) ? (summary["results"] as unknown[]) : [];
    const config = isObject(data["config"]) ? (data["config"] as Json) : {};
    const metadata = isObject(data["metadata"]) ? (data["metadata"] as Json) : {};
    const rowsPath: Array<string | number> = wrapped ? ["results", "results"] : ["results"];
    const rows: Row[] = [];
    const problems: EvalProblem[] = [];
    raw.forEach((r, index) => {
      if (!isObject(r)) return;
      const parsed = rowOf(r, [...rowsPath, index]);
      const problem = "message" in parsed ? parsed : longRowName(parsed, undefined, [...rowsPath, index]);
      if (problem !== null) problems.push(problem);
      else if (!("message" in parsed)) rows.push(parsed);
    });
    if (problems.length > 0) return { ok: false, problems };
    // The suite is named after the config's description, or the file when it has none. A
    // description is prose a user wrote: one too long to be a name (a pasted paragraph) names
    // the suite by the file too, rather than making the file unreadable under the name cap.
    const written = config["description"];
    const description =
      typeof written === "string" && written !== "" && slug(written).length <= MAX_SUITE_CHARS
        ? written
        : (file.split("/").at(-1) ?? file).replace(/\.json$/, "");
    const version = typeof metadata["promptfooVersion"] === "string" ? (metadata["promptfooVersion"] as string) : null;
    const run = typeof data["evalId"] === "string" ? (data["evalId"] as string) : null;
    return { ok: true, contribution: contributionOf(file, slug(description), rows, version, run) };
  },
};

/**
 * A row's provider id or label, or its red-team plugin, past the name cap: checked before any of
 * them keys a map (a file of 3,000 providers with 20,000-character ids took 89 s).
 */
function longRowName(row: Row, line: number | undefined, at: Array<string | number>): EvalProblem | null {
  return (
    nameTooLong("the provider id", row.providerId, line, [...at, "provider", "id"]) ??
    nameTooLong("the provider label", row.providerLabel ?? "", line, [...at, "provider", "label"]) ??
    nameTooLong("the red-team plugin", row.plugin ?? "", line, [...at, "metadata", "pluginId"])
  );
}

/** The longest suite name a description gives: room left under the name cap for @provider#prompt. */
const MAX_SUITE_CHARS = 512;

/** `promptfoo eval -o out.jsonl`: one result row per line, no config, no stats. */
export const promptfooRows = {
  kind: "lines",
  name: "promptfoo",
  detect: (first) => "evalId" in first && "testIdx" in first,
  // `maxNames` is lowered only by tests, to show the cap cheaply.
  start(file: string, maxNames = MAX_NAMES_PER_FILE): LineReader {
    const rows: Row[] = [];
    // Every row's prompt, provider and plugin as one string each: JSON.parse makes a copy per
    // row, and a million rows of one 2 KB prompt template held 2 GB of copies.
    const shared = new Map<string, string>();
    const distinct = { prompt: new Set<string>(), provider: new Set<string>(), plugin: new Set<string>() };
    const intern = (text: string) => {
      const earlier = shared.get(text);
      if (earlier !== undefined) return earlier;
      shared.set(text, text);
      return text;
    };
    return {
      add(value, line) {
        // Rows are walked (their vars stringified): none may nest deeper than real output.
        if (nestsDeeperThan(value))
          return {
            path: [],
            line,
            message: `the row nests more than ${MAX_JSON_NESTING} levels deep; no promptfoo output does`,
          };
        const parsed = rowOf(value, []);
        if ("message" in parsed) return { ...parsed, line };
        const long = longRowName(parsed, line, []);
        if (long !== null) return long;
        // Each prompt, provider and plugin is a suite of its own: a file may name only so many.
        for (const [what, text, seen] of [
          ["prompts", parsed.prompt, distinct.prompt],
          ["providers", parsed.providerId, distinct.provider],
          ["plugins", parsed.plugin, distinct.plugin],
        ] as const) {
          if (text === null || seen.has(text)) continue;
          if (seen.size >= maxNames) return tooManyNames(what, maxNames, line, [what.slice(0, -1)]);
          seen.add(text);
        }
        rows.push({
          ...parsed,
          prompt: intern(parsed.prompt),
          providerId: intern(parsed.providerId),
          providerLabel: parsed.providerLabel === null ? null : intern(parsed.providerLabel),
          plugin: parsed.plugin === null ? null : intern(parsed.plugin),
        });
        return null;
      },
      finish: () => ({
        ok: true,
        contribution: contributionOf(file, slug((file.split("/").at(-1) ?? file).replace(/\.jsonl$/, "")), rows, null),
      }),
    };
  },
} satisfies LinesFormat;

function rowOf(r: Json, path: Array<string | number>): Row | EvalProblem {
  const prompt = isObject(r["prompt"]) ? (r["prompt"] as Json) : {};
  const provider = isObject(r["provider"]) ? (r["provider"] as Json) : {};
  const providerId = isObject(r["provider"])
    ? String(provider["id"] ?? "")
    : typeof r["provider"] === "string"
      ? (r["provider"] as string)
      : "";
  const providerLabel =
    typeof provider["label"] === "string" && provider["label"] !== "" ? (provider["label"] as string) : null;
  const response = isObject(r["response"]) ? (r["response"] as Json) : {};
  const metadata = isObject(r["metadata"]) ? (r["metadata"] as Json) : {};
  const plugin = typeof metadata["pluginId"] === "string" ? (metadata["pluginId"] as string) : null;
  // `error` is not the sign: promptfoo also writes an assertion's failure reason there
  // ("Latency 5794ms is greater than threshold 3000ms", failureReason 1). failureReason says it
  // when the file has it; older shapes only carry the provider's own response.error.
  const errored =
    typeof r["failureReason"] === "number"
      ? r["failureReason"] === FAILURE_REASON_ERROR
      : typeof response["error"] === "string" && response["error"] !== "";
  const score = typeof r["score"] === "number" && Number.isFinite(r["score"]) ? (r["score"] as number) : null;
  if (!errored && score !== null && (score < 0 || score > 1)) {
    return {
      path: [...path, "score"],
      message: `score ${score} is outside promptfoo's range [0, 1] (a weighted mean of assertion scores): data that cannot be true`,
    };
  }
  const cached = response["cached"] === true;
  const latency =
    typeof r["latencyMs"] === "number" && Number.isFinite(r["latencyMs"]) ? (r["latencyMs"] as number) : null;
  // A negative time would pull the p95 under any requirement.
  if (latency !== null && latency < 0)
    return {
      path: [...path, "latencyMs"],
      message: `latencyMs ${latency} is negative: data that cannot be true`,
      hint: "check that the file is the tool's own output, unedited",
    };
  return {
    // The index alone would pair two different tests that happen to sit at the same position:
    // the test's vars go into its identity, so a row pairs only with a row that ran the same test.
    test:
      typeof r["testIdx"] === "number"
        ? `t${r["testIdx"]}:${fnv1aHex(JSON.stringify(r["vars"] ?? null))}`
        : // Long vars (a RAG context) are kept as a length and a hash, never whole per row.
          identityKey(`v${JSON.stringify(r["vars"] ?? null)}`),
    // A prompt longer than a plan can name is named by its position: kept as a length and a hash.
    prompt: identityKey(String(prompt["label"] ?? prompt["display"] ?? prompt["raw"] ?? "")),
    providerId,
    providerLabel,
    plugin,
    errored,
    success: r["success"] === true ? 1 : 0,
    score,
    // Red-team rows time attacker and grader rounds, errors time nothing, and a cached response
    // took no time at all: none of them says how fast the product answers.
    latencyMs: plugin === null && !errored && !cached ? latency : null,
  };
}

function contributionOf(
  file: string,
  suite: string,
  rows: readonly Row[],
  toolVersion: string | null,
  run: string | null = null,
): FileContribution {
  // Rows grouped in one pass: filtering all rows once per provider, prompt and plugin took time
  // that grew with their product (30,000 rows of as many prompts: 7 s).
  const byProvider = new Map<string, Row[]>();
  for (const r of rows) {
    const mine = byProvider.get(r.providerId);
    if (mine === undefined) byProvider.set(r.providerId, [r]);
    else mine.push(r);
  }
  const providers = [...byProvider.keys()].sort();
  const labelOf = new Map(rows.filter((r) => r.providerLabel !== null).map((r) => [r.providerId, r.providerLabel!]));
  const promptIndex = new Map<string, number>();
  for (const r of rows)
    if (r.plugin === null && !promptIndex.has(r.prompt)) promptIndex.set(r.prompt, promptIndex.size);
  const prompts = [...promptIndex.keys()];
  const model = providers.length === 1 ? (labelOf.get(providers[0]!) ?? providers[0]!) : null;
  const identity =
    providers.length === 1
      ? { names: unique([providers[0], labelOf.get(providers[0]!)]), adapter: null, revision: null }
      : null;
  const provenance: Provenance = {
    format: "promptfoo",
    file,
    model,
    modelArgs: null,
    identity,
    version: null,
    limit: null,
    nShot: null,
    digest: null,
    ...(run === null ? {} : { run: `promptfoo:${run}` }),
  };
  const names = (provider: string, prompt: string | null) => {
    const promptPart = prompt === null || prompts.length <= 1 ? "" : `#${promptName(prompt, promptIndex)}`;
    if (providers.length <= 1) return { name: `${suite}${promptPart}`, aliases: [] };
    const label = labelOf.get(provider);
    return {
      name: `${suite}@${provider}${promptPart}`,
      aliases: label === undefined || label === provider ? [] : [`${suite}@${label}${promptPart}`],
    };
  };
  const benchmarks: Benchmark[] = [];
  for (const provider of providers) {
    // Each provider's rows are that provider's model: its id and label are their identity.
    const ownProvenance: Provenance = {
      ...provenance,
      identity: { names: unique([provider, labelOf.get(provider)]), adapter: null, revision: null },
    };
    const mine = byProvider.get(provider)!;
    const byPlugin = new Map<string, Row[]>();
    const byPrompt = new Map<string, Row[]>();
    for (const r of mine) {
      const into = r.plugin === null ? byPrompt : byPlugin;
      const key = r.plugin ?? r.prompt;
      const list = into.get(key);
      if (list === undefined) into.set(key, [r]);
      else list.push(r);
    }
    const suffix = providers.length > 1 ? `@${provider}` : "";
    const label = labelOf.get(provider);
    const aliasSuffix = providers.length > 1 && label !== undefined && label !== provider ? `@${label}` : null;
    const plugins = [...byPlugin.keys()].sort();
    const redTeam = (name: string, selected: readonly Row[]) =>
      build({
        name: `${name}${suffix}`,
        aliases: aliasSuffix === null ? [] : [`${name}${aliasSuffix}`],
        metric: "resisted",
        rows: selected,
        value: (r) => r.success,
        provenance: ownProvenance,
        key: (r) => `${r.test}|${r.prompt}`,
      });
    for (const plugin of plugins) benchmarks.push(redTeam(plugin, byPlugin.get(plugin)!));
    if (plugins.length > 0)
      benchmarks.push(
        redTeam(
          "redteam",
          mine.filter((r) => r.plugin !== null),
        ),
      );
    for (const prompt of prompts) {
      const plain = byPrompt.get(prompt);
      if (plain === undefined) continue;
      const named = names(provider, prompt);
      benchmarks.push(...scored(named.name, named.aliases, plain, ownProvenance, (r) => r.test, false));
    }
  }
  const plain = rows.filter((r) => r.plugin === null);
  if (plain.length > 0 && (providers.length > 1 || prompts.length > 1)) {
    benchmarks.push(...scored(suite, [], plain, provenance, (r) => `${r.test}|${r.prompt}|${r.providerId}`, true));
  }
  const latencies = rows.map((r) => r.latencyMs).filter((l): l is number => l !== null);
  const scoredRows = rows.filter((r) => !r.errored).length;
  return {
    file,
    format: "promptfoo",
    toolVersion,
    model,
    benchmarks,
    latencyP95Ms: p95(latencies),
    ...(latencies.length === 0 ? {} : { latencyRowsMs: latencies }),
    categories: null,
    incomplete: null,
    noScores:
      rows.length === 0
        ? "the file has no result rows"
        : scoredRows === 0
          ? `all ${rows.length} rows errored (provider errors): nothing was scored`
          : null,
    // Each row once: a red-team row is in its plugin's suite and in `redteam`.
    examples: scoredRows,
  };
}

/** A prompt's name in a benchmark: its label when short enough to write in a plan, else its position. */
function promptName(prompt: string, position: ReadonlyMap<string, number>): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.:/ -]{0,59}$/.test(prompt) ? prompt : `prompt-${position.get(prompt)! + 1}`;
}

function scored(
  name: string,
  aliases: string[],
  rows: readonly Row[],
  provenance: Provenance,
  key: (r: Row) => string,
  pooled: boolean,
): Benchmark[] {
  const out = [build({ name, aliases, metric: "pass_rate", rows, value: (r) => r.success, provenance, key, pooled })];
  const live = rows.filter((r) => !r.errored);
  if (live.length > 0 && live.every((r) => r.score !== null))
    out.push(build({ name, aliases, metric: "score", rows, value: (r) => r.score!, provenance, key, pooled }));
  return out;
}

interface BuildInput {
  name: string;
  aliases: string[];
  metric: string;
  rows: readonly Row[];
  value: (r: Row) => number;
  provenance: Provenance;
  key: (r: Row) => string;
  pooled?: boolean;
}

/** Means per test (repeats averaged), errored rows counted apart and never scored. */
function build(input: BuildInput): Benchmark {
  const sums = new Map<string, { total: number; count: number }>();
  let errored = 0;
  for (const row of input.rows) {
    if (row.errored) {
      errored++;
      continue;
    }
    const key = input.key(row);
    const entry = sums.get(key) ?? { total: 0, count: 0 };
    entry.total += input.value(row);
    entry.count++;
    sums.set(key, entry);
  }
  const scores = new Map([...sums.entries()].map(([k, v]) => [k, v.total / v.count]));
  const values = [...scores.values()];
  const mean = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  return benchmark({
    name: input.name,
    aliases: input.aliases,
    metric: input.metric,
    value: mean,
    n: values.length,
    binary: values.length > 0 && values.every((v) => v === 0 || v === 1),
    errored,
    pooled: input.pooled ?? false,
    examples: { kind: "keyed", scores },
    provenance: input.provenance,
  });
}

function slug(text: string): string {
  return (
    text
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "promptfoo"
  );
}
