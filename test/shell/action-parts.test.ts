import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { deployAllowed } from "../../src/engine/run/run-report.ts";
import { InputError, readActionInputs } from "../../src/shell/action/inputs.ts";
import { runnerLog, shieldCommands } from "../../src/shell/action/log.ts";
import { runnerCommands } from "../github/runner-commands.ts";
import { capAnnotations, type Annotation } from "../../src/engine/output/annotations.ts";
import { isAuthoredBy } from "../../src/shell/github/identity.ts";
import { SUMMARY_LIMIT_BYTES, writeJobSummary } from "../../src/shell/github/job-summary.ts";
import { expandPlanPaths } from "../../src/shell/plan-paths.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const annotation = (level: Annotation["level"], n: number): Annotation => ({
  level,
  message: `m${n}`,
  title: "t",
  file: "f",
  line: n,
  column: 1,
});

describe("annotations", () => {
  it("keep ten of each level, in order, and count the rest", () => {
    const all = [
      ...Array.from({ length: 13 }, (_, i) => annotation("warning", i)),
      ...Array.from({ length: 12 }, (_, i) => annotation("error", i)),
    ];
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
    expect(readActionInputs(() => "")).toMatchObject({
      plan: "tunegate.yml",
      mode: "auto",
      "fail-on": "error",
      comment: "auto",
      "comment-key": "",
    });
  });
  it("name the bad input and the allowed values", () => {
    expect(() => readActionInputs((n) => (n === "comment" ? "sometimes" : ""))).toThrow(InputError);
    expect(() => readActionInputs((n) => (n === "comment" ? "sometimes" : ""))).toThrow(
      /input "comment" is "sometimes": use one of auto, always, on-failure, never/,
    );
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

describe("the Action's log and workflow commands", () => {
  const hostile = [
    "x\n::warning::INJ",
    "x\r::error::INJ",
    "  ::notice::INJ",
    "\u0085::warning::INJ",
    "a ##[warning]INJ",
    "::stop-commands::t\n::t::\n::warning::INJ",
  ];

  it.each(hostile)("shields %j: the runner would run none of it", (text) => {
    expect(runnerCommands(text).length).toBeGreaterThan(0); // the payload is a command as written
    expect(runnerCommands(shieldCommands(text))).toEqual([]);
  });

  it("leaves text that cannot hold a command as it is", () => {
    expect(shieldCommands("PASS support-bot: all gates pass\nsecond line")).toBe(
      "PASS support-bot: all gates pass\nsecond line",
    );
  });

  it("never uses a token the text contains", () => {
    const tokens = ["abc", "abc", "xyz"];
    expect(shieldCommands("abc ::warning::INJ", () => tokens.shift()!)).toBe(
      "::stop-commands::xyz\nabc ::warning::INJ\n::xyz::",
    );
  });

  it("annotation messages and properties stay inside tunegate's own command", () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      runnerLog().warning("m\n::error::INJ\r::error::INJ", { title: "t::error::INJ,x", file: "f\n::error::INJ" });
      runnerLog().info("i\n::error::INJ");
    } finally {
      spy.mockRestore();
    }
    const commands = runnerCommands(written.join(""));
    expect(commands.map((c) => c.name)).toEqual(["warning"]);
    expect(commands[0]!.data).toBe("m\n::error::INJ\r::error::INJ");
  });
});
