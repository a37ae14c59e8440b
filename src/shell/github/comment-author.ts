import type { GitHubClient } from "./client.ts";

export interface CommentUser {
  login: string;
  type: string;
  viaApp: boolean;
}

/** Decides whether a comment was written by the identity behind our token. */
export type AuthorCheck = (user: CommentUser) => boolean;

/**
 * Installation tokens (`ghs_`: the workflow's GITHUB_TOKEN or a GitHub App's) cannot call
 * GET /user, and only an app can author a comment marked as made through one: for them, our
 * comments are bot comments made through an app. Other tokens act as a user whose login we ask for.
 */
export async function authorCheckFor(token: string, client: GitHubClient): Promise<AuthorCheck> {
  if (token.startsWith("ghs_")) return (user) => user.type === "Bot" && user.viaApp;
  const { data } = await client.rest.users.getAuthenticated();
  const login = data.login.toLowerCase();
  return (user) => user.login.toLowerCase() === login;
}
