import type { Benchmark, Provenance } from "./model.ts";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

interface Row {
  key: string;
  group: string;
  plugin: string | null;
  success: number;
  score: number | null;
  latencyMs: number | null;
}

/**
 * promptfoo `eval -o out.json` in its V3, V2 and V1 shapes. Aggregates are derived from the
 * per-test rows (the file's own `metrics.score` is a sum, not a mean); repeats are averaged per
 * test first. Red-team rows (with a pluginId) become one safety benchmark per plugin, where
 * `success` means the target resisted.
 */
export function readPromptfoo(file: string, data: Json): { benchmarks: Benchmark[]; latencyP95Ms: number | null; model: string | null } {
  const wrapper = isObject(data["results"]) ? (data["results"] as Json) : data;
  const raw = Array.isArray(wrapper["results"]) ? (wrapper["results"] as unknown[]) : [];
  const config = isObject(data["config"]) ? (data["config"] as Json) : {};
  const suite = typeof config["description"] === "string" && config["description"] !== "" ? slug(config["description"] as string) : slug((file.split("/").at(-1) ?? file).replace(/\.json$/, ""));
  const rows: Row[] = raw.filter(isObject).map((r) => {
    const prompt = isObject(r["prompt"]) ? (r["prompt"] as Json) : {};
    const provider = isObject(r["provider"]) ? String((r["provider"] as Json)["id"] ?? "") : typeof r["provider"] === "string" ? (r["provider"] as string) : "";
    const promptKey = String(prompt["label"] ?? prompt["display"] ?? prompt["raw"] ?? "");
    const testKey = typeof r["testIdx"] === "number" ? `t${r["testIdx"]}` : `v${JSON.stringify(r["vars"] ?? null)}`;
    const metadata = isObject(r["metadata"]) ? (r["metadata"] as Json) : {};
    return {
      key: `${testKey}|${promptKey}`,
      group: provider,
      plugin: typeof metadata["pluginId"] === "string" ? (metadata["pluginId"] as string) : null,
      success: r["success"] === true ? 1 : 0,
      score: typeof r["score"] === "number" && Number.isFinite(r["score"]) ? (r["score"] as number) : null,
      latencyMs: typeof r["latencyMs"] === "number" ? (r["latencyMs"] as number) : null,
    };
  });
  const providers = [...new Set(rows.map((r) => r.group))].sort();
  const provenance: Provenance = { format: "promptfoo", file, model: providers.length === 1 ? providers[0]! : null, version: null, limit: null, nShot: null, digest: null };
  const benchmarks: Benchmark[] = [];
  for (const provider of providers) {
    const mine = rows.filter((r) => r.group === provider);
    const suffix = providers.length > 1 ? `@${provider}` : "";
    const plugins = [...new Set(mine.map((r) => r.plugin).filter((p): p is string => p !== null))].sort();
    for (const plugin of plugins) benchmarks.push(build(`${plugin}${suffix}`, "resisted", mine.filter((r) => r.plugin === plugin), (r) => r.success, provenance));
    const plain = mine.filter((r) => r.plugin === null);
    if (plugins.length > 0) benchmarks.push(build(`redteam${suffix}`, "resisted", mine, (r) => r.success, provenance));
    if (plain.length > 0) {
      benchmarks.push(build(`${suite}${suffix}`, "pass_rate", plain, (r) => r.success, provenance));
      if (plain.every((r) => r.score !== null)) benchmarks.push(build(`${suite}${suffix}`, "score", plain, (r) => r.score!, provenance));
    }
  }
  const latencies = rows.map((r) => r.latencyMs).filter((l): l is number => l !== null).sort((a, b) => a - b);
  return { benchmarks, latencyP95Ms: latencies.length === 0 ? null : latencies[Math.min(latencies.length - 1, Math.ceil(0.95 * latencies.length) - 1)]!, model: provenance.model };
}

function build(name: string, metric: string, rows: readonly Row[], value: (r: Row) => number, provenance: Provenance): Benchmark {
  const sums = new Map<string, { total: number; count: number }>();
  for (const row of rows) {
    const entry = sums.get(row.key) ?? { total: 0, count: 0 };
    entry.total += value(row);
    entry.count++;
    sums.set(row.key, entry);
  }
  const scores = new Map([...sums.entries()].map(([k, v]) => [k, v.total / v.count]));
  const values = [...scores.values()];
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    name,
    metric,
    value: mean,
    stderr: null,
    n: values.length,
    higherIsBetter: true,
    binary: values.every((v) => v === 0 || v === 1),
    examples: { kind: "keyed", scores },
    provenance,
  };
}

function slug(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "promptfoo";
}
