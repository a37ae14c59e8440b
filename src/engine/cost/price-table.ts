import { z } from "zod";
import { daysBetween } from "../input/dates.ts";
import { capDiagnostics, MAX_DIAGNOSTICS_PER_FILE, type Parsed } from "../input/diagnostic.ts";
import { locateProblems, type FieldProblem } from "../input/field-problem.ts";
import { schemaDiagnostics } from "../input/schema-diagnostics.ts";
import { parseYamlSource } from "../input/yaml-source.ts";
import { PRICE_SOURCE_KINDS } from "../pricing/price-source.ts";

/**
 * The price table schema, built on first use: the shipped table is validated at build time, so
 * only a run that reads a repository's own table builds it.
 */
export const priceTableSchema = z.lazy(buildPriceTableSchema);

function buildPriceTableSchema() {
  const perMillion = z.number().min(0).max(100_000);
  const checkSchema = z
    .union([
      z.literal("manual").describe("pinned by hand from its source; the audit can only age it"),
      z
        .strictObject({ source: z.literal(PRICE_SOURCE_KINDS), provider: z.string().min(1), model: z.string().min(1) })
        .describe("the audit compares it with this feed entry"),
    ])
    .describe("how the audit verifies this price");
  const pinnedPriceSchema = z.strictObject({
    unit: z.enum(["per_1m_tokens", "per_hour"]),
    usd_per_hour: perMillion.optional().describe("per_hour entries: GPU or instance rental"),
    input_mtok: perMillion.optional(),
    output_mtok: perMillion.optional(),
    cache_read_mtok: perMillion.optional(),
    training_mtok: perMillion.optional().describe("fine-tuning training price per 1M training tokens"),
    source: z.string().min(1).max(200),
    as_of: z.iso.date().describe("when a person or the audit last confirmed this price"),
    shutdown_date: z.iso.date().optional(),
    available_until: z
      .strictObject({ new_jobs: z.iso.date().optional(), inference: z.iso.date().optional() })
      .optional(),
    check: checkSchema.optional(),
    note: z.string().max(1000).optional(),
  });
  return z.strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    currency: z.literal("USD"),
    prices: z.record(z.string().regex(/^[^/\s]+\/\S+$/, "keys are provider/model"), pinnedPriceSchema),
  });
}

/** One pinned price, keyed `provider/model` in the table; key names follow genai-prices. */
export type PinnedPrice = z.infer<typeof priceTableSchema>["prices"][string];

export type PriceTable = z.infer<typeof priceTableSchema> & {
  /** How reports name the table: a repository path, or "prices shipped with tunegate X.Y.Z". */
  file: string;
  /** The tables layered into this one, first wins; a single table when absent. */
  layers?: readonly string[];
  /** Per key, the table its entry came from; `file` when absent. */
  origins?: Readonly<Record<string, string>>;
  /** Where the repository pins a price it lacks (`tunegate pricing pin` writes there). */
  pinTarget?: string;
  /** The prices shipped with tunegate, as shipped, for comparing the repository's own with them. */
  shipped?: { file: string; prices: Readonly<Record<string, PinnedPrice>> };
};

/**
 * Parses the pinned price table (policies/pricing.yml or the repository's own). Given today's
 * date, a price confirmed in the future is an error: its age would stay negative, so the
 * pricing-freshness gate would call it fresh for ever.
 */
export function loadPriceTable(file: string, text: string, today?: string): Parsed<PriceTable> {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return parsed;
  const result = priceTableSchema.safeParse(parsed.value.data);
  if (!result.success)
    return { ok: false, diagnostics: schemaDiagnostics(result.error.issues, parsed.value, priceTableSchema) };
  const units = unitProblems(result.data);
  if (units.length > 0)
    return {
      ok: false,
      diagnostics: capDiagnostics(locateProblems(units.slice(0, MAX_DIAGNOSTICS_PER_FILE), parsed.value), units.length),
    };
  if (today !== undefined) {
    const future = futureConfirmations(result.data, today);
    if (future.length > 0)
      return {
        ok: false,
        diagnostics: capDiagnostics(
          locateProblems(future.slice(0, MAX_DIAGNOSTICS_PER_FILE), parsed.value),
          future.length,
        ),
      };
  }
  return { ok: true, value: { ...result.data, file } };
}

const TOKEN_FIELDS = ["input_mtok", "output_mtok", "cache_read_mtok", "training_mtok"] as const;

/**
 * An entry's prices must be in its unit: a per_hour entry's input_mtok would price tokens at what
 * was meant as an hourly rate, and a per_1m_tokens entry's usd_per_hour would cost self-hosting.
 */
function unitProblems(table: z.infer<typeof priceTableSchema>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, price] of Object.entries(table.prices)) {
    if (price.unit === "per_hour") {
      for (const field of TOKEN_FIELDS) {
        if (price[field] !== undefined)
          problems.push({
            path: ["prices", key, field],
            kind: "invalid-value",
            message: `${field} is a price per 1M tokens, but ${key} is priced per_hour`,
            hint: "give a per_hour entry only usd_per_hour; pin token prices under unit: per_1m_tokens",
          });
      }
      if (price.usd_per_hour === undefined)
        problems.push({
          path: ["prices", key, "unit"],
          kind: "invalid-value",
          message: `${key} is priced per_hour but has no usd_per_hour`,
        });
    } else if (price.usd_per_hour !== undefined) {
      problems.push({
        path: ["prices", key, "usd_per_hour"],
        kind: "invalid-value",
        message: `usd_per_hour is an hourly price, but ${key} is priced per_1m_tokens`,
        hint: "pin an hourly price under its own key with unit: per_hour",
      });
    }
  }
  return problems;
}

/** A day of slack: a price pinned this morning east of UTC is dated tomorrow in UTC. */
const CLOCK_SLACK_DAYS = 1;

function futureConfirmations(table: z.infer<typeof priceTableSchema>, today: string): FieldProblem[] {
  return Object.entries(table.prices)
    .filter(([, price]) => daysBetween(today, price.as_of) > CLOCK_SLACK_DAYS)
    .map(([key, price]) => ({
      path: ["prices", key, "as_of"],
      kind: "invalid-value",
      message: `as_of ${price.as_of} is in the future (today is ${today}): a price cannot have been confirmed on a day that has not come`,
      hint: "write the day the price was last checked against its source; pricing-freshness ages prices from it",
    }));
}

/**
 * The repository's pinned table over the one shipped with tunegate: the repository's entries win,
 * the shipped entries fill the rest, and each entry remembers which table it came from.
 */
export function layerPriceTables(
  repository: PriceTable | undefined,
  shipped: PriceTable,
  pinTarget: string,
): PriceTable {
  const origins: Record<string, string> = {};
  for (const key of Object.keys(shipped.prices)) origins[key] = shipped.file;
  const asShipped = { file: shipped.file, prices: shipped.prices };
  if (repository === undefined) return { ...shipped, layers: [shipped.file], origins, pinTarget, shipped: asShipped };
  for (const key of Object.keys(repository.prices)) origins[key] = repository.file;
  return {
    version: 1,
    currency: "USD",
    prices: { ...shipped.prices, ...repository.prices },
    file: `${repository.file} over the ${shipped.file}`,
    layers: [repository.file, `the ${shipped.file}`],
    origins,
    pinTarget,
    shipped: asShipped,
  };
}

/** The table a pinned entry came from. */
export function originOf(table: PriceTable, key: string): string {
  return table.origins?.[key] ?? table.file;
}

/** The tables a price was looked for in, for "it is not in ...". */
export function describeLayers(table: PriceTable): string {
  return (table.layers ?? [table.file]).join(" or ");
}

/** Exact lookup only: a near match is a different model, and guessing its price is how budgets break. */
export function findPinnedPrice(table: PriceTable, provider: string, model: string): PinnedPrice | undefined {
  return table.prices[`${provider}/${model}`];
}

export function modelsOf(table: PriceTable, provider: string): string[] {
  return Object.keys(table.prices)
    .filter((key) => key.startsWith(`${provider}/`))
    .map((key) => key.slice(provider.length + 1));
}
