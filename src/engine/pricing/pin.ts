import { isMap, parseDocument, type Document } from "yaml";
import { loadPriceTable, type PinnedPrice, type PriceTable } from "../cost/price-table.ts";
import type { Diagnostic } from "../input/diagnostic.ts";
import { PRICE_FIELDS, type PriceSource } from "./price-source.ts";
import type { PlanModel } from "./plan-models.ts";

export interface PinInput {
  /** The repository's pinned table, as reports name it. */
  file: string;
  /** Its text, or undefined when it does not exist yet. */
  existing: string | undefined;
  /** Comment lines that open a new file. */
  header: string;
  wanted: readonly PlanModel[];
  current: { feed: PriceSource; source: string; asOf?: string | null };
  /** Models the price data lacks are copied from here when it has them (hand-pinned prices). */
  shipped: PriceTable;
  today: string;
}

export interface PinReport {
  file: string;
  pinned: string[];
  unchanged: string[];
  kept: string[];
  copied: string[];
  unknown: Array<{ model: string; reason: string }>;
  source: string;
  /** The date of the price data the entries were stamped with; null when the data does not say. */
  data_as_of: string | null;
}

export type PinOutcome = { ok: true; text: string; report: PinReport } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Writes or refreshes the pinned entry of every wanted model from the price data. Edits the YAML
 * in place, so comments and hand-pinned entries (check: manual) survive; a model the data lacks
 * but tunegate's shipped table has (a hand-pinned fine-tuning price) is copied with its source.
 */
export function pinPrices(input: PinInput): PinOutcome {
  if (input.existing !== undefined) {
    const valid = loadPriceTable(input.file, input.existing);
    if (!valid.ok) return valid;
  }
  const doc: Document = parseDocument(input.existing ?? `${input.header}version: 1\ncurrency: USD\nprices: {}\n`);
  const pricesNode = doc.get("prices", true);
  // The seed `prices: {}` is a flow map; entries added to it should read as ordinary YAML blocks.
  if (isMap(pricesNode) && pricesNode.items.length === 0) pricesNode.flow = false;

  const dataDate = input.current.asOf ?? null;
  const report: PinReport = {
    file: input.file,
    pinned: [],
    unchanged: [],
    kept: [],
    copied: [],
    unknown: [],
    source: input.current.source,
    data_as_of: dataDate,
  };
  const at = new Date(`${input.today}T12:00:00Z`);
  const entrySource = input.current.feed.pinnedFrom;
  for (const { key, provider, model } of [...input.wanted].sort((a, b) => a.key.localeCompare(b.key))) {
    const entry = doc.getIn(["prices", key]);
    if (isMap(entry) && entry.get("check") === "manual") {
      report.kept.push(key);
      continue;
    }
    const resolved = input.current.feed.quote(provider, model, at);
    if (!resolved.ok) {
      const shipped = input.shipped.prices[key];
      if (!isMap(entry) && shipped !== undefined) {
        doc.setIn(["prices", key], entryNode(doc, shipped));
        report.copied.push(key);
        continue;
      }
      report.unknown.push({
        model: key,
        reason:
          resolved.reason === "fuzzy"
            ? `the price data only matches it as ${resolved.matched}, a different model`
            : resolved.reason === "no-provider"
              ? `no provider ${provider} in the price data`
              : "not in the price data",
      });
      continue;
    }
    const before = JSON.stringify(isMap(entry) ? entry.toJSON() : null);
    if (!isMap(entry)) doc.setIn(["prices", key], doc.createNode({ unit: "per_1m_tokens" }));
    for (const field of PRICE_FIELDS) {
      const value = resolved.prices[field];
      if (value !== undefined) doc.setIn(["prices", key, field], value);
    }
    doc.setIn(["prices", key, "source"], entrySource);
    doc.setIn(
      ["prices", key, "check"],
      doc.createNode({ source: input.current.feed.kind, provider, model }, { flow: true }),
    );
    const changed = JSON.stringify((doc.getIn(["prices", key]) as { toJSON(): unknown }).toJSON()) !== before;
    const previous = isMap(entry) ? entry.get("as_of") : undefined;
    doc.setIn(
      ["prices", key, "as_of"],
      asOfFor(
        dataDate,
        changed,
        typeof previous === "string"
          ? previous
          : previous instanceof Date
            ? previous.toISOString().slice(0, 10)
            : undefined,
        input.today,
      ),
    );
    (changed ? report.pinned : report.unchanged).push(key);
  }
  const text = doc.toString({ lineWidth: 0 });
  const check = loadPriceTable(input.file, text);
  if (!check.ok) return check;
  return { ok: true, text, report };
}

/**
 * as_of is the date of the price data a price was copied from: the data's own date when it has
 * one. Data that does not say keeps an unchanged entry's as_of (confirming old prices again does
 * not make them fresh); only a price that changed gets the day it was fetched, the one bound
 * there is on when it was current.
 */
export function asOfFor(
  dataDate: string | null,
  changed: boolean,
  previous: string | undefined,
  today: string,
): string {
  if (dataDate !== null) return dataDate;
  if (!changed && previous !== undefined) return previous;
  return today;
}

/** A shipped entry as a block, with its `check` mapping kept on one line as pinned entries have it. */
function entryNode(doc: Document, entry: PinnedPrice) {
  return doc.createNode({
    ...entry,
    available_until:
      entry.available_until === undefined ? undefined : doc.createNode(entry.available_until, { flow: true }),
    check:
      entry.check === undefined || typeof entry.check === "string"
        ? entry.check
        : doc.createNode(entry.check, { flow: true }),
  });
}
