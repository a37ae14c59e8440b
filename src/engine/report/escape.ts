/**
 * Makes plan-supplied text safe inside a markdown table cell: no column breaks, no raw HTML,
 * no line breaks, and no @mentions or #references that would ping people or link issues.
 */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/\r?\n|\r/g, " ").replaceAll("|", "\\|");
}

/** Escaping for markdown outside tables (list items, summaries). */
export function escapeInline(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/@(?=[A-Za-z0-9_-])/g, "@\u200b")
    .replaceAll("`", "\\`")
    .replace(/\r?\n|\r/g, " ");
}
