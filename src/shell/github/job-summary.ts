import { appendFile } from "node:fs/promises";

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps add. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

/** Appends markdown to the job summary; past the limit, the short form is written instead. */
export async function writeJobSummary(
  path: string | undefined,
  full: string,
  short: () => string,
): Promise<"full" | "short" | "none"> {
  if (path === undefined || path === "") return "none";
  const fits = Buffer.byteLength(full, "utf8") <= SUMMARY_LIMIT_BYTES;
  await appendFile(path, fits ? full : short(), "utf8");
  return fits ? "full" : "short";
}
