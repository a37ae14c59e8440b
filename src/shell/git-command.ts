// child_process is loaded on the first git call, not at start-up: most runs (the CLI, the Action
// on a push) never call git, and loading it (with net, dgram and streams) cost about 5 ms a run.

/** Runs git (never through a shell) and returns its standard output as bytes; rejects when git fails. */
export async function gitBytes(args: readonly string[], maxBuffer = 1024 * 1024): Promise<Buffer> {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    execFile("git", args, { encoding: "buffer", maxBuffer }, (error, stdout) =>
      error === null ? resolve(stdout) : reject(error),
    );
  });
}

/** As gitBytes, as text. */
export async function gitText(args: readonly string[], maxBuffer?: number): Promise<string> {
  return (await gitBytes(args, maxBuffer)).toString("utf8");
}

/** git's standard output as a stream, for files too large to hold (its errors are ignored). */
export async function gitStream(args: readonly string[]): Promise<AsyncIterable<Buffer>> {
  const { spawn } = await import("node:child_process");
  return spawn("git", args, { stdio: ["ignore", "pipe", "ignore"] }).stdout;
}
