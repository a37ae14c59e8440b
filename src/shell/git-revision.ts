import { gitText } from "./git-command.ts";

/** Whether the clone has the commit at all (a shallow checkout often does not). */
export async function hasCommit(root: string, commit: string): Promise<boolean> {
  try {
    await gitText(["-C", root, "cat-file", "-e", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The commit the working tree has checked out, or undefined when it is not a git clone git can read. */
export async function checkedOutCommit(root: string): Promise<string | undefined> {
  try {
    const sha = (await gitText(["-C", root, "rev-parse", "--verify", "--quiet", "HEAD"])).trim();
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The day (UTC, YYYY-MM-DD) the checked-out commit was committed, or undefined when git cannot
 * say: no evaluation date before it is plausible for judging that commit.
 */
export async function checkedOutCommitDay(root: string): Promise<string | undefined> {
  try {
    const seconds = Number((await gitText(["-C", root, "log", "-1", "--format=%ct", "HEAD"])).trim());
    return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString().slice(0, 10) : undefined;
  } catch {
    return undefined;
  }
}
