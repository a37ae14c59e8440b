import type { Analysis } from "../analyze.ts";
import type { OutputFormatName } from "../input/output-format-names.ts";
import type { AuditRunReport } from "../run/audit-run-report.ts";
import type { RunReport } from "../run/run-report.ts";
import type { EvalListing } from "./parts/eval-listing.ts";
import { isChecked } from "./input-errors.ts";

/** The one run-level report each command's formats render. */
export interface CommandReports {
  check: RunReport;
  audit: AuditRunReport;
  analyze: Analysis;
  evals: readonly EvalListing[];
}
export type OutputCommand = keyof CommandReports;

export interface OutputFormat<Report> {
  /** What the format is for, in a few words: the CLI's usage text and the README's table show it. */
  about: string;
  /**
   * Whether a plan tunegate could not read is part of this format's output. When it is not, only
   * the checked plans are rendered and the CLI prints the input errors on stderr alone.
   */
  inputErrors: "in-output" | "stderr";
  /** The renderer, loaded only when a run asks for this format: a run compiles what it prints. */
  load: () => Promise<(report: Report) => string>;
}

type Registry = { [C in OutputCommand]: Partial<Record<OutputFormatName, OutputFormat<CommandReports[C]>>> };

/**
 * Every output format of every command, by the name `--format` takes (input/output-format-names.ts),
 * the first of each command its default: a new format is one file in formats/ and one line here.
 * The CLI's usage text and the README's formats table are derived from this and tested against it.
 */
export const OUTPUT_FORMATS = {
  check: {
    text: {
      about: "plain text for terminals",
      inputErrors: "stderr",
      load: async () => (await import("./formats/text.ts")).runText,
    },
    markdown: {
      about: "the job summary: every plan's report",
      inputErrors: "stderr",
      load: async () => (await import("./formats/markdown.ts")).runMarkdown,
    },
    json: {
      about: "the run report (schemas/run-report.schema.json), one plan or many",
      inputErrors: "in-output",
      load: async () => (await import("./formats/json.ts")).runJson,
    },
    sarif: {
      about: "SARIF 2.1.0 for code scanning",
      inputErrors: "in-output",
      load: async () => (await import("./formats/sarif.ts")).runSarif,
    },
    junit: {
      about: "JUnit XML for CI test tabs",
      inputErrors: "in-output",
      load: async () => (await import("./formats/junit.ts")).runJunit,
    },
  },
  audit: {
    text: {
      about: "plain text for terminals",
      inputErrors: "stderr",
      load: async () => (await import("./formats/audit.ts")).auditRunText,
    },
    markdown: {
      about: "the job summary and the tracking issue",
      inputErrors: "stderr",
      load: async () => (await import("./formats/audit.ts")).auditRunMarkdown,
    },
    json: {
      about: "the audit run report (schemas/audit-run-report.schema.json)",
      inputErrors: "stderr",
      load: async () => (await import("./formats/audit.ts")).auditRunJson,
    },
  },
  analyze: {
    text: {
      about: "plain text for terminals",
      inputErrors: "stderr",
      load: async () => (await import("./formats/analysis.ts")).analysisRunText,
    },
    markdown: {
      about: "markdown for an issue or a pull request",
      inputErrors: "stderr",
      load: async () => (await import("./formats/analysis.ts")).analysisRunMarkdown,
    },
    json: {
      about: "the analysis (schemas/analysis.schema.json)",
      inputErrors: "stderr",
      load: async () => (await import("./formats/analysis.ts")).analysisRunJson,
    },
  },
  evals: {
    text: {
      about: "each file's format, model and names, for writing a plan",
      inputErrors: "stderr",
      load: async () => (await import("./formats/eval-listing.ts")).evalListingText,
    },
    json: {
      about: "the same listing, for scripts (schemas/eval-listing.schema.json)",
      inputErrors: "stderr",
      load: async () => (await import("./formats/eval-listing.ts")).evalListingJson,
    },
  },
} as const satisfies Registry;

export type FormatOf<C extends OutputCommand> = keyof (typeof OUTPUT_FORMATS)[C] & OutputFormatName;

/** The formats a command takes, its default first. */
export function formatsOf<C extends OutputCommand>(command: C): FormatOf<C>[] {
  return Object.keys(OUTPUT_FORMATS[command]) as FormatOf<C>[];
}

function entryOf<C extends OutputCommand>(command: C, format: FormatOf<C>): OutputFormat<CommandReports[C]> {
  return (OUTPUT_FORMATS as Registry)[command][format]!;
}

/** A command's report in one of its formats. */
export async function renderOutput<C extends OutputCommand>(
  command: C,
  format: FormatOf<C>,
  report: CommandReports[C],
): Promise<string> {
  return (await entryOf(command, format).load())(report);
}

/**
 * Which plans a check format shows, decided here rather than by the CLI: formats that carry input
 * errors (JSON, SARIF, JUnit) show the whole run; the others only the plans that were checked,
 * the input errors going to stderr. A run of one unreadable plan prints nothing in those.
 */
export function shownRun(run: RunReport, format: FormatOf<"check">): RunReport {
  return entryOf("check", format).inputErrors === "in-output" ? run : { ...run, plans: run.plans.filter(isChecked) };
}

/** What `tunegate check --format <format>` prints on stdout for a run ("" for nothing). */
export async function checkOutput(run: RunReport, format: FormatOf<"check">): Promise<string> {
  return renderOutput("check", format, shownRun(run, format));
}
