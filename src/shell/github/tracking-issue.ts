import { z } from "zod";
import type { GitHubClient } from "./client.ts";
import { createOnce } from "./create-once.ts";
import { classifyFailure, GitHubFailure, mayHaveWritten } from "./failure.ts";
import { actorShape, findOwnNodes, graphqlQuery, pageInfoShape, type OwnNodes, type Page } from "./own-nodes.ts";

export interface TrackingRequest {
  owner: string;
  repo: string;
  marker: string;
  title: string;
  body: string;
  /** Something needs action: open or update the issue. Otherwise close it if it is open. */
  needsAction: boolean;
  closingComment: string;
}

export type TrackingResult =
  | { action: "created" | "updated" | "unchanged" | "closed"; number: number; url: string }
  | { action: "none" }
  /** Too many open issues to read them all: opening one could duplicate ours further on. */
  | { action: "skipped-unsearched"; pages: number };

/** The viewer and a page of open issues, newest first, in one request (see sticky-comment.ts). */
const ISSUES_QUERY = `query TunegateTrackingIssue($owner: String!, $repo: String!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number url body author { __typename login } }
    }
  }
}`;

const issueShape = z.object({ number: z.number().int(), url: z.string(), body: z.string(), author: actorShape });
type IssueNode = z.infer<typeof issueShape>;
const createdShape = z.object({ number: z.number().int(), html_url: z.string() });

const issuesAnswer = z.object({
  viewer: z.object({ login: z.string().min(1) }),
  repository: z.object({ issues: z.object({ pageInfo: pageInfoShape, nodes: z.array(issueShape) }) }).nullable(),
});

async function readOurIssue(client: GitHubClient, request: TrackingRequest): Promise<OwnNodes<IssueNode>> {
  return findOwnNodes(async (after): Promise<Page<IssueNode>> => {
    const answer = await graphqlQuery(client, ISSUES_QUERY, { owner: request.owner, repo: request.repo, after }, issuesAnswer, "reading the open issues");
    const issues = answer.repository?.issues;
    if (issues === undefined) return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
    return { viewer: answer.viewer.login, nodes: issues.nodes, ...issues.pageInfo };
  }, [request.marker]);
}

/**
 * One tracking issue for the audit, found among open issues by marker and authorship: opened
 * when something needs action, updated in place on later runs, closed with a comment once
 * everything is back in line. Never one issue per run.
 */
export async function syncTrackingIssue(client: GitHubClient, request: TrackingRequest, log: (message: string) => void): Promise<TrackingResult> {
  const listing = await readOurIssue(client, request);
  const existing = listing.found.get(request.marker);
  const where = { owner: request.owner, repo: request.repo };
  if (!request.needsAction) {
    if (existing === undefined) return { action: "none" };
    try {
      // Sent once: a closing note that may have been written is not written again.
      await client.rest.issues.createComment({ ...where, issue_number: existing.number, body: request.closingComment });
    } catch (error) {
      const failure = classifyFailure(error);
      if (!mayHaveWritten(failure)) throw failure;
      log(`GitHub: the closing comment may not have been written (${failure.status ?? failure.kind}: ${failure.message}); closing the issue anyway`);
    }
    await client.rest.issues.update({ ...where, issue_number: existing.number, state: "closed", body: request.body });
    return { action: "closed", number: existing.number, url: existing.url };
  }
  if (existing === undefined) {
    if (!listing.complete) return { action: "skipped-unsearched", pages: listing.pages };
    let foundAgain: IssueNode | undefined;
    const created = await createOnce(
      "the tracking issue",
      async () => {
        const { data } = await client.rest.issues.create({ ...where, title: request.title, body: request.body });
        const parsed = createdShape.safeParse(data);
        if (!parsed.success) throw new GitHubFailure("unreadable", "GitHub's answer to the new issue is not what its API describes");
        return { number: parsed.data.number, url: parsed.data.html_url };
      },
      async () => {
        foundAgain = (await readOurIssue(client, request)).found.get(request.marker);
        return foundAgain === undefined ? undefined : { number: foundAgain.number, url: foundAgain.url };
      },
      log,
    );
    if (foundAgain !== undefined && foundAgain.body !== request.body) return update(client, request, foundAgain);
    return { action: "created", ...created };
  }
  if (existing.body === request.body) return { action: "unchanged", number: existing.number, url: existing.url };
  return update(client, request, existing);
}

async function update(client: GitHubClient, request: TrackingRequest, existing: IssueNode): Promise<TrackingResult> {
  await client.rest.issues.update({ owner: request.owner, repo: request.repo, issue_number: existing.number, title: request.title, body: request.body });
  return { action: "updated", number: existing.number, url: existing.url };
}
