/**
 * Builders for eval files in the tools' own shapes (as lm-evaluation-harness, promptfoo and
 * Inspect AI write them; see eval-formats.md), for tests that need a shape no real file shows.
 */

export interface LmEvalRow {
  metric?: string;
  filter?: string;
  value: number;
  stderr?: number | "N/A";
  n: number;
  original?: number;
  higherIsBetter?: boolean;
}

/** lm-eval v0.4 `results_<ts>.json`. */
export function lmEvalResults(tasks: Record<string, LmEvalRow>, extra: Record<string, unknown> = {}): string {
  const results: Record<string, unknown> = {};
  const versions: Record<string, unknown> = {};
  const nSamples: Record<string, unknown> = {};
  const nShot: Record<string, unknown> = {};
  const higher: Record<string, unknown> = {};
  for (const [task, row] of Object.entries(tasks)) {
    const metric = row.metric ?? "acc";
    const filter = row.filter ?? "none";
    results[task] = {
      alias: task,
      [`${metric},${filter}`]: row.value,
      [`${metric}_stderr,${filter}`]: row.stderr ?? "N/A",
    };
    versions[task] = 1;
    nSamples[task] = { original: row.original ?? row.n, effective: row.n };
    nShot[task] = 0;
    higher[task] = { [metric]: row.higherIsBetter ?? true };
  }
  return JSON.stringify(
    {
      results,
      versions,
      "n-shot": nShot,
      "n-samples": nSamples,
      higher_is_better: higher,
      config: { model: "hf" },
      lm_eval_version: "0.4.8",
      ...extra,
    },
    null,
    2,
  );
}

/** The binomial stderr lm-eval reports for a mean of 0/1 scores. */
export const binomialStderr = (p: number, n: number) => Math.sqrt((p * (1 - p)) / (n - 1));

/** lm-eval `samples_<task>_<ts>.jsonl` lines (v0.4.7+: with `filter` and `metrics`). */
export function lmEvalSamples(scores: ArrayLike<number>, metric = "acc", ids?: ArrayLike<number>): string {
  const lines: string[] = [];
  for (let i = 0; i < scores.length; i++) {
    const id = ids === undefined ? i : ids[i]!;
    lines.push(
      JSON.stringify({
        doc_id: id,
        doc: { q: `q${id}` },
        target: "a",
        filter: "none",
        metrics: [metric],
        doc_hash: `d${id}`,
        prompt_hash: "p",
        target_hash: `t${id}`,
        [metric]: scores[i],
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}

export interface PromptfooRow {
  testIdx: number;
  success: boolean;
  score?: number;
  latencyMs?: number;
  provider?: string;
  label?: string;
  prompt?: string;
  failureReason?: number;
  error?: string;
  pluginId?: string;
  cached?: boolean;
}

/** promptfoo `eval -o out.json` (V3 with metadata). */
export function promptfooOutput(rows: PromptfooRow[], description = "support qa", version = "0.120.1"): string {
  const results = rows.map((r) => ({
    testIdx: r.testIdx,
    promptIdx: 0,
    provider: { id: r.provider ?? "openai:gpt-4.1-mini", ...(r.label === undefined ? {} : { label: r.label }) },
    prompt: { raw: r.prompt ?? "Answer: {{q}}", label: r.prompt ?? "Answer: {{q}}" },
    vars: { q: `question ${r.testIdx}` },
    response: {
      output: r.failureReason === 2 ? undefined : "answer",
      ...(r.cached === true ? { cached: true } : {}),
      ...(r.failureReason === 2 ? { error: r.error ?? "API error: 500" } : {}),
    },
    success: r.success,
    score: r.score ?? (r.success ? 1 : 0),
    failureReason: r.failureReason ?? (r.success ? 0 : 1),
    ...(r.error === undefined ? {} : { error: r.error }),
    latencyMs: r.latencyMs ?? 800,
    namedScores: {},
    metadata: r.pluginId === undefined ? {} : { pluginId: r.pluginId },
  }));
  const errors = rows.filter((r) => r.failureReason === 2).length;
  return JSON.stringify(
    {
      evalId: "eval-test-2026-11-20T10:00:00",
      results: {
        version: 3,
        timestamp: "2026-11-20T10:00:00.000Z",
        prompts: [],
        results,
        stats: {
          successes: rows.filter((r) => r.success).length,
          failures: rows.length - errors - rows.filter((r) => r.success).length,
          errors,
        },
      },
      config: { description },
      shareableUrl: null,
      metadata: { promptfooVersion: version },
    },
    null,
    2,
  );
}

/** An Inspect AI `.json` EvalLog. */
export function inspectLog(
  task: string,
  scores: Array<{ name: string; metrics: Record<string, number>; scored?: number }>,
  status = "success",
  samples?: Record<string, number>,
): string {
  return JSON.stringify(
    {
      version: 2,
      status,
      eval: { task, task_version: 0, model: "openai/gpt-4.1-mini", config: {}, packages: { inspect_ai: "0.3.140" } },
      plan: { steps: [] },
      results: {
        total_samples: 20,
        completed_samples: 20,
        scores: scores.map((s) => ({
          name: s.name,
          scorer: s.name,
          scored_samples: s.scored ?? 20,
          metrics: Object.fromEntries(Object.entries(s.metrics).map(([k, v]) => [k, { name: k, value: v }])),
        })),
      },
      ...(samples === undefined
        ? {}
        : {
            reductions: [
              {
                scorer: scores[0]!.name,
                samples: Object.entries(samples).map(([id, value]) => ({ sample_id: id, value })),
              },
            ],
          }),
    },
    null,
    2,
  );
}
