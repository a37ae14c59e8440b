import { isNewer, readCommentState, type CommentState } from "../../engine/report/comment-body.ts";
import type { GitHubClient } from "./client.ts";
import type { AuthorCheck } from "./comment-author.ts";

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type StickyResult =
  | { action: "created" | "updated"; id: number; url: string }
  | { action: "unchanged"; id: number; url: string }
  | { action: "skipped-newer"; id: number; url: string; newer: CommentState }
  | { action: "skipped-absent" };

export interface StickyRequest {
  marker: string;
  body: string;
  ours: CommentState | undefined;
  /** With `on-failure`, a passing run only updates an existing comment (to turn it green). */
  createIfAbsent: boolean;
  isOurs: AuthorCheck;
}

/**
 * Finds our comment (marker AND our own authorship, through every page), then updates it in
 * place, creates it, or leaves it alone when the body is unchanged or a newer run wrote it.
 */
export async function upsertStickyComment(client: GitHubClient, target: StickyTarget, request: StickyRequest): Promise<StickyResult> {
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  let existing: { id: number; body: string; html_url: string } | undefined;
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, params)) {
    existing = page.data.find(
      (c) =>
        c.user !== null &&
        (c.body ?? "").includes(request.marker) &&
        request.isOurs({ login: c.user.login, type: c.user.type, viaApp: c.performed_via_github_app !== null && c.performed_via_github_app !== undefined }),
    ) as typeof existing;
    if (existing !== undefined) break;
  }
  if (existing === undefined) {
    if (!request.createIfAbsent) return { action: "skipped-absent" };
    const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: request.body });
    return { action: "created", id: data.id, url: data.html_url };
  }
  const state = readCommentState(existing.body);
  if (request.ours !== undefined && state !== undefined && isNewer(state, request.ours)) {
    return { action: "skipped-newer", id: existing.id, url: existing.html_url, newer: state };
  }
  if (existing.body === request.body) return { action: "unchanged", id: existing.id, url: existing.html_url };
  const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: request.body });
  return { action: "updated", id: data.id, url: data.html_url };
}
