// Two builds of tunegate side by side: `node bench/compare.ts OTHER_CHECKOUT [rounds]` runs the
// other checkout's dist/ and this one's in turn, bare node before each, for `check`, the Action
// and `audit`, and prints the median times and ratios of both. Alternating the two builds round by
// round keeps a change in machine load from landing on one of them only, which two separate
// `npm run bench` runs do not; use it to measure what a change bought.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pushRunnerEnv } from "./runner-env.ts";
import { BARE_NODE, median, quantile, timeOnce, type TimedRun } from "./stats.ts";

const [other, roundsText] = process.argv.slice(2);
if (other === undefined) {
  console.error("usage: node bench/compare.ts OTHER_CHECKOUT [rounds]  (both checkouts built)");
  process.exit(2);
}
const rounds = Number(roundsText ?? 21);
const checkouts = { other: resolve(other), this: process.cwd() };
const scratch = mkdtempSync(join(tmpdir(), "tunegate-compare-"));

function auditRoot(): string {
  const root = join(scratch, "audit");
  for (let i = 0; i < 50; i++) {
    mkdirSync(join(root, `plans/p${i}`), { recursive: true });
    writeFileSync(
      join(root, `plans/p${i}/tunegate.yml`),
      `version: 1\nname: plan-${i}\napproach: rag\nuse_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: ${(i + 1) * 10000} }\ncost:\n  llm: { provider: openai, model: gpt-4o-mini, input_tokens: 500, output_tokens: 200 }\n  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }\n  vector_db: { monthly_usd: 70 }\nbudget: { monthly_usd: 400 }\n`,
    );
  }
  return root;
}

const audit = auditRoot();
const runs: Record<string, (checkout: string) => TimedRun> = {
  check: (c) => ({
    args: [
      join(c, "dist/cli/index.js"),
      "check",
      "--plan",
      "examples/support-bot/tunegate.yml",
      "--today",
      "2026-11-28",
    ],
    exitCodes: [0],
  }),
  action: (c) => ({
    args: [join(c, "dist/index.js")],
    env: pushRunnerEnv(scratch, process.cwd(), "examples/support-bot/tunegate.yml"),
    exitCodes: [0],
  }),
  audit: (c) => ({
    args: [
      join(c, "dist/cli/index.js"),
      "audit",
      "--plan",
      "plans/*/tunegate.yml",
      "--current",
      "bundled",
      "--today",
      "2026-11-28",
    ],
    cwd: audit,
    exitCodes: [0, 1],
  }),
};

try {
  for (const [name, run] of Object.entries(runs)) {
    const ms: Record<keyof typeof checkouts, number[]> = { other: [], this: [] };
    const ratio: Record<keyof typeof checkouts, number[]> = { other: [], this: [] };
    for (let round = 0; round <= rounds; round++) {
      for (const side of ["other", "this"] as const) {
        const bare = timeOnce(BARE_NODE, "bare node");
        const tool = timeOnce(run(checkouts[side]), `${name} (${side})`);
        // Round 0 warms the compile caches and the file cache; it is not counted.
        if (round === 0) continue;
        ms[side].push(tool);
        ratio[side].push(tool / bare);
      }
    }
    const line = (side: keyof typeof checkouts) =>
      `${median(ms[side]).toFixed(1)} ms (${median(ratio[side]).toFixed(2)}x bare node)`;
    // The change is taken round by round (this build over the other, run back to back), so its
    // spread says whether the difference stands out from the machine's noise.
    const perRound = ms.this.map((t, i) => (t / ms.other[i]! - 1) * 100);
    const percent = (p: number) => `${p >= 0 ? "+" : ""}${p.toFixed(0)}%`;
    console.log(
      `${name.padEnd(6)}  ${checkouts.other}: ${line("other")}  ${checkouts.this}: ${line("this")}  (${percent(median(perRound))}, middle half ${percent(quantile(perRound, 0.25))} to ${percent(quantile(perRound, 0.75))}, over ${rounds} rounds)`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
