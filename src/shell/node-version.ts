/**
 * The oldest Node.js tunegate runs on: the maintained LTS line from 22.15 (the first 22 with
 * zstd in node:zlib, which Inspect's .eval logs need), and 24 and later. The Action's runtime is
 * node24 either way; the CLI runs on the Node 22 that CI images still carry.
 */
export const MINIMUM_NODE = { major: 22, minor: 15 } as const;

/**
 * The one line an older Node gets instead of a crash deep in the bundle, or undefined when the
 * version is new enough. Kept free of imports so the entry points can run it on any Node.
 */
export function unsupportedNodeMessage(version: string): string | undefined {
  const match = /^v?(\d+)\.(\d+)\./.exec(version);
  const major = Number(match?.[1]);
  const minor = Number(match?.[2]);
  if (
    Number.isInteger(major) &&
    (major > MINIMUM_NODE.major || (major === MINIMUM_NODE.major && minor >= MINIMUM_NODE.minor))
  )
    return undefined;
  return `tunegate needs Node.js ${MINIMUM_NODE.major}.${MINIMUM_NODE.minor} or newer (found v${version.replace(/^v/, "")})`;
}
