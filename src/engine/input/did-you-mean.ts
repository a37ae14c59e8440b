/** Damerau-free Levenshtein distance; keys are short, so the quadratic table is fine. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The closest known name to a misspelt one, or undefined when nothing is close enough to be a
 * plausible typo (a third of the name's length, at least one edit).
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_NAME_LENGTH) return undefined;
  const normalised = word.toLowerCase().replaceAll("-", "_");
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Lengths further apart than the tolerance cannot be close: skip the quadratic table.
    if (Math.abs(candidate.length - word.length) > tolerance || candidate.length > MAX_NAME_LENGTH) continue;
    const distance = editDistance(normalised, candidate.toLowerCase().replaceAll("-", "_"));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : undefined;
}

/** Names longer than this get no suggestion: no key or benchmark name is that long. */
const MAX_NAME_LENGTH = 200;
