import { markdownTable } from "markdown-table";
import { codeSpan, escapeCell, escapeInline } from "./escape.ts";
import type { Report } from "./model.ts";

const AFTER_MERGE = "applies after merge";

function origin(rules: Report["rules"]): string {
  return rules.from === "base" && rules.base_sha !== null ? `the stricter of the base branch's (${rules.base_sha.slice(0, 7)}) and this pull request's` : "this pull request's own";
}

/** Markdown: each loosened rule (base -> head, applies after merge) and why the base was not read; empty when neither. */
export function rulesMarkdown(rules: Report["rules"]): string {
  if (rules.loosened.length === 0 && rules.warnings.length === 0) return "";
  const parts = [`**Rules**: ${escapeInline(origin(rules))}.`];
  if (rules.loosened.length > 0) {
    const rows = rules.loosened.map((r) => [`${r.where} ${codeSpan(r.rule)}`, escapeCell(r.base), `${escapeCell(r.head)}<br><sub>${AFTER_MERGE}</sub>`]);
    parts.push(`This pull request loosens ${rules.loosened.length} rule${rules.loosened.length === 1 ? "" : "s"}; it was judged by the base's values:\n\n${markdownTable([["Rule", "Base (applied)", "This pull request"], ...rows], { alignDelimiters: false })}`);
  }
  for (const w of rules.warnings) parts.push(`> [!WARNING]\n> ${escapeInline(w)}`);
  return parts.join("\n\n");
}

/** Plain-text lines for the same section; empty when there is nothing to say. */
export function rulesLines(rules: Report["rules"]): string[] {
  if (rules.loosened.length === 0 && rules.warnings.length === 0) return [];
  const lines = [`Rules: ${origin(rules)}`];
  for (const r of rules.loosened) lines.push(`  loosened ${r.where} ${r.rule}: ${r.base} -> ${r.head} (${AFTER_MERGE}; judged by ${r.base})`);
  for (const w of rules.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

/** For the report's last line: where the rules came from, when not simply the files checked. */
export function rulesOriginNote(rules: Report["rules"]): string {
  if (rules.from === "base" && rules.base_sha !== null) return `rules: stricter of base ${rules.base_sha.slice(0, 7)} and this pull request`;
  return rules.loosened.some((r) => r.where === "input") ? "rules: this pull request's own (rules-from: head)" : "";
}
