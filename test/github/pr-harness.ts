import { rmSync } from "node:fs";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { startContractServer, type ContractServer } from "./contract-server.ts";
import { gitWorkspace, pullRequestPayload, runActionInProcess, runBundledAction, type ActionRun } from "./run-action.ts";

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
export const GOOD = JSON.stringify({ model: "m", safety: { xstest: { passed: 485, n: 500 } }, task: { qa: { passed: 450, n: 500 } }, latency_ms: ROWS });
export const BAD = JSON.stringify({ model: "m", safety: { xstest: 0.91 }, task: { qa: { passed: 450, n: 500 } }, latency_ms: ROWS });
export const files = (candidate = GOOD, plan = PLAN) => ({ "tunegate.yml": plan, "evals/candidate.json": candidate });
export const COMMENT_MARKER = '<!-- tunegate:comment key="" plan="tunegate.yml" -->';

export interface RunInput {
  /** Spawn the built bundle as the runner does, instead of running src/ in this process. */
  bundle?: boolean;
  event?: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/**
 * One contract server (fake GitHub behind Prism) for a test file, temporary workspaces, and the
 * Action run against them: in process through its ports, or as the built bundle (`bundle: true`). After each test, every exchange that was not an injected
 * fault must hold to GitHub's OpenAPI description (REST) or GraphQL schema, both ways.
 */
export function pullRequestHarness(prefix: string) {
  let server: ContractServer;
  const workspaces: string[] = [];
  let repoCounter = 0;

  beforeAll(async () => {
    server = await startContractServer();
  }, 150_000);
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    for (const w of workspaces.splice(0)) rmSync(w, { recursive: true, force: true });
    const exchanges = server.exchanges.splice(0);
    expect(exchanges.filter((e) => !e.injected && (e.status === 422 || (e.violations ?? "").includes('"severity":"Error"')))).toEqual([]);
  });

  return {
    fake: () => server.fake,
    workspace(head: Record<string, string | null>, base: Record<string, string> = head as Record<string, string>) {
      const ws = gitWorkspace(base, head);
      workspaces.push(ws.root);
      return ws;
    },
    newRepo: () => `acme/${prefix}-${++repoCounter}`,
    run(repo: string, root: string, options: RunInput = {}): Promise<ActionRun> {
      return (options.bundle === true ? runBundledAction : runActionInProcess)({
        apiUrl: server.apiUrl,
        repo,
        workspace: root,
        event: options.event ?? "pull_request",
        payload: options.payload ?? pullRequestPayload(),
        inputs: { "github-token": "ghs_workflowtoken", ...options.inputs },
        ...(options.env === undefined ? {} : { env: options.env }),
      });
    },
    comments: (repo: string, issue = 2) => server.fake.tenant(repo).comments[String(issue)] ?? [],
    /** Requests that change something: GraphQL queries (POST /graphql) only read. */
    writes: (repo: string) => server.fake.tenant(repo).requests.filter((r) => r.method !== "GET" && r.path !== "/graphql"),
  };
}
