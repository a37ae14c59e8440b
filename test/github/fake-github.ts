import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small stateful stand-in for the parts of GitHub's REST API tunegate uses. Prism sits in
 * front of it and holds every request and response to GitHub's OpenAPI description; this fake
 * supplies what Prism's mock mode cannot: state (comments persist), identity and pagination.
 */

export interface Comment {
  id: number;
  body: string;
  user: string;
  userType: "User" | "Bot";
  viaApp: boolean;
  created_at: string;
  updated_at: string;
}

export interface Failure {
  method: string;
  /** Matched against the request path (without query). */
  path: string;
  status: number;
  headers?: Record<string, string>;
  /**
   * Sets `x-ratelimit-reset` this many seconds after the moment the fake answers, as GitHub
   * does. A reset computed by the test before the Action starts would depend on start-up time.
   */
  resetInSeconds?: number;
  body?: unknown;
  times: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  auth: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  user: string;
  userType: "User" | "Bot";
  viaApp: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface Tenant {
  comments: Record<string, Comment[]>;
  issues: Issue[];
  /** `ref:path` -> file content, for the contents API. */
  files: Record<string, string>;
  failures: Failure[];
  requests: RecordedRequest[];
}

const BOT_LOGIN = "github-actions[bot]";
const EPOCH = Date.parse("2026-11-24T10:00:00Z");

function emptyTenant(): Tenant {
  return { comments: {}, issues: [], files: {}, failures: [], requests: [] };
}

/** Installation tokens (`ghs_`) act as the Actions bot; `ghp_<login>` acts as that user. */
function identityOf(auth: string): { login: string; type: "User" | "Bot"; viaApp: boolean } | undefined {
  const token = auth.replace(/^(token|bearer)\s+/i, "");
  if (token.startsWith("ghs_")) return { login: BOT_LOGIN, type: "Bot", viaApp: true };
  if (token.startsWith("ghp_")) return { login: token.slice(4), type: "User", viaApp: false };
  return undefined;
}

export function userObject(login: string, type: "User" | "Bot") {
  const id = [...login].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1_000_000, 7);
  const base = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: "",
    url: base,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
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

function publicUser(login: string) {
  return {
    ...userObject(login, "User"),
    name: login,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    user_view_type: "public",
  };
}

function appObject() {
  return {
    id: 15368,
    slug: "github-actions",
    node_id: "MDM6QXBwMTUzNjg=",
    owner: userObject("github", "User"),
    name: "GitHub Actions",
    description: "Automate your workflow from idea to production",
    external_url: "https://help.github.com/en/actions",
    html_url: "https://github.com/apps/github-actions",
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
    performed_via_github_app: issue.viaApp ? appObject() : null,
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
    performed_via_github_app: c.viaApp ? appObject() : null,
  };
}

export class FakeGitHub {
  private readonly tenants = new Map<string, Tenant>();
  private nextId = 1000;
  private clock = 0;
  private server: Server | undefined;
  /** The base URL clients reach the API through (Prism's), used in pagination links. */
  publicUrl = "";

  tenant(repo: string): Tenant {
    let t = this.tenants.get(repo);
    if (t === undefined) this.tenants.set(repo, (t = emptyTenant()));
    return t;
  }

  reset(repo: string): void {
    this.tenants.set(repo, emptyTenant());
  }

  /** Adds an issue as if opened earlier; returns its number. */
  seedIssue(repo: string, issue: { title: string; body: string; user?: string; state?: "open" | "closed" }): number {
    const at = new Date(EPOCH + this.clock++ * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const number = this.nextId++;
    const user = issue.user ?? BOT_LOGIN;
    this.tenant(repo).issues.push({ number, title: issue.title, body: issue.body, state: issue.state ?? "open", user, userType: issue.user === undefined ? "Bot" : "User", viaApp: issue.user === undefined, created_at: at, updated_at: at, closed_at: null });
    return number;
  }

  /** Adds comments as if written earlier; returns their ids. */
  seed(repo: string, issue: number, comments: Array<{ body: string; user?: string; type?: "User" | "Bot"; viaApp?: boolean }>): number[] {
    const list = (this.tenant(repo).comments[String(issue)] ??= []);
    return comments.map((c) => {
      const comment = this.newComment(c.body, c.user ?? BOT_LOGIN, c.type ?? (c.user === undefined ? "Bot" : "User"), c.viaApp ?? c.user === undefined);
      list.push(comment);
      return comment.id;
    });
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private newComment(body: string, user: string, userType: "User" | "Bot", viaApp: boolean): Comment {
    const at = new Date(EPOCH + this.clock++ * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    return { id: this.nextId++, body, user, userType, viaApp, created_at: at, updated_at: at };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");

    if (url.pathname.startsWith("/__control/")) return this.control(url, raw, res);

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)\//.exec(url.pathname);
    const repoKey = repoMatch === null ? "__global__" : `${repoMatch[1]}/${repoMatch[2]}`;
    const tenant = this.tenant(repoKey);
    const auth = req.headers.authorization ?? "";
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      tenant.requests.push({ method: req.method ?? "", path: url.pathname, query: url.search, status, auth });
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(body === undefined ? "" : JSON.stringify(body));
    };

    const failure = tenant.failures.find((f) => f.method === req.method && f.path === url.pathname && f.times > 0);
    if (failure !== undefined) {
      failure.times--;
      const reset: Record<string, string> = failure.resetInSeconds === undefined ? {} : { "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + failure.resetInSeconds) };
      return send(failure.status, failure.body ?? { message: `injected ${failure.status}`, documentation_url: "https://docs.github.com/rest" }, { ...failure.headers, ...reset });
    }

    const identity = identityOf(auth);
    if (identity === undefined) return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });

    if (req.method === "GET" && url.pathname === "/user") {
      if (identity.type === "Bot") return send(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user" });
      return send(200, publicUser(identity.login));
    }

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m !== null) {
      const [, owner, repo, issue] = m as unknown as [string, string, string, string];
      const list = (tenant.comments[issue] ??= []);
      if (req.method === "GET") {
        const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
        const page = Number(url.searchParams.get("page") ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => `<${this.publicUrl}/repos/${owner}/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
        return send(200, slice.map((c) => commentJson(owner, repo, issue, c)), links.length > 0 ? { link: links.join(", ") } : {});
      }
      if (req.method === "POST") {
        const body = JSON.parse(raw) as { body: string };
        const comment = this.newComment(body.body, identity.login, identity.type, identity.viaApp);
        list.push(comment);
        return send(201, commentJson(owner, repo, issue, comment), { location: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${comment.id}` });
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m !== null && req.method === "PATCH") {
      const [, owner, repo, id] = m as unknown as [string, string, string, string];
      for (const [issue, list] of Object.entries(tenant.comments)) {
        const comment = list.find((c) => c.id === Number(id));
        if (comment === undefined) continue;
        if (comment.user !== identity.login) return send(403, { message: "Must have admin rights to Repository.", documentation_url: "https://docs.github.com/rest" });
        comment.body = (JSON.parse(raw) as { body: string }).body;
        comment.updated_at = new Date(EPOCH + this.clock++ * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
        return send(200, commentJson(owner, repo, issue, comment));
      }
      return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(url.pathname);
    if (m !== null) {
      const [, owner, repo] = m as unknown as [string, string, string];
      if (req.method === "GET") {
        const state = url.searchParams.get("state") ?? "open";
        const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
        const page = Number(url.searchParams.get("page") ?? 1);
        const list = tenant.issues.filter((i) => state === "all" || i.state === state).sort((a, b) => b.number - a.number);
        const links: string[] = [];
        const last = Math.max(1, Math.ceil(list.length / perPage));
        if (page < last) links.push(`<${this.publicUrl}/repos/${owner}/${repo}/issues?state=${state}&per_page=${perPage}&page=${page + 1}>; rel="next"`);
        return send(200, list.slice((page - 1) * perPage, page * perPage).map((i) => issueJson(owner, repo, i, (tenant.comments[String(i.number)] ?? []).length)), links.length > 0 ? { link: links.join(", ") } : {});
      }
      if (req.method === "POST") {
        const input = JSON.parse(raw) as { title: string; body?: string };
        const at = new Date(EPOCH + this.clock++ * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
        const issue: Issue = { number: this.nextId++, title: input.title, body: input.body ?? "", state: "open", user: identity.login, userType: identity.type, viaApp: identity.viaApp, created_at: at, updated_at: at, closed_at: null };
        tenant.issues.push(issue);
        return send(201, issueJson(owner, repo, issue, 0));
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url.pathname);
    if (m !== null && req.method === "PATCH") {
      const [, owner, repo, number] = m as unknown as [string, string, string, string];
      const issue = tenant.issues.find((i) => i.number === Number(number));
      if (issue === undefined) return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      const input = JSON.parse(raw) as { title?: string; body?: string; state?: "open" | "closed" };
      const at = new Date(EPOCH + this.clock++ * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
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
      if (text === undefined) return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest/repos/contents" });
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
        _links: { self: apiUrl, git: `https://api.github.com/repos/${owner}/${repo}/git/blobs/3d21ec53a331a6f037a91c368710b99387d012c1`, html: `https://github.com/${owner}/${repo}/blob/${ref}/${path}` },
      });
    }

    return send(404, { message: `fake GitHub has no ${req.method} ${url.pathname}`, documentation_url: "https://docs.github.com/rest" });
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
