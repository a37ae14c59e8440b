import type { EvalFormat } from "./model.ts";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** Formats tunegate recognises but does not read; named so the error can say what the file is. */
export type KnownUnsupported = "openai-evals" | "lighteval" | "deepeval";

/** Detects a JSON document's format from its content, in eval-formats.md's order. */
export function detectJsonFormat(data: unknown): EvalFormat | KnownUnsupported | null {
  if (!isObject(data)) return null;
  if (isObject(data["eval"]) && "plan" in data) return "inspect";
  if (isObject(data["config_general"]) && isObject(data["results"])) return "lighteval";
  if (isObject(data["results"]) && isObject(data["versions"])) return "lm-eval";
  if (typeof data["evalId"] === "string" && isObject(data["results"])) return "promptfoo";
  if (isObject(data["results"]) && (data["results"] as Json)["version"] === 2) return "promptfoo";
  if (data["version"] === 1 && Array.isArray(data["results"]) && "table" in data) return "promptfoo";
  if (Array.isArray(data["testCases"]) && "metricsScores" in data) return "deepeval";
  if (typeof data["model"] === "string" && ("general" in data || "safety" in data || "task" in data || "latency_p95_ms" in data)) return "tunegate";
  return null;
}

/** Detects a JSONL file from its first line. */
export function detectJsonLineFormat(first: unknown): "lm-eval-samples" | "promptfoo-rows" | KnownUnsupported | null {
  if (!isObject(first)) return null;
  if ("doc_id" in first && ("resps" in first || "filtered_resps" in first || "doc" in first)) return "lm-eval-samples";
  if ("evalId" in first && "testIdx" in first) return "promptfoo-rows";
  if ("spec" in first || "final_report" in first || "run_id" in first) return "openai-evals";
  return null;
}

export const EXPECTED_FORMATS =
  "lm-evaluation-harness results_*.json or samples_*.jsonl, promptfoo eval -o output (.json V1-V3), an Inspect AI log (.json or .eval), or tunegate's own {model, general, safety, task} JSON";
