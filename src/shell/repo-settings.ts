import { isAbsolute, resolve } from "node:path";
import { layerPriceTables, loadPriceTable, type PriceTable } from "../engine/cost/price-table.ts";
import type { Parsed } from "../engine/input/diagnostic.ts";
import { loadPolicy, type EffectivePolicy, type PolicyLayer, type PolicyLayerText } from "../engine/policy/load.ts";
import { displayPath, MAX_CONFIG_BYTES, readFailure, readRepoFile, type ReadResult } from "./files.ts";
import {
  SHIPPED_POLICY_DATA,
  SHIPPED_POLICY_TEXT,
  SHIPPED_POLICY_VALIDATED,
  SHIPPED_PRICE_TABLE,
} from "./shipped-settings.generated.ts";
import { VERSION } from "../engine/version.ts";

/** The repository's own policy and pinned prices, read when present. */
export const REPO_POLICY = ".tunegate/policy.yml";
export const REPO_PRICING = ".tunegate/pricing.yml";

/** How reports name what ships inside tunegate's package: never a path the user's repository lacks. */
export const SHIPPED_POLICY = `policy shipped with tunegate ${VERSION}`;
export const SHIPPED_PRICES = `prices shipped with tunegate ${VERSION}`;

/** A repository policy: a path, text already fetched (an organisation's policy), or none given. */
export type PolicySpec = string | PolicyLayerText | undefined;

export type Reader = (path: string, maxBytes: number) => Promise<ReadResult>;

const nowhere = (file: string) => ({ file, line: 1, column: 1 });

/**
 * The shipped policy with the repository's layered over it: the one named, else
 * .tunegate/policy.yml when the repository has one. An organisation's policy (fetched text) lies
 * between the two, and its rules are floors the repository's can only tighten.
 */
export async function readPolicy(
  root: string,
  spec: PolicySpec,
  read: Reader = (p, m) => readRepoFile(root, p, m),
): Promise<Parsed<EffectivePolicy>> {
  // Validated at build time (scripts/shipped-settings.ts): its YAML is parsed only to locate a diagnostic in it.
  const layers: PolicyLayer[] = [
    { file: SHIPPED_POLICY, text: SHIPPED_POLICY_TEXT, data: SHIPPED_POLICY_DATA, validated: SHIPPED_POLICY_VALIDATED },
  ];
  // An organisation's policy is a floor under the repository's own, not an alternative to it.
  if (typeof spec === "object") layers.push({ ...spec, floor: `organisation policy ${spec.file}` });
  const path = typeof spec === "string" ? repoRelative(root, spec) : REPO_POLICY;
  const text = await read(path, MAX_CONFIG_BYTES);
  if (text.ok) layers.push({ file: path, text: text.text });
  else if (typeof spec === "string" || text.kind !== "file-missing")
    return { ok: false, diagnostics: [readFailure(text, nowhere(path), "")] };
  return loadPolicy(layers);
}

/**
 * Where the repository pins its prices: `--pricing` (or the Action's input), else the policy's
 * pricing.file, else .tunegate/pricing.yml. Only the last may be absent without an error.
 */
export function repositoryPricing(
  root: string,
  policy: EffectivePolicy,
  flag: string | undefined,
): { path: string; explicit: boolean; namedIn: string | undefined } {
  if (flag !== undefined) return { path: repoRelative(root, flag), explicit: true, namedIn: undefined };
  const file = policy.policy.pricing.file;
  if (file !== undefined)
    return { path: repoRelative(root, file), explicit: true, namedIn: policy.provenance.get("pricing.file") };
  return { path: REPO_PRICING, explicit: false, namedIn: undefined };
}

/** The shipped pinned prices alone, as reports name them (validated at build time). */
export async function readShippedPrices(): Promise<Parsed<PriceTable>> {
  return { ok: true, value: { ...structuredClone(SHIPPED_PRICE_TABLE), file: SHIPPED_PRICES } };
}

/** The repository's pinned table layered over the shipped one: its entries win, the shipped fill the rest. */
/** With `today`, a repository price confirmed after it is an error (see loadPriceTable). */
export async function readPrices(
  root: string,
  policy: EffectivePolicy,
  read: Reader = (p, m) => readRepoFile(root, p, m),
  flag?: string,
  today?: string,
): Promise<Parsed<PriceTable>> {
  const shipped = await readShippedPrices();
  if (!shipped.ok) return shipped;
  const where = repositoryPricing(root, policy, flag);
  const text = await read(where.path, MAX_CONFIG_BYTES);
  if (!text.ok) {
    if (!where.explicit && text.kind === "file-missing")
      return { ok: true, value: layerPriceTables(undefined, shipped.value, where.path) };
    return {
      ok: false,
      diagnostics: [
        readFailure(text, nowhere(where.namedIn ?? where.path), where.namedIn === undefined ? "" : "pricing.file"),
      ],
    };
  }
  const repository = loadPriceTable(where.path, text.text, today);
  if (!repository.ok) return repository;
  return { ok: true, value: layerPriceTables(repository.value, shipped.value, where.path) };
}

/** A path the user gave, relative to the repository root, as messages show it. */
export function repoRelative(root: string, path: string): string {
  return isAbsolute(path) ? displayPath(root, path) : displayPath(root, resolve(root, path));
}
