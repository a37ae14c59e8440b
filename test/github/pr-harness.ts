import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { GitHubLimits } from "../../src/shell/github/session.ts";
import { startContractServer, type ContractServer } from "./contract-server.ts";
import { FakeGitHub } from "./fake-github.ts";
import {
  gitWorkspace,
  memoryWorkspace,
  pullRequestPayload,
  runActionInProcess,
  runBundledAction,
  type ActionRun,
  type MemoryWorkspaceOptions,
} from "./run-action.ts";

/** A plan that passes with GOOD evals and fails its safety gate with BAD ones. */
export const PLAN = `version: 1
name: support-bot
approach: rag
use_case:
  task: knowledge
  knowledge_change: weekly
  citations_required: true
  latency_p95_ms: 2000
  monthly_queries: 100000
cost:
  llm: { input_tokens: 900, output_tokens: 250, input_usd_per_mtok: 0.25, output_usd_per_mtok: 2 }
  vector_db: { monthly_usd: 70 }
budget: { monthly_usd: 400 }
evals:
  candidate: evals/candidate.json
  task_floor: 0.85
`;
// Counts and latency rows, so the good run proves what it claims (a bare score proves nothing).
const ROWS = Array.from({ length: 60 }, () => 1200);
export const GOOD = JSON.stringify({
  model: "m",
  safety: { xstest: { passed: 485, n: 500 } },
  task: { qa: { passed: 450, n: 500 } },
  latency_ms: ROWS,
});
export const BAD = JSON.stringify({
  model: "m",
  safety: { xstest: 0.91 },
  task: { qa: { passed: 450, n: 500 } },
  latency_ms: ROWS,
});
export const files = (candidate = GOOD, plan = PLAN) => ({ "tunegate.yml": plan, "evals/candidate.json": candidate });
export const COMMENT_MARKER = '<!-- tunegate:comment key="" plan="tunegate.yml" -->';

export interface RunInput {
  /** Spawn the built bundle as the runner does, instead of running src/ in this process. */
  bundle?: boolean;
  event?: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** In process: GitHub's limits (the bundle takes them from `env`). */
  limits?: Partial<GitHubLimits>;
  /** In process: the runner's clock, YYYY-MM-DD (by default the pinned day, 2026-11-24). */
  today?: string;
  /** In process: the evaluation date the run is pinned to, as the runner's TUNEGATE_TODAY gives it (2026-11-24 by default). */
  pinnedDay?: string;
}

/**
 * GitHub as the fake (fake-github.ts) for a test file, temporary workspaces, and the Action run
 * against them. In process (the default) the Action runs through its ports: GitHub is the fake
 * in memory, the repository's history is in memory (memoryWorkspace), no process is started.
 * The built bundle (`bundle: true`, on a workspace made with `{ git: true }`) runs as the runner
 * does, against the same fake behind Prism (started for a harness made with `{ bundle: true }`): after each test,
 * every exchange through Prism that was not an injected fault must hold to GitHub's OpenAPI
 * description (REST), and every GraphQL query, however it came, to GitHub's schema.
 */
export function pullRequestHarness(prefix: string, options: { bundle?: boolean } = {}) {
  const fake = new FakeGitHub();
  let server: Promise<ContractServer> | undefined;
  const workspaces: string[] = [];
  let repoCounter = 0;

  // Prism takes seconds to start: only a file that runs the bundle (`{ bundle: true }`) starts it.
  if (options.bundle === true) {
    beforeAll(async () => {
      server = startContractServer(fake);
      await server;
    }, 150_000);
  }

  afterAll(async () => {
    await (await server)?.stop();
  });
  afterEach(async () => {
    for (const w of workspaces.splice(0)) rmSync(w, { recursive: true, force: true });
    const exchanges = server === undefined ? [] : (await server).exchanges.splice(0);
    expect(
      exchanges.filter((e) => !e.injected && (e.status === 422 || (e.violations ?? "").includes('"severity":"Error"'))),
    ).toEqual([]);
    expect(fake.graphqlViolations.splice(0)).toEqual([]);
  });

  return {
    fake: () => fake,
    /**
     * The head's files over the base's, the history in memory; `git: true` builds a real clone
     * instead (for the bundle, or a test that reads .git itself).
     */
    workspace(
      head: Record<string, string | null>,
      base: Record<string, string> = head as Record<string, string>,
      options: { git?: boolean } & MemoryWorkspaceOptions = {},
    ) {
      const ws = options.git === true ? gitWorkspace(base, head) : memoryWorkspace(base, head, options);
      workspaces.push(ws.root);
      return ws;
    },
    newRepo: () => `acme/${prefix}-${++repoCounter}`,
    async run(repo: string, root: string, options: RunInput = {}): Promise<ActionRun> {
      const bundle = options.bundle === true;
      if (bundle && server === undefined)
        throw new Error(
          "this file's harness runs no bundle: make it with pullRequestHarness(prefix, { bundle: true })",
        );
      const common = {
        repo,
        workspace: root,
        event: options.event ?? "pull_request",
        payload: options.payload ?? pullRequestPayload(),
        inputs: { "github-token": "ghs_workflowtoken", ...options.inputs },
        ...(options.env === undefined ? {} : { env: options.env }),
      };
      if (bundle) return runBundledAction({ ...common, apiUrl: (await server!).apiUrl });
      return runActionInProcess({
        ...common,
        apiUrl: "https://api.github.com",
        github: fake,
        limits: { retryUnitMs: 20, ...options.limits },
        ...(options.today === undefined ? {} : { today: options.today }),
        ...(options.pinnedDay === undefined ? {} : { pinnedDay: options.pinnedDay }),
      });
    },
    comments: (repo: string, issue = 2) => fake.tenant(repo).comments[String(issue)] ?? [],
    /** Requests that change something: GraphQL queries (POST /graphql) only read. */
    writes: (repo: string) => fake.tenant(repo).requests.filter((r) => r.method !== "GET" && r.path !== "/graphql"),
  };
}
