import { describe, expect, it } from "vitest";
import { files, pullRequestHarness } from "./pr-harness.ts";

// The harness' commits are dated 2026-11-20 (run-action.ts); the runner's clock is injected
// (2026-12-06 here). TUNEGATE_TODAY may name another day, never one before the commit.
const { workspace, newRepo, run } = pullRequestHarness("dates");

describe("the Action's evaluation date", () => {
  it("refuses a date before the commit it judges: nothing is judged, nothing may deploy", async () => {
    const ws = workspace(files());
    const result = await run(newRepo(), ws.root, {
      today: "2026-12-06",
      inputs: { comment: "never" },
      pinnedDay: "2026-11-10",
    });
    expect(result.code).toBe(1);
    expect(result.outputs["deploy-allowed"]).toBe("false");
    expect(result.stdout).toMatch(
      /::error::tunegate: TUNEGATE_TODAY is 2026-11-10, before 2026-11-20, the day the commit being judged was made/,
    );
  });

  it("names a date other than the runner's in the log, and judges as of it", async () => {
    const ws = workspace(files());
    const result = await run(newRepo(), ws.root, {
      today: "2026-12-06",
      inputs: { comment: "never" },
      pinnedDay: "2026-11-24",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /::warning title=tunegate%3A evaluation date::tunegate judged as of 2026-11-24 \(TUNEGATE_TODAY\), 12 days before today's date 2026-12-06: waiver expiry and price ages are as of 2026-11-24/,
    );
  });
});

describe("the CLI's --today", () => {
  it("is named on stderr when it is not today", async () => {
    const { runCli } = await import("../helpers/cli.ts");
    const ws = workspace(files());
    const result = await runCli(["check", "--today", "2026-11-01"], ws.root, "2026-11-24");
    expect(result.stderr).toBe(
      "tunegate: note: judged as of 2026-11-01 (--today), 23 days before today's date 2026-11-24: waiver expiry and price ages are as of 2026-11-01\n",
    );
    expect((await runCli(["check", "--today", "2026-11-24"], ws.root, "2026-11-24")).stderr).toBe("");
  });
});
