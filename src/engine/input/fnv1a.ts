/**
 * FNV-1a (32-bit), the one non-cryptographic hash tunegate uses: to pair an example or a test
 * across runs, to keep a long id as a key, to fingerprint a file's first bytes. Never for
 * anything an attacker gains by colliding on purpose beyond a refused or merged sample.
 */
export const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues the hash `h` over a text's UTF-16 code units; not yet made unsigned. */
export function fnv1aText(text: string, h: number = FNV_OFFSET_BASIS): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Continues the hash `h` over bytes; not yet made unsigned. */
export function fnv1aBytes(bytes: Uint8Array, h: number = FNV_OFFSET_BASIS): number {
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h;
}

/** A text's hash as 8 hex digits, from `basis` (the standard offset basis unless given). */
export function fnv1aHex(text: string, basis: number = FNV_OFFSET_BASIS): string {
  return (fnv1aText(text, basis) >>> 0).toString(16).padStart(8, "0");
}
