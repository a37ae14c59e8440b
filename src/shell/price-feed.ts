import { REMOTE_DATA_JSON_URL, waitForUpdate } from "@pydantic/genai-prices";
import { MAX_JSON_NESTING, nestsDeeperThan } from "../engine/input/json-nesting.ts";
import { genaiPricesSource, validateFeed } from "../engine/pricing/genai-prices-source.ts";
import type { CurrentPrices } from "../engine/pricing/price-source.ts";
import { readLocalFile } from "./files.ts";

/** The live feed is a few hundred kilobytes; anything far larger is not it. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

/** `bundled`, an http(s) URL, or a file path; by default genai-prices' published live data. */
export async function loadCurrentPrices(spec: string | undefined, cwd: string): Promise<CurrentPrices> {
  const where = spec ?? REMOTE_DATA_JSON_URL;
  if (where === "bundled") {
    const providers = await waitForUpdate();
    if (providers === null) return { ok: false, source: where, reason: "the bundled price data is not available" };
    return { ok: true, feed: genaiPricesSource(providers, "@pydantic/genai-prices bundled data"), source: "@pydantic/genai-prices bundled data" };
  }
  let text: string;
  try {
    if (/^https?:\/\//.test(where)) {
      const response = await fetch(where, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/json" } });
      if (!response.ok) return { ok: false, source: where, reason: `the price feed answered HTTP ${response.status}` };
      const length = Number(response.headers.get("content-length") ?? 0);
      if (length > MAX_FEED_BYTES) return { ok: false, source: where, reason: `the price feed is ${length} bytes, more than the ${MAX_FEED_BYTES} accepted` };
      text = await response.text();
    } else {
      const file = await readLocalFile(where.startsWith("/") ? where : `${cwd}/${where}`, where, MAX_FEED_BYTES);
      if (!file.ok) return { ok: false, source: where, reason: file.message };
      text = file.text;
    }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as { code?: string }).code ?? (error as Error).message;
    return { ok: false, source: where, reason: `could not fetch current prices (${why})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, source: where, reason: `the price data is not JSON (${(error as Error).message})` };
  }
  // genai-prices' match rules nest and are walked recursively: refuse what no real feed has.
  if (nestsDeeperThan(data)) return { ok: false, source: where, reason: `the price data nests more than ${MAX_JSON_NESTING} levels deep` };
  const valid = validateFeed(data);
  return valid.ok ? { ok: true, feed: genaiPricesSource(valid.providers, where), source: where } : { ok: false, source: where, reason: valid.reason };
}
