import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Parsed } from "../../engine/input/diagnostic.ts";
import { parseRemotePolicy, resolvePolicySpec } from "../remote-policy.ts";
import type { PolicySpec } from "../repo-settings.ts";
import { fromHere, type WorkTree } from "../work-tree.ts";
import type { CliIo } from "./io.ts";

/**
 * `--policy`: a repository path, or an organisation's OWNER/REPO/PATH@REF read with GITHUB_TOKEN /
 * GH_TOKEN. A path is typed relative to the folder run in; with `tree` it is returned relative
 * to the work tree's root, which the command reads every file against.
 */
export function policyFlag(
  spec: string | undefined,
  io: CliIo,
  tree: WorkTree = { root: io.cwd, here: "" },
): Promise<Parsed<PolicySpec>> {
  const env = io.env ?? process.env;
  const local =
    spec !== undefined && (parseRemotePolicy(spec) === undefined || existsSync(join(io.cwd, spec)))
      ? fromHere(tree, spec)
      : spec;
  return resolvePolicySpec(local, tree.root, {
    apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
    token: env["GITHUB_TOKEN"] || env["GH_TOKEN"] || "",
    origin: "--policy",
  });
}
