/** How a summary says a listed name has nothing in the candidate's results; the headline repeats it. */
export const NOT_IN_CANDIDATE = "not in the candidate results";

/**
 * Names the plan lists that the candidate's results do not hold (a name no file holds at all is
 * an input error before any gate runs): the gate says the name matches nothing there, rather
 * than calling the suite too low and asking to improve it.
 */
export function unmatchedNames(
  list: "general" | "safety" | "task",
  names: readonly string[],
  inBaseline: (name: string) => boolean,
): { summary: string; fix: string } {
  const unique = [...new Set(names)];
  const baselineHas = unique.filter(inBaseline);
  const where =
    baselineHas.length === 0
      ? ""
      : ` (only the baseline's results have ${baselineHas.length === unique.length ? (unique.length === 1 ? "it" : "them") : baselineHas.join(", ")})`;
  return {
    summary: `${unique.join(", ")} ${NOT_IN_CANDIDATE}${where}`,
    fix: `run ${unique.join(", ")} on the candidate, or list in evals.${list} only names the candidate's results hold (\`tunegate evals FILE\` lists them)`,
  };
}
