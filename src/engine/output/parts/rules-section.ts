import { markdownTable } from "markdown-table";
import { codeSpan, escapeCell, escapeInline } from "./escape.ts";
import type { Report } from "./model.ts";

const AFTER_MERGE = "applies after merge";

function origin(rules: Report["rules"]): string {
  const floors = rules.loosened.some((r) => r.floor !== undefined) ? ", over the floors" : "";
  if (rules.from === "base" && rules.base_sha !== null)
    return `the stricter of the base branch's (${rules.base_sha.slice(0, 7)}) and this pull request's${floors}`;
  // Without a pull request (a push, the CLI without --base) the files checked are not a pull request's.
  if (rules.warnings.length === 0 && !rules.loosened.some((r) => r.where === "input"))
    return `the checked files' own${floors}`;
  return `this pull request's own${floors}`;
}

/**
 * Where the base's plan was: a moved plan is judged by its old path's rules; a plan new in the pull
 * request sets its own thresholds, which a reviewer must see (only the floors hold them).
 */
function basePlanNote(rules: Report["rules"]): string | undefined {
  if (rules.base_plan === "new")
    return "this plan is new in this pull request (no plan of its name at the base): its own thresholds judge it, held only by the floors";
  if (rules.base_plan === "moved" && rules.base_plan_file != null)
    return `this plan was at ${rules.base_plan_file} at the base: that plan's rules apply`;
  return undefined;
}

/** A rule below a floor never applies: no review in the repository can lower the floor. */
const NEVER_APPLIES = "never applies";

/** Markdown: each loosened rule (base -> head, applies after merge), each rule a floor holds, and why the base was not read; empty when none. */
export function rulesMarkdown(rules: Report["rules"]): string {
  const note = basePlanNote(rules);
  if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined) return "";
  const parts = [
    `**Rules**: ${escapeInline(origin(rules))}.${note === undefined ? "" : ` ${escapeInline(capitalised(note))}.`}`,
  ];
  const loosened = rules.loosened.filter((r) => r.floor === undefined);
  const held = rules.loosened.filter((r) => r.floor !== undefined);
  if (loosened.length > 0) {
    const rows = loosened.map((r) => [
      `${r.file ?? r.where} ${codeSpan(r.rule)}`,
      escapeCell(r.base),
      `${escapeCell(r.head)}<br><sub>${AFTER_MERGE}</sub>`,
    ]);
    parts.push(
      `This pull request loosens ${loosened.length} rule${loosened.length === 1 ? "" : "s"}; it was judged by the base's values:\n\n${markdownTable([["Rule", "Base (applied)", "This pull request"], ...rows], { alignDelimiters: false })}`,
    );
  }
  if (held.length > 0) {
    const rows = held.map((r) => [
      `${r.file ?? r.where} ${codeSpan(r.rule)}`,
      `${escapeCell(r.base)}<br><sub>${escapeCell(r.floor!)}</sub>`,
      `${escapeCell(r.head)}<br><sub>${NEVER_APPLIES}</sub>`,
    ]);
    parts.push(
      `${held.length} rule${held.length === 1 ? " is" : "s are"} below a floor, a minimum a repository can only tighten; the floor's value judged:\n\n${markdownTable([["Rule", "Floor (applied)", "Repository's value"], ...rows], { alignDelimiters: false })}`,
    );
  }
  for (const w of rules.warnings) parts.push(`> [!WARNING]\n> ${escapeInline(w)}`);
  return parts.join("\n\n");
}

/** Plain-text lines for the same section; empty when there is nothing to say. */
export function rulesLines(rules: Report["rules"]): string[] {
  const note = basePlanNote(rules);
  if (rules.loosened.length === 0 && rules.warnings.length === 0 && note === undefined) return [];
  const lines = [`Rules: ${origin(rules)}`];
  if (note !== undefined) lines.push(`  ${note}`);
  for (const r of rules.loosened) {
    lines.push(
      r.floor === undefined
        ? `  loosened ${r.file ?? r.where} ${r.rule}: ${r.base} -> ${r.head} (${AFTER_MERGE}; judged by ${r.base})`
        : `  below a floor ${r.file ?? r.where} ${r.rule}: ${r.head} is looser than ${r.base} from ${r.floor} (${NEVER_APPLIES}; judged by ${r.base})`,
    );
  }
  for (const w of rules.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

/** For the report's last line: where the rules came from, when not simply the files checked. */
export function rulesOriginNote(rules: Report["rules"]): string {
  if (rules.from === "base" && rules.base_sha !== null)
    return `rules: stricter of base ${rules.base_sha.slice(0, 7)} and this pull request`;
  return rules.loosened.some((r) => r.where === "input") ? "rules: this pull request's own (rules-from: head)" : "";
}

/** The waivers file read beside the plan, for "what was read": its path and sha256, like the eval files'. */
export function waiversRead(rules: Report["rules"]): { file: string; sha256: string } | undefined {
  const read = rules.waivers_file;
  return read === undefined ? undefined : { file: read.file, sha256: read.sha256 ?? "—" };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
