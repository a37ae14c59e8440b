import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { knobsFromEnvironment, runnerPorts } from "../../src/shell/action/ports.ts";
import { openOctokitSession } from "../../src/shell/github/client.ts";
import { classifyFailure } from "../../src/shell/github/failure.ts";
import { DEFAULT_LIMITS } from "../../src/shell/github/limits.ts";
import { gitRepository } from "../../src/shell/git-repository.ts";
import type { RepositoryReader } from "../../src/shell/repository.ts";
import { FakeGitHub } from "./fake-github.ts";
import { gitWorkspace, memoryWorkspace, repositoryOf } from "./run-action.ts";

/*
 * The Action's two ports (src/shell/action/ports.ts) and the fakes the in-process tests hand it:
 * the environment is read once, at the runner's entry; the in-memory repository answers as the
 * runner's git reader does on the same history; the in-memory GitHub answers as the same fake
 * does over HTTP (which Prism holds to GitHub's OpenAPI description in the bundle's tests).
 */

const roots: string[] = [];
const BASE = {
  "tunegate.yml": "version: 1\n",
  "evals/a.json": '{"a":1}\n',
  "evals/same.json": '{"a":1}\n',
  "node_modules/x/tunegate.yml": "no\n",
  "big.txt": "x".repeat(2000),
};
const HEAD = { "tunegate.yml": "version: 2\n", "evals/a.json": null, "apps/b/tunegate.yml": "b\n" };
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the runner's entry maps its environment to the ports, once", () => {
  it("TUNEGATE_TODAY pins the day as given; the GitHub limits shorten, capped at 3 minutes; anything not a positive number keeps the default", () => {
    expect(knobsFromEnvironment({})).toEqual({ pinnedDay: undefined, githubLimits: DEFAULT_LIMITS });
    expect(
      knobsFromEnvironment({
        TUNEGATE_TODAY: "yesterday",
        TUNEGATE_GITHUB_BUDGET_MS: "1500",
        TUNEGATE_GITHUB_TIMEOUT_MS: "300",
        TUNEGATE_RETRY_BASE_MS: "20",
      }),
    ).toEqual({
      pinnedDay: "yesterday",
      githubLimits: { budgetMs: 1500, requestTimeoutMs: 300, retryUnitMs: 20 },
    });
    expect(
      knobsFromEnvironment({
        TUNEGATE_GITHUB_BUDGET_MS: "999999999",
        TUNEGATE_GITHUB_TIMEOUT_MS: "-5",
        TUNEGATE_RETRY_BASE_MS: "soon",
      }).githubLimits,
    ).toEqual({ ...DEFAULT_LIMITS, budgetMs: 180_000 });
  });

  it("the runner's ports carry the pinned day and read the repository through git", async () => {
    const ports = runnerPorts({ TUNEGATE_TODAY: "2026-11-24" });
    expect(ports.pinnedDay).toBe("2026-11-24");
    // The history of the parity test below: git builds it once (gitWorkspace copies it after).
    const ws = gitWorkspace(BASE, HEAD);
    roots.push(ws.root);
    expect(await ports.repository(ws.root).checkedOutCommit()).toBe(ws.headSha);
  });
});

describe("the in-memory repository answers as git's reader does on the same history", () => {
  const base = BASE;
  const head = HEAD;

  async function answers(repository: RepositoryReader, baseSha: string, headSha: string) {
    const files = repository.filesAt(baseSha);
    const missing = await files.read("evals/none.json", 1000);
    const escaping = await files.read("../outside.txt", 1000);
    const lines: string[] = [];
    for await (const batch of files.lineBatches("evals/a.json")) lines.push(...batch);
    return {
      head: await repository.checkedOutCommit(),
      day: await repository.checkedOutCommitDay(),
      hasBase: await repository.hasCommit(baseSha),
      hasOther: await repository.hasCommit("f".repeat(40)),
      plan: await files.read("tunegate.yml", 1000),
      headPlan: await repository.filesAt(headSha).read("tunegate.yml", 1000),
      goneAtHead: (await repository.filesAt(headSha).read("evals/a.json", 1000)).ok,
      missing: missing.ok
        ? missing
        : { kind: missing.kind, message: missing.message.replace(baseSha.slice(0, 7), "BASE") },
      escape: escaping.ok ? escaping : escaping.kind,
      tooLarge: (await files.read("big.txt", 100)).ok,
      globBase: await files.glob("**/tunegate.yml"),
      globHead: await repository.filesAt(headSha).glob("**/tunegate.yml"),
      lines,
      same: await files.sameContent("evals/a.json", "evals/same.json"),
      different: await files.sameContent("evals/a.json", "tunegate.yml"),
      fingerprint: await files.fingerprint("evals/a.json"),
      sha256: await files.sha256("evals/a.json"),
      noSha256: await files.sha256("evals/none.json"),
    };
  }

  it("checked-out commit and its day, commits present, files, refusals, globs, lines and digests", async () => {
    const real = gitWorkspace(base, head);
    const memory = memoryWorkspace(base, head);
    roots.push(real.root, memory.root);
    const fromGit = await answers(gitRepository(real.root), real.baseSha, real.headSha);
    const fromMemory = await answers(repositoryOf(memory.root), memory.baseSha, memory.headSha);
    expect(fromMemory).toEqual({ ...fromGit, head: memory.headSha });
    expect(fromGit.head).toBe(real.headSha);
    expect(fromGit.day).toBe("2026-11-20");
    expect(fromGit.globBase).toEqual(["tunegate.yml"]);
    expect(fromGit.globHead).toEqual(["apps/b/tunegate.yml", "tunegate.yml"]);
    expect(fromGit.missing).toMatchObject({ kind: "file-missing" });
  });

  it("a workspace with no clone, or the base checked out, says so", async () => {
    const none = memoryWorkspace(base, head, { checkedOut: "none" });
    const atBase = memoryWorkspace(base, head, { checkedOut: "base" });
    roots.push(none.root, atBase.root);
    expect(await repositoryOf(none.root).checkedOutCommit()).toBeUndefined();
    expect(await repositoryOf(none.root).checkedOutCommitDay()).toBeUndefined();
    expect(await repositoryOf(atBase.root).checkedOutCommit()).toBe(atBase.baseSha);
  });
});

describe("the in-memory GitHub answers as the same fake does over HTTP", () => {
  const token = "ghs_workflowtoken";
  const COMMENTS = `query TunegateComments($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { fullDatabaseId body author { __typename login } } } } }
}`;

  /** The same requests through the Action's GitHub port, over one transport; what came back and what the fake holds after. */
  async function exchange(fake: FakeGitHub, apiUrl: string, fetchImpl: typeof fetch | undefined) {
    const repo = { owner: "acme", repo: "ports" };
    const session = openOctokitSession(
      { token, apiUrl, log: () => {} },
      { budgetMs: 20_000, requestTimeoutMs: 5_000, retryUnitMs: 1 },
      fetchImpl,
    );
    const outcome = async (work: Promise<unknown>) =>
      work.then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, kind: classifyFailure(error).kind, status: classifyFailure(error).status }),
      );
    const someoneElses = fake.seed("acme/ports", 2, [{ body: "a person's", user: "octocat" }])[0]!;
    fake.seed(
      "acme/ports",
      2,
      Array.from({ length: 149 }, (_, i) => ({ body: `seeded ${i}` })),
    );
    const created = (await session.api.rest.issues.createComment({ ...repo, issue_number: 2, body: "ours" })) as {
      data: { id: number; body: string; user: { login: string } };
    };
    const page1 = (await session.api.graphql(COMMENTS, { ...repo, number: 2, after: null })) as {
      viewer: { login: string };
      repository: {
        pullRequest: { comments: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] } };
      };
    };
    const page2 = (await session.api.graphql(COMMENTS, {
      ...repo,
      number: 2,
      after: page1.repository.pullRequest.comments.pageInfo.endCursor,
    })) as typeof page1;
    const results = {
      created: { body: created.data.body, user: created.data.user.login },
      viewer: page1.viewer.login,
      pages: [page1, page2].map((p) => ({
        n: p.repository.pullRequest.comments.nodes.length,
        more: p.repository.pullRequest.comments.pageInfo.hasNextPage,
      })),
      lastNode: page2.repository.pullRequest.comments.nodes.at(-1),
      updated: await outcome(
        session.api.rest.issues
          .updateComment({ ...repo, comment_id: created.data.id, body: "ours, edited" })
          .then((r) => (r.data as { body: string }).body),
      ),
      notOurs: await outcome(session.api.rest.issues.deleteComment({ ...repo, comment_id: someoneElses })),
      deleted: await outcome(
        session.api.rest.issues.deleteComment({ ...repo, comment_id: created.data.id }).then(() => "deleted"),
      ),
      deletedAgain: await outcome(session.api.rest.issues.deleteComment({ ...repo, comment_id: created.data.id })),
      editDeleted: await outcome(
        session.api.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: "x" }),
      ),
    };
    fake.tenant("acme/ports").failures.push({
      method: "POST",
      path: "/repos/acme/ports/issues",
      status: 422,
      body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest" },
      times: 1,
    });
    const refused = await outcome(session.api.rest.issues.create({ ...repo, title: "t", body: "b" }));
    return {
      ...results,
      refused,
      held: fake
        .tenant("acme/ports")
        .comments["2"]!.map((c) => c.body)
        .slice(-2),
      statuses: fake.tenant("acme/ports").requests.map((r) => `${r.method} ${r.status}`),
    };
  }

  it("pagination by 100, identity, edits, 403 on another's comment, 404 on a deleted one, 422 refused: the same over both", async () => {
    const overHttp = new FakeGitHub();
    const apiUrl = await overHttp.listen();
    let viaHttp: Awaited<ReturnType<typeof exchange>> | undefined;
    try {
      viaHttp = await exchange(overHttp, apiUrl, undefined);
    } finally {
      await overHttp.close();
    }
    const inMemory = new FakeGitHub();
    const viaMemory = await exchange(inMemory, "https://api.github.com", inMemory.fetch);
    expect(viaMemory).toEqual(viaHttp);
    expect(viaHttp).toMatchObject({
      created: { body: "ours", user: "github-actions[bot]" },
      viewer: "github-actions[bot]",
      pages: [
        { n: 100, more: true },
        { n: 51, more: false },
      ],
      lastNode: { body: "ours", author: { __typename: "Bot", login: "github-actions" } },
      updated: { ok: true, value: "ours, edited" },
      notOurs: { ok: false, kind: "forbidden", status: 403 },
      deleted: { ok: true, value: "deleted" },
      deletedAgain: { ok: false, kind: "not-found", status: 404 },
      editDeleted: { ok: false, kind: "not-found", status: 404 },
      refused: { ok: false, kind: "other", status: 422 },
    });
  });

  it("a request that never answers ends at the port's timeout, in memory as over a socket", async () => {
    const fake = new FakeGitHub();
    fake.tenant("acme/ports").failures.push({ method: "POST", path: "/graphql", status: 0, hang: true, times: 99 });
    const session = openOctokitSession(
      { token, apiUrl: "https://api.github.com", log: () => {} },
      { budgetMs: 20_000, requestTimeoutMs: 50, retryUnitMs: 1 },
      fake.fetch,
    );
    const failure = await session
      .within(session.api.graphql(COMMENTS, { owner: "acme", repo: "ports", number: 2, after: null }))
      .then(
        () => undefined,
        (error: unknown) => classifyFailure(error),
      );
    expect(failure).toMatchObject({ kind: "timeout" });
    // Three retries after the first attempt, each recorded as a request that got no answer.
    expect(fake.tenant("acme/ports").requests.map((r) => r.status)).toEqual([0, 0, 0, 0]);
  });
});
