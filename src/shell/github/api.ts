/**
 * The part of GitHub's API the Action uses: GraphQL reads and five REST writes on issues and
 * their comments. Octokit (client.ts) is the runner's implementation; tests hand the Action an
 * in-memory one, so what is decided about comments and issues runs without HTTP.
 *
 * A failed request rejects as Octokit's do (an error with `status` and `response`, a
 * `GraphqlResponseError`, a `TimeoutError`): classifyFailure (failure.ts) reads either.
 */
export interface GitHubApi {
  graphql(query: string, variables: Record<string, unknown>): Promise<unknown>;
  rest: {
    issues: {
      createComment(params: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<{ data: unknown }>;
      updateComment(params: {
        owner: string;
        repo: string;
        comment_id: number;
        body: string;
      }): Promise<{ data: unknown }>;
      deleteComment(params: { owner: string; repo: string; comment_id: number }): Promise<unknown>;
      create(params: { owner: string; repo: string; title: string; body: string }): Promise<{ data: unknown }>;
      update(params: {
        owner: string;
        repo: string;
        issue_number: number;
        title?: string;
        body?: string;
        state?: "open" | "closed";
        state_reason?: "duplicate";
      }): Promise<unknown>;
    };
  };
}
