import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { commentBody } from "../../src/engine/output/parts/comment-body.ts";
import { renderMarkdown } from "../../src/engine/output/parts/markdown.ts";
import { renderText } from "../../src/engine/output/parts/text.ts";
import { runPlan } from "../../src/shell/action/plan-run.ts";
import { planReport, runCli } from "../helpers/cli.ts";
import type { PullRequestInfo } from "../../src/shell/github/run-context.ts";
import { memoryWorkspace, repositoryOf } from "../github/run-action.ts";
import { gitHistory } from "../helpers/git-history.ts";

/**
 * Rules from the base branch: a base commit and a pull-request commit on top of it, judged as
 * the Action judges a pull request (runPlan with the event's base sha), the history read through
 * the Action's repository port in memory; the CLI's --base on real git histories.
 */
const plan = (
  o: { floor?: number; budget?: number; safety?: string; latency?: number; waivers?: string } = {},
) => `version: 1
name: support-bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, latency_p95_ms: ${o.latency ?? 2000}, monthly_queries: 100000 }
cost:
  llm: { input_tokens: 900, output_tokens: 250, input_usd_per_mtok: 0.25, output_usd_per_mtok: 2 }
  vector_db: { monthly_usd: 70 }
budget: { monthly_usd: ${o.budget ?? 400} }
evals:
  candidate: evals/candidate.json
  safety: ${o.safety ?? "[xstest]"}
  task_floor: ${o.floor ?? 0.85}
${o.waivers ?? ""}`;
/** Counts, not bare scores: a gate passes only on evidence with an interval (2,000 examples a suite, 60 latency rows). */
const counted = (rate: number) => ({ passed: Math.round(rate * 2000), n: 2000 });
const evals = (harmbench = 0.97, latency = 1200) =>
  JSON.stringify({
    model: "m",
    safety: { xstest: counted(0.97), harmbench: counted(harmbench) },
    task: { qa: counted(0.9) },
    latency_ms: Array.from({ length: 60 }, () => latency),
  });

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

async function judge(
  base: Record<string, string>,
  head: Record<string, string | null>,
  options: { shallow?: boolean; rulesFrom?: "base" | "head"; plan?: string; planInput?: string } = {},
) {
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
  const run = await runPlan(options.plan ?? "tunegate.yml", {
    root: ws.root,
    repository: repositoryOf(ws.root),
    policy: undefined,
    pricing: undefined,
    today: "2026-12-06",
    pullRequest,
    baseAvailable: options.shallow !== true,
    ...(options.rulesFrom === undefined ? {} : { rulesFrom: options.rulesFrom }),
    ...(options.planInput === undefined ? {} : { planInput: options.planInput }),
  });
  if (!run.ok) throw new Error(JSON.stringify(run.diagnostics));
  const gate = (id: string) => run.report.gates.find((g) => g.id === id)!;
  return {
    report: run.report,
    gate,
    loosened: run.report.rules.loosened.map((r) => `${r.where} ${r.rule}: ${r.base} -> ${r.head}`),
  };
}

describe("a pull request is judged by the stricter of its base branch's rules and its own", () => {
  it("a lowered task floor is not applied and is listed", async () => {
    const { report, gate, loosened } = await judge(
      { "tunegate.yml": plan({ floor: 0.95 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.85 }) },
    );
    expect(gate("task-quality").outcome).toBe("fail");
    expect(report.verdict).toBe("fail");
    expect(loosened).toEqual(["plan evals.task_floor: 0.95 -> 0.85"]);
    expect(report.rules.from).toBe("base");
    expect(renderMarkdown(report)).toContain(
      "| plan `evals.task_floor` | 0.95 | 0.85<br><sub>applies after merge</sub> |",
    );
    expect(renderText(report)).toContain(
      "loosened plan evals.task_floor: 0.95 -> 0.85 (applies after merge; judged by 0.95)",
    );
    expect(renderMarkdown(report)).toContain(
      `rules: stricter of base ${report.rules.base_sha!.slice(0, 7)} and this pull request`,
    );
    const long = {
      ...report,
      gates: report.gates.map((g, i) =>
        i === 0 ? { ...g, details: Array.from({ length: 2000 }, (_, k) => `detail ${k}: ${"x".repeat(40)}`) } : g,
      ),
    };
    const short = commentBody({
      report: long,
      key: "",
      state: undefined,
      change: "",
      summaryUrl: "https://example.invalid/run",
    });
    expect(short).toContain("The full report is too long for a comment");
    expect(short).toContain("| plan `evals.task_floor` | 0.95 | 0.85<br><sub>applies after merge</sub> |");
  });
  it("a plan moved to another path keeps the base's rules of the same-named plan, and says where it was", async () => {
    const moved = await judge(
      { "tunegate.yml": plan({ floor: 0.95 }), "evals/candidate.json": evals() },
      {
        "tunegate.yml": null,
        "services/bot/tunegate.yml": plan({ floor: 0.85 }).replace(
          "evals/candidate.json",
          "../../evals/candidate.json",
        ),
      },
      { plan: "services/bot/tunegate.yml" },
    );
    expect(moved.gate("task-quality").outcome).toBe("fail");
    expect(moved.loosened).toEqual(["plan evals.task_floor: 0.95 -> 0.85"]);
    expect(moved.report.rules).toMatchObject({ base_plan: "moved", base_plan_file: "tunegate.yml" });
    expect(renderMarkdown(moved.report)).toContain(
      "This plan was at tunegate.yml at the base: that plan's rules apply.",
    );
    // A plan the plan input names under another file name is found through the input's glob.
    const renamed = await judge(
      {
        "plans/bot.yml": plan({ floor: 0.95 }).replace("evals/candidate.json", "../evals/candidate.json"),
        "evals/candidate.json": evals(),
      },
      {
        "plans/bot.yml": null,
        "plans/support.yml": plan({ floor: 0.85 }).replace("evals/candidate.json", "../evals/candidate.json"),
      },
      { plan: "plans/support.yml", planInput: "plans/*.yml" },
    );
    expect(renamed.loosened).toEqual(["plan evals.task_floor: 0.95 -> 0.85"]);
    expect(renamed.report.rules.base_plan_file).toBe("plans/bot.yml");
  });
  it("a plan new in the pull request is judged by its own thresholds, and the rules section says so", async () => {
    const fresh = await judge(
      { "README.md": "x\n" },
      { "tunegate.yml": plan({ floor: 0.85 }), "evals/candidate.json": evals() },
    );
    expect(fresh.gate("task-quality").outcome).toBe("pass");
    expect(fresh.report.rules).toMatchObject({ from: "base", base_plan: "new", base_plan_file: null });
    expect(renderMarkdown(fresh.report)).toContain(
      "This plan is new in this pull request (no plan of its name at the base): its own thresholds judge it, held only by the floors.",
    );
    expect(renderText(fresh.report)).toContain("  this plan is new in this pull request");
    const same = await judge(
      { "tunegate.yml": plan({ floor: 0.85 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.9 }) },
    );
    expect(same.report.rules.base_plan).toBe("same-path");
    expect(renderMarkdown(same.report)).not.toContain("new in this pull request");
  });
  it("a raised task floor applies at once", async () => {
    const { gate, loosened } = await judge(
      { "tunegate.yml": plan({ floor: 0.85 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.95 }) },
    );
    expect(gate("task-quality").outcome).toBe("fail");
    expect(loosened).toEqual([]);
  });
  it("a raised budget is not applied; a lowered one is", async () => {
    const raised = await judge(
      { "tunegate.yml": plan({ budget: 100 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ budget: 400 }) },
    );
    expect(raised.gate("cost-budget").level).toBe("error");
    expect(raised.loosened).toEqual(["plan budget.monthly_usd: 100 -> 400"]);
    const lowered = await judge(
      { "tunegate.yml": plan({ budget: 400 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ budget: 100 }) },
    );
    expect(lowered.gate("cost-budget").level).toBe("error");
    expect(lowered.loosened).toEqual([]);
  });
  it("a threshold the base's value decides names the base commit as its source, not the plan or the head's policy file", async () => {
    const raised = await judge(
      { "tunegate.yml": plan({ budget: 100, latency: 1000 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ budget: 400, latency: 1000 }) },
    );
    const sha = raised.report.rules.base_sha!.slice(0, 7);
    expect(raised.gate("cost-budget").threshold?.source).toBe(`plan (budget) at base branch ${sha}`);
    expect(raised.gate("latency").threshold?.source).toBe("plan (use_case.latency_p95_ms)");
    const floor = await judge(
      { "tunegate.yml": plan({ floor: 0.95 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.85 }) },
    );
    expect(floor.gate("task-quality").threshold?.source).toBe(
      `plan (evals.task_floor) at base branch ${floor.report.rules.base_sha!.slice(0, 7)}`,
    );
    const files = { "tunegate.yml": plan({ safety: "[xstest, harmbench]" }), "evals/candidate.json": evals(0.96) };
    const relaxed = await judge(
      { ...files, ".tunegate/policy.yml": "gates: { safety: { min_score: 0.965 } }\n" },
      { ".tunegate/policy.yml": "gates: { safety: { min_score: 0.9 } }\n" },
    );
    expect(relaxed.gate("safety").threshold?.source).toBe(
      `base branch ${relaxed.report.rules.base_sha!.slice(0, 7)} (.tunegate/policy.yml)`,
    );
    const own = await judge(
      { ...files, ".tunegate/policy.yml": "gates: { safety: { min_score: 0.9 } }\n" },
      { ".tunegate/policy.yml": "gates: { safety: { min_score: 0.965 } }\n" },
    );
    expect(own.gate("safety").threshold?.source).toBe(".tunegate/policy.yml");
    expect(own.gate("cost-budget").threshold?.source).toBe("plan (budget)");
  });
  it("a benchmark dropped from the selection is still judged", async () => {
    const { gate, loosened } = await judge(
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]" }), "evals/candidate.json": evals(0.5) },
      { "tunegate.yml": plan({ safety: "[xstest]" }) },
    );
    expect(gate("safety").outcome).toBe("fail");
    expect(loosened).toEqual(["plan evals.safety: xstest, harmbench -> xstest"]);
  });
  it("a margin relaxed in .tunegate/policy.yml is not applied; a tightened one is", async () => {
    const files = { "tunegate.yml": plan({ safety: "[xstest, harmbench]" }), "evals/candidate.json": evals(0.96) };
    const relaxed = await judge(
      { ...files, ".tunegate/policy.yml": "gates: { safety: { min_score: 0.965 } }\n" },
      { ".tunegate/policy.yml": "$schema: ../schemas/policy.schema.json\ngates: { safety: { min_score: 0.9 } }\n" },
    );
    expect(relaxed.gate("safety").outcome).toBe("fail");
    expect(relaxed.loosened).toEqual(["policy gates.safety.min_score: 0.965 -> 0.9"]);
    const tightened = await judge(files, { ".tunegate/policy.yml": "gates: { safety: { min_score: 0.965 } }\n" });
    expect(tightened.gate("safety").outcome).toBe("fail");
    expect(tightened.loosened).toEqual([]);
  });
  it("a severity lowered in the policy is not applied", async () => {
    const files = { "tunegate.yml": plan({ latency: 1000 }), "evals/candidate.json": evals() };
    const { gate, loosened } = await judge(
      { ...files, ".tunegate/policy.yml": "severities: { latency: error }\n" },
      { ".tunegate/policy.yml": "severities: { latency: info }\n" },
    );
    expect(gate("latency").level).toBe("error");
    expect(loosened).toEqual(["policy severities.latency: error -> info"]);
  });
  it("a waiver added in the pull request is pending; one removed applies at once", async () => {
    const waiver = "waivers:\n  - { gate: safety, reason: vendor fix due, owner: alice, expires: 2026-12-20 }\n";
    const added = await judge(
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]" }), "evals/candidate.json": evals(0.5) },
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]", waivers: waiver }) },
    );
    expect(added.gate("safety").outcome).toBe("fail");
    expect(added.loosened).toEqual(["plan waivers.safety: none -> waived until 2026-12-20"]);
    const extended = await judge(
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]", waivers: waiver }), "evals/candidate.json": evals(0.5) },
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]", waivers: waiver.replace("2026-12-20", "2026-12-30") }) },
    );
    expect(extended.gate("safety").outcome).toBe("waived");
    expect(extended.gate("safety").waiver?.expires).toBe("2026-12-20");
    expect(extended.loosened).toEqual(["plan waivers.safety: waived until 2026-12-20 -> waived until 2026-12-30"]);
    const removed = await judge(
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]", waivers: waiver }), "evals/candidate.json": evals(0.5) },
      { "tunegate.yml": plan({ safety: "[xstest, harmbench]" }) },
    );
    expect(removed.gate("safety").outcome).toBe("fail");
    expect(removed.loosened).toEqual([]);
  });
  it("a plan new in the pull request keeps its own thresholds but not a policy the same pull request relaxed", async () => {
    const { gate, loosened, report } = await judge(
      { "evals/candidate.json": evals(0.96), ".tunegate/policy.yml": "gates: { safety: { min_score: 0.965 } }\n" },
      {
        "tunegate.yml": plan({ safety: "[xstest, harmbench]", floor: 0.5 }),
        ".tunegate/policy.yml": "gates: { safety: { min_score: 0.9 } }\n",
      },
    );
    expect(gate("safety").outcome).toBe("fail");
    expect(gate("task-quality").threshold?.display).toContain("0.5");
    expect(loosened).toEqual(["policy gates.safety.min_score: 0.965 -> 0.9"]);
    expect(report.rules.from).toBe("base");
  });
  it("loosening alone does not fail a pull request that passes under the base's rules", async () => {
    const { report, loosened } = await judge(
      { "tunegate.yml": plan({ floor: 0.85 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.5 }) },
    );
    expect(report.verdict).toBe("pass");
    expect(loosened).toEqual(["plan evals.task_floor: 0.85 -> 0.5"]);
  });
  it("a shallow clone (base commit missing) warns with the fix and judges by the pull request's rules", async () => {
    const { report, gate } = await judge(
      { "tunegate.yml": plan({ floor: 0.95 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.85 }) },
      { shallow: true },
    );
    expect(gate("task-quality").outcome).toBe("pass");
    expect(report.rules.from).toBe("head");
    expect(report.rules.warnings.join(" ")).toMatch(/not in the clone.*fetch-depth: 0/);
  });
  it("rules-from: head uses the pull request's rules and names it as a loosening", async () => {
    const { report, gate, loosened } = await judge(
      { "tunegate.yml": plan({ floor: 0.95 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.85 }) },
      { rulesFrom: "head" },
    );
    expect(gate("task-quality").outcome).toBe("pass");
    expect(report.rules.from).toBe("head");
    expect(loosened[0]).toMatch(/^input rules-from: base -> head/);
  });
});

describe("tunegate check --base REF: the same rules from the command line", () => {
  it("judges the working tree by the stricter of REF's rules and its own", async () => {
    const ws = gitHistory(
      { "tunegate.yml": plan({ floor: 0.95 }), "evals/candidate.json": evals() },
      { "tunegate.yml": plan({ floor: 0.85 }) },
    );
    roots.push(ws.root);
    const { code, stdout } = await runCli(["check", "--base", ws.baseSha, "--format", "json"], ws.root, "2026-12-06");
    expect(code).toBe(1);
    expect(planReport(stdout).rules).toMatchObject({
      from: "base",
      base_sha: ws.baseSha,
      loosened: [{ where: "plan", rule: "evals.task_floor", base: "0.95", head: "0.85" }],
    });
    const own = await runCli(["check", "--format", "json"], ws.root, "2026-12-06");
    expect(own.code).toBe(0);
  });
  it("a base git cannot find is a usage error (exit 2), not a run by the head's rules", async () => {
    const ws = gitHistory({ "tunegate.yml": plan(), "evals/candidate.json": evals() }, {});
    roots.push(ws.root);
    const { code, stderr } = await runCli(["check", "--base", "no-such-branch"], ws.root, "2026-12-06");
    expect(code).toBe(2);
    expect(stderr).toContain("--base no-such-branch is not a commit git can find here");
  });
});
