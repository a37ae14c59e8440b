import { z } from "zod";
import type { EvalRun } from "../../evals/model.ts";
import { oneLine } from "./escape.ts";

/** One name a plan can use, as `tunegate evals` lists it. */
const listedNameSchema = z.object({
  name: z.string(),
  aliases: z
    .array(z.string())
    .describe("Other names the same suite answers to (a promptfoo provider's label beside its id)."),
  metric: z.string(),
  n: z.number().int().nullable(),
  score: z.number(),
  pooled: z
    .boolean()
    .describe("A promptfoo suite pooled over providers and prompts: usable only when evals.pool lists it."),
});
export type ListedName = z.infer<typeof listedNameSchema>;

const evalListingEntrySchema = z.object({
  file: z.string(),
  format: z.string(),
  tool_version: z.string().nullable(),
  model: z.string().nullable(),
  examples: z.number().int().nullable().describe("Examples the file holds, each counted once."),
  names: z.array(listedNameSchema),
});
export type EvalListing = z.infer<typeof evalListingEntrySchema>;

/** What `tunegate evals --format json` prints: one entry per file, in the order given (schemas/eval-listing.schema.json). */
export const evalListingSchema = z.array(evalListingEntrySchema);

/** What one file holds, in the names a plan's `evals` block uses. */
export function listEvalFile(file: string, run: EvalRun): EvalListing {
  const source = run.sources[0];
  return {
    file,
    format: source?.format ?? run.format,
    tool_version: source?.tool_version ?? null,
    model: source?.model ?? run.model,
    examples: source?.examples ?? null,
    names: run.benchmarks.map((b) => ({
      name: b.name,
      aliases: b.aliases,
      metric: b.metric,
      n: b.n,
      score: b.value,
      pooled: b.pooled,
    })),
  };
}

/** The listing for a terminal: one block per file, one aligned row per name. */
export function renderEvalListing(listings: readonly EvalListing[]): string {
  const lines: string[] = [];
  for (const l of listings) {
    lines.push(
      `${l.file}: ${l.format}${l.tool_version === null ? "" : ` ${l.tool_version}`}, model ${l.model ?? "not recorded"}, ${l.examples === null ? "examples not counted" : `${l.examples} example${l.examples === 1 ? "" : "s"}`}, ${l.names.length} name${l.names.length === 1 ? "" : "s"}`,
    );
    // A loop, not Math.max(...names): spreading 300,000 names overflowed the stack.
    let width = 4;
    let metricWidth = 6;
    for (const n of l.names) {
      width = Math.min(48, Math.max(width, n.name.length));
      metricWidth = Math.min(32, Math.max(metricWidth, n.metric.length));
    }
    lines.push(`  ${"name".padEnd(width)}  ${"metric".padEnd(metricWidth)}  ${"n".padStart(7)}  score`);
    for (const n of l.names) {
      const notes = [
        n.pooled ? "pooled: list it in evals.pool to use it" : "",
        n.aliases.length > 0 ? `also named ${n.aliases.join(", ")}` : "",
      ].filter((x) => x !== "");
      lines.push(
        `  ${n.name.padEnd(width)}  ${n.metric.padEnd(metricWidth)}  ${(n.n === null ? "—" : String(n.n)).padStart(7)}  ${n.score.toFixed(4)}${notes.length === 0 ? "" : `  (${notes.join("; ")})`}`,
      );
    }
    lines.push("");
  }
  lines.push(
    "A plan names these in evals.general (forgetting), evals.safety and evals.task; evals.metrics picks a metric per name.",
  );
  return `${lines.map(oneLine).join("\n")}\n`;
}
