import { describe, expect, it } from "vitest";
import { resolveRepoPath } from "../../src/engine/input/repo-path.ts";

describe("resolveRepoPath", () => {
  it("resolves relative to the plan's folder", () => {
    expect(resolveRepoPath("apps/bot/tunegate.yml", "evals/c.json")).toEqual({
      ok: true,
      path: "apps/bot/evals/c.json",
    });
    expect(resolveRepoPath("apps/bot/tunegate.yml", "../shared/./c.json")).toEqual({
      ok: true,
      path: "apps/shared/c.json",
    });
  });
  it("refuses paths that climb out of the repository", () => {
    expect(resolveRepoPath("tunegate.yml", "../secrets.json")).toMatchObject({
      ok: false,
      reason: "escapes the repository",
    });
    expect(resolveRepoPath("a/tunegate.yml", "../../x")).toMatchObject({ ok: false });
  });
  it("refuses absolute and drive paths", () => {
    expect(resolveRepoPath("tunegate.yml", "/etc/passwd")).toMatchObject({ ok: false });
    expect(resolveRepoPath("tunegate.yml", "C:\\x.json")).toMatchObject({ ok: false });
  });
});
