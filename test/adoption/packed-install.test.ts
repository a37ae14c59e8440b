import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContractServer, type ContractServer } from "../github/contract-server.ts";
import { pullRequestPayload, runBundledAction } from "../github/run-action.ts";

/**
 * Commits of the test repositories are dated before the day every test judges as of (2026-11-24):
 * the Action refuses an evaluation date earlier than the commit it judges.
 */
const COMMIT_DATES = { GIT_AUTHOR_DATE: "2026-11-20T12:00:00Z", GIT_COMMITTER_DATE: "2026-11-20T12:00:00Z" };

/**
 * A new user's path, end to end: the package as npm packs it, installed offline into a fresh git
 * repository outside this checkout, and every first step run there as the user would run it.
 * Nothing reaches the internet: npm works offline against a registry address that answers
 * nothing, prices come from the bundled data, and the Action talks to the fake GitHub.
 */

const VERSION = JSON.parse(readFileSync("package.json", "utf8")).version as string;
const TODAY = "2026-11-28";
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

let work: string;
let repo: string;
/** The files `npm pack` put in the tarball, from its own --json listing. */
let packedFiles: string[];
let server: ContractServer | undefined;
const env = () => ({
  ...process.env,
  // The Node running the tests (24) first, so `npx` and the bin's shebang use it.
  PATH: `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`,
  npm_config_cache: join(work, "npm-cache"),
  npm_config_registry: "http://127.0.0.1:9/",
  npm_config_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  GITHUB_TOKEN: "",
  GH_TOKEN: "",
});

function run(command: string, args: string[], cwd = repo) {
  const result = spawnSync(command, args, { cwd, env: env(), encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** The installed CLI, as `npx tunegate` runs it: node_modules/.bin/tunegate. */
const tunegate = (...args: string[]) => run(join(repo, "node_modules/.bin/tunegate"), args);
const git = (...args: string[]) =>
  execFileSync(
    "git",
    ["-C", repo, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args],
    { encoding: "utf8", env: { ...process.env, ...COMMIT_DATES } },
  ).trim();

function snapshot(dir: string, prefix = ""): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (path === ".git" || path === "node_modules") continue;
    if (entry.isDirectory()) Object.assign(out, snapshot(dir, path));
    else out[path] = statSync(join(dir, path)).mtimeMs;
  }
  return out;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "tunegate-adoption-"));
  repo = join(work, "my-app");
  mkdirSync(repo);
  const packed = spawnSync("npm", ["pack", "--json", "--pack-destination", work], {
    cwd: process.cwd(),
    env: env(),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const listing = (JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
  packedFiles = listing.files.map((f) => f.path);
  const tarball = join(work, listing.filename);
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "package.json"), `${JSON.stringify({ name: "my-app", private: true }, null, 2)}\n`);
  writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
  git("add", "-A");
  git("commit", "-q", "-m", "a repository before tunegate");
  const installed = run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball]);
  if (installed.code !== 0) throw new Error(`npm install --offline failed: ${installed.stderr}`);
  server = await startContractServer();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

// What the tarball holds, read from the one `npm pack` above (a second, --dry-run pack in its own
// file cost an npm start for the same listing).
describe("the packed package", () => {
  it("ships no source maps, and still the CLI, the Action, schemas and policies", () => {
    expect(packedFiles.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const needed of [
      "dist/cli/index.js",
      "dist/index.js",
      "action.yml",
      "policies/default.yml",
      "schemas/plan.schema.json",
    ])
      expect(packedFiles).toContain(needed);
  });

  it("ships no file twice: the Action and the CLI share one bundle", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of packedFiles.filter((f) => f.startsWith("dist/"))) {
      const digest = createHash("sha256").update(readFileSync(file)).digest("hex");
      if (seen.has(digest)) twice.push(`${seen.get(digest)} = ${file}`);
      else seen.set(digest, file);
    }
    expect(twice).toEqual([]);
  });

  it("holds each module of any size in one chunk: only small ones are copied into the chunks that load them", () => {
    // The source maps name the modules each chunk holds. The Action's and the CLI's separate
    // bundles each held zod, yaml and most of the engine (2.4 MB of 3.7 MB held twice); webpack
    // still copies a module smaller than its 20 kB split size into each chunk that needs it
    // rather than load one more file.
    const holders = new Map<string, { bytes: number; maps: string[] }>();
    for (const map of filesUnder("dist").filter((f) => f.endsWith(".js.map"))) {
      const parsed = JSON.parse(readFileSync(map, "utf8")) as { sources: string[]; sourcesContent: string[] };
      for (const [i, source] of parsed.sources.entries())
        holders.set(source, {
          bytes: parsed.sourcesContent[i]!.length,
          maps: [...(holders.get(source)?.maps ?? []), map],
        });
    }
    const all = [...holders.values()].reduce((sum, h) => sum + h.bytes, 0);
    const copies = [...holders].filter(([, h]) => h.maps.length > 1);
    expect(all).toBeGreaterThan(1_000_000);
    expect(copies.filter(([, h]) => h.bytes >= 20_000).map(([source, h]) => `${source}: ${h.maps.join(", ")}`)).toEqual(
      [],
    );
    expect(copies.reduce((sum, [, h]) => sum + h.bytes * (h.maps.length - 1), 0) / all).toBeLessThan(0.1);
  });
});

/** Every file under dir, relative to the repository. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("tunegate adopted in a new repository, from the packed package", () => {
  it("installs offline as one package: dist/ needs nothing from a registry", () => {
    const lock = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8")) as {
      packages: Record<string, unknown>;
    };
    expect(Object.keys(lock.packages).filter((p) => p !== "")).toEqual(["node_modules/tunegate"]);
    for (const path of [
      "dist/index.js",
      "dist/cli/index.js",
      "policies/default.yml",
      "policies/pricing.yml",
      "schemas/plan.schema.json",
      "docs/framework.md",
      "action.yml",
      "LICENSE",
    ]) {
      expect(existsSync(join(repo, "node_modules/tunegate", path))).toBe(true);
    }
  });

  it("npx tunegate --version", () => {
    const result = run("npx", ["--offline", "tunegate", "--version"]);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: `tunegate ${VERSION}\n` });
  });

  // Each command's help text is checked in process (vocabularies.test.ts); here the installed bin
  // dispatches a one-word and a two-word command, a process start each.
  it("--help, for the bin and for a one-word and a two-word command", () => {
    for (const command of [["check"], ["pricing", "pin"]]) {
      const result = tunegate(...command, "--help");
      expect({ command, code: result.code, stderr: result.stderr }).toEqual({ command, code: 0, stderr: "" });
      expect(result.stdout).toMatch(new RegExp(`^Usage: tunegate ${command.join(" ")} `));
    }
    expect(tunegate("--help").stdout).toContain("tunegate init");
  });

  it("init writes the plan, the workflow and the pinned prices; the plan's $schema resolves to the installed package", () => {
    const result = tunegate("init", ...ANSWERS, "--today", TODAY);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const plan = readFileSync(join(repo, "tunegate.yml"), "utf8");
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(plan)![1]!;
    expect(schema).toBe("node_modules/tunegate/schemas/plan.schema.json");
    expect(existsSync(resolve(repo, schema))).toBe(true);
    const pricing = readFileSync(join(repo, ".tunegate/pricing.yml"), "utf8");
    expect(existsSync(resolve(repo, ".tunegate", /\$schema=(.+)$/m.exec(pricing)![1]!))).toBe(true);
    expect(existsSync(join(repo, ".github/workflows/tunegate.yml"))).toBe(true);
  });

  it("init a second time refuses with exit 2 and writes nothing", () => {
    const before = snapshot(repo);
    const result = tunegate("init", ...ANSWERS, "--today", TODAY);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("tunegate.yml already exists");
    expect(snapshot(repo)).toEqual(before);
  });

  it("check on init's plan runs, priced from the repository's pinned table", () => {
    const result = tunegate("check", "--today", TODAY, "--format", "json");
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.stdout).plans[0].report;
    expect(report.recommendation.approach).toBe("hybrid");
    expect(report.policy).toEqual({
      files: [`policy shipped with tunegate ${VERSION}`],
      pricing_file: `.tunegate/pricing.yml over the prices shipped with tunegate ${VERSION}`,
    });
    expect(result.stdout).not.toContain("policies/");
  });

  it("pricing pin, then check, on a plan using a model the shipped table lacks beside one it has", () => {
    mkdirSync(join(repo, "apps/search"), { recursive: true });
    writeFileSync(
      join(repo, "apps/search/tunegate.yml"),
      `version: 1
name: search
approach: rag
use_case: { task: knowledge, knowledge_change: daily, citations_required: true, monthly_queries: 50000 }
cost:
  llm: { provider: anthropic, model: claude-opus-5-5, input_tokens: 1500, output_tokens: 300 }
  embedding: { provider: openai, model: text-embedding-3-small, tokens_per_query: 60 }
budget: { monthly_usd: 1000 }
`,
    );
    const before = tunegate("check", "--plan", "apps/search/tunegate.yml", "--today", TODAY);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain(
      `unknown model "anthropic/claude-opus-5-5": it is not in .tunegate/pricing.yml or the prices shipped with tunegate ${VERSION}`,
    );
    const pin = tunegate("pricing", "pin", "--today", TODAY);
    expect({ code: pin.code, stderr: pin.stderr }).toEqual({ code: 0, stderr: "" });
    // confirmed: the embedding both plans use; init's plan serves a claude-haiku-4-5 fine-tune,
    // whose price nobody publishes, so there is nothing of it to confirm
    expect(pin.stdout).toMatch(/^\.tunegate\/pricing\.yml: pinned 1 \(anthropic\/claude-opus-5-5\), confirmed 1,/);
    const after = tunegate("check", "--plan", "apps/search/tunegate.yml", "--today", TODAY, "--format", "json");
    expect([0, 1]).toContain(after.code);
    const items = JSON.parse(after.stdout).plans[0].report.cost.items as Array<{ id: string; price_source: string }>;
    expect(items.find((i) => i.id === "llm")!.price_source).toMatch(
      /^\.tunegate\/pricing\.yml: anthropic\/claude-opus-5-5 /,
    );
    const glob = tunegate("check", "--plan", "**/tunegate.yml", "--today", TODAY, "--format", "json");
    expect(JSON.parse(glob.stdout).plans.map((p: { file: string }) => p.file)).toEqual([
      "apps/search/tunegate.yml",
      "tunegate.yml",
    ]);
  });

  it("audit --current bundled", () => {
    const result = tunegate("audit", "--current", "bundled", "--today", TODAY, "--format", "json");
    expect([0, 1]).toContain(result.code);
    const audit = JSON.parse(result.stdout).audit;
    expect(audit.verified).toBe(true);
    expect(audit.plans.map((p: { plan: string }) => p.plan)).toEqual(["apps/search/tunegate.yml", "tunegate.yml"]);
  });

  it("the installed Action's dist/index.js, with init's workflow inputs, on a pull request against this repository", async () => {
    const baseSha = git("rev-parse", "HEAD");
    git("add", "-A");
    git("commit", "-q", "-m", "adopt tunegate");
    const headSha = git("rev-parse", "HEAD");
    const workflow = parse(readFileSync(join(repo, ".github/workflows/tunegate.yml"), "utf8"));
    const inputs = workflow.jobs.check.steps.at(-1).with as Record<string, string | number>;
    const result = await runBundledAction({
      entry: join(repo, "node_modules/tunegate/dist/index.js"),
      apiUrl: server!.apiUrl,
      repo: "acme/my-app",
      workspace: repo,
      event: "pull_request",
      payload: pullRequestPayload({ baseSha, headSha }),
      inputs: {
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
        "github-token": "ghs_workflowtoken",
      },
      env: { TUNEGATE_TODAY: TODAY },
    });
    expect(result.stderr).toBe("");
    expect(["pass", "warn", "fail"]).toContain(result.outputs.verdict);
    // init's workflow starts report-only: the check stays green whatever the verdict, and says so
    expect(inputs["fail-on"]).toBe("never");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.reportJson!).plans[0].report;
    expect(report.plan.file).toBe("tunegate.yml");
    expect(report.policy.pricing_file).toBe(`.tunegate/pricing.yml over the prices shipped with tunegate ${VERSION}`);
    const comments = server!.fake.tenant("acme/my-app").comments["2"] ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("tunegate · my-app");
    expect(comments[0]!.body).toContain("**Report-only** (`fail-on: never`)");
    expect(comments[0]!.body).toContain("**New plan in this pull request**"); // it did not exist at the base commit
    expect(
      server!.exchanges.filter((e) => e.status === 422 || (e.violations ?? "").includes('"severity":"Error"')),
    ).toEqual([]);
  }, 120_000);
});
