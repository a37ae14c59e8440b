import { REMOTE_DATA_JSON_URL, waitForUpdate } from "@pydantic/genai-prices";
import { MAX_JSON_NESTING } from "../engine/input/json-nesting.ts";
import { jsonWorkExcess } from "../engine/input/json-work.ts";
import { genaiPricesSource, validateFeed } from "../engine/pricing/genai-prices-source.ts";
import type { CurrentPrices } from "../engine/pricing/price-source.ts";
import { AnswerTooLargeError, readBoundedText } from "./bounded-body.ts";
import { readLocalFile } from "./files.ts";
import { SHIPPED_PRICE_TABLE } from "./shipped-settings.generated.ts";

/** The live feed is a few hundred kilobytes; anything far larger is not it, and is not read past this. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
export async function loadCurrentPrices(spec: string | undefined, cwd: string): Promise<CurrentPrices> {
  const where = spec ?? REMOTE_DATA_JSON_URL;
  if (where === "bundled") {
    const providers = await waitForUpdate();
    if (providers === null) return { ok: false, source: where, reason: "the bundled price data is not available" };
    return {
      ok: true,
      feed: genaiPricesSource(providers, "@pydantic/genai-prices bundled data"),
      source: "@pydantic/genai-prices bundled data",
      asOf: bundledDataDate(),
    };
  }
  let text: string;
  let asOf: string | null = null;
  try {
    if (/^https?:\/\//.test(where)) {
      const response = await fetch(where, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: "application/json" },
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, source: where, reason: `the price feed answered HTTP ${response.status}` };
      }
      text = await readBoundedText(response, MAX_FEED_BYTES, "the price feed");
      asOf = httpDate(response.headers.get("last-modified"));
    } else {
      const file = await readLocalFile(where.startsWith("/") ? where : `${cwd}/${where}`, where, MAX_FEED_BYTES);
      if (!file.ok) return { ok: false, source: where, reason: file.message };
      text = file.text;
    }
  } catch (error) {
    if (error instanceof AnswerTooLargeError) return { ok: false, source: where, reason: error.message };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as { code?: string }).code ?? (error as Error).message;
    return { ok: false, source: where, reason: `could not fetch current prices (${why})` };
  }
  // Counted before parsing: genai-prices' match rules nest and are walked recursively, and 32 MB
  // of `{}` would build gigabytes. No real feed comes near either limit.
  const excess = jsonWorkExcess(text);
  if (excess?.reason === "depth")
    return { ok: false, source: where, reason: `the price data nests more than ${MAX_JSON_NESTING} levels deep` };
  if (excess !== null)
    return {
      ok: false,
      source: where,
      reason: `the price data is not a price feed: at line ${excess.line}, column ${excess.column}, ${excess.message}`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, source: where, reason: `the price data is not JSON (${(error as Error).message})` };
  }
  const valid = validateFeed(data);
  return valid.ok
    ? { ok: true, feed: genaiPricesSource(valid.providers, where), source: where, asOf }
    : { ok: false, source: where, reason: valid.reason };
}

/**
 * The bundled genai-prices data's date: the day tunegate's release last confirmed its shipped
 * prices against that same bundled data (the newest as_of of the shipped entries copied from it).
 */
export function bundledDataDate(): string | null {
  const dates = Object.values(SHIPPED_PRICE_TABLE.prices)
    .filter((p) => p.source.startsWith("@pydantic/genai-prices") && p.source.includes("bundled"))
    .map((p) => p.as_of)
    .sort();
  return dates.at(-1) ?? null;
}

/** A Last-Modified header as YYYY-MM-DD, or null. */
function httpDate(header: string | null): string | null {
  if (header === null) return null;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}
