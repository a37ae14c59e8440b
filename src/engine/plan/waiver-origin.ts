import type { SourceLocation } from "../input/diagnostic.ts";
import type { Waiver } from "./schema.ts";

/**
 * Where a waiver was written when it is not in the plan itself (`.tunegate/waivers.yml`), so a
 * message names that file's entry and an annotation lands on its line. Kept under a symbol: spreads
 * carry it, but JSON (the plan as applied, its sha256, the attestation) never sees it, so moving a
 * waiver between the plan and the file changes no digest of the rules.
 */
export const WAIVER_ORIGIN: unique symbol = Symbol("tunegate.waiverOrigin");

export interface WaiverOrigin {
  file: string;
  index: number;
  /** The entry's `expires` and the entry itself, located in that file. */
  expires: SourceLocation;
  entry: SourceLocation;
}

export type SourcedWaiver = Waiver & { [WAIVER_ORIGIN]?: WaiverOrigin };

export function waiverOrigin(waiver: Waiver): WaiverOrigin | undefined {
  return (waiver as SourcedWaiver)[WAIVER_ORIGIN];
}

/** How messages name a waiver: `waivers[2]` in the plan, `.tunegate/waivers.yml waivers[0]` in the file. */
export function waiverLabel(waiver: Waiver, planIndex: number): string {
  const origin = waiverOrigin(waiver);
  return origin === undefined ? `waivers[${planIndex}]` : `${origin.file} waivers[${origin.index}]`;
}
