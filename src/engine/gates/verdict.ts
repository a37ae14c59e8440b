import { z } from "zod";
import { FAIL_ON_VALUES } from "../input/severities.ts";
import type { GateResult } from "./gate-result.ts";

export const verdictSchema = z.enum(["pass", "warn", "fail"]);
export type Verdict = z.infer<typeof verdictSchema>;
export const failOnSchema = z.enum(FAIL_ON_VALUES);
export type FailOn = z.infer<typeof failOnSchema>;

/** The worst level among the gates decides: any error fails, any warning warns. */
export function verdictOf(gates: readonly GateResult[]): Verdict {
  if (gates.some((g) => g.level === "error")) return "fail";
  if (gates.some((g) => g.level === "warning")) return "warn";
  return "pass";
}

/** The process exit code is a pure function of the verdict and --fail-on. */
export function exitCodeFor(verdict: Verdict, failOn: FailOn): 0 | 1 {
  if (failOn === "never") return 0;
  if (verdict === "fail") return 1;
  return verdict === "warn" && failOn === "warning" ? 1 : 0;
}
