import type { Benchmark, Provenance } from "./model.ts";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
const asNumber = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** lm-eval's `results_<ts>.json` (v0.4 `metric,filter` keys, and the v0.3 bare keys). */
export function readLmEvalResults(file: string, data: Json): Benchmark[] {
  const results = isObject(data["results"]) ? data["results"] : {};
  const versions = isObject(data["versions"]) ? data["versions"] : {};
  const nShot = isObject(data["n-shot"]) ? data["n-shot"] : {};
  const nSamples = isObject(data["n-samples"]) ? data["n-samples"] : {};
  const higher = isObject(data["higher_is_better"]) ? data["higher_is_better"] : {};
  const config = isObject(data["config"]) ? data["config"] : {};
  const model = typeof data["model_name"] === "string" ? data["model_name"] : typeof config["model_args"] === "string" ? config["model_args"] : null;
  const limit = asNumber(config["limit"]);
  const out: Benchmark[] = [];
  for (const [task, row] of Object.entries(results)) {
    // Group rows (mmlu) repeat in `results` and `groups`; they stay selectable by name, and since
    // the plan names each benchmark it gates on, nothing sums them with their subtasks.
    if (!isObject(row)) continue;
    const samples = isObject(nSamples[task]) ? (nSamples[task] as Json) : {};
    const n = asNumber(samples["effective"]) ?? asNumber(row["sample_len"]) ?? asNumber(row["sample_count"]);
    const provenance: Provenance = {
      format: "lm-eval",
      file,
      model,
      version: versions[task] === undefined ? null : String(versions[task]),
      limit: samples["effective"] !== undefined && samples["original"] !== undefined && samples["effective"] !== samples["original"] ? asNumber(samples["effective"]) : limit,
      nShot: nShot[task] === undefined ? null : String(nShot[task]),
      // task_hashes may cover prompts too, which legitimately differ between a base and an
      // instruct model; only the samples' doc and target hashes decide comparability.
      digest: null,
    };
    for (const [key, value] of Object.entries(row)) {
      const score = asNumber(value);
      if (score === null || key.includes("_stderr") || key === "sample_len" || key === "sample_count") continue;
      const [metricName] = key.split(",") as [string];
      const filter = key.includes(",") ? key.slice(key.indexOf(",") + 1) : null;
      const stderrKey = filter === null ? `${metricName}_stderr` : `${metricName}_stderr,${filter}`;
      const taskHigher = isObject(higher[task]) ? (higher[task] as Json)[metricName] : undefined;
      out.push({
        name: task,
        metric: filter === null ? metricName : `${metricName},${filter}`,
        value: score,
        stderr: asNumber(row[stderrKey]),
        n,
        higherIsBetter: taskHigher !== false && !/perplexity|bits_per_byte|word_perplexity/.test(metricName),
        binary: /^(acc|acc_norm|exact_match|mcc_binary)$/.test(metricName),
        examples: null,
        provenance,
      });
    }
  }
  return out;
}

/** `samples_<task>_<timestamp>.jsonl` names its task; the lines do not. */
export function taskFromSamplesFile(file: string): string | null {
  const base = file.split("/").at(-1) ?? file;
  const match = /^samples_(.+)_\d{4}-\d{2}-\d{2}T[\d.-]+\.jsonl$/.exec(base);
  return match === null ? null : match[1]!;
}

const SAMPLE_FIELDS = new Set(["doc_id", "doc", "target", "arguments", "resps", "filtered_resps", "filter", "metrics", "doc_hash", "prompt_hash", "target_hash"]);

/**
 * Streams lm-eval per-sample lines into dense per-(filter, metric) score arrays and an
 * order-independent digest of the documents, so memory is a few bytes per example.
 */
export class LmEvalSamples {
  private readonly series = new Map<string, { scores: Float32Array; count: number }>();
  private readonly occurrences = new Map<number, number>();
  private digestA = 0;
  private digestB = 0;
  private hashed = 0;
  lines = 0;
  readonly file: string;
  readonly task: string;

  constructor(file: string, task: string) {
    this.file = file;
    this.task = task;
  }

  add(line: Json): void {
    this.lines++;
    const docId = line["doc_id"];
    if (typeof docId !== "number" || !Number.isInteger(docId) || docId < 0) return;
    // Before v0.4.7 a multi-filter task repeats each doc_id once per filter, unlabelled, in filter order.
    let filter = typeof line["filter"] === "string" ? (line["filter"] as string) : null;
    if (filter === null) {
      const seen = this.occurrences.get(docId) ?? 0;
      this.occurrences.set(docId, seen + 1);
      filter = seen === 0 ? "none" : `#${seen}`;
    }
    const named = Array.isArray(line["metrics"]) ? (line["metrics"] as unknown[]).filter((m): m is string => typeof m === "string") : Object.keys(line).filter((k) => !SAMPLE_FIELDS.has(k));
    for (const metric of named) {
      const value = line[metric];
      const score = typeof value === "boolean" ? Number(value) : asNumber(value);
      if (score === null) continue; // corpus-level metrics keep [gold, pred] lists: not per-example scores
      this.store(`${metric},${filter}`, docId, score);
    }
    if (typeof line["doc_hash"] === "string") {
      const h = fnv1a(`${docId}:${line["doc_hash"]}:${typeof line["target_hash"] === "string" ? line["target_hash"] : ""}`);
      this.digestA = (this.digestA + h) >>> 0;
      this.digestB = (this.digestB ^ Math.imul(h, 0x9e3779b1)) >>> 0;
      this.hashed++;
    }
  }

  private store(key: string, docId: number, score: number): void {
    let s = this.series.get(key);
    if (s === undefined) this.series.set(key, (s = { scores: new Float32Array(Math.max(16, docId + 1)).fill(Number.NaN), count: 0 }));
    if (docId >= s.scores.length) {
      const grown = new Float32Array(Math.max(docId + 1, Math.ceil(s.scores.length * 1.5))).fill(Number.NaN);
      grown.set(s.scores);
      s.scores = grown;
    }
    if (Number.isNaN(s.scores[docId]!)) s.count++;
    s.scores[docId] = score;
  }

  benchmarks(model: string | null): Benchmark[] {
    const digest = this.hashed === 0 ? null : `docs:${this.hashed}:${this.digestA.toString(16)}:${this.digestB.toString(16)}`;
    return [...this.series.entries()].map(([metric, s]) => {
      let sum = 0;
      let binary = true;
      for (let i = 0; i < s.scores.length; i++) {
        const v = s.scores[i]!;
        if (Number.isNaN(v)) continue;
        sum += v;
        if (v !== 0 && v !== 1) binary = false;
      }
      const mean = s.count === 0 ? 0 : sum / s.count;
      let m2 = 0;
      for (let i = 0; i < s.scores.length; i++) if (!Number.isNaN(s.scores[i]!)) m2 += (s.scores[i]! - mean) ** 2;
      return {
        name: this.task,
        metric,
        value: mean,
        stderr: s.count > 1 ? Math.sqrt(m2 / (s.count - 1) / s.count) : null,
        n: s.count,
        higherIsBetter: !/perplexity|bits_per_byte/.test(metric),
        binary,
        examples: { kind: "dense", scores: s.scores, count: s.count },
        provenance: { format: "lm-eval", file: this.file, model, version: null, limit: null, nShot: null, digest },
      };
    });
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
