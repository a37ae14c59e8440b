import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { credential } from "../helpers/credentials.ts";
import { files, pullRequestHarness } from "../github/pr-harness.ts";
import { GATED_RAG_PLAN } from "../helpers/plan-text.ts";
import { tempRepo } from "../helpers/temp-repo.ts";
import { check, tunegate, tunegateBundle, TODAY } from "./harness.ts";

// A pull request points tunegate at files that hold credentials: the job's token that
// actions/checkout leaves in .git/config, a .env, a token file. Nothing of them may reach the log,
// the comment, the job summary, report-json, SARIF or the CLI's output.

const TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
const HEADER = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");
const GIT_CONFIG_EXTRA = `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${HEADER}\n`;

const PLAN = GATED_RAG_PLAN;
const EVALS = JSON.stringify({ model: "m", safety: { xstest: 0.97 }, task: { qa: 0.9 }, latency_p95_ms: 1200 });

/** A git repository whose .git/config holds the header actions/checkout persists. */
function checkedOut(extra: Record<string, string> = {}): string {
  const root = tempRepo({ "tunegate.yml": PLAN, "evals/candidate.json": EVALS, ...extra });
  execFileSync("git", ["init", "-q", root]);
  writeFileSync(join(root, ".git/config"), `${readFileSync(join(root, ".git/config"), "utf8")}${GIT_CONFIG_EXTRA}`);
  return root;
}

function gitListing(root: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [`${join(dir, e.name)}:${statSync(join(dir, e.name)).mtimeMs}`],
    );
  return walk(join(root, ".git")).sort().join("\n");
}

const FORMATS = ["text", "markdown", "json", "sarif"] as const;

function expectNoSecret(text: string, ...secrets: string[]): void {
  for (const secret of [...secrets, TOKEN, HEADER]) expect(text).not.toContain(secret);
}

describe("the job's token in .git/config never leaves", () => {
  const ways: [string, (root: string) => void][] = [
    [
      "a policy's pricing.file",
      (root) => writeFileSync(join(root, ".tunegate/policy.yml"), "pricing:\n  file: .git/config\n"),
    ],
    [
      "a policy's pricing.file in other letter case",
      (root) => writeFileSync(join(root, ".tunegate/policy.yml"), "pricing:\n  file: .GIT/config\n"),
    ],
    [
      "a policy's pricing.file through ..",
      (root) => writeFileSync(join(root, ".tunegate/policy.yml"), "pricing:\n  file: evals/../.git/config\n"),
    ],
    ["a symbolic link named like a plan", (root) => symlinkSync(".git/config", join(root, "evil-tunegate.yml"))],
    ["a symbolic link to the .git folder", (root) => symlinkSync(".git", join(root, "gitdir"))],
    [
      "an eval path",
      (root) =>
        writeFileSync(
          join(root, "tunegate.yml"),
          PLAN.replace("evals/candidate.json", "../.git/config").replace("candidate: ../", "candidate: evals/../"),
        ),
    ],
  ];
  for (const [how, plant] of ways) {
    it(`named by ${how}: a located input error that quotes nothing of it, in every format`, async () => {
      const root = checkedOut({ ".tunegate/.keep": "" });
      plant(root);
      const before = gitListing(root);
      const planArg = how.includes("symbolic link named")
        ? "evil-tunegate.yml"
        : how.includes(".git folder")
          ? "gitdir/config"
          : "tunegate.yml";
      for (const format of FORMATS) {
        const run = await check(root, "--plan", planArg, "--format", format);
        expect(run.code, `${how} ${format}: ${run.stderr}`).toBe(2);
        expectNoSecret(run.stdout + run.stderr);
        expect(run.stdout + run.stderr).toMatch(/\.git\/, which tunegate never reads|inside \.git\//);
      }
      expect(gitListing(root)).toBe(before);
    });
  }

  it("a glob never matches a plan inside .git, whatever its letter case", async () => {
    const root = checkedOut({ ".GIT/tunegate.yml": PLAN });
    writeFileSync(join(root, ".git/tunegate.yml"), PLAN.replace("support-bot", "inside-git"));
    const run = await check(root, "--plan", "**/tunegate.yml");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("support-bot");
    expect(run.stdout).not.toContain("inside-git");
    expect(run.stdout).not.toMatch(/\.git\//i);
  });
});

describe("a file of credentials named as a price table or a plan is never dumped", () => {
  it("masks every credential family in a .env named by the policy, in every format (property)", async () => {
    const root = checkedOut({ ".tunegate/policy.yml": "pricing:\n  file: .env\n" });
    await fc.assert(
      fc.asyncProperty(
        credential,
        fc.constantFrom("OPENAI_API_KEY=", "export HF_TOKEN=", "", "key: ", "DATABASE_URL=postgres://app:"),
        fc.constantFrom(...FORMATS),
        async (secret, prefix, format) => {
          writeFileSync(
            join(root, ".env"),
            `${prefix}${secret}${prefix.startsWith("DATABASE") ? "@db:5432/app" : ""}\n`,
          );
          const run = await check(root, "--format", format);
          expect(run.code).toBe(2);
          expectNoSecret(run.stdout + run.stderr, secret);
          expect(run.stderr + run.stdout).toMatch(/\.env:1:\d+/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("quotes at most a short excerpt of a long value", async () => {
    const root = checkedOut({
      ".tunegate/policy.yml": "pricing:\n  file: notes.txt\n",
      "notes.txt": `${"internal note ".repeat(200)}\n`,
    });
    const run = await check(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /notes\.txt:1:1: error: expected object, got string "internal note internal note internal no…"/,
    );
    expect(run.stderr.length).toBeLessThan(400);
  });

  it("the built CLI masks a token file named as the plan", () => {
    const root = checkedOut({ "token.txt": `${TOKEN}\n` });
    const run = tunegateBundle(["check", "--today", TODAY, "--plan", "token.txt"], root);
    expect(run.code).toBe(2);
    expectNoSecret(run.stdout + run.stderr);
    expect(run.stderr).toMatch(/token\.txt:1:1: error: a plan must be a YAML mapping/);
  });
});

describe("tunegate pricing pin never writes into .git or over an ignored file", () => {
  for (const target of [".git/hooks/pre-commit", ".git/config", ".GIT/info/attributes", "sub/../.git/index.lock"]) {
    it(`refuses ${target} named by the policy, and .git is unchanged`, async () => {
      const root = checkedOut({ ".tunegate/policy.yml": `pricing:\n  file: ${target}\n` });
      const before = gitListing(root);
      const run = await tunegate(["pricing", "pin", "--data", "bundled"], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/inside \.git\//);
      expect(gitListing(root)).toBe(before);
    });
  }

  it("refuses a file git ignores (a .env), and leaves it as it was", async () => {
    const env = "OPENAI_API_KEY=not-a-real-key-but-ours\n";
    const root = checkedOut({
      ".gitignore": ".env\n",
      ".env": env,
      ".tunegate/policy.yml": "pricing:\n  file: .env\n",
    });
    const run = await tunegate(["pricing", "pin", "--data", "bundled"], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.env:1:1: error: \.env exists and git ignores it/);
    expect(readFileSync(join(root, ".env"), "utf8")).toBe(env);
  });
});

describe("the Action: nothing it posts, prints or writes carries the token", () => {
  const { fake, workspace, newRepo, run, comments } = pullRequestHarness("leak");

  it("a pull request naming .git/config and a .env: comment, summary, report-json, SARIF and log are clean; credentials are registered as secrets", async () => {
    const repo = newRepo();
    const secret = `sk-proj-${"Ab3".repeat(12)}`;
    // A plan whose name holds a credential: its name is in every report, so every channel meets it.
    const ws = workspace(
      {
        ...files(),
        "b/tunegate.yml": PLAN,
        "b/evals/candidate.json": EVALS,
        "d/tunegate.yml": PLAN.replace("name: support-bot", `name: "OPENAI_API_KEY=${secret}"`),
        "d/evals/candidate.json": EVALS,
      },
      undefined,
      { git: true },
    );
    writeFileSync(
      join(ws.root, ".git/config"),
      `${readFileSync(join(ws.root, ".git/config"), "utf8")}${GIT_CONFIG_EXTRA}`,
    );
    writeFileSync(join(ws.root, "b/tunegate.yml"), "name: [unclosed\n");
    symlinkSync(".git/config", join(ws.root, "c-tunegate.yml"));
    const result = await run(repo, ws.root, {
      inputs: { plan: "tunegate.yml\nb/tunegate.yml\nc-tunegate.yml\nd/tunegate.yml" },
    });
    expect(result.outputs["verdict"]).toBe("fail");
    const posted = comments(repo)
      .map((c) => c.body)
      .join("\n");
    expect(posted).toMatch(/c-tunegate\.yml/);
    for (const [name, text] of Object.entries({
      posted,
      stdout: result.stdout,
      summary: result.summary,
      report: result.reportJson ?? "",
      sarif: result.sarif ?? "",
      requests: JSON.stringify(fake().tenant(repo).requests),
    })) {
      expect(text.replaceAll(`::add-mask::${secret}`, ""), name).not.toContain(secret);
    }
    const everything = [
      posted,
      result.stdout,
      result.stderr,
      result.summary,
      result.reportJson ?? "",
      result.sarif ?? "",
      JSON.stringify(result.outputs),
      JSON.stringify(fake().tenant(repo).requests),
    ].join("\n");
    // The stdout holds the add-mask command, and that is its one place.
    expectNoSecret(everything.replaceAll(`::add-mask::${secret}`, ""), secret);
    expect(result.stdout.split(`::add-mask::${secret}`)).toHaveLength(2);
    expect(result.stdout).toContain(`::add-mask::${secret}`);
    expect(result.reportJson).toBeDefined();
    expect(() => JSON.parse(result.reportJson!)).not.toThrow();
  });
});

describe("the workflows tunegate ships and writes leave no token behind", () => {
  it("every actions/checkout in examples/workflows, the README and init's workflow sets persist-credentials: false", async () => {
    const texts: [string, string][] = readdirSync("examples/workflows").map((f) => [
      f,
      readFileSync(join("examples/workflows", f), "utf8"),
    ]);
    texts.push(["README.md", readFileSync("README.md", "utf8")]);
    const root = tempRepo({});
    const init = await tunegate(
      [
        "init",
        "--knowledge-changes",
        "weekly",
        "--needs-citations",
        "true",
        "--style-requirements",
        "low",
        "--training-data",
        "none",
        "--latency-requirement",
        "2s",
        "--monthly-queries",
        "10000",
        "--print",
      ],
      root,
    );
    texts.push(["init --print", init.stdout]);
    let checkouts = 0;
    for (const [name, text] of texts) {
      const lines = text.split("\n");
      lines.forEach((line, i) => {
        if (!/- uses: actions\/checkout@/.test(line)) return;
        checkouts++;
        const step = lines.slice(i + 1, i + 6).join("\n");
        expect(step, `${name}:${i + 1}`).toMatch(/^\s+with:\n(\s+[\w-]+:.*\n)*?\s+persist-credentials: false/);
      });
    }
    expect(checkouts).toBeGreaterThanOrEqual(8);
  });
});
