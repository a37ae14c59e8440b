/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity that Python's json.dumps and
 * pydantic write. They are replaced, outside string literals only, by null: NaN means missing.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error;
    return JSON.parse(replaceBareNonFinite(text, () => "null"));
  }
}

/**
 * As parseLenientJson, but a bare NaN or Infinity reads as its own name, a string: for error
 * messages, which show the value as the file wrote it ("got string "NaN"").
 */
export function parseJsonNamingNonFinite(text: string): unknown {
  return JSON.parse(/NaN|Infinity/.test(text) ? replaceBareNonFinite(text, (word) => JSON.stringify(word)) : text);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Copies the text between replacements as slices: a 32 MB file is not rebuilt a character at a time. */
function replaceBareNonFinite(text: string, replacement: (word: string) => string): string {
  const parts: string[] = [];
  let copiedTo = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) inString = false;
      continue;
    }
    if (ch === QUOTE) inString = true;
    else {
      const word = text.startsWith("NaN", i)
        ? 3
        : text.startsWith("-Infinity", i)
          ? 9
          : text.startsWith("Infinity", i)
            ? 8
            : 0;
      if (word > 0) {
        parts.push(text.slice(copiedTo, i), replacement(text.slice(i, i + word)));
        i += word - 1;
        copiedTo = i + 1;
      }
    }
  }
  parts.push(text.slice(copiedTo));
  return parts.join("");
}
