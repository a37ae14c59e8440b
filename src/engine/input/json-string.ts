/**
 * The JSON string literal opening at `open` (a double quote): the index of its closing quote (or
 * the text's length when it never closes), and whether it holds a backslash escape, in which case
 * its value is not the raw text between the quotes.
 */
export function jsonStringAt(text: string, open: number): { close: number; escaped: boolean } {
  let escaped = false;
  let i = open + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      escaped = true;
      i++;
    } else if (c === 0x22) break;
  }
  return { close: i, escaped };
}
