import { SEVERITIES } from "../input/severities.ts";
import { citeFramework } from "../framework/doc-link.ts";
import { describeApproach } from "../plan/approach.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, type GateResult } from "./gate-result.ts";

export function approachFitGate(ctx: GateContext): GateResult {
  const rec = ctx.recommendation;
  const recommended = describeApproach({ approach: rec.approach, fine_tune_method: rec.fine_tune_method ?? null });
  const base = {
    id: "approach-fit" as const,
    path: ["approach"],
    measured: ctx.plan.approach,
    measured_display: ctx.plan.approach,
    threshold: {
      value: rec.approach,
      display: `framework recommends ${recommended}`,
      source: `Q1-Q5 and M1-M5, ${citeFramework("mismatches")}`,
    },
  };
  const differs = rec.approach !== ctx.plan.approach;
  const note = differs ? [`the framework would recommend ${recommended}; see the reasons below`] : [];
  // M4 (no eval results) is evidence that is missing, not a mismatch of approach: the forgetting
  // and safety gates report it as missing, so the approach the framework recommends is not failed.
  const findings = ctx.findings.filter((f) => f.rule !== "M4");
  if (findings.length === 0) {
    return passed({
      ...base,
      summary: differs
        ? `no rule contradicts ${ctx.plan.approach}`
        : `${ctx.plan.approach} is what the framework recommends`,
      details: note,
    });
  }
  const worst = SEVERITIES.find((level) => findings.some((f) => f.level === level))!;
  const first = findings.find((f) => f.level === worst)!;
  return judged(
    {
      ...base,
      path: first.path,
      summary: `${first.rule}: ${first.message}`,
      fix: first.fix,
      details: [...findings.map((f) => `${f.rule} (${f.level}): ${f.message}; fix: ${f.fix}`), ...note],
    },
    worst,
  );
}
