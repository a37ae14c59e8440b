import { describe, expect, it } from "vitest";
import { selfHostCrossover } from "../../src/engine/cost/crossover.ts";
import { breakEvenMonthlyQueries, estimateCost } from "../../src/engine/cost/model.ts";
import { formatUsd } from "../../src/engine/cost/money.ts";
import type { CostPlan } from "../../src/engine/plan/schema.ts";
import { pricesFrom, shippedPrices } from "../helpers/engine.ts";

const MILLION = 1_000_000;
const noPrices = pricesFrom({});

function estimate(cost: CostPlan, queries: number, prices = noPrices) {
  const result = estimateCost(cost, queries, prices);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe("cost model: framework.md section 7 to the cent", () => {
  it("RAG only: $2,572.00 a month, $0 one-time", () => {
    const rag = estimate(
      {
        llm: { input_tokens: 800, output_tokens: 200, usd_per_mtok: 2.5, calls_per_query: 1 },
        embedding: { tokens_per_query: 100, usd_per_mtok: 0.02 },
        vector_db: { monthly_usd: 70 },
      },
      MILLION,
    );
    expect(formatUsd(rag.monthly_usd)).toBe("$2,572.00");
    expect(rag.one_time_usd).toBe(0);
    expect(rag.items.map((i) => [i.id, i.usd])).toEqual([
      ["llm", 2500],
      ["embedding", 2],
      ["vector_db", 70],
    ]);
  });

  it("fine-tuned only: $12,000.00 a month and $250.00 one-time", () => {
    const ft = estimate(
      {
        llm: { input_tokens: 800, output_tokens: 200, usd_per_mtok: 12, calls_per_query: 1 },
        fine_tune: { training_tokens: 10 * MILLION, epochs: 1, usd_per_mtok: 25 },
      },
      MILLION,
    );
    expect(formatUsd(ft.monthly_usd)).toBe("$12,000.00");
    expect(formatUsd(ft.one_time_usd)).toBe("$250.00");
  });

  it("hybrid on base-model pricing: $2,572.00 a month and $100.00 one-time", () => {
    const hybrid = estimate(
      {
        llm: { input_tokens: 800, output_tokens: 200, usd_per_mtok: 2.5, calls_per_query: 1 },
        embedding: { tokens_per_query: 100, usd_per_mtok: 0.02 },
        vector_db: { monthly_usd: 70 },
        fine_tune: { training_tokens: 4 * MILLION, epochs: 1, usd_per_mtok: 25 },
      },
      MILLION,
    );
    expect(formatUsd(hybrid.monthly_usd)).toBe("$2,572.00");
    expect(formatUsd(hybrid.one_time_usd)).toBe("$100.00");
  });
});

describe("cost model: prices", () => {
  it("prices input and output separately from the pinned table", () => {
    const e = estimate(
      { llm: { provider: "openai", model: "gpt-5", input_tokens: 800, output_tokens: 200, calls_per_query: 1 } },
      100_000,
      shippedPrices(),
    );
    expect(e.monthly_usd).toBe(300);
    expect(e.items[0]?.price_source).toMatch(/policies\/pricing.yml: openai\/gpt-5/);
    expect(e.prices_used.map((p) => p.key)).toEqual(["openai/gpt-5"]);
  });

  it("multiplies per-query cost by calls per query", () => {
    const e = estimate({ llm: { input_tokens: 500, output_tokens: 500, usd_per_mtok: 2, calls_per_query: 3 } }, 1000);
    expect(e.monthly_usd).toBe(6);
  });

  it("refuses an unknown model and names the near miss without pricing it", () => {
    const result = estimateCost(
      { llm: { provider: "openai", model: "gpt-5-mni", input_tokens: 1, output_tokens: 1, calls_per_query: 1 } },
      10,
      shippedPrices(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ kind: "unknown-model", path: ["cost", "llm", "model"] });
    expect(result.problems[0]?.hint).toMatch(/did you mean "openai\/gpt-5-mini"/);
  });

  it("refuses both a blended and a split price", () => {
    const result = estimateCost(
      { llm: { input_tokens: 1, output_tokens: 1, usd_per_mtok: 1, input_usd_per_mtok: 1, calls_per_query: 1 } },
      10,
      noPrices,
    );
    expect(result.ok).toBe(false);
  });

  it("refuses a flat amount and usage on the same item", () => {
    const result = estimateCost({ embedding: { tokens_per_query: 10, monthly_usd: 5 } }, 10, noPrices);
    expect(result.ok).toBe(false);
  });

  it("uses a pinned training price for fine-tuning", () => {
    const prices = pricesFrom({ "openai-ft/m": { training_mtok: 3 } });
    const e = estimate(
      { fine_tune: { provider: "openai-ft", model: "m", training_tokens: 400_000, epochs: 3 } },
      0,
      prices,
    );
    expect(e.one_time_usd).toBe(3.6);
  });
});

describe("break-even", () => {
  const e = estimate(
    {
      llm: { input_tokens: 1000, output_tokens: 0, usd_per_mtok: 2.5, calls_per_query: 1 },
      vector_db: { monthly_usd: 70 },
    },
    MILLION,
  );

  it("is the most queries the monthly budget covers", () => {
    // (3000 - 70) / 0.0025 per query
    expect(breakEvenMonthlyQueries(e, 3000)).toBe(1_172_000);
  });
  it("is zero when fixed costs alone exceed the budget", () => {
    expect(breakEvenMonthlyQueries(e, 50)).toBe(0);
  });
  it("is null when cost does not grow with traffic", () => {
    expect(breakEvenMonthlyQueries(estimate({ hosting: { monthly_usd: 100 } }, 10), 500)).toBeNull();
  });
});

describe("self-hosting crossover", () => {
  const sensitivity = { self_host_price: "gpu/h100", hours_per_month: 730, replicas: 1 };
  const prices = {
    ...pricesFrom({}),
    prices: { "gpu/h100": { unit: "per_hour" as const, usd_per_hour: 2, source: "test", as_of: "2026-11-01" } },
  };

  it("is the self-hosting cost over the per-query token cost", () => {
    const e = estimate({ llm: { input_tokens: 1000, output_tokens: 0, usd_per_mtok: 1, calls_per_query: 1 } }, 1000);
    // $1,460/month of GPU vs $0.001 per query
    expect(selfHostCrossover(e, prices, sensitivity)).toMatchObject({
      monthly_queries: 1_460_000,
      self_host_monthly_usd: 1460,
    });
  });
  it("says there is none when the plan pays nothing per token", () => {
    const c = selfHostCrossover(estimate({ hosting: { monthly_usd: 100 } }, 10), prices, sensitivity);
    expect(c.monthly_queries).toBeNull();
    expect(c.assumption).toMatch(/^none: the plan pays nothing per token/);
  });
  it("never suggests self-hosting a closed-weights model (a Claude or GPT fine-tune cannot be rented on an H100)", () => {
    const e = estimate({ llm: { input_tokens: 1000, output_tokens: 0, usd_per_mtok: 1, calls_per_query: 1 } }, 1000);
    for (const provider of ["anthropic", "openai", "openai-ft", "Google"]) {
      const c = selfHostCrossover(e, prices, sensitivity, { provider, model: "m" });
      expect(c, provider).toMatchObject({ monthly_queries: null, self_host_monthly_usd: null });
      expect(c.assumption).toMatch(/closed-weights model, so its fine-tune runs only on its provider's service/);
    }
    // an open-weights model still gets the crossover
    expect(selfHostCrossover(e, prices, sensitivity, { provider: "meta-llama", model: "llama-3.1-8b" })).toMatchObject({
      monthly_queries: 1_460_000,
    });
  });
  it("says so when no hourly price is pinned", () => {
    const c = selfHostCrossover(
      estimate({ llm: { input_tokens: 1, output_tokens: 1, usd_per_mtok: 1, calls_per_query: 1 } }, 10),
      pricesFrom({}),
      sensitivity,
    );
    expect(c.assumption).toMatch(/no per-hour price "gpu\/h100" pinned/);
  });
});
