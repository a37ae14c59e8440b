import { daysBetween } from "../input/dates.ts";
import type { PriceUse } from "./model.ts";

/** A shutdown, or the end of new fine-tuning jobs, that a pinned price records. */
export interface PriceEnding {
  key: string;
  /** Days from today to the date; negative once it has passed. */
  daysLeft: number;
  path: PropertyKey[];
  /** `openai-ft/gpt-4o-mini-2024-07-18 shuts down on 2027-01-14 (in 38 days)`. */
  sentence: string;
}

/**
 * Shutdowns (and, for fine-tuning prices, the end of new jobs) the prices used record, soonest
 * first: what `check`'s pricing-freshness gate holds to the policy's horizon, and what `init`
 * and `analyze` say before a team builds on such a model.
 */
export function priceEndings(used: readonly PriceUse[], today: string): PriceEnding[] {
  const seen = new Set<string>();
  const found: PriceEnding[] = [];
  for (const u of used) {
    const events: Array<[string, string | undefined]> = [["shuts down", u.shutdown_date]];
    if (u.path[1] === "fine_tune") events.push(["stops taking new fine-tuning jobs", u.new_jobs_until]);
    for (const [what, date] of events) {
      if (date === undefined || seen.has(`${u.key} ${what}`)) continue;
      seen.add(`${u.key} ${what}`);
      const left = daysBetween(today, date);
      const when =
        left < 0
          ? `${what === "shuts down" ? "shut down" : "stopped taking new fine-tuning jobs"} on ${date} (${-left} day${left === -1 ? "" : "s"} ago)`
          : `${what} on ${date} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`})`;
      found.push({ key: u.key, daysLeft: left, path: u.path, sentence: `${u.key} ${when}` });
    }
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft);
}
