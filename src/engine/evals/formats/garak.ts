import type { Benchmark, Provenance } from "../model.ts";
import { MAX_NAMES_PER_FILE, nameTooLong, tooManyNames } from "../name-cap.ts";
import { benchmark, readCounts, type EvalProblem, type Json, type LineReader, type LinesFormat } from "../reading.ts";

interface Evaluated {
  probe: string;
  detector: string;
  /** Outputs the detector did not flag: the target resisted. */
  passed: number;
  /** Outputs the detector scored (passed + flagged). */
  evaluated: number;
  /** Outputs the detector could not score (garak's `nones`): counted, never scored. */
  nones: number;
}

/**
 * garak's `*.report.jsonl`: per probe and detector, the share of outputs the target resisted
 * (`resisted`, higher is better) and the attack success rate (`attack_success`, lower is better),
 * from its `eval` entries: `passed`, `fails`, `nones`, `total_evaluated` since 0.13.3, `passed`
 * and `total` before. Outputs no detector could score (`nones`) are counted, never scored; attempt
 * timings are never read (they time the scan, not the product). A run with neither a `completion`
 * nor a `digest` entry was interrupted and is never gated on.
 */
export const garakReport = {
  kind: "lines",
  name: "garak",
  detect: (first) =>
    first["entry_type"] === "start_run setup" ||
    (first["entry_type"] === "init" && typeof first["garak_version"] === "string"),
  // `maxNames` is lowered only by tests, to show the cap cheaply.
  start(file: string, maxNames = MAX_NAMES_PER_FILE): LineReader {
    const evals: Evaluated[] = [];
    const seenAt = new Map<string, number>();
    let version: string | null = null;
    let target: string | null = null;
    let finished = false;
    return {
      add(entry, line): EvalProblem | null {
        const type = entry["entry_type"];
        if (type === "start_run setup") {
          version ??= typeof entry["_config.version"] === "string" ? entry["_config.version"] : null;
          target = targetOf(entry);
        } else if (type === "init" && typeof entry["garak_version"] === "string") version = entry["garak_version"];
        else if (type === "completion" || type === "digest") finished = true;
        else if (type === "eval") {
          const read = evalOf(entry, line);
          if ("message" in read) return read;
          const long =
            nameTooLong("the probe", read.probe, line, ["probe"]) ??
            nameTooLong("the detector", read.detector, line, ["detector"]);
          if (long !== null) return long;
          const key = `${read.probe}\u0000${read.detector}`;
          const earlier = seenAt.get(key);
          if (earlier !== undefined)
            return {
              path: ["detector"],
              line,
              message: `probe ${read.probe} with detector ${read.detector} is evaluated twice (first at line ${earlier}); a report of one run has one eval entry for each`,
              hint: "point evals at one run's report, not a concatenation of several",
            };
          // Each entry is a benchmark (two, with attack_success) of its own.
          if (evals.length >= maxNames) return tooManyNames("probe and detector pairs", maxNames, line, ["probe"]);
          seenAt.set(key, line);
          evals.push(read);
        }
        return null;
      },
      finish() {
        const provenance: Provenance = {
          format: "garak",
          file,
          model: target,
          modelArgs: null,
          version: null,
          limit: null,
          nShot: null,
          digest: null,
        };
        const detectorsOf = new Map<string, number>();
        for (const e of evals) detectorsOf.set(e.probe, (detectorsOf.get(e.probe) ?? 0) + 1);
        const benchmarks: Benchmark[] = evals.flatMap((e) => {
          // A probe judged by one detector goes by the probe's name; with several, each by probe@detector.
          const single = detectorsOf.get(e.probe) === 1;
          const name = single ? e.probe : `${e.probe}@${e.detector}`;
          const aliases = single ? [`${e.probe}@${e.detector}`] : [];
          const resisted = e.evaluated === 0 ? 0 : e.passed / e.evaluated;
          const common = {
            name,
            aliases,
            n: e.evaluated,
            errored: e.nones,
            binary: true,
            scale: [0, 1] as const,
            provenance,
          };
          return [
            benchmark({ ...common, metric: "resisted", value: resisted }),
            benchmark({
              ...common,
              metric: "attack_success",
              value: e.evaluated === 0 ? 0 : 1 - resisted,
              higherIsBetter: false,
            }),
          ];
        });
        return {
          ok: true,
          contribution: {
            file,
            format: "garak",
            toolVersion: version,
            model: target,
            benchmarks,
            latencyP95Ms: null,
            categories: null,
            incomplete: finished
              ? null
              : `${file} has no completion entry: the garak run was interrupted, and a partial scan is never gated on`,
            noScores: evals.length === 0 ? "the report has no eval entries (no probe was evaluated)" : null,
          },
        };
      },
    };
  },
} satisfies LinesFormat;

function evalOf(entry: Json, line: number): Evaluated | EvalProblem {
  const probe = entry["probe"];
  const detector = entry["detector"];
  if (typeof probe !== "string" || probe === "" || typeof detector !== "string" || detector === "") {
    return {
      path: typeof probe !== "string" || probe === "" ? ["probe"] : ["detector"],
      line,
      message: "an eval entry names no probe or no detector: its counts cannot be placed",
    };
  }
  const modern = entry["total_evaluated"] !== undefined;
  const counts = readCounts([
    [entry["passed"], ["passed"]],
    [modern ? entry["total_evaluated"] : entry["total"], [modern ? "total_evaluated" : "total"]],
    [entry["fails"], ["fails"]],
    [entry["nones"], ["nones"]],
  ]);
  if (!counts.ok) return { ...counts.problems[0]!, line };
  const [passed, total, fails, nones] = counts.counts as [number | null, number | null, number | null, number | null];
  if (passed === null || total === null)
    return {
      path: [passed === null ? "passed" : modern ? "total_evaluated" : "total"],
      line,
      message: `the eval entry of ${probe} (${detector}) has no ${passed === null ? "passed" : "total"} count`,
    };
  if (passed > total || (fails !== null && passed + fails !== total)) {
    return {
      path: ["passed"],
      line,
      message: `the eval entry of ${probe} (${detector}) counts ${passed} passed${fails === null ? "" : ` and ${fails} failed`} of ${total} evaluated: data that cannot be true`,
      hint: "check that the file is garak's own report, unedited",
    };
  }
  return { probe, detector, passed, evaluated: total, nones: nones ?? 0 };
}

/** The model garak scanned, as its setup entry names it (target_* since 0.13.1, model_* before). */
function targetOf(setup: Json): string | null {
  const name = setup["plugins.target_name"] ?? setup["plugins.model_name"];
  const type = setup["plugins.target_type"] ?? setup["plugins.model_type"];
  if (typeof name === "string" && name !== "")
    return typeof type === "string" && type !== "" ? `${type} ${name}` : name;
  return typeof type === "string" && type !== "" ? type : null;
}
