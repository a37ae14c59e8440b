// Issue "prices and audit": auditing 50 plans against the full bundled price data, as a whole
// process, against bare `node -e 0` in the same run. Target: at most 4x.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { medianRunMs } from "./stats.ts";

const MODELS = [
  ["openai", "gpt-5"],
  ["openai", "gpt-5-mini"],
  ["openai", "gpt-4o-mini"],
  ["anthropic", "claude-haiku-4-5"],
] as const;

export function benchAudit(runs: number): void {
  const root = mkdtempSync(join(tmpdir(), "tunegate-audit-bench-"));
  try {
    for (let i = 0; i < 50; i++) {
      const [provider, model] = MODELS[i % MODELS.length]!;
      mkdirSync(join(root, `plans/p${i}`), { recursive: true });
      writeFileSync(
        join(root, `plans/p${i}/tunegate.yml`),
        `version: 1\nname: plan-${i}\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: ${(i + 1) * 10000} }\ncost:\n  llm: { provider: ${provider}, model: ${model}, input_tokens: ${500 + i * 20}, output_tokens: 200 }\n  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }\n  vector_db: { monthly_usd: 70 }\nbudget: { monthly_usd: ${200 + i * 40} }\n`,
      );
    }
    const cli = join(process.cwd(), "dist/cli/index.js");
    const bare = medianRunMs(process.execPath, ["-e", "0"], runs);
    const audit = medianRunMs(process.execPath, [cli, "audit", "--plan", join("plans", "*", "tunegate.yml"), "--current", "bundled"], runs, process.env, root);
    console.log(`audit: node -e 0 median ${bare.toFixed(1)} ms; tunegate audit, 50 plans vs the bundled price data, median ${audit.toFixed(1)} ms; ratio ${(audit / bare).toFixed(2)}x (target <= 4x; ${runs} runs each)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
