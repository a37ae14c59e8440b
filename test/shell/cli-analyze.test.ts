import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const SEED = [
  "analyze",
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

describe("tunegate analyze", () => {
  it("answers the seed deliverable's flags with hybrid RAG + LoRA, reasons and a cost estimate", async () => {
    const { code, stdout } = await runCli(SEED);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Recommendation: hybrid \(RAG \+ LoRA\)/);
    expect(stdout).toContain("Q1       knowledge changes weekly -> RAG");
    expect(stdout).toContain("Q4       200 examples suffice for LoRA/QLoRA");
    // Serving a LoRA of claude-haiku-4-5 has no published price: never the base model's ($180 a month
    // at 800 in / 200 out), so the totals are the embeddings and the $70 vector DB, and say so.
    expect(stdout).toContain(
      "Cost: $70.20/month + $15.00 one-time (100,000 queries/month), not counting 1 item with no price (LLM inference (claude-haiku-4-5, fine-tuned))",
    );
    expect(stdout).toMatch(
      /LLM inference \(claude-haiku-4-5, fine-tuned\) +no price +serving the fine-tuned anthropic\/claude-haiku-4-5 has no price/,
    );
  });

  it("prints JSON with the report's field names", async () => {
    const { stdout } = await runCli([...SEED, "--format", "json", "--budget-usd", "3000"]);
    const json = JSON.parse(stdout);
    expect(json.recommendation.approach).toBe("hybrid");
    expect(json.recommendation.reasons.map((r: { rule: string }) => r.rule)).toEqual(
      expect.arrayContaining(["Q1", "Q2", "Q3", "Q4", "Q5"]),
    );
    expect(json.cost.monthly_usd).toBe(70.2);
    expect(json.cost.unpriced).toEqual([
      expect.objectContaining({ id: "llm", label: "LLM inference (claude-haiku-4-5, fine-tuned)" }),
    ]);
    // A published fine-tuned price is used, with its source: 100,000 x (800 x $0.30 + 200 x $1.20)/1M = $48.
    const priced = JSON.parse(
      (await runCli([...SEED, "--llm", "openai/gpt-4o-mini-2024-07-18", "--format", "json", "--budget-usd", "3000"]))
        .stdout,
    );
    expect(priced.cost.items.find((i: { id: string }) => i.id === "llm")).toMatchObject({
      usd: 48,
      label: "LLM inference (gpt-4o-mini-2024-07-18, fine-tuned)",
    });
    expect(priced.cost.unpriced).toBeUndefined();
    // and trained at its published $3 per 1M training tokens, not the policy's $25: $1.80
    expect(priced.cost.items.find((i: { id: string }) => i.id === "fine_tune")).toMatchObject({
      usd: 1.8,
      price_source: expect.stringMatching(/^prices shipped with tunegate .*: openai-ft\/gpt-4o-mini-2024-07-18 /),
    });
    expect(json.cost.items.find((i: { id: string }) => i.id === "fine_tune")).toMatchObject({
      usd: 15,
      price_source: expect.stringMatching(/^policy estimate \(estimate\.fine_tune_usd_per_mtok/),
    });
    // (3000 - 70 fixed) / (0.00048 LLM + 0.000002 embedding per query) = 6,078,838.17
    expect(priced.cost.break_even_monthly_queries).toBe(6_078_838);
  });

  it("names a model it prices that shuts down, or stops taking fine-tuning jobs, within the audit horizon", async () => {
    const tuned = [...SEED, "--llm", "openai/gpt-4.1-mini-2025-04-14"];
    const text = await runCli(tuned, process.cwd(), "2026-11-24");
    expect(text.stdout).toContain(
      "Before building on it: openai-ft/gpt-4.1-mini-2025-04-14 stops taking new fine-tuning jobs on 2027-01-06 (in 43 days); openai-ft/gpt-4.1-mini-2025-04-14 shuts down on 2027-01-14 (in 51 days). tunegate check warns about it (pricing-freshness) until the plan moves to a model that stays available.",
    );
    const markdown = await runCli([...tuned, "--format", "markdown"], process.cwd(), "2026-11-24");
    expect(markdown.stdout).toMatch(
      /> \[!WARNING\]\n> Before building on it: openai-ft\/gpt-4\.1-mini-2025-04-14 stops taking/,
    );
    const json = JSON.parse((await runCli([...tuned, "--format", "json"], process.cwd(), "2026-11-24")).stdout);
    expect(json.cost.ending_prices).toEqual([
      {
        price: "openai-ft/gpt-4.1-mini-2025-04-14",
        days_left: 43,
        sentence: "openai-ft/gpt-4.1-mini-2025-04-14 stops taking new fine-tuning jobs on 2027-01-06 (in 43 days)",
      },
      {
        price: "openai-ft/gpt-4.1-mini-2025-04-14",
        days_left: 51,
        sentence: "openai-ft/gpt-4.1-mini-2025-04-14 shuts down on 2027-01-14 (in 51 days)",
      },
    ]);
    // Past the horizon (60 days, audit.shutdown_horizon_days) nothing is said, as check says nothing.
    const early = await runCli([...tuned, "--format", "json"], process.cwd(), "2026-06-01");
    expect(JSON.parse(early.stdout).cost.ending_prices).toBeUndefined();
    expect((await runCli(tuned, process.cwd(), "2026-06-01")).stdout).not.toContain("Before building on it");
  });

  it("takes cost flags", async () => {
    const { stdout } = await runCli([
      ...SEED,
      "--llm",
      "openai/gpt-5-mini",
      "--llm-usd-per-mtok",
      "0.5",
      "--vector-db-usd",
      "0",
      "--format",
      "json",
    ]);
    // 100,000 queries x 1,000 tokens x $0.50/1M = $50, the embeddings' $0.20, no vector DB
    expect(JSON.parse(stdout).cost.monthly_usd).toBe(50.2);
  });

  it("reproduces framework.md section 7's RAG figure from flags: $2,572 a month", async () => {
    const { code, stdout } = await runCli([
      "analyze",
      "--knowledge-changes",
      "weekly",
      "--needs-citations",
      "true",
      "--monthly-queries",
      "1000000",
      "--llm-usd-per-mtok",
      "2.5",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.recommendation.approach).toBe("rag");
    expect(json.cost.monthly_usd).toBe(2572);
    expect(
      json.cost.items.map((i: { id: string; usd: number; price_source: string }) => [i.id, i.usd, i.price_source]),
    ).toEqual([
      ["llm", 2500, "--llm-usd-per-mtok"],
      [
        "embedding",
        2,
        expect.stringMatching(/^prices shipped with tunegate \d+\.\d+\.\d+: openai\/text-embedding-3-small /),
      ],
      [
        "vector_db",
        70,
        expect.stringMatching(
          /^policy estimate \(estimate\.vector_db_monthly_usd, policy shipped with tunegate \d+\.\d+\.\d+\)$/,
        ),
      ],
    ]);
  });

  it("says which line items the policy's estimate priced, and which flags did", async () => {
    const estimated = JSON.parse((await runCli([...SEED, "--format", "json"])).stdout).cost.items;
    expect(estimated.find((i: { id: string }) => i.id === "fine_tune").price_source).toMatch(
      /^policy estimate \(estimate\.fine_tune_usd_per_mtok, /,
    );
    expect(estimated.some((i: { price_source: string }) => i.price_source === "plan")).toBe(false);
    const flagged = JSON.parse(
      (
        await runCli([
          ...SEED,
          "--vector-db-usd",
          "25",
          "--hosting-usd",
          "100",
          "--embedding-usd-per-mtok",
          "0.1",
          "--format",
          "json",
        ])
      ).stdout,
    ).cost.items;
    expect(
      Object.fromEntries(flagged.map((i: { id: string; price_source: string }) => [i.id, i.price_source])),
    ).toMatchObject({ vector_db: "--vector-db-usd", hosting: "--hosting-usd", embedding: "--embedding-usd-per-mtok" });
  });

  it("refuses bad flag values with exit 2", async () => {
    for (const [flag, value, message] of [
      ["--latency-requirement", "fast", /--latency-requirement must look like 2s/],
      ["--training-data", "many", /--training-data must look like "200 examples"/],
      ["--needs-citations", "maybe", /--needs-citations must be true or false/],
      ["--llm", "gpt-5", /--llm must be provider\/model/],
      ["--llm-usd-per-mtok", "cheap", /--llm-usd-per-mtok must be a number/],
    ] as const) {
      const args = [...SEED];
      const at = args.indexOf(flag);
      if (at === -1) args.push(flag, value);
      else args[at + 1] = value;
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    // priced as itself (a RAG answer serves the base model), an unknown model stops the estimate
    const ragOnly = [
      "analyze",
      "--knowledge-changes",
      "weekly",
      "--needs-citations",
      "true",
      "--monthly-queries",
      "100000",
    ];
    const unknown = await runCli([...ragOnly, "--llm", "openai/gpt-9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown model "openai\/gpt-9"/);
    // served as a fine-tune it is unpriced, and the near name is still offered
    const fineTuned = await runCli([...SEED, "--llm", "openai/gpt-9"]);
    expect(fineTuned.stdout).toMatch(
      /"openai\/gpt-9" is not a model tunegate knows either: did you mean "openai\/gpt-5"\?/,
    );
  });

  it("requires the questions it cannot guess", async () => {
    const result = await runCli(["analyze", "--monthly-queries", "10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /these 2 answers are required: --knowledge-changes \(daily \| weekly \| monthly \| yearly \| static\), --needs-citations \(true \| false\)/,
    );
  });

  it("names every missing answer in one run, for init as for analyze", async () => {
    for (const command of ["analyze", "init"]) {
      const result = await runCli([command, "--print"].slice(0, command === "init" ? 2 : 1), tempRepo({}));
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain("these 3 answers are required: --knowledge-changes");
      expect(result.stderr, command).toContain("--needs-citations (true | false), --monthly-queries (e.g. 100000)");
    }
  });

  it("refuses no queries a month, so init never writes a plan that check refuses", async () => {
    const result = await runCli([...SEED.slice(0, -1), "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--monthly-queries must be at least 1/);
  });
});
