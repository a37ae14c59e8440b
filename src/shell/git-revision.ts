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
