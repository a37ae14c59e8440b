// The comment widths record (test/golden/comment-widths.json): the comments a reviewer sees, each laid
// out as GitHub lays it out (scripts/render-comment.ts, headless Chromium) and measured once per
// change of their text, by the build. test/render-width.test.ts renders the same comments in
// process, checks that the record was measured from exactly these texts (sha-256 each), and
// holds the measures to the comment's width. Chromium starts only when a comment's text changed,
// not on every test run (it cost about as much CPU as the rest of a test file's worth of runs).
//   node scripts/comment-widths.ts --if-stale   (the build: measures where Chromium is)
//   node scripts/comment-widths.ts              (measures and writes the record)
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/shell/cli/main.ts";
import { chromiumAvailable, type CommentMeasure, measureComments } from "./render-comment.ts";

export const WIDTH_RECORD = "test/golden/comment-widths.json";

/** The day every measured comment is judged on, so the texts (and their hashes) do not move. */
const TODAY = "2026-11-24";

const INIT_ANSWERS = [
  "--knowledge-changes",
  "weekly",
  "--needs-citations",
  "true",
  "--style-requirements",
  "high",
  "--training-data",
  "200 examples",
  "--latency-requirement",
  "2s",
  "--monthly-queries",
  "100000",
];

/** The control: the old six-column table with a source and an address in its cells overflows. */
export const OVERFLOWING_CONTROL =
  "| Gate | Result | Why | Fix | Measured | Threshold |\n| - | - | - | - | - | - |\n| Approach fit<br><sub>`approach-fit`</sub> | **❌ fail** | M4: no evaluation pipeline: the plan fine-tunes but declares no eval results | declare evals.candidate and evals.baseline (base-model results) so forgetting and safety can be gated | hybrid | framework recommends hybrid (RAG + LoRA)<br><sub>Q1-Q5 and M1-M5, tunegate framework, section 4 (https:\u200b//github.com/tunegate/tunegate/blob/v0.1.0/docs/framework.md#\u200b4-mismatches-when-a-plan-contradicts-the-framework)</sub> |\n";

async function cli(args: string[], cwd: string): Promise<string> {
  let stdout = "";
  await main(args, { out: (t) => void (stdout += t), err: () => {}, cwd, today: TODAY });
  return stdout;
}

/**
 * The comments measured, by name: the first pull request after `init`, the golden comments, and
 * the examples' comments, with the overflowing control last.
 */
export async function commentsToMeasure(root = process.cwd()): Promise<Record<string, string>> {
  const parent = mkdtempSync(join(tmpdir(), "tunegate-widths-"));
  // init names the plan after its folder: a fixed name keeps the comment's text, and its hash, fixed.
  const scratch = join(parent, "my-app");
  mkdirSync(scratch);
  try {
    await cli(["init", ...INIT_ANSWERS], scratch);
    const out: Record<string, string> = {
      "first PR after init": await cli(["check", "--format", "markdown", "--fail-on", "never"], scratch),
    };
    for (const example of ["faq-full-finetune", "support-bot"])
      out[`golden ${example}`] = readFileSync(join(root, `test/golden/${example}.md`), "utf8");
    for (const example of ["brand-voice", "medical-symptom-checker", "code-review-assistant"])
      out[example] = await cli(["check", "--plan", `examples/${example}/tunegate.yml`, "--format", "markdown"], root);
    out["control"] = OVERFLOWING_CONTROL;
    return out;
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

export interface WidthRecord {
  /** The sha-256 of each comment's text, by name: what was measured. */
  sources: Record<string, string>;
  measures: Record<string, CommentMeasure>;
}

export function sourcesOf(comments: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(comments).map(([name, text]) => [name, createHash("sha256").update(text).digest("hex")]),
  );
}

export function readWidthRecord(): WidthRecord | undefined {
  return existsSync(WIDTH_RECORD) ? (JSON.parse(readFileSync(WIDTH_RECORD, "utf8")) as WidthRecord) : undefined;
}

/** Lays every comment out in one Chromium run and writes the record. */
export function writeWidthRecord(comments: Record<string, string>): WidthRecord {
  const names = Object.keys(comments);
  const measured = measureComments(Object.values(comments));
  const record: WidthRecord = {
    sources: sourcesOf(comments),
    measures: Object.fromEntries(names.map((name, i) => [name, measured[i]!])),
  };
  writeFileSync(WIDTH_RECORD, `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

if (import.meta.main) {
  const comments = await commentsToMeasure();
  const stale = JSON.stringify(readWidthRecord()?.sources) !== JSON.stringify(sourcesOf(comments));
  if (process.argv[2] === "--if-stale" && !stale) process.exit(0);
  if (!chromiumAvailable()) {
    console.log(
      `${WIDTH_RECORD} was measured from other comments; install Debian's chromium and run npm run build (or node scripts/comment-widths.ts) to measure them`,
    );
    process.exit(process.argv[2] === "--if-stale" ? 0 : 1);
  }
  writeWidthRecord(comments);
  console.log(`measured ${Object.keys(comments).length} comments into ${WIDTH_RECORD}`);
}
