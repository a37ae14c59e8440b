import { lstat } from "node:fs/promises";
import { join } from "node:path";
import type { Parsed } from "../engine/input/diagnostic.ts";
import { MAX_CONFIG_BYTES } from "./files.ts";
import { fetchRepositoryFile, type RepositoryFile } from "./github/contents.ts";
import type { PolicySpec } from "./repo-settings.ts";

/** OWNER/REPO/PATH@REF: an organisation's policy kept in one repository for all of them. */
const REMOTE_POLICY = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([^@\s]+)$/;

export const REMOTE_TIMEOUT_MS = 15_000;

export interface RemoteAccess {
  apiUrl: string;
  token: string;
  /** How the spec was given, for messages: "--policy" or "input policy". */
  origin: string;
  timeoutMs?: number;
}

export function parseRemotePolicy(spec: string): RepositoryFile | undefined {
  const m = REMOTE_POLICY.exec(spec.trim());
  if (m === null) return undefined;
  const path = m[3]!;
  if (path.split("/").some((part) => part === "" || part === "." || part === "..")) return undefined;
  return { owner: m[1]!, repo: m[2]!, path, ref: m[4]! };
}

/**
 * A policy argument as runCheck takes it: a local path stays a path (a file that exists in the
 * repository wins, whatever its name looks like), OWNER/REPO/PATH@REF is fetched once through the
 * contents API and named by that spec, so reports cite it as the threshold source.
 */
export async function resolvePolicySpec(
  spec: string | undefined,
  root: string,
  access: RemoteAccess,
): Promise<Parsed<PolicySpec>> {
  if (spec === undefined) return { ok: true, value: undefined };
  const remote = parseRemotePolicy(spec);
  if (remote === undefined || (await existsLocally(root, spec))) return { ok: true, value: spec };
  const fetched = await fetchRepositoryFile(remote, {
    apiUrl: access.apiUrl,
    token: access.token,
    timeoutMs: access.timeoutMs ?? REMOTE_TIMEOUT_MS,
    maxBytes: MAX_CONFIG_BYTES,
  });
  if (fetched.ok) return { ok: true, value: { file: spec.trim(), text: fetched.text } };
  const where = `${remote.owner}/${remote.repo}`;
  const hint =
    fetched.status === 404 || fetched.status === 401 || fetched.status === 403
      ? `check that ${where} has ${remote.path} at ${remote.ref}; a private repository needs a token that can read it (the Action's external-repo-token input; GITHUB_TOKEN or GH_TOKEN for the CLI)`
      : "the policy is not judged without it; nothing was checked";
  return {
    ok: false,
    diagnostics: [
      {
        kind: "file-missing",
        message: `cannot read the policy ${spec.trim()} through the contents API${fetched.status === undefined ? "" : ` (HTTP ${fetched.status})`}: ${fetched.reason}`,
        location: { file: access.origin, line: 1, column: 1 },
        field: "policy",
        hint,
      },
    ],
  };
}

async function existsLocally(root: string, spec: string): Promise<boolean> {
  try {
    await lstat(join(root, spec));
    return true;
  } catch {
    return false;
  }
}
