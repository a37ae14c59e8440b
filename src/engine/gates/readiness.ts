import { citeFramework } from "../framework/doc-link.ts";
import { answerReadiness } from "../framework/readiness.ts";
import type { GateContext } from "./context.ts";
import { judged, passed, skipped, type GateResult } from "./gate-result.ts";
import { missingData } from "./missing.ts";
import { measureReadiness } from "./readiness-evidence.ts";

export function readinessGate(ctx: GateContext): GateResult {
  const id = "readiness" as const;
  if (ctx.method === undefined)
    return skipped({
      id,
      path: ["approach"],
      summary: `${ctx.plan.approach} does not fine-tune: checklist not needed`,
    });
  const readiness = ctx.plan.readiness;
  if (readiness === undefined) {
    return missingData(
      ctx,
      id,
      false,
      "the fine-tuning readiness checklist is not declared",
      ["approach"],
      `add the readiness block: ten yes/no answers, see ${citeFramework("readiness")}`,
    );
  }
  const keepsRetrieval = ctx.plan.approach === "hybrid";
  // Answers the alternative's eval results settle are judged from them, not taken on trust.
  const measured = measureReadiness(ctx);
  const answers = answerReadiness({ ...readiness, ...measured.answers }, keepsRetrieval);
  const total = answers.yes + answers.no.length + answers.unanswered.length;
  const base = {
    id,
    path: ["readiness"],
    measured: answers.yes,
    measured_display: `${answers.yes}/${total} yes`,
    threshold: {
      value: total,
      display: `${total}/${total} yes${keepsRetrieval ? " (2 items about dropping retrieval do not apply to a hybrid)" : ""}`,
      source: citeFramework("readiness"),
    },
    details: [
      ...measured.contradicted.map((c) => `contradicted: ${c}`),
      ...answers.no.map((item) => `no: ${item}`),
      ...answers.unanswered.map((item) => `not answered: ${item}`),
      ...measured.details,
    ],
  };
  if (measured.contradicted.length > 0) {
    return judged(
      {
        ...base,
        summary: `the eval results contradict a readiness answer: ${measured.contradicted.join("; ")}`,
        fix: "answer from the measurements, and reconsider the customisation until it beats the simpler alternative",
      },
      "error",
    );
  }
  if (answers.no.length + answers.unanswered.length === 0)
    return passed({ ...base, summary: `all ${total} applicable readiness answers are yes` });
  const gaps = answers.no.length + answers.unanswered.length;
  return judged(
    {
      ...base,
      summary: `${gaps} of ${total} readiness items not met: reconsider fine-tuning until they are`,
      fix: `meet the ${gaps} open readiness item${gaps === 1 ? "" : "s"} before fine-tuning`,
    },
    ctx.policy.policy.severities.readiness,
  );
}
