import type { RepoFiles } from "./repo-files.ts";

/**
 * What the Action reads of the repository's history besides the checked-out files: which commit
 * is checked out and when it was made, whether the base commit is in the clone, and the files
 * at a commit (the base's plans, policy and evals, for the rules and the diff against base). The
 * runner's reader asks git (git-repository.ts); tests hand the Action an in-memory one.
 */
export interface RepositoryReader {
  /** The commit the working tree has checked out, or undefined when it is not a clone git can read. */
  checkedOutCommit(): Promise<string | undefined>;
  /** The day (UTC, YYYY-MM-DD) the checked-out commit was made, or undefined when unknown. */
  checkedOutCommitDay(): Promise<string | undefined>;
  /** Whether the clone has the commit at all (a shallow checkout often does not). */
  hasCommit(commit: string): Promise<boolean>;
  /** Files as they were at `commit`. */
  filesAt(commit: string): RepoFiles;
}

/** The reader of the repository checked out at a folder. */
export type RepositoryPort = (root: string) => RepositoryReader;
