const DAY_MS = 86_400_000;

/** True for a real calendar day written YYYY-MM-DD: 2026-02-28 yes; 2026-02-30, 2026-2-3 or "" no. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March 2nd; a real day survives the round trip.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * Whole days from `from` to `to`, both YYYY-MM-DD, in UTC so time zones cannot shift a day.
 * Anything else is a bug upstream, and a NaN here would make an expired waiver look live
 * (NaN < 0 is false), so it throws: the run fails closed.
 */
export function daysBetween(from: string, to: string): number {
  if (!isCalendarDate(from) || !isCalendarDate(to))
    throw new Error(`not a calendar date: ${JSON.stringify(isCalendarDate(from) ? to : from)}`);
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar day `days` after `from` (YYYY-MM-DD, UTC). */
export function addDays(from: string, days: number): string {
  if (!isCalendarDate(from)) throw new Error(`not a calendar date: ${JSON.stringify(from)}`);
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * What a run judged as of another day than the clock's must say: waiver expiry and price ages move
 * with the date, so a past date can revive an expired waiver or make stale prices fresh. Null when
 * the two agree.
 */
export function evaluationDateNote(evaluated: string, clock: string, setBy: string): string | null {
  if (evaluated === clock) return null;
  const direction =
    evaluated < clock ? `${daysBetween(evaluated, clock)} days before` : `${daysBetween(clock, evaluated)} days after`;
  return `judged as of ${evaluated} (${setBy}), ${direction} today's date ${clock}: waiver expiry and price ages are as of ${evaluated}`;
}
