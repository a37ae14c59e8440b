import { checkedOutCommit, checkedOutCommitDay, hasCommit } from "./git-revision.ts";
import { gitRevisionFiles } from "./repo-files.ts";
import type { RepositoryReader } from "./repository.ts";

/** The runner's repository reader: its own git, run in the clone at `root` (data only, nothing is run). */
export function gitRepository(root: string): RepositoryReader {
  return {
    checkedOutCommit: () => checkedOutCommit(root),
    checkedOutCommitDay: () => checkedOutCommitDay(root),
    hasCommit: (commit) => hasCommit(root, commit),
    filesAt: (commit) => gitRevisionFiles(root, commit),
  };
}
