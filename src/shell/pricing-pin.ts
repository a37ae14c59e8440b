import type { Diagnostic } from "../engine/input/diagnostic.ts";
import { pinPrices as pinEntries, type PinReport } from "../engine/pricing/pin.ts";
import { loadPriceTable, type PriceTable } from "../engine/cost/price-table.ts";
import { modelsOfPlans, withPublishedPrices } from "../engine/pricing/plan-models.ts";
import { MAX_CONFIG_BYTES, readFailure, readRepoFile } from "./files.ts";
import { gitBytes } from "./git-command.ts";
import { loadPlans } from "./plans.ts";
import { loadCurrentPrices } from "./price-feed.ts";
import { readPolicy, readShippedPrices, repositoryPricing, type PolicySpec } from "./repo-settings.ts";
import { checkWritable, writeRepoFile } from "./safe-write.ts";

export type { PinReport } from "../engine/pricing/pin.ts";

export interface PinRequest {
  root: string;
  plans: string;
  policy: PolicySpec;
  /** The repository's pinned file; by default the policy's pricing.file or .tunegate/pricing.yml. */
  pricing: string | undefined;
  data: string | undefined;
  today: string;
}

/** The comment block of a pinned table tunegate creates. */
export function pinnedTableHeader(schemaRef: string | undefined): string {
  return `${schemaRef === undefined ? "" : `# yaml-language-server: $schema=${schemaRef}\n`}# This repository's pinned prices for tunegate, USD per 1M tokens, keyed provider/model (genai-prices
# key names). They win over the prices shipped with tunegate. \`tunegate pricing pin\` refreshes the
# entries checked against the price data; entries with check: manual are pinned by hand and never touched.
`;
}

/**
 * Whether git ignores a file of the work tree (a .env, a build output, a local token file): a
 * pinned price table is committed, so an ignored file named as one is someone else's data. Outside
 * a git work tree nothing is ignored.
 */
async function gitIgnores(root: string, path: string): Promise<boolean> {
  try {
    await gitBytes(["-C", root, "check-ignore", "--quiet", "--", path]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes or refreshes the repository's pinned entry of every model the plans price from the
 * table, from the price data, and writes the file safely (see safe-write.ts).
 */
export async function pinPrices(
  request: PinRequest,
): Promise<{ ok: true; report: PinReport } | { ok: false; diagnostics: Diagnostic[]; reason?: string }> {
  const plans = await loadPlans(request.root, request.plans);
  if (!plans.ok) return plans;
  const policy = await readPolicy(request.root, request.policy);
  if (!policy.ok) return policy;
  const shipped = await readShippedPrices();
  if (!shipped.ok) return shipped;
  const target = repositoryPricing(request.root, policy.value, request.pricing).path;
  // Checked before anything is read: a link, folder or FIFO at the target is refused, not opened.
  const writable = await checkWritable(request.root, target, "replace");
  if (!writable.ok) return writable;
  if (writable.exists && (await gitIgnores(request.root, writable.path))) {
    return {
      ok: false,
      diagnostics: [
        {
          kind: "invalid-value",
          message: `${writable.path} exists and git ignores it, so it is no pinned price table of this repository's; tunegate never overwrites it`,
          location: { file: writable.path, line: 1, column: 1 },
          field: "",
          hint: "pin into a file the repository tracks (the default is .tunegate/pricing.yml), and check who changed the policy's pricing.file",
        },
      ],
    };
  }
  const existing = await readRepoFile(request.root, target, MAX_CONFIG_BYTES);
  if (!existing.ok && existing.kind !== "file-missing")
    return { ok: false, diagnostics: [readFailure(existing, { file: target, line: 1, column: 1 }, "")] };
  const current = await loadCurrentPrices(request.data ?? "bundled", request.root);
  if (!current.ok) return { ok: false, diagnostics: [], reason: current.reason };
  const pinned = pinEntries({
    file: target,
    existing: existing.ok ? existing.text : undefined,
    header: pinnedTableHeader(undefined),
    wanted: withPublishedPrices(modelsOfPlans(plans.plans), [
      shipped.value,
      existingTable(target, existing.ok ? existing.text : undefined),
    ]),
    current,
    shipped: shipped.value,
    today: request.today,
  });
  if (!pinned.ok) return pinned;
  const written = await writeRepoFile(request.root, target, pinned.text, "replace");
  if (!written.ok) return written;
  return { ok: true, report: pinned.report };
}

/** The pinned prices already in the target file, when they read as a table. */
function existingTable(file: string, text: string | undefined): PriceTable | undefined {
  const table = text === undefined ? undefined : loadPriceTable(file, text);
  return table?.ok === true ? table.value : undefined;
}
