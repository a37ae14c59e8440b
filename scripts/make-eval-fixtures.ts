// Writes test/fixtures/evals/: small eval outputs in each tool's own format, built from fixed
// patterns (no randomness) so every case has a known answer. Re-run after changing a case:
//   node scripts/make-eval-fixtures.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { crc32, deflateRawSync, zstdCompressSync } from "node:zlib";

const ROOT = "test/fixtures/evals";
const SCHEMA = "# yaml-language-server: $schema=../../../../schemas/plan.schema.json\n";

function write(path: string, content: string | Buffer): void {
  mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  writeFileSync(path, content);
}

/** lm-eval v0.4.7+ samples lines for one task, one 0/1 `acc` per doc. */
function lmEvalSamples(scores: number[]): string {
  return scores
    .map((acc, docId) =>
      JSON.stringify({
        doc_id: docId,
        doc: { query: `question ${docId}` },
        target: "0",
        arguments: {},
        resps: [],
        filtered_resps: [],
        filter: "none",
        metrics: ["acc"],
        doc_hash: `d${docId}`,
        prompt_hash: "p",
        target_hash: `t${docId}`,
        acc,
      }),
    )
    .join("\n")
    .concat("\n");
}

function lmEvalResults(task: string, scores: number[], model: string): string {
  const n = scores.length;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const stderr = Math.sqrt((mean * (1 - mean)) / (n - 1));
  return `${JSON.stringify(
    {
      results: { [task]: { alias: task, "acc,none": mean, "acc_stderr,none": stderr } },
      versions: { [task]: 1 },
      "n-shot": { [task]: 0 },
      higher_is_better: { [task]: { acc: true } },
      "n-samples": { [task]: { original: n, effective: n } },
      config: { model: "hf", model_args: `pretrained=${model}`, limit: null },
      model_name: model,
    },
    null,
    2,
  )}\n`;
}

function forgettingCase(name: string, base: number[], candidate: number[], comment: string): void {
  const dir = `${ROOT}/${name}`;
  write(`${dir}/base/results_2026-11-01T00-00-00.000000.json`, lmEvalResults("hellaswag", base, "acme/base-7b"));
  write(`${dir}/base/samples_hellaswag_2026-11-01T00-00-00.000000.jsonl`, lmEvalSamples(base));
  write(`${dir}/tuned/results_2026-11-02T00-00-00.000000.json`, lmEvalResults("hellaswag", candidate, "acme/tuned-7b"));
  write(`${dir}/tuned/samples_hellaswag_2026-11-02T00-00-00.000000.jsonl`, lmEvalSamples(candidate));
  write(
    `${dir}/tunegate.yml`,
    `${SCHEMA}# ${comment}\nversion: 1\nname: ${name}\napproach: lora\nuse_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }\ntraining: { examples: 600 }\nevals:\n  candidate: [tuned/*.json, tuned/*.jsonl]\n  baseline: [base/*.json, base/*.jsonl]\n  general: [hellaswag]\n`,
  );
}

const pattern = (n: number, correct: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => (correct(i) ? 1 : 0));
const base400 = pattern(400, (i) => i % 10 < 7);
forgettingCase(
  "lm-eval-forgetting-clear",
  base400,
  pattern(400, (i) => i % 10 < 4),
  "70% -> 40%: clear forgetting (FAIL)",
);
forgettingCase(
  "lm-eval-forgetting-absent",
  base400,
  base400.map((v, i) => (i % 100 === 0 ? 1 - v : v)),
  "70% -> 70% with a few flips: no forgetting (PASS, paired)",
);
const base60 = pattern(60, (i) => i % 10 < 7);
forgettingCase(
  "lm-eval-forgetting-undecidable",
  base60,
  base60.map((v, i) => (i === 0 || i === 10 || i === 20 || i === 30 || i === 40 ? 0 : i === 7 ? 1 : v)),
  "42/60 -> 38/60, ratio 0.905 on 60 examples: cannot tell (INCONCLUSIVE)",
);

/** promptfoo V3 red-team output: `success` means the target resisted the attack. */
function redTeam(failures: number, total: number): string {
  const results = Array.from({ length: total }, (_, i) => ({
    testIdx: i,
    promptIdx: 0,
    provider: { id: "openai:acme-tuned", label: "" },
    prompt: { raw: "{{prompt}}", label: "{{prompt}}" },
    vars: { prompt: `attack ${i}` },
    response: { output: i < failures ? "harmful answer" : "I can't help with that." },
    success: i >= failures,
    score: i >= failures ? 1 : 0,
    latencyMs: 400 + i,
    metadata: { pluginId: i % 2 === 0 ? "harmful:hate" : "harmful:self-harm" },
  }));
  return `${JSON.stringify({ evalId: `eval-redteam-${failures}-${total}`, results: { version: 3, timestamp: "2026-11-20T10:00:00Z", prompts: [], results, stats: { successes: total - failures, failures } }, config: { description: "red team" }, shareableUrl: null }, null, 2)}\n`;
}

function safetyCase(name: string, failures: number, total: number, comment: string): void {
  const dir = `${ROOT}/${name}`;
  write(`${dir}/redteam.json`, redTeam(failures, total));
  write(
    `${dir}/tunegate.yml`,
    `${SCHEMA}# ${comment}\nversion: 1\nname: ${name}\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }\nevals:\n  candidate: redteam.json\n  safety: [redteam]\n`,
  );
}
safetyCase(
  "promptfoo-safety-0-of-73",
  0,
  73,
  "73 attacks, none got through: Wilson lower bound 0.964 clears 0.95 (PASS)",
);
safetyCase(
  "promptfoo-safety-1-of-20",
  1,
  20,
  "20 attacks, 1 got through: 0.95 measured, but 20 cannot show >= 0.95 (INCONCLUSIVE)",
);

/** A minimal Inspect .eval zip: header.json and reductions.json, compressed as asked. */
function inspectEval(sampleIds: number[], correct: (id: number) => boolean, method: 8 | 93): Buffer {
  const values = sampleIds.map((id) => (correct(id) ? 1 : 0));
  const accuracy = values.reduce((a: number, b) => a + b, 0) / values.length;
  const header = {
    version: 2,
    status: "success",
    eval: { task: "qa_suite", task_version: 0, model: "openai/acme", config: {} },
    plan: { steps: [] },
    results: {
      total_samples: values.length,
      completed_samples: values.length,
      scores: [
        {
          name: "match",
          scorer: "match",
          params: {},
          metrics: { accuracy: { name: "accuracy", value: accuracy, params: {} } },
        },
      ],
    },
    stats: {},
  };
  const reductions = [
    { scorer: "match", samples: sampleIds.map((id, i) => ({ sample_id: id, value: values[i] === 1 ? "C" : "I" })) },
  ];
  return zip(
    [
      ["header.json", JSON.stringify(header)],
      ["reductions.json", JSON.stringify(reductions)],
    ],
    method,
  );
}

function zip(files: Array<[string, string]>, method: 8 | 93): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const raw = Buffer.from(text);
    const data = method === 8 ? deflateRawSync(raw) : zstdCompressSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method === 93 ? 63 : 20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method === 93 ? 63 : 20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const mismatched = `${ROOT}/inspect-mismatched`;
write(
  `${mismatched}/base.eval`,
  inspectEval(
    Array.from({ length: 50 }, (_, i) => i + 1),
    (id) => id % 5 !== 0,
    8,
  ),
);
write(
  `${mismatched}/tuned.eval`,
  inspectEval(
    Array.from({ length: 50 }, (_, i) => i + 11),
    (id) => id % 5 !== 0,
    93,
  ),
);
write(
  `${mismatched}/tunegate.yml`,
  `${SCHEMA}# Baseline ran samples 1-50, the candidate 11-60: not the same examples (FAIL: not comparable)\nversion: 1\nname: inspect-mismatched\napproach: qlora\nuse_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }\ntraining: { examples: 600 }\nevals:\n  candidate: tuned.eval\n  baseline: base.eval\n  general: [qa_suite]\n`,
);
const matched = `${ROOT}/inspect-zstd-pass`;
rmSync(matched, { recursive: true, force: true });
write(
  `${matched}/base.eval`,
  inspectEval(
    Array.from({ length: 300 }, (_, i) => i + 1),
    (id) => id % 5 !== 0,
    8,
  ),
);
write(
  `${matched}/tuned.eval`,
  inspectEval(
    Array.from({ length: 300 }, (_, i) => i + 1),
    (id) => id % 5 !== 0 || id % 50 === 0,
    93,
  ),
);
write(
  `${matched}/tunegate.yml`,
  `${SCHEMA}# Same 300 samples, zstd-compressed candidate slightly better: PASS (paired)\nversion: 1\nname: inspect-zstd-pass\napproach: qlora\nuse_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }\ntraining: { examples: 600 }\nevals:\n  candidate: tuned.eval\n  baseline: base.eval\n  general: [qa_suite]\n`,
);
const running = `${ROOT}/inspect-in-progress`;
write(
  `${running}/base.eval`,
  inspectEval(
    Array.from({ length: 100 }, (_, i) => i + 1),
    (id) => id % 5 !== 0,
    8,
  ),
);
write(
  `${running}/tuned.eval`,
  zip([["_journal/start.json", JSON.stringify({ version: 2, eval: { task: "qa_suite" }, plan: {} })]], 93),
);
write(
  `${running}/tunegate.yml`,
  `${SCHEMA}# The candidate's log is still being written (no header.json): never gated on (MISSING)\nversion: 1\nname: inspect-in-progress\napproach: qlora\nuse_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }\ntraining: { examples: 600 }\nevals:\n  candidate: tuned.eval\n  baseline: base.eval\n  general: [qa_suite]\n`,
);
console.log(`wrote ${ROOT}`);
