/**
 * The name of every output format `--format` takes, whatever the command: the one home of these
 * names. output/registry.ts says which command renders which of them and how; the CLI's usage
 * text and the README's formats table derive from the registry, and a test fails when a
 * hand-written list drifts from this one. It sits in the lowest layer, as eval-format-names.ts
 * does, so that any layer may name a format without reaching up to the renderers.
 */
export const OUTPUT_FORMAT_NAMES = ["text", "markdown", "json", "sarif", "junit"] as const;

export type OutputFormatName = (typeof OUTPUT_FORMAT_NAMES)[number];
