import type { Parsed } from "../../engine/input/diagnostic.ts";
import { resolvePolicySpec } from "../remote-policy.ts";
import type { PolicySpec } from "../repo-settings.ts";
import type { CliIo } from "./io.ts";

/** `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN / GH_TOKEN. */
export function policyFlag(spec: string | undefined, io: CliIo): Promise<Parsed<PolicySpec>> {
  const env = io.env ?? process.env;
  return resolvePolicySpec(spec, io.cwd, { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com", token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "", origin: "--policy" });
}
