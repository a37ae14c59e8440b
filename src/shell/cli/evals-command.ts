import { parseYamlSource } from "../../engine/input/yaml-source.ts";
import { listEvalFile, type EvalListing } from "../../engine/output/parts/eval-listing.ts";
import { formatsOf, renderOutput } from "../../engine/output/registry.ts";
import { readEvalSide } from "../eval-files.ts";
import { workingTreeFiles } from "../repo-files.ts";
import { findWorkTree, fromHere } from "../work-tree.ts";
import { reportDiagnostics } from "./diagnostics.ts";
import { oneOf, parseFlags, UsageError } from "./flags.ts";
import type { CliIo } from "./io.ts";

/** At most this many files in one run: the listing is for reading, not for bulk export. */
const MAX_FILES = 100;

/**
 * `tunegate evals FILE...`: what each eval file holds, in the names a plan uses (detected format,
 * tool version, model, and every suite / benchmark / metric with its n and score), so a newcomer
 * writes `evals.general`, `safety` and `task` from the listing rather than from a did-you-mean.
 */
export async function evalsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: "string" } }, MAX_FILES);
  if (positionals.length === 0)
    throw new UsageError("evals needs at least one eval file: tunegate evals results.json [more files]");
  const format = oneOf("format", values.format, formatsOf("evals"), "text");
  const tree = findWorkTree(io.cwd);
  const files = workingTreeFiles(tree.root);
  const parsed = parseYamlSource("tunegate evals", "evals: {}\n");
  if (!parsed.ok) throw new Error("the listing's own source did not parse");
  const listings: EvalListing[] = [];
  for (const written of positionals) {
    const path = fromHere(tree, written);
    // Each file on its own, so two runs of one suite are listed, not refused as a conflict.
    const read = await readEvalSide(files, "tunegate.yml", parsed.value, "candidate", [path], "auto");
    if (!read.ok)
      return reportDiagnostics(
        read.diagnostics.map((d) =>
          d.location.file === "tunegate evals" ? { ...d, location: { file: path, line: 1, column: 1 }, field: "" } : d,
        ),
        io,
      );
    if (read.run !== undefined) listings.push(listEvalFile(path, read.run));
  }
  io.out(await renderOutput("evals", format, listings));
  return 0;
}
