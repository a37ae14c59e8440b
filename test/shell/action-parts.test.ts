import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deployAllowed } from "../../src/shell/action/main.ts";
import { InputError, readActionInputs } from "../../src/shell/action/inputs.ts";
import { capAnnotations, type Annotation } from "../../src/shell/github/annotations.ts";
import { isAuthoredBy } from "../../src/shell/github/identity.ts";
import { SUMMARY_LIMIT_BYTES, writeJobSummary } from "../../src/shell/github/job-summary.ts";
import { expandPlanPaths } from "../../src/shell/plan-paths.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const annotation = (level: Annotation["level"], n: number): Annotation => ({ level, message: `m${n}`, title: "t", file: "f", line: n, column: 1 });

describe("annotations", () => {
  it("keep ten of each level, in order, and count the rest", () => {
    const all = [...Array.from({ length: 13 }, (_, i) => annotation("warning", i)), ...Array.from({ length: 12 }, (_, i) => annotation("error", i))];
    const { shown, omitted } = capAnnotations(all);
    expect(shown.filter((a) => a.level === "error").map((a) => a.line)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown[0]!.level).toBe("error");
    expect(omitted).toEqual({ error: 2, warning: 3 });
  });
});

describe("job summary", () => {
  it("writes the short form past 1 MiB", async () => {
    const root = tempRepo({ "summary.md": "" });
    const path = join(root, "summary.md");
    expect(await writeJobSummary(path, "x".repeat(SUMMARY_LIMIT_BYTES + 1), () => "short\n")).toBe("short");
    expect(readFileSync(path, "utf8")).toBe("short\n");
    writeFileSync(path, "");
    expect(await writeJobSummary(path, "full\n", () => "short\n")).toBe("full");
    expect(readFileSync(path, "utf8")).toBe("full\n");
  });
});

describe("inputs", () => {
  it("apply defaults from the schema", () => {
    expect(readActionInputs(() => "")).toMatchObject({ plan: "tunegate.yml", mode: "auto", "fail-on": "error", comment: "auto", "comment-key": "" });
  });
  it("name the bad input and the allowed values", () => {
    expect(() => readActionInputs((n) => (n === "comment" ? "sometimes" : ""))).toThrow(InputError);
    expect(() => readActionInputs((n) => (n === "comment" ? "sometimes" : ""))).toThrow(/input "comment" is "sometimes": use one of auto, always, on-failure, never/);
  });
});

describe("deploy-allowed", () => {
  it.each([
    ["pass", "error", true],
    ["warn", "error", true],
    ["fail", "error", false],
    ["warn", "warning", false],
    ["fail", "never", false],
    ["warn", "never", true],
  ] as const)("%s with fail-on %s -> %s", (verdict, failOn, allowed) => {
    expect(deployAllowed(verdict, failOn)).toBe(allowed);
  });
});

describe("plan globs", () => {
  it("expand, sort, skip node_modules and refuse escapes", async () => {
    const root = tempRepo({ "a/tunegate.yml": "", "b/tunegate.yml": "", "node_modules/x/tunegate.yml": "" });
    expect((await expandPlanPaths(root, "**/tunegate.yml")).paths).toEqual(["a/tunegate.yml", "b/tunegate.yml"]);
    expect((await expandPlanPaths(root, "../*.yml")).diagnostics[0]!.message).toMatch(/escapes the repository/);
  });
});

describe("comment authorship from the token's identity", () => {
  // viewer.login as GraphQL names the token's identity; authors as GraphQL names comment authors.
  it.each([
    ["github-actions[bot]", { __typename: "Bot", login: "github-actions" }, true],
    ["github-actions[bot]", { __typename: "Bot", login: "github-actions[bot]" }, true],
    ["my-app[bot]", { __typename: "Bot", login: "My-App" }, true],
    ["octocat", { __typename: "User", login: "Octocat" }, true],
    ["github-actions[bot]", { __typename: "Bot", login: "other-app" }, false],
    ["github-actions[bot]", { __typename: "User", login: "github-actions" }, false],
    ["my-app", { __typename: "Bot", login: "my-app" }, false],
    ["octocat", { __typename: "Mannequin", login: "octocat" }, false],
    ["octocat", null, false],
  ] as const)("viewer %s, author %o -> %s", (viewer, author, ours) => {
    expect(isAuthoredBy(viewer, author)).toBe(ours);
  });
});
