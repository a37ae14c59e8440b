import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/engine/output/parts/markdown.ts";
import { renderText } from "../../src/engine/output/parts/text.ts";
import { runPlan } from "../../src/shell/action/plan-run.ts";
import type { PullRequestInfo } from "../../src/shell/github/run-context.ts";
import { memoryWorkspace, repositoryOf } from "../github/run-action.ts";
import { runCli } from "../helpers/cli.ts";

/**
 * `.tunegate/waivers.yml` beside the plan, on two-commit histories (in memory, through the Action's repository port): its waivers count as the plan's,
 * under the same base-branch rule (added or extended in the pull request: pending; removed: at once).
 */
const plan = (extra = "") => `version: 1
name: support-bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, latency_p95_ms: 2000, monthly_queries: 100000 }
cost:
  llm: { input_tokens: 900, output_tokens: 250, input_usd_per_mtok: 0.25, output_usd_per_mtok: 2 }
  vector_db: { monthly_usd: 70 }
budget: { monthly_usd: 400 }
evals:
  candidate: evals/candidate.json
  safety: [xstest, harmbench]
  task_floor: 0.85
${extra}`;
const counted = (rate: number) => ({ passed: Math.round(rate * 2000), n: 2000 });
const EVALS = JSON.stringify({
  model: "m",
  safety: { xstest: counted(0.99), harmbench: counted(0.5) },
  task: { qa: counted(0.9) },
  latency_ms: Array.from({ length: 60 }, () => 1200),
});
const waivers = (
  expires: string,
) => `# yaml-language-server: $schema=../node_modules/tunegate/schemas/waivers.schema.json
version: 1
waivers:
  - { gate: safety, reason: vendor fix due, owner: alice, expires: ${expires} }
`;
const FILES = { "tunegate.yml": plan(), "evals/candidate.json": EVALS };

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

async function judge(base: Record<string, string>, head: Record<string, string | null>, planFile = "tunegate.yml") {
  const ws = memoryWorkspace(base, head);
  roots.push(ws.root);
  const pullRequest = {
    number: 2,
    baseSha: ws.baseSha,
    headSha: ws.headSha,
    baseRef: "main",
    isFork: false,
    updatedAt: "2026-12-06T00:00:00Z",
  } as unknown as PullRequestInfo;
  const run = await runPlan(planFile, {
    root: ws.root,
    repository: repositoryOf(ws.root),
    policy: undefined,
    pricing: undefined,
    today: "2026-12-06",
    pullRequest,
    baseAvailable: true,
  });
  if (!run.ok) throw new Error(JSON.stringify(run.diagnostics));
  const safety = run.report.gates.find((g) => g.id === "safety")!;
  return {
    root: ws.root,
    report: run.report,
    safety,
    loosened: run.report.rules.loosened.map((r) => `${r.file ?? r.where} ${r.rule}: ${r.base} -> ${r.head}`),
  };
}

describe(".tunegate/waivers.yml is read beside the plan, under the base branch's rules", () => {
  it("a waiver the base already had waives, and the file is listed with its sha256 in what was read", async () => {
    const { report, safety, loosened, root } = await judge(
      { ...FILES, ".tunegate/waivers.yml": waivers("2026-12-20") },
      {},
    );
    expect(safety.outcome).toBe("waived");
    expect(loosened).toEqual([]);
    const sha256 = createHash("sha256")
      .update(readFileSync(join(root, ".tunegate/waivers.yml")))
      .digest("hex");
    expect(report.rules.waivers_file).toEqual({ file: ".tunegate/waivers.yml", sha256 });
    expect(renderMarkdown(report)).toContain(`- sha256 of \`.tunegate/waivers.yml\` (waivers): \`${sha256}\``);
    expect(renderText(report)).toContain(`Waivers read\n  .tunegate/waivers.yml: sha256 ${sha256}`);
  });
  it("a waiver in the file is named and located in the file, not at its place among the plan's", async () => {
    const planWaiver = "waivers:\n  - { gate: latency, reason: cache warming, owner: bob, expires: 2026-12-20 }\n";
    const { safety, report } = await judge(
      { ...FILES, "tunegate.yml": plan(planWaiver), ".tunegate/waivers.yml": waivers("2026-12-01") },
      {},
    );
    expect(safety.outcome).toBe("fail");
    expect(safety.fix).toBe("renew .tunegate/waivers.yml waivers[0] with a new expiry, or fix the gate");
    expect(safety.field).toBe("waivers[0].expires");
    expect(safety.location).toEqual({ file: ".tunegate/waivers.yml", line: 4, column: 68 });
    const latency = report.gates.find((g) => g.id === "latency")!;
    expect(latency.location.file).toBe("tunegate.yml");
    expect(latency.fix ?? "").not.toContain(".tunegate/waivers.yml");
    // The plan as applied (and its digest) does not depend on which file a waiver was written in.
    expect(JSON.stringify(report)).not.toContain("waiverOrigin");
  });
  it("a waiver added to it in the pull request is pending, and the rules section names the file it is in", async () => {
    const { safety, loosened, report } = await judge(FILES, { ".tunegate/waivers.yml": waivers("2026-12-20") });
    expect(safety.outcome).toBe("fail");
    expect(loosened).toEqual([".tunegate/waivers.yml waivers.safety: none -> waived until 2026-12-20"]);
    expect(report.rules.loosened[0]).toMatchObject({ where: "plan", file: ".tunegate/waivers.yml" });
    expect(renderMarkdown(report)).toContain("| .tunegate/waivers.yml `waivers.safety` |");
    expect(renderText(report)).toContain(
      "loosened .tunegate/waivers.yml waivers.safety: none -> waived until 2026-12-20",
    );
    // One written in the plan is still named by the plan.
    const inPlan = await judge(FILES, {
      "tunegate.yml": plan("waivers:\n  - { gate: safety, reason: r, owner: o, expires: 2026-12-20 }\n"),
    });
    expect(inPlan.loosened).toEqual(["plan waivers.safety: none -> waived until 2026-12-20"]);
  });
  it("a waiver extended in it in the pull request keeps the base's expiry", async () => {
    const { safety, loosened } = await judge(
      { ...FILES, ".tunegate/waivers.yml": waivers("2026-12-20") },
      { ".tunegate/waivers.yml": waivers("2026-12-30") },
    );
    expect(safety.outcome).toBe("waived");
    expect(safety.waiver?.expires).toBe("2026-12-20");
    expect(loosened).toEqual([
      ".tunegate/waivers.yml waivers.safety: waived until 2026-12-20 -> waived until 2026-12-30",
    ]);
  });
  it("a waiver removed from it applies at once, and so does one moved into the plan unchanged", async () => {
    const removed = await judge(
      { ...FILES, ".tunegate/waivers.yml": waivers("2026-12-20") },
      { ".tunegate/waivers.yml": null },
    );
    expect(removed.safety.outcome).toBe("fail");
    expect(removed.loosened).toEqual([]);
    expect(removed.report.rules.waivers_file).toBeUndefined();
    const moved = await judge(
      { ...FILES, ".tunegate/waivers.yml": waivers("2026-12-20") },
      {
        ".tunegate/waivers.yml": null,
        "tunegate.yml": plan(
          "waivers:\n  - { gate: safety, reason: vendor fix due, owner: alice, expires: 2026-12-20 }\n",
        ),
      },
    );
    expect(moved.safety.outcome).toBe("waived");
    expect(moved.loosened).toEqual([]);
  });
  it("is read in the plan's own folder, not the repository root's", async () => {
    const { safety } = await judge(
      {
        "bots/support/tunegate.yml": plan().replace("evals/candidate.json", "../../evals/candidate.json"),
        "evals/candidate.json": EVALS,
        "bots/support/.tunegate/waivers.yml": waivers("2026-12-20"),
      },
      {},
      "bots/support/tunegate.yml",
    );
    expect(safety.outcome).toBe("waived");
    const root = await judge(
      {
        "bots/support/tunegate.yml": plan().replace("evals/candidate.json", "../../evals/candidate.json"),
        "evals/candidate.json": EVALS,
        ".tunegate/waivers.yml": waivers("2026-12-20"),
      },
      {},
      "bots/support/tunegate.yml",
    );
    expect(root.safety.outcome).toBe("fail");
  });
});

describe("a waivers file that does not load stops the check (exit 2), located", () => {
  async function check(files: Record<string, string>) {
    const ws = memoryWorkspace(files, {});
    roots.push(ws.root);
    return runCli(["check"], ws.root, "2026-12-06");
  }
  it("names file, line, column and field of a bad entry", async () => {
    const { code, stdout, stderr } = await check({
      ...FILES,
      ".tunegate/waivers.yml": waivers("2026-12-20").replace("gate: safety", "gate: safty"),
    });
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/^\.tunegate\/waivers\.yml:4:13: error \[waivers\[0\]\.gate\]: /m);
  });
  it("refuses an unknown key and a missing version", async () => {
    const { code, stderr } = await check({ ...FILES, ".tunegate/waivers.yml": "waivers: []\nwaiver: []\n" });
    expect(code).toBe(2);
    expect(stderr).toContain(".tunegate/waivers.yml:2:1: error [waiver]");
    expect(stderr).toMatch(/\.tunegate\/waivers\.yml:1:1: error \[version\]/);
  });
  it("refuses a second waiver for a gate the plan already waives: a gate takes one waiver", async () => {
    const { code, stderr } = await check({
      ...FILES,
      "tunegate.yml": plan("waivers:\n  - { gate: safety, reason: r, owner: bob, expires: 2026-12-10 }\n"),
      ".tunegate/waivers.yml": waivers("2026-12-20"),
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      '.tunegate/waivers.yml:4:13: error [waivers[0].gate]: a second waiver for gate "safety" (the first is waivers[0] of tunegate.yml); a gate takes one waiver',
    );
  });
  it("a YAML syntax error is located too", async () => {
    const { code, stderr } = await check({ ...FILES, ".tunegate/waivers.yml": "version: 1\nwaivers: [\n" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\.tunegate\/waivers\.yml:\d+:\d+: error/m);
  });
});

describe("the attestation names the waivers file by digest", () => {
  it("in the predicate beside the plan's and policy's", async () => {
    const ws = memoryWorkspace(
      {
        ...FILES,
        "tunegate.yml": plan("models: { artifacts: [{ name: m, digest: 'sha256:" + "a".repeat(64) + "' }] }\n"),
        ".tunegate/waivers.yml": waivers("2026-12-20"),
      },
      {},
    );
    roots.push(ws.root);
    const { code } = await runCli(["check", "--attestation", "statement.json"], ws.root, "2026-12-06");
    expect(code).toBe(0);
    const predicate = JSON.parse(readFileSync(join(ws.root, "statement.json"), "utf8")).predicate;
    const sha256 = createHash("sha256")
      .update(readFileSync(join(ws.root, ".tunegate/waivers.yml")))
      .digest("hex");
    expect(predicate.plans[0].waivers_file).toEqual({ file: ".tunegate/waivers.yml", sha256 });
  });
});
