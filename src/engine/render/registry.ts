import type { RunReport } from "../run/run-report.ts";
import { runJson } from "./json.ts";
import { runJunit } from "./junit.ts";
import { runMarkdown } from "./markdown.ts";
import { runSarif } from "./sarif.ts";
import { runText } from "./text.ts";

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
