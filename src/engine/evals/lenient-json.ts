/**
 * JSON.parse that also accepts the bare NaN, Infinity and -Infinity that Python's json.dumps and
 * pydantic write. They are replaced, outside string literals only, by null: NaN means missing.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error;
    return JSON.parse(replaceBareNonFinite(text));
  }
}

function replaceBareNonFinite(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (text.startsWith("NaN", i)) {
      out += "null";
      i += 2;
    } else if (text.startsWith("-Infinity", i)) {
      out += "null";
      i += 8;
    } else if (text.startsWith("Infinity", i)) {
      out += "null";
      i += 7;
    } else out += ch;
  }
  return out;
}
