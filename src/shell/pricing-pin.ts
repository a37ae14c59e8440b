import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, parseDocument, type Document } from "yaml";
import { loadPriceTable } from "../engine/cost/price-table.ts";
import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { resolvePrice, PRICE_FIELDS } from "../engine/pricing/feed.ts";
import { MAX_CONFIG_BYTES, readFailure, readRepoFile } from "./files.ts";
import { loadPlans } from "./plans.ts";
import { loadCurrentPrices } from "./price-feed.ts";

export interface PinRequest {
  root: string;
  plans: string;
  /** The repository's pinned file, relative to the root; created when absent. */
  pricing: string;
  data: string | undefined;
  today: string;
}

export interface PinReport {
  file: string;
  pinned: string[];
  unchanged: string[];
  kept: string[];
  unknown: Array<{ model: string; reason: string }>;
  source: string;
}

const HEADER = "# Pinned prices for tunegate, USD per 1M tokens, keyed provider/model (genai-prices key names).\n# `tunegate pricing pin` refreshes entries checked against the feed; entries with check: manual are\n# pinned by hand and never touched.\n";

/**
 * Writes or refreshes the pinned entry of every model the plans price from the table, from the
 * feed. Edits the YAML in place, so comments and hand-pinned entries (check: manual) survive.
 */
export async function pinPrices(request: PinRequest): Promise<{ ok: true; report: PinReport } | { ok: false; diagnostics: Diagnostic[]; reason?: string }> {
  const plans = await loadPlans(request.root, request.plans);
  if (!plans.ok) return plans;
  const wanted = new Map<string, { provider: string; model: string }>();
  for (const { plan } of plans.plans) {
    const cost = plan.cost;
    for (const item of [cost?.llm, cost?.embedding]) {
      if (item?.provider !== undefined && item.model !== undefined && item.usd_per_mtok === undefined) wanted.set(`${item.provider}/${item.model}`, { provider: item.provider, model: item.model });
    }
  }
  const existing = await readRepoFile(request.root, request.pricing, MAX_CONFIG_BYTES);
  if (!existing.ok && existing.kind !== "file-missing") return { ok: false, diagnostics: [readFailure(existing, { file: request.pricing, line: 1, column: 1 }, "")] };
  const doc: Document = existing.ok ? parseDocument(existing.text) : parseDocument(`${HEADER}version: 1\ncurrency: USD\nprices: {}\n`);
  const pricesNode = doc.get("prices", true);
  // The seed `prices: {}` is a flow map; entries added to it should read as ordinary YAML blocks.
  if (isMap(pricesNode) && pricesNode.items.length === 0) pricesNode.flow = false;
  if (existing.ok) {
    const valid = loadPriceTable(request.pricing, existing.text);
    if (!valid.ok) return { ok: false, diagnostics: valid.diagnostics };
  }
  const current = await loadCurrentPrices(request.data ?? "bundled", request.root);
  if (!current.ok) return { ok: false, diagnostics: [], reason: current.reason };

  const report: PinReport = { file: request.pricing, pinned: [], unchanged: [], kept: [], unknown: [], source: current.source };
  const at = new Date(`${request.today}T12:00:00Z`);
  for (const [key, { provider, model }] of [...wanted.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = doc.getIn(["prices", key]);
    if (isMap(entry) && entry.get("check") === "manual") {
      report.kept.push(key);
      continue;
    }
    const resolved = resolvePrice(current.providers, provider, model, at);
    if (!resolved.ok) {
      report.unknown.push({ model: key, reason: resolved.reason === "fuzzy" ? `the feed only matches it as ${resolved.matched}, a different model` : resolved.reason === "no-provider" ? `no provider ${provider} in the feed` : "not in the feed" });
      continue;
    }
    const before = JSON.stringify(isMap(entry) ? entry.toJSON() : null);
    if (!isMap(entry)) doc.setIn(["prices", key], doc.createNode({ unit: "per_1m_tokens" }));
    for (const field of PRICE_FIELDS) {
      const value = resolved.prices[field];
      if (value !== undefined) doc.setIn(["prices", key, field], value);
    }
    doc.setIn(["prices", key, "source"], current.source === "@pydantic/genai-prices bundled data" ? "@pydantic/genai-prices bundled data" : `genai-prices feed ${current.source}`);
    doc.setIn(["prices", key, "check"], doc.createNode({ source: "genai-prices", provider, model }, { flow: true }));
    const pricesChanged = JSON.stringify((doc.getIn(["prices", key]) as { toJSON(): unknown }).toJSON()) !== before;
    // as_of records when the price was last confirmed, so it moves even when nothing else did.
    doc.setIn(["prices", key, "as_of"], request.today);
    (pricesChanged ? report.pinned : report.unchanged).push(key);
  }
  const text = doc.toString({ lineWidth: 0 });
  const check = loadPriceTable(request.pricing, text);
  if (!check.ok) return { ok: false, diagnostics: check.diagnostics, reason: "the refreshed table would not be valid; nothing was written" };
  const target = join(request.root, request.pricing);
  await writeFile(`${target}.tmp`, text);
  await rename(`${target}.tmp`, target);
  return { ok: true, report };
}
