import { deepevalRun } from "./formats/deepeval.ts";
import { everyEvalEverAggregate, everyEvalEverSamples } from "./formats/every-eval-ever.ts";
import { garakReport } from "./formats/garak.ts";
import { inspectArchive, inspectJson } from "./formats/inspect.ts";
import { junitXml } from "./formats/junit.ts";
import { lightevalResults } from "./formats/lighteval.ts";
import { lmEvalResults } from "./formats/lm-eval-results.ts";
import { lmEvalSamples } from "./formats/lm-eval-samples.ts";
import { promptfooDocument, promptfooRows } from "./formats/promptfoo.ts";
import { ragasCsv, ragasLines, ragasRecords } from "./formats/ragas.ts";
import { tunegateFormat } from "./formats/tunegate.ts";
import type { EvalFormatReader, Json } from "./reading.ts";

/**
 * Every eval format tunegate recognises, in detection order (eval-formats.md section 1). A new
 * format is one file in formats/, one line here and its name in input/eval-format-names.ts, from
 * which the plan schema and the report derive (test/engine/format-names.test.ts holds them equal).
 */
export const EVAL_FORMATS: readonly EvalFormatReader[] = [
  inspectArchive,
  junitXml,
  ragasCsv,
  inspectJson,
  lightevalResults,
  lmEvalResults,
  promptfooDocument,
  deepevalRun,
  everyEvalEverAggregate,
  tunegateFormat,
  lmEvalSamples,
  promptfooRows,
  ragasRecords,
  ragasLines,
  garakReport,
  everyEvalEverSamples,
  {
    kind: "unsupported",
    name: "openai-evals",
    detectLine: (d: Json) => "spec" in d || "final_report" in d || "run_id" in d,
  },
];

export const EXPECTED_FORMATS =
  "lm-evaluation-harness results_*.json or samples_*.jsonl, promptfoo eval -o output (.json V1-V3 or .jsonl) or its Node API summary, an Inspect AI log (.json or .eval), JUnit XML (pytest --junitxml or any runner), DeepEval's .deepeval/.latest_test_run.json, Ragas results (to_pandas() records as .json, .jsonl or .csv), a garak *.report.jsonl, an Every Eval Ever aggregate (eval.schema.json) or its _samples.jsonl, lighteval results_*.json, or tunegate's own {model, general, safety, task} JSON";
