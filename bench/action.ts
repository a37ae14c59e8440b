// GitHub API requests per pull-request run of the bundled Action. Target: at most 2 when our
// comment is on the first page, and 0 writes when the body is unchanged.
import { readFileSync } from "node:fs";
import { FakeGitHub } from "../test/github/fake-github.ts";
import { runBundledAction } from "../test/github/run-action.ts";

export async function benchActionRequests(): Promise<void> {
  const fake = new FakeGitHub();
  const apiUrl = await fake.listen();
  const payload = JSON.parse(readFileSync("test/fixtures/events/pull_request.synchronize.json", "utf8"));
  const run = async (repo: string, plan: string, token: string) => {
    // Requests outside a repository (GET /user) are kept apart by the fake.
    const before = [fake.tenant(repo).requests.length, fake.tenant("__global__").requests.length] as const;
    const result = await runBundledAction({
      apiUrl,
      repo,
      workspace: process.cwd(),
      event: "pull_request",
      payload,
      inputs: { "github-token": token, plan },
      // The workspace is this checkout, whose commit may be today's: judging it on an earlier
      // day is refused (a past date would revive expired waivers), and a refused run makes no
      // request, which this benchmark printed as 0 for a while.
      env: { TUNEGATE_TODAY: new Date().toISOString().slice(0, 10) },
    });

    const requests = [
      ...fake.tenant(repo).requests.slice(before[0]),
      ...fake.tenant("__global__").requests.slice(before[1]),
    ];
    // Every pull-request run reads the comments at least once: none means the run stopped first.
    if (requests.length === 0)
      throw new Error(`the Action made no request, so there is nothing to count:\n${result.stdout.slice(0, 2000)}`);
    // GraphQL queries are POSTs that only read.
    const writes = requests.filter((r) => r.method !== "GET" && r.path !== "/graphql").length;
    return `${requests.length} (${writes} write${writes === 1 ? "" : "s"})`;
  };
  const others = (n: number) => Array.from({ length: n }, (_, i) => ({ body: `review ${i}`, user: "octocat" }));
  try {
    for (const [label, token] of [
      ["GITHUB_TOKEN", "ghs_bench"],
      ["GitHub App token", "ghs_app_bench-app"],
      ["personal token", "ghp_bench-user"],
    ] as const) {
      const key = token.replace(/[^a-z]/g, "");
      const first = await run(`acme/a-${key}`, "examples/support-bot/tunegate.yml", token);
      const unchanged = await run(`acme/a-${key}`, "examples/support-bot/tunegate.yml", token);
      fake.seed(`acme/b-${key}`, 2, others(40));
      await run(`acme/b-${key}`, "examples/support-bot/tunegate.yml", token);
      const secondPlan = await run(`acme/b-${key}`, "examples/faq-full-finetune/tunegate.yml", token);
      fake.seed(`acme/c-${key}`, 2, others(250));
      const behind250 = await run(`acme/c-${key}`, "examples/support-bot/tunegate.yml", token);
      const behind250SecondPlan = await run(`acme/c-${key}`, "examples/faq-full-finetune/tunegate.yml", token);
      const twoPlans = await run(
        `acme/d-${key}`,
        "examples/support-bot/tunegate.yml\nexamples/faq-full-finetune/tunegate.yml",
        token,
      );
      console.log(
        `action-requests per pull-request run (${label}): first run ${first}; unchanged rerun ${unchanged}; a second plan's first comment ${secondPlan}; first run behind 250 comments ${behind250}; a second plan behind 250 ${behind250SecondPlan}; two plans, first run ${twoPlans} (a first comment is read, written, then read again for a concurrent duplicate; target: 0 writes when unchanged)`,
      );
    }
  } finally {
    await fake.close();
  }
}
