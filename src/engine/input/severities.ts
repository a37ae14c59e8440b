/**
 * How much a finding counts, the words a policy's `severities` take: error blocks (fail), warning
 * warns, info is only shown. Worst first: the gates that report the worst of several findings
 * search in this order. The one home of these words; the policy schema derives from it.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;

export type Severity = (typeof SEVERITIES)[number];

/**
 * Which verdict exits 1 (`--fail-on`, the Action's `fail-on`): a severity's name, or never. The
 * run report's `fail_on`, the Action's input and the CLI's flags derive from this list.
 */
export const FAIL_ON_VALUES = ["error", "warning", "never"] as const;

export type FailOnValue = (typeof FAIL_ON_VALUES)[number];
