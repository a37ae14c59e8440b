import { z } from "zod";
import type { GitHubApi } from "./api.ts";
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
export const ISSUES_QUERY = `query TunegateTrackingIssue($owner: String!, $repo: String!, $after: String) {
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

async function readOurIssue(client: GitHubApi, request: TrackingRequest): Promise<OwnNodes<IssueNode>> {
  return findOwnNodes(
    async (after): Promise<Page<IssueNode>> => {
      const answer = await graphqlQuery(
        client,
        ISSUES_QUERY,
        { owner: request.owner, repo: request.repo, after },
        issuesAnswer,
        "reading the open issues",
      );
      const issues = answer.repository?.issues;
      if (issues === undefined) return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
      return { viewer: answer.viewer.login, nodes: issues.nodes, ...issues.pageInfo };
    },
    [request.marker],
    undefined,
    true,
  );
}

/** Ours among the open issues: the first opened stands; any other is a duplicate from a concurrent audit. */
function ours(
  listing: OwnNodes<IssueNode>,
  marker: string,
): { standing: IssueNode | undefined; duplicates: IssueNode[] } {
  const all = [...(listing.all.get(marker) ?? [])].sort((a, b) => a.number - b.number);
  return { standing: all[0], duplicates: all.slice(1) };
}

/** Closes duplicates as such, pointing at the issue that stands; one already closed or gone is fine. */
async function closeDuplicates(
  client: GitHubApi,
  request: TrackingRequest,
  duplicates: readonly IssueNode[],
  standing: IssueNode,
  log: (message: string) => void,
): Promise<number> {
  let closed = 0;
  for (const d of duplicates) {
    try {
      await client.rest.issues.update({
        owner: request.owner,
        repo: request.repo,
        issue_number: d.number,
        state: "closed",
        state_reason: "duplicate",
        body: `Duplicate of #${standing.number}: tunegate keeps one tracking issue.\n\n${request.marker}\n`,
      });
      closed++;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === "budget" || failure.kind === "rate-limited") throw failure;
      log(
        `GitHub: could not close duplicate tracking issue #${d.number} (${failure.status ?? failure.kind}: ${failure.message}); the next audit tries again`,
      );
    }
  }
  return closed;
}

/**
 * One tracking issue for the audit, found among open issues by marker and authorship: opened
 * when something needs action, updated in place on later runs, closed with a comment once
 * everything is back in line. Never one issue per run.
 */
export async function syncTrackingIssue(
  client: GitHubApi,
  request: TrackingRequest,
  log: (message: string) => void,
): Promise<TrackingResult> {
  const listing = await readOurIssue(client, request);
  const { standing: existing, duplicates } = ours(listing, request.marker);
  const where = { owner: request.owner, repo: request.repo };
  if (existing !== undefined && duplicates.length > 0)
    await closeDuplicates(client, request, duplicates, existing, log);
  if (!request.needsAction) {
    if (existing === undefined) return { action: "none" };
    try {
      // Sent once: a closing note that may have been written is not written again.
      await client.rest.issues.createComment({ ...where, issue_number: existing.number, body: request.closingComment });
    } catch (error) {
      const failure = classifyFailure(error);
      if (!mayHaveWritten(failure)) throw failure;
      log(
        `GitHub: the closing comment may not have been written (${failure.status ?? failure.kind}: ${failure.message}); closing the issue anyway`,
      );
    }
    await client.rest.issues.update({ ...where, issue_number: existing.number, state: "closed", body: request.body });
    return { action: "closed", number: existing.number, url: existing.url };
  }
  if (existing === undefined) {
    if (!listing.complete) return { action: "skipped-unsearched", pages: listing.pages };
    let foundAgain: IssueNode | undefined;
    const opened = await createOnce(
      "the tracking issue",
      async () => {
        const { data } = await client.rest.issues.create({ ...where, title: request.title, body: request.body });
        const parsed = createdShape.safeParse(data);
        if (!parsed.success)
          throw new GitHubFailure("unreadable", "GitHub's answer to the new issue is not what its API describes");
        return { number: parsed.data.number, url: parsed.data.html_url };
      },
      async () => {
        foundAgain = ours(await readOurIssue(client, request), request.marker).standing;
        return foundAgain === undefined ? undefined : { number: foundAgain.number, url: foundAgain.url };
      },
      log,
    );
    if (foundAgain !== undefined && foundAgain.body !== request.body) return update(client, request, foundAgain);
    return settle(client, request, opened, log);
  }
  if (existing.body === request.body) return { action: "unchanged", number: existing.number, url: existing.url };
  return update(client, request, existing);
}

/**
 * Re-reads after opening: a concurrent audit may have opened one too. The first opened stands,
 * the others are closed as duplicates (by whichever run sees them; the last to open sees both),
 * and the standing one gets this run's body.
 */
async function settle(
  client: GitHubApi,
  request: TrackingRequest,
  opened: { number: number; url: string },
  log: (message: string) => void,
): Promise<TrackingResult> {
  const { standing, duplicates } = ours(await readOurIssue(client, request), request.marker);
  if (standing === undefined || standing.number === opened.number) {
    if (standing !== undefined) await closeDuplicates(client, request, duplicates, standing, log);
    return { action: "created", ...opened };
  }
  await closeDuplicates(client, request, duplicates, standing, log);
  if (standing.body === request.body) return { action: "unchanged", number: standing.number, url: standing.url };
  return update(client, request, standing);
}

async function update(client: GitHubApi, request: TrackingRequest, existing: IssueNode): Promise<TrackingResult> {
  await client.rest.issues.update({
    owner: request.owner,
    repo: request.repo,
    issue_number: existing.number,
    title: request.title,
    body: request.body,
  });
  return { action: "updated", number: existing.number, url: existing.url };
}
