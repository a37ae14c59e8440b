import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/engine/policy/load.ts";
import { renderMarkdown } from "../../src/engine/output/parts/markdown.ts";
import { applyFloors } from "../../src/engine/rules/floors.ts";
import { SHIPPED_POLICY_DATA, SHIPPED_POLICY_TEXT } from "../../src/shell/shipped-settings.generated.ts";
import { renderText } from "../../src/engine/output/parts/text.ts";
import { runPlan } from "../../src/shell/action/plan-run.ts";
import type { PullRequestInfo } from "../../src/shell/github/run-context.ts";
import type { PolicySpec } from "../../src/shell/repo-settings.ts";
import { memoryWorkspace, repositoryOf } from "../github/run-action.ts";
import { runCli } from "../helpers/cli.ts";

/**
 * Floors, on two-commit histories in memory (a base commit and a pull-request commit): an organisation
 * policy's rules and the shipped policy's marked rules are a minimum the repository's files can
 * only tighten, whether the plan is new in the pull request or not.
 */
const plan = `version: 1
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
`;
const counted = (rate: number) => ({ passed: Math.round(rate * 2000), n: 2000 });
const evals = (harmbench: number) =>
  JSON.stringify({
    model: "m",
    safety: { xstest: counted(0.99), harmbench: counted(harmbench) },
    task: { qa: counted(0.9) },
    latency_ms: Array.from({ length: 60 }, () => 1200),
  });

const ORG_SPEC = "acme/org-policies/tunegate/policy.yml@v1";
const org = (text: string): PolicySpec => ({ file: ORG_SPEC, text });

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

async function judge(
  base: Record<string, string>,
  head: Record<string, string | null>,
  policy: PolicySpec = undefined,
  rulesFrom: "base" | "head" = "base",
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
  const run = await runPlan("tunegate.yml", {
    root: ws.root,
    repository: repositoryOf(ws.root),
    policy,
    pricing: undefined,
    today: "2026-12-06",
    pullRequest,
    baseAvailable: true,
    rulesFrom,
  });
  if (!run.ok) throw new Error(JSON.stringify(run.diagnostics));
  const gate = (id: string) => run.report.gates.find((g) => g.id === id)!;
  const listed = run.report.rules.loosened.map(
    (r) => `${r.where} ${r.rule}: ${r.base} -> ${r.head}${r.floor === undefined ? "" : ` (${r.floor})`}`,
  );
  return { report: run.report, gate, listed };
}

describe("an organisation policy is a floor under the repository's policy", () => {
  it("a plan new in the pull request cannot go below the organisation's floor, and the rule is listed with the floor's source, never 'applies after merge'", async () => {
    const { report, gate, listed } = await judge(
      { "evals/candidate.json": evals(0.96) },
      { "tunegate.yml": plan, ".tunegate/policy.yml": "gates: { safety: { min_score: 0.9 } }\n" },
      org("gates: { safety: { min_score: 0.965 } }\n"),
    );
    expect(gate("safety").outcome).toBe("fail");
    expect(gate("safety").threshold?.source).toBe(`organisation policy ${ORG_SPEC}`);
    expect(listed).toEqual([`policy gates.safety.min_score: 0.965 -> 0.9 (organisation policy ${ORG_SPEC})`]);
    const markdown = renderMarkdown(report);
    // A cell breaks "@" with a zero-width space, so no one is mentioned.
    expect(markdown).toContain(
      `| policy \`gates.safety.min_score\` | 0.965<br><sub>organisation policy ${ORG_SPEC.replace("@", "@\u200b")}</sub> | 0.9<br><sub>never applies</sub> |`,
    );
    expect(markdown).not.toContain("applies after merge");
    const text = renderText(report);
    expect(text).toContain(
      `below a floor policy gates.safety.min_score: 0.9 is looser than 0.965 from organisation policy ${ORG_SPEC} (never applies; judged by 0.965)`,
    );
    expect(text).not.toContain("applies after merge");
  });
  it("the repository's policy still applies over it where it is stricter (a layer, not an alternative)", async () => {
    const { gate, listed } = await judge(
      {
        "tunegate.yml": plan,
        "evals/candidate.json": evals(0.97),
        ".tunegate/policy.yml": "gates: { safety: { min_score: 0.975 } }\n",
      },
      {},
      org("gates: { safety: { min_score: 0.9 } }\n"),
    );
    expect(gate("safety").outcome).toBe("fail");
    expect(gate("safety").threshold?.source).toBe(".tunegate/policy.yml");
    expect(listed).toEqual([]);
  });
  it("an organisation value the repository does not touch judges, named by its spec", async () => {
    const { gate, listed } = await judge(
      { "tunegate.yml": plan, "evals/candidate.json": evals(0.96) },
      {},
      org("gates: { safety: { min_score: 0.965 } }\n"),
    );
    expect(gate("safety").outcome).toBe("fail");
    expect(gate("safety").threshold?.source).toBe(ORG_SPEC);
    expect(listed).toEqual([]);
  });
});

describe("the shipped policy's floors", () => {
  // 0.955 of 2,000 has a one-sided 95% lower bound below 0.95 (inconclusive, blocks); at alpha 0.4 it clears.
  it("a repository cannot weaken statistics.alpha, for an existing plan or in the pull request", async () => {
    const { gate, listed, report } = await judge(
      {
        "tunegate.yml": plan,
        "evals/candidate.json": evals(0.955),
        ".tunegate/policy.yml": "statistics: { alpha: 0.4 }\n",
      },
      { ".tunegate/policy.yml": "statistics: { alpha: 0.4 }\ngates: { forgetting: { min_ratio: 0.5 } }\n" },
    );
    // safety is not required of a rag plan: inconclusive warns (at alpha 0.4 it would pass).
    expect(gate("safety").outcome).toBe("inconclusive");
    expect(report.verdict).toBe("warn");
    expect(listed).toEqual([
      "policy gates.forgetting.min_ratio: 0.9 -> 0.5 (tunegate default floor)",
      "policy statistics.alpha: 0.05 -> 0.4 (tunegate default floor)",
    ]);
    expect(renderText(report)).toContain(
      `Rules: the stricter of the base branch's (${report.rules.base_sha!.slice(0, 7)}) and this pull request's, over the floors`,
    );
  });
  it("hold under rules-from: head too: that input takes the pull request's rules, not a way under the floors", async () => {
    const { gate, listed } = await judge(
      { "tunegate.yml": plan, "evals/candidate.json": evals(0.955) },
      { ".tunegate/policy.yml": "statistics: { alpha: 0.4 }\n" },
      undefined,
      "head",
    );
    expect(gate("safety").outcome).toBe("inconclusive");
    expect(listed).toEqual([
      expect.stringMatching(/^input rules-from: base -> head/),
      "policy statistics.alpha: 0.05 -> 0.4 (tunegate default floor)",
    ]);
  });
  it("a tighter value than the floor applies", async () => {
    const { gate, listed } = await judge(
      {
        "tunegate.yml": plan,
        "evals/candidate.json": evals(0.955),
        ".tunegate/policy.yml": "statistics: { alpha: 0.4 }\n",
      },
      { ".tunegate/policy.yml": "statistics: { alpha: 0.01 }\n" },
    );
    expect(gate("safety").outcome).toBe("inconclusive");
    expect(listed).toEqual([]);
  });
  it("hold on the command line without a base too, and a repository policy cannot mark its own floors (exit 2, located)", async () => {
    const ws = memoryWorkspace(
      {
        "tunegate.yml": plan,
        "evals/candidate.json": evals(0.955),
        ".tunegate/policy.yml": "statistics: { alpha: 0.4 }\n",
      },
      {},
    );
    roots.push(ws.root);
    const held = await runCli(["check", "--format", "json"], ws.root, "2026-12-06");
    expect(held.code).toBe(0);
    expect(JSON.parse(held.stdout).plans[0].report.gates.find((g: { id: string }) => g.id === "safety").outcome).toBe(
      "inconclusive",
    );
    expect(JSON.parse(held.stdout).plans[0].report.rules.loosened).toEqual([
      { where: "policy", rule: "statistics.alpha", base: "0.05", head: "0.4", floor: "tunegate default floor" },
    ]);
    const marked = memoryWorkspace(
      {
        "tunegate.yml": plan,
        "evals/candidate.json": evals(0.955),
        ".tunegate/policy.yml": "statistics: { alpha: 0.04 }\nfloors: []\n",
      },
      {},
    );
    roots.push(marked.root);
    const refused = await runCli(["check"], marked.root, "2026-12-06");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      ".tunegate/policy.yml:2:1: error [floors]: floors is marked only in the policy shipped with tunegate",
    );
  });
});

describe("which organisation rules are floors", () => {
  const layered = (orgText: string, repoText: string) => {
    const loaded = loadPolicy([
      { file: "shipped", text: SHIPPED_POLICY_TEXT, data: SHIPPED_POLICY_DATA },
      { file: ORG_SPEC, text: orgText, floor: `organisation policy ${ORG_SPEC}` },
      { file: ".tunegate/policy.yml", text: repoText },
    ]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return applyFloors(loaded.value.policy, loaded.value.floors);
  };
  it("a rule with no order holds as the organisation wrote it; analyze's assumptions and the crossover's inputs are the repository's", () => {
    const { policy, held } = layered(
      "statistics: { method: interval }\nestimate: { fine_tune_epochs: 5 }\nsensitivity: { replicas: 2 }\n",
      "statistics: { method: point }\nestimate: { fine_tune_epochs: 2 }\nsensitivity: { replicas: 1 }\n",
    );
    expect(held.map((r) => `${r.rule}: ${r.base} -> ${r.head} (${r.floor})`)).toEqual([
      `statistics.method: interval -> point (organisation policy ${ORG_SPEC})`,
    ]);
    expect(policy.statistics.method).toBe("interval");
    expect(policy.estimate.fine_tune_epochs).toBe(2);
    expect(policy.sensitivity.replicas).toBe(1);
    expect("floors" in policy).toBe(false);
  });
  it("an organisation value the repository overrides must still be a valid policy (exit 2 where it is written)", () => {
    const loaded = loadPolicy([
      { file: "shipped", text: SHIPPED_POLICY_TEXT, data: SHIPPED_POLICY_DATA },
      { file: ORG_SPEC, text: "gates:\n  forgetting: { min_ratio: 7 }\n", floor: `organisation policy ${ORG_SPEC}` },
      { file: ".tunegate/policy.yml", text: "gates:\n  forgetting: { min_ratio: 0.95 }\n" },
    ]);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.diagnostics[0]).toMatchObject({
        location: { file: ORG_SPEC, line: 2 },
        field: "gates.forgetting.min_ratio",
      });
  });
});
