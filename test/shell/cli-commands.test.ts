import { describe, expect, it } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const PLAN = (name: string, extra = "") => `version: 1
name: ${name}
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 1000 }
${extra}`;

describe("every command has its own --help", () => {
  const commands: Array<[string[], RegExp]> = [
    [["check", "--help"], /^Usage: tunegate check /],
    [["analyze", "--help"], /^Usage: tunegate analyze /],
    [["audit", "--help"], /^Usage: tunegate audit /],
    [["init", "--help"], /^Usage: tunegate init /],
    [["pricing", "pin", "--help"], /^Usage: tunegate pricing pin /],
    [["pricing", "--help"], /^Usage: tunegate pricing pin /],
    [["schema", "--help"], /^Usage: tunegate schema /],
    [["help", "audit"], /^Usage: tunegate audit /],
    [["check", "-h"], /^Usage: tunegate check /],
  ];
  it.each(commands)("%j", async (args, expected) => {
    const { code, stdout, stderr } = await runCli(args, tempRepo({}));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(expected);
  });
  it("each names only its own options, and the general help lists every command", async () => {
    expect((await runCli(["check", "--help"])).stdout).not.toContain("--knowledge-changes");
    expect((await runCli(["analyze", "--help"])).stdout).toContain("--llm-usd-per-mtok");
    const general = (await runCli(["--help"])).stdout;
    for (const command of ["init", "check", "analyze", "audit", "pricing pin", "schema"])
      expect(general).toContain(`tunegate ${command}`);
  });
  it("a usage error points at the command's own help", async () => {
    const { code, stderr } = await runCli(["check", "--fromat", "json"], tempRepo({}));
    expect(code).toBe(2);
    expect(stderr).toContain('Run "tunegate check --help" for usage.');
  });
});

describe("check --plan takes a glob or several plans", () => {
  const files = {
    "a/tunegate.yml": PLAN("a"),
    "b/tunegate.yml": PLAN("b"),
    "c/tunegate.yml": PLAN("c", "approach: lora\n").replace("approach: rag\n", ""),
  };

  it("a glob: every plan's report, the worst verdict decides the exit code", async () => {
    const root = tempRepo(files);
    const { code, stdout } = await runCli(["check", "--plan", "**/tunegate.yml"], root);
    expect(code).toBe(1);
    expect(stdout.match(/^tunegate (PASS|WARN|FAIL): /gm)).toHaveLength(3);
    expect(stdout).toMatch(/tunegate: 3 plans, verdict fail\n$/);
  });

  it("a list, as JSON: {verdict, plans: [{file, report}]}", async () => {
    const root = tempRepo(files);
    const { code, stdout } = await runCli(
      ["check", "--plan", "a/tunegate.yml,b/tunegate.yml", "--format", "json"],
      root,
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.verdict).toBe("warn");
    expect(
      json.plans.map((p: { file: string; report: { plan: { name: string } } }) => [p.file, p.report.plan.name]),
    ).toEqual([
      ["a/tunegate.yml", "a"],
      ["b/tunegate.yml", "b"],
    ]);
  });

  it("an unreadable plan among them: exit 2, the others still reported, the problem located", async () => {
    const root = tempRepo({ ...files, "d/tunegate.yml": "version: 2\n" });
    const { code, stdout, stderr } = await runCli(["check", "--plan", "**/tunegate.yml", "--format", "json"], root);
    expect(code).toBe(2);
    const json = JSON.parse(stdout);
    expect(json.verdict).toBe("fail");
    expect(json.plans.find((p: { file: string }) => p.file === "d/tunegate.yml").input_errors[0]).toMatchObject({
      file: "d/tunegate.yml",
      line: 1,
    });
    expect(stderr).toMatch(/^d\/tunegate\.yml:1:\d+: error \[version\]/m);
  });

  it("a glob that matches nothing is a located usage error", async () => {
    const { code, stderr } = await runCli(["check", "--plan", "nothing/**/tunegate.yml"], tempRepo({}));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--plan:1:1: error \[plan\]: no plan file matches "nothing\/\*\*\/tunegate\.yml"/);
  });
});

describe("cost.llm: tokens_per_query + a blended usd_per_mtok", () => {
  // framework.md section 7, as it states it: 1M queries x 1,000 tokens x $2.50 + 1M x 100 x $0.02 + $70.
  const section7 =
    PLAN("rag-only").replace("monthly_queries: 1000", "monthly_queries: 1000000") +
    `cost:
  llm: { tokens_per_query: 1000, usd_per_mtok: 2.5 }
  embedding: { tokens_per_query: 100, usd_per_mtok: 0.02 }
  vector_db: { monthly_usd: 70 }
`;
  it("reproduces section 7's RAG figure, $2,572 a month", async () => {
    const { code, stdout } = await runCli(["check", "--format", "json"], tempRepo({ "tunegate.yml": section7 }));
    expect(code).toBe(0);
    const cost = planReport(stdout).cost;
    expect(cost.monthly_usd).toBe(2572);
    expect(cost.items[0]).toMatchObject({
      id: "llm",
      usd: 2500,
      assumption: "1,000,000 queries x 1,000 tokens x $2.50/1M",
      price_source: "plan (usd_per_mtok)",
    });
  });

  it.each([
    [
      "without a blended price",
      "  llm: { tokens_per_query: 1000 }\n",
      /\[cost\.llm\.tokens_per_query\]: tokens_per_query needs a blended usd_per_mtok/,
    ],
    [
      "beside per-call tokens",
      "  llm: { tokens_per_query: 1000, input_tokens: 10, usd_per_mtok: 2.5 }\n",
      /\[cost\.llm\.tokens_per_query\]: give tokens_per_query .* or input_tokens and output_tokens per call, not both/,
    ],
    [
      "with calls_per_query",
      "  llm: { tokens_per_query: 1000, calls_per_query: 3, usd_per_mtok: 2.5 }\n",
      /\[cost\.llm\.calls_per_query\]: tokens_per_query already counts every call/,
    ],
    [
      "beside a flat amount",
      "  llm: { tokens_per_query: 1000, monthly_usd: 5 }\n",
      /give either a flat amount .* or usage to price, not both/,
    ],
  ])("is a located error %s", async (_name, llm, message) => {
    const { code, stderr } = await runCli(["check"], tempRepo({ "tunegate.yml": `${PLAN("x")}cost:\n${llm}` }));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^tunegate\.yml:6:\d+: error/);
  });
});

describe("check warns about models that shut down", () => {
  const plan = (model: string) =>
    `${PLAN("bot")}cost:\n  llm: { provider: openai, model: ${model}, input_tokens: 800, output_tokens: 200 }\n`;

  it("within the policy's horizon: a warning that names the model and the date", async () => {
    const { code, stdout } = await runCli(
      ["check", "--format", "json"],
      tempRepo({ "tunegate.yml": plan("gpt-5") }),
      "2026-11-28",
    );
    expect(code).toBe(0);
    const gate = planReport(stdout).gates.find((g: { id: string }) => g.id === "pricing-freshness");
    expect(gate).toMatchObject({
      outcome: "warn",
      level: "warning",
      summary: "openai/gpt-5 shuts down on 2026-12-11 (in 13 days): move the plan to a model that stays available",
      field: "cost.llm.model",
    });
  });

  it("already shut down: still named, with how long ago", async () => {
    const { stdout } = await runCli(["check"], tempRepo({ "tunegate.yml": plan("gpt-5-mini") }), "2026-12-20");
    expect(stdout).toMatch(/WARN +pricing-freshness +openai\/gpt-5-mini shut down on 2026-12-11 \(9 days ago\)/);
    expect(stdout).not.toContain("all gates pass");
  });

  it("beyond the horizon it passes, and a policy can make it an error", async () => {
    const root = tempRepo({
      "tunegate.yml": plan("gpt-4o-mini"),
      "strict.yml": "severities:\n  model_shutdown: error\n",
    });
    const far = planReport((await runCli(["check", "--format", "json"], root, "2026-11-01")).stdout);
    expect(far.gates.find((g: { id: string }) => g.id === "pricing-freshness").outcome).toBe("pass");
    const near = await runCli(["check", "--policy", "strict.yml"], root, "2026-11-28");
    expect(near.code).toBe(1);
    expect(near.stdout).toContain("openai/gpt-4o-mini shuts down on 2027-01-14 (in 47 days)");
  });

  it("models that stay available pass", async () => {
    const root = tempRepo({
      "tunegate.yml": `${PLAN("bot")}cost:\n  llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200 }\n`,
    });
    const gate = planReport((await runCli(["check", "--format", "json"], root, "2026-11-28")).stdout).gates.find(
      (g: { id: string }) => g.id === "pricing-freshness",
    );
    expect(gate.outcome).toBe("pass");
  });
});
