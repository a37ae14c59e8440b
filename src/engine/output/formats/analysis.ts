import type { Analysis } from "../../analyze.ts";
import { analysisJson, analysisMarkdown, analysisText } from "../parts/analysis.ts";

// `tunegate analyze`'s formats, each a function of the one analysis the command makes.

export const analysisRunText = (analysis: Analysis): string => analysisText(analysis);

export const analysisRunMarkdown = (analysis: Analysis): string => analysisMarkdown(analysis);

/** The analysis report (schemas/analysis.schema.json). */
export const analysisRunJson = (analysis: Analysis): string => analysisJson(analysis);
