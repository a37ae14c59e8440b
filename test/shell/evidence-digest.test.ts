import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gitRevisionFiles, workingTreeFiles } from "../../src/shell/repo-files.ts";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { gitHistory } from "../helpers/git-history.ts";

const DIR = "../shared/fixtures/eval-formats";
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

describe("the report lists the sha256 of every evidence file it read", () => {
  // The real files live in ../shared, beside the checkout in CI; a lone clone skips this case.
  it.skipIf(!existsSync(DIR))("both sides' files, in the JSON, text and markdown reports", async () => {
    const base = readFileSync(`${DIR}/lm-eval-harness/baseline_gemma-2-2b_results_2025-03-03T20-58-19.132054.json`);
    const it = readFileSync(`${DIR}/lm-eval-harness/candidate_gemma-2-2b-it_results_2025-03-02T04-43-48.956379.json`);
    const root = tempRepo({
      "evals/base.json": base.toString("utf8"),
      "evals/it.json": it.toString("utf8"),
      "tunegate.yml": `version: 1
name: gemma-it
approach: full-fine-tune
use_case: { task: behavior, knowledge_change: static, citations_required: false, monthly_queries: 1000 }
training: { examples: 5000 }
evals: { candidate: evals/it.json, baseline: evals/base.json, general: [sciq], metrics: { sciq: acc_norm } }
`,
    });
    const report = planReport((await runCli(["check", "--format", "json"], root)).stdout);
    expect(report.evals.candidate.map((s: { file: string; sha256: string }) => [s.file, s.sha256])).toEqual([
      ["evals/it.json", sha256(it)],
    ]);
    expect(report.evals.baseline.map((s: { file: string; sha256: string }) => [s.file, s.sha256])).toEqual([
      ["evals/base.json", sha256(base)],
    ]);
    expect((await runCli(["check", "--format", "text"], root)).stdout).toContain(`, sha256 ${sha256(it)}`);
    expect((await runCli(["check", "--format", "markdown"], root)).stdout).toContain(`: \`${sha256(base)}\``);
  });
  it("the working tree and a git revision digest the same bytes alike, streamed", async () => {
    const text = "x".repeat(200_000);
    const ws = gitHistory({ "a.bin": text }, { "a.bin": "changed" });
    roots.push(ws.root);
    expect(await gitRevisionFiles(ws.root, ws.baseSha).sha256("a.bin")).toBe(sha256(text));
    expect(await workingTreeFiles(ws.root).sha256("a.bin")).toBe(sha256("changed"));
    expect(await gitRevisionFiles(ws.root, ws.baseSha).sha256("missing.bin")).toBeNull();
  });

  it("the digest and fingerprint are of the bytes the run read, whole or streamed, not of the file as it is later", async () => {
    const root = tempRepo({ "whole.json": '{"a": 1}', "lines.jsonl": '{"a": 1}\n{"a": 2}\n', "other.jsonl": "x" });
    roots.push(root);
    const files = workingTreeFiles(root);
    const whole = await files.bytes("whole.json", 1024);
    const lines: string[] = [];
    for await (const batch of files.lineBatches("lines.jsonl")) lines.push(...batch);
    expect(whole.ok && lines).toEqual(['{"a": 1}', '{"a": 2}']);
    const fingerprints = [await files.fingerprint("whole.json"), await files.fingerprint("lines.jsonl")];
    // The files change after the run read them: the evidence named is still what was judged.
    writeFileSync(join(root, "whole.json"), '{"a": 0}');
    writeFileSync(join(root, "lines.jsonl"), "{}\n");
    expect(await files.sha256("whole.json")).toBe(sha256('{"a": 1}'));
    expect(await files.sha256("./lines.jsonl")).toBe(sha256('{"a": 1}\n{"a": 2}\n'));
    expect([await files.fingerprint("whole.json"), await files.fingerprint("lines.jsonl")]).toEqual(fingerprints);
    // A file not read whole is still digested from the disk.
    expect(await files.sha256("other.jsonl")).toBe(sha256("x"));
    // Same fingerprint algorithm either way: a fresh reader sees the changed files afresh.
    expect(await workingTreeFiles(root).sha256("whole.json")).toBe(sha256('{"a": 0}'));
  });
});
