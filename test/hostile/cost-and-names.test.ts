import { describe, expect, it } from "vitest";
import { BRAND_VOICE_PLAN, brandVoiceRepo, check, expectInputError, type CliRun } from "./harness.ts";

/**
 * A user who wants a plan through the cost gate it would fail: a cost the budget never sees, a
 * price far below the real one, or a model name that only looks like the real one. The right
 * answer is a failure, a warning that names the price, or exit 2 saying why not.
 */
const LLM_LINE = "llm: { input_tokens: 300, output_tokens: 250, input_usd_per_mtok: 0.3, output_usd_per_mtok: 1.2 }";
const BUDGET_LINE = "budget: { monthly_usd: 100, one_time_usd: 50 }";
const plan = (changes: Record<string, string>) =>
  Object.entries(changes).reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`not in the plan: ${from}`);
    return text.replace(from, to);
  }, BRAND_VOICE_PLAN);
const haiku = "llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 300, output_tokens: 250 }";
const pinned = (key: string, body: string) => `version: 1\ncurrency: USD\nprices:\n  ${key}:\n${body}`;
const FREE =
  "    unit: per_1m_tokens\n    input_mtok: 0\n    output_mtok: 0\n    source: our negotiated rate\n    as_of: 2026-11-24\n";
const gateLine = (run: CliRun, id: string) =>
  run.stdout.split("\n").find((l) => new RegExp(`^  \\S+ +${id} `).test(l)) ?? "";

describe("hostile costs: a cost the budget never sees", () => {
  it("no queries a month is refused: it would price every per-query cost at $0 and never test the budget", async () => {
    const run = await check(
      brandVoiceRepo({ "tunegate.yml": BRAND_VOICE_PLAN.replace(/monthly_queries: \d+/, "monthly_queries: 0") }),
    );
    expectInputError(run, /error \[use_case\.monthly_queries\]: .*1/);
  });

  it("a monthly-only budget does not pass a $20,000 one-time cost as 'within budget'", async () => {
    const text = plan({
      [BUDGET_LINE]: "budget: { monthly_usd: 100 }",
      [LLM_LINE]: `${LLM_LINE}\n  other: [{ name: gpu cluster, one_time_usd: 20000 }]`,
    });
    const run = await check(brandVoiceRepo({ "tunegate.yml": text }));
    expect(gateLine(run, "cost-budget")).toMatch(
      /^  MISSING cost-budget +monthly cost within budget, but \$20,003\.60 one-time has no budget to compare/,
    );
    expect(run.stdout).toContain("fix: add budget.one_time_usd");
  });

  it("a one-time-only budget does not pass the monthly bill", async () => {
    const run = await check(
      brandVoiceRepo({ "tunegate.yml": plan({ [BUDGET_LINE]: "budget: { one_time_usd: 50 }" }) }),
    );
    expect(gateLine(run, "cost-budget")).toMatch(
      /^  MISSING cost-budget +one-time cost within budget, but \$7\.80\/month has no budget to compare/,
    );
    // With the missing period at $0 there is nothing unjudged: a RAG plan's monthly-only budget passes.
    const noTraining = plan({
      [BUDGET_LINE]: "budget: { monthly_usd: 100 }",
      "  fine_tune: { training_tokens: 400000, epochs: 3, usd_per_mtok: 3 }  # the fine-tuning provider's LoRA training price\n":
        "",
    });
    expect(gateLine(await check(brandVoiceRepo({ "tunegate.yml": noTraining })), "cost-budget")).toMatch(
      /^  PASS +cost-budget +projected cost within budget/,
    );
  });

  it("LLM inference or embeddings written as a one-time cost are refused, not moved out of the monthly budget", async () => {
    const llm = await check(brandVoiceRepo({ "tunegate.yml": plan({ [LLM_LINE]: "llm: { one_time_usd: 40 }" }) }));
    expectInputError(
      llm,
      /^tunegate.yml:27:24: error \[cost.llm.one_time_usd\]: LLM inference: paid per query, every month, so never a one-time cost\n  hint: use monthly_usd/,
    );
    const embedding = await check(
      brandVoiceRepo({ "tunegate.yml": plan({ [LLM_LINE]: `${LLM_LINE}\n  embedding: { one_time_usd: 40 }` }) }),
    );
    expectInputError(
      embedding,
      /^tunegate.yml:28:\d+: error \[cost.embedding.one_time_usd\]: Embeddings: paid per query/,
    );
  });

  it("a plan that pays for training cannot declare an approach that skips the fine-tuning gates", async () => {
    for (const approach of ["rag", "prompt"]) {
      const run = await check(brandVoiceRepo({ "tunegate.yml": plan({ "approach: lora": `approach: ${approach}` }) }));
      expectInputError(
        run,
        new RegExp(
          `^tunegate.yml:28:14: error \\[cost.fine_tune\\]: cost.fine_tune prices a training run, but approach "${approach}" does not fine-tune\\n  hint: declare the approach that trains`,
        ),
      );
    }
  });
});

describe("hostile prices: far below the shipped price", () => {
  it("the repository pinning a shipped model at $0 with today's as_of warns, naming both prices", async () => {
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": plan({ [LLM_LINE]: haiku }),
        ".tunegate/pricing.yml": pinned("anthropic/claude-haiku-4-5", FREE),
      }),
    );
    expect(gateLine(run, "cost-budget")).toMatch(
      /^  WARN +cost-budget +within budget only at 2 prices well below the shipped one: the input price pinned for anthropic\/claude-haiku-4-5 in \.tunegate\/pricing\.yml \(\$0\/1M\) is 100% below anthropic\/claude-haiku-4-5 in the prices shipped with tunegate \S+ \(\$1\.00\/1M, as of 2026-11-24\)/,
    );
    expect(run.stdout).toContain(
      "fix: confirm the price against the provider's current price list (tunegate audit), or re-pin it: tunegate pricing pin",
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(
      (
        await check(
          brandVoiceRepo({
            "tunegate.yml": plan({ [LLM_LINE]: haiku }),
            ".tunegate/pricing.yml": pinned("anthropic/claude-haiku-4-5", FREE),
          }),
          "--format",
          "json",
        )
      ).stdout,
    ).plans[0].report;
    expect(json.gates.find((g: { id: string }) => g.id === "cost-budget")).toMatchObject({
      outcome: "warn",
      level: "warning",
    });
  });

  it("the plan's own price for a shipped model is compared too; a policy can make it fail", async () => {
    const cheap = plan({
      [LLM_LINE]: "llm: { provider: anthropic, model: claude-haiku-4-5, tokens_per_query: 550, usd_per_mtok: 0.1 }",
    });
    expect(gateLine(await check(brandVoiceRepo({ "tunegate.yml": cheap })), "cost-budget")).toMatch(
      /^  WARN +cost-budget +within budget only at a price well below the shipped one: the plan's own input price for anthropic\/claude-haiku-4-5 \(\$0\.10\/1M\) is 90% below/,
    );
    const strict = await check(
      brandVoiceRepo({ "tunegate.yml": cheap, "ai-policy.yml": "severities:\n  price_below_shipped: error\n" }),
      "--policy",
      "ai-policy.yml",
    );
    expect(gateLine(strict, "cost-budget")).toMatch(/^  FAIL +cost-budget/);
    expect(strict.code).toBe(1);
  });

  it("a price within audit.drift_threshold of the shipped one, or above it, passes", async () => {
    const close = plan({
      [LLM_LINE]:
        "llm: { provider: anthropic, model: claude-haiku-4-5, input_tokens: 300, output_tokens: 250, input_usd_per_mtok: 0.96, output_usd_per_mtok: 6 }",
    });
    expect(gateLine(await check(brandVoiceRepo({ "tunegate.yml": close })), "cost-budget")).toMatch(
      /^  PASS +cost-budget +projected cost within budget/,
    );
  });
});

describe("hostile names: a model that only looks like the shipped one", () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      "a capital letter",
      "Anthropic",
      /^tunegate.yml:27:20: error \[cost.llm.provider\]: "Anthropic\/claude-haiku-4-5" differs from "anthropic\/claude-haiku-4-5"/,
    ],
    [
      "a Cyrillic а",
      "\u0430nthropic",
      /^tunegate.yml:27:20: error \[cost.llm.provider\]: "\\u\{430\}nthropic\/claude-haiku-4-5" differs from "anthropic\/claude-haiku-4-5" \(prices shipped with tunegate \S+\) only by case, invisible or lookalike characters/,
    ],
    [
      "a zero-width space",
      "anthro\u200bpic",
      /error \[cost.llm.provider\]: "anthro\\u\{200b\}pic\/claude-haiku-4-5" differs from "anthropic\/claude-haiku-4-5"/,
    ],
  ];
  for (const [what, provider, message] of cases) {
    it(`a pin under the provider spelled with ${what} is refused where the plan names it`, async () => {
      const run = await check(
        brandVoiceRepo({
          "tunegate.yml": plan({ [LLM_LINE]: haiku.replace("provider: anthropic", `provider: "${provider}"`) }),
          ".tunegate/pricing.yml": pinned(`"${provider}/claude-haiku-4-5"`, FREE),
        }),
      );
      expectInputError(run, message);
      expect(run.stderr).toContain(
        'hint: write "anthropic/claude-haiku-4-5" exactly, in the plan and in any pinned price',
      );
    });
  }

  it("a non-breaking hyphen in the model", async () => {
    const model = "claude\u2011haiku-4-5";
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": plan({ [LLM_LINE]: haiku.replace("claude-haiku-4-5", model) }),
        ".tunegate/pricing.yml": pinned(`anthropic/${model}`, FREE),
      }),
    );
    expectInputError(
      run,
      /^tunegate.yml:27:38: error \[cost.llm.model\]: "anthropic\/claude\\u\{2011\}haiku-4-5" differs from "anthropic\/claude-haiku-4-5"/,
    );
  });
});

describe("hostile prices: per_hour and per 1M tokens kept apart", () => {
  it("token prices in a per_hour entry, or an hourly price in a per-token one, are located errors", async () => {
    const perHour =
      "    unit: per_hour\n    input_mtok: 0.01\n    output_mtok: 0.01\n    source: x\n    as_of: 2026-11-24\n";
    const run = await check(
      brandVoiceRepo({
        "tunegate.yml": plan({ [LLM_LINE]: haiku }),
        ".tunegate/pricing.yml": pinned("anthropic/claude-haiku-4-5", perHour),
      }),
    );
    expectInputError(
      run,
      /^\.tunegate\/pricing\.yml:6:17: error \[prices.anthropic\/claude-haiku-4-5.input_mtok\]: input_mtok is a price per 1M tokens, but anthropic\/claude-haiku-4-5 is priced per_hour/,
    );
    expect(run.stderr).toContain("anthropic/claude-haiku-4-5 is priced per_hour but has no usd_per_hour");
    const gpu = "    unit: per_1m_tokens\n    usd_per_hour: 0.01\n    source: x\n    as_of: 2026-11-24\n";
    expectInputError(
      await check(brandVoiceRepo({ ".tunegate/pricing.yml": pinned("gpu/lambda-gpu_1x_h100_pcie", gpu) })),
      /^\.tunegate\/pricing\.yml:6:19: error \[prices.gpu\/lambda-gpu_1x_h100_pcie.usd_per_hour\]: usd_per_hour is an hourly price, but gpu\/lambda-gpu_1x_h100_pcie is priced per_1m_tokens/,
    );
  });
});
