import { sourceOf, type EffectivePolicy } from "../policy/load.ts";
import type { Waiver } from "../plan/schema.ts";
import { waiverLabel, waiverOrigin } from "../plan/waiver-origin.ts";
import { addDays, daysBetween } from "../input/dates.ts";
import { outcomeForLevel, type GateResult, type WaiverNote } from "./gate-result.ts";
import { formatCount } from "../input/count-text.ts";

/**
 * Applies the plan's waivers. A live waiver turns a failing, warning or missing gate into
 * `waived`; an expired one fails the gate; one that matches nothing warns so it gets removed; one
 * that runs past the policy's waivers.max_days does not waive (9999-12-31 is no deadline). A gate
 * the approach requires that has no evidence at all is not waived unless the policy allows it
 * (waivers.allow_missing_required): a waiver excuses a known shortfall, never an unmeasured one.
 */
export function applyWaivers(
  results: GateResult[],
  waivers: readonly Waiver[],
  policy: EffectivePolicy,
  today: string,
): GateResult[] {
  return results.map((result) => {
    const index = waivers.findIndex((w) => w.gate === result.id);
    if (index === -1) return result;
    const waiver = waivers[index]!;
    // A waiver from the waivers file is named and located there, not at its place in the merged list.
    const label = waiverLabel(waiver, index);
    const origin = waiverOrigin(waiver);
    const at = (which: "expires" | "entry") => (origin === undefined ? {} : { location: origin[which] });
    const daysLeft = daysBetween(today, waiver.expires);
    const note = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, days_left: daysLeft };
    const entryIndex = origin?.index ?? index;
    const path = ["waivers", entryIndex, "expires"];
    const original = `without the waiver: ${result.outcome}: ${result.summary}`;
    if (result.outcome === "missing" && result.missingRequired === true) {
      const source = sourceOf(policy, "waivers.allow_missing_required");
      if (!policy.policy.waivers.allow_missing_required) {
        return {
          ...result,
          summary: `${result.summary}; ${label} cannot waive it: the gate is required and has no evidence`,
          details: [
            ...result.details,
            `${label} does not apply: missing evidence for a required gate is not waivable (waivers.allow_missing_required is false in ${source})`,
          ],
          waiver: note,
        };
      }
      return {
        ...waived(result, waiver, daysLeft, note, original),
        details: [
          original,
          ...result.details,
          `waived without evidence, as waivers.allow_missing_required in ${source} allows`,
        ],
      };
    }
    if (daysLeft < 0) {
      const level = policy.policy.severities.waiver_expired;
      return {
        ...result,
        ...(level === "info" ? {} : { outcome: outcomeForLevel(level), level }),
        summary: `waiver expired on ${waiver.expires} (${-daysLeft} days ago, owner ${waiver.owner})`,
        fix: level === "info" ? null : `renew ${label} with a new expiry, or fix the gate`,
        details: [
          original,
          ...result.details,
          `renew it with a new expiry or fix the gate (severities.waiver_expired in ${sourceOf(policy, "severities.waiver_expired")})`,
        ],
        path,
        ...at("expires"),
        waiver: note,
      };
    }
    if (result.outcome === "pass" || result.outcome === "skipped") {
      const level = policy.policy.severities.waiver_unused;
      return {
        ...result,
        ...(level === "info" ? {} : { outcome: outcomeForLevel(level), level }),
        summary: `waiver matches nothing: the gate ${result.outcome === "pass" ? "passes" : "does not apply"} without it; remove ${label}`,
        fix: level === "info" ? null : `remove ${label}`,
        details: [`${result.outcome}: ${result.summary}`, ...result.details],
        path: ["waivers", entryIndex],
        ...at("entry"),
        waiver: note,
      };
    }
    const maxDays = policy.policy.waivers.max_days;
    const tooLong = policy.policy.severities.waiver_too_long;
    if (daysLeft > maxDays && tooLong !== "info") {
      const source = sourceOf(policy, "waivers.max_days");
      return {
        ...result,
        outcome: outcomeForLevel(tooLong),
        level: tooLong,
        summary: `waiver runs ${formatCount(daysLeft)} days, until ${waiver.expires}: the policy allows at most ${maxDays} (waivers.max_days in ${source}), so it does not waive`,
        fix: `set ${label}.expires to ${addDays(today, maxDays)} or earlier`,
        details: [
          original,
          ...result.details,
          `a waiver is a deadline to fix the gate by; renew it when it runs out (waivers.max_days in ${source})`,
        ],
        path,
        ...at("expires"),
        waiver: note,
      };
    }
    return waived(result, waiver, daysLeft, note, original);
  });
}

function waived(result: GateResult, waiver: Waiver, daysLeft: number, note: WaiverNote, original: string): GateResult {
  return {
    ...result,
    outcome: "waived",
    level: "none",
    summary: `waived by ${waiver.owner} until ${waiver.expires} (${daysLeft} days left): ${waiver.reason}`,
    fix: null,
    details: [original, ...result.details],
    waiver: note,
  };
}
