import { z } from "zod";
import { isNewer, readCommentState, type CommentState } from "../../engine/report/comment-body.ts";
import type { GitHubClient } from "./client.ts";
import { createOnce } from "./create-once.ts";
import { GitHubFailure } from "./failure.ts";
import { actorShape, findOwnNodes, graphqlQuery, pageInfoShape, type OwnNodes, type Page } from "./own-nodes.ts";

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type StickyResult =
  | { action: "created" | "updated" | "unchanged"; id: number; url: string }
  | { action: "skipped-newer"; id: number; url: string; newer: CommentState }
  | { action: "skipped-absent" }
  /** Too many comments to read them all: creating one could duplicate ours further on. */
  | { action: "skipped-unsearched"; pages: number };

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

const createdShape = z.object({ id: z.number().int(), html_url: z.string() });

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
 * updated in place, created (never twice: see create-once.ts), or left alone when the body is
 * unchanged or a newer run wrote it. `report` hears each plan's outcome as it happens.
 */
export async function syncStickyComments(
  client: GitHubClient,
  target: StickyTarget,
  plans: readonly PlanComment[],
  ours: CommentState | undefined,
  report: (plan: PlanComment, result: StickyResult) => void,
  log: (message: string) => void,
): Promise<void> {
  const listing = await readOurComments(client, target, plans.map((p) => p.marker));
  for (const plan of plans) {
    const existing = listing.found.get(plan.marker);
    if (existing !== undefined) report(plan, await refresh(client, target, existing, plan, ours));
    else if (!plan.createIfAbsent) report(plan, { action: "skipped-absent" });
    else if (!listing.complete) report(plan, { action: "skipped-unsearched", pages: listing.pages });
    else report(plan, await create(client, target, plan, ours, log));
  }
}

async function create(client: GitHubClient, target: StickyTarget, plan: PlanComment, ours: CommentState | undefined, log: (message: string) => void): Promise<StickyResult> {
  let foundAgain: CommentNode | undefined;
  const created = await createOnce(
    "the comment",
    async () => {
      // No retries inside the request: a create that may have happened is looked for first.
      const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: plan.body });
      const parsed = createdShape.safeParse(data);
      if (!parsed.success) throw new GitHubFailure("unreadable", "GitHub's answer to the new comment is not what its API describes");
      return { id: parsed.data.id, url: parsed.data.html_url };
    },
    async () => {
      const again = await readOurComments(client, target, [plan.marker]);
      foundAgain = again.found.get(plan.marker);
      return foundAgain === undefined ? undefined : { id: foundAgain.fullDatabaseId, url: foundAgain.url };
    },
    log,
  );
  // Found after a failed create: ours from that create, or a concurrent run's; bring it up to date.
  if (foundAgain !== undefined && foundAgain.body !== plan.body) return refresh(client, target, foundAgain, plan, ours);
  return { action: "created", ...created };
}

async function refresh(client: GitHubClient, target: StickyTarget, existing: CommentNode, plan: PlanComment, ours: CommentState | undefined): Promise<StickyResult> {
  const state = readCommentState(existing.body);
  if (ours !== undefined && state !== undefined && isNewer(state, ours)) return { action: "skipped-newer", id: existing.fullDatabaseId, url: existing.url, newer: state };
  if (existing.body === plan.body) return { action: "unchanged", id: existing.fullDatabaseId, url: existing.url };
  await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.fullDatabaseId, body: plan.body });
  return { action: "updated", id: existing.fullDatabaseId, url: existing.url };
}
