import type { RunReport } from "../run/run-report.ts";
import { runJson } from "./formats/json.ts";
import { runJunit } from "./formats/junit.ts";
import { runMarkdown } from "./formats/markdown.ts";
import { runSarif } from "./formats/sarif.ts";
import { runText } from "./formats/text.ts";

/** Every output format, by the name `--format` takes: a new output is one file and one line here. */
export const RENDERERS = {
  text: runText,
  markdown: runMarkdown,
  json: runJson,
  sarif: runSarif,
  junit: runJunit,
} as const satisfies Record<string, (run: RunReport) => string>;

export type OutputFormat = keyof typeof RENDERERS;
export const OUTPUT_FORMATS = Object.keys(RENDERERS) as OutputFormat[];

export function render(run: RunReport, format: OutputFormat): string {
  return RENDERERS[format](run);
}
