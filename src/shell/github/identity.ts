/**
 * Who wrote a comment or issue, decided from the token's own identity as GraphQL reports it.
 *
 * GitHub spells one bot two ways: `viewer.login` and REST logins carry the `[bot]` suffix
 * (`github-actions[bot]`, `my-app[bot]`), while GraphQL comment and issue authors are `Bot`
 * actors without it (`github-actions`). A personal token's viewer is a `User` with the same
 * login as its comments. Both the kind (bot or user) and the name must match: a user named like
 * a bot, or another app's bot quoting our marker, is never taken for us. REST's
 * `performed_via_github_app` plays no part: it is null on what the workflow token writes itself.
 */
export interface Actor {
  __typename: string;
  login: string;
}

const BOT_SUFFIX = /\[bot\]$/i;

export function isAuthoredBy(viewerLogin: string, author: Actor | null): boolean {
  if (author === null) return false; // a deleted account ("ghost") is nobody's
  const viewerIsBot = BOT_SUFFIX.test(viewerLogin);
  const authorKind = author.__typename === "Bot" ? "bot" : author.__typename === "User" ? "user" : "other";
  if (authorKind !== (viewerIsBot ? "bot" : "user")) return false;
  return author.login.replace(BOT_SUFFIX, "").toLowerCase() === viewerLogin.replace(BOT_SUFFIX, "").toLowerCase();
}
