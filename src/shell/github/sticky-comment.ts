import { z } from "zod";
import {
  compareStates,
  NOT_CURRENT_HEADING,
  notCurrentNotice,
  planMarkerOf,
  readCommentState,
  type CommentState,
} from "../../engine/output/parts/comment-body.ts";
import type { GitHubApi } from "./api.ts";
import { createOnce } from "./create-once.ts";
import { classifyFailure, GitHubFailure } from "./failure.ts";
import { actorShape, findOwnNodes, graphqlQuery, pageInfoShape, type OwnNodes, type Page } from "./own-nodes.ts";

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type StickyResult =
  | { action: "created" | "updated" | "unchanged"; id: number; url: string; removed: number }
  | { action: "skipped-newer"; id: number; url: string; newer: CommentState; removed: number }
  /** Ours was written, then a newer run's comment (seen on re-reading) took its place. */
  | { action: "superseded"; id: number; url: string; newer: CommentState | undefined; removed: number }
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
export const COMMENTS_QUERY = `query TunegateComments($owner: String!, $repo: String!, $number: Int!, $after: String) {
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

/** Times a plan's comments are read again after the one to edit vanished under a concurrent run. */
const MAX_REREADS = 2;

const createdShape = z.object({ id: z.number().int(), html_url: z.string() });

const commentsAnswer = z.object({
  viewer: z.object({ login: z.string().min(1) }),
  repository: z
    .object({
      pullRequest: z
        .object({ comments: z.object({ pageInfo: pageInfoShape, nodes: z.array(commentShape) }) })
        .nullable(),
    })
    .nullable(),
});

async function readOurComments(
  client: GitHubApi,
  target: StickyTarget,
  markers: readonly string[],
  otherMarker?: (body: string) => string | undefined,
): Promise<OwnNodes<CommentNode>> {
  return findOwnNodes(
    async (after): Promise<Page<CommentNode>> => {
      const answer = await graphqlQuery(
        client,
        COMMENTS_QUERY,
        { owner: target.owner, repo: target.repo, number: target.issueNumber, after },
        commentsAnswer,
        "reading the pull request's comments",
      );
      const comments = answer.repository?.pullRequest?.comments;
      if (comments === undefined)
        return { viewer: answer.viewer.login, nodes: [], hasNextPage: false, endCursor: null };
      return { viewer: answer.viewer.login, nodes: comments.nodes, ...comments.pageInfo };
    },
    markers,
    undefined,
    true,
    otherMarker,
  );
}

/** The comment that stands among ours for one marker: the newest run's; between equals, the first written (lowest id). */
function standing(comments: readonly CommentNode[]): CommentNode | undefined {
  let best: CommentNode | undefined;
  for (const c of comments) {
    if (best === undefined) best = c;
    else {
      const order = compareStates(readCommentState(c.body), readCommentState(best.body));
      if (order > 0 || (order === 0 && c.fullDatabaseId < best.fullDatabaseId)) best = c;
    }
  }
  return best;
}

/**
 * One comment per plan, found by marker AND our own authorship, whatever order the requests of
 * several runs on one pull request reach GitHub in. GitHub has no conditional update: an edit
 * in place can land after a newer run's edit and undo it. So a run edits in place only a
 * comment written for its own event (a re-run); a newer event gets a new comment, and after
 * writing, the run reads the comments again and deletes every one of ours for the plan except
 * the newest run's (see `standing`). The newest run's comment is never deleted (nobody sees a
 * newer one), and of two concurrent runs the one that writes last reads both comments after
 * its write, so exactly one comment is left, the newer run's. `report` hears each outcome.
 */
export async function syncStickyComments(
  client: GitHubApi,
  target: StickyTarget,
  plans: readonly PlanComment[],
  ours: CommentState | undefined,
  report: (plan: PlanComment, result: StickyResult) => void,
  log: (message: string) => void,
  retire: readonly string[] = [],
  /** The comment key: with it, plan comments of ours under this key that this run writes no more are marked not current. */
  key?: string,
): Promise<number> {
  const listing = await readOurComments(
    client,
    target,
    [...plans.map((p) => p.marker), ...retire],
    key === undefined ? undefined : (body) => planMarkerOf(body, key),
  );
  const markNotCurrent = () =>
    markPlansNotChecked(client, target, listing.all, new Set([...plans.map((p) => p.marker), ...retire]), ours);
  // A newer run wrote under a marker this run retires (it switched between one comment per plan
  // and one for the run): this run is outdated for every plan and writes nothing.
  const newerElsewhere = newerThan(
    retire.flatMap((m) => listing.all.get(m) ?? []),
    ours,
  );
  if (newerElsewhere !== undefined) {
    const newer = readCommentState(newerElsewhere.body)!;
    for (const plan of plans) {
      const removed = await retireComments(client, target, listing.all.get(plan.marker) ?? [], newer, log);
      report(plan, {
        action: "skipped-newer",
        id: newerElsewhere.fullDatabaseId,
        url: newerElsewhere.url,
        newer,
        removed,
      });
    }
    return 0;
  }
  const created: Created[] = [];
  for (const plan of plans) {
    const outcome = await syncOne(client, target, plan, listing.all.get(plan.marker) ?? [], listing, ours, log, 0);
    if ("written" in outcome) created.push(outcome);
    else report(plan, outcome);
  }
  if (created.length === 0) {
    await markNotCurrent();
    return retireComments(
      client,
      target,
      retire.flatMap((m) => listing.all.get(m) ?? []),
      ours,
      log,
    );
  }
  // One re-read after every create, for all the plans at once, and the retired markers again: a
  // newer run may have written under them meanwhile, or an older one under ours.
  const again = await readOurComments(client, target, [...created.map((c) => c.plan.marker), ...retire]);
  const newerMeanwhile = newerThan(
    retire.flatMap((m) => again.all.get(m) ?? []),
    ours,
  );
  for (const c of created) {
    const mine = again.all.get(c.plan.marker) ?? [];
    if (newerMeanwhile === undefined) report(c.plan, await settle(client, target, c, mine, ours, log));
    else {
      const newer = readCommentState(newerMeanwhile.body);
      const removed = await retireComments(client, target, mine, newer, log);
      report(c.plan, {
        action: "superseded",
        id: newerMeanwhile.fullDatabaseId,
        url: newerMeanwhile.url,
        newer,
        removed,
      });
    }
  }
  if (newerMeanwhile !== undefined) return 0;
  await markNotCurrent();
  return retireComments(
    client,
    target,
    retire.flatMap((m) => again.all.get(m) ?? []),
    ours,
    log,
  );
}

/**
 * Marks, once, the standing comment of every plan this run did not check (a plan moved or
 * deleted, a `plan` input that changed) as no longer current, when an earlier run wrote it: a
 * later run that checks the plan again writes its own comment, and a newer run's is never touched.
 */
async function markPlansNotChecked(
  client: GitHubApi,
  target: StickyTarget,
  all: ReadonlyMap<string, CommentNode[]>,
  written: ReadonlySet<string>,
  ours: CommentState | undefined,
): Promise<void> {
  if (ours === undefined) return;
  for (const [marker, comments] of all) {
    if (written.has(marker)) continue;
    const best = standing(comments);
    if (
      best === undefined ||
      best.body.startsWith(NOT_CURRENT_HEADING) ||
      compareStates(readCommentState(best.body), ours) >= 0
    )
      continue;
    try {
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: best.fullDatabaseId,
        body: `${notCurrentNotice(ours)}${best.body}`,
      });
    } catch (error) {
      const failure = classifyFailure(error);
      // Deleted meanwhile: nothing is left to mark.
      if (failure.kind !== "not-found")
        throw failure.kind === "budget" || failure.kind === "rate-limited" ? failure : error;
    }
  }
}

/** The newest of `comments` when it was written by a newer run than `ours`. */
function newerThan(comments: readonly CommentNode[], ours: CommentState | undefined): CommentNode | undefined {
  const best = standing(comments);
  return ours !== undefined && best !== undefined && compareStates(readCommentState(best.body), ours) > 0
    ? best
    : undefined;
}

/** A comment this run created, to be settled once the comments are read again. */
interface Created {
  plan: PlanComment;
  written: { id: number; url: string };
}

/**
 * Deletes our comments under markers this run no longer writes (per-plan comments once a run
 * switches to one comment for many plans, and the other way round), unless a newer run wrote them.
 */
async function retireComments(
  client: GitHubApi,
  target: StickyTarget,
  comments: readonly CommentNode[],
  ours: CommentState | undefined,
  log: (message: string) => void,
): Promise<number> {
  const outdated = comments.filter((c) => ours === undefined || compareStates(readCommentState(c.body), ours) <= 0);
  if (outdated.length === 0) return 0;
  return removeAllBut(client, target, outdated, undefined, log);
}

async function syncOne(
  client: GitHubApi,
  target: StickyTarget,
  plan: PlanComment,
  mine: readonly CommentNode[],
  listing: { complete: boolean; pages: number },
  ours: CommentState | undefined,
  log: (message: string) => void,
  rereads: number,
): Promise<StickyResult | Created> {
  const best = standing(mine);
  if (best === undefined) {
    if (!plan.createIfAbsent) return { action: "skipped-absent" };
    if (!listing.complete) return { action: "skipped-unsearched", pages: listing.pages };
    return create(client, target, plan, ours, log);
  }
  const theirs = readCommentState(best.body);
  const order = ours === undefined ? 0 : compareStates(theirs, ours);
  if (order > 0) {
    const removed = await removeAllBut(client, target, mine, best, log);
    return { action: "skipped-newer", id: best.fullDatabaseId, url: best.url, newer: theirs!, removed };
  }
  if (order < 0) return create(client, target, plan, ours, log);
  // The same event (a re-run, or a run that cannot be ordered): the comment is this run's to edit.
  try {
    return await refresh(client, target, best, mine, plan, log);
  } catch (error) {
    // Deleted meanwhile by a run that saw a newer comment: read again and decide again.
    if (classifyFailure(error).kind !== "not-found" || rereads >= MAX_REREADS) throw error;
    const again = await readOurComments(client, target, [plan.marker]);
    return syncOne(client, target, plan, again.all.get(plan.marker) ?? [], again, ours, log, rereads + 1);
  }
}

async function create(
  client: GitHubApi,
  target: StickyTarget,
  plan: PlanComment,
  ours: CommentState | undefined,
  log: (message: string) => void,
): Promise<Created> {
  const created = await createOnce(
    "the comment",
    async () => {
      // No retries inside the request: a create that may have happened is looked for first.
      const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: plan.body,
      });
      const parsed = createdShape.safeParse(data);
      if (!parsed.success)
        throw new GitHubFailure("unreadable", "GitHub's answer to the new comment is not what its API describes");
      return { id: parsed.data.id, url: parsed.data.html_url };
    },
    async () => {
      // Ours, if that create happened: the same body, or one written for the same event.
      const again = (await readOurComments(client, target, [plan.marker])).all.get(plan.marker) ?? [];
      const same =
        again.find((c) => c.body === plan.body) ??
        (ours === undefined ? undefined : again.find((c) => compareStates(readCommentState(c.body), ours) === 0));
      return same === undefined ? undefined : { id: same.fullDatabaseId, url: same.url };
    },
    log,
  );
  return { plan, written: created };
}

/**
 * Re-reads after writing and repairs: every comment of ours for the plan but the standing one is
 * deleted. When the standing one is not ours, a newer run wrote meanwhile and ours is gone too.
 */
async function settle(
  client: GitHubApi,
  target: StickyTarget,
  { plan, written }: Created,
  mine: readonly CommentNode[],
  ours: CommentState | undefined,
  log: (message: string) => void,
): Promise<StickyResult> {
  const best = standing(mine);
  if (best === undefined) return { action: "created", ...written, removed: 0 };
  const removed = await removeAllBut(client, target, mine, best, log);
  if (
    best.fullDatabaseId === written.id ||
    (ours !== undefined && compareStates(readCommentState(best.body), ours) === 0)
  ) {
    if (best.fullDatabaseId !== written.id && best.body !== plan.body) {
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: best.fullDatabaseId,
        body: plan.body,
      });
    }
    return { action: "created", id: best.fullDatabaseId, url: best.url, removed };
  }
  return { action: "superseded", id: best.fullDatabaseId, url: best.url, newer: readCommentState(best.body), removed };
}

/** Deletes every comment in `mine` but `keep`; one already gone (another run deleted it) is fine. */
async function removeAllBut(
  client: GitHubApi,
  target: StickyTarget,
  mine: readonly CommentNode[],
  keep: CommentNode | undefined,
  log: (message: string) => void,
): Promise<number> {
  let removed = 0;
  for (const c of mine) {
    if (c.fullDatabaseId === keep?.fullDatabaseId) continue;
    try {
      await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.fullDatabaseId });
      removed++;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === "not-found") continue;
      if (failure.kind === "budget" || failure.kind === "rate-limited") throw failure;
      log(
        `GitHub: could not delete an outdated tunegate comment (${failure.status ?? failure.kind}: ${failure.message}); the next run tries again`,
      );
    }
  }
  return removed;
}

async function refresh(
  client: GitHubApi,
  target: StickyTarget,
  existing: CommentNode,
  mine: readonly CommentNode[],
  plan: PlanComment,
  log: (message: string) => void,
): Promise<StickyResult> {
  const removed = await removeAllBut(client, target, mine, existing, log);
  if (existing.body === plan.body)
    return { action: "unchanged", id: existing.fullDatabaseId, url: existing.url, removed };
  await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: existing.fullDatabaseId,
    body: plan.body,
  });
  return { action: "updated", id: existing.fullDatabaseId, url: existing.url, removed };
}
