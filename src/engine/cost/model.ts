import type { FieldProblem } from "../input/field-problem.ts";
import { closestName } from "../input/did-you-mean.ts";
import { showNonAscii, lookalikeOf } from "../input/lookalike.ts";
import type { CostPlan } from "../plan/schema.ts";
import {
  describeLayers,
  findPinnedPrice,
  modelsOf,
  originOf,
  type PinnedPrice,
  type PriceTable,
} from "./price-table.ts";
import { formatCount, formatRate, toCents } from "./money.ts";

export type CostPeriod = "monthly" | "one_time";

/** A pinned price a projection relied on; the pricing-freshness gate ages these. */
export interface PriceUse {
  key: string;
  as_of: string;
  source: string;
  file: string;
  path: PropertyKey[];
  /** When the model stops serving, as the pinned table records it. */
  shutdown_date?: string;
  /** When new fine-tuning jobs on it end, for fine-tuning prices. */
  new_jobs_until?: string;
}

/** A per-1M-token rate a projection used, for comparing it with the price shipped with tunegate. */
export interface RateUse {
  /** provider/model when the item names both (with a price of its own, they are only labels). */
  key: string | undefined;
  field: "input_mtok" | "output_mtok" | "training_mtok";
  rate: number;
  /** Where the rate came from: "plan" or the pinned table's name. */
  from: string;
  path: PropertyKey[];
}

export interface CostItem {
  id: string;
  label: string;
  period: CostPeriod;
  usd: number;
  /** Variable part per query; zero for flat items. */
  per_query_usd: number;
  assumption: string;
  price_source: string;
}

/**
 * A cost the plan has but no price for: serving a fine-tuned model whose provider publishes no
 * price in the pinned data. It is left out of the totals (never counted as zero) and makes the
 * cost-budget gate missing.
 */
export interface UnpricedItem {
  id: string;
  label: string;
  path: PropertyKey[];
  summary: string;
  fix: string;
}

export interface CostEstimate {
  /** Monthly cost of the priced items; what is in `unpriced` is not in it. */
  monthly_usd: number;
  one_time_usd: number;
  items: CostItem[];
  per_query_usd: number;
  fixed_monthly_usd: number;
  prices_used: PriceUse[];
  /** Every per-1M-token rate the projection used. */
  rates: RateUse[];
  /** Costs with no price; empty when every item is priced. */
  unpriced: UnpricedItem[];
}

type Priced = { item: CostItem; price?: PriceUse; rates?: RateUse[] };
type Outcome = Priced | { problems: FieldProblem[] } | { unpriced: UnpricedItem };

const PER_MILLION = 1_000_000;

/**
 * Projects monthly and one-time cost from a plan's cost block. Token items are priced per query
 * and then multiplied, never priced as one month-sized request.
 */
export function estimateCost(
  cost: CostPlan,
  monthlyQueries: number,
  prices: PriceTable,
): { ok: true; value: CostEstimate } | { ok: false; problems: FieldProblem[] } {
  const outcomes: Outcome[] = [];
  if (cost.llm !== undefined) outcomes.push(llmItem(cost.llm, monthlyQueries, prices));
  if (cost.embedding !== undefined) outcomes.push(embeddingItem(cost.embedding, monthlyQueries, prices));
  if (cost.vector_db !== undefined)
    outcomes.push(...flatItems("vector_db", "Vector database", cost.vector_db, ["cost", "vector_db"]));
  if (cost.fine_tune !== undefined) outcomes.push(fineTuneItem(cost.fine_tune, prices));
  if (cost.hosting !== undefined) outcomes.push(...flatItems("hosting", "Hosting", cost.hosting, ["cost", "hosting"]));
  for (const [index, other] of (cost.other ?? []).entries())
    outcomes.push(...flatItems(`other:${other.name}`, other.name, other, ["cost", "other", index]));

  const problems = outcomes.flatMap((o) => ("problems" in o ? o.problems : []));
  if (problems.length > 0) return { ok: false, problems };
  const done = outcomes.filter((o): o is Priced => "item" in o);
  const items = done.map((o) => o.item);
  const monthly = items.filter((i) => i.period === "monthly");
  return {
    ok: true,
    value: {
      monthly_usd: toCents(sum(monthly.map((i) => i.usd))),
      one_time_usd: toCents(sum(items.filter((i) => i.period === "one_time").map((i) => i.usd))),
      items,
      per_query_usd: sum(monthly.map((i) => i.per_query_usd)),
      fixed_monthly_usd: sum(monthly.filter((i) => i.per_query_usd === 0).map((i) => i.usd)),
      prices_used: done.flatMap((o) => (o.price === undefined ? [] : [o.price])),
      rates: done.flatMap((o) => o.rates ?? []),
      unpriced: outcomes.flatMap((o) => ("unpriced" in o ? [o.unpriced] : [])),
    },
  };
}

/**
 * The most queries a month the monthly budget covers, or null when cost does not grow with
 * traffic. Zero means the fixed costs alone already exceed it.
 */
export function breakEvenMonthlyQueries(estimate: CostEstimate, monthlyBudget: number): number | null {
  if (estimate.per_query_usd <= 0) return null;
  const headroom = monthlyBudget - estimate.fixed_monthly_usd;
  if (headroom <= 0) return 0;
  return Math.floor(headroom / estimate.per_query_usd + 1e-9);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

interface ResolvedPrice {
  input: number;
  output: number;
  source: string;
  price?: PriceUse;
  rates: RateUse[];
}

function keyOf(item: { provider?: string | undefined; model?: string | undefined }): string | undefined {
  return item.provider === undefined || item.model === undefined ? undefined : `${item.provider}/${item.model}`;
}

function llmItem(llm: NonNullable<CostPlan["llm"]>, queries: number, prices: PriceTable): Outcome {
  const path = ["cost", "llm"];
  if (llm.one_time_usd !== undefined) return recurringOnly(path, "LLM inference");
  const flat = flatInstead(
    llm,
    path,
    "LLM",
    "input_tokens",
    llm.input_tokens ?? llm.output_tokens ?? llm.tokens_per_query,
  );
  if (flat !== undefined) return flat;
  if (llm.tokens_per_query !== undefined) return blendedLlmItem(llm, llm.tokens_per_query, queries);
  const served = llm.fine_tuned === true ? fineTunedPricing(llm, path, prices) : { price: llm };
  if ("unpriced" in served) return served;
  const problems: FieldProblem[] = [];
  if (llm.input_tokens === undefined) problems.push(missing([...path, "input_tokens"], "input tokens per call"));
  if (llm.output_tokens === undefined) problems.push(missing([...path, "output_tokens"], "output tokens per call"));
  const resolved = resolveTokenPrice(served.price, path, prices, problems);
  if (problems.length > 0 || resolved === undefined) return { problems };
  const input = llm.input_tokens!;
  const output = llm.output_tokens!;
  const perCall = (input * resolved.input + output * resolved.output) / PER_MILLION;
  const perQuery = perCall * llm.calls_per_query;
  const calls = llm.calls_per_query === 1 ? "" : ` x ${llm.calls_per_query} calls`;
  const rates =
    resolved.input === resolved.output
      ? `${formatCount(input + output)} tokens x ${formatRate(resolved.input)}/1M`
      : `(${formatCount(input)} in x ${formatRate(resolved.input)} + ${formatCount(output)} out x ${formatRate(resolved.output)})/1M`;
  return {
    item: llmCostItem(llm, perQuery, queries, `${formatCount(queries)} queries${calls} x ${rates}`, resolved.source),
    rates: resolved.rates,
    ...(resolved.price === undefined ? {} : { price: resolved.price }),
  };
}

/** The suffix the pinned table gives a provider's fine-tuned inference prices (openai-ft/...). */
export const FINE_TUNED_SUFFIX = "-ft";

/**
 * What a fine-tuned model's tokens are priced from: the plan's own rates, else the pinned
 * `<provider>-ft/<model>` entry (a published fine-tuned price, with its source and date). The
 * base model's price is never used: fine-tuned inference is priced apart (OpenAI charges twice
 * the base). With neither, the serving cost is unpriced, not zero.
 */
function fineTunedPricing(
  llm: NonNullable<CostPlan["llm"]>,
  path: PropertyKey[],
  prices: PriceTable,
): { price: NonNullable<CostPlan["llm"]> } | { unpriced: UnpricedItem } {
  const ownPrice =
    llm.usd_per_mtok !== undefined || llm.input_usd_per_mtok !== undefined || llm.output_usd_per_mtok !== undefined;
  if (ownPrice || llm.provider === undefined || llm.model === undefined || llm.provider.endsWith(FINE_TUNED_SUFFIX))
    return { price: llm };
  const provider = `${llm.provider}${FINE_TUNED_SUFFIX}`;
  if (findPinnedPrice(prices, provider, llm.model) !== undefined) return { price: { ...llm, provider } };
  const known = modelsOf(prices, provider);
  const pinned =
    known.length === 0
      ? `no ${provider}/ entry is pinned in ${describeLayers(prices)}`
      : `${describeLayers(prices)} pins ${provider}/ prices for ${known.join(", ")} only`;
  return {
    unpriced: {
      id: "llm",
      label: `LLM inference (${llm.model}, fine-tuned)`,
      path: [...path, "fine_tuned"],
      summary: `serving the fine-tuned ${llm.provider}/${llm.model} has no price: ${pinned}, and the base model's price is not a fine-tune's${misspeltBase(llm.provider, llm.model, prices)}`,
      fix: `give input_usd_per_mtok and output_usd_per_mtok in cost.llm from ${llm.provider}'s price list for fine-tuned models, or pin ${provider}/${llm.model} (source, as_of) in the repository's prices`,
    },
  };
}

/**
 * A base model no table knows, with a near name that it does: likely a typo, which an unpriced
 * fine-tune would otherwise hide (the base model's price is not needed, so no "unknown model").
 */
function misspeltBase(provider: string, model: string, prices: PriceTable): string {
  if (findPinnedPrice(prices, provider, model) !== undefined) return "";
  const near = closestName(model, modelsOf(prices, provider));
  return near === undefined
    ? ""
    : `; "${provider}/${model}" is not a model tunegate knows either: did you mean "${provider}/${near}"?`;
}

function llmCostItem(
  llm: NonNullable<CostPlan["llm"]>,
  perQuery: number,
  queries: number,
  assumption: string,
  source: string,
): CostItem {
  return {
    id: "llm",
    label:
      llm.model === undefined
        ? "LLM inference"
        : `LLM inference (${llm.model}${llm.fine_tuned === true ? ", fine-tuned" : ""})`,
    period: "monthly",
    usd: toCents(perQuery * queries),
    per_query_usd: perQuery,
    assumption,
    price_source: source,
  };
}

/**
 * `tokens_per_query` + `usd_per_mtok`: every token of a query at one blended price, as
 * docs/framework.md section 7 states its figures (1,000 tokens x $2.50 per 1M).
 */
function blendedLlmItem(llm: NonNullable<CostPlan["llm"]>, tokens: number, queries: number): Outcome {
  const path = ["cost", "llm"];
  const problems: FieldProblem[] = [];
  if (llm.input_tokens !== undefined || llm.output_tokens !== undefined) {
    problems.push({
      path: [...path, "tokens_per_query"],
      kind: "invalid-value",
      message: "give tokens_per_query (at a blended usd_per_mtok) or input_tokens and output_tokens per call, not both",
    });
  }
  if (llm.calls_per_query !== 1) {
    problems.push({
      path: [...path, "calls_per_query"],
      kind: "invalid-value",
      message:
        "tokens_per_query already counts every call of a query; give input_tokens and output_tokens per call to use calls_per_query",
    });
  }
  if (llm.input_usd_per_mtok !== undefined || llm.output_usd_per_mtok !== undefined) {
    problems.push({
      path: [...path, "tokens_per_query"],
      kind: "invalid-value",
      message:
        "tokens_per_query is priced at one blended usd_per_mtok; split prices need input_tokens and output_tokens",
    });
  }
  if (llm.usd_per_mtok === undefined) {
    problems.push({
      path: [...path, "tokens_per_query"],
      kind: "invalid-value",
      message: "tokens_per_query needs a blended usd_per_mtok",
      hint: "give usd_per_mtok, or input_tokens and output_tokens to price from the pinned table",
    });
  }
  if (problems.length > 0) return { problems };
  const rate = llm.usd_per_mtok!;
  const perQuery = (tokens * rate) / PER_MILLION;
  // A blended rate is compared with the cheaper (input) price: below that, it is below every token's.
  const rates: RateUse[] = [
    { key: keyOf(llm), field: "input_mtok", rate, from: "plan", path: [...path, "usd_per_mtok"] },
  ];
  return {
    item: llmCostItem(
      llm,
      perQuery,
      queries,
      `${formatCount(queries)} queries x ${formatCount(tokens)} tokens x ${formatRate(rate)}/1M`,
      "plan (usd_per_mtok)",
    ),
    rates,
  };
}

function resolveTokenPrice(
  item: {
    provider?: string | undefined;
    model?: string | undefined;
    usd_per_mtok?: number | undefined;
    input_usd_per_mtok?: number | undefined;
    output_usd_per_mtok?: number | undefined;
  },
  path: PropertyKey[],
  prices: PriceTable,
  problems: FieldProblem[],
): ResolvedPrice | undefined {
  const split = item.input_usd_per_mtok !== undefined || item.output_usd_per_mtok !== undefined;
  if (item.usd_per_mtok !== undefined && split) {
    problems.push({
      path: [...path, "usd_per_mtok"],
      kind: "invalid-value",
      message: "give either usd_per_mtok (blended) or input_usd_per_mtok and output_usd_per_mtok, not both",
    });
    return undefined;
  }
  const key = keyOf(item);
  if (item.usd_per_mtok !== undefined) {
    return {
      input: item.usd_per_mtok,
      output: item.usd_per_mtok,
      source: "plan (usd_per_mtok)",
      rates: [{ key, field: "input_mtok", rate: item.usd_per_mtok, from: "plan", path: [...path, "usd_per_mtok"] }],
    };
  }
  if (split) {
    if (item.input_usd_per_mtok === undefined || item.output_usd_per_mtok === undefined) {
      const absent = item.input_usd_per_mtok === undefined ? "input_usd_per_mtok" : "output_usd_per_mtok";
      problems.push(missing([...path, absent], "the other half of the split price"));
      return undefined;
    }
    return {
      input: item.input_usd_per_mtok,
      output: item.output_usd_per_mtok,
      source: "plan (input/output_usd_per_mtok)",
      rates: [
        {
          key,
          field: "input_mtok",
          rate: item.input_usd_per_mtok,
          from: "plan",
          path: [...path, "input_usd_per_mtok"],
        },
        {
          key,
          field: "output_mtok",
          rate: item.output_usd_per_mtok,
          from: "plan",
          path: [...path, "output_usd_per_mtok"],
        },
      ],
    };
  }
  const pinned = pinnedFor(item, path, prices, problems);
  if (pinned === undefined) return undefined;
  if (pinned.entry.input_mtok === undefined || pinned.entry.output_mtok === undefined) {
    problems.push({
      path: [...path, "model"],
      kind: "unknown-model",
      message: `${pinned.key} in ${pinned.origin} has no input_mtok/output_mtok token prices`,
      hint: "pin both prices, or give input_usd_per_mtok and output_usd_per_mtok in the plan",
    });
    return undefined;
  }
  const at = [...path, "model"];
  return {
    input: pinned.entry.input_mtok,
    output: pinned.entry.output_mtok,
    source: pinned.source,
    price: pinned.use,
    rates: [
      { key: pinned.key, field: "input_mtok", rate: pinned.entry.input_mtok, from: pinned.origin, path: at },
      { key: pinned.key, field: "output_mtok", rate: pinned.entry.output_mtok, from: pinned.origin, path: at },
    ],
  };
}

function pinnedFor(
  item: { provider?: string | undefined; model?: string | undefined },
  path: PropertyKey[],
  prices: PriceTable,
  problems: FieldProblem[],
): { key: string; entry: PinnedPrice; origin: string; source: string; use: PriceUse } | undefined {
  if (item.provider === undefined || item.model === undefined) {
    problems.push({
      path: [...path, item.provider === undefined ? "provider" : "model"],
      kind: "invalid-value",
      message: "a priced item needs provider and model (to look up the pinned price) or its own usd_per_mtok",
    });
    return undefined;
  }
  const entry = findPinnedPrice(prices, item.provider, item.model);
  const key = `${item.provider}/${item.model}`;
  const shippedKeys = Object.keys(prices.shipped?.prices ?? {});
  const lookalike = shippedKeys.includes(key) ? undefined : lookalikeOf(key, shippedKeys);
  if (lookalike !== undefined) {
    // "Anthropic/..." or "аnthropic/..." (Cyrillic а) reads as the shipped model but is another
    // key: a price pinned under it would never be compared with the shipped or published one.
    problems.push({
      path: [...path, item.provider !== lookalike.slice(0, lookalike.indexOf("/")) ? "provider" : "model"],
      kind: "unknown-model",
      message: `"${showNonAscii(key)}" differs from "${lookalike}" (${prices.shipped!.file}) only by case, invisible or lookalike characters: it names a different price`,
      hint: `write "${lookalike}" exactly, in the plan and in any pinned price`,
    });
    return undefined;
  }
  if (entry === undefined) {
    const near = closestName(item.model, modelsOf(prices, item.provider));
    problems.push({
      path: [...path, "model"],
      kind: "unknown-model",
      message: `unknown model "${key}": it is not in ${describeLayers(prices)}`,
      hint:
        near === undefined
          ? `pin its price in ${prices.pinTarget ?? prices.file} (tunegate pricing pin does it from the price data), or give usd_per_mtok in the plan; tunegate never guesses a price`
          : `did you mean "${item.provider}/${near}"? A similar name is a different model, so tunegate does not price it as one`,
    });
    return undefined;
  }
  const origin = originOf(prices, key);
  return {
    key,
    entry,
    origin,
    source: `${origin}: ${key} (${entry.source}, as of ${entry.as_of})`,
    use: {
      key,
      as_of: entry.as_of,
      source: entry.source,
      file: origin,
      path: [...path, "model"],
      ...lifecycleOf(entry),
    },
  };
}

function lifecycleOf(entry: PinnedPrice): Pick<PriceUse, "shutdown_date" | "new_jobs_until"> {
  const shutdown = entry.shutdown_date ?? entry.available_until?.inference;
  const newJobs = entry.available_until?.new_jobs;
  return {
    ...(shutdown === undefined ? {} : { shutdown_date: shutdown }),
    ...(newJobs === undefined ? {} : { new_jobs_until: newJobs }),
  };
}

function embeddingItem(embedding: NonNullable<CostPlan["embedding"]>, queries: number, prices: PriceTable): Outcome {
  const path = ["cost", "embedding"];
  if (embedding.one_time_usd !== undefined) return recurringOnly(path, "Embeddings");
  const flat = flatInstead(embedding, path, "Embeddings", "tokens_per_query", embedding.tokens_per_query);
  if (flat !== undefined) return flat;
  const problems: FieldProblem[] = [];
  if (embedding.tokens_per_query === undefined)
    problems.push(missing([...path, "tokens_per_query"], "tokens embedded per query"));
  const resolved = singleRate(embedding, path, prices, problems, "input_mtok");
  if (problems.length > 0 || resolved === undefined) return { problems };
  const { rate, source, price, rates } = resolved;
  const tokens = embedding.tokens_per_query!;
  const perQuery = (tokens * rate) / PER_MILLION;
  return {
    item: {
      id: "embedding",
      label: embedding.model === undefined ? "Embeddings" : `Embeddings (${embedding.model})`,
      period: "monthly",
      usd: toCents(perQuery * queries),
      per_query_usd: perQuery,
      assumption: `${formatCount(queries)} queries x ${formatCount(tokens)} tokens x ${formatRate(rate)}/1M`,
      price_source: source,
    },
    rates,
    ...(price === undefined ? {} : { price }),
  };
}

function fineTuneItem(fineTune: NonNullable<CostPlan["fine_tune"]>, prices: PriceTable): Outcome {
  const path = ["cost", "fine_tune"];
  if (fineTune.monthly_usd !== undefined) {
    return {
      problems: [
        {
          path: [...path, "monthly_usd"],
          kind: "invalid-value",
          message: "fine-tuning is a one-time cost: use one_time_usd (put serving costs under hosting or llm)",
        },
      ],
    };
  }
  const flat = flatInstead(fineTune, path, "Fine-tuning", "training_tokens", fineTune.training_tokens);
  if (flat !== undefined) return flat;
  const problems: FieldProblem[] = [];
  if (fineTune.training_tokens === undefined)
    problems.push(missing([...path, "training_tokens"], "tokens in the training file"));
  const resolved = singleRate(
    fineTune,
    path,
    prices,
    problems,
    "training_mtok",
    "pin the training price by hand with its source, or give usd_per_mtok",
  );
  if (problems.length > 0 || resolved === undefined) return { problems };
  const { rate, source, price, rates } = resolved;
  const tokens = fineTune.training_tokens!;
  return {
    item: {
      id: "fine_tune",
      label: "Fine-tuning (training)",
      period: "one_time",
      usd: toCents((tokens * fineTune.epochs * rate) / PER_MILLION),
      per_query_usd: 0,
      assumption: `${formatCount(tokens)} training tokens x ${fineTune.epochs} epoch${fineTune.epochs === 1 ? "" : "s"} x ${formatRate(rate)}/1M`,
      price_source: source,
    },
    rates,
    ...(price === undefined ? {} : { price }),
  };
}

/** One per-1M-token rate: the plan's own usd_per_mtok, or the named field of the pinned entry. */
function singleRate(
  item: { provider?: string | undefined; model?: string | undefined; usd_per_mtok?: number | undefined },
  path: PropertyKey[],
  prices: PriceTable,
  problems: FieldProblem[],
  field: "input_mtok" | "training_mtok",
  hint?: string,
): { rate: number; source: string; price?: PriceUse; rates: RateUse[] } | undefined {
  if (item.usd_per_mtok !== undefined) {
    return {
      rate: item.usd_per_mtok,
      source: "plan (usd_per_mtok)",
      rates: [{ key: keyOf(item), field, rate: item.usd_per_mtok, from: "plan", path: [...path, "usd_per_mtok"] }],
    };
  }
  const pinned = pinnedFor(item, path, prices, problems);
  if (pinned === undefined) return undefined;
  const rate = pinned.entry[field];
  if (rate === undefined) {
    problems.push({
      path: [...path, "model"],
      kind: "unknown-model",
      message: `${pinned.key} has no ${field} price in ${pinned.origin}`,
      ...(hint === undefined ? {} : { hint }),
    });
    return undefined;
  }
  return {
    rate,
    source: pinned.source,
    price: pinned.use,
    rates: [{ key: pinned.key, field, rate, from: pinned.origin, path: [...path, "model"] }],
  };
}

/** Items given as a flat amount: returns the outcome, or undefined when the item is usage-priced. */
function flatInstead(
  item: { monthly_usd?: number | undefined; one_time_usd?: number | undefined },
  path: PropertyKey[],
  label: string,
  usageField: string,
  usage: number | undefined,
): Outcome | undefined {
  if (item.monthly_usd === undefined && item.one_time_usd === undefined) return undefined;
  if (usage !== undefined) {
    return {
      problems: [
        {
          path: [...path, usageField],
          kind: "invalid-value",
          message: `give either a flat amount (monthly_usd / one_time_usd) or usage to price, not both`,
        },
      ],
    };
  }
  const outcomes = flatItems(path.at(-1) as string, label, item, path);
  return outcomes.length === 1
    ? outcomes[0]
    : { problems: [{ path, kind: "invalid-value", message: "give one flat amount per item" }] };
}

function flatItems(
  id: string,
  label: string,
  item: { monthly_usd?: number | undefined; one_time_usd?: number | undefined },
  path: PropertyKey[],
): Outcome[] {
  const outcomes: Outcome[] = [];
  if (item.monthly_usd !== undefined) {
    outcomes.push({
      item: {
        id,
        label,
        period: "monthly",
        usd: toCents(item.monthly_usd),
        per_query_usd: 0,
        assumption: "flat monthly amount",
        price_source: "plan",
      },
    });
  }
  if (item.one_time_usd !== undefined) {
    outcomes.push({
      item: {
        id,
        label,
        period: "one_time",
        usd: toCents(item.one_time_usd),
        per_query_usd: 0,
        assumption: "flat one-time amount",
        price_source: "plan",
      },
    });
  }
  if (outcomes.length === 0) {
    return [{ problems: [{ path, kind: "invalid-value", message: `${label}: give monthly_usd or one_time_usd` }] }];
  }
  return outcomes;
}

/**
 * Per-query items are paid every month the feature serves: written as one_time_usd they would
 * leave the monthly projection (and its budget) and land in the one-time one.
 */
function recurringOnly(path: PropertyKey[], what: string): Outcome {
  return {
    problems: [
      {
        path: [...path, "one_time_usd"],
        kind: "invalid-value",
        message: `${what}: paid per query, every month, so never a one-time cost`,
        hint: "use monthly_usd (or tokens and prices); put a one-time setup cost under other",
      },
    ],
  };
}

function missing(path: PropertyKey[], what: string): FieldProblem {
  return { path, kind: "invalid-value", message: `required to price this item: ${what}` };
}
