import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { pullRequestHarness } from "./pr-harness.ts";

const { workspace, newRepo, run, comments } = pullRequestHarness("first-pr");
const ANSWERS = [
  "--knowledge-changes",
  "weekly",
  "--needs-citations",
  "true",
  "--style-requirements",
  "high",
  "--training-data",
  "200 examples",
  "--latency-requirement",
  "2s",
  "--monthly-queries",
  "100000",
];

/** What `tunegate init` writes for a new team, and the Action inputs of its workflow's check step. */
async function initialised(): Promise<{ files: Record<string, string>; inputs: Record<string, string> }> {
  const scratch = tempRepo({});
  const init = await runCli(["init", ...ANSWERS], scratch, "2026-11-24");
  expect(init.code).toBe(0);
  const files: Record<string, string> = {};
  for (const path of ["tunegate.yml", ".github/workflows/tunegate.yml", ".tunegate/pricing.yml"])
    files[path] = readFileSync(join(scratch, path), "utf8");
  const workflow = parse(files[".github/workflows/tunegate.yml"]!);
  const step = workflow.jobs.check.steps.find((s: { uses?: string }) => s.uses?.startsWith("tunegate/tunegate@"));
  return {
    files,
    inputs: Object.fromEntries(Object.entries(step.with as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
  };
}

describe("a new team's first pull requests", () => {
  it("the first PR after init reports what is missing, says it is report-only, and does not fail the check; deleting one line enforces", async () => {
    const { files, inputs } = await initialised();
    expect(inputs["fail-on"]).toBe("never");
    const repo = newRepo();
    const first = await run(repo, workspace(files).root, { inputs, pinnedDay: "2026-11-24" });
    expect(first.code).toBe(0);
    // report-only never claims the deploy is safe
    expect(first.outputs).toMatchObject({ verdict: "fail", "deploy-allowed": "false" });
    const body = comments(repo)[0]!.body;
    expect(body).toContain("**Report-only** (`fail-on: never`)");
    expect(body).toContain("blocked, 2 gates without evidence (forgetting, safety)");
    // the approach the framework just recommended is not failed for missing evals
    expect(body).not.toMatch(/`approach-fit`: /);
    expect(body).toContain("> **Not ready to deploy** by 2 gates:");

    // the second PR run, after the team deletes the report-only line: the same gates now fail the check
    const enforced = files[".github/workflows/tunegate.yml"]!.replace(/^\s+fail-on: never.*\n/m, "");
    const { "fail-on": _dropped, ...enforcing } = inputs;
    const second = await run(repo, workspace({ ...files, ".github/workflows/tunegate.yml": enforced }).root, {
      inputs: enforcing,
      pinnedDay: "2026-11-24",
    });
    expect(second.code).toBe(1);
    expect(comments(repo)).toHaveLength(1);
    expect(comments(repo)[0]!.body).toContain("**Enforcing** (`fail-on: error`)");
    expect(comments(repo)[0]!.body).toContain("> **Deploy blocked** by 2 gates:");
  });
});
