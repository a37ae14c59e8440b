import { stringify } from "yaml";
import { REPOSITORY_URL } from "../framework/doc-link.ts";

export interface WorkflowTextInput {
  plan: string;
  /** The policy to name in the Action's inputs, when not .tunegate/policy.yml. */
  policy: string | undefined;
  version: string;
}

/**
 * .github/workflows/tunegate.yml: the pull-request check and the weekly pricing-drift audit,
 * each job with only the permissions it needs (a comment needs pull-requests: write, the audit's
 * tracking issue issues: write), and each in a concurrency group so two runs never race on the
 * comment or the issue (tunegate also settles such races itself; see sticky-comment.ts).
 */
export function initWorkflowText(input: WorkflowTextInput): string {
  const inputs = (mode: string) => [`          plan: ${stringify(input.plan).trimEnd()}`, `          mode: ${mode}`, ...(input.policy === undefined ? [] : [`          policy: ${stringify(input.policy).trimEnd()}`])];
  return [
    "# tunegate on every pull request (one sticky comment per plan, the verdict decides the check) and a",
    "# weekly pricing-drift audit (one tracking issue, opened and closed as prices move).",
    `# Written by \`tunegate init\` (tunegate ${input.version}); inputs and outputs: ${REPOSITORY_URL}#github-action`,
    "name: tunegate",
    "on:",
    "  pull_request:",
    "  schedule:",
    '    - cron: "17 6 * * 1"   # Mondays 06:17 UTC: the pricing-drift audit',
    "  workflow_dispatch:        # run the audit by hand",
    "permissions: {}             # each job asks for what it needs",
    "jobs:",
    "  check:",
    "    if: github.event_name == 'pull_request'",
    "    runs-on: ubuntu-latest",
    "    concurrency:   # one run per pull request: a new push cancels the run for the older commit",
    "      group: tunegate-check-${{ github.event.pull_request.number }}",
    "      cancel-in-progress: true",
    "    permissions:",
    "      contents: read",
    "      pull-requests: write   # the sticky comment",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "        with:",
    "          persist-credentials: false   # no token left in .git/config for later steps to read",
    "          fetch-depth: 0   # lets the comment compare the plan with the base branch",
    "      - uses: tunegate/tunegate@v0",
    "        with:",
    ...inputs("check"),
    "  audit:",
    "    if: github.event_name != 'pull_request'",
    "    runs-on: ubuntu-latest",
    "    concurrency:   # one audit at a time, so two never open two tracking issues",
    "      group: tunegate-audit",
    "      cancel-in-progress: false",
    "    permissions:",
    "      contents: read",
    "      issues: write   # the audit's tracking issue",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "        with:",
    "          persist-credentials: false   # no token left in .git/config for later steps to read",
    "      - uses: tunegate/tunegate@v0",
    "        with:",
    ...inputs("audit"),
    "",
  ].join("\n");
}
