import { z } from "zod";
import { isNewer, readCommentState, type CommentState } from "../../engine/report/comment-body.ts";
import type { GitHubClient } from "./client.ts";
import { actorShape, findOwnNodes, graphqlQuery, pageInfoShape, type OwnNodes, type Page } from "./own-nodes.ts";

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type StickyResult =
  | { action: "created" | "updated" | "unchanged"; id: number; url: string }
  | { action: "skipped-newer"; id: number; url: string; newer: CommentState }
  | { action: "skipped-absent" };

export interface PlanComment {
  marker: string;
  body: string;
  /** With `on-failure`, a passing run only updates an existing comment (to turn it green). */
  createIfAbsent: boolean;
}

/**
 * The viewer and a page of the pull request's comments in one request: who we are decides which
 * comments are ours, so no separate identity call is needed (GET /user refuses app tokens).
 */
const COMMENTS_QUERY = `query TunegateComments($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { fullDatabaseId url body author { __typename login } }
      }
    }
  }
}`;

const commentShape = z.object({
  // BigInt in GitHub's schema, sent as a string: comment ids outgrew 32 bits.
  fullDatabaseId: z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(Number),
  url: z.string(),
  body: z.string(),
  author: actorShape,
});
type CommentNode = z.infer<typeof commentShape>;

const commentsAnswer = z.object({
  viewer: z.object({ login: z.string().min(1) }),
  repository: z.object({ pullRequest: z.object({ comments: z.object({ pageInfo: pageInfoShape, nodes: z.array(commentShape) }) }).nullable() }).nullable(),
});

async function readOurComments(client: GitHubClient, target: StickyTarget, markers: readonly string[]): Promise<OwnNodes<CommentNode>> {
  return findOwnNodes(async (after): Promise<Page<CommentNode>> => {
    const answer = await graphqlQuery(client, COMMENTS_QUERY, { owner: target.owner, repo: target.repo, number: target.issueNumber, after }, commentsAnswer, "reading the pull request's comments");
    const comments = answer.repository?.pullRequest?.comments;
    if (comments === undefined) return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
    return { viewer: answer.viewer.login, nodes: comments.nodes, ...comments.pageInfo };
  }, markers);
}

/**
 * One comment per plan, found by marker AND our own authorship (read once for every plan), then
 * updated in place, created, or left alone when the body is unchanged or a newer run wrote it.
 * `report` hears each plan's outcome as it happens.
 */
export async function syncStickyComments(
  client: GitHubClient,
  target: StickyTarget,
  plans: readonly PlanComment[],
  ours: CommentState | undefined,
  report: (plan: PlanComment, result: StickyResult) => void,
): Promise<void> {
  const listing = await readOurComments(client, target, plans.map((p) => p.marker));
  for (const plan of plans) {
    const existing = listing.found.get(plan.marker);
    if (existing === undefined) {
      if (!plan.createIfAbsent) {
        report(plan, { action: "skipped-absent" });
        continue;
      }
      const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: plan.body });
      report(plan, { action: "created", id: data.id, url: data.html_url });
      continue;
    }
    report(plan, await refresh(client, target, existing, plan, ours));
  }
}

async function refresh(client: GitHubClient, target: StickyTarget, existing: CommentNode, plan: PlanComment, ours: CommentState | undefined): Promise<StickyResult> {
  const state = readCommentState(existing.body);
  if (ours !== undefined && state !== undefined && isNewer(state, ours)) return { action: "skipped-newer", id: existing.fullDatabaseId, url: existing.url, newer: state };
  if (existing.body === plan.body) return { action: "unchanged", id: existing.fullDatabaseId, url: existing.url };
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.fullDatabaseId, body: plan.body });
  return { action: "updated", id: existing.fullDatabaseId, url: existing.url };
}
