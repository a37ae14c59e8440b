import { z } from "zod";
import { verdictSchema } from "../gates/verdict.ts";
import type { RunReport } from "../run/run-report.ts";

/** in-toto Statement v1's type; https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md */
export const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";

/** tunegate's predicate: a stable URI that names this shape (documented in the README); a new shape gets a new version. */
export const PREDICATE_TYPE = "https://tunegate.dev/attestation/verdict/v1";

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** What tunegate decided, and on what, for the artifacts in the statement's subject. */
export const verdictPredicateSchema = z.lazy(() =>
  z
    .object({
      verdict: verdictSchema.describe(
        "the run's verdict over every plan: only pass lets `tunegate verify` allow a deploy",
      ),
      evaluated_on: z.iso.date().describe("the evaluation date (YYYY-MM-DD) the gates were judged on"),
      tool: z.object({ name: z.literal("tunegate"), version: z.string() }),
      plans: z.array(
        z.object({
          file: z.string(),
          name: z.string(),
          verdict: verdictSchema,
          gates: z
            .array(z.object({ id: z.string(), outcome: z.string(), level: z.string() }))
            .describe("each gate's outcome"),
          rules: z
            .object({ from: z.enum(["base", "head"]), base_sha: z.string().nullable() })
            .describe("where the rules came from: the base branch's commit, or the head's own"),
          plan_sha256: sha256Hex
            .nullable()
            .describe("sha256 of the plan as applied (canonical JSON, after the base branch's rules)"),
          policy_sha256: sha256Hex
            .nullable()
            .describe("sha256 of the policy as applied (canonical JSON, after the base branch's rules)"),
          evidence: z
            .array(
              z.object({ side: z.enum(["candidate", "baseline"]), file: z.string(), sha256: sha256Hex.nullable() }),
            )
            .describe("every eval file the verdict rests on, by digest"),
          waivers_file: z
            .object({ file: z.string(), sha256: sha256Hex.nullable() })
            .optional()
            .describe("the .tunegate/waivers.yml read beside the plan, by digest; absent when there was none"),
        }),
      ),
    })
    .describe("tunegate verdict predicate (predicateType https://tunegate.dev/attestation/verdict/v1)"),
);
export type VerdictPredicate = z.infer<typeof verdictPredicateSchema>;

/** in-toto Statement v1: the subjects MUST carry a digest; the predicate is tunegate's. */
export const statementSchema = z.lazy(() =>
  z
    .object({
      _type: z.literal(STATEMENT_TYPE),
      subject: z
        .array(
          z.object({
            name: z.string().optional(),
            digest: z
              .record(z.string().min(1), z.string().regex(/^[0-9a-f]+$/))
              .refine((d) => Object.keys(d).length > 0, "a subject needs a digest"),
          }),
        )
        .min(1),
      predicateType: z.string().min(1),
      predicate: z.record(z.string(), z.unknown()).optional(),
    })
    .describe("in-toto Statement v1"),
);
export type Statement = z.infer<typeof statementSchema>;

export interface Subject {
  name: string;
  sha256: string;
}

/** The statement for a run's artifacts: what was decided, where its rules came from, what it rests on. */
export function buildStatement(run: RunReport, subjects: readonly Subject[]): Statement {
  const plans = run.plans.flatMap((p) => ("report" in p ? [p.report] : []));
  const evaluatedOn = plans[0]?.evaluated_on ?? "1970-01-01";
  const predicate: VerdictPredicate = {
    verdict: run.verdict,
    evaluated_on: evaluatedOn,
    tool: { name: "tunegate", version: run.tool_version },
    plans: plans.map((r) => ({
      file: r.plan.file,
      name: r.plan.name,
      verdict: r.verdict,
      gates: r.gates.map((g) => ({ id: g.id, outcome: g.outcome, level: g.level })),
      rules: { from: r.rules.from, base_sha: r.rules.base_sha },
      plan_sha256: r.rules.plan_sha256,
      policy_sha256: r.rules.policy_sha256,
      evidence: (["candidate", "baseline"] as const).flatMap((side) =>
        (r.evals[side] ?? []).map((s) => ({ side, file: s.file, sha256: s.sha256 })),
      ),
      ...(r.rules.waivers_file === undefined ? {} : { waivers_file: r.rules.waivers_file }),
    })),
  };
  return {
    _type: STATEMENT_TYPE,
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: PREDICATE_TYPE,
    predicate,
  };
}
