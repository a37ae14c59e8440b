/**
 * Lowercase Latin letters that other scripts draw the same (Cyrillic, Greek, Latin extensions):
 * enough to tell "аnthropic" (Cyrillic а) from "anthropic" for the names tunegate keys prices by.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a",
  в: "b",
  г: "r",
  е: "e",
  ё: "e",
  з: "3",
  и: "u",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  л: "n",
  м: "m",
  н: "h",
  о: "o",
  п: "n",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ӏ: "l",
  һ: "h",
  ь: "b",
  // Greek
  α: "a",
  β: "b",
  γ: "y",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  // Latin lookalikes and dashes
  ı: "i",
  ȷ: "j",
  ɡ: "g",
  ɑ: "a",
  ɩ: "i",
  ʟ: "l",
  ℓ: "l",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
  "―": "-",
  "−": "-",
  "﹘": "-",
  "﹣": "-",
  "－": "-",
  "·": ".",
  "․": ".",
  "。": ".",
};

/** Invisible characters: zero-width and bidirectional controls, soft hyphens, variation selectors. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed to be found on their own, not as part of a character
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\ufe00-\ufe0f]/gu;

/**
 * What a name looks like to a reader: compatibility-normalised (full-width and styled letters),
 * lowercased, invisible characters dropped and lookalike letters mapped to Latin. Two names with
 * one skeleton but different spellings are a trap: one reads as the other but is not equal to it.
 */
export function nameSkeleton(name: string): string {
  const folded = name.normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
  let out = "";
  for (const ch of folded.normalize("NFD")) {
    if (/\p{Mn}/u.test(ch)) continue;
    out += LOOKALIKES[ch] ?? ch;
  }
  return out;
}

/** The first of `names` that reads the same as `name` but is spelled differently, if any. */
export function lookalikeOf(name: string, names: Iterable<string>): string | undefined {
  const skeleton = nameSkeleton(name);
  for (const candidate of names) if (candidate !== name && nameSkeleton(candidate) === skeleton) return candidate;
  return undefined;
}

/** A name with its non-ASCII characters written as \u{...}, so a lookalike shows as one. */
export function showNonAscii(name: string): string {
  return name.replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/**
 * A name as a message shows it: as written, unless it only looks like `near` (a lookalike letter
 * or an invisible character), where its non-ASCII characters are spelled out so the reader sees
 * why "xstеst" is not "xstest".
 */
export function shownName(name: string, near: string | undefined): string {
  return near !== undefined && nameSkeleton(name) === nameSkeleton(near) ? showNonAscii(name) : name;
}
