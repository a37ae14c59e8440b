import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Read before this file configures anything: what the setup file left, whatever ran before.
const atStart = fc.readConfigureGlobal();

describe("fast-check's global settings at the start of a test file", () => {
  it("are the suite's defaults, not what an earlier file in the same worker configured", () => {
    expect(atStart.seed).toBe(Number(process.env["FC_SEED"] ?? 20261206));
    expect(atStart.numRuns).toBeUndefined();
  });
});
