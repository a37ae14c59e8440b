import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { initWorkflowText } from "../src/engine/init/workflow-text.ts";

// Two runs on one pull request race on its comment, two audits on the tracking issue: every
// workflow tunegate ships or writes puts them in a concurrency group (tunegate also settles such
// races itself; test/github/comment-races.test.ts).
interface Concurrency {
  group: string;
  "cancel-in-progress": boolean;
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: Concurrency;
  jobs: Record<string, { concurrency?: Concurrency; steps: Array<{ uses?: string }> }>;
}

const DIR = "examples/workflows";
const shipped: Array<[string, Workflow]> = [
  ...readdirSync(DIR).map((f) => [f, parse(readFileSync(join(DIR, f), "utf8")) as Workflow] as [string, Workflow]),
  ["tunegate init", parse(initWorkflowText({ plan: "tunegate.yml", policy: undefined, version: "0.0.0" })) as Workflow],
];

/** The group every job running tunegate is in: its own, or the workflow's. */
function groupsOf(workflow: Workflow): Array<{ job: string; concurrency: Concurrency | undefined }> {
  return Object.entries(workflow.jobs)
    .filter(([, job]) => job.steps.some((s) => s.uses?.startsWith("tunegate/tunegate") === true))
    .map(([job, j]) => ({ job, concurrency: j.concurrency ?? workflow.concurrency }));
}

describe("shipped workflows", () => {
  it.each(shipped)("%s runs tunegate in a concurrency group", (_name, workflow) => {
    const groups = groupsOf(workflow);
    expect(groups.length).toBeGreaterThan(0);
    for (const { job, concurrency } of groups) {
      expect(concurrency, job).toBeDefined();
      expect(concurrency!.group, job).toMatch(/\S/);
    }
  });

  it.each(shipped.filter(([, w]) => "pull_request" in w.on))(
    "%s: one run per pull request, the newer push cancelling the older",
    (_name, workflow) => {
      const check = groupsOf(workflow).filter(({ job }) => job !== "audit");
      for (const { concurrency } of check) {
        expect(concurrency!.group).toContain("${{ github.event.pull_request.number }}");
        expect(concurrency!["cancel-in-progress"]).toBe(true);
      }
    },
  );

  it.each(shipped.filter(([, w]) => "schedule" in w.on))(
    "%s: audits queue, never cancel one under way",
    (_name, workflow) => {
      const audits = groupsOf(workflow).filter(({ job }) => job === "audit");
      expect(audits.length).toBeGreaterThan(0);
      for (const { concurrency } of audits) expect(concurrency!["cancel-in-progress"]).toBe(false);
    },
  );

  it("none posts a fork's report from a workflow_run (the fork controls that report)", () => {
    for (const [name, workflow] of shipped) expect(Object.keys(workflow.on), name).not.toContain("workflow_run");
  });
});
