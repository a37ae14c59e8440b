import { stringify } from "yaml";
import { REPOSITORY_URL } from "../framework/doc-link.ts";

/**
 * The report-only start: a new team's first pull requests show what is missing without failing
 * the check. Deleting this one line enforces (fail-on defaults to error).
 */
export const REPORT_ONLY_LINE =
  "fail-on: never   # report-only start: delete this line to make a failing gate fail the check";

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
  const inputs = (mode: string) => [
    `          plan: ${stringify(input.plan).trimEnd()}`,
    `          mode: ${mode}`,
    ...(input.policy === undefined ? [] : [`          policy: ${stringify(input.policy).trimEnd()}`]),
  ];
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
    `          ${REPORT_ONLY_LINE}`,
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

export type WorkflowEdit = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/**
 * Adds a plan to an existing tunegate workflow: every tunegate step's `plan:` input gets the
 * new path (comma-separated, as the input takes them), so a repository keeps one workflow for
 * all its plans. Unchanged when every step already names it; refused when a step has no `plan:`
 * line to extend (its default is the root's tunegate.yml, which a text edit should not guess at).
 */
export function addPlanToWorkflow(text: string, plan: string): WorkflowEdit {
  const lines = text.split("\n");
  let steps = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*-?\s*uses:\s*tunegate\/tunegate@/.test(lines[i]!)) continue;
    steps++;
    const indent = /^(\s*)/.exec(lines[i]!.replace("-", " "))![1]!.length;
    let found = false;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() === "" || line.trim().startsWith("#")) continue;
      if (/^(\s*)/.exec(line)![1]!.length <= indent && !/^\s*with:/.test(line)) break;
      if (/^\s*-\s/.test(line)) break;
      const match = /^(\s*plan:\s*)(["']?)([^"'#\n]*?)\2(\s*(#.*)?)$/.exec(line);
      if (match === null) continue;
      found = true;
      if (/^[|>]/.test(match[3]!.trim()))
        return { ok: false, reason: `its plan: input (line ${j + 1}) is a block; add ${plan} to it by hand` };
      const entries = match[3]!
        .split(",")
        .map((e) => e.trim())
        .filter((e) => e !== "");
      if (!entries.includes(plan)) {
        lines[j] = `${match[1]}${JSON.stringify([...entries, plan].join(","))}${match[4]}`;
        changed = true;
      }
      break;
    }
    if (!found) return { ok: false, reason: `a tunegate step (line ${i + 1}) has no plan: input to add ${plan} to` };
  }
  if (steps === 0) return { ok: false, reason: "it has no tunegate/tunegate step" };
  return { ok: true, text: lines.join("\n"), changed };
}
