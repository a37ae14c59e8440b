import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { GPT5_PINNED, GPT5_RAG_PLAN } from "../helpers/plan-text.ts";
import { memoryWorkspace, runActionInProcess } from "./run-action.ts";

/**
 * The CLI and the Action are two shells over one engine: for the same plans, files and date they
 * must reach the same verdict, deploy decision and failing gates (check), and the same audit
 * verdict (audit). Both run in process; no GitHub API is called (push and schedule events).
 */
const PLAN = (name: string, approach = "rag", budget = 400) => `version: 1
name: ${name}
approach: ${approach}
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, latency_p95_ms: 2000, monthly_queries: 100000 }
${approach === "rag" ? "" : "training: { examples: 600 }\n"}cost:
  llm: { input_tokens: 900, output_tokens: 250, input_usd_per_mtok: 0.25, output_usd_per_mtok: 2 }
  vector_db: { monthly_usd: 70 }
budget: { monthly_usd: ${budget} }
evals:
  candidate: evals/candidate.json
  task_floor: 0.85
`;
const EVALS = JSON.stringify({ model: "m", safety: { xstest: 0.97 }, task: { qa: 0.9 }, latency_p95_ms: 1200 });

const workspaces: string[] = [];
afterEach(() => {
  for (const w of workspaces.splice(0)) rmSync(w, { recursive: true, force: true });
});

async function both(files: Record<string, string>, plan: string, failOn: string) {
  const ws = memoryWorkspace(files, {});
  workspaces.push(ws.root);
  const cli = await runCli(["check", "--plan", plan, "--format", "json", "--fail-on", failOn], ws.root);
  const action = await runActionInProcess({
    apiUrl: "http://127.0.0.1:9",
    repo: "acme/app",
    workspace: ws.root,
    event: "push",
    payload: JSON.parse(readFileSync("test/fixtures/events/push.json", "utf8")),
    inputs: { plan, "fail-on": failOn, comment: "never" },
  });
  return { cli, action, run: JSON.parse(action.reportJson!) };
}

describe("check: the same verdict from the CLI and the Action", () => {
  it.each([
    ["a plan that warns", { "tunegate.yml": PLAN("a"), "evals/candidate.json": EVALS }, "tunegate.yml", "error"],
    [
      "a plan that fails",
      { "tunegate.yml": PLAN("b", "rag", 100), "evals/candidate.json": EVALS },
      "tunegate.yml",
      "error",
    ],
    [
      "a plan that warns, fail-on warning",
      { "tunegate.yml": PLAN("c"), "evals/candidate.json": EVALS },
      "tunegate.yml",
      "warning",
    ],
    [
      "two plans, one failing",
      {
        "a/tunegate.yml": PLAN("a"),
        "a/evals/candidate.json": EVALS,
        "b/tunegate.yml": PLAN("b", "lora"),
        "b/evals/candidate.json": EVALS,
      },
      "*/tunegate.yml",
      "error",
    ],
    [
      "a plan that cannot be read beside one that can",
      { "a/tunegate.yml": PLAN("a"), "a/evals/candidate.json": EVALS, "b/tunegate.yml": "version: 2\n" },
      "*/tunegate.yml",
      "never",
    ],
  ] as const)("%s", async (_name, files, plan, failOn) => {
    const { cli, action, run } = await both(files as Record<string, string>, plan, failOn);
    const several = plan.includes("*");
    const cliRun = JSON.parse(cli.stdout);
    expect(action.outputs["verdict"]).toBe(cliRun.verdict);
    expect(run.verdict).toBe(cliRun.verdict);
    if (several) {
      expect(run.deploy_allowed).toBe(cliRun.deploy_allowed);
      expect(run.failed_gates).toEqual(cliRun.failed_gates);
      expect(run.exit_code).toBe(cliRun.exit_code);
    }
    // The CLI's exit code is the run's; the Action fails its step exactly when it is not 0.
    expect(cli.code).toBe(run.exit_code);
    expect(action.code).toBe(run.exit_code === 0 ? 0 : 1);
  });
});

describe("audit: the same verdict from the CLI and the Action", () => {
  const PINNED = GPT5_PINNED;
  const AUDITED = GPT5_RAG_PLAN;
  const feed = (inputPrice: number) => {
    const data = JSON.parse(readFileSync("test/fixtures/prices/feed.json", "utf8")) as Array<{
      id: string;
      models: Array<{ id: string; prices: Record<string, number> }>;
    }>;
    data.find((p) => p.id === "openai")!.models.find((m) => m.id === "gpt-5")!.prices["input_mtok"] = inputPrice;
    return JSON.stringify(data);
  };

  it.each([
    ["prices as pinned", 1.25, "pass"],
    ["a drifted price", 1.5, "fail"],
  ] as const)("%s", async (_name, price, verdict) => {
    const ws = memoryWorkspace({ "tunegate.yml": AUDITED, ".tunegate/pricing.yml": PINNED }, {});
    workspaces.push(ws.root);
    writeFileSync(join(ws.root, "feed.json"), feed(price));
    const cli = await runCli(
      ["audit", "--plan", "tunegate.yml", "--current", "feed.json", "--fail-on", "error", "--today", "2026-11-24"],
      ws.root,
    );
    const action = await runActionInProcess({
      apiUrl: "http://127.0.0.1:9",
      repo: "acme/app",
      workspace: ws.root,
      event: "schedule",
      payload: JSON.parse(readFileSync("test/fixtures/events/schedule.json", "utf8")),
      inputs: { plan: "tunegate.yml", "current-prices": "feed.json", "fail-on": "error", comment: "never" },
    });
    expect(action.outputs["verdict"]).toBe(verdict);
    expect(cli.code).toBe(verdict === "fail" ? 1 : 0);
    expect(action.code).toBe(cli.code);
  });
});
