import { sourceOf } from "../policy/load.ts";
import { pairedNonInferiority, unpairedNonInferiority, type Decision } from "../stats/intervals.ts";
import type { GateContext } from "./context.ts";
import { pairs, type Evidence } from "./eval-judgement.ts";
import { namesFor, pick } from "./eval-selection.ts";
import { judgeSuitesAgainstFloor } from "./floor-gate.ts";
import { gateResult, judged, passed, type GateResult, type Threshold } from "./gate-result.ts";
import { missingData } from "./missing.ts";

export function taskQualityGate(ctx: GateContext): GateResult {
  const id = "task-quality" as const;
  const floor = ctx.plan.evals?.task_floor;
  const names = namesFor(ctx, "task");
  if (ctx.candidate === undefined || names.length === 0) {
    return missingData(ctx, id, false, "no task scores in the candidate results", ["evals"], "add task suites to the candidate results (and list them in evals.task)");
  }
  if (ctx.candidate.incomplete !== null) return missingData(ctx, id, false, `cannot gate on these results: ${ctx.candidate.incomplete}`, ["evals"], "gate on a finished run");
  const maxDrop = ctx.policy.policy.gates["task-quality"].max_drop_vs_baseline;
  const stats = ctx.policy.policy.statistics;
  const details: string[] = [];
  const evidence: Evidence[] = [];
  const failing: string[] = [];
  const unclear: string[] = [];
  if (floor !== undefined) {
    const j = judgeSuitesAgainstFloor(ctx, "task", floor)!;
    details.push(...j.details);
    evidence.push(...j.evidence);
    failing.push(...j.unusable, ...j.evidence.filter((e) => e.decision === "fail").map((e) => e.benchmark));
    unclear.push(...j.evidence.filter((e) => e.decision === "inconclusive").map((e) => e.benchmark));
  }
  let compared = 0;
  if (ctx.baseline !== undefined) {
    for (const name of [...names].sort()) {
      const c = pick(ctx.candidate, name, ctx);
      const b = pick(ctx.baseline, name, ctx);
      if (!c.ok || !b.ok) continue;
      compared++;
      const cb = c.benchmark;
      const bb = b.benchmark;
      // "Not below the baseline": fail only when significantly below (beyond the allowed drop).
      let decision: Decision;
      let how = "point estimate";
      if (stats.method === "interval" && cb.examples !== null && bb.examples !== null) {
        const p = pairs(cb.examples, bb.examples);
        const t = pairedNonInferiority(p.candidate, p.baseline, 1, stats.alpha);
        decision = t.upper + maxDrop < 0 ? "fail" : t.difference + maxDrop >= 0 ? "pass" : "inconclusive";
        how = `paired, difference ${t.difference.toFixed(3)} [${t.lower.toFixed(3)}, ${t.upper.toFixed(3)}]`;
      } else if (stats.method === "interval" && cb.stderr !== null && bb.stderr !== null) {
        const t = unpairedNonInferiority({ value: cb.value, stderr: cb.stderr }, { value: bb.value, stderr: bb.stderr }, 1, stats.alpha, cb.n ?? 0);
        decision = t.upper + maxDrop < 0 ? "fail" : t.difference + maxDrop >= 0 ? "pass" : "inconclusive";
        how = `unpaired, difference ${t.difference.toFixed(3)} [${t.lower.toFixed(3)}, ${t.upper.toFixed(3)}]`;
      } else decision = cb.value >= bb.value - maxDrop - 1e-12 ? "pass" : "fail";
      if (decision === "fail") failing.push(name);
      if (decision === "inconclusive") unclear.push(name);
      details.push(`${name} vs baseline: ${cb.value.toFixed(3)} vs ${bb.value.toFixed(3)}${maxDrop > 0 ? ` (drop allowed ${maxDrop})` : ""}, ${how} -> ${decision.toUpperCase()}`);
    }
  }
  if (floor === undefined && compared === 0) {
    return missingData(ctx, id, false, "task scores exist but there is nothing to judge them against", ["evals"], "declare evals.task_floor, or baseline results for the same task suites");
  }
  const scores = names.map((n) => pick(ctx.candidate!, n, ctx)).filter((p) => p.ok).map((p) => (p as { ok: true; benchmark: { value: number } }).benchmark.value);
  const worst = scores.length === 0 ? null : Math.min(...scores);
  const threshold: Threshold =
    floor !== undefined
      ? { value: floor, display: `>= ${floor.toFixed(2)}${compared > 0 ? " and not below baseline" : ""}`, source: `plan (evals.task_floor)${compared > 0 ? ` + ${sourceOf(ctx.policy, "gates.task-quality.max_drop_vs_baseline")}` : ""}` }
      : { value: null, display: maxDrop > 0 ? `baseline - ${maxDrop}` : "not below baseline", source: sourceOf(ctx.policy, "gates.task-quality.max_drop_vs_baseline") };
  const base = { id, path: floor !== undefined ? ["evals", "task_floor"] : ["evals", "candidate"], measured: worst, measured_display: worst === null ? "—" : `lowest ${worst.toFixed(3)}`, threshold, details };
  const unique = (xs: string[]) => [...new Set(xs)];
  if (failing.length > 0) return { ...judged({ ...base, summary: `task quality too low on ${unique(failing).join(", ")}` }, "error"), evidence };
  if (unclear.length > 0) {
    const level = ctx.policy.policy.severities.inconclusive;
    return { ...gateResult({ ...base, summary: `inconclusive on ${unique(unclear).join(", ")}` }, "inconclusive", level === "info" ? "none" : level), evidence };
  }
  return { ...passed({ ...base, summary: `all ${names.length} task suites meet the bar` }), evidence };
}
