import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planReport, runCli } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/temp-repo.ts";

const PLAN = `version: 1
name: bot
approach: rag
use_case: { task: knowledge, knowledge_change: weekly, citations_required: true, monthly_queries: 100000 }
cost:
  llm: { provider: anthropic, model: claude-opus-5-5, input_tokens: 800, output_tokens: 200 }
  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 100 }
`;
const OUTSIDE_TEXT = "version: 1\ncurrency: USD\nprices: {}\n# someone else's file\n";

const pin = (root: string, ...args: string[]) =>
  runCli(["pricing", "pin", "--plan", "tunegate.yml", "--data", "bundled", ...args], root, "2026-11-28");

/** A file outside the repository that a link could lead to; it must never change. */
function outsideFile(): string {
  const dir = tempRepo({ "victim.yml": OUTSIDE_TEXT });
  return join(dir, "victim.yml");
}

describe("tunegate pricing pin: where it writes", () => {
  it("writes .tunegate/pricing.yml by default, creating the folder, and check then prices from it", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    expect((await runCli(["check"], root, "2026-11-28")).code).toBe(2); // claude-opus-5-5 is not shipped
    const { code, stdout, stderr } = await pin(root);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^\.tunegate\/pricing\.yml: pinned 2 \(anthropic\/claude-opus-5-5, openai\/text-embedding-3-small\)/,
    );
    const text = readFileSync(join(root, ".tunegate/pricing.yml"), "utf8");
    expect(text).toMatch(/anthropic\/claude-opus-5-5:\n    unit: per_1m_tokens\n    input_mtok: 4\n/);
    const check = await runCli(["check", "--format", "json"], root, "2026-11-28");
    expect([0, 1]).toContain(check.code);
    expect(planReport(check.stdout).cost.items[0].price_source).toMatch(
      /^\.tunegate\/pricing\.yml: anthropic\/claude-opus-5-5 /,
    );
  });

  it("copies a hand-pinned shipped price the price data lacks", async () => {
    // A plan that prices a training run must fine-tune: a hybrid keeps the RAG plan's retrieval.
    const plan = `${PLAN.replace("approach: rag", "approach: hybrid")}  fine_tune: { provider: openai-ft, model: gpt-4.1-mini-2025-04-14, training_tokens: 1000000, epochs: 3 }\n`;
    const root = tempRepo({ "tunegate.yml": plan });
    const { code, stdout } = await pin(root);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /copied 1 \(openai-ft\/gpt-4\.1-mini-2025-04-14\) from the prices shipped with tunegate \d+\.\d+\.\d+/,
    );
    expect(readFileSync(join(root, ".tunegate/pricing.yml"), "utf8")).toMatch(
      /openai-ft\/gpt-4\.1-mini-2025-04-14:\n    unit: per_1m_tokens\n[\s\S]*?    training_mtok: 5\n    source: OpenAI API pricing page, Fine-tuning \(hand-pinned\)\n    as_of: 2026-08-05\n[\s\S]*?    check: manual\n/,
    );
  });

  it("a fine-tune's serving price: copies a published one (openai-ft), and finds nothing to pin, no unknown model, where none is published", async () => {
    const plan = (llm: string) =>
      `${PLAN.replace("approach: rag", "approach: hybrid").replace(/  llm: .*\n/, `  llm: ${llm}\n`)}`;
    const published = tempRepo({
      "tunegate.yml": plan(
        "{ provider: openai, model: gpt-4o-mini-2024-07-18, input_tokens: 800, output_tokens: 200, fine_tuned: true }",
      ),
    });
    const copied = await pin(published);
    expect({ code: copied.code, stderr: copied.stderr }).toEqual({ code: 0, stderr: "" });
    expect(copied.stdout).toMatch(/copied 1 \(openai-ft\/gpt-4o-mini-2024-07-18\)/);
    const unpublished = tempRepo({
      "tunegate.yml": plan(
        "{ provider: anthropic, model: claude-haiku-4-5, input_tokens: 800, output_tokens: 200, fine_tuned: true }",
      ),
    });
    const none = await pin(unpublished);
    expect({ code: none.code, stderr: none.stderr }).toEqual({ code: 0, stderr: "" });
    expect(none.stdout).toMatch(/^\.tunegate\/pricing\.yml: pinned 1 \(openai\/text-embedding-3-small\)/);
  });

  it("--pricing names another file, and a policy's pricing.file is used when given", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, ".tunegate/policy.yml": "pricing:\n  file: config/prices.yml\n" });
    expect((await pin(root)).code).toBe(0);
    expect(existsSync(join(root, "config/prices.yml"))).toBe(true);
    expect((await pin(root, "--pricing", "other.yml")).code).toBe(0);
    expect(existsSync(join(root, "other.yml"))).toBe(true);
    expect(existsSync(join(root, ".tunegate/pricing.yml"))).toBe(false);
  });

  it("leaves no temporary file behind and never touches a user's own .tmp files", async () => {
    const root = tempRepo({
      "tunegate.yml": PLAN,
      ".tunegate/pricing.yml.tmp": "mine\n",
      ".tunegate/.pricing.yml.tmp": "also mine\n",
    });
    expect((await pin(root)).code).toBe(0);
    expect(readFileSync(join(root, ".tunegate/pricing.yml.tmp"), "utf8")).toBe("mine\n");
    expect(readFileSync(join(root, ".tunegate/.pricing.yml.tmp"), "utf8")).toBe("also mine\n");
    expect(readdirSync(join(root, ".tunegate")).sort()).toEqual([".pricing.yml.tmp", "pricing.yml", "pricing.yml.tmp"]);
  });
});

describe("tunegate pricing pin: refusals are located, exit 2, and write nothing", () => {
  async function refused(root: string, args: string[], message: RegExp) {
    const result = await pin(root, ...args);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    return result;
  }

  it("a target file that is a symbolic link leading outside the repository", async () => {
    const victim = outsideFile();
    const root = tempRepo({ "tunegate.yml": PLAN });
    mkdirSync(join(root, ".tunegate"));
    symlinkSync(victim, join(root, ".tunegate/pricing.yml"));
    await refused(
      root,
      [],
      /^\.tunegate\/pricing\.yml:1:1: error: cannot write \.tunegate\/pricing\.yml: it is a symbolic link, and tunegate never writes through one/,
    );
    expect(readFileSync(victim, "utf8")).toBe(OUTSIDE_TEXT);
  });

  it("a target file that is a symbolic link inside the repository: no link is followed on write", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, "real.yml": "version: 1\ncurrency: USD\nprices: {}\n" });
    symlinkSync(join(root, "real.yml"), join(root, "prices.yml"));
    await refused(
      root,
      ["--pricing", "prices.yml"],
      /^prices\.yml:1:1: error: cannot write prices\.yml: it is a symbolic link, and tunegate never writes through one/,
    );
    expect(readFileSync(join(root, "real.yml"), "utf8")).toBe("version: 1\ncurrency: USD\nprices: {}\n");
    expect(lstatSync(join(root, "prices.yml")).isSymbolicLink()).toBe(true);
  });

  it("a symbolic link where the temporary file used to go (prices.yml.tmp) is never followed", async () => {
    const victim = outsideFile();
    const root = tempRepo({ "tunegate.yml": PLAN });
    symlinkSync(victim, join(root, "prices.yml.tmp"));
    const result = await pin(root, "--pricing", "prices.yml");
    expect(result.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe(OUTSIDE_TEXT);
    expect(lstatSync(join(root, "prices.yml.tmp")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "prices.yml"), "utf8")).toContain("anthropic/claude-opus-5-5:");
  });

  it("a folder on the way that is a symbolic link (to outside the repository)", async () => {
    const outside = tempRepo({});
    const root = tempRepo({ "tunegate.yml": PLAN });
    symlinkSync(outside, join(root, ".tunegate"));
    await refused(
      root,
      [],
      /^\.tunegate\/pricing\.yml:1:1: error: cannot write \.tunegate\/pricing\.yml: the folder \.tunegate is a symbolic link, and tunegate never writes through one/,
    );
    expect(readdirSync(outside)).toEqual([]);
  });

  it("a folder on the way that is a symbolic link inside the repository", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, "elsewhere/keep": "" });
    symlinkSync(join(root, "elsewhere"), join(root, "config"));
    await refused(root, ["--pricing", "config/prices.yml"], /the folder config is a symbolic link/);
    expect(readdirSync(join(root, "elsewhere"))).toEqual(["keep"]);
  });

  it("a directory at the target", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, ".tunegate/pricing.yml/inside": "" });
    await refused(
      root,
      [],
      /^\.tunegate\/pricing\.yml:1:1: error: cannot write \.tunegate\/pricing\.yml: it is a directory/,
    );
  });

  it("a file where a folder should be", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN, ".tunegate": "a file\n" });
    await refused(
      root,
      [],
      /^\.tunegate\/pricing\.yml:1:1: error: cannot write \.tunegate\/pricing\.yml: \.tunegate is not a folder/,
    );
    expect(readFileSync(join(root, ".tunegate"), "utf8")).toBe("a file\n");
  });

  it("a target outside the repository, by path", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    await refused(
      root,
      ["--pricing", "../escape.yml"],
      /^\.\.\/escape\.yml:1:1: error: cannot write "\.\.\/escape\.yml": the path escapes the repository/,
    );
    await refused(
      root,
      ["--pricing", "/tmp/escape.yml"],
      /error: cannot write .*escape\.yml.*(escapes the repository|is absolute)/,
    );
  });

  it("an existing table that is not valid keeps its content", async () => {
    const broken = "version: 1\ncurrency: EUR\nprices: {}\n";
    const root = tempRepo({ "tunegate.yml": PLAN, ".tunegate/pricing.yml": broken });
    await refused(root, [], /^\.tunegate\/pricing\.yml:2:11: error \[currency\]/);
    expect(readFileSync(join(root, ".tunegate/pricing.yml"), "utf8")).toBe(broken);
  });

  it("a FIFO at the target is not read or written", async () => {
    const root = tempRepo({ "tunegate.yml": PLAN });
    const { execFileSync } = await import("node:child_process");
    mkdirSync(join(root, ".tunegate"));
    execFileSync("mkfifo", [join(root, ".tunegate/pricing.yml")]);
    await refused(
      root,
      [],
      /^\.tunegate\/pricing\.yml:1:1: error: cannot write \.tunegate\/pricing\.yml: it is not a regular file/,
    );
  });
});
