import { formatCount } from "../input/count-text.ts";
import { fnv1aHex } from "../input/fnv1a.ts";

/** Ids longer than this are kept as their length and a 64-bit hash (see `identityKey`). */
export const MAX_KEPT_ID_CHARS = 1024;

/**
 * A sample's or test's id as a map key: itself while short, else its length and two 32-bit
 * FNV-1a hashes of different bases, which pair the same id and no other in practice. Kept whole,
 * a long id cost its length per sample, and V8 hashes a string of more than 16,383 characters by
 * its length alone, so ids of one length all collided: 3,000 samples with 200 KB ids took 75 s
 * to read. The NUL that starts a hashed key keeps it from equalling any id kept as written.
 */
export function identityKey(id: string): string {
  if (id.length <= MAX_KEPT_ID_CHARS) return id;
  return `\u0000${id.length}:${fnv1aHex(id)}${fnv1aHex(id, 0x050c5d1f)}`;
}

/** An id as a message quotes it: whole while short, else its start and its length, never 100 KB of it. */
export function idInMessage(id: string): string {
  return id.length <= 80
    ? JSON.stringify(id)
    : `${JSON.stringify(id.slice(0, 40))}… (${formatCount(id.length)} characters)`;
}
