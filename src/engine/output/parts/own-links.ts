import { frameworkDocUrl } from "../../framework/doc-link.ts";

/**
 * tunegate's own citations ("tunegate framework, section 6 (<url>)") inside a sentence. Reports
 * carry them as text, so JSON and terminals show the address; markdown makes them links.
 */
const CITATION = /tunegate framework, section (\d+) \((https:\/\/[^\s()]+)\)/g;

/**
 * Markdown for a sentence that may cite the framework: what users wrote (everything else) goes
 * through `escapeText`, and each citation whose address is exactly a section of this version's
 * framework document becomes a link. Any other address stays escaped text, so a plan cannot
 * smuggle a link in by imitating the wording.
 */
export function linkOwnCitations(text: string, escapeText: (text: string) => string): string {
  const doc = `${frameworkDocUrl()}#`;
  let out = "";
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const url = match[2]!;
    if (!url.startsWith(doc) || !/^[a-z0-9-]+$/.test(url.slice(doc.length))) continue;
    out += escapeText(text.slice(last, match.index)) + `[tunegate framework, section ${match[1]}](${url})`;
    last = match.index + match[0].length;
  }
  return out + escapeText(text.slice(last));
}
