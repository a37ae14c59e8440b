import { Lexer } from "yaml";
import { lineAndColumn } from "./json-nesting.ts";
import { MAX_YAML_NESTING } from "./yaml-structure.ts";
import { formatCount } from "./count-text.ts";

/**
 * The most collections and sequence entries one YAML document may open. Each costs the parser
 * about 2 KB (a 1 MB plan of `{}`, 340,000 of them, took 730 MB); tunegate's files open a few
 * dozen (a plan about 30, the shipped policies about 60). Keys and scalars are not counted here:
 * a 1 MB plan of 60,000 keys is refused by its schema, its near-misses located one by one.
 */
export const MAX_YAML_COLLECTIONS = 25_000;

/** Tokens of yaml's lexer that are not text of the document (markers it inserts). */
const MARKERS = new Set(["\u0002", "\u0018", "\u001f"]);

/**
 * Where a YAML document opens more than MAX_YAML_COLLECTIONS flow collections and sequence
 * entries, found with yaml's lexer alone (which builds nothing but the token it yields) before
 * the parser builds anything; null when it does not. Flow brackets nested past the depth limit
 * are named as such, as the parser's own depth error would.
 */
export function yamlCollectionExcess(
  text: string,
  maxCollections = MAX_YAML_COLLECTIONS,
): { line: number; column: number; message: string } | null {
  let collections = 0;
  let offset = 0;
  let flowDepth = 0;
  // `- - - 1` nests a sequence in a sequence on one line.
  let entriesOnLine = 0;
  let tooDeepAt: number | undefined;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    const first = token[0];
    if (first === "{" || first === "[") {
      if (++flowDepth > MAX_YAML_NESTING) tooDeepAt ??= offset;
      if (++collections > maxCollections) break;
    } else if (first === "}" || first === "]") flowDepth--;
    else if (token === "-") {
      if (++entriesOnLine > MAX_YAML_NESTING) tooDeepAt ??= offset;
      if (++collections > maxCollections) break;
    } else if (first === "\n" || first === "\r") entriesOnLine = 0;
    offset += token.length;
  }
  if (collections <= maxCollections) return null;
  if (tooDeepAt !== undefined)
    return {
      ...lineAndColumn(text, tooDeepAt),
      message: `the document nests too deeply to read (tunegate reads at most ${MAX_YAML_NESTING} levels)`,
    };
  return {
    ...lineAndColumn(text, offset),
    message: `the document opens more than ${formatCount(maxCollections)} collections and list entries; tunegate's files open a few dozen`,
  };
}
