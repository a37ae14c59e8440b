import { z } from "zod";
import type { GitHubApi } from "./api.ts";
import { classifyFailure, GitHubFailure } from "./failure.ts";
import { isAuthoredBy, type Actor } from "./identity.ts";

/** Pages of 100 read at most while looking for our comment or issue (5,000 items). */
export const MAX_PAGES = 50;

export const actorShape = z.object({ __typename: z.string(), login: z.string() }).nullable();
export const pageInfoShape = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

export interface Page<N> {
  /** The token's own login, as GraphQL's `viewer` names it. */
  viewer: string;
  nodes: N[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface OwnNodes<N> {
  /** Marker -> the first node we wrote that carries it. */
  found: Map<string, N>;
  /** Marker -> every node we wrote that carries it, in the connection's order (filled only when reading every page). */
  all: Map<string, N[]>;
  /** False when MAX_PAGES ran out before every marker was found and the pages did. */
  complete: boolean;
  pages: number;
}

/**
 * Whether a body is the one `marker` names: tunegate writes its marker as the body's last line,
 * and only there counts. A marker elsewhere is text that came from a plan or price table (a plan
 * path shown in a code span may hold another plan's marker verbatim); counted, it would let that
 * comment be taken, and overwritten, as the other plan's.
 */
export function endsWithMarker(body: string, marker: string): boolean {
  return body.trimEnd().endsWith(marker);
}

/**
 * Reads a GraphQL connection page by page, each page also naming the viewer (one request per
 * page, identity included), and keeps the nodes the viewer wrote that carry one of `markers`.
 * Stops once every marker is found (unless `everyPage`: duplicates left by concurrent runs are
 * looked for to the end), at the last page, or after `maxPages`.
 */
export async function findOwnNodes<N extends { body: string; author: Actor | null }>(
  readPage: (after: string | null) => Promise<Page<N>>,
  markers: readonly string[],
  maxPages = MAX_PAGES,
  everyPage = false,
  /** With `everyPage`: the marker of a node of ours that carries none of `markers`, if it is one to keep too. */
  otherMarker: (body: string) => string | undefined = () => undefined,
): Promise<OwnNodes<N>> {
  const found = new Map<string, N>();
  const all = new Map<string, N[]>();
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = await readPage(after);
    for (const node of page.nodes) {
      if (!isAuthoredBy(page.viewer, node.author)) continue;
      let matched = false;
      for (const marker of markers) {
        if (!endsWithMarker(node.body, marker)) continue;
        matched = true;
        if (!found.has(marker)) found.set(marker, node);
        if (everyPage) (all.get(marker) ?? all.set(marker, []).get(marker)!).push(node);
      }
      const other = matched || !everyPage ? undefined : otherMarker(node.body);
      if (other !== undefined) (all.get(other) ?? all.set(other, []).get(other)!).push(node);
    }
    if ((!everyPage && found.size === markers.length) || !page.hasNextPage || page.endCursor === null)
      return { found, all, complete: true, pages };
    if (pages >= maxPages) return { found, all, complete: false, pages };
    after = page.endCursor;
  }
}

/**
 * Runs a GraphQL query and holds its answer to `shape`: GraphQL errors and answers that are not
 * what GitHub's schema promises (an empty body, HTML from a proxy) become a GitHubFailure.
 */
export async function graphqlQuery<T>(
  client: GitHubApi,
  query: string,
  variables: Record<string, unknown>,
  shape: z.ZodType<T>,
  what: string,
): Promise<T> {
  let data: unknown;
  try {
    data = await client.graphql(query, variables);
  } catch (error) {
    throw classifyFailure(error);
  }
  const parsed = shape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GitHubFailure(
      "unreadable",
      `GitHub's answer while ${what} is not what its API describes (${issue === undefined ? "empty" : `${issue.path.join(".") || "answer"}: ${issue.message}`})`,
    );
  }
  return parsed.data;
}
