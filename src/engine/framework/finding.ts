import type { Level } from "../policy/schema.ts";
import type { RuleId } from "./facts.ts";

/** A rule that fired on a plan: what it says, how much it counts, and what would fix it. */
export interface Finding {
  rule: RuleId;
  level: Level;
  message: string;
  fix: string;
  /** Plan field the finding is about, for annotations on the right line. */
  path: PropertyKey[];
}
