import type { Parsed } from "../../engine/input/diagnostic.ts";
import type { RunContext } from "../github/run-context.ts";
import { resolvePolicySpec } from "../remote-policy.ts";
import type { PolicySpec } from "../repo-settings.ts";
import type { ActionInputs } from "./inputs.ts";

/** The `policy` input, with an OWNER/REPO/PATH@REF policy fetched once for the whole run. */
export function resolvePolicyInput(inputs: ActionInputs, ctx: RunContext): Promise<Parsed<PolicySpec>> {
  const token = inputs["external-repo-token"] !== "" ? inputs["external-repo-token"] : inputs["github-token"];
  return resolvePolicySpec(inputs.policy, ctx.workspace, { apiUrl: ctx.apiUrl, token, origin: "input policy" });
}
