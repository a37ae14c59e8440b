import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whether the clone has the commit at all (a shallow checkout often does not). */
export async function hasCommit(root: string, commit: string): Promise<boolean> {
  try {
    await run("git", ["-C", root, "cat-file", "-e", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
