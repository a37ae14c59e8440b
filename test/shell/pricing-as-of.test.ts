import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

/** Freshness is the data's age, not the pin's: as_of is the date of the price data copied. */
const PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 100000 }
cost:
  llm: { provider: openai, model: gpt-4o-mini, input_tokens: 800, output_tokens: 200 }
`;
const pinnedAsOf = (root: string) =>
  /openai\/gpt-4o-mini:[\s\S]*?as_of: (\S+)/.exec(readFileSync(join(root, ".tunegate/pricing.yml"), "utf8"))![1];
const freshness = async (root: string, today: string) => {
  const { stdout } = await runCli(["check", "--format", "json"], root, today);
  return planReport(stdout).gates.find((g: { id: string }) => g.id === "pricing-freshness") as {
    outcome: string;
    measured_display: string;
  };
};

describe("pricing pin stamps as_of with the price data's date, never today", () => {
  it("re-pinning the bundled 2026-11-24 data on 2027-09-01 leaves its prices stale (WARN), naming the date", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const pinned = await runCli(["pricing", "pin", "--plan", "tunegate.yml", "--data", "bundled"], root, "2027-09-01");
    expect(pinned.code).toBe(0);
    expect(pinned.stdout).toContain("as of 2026-11-24 (the data's date)");
    expect(pinnedAsOf(root)).toBe("2026-11-24");
    const gate = await freshness(root, "2027-09-01");
    expect(gate.outcome).toBe("warn");
    expect(gate.measured_display).toBe("oldest 281 days (openai/gpt-4o-mini, as of 2026-11-24)");
  });

  it("a feed's Last-Modified is its date; a feed without one keeps an unchanged entry's as_of", async () => {
    const feed = readFileSync("test/fixtures/prices/feed.json", "utf8");
    let lastModified: string | undefined = "Tue, 01 Dec 2026 08:00:00 GMT";
    const server = createServer((_, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        ...(lastModified === undefined ? {} : { "last-modified": lastModified }),
      });
      res.end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.json`;
    const root = tempRepo({ "tunegate.yml": PLAN });
    expect((await runCli(["pricing", "pin", "--plan", "tunegate.yml", "--data", url], root, "2027-03-01")).code).toBe(
      0,
    );
    expect(pinnedAsOf(root)).toBe("2026-12-01");
    lastModified = undefined;
    const again = await runCli(["pricing", "pin", "--plan", "tunegate.yml", "--data", url], root, "2027-06-01");
    expect(again.stdout).toContain("the data has no date: unchanged entries keep their as_of");
    expect(pinnedAsOf(root)).toBe("2026-12-01");
  });
});
