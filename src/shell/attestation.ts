import { buildStatement, type Subject } from "../engine/attestation/statement.ts";
import type { Diagnostic, SourceLocation } from "../engine/input/diagnostic.ts";
import type { RunReport } from "../engine/run/run-report.ts";
import { workingTreeFiles } from "./repo-files.ts";

/** Why no statement was written: the report says how to add one. */
export const NO_ARTIFACT =
  "no attestation written: no plan declares the artifacts a deploy ships; add models: { artifacts: [path/to/model.safetensors] } (repository paths, hashed with sha256) or { name, digest: sha256:... } to the plan";

export type AttestationOutcome =
  | { ok: true; text: string | null; note: string }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * The in-toto statement for a run: its subjects are the artifacts every judged plan declares
 * (repository files hashed here, or the digests written in the plan). None declared: no statement.
 */
export async function attestationFor(
  root: string,
  run: RunReport,
  locate: (planFile: string) => SourceLocation = (file) => ({ file, line: 1, column: 1 }),
): Promise<AttestationOutcome> {
  const files = workingTreeFiles(root);
  const subjects: Subject[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const plan of run.plans) {
    if (!("report" in plan)) continue;
    for (const artifact of plan.report.plan.artifacts) {
      if (artifact.digest !== null)
        subjects.push({ name: artifact.name, sha256: artifact.digest.replace(/^sha256:/, "") });
      else if (artifact.path !== null) {
        const sha256 = await files.sha256(artifact.path);
        if (sha256 === null) {
          diagnostics.push({
            kind: "file-missing",
            message: `artifact ${artifact.path} cannot be read, so no statement can name its digest`,
            location: locate(plan.report.plan.file),
            field: "models.artifacts",
            hint: "build the artifact before the check, or give { name, digest: sha256:... } for a file kept elsewhere",
          });
        } else subjects.push({ name: artifact.path, sha256 });
      } else
        diagnostics.push({
          kind: "path-escape",
          message: `artifact ${artifact.name} is not a path inside the repository`,
          location: locate(plan.report.plan.file),
          field: "models.artifacts",
        });
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  if (subjects.length === 0) return { ok: true, text: null, note: NO_ARTIFACT };
  const unique = [...new Map(subjects.map((s) => [`${s.name}\0${s.sha256}`, s])).values()];
  return {
    ok: true,
    text: `${JSON.stringify(buildStatement(run, unique), null, 2)}\n`,
    note: `in-toto statement for ${unique.length} artifact${unique.length === 1 ? "" : "s"}, verdict ${run.verdict}`,
  };
}
