/** Where the CLI writes; tests pass buffers, the entry point passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  today: string;
  /** Environment for GITHUB_TOKEN / GH_TOKEN and GITHUB_API_URL; the process's when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_USAGE = 2;
/** `tunegate audit` and `pricing pin`: current prices could not be fetched or parsed. */
export const EXIT_UNVERIFIED = 3;
export const EXIT_INTERNAL = 70;
