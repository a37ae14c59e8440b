/**
 * JSON with every object's keys sorted, so the same value always gives the same bytes (and the
 * same digest) whichever order a file or a merge wrote its keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}
