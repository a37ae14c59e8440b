/** The oldest Node.js major tunegate runs on: the Action's runtime is node24, and so is the CLI's. */
export const MINIMUM_NODE_MAJOR = 24;

/**
 * The one line an older Node gets instead of a crash deep in the bundle, or undefined when the
 * version is new enough. Kept free of imports so the entry points can run it on any Node.
 */
export function unsupportedNodeMessage(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined;
  return `tunegate needs Node.js ${MINIMUM_NODE_MAJOR} or newer (found v${version.replace(/^v/, "")})`;
}
