import type { GitHubApi } from "../../src/shell/github/api.ts";

/**
 * GitHub's comments and issues in memory, for interleaving tests: each run gets a client whose
 * every request first waits for its turn (see interleave.ts), then happens at once. Answers have
 * the shapes the contract-checked fake (fake-github.ts) gives: GraphQL connections of 100, bots as
 * `Bot` actors without the `[bot]` suffix, REST ids and html_url, 404 for what is gone.
 */
export interface StoredComment {
  id: number;
  body: string;
  login: string;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason: string | null;
  login: string;
  comments: string[];
}

const BOT = "github-actions[bot]";

function notFound(): Error {
  return Object.assign(new Error("Not Found"), {
    status: 404,
    response: { status: 404, headers: {}, data: { message: "Not Found" } },
  });
}

function page<T>(items: readonly T[], after: unknown) {
  const start = typeof after === "string" ? Number(after) : 0;
  const slice = items.slice(start, start + 100);
  return {
    pageInfo: { hasNextPage: start + 100 < items.length, endCursor: String(start + slice.length) },
    nodes: slice,
  };
}

const actor = (login: string) =>
  login.endsWith("[bot]") ? { __typename: "Bot", login: login.replace(/\[bot\]$/, "") } : { __typename: "User", login };

export class MemoryGitHub {
  comments: StoredComment[] = [];
  issues: StoredIssue[] = [];
  private nextId = 1000;

  seedComment(body: string, login = BOT): number {
    const id = this.nextId++;
    this.comments.push({ id, body, login });
    return id;
  }

  seedIssue(body: string, login = BOT): number {
    const number = this.nextId++;
    this.issues.push({ number, title: "t", body, state: "open", stateReason: null, login, comments: [] });
    return number;
  }

  /** A client acting as the workflow's token that waits for `turn()` before every request. */
  client(turn: () => Promise<void>): GitHubApi {
    const comment = (id: number) => {
      const c = this.comments.find((x) => x.id === id);
      if (c === undefined) throw notFound();
      return c;
    };
    const issue = (n: number) => {
      const i = this.issues.find((x) => x.number === n);
      if (i === undefined) throw notFound();
      return i;
    };
    const client = {
      graphql: async (query: string, variables: Record<string, unknown>) => {
        await turn();
        if (query.includes("pullRequest(")) {
          const nodes = this.comments.map((c) => ({
            fullDatabaseId: String(c.id),
            url: `https://github.com/acme/app/pull/2#issuecomment-${c.id}`,
            body: c.body,
            author: actor(c.login),
          }));
          return { viewer: { login: BOT }, repository: { pullRequest: { comments: page(nodes, variables["after"]) } } };
        }
        const open = this.issues.filter((i) => i.state === "open").sort((a, b) => b.number - a.number);
        const nodes = open.map((i) => ({
          number: i.number,
          url: `https://github.com/acme/app/issues/${i.number}`,
          body: i.body,
          author: actor(i.login),
        }));
        return { viewer: { login: BOT }, repository: { issues: page(nodes, variables["after"]) } };
      },
      rest: {
        issues: {
          createComment: async (p: { issue_number: number; body: string }) => {
            await turn();
            const target = this.issues.find((i) => i.number === p.issue_number);
            if (target !== undefined) {
              target.comments.push(p.body);
              return {
                data: {
                  id: this.nextId++,
                  html_url: `https://github.com/acme/app/issues/${p.issue_number}#issuecomment`,
                },
              };
            }
            const id = this.seedComment(p.body);
            return { data: { id, html_url: `https://github.com/acme/app/pull/2#issuecomment-${id}` } };
          },
          updateComment: async (p: { comment_id: number; body: string }) => {
            await turn();
            comment(p.comment_id).body = p.body;
            return { data: {} };
          },
          deleteComment: async (p: { comment_id: number }) => {
            await turn();
            comment(p.comment_id);
            this.comments = this.comments.filter((c) => c.id !== p.comment_id);
            return { data: undefined };
          },
          create: async (p: { title: string; body: string }) => {
            await turn();
            const number = this.seedIssue(p.body);
            issue(number).title = p.title;
            return { data: { number, html_url: `https://github.com/acme/app/issues/${number}` } };
          },
          update: async (p: {
            issue_number: number;
            title?: string;
            body?: string;
            state?: "open" | "closed";
            state_reason?: string;
          }) => {
            await turn();
            const i = issue(p.issue_number);
            if (p.title !== undefined) i.title = p.title;
            if (p.body !== undefined) i.body = p.body;
            if (p.state !== undefined) {
              i.state = p.state;
              i.stateReason = p.state_reason ?? null;
            }
            return { data: {} };
          },
        },
      },
    };
    return client as unknown as GitHubApi;
  }
}
