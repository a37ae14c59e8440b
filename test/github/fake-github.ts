import { buildClientSchema, graphql, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GRAPHQL_SCHEMA_FIXTURE } from "../../scripts/trim-graphql.ts";

/**
 * A small stateful stand-in for the parts of GitHub's API tunegate uses. Prism sits in front of
 * its REST side and holds every request and response to GitHub's OpenAPI description; GraphQL
 * requests come straight here and run against GitHub's published GraphQL schema
 * (@octokit/graphql-schema, cut to what tunegate's queries read by scripts/trim-graphql.ts, which
 * first holds each query to the whole schema), so a query GitHub would reject is rejected here
 * too. The fake
 * supplies what a mock cannot: state (comments persist), identity, pagination and faults.
 *
 * Identities answer as real GitHub does (see the README's notes on the real GitHub):
 * - `ghs_app_<slug>`: a GitHub App installation token, acting as `<slug>[bot]`;
 * - any other `ghs_` token: the workflow's GITHUB_TOKEN, acting as `github-actions[bot]`
 *   (REST user id 41898282, type Bot; what it writes has `performed_via_github_app: null`);
 * - `ghp_<login>` or `github_pat_<login>`: a personal token acting as the user `<login>`.
 * REST shows bots as `<slug>[bot]`; GraphQL's `viewer.login` keeps the suffix, while comment
 * and issue authors are `Bot` actors without it. (`GET /user`, which answers 403 to
 * installation tokens, is not served: tunegate must not need it.)
 */

export type UserType = "User" | "Bot";

export interface Comment {
  id: number;
  body: string;
  /** The REST login: bots carry the `[bot]` suffix. */
  user: string;
  userType: UserType;
  /** Whether REST shows `performed_via_github_app` set (an app object) or null. */
  viaApp: boolean;
  created_at: string;
  updated_at: string;
}

export interface Failure {
  method: string;
  /** Matched against the request path (without query). */
  path: string;
  /** For GraphQL: only requests for this operation name. */
  operation?: string;
  status: number;
  headers?: Record<string, string>;
  /**
   * Sets `x-ratelimit-reset` this many seconds after the moment the fake answers, as GitHub
   * does. A reset computed by the test before the Action starts would depend on start-up time.
   */
  resetInSeconds?: number;
  body?: unknown;
  /** Sent as is instead of a JSON body: an empty answer, or one that is not JSON. */
  rawBody?: string;
  /** Carry the request out first, then answer with the failure (a 502 after the write). */
  afterEffect?: boolean;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
  /** Close the connection without an answer. */
  drop?: boolean;
  times: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** The GraphQL operation name, for POST /graphql. */
  operation?: string;
  status: number;
  auth: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  user: string;
  userType: UserType;
  viaApp: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface Tenant {
  comments: Record<string, Comment[]>;
  /** `ref:path` -> file content, for the contents API (an OWNER/REPO/PATH@REF policy). */
  files: Record<string, string>;
  issues: Issue[];
  failures: Failure[];
  requests: RecordedRequest[];
  /** Every GraphQL connection claims another page, forever. */
  endlessPages: boolean;
}

interface Identity {
  /** REST login (`name[bot]` for bots). */
  login: string;
  type: UserType;
  /** The app a bot belongs to; what an app other than Actions writes shows it in REST. */
  appSlug: string | undefined;
}

export const ACTIONS_BOT = "github-actions[bot]";
const ACTIONS_BOT_ID = 41898282;
const EPOCH = Date.parse("2026-11-24T10:00:00Z");
const PAGE_MAX = 100;

function emptyTenant(): Tenant {
  return { comments: {}, files: {}, issues: [], failures: [], requests: [], endlessPages: false };
}

function identityOf(auth: string): Identity | undefined {
  const token = auth.replace(/^(token|bearer)\s+/i, "");
  const app = /^ghs_app_(.+)$/.exec(token);
  if (app !== null) return { login: `${app[1]}[bot]`, type: "Bot", appSlug: app[1] };
  if (token.startsWith("ghs_")) return { login: ACTIONS_BOT, type: "Bot", appSlug: "github-actions" };
  const user = /^(?:ghp_|github_pat_)(.+)$/.exec(token);
  if (user !== null) return { login: user[1]!, type: "User", appSlug: undefined };
  return undefined;
}

/** Whether REST marks what this identity writes as performed via an app: never for Actions' own bot. */
function writesViaApp(identity: Identity): boolean {
  return identity.type === "Bot" && identity.appSlug !== "github-actions";
}

export function userObject(login: string, type: UserType) {
  const id =
    login === ACTIONS_BOT ? ACTIONS_BOT_ID : [...login].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1_000_000, 7);
  const base = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: type === "Bot" ? `BOT_${id}` : `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/${type === "Bot" ? "in/" : "u/"}${id}`,
    gravatar_id: "",
    url: base,
    html_url:
      type === "Bot"
        ? `https://github.com/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ""))}`
        : `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type,
    site_admin: false,
  };
}

function appObject(login: string) {
  const slug = login.replace(/\[bot\]$/, "");
  return {
    id: 15368 + slug.length,
    slug,
    node_id: `A_${slug}`,
    owner: userObject("acme", "User"),
    name: slug,
    description: "",
    external_url: `https://example.invalid/${slug}`,
    html_url: `https://github.com/apps/${slug}`,
    created_at: "2018-07-30T09:30:17Z",
    updated_at: "2019-12-10T19:04:12Z",
    permissions: { issues: "write", pull_requests: "write" },
    events: [],
  };
}

function issueJson(owner: string, repo: string, issue: Issue, comments: number) {
  const url = `https://api.github.com/repos/${owner}/${repo}/issues/${issue.number}`;
  return {
    id: 900_000 + issue.number,
    node_id: `I_${issue.number}`,
    url,
    repository_url: `https://api.github.com/repos/${owner}/${repo}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    title: issue.title,
    body: issue.body,
    user: userObject(issue.user, issue.userType),
    labels: [],
    assignee: null,
    milestone: null,
    locked: false,
    comments,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: issue.userType === "Bot" ? "NONE" : "MEMBER",
    performed_via_github_app: issue.viaApp ? appObject(issue.user) : null,
  };
}

function commentJson(owner: string, repo: string, issue: string, c: Comment) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    body: c.body,
    user: userObject(c.user, c.userType),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${issue}`,
    author_association: c.userType === "Bot" ? "NONE" : "MEMBER",
    performed_via_github_app: c.viaApp ? appObject(c.user) : null,
  };
}

/** GraphQL's view of an author: bots are `Bot` actors whose login has no `[bot]` suffix. */
function actorJson(login: string, type: UserType) {
  return type === "Bot" ? { __typename: "Bot", login: login.replace(/\[bot\]$/, "") } : { __typename: "User", login };
}

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
}

/** A cursor connection over `items`, refusing page sizes GitHub refuses. */
function connection<T, N>(items: readonly T[], args: ConnectionArgs, node: (item: T) => N, endless: boolean) {
  if (args.first === undefined || args.first === null || args.first < 1 || args.first > PAGE_MAX) {
    throw new Error(
      `Requesting ${args.first ?? "no"} records on the connection exceeds the \`first\` limit of ${PAGE_MAX} records.`,
    );
  }
  const start =
    args.after === undefined || args.after === null
      ? 0
      : Number(Buffer.from(args.after, "base64").toString().replace("cursor:", ""));
  const slice = endless ? [] : items.slice(start, start + args.first);
  const end = start + Math.max(slice.length, endless ? 1 : 0);
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: endless || end < items.length,
      hasPreviousPage: start > 0,
      startCursor: null,
      endCursor: Buffer.from(`cursor:${end}`).toString("base64"),
    },
    nodes: slice.map(node),
  };
}

let schemaCache: GraphQLSchema | undefined;
function schema(): GraphQLSchema {
  schemaCache ??= buildClientSchema(
    (JSON.parse(readFileSync(GRAPHQL_SCHEMA_FIXTURE, "utf8")) as { schema: IntrospectionQuery }).schema,
  );
  return schemaCache;
}

function stamp(clock: number): string {
  return new Date(EPOCH + clock * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export class FakeGitHub {
  private readonly tenants = new Map<string, Tenant>();
  private nextId = 1000;
  private clock = 0;
  private server: Server | undefined;
  /** Queries GitHub's GraphQL schema rejected, however they arrived (over HTTP or in memory). */
  readonly graphqlViolations: string[] = [];

  tenant(repo: string): Tenant {
    let t = this.tenants.get(repo);
    if (t === undefined) this.tenants.set(repo, (t = emptyTenant()));
    return t;
  }

  reset(repo: string): void {
    this.tenants.set(repo, emptyTenant());
  }

  /** Adds an issue as if opened earlier (by the Actions bot unless `user` says otherwise); returns its number. */
  seedIssue(
    repo: string,
    issue: { title: string; body: string; user?: string; type?: UserType; viaApp?: boolean; state?: "open" | "closed" },
  ): number {
    const at = stamp(this.clock++);
    const number = this.nextId++;
    const user = issue.user ?? ACTIONS_BOT;
    const userType = issue.type ?? (user.endsWith("[bot]") ? "Bot" : "User");
    this.tenant(repo).issues.push({
      number,
      title: issue.title,
      body: issue.body,
      state: issue.state ?? "open",
      user,
      userType,
      viaApp: issue.viaApp ?? false,
      created_at: at,
      updated_at: at,
      closed_at: null,
    });
    return number;
  }

  /**
   * Adds comments as if written earlier; returns their ids. The author defaults to the Actions
   * bot; a login ending in `[bot]` is a bot. `viaApp` sets REST's `performed_via_github_app`.
   */
  seed(
    repo: string,
    issue: number,
    comments: Array<{ body: string; user?: string; type?: UserType; viaApp?: boolean }>,
  ): number[] {
    const list = (this.tenant(repo).comments[String(issue)] ??= []);
    return comments.map((c) => {
      const user = c.user ?? ACTIONS_BOT;
      const comment = this.newComment(
        c.body,
        user,
        c.type ?? (user.endsWith("[bot]") ? "Bot" : "User"),
        c.viaApp ?? false,
      );
      list.push(comment);
      return comment.id;
    });
  }

  async listen(): Promise<string> {
    schema();
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private newComment(body: string, user: string, userType: UserType, viaApp: boolean): Comment {
    const at = stamp(this.clock++);
    return { id: this.nextId++, body, user, userType, viaApp, created_at: at, updated_at: at };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");

    if (url.pathname.startsWith("/__control/")) return this.control(url, raw, res);
    const outcome = await this.respond(req.method ?? "", url, raw, req.headers.authorization ?? "");
    if ("hang" in outcome) return; // a hang is never answered: the client's timeout ends it
    if ("drop" in outcome) return void res.socket?.destroy();
    res.writeHead(outcome.status, outcome.headers);
    res.end(outcome.body);
  }

  /**
   * The fake in this process, as a fetch for Octokit (client.ts takes one): the same answers,
   * state and faults as over HTTP, without a socket. A hang waits for the request's signal, as
   * a real fetch does; a dropped connection rejects as undici does ("fetch failed").
   */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    const raw = typeof init?.body === "string" ? init.body : "";
    const outcome = await this.respond(
      init?.method ?? "GET",
      url,
      raw,
      new Headers(init?.headers).get("authorization") ?? "",
    );
    if ("hang" in outcome) {
      return new Promise<Response>((_, reject) => {
        if (signal === undefined) return;
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    }
    if ("drop" in outcome)
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
      });
    const nullBody = outcome.status === 204 || outcome.status === 304;
    const response = new Response(nullBody ? null : outcome.body, { status: outcome.status, headers: outcome.headers });
    Object.defineProperty(response, "url", { value: url.href });
    return response;
  };

  /** One request's outcome: an answer, or a fault that gives none. */
  private async respond(
    method: string,
    url: URL,
    raw: string,
    auth: string,
  ): Promise<{ status: number; headers: Record<string, string>; body: string } | { hang: true } | { drop: true }> {
    const isGraphql = url.pathname === "/graphql" && method === "POST";
    const gql = isGraphql ? parseGraphqlBody(raw) : undefined;
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)\//.exec(url.pathname);
    const repoKey = gql?.repo ?? (repoMatch === null ? "__global__" : `${repoMatch[1]}/${repoMatch[2]}`);
    const tenant = this.tenant(repoKey);
    const req = { method };
    const record = (status: number) =>
      tenant.requests.push({
        method,
        path: url.pathname,
        query: url.search,
        ...(gql?.operation === undefined ? {} : { operation: gql.operation }),
        status,
        auth,
      });
    let answered: { status: number; headers: Record<string, string>; body: string } | undefined;
    let settle: () => void = () => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record(status);
      answered = {
        status,
        headers: { "content-type": "application/json; charset=utf-8", ...headers },
        body: body === undefined ? "" : JSON.stringify(body),
      };
      settle();
    };

    const failure = tenant.failures.find(
      (f) =>
        f.method === method &&
        f.path === url.pathname &&
        (f.operation === undefined || f.operation === gql?.operation) &&
        f.times > 0,
    );
    if (failure !== undefined) {
      failure.times--;
      if (failure.hang === true || failure.drop === true) {
        record(0);
        if (failure.afterEffect === true) this.answer(req, url, raw, gql, tenant, auth, () => {});
        return failure.drop === true ? { drop: true } : { hang: true };
      }
      const fail = () => {
        const reset: Record<string, string> =
          failure.resetInSeconds === undefined
            ? {}
            : { "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + failure.resetInSeconds) };
        const headers: Record<string, string> = { "x-fake-injected": "1", ...failure.headers, ...reset };
        if (failure.rawBody !== undefined) {
          record(failure.status);
          return {
            status: failure.status,
            headers: { "content-type": "application/json; charset=utf-8", ...headers },
            body: failure.rawBody,
          };
        }
        send(
          failure.status,
          failure.body ?? { message: `injected ${failure.status}`, documentation_url: "https://docs.github.com/rest" },
          headers,
        );
        return answered!;
      };
      if (failure.afterEffect === true) this.answer(req, url, raw, gql, tenant, auth, () => {});
      return fail();
    }
    this.answer(req, url, raw, gql, tenant, auth, send);
    await done;
    return answered!;
  }

  /** Carries a request out and answers it through `send` (a no-op when a fault answers instead). */
  private answer(
    req: { method: string },
    url: URL,
    raw: string,
    gql: GraphqlBody | undefined,
    tenant: Tenant,
    auth: string,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const identity = identityOf(auth);
    if (identity === undefined)
      return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });

    if (gql !== undefined) {
      void this.graphqlAnswer(gql, tenant, identity).then(({ body, invalid }) =>
        send(200, body, invalid === "" ? {} : { "x-fake-graphql-invalid": invalid }),
      );
      return;
    }

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m !== null) {
      const [, owner, repo, issue] = m as unknown as [string, string, string, string];
      const list = (tenant.comments[issue] ??= []);
      if (req.method === "POST") {
        const body = JSON.parse(raw) as { body: string };
        const comment = this.newComment(body.body, identity.login, identity.type, writesViaApp(identity));
        list.push(comment);
        return send(201, commentJson(owner, repo, issue, comment), {
          location: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${comment.id}`,
        });
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m !== null && req.method === "DELETE") {
      const id = Number(m[3]);
      for (const list of Object.values(tenant.comments)) {
        const at = list.findIndex((c) => c.id === id);
        if (at === -1) continue;
        if (list[at]!.user !== identity.login)
          return send(403, {
            message: "Must have admin rights to Repository.",
            documentation_url: "https://docs.github.com/rest",
          });
        list.splice(at, 1);
        return send(204, undefined);
      }
      return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }
    if (m !== null && req.method === "PATCH") {
      const [, owner, repo, id] = m as unknown as [string, string, string, string];
      for (const [issue, list] of Object.entries(tenant.comments)) {
        const comment = list.find((c) => c.id === Number(id));
        if (comment === undefined) continue;
        if (comment.user !== identity.login)
          return send(403, {
            message: "Must have admin rights to Repository.",
            documentation_url: "https://docs.github.com/rest",
          });
        comment.body = (JSON.parse(raw) as { body: string }).body;
        comment.updated_at = stamp(this.clock++);
        return send(200, commentJson(owner, repo, issue, comment));
      }
      return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(url.pathname);
    if (m !== null) {
      const [, owner, repo] = m as unknown as [string, string, string];
      if (req.method === "POST") {
        const input = JSON.parse(raw) as { title: string; body?: string };
        const at = stamp(this.clock++);
        const issue: Issue = {
          number: this.nextId++,
          title: input.title,
          body: input.body ?? "",
          state: "open",
          user: identity.login,
          userType: identity.type,
          viaApp: writesViaApp(identity),
          created_at: at,
          updated_at: at,
          closed_at: null,
        };
        tenant.issues.push(issue);
        return send(201, issueJson(owner, repo, issue, 0));
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url.pathname);
    if (m !== null && req.method === "PATCH") {
      const [, owner, repo, number] = m as unknown as [string, string, string, string];
      const issue = tenant.issues.find((i) => i.number === Number(number));
      if (issue === undefined)
        return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      const input = JSON.parse(raw) as { title?: string; body?: string; state?: "open" | "closed" };
      const at = stamp(this.clock++);
      if (input.title !== undefined) issue.title = input.title;
      if (input.body !== undefined) issue.body = input.body;
      if (input.state !== undefined) {
        issue.state = input.state;
        issue.closed_at = input.state === "closed" ? at : null;
      }
      issue.updated_at = at;
      return send(200, issueJson(owner, repo, issue, (tenant.comments[String(issue.number)] ?? []).length));
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    if (m !== null && req.method === "GET") {
      const [, owner, repo, path] = m as unknown as [string, string, string, string];
      const ref = url.searchParams.get("ref") ?? "HEAD";
      const text = tenant.files[`${ref}:${decodeURIComponent(path)}`];
      if (text === undefined)
        return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/repos/contents" });
      const content = Buffer.from(text).toString("base64");
      const apiUrl = `https://api.github.com/repos/${owner}/${repo}/contents/${path}?ref=${ref}`;
      return send(200, {
        type: "file",
        encoding: "base64",
        size: Buffer.byteLength(text),
        name: path.split("/").at(-1),
        path: decodeURIComponent(path),
        content,
        sha: "3d21ec53a331a6f037a91c368710b99387d012c1",
        url: apiUrl,
        git_url: `https://api.github.com/repos/${owner}/${repo}/git/blobs/3d21ec53a331a6f037a91c368710b99387d012c1`,
        html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${path}`,
        download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
        _links: {
          self: apiUrl,
          git: `https://api.github.com/repos/${owner}/${repo}/git/blobs/3d21ec53a331a6f037a91c368710b99387d012c1`,
          html: `https://github.com/${owner}/${repo}/blob/${ref}/${path}`,
        },
      });
    }

    return send(404, {
      message: `fake GitHub has no ${req.method} ${url.pathname}`,
      documentation_url: "https://docs.github.com/rest",
    });
  }

  /**
   * Runs the query against GitHub's schema with this tenant's state. A query the schema
   * rejects answers as GitHub does (200 with `errors`) and is flagged for the contract check.
   */
  private async graphqlAnswer(
    gql: GraphqlBody,
    tenant: Tenant,
    identity: Identity,
  ): Promise<{ body: unknown; invalid: string }> {
    const owner = String(gql.variables["owner"] ?? "");
    const name = String(gql.variables["repo"] ?? "");
    const rootValue = {
      viewer: { login: identity.login },
      repository: () => ({
        pullRequest: ({ number }: { number: number }) => ({
          number,
          comments: (args: ConnectionArgs) =>
            connection(
              tenant.comments[String(number)] ?? [],
              args,
              (c) => ({
                fullDatabaseId: String(c.id),
                databaseId: c.id,
                url: `https://github.com/${owner}/${name}/pull/${number}#issuecomment-${c.id}`,
                body: c.body,
                author: actorJson(c.user, c.userType),
              }),
              tenant.endlessPages,
            ),
        }),
        issues: (args: ConnectionArgs & { states?: string[] }) => {
          const states = (args.states ?? ["OPEN", "CLOSED"]).map((s) => s.toLowerCase());
          const list = tenant.issues.filter((i) => states.includes(i.state)).sort((a, b) => b.number - a.number);
          return connection(
            list,
            args,
            (i) => ({
              number: i.number,
              url: `https://github.com/${owner}/${name}/issues/${i.number}`,
              body: i.body,
              title: i.title,
              author: actorJson(i.user, i.userType),
            }),
            tenant.endlessPages,
          );
        },
      }),
    };
    const result = await graphql({
      schema: schema(),
      source: gql.query,
      variableValues: gql.variables,
      rootValue,
      ...(gql.operation === undefined ? {} : { operationName: gql.operation }),
    });
    const invalid =
      result.data === undefined && result.errors !== undefined ? result.errors.map((e) => e.message).join("; ") : "";
    if (invalid !== "") this.graphqlViolations.push(invalid);
    return {
      body: {
        ...(result.data === undefined ? {} : { data: result.data }),
        ...(result.errors === undefined
          ? {}
          : { errors: result.errors.map((e) => ({ type: "INVALID", message: e.message, path: e.path })) }),
      },
      invalid,
    };
  }

  /** Tests in worker processes drive the fake over HTTP: reset, seed, inject failures, read state. */
  private control(url: URL, raw: string, res: ServerResponse): void {
    const repo = url.searchParams.get("repo") ?? "";
    const reply = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const input = raw === "" ? {} : JSON.parse(raw);
    switch (url.pathname) {
      case "/__control/reset":
        this.reset(repo);
        return reply({});
      case "/__control/seed":
        return reply(this.seed(repo, input.issue, input.comments));
      case "/__control/fail":
        this.tenant(repo).failures.push(...(input.failures as Failure[]));
        return reply({});
      case "/__control/file":
        this.tenant(repo).files[`${input.ref}:${input.path}`] = input.text;
        return reply({});
      case "/__control/state":
        return reply(this.tenant(repo));
      default:
        res.writeHead(404);
        res.end();
    }
  }
}

interface GraphqlBody {
  query: string;
  variables: Record<string, unknown>;
  operation: string | undefined;
  /** `owner/repo` from the variables, which picks the tenant. */
  repo: string | undefined;
}

function parseGraphqlBody(raw: string): GraphqlBody {
  try {
    const body = JSON.parse(raw) as { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
    const query = typeof body.query === "string" ? body.query : "";
    const variables = body.variables ?? {};
    const operation = body.operationName ?? /^\s*(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1];
    const repo =
      typeof variables["owner"] === "string" && typeof variables["repo"] === "string"
        ? `${variables["owner"]}/${variables["repo"]}`
        : undefined;
    return { query, variables, operation, repo };
  } catch {
    return { query: "", variables: {}, operation: undefined, repo: undefined };
  }
}
