import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { daysBetween, isCalendarDate } from "../../src/engine/input/dates.ts";
import { runActionInProcess } from "../github/run-action.ts";
import { BRAND_VOICE_PLAN, brandVoiceRepo, candidateWith, check, expectInputError, tunegate } from "./harness.ts";

/** A forgetting failure (hellaswag far below the base model) under a waiver that expired. */
const EXPIRED_WAIVER = `${BRAND_VOICE_PLAN}waivers:\n  - gate: forgetting\n    reason: accepted for the pilot\n    owner: "@ml-lead"\n    expires: 2026-06-30\n`;
const forgettingRepo = (plan = EXPIRED_WAIVER) =>
  brandVoiceRepo({
    "tunegate.yml": plan,
    "evals/candidate.json": candidateWith((c) => (c.general["hellaswag"] = 0.3)),
  });

describe("hostile dates", () => {
  it("a calendar date is a real day", async () => {
    expect(["2026-02-28", "2024-02-29", "2026-12-31"].map(isCalendarDate)).toEqual([true, true, true]);
    expect(
      [
        "2026-02-30",
        "2026-02-29",
        "2026-13-01",
        "2026-1-1",
        "",
        " 2026-01-01",
        "2026-01-01\n",
        "NaN",
        "2026-11-24T00:00:00Z",
      ].map(isCalendarDate),
    ).toEqual(Array(9).fill(false));
  });

  it("daysBetween refuses a non-date instead of answering NaN (which made an expired waiver live)", async () => {
    expect(daysBetween("2026-11-24", "2026-12-01")).toBe(7);
    expect(() => daysBetween("", "2026-06-30")).toThrow(/not a calendar date: ""/);
    expect(() => daysBetween("2026-11-24", "2026-02-30")).toThrow(/not a calendar date/);
  });

  it("the expired waiver fails the gate on the pinned day", async () => {
    const run = await check(forgettingRepo());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL +forgetting +waiver expired on 2026-06-30/);
  });

  it("--today that is empty, impossible or not a date is a usage error", async () => {
    const root = forgettingRepo();
    for (const today of ["", "2026-02-30", "tomorrow", "2026-11-24T00:00:00Z", "20261124"]) {
      const run = await tunegate(["check", "--today", today], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--today must be a calendar date YYYY-MM-DD, got "${today}"`);
    }
    expect((await tunegate(["audit", "--today", "2026-02-30", "--current", "bundled"], root)).stderr).toContain(
      "--today must be a calendar date",
    );
  });

  it("a waiver that expires on an impossible day is located", async () => {
    expectInputError(
      await check(forgettingRepo(EXPIRED_WAIVER.replace("2026-06-30", "2026-02-30"))),
      /^tunegate.yml:37:14: error \[waivers\[0\].expires\]: /,
    );
  });

  it("a price confirmed in the future is an error at its as_of (it would never age)", async () => {
    const shipped = readFileSync("policies/pricing.yml", "utf8");
    const table = shipped.replace("as_of: 2026-08-05", "as_of: 2099-01-01");
    expect(table).not.toBe(shipped);
    const root = brandVoiceRepo({ "ai-policy.yml": "pricing:\n  file: prices.yml\n", "prices.yml": table });
    const run = await check(root, "--policy", "ai-policy.yml");
    expectInputError(
      run,
      /^prices.yml:\d+:\d+: error \[prices\.[^\]]+\.as_of\]: as_of 2099-01-01 is in the future \(today is 2026-11-24\)/,
    );
    expect(run.stderr.split("\n")[0]).toBe(
      `prices.yml:${table.split("\n").findIndex((l) => l.includes("2099-01-01")) + 1}:12: error [prices.openai-ft/gpt-4.1-mini-2025-04-14.as_of]: as_of 2099-01-01 is in the future (today is 2026-11-24): a price cannot have been confirmed on a day that has not come`,
    );
    // A day ahead is a time zone, not the future.
    expect(
      (
        await check(
          brandVoiceRepo({
            "ai-policy.yml": "pricing:\n  file: prices.yml\n",
            "prices.yml": shipped.replace("as_of: 2026-08-05", "as_of: 2026-11-25"),
          }),
          "--policy",
          "ai-policy.yml",
        )
      ).code,
    ).toBe(0);
  });
});

describe("hostile dates in the Action: TUNEGATE_TODAY", () => {
  async function action(today: string) {
    return runActionInProcess({
      apiUrl: "http://127.0.0.1:9",
      repo: "acme/brand",
      workspace: forgettingRepo(),
      event: "push",
      payload: JSON.parse(readFileSync("test/fixtures/events/push.json", "utf8")),
      inputs: { plan: "tunegate.yml", comment: "never" },
      env: { TUNEGATE_TODAY: today },
    });
  }

  it("empty or not a date fails the step closed instead of reviving an expired waiver", async () => {
    for (const today of ["", "not-a-date", "2026-02-30"]) {
      const run = await action(today);
      expect(run.outputs["verdict"]).toBe("fail");
      expect(run.outputs["deploy-allowed"]).toBe("false");
      expect(run.stdout).toContain(
        `::error::tunegate: TUNEGATE_TODAY must be a calendar date YYYY-MM-DD, got ${JSON.stringify(today)}`,
      );
      expect(run.code).toBe(1);
    }
  });

  it("a real day judges the waiver as expired", async () => {
    const run = await action("2026-11-24");
    expect(run.outputs["verdict"]).toBe("fail");
    expect(run.summary).toContain("waiver expired on 2026-06-30");
  });
});
