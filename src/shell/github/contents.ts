import { AnswerTooLargeError, readBoundedText } from "../bounded-body.ts";

/*
 * Reads one file from a GitHub repository through the contents API, for an organisation's shared
 * policy. Plain fetch, no Octokit: one GET, bounded in time and size, with no retries to wait out.
 */

export interface RepositoryFile {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

export interface ContentsOptions {
  apiUrl: string;
  /** Empty: an anonymous request, which reads public repositories only. */
  token: string;
  timeoutMs: number;
  maxBytes: number;
}

export type ContentsResult = { ok: true; text: string } | { ok: false; status: number | undefined; reason: string };

/** GET /repos/{owner}/{repo}/contents/{path}?ref=REF, decoded from base64. */
export async function fetchRepositoryFile(file: RepositoryFile, options: ContentsOptions): Promise<ContentsResult> {
  // One path parameter, slashes included, encoded as Octokit encodes it (GitHub decodes %2F).
  const path = encodeURIComponent(file.path);
  const url = `${options.apiUrl.replace(/\/+$/, "")}/repos/${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}/contents/${path}?ref=${encodeURIComponent(file.ref)}`;
  const headers: Record<string, string> = {
    accept: "application/vnd.github+json",
    "x-github-api-version": "2022-11-28",
    "user-agent": "tunegate",
  };
  if (options.token !== "") headers["authorization"] = `Bearer ${options.token}`;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let status: number | undefined;
  try {
    const response = await fetch(url, { headers, signal, redirect: "follow" });
    status = response.status;
    // base64 grows the file by a third, and the JSON around it is small.
    let body: string;
    try {
      body = await readBoundedText(
        response,
        Math.ceil(options.maxBytes * 1.4) + 64 * 1024,
        `the answer (a policy file may be ${options.maxBytes} bytes)`,
      );
    } catch (error) {
      if (error instanceof AnswerTooLargeError) return { ok: false, status, reason: error.message };
      throw error;
    }
    if (!response.ok) return { ok: false, status, reason: messageOf(body) };
    const data = JSON.parse(body) as unknown;
    if (Array.isArray(data)) return { ok: false, status, reason: "it is a folder, not a file" };
    const entry = data as { type?: string; encoding?: string; content?: string; size?: number };
    if (entry.type !== "file")
      return { ok: false, status, reason: `it is a ${entry.type ?? "thing of unknown type"}, not a file` };
    if ((entry.size ?? 0) > options.maxBytes)
      return { ok: false, status, reason: `it is ${entry.size} bytes; the limit is ${options.maxBytes}` };
    if (entry.encoding !== "base64" || typeof entry.content !== "string")
      return { ok: false, status, reason: `the contents API sent it as "${entry.encoding ?? "nothing"}", not base64` };
    return { ok: true, text: Buffer.from(entry.content, "base64").toString("utf8") };
  } catch (error) {
    if (signal.aborted)
      return {
        ok: false,
        status,
        reason: `no answer within ${options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} s` : `${options.timeoutMs} ms`}`,
      };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      status,
      reason:
        error instanceof SyntaxError
          ? "the answer is not JSON"
          : (cause?.code ?? cause?.message ?? (error as Error).message),
    };
  }
}

function messageOf(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    if (typeof message === "string") return message.slice(0, 200);
  } catch {
    // Not JSON: fall through to the raw start of the body.
  }
  return body.slice(0, 200) || "no message";
}
